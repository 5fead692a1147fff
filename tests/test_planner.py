"""The withdrawal planner: worked scenarios, the properties issue 15 lists, what its explanation says, errors."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hikari_rules import Month, RuleInputError, contract_term, explain, preview, withdrawal
from hikari_rules.fees import Dwelling, MinimumUsage, RemovalTrigger
from hikari_rules.payment import PaymentMethod
from hikari_rules.planner import (
    CHEAPEST,
    NEXT_FEE_FREE,
    OPTION_COST,
    OPTION_COST_NO_ONE_OFF,
    Contract,
    CostKind,
    Leaving,
    Option,
    Person,
    Plan,
    Unknown,
    plan,
)
from hikari_rules.preview import Installments
from hikari_rules.withdrawal import Applicant, Channel, NumberOrigin, Region

START = dt.date(2026, 9, 20)
CONTRACT = Contract(START, PaymentMethod.BANK_DEBIT, monthly_charge=5_500)


def _option(p: Plan, month: Month) -> Option:
    (o,) = [o for o in p.options if o.withdrawal_month == month]
    return o


# -- worked scenarios (the guide's) ----------------------------------------------------------------


def test_individual_in_month_35_waits_for_month_37() -> None:
    p = plan(CONTRACT, Person(), dt.date(2029, 7, 10), horizon=6)
    assert [o.contract_month for o in p.options] == [35, 36, 37, 38, 39, 40]
    assert [o.cancellation_fee for o in p.options] == [20_000, 20_000, 0, 0, 20_000, 20_000]
    assert p.next_fee_free is not None
    assert p.next_fee_free.withdrawal_month == Month(2029, 9)
    assert p.next_fee_free.last_day == dt.date(2029, 9, 30)
    assert [(a.channel, a.first_day, a.last_day) for a in p.next_fee_free.apply_by] == [
        (c, dt.date(2029, 8, 1), dt.date(2029, 9, 30)) for c in (Channel.PHONE, Channel.WEB, Channel.CHAT, Channel.LINE)
    ]
    # July, August and September cost 3 × 5,500円 and nothing else.
    assert p.cheapest is p.next_fee_free
    assert p.cheapest.total == 16_500
    assert p.cheapest.completion == dt.datetime(2029, 10, 1, tzinfo=withdrawal.JST)
    assert p.cheapest.mypage_until == dt.date(2030, 3, 31)
    (last,) = p.cheapest.charges
    assert (last.kind, last.amount, last.billing_month, last.collection_date) == (
        CostKind.LAST_MONTH,
        5_500,
        Month(2029, 10),
        dt.date(2029, 11, 27),
    )


def test_fee_and_its_collection_two_months_after_the_withdrawal_month() -> None:
    o = _option(plan(CONTRACT, Person(), dt.date(2029, 7, 10), horizon=1), Month(2029, 7))
    fee = o.charges[1]
    assert (fee.kind, fee.amount, fee.charge_month, fee.billing_month, fee.collection_date) == (
        CostKind.CANCELLATION_FEE,
        20_000,
        Month(2029, 8),
        Month(2029, 9),
        dt.date(2029, 10, 27),
    )
    assert o.last_billing_month == Month(2029, 9)


@pytest.mark.parametrize(
    ("arrival", "first"),
    [(dt.date(2029, 9, 20), Month(2029, 9)), (dt.date(2029, 9, 21), Month(2029, 10))],
)
def test_corporate_paper_arriving_on_the_20th_or_the_21st(arrival: dt.date, first: Month) -> None:
    corporate = Person(applicant=Applicant.CORPORATE, channels=(Channel.PAPER,))
    p = plan(CONTRACT, corporate, arrival, horizon=3)
    assert p.options[0].withdrawal_month == first
    assert p.options[0].apply_by[0].last_day == first.day(20)


def test_removal_in_the_west_moves_the_last_day_ten_days_earlier() -> None:
    west = Person(channels=(Channel.WEB,), region=Region.WEST, removal=RemovalTrigger.BUILDING_MANAGER)
    east = Person(channels=(Channel.WEB,), region=Region.EAST, removal=RemovalTrigger.BUILDING_MANAGER)
    today = dt.date(2029, 9, 22)
    p_west = plan(CONTRACT, west, today, horizon=2)
    p_east = plan(CONTRACT, east, today, horizon=2)
    # 22 September + 10 days is in October: September can no longer be kept in the West.
    assert [o.withdrawal_month for o in p_west.options] == [Month(2029, 10)]
    assert [o.withdrawal_month for o in p_east.options] == [Month(2029, 9), Month(2029, 10)]
    assert p_east.options[0].apply_by[0].last_day == dt.date(2029, 9, 24)
    o = p_west.options[0]
    assert o.apply_by[0].last_day == dt.date(2029, 10, 21)
    assert o.removal is not None
    assert (o.removal.earliest, o.removal.latest) == (dt.date(2029, 10, 2), dt.date(2029, 10, 31))


def test_a_reversion_after_the_75_day_deadline_loses_the_number_and_holds_to_the_deadline() -> None:
    keep = Person(keep_number=NumberOrigin.NTT_ANALOG, reversion_expected_on=dt.date(2030, 1, 20))
    p = plan(CONTRACT, keep, dt.date(2029, 9, 1), horizon=2)
    sept, octo = p.options
    assert sept.number is not None
    assert (sept.number.reversion_by, sept.number.deadline, sept.number.kept) == (
        dt.date(2029, 9, 30),
        dt.date(2029, 12, 14),
        False,
    )
    assert sept.requested_month == Month(2029, 9)
    assert sept.withdrawal_month == Month(2029, 12)  # held to the deadline's month
    assert sept.cancellation_fee == 20_000  # month 40: outside the window
    assert octo.number is not None
    assert octo.number.deadline == dt.date(2030, 1, 14)
    assert octo.withdrawal_month == Month(2030, 1)


def test_without_an_expected_date_the_number_says_by_when() -> None:
    p = plan(CONTRACT, Person(keep_number=NumberOrigin.NTT_ANALOG), dt.date(2029, 9, 1), horizon=1)
    (o,) = p.options
    assert o.number is not None
    assert (o.number.reversion_by, o.number.deadline, o.number.kept) == (
        dt.date(2029, 9, 30),
        dt.date(2029, 12, 14),
        None,
    )


def test_a_number_issued_elsewhere_has_no_reversion_timing() -> None:
    p = plan(CONTRACT, Person(keep_number=NumberOrigin.OTHER), dt.date(2029, 9, 1), horizon=1)
    assert p.options[0].number is None


def test_switch_of_operator_in_a_renewal_month() -> None:
    switch = Person(leaving=Leaving.OPERATOR_SWITCH, keep_number=NumberOrigin.NTT_ANALOG)
    p = plan(CONTRACT, switch, dt.date(2029, 9, 15), horizon=3)
    assert [(o.withdrawal_month, o.cancellation_fee) for o in p.options] == [
        (Month(2029, 9), 0),
        (Month(2029, 10), 0),
        (Month(2029, 11), 20_000),
    ]
    first = p.options[0]
    assert first.apply_by == ()
    assert first.last_day == dt.date(2029, 9, 30)
    assert first.number is None  # a switch needs no reversion (NUM-1)


def test_fee_by_application_date_and_dwelling() -> None:
    c = Contract(START, PaymentMethod.BANK_DEBIT, monthly_charge=5_500, applied_on=START, dwelling=Dwelling.APARTMENT)
    o = plan(c, Person(), dt.date(2027, 1, 5), horizon=1).options[0]
    assert (o.cancellation_fee, o.total) == (3_480, 3_480 + 5_500)


def test_balance_and_installments_and_penalty() -> None:
    c = Contract(
        START,
        PaymentMethod.CONVENIENCE_STORE,
        monthly_charge=5_000,
        construction=Installments(26_400, 1_100, Month(2026, 9)),
        minimum_usage=MinimumUsage(12, 10_000),
    )
    o = plan(c, Person(), dt.date(2027, 3, 3), horizon=1).options[0]  # contract month 7
    # 7 installments paid through March 2027: 7,700円; the balance is 18,700円.
    assert (o.construction_balance, o.minimum_usage_penalty, o.cancellation_fee) == (18_700, 10_000, 20_000)
    assert o.monthly_charges == 5_000 + 1_100
    assert o.total == 6_100 + 18_700 + 10_000 + 20_000
    assert [c.collection_date for c in o.charges] == [dt.date(2027, 4, 25)] + [dt.date(2027, 5, 25)] * 3


def test_unknown_amounts_are_explicit() -> None:
    c = Contract(START, PaymentMethod.CREDIT_CARD)
    p = plan(c, Person(), dt.date(2029, 9, 1), horizon=2)
    assert all(o.total is None and o.unknown == (Unknown.MONTHLY_CHARGE,) for o in p.options)
    assert p.cheapest is None
    assert p.options[0].charges[0].collection_date is None
    assert p.options[0].charges[0].unknown == (Unknown.MONTHLY_CHARGE, Unknown.COLLECTION)
    first_month = plan(
        Contract(START, PaymentMethod.BANK_DEBIT, monthly_charge=5_500), Person(), dt.date(2026, 9, 25), horizon=3
    )
    assert first_month.options[0].total == 5_500 + 20_000  # the start month is also the last: in full
    assert first_month.options[1].total is None
    assert first_month.options[1].unknown == (Unknown.FIRST_MONTH,)


def test_equal_totals_are_ordered_by_the_earlier_end_of_charges() -> None:
    # Free monthly charge: every fee-free option costs 0; the earliest ends first.
    c = Contract(START, PaymentMethod.BANK_DEBIT, monthly_charge=0)
    p = plan(c, Person(), dt.date(2029, 8, 1), horizon=4)
    assert p.cheapest is not None
    assert p.cheapest.withdrawal_month == Month(2029, 9)
    assert p.cheapest.total == 0


# -- errors ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("contract", "person", "today", "horizon", "rule", "parameter"),
    [
        (CONTRACT, Person(), dt.date(2026, 9, 19), 12, "TERM-1", "today"),
        (CONTRACT, Person(applicant=Applicant.CORPORATE, channels=(Channel.WEB,)), START, 12, "WD-2", "channel"),
        (Contract(START, PaymentMethod.USEN), Person(), START, 12, "PAY-2", "payment_method"),
        (
            CONTRACT,
            Person(leaving=Leaving.OPERATOR_SWITCH, removal=RemovalTrigger.USER_REQUEST),
            START,
            12,
            "WD-5",
            "removal",
        ),
        (CONTRACT, Person(), START, 0, "WD-1", "horizon"),
        (CONTRACT, Person(reversion_expected_on=START), START, 12, "NUM-1", "reversion_expected_on"),
        (Contract(dt.date(9999, 1, 1), PaymentMethod.BANK_DEBIT), Person(), dt.date(9999, 1, 1), 12, "WD-6", "horizon"),
    ],
)
def test_bad_inputs_name_the_rule_and_the_parameter(
    contract: Contract, person: Person, today: dt.date, horizon: int, rule: str, parameter: str
) -> None:
    with pytest.raises(RuleInputError) as info:
        plan(contract, person, today, horizon=horizon)
    assert (info.value.rule, info.value.parameter) == (rule, parameter)


def test_wrong_types() -> None:
    with pytest.raises(TypeError):
        plan(Person(), Person(), START)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        plan(CONTRACT, Person(), "2029-09-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Person(channels="WEB")  # type: ignore[arg-type]


# -- what the explanation says ---------------------------------------------------------------------------


def test_explanation_of_the_20th_and_the_21st() -> None:
    corporate = Person(applicant=Applicant.CORPORATE, channels=(Channel.PAPER,))
    on_20th = explain(plan, CONTRACT, corporate, dt.date(2029, 9, 20), horizon=1)
    assert on_20th.result == plan(CONTRACT, corporate, dt.date(2029, 9, 20), horizon=1)
    templates = [s.template for s in on_20th.steps]
    assert "WD-3" in on_20th.rule_ids
    assert (
        "to withdraw at the end of September 2029 in writing, the form must reach So-net by 20 September 2029 "
        "(the arrival date counts)"
    ) in [s.say("en") for s in on_20th.steps]
    on_21st = explain(plan, CONTRACT, corporate, dt.date(2029, 9, 21), horizon=1)
    said = [s.say("ja") for s in on_21st.steps]
    assert "書面の申請では2029年9月末の退会にはもう間に合わない(申請の期限は2029年9月20日)" in said
    assert "FEE-1" in on_21st.rule_ids
    assert on_21st.result.options == ()
    assert templates


def test_explanation_names_the_next_fee_free_month_and_the_cheapest() -> None:
    e = explain(plan, CONTRACT, Person(channels=(Channel.WEB,)), dt.date(2029, 7, 10), horizon=6)
    ja = [s.say("ja") for s in e.steps]
    assert "次に解約金なしで退会できるのは2029年9月末(契約37カ月目)で、期限は2029年9月30日" in ja
    assert "退会できる月のうち、2029年9月末退会が最も安い(合計16,500円)" in ja
    assert (
        "2029年7月末退会: 2029年7月から2029年7月までの月額料金が5,500円、2029年8月に発生し2029年9月に請求される"
        "解約金等が20,000円、合計25,500円"
    ) in ja
    for rid in ("WD-1", "TERM-1", "TERM-2", "FEE-1", "FEE-2", "PAY-2", "WD-4", "WD-6"):
        assert rid in e.rule_ids
    text = e.text("en")
    assert text.startswith(
        "Question: When can the subscriber leave, and what will it cost, seen from 10 July 2029 with a 6-month "
        "horizon (service start 20 September 2026)?\nResult: cheapest month: end of September 2029 "
        "(total 16,500円); next month without the cancellation fee: end of September 2029 "
        "(last day to act 30 September 2029)"
    )


def test_explanation_of_removal_in_the_west() -> None:
    west = Person(channels=(Channel.PHONE,), region=Region.WEST, removal=RemovalTrigger.USER_REQUEST)
    e = explain(plan, CONTRACT, west, dt.date(2029, 9, 22), horizon=2)
    en = [s.say("en") for s in e.steps]
    assert (
        "removal construction can be requested from 10 days after the application in NTT West's area: to have it "
        "done by 30 September 2029 and keep the end of September 2029, apply by phone by 20 September 2029"
    ) not in en  # too late: the September option is left out, and says so
    assert (
        "it is too late to withdraw at the end of September 2029 by phone: the last day to apply was 20 September 2029"
    ) in en
    assert "WD-5" in e.rule_ids
    assert "FEE-6" in e.rule_ids


# -- the properties (contracts 1949–2099) ---------------------------------------------------------------

_DAY = dt.timedelta(days=1)


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Contract, Person, dt.date, int]:
    start = draw(st.dates(dt.date(1949, 1, 1), dt.date(2099, 12, 31)))
    today = start + dt.timedelta(days=draw(st.integers(0, 40) | st.integers(0, 4_500)))  # the start month too
    applicant = draw(st.sampled_from(Applicant))
    allowed = [c for a, c, _e, _j in withdrawal.WITHDRAWAL_CHANNELS if a is applicant]
    channels = tuple(draw(st.lists(st.sampled_from(allowed), unique=True, max_size=len(allowed))))
    leaving = draw(st.sampled_from(Leaving))
    removal = None if leaving is Leaving.OPERATOR_SWITCH else draw(st.none() | st.sampled_from(RemovalTrigger))
    keep = draw(st.none() | st.sampled_from(NumberOrigin))
    reversion = None
    if keep is not None:
        reversion = draw(st.none() | st.just(today + dt.timedelta(days=draw(st.integers(-30, 200)))))
    methods = [m for m in PaymentMethod if applicant is Applicant.CORPORATE or m not in _CORPORATE_ONLY]
    applied_on = draw(st.none() | st.just(start - dt.timedelta(days=draw(st.integers(0, 60)))))
    dwelling = draw(st.sampled_from(Dwelling)) if applied_on is not None and applied_on.year >= 2022 else None
    construction = None
    if draw(st.booleans()):
        construction = Installments(
            draw(st.integers(0, 50_000)), draw(st.integers(0, 3_000)), Month.of(start) + draw(st.integers(0, 2))
        )
    contract = Contract(
        start,
        draw(st.sampled_from(methods)),
        monthly_charge=draw(st.integers(0, 12_000)),
        first_month_charge=draw(st.none() | st.integers(0, 12_000)),
        applied_on=applied_on,
        dwelling=dwelling,
        minimum_usage=draw(st.none() | st.builds(MinimumUsage, st.integers(1, 40), st.integers(0, 30_000))),
        construction=construction,
    )
    person = Person(
        applicant=applicant,
        channels=channels,
        region=draw(st.sampled_from(Region)),
        removal=removal,
        keep_number=keep,
        reversion_expected_on=reversion,
        leaving=leaving,
    )
    return contract, person, today, draw(st.integers(1, 48))


_CORPORATE_ONLY = (PaymentMethod.CEDYNA, PaymentMethod.USEN)
_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _yields(person: Person, channel: Channel, applied: dt.date, month: Month) -> bool:
    """Whether an application on ``applied`` by ``channel`` can end in ``month``, by the withdrawal rules."""
    options = withdrawal.withdrawal_month_options(applied, applicant=person.applicant, channel=channel)
    ok = month in options or (channel is Channel.PAPER and month > options[0])
    if ok and person.removal is not None:
        # The earliest removal that can be requested, and not before the month: under either reading
        # of WD-5 (the removal month replaces the requested one, or only when later) it keeps the month.
        removal_day = max(withdrawal.earliest_removal_date(applied, person.region), month.first_day)
        ok = withdrawal.effective_withdrawal_month(month, removal_completed_on=removal_day) == month
    return ok


@_SETTINGS
@given(scenarios())
def test_apply_by_yields_the_month_and_one_day_later_never(s: tuple[Contract, Person, dt.date, int]) -> None:
    contract, person, today, horizon = s
    for o in plan(contract, person, today, horizon=horizon).options:
        if person.leaving is Leaving.OPERATOR_SWITCH:
            assert Month.of(o.last_day) == o.withdrawal_month
            assert Month.of(o.last_day + _DAY) != o.withdrawal_month
            continue
        for a in o.apply_by:
            assert _yields(person, a.channel, a.last_day, o.requested_month)
            assert not _yields(person, a.channel, a.last_day + _DAY, o.requested_month)
            assert _yields(person, a.channel, a.first_day, o.requested_month)


@_SETTINGS
@given(scenarios())
def test_no_option_lies_in_the_past(s: tuple[Contract, Person, dt.date, int]) -> None:
    contract, person, today, horizon = s
    p = plan(contract, person, today, horizon=horizon)
    for o in p.options:
        assert o.withdrawal_month >= Month.of(today)
        assert o.last_day >= today
        assert all(today <= a.first_day <= a.last_day for a in o.apply_by)
        assert all(a.last_call is None or today <= a.last_call.date() <= a.last_day for a in o.apply_by)
        if o.removal is not None:
            assert today < o.removal.earliest <= o.removal.latest


@_SETTINGS
@given(scenarios())
def test_the_cheapest_total_is_at_most_every_total(s: tuple[Contract, Person, dt.date, int]) -> None:
    contract, person, today, horizon = s
    p = plan(contract, person, today, horizon=horizon)
    if p.cheapest is None:
        assert not p.options or any(o.total is None for o in p.options)
        return
    assert p.cheapest.total is not None
    for o in p.options:
        assert o.total is not None
        assert p.cheapest.total <= o.total
        if o.total == p.cheapest.total:
            assert p.cheapest.last_billing_month <= o.last_billing_month


@_SETTINGS
@given(scenarios())
def test_every_reachable_renewal_month_gives_a_fee_free_option(s: tuple[Contract, Person, dt.date, int]) -> None:
    contract, person, today, horizon = s
    p = plan(contract, person, today, horizon=horizon)
    by_requested = {o.requested_month: o for o in p.options}
    first = Month.of(today)
    for k in range(horizon):
        m = first + k
        if not contract_term.is_renewal_month(contract.service_start, m):
            continue
        o = by_requested.get(m)
        if o is None:  # unreachable: too late by every channel (removal lead time, the 20th)
            assert k == 0
            continue
        if o.withdrawal_month == m:  # a reversion may hold it later (NUM-2)
            assert o.cancellation_fee == 0
    if p.next_fee_free is not None:
        assert p.next_fee_free.cancellation_fee == 0
        assert contract_term.is_renewal_month(contract.service_start, p.next_fee_free.withdrawal_month)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_totals_equal_the_statement_previews(s: tuple[Contract, Person, dt.date, int]) -> None:
    contract, person, today, horizon = s
    assert contract.monthly_charge is not None
    p = plan(contract, person, today, horizon=min(horizon, 14))
    t = Month.of(today)
    for o in p.options:
        leaving: preview.Withdrawal | preview.OperatorSwitch
        if person.leaving is Leaving.OPERATOR_SWITCH:
            leaving = preview.OperatorSwitch(o.last_day)  # the line opens on the option's last day (WD-8)
        else:
            leaving = preview.Withdrawal(
                o.apply_by[-1].last_day,
                o.requested_month,
                channel=o.apply_by[-1].channel,
                removal_completed_on=None if o.removal is None else o.removal.latest,
                reversion_completed_on=None if o.number is None else person.reversion_expected_on,
            )
        sub = preview.Subscriber(
            contract.service_start,
            contract.monthly_charge,
            contract.payment_method,
            applicant=person.applicant,
            applied_on=contract.applied_on,
            dwelling=contract.dwelling,
            first_month_charge=contract.first_month_charge,
            construction=contract.construction,
            minimum_usage=contract.minimum_usage,
            withdrawal=leaving,
        )
        lines = [i.amount for st_ in preview.timeline(sub).statements if st_.billing_month > t for i in st_.items]
        expected = None if None in lines else sum(a for a in lines if a is not None)
        assert o.total == expected, (o, lines)


# -- DESK-1: the desk that takes a corporate phone application ----------------------------------------


def test_corporate_phone_last_call_is_the_desks_last_open_hour() -> None:
    corporate = Person(applicant=Applicant.CORPORATE, channels=(Channel.PHONE, Channel.PAPER))
    p = plan(CONTRACT, corporate, dt.date(2029, 9, 3), horizon=4)
    sept = p.options[0]
    phone = sept.apply_by[0]
    # 30 September 2029 is a Sunday: the So-net corporate desk last takes calls on Friday the 28th.
    assert phone.last_day == dt.date(2029, 9, 30)
    assert phone.last_call == dt.datetime(2029, 9, 28, 18, 0, tzinfo=withdrawal.JST)
    assert sept.apply_by[1].last_call is None  # in writing: the arrival date counts, no desk hours
    # December 2029: 31 December is a Monday, not a closed day of that desk (its year-end is unknown).
    assert p.options[3].apply_by[0].last_call == dt.datetime(2029, 12, 31, 18, 0, tzinfo=withdrawal.JST)


def test_a_weekend_month_end_is_too_late_by_phone_for_a_corporate_contract() -> None:
    corporate = Person(applicant=Applicant.CORPORATE, channels=(Channel.PHONE,))
    p = plan(CONTRACT, corporate, dt.date(2029, 9, 29), horizon=2)  # Saturday
    assert [o.withdrawal_month for o in p.options] == [Month(2029, 10)]
    e = explain(plan, CONTRACT, corporate, dt.date(2029, 9, 29), horizon=2)
    assert (
        "the desk is closed from 29 September 2029 to 30 September 2029: it is too late to apply by phone for the "
        "end of September 2029"
    ) in [s.say("en") for s in e.steps]
    assert "DESK-1" in e.rule_ids


def test_chat_is_staffed_until_18_00_on_the_last_day() -> None:
    p = plan(CONTRACT, Person(channels=(Channel.CHAT, Channel.WEB)), dt.date(2029, 9, 3), horizon=1)
    chat, web = p.options[0].apply_by
    assert chat.last_call == dt.datetime(2029, 9, 30, 18, 0, tzinfo=withdrawal.JST)
    assert web.last_call is None


# -- pinned by mutation testing: what the plan records, item by item ------------------------------------


def test_a_saturday_month_end_moves_the_corporate_last_call_back_one_day() -> None:
    corporate = Person(applicant=Applicant.CORPORATE, channels=(Channel.PHONE,))
    o = plan(CONTRACT, corporate, dt.date(2029, 3, 1), horizon=1).options[0]  # 31 March 2029 is a Saturday
    assert o.apply_by[0].last_call == dt.datetime(2029, 3, 30, 18, 0, tzinfo=withdrawal.JST)
    late = plan(CONTRACT, corporate, dt.date(2099, 12, 1), horizon=1).options[0]  # the calendar's last day
    assert late.apply_by[0].last_call == dt.datetime(2099, 12, 31, 18, 0, tzinfo=withdrawal.JST)


def test_no_last_call_before_the_holiday_calendar_begins() -> None:
    """Outside the holiday calendar (1949–2099) a desk's open days are unknown: no last call (DESK-1)."""
    corporate = Person(applicant=Applicant.CORPORATE, channels=(Channel.PHONE,))
    contract = Contract(dt.date(1948, 11, 1), PaymentMethod.BANK_DEBIT, monthly_charge=1_000)
    dec, jan = plan(contract, corporate, dt.date(1948, 12, 1), horizon=2).options
    assert (dec.apply_by[0].last_day, dec.apply_by[0].last_call) == (dt.date(1948, 12, 31), None)
    assert jan.apply_by[0].last_call == dt.datetime(1949, 1, 31, 18, 0, tzinfo=withdrawal.JST)  # a Monday


def test_the_plan_says_what_it_was_asked() -> None:
    p = plan(CONTRACT, Person(), dt.date(2029, 7, 10), horizon=6)
    assert (p.today, p.first_month, p.horizon) == (dt.date(2029, 7, 10), Month(2029, 7), 6)


def test_ties_go_to_the_earlier_month() -> None:
    # Month 36 with the fee and month 37 without it cost the same and are both last billed in month 38.
    c = Contract(START, PaymentMethod.BANK_DEBIT, monthly_charge=20_000)
    p = plan(c, Person(), dt.date(2029, 8, 1), horizon=2)
    first, second = p.options
    assert (
        (first.total, first.last_billing_month)
        == (second.total, second.last_billing_month)
        == (40_000, Month(2029, 10))
    )
    assert p.cheapest is first


def test_the_last_bills_item_by_item() -> None:
    c = Contract(
        START,
        PaymentMethod.CREDIT_CARD,
        monthly_charge=5_000,
        construction=Installments(26_400, 1_100, Month(2026, 9)),
    )
    o = plan(c, Person(), dt.date(2027, 3, 3), horizon=1).options[0]
    last, fee, balance = o.charges
    assert (last.kind, last.amount, last.charge_month, last.billing_month) == (
        CostKind.LAST_MONTH,
        6_100,
        Month(2027, 3),
        Month(2027, 4),
    )
    assert last.unknown == (Unknown.COLLECTION,)  # the card company's schedule
    assert (fee.kind, fee.charge_month, fee.billing_month, fee.collection_date, fee.unknown) == (
        CostKind.CANCELLATION_FEE,
        Month(2027, 4),
        Month(2027, 5),
        None,
        (Unknown.COLLECTION,),
    )
    assert (balance.kind, balance.amount) == (CostKind.CONSTRUCTION_BALANCE, 18_700)


def test_installments_not_yet_begun_leave_the_whole_fee_to_settle() -> None:
    c = Contract(
        START, PaymentMethod.BANK_DEBIT, monthly_charge=5_000, construction=Installments(26_400, 1_100, Month(2026, 11))
    )
    o = plan(c, Person(), dt.date(2026, 10, 1), horizon=1).options[0]
    assert (o.construction_balance, o.monthly_charges) == (26_400, 5_000)


def test_the_explanation_records_outcomes_and_the_billing_steps() -> None:
    e = explain(plan, CONTRACT, Person(channels=(Channel.WEB,)), dt.date(2029, 7, 10), horizon=6)
    p = e.result
    by_template = {s.template: s for s in e.steps}
    assert by_template[CHEAPEST.template].outcome == p.cheapest
    assert by_template[NEXT_FEE_FREE.template].outcome == p.next_fee_free
    costs = [s for s in e.steps if s.template in (OPTION_COST.template, OPTION_COST_NO_ONE_OFF.template)]
    assert [s.outcome for s in costs] == [o.total for o in p.options]
    assert "PAY-1" in e.rule_ids
    collected = [s.outcome for s in e.steps if s.rule_id == "PAY-2"]
    assert dt.date(2029, 11, 27) in collected  # September's usage, billed in October, debited on 27 November


def test_the_explanation_of_unknown_amounts() -> None:
    e = explain(plan, Contract(START, PaymentMethod.BANK_DEBIT), Person(), dt.date(2029, 9, 1), horizon=1)
    said = [s.say("en") for s in e.steps]
    assert (
        "an amount is unknown (the plan's monthly charge was not given), so no option can be named the cheapest" in said
    )
    assert (
        "withdrawing at the end of September 2029: the monthly charges from September 2029 through September 2029 are "
        "not known (the plan's monthly charge was not given); the one-off charges arising in October 2029, billed in "
        "October 2029, are 0円"
    ) in said
    none = explain(plan, CONTRACT, Person(), dt.date(2029, 11, 1), horizon=2)
    assert (
        "no withdrawal month without the cancellation fee can be reached from November 2029 through December 2029"
        in [s.say("en") for s in none.steps]
    )


B = PaymentMethod.BANK_DEBIT


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda: Contract(None, B), TypeError, "TERM-1: service_start: expected a datetime.date, got NoneType"),
        (lambda: Contract(START, "BANK_DEBIT"), TypeError, "PAY-2: payment_method: expected PaymentMethod, got str"),
        (lambda: Contract(START, B, monthly_charge=-1), RuleInputError,
         "WD-1: monthly_charge: must not be negative, got -1"),
        (lambda: Contract(START, B, monthly_charge=5_500.0), TypeError,
         "WD-1: monthly_charge: expected whole yen as int, got float"),
        (lambda: Contract(START, B, first_month_charge=-1), RuleInputError,
         "TERM-1: first_month_charge: must not be negative, got -1"),
        (lambda: Contract(START, B, applied_on="2022-07-01"), TypeError,
         "FEE-7: applied_on: expected a datetime.date, got str"),
        (lambda: Contract(START, B, dwelling="HOUSE"), TypeError, "FEE-7: dwelling: expected Dwelling, got str"),
        (lambda: Contract(START, B, minimum_usage=12), TypeError,
         "FEE-4: minimum_usage: expected a MinimumUsage or None, got int"),
        (lambda: Contract(START, B, construction=26_400), TypeError,
         "FEE-3: construction: expected an Installments or None, got int"),
        (lambda: Contract(START, B, term=36), TypeError, "TERM-1: term: expected a ContractTerm, got int"),
        (lambda: Person(applicant="CORPORATE"), TypeError, "WD-2: applicant: expected Applicant, got str"),
        (lambda: Person(channels=("WEB",)), TypeError, "WD-2: channels: expected Channel, got str"),
        (lambda: Person(channels=3), TypeError, "WD-2: channels: expected a tuple of Channel, got int"),
        (lambda: Person(region=None), TypeError, "WD-5: region: expected Region, got NoneType"),
        (lambda: Person(removal="USER_REQUEST"), TypeError, "WD-5: removal: expected RemovalTrigger, got str"),
        (lambda: Person(keep_number="NTT"), TypeError, "NUM-1: keep_number: expected NumberOrigin, got str"),
        (lambda: Person(reversion_expected_on="2030-01-20"), TypeError,
         "NUM-2: reversion_expected_on: expected a datetime.date, got str"),
        (lambda: Person(leaving=None), TypeError, "WD-1: leaving: expected Leaving, got NoneType"),
    ],
)  # fmt: skip
def test_inputs_are_checked_when_built(make: object, error: type[Exception], message: str) -> None:
    """Each field's error names the field and the rule it serves, and says what was expected."""
    with pytest.raises(error) as info:
        make()  # type: ignore[operator]
    assert str(info.value) == message


def test_optional_inputs_may_be_left_out_or_given() -> None:
    bare = Contract(START, B, None, None, applied_on=None, dwelling=None, minimum_usage=None, construction=None)
    assert bare == Contract(START, B)
    full = Contract(
        START,
        B,
        5_500,
        2_000,
        applied_on=dt.date(2026, 8, 1),
        dwelling=Dwelling.HOUSE,
        minimum_usage=MinimumUsage(12, 10_000),
        construction=Installments(26_400, 1_100, Month(2026, 9)),
    )
    assert (full.monthly_charge, full.first_month_charge, full.dwelling) == (5_500, 2_000, Dwelling.HOUSE)
    assert Person(removal=None, keep_number=None, reversion_expected_on=None) == Person()
    kept = Person(keep_number=NumberOrigin.NTT_ANALOG, reversion_expected_on=dt.date(2030, 1, 20))
    assert kept.keep_number is NumberOrigin.NTT_ANALOG


def test_input_errors_name_the_field_and_the_rule() -> None:
    with pytest.raises(RuleInputError) as info:
        Contract(START, PaymentMethod.BANK_DEBIT, monthly_charge=-1)
    assert (info.value.parameter, info.value.rule) == ("monthly_charge", "WD-1")
    with pytest.raises(TypeError, match=r"^TERM-1: service_start: "):
        Contract(None, PaymentMethod.BANK_DEBIT)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^WD-2: channels: "):
        Person(channels=(1,))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^FEE-4: minimum_usage: expected a MinimumUsage or None, got int"):
        Contract(START, PaymentMethod.BANK_DEBIT, minimum_usage=12)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^WD-2: person: expected a Person, got Contract"):
        plan(CONTRACT, CONTRACT, START)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^TERM-1: contract: expected a Contract, got Person"):
        plan(Person(), Person(), START)  # type: ignore[arg-type]


def test_today_in_the_start_month_with_its_charge_given() -> None:
    c = Contract(START, PaymentMethod.BANK_DEBIT, monthly_charge=5_500, first_month_charge=2_000)
    p = plan(c, Person(), dt.date(2026, 9, 25), horizon=3)
    # September is the last month of the first option (charged in full, WD-1), the first month of the others.
    assert [o.monthly_charges for o in p.options] == [5_500, 2_000 + 5_500, 2_000 + 2 * 5_500]
    assert [o.total for o in p.options] == [25_500, 27_500, 33_000]
    with_installments = attrs.evolve(c, construction=Installments(26_400, 1_100, Month(2026, 9)))
    q = plan(with_installments, Person(), dt.date(2026, 9, 25), horizon=3)
    assert [o.monthly_charges for o in q.options] == [5_500 + 1_100, 7_500 + 2_200, 13_000 + 3_300]


def test_the_collection_steps_are_the_collection_dates_of_the_last_bills() -> None:
    e = explain(plan, CONTRACT, Person(channels=(Channel.WEB,)), dt.date(2029, 7, 10), horizon=6)
    p = e.result
    recorded = [s.outcome for s in e.steps if s.rule_id == "PAY-2" and isinstance(s.outcome, dt.date)]
    expected = []
    for o in p.options:
        expected.append(o.charges[0].collection_date)
        if len(o.charges) > 1:
            expected.append(o.charges[1].collection_date)
    assert recorded == expected
    assert all(c.unknown == () for o in p.options for c in o.charges)  # bank debit: every date is known
    said = [s.say("en") for s in e.steps]
    assert (
        "withdrawing at the end of September 2029: 16,500円 of monthly charges from July 2029 through September "
        "2029, the last of them billed in October 2029, and no one-off charges: 16,500円 in all"
    ) in said


def test_channels_must_be_a_tuple_of_channels() -> None:
    with pytest.raises(TypeError, match=r"^WD-2: channels: expected a tuple of Channel, got str"):
        Person(channels="WEB")  # type: ignore[arg-type]
