"""The compiled loops of :mod:`hikari_rules.batch`, used when numba is installed.

Install with ``pip install 'hikari-rules[fast-batch]'``.  Each kernel does in one
pass over the rows what the NumPy path (``batch._diff_kernel``,
``batch._charged_kernel``) does with several passes over cache-sized chunks, and
gives exactly the same result: the tests run both and compare them with the scalar
rules.  The kernels only compute; every check whose failure must be reported row by
row is left to the NumPy path, which the caller runs when a kernel says "invalid".

**No table in the loop.**  The NumPy path reads "the month of a day" from a day →
month table; here it is integer arithmetic (:func:`month_of_day`), and the rule's
result is arithmetic on the month difference too (:func:`diff_days`).  A loop with
a table gather is not vectorised by LLVM; a loop of multiplications, shifts and
comparisons is (8 rows per AVX-512 instruction, 4 with AVX2), which is what brings
the kernels near the speed of reading their inputs.  ``tests/test_batch_columns.py``
checks :func:`month_of_day` against NumPy's calendar on every day of the range.

**Validity by sign.**  Every quantity that must not be negative for a valid row (the
distance of a day from each end of the range, the month difference, the
cancellation after the purchase) is OR-ed into one accumulator; the kernel returns
False when its sign bit is set, and the caller then runs the checked NumPy path,
which counts the bad rows and names the first.  Values computed for an invalid row
are never returned.

Compiled on first use, not at import (numba itself is imported on the first call of
a hot rule), and cached on disk by numba where it can write: the ``__pycache__``
folder beside this file (where Python puts its ``.pyc`` files), or numba's user-wide
cache folder when that is read-only; ``NUMBA_CACHE_DIR`` puts the cache elsewhere.
Where no place is writable each process compiles for itself.
"""

from __future__ import annotations

from typing import Any

import numba
import numpy as np
from numba import types
from numba.extending import intrinsic

_OPTS: dict[str, Any] = {"nogil": True, "boundscheck": False, "error_model": "numpy"}

# The range of the month rules (batch.CALENDAR_FIRST_DAY .. CALENDAR_LAST_DAY) as day
# numbers (days since 1970-01-01) and month indices (year * 12 + month - 1).
DAY_LO = -25567  # 1900-01-01
DAY_HI = 84005  # 2199-12-31
MONTH_LO = 1900 * 12  # 1900-01
MONTH_HI = 2199 * 12 + 11  # 2199-12

# month_of_day: a day as a count from 1896-03-01 in a calendar where every fourth year
# is a leap year (the Julian rule), which is the real calendar from 1900-03-01 on once
# the day 1900-02-29 it lacks is added, and again from 2100-03-01 on once 2100-02-29
# is.  In that calendar a year starts in March (February, with its leap day, ends it),
# so the year is (4j + 3) // 1461 and the month follows from the day of the year by
# Neri and Schneider's 2141 * d + 197913 (their "Euclidean affine functions", 2022).
_J_ORIGIN = 26968  # -(day number of 1896-03-01)
_NO_1900_02_29 = -25508  # day number of 1900-03-01
_NO_2100_02_29 = 47541  # day number of 2100-03-01
_BY_1461 = 2939745  # ceil(2**32 / 1461): (x * _BY_1461) >> 32 == x // 1461 for 0 <= x < 2**20


def _jit(func: Any) -> Any:
    """numba.njit, cached on disk where numba finds a writable place (next to this file,
    or its user cache directory); compiled per process where it finds none."""
    try:
        return numba.njit(cache=True, **_OPTS)(func)
    except RuntimeError:  # "cannot cache function …: no locator available"
        return numba.njit(cache=False, **_OPTS)(func)


def _inline(func: Any) -> Any:
    return numba.njit(inline="always", **_OPTS)(func)


@_inline
def _calendar(x: Any) -> Any:
    """(year since 1896 counted from March, 2141 * day of that year + 197913) of day ``x``."""
    j = x + _J_ORIGIN + (x >= _NO_1900_02_29) + (x >= _NO_2100_02_29)
    y = ((4 * j + 3) * _BY_1461) >> 32
    return y, 2141 * (j - ((1461 * y) >> 2)) + 197913


@_inline
def month_of_day(x: Any) -> Any:
    """Month index (``year * 12 + month - 1``) of day number ``x``, exact on DAY_LO..DAY_HI."""
    y, n = _calendar(x)
    return 12 * y + (n >> 16) + (1896 * 12 - 1)


@_inline
def last_charged_month(x: Any) -> Any:
    """Month index of day ``x``, less one on the 1st of a month (CHG-2: a cancellation on
    the 1st is not charged for that month)."""
    y, n = _calendar(x)
    return 12 * y + (n >> 16) + (1896 * 12 - 1) - ((n & 0xFFFF) < 2141)


@_jit
def months(days: Any, out: Any) -> None:
    """``out[i] = month_of_day(days[i]) * 2 + (days[i] is the 1st of a month)``, for the test
    of the calendar arithmetic against NumPy's on every day of the range."""
    for i in range(days.shape[0]):
        x = np.int64(days[i])
        out[i] = 2 * month_of_day(x) + (month_of_day(x) - last_charged_month(x))


@_inline
def _result(d: Any, t: Any, by_t: Any, w: Any, a: Any, b: Any, c: Any) -> Any:
    """``a * d + b + c * in_window(d + 1)`` for month difference ``d`` in 0..3599: the
    contract month (1, 1, 0), whether it is a renewal month (0, 0, 1) or the fee (0, fee,
    -fee).  In the window (TERM-2/3): ``d // t >= 1`` and ``d % t < w``, the division
    by ``t`` as ``(d * by_t) >> 32`` (exact for d < 3600 and t <= 3601, see batch)."""
    q = (d * by_t) >> 32
    inside = (q >= 1) & (d - q * t < w)
    return a * d + b + c * np.int64(inside)


@_jit
def diff_days(s: Any, m: Any, t: int, by_t: int, w: int, a: int, b: int, c: int, out: Any) -> Any:
    """``out[i] = _result(month_of_day(m[i]) - month_of_day(s[i]), …)``, both columns day
    numbers; False if any row is invalid (a day outside the range, a negative difference)."""
    bad = np.int64(0)
    for i in range(s.shape[0]):
        x = np.int64(s[i])
        y = np.int64(m[i])
        d = month_of_day(y) - month_of_day(x)
        bad |= (x - DAY_LO) | (DAY_HI - x) | (y - DAY_LO) | (DAY_HI - y) | d
        out[i] = _result(d, t, by_t, w, a, b, c)
    return bad >= 0


@_jit
def diff_months(s: Any, m: Any, shift: int, t: int, by_t: int, w: int, a: int, b: int, c: int, out: Any) -> Any:
    """As :func:`diff_days` with ``m`` a month column: month index ``m[i] + shift``."""
    bad = np.int64(0)
    for i in range(s.shape[0]):
        x = np.int64(s[i])
        y = np.int64(m[i]) + shift
        d = y - month_of_day(x)
        bad |= (x - DAY_LO) | (DAY_HI - x) | (y - MONTH_LO) | (MONTH_HI - y) | d
        out[i] = _result(d, t, by_t, w, a, b, c)
    return bad >= 0


@_jit
def charged(p: Any, c: Any, out: Any) -> Any:
    """CHG-1/2 month count ``max(last charged month(c) - month(p), 0) + 1``; False if any row
    needs the checked path (a day outside the range, or a cancellation before the purchase)."""
    bad = np.int64(0)
    for i in range(p.shape[0]):
        x = np.int64(p[i])
        y = np.int64(c[i])
        d = last_charged_month(y) - month_of_day(x)
        bad |= (x - DAY_LO) | (DAY_HI - x) | (y - DAY_LO) | (DAY_HI - y) | (y - x)
        out[i] = max(d, 0) + 1
    return bad >= 0


# -- Arrow columns by address: the fixed cost of a small call -------------------------------------
# np.frombuffer on each pyarrow buffer costs a quarter of a microsecond; for two
# one-chunk date32 columns (the common Arrow call) the kernels read the buffers at
# their addresses instead.  The caller holds the arrays for the whole call, checks
# that they have no nulls and the same length, and passes buffer address + 4 * offset.


_INT32_POINTER: Any = types.CPointer(types.int32)  # type: ignore[no-untyped-call]
_carray: Any = numba.carray  # type: ignore[attr-defined]


def _int32_at_typing(typingctx: Any, address: Any) -> Any:
    """The int32 pointer at an integer address (a pyarrow buffer's)."""
    sig = _INT32_POINTER(types.int64)

    def codegen(context: Any, builder: Any, signature: Any, args: Any) -> Any:
        return builder.inttoptr(args[0], context.get_value_type(_INT32_POINTER))

    return sig, codegen


_int32_at: Any = intrinsic(_int32_at_typing)


@_jit
def diff_days_at(s: int, m: int, n: int, t: int, by_t: int, w: int, a: int, b: int, c: int, out: Any) -> Any:
    """:func:`diff_days` on ``n`` int32 day numbers at addresses ``s`` and ``m``."""
    s_days = _carray(_int32_at(s), n)
    m_days = _carray(_int32_at(m), n)
    return diff_days(s_days, m_days, t, by_t, w, a, b, c, out)


@_jit
def charged_at(p: int, c: int, n: int, out: Any) -> Any:
    """:func:`charged` on ``n`` int32 day numbers at addresses ``p`` and ``c``."""
    p_days = _carray(_int32_at(p), n)
    c_days = _carray(_int32_at(c), n)
    return charged(p_days, c_days, out)
