"""Statement preview and timeline: worked scenarios from the sources, the properties of
a bill run (no month twice, nothing after the last bill, parts add up, purchases never
lower a total, timeline == previews), unknowns, explanations and errors."""

from __future__ import annotations

import datetime as _dt

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hikari_rules import explain
from hikari_rules.billing import CapPolicy, PerUsePurchase, Subscription
from hikari_rules.cases import encode, run_case
from hikari_rules.dates import Month
from hikari_rules.errors import RuleInputError
from hikari_rules.payment import PaymentMethod
from hikari_rules.preview import (
    UNKNOWN_JA,
    Bill,
    BillTotal,
    CallForwarding,
    CapOutcome,
    Installments,
    ItemKind,
    LineItem,
    PassportMonthly,
    PassportPerUse,
    Statement,
    Subscriber,
    Timeline,
    Unknown,
    Withdrawal,
    preview,
    timeline,
)
from hikari_rules.strategies import amounts, dates, subscribers
from hikari_rules.withdrawal import Applicant, Channel

D = _dt.date
M = Month

SONET = (Bill.SONET_DIRECT, Bill.PHONE_BILL)
MONTHLY_KINDS = (
    ItemKind.PLAN_MONTHLY,
    ItemKind.CONSTRUCTION_INSTALLMENT,
    ItemKind.CALL_FORWARDING_MONTHLY,
    ItemKind.PASSPORT_MONTHLY,
)


def kinds(s: Statement) -> list[tuple[str, int | None, str]]:
    return [(i.kind.name, i.amount, str(i.charge_month)) for i in s.items]


def bill(s: Statement, which: Bill) -> tuple[int | None, _dt.date | None]:
    (b,) = [b for b in s.bills if b.bill is which]
    return b.amount, b.collection_date


# -- worked scenarios from the sources -------------------------------------------------------------

# WITHDRAW: September withdrawal, not a renewal month, construction fee still being paid, bank debit.
SEPTEMBER = Subscriber(
    D(2024, 4, 10),
    5_500,
    PaymentMethod.BANK_DEBIT,
    construction=Installments(26_400, 440, M(2024, 4)),  # 60 installments: 29 paid through 2026-08
    withdrawal=Withdrawal(D(2026, 9, 3), M(2026, 9)),
)


def test_september_withdrawal_usage_billed_in_october_fees_as_octobers_charges_in_november() -> None:
    october = preview(SEPTEMBER, M(2026, 10))
    assert kinds(october) == [("PLAN_MONTHLY", 5_500, "2026-09"), ("CONSTRUCTION_INSTALLMENT", 440, "2026-09")]
    assert october.items[0].rule_ids == ("WD-1", "FEE-2", "PAY-1")
    # PAY-2: bank debit on the 27th of the month after the billing month — M's usage on the 27th of M+2
    assert bill(october, Bill.SONET_DIRECT) == (5_940, D(2026, 11, 27))
    november = preview(SEPTEMBER, M(2026, 11))
    # 30 installments of 440 paid through September: 26,400 − 13,200 = 13,200 in one lump sum (FEE-3)
    assert kinds(november) == [("CANCELLATION_FEE", 20_000, "2026-10"), ("CONSTRUCTION_BALANCE", 13_200, "2026-10")]
    assert {i.billing_month for i in november.items} == {M(2026, 11)}
    # … and fees on the 27th of M+3
    assert bill(november, Bill.SONET_DIRECT) == (33_200, D(2026, 12, 27))
    assert preview(SEPTEMBER, M(2026, 12)).items == ()


def test_september_withdrawal_installments_and_balance_add_up_to_the_construction_fee() -> None:
    tl = timeline(SEPTEMBER)
    paid = sum(
        i.amount or 0
        for s in tl.statements
        for i in s.items
        if i.kind in (ItemKind.CONSTRUCTION_INSTALLMENT, ItemKind.CONSTRUCTION_BALANCE)
    )
    assert paid == 26_400
    assert (tl.withdrawal_month, tl.completion_month) == (M(2026, 9), M(2026, 10))
    assert str(tl.statements[0].billing_month) == "2024-05"
    assert str(tl.statements[-1].billing_month) == "2026-11"


def test_withdrawal_in_the_renewal_window_has_no_fee_and_the_last_bill_is_the_usage() -> None:
    sub = attrs.evolve(SEPTEMBER, withdrawal=Withdrawal(D(2027, 4, 2), M(2027, 4)), construction=None)  # month 37
    tl = timeline(sub)
    assert tl.statements[-1].billing_month == M(2027, 5)
    assert [i.kind for i in tl.statements[-1].items] == [ItemKind.PLAN_MONTHLY]


def test_corporate_paper_withdrawal_arriving_on_the_21st_ends_next_month_at_the_earliest() -> None:
    corp = Subscriber(D(2025, 1, 15), 8_000, PaymentMethod.CEDYNA, applicant=Applicant.CORPORATE)
    late = Withdrawal(D(2026, 9, 21), M(2026, 9), channel=Channel.PAPER)
    with pytest.raises(RuleInputError, match="requested_month"):
        preview(attrs.evolve(corp, withdrawal=late), M(2026, 10))
    tl = timeline(attrs.evolve(corp, withdrawal=attrs.evolve(late, requested_month=M(2026, 10))))
    assert tl.withdrawal_month == M(2026, 10)
    assert kinds(tl.statements[-1]) == [("CANCELLATION_FEE", 20_000, "2026-11")]
    # セディナ: no exact collection date (「多少のバラつき」)
    assert bill(tl.statements[-1], Bill.SONET_DIRECT) == (20_000, None)
    assert Unknown.COLLECTION_NOT_GIVEN in tl.statements[-1].bills[0].unknown
    # 「翌月末以降」: a later month is allowed too; on the 20th the same month is
    later = attrs.evolve(late, requested_month=M(2026, 12))
    assert timeline(attrs.evolve(corp, withdrawal=later)).withdrawal_month == M(2026, 12)
    on_20th = Withdrawal(D(2026, 9, 20), M(2026, 9), channel=Channel.PAPER)
    assert timeline(attrs.evolve(corp, withdrawal=on_20th)).withdrawal_month == M(2026, 9)


def test_removal_construction_slipping_into_october_charges_october_in_full() -> None:
    wd = Withdrawal(D(2026, 9, 26), M(2026, 9), removal_completed_on=D(2026, 10, 6))
    sub = attrs.evolve(SEPTEMBER, withdrawal=wd, construction=None)
    tl = timeline(sub)
    assert tl.withdrawal_month == M(2026, 10)
    november = preview(sub, M(2026, 11))
    assert kinds(november) == [("PLAN_MONTHLY", 5_500, "2026-10")]
    assert "WD-5" in november.items[0].rule_ids
    assert kinds(preview(sub, M(2026, 12))) == [("CANCELLATION_FEE", 20_000, "2026-11")]
    assert timeline(sub).statements[-1].billing_month == M(2026, 12)


def test_passport_subscription_cancelled_on_the_1st_is_not_charged_for_that_month() -> None:
    anime = PassportMonthly("名作アニメ1", 300, Subscription(D(2026, 9, 20), D(2026, 11, 1)))
    sub = Subscriber(D(2026, 4, 10), 5_000, PaymentMethod.CREDIT_CARD, passport_monthly=(anime,))
    charged = [
        str(i.charge_month)
        for s in timeline(sub, through=M(2027, 1)).statements
        for i in s.items
        if i.kind is ItemKind.PASSPORT_MONTHLY
    ]
    assert charged == ["2026-09", "2026-10"]  # CHG-2: not November
    e = explain(preview, sub, M(2026, 12))
    assert "CHG-2" in e.rule_ids
    assert all(i.kind is not ItemKind.PASSPORT_MONTHLY for i in e.result.items)  # type: ignore[attr-defined]


def test_passport_items_go_on_the_ntt_finance_bill_with_an_unknown_billing_month() -> None:
    anime = PassportMonthly("パックサービス", 525, Subscription(D(2026, 9, 20)))
    film = PassportPerUse(D(2026, 9, 30), PerUsePurchase("名作アニメ2", 300))
    sub = Subscriber(
        D(2026, 4, 10), 5_000, PaymentMethod.CREDIT_CARD, passport_monthly=(anime,), passport_per_use=(film, film)
    )
    s = preview(sub, M(2026, 10))
    nf = [i for i in s.items if i.bill is Bill.NTT_FINANCE]
    assert [(i.kind, i.amount, i.billing_month) for i in nf] == [
        (ItemKind.PASSPORT_MONTHLY, 525, None),
        (ItemKind.PASSPORT_PER_USE, 300, None),
        (ItemKind.PASSPORT_PER_USE, 300, None),  # CHG-4: bought twice, charged twice
    ]
    assert all(Unknown.NTT_FINANCE_SCHEDULE in i.unknown for i in nf)
    assert bill(s, Bill.NTT_FINANCE) == (1_125, None)
    assert s.sonet_total == 5_000  # So-net's charges are apart


# -- CAP-1 and unknowns ------------------------------------------------------------------------------


def consolidated(charge: int, **kw: object) -> Subscriber:
    return Subscriber(D(2026, 4, 10), charge, PaymentMethod.NTT_BILLING, first_month_charge=0, **kw)  # type: ignore[arg-type]


def test_cap_exactly_100000_stays_on_the_phone_bill() -> None:
    s = preview(consolidated(100_000), M(2026, 7))
    assert s.cap is CapOutcome.WITHIN_CAP
    assert bill(s, Bill.PHONE_BILL) == (100_000, None)
    assert bill(s, Bill.SONET_DIRECT) == (0, None)
    assert s.items[0].bill is Bill.PHONE_BILL
    assert "CAP-1" in s.items[0].rule_ids


def test_cap_above_whole_goes_direct_excess_splits() -> None:
    whole = preview(consolidated(100_001), M(2026, 7))
    assert whole.cap is CapOutcome.ABOVE_CAP_WHOLE
    assert bill(whole, Bill.PHONE_BILL)[0] == 0
    assert bill(whole, Bill.SONET_DIRECT)[0] == 100_001
    assert whole.items[0].bill is Bill.SONET_DIRECT
    excess = preview(consolidated(100_001), M(2026, 7), cap_policy=CapPolicy.EXCESS)
    assert excess.cap is CapOutcome.ABOVE_CAP_SPLIT
    assert bill(excess, Bill.PHONE_BILL)[0] == 100_000
    assert bill(excess, Bill.SONET_DIRECT)[0] == 1
    assert excess.items[0].bill is None
    assert Unknown.CAP_SPLIT in excess.items[0].unknown


def test_an_unknown_amount_leaves_the_cap_decision_unknown() -> None:
    sub = attrs.evolve(consolidated(1_000), first_month_charge=None)
    s = preview(sub, M(2026, 5))  # the start month's charge is not given by any source
    assert s.cap is CapOutcome.UNDECIDED
    assert s.sonet_total is None
    assert bill(s, Bill.PHONE_BILL) == (None, None)
    assert bill(s, Bill.SONET_DIRECT) == (None, None)
    assert s.items[0].bill is None
    assert s.items[0].unknown == (Unknown.FIRST_MONTH, Unknown.CAP_UNDECIDED)
    e = explain(preview, sub, M(2026, 5))
    assert any(step.rule_id == "CAP-1" and step.outcome is None for step in e.steps)


def test_call_forwarding_with_hikari_denwa_has_an_unknown_construction_fee_never_a_number() -> None:
    cf = CallForwarding(D(2026, 6, 15), with_hikari_denwa=True, first_month_fee=550)
    s = preview(consolidated(5_000, call_forwarding=cf), M(2026, 7))
    (c,) = [i for i in s.items if i.kind is ItemKind.CALL_FORWARDING_CONSTRUCTION]
    assert c.amount is None
    assert Unknown.REDUCED_CONSTRUCTION_FEE in c.unknown
    assert s.cap is CapOutcome.UNDECIDED
    plain = preview(consolidated(5_000, call_forwarding=attrs.evolve(cf, with_hikari_denwa=False)), M(2026, 7))
    assert plain.sonet_total == 5_000 + 550 + 1_100
    later = preview(consolidated(5_000, call_forwarding=cf), M(2026, 8))
    assert [(i.kind, i.amount) for i in later.items][1] == (ItemKind.CALL_FORWARDING_MONTHLY, 550)


def test_the_start_month_is_unknown_unless_given() -> None:
    sub = Subscriber(D(2026, 4, 30), 5_000, PaymentMethod.BANK_DEBIT)
    assert preview(sub, M(2026, 5)).items[0].amount is None
    assert preview(sub, M(2026, 5)).bills[0].amount is None
    assert preview(attrs.evolve(sub, first_month_charge=0), M(2026, 5)).bills[0].amount == 0
    assert preview(sub, M(2026, 4)).items == ()  # nothing before the service


def test_usen_labels_the_bill_with_the_billing_month() -> None:
    corp = Subscriber(D(2025, 1, 15), 8_000, PaymentMethod.USEN, applicant=Applicant.CORPORATE)
    assert preview(corp, M(2026, 10)).label_month == M(2026, 10)
    assert preview(attrs.evolve(corp, payment_method=PaymentMethod.BANK_DEBIT), M(2026, 10)).label_month == M(2026, 9)


# -- Hypothesis: a bill run's invariants ------------------------------------------------------------

# subscribers(): the package's own strategy (hikari_rules.strategies), as QA teams draw them.


def run(sub: Subscriber, policy: CapPolicy = CapPolicy.WHOLE) -> Timeline:
    through = None if sub.withdrawal is not None else Month.of(sub.service_start) + 40
    return timeline(sub, through=through, cap_policy=policy)


PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(subscribers())
def test_no_month_is_charged_twice(sub: Subscriber) -> None:
    seen: set[tuple[object, ...]] = set()
    once: set[ItemKind] = set()
    for s in run(sub).statements:
        for i in s.items:
            if i.kind in MONTHLY_KINDS:
                key = (i.kind, i.purchase, i.charge_month)
                assert key not in seen, key
                seen.add(key)
            elif i.kind is not ItemKind.PASSPORT_PER_USE:
                assert i.kind not in once, i.kind
                once.add(i.kind)


@PROPS
@given(subscribers(withdrawn=True))
def test_a_withdrawn_subscriber_has_no_charges_after_the_completion_months_bill(sub: Subscriber) -> None:
    tl = run(sub)
    assert tl.completion_month is not None
    assert tl.withdrawal_month is not None
    assert tl.completion_month == tl.withdrawal_month + 1
    assert tl.statements[-1].billing_month <= tl.completion_month + 1
    for s in tl.statements:
        for i in s.items:
            if i.bill is not Bill.NTT_FINANCE:
                assert i.charge_month <= tl.completion_month
                assert i.billing_month is not None
                assert i.billing_month <= tl.completion_month + 1
    for k in (2, 3, 13):
        after = preview(sub, tl.completion_month + k)
        assert all(i.bill is Bill.NTT_FINANCE for i in after.items)
        assert all(b.bill is Bill.NTT_FINANCE for b in after.bills)


@PROPS
@given(subscribers(), st.sampled_from(list(CapPolicy)))
def test_the_sum_of_the_parts_equals_the_total_under_both_cap_policies(sub: Subscriber, policy: CapPolicy) -> None:
    for s in run(sub, policy).statements:
        sonet_items = [i for i in s.items if i.bill is not Bill.NTT_FINANCE]
        sonet_bills = [b for b in s.bills if b.bill in SONET]
        if s.sonet_total is None:
            assert any(i.amount is None for i in sonet_items)
            assert all(b.amount is None for b in sonet_bills) or s.cap is CapOutcome.NOT_APPLICABLE
        else:
            assert s.sonet_total == sum(i.amount or 0 for i in sonet_items)
            assert sum(b.amount or 0 for b in sonet_bills) == s.sonet_total
            assert all(b.amount is not None for b in sonet_bills)
        nf = [i for i in s.items if i.bill is Bill.NTT_FINANCE]
        if nf:
            assert bill(s, Bill.NTT_FINANCE)[0] == sum(i.amount or 0 for i in nf)


@PROPS
@given(subscribers(), st.data())
def test_adding_a_purchase_never_lowers_a_total(sub: Subscriber, data: st.DataObject) -> None:
    d = data.draw(dates(sub.service_start, sub.service_start + _dt.timedelta(days=900)))
    if data.draw(st.booleans()):
        more = attrs.evolve(
            sub, passport_per_use=(*sub.passport_per_use, PassportPerUse(d, PerUsePurchase("x", data.draw(amounts()))))
        )
    else:
        new = PassportMonthly("y", data.draw(amounts()), Subscription(d, data.draw(st.none() | st.just(d))))
        more = attrs.evolve(sub, passport_monthly=(*sub.passport_monthly, new))
    before, after = run(sub), run(more)
    assert len(after.statements) >= len(before.statements)
    for s0, s1 in zip(
        before.statements, after.statements[len(after.statements) - len(before.statements) :], strict=True
    ):
        assert s0.billing_month == s1.billing_month
        assert s0.sonet_total == s1.sonet_total
        for b0 in s0.bills:
            (b1,) = [b for b in s1.bills if b.bill is b0.bill]
            if b0.amount is not None and b1.amount is not None:
                assert b1.amount >= b0.amount
        nf0 = [b for b in s0.bills if b.bill is Bill.NTT_FINANCE]
        nf1 = [b for b in s1.bills if b.bill is Bill.NTT_FINANCE]
        assert len(nf1) >= len(nf0)


@PROPS
@given(subscribers(), st.sampled_from(list(CapPolicy)))
def test_the_statements_the_timeline_builds_are_the_ones_the_public_constructors_build(
    sub: Subscriber, policy: CapPolicy
) -> None:
    """The timeline fills its items, bills and statements slot by slot, skipping ``__init__``: each
    value must be the one the constructor builds (equal, same hash, same repr)."""
    for s in run(sub, policy).statements:
        items = tuple(
            LineItem(i.kind, i.charge_month, i.billing_month, i.amount, i.bill, i.rule_ids, i.unknown, i.service,
                     i.purchase)
            for i in s.items
        )  # fmt: skip
        bills = tuple(BillTotal(b.bill, b.amount, b.collection_date, b.unknown, b.label) for b in s.bills)
        rebuilt = Statement(s.billing_month, items, s.sonet_total, s.cap, bills, s.label_month)
        assert rebuilt == s
        assert hash(rebuilt) == hash(s)
        assert repr(rebuilt) == repr(s)


@PROPS
@given(subscribers(), st.sampled_from(list(CapPolicy)))
def test_the_timelines_statements_equal_the_per_month_previews(sub: Subscriber, policy: CapPolicy) -> None:
    for s in run(sub, policy).statements:
        assert preview(sub, s.billing_month, cap_policy=policy) == s


@PROPS
@given(subscribers())
def test_months_inside_the_service_always_bill_the_plan(sub: Subscriber) -> None:
    tl = run(sub)
    start = Month.of(sub.service_start)
    end = tl.withdrawal_month if tl.withdrawal_month is not None else start + 39
    plan = [i.charge_month for s in tl.statements for i in s.items if i.kind is ItemKind.PLAN_MONTHLY]
    assert plan == [start + k for k in range(end - start + 1)]


# -- explanations, the case format, errors -----------------------------------------------------------


def test_explain_names_the_composed_rules_in_order() -> None:
    e = explain(preview, SEPTEMBER, M(2026, 11))
    ids = e.rule_ids
    assert ids.index("WD-1") < ids.index("FEE-1") < ids.index("FEE-3")
    assert {"FEE-7", "FEE-2", "PAY-2"} <= set(ids)
    assert "20,000円" in e.text("ja") or "20000" in e.text("ja")
    assert e.result == preview(SEPTEMBER, M(2026, 11))


_TEN_YEARS = [
    Subscriber(
        D(2026, 4, 10),
        6_000,
        method,
        applicant=Applicant.CORPORATE if method is PaymentMethod.USEN else Applicant.INDIVIDUAL,
        first_month_charge=0,
        withdrawal=Withdrawal(D(2036, 3, 5), M(2036, 3)),
    )
    for method in (PaymentMethod.BANK_DEBIT, PaymentMethod.NTT_BILLING, PaymentMethod.USEN)
]


@pytest.mark.parametrize("sub", _TEN_YEARS, ids=lambda s: s.payment_method.name)
def test_a_bill_run_calls_the_rule_cores_not_the_validating_public_functions(
    sub: Subscriber, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Per statement the preview needs PAY-1's billing month, PAY-2's collection date and bill label and
    # CAP-1's split: it validates its inputs once and calls the rules' unchecked cores (which record the
    # same trace steps), so a ten-year timeline does not re-check every month ~120 times over.
    import hikari_rules.billing
    import hikari_rules.payment

    expected = timeline(sub)
    explained = explain(timeline, sub)
    assert explained.result == expected

    def validating(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("the preview called a validating public rule function")

    for module, name in [
        (hikari_rules.billing, "billing_month"),
        (hikari_rules.billing, "split_consolidated"),
        (hikari_rules.payment, "collection_date"),
        (hikari_rules.payment, "bill_label_month"),
        (hikari_rules.payment, "method_available"),
    ]:
        monkeypatch.setattr(module, name, validating)
    assert timeline(sub) == expected
    again = explain(timeline, sub)
    assert again.result == expected
    assert [(s.rule_id, s.note, s.note_ja) for s in again.steps] == [
        (s.rule_id, s.note, s.note_ja) for s in explained.steps
    ]
    assert preview(sub, M(2030, 1)) == expected.statements[M(2030, 1) - expected.statements[0].billing_month]


def test_a_statement_is_the_expected_value_of_a_case() -> None:
    expected = encode(preview(SEPTEMBER, M(2026, 11)))
    case = {"rule": "preview.preview", "args": {"subscriber": encode(SEPTEMBER), "billing_month": "2026-11"}}
    assert run_case({**case, "expected": expected}).status == "passed"
    wrong = {**expected, "sonet_total": 20_000}
    assert run_case({**case, "expected": wrong}).status == "failed"


def test_errors() -> None:
    with pytest.raises(TypeError):
        preview("subscriber", M(2026, 1))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        preview(SEPTEMBER, _dt.datetime(2026, 1, 1))
    with pytest.raises(TypeError):
        preview(SEPTEMBER, M(2026, 1), cap_policy="WHOLE")  # type: ignore[arg-type]
    with pytest.raises(RuleInputError):
        preview(SEPTEMBER, M(1, 1))
    assert preview(SEPTEMBER, M(9999, 12)).items == ()  # the last month a date can have still has a bill
    with pytest.raises(RuleInputError, match="through"):
        timeline(attrs.evolve(SEPTEMBER, withdrawal=None))
    with pytest.raises(RuleInputError, match="payment_method"):
        preview(attrs.evolve(SEPTEMBER, payment_method=PaymentMethod.USEN), M(2026, 1))
    with pytest.raises(RuleInputError, match="withdrawal"):
        preview(attrs.evolve(SEPTEMBER, withdrawal=Withdrawal(D(2020, 1, 1), M(2020, 1))), M(2026, 1))
    with pytest.raises(RuleInputError, match="call_forwarding"):
        preview(attrs.evolve(SEPTEMBER, call_forwarding=CallForwarding(D(2027, 1, 1))), M(2026, 1))
    with pytest.raises(RuleInputError, match="channel"):
        preview(attrs.evolve(SEPTEMBER, withdrawal=Withdrawal(D(2026, 9, 3), M(2026, 9), Channel.PAPER)), M(2026, 1))
    with pytest.raises(RuleInputError, match="dwelling"):
        preview(attrs.evolve(SEPTEMBER, applied_on=D(2023, 1, 1)), M(2026, 11))
    with pytest.raises(RuleInputError):
        timeline(Subscriber(D(9999, 11, 1), 1, PaymentMethod.BANK_DEBIT), through=M(9999, 12))


@pytest.mark.parametrize(
    "build",
    [
        lambda: Subscriber(D(2026, 1, 1), -1, PaymentMethod.BANK_DEBIT),
        lambda: Installments(-1, 0, M(2026, 1)),
        lambda: Withdrawal(D(2026, 1, 1), _dt.datetime(2026, 1, 1)),  # a datetime is not a month (a date is)
        lambda: Subscriber(_dt.datetime(2026, 1, 1), 1, PaymentMethod.BANK_DEBIT),
        lambda: Subscriber(D(2026, 1, 1), True, PaymentMethod.BANK_DEBIT),
        lambda: Subscriber(D(2026, 1, 1), 1, "BANK_DEBIT"),  # type: ignore[arg-type]
        lambda: Subscriber(D(2026, 1, 1), 1, PaymentMethod.BANK_DEBIT, passport_monthly=[1]),  # type: ignore[list-item]
        lambda: Subscriber(D(2026, 1, 1), 1, PaymentMethod.BANK_DEBIT, passport_per_use=None),  # type: ignore[arg-type]
        lambda: CallForwarding(D(2026, 1, 1), with_hikari_denwa=1),  # type: ignore[arg-type]
        lambda: PassportMonthly("x", 1, (D(2026, 1, 1), None)),  # type: ignore[arg-type]
    ],
)
def test_a_malformed_subscriber_is_refused_when_built(build: object) -> None:
    with pytest.raises((TypeError, RuleInputError)):
        build()  # type: ignore[operator]


# -- what the preview's own clauses say (issue 12) ------------------------------------------------------


def _said(e: object, rule_id: str, lang: str = "en") -> list[str]:
    return [s.say(lang) for s in e.steps if s.rule_id == rule_id]  # type: ignore[attr-defined]


def test_the_one_off_charges_are_explained_on_the_statement_that_carries_them() -> None:
    e = explain(preview, SEPTEMBER, M(2026, 11))
    assert e.result == preview(SEPTEMBER, M(2026, 11))
    placed = [s for s in e.steps if s.rule_id == "FEE-2" and s.outcome == M(2026, 11)]
    assert [s.say("ja") for s in placed][-2:] == [
        "解約金20,000円は退会完了時に2026年10月分として発生し、2026年11月の請求に載る",
        "工事費の残債13,200円は退会完了時に2026年10月分として発生し、2026年11月の請求に載る",
    ]
    assert placed[-2].say("en") == (
        "the cancellation fee of 20,000円 arose when withdrawal completed, as October 2026's charge: "
        "it is on the statement of November 2026"
    )
    # the month before, nothing one-off is placed
    october = explain(preview, SEPTEMBER, M(2026, 10))
    assert not [s for s in october.steps if s.rule_id == "FEE-2" and "is on the statement" in s.say("en")]


def test_the_start_month_is_explained_as_unknown_or_as_given() -> None:
    sub = Subscriber(D(2026, 4, 10), 6_000, PaymentMethod.CREDIT_CARD)
    assert _said(explain(preview, sub, M(2026, 5)), "TERM-1", "ja") == [
        "2026年4月はサービス開始月で、満額・日割り・無料のいずれかは原文に記載がないため、金額は不明"
    ]
    given = attrs.evolve(sub, first_month_charge=1_200)
    assert _said(explain(preview, given, M(2026, 5)), "TERM-1") == [
        "April 2026 is the month service starts: it is charged the amount given, 1,200円"
    ]
    assert _said(explain(preview, sub, M(2026, 6)), "TERM-1") == []  # a later month says nothing of it


def test_an_unknown_amount_leaves_the_cap_undecided_and_says_so() -> None:
    sub = Subscriber(D(2026, 4, 10), 6_000, PaymentMethod.NTT_BILLING)
    e = explain(preview, sub, M(2026, 5))
    assert e.result.cap is CapOutcome.UNDECIDED  # type: ignore[attr-defined]
    said = _said(e, "CAP-1", "ja")
    assert said == ["2026年5月請求分のSo-netの料金に不明な金額があるため、上限を超えるかどうか分からない"]


def test_the_withdrawal_month_rules_come_from_the_decision_itself() -> None:
    # removal in the requested month: the removal set it (WD-5), even though it equals the request
    wd = Withdrawal(D(2026, 9, 3), M(2026, 9), removal_completed_on=D(2026, 9, 25))
    october = preview(attrs.evolve(SEPTEMBER, withdrawal=wd), M(2026, 10))
    assert october.items[0].rule_ids == ("WD-1", "FEE-2", "WD-5", "PAY-1")
    # a reversion after the removal month holds it later: NUM-2
    wd = Withdrawal(
        D(2026, 9, 3), M(2026, 9), removal_completed_on=D(2026, 9, 25), reversion_completed_on=D(2026, 10, 5)
    )
    tl = timeline(attrs.evolve(SEPTEMBER, withdrawal=wd))
    assert tl.withdrawal_month == M(2026, 10)
    last = [i for s in tl.statements for i in s.items if i.kind is ItemKind.PLAN_MONTHLY][-1]
    assert last.rule_ids == ("WD-1", "FEE-2", "NUM-2", "PAY-1")
    # as asked: WD-1 alone
    assert preview(SEPTEMBER, M(2026, 10)).items[0].rule_ids == ("WD-1", "FEE-2", "PAY-1")


def test_the_preview_asks_its_question_in_both_languages() -> None:
    e = explain(preview, SEPTEMBER, M(2026, 11))
    assert e.text("en").splitlines()[0] == (
        "Question: What must the bills of November 2026 contain, for the subscriber whose service started on "
        "10 April 2024?"
    )
    assert (
        e.text("ja").splitlines()[0]
        == "質問: サービス開始日が2024年4月10日の契約者の、2026年11月の請求に載るべき明細は何か"
    )
    assert (
        UNKNOWN_JA[Unknown.FIRST_MONTH]
        == "サービス開始月が満額・日割り・無料のいずれかは原文に記載がない(入力として与える)"
    )


def test_preview_errors_name_the_rule_and_the_parameter() -> None:
    early = Withdrawal(D(2026, 9, 3), M(2026, 8))
    with pytest.raises(RuleInputError) as err:
        preview(attrs.evolve(SEPTEMBER, withdrawal=early), M(2026, 10))
    assert (err.value.rule, err.value.parameter) == ("WD-1", "requested_month")
    with pytest.raises(RuleInputError) as err:
        preview(SEPTEMBER, M(1, 1))
    assert (err.value.rule, err.value.parameter) == ("PAY-1", "billing_month")
    with pytest.raises(RuleInputError) as err:
        timeline(Subscriber(D(2026, 4, 10), 6_000, PaymentMethod.CREDIT_CARD))
    assert (err.value.rule, err.value.parameter) == ("PAY-1", "through")
