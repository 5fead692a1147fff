"""Per-call cost of the scalar rule functions next to the same arithmetic written inline.

A plain script (numbers, not a test)::

    .venv/bin/python benchmarks/bench_scalar.py [--number N]

For every public function of the API for which a hand-written equivalent can be
written in a few lines of plain Python (what a billing system would inline: the bare
arithmetic or table look-up, no argument checks, no explanation hook, returning the
same value, of the library's result type where it has one), it prints the
best-of-7 CPU time per call of the library function, of that equivalent, and their ratio
(target: within 5x).  Each equivalent is first checked to give the library's answer.
Functions whose work is not arithmetic (parsers, the identity decision, the statement
preview, the call-forwarding state machine) have no such equivalent and are not listed.

It also prices the explanation hook on the plain call path: the bare arithmetic, and
the same plus one ``ContextVar.get()`` and ``is None`` test, which is all a plain
(non-``explain``) call pays for explanations.

The compositions (identity.verify, preview.timeline) are printed per call, the timeline
beside its floor: building its 121 statements' items, bills and statements from finished
values and nothing else (what the answer's own objects cost).  ``--baseline SRC`` times
them against another checkout's source tree in the same run, in turn (e.g. the state an
issue was filed against: ``git worktree add /tmp/base b9ad310`` then ``--baseline
/tmp/base/src``)::

    .venv/bin/python benchmarks/bench_scalar.py --baseline /tmp/base/src
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from contextvars import ContextVar
from fractions import Fraction

import attrs

from hikari_rules import billing, contract_term, dates, fees, passport_id, payment, withdrawal
from hikari_rules._month import Month
from hikari_rules._registry import TRACE

START = dt.date(2026, 9, 20)
MONTH = Month(2028, 1)
APPLIED = dt.date(2026, 9, 3)
DAY = dt.date(2026, 11, 24)
LIMITS = {"user01": 0, "user02": 2_000, "user03": 8_000}
_CACHE_LO = 1900 * 12
_CACHE = tuple(Month.from_index(i) for i in range(_CACHE_LO, 2200 * 12))
_TRACE: ContextVar[object | None] = TRACE  # type: ignore[assignment]
_JST = dates.JST
# A hand-written billing system keeps its own holiday set and year-end rule.
_HOLIDAYS = frozenset(
    d
    for y in range(2020, 2031)
    for d in (dt.date(y, 1, 1) + dt.timedelta(days=k) for k in range(366))
    if d.year == y and d.weekday() < 5 and not dates.is_business_day(d)
)
_TEN_PERCENT = Fraction(1, 10)
_FEE_STATEMENT = {
    fees.StatementRequest.MY_PAGE: 0,
    fees.StatementRequest.PHONE: 3_300,
    fees.StatementRequest.EMAIL: 3_300,
}
_ELIGIBLE = frozenset(s for s in passport_id.AccessService if passport_id.is_eligible(s))
_CONTINUES = frozenset(e for e in payment.DocomoLineEvent if payment.ntt_billing_continues(e))


def _m(y: int, m: int) -> Month:
    return _CACHE[y * 12 + m - 1 - _CACHE_LO]


# -- the same arithmetic, inline (what a hand-written billing system would do) -----------------


def inline_contract_month(service_start: dt.date, month: Month) -> int:
    return (month.year * 12 + month.month) - (service_start.year * 12 + service_start.month) + 1


def inline_contract_month_with_hook(service_start: dt.date, month: Month) -> int:
    n = (month.year * 12 + month.month) - (service_start.year * 12 + service_start.month) + 1
    if _TRACE.get() is not None:  # pragma: no cover - never tracing here
        raise AssertionError
    return n


def inline_is_renewal_month(service_start: dt.date, month: Month) -> bool:
    n = (month.year * 12 + month.month) - (service_start.year * 12 + service_start.month) + 1
    return n > 36 and (n - 1) % 36 < 2


def inline_renewal_window(service_start: dt.date, cycle: int) -> tuple[Month, Month]:
    i = service_start.year * 12 + service_start.month - 1 + 36 * cycle - _CACHE_LO
    return (_CACHE[i], _CACHE[i + 1])


def inline_cancellation_fee(service_start: dt.date, month: Month) -> int:
    n = (month.year * 12 + month.month) - (service_start.year * 12 + service_start.month) + 1
    return 0 if n > 36 and (n - 1) % 36 < 2 else 20_000


def inline_tax_included(amount: int) -> int:
    return amount * 11 // 10


def inline_fee_statement_fee(request: fees.StatementRequest) -> int:
    return _FEE_STATEMENT[request]


def inline_minimum_usage_penalty(service_start: dt.date, month: Month, months: int, penalty: int) -> int:
    n = (month.year * 12 + month.month) - (service_start.year * 12 + service_start.month) + 1
    return penalty if n < months else 0


def inline_construction_fee_balance(total: int, paid: int) -> int:
    return max(total - paid, 0)


def inline_withdrawal_month_options(application_date: dt.date) -> tuple[Month, Month]:
    i = application_date.year * 12 + application_date.month - 1 - _CACHE_LO
    return (_CACHE[i], _CACHE[i + 1])


def inline_month_after(month: Month) -> Month:
    return _CACHE[month.year * 12 + month.month - _CACHE_LO]


def inline_completion_instant(month: Month) -> dt.datetime:
    m = _CACHE[month.year * 12 + month.month - _CACHE_LO]
    return dt.datetime(m.year, m.month, 1, tzinfo=_JST)


def inline_mypage_available_until(month: Month) -> dt.date:
    m = _CACHE[month.year * 12 + month.month - 1 + 7 - _CACHE_LO]  # the 1st of the 7th month after, minus a day
    return dt.date(m.year, m.month, 1) - dt.timedelta(days=1)


def inline_number_retention_deadline(application_date: dt.date) -> dt.date:
    return application_date + dt.timedelta(days=75)


def inline_number_retained(application_date: dt.date, reversion: dt.date | None) -> bool:
    return reversion is not None and reversion <= application_date + dt.timedelta(days=75)


def inline_charged_month_count(purchased_on: dt.date, cancelled_on: dt.date) -> int:
    n = (cancelled_on.year * 12 + cancelled_on.month) - (purchased_on.year * 12 + purchased_on.month) + 1
    return n - 1 if cancelled_on.day == 1 and cancelled_on != purchased_on else n


def inline_is_charged(purchased_on: dt.date, cancelled_on: dt.date, month: Month) -> bool:
    m = month.year * 12 + month.month
    last = cancelled_on.year * 12 + cancelled_on.month - (cancelled_on.day == 1 and cancelled_on != purchased_on)
    return purchased_on.year * 12 + purchased_on.month <= m <= last


def inline_split_consolidated(amount: int) -> billing.ConsolidatedSplit:
    return billing.ConsolidatedSplit(amount, 0) if amount <= 100_000 else billing.ConsolidatedSplit(0, amount)


def inline_is_business_day(d: dt.date) -> bool:
    return (
        d.weekday() < 5
        and d not in _HOLIDAYS
        and not ((d.month == 12 and d.day >= 29) or (d.month == 1 and d.day <= 3))
    )


def inline_next_business_day(d: dt.date) -> dt.date:
    while not inline_is_business_day(d):
        d += dt.timedelta(days=1)
    return d


def inline_collection_date(month: Month) -> dt.date:
    m = _CACHE[month.year * 12 + month.month - _CACHE_LO]
    return dt.date(m.year, m.month, 27)


def inline_invoice_kind(amount: int) -> payment.InvoiceKind:
    return payment.InvoiceKind.BARCODE if amount < 300_000 else payment.InvoiceKind.BANK_ONLY


def inline_payment_due_date(month: Month) -> dt.date:
    m = _CACHE[month.year * 12 + month.month - _CACHE_LO]
    return dt.date(m.year, m.month, 1) - dt.timedelta(days=1)


def inline_can_purchase(price: int, limit: int, used: int, status: passport_id.Status) -> bool:
    return status is passport_id.Status.IN_USE and used + price <= limit


def inline_bill_label_month(method: payment.PaymentMethod, month: Month) -> Month:
    return _CACHE[month.year * 12 + month.month - _CACHE_LO] if method is payment.PaymentMethod.USEN else month


_ALLOWED = frozenset(
    (a, c) for a in withdrawal.Applicant for c in withdrawal.Channel if withdrawal.channel_allowed(a, c)
)
_REGISTRATION_CLOSED = dt.date(2024, 12, 1)


def inline_next_renewal_window(service_start: dt.date, on_or_after: Month) -> tuple[Month, Month]:
    start = service_start.year * 12 + service_start.month - 1
    n = on_or_after.year * 12 + on_or_after.month - 1 - start + 1  # contract month of on_or_after
    cycle = max(1, (n - 38 + 35) // 36 + 1) if n > 38 else 1
    i = start + 36 * cycle - _CACHE_LO
    return (_CACHE[i], _CACHE[i + 1])


def inline_charged_months(purchased_on: dt.date, cancelled_on: dt.date) -> tuple[Month, ...]:
    first = purchased_on.year * 12 + purchased_on.month - 1
    last = cancelled_on.year * 12 + cancelled_on.month - 1
    if cancelled_on.day == 1 and cancelled_on != purchased_on:
        last -= 1
    return _CACHE[first - _CACHE_LO : max(last, first) + 1 - _CACHE_LO]


def inline_slip_mailing_window(month: Month) -> tuple[dt.date, dt.date]:
    return (dt.date(month.year, month.month, 6), dt.date(month.year, month.month, 8))


def inline_can_register(on: dt.date) -> bool:
    return on < _REGISTRATION_CLOSED


def inline_is_customer_id(s: str) -> bool:
    return len(s) == 13 and s.startswith("CAF") and s[3:].isascii() and s[3:].isdigit()


def inline_limits_valid(line_limit: int, id_limits: dict[str, int]) -> bool:
    return sum(id_limits.values()) <= line_limit


# -- measurement ----------------------------------------------------------------------------------


def per_call(func: Callable[[], object], number: int, repeat: int = 7) -> float:
    """Best CPU time per call in nanoseconds (process time: time spent waiting for a core
    on a loaded machine is not counted, so the ratios hold under load)."""
    return min(timeit.repeat(func, number=number, repeat=repeat, timer=time.process_time)) / number * 1e9


Row = tuple[str, Callable[[], object], Callable[[], object]]


def rows() -> list[Row]:
    mu = fees.MinimumUsage(12, 10_000)
    cancelled = dt.date(2027, 3, 1)
    phone = fees.StatementRequest.PHONE
    return [
        (
            "contract_term.contract_month",
            lambda: contract_term.contract_month(START, MONTH),
            lambda: inline_contract_month(START, MONTH),
        ),
        (
            "contract_term.is_renewal_month",
            lambda: contract_term.is_renewal_month(START, MONTH),
            lambda: inline_is_renewal_month(START, MONTH),
        ),
        (
            "contract_term.renewal_window",
            lambda: contract_term.renewal_window(START, 2),
            lambda: inline_renewal_window(START, 2),
        ),
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
            "contract_term.next_renewal_window",
            lambda: contract_term.next_renewal_window(START, MONTH),
            lambda: inline_next_renewal_window(START, MONTH),
        ),
        ("fees.tax_included", lambda: fees.tax_included(3_000), lambda: inline_tax_included(3_000)),
        (
            "fees.tax_included (rate=Fraction(1, 10))",
            lambda: fees.tax_included(3_000, rate=_TEN_PERCENT),
            lambda: inline_tax_included(3_000),
        ),
        (
            "fees.minimum_usage_penalty",
            lambda: fees.minimum_usage_penalty(START, MONTH, mu),
            lambda: inline_minimum_usage_penalty(START, MONTH, 12, 10_000),
        ),
        ("fees.fee_statement_fee", lambda: fees.fee_statement_fee(phone), lambda: inline_fee_statement_fee(phone)),
        (
            "fees.construction_fee_balance",
            lambda: fees.construction_fee_balance(26_400, 17_600),
            lambda: inline_construction_fee_balance(26_400, 17_600),
        ),
        (
            "withdrawal.withdrawal_month_options",
            lambda: withdrawal.withdrawal_month_options(APPLIED),
            lambda: inline_withdrawal_month_options(APPLIED),
        ),
        (
            "withdrawal.earliest_withdrawal_month",
            lambda: withdrawal.earliest_withdrawal_month(APPLIED),
            lambda: inline_withdrawal_month_options(APPLIED)[0],
        ),
        (
            "withdrawal.channel_allowed",
            lambda: withdrawal.channel_allowed(withdrawal.Applicant.CORPORATE, withdrawal.Channel.WEB),
            lambda: (withdrawal.Applicant.CORPORATE, withdrawal.Channel.WEB) in _ALLOWED,
        ),
        ("withdrawal.completion_month", lambda: withdrawal.completion_month(MONTH), lambda: inline_month_after(MONTH)),
        (
            "withdrawal.completion_instant",
            lambda: withdrawal.completion_instant(MONTH),
            lambda: inline_completion_instant(MONTH),
        ),
        (
            "withdrawal.mypage_available_until",
            lambda: withdrawal.mypage_available_until(MONTH),
            lambda: inline_mypage_available_until(MONTH),
        ),
        (
            "withdrawal.number_retention_deadline",
            lambda: withdrawal.number_retention_deadline(APPLIED),
            lambda: inline_number_retention_deadline(APPLIED),
        ),
        (
            "withdrawal.number_retained",
            lambda: withdrawal.number_retained(APPLIED, DAY),
            lambda: inline_number_retained(APPLIED, DAY),
        ),
        (
            "billing.charged_month_count",
            lambda: billing.charged_month_count(START, cancelled),
            lambda: inline_charged_month_count(START, cancelled),
        ),
        (
            "billing.is_charged",
            lambda: billing.is_charged(START, cancelled, MONTH),
            lambda: inline_is_charged(START, cancelled, MONTH),
        ),
        (
            "billing.charged_months",
            lambda: billing.charged_months(START, cancelled),
            lambda: inline_charged_months(START, cancelled),
        ),
        ("billing.billing_month", lambda: billing.billing_month(MONTH), lambda: inline_month_after(MONTH)),
        (
            "billing.split_consolidated",
            lambda: billing.split_consolidated(100_001),
            lambda: inline_split_consolidated(100_001),
        ),
        ("dates.is_business_day", lambda: dates.is_business_day(DAY), lambda: inline_is_business_day(DAY)),
        (
            "dates.next_business_day",
            lambda: dates.next_business_day(dt.date(2026, 12, 31)),
            lambda: inline_next_business_day(dt.date(2026, 12, 31)),
        ),
        (
            "payment.collection_date",
            lambda: payment.collection_date(payment.PaymentMethod.BANK_DEBIT, MONTH),
            lambda: inline_collection_date(MONTH),
        ),
        (
            "payment.bill_label_month",
            lambda: payment.bill_label_month(payment.PaymentMethod.CREDIT_CARD, MONTH),
            lambda: inline_bill_label_month(payment.PaymentMethod.CREDIT_CARD, MONTH),
        ),
        (
            "payment.ntt_billing_continues",
            lambda: payment.ntt_billing_continues(payment.DocomoLineEvent.SUCCESSION),
            lambda: payment.DocomoLineEvent.SUCCESSION in _CONTINUES,
        ),
        (
            "payment.slip_mailing_window",
            lambda: payment.slip_mailing_window(MONTH),
            lambda: inline_slip_mailing_window(MONTH),
        ),
        ("payment.invoice_kind", lambda: payment.invoice_kind(299_999), lambda: inline_invoice_kind(299_999)),
        ("payment.payment_due_date", lambda: payment.payment_due_date(MONTH), lambda: inline_payment_due_date(MONTH)),
        (
            "passport_id.is_eligible",
            lambda: passport_id.is_eligible(passport_id.AccessService.FLETS_HIKARI_NEXT),
            lambda: passport_id.AccessService.FLETS_HIKARI_NEXT in _ELIGIBLE,
        ),
        (
            "passport_id.can_register",
            lambda: passport_id.can_register(DAY),
            lambda: inline_can_register(DAY),
        ),
        (
            "passport_id.is_customer_id",
            lambda: passport_id.is_customer_id("CAF0000012573"),
            lambda: inline_is_customer_id("CAF0000012573"),
        ),
        (
            "passport_id.limits_valid",
            lambda: passport_id.limits_valid(10_000, LIMITS),
            lambda: inline_limits_valid(10_000, LIMITS),
        ),
        (
            "passport_id.can_purchase",
            lambda: passport_id.can_purchase(1_000, limit=30_000, used_this_month=20_000),
            lambda: inline_can_purchase(1_000, 30_000, 20_000, passport_id.Status.IN_USE),
        ),
    ]


def composite_rows() -> list[tuple[str, Callable[[], object], int]]:
    from hikari_rules import identity, preview
    from hikari_rules.identity import DocumentType, Side, SubmittedDocument

    on = dt.date(2026, 9, 1)
    licence = SubmittedDocument(DocumentType.DRIVERS_LICENCE, (Side.FRONT,), expires_on=dt.date(2028, 5, 1))
    expired = SubmittedDocument(
        DocumentType.DRIVERS_LICENCE, (Side.FRONT,), expires_on=dt.date(2026, 5, 1), address_matches=False
    )
    cert = SubmittedDocument(
        DocumentType.CERTIFICATE_OF_REGISTERED_MATTERS, (), dated_on=dt.date(2026, 3, 1), address_matches=False
    )
    water = SubmittedDocument(DocumentType.WATER_RECEIPT, (), dated_on=dt.date(2026, 8, 10))
    ten_years = preview.Subscriber(
        dt.date(2016, 4, 10),
        5_500,
        payment.PaymentMethod.BANK_DEBIT,
        construction=preview.Installments(26_400, 440, Month(2016, 4)),
        withdrawal=preview.Withdrawal(dt.date(2026, 3, 3), Month(2026, 3)),
    )
    individual, corporate = withdrawal.Applicant.INDIVIDUAL, withdrawal.Applicant.CORPORATE
    return [
        ("identity.verify: a valid driving licence", lambda: identity.verify(individual, [licence], on), 5_000),
        (
            "identity.verify: an expired licence, address mismatch",
            lambda: identity.verify(individual, [expired], on),
            5_000,
        ),
        (
            "identity.verify: corporate certificate + water bill",
            lambda: identity.verify(corporate, [cert, water], on),
            5_000,
        ),
        ("preview.timeline: ten years, 121 statements", lambda: preview.timeline(ten_years), 100),
    ]


def timeline_floor() -> Callable[[], object]:
    """Build the bench's ten-year timeline's statements from finished values and nothing else: the
    library's own slot-by-slot builders, no rule, no check (the floor of what the answer costs)."""
    from hikari_rules import preview

    ten_years = composite_rows()[-1][1]()
    assert isinstance(ten_years, preview.Timeline)
    parts = [
        (
            s.billing_month,
            [attrs.astuple(i, recurse=False) for i in s.items],
            s.sonet_total,
            s.cap,
            [attrs.astuple(b, recurse=False) for b in s.bills],
            s.label_month,
        )
        for s in ten_years.statements
    ]
    item, bill_total, statement = preview._item, preview._bill_total, preview._statement_of

    def build() -> object:
        return tuple(
            statement(m, tuple([item(*i) for i in items]), total, cap, tuple([bill_total(*b) for b in bills]), label)
            for m, items, total, cap, bills, label in parts
        )

    assert build() == ten_years.statements
    return build


def composite_times(number_scale: float) -> dict[str, float]:
    """Per-call ns of each composition (best of 7)."""
    return {name: per_call(func, max(1, int(number * number_scale))) for name, func, number in composite_rows()}


def baseline_times(src: str, number_scale: float) -> dict[str, float]:
    """The compositions timed by this script in a child process importing ``src``'s package."""
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run(
        [sys.executable, __file__, "--composite-only", "--scale", str(number_scale)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {name: float(ns) for name, ns in (line.rsplit("\t", 1) for line in out.splitlines() if "\t" in line)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=100_000, help="calls per timing (best of 7)")
    parser.add_argument("--baseline", metavar="SRC", help="also time the compositions with the package in SRC")
    parser.add_argument("--rounds", type=int, default=3, help="with --baseline: alternations (best of all)")
    parser.add_argument("--composite-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--scale", type=float, default=1.0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.composite_only:  # the child of --baseline: name<TAB>ns per line
        for name, ns in composite_times(args.scale).items():
            print(f"{name}\t{ns:.1f}")
        return
    table = rows()
    for name, lib, inline in table:  # the inline versions compute what the library does
        assert lib() == inline(), (name, lib(), inline())

    print(f"{'function':44} {'library ns':>11} {'inline ns':>10} {'ratio':>6}")
    worst = 0.0
    for name, lib, inline in table:
        t_lib, t_inline = per_call(lib, args.number), per_call(inline, args.number)
        worst = max(worst, t_lib / t_inline)
        flag = "" if t_lib <= 5 * t_inline else "  over 5x"
        print(f"{name:44} {t_lib:11.0f} {t_inline:10.0f} {t_lib / t_inline:6.2f}{flag}")
    print(f"\n{len(table)} functions; worst ratio {worst:.2f}")

    print()
    print("no inline equivalent (a decision over tables, a composition of rules): per-call cost")
    floor = per_call(timeline_floor(), 100)
    if args.baseline is None:
        now = composite_times(1.0)
        for name, ns in now.items():
            print(f"{name:58} {ns / 1000:9.2f} µs")
    else:
        base: dict[str, float] = {}
        now = {}
        for _ in range(args.rounds):  # in turn, so both see the same machine
            for times, fresh in ((base, baseline_times(args.baseline, 1.0)), (now, composite_times(1.0))):
                for name, ns in fresh.items():
                    times[name] = min(times.get(name, ns), ns)
        print(f"{'':58} {'baseline':>10} {'now':>10} {'faster':>7}")
        for name in now:
            if name in base:
                print(f"{name:58} {base[name] / 1000:8.2f}µs {now[name] / 1000:8.2f}µs {base[name] / now[name]:6.2f}x")
            else:
                print(f"{name:58} {'—':>10} {now[name] / 1000:8.2f}µs")
        print(f"(baseline: {args.baseline})")
    timeline_ns = next(ns for name, ns in now.items() if name.startswith("preview.timeline"))
    print(
        f"{'preview.timeline floor: its 121 statements built alone':58} {floor / 1000:9.2f} µs"
        f"   timeline = {timeline_ns / floor:.2f}x its floor"
    )

    print()
    print("explanation hook on the plain call path (contract_month arithmetic):")
    bare = per_call(lambda: inline_contract_month(START, MONTH), args.number)
    hooked = per_call(lambda: inline_contract_month_with_hook(START, MONTH), args.number)
    lib_ns = per_call(lambda: contract_term.contract_month(START, MONTH), args.number)
    print(f"{'inline arithmetic':44} {bare:11.0f}")
    print(f"{'inline + one ContextVar.get()':44} {hooked:11.0f}   hook costs {hooked - bare:.0f} ns")
    print(f"{'contract_term.contract_month as is':44} {lib_ns:11.0f}")


if __name__ == "__main__":
    main()
