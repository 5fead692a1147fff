"""Columnar (vectorised) forms of the headline rules, for billing runs and QA replays.

Install with ``pip install 'hikari-rules[batch]'`` (NumPy and pyarrow).  This module is
not imported by ``hikari_rules`` itself.

Each function here has the semantics of the scalar function of the same name, row by
row, and is checked against it element by element (``tests/test_batch.py``):

============================  ==============================================
batch                         scalar
============================  ==============================================
:func:`contract_month`        :func:`hikari_rules.contract_term.contract_month`
:func:`is_renewal_month`      :func:`hikari_rules.contract_term.is_renewal_month`
:func:`cancellation_fee`      :func:`hikari_rules.fees.cancellation_fee`
:func:`charged_month_count`   :func:`hikari_rules.billing.charged_month_count`
:func:`is_charged`            :func:`hikari_rules.billing.is_charged`
:func:`split_consolidated`    :func:`hikari_rules.billing.split_consolidated`
:func:`number_retention_deadline`  :func:`hikari_rules.withdrawal.number_retention_deadline`
:func:`number_retained`       :func:`hikari_rules.withdrawal.number_retained`
:func:`is_business_day`       :func:`hikari_rules.dates.is_business_day`
:func:`next_business_day`     :func:`hikari_rules.dates.next_business_day`
============================  ==============================================

**Columns.**  A column is one-dimensional (anything else is a ``TypeError`` naming
it).  A date column is a NumPy ``datetime64[D]`` array or a pyarrow ``date32``
array / chunked array.  A month column (``withdrawal_month``, ``month``, ``through``)
is a date column (the month containing each date), a NumPy ``datetime64[M]`` array,
or integer month indices (``year * 12 + month - 1``) wrapped in :class:`MonthIndices`;
where the scalar API takes one ``Month`` for all rows, a ``Month`` or ``date`` is also
accepted and applies to every row.  Amounts are integer arrays (NumPy or pyarrow
``int64``).  Any other dtype (a ``datetime64[ns]``, a float, a bool, a string, bare
integers for a month) is a ``TypeError`` naming the column: a date is never guessed
from a number.  The result
has the kind of the inputs: NumPy in, NumPy out (``int64``, ``bool``,
``datetime64[D]``); pyarrow in (any column), pyarrow out (``int64``, ``bool_``,
``date32``).

**Nulls** (NumPy ``NaT``, Arrow null).  In a column whose scalar parameter accepts
``None`` (``cancelled_on``, ``applied_on``, ``dwelling``, ``reversion_completed_on``) a
null row means exactly ``None`` for that row.  In any other column a null is a
:class:`BatchInputError` naming the column, the number of null rows and the first
one's index; the result never contains a null.

**Invalid rows.**  A row the scalar function would reject with ``RuleInputError``
(a withdrawal month before the start month, a cancellation before the purchase, a
negative amount, …) makes the whole call raise :class:`BatchInputError` (a
``RuleInputError``) that says how many rows are invalid and the index of the first.
So do dates outside the calendar range of the precomputed tables: 1900-01-01 ..
2199-12-31 for month rules, and the business-day calendar 1949-01-01 .. 2099-12-31
(as :mod:`hikari_rules.dates`) for business days.  The scalar functions accept a
wider range for month rules; billing data never needs it.

**How it is fast.**  Dates are read as day numbers (days since 1970-01-01) and month
columns as months, through their integer view (no conversion; Arrow buffers in
place).  With numba installed (``pip install 'hikari-rules[fast-batch]'``) the hot
rules (:func:`contract_month`, :func:`is_renewal_month`, :func:`cancellation_fee`,
:func:`charged_month_count`) run as one compiled, vectorised pass over the rows that
computes the month of a day and the rule's result by integer arithmetic, on the
calling thread (no thread pool; the GIL is released).  Without numba, or with the
environment variable ``HIKARI_RULES_BATCH_NUMPY`` set, they run over cache-sized
chunks (64K rows) of NumPy operations into preallocated buffers, where "the month of
a day" is one gather from a day → month table and the result a gather from a small
table indexed by the month difference (contract month → fee, for instance).  Both
give the same results (the tests run both).

>>> import numpy as np
>>> start = np.array(["2023-01-15", "2023-01-15", "2026-09-01"], dtype="datetime64[D]")
>>> withdrawal = np.array(["2025-12-31", "2026-01-01", "2026-09-30"], dtype="datetime64[D]")
>>> cancellation_fee(start, withdrawal)
array([20000,     0, 20000])
>>> contract_month(start, withdrawal)
array([36, 37,  1])
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
from collections.abc import Mapping
from contextvars import ContextVar
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Final, NamedTuple, TypeAlias

try:
    import numpy as np
    import numpy.typing as npt
except ImportError as exc:  # the optional extra is not installed
    raise ImportError("hikari_rules.batch needs NumPy: pip install 'hikari-rules[batch]'", name=exc.name) from exc

from hikari_rules import dates as _dates
from hikari_rules._check import check_enum, check_money, month_index
from hikari_rules._month import Month
from hikari_rules.billing import NTT_BILLING_CAP, CapPolicy
from hikari_rules.contract_term import SONET_HIKARI_PLUS, ContractTerm, _check_term, _in_window
from hikari_rules.errors import RuleInputError
from hikari_rules.fees import (
    CANCELLATION_FEE,
    CANCELLATION_FEE_BY_DWELLING,
    FLAT_FEE_LAST_APPLICATION_DAY,
    Dwelling,
)
from hikari_rules.withdrawal import NUMBER_RETENTION_DAYS  # NUM-3, declared once there

__all__ = [
    "CALENDAR_FIRST_DAY",
    "CALENDAR_LAST_DAY",
    "NUMBER_RETENTION_DAYS",
    "BatchInputError",
    "MonthIndices",
    "Split",
    "cancellation_fee",
    "charged_month_count",
    "contract_month",
    "is_business_day",
    "is_charged",
    "is_renewal_month",
    "next_business_day",
    "number_retained",
    "number_retention_deadline",
    "split_consolidated",
]

Column: TypeAlias = Any
"""A NumPy array, or a pyarrow ``Array`` / ``ChunkedArray`` (pyarrow ships no type stubs)."""
I64: TypeAlias = npt.NDArray[np.int64]
Bools: TypeAlias = npt.NDArray[np.bool_]


class BatchInputError(RuleInputError):
    """Invalid rows in a column: ``rows`` of them, the first at ``first_index``.

    A :class:`~hikari_rules.RuleInputError`, so code that catches the scalar error
    catches this one too.

    >>> err = BatchInputError("before the service start month", parameter="month", rule="TERM-1", rows=3, first_index=7)
    >>> str(err)
    'TERM-1: month: 3 rows: before the service start month (first at index 7)'
    """

    def __init__(self, message: str, *, parameter: str, rule: str, rows: int, first_index: int) -> None:
        self.rows = rows
        self.first_index = first_index
        self.reason = message
        row_word = "row" if rows == 1 else "rows"
        super().__init__(f"{rows} {row_word}: {message} (first at index {first_index})", parameter=parameter, rule=rule)

    def __reduce__(self) -> tuple[object, ...]:  # pickles across worker processes (Dask, Spark)
        return (_rebuild, (self.reason, self.parameter, self.rule, self.rows, self.first_index))


def _rebuild(message: str, parameter: str, rule: str, rows: int, first_index: int) -> BatchInputError:
    return BatchInputError(message, parameter=parameter, rule=rule, rows=rows, first_index=first_index)


def _raise_rows(bad: Bools, message: str, parameter: str, rule: str) -> None:
    """Raise :class:`BatchInputError` if any row of ``bad`` is set."""
    if bad.any():
        raise BatchInputError(
            message, parameter=parameter, rule=rule, rows=int(np.count_nonzero(bad)), first_index=int(np.argmax(bad))
        )


# -- the precomputed tables ---------------------------------------------------------------------

_EPOCH_ORDINAL: Final = _dt.date(1970, 1, 1).toordinal()
CALENDAR_FIRST_DAY: Final = _dt.date(1900, 1, 1)
"""First date the month tables cover."""
CALENDAR_LAST_DAY: Final = _dt.date(2199, 12, 31)
"""Last date the month tables cover."""
_DAY_LO: Final = CALENDAR_FIRST_DAY.toordinal() - _EPOCH_ORDINAL  # day number of 1900-01-01
_DAY_HI: Final = CALENDAR_LAST_DAY.toordinal() - _EPOCH_ORDINAL  # day number of 2199-12-31
_MONTH_BASE: Final = 1900 * 12  # month index of 1900-01; table values are months since then
_SPAN_MONTHS: Final = (2199 - 1900 + 1) * 12  # 3600: month differences are 0..3599
_BIG: Final = 8192  # table sentinel: far outside 0..3599, and ±2·_BIG still fits int16
_CHUNK: Final = 1 << 16  # rows per chunk in the hot loops (fits L2 with the tables)


def _day_tables() -> tuple[npt.NDArray[np.int16], npt.NDArray[np.int16], npt.NDArray[np.int16]]:
    """Day → month tables, indexed by ``day - _DAY_LO + 1`` and gathered with ``mode="clip"``.

    Slot 0 and the last slot are sentinels, so any day outside the range (clipped there)
    reads the sentinel.  ``hi`` has ``+_BIG`` there, ``lo`` has ``-_BIG``: a month
    difference ``lo[b] - hi[a]`` is negative whenever either day is out of range.
    ``last_lo`` is the last charged month of a cancellation on that day when it is
    later than the purchase month: the month before, for the 1st (CHG-2).
    """
    days = np.arange(_DAY_LO, _DAY_HI + 1, dtype=np.int64).astype("datetime64[D]")
    months = (days.astype("datetime64[M]").astype(np.int64) + 1970 * 12 - _MONTH_BASE).astype(np.int16)
    first = (days - days.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64) == 0
    hi = np.empty(len(months) + 2, dtype=np.int16)
    hi[1:-1] = months
    hi[0] = hi[-1] = _BIG
    lo = hi.copy()
    lo[0] = lo[-1] = -_BIG
    last_lo = lo.copy()
    last_lo[1:-1] -= first
    for t in (hi, lo, last_lo):
        t.flags.writeable = False
    return hi, lo, last_lo


_MONTH_HI, _MONTH_LO, _LAST_CHARGED_LO = _day_tables()
_SHIFT: Final = _DAY_LO - 1  # table index = day - _SHIFT


def _month_tables() -> tuple[npt.NDArray[np.int16], npt.NDArray[np.int16]]:
    """Month → month tables (the identity on 0..3599, months since 1900-01), indexed by
    ``month + 1`` with the same sentinels as :func:`_day_tables`: a month column goes
    through the same kernels as a date column, with no conversion to days."""
    hi = np.empty(_SPAN_MONTHS + 2, dtype=np.int16)
    hi[1:-1] = np.arange(_SPAN_MONTHS)
    hi[0] = hi[-1] = _BIG
    lo = hi.copy()
    lo[0] = lo[-1] = -_BIG
    for t in (hi, lo):
        t.flags.writeable = False
    return hi, lo


_MONTH_ID_HI, _MONTH_ID_LO = _month_tables()
_M_SHIFT: Final = -(1970 * 12 - _MONTH_BASE) - 1  # datetime64[M] (months since 1970-01) → table index
_I_SHIFT: Final = _MONTH_BASE - 1  # a month index (year * 12 + month - 1) → table index

# Business days: the tables of hikari_rules.dates, as arrays over day numbers.
_BD_LO: Final = _dates.CALENDAR_FIRST_DAY.toordinal() - _EPOCH_ORDINAL
_BD_HI: Final = _dates.CALENDAR_LAST_DAY.toordinal() - _EPOCH_ORDINAL
_BUSINESS: Final = np.frombuffer(_dates._BUSINESS, dtype=np.uint8).astype(np.bool_)
_NEXT_OFFSET: Final = np.asarray(_dates._NEXT, dtype=np.int64)  # offset of the next business day, -1 if none
_BUSINESS.flags.writeable = False
_NEXT_OFFSET.flags.writeable = False


@lru_cache(maxsize=32)
def _diff_table(kind: str, term: ContractTerm, fee: int = 0) -> npt.NDArray[np.int64]:
    """Result by month difference ``d`` (contract month ``d + 1``), for ``d`` in 0..3599.

    Gathered with negative indices allowed: slots past 3599 hold -1 so that a negative
    difference (an invalid row, see :func:`_day_tables`) reads -1.
    """
    n = np.arange(1, _SPAN_MONTHS + 1)
    window = np.array([_in_window(int(k), term) for k in n], dtype=np.bool_)
    table = np.full(_SPAN_MONTHS + 2 * _BIG + 1, -1, dtype=np.int64)
    if kind == "contract_month":
        table[:_SPAN_MONTHS] = n
    elif kind == "renewal":
        table[:_SPAN_MONTHS] = window
    else:
        table[:_SPAN_MONTHS] = np.where(window, 0, fee)
    table.flags.writeable = False
    return table


# -- columns in ---------------------------------------------------------------------------------


class _Arrow:
    """pyarrow and the types the hot paths compare with, imported on first use."""

    __slots__ = ("chunked", "date32", "date32_array", "int64", "pa")

    def __init__(self) -> None:
        try:
            import pyarrow as pa  # type: ignore[import-untyped]
        except ImportError as exc:  # numpy alone is installed, not the whole extra
            raise ImportError(
                "this part of hikari_rules.batch needs pyarrow: pip install 'hikari-rules[batch]'", name=exc.name
            ) from exc

        self.pa = pa
        self.date32 = pa.date32()
        self.int64 = pa.int64()
        self.date32_array = pa.Date32Array
        self.chunked = pa.ChunkedArray


@lru_cache(maxsize=1)
def _arrow() -> _Arrow:
    return _Arrow()


def _pa() -> Any:
    return _arrow().pa


def _is_arrow(x: object) -> bool:
    pa = sys.modules.get("pyarrow")
    return pa is not None and isinstance(x, pa.Array | pa.ChunkedArray)


class MonthIndices:
    """A column of month indices (``year * 12 + month - 1``, as :attr:`Month.index`) given
    for a month argument.

    An integer column is never read as months on its own (a date is never guessed from
    a number); wrapping it says what the numbers are.  The column is a one-dimensional
    NumPy integer array or a pyarrow integer array; in a nullable month argument
    (``through``) an Arrow null means ``None`` for that row.

    >>> import numpy as np
    >>> start = np.array(["2023-01-15"], dtype="datetime64[D]")
    >>> contract_month(start, MonthIndices(np.array([2026 * 12 + 1 - 1])))
    array([37])
    """

    __slots__ = ("column",)

    def __init__(self, column: Column) -> None:
        self.column = column

    def __repr__(self) -> str:
        return f"MonthIndices({self.column!r})"


class _Days:
    """A date column as day numbers, or a month column as months (int64 or int32 view,
    no copy where possible), with what the kernels need to read it: the table index of
    a value is ``value - shift``, into the day tables (days) or the month tables
    (``months``).  ``nat``: NumPy datetime values, where int64 min is a null (NaT)."""

    __slots__ = ("arrow", "months", "nat", "nulls", "shift", "values")

    def __init__(
        self, values: npt.NDArray[Any], nulls: Bools | None, arrow: bool, shift: int, months: bool, nat: bool
    ) -> None:
        self.values = values
        self.nulls = nulls
        self.arrow = arrow
        self.shift = shift
        self.months = months
        self.nat = nat

    def __len__(self) -> int:
        return len(self.values)

    @property
    def hi(self) -> npt.NDArray[np.int16]:
        """Month table with ``+_BIG`` sentinels (the earlier side of a difference)."""
        return _MONTH_ID_HI if self.months else _MONTH_HI

    @property
    def lo(self) -> npt.NDArray[np.int16]:
        """Month table with ``-_BIG`` sentinels (the later side of a difference)."""
        return _MONTH_ID_LO if self.months else _MONTH_LO


def _arrow_values(x: Any, parameter: str, rule: str) -> tuple[Any, Bools | None]:
    """A combined pyarrow Array and its null mask (None when it has no nulls)."""
    pa = _pa()
    if isinstance(x, pa.ChunkedArray):
        x = x.combine_chunks() if x.num_chunks != 1 else x.chunk(0)
    nulls = None
    if x.null_count:
        nulls = np.asarray(x.is_null().to_numpy(zero_copy_only=False), dtype=np.bool_)
    return x, nulls


_DAY_DTYPE: Final = np.dtype("datetime64[D]")
_MONTH_DTYPE: Final = np.dtype("datetime64[M]")
_I64_MIN: Final = np.iinfo(np.int64).min


def _one_dimensional(x: npt.NDArray[Any], parameter: str, rule: str) -> None:
    """A column is one-dimensional: anything else is a TypeError naming it (API.md conventions)."""
    if x.ndim != 1:
        raise TypeError(f"{rule}: {parameter}: expected a one-dimensional column, got an array of shape {x.shape}")


def _days(x: object, parameter: str, rule: str, *, month: bool = False) -> _Days:
    """A date (or, with ``month``, month) column for the kernels; wrong dtype or shape → TypeError."""
    if isinstance(x, np.ndarray):
        if x.ndim != 1:
            _one_dimensional(x, parameter, rule)
        dtype = x.dtype
        if dtype == _DAY_DTYPE:
            # NaT is int64 min: out of range, found by the checks
            return _Days(x.view(np.int64), None, False, _SHIFT, False, True)
        if month and dtype == _MONTH_DTYPE:
            return _Days(x.view(np.int64), None, False, _M_SHIFT, True, True)
        raise TypeError(
            f"{rule}: {parameter}: expected a datetime64[D]{', datetime64[M] or MonthIndices' if month else ''} "
            f"array, got dtype {dtype}"
        )
    if month and isinstance(x, MonthIndices):
        return _month_indices(x.column, parameter, rule)
    if _is_arrow(x):
        a = _arrow()
        arr: Any = x
        if type(arr) is a.date32_array and not arr.null_count:  # one chunk, no nulls: the common case, quickly
            buf = arr.buffers()[1]
            size = buf.size
            values = np.frombuffer(buf, np.int32) if not size & 3 else np.frombuffer(buf, np.int32, size >> 2)
            return _Days(values[arr.offset : arr.offset + len(arr)], None, True, _SHIFT, False, False)
        if x.type != a.date32:  # type: ignore[attr-defined]
            raise TypeError(f"{rule}: {parameter}: expected a date32 column, got {x.type}")  # type: ignore[attr-defined]
        arr, nulls = _arrow_values(x, parameter, rule)
        buf = arr.buffers()[1]
        values = np.frombuffer(buf, dtype=np.int32, count=arr.offset + len(arr))[arr.offset :]
        return _Days(values, nulls, True, _SHIFT, False, False)
    raise TypeError(f"{rule}: {parameter}: expected a NumPy or pyarrow column, got {type(x).__name__}")


def _month_indices(x: object, parameter: str, rule: str) -> _Days:
    """The column of a :class:`MonthIndices` (integers; Arrow nulls allowed, as a mask)."""
    if isinstance(x, np.ndarray):
        _one_dimensional(x, parameter, rule)
        if x.dtype.kind not in "iu" or x.dtype == np.bool_:
            raise TypeError(f"{rule}: {parameter}: MonthIndices: expected an integer array, got dtype {x.dtype}")
        values = x if x.dtype in (np.int64, np.int32) else x.astype(np.int64)  # uint64 past int64: out of range
        return _Days(values, None, False, _I_SHIFT, True, False)
    if _is_arrow(x):
        pa = _pa()
        if not pa.types.is_integer(x.type):  # type: ignore[attr-defined]
            raise TypeError(f"{rule}: {parameter}: MonthIndices: expected an integer column, got {x.type}")  # type: ignore[attr-defined]
        arr, nulls = _arrow_values(x, parameter, rule)
        if nulls is not None:
            arr = arr.fill_null(0)
        values = np.asarray(arr.to_numpy(zero_copy_only=False))
        if values.dtype not in (np.int64, np.int32):
            values = values.astype(np.int64)
        return _Days(values, nulls, True, _I_SHIFT, True, False)
    raise TypeError(
        f"{rule}: {parameter}: MonthIndices: expected a NumPy or pyarrow integer column, got {type(x).__name__}"
    )


def _ints(x: object, parameter: str, rule: str) -> tuple[I64, bool]:
    """An integer column (null → error) as int64; bool/float/str or not one-dimensional → TypeError."""
    if isinstance(x, np.ndarray):
        _one_dimensional(x, parameter, rule)
        if x.dtype.kind not in "iu":
            raise TypeError(f"{rule}: {parameter}: expected an integer array, got dtype {x.dtype}")
        if x.dtype.kind == "u" and x.dtype.itemsize == 8 and len(x) and x.max() > np.iinfo(np.int64).max:
            raise BatchInputError(
                "amount too large for int64",
                parameter=parameter,
                rule=rule,
                rows=int(np.count_nonzero(x > np.iinfo(np.int64).max)),
                first_index=int(np.argmax(x > np.iinfo(np.int64).max)),
            )
        return x.astype(np.int64, copy=False), False
    if _is_arrow(x):
        pa = _pa()
        t = x.type  # type: ignore[attr-defined]
        if not pa.types.is_integer(t):
            raise TypeError(f"{rule}: {parameter}: expected an integer column, got {t}")
        arr, nulls = _arrow_values(x, parameter, rule)
        if nulls is not None:
            _raise_rows(nulls, "null", parameter, rule)
        values = arr.to_numpy(zero_copy_only=False)
        return _ints(values, parameter, rule)[0], True
    raise TypeError(f"{rule}: {parameter}: expected a NumPy or pyarrow column, got {type(x).__name__}")


def _check_lengths(n: int, cols: Mapping[str, _Days | None], rule: str) -> None:
    for name, col in cols.items():
        if col is not None and len(col) != n:
            raise RuleInputError(f"has {len(col)} rows, expected {n}", parameter=name, rule=rule)


def _nulls(col: _Days) -> Bools:
    """The null rows of a column (NaT in NumPy, null in Arrow)."""
    if col.nulls is not None:
        return col.nulls
    if col.nat:
        return col.values == _I64_MIN  # type: ignore[no-any-return]
    return np.zeros(len(col), dtype=np.bool_)


def _month_index(col: _Days, parameter: str, rule: str, *, nullable: bool = False) -> tuple[I64, Bools | None]:
    """Month indices of a column, checked: null (unless ``nullable``) or out of range → error.

    Null rows, when allowed, get month index 0 and are returned as the mask.
    """
    nulls = _nulls(col)
    has_nulls = bool(nulls.any())
    if has_nulls and not nullable:
        _raise_rows(nulls, "null in a required column", parameter, rule)
    idx = np.subtract(col.values, col.shift, dtype=np.int64)
    months = np.take(col.hi, idx, mode="clip").astype(np.int64)
    out_of_range = months == _BIG
    if has_nulls:
        out_of_range &= ~nulls
    if col.months:
        where = f"month outside {CALENDAR_FIRST_DAY.isoformat()[:7]}..{CALENDAR_LAST_DAY.isoformat()[:7]}"
    else:
        where = f"date outside {CALENDAR_FIRST_DAY.isoformat()}..{CALENDAR_LAST_DAY.isoformat()}"
    _raise_rows(out_of_range, f"{where} (the month tables)", parameter, rule)
    months += _MONTH_BASE
    if has_nulls:
        months[nulls] = 0
        return months, nulls
    return months, None


def _scalar_month(value: object, parameter: str, rule: str) -> int | None:
    """The month index of a scalar ``Month``/``date`` argument, or None for a column."""
    if isinstance(value, Month | _dt.date):
        return month_index(value, parameter, rule)
    return None


def _month_arg(
    value: object, n: int, parameter: str, rule: str, *, nullable: bool = False
) -> tuple[I64, Bools | None, bool]:
    """A month argument (scalar or column) as checked month indices, its null rows, and whether it was Arrow."""
    scalar = _scalar_month(value, parameter, rule)
    if scalar is not None:
        return np.full(n, scalar, dtype=np.int64), None, False
    col = _days(value, parameter, rule, month=True)
    if len(col) != n:
        raise RuleInputError(f"has {len(col)} rows, expected {n}", parameter=parameter, rule=rule)
    months, nulls = _month_index(col, parameter, rule, nullable=nullable)
    return months, nulls, col.arrow


# -- columns out --------------------------------------------------------------------------------


def _out_ints(values: I64, arrow: bool) -> Column:
    if not arrow:
        return values
    a = _arrow()
    if not (values.dtype == _I8 and values.flags.c_contiguous):
        values = np.ascontiguousarray(values, dtype=np.int64)
    return a.pa.Array.from_buffers(a.int64, len(values), [None, a.pa.py_buffer(values)], 0)


def _out_bools(values: Bools, arrow: bool) -> Column:
    return _pa().array(values, type=_pa().bool_()) if arrow else values


def _out_dates(days: I64, arrow: bool) -> Column:
    if arrow:
        pa = _pa()
        return pa.Array.from_buffers(pa.date32(), len(days), [None, pa.py_buffer(days.astype(np.int32))])
    return days.astype("datetime64[D]")


# -- the hot kernel: a table indexed by a month difference ------------------------------------


NUMPY_KERNELS: Final[ContextVar[bool]] = ContextVar("hikari_rules_batch_numpy_kernels", default=False)
"""Set to ``True`` in a context (``NUMPY_KERNELS.set(True)``) to run the NumPy kernels
there even where numba is installed: for a process that makes few calls, importing numba
and loading the compiled kernels (about a second, 100 MB) costs more than they save (a
few nanoseconds a row).  The oracle's CSV path does so."""


def _compiled() -> Any:
    """The compiled kernels, unless this context asks for the NumPy ones (:data:`NUMPY_KERNELS`)."""
    return None if NUMPY_KERNELS.get() else _compiled_module()


@lru_cache(maxsize=1)
def _compiled_module() -> Any:
    """The compiled kernels (:mod:`hikari_rules._batch_numba`) if numba is installed and
    ``HIKARI_RULES_BATCH_NUMPY`` is not set in the environment, else None (the NumPy path)."""
    if os.environ.get("HIKARI_RULES_BATCH_NUMPY"):
        return None
    import importlib

    try:
        return importlib.import_module("hikari_rules._batch_numba")
    except ImportError:
        return None


@lru_cache(maxsize=32)
def _kernel_args(kind: str, term: ContractTerm, fee: int = 0) -> tuple[int, int, int, int, int, int]:
    """What the compiled kernels compute from a month difference ``d`` (``_batch_numba._result``):
    ``(t, by_t, w, a, b, c)`` for ``a * d + b + c * in_window(d + 1)``.

    ``t`` is the term, capped at 3601 (a longer term has no window within 3600 months,
    and neither has 3601), ``by_t = ceil(2**32 / t)`` so that ``(d * by_t) >> 32`` is
    ``d // t`` for every ``d`` in 0..3599 (the error ``by_t * t - 2**32 < t`` times
    ``d`` stays below ``2**32``), and ``w`` the renewal window.
    """
    t = min(term.term_months, _SPAN_MONTHS + 1)
    by_t = -(-(1 << 32) // t)
    w = term.renewal_window_months
    if kind == "contract_month":
        return t, by_t, w, 1, 1, 0
    if kind == "renewal":
        return t, by_t, w, 0, 0, 1
    return t, by_t, w, 0, fee, -fee


_DEFAULT_KERNEL_ARGS: Final = MappingProxyType(
    {
        (kind, fee): _kernel_args(kind, SONET_HIKARI_PLUS, fee)
        for kind, fee in (("contract_month", 0), ("renewal", 0), ("fee", CANCELLATION_FEE))
    }
)


def _diff_kernel(a: _Days, b: _Days, kind: str, term: ContractTerm, fee: int) -> npt.NDArray[np.int64] | None:
    """``_diff_table(kind, term, fee)[month(b) - month(a)]`` (``a`` read with ``+_BIG``
    sentinels, ``b`` with ``-_BIG``); None if any row is invalid (a sentinel or a
    negative difference)."""
    n = len(a)
    out = np.empty(n, dtype=np.int64)
    compiled = _compiled()
    if compiled is not None:
        args = _kernel_args(kind, term, fee)
        if b.months:
            ok = compiled.diff_months(a.values, b.values, _MONTH_BASE - 1 - b.shift, *args, out)
        else:
            ok = compiled.diff_days(a.values, b.values, *args, out)
        return out if ok else None
    result = _diff_table(kind, term, fee)
    idx = np.empty(_CHUNK, dtype=np.intp)
    ma = np.empty(_CHUNK, dtype=np.int16)
    mb = np.empty(_CHUNK, dtype=np.int16)
    a_table, b_table = a.hi, b.lo
    for i in range(0, n, _CHUNK):
        j = min(i + _CHUNK, n)
        k = j - i
        np.subtract(a.values[i:j], a.shift, out=idx[:k], casting="unsafe")
        np.take(a_table, idx[:k], out=ma[:k], mode="clip")
        np.subtract(b.values[i:j], b.shift, out=idx[:k], casting="unsafe")
        np.take(b_table, idx[:k], out=mb[:k], mode="clip")
        np.subtract(mb[:k], ma[:k], out=mb[:k])
        chunk = out[i:j]
        np.take(result, mb[:k], out=chunk)
        if k and chunk.min() < 0:
            return None
    return out


# -- the fast path of the hot rules: few Python steps for the fixed cost of small calls ----------

_I8: Final = np.dtype(np.int64)
_I4: Final = np.dtype(np.int32)
_DATETIME64_M_SHIFT: Final = 1970 * 12  # datetime64[M] (months since 1970-01) → month index


def _arrow_view(x: Any, dtype: np.dtype[Any]) -> npt.NDArray[Any] | None:
    """The values of a one-chunk pyarrow array without nulls whose values are ``dtype``, as
    a NumPy view of its data buffer (no copy, no ``pyarrow.compute``, no ``to_numpy``);
    None if it has nulls."""
    if x.null_count:
        return None
    buf = x.buffers()[1]
    if buf is None:
        return None
    return np.frombuffer(buf, dtype, len(x), x.offset * dtype.itemsize)


_DAYS: Final = -1  # in place of a month shift: the values are day numbers


def _fast_column(x: Any, month: bool) -> tuple[npt.NDArray[Any], int, bool] | None:
    """(values, month shift, whether Arrow) of a column the compiled kernels read as it is,
    or None for any other input (which takes the general path, and its errors).

    Day numbers (shift ``_DAYS``) from a one-dimensional ``datetime64[D]`` array or a
    one-chunk Arrow ``date32`` array without nulls; with ``month``, also months (month
    index = value + shift) from a ``datetime64[M]`` array or :class:`MonthIndices` over
    NumPy or one-chunk Arrow ``int64``/``int32`` without nulls."""
    if type(x) is np.ndarray:
        if x.ndim == 1:
            dtype = x.dtype
            if dtype == _DAY_DTYPE:
                return x.view(_I8), _DAYS, False
            if month and dtype == _MONTH_DTYPE:
                return x.view(_I8), _DATETIME64_M_SHIFT, False
        return None
    pa = sys.modules.get("pyarrow")
    if pa is not None and type(x) is pa.Date32Array:
        values = _arrow_view(x, _I4)
        return None if values is None else (values, _DAYS, True)
    if month and type(x) is MonthIndices:
        col = x.column
        if type(col) is np.ndarray:
            return (col, 0, False) if col.ndim == 1 and (col.dtype == _I8 or col.dtype == _I4) else None
        if pa is not None and (type(col) is pa.Int64Array or type(col) is pa.Int32Array):
            values = _arrow_view(col, _I8 if type(col) is pa.Int64Array else _I4)
            return None if values is None else (values, 0, True)
    return None


def _date32_address(x: Any, n: int) -> int | None:
    """Address of the first value of a one-chunk Arrow ``date32`` array of ``n`` rows without
    nulls, for the kernels that read two such columns in place; None otherwise."""
    if x.null_count or len(x) != n:
        return None
    buf = x.buffers()[1]
    return None if buf is None else buf.address + 4 * x.offset


def _fast_diff(service_start: object, month: object, kind: str, term: object, fee: int) -> tuple[I64, bool] | None:
    """The month-difference rules on the compiled kernels for the common column forms, in
    few Python steps (the fixed cost of a small call): (result, whether Arrow), or None
    when the general path must run (no numba, another column form, nulls, lengths that
    differ, or an invalid row, which the general path then reports)."""
    compiled = _compiled()
    if compiled is None or type(term) is not ContractTerm:
        return None
    args = _DEFAULT_KERNEL_ARGS.get((kind, fee)) if term is SONET_HIKARI_PLUS else None
    if args is None:
        args = _kernel_args(kind, term, fee)
    pa = sys.modules.get("pyarrow")
    if pa is not None and type(service_start) is type(month) is pa.Date32Array:
        n = len(service_start)  # type: ignore[arg-type]
        sa, ma = _date32_address(service_start, n), _date32_address(month, n)
        if sa is None or ma is None:
            return None
        out = np.empty(n, _I8)
        return (out, True) if compiled.diff_days_at(sa, ma, n, *args, out) else None
    s = _fast_column(service_start, False)
    m = _fast_column(month, True)
    if s is None or m is None or len(s[0]) != len(m[0]):
        return None
    out = np.empty(len(s[0]), _I8)
    if m[1] == _DAYS:
        ok = compiled.diff_days(s[0], m[0], *args, out)
    else:
        ok = compiled.diff_months(s[0], m[0], m[1], *args, out)
    return (out, s[2] or m[2]) if ok else None


def _contract_diff(
    service_start: object, month: object, term: object, result_kind: str, rule: str, month_param: str, fee: int = 0
) -> tuple[I64, bool, I64 | None]:
    """Shared body of the month-difference rules: (result, arrow, month differences or None if fast)."""
    if type(term) is not ContractTerm:
        term = _check_term(term)
    s = _days(service_start, "service_start", rule)
    n = len(s.values)
    scalar = None if isinstance(month, np.ndarray) else _scalar_month(month, month_param, rule)
    if scalar is None:
        m = _days(month, month_param, rule, month=True)
        if len(m.values) != n:
            raise RuleInputError(f"has {len(m.values)} rows, expected {n}", parameter=month_param, rule=rule)
        arrow = s.arrow or m.arrow
        if s.nulls is None and m.nulls is None:
            out = _diff_kernel(s, m, result_kind, term, fee)
            if out is not None:
                return out, arrow, None
        ms, _ = _month_index(s, "service_start", rule)
        mm, _ = _month_index(m, month_param, rule)
    else:
        arrow = s.arrow
        ms, _ = _month_index(s, "service_start", rule)
        mm = np.full(n, scalar, dtype=np.int64)
    diff = mm - ms
    _raise_rows(diff < 0, "before the service start month", month_param, "TERM-1")
    _raise_rows(diff >= _SPAN_MONTHS, "contract month beyond the tables", month_param, "TERM-1")
    return _diff_table(result_kind, term, fee)[diff], arrow, diff


# -- public functions -----------------------------------------------------------------------------


def contract_month(
    service_start: Column, month: Column | Month | _dt.date, *, term: ContractTerm = SONET_HIKARI_PLUS
) -> Column:
    """Contract month of each row (TERM-1), as :func:`hikari_rules.contract_term.contract_month`.

    >>> import numpy as np
    >>> contract_month(np.array(["2024-02-29"], dtype="datetime64[D]"), np.array(["2027-01"], dtype="datetime64[M]"))
    array([36])
    """
    fast = _fast_diff(service_start, month, "contract_month", term, 0)
    if fast is not None:
        return _out_ints(*fast)
    out, arrow, _ = _contract_diff(service_start, month, term, "contract_month", "TERM-1", "month")
    return _out_ints(out, arrow)


def is_renewal_month(
    service_start: Column, month: Column | Month | _dt.date, *, term: ContractTerm = SONET_HIKARI_PLUS
) -> Column:
    """Whether each row's month is in a renewal window (TERM-2/3), as the scalar function.

    >>> import numpy as np
    >>> s = np.array(["2026-01-31"] * 4, dtype="datetime64[D]")
    >>> is_renewal_month(s, np.array(["2028-12", "2029-01", "2029-02", "2029-03"], dtype="datetime64[M]"))
    array([False,  True,  True, False])
    """
    fast = _fast_diff(service_start, month, "renewal", term, 0)
    if fast is not None:
        return _out_bools(fast[0].astype(np.bool_), fast[1])
    out, arrow, _ = _contract_diff(service_start, month, term, "renewal", "TERM-1", "month")
    return _out_bools(out.astype(np.bool_), arrow)


def _dwelling_codes(dwelling: object, n: int) -> tuple[npt.NDArray[np.int8], bool]:
    """Dwelling per row: 0 = None, 1 = HOUSE, 2 = APARTMENT (names of the enum, or null)."""
    if dwelling is None:
        return np.zeros(n, dtype=np.int8), False
    if isinstance(dwelling, Dwelling):
        return np.full(n, 1 if dwelling is Dwelling.HOUSE else 2, dtype=np.int8), False
    arrow = _is_arrow(dwelling)
    if arrow:
        pa = _pa()
        t = dwelling.type  # type: ignore[attr-defined]
        if pa.types.is_null(t):  # only nulls, e.g. pa.array([None, None])
            dwelling = dwelling.cast(pa.string())  # type: ignore[attr-defined]
            t = pa.string()
        if pa.types.is_dictionary(t):
            dwelling = dwelling.cast(t.value_type)  # type: ignore[attr-defined]
            t = t.value_type
        if not (pa.types.is_string(t) or pa.types.is_large_string(t)):
            raise TypeError(f"FEE-7: dwelling: expected a string column of Dwelling names, got {t}")
        values = np.array(dwelling.to_numpy(zero_copy_only=False), dtype=np.object_)  # type: ignore[attr-defined]
    elif isinstance(dwelling, np.ndarray) and dwelling.dtype.kind in "OU":
        _one_dimensional(dwelling, "dwelling", "FEE-7")
        values = dwelling.astype(object)
    else:
        raise TypeError(
            f"FEE-7: dwelling: expected a Dwelling, None or a column of Dwelling names, got {type(dwelling).__name__}"
        )
    if len(values) != n:
        raise RuleInputError(f"has {len(values)} rows, expected {n}", parameter="dwelling", rule="FEE-7")
    codes = np.zeros(n, dtype=np.int8)
    house = values == Dwelling.HOUSE.name
    apartment = values == Dwelling.APARTMENT.name
    null = np.array([v is None for v in values], dtype=np.bool_) if values.dtype == object else np.zeros(n, np.bool_)
    codes[house] = 1
    codes[apartment] = 2
    _raise_rows(~(house | apartment | null), "not a Dwelling name (HOUSE, APARTMENT) or null", "dwelling", "FEE-7")
    return codes, arrow


_FLAT_LAST_DAY: Final = FLAT_FEE_LAST_APPLICATION_DAY.toordinal() - _EPOCH_ORDINAL


def cancellation_fee(
    service_start: Column,
    withdrawal_month: Column | Month | _dt.date,
    *,
    term: ContractTerm = SONET_HIKARI_PLUS,
    applied_on: Column | _dt.date | None = None,
    dwelling: Column | Dwelling | None = None,
) -> Column:
    """Cancellation fee of each row (FEE-1, FEE-7), as :func:`hikari_rules.fees.cancellation_fee`.

    ``applied_on`` and ``dwelling`` are each ``None``, one value for every row, or a
    column (``dwelling`` as the enum member names ``"HOUSE"`` / ``"APARTMENT"``; null
    means ``None``).  A row applied for after 2022-06-30 without a dwelling is invalid,
    whatever its month, as in the scalar function.

    >>> import datetime, numpy as np
    >>> s = np.array(["2023-01-15"] * 3, dtype="datetime64[D]")
    >>> w = np.array(["2025-12", "2026-01", "2026-03"], dtype="datetime64[M]")
    >>> cancellation_fee(s, w)
    array([20000,     0, 20000])
    >>> kinds = np.array(["HOUSE", "APARTMENT", "HOUSE"])
    >>> cancellation_fee(s, w, applied_on=datetime.date(2022, 12, 1), dwelling=kinds)
    array([4580,    0, 4580])
    """
    if applied_on is None and dwelling is None:
        fast = _fast_diff(service_start, withdrawal_month, "fee", term, CANCELLATION_FEE)
        if fast is not None:
            return _out_ints(*fast)
    if not (applied_on is None or isinstance(applied_on, _dt.date | np.ndarray) or _is_arrow(applied_on)):
        raise TypeError(f"FEE-7: applied_on: expected a date, None or a column, got {type(applied_on).__name__}")
    if isinstance(applied_on, _dt.datetime):
        raise TypeError("FEE-7: applied_on: expected a datetime.date, got a datetime")
    # One fee for every row: the chunked kernel with a fee table.
    if applied_on is None or isinstance(applied_on, _dt.date):
        if applied_on is None or applied_on <= FLAT_FEE_LAST_APPLICATION_DAY:
            if dwelling is not None and not isinstance(dwelling, Dwelling):
                _dwelling_codes(dwelling, _len_of(service_start))  # validate the column anyway
            out, arrow, _ = _contract_diff(
                service_start, withdrawal_month, term, "fee", "FEE-1", "withdrawal_month", CANCELLATION_FEE
            )
            return _out_ints(out, arrow)
        if isinstance(dwelling, Dwelling):
            out, arrow, _ = _contract_diff(
                service_start,
                withdrawal_month,
                term,
                "fee",
                "FEE-1",
                "withdrawal_month",
                CANCELLATION_FEE_BY_DWELLING[dwelling],
            )
            return _out_ints(out, arrow)
    # Per-row regime: the general path.
    in_window, arrow, _ = _contract_diff(service_start, withdrawal_month, term, "renewal", "FEE-1", "withdrawal_month")
    n = len(in_window)
    late: Bools
    if isinstance(applied_on, _dt.date):
        late = np.full(n, applied_on > FLAT_FEE_LAST_APPLICATION_DAY, dtype=np.bool_)
    elif applied_on is None:
        late = np.zeros(n, dtype=np.bool_)
    else:
        col = _days(applied_on, "applied_on", "FEE-7")
        _check_lengths(n, {"applied_on": col}, "FEE-7")
        arrow = arrow or col.arrow
        late = col.values > _FLAT_LAST_DAY
        late &= ~_nulls(col)
    codes, dwelling_arrow = _dwelling_codes(dwelling, n)
    arrow = arrow or dwelling_arrow
    _raise_rows(late & (codes == 0), "applied for after 2022-06-30 but no dwelling given", "dwelling", "FEE-7")
    amount = np.where(
        late,
        np.where(
            codes == 1, CANCELLATION_FEE_BY_DWELLING[Dwelling.HOUSE], CANCELLATION_FEE_BY_DWELLING[Dwelling.APARTMENT]
        ),
        CANCELLATION_FEE,
    )
    return _out_ints(np.where(in_window == 1, 0, amount).astype(np.int64), arrow)


def _len_of(x: object) -> int:
    return len(x)  # type: ignore[arg-type]


def _charged_kernel(p: npt.NDArray[Any], c: npt.NDArray[Any]) -> I64 | None:
    """CHG-1/2 month count, chunked: ``max(last(c) - month(p), 0) + 1``; None if any row needs checking."""
    n = len(p)
    out = np.empty(n, dtype=np.int64)
    compiled = _compiled()
    if compiled is not None:
        return out if compiled.charged(p, c, out) else None
    idx = np.empty(_CHUNK, dtype=np.intp)
    mp = np.empty(_CHUNK, dtype=np.int16)
    mc = np.empty(_CHUNK, dtype=np.int16)
    before = np.empty(_CHUNK, dtype=np.bool_)
    for i in range(0, n, _CHUNK):
        j = min(i + _CHUNK, n)
        k = j - i
        np.subtract(p[i:j], _SHIFT, out=idx[:k], casting="unsafe")
        np.take(_MONTH_HI, idx[:k], out=mp[:k], mode="clip")
        np.subtract(c[i:j], _SHIFT, out=idx[:k], casting="unsafe")
        np.take(_LAST_CHARGED_LO, idx[:k], out=mc[:k], mode="clip")
        np.subtract(mc[:k], mp[:k], out=mc[:k])
        np.less(c[i:j], p[i:j], out=before[:k])
        if k and before[:k].any():
            return None  # a cancellation before the purchase: the checked path counts the rows
        if k and mc[:k].min() < 0:
            # -1 is a purchase and cancellation on the same 1st (CHG-2's exception: 1 month);
            # anything lower is a day outside the tables, which the checked path reports.
            if mc[:k].min() < -1:
                return None
            np.maximum(mc[:k], 0, out=mc[:k])
        np.add(mc[:k], 1, out=out[i:j])
    return out


def _last_charged(p: I64, cdays: npt.NDArray[Any], cm: I64) -> I64:
    """Last charged month index of each cancelled row (CHG-1, CHG-2 and its exception)."""
    first = np.take(_LAST_CHARGED_LO, np.subtract(cdays, _SHIFT, dtype=np.int64), mode="clip") < np.take(
        _MONTH_LO, np.subtract(cdays, _SHIFT, dtype=np.int64), mode="clip"
    )
    last: I64 = np.maximum(cm - first, p)
    return last


def _subscription(
    purchased_on: Column, cancelled_on: Column | None, rule: str = "CHG-1"
) -> tuple[_Days, I64, _Days | None, I64 | None, Bools | None, bool]:
    p = _days(purchased_on, "purchased_on", rule)
    mp, _ = _month_index(p, "purchased_on", rule)
    if cancelled_on is None:
        return p, mp, None, None, None, p.arrow
    c = _days(cancelled_on, "cancelled_on", rule)
    _check_lengths(len(p), {"cancelled_on": c}, rule)
    mc, open_rows = _month_index(c, "cancelled_on", rule, nullable=True)
    before = c.values < p.values
    if open_rows is not None:
        before &= ~open_rows
    _raise_rows(before, "cancellation before the purchase", "cancelled_on", rule)
    last = _last_charged(mp, c.values, mc)
    return p, mp, c, last, open_rows, p.arrow or c.arrow


def charged_month_count(
    purchased_on: Column, cancelled_on: Column | None = None, *, through: Column | Month | _dt.date | None = None
) -> Column:
    """Charged months of each subscription (CHG-1, CHG-2), as :func:`hikari_rules.billing.charged_month_count`.

    A null ``cancelled_on`` is an open subscription, which needs ``through`` (a scalar
    month or a month column); a row without either is invalid, as in the scalar function.

    >>> import numpy as np
    >>> p = np.array(["1999-12-31", "2024-02-29", "2024-03-01"], dtype="datetime64[D]")
    >>> c = np.array(["2000-01-01", "2025-02-28", "2024-03-01"], dtype="datetime64[D]")
    >>> charged_month_count(p, c)
    array([ 1, 13,  1])
    """
    if through is None and cancelled_on is not None:
        compiled = _compiled()
        pa = sys.modules.get("pyarrow")
        if compiled is not None and pa is not None and type(purchased_on) is type(cancelled_on) is pa.Date32Array:
            n = len(purchased_on)
            p_at, c_at = _date32_address(purchased_on, n), _date32_address(cancelled_on, n)
            if p_at is not None and c_at is not None:
                counts = np.empty(n, _I8)
                if compiled.charged_at(p_at, c_at, n, counts):
                    return _out_ints(counts, True)
        elif compiled is not None:  # the fast path, as _fast_diff
            fp, fc = _fast_column(purchased_on, False), _fast_column(cancelled_on, False)
            if fp is not None and fc is not None and len(fp[0]) == len(fc[0]):
                counts = np.empty(len(fp[0]), _I8)
                if compiled.charged(fp[0], fc[0], counts):
                    return _out_ints(counts, fp[2] or fc[2])
        p0 = _days(purchased_on, "purchased_on", "CHG-1")
        c0 = _days(cancelled_on, "cancelled_on", "CHG-1")
        if len(c0.values) != len(p0.values):
            _check_lengths(len(p0), {"cancelled_on": c0}, "CHG-1")
        if p0.nulls is None and c0.nulls is None:
            out = _charged_kernel(p0.values, c0.values)
            if out is not None:
                return _out_ints(out, p0.arrow or c0.arrow)
    p, mp, _c, last, open_rows, arrow = _subscription(purchased_on, cancelled_on)
    n = len(p)
    t: I64 | None = None
    t_nulls: Bools | None = None
    if through is not None:
        t, t_nulls, t_arrow = _month_arg(through, n, "through", "CHG-1", nullable=True)
        arrow = arrow or t_arrow
    needs_through = np.ones(n, dtype=np.bool_) if last is None else open_rows
    if needs_through is not None:
        missing = needs_through if t is None else (needs_through & t_nulls if t_nulls is not None else None)
        if missing is not None:
            _raise_rows(
                missing, "an open subscription (cancelled_on None) needs the month to count through", "through", "CHG-1"
            )
    if last is None:
        assert t is not None
        last = t
    else:
        if open_rows is not None and t is not None:
            last = np.where(open_rows, t, last)
        if t is not None:
            limited = np.minimum(last, t)
            last = limited if t_nulls is None else np.where(t_nulls, last, limited)
    return _out_ints(np.maximum(last - mp + 1, 0), arrow)


def is_charged(purchased_on: Column, cancelled_on: Column | None, month: Column | Month | _dt.date) -> Column:
    """Whether each row's month is charged (CHG-1, CHG-2), as :func:`hikari_rules.billing.is_charged`.

    >>> import numpy as np
    >>> p = np.array(["2026-09-20", "2026-09-20"], dtype="datetime64[D]")
    >>> c = np.array(["2026-11-01", "NaT"], dtype="datetime64[D]")
    >>> is_charged(p, c, np.array(["2026-11", "2030-01"], dtype="datetime64[M]"))
    array([False,  True])
    """
    p, mp, _c, last, open_rows, arrow = _subscription(purchased_on, cancelled_on)
    m, _, m_arrow = _month_arg(month, len(p), "month", "CHG-1")
    arrow = arrow or m_arrow
    charged = mp <= m
    if last is not None:
        within = m <= last
        if open_rows is not None:
            within |= open_rows
        charged &= within
    return _out_bools(charged, arrow)


class Split(NamedTuple):
    """The two columns of :func:`split_consolidated` (the fields of ``ConsolidatedSplit``)."""

    phone_bill: Column
    direct: Column


def split_consolidated(amount: Column, *, cap: int = NTT_BILLING_CAP, policy: CapPolicy = CapPolicy.WHOLE) -> Split:
    """Split each amount between NTT請求 and So-net's direct bill (CAP-1), as the scalar function.

    >>> import numpy as np
    >>> split_consolidated(np.array([100_000, 100_001]))
    Split(phone_bill=array([100000,      0]), direct=array([     0, 100001]))
    >>> split_consolidated(np.array([100_001]), policy=CapPolicy.EXCESS).direct
    array([1])
    """
    values, arrow = _ints(amount, "amount", "CAP-1")
    cap = check_money(cap, "cap", "CAP-1")
    policy = check_enum(policy, CapPolicy, "policy", "CAP-1")
    _raise_rows(values < 0, "negative amount", "amount", "CAP-1")
    over = values > cap
    if policy is CapPolicy.WHOLE:
        phone = np.where(over, 0, values)
        direct = np.where(over, values, 0)
    else:
        phone = np.minimum(values, cap)
        direct = values - phone
    return Split(_out_ints(phone, arrow), _out_ints(direct, arrow))


def number_retention_deadline(application_date: Column) -> Column:
    """The NUM-3 deadline of each row: the application date + 75 days (interpretation of NUM-3).

    >>> import numpy as np
    >>> number_retention_deadline(np.array(["2026-09-30"], dtype="datetime64[D]"))
    array(['2026-12-14'], dtype='datetime64[D]')
    """
    a = _days(application_date, "application_date", "NUM-3")
    _month_index(a, "application_date", "NUM-3")  # null / range check
    return _out_dates(a.values.astype(np.int64) + NUMBER_RETENTION_DAYS, a.arrow)


def number_retained(application_date: Column, reversion_completed_on: Column | None) -> Column:
    """Whether each row keeps its number (NUM-3): reversion completed on or before the deadline.

    A null reversion (or ``None`` for the column) means not reverted: the number is lost.

    >>> import numpy as np
    >>> a = np.array(["2026-09-30"] * 3, dtype="datetime64[D]")
    >>> number_retained(a, np.array(["2026-12-14", "2026-12-15", "NaT"], dtype="datetime64[D]"))
    array([ True, False, False])
    """
    a = _days(application_date, "application_date", "NUM-3")
    _month_index(a, "application_date", "NUM-3")
    if reversion_completed_on is None:
        return _out_bools(np.zeros(len(a), dtype=np.bool_), a.arrow)
    r = _days(reversion_completed_on, "reversion_completed_on", "NUM-3")
    _check_lengths(len(a), {"reversion_completed_on": r}, "NUM-3")
    _, nulls = _month_index(r, "reversion_completed_on", "NUM-3", nullable=True)
    retained = r.values.astype(np.int64) <= a.values.astype(np.int64) + NUMBER_RETENTION_DAYS
    if nulls is not None:
        retained &= ~nulls
    return _out_bools(retained, a.arrow or r.arrow)


def _business_offsets(d: Column) -> tuple[I64, bool]:
    col = _days(d, "d", "business day")
    nulls = _nulls(col)
    _raise_rows(nulls, "null in a required column", "d", "business day")
    off = col.values.astype(np.int64) - _BD_LO
    _raise_rows(
        (off < 0) | (off > _BD_HI - _BD_LO),
        f"outside the holiday calendar ({_dates.CALENDAR_FIRST_DAY.isoformat()}.."
        f"{_dates.CALENDAR_LAST_DAY.isoformat()})",
        "d",
        "business day",
    )
    return off, col.arrow


def is_business_day(d: Column) -> Column:
    """Whether each date is a business day, from the calendar of :mod:`hikari_rules.dates`.

    >>> import numpy as np
    >>> is_business_day(np.array(["2026-09-22", "2026-11-24", "2025-12-29"], dtype="datetime64[D]"))
    array([False,  True, False])
    """
    off, arrow = _business_offsets(d)
    return _out_bools(_BUSINESS[off], arrow)


def next_business_day(d: Column) -> Column:
    """Each date itself if it is a business day, else the next one (as the scalar function).

    >>> import numpy as np
    >>> next_business_day(np.array(["2026-12-31", "2026-05-02"], dtype="datetime64[D]"))
    array(['2027-01-04', '2026-05-07'], dtype='datetime64[D]')
    """
    off, arrow = _business_offsets(d)
    nxt = _NEXT_OFFSET[off]
    _raise_rows(nxt < 0, "no business day on or after it within the holiday calendar", "d", "business day")
    return _out_dates(nxt + _BD_LO, arrow)
