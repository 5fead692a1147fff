"""The preview's inputs: what each field accepts, what a refused value is told (rule, field,
message), the construction installments' schedule, and the errors of inconsistent subscribers."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

import attrs
import pytest

from hikari_rules.billing import PerUsePurchase, Subscription
from hikari_rules.dates import Month
from hikari_rules.errors import RuleInputError
from hikari_rules.fees import Dwelling, MinimumUsage
from hikari_rules.passport_id import FletsPayment
from hikari_rules.payment import PaymentMethod
from hikari_rules.preview import (
    CallForwarding,
    Installments,
    OperatorSwitch,
    PassportMonthly,
    PassportPerUse,
    Subscriber,
    Withdrawal,
    preview,
    timeline,
)
from hikari_rules.withdrawal import Applicant, Channel

D = _dt.date
M = Month
DT = _dt.datetime(2026, 1, 1, 9, 0)
SUB = Subscription(D(2026, 9, 20))
BUY = PerUsePurchase("名作アニメ2", 300)


def base(**kw: object) -> Subscriber:
    return Subscriber(D(2026, 4, 10), 5_000, PaymentMethod.BANK_DEBIT, **kw)  # type: ignore[arg-type]


# -- a wrong type is a TypeError naming the rule and the field ------------------------------------------

WRONG_TYPES: list[tuple[Callable[[], object], str]] = [
    (lambda: Installments("1", 0, M(2026, 1)), "FEE-3: total: expected whole yen as int, got str"),
    (lambda: Installments(0, 1.0, M(2026, 1)), "FEE-3: per_month: expected whole yen as int, got float"),
    (lambda: Installments(0, 0, "2026-01"), "FEE-3: first_month: expected a Month or a date, got str"),
    (lambda: Installments(0, 0, DT), "FEE-3: first_month: expected a Month or a date, got datetime"),
    (lambda: CallForwarding("2026-01-01"), "FWD-1: started_on: expected a datetime.date, got str"),
    (
        lambda: CallForwarding(D(2026, 1, 1), first_month_fee="550"),
        "FWD-1: first_month_fee: expected whole yen as int, got str",
    ),
    (lambda: PassportMonthly("x", "300", SUB), "CHG-1: price: expected whole yen as int, got str"),
    (lambda: PassportMonthly("x", 300, None), "CHG-1: subscription: expected a Subscription, got NoneType"),
    (
        lambda: PassportMonthly("x", 300, (D(2026, 1, 1), None)),
        "CHG-1: subscription: expected a Subscription, got tuple",
    ),
    (lambda: PassportPerUse("2026-09-30", BUY), "CHG-4: purchased_on: expected a datetime.date, got str"),
    (lambda: PassportPerUse(D(2026, 9, 30), None), "CHG-4: purchase: expected a PerUsePurchase, got NoneType"),
    (
        lambda: Withdrawal(DT, M(2026, 1)),
        "WD-1: application_date: expected a datetime.date, got a datetime (convert the instant to a JST date first)",
    ),
    (lambda: Withdrawal(D(2026, 1, 1), "2026-01"), "WD-1: requested_month: expected a Month or a date, got str"),
    (lambda: Withdrawal(D(2026, 1, 1), M(2026, 1), "PHONE"), "WD-2: channel: expected Channel, got str"),
    (lambda: Withdrawal(D(2026, 1, 1), M(2026, 1), None), "WD-2: channel: expected Channel, got NoneType"),
    (
        lambda: Withdrawal(D(2026, 1, 1), M(2026, 1), removal_completed_on="x"),
        "WD-5: removal_completed_on: expected a datetime.date, got str",
    ),
    (
        lambda: Withdrawal(D(2026, 1, 1), M(2026, 1), reversion_completed_on=1),
        "NUM-2: reversion_completed_on: expected a datetime.date, got int",
    ),
    (lambda: OperatorSwitch("2026-10-14"), "WD-8: switch_date: expected a datetime.date, got str"),
    (
        lambda: OperatorSwitch(D(2026, 10, 14), "2026-10-01"),
        "WD-8: approval_requested_on: expected a datetime.date, got str",
    ),
    (
        lambda: Subscriber(None, 1, PaymentMethod.BANK_DEBIT),
        "TERM-1: service_start: expected a datetime.date, got NoneType",
    ),
    (
        lambda: Subscriber(D(2026, 1, 1), 1.5, PaymentMethod.BANK_DEBIT),
        "preview: monthly_charge: expected whole yen as int, got float",
    ),
    (lambda: Subscriber(D(2026, 1, 1), 1, "BANK_DEBIT"), "PAY-2: payment_method: expected PaymentMethod, got str"),
    (lambda: Subscriber(D(2026, 1, 1), 1, None), "PAY-2: payment_method: expected PaymentMethod, got NoneType"),
    (lambda: base(applicant=None), "WD-2: applicant: expected Applicant, got NoneType"),
    (lambda: base(applied_on="2026-01-01"), "FEE-7: applied_on: expected a datetime.date, got str"),
    (lambda: base(dwelling="HOUSE"), "FEE-7: dwelling: expected Dwelling, got str"),
    (lambda: base(first_month_charge="0"), "preview: first_month_charge: expected whole yen as int, got str"),
    (lambda: base(construction=(26_400, 440)), "FEE-3: construction: expected a Installments, got tuple"),
    (lambda: base(call_forwarding=D(2026, 5, 1)), "FWD-1: call_forwarding: expected a CallForwarding, got date"),
    (lambda: base(passport_monthly=[1]), "CHG-1: passport_monthly: expected PassportMonthly items, got int"),
    (
        lambda: base(passport_per_use=(PassportMonthly("x", 1, SUB),)),
        "CHG-4: passport_per_use: expected PassportPerUse items, got PassportMonthly",
    ),
    (lambda: base(passport_monthly="ab"), "preview: expected a tuple, got str"),
    (lambda: base(passport_per_use=None), "preview: expected a tuple, got NoneType"),
    (lambda: base(withdrawal=M(2026, 9)), "WD-1: withdrawal: expected a Withdrawal or OperatorSwitch, got Month"),
    (lambda: base(minimum_usage=(12, 10_000)), "FEE-4: minimum_usage: expected a MinimumUsage, got tuple"),
    (lambda: base(flets_payment=None), "PID-8: flets_payment: expected FletsPayment, got NoneType"),
]


@pytest.mark.parametrize(("build", "message"), WRONG_TYPES, ids=[m.split(" expected")[0] for _, m in WRONG_TYPES])
def test_a_field_of_the_wrong_type_names_its_rule_and_field(build: Callable[[], object], message: str) -> None:
    with pytest.raises(TypeError) as err:
        build()
    assert str(err.value) == message


WRONG_VALUES: list[tuple[Callable[[], object], str, str]] = [
    (lambda: Installments(-1, 0, M(2026, 1)), "FEE-3", "total"),
    (lambda: Installments(0, -1, M(2026, 1)), "FEE-3", "per_month"),
    (lambda: CallForwarding(D(2026, 1, 1), first_month_fee=-1), "FWD-1", "first_month_fee"),
    (lambda: PassportMonthly("x", -300, SUB), "CHG-1", "price"),
    (lambda: Subscriber(D(2026, 1, 1), -1, PaymentMethod.BANK_DEBIT), "preview", "monthly_charge"),
    (lambda: base(first_month_charge=-1), "preview", "first_month_charge"),
]


@pytest.mark.parametrize(("build", "rule", "field"), WRONG_VALUES, ids=[f"{r}-{f}" for _, r, f in WRONG_VALUES])
def test_a_negative_amount_names_its_rule_and_field(build: Callable[[], object], rule: str, field: str) -> None:
    with pytest.raises(RuleInputError) as err:
        build()
    assert (err.value.rule, err.value.parameter) == (rule, field)
    assert err.value.detail.startswith("must not be negative")


def test_what_a_subscriber_may_leave_out_and_how_given_values_are_read() -> None:
    sub = base(
        passport_monthly=[PassportMonthly("x", 0, SUB)], passport_per_use=iter([PassportPerUse(D(2026, 9, 30), BUY)])
    )
    assert type(sub.passport_monthly) is tuple  # any iterable, kept as a tuple
    assert type(sub.passport_per_use) is tuple
    assert (sub.applicant, sub.dwelling, sub.construction, sub.withdrawal) == (Applicant.INDIVIDUAL, None, None, None)
    assert sub.flets_payment is FletsPayment.PHONE_BILL
    full = base(
        dwelling=Dwelling.HOUSE,
        applied_on=D(2026, 4, 1),
        first_month_charge=0,
        construction=Installments(0, 0, D(2026, 4, 10)),
        call_forwarding=CallForwarding(D(2026, 5, 1), first_month_fee=0),
        withdrawal=OperatorSwitch(D(2026, 10, 14), D(2026, 10, 1)),
        minimum_usage=MinimumUsage(12, 0),
    )
    assert full.construction is not None
    assert full.construction.first_month == M(2026, 4)  # a date is its month
    assert Withdrawal(D(2026, 9, 3), D(2026, 9, 30)).requested_month == M(2026, 9)
    assert Withdrawal(D(2026, 9, 3), M(2026, 9), removal_completed_on=None).channel is Channel.PHONE
    assert CallForwarding(D(2026, 5, 1)).first_month_fee is None


# -- the construction installments (FEE-3): the schedule the caller gives ------------------------------


def test_installments_charge_per_month_from_the_first_month_and_the_rest_last() -> None:
    plan = Installments(1_000, 300, M(2026, 1))
    amounts = {str(m): plan.amount_in(m.index) for m in (M(2025, 12) + k for k in range(7))}
    assert amounts == {
        "2025-12": 0,  # before the first month
        "2026-01": 300,
        "2026-02": 300,
        "2026-03": 300,
        "2026-04": 100,  # what is left
        "2026-05": 0,  # paid
        "2026-06": 0,
    }
    paid = [plan.paid_through((M(2025, 12) + k).index) for k in range(7)]
    assert paid == [0, 300, 600, 900, 1_000, 1_000, 1_000]


def test_installments_of_nothing_charge_nothing() -> None:
    assert Installments(1_000, 0, M(2026, 1)).amount_in(M(2026, 3).index) == 0
    assert Installments(1_000, 0, M(2026, 1)).paid_through(M(2026, 3).index) == 0
    assert Installments(0, 300, M(2026, 1)).amount_in(M(2026, 1).index) == 0
    yen = Installments(3, 1, M(2026, 1))  # one yen a month: three installments
    assert [yen.amount_in(M(2026, m).index) for m in (1, 2, 3, 4)] == [1, 1, 1, 0]
    exact = Installments(600, 300, M(2026, 1))
    assert [exact.amount_in(M(2026, m).index) for m in (1, 2, 3)] == [300, 300, 0]


# -- a subscriber the rules do not allow ----------------------------------------------------------------


def test_a_corporate_only_payment_method_for_an_individual_is_pay_2s_error() -> None:
    with pytest.raises(RuleInputError) as err:
        preview(attrs.evolve(base(), payment_method=PaymentMethod.CEDYNA), M(2026, 6))
    assert (err.value.rule, err.value.parameter) == ("PAY-2", "payment_method")
    assert err.value.detail == "CEDYNA is for corporate contracts only"


def test_a_withdrawal_applied_for_before_the_service_start_is_wd_1s_error() -> None:
    with pytest.raises(RuleInputError) as err:
        preview(base(withdrawal=Withdrawal(D(2026, 4, 9), M(2026, 4))), M(2026, 6))
    assert (err.value.rule, err.value.parameter) == ("WD-1", "withdrawal")
    assert err.value.detail == "the withdrawal application 2026-04-09 is before the service start 2026-04-10"
    same_day = timeline(base(withdrawal=Withdrawal(D(2026, 4, 10), M(2026, 4)), first_month_charge=0))
    assert same_day.withdrawal_month == M(2026, 4)


def test_a_switch_of_operator_before_the_service_start_is_wd_8s_error() -> None:
    with pytest.raises(RuleInputError) as err:
        preview(base(withdrawal=OperatorSwitch(D(2026, 4, 9))), M(2026, 6))
    assert (err.value.rule, err.value.parameter) == ("WD-8", "withdrawal")
    assert err.value.detail == "the switch of operator on 2026-04-09 is before the service start 2026-04-10"
    assert timeline(base(withdrawal=OperatorSwitch(D(2026, 4, 10)))).withdrawal_month == M(2026, 4)


def test_a_line_opened_before_the_approval_number_was_asked_for_is_wd_8s_error() -> None:
    with pytest.raises(RuleInputError) as err:
        preview(base(withdrawal=OperatorSwitch(D(2026, 10, 1), D(2026, 10, 5))), M(2026, 6))
    assert (err.value.rule, err.value.parameter) == ("WD-8", "switch_date")
    asked_first = base(withdrawal=OperatorSwitch(D(2026, 10, 5), D(2026, 10, 5)))
    assert timeline(asked_first).withdrawal_month == M(2026, 10)


def test_a_requested_month_outside_the_options_names_the_months_allowed() -> None:
    with pytest.raises(RuleInputError) as err:
        preview(base(withdrawal=Withdrawal(D(2026, 9, 3), M(2026, 11))), M(2026, 6))
    assert (err.value.rule, err.value.parameter) == ("WD-1", "requested_month")
    assert err.value.detail == "withdrawal applied for on 2026-09-03 can end in 2026-09 or 2026-10, not 2026-11"
    corp = base(applicant=Applicant.CORPORATE)
    paper = Withdrawal(D(2026, 9, 21), M(2026, 9), Channel.PAPER)  # arrived after the 20th: October at the earliest
    with pytest.raises(RuleInputError) as err:
        preview(attrs.evolve(corp, withdrawal=paper), M(2026, 6))
    assert (err.value.rule, err.value.parameter) == ("WD-3", "requested_month")
    assert err.value.detail == "withdrawal applied for on 2026-09-21 can end in 2026-10 or later, not 2026-09"
    for later in (M(2026, 10), M(2026, 11), M(2027, 3)):  # 「翌月末以降」
        tl = timeline(attrs.evolve(corp, withdrawal=attrs.evolve(paper, requested_month=later)))
        assert tl.withdrawal_month == later


def test_call_forwarding_outside_the_so_net_service_is_fwd_1s_error() -> None:
    with pytest.raises(RuleInputError) as err:
        preview(base(call_forwarding=CallForwarding(D(2026, 3, 31))), M(2026, 6))
    assert (err.value.rule, err.value.parameter) == ("FWD-1", "call_forwarding")
    assert err.value.detail == "call forwarding started on 2026-03-31, outside the So-net service (2026-04 to —)"
    ended = base(withdrawal=Withdrawal(D(2026, 9, 3), M(2026, 9)))
    with pytest.raises(RuleInputError) as err:
        preview(attrs.evolve(ended, call_forwarding=CallForwarding(D(2026, 10, 1))), M(2026, 6))
    assert err.value.detail == "call forwarding started on 2026-10-01, outside the So-net service (2026-04 to 2026-09)"
    # the start month and the withdrawal month themselves are inside
    assert preview(base(call_forwarding=CallForwarding(D(2026, 4, 1))), M(2026, 6)).items
    assert preview(attrs.evolve(ended, call_forwarding=CallForwarding(D(2026, 9, 30))), M(2026, 10)).items


def test_a_bill_needs_a_usage_month_before_it() -> None:
    with pytest.raises(RuleInputError) as err:
        preview(base(), M(1, 1))
    assert (err.value.rule, err.value.parameter) == ("PAY-1", "billing_month")
    assert err.value.detail == "0001-01 has no usage month before it"
    assert preview(base(), M(1, 2)).items == ()  # 0001-01's usage: nothing, the service started in 2026


def test_removal_construction_before_the_application_is_wd_5s_error() -> None:
    early = Withdrawal(D(2026, 9, 3), M(2026, 9), removal_completed_on=D(2026, 9, 2))
    with pytest.raises(RuleInputError) as err:
        preview(base(withdrawal=early), M(2026, 10))
    assert (err.value.rule, err.value.parameter) == ("WD-5", "removal_completed_on")
    assert err.value.detail == "removal construction completed on 2026-09-02, before the application on 2026-09-03"
    on_the_day = attrs.evolve(early, removal_completed_on=D(2026, 9, 3))
    assert preview(base(withdrawal=on_the_day), M(2026, 10)).items[0].rule_ids == ("WD-1", "FEE-2", "WD-5", "PAY-1")
