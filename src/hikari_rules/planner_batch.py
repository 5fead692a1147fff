"""The withdrawal planner over a book of subscribers: the next month without the fee, per row.

Install with ``pip install 'hikari-rules[batch]'`` (NumPy; pyarrow for Arrow columns).
This module is not imported by ``hikari_rules`` itself.

:func:`next_fee_free` takes a column of service-start dates and one "today", and gives
for every row what :func:`hikari_rules.planner.plan` gives for an individual applying on
the web with no removal construction and no number to keep: the next withdrawal month
without the cancellation fee (``plan(...).next_fee_free.withdrawal_month``) and the last
day to apply for it (``.last_day``), element by element (``tests/test_planner_batch.py``).

**Columns.**  ``service_start`` is a NumPy ``datetime64[D]`` array or a pyarrow
``date32`` array / chunked array, dates 1900-01-01 .. 2199-12-31; NumPy in gives NumPy
out (``datetime64[M]`` months, ``datetime64[D]`` days), pyarrow in gives pyarrow out
(``date32``: the first day of the month, and the last day to apply).  A row whose service
starts after ``today`` (the scalar planner's ``RuleInputError``), a null row or a date
outside the tables makes the call raise :class:`hikari_rules.batch.BatchInputError`
naming how many rows and the first.

**How it is fast.**  With ``today`` fixed, the answer depends only on the service start
month, so it is one gather per output from a table indexed by the start *day* (built once
per ``today`` and term from the rules themselves: TERM-2/3's window test, WD-1's month
end), over cache-sized chunks, on two threads (NumPy's gather releases the GIL).

>>> import datetime
>>> import numpy as np
>>> start = np.array(["2026-09-20", "2026-08-31", "2020-01-01"], dtype="datetime64[D]")
>>> r = next_fee_free(start, datetime.date(2029, 8, 15))
>>> r.month
array(['2029-09', '2029-08', '2032-01'], dtype='datetime64[M]')
>>> r.last_day
array(['2029-09-30', '2029-08-31', '2032-01-31'], dtype='datetime64[D]')
"""

from __future__ import annotations

import datetime as _dt
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Any, Final, NamedTuple

try:
    import numpy as np
    import numpy.typing as npt
except ImportError as exc:  # pragma: no cover - the extra is installed in the test environment
    raise ImportError(
        "hikari_rules.planner_batch needs NumPy: install the batch extra, pip install 'hikari-rules[batch]'"
    ) from exc

from hikari_rules._check import check_date
from hikari_rules._month import Month
from hikari_rules.batch import BatchInputError
from hikari_rules.contract_term import SONET_HIKARI_PLUS, ContractTerm, _check_term, _in_window

__all__ = ["NextFeeFree", "next_fee_free"]

_EPOCH_ORDINAL: Final = _dt.date(1970, 1, 1).toordinal()
_FIRST: Final = _dt.date(1900, 1, 1)
_LAST: Final = _dt.date(2199, 12, 31)
_DAY_LO: Final = _FIRST.toordinal() - _EPOCH_ORDINAL
_DAY_HI: Final = _LAST.toordinal() - _EPOCH_ORDINAL
_SHIFT: Final = _DAY_LO - 1  # table slot = day - _SHIFT; slots 0 and -1 are sentinels
_BAD: Final = np.iinfo(np.int64).min  # a sentinel no valid answer can be
_CHUNK: Final = 1 << 16
_THREADS: Final = 2
_MONTH_BASE: Final = 1970 * 12  # datetime64[M] counts months from 1970-01


class NextFeeFree(NamedTuple):
    """Per row: the next withdrawal month without the cancellation fee, and the last day to apply."""

    month: Any
    last_day: Any


def _start_months() -> npt.NDArray[np.int64]:
    """Month index (year * 12 + month - 1) of every day of the tables (built once)."""
    days = np.arange(_DAY_LO, _DAY_HI + 1, dtype=np.int64).astype("datetime64[D]")
    return days.astype("datetime64[M]").astype(np.int64) + _MONTH_BASE


_DAY_MONTH: Final = _start_months()


@lru_cache(maxsize=16)
def _tables(today: _dt.date, term: ContractTerm) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(month as datetime64[M] value, last day as datetime64[D] value) by start-day slot, for ``today``.

    By month difference d = today's month - start month (contract month d + 1): the first
    renewal month from today's month on (TERM-2/3's own window test), and its last day (the
    last day to apply on the web, WD-1).  A start after today, or out of the tables, reads
    the sentinel."""
    t = today.year * 12 + today.month - 1
    span = t - (_FIRST.year * 12) + 1
    ahead = term.term_months + term.renewal_window_months
    window = [_in_window(n, term) for n in range(1, span + ahead + 1)]
    month_by_d = np.full(span, _BAD, dtype=np.int64)
    day_by_d = np.full(span, _BAD, dtype=np.int64)
    for d in range(span):
        k = next(k for k in range(ahead + 1) if window[d + k])  # contract month d + 1 + k is a renewal month
        m = Month.from_index(t + k)
        month_by_d[d] = t + k - _MONTH_BASE
        day_by_d[d] = m.last_day.toordinal() - _EPOCH_ORDINAL
    diff = t - _DAY_MONTH
    ok = diff >= 0
    months = np.full(len(_DAY_MONTH) + 2, _BAD, dtype=np.int64)
    last_days = np.full(len(_DAY_MONTH) + 2, _BAD, dtype=np.int64)
    months[1:-1][ok] = month_by_d[diff[ok]]
    last_days[1:-1][ok] = day_by_d[diff[ok]]
    months.flags.writeable = False
    last_days.flags.writeable = False
    return months, last_days


def _values(x: object) -> tuple[npt.NDArray[Any], bool, npt.NDArray[np.bool_] | None]:
    """Day numbers of a date column, whether it is Arrow, and its null mask."""
    if isinstance(x, np.ndarray):
        if x.dtype != np.dtype("datetime64[D]"):
            raise TypeError(f"TERM-1: service_start: expected a datetime64[D] array, got dtype {x.dtype}")
        if x.ndim != 1:
            raise TypeError(f"TERM-1: service_start: expected a one-dimensional column, got {x.ndim} dimensions")
        return x.view(np.int64), False, None
    pa = sys.modules.get("pyarrow")
    if pa is not None and isinstance(x, pa.Array | pa.ChunkedArray):
        if x.type != pa.date32():
            raise TypeError(f"TERM-1: service_start: expected a date32 column, got {x.type}")
        arr = x.combine_chunks() if isinstance(x, pa.ChunkedArray) else x
        nulls = None
        if arr.null_count:
            nulls = np.asarray(arr.is_null().to_numpy(zero_copy_only=False), dtype=np.bool_)
        buf = arr.buffers()[1]
        values = np.frombuffer(buf, dtype=np.int32, count=arr.offset + len(arr))[arr.offset :]
        return values, True, nulls
    raise TypeError(f"TERM-1: service_start: expected a NumPy or pyarrow column, got {type(x).__name__}")


def _kernel(
    days: npt.NDArray[Any],
    months: npt.NDArray[np.int64],
    last_days: npt.NDArray[np.int64],
    out_m: npt.NDArray[np.int64],
    out_d: npt.NDArray[np.int64],
    lo: int,
    hi: int,
) -> None:
    idx = np.empty(_CHUNK, dtype=np.intp)
    for i in range(lo, hi, _CHUNK):
        j = min(i + _CHUNK, hi)
        k = j - i
        np.subtract(days[i:j], _SHIFT, out=idx[:k], casting="unsafe")
        np.take(months, idx[:k], out=out_m[i:j], mode="clip")
        np.take(last_days, idx[:k], out=out_d[i:j], mode="clip")


def next_fee_free(service_start: Any, today: _dt.date, *, term: ContractTerm = SONET_HIKARI_PLUS) -> NextFeeFree:
    """For each row, the next withdrawal month without the cancellation fee from ``today``'s
    month on and the last day to apply for it on the web, as the scalar planner gives them
    (``plan(Contract(start, ...), Person(channels=(Channel.WEB,)), today).next_fee_free``).

    >>> import datetime
    >>> import numpy as np
    >>> next_fee_free(np.array(["2026-09-20"], dtype="datetime64[D]"), datetime.date(2029, 10, 31)).last_day
    array(['2029-10-31'], dtype='datetime64[D]')
    """
    term = _check_term(term)
    today = check_date(today, "today", "WD-1")
    if not _FIRST <= today <= _LAST:
        raise BatchInputError(
            "outside the tables (1900-01-01 .. 2199-12-31)", parameter="today", rule="WD-1", rows=1, first_index=0
        )
    days, arrow, nulls = _values(service_start)
    if nulls is not None and nulls.any():
        raise BatchInputError(
            "null", parameter="service_start", rule="TERM-1", rows=int(nulls.sum()), first_index=int(np.argmax(nulls))
        )
    months, last_days = _tables(today, term)
    n = len(days)
    out_m = np.empty(n, dtype=np.int64)
    out_d = np.empty(n, dtype=np.int64)
    if n >= 4 * _CHUNK:
        step = -(-n // _THREADS)
        with ThreadPoolExecutor(_THREADS) as pool:
            for f in [
                pool.submit(_kernel, days, months, last_days, out_m, out_d, lo, min(lo + step, n))
                for lo in range(0, n, step)
            ]:
                f.result()
    else:
        _kernel(days, months, last_days, out_m, out_d, 0, n)
    if n and out_m.min() == _BAD:
        bad = out_m == _BAD
        raise BatchInputError(
            "the service starts after today, or the date is outside the tables (1900-01-01 .. 2199-12-31)",
            parameter="service_start",
            rule="TERM-1",
            rows=int(bad.sum()),
            first_index=int(np.argmax(bad)),
        )
    if arrow:
        import pyarrow as pa  # type: ignore[import-untyped]

        first_days = out_m.view("datetime64[M]").astype("datetime64[D]")
        return NextFeeFree(
            pa.array(first_days, type=pa.date32()), pa.array(out_d.view("datetime64[D]"), type=pa.date32())
        )
    return NextFeeFree(out_m.view("datetime64[M]"), out_d.view("datetime64[D]"))
