"""The compiled loops of :mod:`hikari_rules.batch`, used when numba is installed.

Install with ``pip install 'hikari-rules[fast-batch]'``.  Each kernel does in one
pass over the rows what the NumPy path (``batch._diff_kernel``,
``batch._charged_kernel``) does with several passes over cache-sized chunks, and
gives exactly the same result: the tests run both and compare them with the scalar
rules.  The kernels only compute; every check whose failure must be reported row by
row is left to the NumPy path, which the caller runs when a kernel says "invalid".

Indices are unsigned on purpose: a value below a table's range wraps to a huge
index and is clamped to the table's last slot, which holds a sentinel, so one
``min`` does the range check of both sides and numba emits no negative-index fix-up.
Compiled on first use (and cached on disk by numba where it can write).
"""

from __future__ import annotations

from typing import Any

import numba
import numpy as np

_U = np.uint64
_I = np.int64
_OPTS: dict[str, Any] = {"nogil": True, "boundscheck": False, "error_model": "numpy"}


def _jit(func: Any) -> Any:
    """numba.njit, cached on disk where numba finds a writable place (next to this file,
    or its user cache directory); compiled per process where it finds none."""
    try:
        return numba.njit(cache=True, **_OPTS)(func)
    except RuntimeError:  # "cannot cache function …: no locator available"
        return numba.njit(cache=False, **_OPTS)(func)


@_jit
def diff_kernel(
    a: Any, a_shift: int, a_table: Any, b: Any, b_shift: int, b_table: Any, result: Any, offset: int, out: Any
) -> Any:
    """``out[i] = result[b_table[b[i] - b_shift] - a_table[a[i] - a_shift] + offset]``, each
    table index clamped to the table's last slot (a sentinel); False if any row read a
    negative result (an out-of-range date or a month before the start month)."""
    a_last = _U(a_table.shape[0] - 1)
    b_last = _U(b_table.shape[0] - 1)
    seen = _I(0)
    for i in range(a.shape[0]):
        ia = min(_U(_I(a[i]) - a_shift), a_last)
        ib = min(_U(_I(b[i]) - b_shift), b_last)
        v = result[_U(_I(b_table[ib]) - _I(a_table[ia]) + offset)]
        seen |= v
        out[i] = v
    return seen >= 0


@_jit
def charged_kernel(
    p: Any, c: Any, shift: int, first_table: Any, last_table: Any, counts: Any, offset: int, out: Any
) -> Any:
    """CHG-1/2 month count ``counts[last(c) - month(p) + offset]`` (``max(d, 0) + 1``, and
    negative below -1: a day outside the tables); False if any row needs the checked
    path (that, or a cancellation before the purchase: ``c - p`` negative)."""
    last = _U(first_table.shape[0] - 1)
    seen = _I(0)
    for i in range(p.shape[0]):
        x = _I(p[i])
        y = _I(c[i])
        d = _I(last_table[min(_U(y - shift), last)]) - _I(first_table[min(_U(x - shift), last)])
        v = counts[_U(d + offset)]
        seen |= v | (y - x)
        out[i] = v
    return seen >= 0
