"""Per-call cost of the scalar rule functions next to the same arithmetic written inline.

A plain script (numbers, not a test)::

    .venv/bin/python benchmarks/bench_scalar.py

For each function it prints the best-of-N time per call of the library function, of
the bare arithmetic it performs (no checks, no trace hook) and their ratio (target:
within 5x).  It also prices the tracing hook on the plain call path: the bare
arithmetic, and the same plus one ``ContextVar.get()`` and ``is None`` test, which is
all a plain (non-``explain``) call pays for explanations.
"""

from __future__ import annotations

import datetime as dt
import timeit
from collections.abc import Callable
from contextvars import ContextVar

from hikari_rules import contract_term, fees, withdrawal
from hikari_rules._month import Month
from hikari_rules._registry import TRACE

START = dt.date(2026, 9, 20)
MONTH = Month(2028, 1)
APPLIED = dt.date(2026, 9, 3)
_CACHE_LO = 1900 * 12
_CACHE = tuple(Month.from_index(i) for i in range(_CACHE_LO, 2200 * 12))
_TRACE: ContextVar[object | None] = TRACE  # type: ignore[assignment]


# -- the same arithmetic, inline (what a hand-written billing system would do) -----------------


def inline_contract_month(service_start: dt.date, month: Month) -> int:
    return (month.year * 12 + month.month) - (service_start.year * 12 + service_start.month) + 1


def inline_contract_month_with_hook(service_start: dt.date, month: Month) -> int:
    n = (month.year * 12 + month.month) - (service_start.year * 12 + service_start.month) + 1
    if _TRACE.get() is not None:  # pragma: no cover - never tracing here
        raise AssertionError
    return n


def inline_cancellation_fee(service_start: dt.date, month: Month) -> int:
    n = (month.year * 12 + month.month) - (service_start.year * 12 + service_start.month) + 1
    return 0 if n > 36 and (n - 1) % 36 < 2 else 20_000


def inline_withdrawal_month_options(application_date: dt.date) -> tuple[Month, Month]:
    i = application_date.year * 12 + application_date.month - 1 - _CACHE_LO
    return (_CACHE[i], _CACHE[i + 1])


_75_DAYS = dt.timedelta(days=75)


def inline_number_retention_deadline(application_date: dt.date) -> dt.date:
    return application_date + _75_DAYS


# -- measurement ----------------------------------------------------------------------------------


def per_call(func: Callable[[], object], number: int = 200_000, repeat: int = 7) -> float:
    """Best time per call in nanoseconds."""
    return min(timeit.repeat(func, number=number, repeat=repeat)) / number * 1e9


def main() -> None:
    rows = [
        (
            "fees.cancellation_fee",
            lambda: fees.cancellation_fee(START, MONTH),
            lambda: inline_cancellation_fee(START, MONTH),
        ),
        (
            "fees.cancellation_fee (date month)",
            lambda: fees.cancellation_fee(START, dt.date(2028, 1, 15)),
            lambda: inline_cancellation_fee(START, Month.of(dt.date(2028, 1, 15))),
        ),
        (
            "contract_term.contract_month",
            lambda: contract_term.contract_month(START, MONTH),
            lambda: inline_contract_month(START, MONTH),
        ),
        (
            "withdrawal.withdrawal_month_options",
            lambda: withdrawal.withdrawal_month_options(APPLIED),
            lambda: inline_withdrawal_month_options(APPLIED),
        ),
        (
            "withdrawal.number_retention_deadline",
            lambda: withdrawal.number_retention_deadline(APPLIED),
            lambda: inline_number_retention_deadline(APPLIED),
        ),
    ]
    # sanity: the inline versions compute what the library does
    assert fees.cancellation_fee(START, MONTH) == inline_cancellation_fee(START, MONTH)
    assert contract_term.contract_month(START, MONTH) == inline_contract_month(START, MONTH)
    assert withdrawal.withdrawal_month_options(APPLIED) == inline_withdrawal_month_options(APPLIED)
    assert withdrawal.number_retention_deadline(APPLIED) == inline_number_retention_deadline(APPLIED)

    print(f"{'function':40} {'library ns':>11} {'inline ns':>10} {'ratio':>6}")
    for name, lib, inline in rows:
        t_lib, t_inline = per_call(lib), per_call(inline)
        flag = "" if t_lib <= 5 * t_inline else "  over 5x"
        print(f"{name:40} {t_lib:11.0f} {t_inline:10.0f} {t_lib / t_inline:6.2f}{flag}")

    print()
    print("tracing hook on the plain call path (contract_month arithmetic):")
    bare = per_call(lambda: inline_contract_month(START, MONTH))
    hooked = per_call(lambda: inline_contract_month_with_hook(START, MONTH))
    lib = per_call(lambda: contract_term.contract_month(START, MONTH))
    print(f"{'inline arithmetic':40} {bare:11.0f}")
    print(f"{'inline + one ContextVar.get()':40} {hooked:11.0f}   hook costs {hooked - bare:.0f} ns")
    print(f"{'contract_term.contract_month as is':40} {lib:11.0f}")


if __name__ == "__main__":
    main()
