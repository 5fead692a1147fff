"""What each line and each bill of a statement carries, at the edges of a subscriber's life:
the rules behind each item, what is unknown and why, the bills after CAP-1 with their labels,
the まとめて支払い items, whether NTT Finance charges go on after the last statement, and the
steps an explanation records for them."""

from __future__ import annotations

import datetime as _dt

import attrs

from hikari_rules import explain
from hikari_rules.billing import CapPolicy, PerUsePurchase, Subscription
from hikari_rules.dates import Month
from hikari_rules.fees import Dwelling, MinimumUsage
from hikari_rules.passport_id import FletsPayment
from hikari_rules.payment import PaymentMethod
from hikari_rules.preview import (
    COMPOSED_RULES,
    Bill,
    BillTotal,
    CallForwarding,
    CapOutcome,
    Installments,
    ItemKind,
    LineItem,
    OperatorSwitch,
    PassportMonthly,
    PassportPerUse,
    Statement,
    Subscriber,
    Unknown,
    Withdrawal,
    preview,
    timeline,
)
from hikari_rules.withdrawal import Applicant

D = _dt.date
M = Month
START = D(2026, 4, 10)
LABEL = "So-netご利用料金"  # NTT-5's line label on the phone bill
PID_LABEL = "フレッツ・まとめて支払い料金"  # PID-8's line label on the NTT Finance bill


def sub(method: PaymentMethod = PaymentMethod.BANK_DEBIT, **kw: object) -> Subscriber:
    return Subscriber(START, 5_000, method, **kw)  # type: ignore[arg-type]


def rules(s: Statement) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.kind.name, i.rule_ids) for i in s.items]


# -- the So-net items and their rules ---------------------------------------------------------------


def test_a_withdrawal_in_the_month_service_starts_charges_that_month_in_full() -> None:
    # The month is both the start month (its amount unknown, TERM-1) and the withdrawal month (charged in
    # full, WD-1): the withdrawal decides, and 着信転送 started that month is charged its monthly fee.
    s = sub(withdrawal=Withdrawal(D(2026, 4, 20), M(2026, 4)), call_forwarding=CallForwarding(D(2026, 4, 15)))
    may = preview(s, M(2026, 5))
    assert [(i.kind, i.amount, i.unknown) for i in may.items] == [
        (ItemKind.PLAN_MONTHLY, 5_000, ()),
        (ItemKind.CALL_FORWARDING_MONTHLY, 550, ()),
        (ItemKind.CALL_FORWARDING_CONSTRUCTION, 1_100, ()),
    ]
    assert rules(may) == [
        ("PLAN_MONTHLY", ("WD-1", "FEE-2", "PAY-1")),
        ("CALL_FORWARDING_MONTHLY", ("FWD-1", "WD-1", "PAY-1")),
        ("CALL_FORWARDING_CONSTRUCTION", ("FWD-1", "PAY-1")),
    ]
    assert {(i.charge_month, i.billing_month, i.bill) for i in may.items} == {
        (M(2026, 4), M(2026, 5), Bill.SONET_DIRECT)
    }
    assert may.bills == (BillTotal(Bill.SONET_DIRECT, 6_650, D(2026, 6, 27)),)
    assert [(i.kind, i.rule_ids) for i in preview(s, M(2026, 6)).items] == [
        (ItemKind.CANCELLATION_FEE, ("FEE-1", "FEE-7", "FEE-2"))
    ]


def test_call_forwarding_starting_after_the_service_start_month_by_month() -> None:
    s = sub(first_month_charge=0, call_forwarding=CallForwarding(D(2026, 6, 3)))
    by_month = {
        str(b): [(i.kind.name, i.amount, i.rule_ids, i.unknown) for i in preview(s, b).items[1:]]
        for b in (M(2026, 6), M(2026, 7), M(2026, 8))
    }
    assert by_month == {
        "2026-06": [],  # May: no forwarding yet
        "2026-07": [  # June, its start month: the fee is not given (no source says), construction 1,100円
            ("CALL_FORWARDING_MONTHLY", None, ("FWD-1", "PAY-1"), (Unknown.FIRST_MONTH,)),
            ("CALL_FORWARDING_CONSTRUCTION", 1_100, ("FWD-1", "PAY-1"), ()),
        ],
        "2026-08": [("CALL_FORWARDING_MONTHLY", 550, ("FWD-1", "PAY-1"), ())],
    }
    ended = attrs.evolve(s, withdrawal=Withdrawal(D(2026, 8, 3), M(2026, 8)))
    assert rules(preview(ended, M(2026, 9)))[1] == ("CALL_FORWARDING_MONTHLY", ("FWD-1", "WD-1", "PAY-1"))
    assert preview(ended, M(2026, 10)).items[0].kind is ItemKind.CANCELLATION_FEE  # nothing monthly after it


def test_each_one_off_charge_carries_its_own_rules_and_is_billed_after_the_completion_month() -> None:
    s = sub(
        construction=Installments(26_400, 1_100, M(2026, 4)),
        minimum_usage=MinimumUsage(24, 10_000),
        withdrawal=Withdrawal(D(2026, 9, 3), M(2026, 9)),
    )
    november = preview(s, M(2026, 11))
    assert [(i.kind, i.amount, i.rule_ids, i.charge_month, i.billing_month) for i in november.items] == [
        (ItemKind.CANCELLATION_FEE, 20_000, ("FEE-1", "FEE-7", "FEE-2"), M(2026, 10), M(2026, 11)),
        (ItemKind.CONSTRUCTION_BALANCE, 19_800, ("FEE-3", "FEE-2"), M(2026, 10), M(2026, 11)),  # 6 × 1,100 paid
        (ItemKind.MINIMUM_USAGE_PENALTY, 10_000, ("FEE-4", "FEE-2"), M(2026, 10), M(2026, 11)),
    ]
    assert november.bills == (BillTotal(Bill.SONET_DIRECT, 49_800, D(2026, 12, 27)),)
    october = preview(s, M(2026, 10))
    assert rules(october) == [
        ("PLAN_MONTHLY", ("WD-1", "FEE-2", "PAY-1")),
        ("CONSTRUCTION_INSTALLMENT", ("FEE-3", "PAY-1")),
    ]
    switched = preview(attrs.evolve(s, withdrawal=OperatorSwitch(D(2026, 9, 14))), M(2026, 10))
    assert switched.items[0].rule_ids == ("WD-8", "FEE-2", "PAY-1")


def test_a_month_with_nothing_to_bill_has_no_bill_at_all() -> None:
    for method in (PaymentMethod.BANK_DEBIT, PaymentMethod.NTT_BILLING):
        before = preview(sub(method), M(2026, 4))  # March's usage: before the service
        assert (before.items, before.bills, before.sonet_total) == ((), (), 0)
        assert before.cap is CapOutcome.NOT_APPLICABLE


# -- the bills --------------------------------------------------------------------------------------------


def test_a_bill_without_a_collection_date_or_with_unknown_amounts_says_each_reason_once() -> None:
    cf = CallForwarding(START)  # the start month of both: two items whose amount is not given
    direct = preview(sub(call_forwarding=cf), M(2026, 5))
    assert direct.bills == (BillTotal(Bill.SONET_DIRECT, None, D(2026, 6, 27), (Unknown.FIRST_MONTH,)),)
    corp = sub(PaymentMethod.CEDYNA, applicant=Applicant.CORPORATE, call_forwarding=cf)
    assert preview(corp, M(2026, 5)).bills[0].unknown == (Unknown.FIRST_MONTH, Unknown.COLLECTION_NOT_GIVEN)
    given = attrs.evolve(corp, first_month_charge=0, call_forwarding=attrs.evolve(cf, first_month_fee=0))
    assert preview(given, M(2026, 5)).bills == (
        BillTotal(Bill.SONET_DIRECT, 1_100, None, (Unknown.COLLECTION_NOT_GIVEN,)),
    )


def test_on_the_phone_bill_the_items_carry_cap_1_and_ntt_5_and_the_bill_its_label() -> None:
    s = preview(sub(PaymentMethod.NTT_BILLING), M(2026, 7))
    assert s.cap is CapOutcome.WITHIN_CAP
    assert s.items[0].rule_ids == ("PAY-1", "CAP-1", "NTT-5")
    assert s.items[0].unknown == ()
    assert s.bills == (
        BillTotal(Bill.PHONE_BILL, 5_000, None, (Unknown.COLLECTION_NOT_GIVEN,), LABEL),
        BillTotal(Bill.SONET_DIRECT, 0, None, (), ""),
    )


def test_above_the_cap_the_items_carry_cap_1_alone() -> None:
    big = attrs.evolve(sub(PaymentMethod.NTT_BILLING), monthly_charge=100_001)
    whole = preview(big, M(2026, 7))
    assert (whole.items[0].bill, whole.items[0].rule_ids, whole.items[0].unknown) == (
        Bill.SONET_DIRECT,
        ("PAY-1", "CAP-1"),
        (),
    )
    assert whole.bills == (
        BillTotal(Bill.PHONE_BILL, 0, None, (Unknown.COLLECTION_NOT_GIVEN,), LABEL),
        BillTotal(Bill.SONET_DIRECT, 100_001, None, (Unknown.DIRECT_COLLECTION_NOT_GIVEN,), ""),
    )
    split = preview(big, M(2026, 7), cap_policy=CapPolicy.EXCESS)
    assert (split.items[0].bill, split.items[0].rule_ids, split.items[0].unknown) == (
        None,
        ("PAY-1", "CAP-1"),
        (Unknown.CAP_SPLIT,),
    )


def test_an_unknown_amount_on_the_phone_bill_leaves_both_bills_unknown_with_their_reasons() -> None:
    s = preview(sub(PaymentMethod.NTT_BILLING), M(2026, 5))
    assert s.cap is CapOutcome.UNDECIDED
    assert s.items[0].rule_ids == ("TERM-1", "PAY-1")  # not placed on a bill: no CAP-1, no NTT-5
    assert s.bills == (
        BillTotal(Bill.PHONE_BILL, None, None, (Unknown.CAP_UNDECIDED, Unknown.COLLECTION_NOT_GIVEN), LABEL),
        BillTotal(Bill.SONET_DIRECT, None, None, (Unknown.CAP_UNDECIDED, Unknown.DIRECT_COLLECTION_NOT_GIVEN), ""),
    )


# -- まとめて支払い (Passport ID) -----------------------------------------------------------------------


def test_passport_items_name_their_service_and_purchase_and_go_on_the_ntt_finance_bill() -> None:
    anime = PassportMonthly("パックサービス", 525, Subscription(D(2026, 9, 20)))
    old = PassportMonthly("名作アニメ1", 300, Subscription(D(2025, 1, 5), D(2025, 3, 1)))
    film = PassportPerUse(D(2026, 9, 30), PerUsePurchase("名作アニメ2", 330))
    s = preview(sub(passport_monthly=(old, anime), passport_per_use=(film,)), M(2026, 10))
    nf = s.items[1:]
    assert nf == (
        LineItem(
            ItemKind.PASSPORT_MONTHLY,
            M(2026, 9),
            None,
            525,
            Bill.NTT_FINANCE,
            ("CHG-1", "PID-8"),
            (Unknown.NTT_FINANCE_SCHEDULE,),
            "パックサービス",
            1,
        ),
        LineItem(
            ItemKind.PASSPORT_PER_USE,
            M(2026, 9),
            None,
            330,
            Bill.NTT_FINANCE,
            ("CHG-4", "PID-8"),
            (Unknown.NTT_FINANCE_SCHEDULE,),
            "名作アニメ2",
            0,
        ),
    )
    assert s.bills[-1] == BillTotal(Bill.NTT_FINANCE, 855, None, (Unknown.NTT_FINANCE_SCHEDULE,), PID_LABEL)
    assert s.sonet_total == 5_000
    e = explain(preview, sub(passport_monthly=(old, anime), passport_per_use=(film,)), M(2026, 10))
    assert "CHG-4" in e.rule_ids  # each purchase charged, each time
    assert "PID-8" in e.rule_ids
    assert "CHG-4" not in explain(preview, sub(passport_monthly=(anime,)), M(2026, 10)).rule_ids


def test_whether_ntt_finance_charges_go_on_after_the_last_statement() -> None:
    ended = sub(first_month_charge=0, withdrawal=Withdrawal(D(2026, 9, 3), M(2026, 9)))  # last bill: 2026-11
    assert timeline(ended).ntt_finance_continues is False
    monthly = PassportMonthly("svc", 300, Subscription(D(2026, 5, 1)))
    assert timeline(attrs.evolve(ended, passport_monthly=(monthly,))).ntt_finance_continues is True  # open
    cancelled = attrs.evolve(monthly, subscription=Subscription(D(2026, 5, 1), D(2026, 10, 31)))
    assert (
        timeline(attrs.evolve(ended, passport_monthly=(cancelled,))).ntt_finance_continues is False
    )  # October: billed
    later = attrs.evolve(monthly, subscription=Subscription(D(2026, 5, 1), D(2026, 11, 2)))
    assert timeline(attrs.evolve(ended, passport_monthly=(later,))).ntt_finance_continues is True  # November charged
    last_month = attrs.evolve(monthly, subscription=Subscription(D(2026, 10, 5), D(2026, 10, 20)))
    assert timeline(attrs.evolve(ended, passport_monthly=(last_month,))).ntt_finance_continues is False  # October only
    only_monthly = timeline(attrs.evolve(ended, passport_monthly=(last_month,))).statements[-1]
    assert only_monthly.bills[-1].label == PID_LABEL  # monthly purchases alone are on the labelled line too
    after = attrs.evolve(monthly, subscription=Subscription(D(2026, 11, 5), D(2026, 11, 6)))
    assert timeline(attrs.evolve(ended, passport_monthly=(after,))).ntt_finance_continues is True  # bought after
    per_use = PassportPerUse(D(2026, 10, 31), PerUsePurchase("x", 100))
    assert timeline(attrs.evolve(ended, passport_per_use=(per_use,))).ntt_finance_continues is False
    per_use_after = PassportPerUse(D(2026, 11, 1), PerUsePurchase("x", 100))
    assert timeline(attrs.evolve(ended, passport_per_use=(per_use_after,))).ntt_finance_continues is True


def test_a_timeline_stopped_before_its_first_bill_is_empty_and_knows_its_months() -> None:
    ended = sub(withdrawal=Withdrawal(D(2026, 9, 3), M(2026, 9)))
    tl = timeline(ended, through=M(2026, 4))
    assert tl.statements == ()
    assert (tl.withdrawal_month, tl.completion_month) == (M(2026, 9), M(2026, 10))
    open_ended = timeline(sub(), through=M(2026, 4))
    assert (open_ended.statements, open_ended.withdrawal_month, open_ended.completion_month) == ((), None, None)
    assert open_ended.ntt_finance_continues is False


# -- the steps an explanation records for the statement ------------------------------------------------


def test_the_start_months_step_has_the_amount_or_nothing_as_its_outcome() -> None:
    unknown = [s for s in explain(preview, sub(), M(2026, 5)).steps if s.rule_id == "TERM-1"]
    assert [s.outcome for s in unknown] == [None]
    given = [s for s in explain(preview, sub(first_month_charge=1_200), M(2026, 5)).steps if s.rule_id == "TERM-1"]
    assert [s.outcome for s in given] == [1_200]


def test_the_one_off_charges_step_has_the_billing_month_as_its_outcome() -> None:
    e = explain(preview, sub(withdrawal=Withdrawal(D(2026, 9, 3), M(2026, 9))), M(2026, 11))
    placed = [s for s in e.steps if s.rule_id == "FEE-2" and "is on the statement" in s.say("en")]
    assert [s.outcome for s in placed] == [M(2026, 11)]
    assert placed[0].say("en") == (
        "the cancellation fee of 20,000円 arose when withdrawal completed, as October 2026's charge: it is on the "
        "statement of November 2026"
    )


def test_an_explained_statement_records_the_payment_steps_of_each_rule_it_asks() -> None:
    s = sub(PaymentMethod.NTT_BILLING, first_month_charge=0)
    e = explain(preview, s, M(2026, 7))
    said = [(step.rule_id, step.say("en")) for step in e.steps]
    assert ("PAY-1", "the usage of June 2026 is billed in the following month, July 2026") in said
    assert {"PAY-2", "PAY-1", "CAP-1", "NTT-5"} <= set(e.rule_ids)
    undecided = explain(preview, attrs.evolve(s, first_month_charge=None), M(2026, 5))
    cap = [step for step in undecided.steps if step.rule_id == "CAP-1"]
    assert [(step.outcome, step.say("en")) for step in cap] == [
        (
            None,
            "an amount of the So-net charges billed in May 2026 is unknown, so whether they exceed the cap is unknown",
        )
    ]


def test_the_pid_8_step_says_how_the_flets_line_is_paid() -> None:
    anime = PassportMonthly("パックサービス", 525, Subscription(D(2026, 9, 20)))
    s = sub(passport_monthly=(anime,), flets_payment=FletsPayment.CUSTOMER_NUMBER_00)
    e = explain(preview, s, M(2026, 10))
    assert [step.say("en") for step in e.steps if step.rule_id == "PID-8"] == [
        "the charges are added to the monthly bill of the Flets line's charges, paid separately, by the 10-digit "
        'customer number starting "00", and shown there as 「フレッツ・まとめて支払い料金」'
    ]
    assert e.result.bills[-1].label == PID_LABEL  # type: ignore[attr-defined]


def test_every_rule_a_statement_names_is_one_the_preview_declares_it_composes() -> None:
    # COMPOSED_RULES is what `explain` and the docs list for the preview: each rule an item or a step names
    # must be among them.
    s = sub(
        PaymentMethod.NTT_BILLING,
        construction=Installments(26_400, 1_100, M(2026, 4)),
        call_forwarding=CallForwarding(D(2026, 5, 1), first_month_fee=0),
        minimum_usage=MinimumUsage(24, 10_000),
        applied_on=D(2026, 3, 1),
        dwelling=Dwelling.APARTMENT,
        passport_monthly=(PassportMonthly("svc", 300, Subscription(D(2026, 5, 1), D(2026, 8, 1))),),
        passport_per_use=(PassportPerUse(D(2026, 6, 1), PerUsePurchase("x", 100)),),
        withdrawal=Withdrawal(D(2026, 9, 3), M(2026, 9), removal_completed_on=D(2026, 10, 2)),
    )
    e = explain(timeline, s)
    named = {r for st in e.result.statements for i in st.items for r in i.rule_ids}  # type: ignore[attr-defined]
    assert named <= set(COMPOSED_RULES)
    # every step too: FEE-1 asks TERM-2 whether the withdrawal month is a renewal month
    assert "TERM-2" in e.rule_ids
    assert set(e.rule_ids) <= set(COMPOSED_RULES)
