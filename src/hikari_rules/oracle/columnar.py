"""The columnar path of a CSV case file for one rule (the ``batch`` extra: NumPy, pyarrow).

A ten-million-row export of one rule is read by pyarrow in blocks (a few MB at a time:
memory stays flat), each column parsed to its type in C (``date32``, ``int64``), and
the rule evaluated by its batch form (:mod:`hikari_rules.batch`) on the whole block.
The columnar path is a *filter*: a row it confirms (every cell in the exact form the
row runner would decode, and the rule's result equal to ``expected``) has passed; every
other row — a mismatch, a cell it cannot confirm (spaces, ``null`` where the argument
takes no ``None``, ``raises:…``), or every row of a block the batch form rejects — goes
to the row runner one by one, with its exact line number, and gets the verdict the row
runner gives.  So the verdicts are the row runner's, only sooner.

A file the columnar reader cannot follow line by line (a blank line, a quoted line
break, a ragged row, bytes that are not UTF-8) continues on the row runner from the
first line of the block it stopped at.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import csv
import importlib
import inspect
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any, Final

import attrs
import numpy as np
import numpy.typing as npt

from hikari_rules.errors import RuleInputError
from hikari_rules.oracle import read
from hikari_rules.oracle._extras import suggest_batch_extra
from hikari_rules.oracle.format import CaseResult

__all__ = ["BATCH_RULES", "Outcome", "check_csv", "read_csv_case_columns", "run_csv_case_columns"]

Bools = npt.NDArray[np.bool_]

_DATE_ARGS: Final = {
    "service_start",
    "purchased_on",
    "cancelled_on",
    "applied_on",
    "application_date",
    "reversion_completed_on",
    "d",
}
_MONTH_ARGS: Final = {"withdrawal_month", "month", "through"}
_RULES: Final[Mapping[str, tuple[str, tuple[str, ...], int, str]]] = {
    # rule name: (batch function, the argument columns it accepts, how many go positionally, result kind)
    "contract_term.contract_month": ("contract_month", ("service_start", "month"), 2, "int"),
    "contract_term.is_renewal_month": ("is_renewal_month", ("service_start", "month"), 2, "bool"),
    "fees.cancellation_fee": (
        "cancellation_fee",
        ("service_start", "withdrawal_month", "applied_on", "dwelling"),
        2,
        "int",
    ),
    "billing.charged_month_count": ("charged_month_count", ("purchased_on", "cancelled_on", "through"), 2, "int"),
    "billing.is_charged": ("is_charged", ("purchased_on", "cancelled_on", "month"), 3, "bool"),
    "billing.split_consolidated": ("split_consolidated", ("amount", "cap", "policy"), 1, "split"),
    "withdrawal.number_retention_deadline": ("number_retention_deadline", ("application_date",), 1, "date"),
    "withdrawal.number_retained": ("number_retained", ("application_date", "reversion_completed_on"), 2, "bool"),
    "dates.is_business_day": ("is_business_day", ("d",), 1, "bool"),
    "dates.next_business_day": ("next_business_day", ("d",), 1, "date"),
}
BATCH_RULES: Final = frozenset(_RULES)
"""The case-file rule names (``<module>.<function>``) the columnar path runs."""

BLOCK_SIZE: Final = 1 << 20
"""Bytes of CSV read and checked at once."""

_SPLIT_RE: Final = (
    r'^\{\s*"phone_bill"\s*:\s*(?P<phone_bill>0|[1-9][0-9]{0,17})\s*,'
    r'\s*"direct"\s*:\s*(?P<direct>0|[1-9][0-9]{0,17})\s*\}$'
)


class _NotBatchable(Exception):
    """The columns need the row-by-row runner."""


@lru_cache(maxsize=16)
def _scalar_params(rule_name: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The parameters of the scalar rule function: those a case must give (no default),
    those whose type admits ``None`` (a ``null`` cell is ``None``), and those whose
    default is ``None`` too (an empty cell, leaving the argument out, is ``None``)."""
    module, name = rule_name.split(".")
    func = getattr(importlib.import_module(f"hikari_rules.{module}"), name)
    hints = typing.get_type_hints(func)
    params = inspect.signature(func).parameters.values()
    required = frozenset(p.name for p in params if p.default is p.empty)
    nullable = frozenset(p.name for p in params if type(None) in typing.get_args(hints.get(p.name)))
    none_default = frozenset(p.name for p in params if p.default is None and p.name in nullable)
    return required, nullable, none_default


def _pa() -> Any:
    import pyarrow as pa  # type: ignore[import-untyped]

    return pa


def _pc() -> Any:
    import pyarrow.compute as pc  # type: ignore[import-untyped]

    return pc


def _np_bools(arr: Any) -> Bools:
    return np.asarray(_pc().fill_null(arr, False).to_numpy(zero_copy_only=False), dtype=np.bool_)


def _empty_or_null(col: Any, *, empty: bool = True, null: bool = True) -> Bools:
    pc = _pc()
    if empty and null:
        return _np_bools(pc.or_(pc.equal(col, ""), pc.equal(col, "null")))
    return _np_bools(pc.equal(col, "" if empty else "null"))


def _date_cells(col: Any, *, month: bool, null_ok: bool = False, empty_ok: bool = False) -> tuple[Any, Bools]:
    """A string column as date32 (a month ``YYYY-MM`` as its first day) and the rows whose
    cell is exactly what the row runner decodes (the others hold a placeholder date)."""
    pa, pc = _pa(), _pc()
    n = len(col)
    ok = np.ones(n, dtype=np.bool_)
    nulls = None
    if null_ok or empty_ok:
        nulls = _empty_or_null(col, empty=empty_ok, null=null_ok)
        if nulls.any():
            col = pc.if_else(pa.array(nulls), pa.scalar("2000-01-01"), col)
        else:
            nulls = None
    if month:
        lengths = _text_lengths(col)
        if lengths is not None and bool((lengths == 7).all()):  # every cell YYYY-MM: the common case
            col = pc.binary_join_element_wise(col, "-01", "")
        else:
            short = pc.equal(pc.utf8_length(col), 7)
            col = pc.if_else(short, pc.binary_join_element_wise(col, "-01", ""), col)
    try:
        days = pc.cast(col, pa.date32())  # every cell a valid YYYY-MM-DD: the common case, in C
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        ts = pc.strptime(col, format="%Y-%m-%d", unit="s", error_is_null=True)
        days = pc.cast(ts, pa.date32())
        exact = pc.equal(pc.strftime(ts, format="%Y-%m-%d"), col)
        ok &= _np_bools(exact)
        days = pc.fill_null(days, pa.scalar(10957, pa.date32()))
    if len(days) and pc.min(days).as_py().year < 1:  # year 0 parses in C, not in Python
        ok &= _np_bools(pc.greater_equal(pc.year(days), 1))
    if nulls is not None:
        days = pc.if_else(pa.array(nulls), pa.scalar(None, pa.date32()), days)
    return days, ok


_POWERS_OF_TEN: Final = np.array([10**k for k in range(1, 19)], dtype=np.int64)


def _text_lengths(col: Any) -> npt.NDArray[np.int32] | None:
    """The byte length of each cell of a plain string column without nulls, read from its
    offsets (None for any other column: the caller then asks pyarrow)."""
    pa = _pa()
    if not isinstance(col, pa.StringArray) or col.null_count:
        return None
    offsets = np.frombuffer(col.buffers()[1], dtype=np.int32, count=len(col) + 1, offset=4 * col.offset)
    return np.diff(offsets)


def _int_cells(col: Any) -> tuple[npt.NDArray[np.int64], Bools]:
    """A string column as int64 and the rows whose cell is an integer as JSON writes it."""
    pa, pc = _pa(), _pc()
    try:
        ints = pc.cast(col, pa.int64())
        lengths = _text_lengths(col)
        if lengths is None:
            ok = _np_bools(pc.equal(pc.cast(ints, pa.string()), col))  # no "+", no leading zeros, no spaces
        else:
            # The cell is the integer as JSON writes it exactly when it is as long as that text
            # (a "+", a leading zero or a space would make it longer): digits, and "-" if negative.
            values = np.asarray(ints.to_numpy(zero_copy_only=False), dtype=np.int64)
            digits = np.searchsorted(_POWERS_OF_TEN, np.abs(values), side="right") + 1
            return values, lengths == digits + (values < 0)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        matched = pc.match_substring_regex(col, r"^-?(0|[1-9][0-9]{0,17})$")
        ok = _np_bools(matched)
        ints = pc.cast(pc.if_else(matched, col, "0"), pa.int64())
    return np.asarray(ints.to_numpy(zero_copy_only=False), dtype=np.int64), ok


def _constant(col: Any) -> str:
    values = _pc().unique(col).to_pylist()
    if len(values) != 1:
        raise _NotBatchable
    return str(values[0])


def _suspects(rule_name: str, columns: Mapping[str, Any]) -> Bools:
    """The rows of string columns (argument names and ``expected``) the columnar path
    cannot confirm as passing; ``_NotBatchable`` when the columns need the row runner."""
    from hikari_rules import batch
    from hikari_rules.billing import NTT_BILLING_CAP, CapPolicy

    pa, pc = _pa(), _pc()
    if rule_name not in _RULES or "expected" not in columns:
        raise _NotBatchable
    func_name, accepted, n_positional, kind = _RULES[rule_name]
    raw = {k: v for k, v in columns.items() if k not in ("id", "note", "expected")}
    if set(raw) - set(accepted):
        raise _NotBatchable
    required, nullable, none_default = _scalar_params(rule_name)
    if not required <= raw.keys():
        raise _NotBatchable
    expected = columns["expected"]
    n = len(expected)
    ok = np.ones(n, dtype=np.bool_)
    args: dict[str, Any] = {}
    for name, col in raw.items():
        if name in none_default and _empty_or_null(col, empty=True, null=False).all():
            continue  # every cell empty: the argument is left out on every row
        if name in _DATE_ARGS or name in _MONTH_ARGS:
            args[name], col_ok = _date_cells(
                col, month=name in _MONTH_ARGS, null_ok=name in nullable, empty_ok=name in none_default
            )
            ok &= col_ok
        elif name == "amount":
            args[name], col_ok = _int_cells(col)
            ok &= col_ok
        elif name == "cap":
            value = _constant(col)
            if value and not value.isdigit():
                raise _NotBatchable
            args[name] = int(value) if value else NTT_BILLING_CAP
        elif name == "policy":
            value = _constant(col)
            if value and value not in CapPolicy.__members__:
                raise _NotBatchable
            args[name] = CapPolicy[value] if value else CapPolicy.WHOLE
        elif name == "dwelling":
            nulls = _empty_or_null(col, empty=name in none_default, null=name in nullable)
            args[name] = pc.if_else(pa.array(nulls), pa.scalar(None, pa.string()), col) if nulls.any() else col
    want: Any
    if kind == "int":
        want, col_ok = _int_cells(expected)
    elif kind == "bool":
        is_true = _np_bools(pc.equal(expected, "true"))
        col_ok = is_true | _np_bools(pc.equal(expected, "false"))
        want = is_true
    elif kind == "date":
        want, col_ok = _date_cells(expected, month=False)
    else:
        parts = pc.extract_regex(expected, _SPLIT_RE)
        col_ok = _np_bools(pc.is_valid(parts))
        filled = pc.fill_null(parts, {"phone_bill": "0", "direct": "0"})
        want = (
            pc.cast(filled.field("phone_bill"), pa.int64()).to_numpy(),
            pc.cast(filled.field("direct"), pa.int64()).to_numpy(),
        )
    ok &= col_ok
    if not ok.any():
        return ~ok
    keep = None if ok.all() else ok
    if keep is not None:
        mask = pa.array(keep)
        args = {
            k: (v[keep] if isinstance(v, np.ndarray) else pc.filter(v, mask) if _is_column(v) else v)
            for k, v in args.items()
        }
        want = (
            tuple(w[keep] for w in want)
            if isinstance(want, tuple)
            else (want[keep] if isinstance(want, np.ndarray) else pc.filter(want, mask))
        )
    func = getattr(batch, func_name)
    positional = [args.pop(a) if a in args else None for a in accepted[:n_positional]]
    try:
        result = func(*positional, **args)
    except (RuleInputError, TypeError):  # the batch form rejects whole columns: every row goes one by one
        return np.ones(n, dtype=np.bool_)
    if kind == "int":
        bad = np.asarray(result.to_numpy(zero_copy_only=False), dtype=np.int64) != want
    elif kind == "bool":
        bad = np.asarray(result.to_numpy(zero_copy_only=False), dtype=np.bool_) != want
    elif kind == "date":
        bad = _np_bools(pc.not_equal(result, want))
    else:
        bad = (np.asarray(result.phone_bill) != want[0]) | (np.asarray(result.direct) != want[1])
    suspect = ~ok
    if keep is None:
        suspect |= bad
    else:
        suspect[np.flatnonzero(keep)[bad]] = True
    return suspect


def _is_column(v: object) -> bool:
    pa = _pa()
    return isinstance(v, pa.Array | pa.ChunkedArray)


def run_csv_case_columns(rule_name: str, columns: Mapping[str, Any]) -> npt.NDArray[np.int64] | None:
    """The indices of the rows of a single-rule CSV case file that the columnar path does
    not confirm as passing (they go to the row runner), or ``None`` when the columns need
    the row runner altogether.

    ``columns`` maps each CSV header (the argument names and ``expected``; ``id`` and
    ``note`` are ignored) to its cells as a pyarrow string array.  An empty array means
    every row passed.

    >>> import pyarrow as pa
    >>> cols = {"purchased_on": pa.array(["2024-01-31", "2024-02-29"]), "cancelled_on": pa.array(["2024-03-01", ""]),
    ...         "through": pa.array(["2024-05", "2024-05"]), "expected": pa.array(["2", "4"])}
    >>> run_csv_case_columns("billing.charged_month_count", cols)
    array([], dtype=int64)
    >>> cols["expected"] = pa.array(["2", "3"])
    >>> run_csv_case_columns("billing.charged_month_count", cols)
    array([1])
    """
    pa = _pa()
    try:
        cols = {k: v.combine_chunks() if isinstance(v, pa.ChunkedArray) else v for k, v in columns.items()}
        return np.flatnonzero(_suspects(rule_name, cols)).astype(np.int64)
    except (_NotBatchable, TypeError, pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None


def read_csv_case_columns(path: object) -> dict[str, Any]:
    """Read a whole CSV case file with pyarrow, every column as strings, for
    :func:`run_csv_case_columns`.  ``path`` is a ``str`` or ``os.PathLike`` (else a
    ``TypeError``); an ``OSError`` if it cannot be read."""
    p = read.file_path(path)
    import pyarrow.csv as pcsv  # type: ignore[import-untyped]

    pa = _pa()
    header = _header(p)
    table = pcsv.read_csv(
        p,
        read_options=pcsv.ReadOptions(column_names=header, skip_rows=1),
        convert_options=pcsv.ConvertOptions(
            column_types={name: pa.string() for name in header}, strings_can_be_null=False
        ),
    )
    return {name: table.column(name) for name in table.column_names}


def _header(path: str) -> list[str]:
    """The stripped names of the first line (a ``UnicodeDecodeError`` if it is not UTF-8)."""
    with open(path, "rb") as f:
        line = f.readline()
    first = next(csv.reader([line.decode("utf-8-sig")]), [])
    return [c.strip() for c in first]


@attrs.frozen
class Outcome:
    """What the columnar path did with a file: its cases (rows that are not blank), and how many passed."""

    rows: int
    passed: int


Run = Callable[[Any, str, int], CaseResult | None]


def check_csv(
    path: str,
    rule: str,
    run: Run,
    emit: Callable[[CaseResult], None],
    on_progress: Callable[[int], None] | None = None,
) -> Outcome | None:
    """Check a CSV case file by columns; ``None`` when it must go through the row runner
    from its start (no ``batch`` extra, a rule without a batch form, a header it cannot
    take).  Each row it does not confirm is run by ``run`` (the row runner), and each
    verdict that is not a pass goes to ``emit``."""
    if rule not in _RULES:
        return None
    try:
        import pyarrow.csv as pcsv
    except ImportError:  # the optional ``batch`` extra is not installed: say once that it exists
        suggest_batch_extra()
        return None
    pa = _pa()
    try:
        header = _header(path)
    except UnicodeDecodeError:
        return None
    if len(set(header)) != len(header) or "expected" not in header:
        return None
    columns = dict.fromkeys(header)
    try:
        with _numpy_kernels():
            _suspects(rule, {k: pa.nulls(0, pa.string()) for k in columns})
    except _NotBatchable:
        return None
    rows = passed = cases = 0  # rows: lines after the header, blank ones included
    try:
        reader = pcsv.open_csv(
            path,
            read_options=pcsv.ReadOptions(column_names=header, skip_rows=1, block_size=BLOCK_SIZE),
            parse_options=pcsv.ParseOptions(newlines_in_values=False, ignore_empty_lines=False),
            convert_options=pcsv.ConvertOptions(
                column_types={name: pa.string() for name in header}, strings_can_be_null=False
            ),
        )
        for block, suspect in _checked_blocks(_blocks(reader), rule, header):
            n = block.num_rows
            idx = np.flatnonzero(suspect)
            block_passed = n - len(idx)
            block_cases = n
            if len(idx):
                cells = _cells(block, idx)
                for i, row in zip(idx.tolist(), cells, strict=True):
                    if all(not c.strip() for c in row):
                        block_cases -= 1  # a blank line: skipped, as the row runner skips it
                        continue
                    line = rows + i + 2
                    verdict = run(read.csv_case_data(header, row, rule), path, line)
                    if verdict is None:
                        block_passed += 1
                    else:
                        try:
                            emit(verdict)
                        except BaseException:
                            passed += block_passed
                            raise
            rows += n
            cases += block_cases
            passed += block_passed
            if on_progress is not None:
                on_progress(n)
    except (pa.ArrowInvalid, UnicodeDecodeError):
        # the reader cannot follow the file line by line from here: the row runner goes on
        resume = rows + 2
        for c in read.iter_cases(path):
            if c.line < resume:
                continue
            cases += 1
            verdict = (
                run(c.data, path, c.line) if c.error is None else CaseResult("malformed", path, c.line, message=c.error)
            )
            if verdict is None:
                passed += 1
            else:
                emit(verdict)
    return Outcome(cases, passed)


@contextlib.contextmanager
def _numpy_kernels() -> Iterator[None]:
    """The batch rules run their NumPy kernels here: a check imports numba and loads its
    compiled kernels (about a second and 100 MB) for a saving of milliseconds."""
    from hikari_rules import batch

    token = batch.NUMPY_KERNELS.set(True)
    try:
        yield
    finally:
        batch.NUMPY_KERNELS.reset(token)


def _block_suspects(block: Any, rule: str, header: Sequence[str]) -> Bools:
    cols = {name: block.column(i) for i, name in enumerate(header)}
    try:
        with _numpy_kernels():  # on the checking thread, whose context this is
            return _suspects(rule, cols)
    except _NotBatchable:
        return np.ones(block.num_rows, dtype=np.bool_)


def _checked_blocks(blocks: Iterator[Any], rule: str, header: Sequence[str]) -> Iterator[tuple[Any, Bools]]:
    """Each block with its unconfirmed rows, in order; the next block is checked on a
    second thread while this one is reported (pyarrow and NumPy release the GIL)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        pending: collections.deque[tuple[Any, concurrent.futures.Future[Bools]]] = collections.deque()
        for block in blocks:
            pending.append((block, pool.submit(_block_suspects, block, rule, header)))
            if len(pending) > 1:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


def _blocks(reader: Any) -> Iterator[Any]:
    while True:
        try:
            block = reader.read_next_batch()
        except StopIteration:
            return
        yield block


def _cells(block: Any, idx: npt.NDArray[np.int64]) -> Sequence[list[str]]:
    if len(idx) > 256:
        columns = [block.column(i).to_pylist() for i in range(block.num_columns)]
        return [[c[i] for c in columns] for i in idx.tolist()]
    taken = block.take(idx)
    columns = [taken.column(i).to_pylist() for i in range(taken.num_columns)]
    return [list(r) for r in zip(*columns, strict=True)]
