"""Differential testing of a billing system against the oracle, with Hypothesis.

A downstream QA team has its own billing code.  Here it is a deliberately wrong
"billing system" of three small functions, each with a bug that is easy to write:

- ``order_date``: reads the order's *local* date and hour, so an order sent from
  a client in another time zone lands on the wrong day (BIZ-1: 13:00 **JST**);
- ``invoice_kind``: gives a barcode invoice for exactly 300,000円 (BIZ-2: only
  *under* 300,000円 gets one);
- ``months_billed``: forgets CHG-2 (a cancellation on the 1st of a later month
  does not charge that month).

Each property says "the system agrees with ``hikari_rules``" on inputs drawn from
``hikari_rules.strategies``, which put their weight where billing code goes wrong.
Hypothesis finds each disagreement and shrinks it to a small example; the oracle's
``explain`` says which rule the system broke.

Run it:  .venv/bin/python examples/differential_testing.py
(Outside this repository's .venv it needs Hypothesis: pip install 'hikari-rules[strategies]'.)
(As a pytest file, the three ``test_*`` functions simply fail with the example.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import find, given, settings
from hypothesis import strategies as st

from hikari_rules import billing, explain, payment
from hikari_rules._registry import to_jsonable
from hikari_rules.dates import next_business_day
from hikari_rules.strategies import instants, invoice_amounts, subscriptions

# -- the system under test (deliberately wrong) ---------------------------------------------


def order_date(ordered_at: dt.datetime) -> dt.date:
    """BUG: uses the instant's own wall clock instead of converting to JST first."""
    day = ordered_at.date()
    if ordered_at.hour >= 13:
        day += dt.timedelta(days=1)
    return next_business_day(day)


def invoice_kind(amount: int) -> str:
    """BUG: ``<=`` where the source says 「30万円未満」 (under 300,000円)."""
    return "BARCODE" if amount <= 300_000 else "BANK_ONLY"


def months_billed(purchased_on: dt.date, cancelled_on: dt.date) -> int:
    """BUG: counts purchase month through cancellation month, ignoring CHG-2."""
    return (cancelled_on.year - purchased_on.year) * 12 + cancelled_on.month - purchased_on.month + 1


# -- the differential properties --------------------------------------------------------------

FAST = settings(max_examples=2_000, database=None, deadline=None)


@FAST
@given(instants(dt.date(2020, 1, 1), dt.date(2030, 12, 31)))
def test_order_date_agrees_with_the_oracle(ordered_at: dt.datetime) -> None:
    assert order_date(ordered_at) == payment.order_effective_date(ordered_at)


@FAST
@given(invoice_amounts())
def test_invoice_kind_agrees_with_the_oracle(amount: int) -> None:
    assert invoice_kind(amount) == payment.invoice_kind(amount).name


@FAST
@given(subscriptions(open_ended=False))
def test_months_billed_agrees_with_the_oracle(sub: tuple[dt.date, dt.date | None]) -> None:
    purchased_on, cancelled_on = sub
    assert cancelled_on is not None
    assert months_billed(purchased_on, cancelled_on) == billing.charged_month_count(purchased_on, cancelled_on)


# -- run each property and show what Hypothesis found ------------------------------------------


def _run(
    title: str, prop: Callable[[], None], found: Callable[[], tuple[Callable[..., Any], tuple[Any, ...], Any]]
) -> bool:
    """Run a property; on failure print Hypothesis's shrunk example and the oracle's explanation of it."""
    print(f"== {title}")
    try:
        prop()
    except AssertionError as exc:
        for note in getattr(exc, "__notes__", []):  # Hypothesis attaches the shrunk failing example
            print(note)
        rule_function, args, system_says = found()
        e = explain(rule_function, *args)
        print(f"the system says {system_says!r}; the oracle says {to_jsonable(e.result)!r} ({', '.join(e.rule_ids)}):")
        print(e.text())
        print()
        return True
    print("no disagreement found\n")
    return False


def _find(strategy: st.SearchStrategy[Any], disagrees: Callable[[Any], bool]) -> Any:
    """The simplest input on which the system and the oracle disagree (Hypothesis shrinks it)."""
    return find(strategy, disagrees, settings=settings(max_examples=2_000, database=None))


def _order_example() -> tuple[Callable[..., Any], tuple[Any, ...], Any]:
    at = _find(
        instants(dt.date(2020, 1, 1), dt.date(2030, 12, 31)), lambda t: order_date(t) != payment.order_effective_date(t)
    )
    return payment.order_effective_date, (at,), order_date(at).isoformat()


def _invoice_example() -> tuple[Callable[..., Any], tuple[Any, ...], Any]:
    amount = _find(invoice_amounts(), lambda a: invoice_kind(a) != payment.invoice_kind(a).name)
    return payment.invoice_kind, (amount,), invoice_kind(amount)


def _months_example() -> tuple[Callable[..., Any], tuple[Any, ...], Any]:
    p, c = _find(subscriptions(open_ended=False), lambda s: months_billed(*s) != billing.charged_month_count(*s))
    return billing.charged_month_count, (p, c), months_billed(p, c)


def main() -> int:
    found = 0
    found += _run(
        "order_date vs payment.order_effective_date (BIZ-1)", test_order_date_agrees_with_the_oracle, _order_example
    )
    found += _run(
        "invoice_kind vs payment.invoice_kind (BIZ-2)", test_invoice_kind_agrees_with_the_oracle, _invoice_example
    )
    found += _run(
        "months_billed vs billing.charged_month_count (CHG-1, CHG-2)",
        test_months_billed_agrees_with_the_oracle,
        _months_example,
    )
    print(f"Hypothesis found {found} of 3 planted bugs.")
    return 0 if found == 3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
