"""WD-1..7, NUM-1..3 and FEE-2: withdrawal timing, number retention and the final charges."""

from __future__ import annotations

import datetime as dt
import enum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, explain
from hikari_rules.contract_term import is_renewal_month
from hikari_rules.dates import JST, Month
from hikari_rules.fees import Dwelling, MinimumUsage
from hikari_rules.strategies import dates, months
from hikari_rules.withdrawal import (
    PROOF_OF_WITHDRAWAL,
    WITHDRAWAL_CERTIFICATE_ISSUED,
    Applicant,
    Channel,
    Charge,
    ChargeKind,
    NumberOrigin,
    ProofDocument,
    Region,
    can_keep_number,
    channel_allowed,
    completion_instant,
    completion_month,
    earliest_removal_date,
    earliest_withdrawal_month,
    effective_withdrawal_month,
    final_charges,
    mypage_available_until,
    needs_analog_reversion,
    number_retained,
    number_retention_deadline,
    proof_of_withdrawal,
    withdrawal_month_options,
)

D = dt.date
IND, CORP = Applicant.INDIVIDUAL, Applicant.CORPORATE
INDIVIDUAL_CHANNELS = (Channel.PHONE, Channel.WEB, Channel.CHAT, Channel.LINE)


class Alien(enum.Enum):
    PHONE = "phone"


allowed_pairs = st.sampled_from(
    [(IND, c) for c in INDIVIDUAL_CHANNELS] + [(CORP, Channel.PHONE), (CORP, Channel.PAPER)]
)
optional_dates = st.one_of(st.none(), dates())


# -- WD-1 ---------------------------------------------------------------------------------------------------


def test_september_3rd_and_20th_both_give_end_of_september_or_october() -> None:
    # 「例えば9月3日に申請しても9月20日に申請しても、退会できるのは9月末退会か10月末退会となります。」
    for day in (3, 20):
        assert withdrawal_month_options(D(2026, 9, day)) == (Month(2026, 9), Month(2026, 10))


def test_application_on_the_last_day_of_the_month_can_still_end_that_month() -> None:
    assert withdrawal_month_options(D(2026, 9, 30)) == (Month(2026, 9), Month(2026, 10))
    assert withdrawal_month_options(D(2024, 2, 29)) == (Month(2024, 2), Month(2024, 3))


def test_december_application_spans_the_year_end() -> None:
    assert withdrawal_month_options(D(2026, 12, 31), channel=Channel.WEB) == (Month(2026, 12), Month(2027, 1))


@given(dates(), allowed_pairs)
def test_options_are_two_consecutive_months_from_the_application_month_on(
    day: dt.date, pair: tuple[Applicant, Channel]
) -> None:
    applicant, channel = pair
    options = withdrawal_month_options(day, applicant=applicant, channel=channel)
    assert len(options) == 2
    assert options[1] - options[0] == 1
    assert options[0] >= Month.of(day)
    assert options[0] - Month.of(day) <= 1
    assert earliest_withdrawal_month(day, applicant=applicant, channel=channel) == options[0]
    if applicant is IND or channel is Channel.PHONE:
        assert options == (Month.of(day), Month.of(day) + 1)


@given(dates())
def test_corporate_phone_follows_wd1(day: dt.date) -> None:
    assert withdrawal_month_options(day, applicant=CORP) == withdrawal_month_options(day)


# -- WD-2 ---------------------------------------------------------------------------------------------------


def test_who_may_use_which_channel() -> None:
    for c in INDIVIDUAL_CHANNELS:
        assert channel_allowed(IND, c)
    assert not channel_allowed(IND, Channel.PAPER)
    assert channel_allowed(CORP, Channel.PHONE)
    assert channel_allowed(CORP, Channel.PAPER)
    # 「オンラインから申請は出来ません。」
    for c in (Channel.WEB, Channel.CHAT, Channel.LINE):
        assert not channel_allowed(CORP, c)


@pytest.mark.parametrize(
    ("applicant", "channel"), [(CORP, Channel.WEB), (CORP, Channel.CHAT), (CORP, Channel.LINE), (IND, Channel.PAPER)]
)
def test_a_channel_the_applicant_may_not_use_is_an_error(applicant: Applicant, channel: Channel) -> None:
    with pytest.raises(RuleInputError, match="WD-2: channel"):
        withdrawal_month_options(D(2026, 9, 3), applicant=applicant, channel=channel)
    with pytest.raises(RuleInputError, match="WD-2: channel"):
        earliest_withdrawal_month(D(2026, 9, 3), applicant=applicant, channel=channel)


def test_channel_allowed_bad_types() -> None:
    for a, c in ((Alien.PHONE, Channel.PHONE), (IND, Alien.PHONE), ("INDIVIDUAL", Channel.PHONE), (IND, None)):
        with pytest.raises(TypeError):
            channel_allowed(a, c)  # type: ignore[arg-type]
    assert explain(channel_allowed, CORP, Channel.WEB).rule_ids == ("WD-2",)


# -- WD-3 ---------------------------------------------------------------------------------------------------


def test_written_application_arriving_on_the_20th_can_end_that_month() -> None:
    # 「毎月20日までにso-netに届いた場合はその月の月末で退会が出来ます」
    opts = withdrawal_month_options(D(2026, 9, 20), applicant=CORP, channel=Channel.PAPER)
    assert opts == (Month(2026, 9), Month(2026, 10))


def test_written_application_arriving_on_the_21st_ends_next_month_at_the_earliest() -> None:
    # 「21日以降に到着した場合は翌月末以降でしか退会できません。」
    opts = withdrawal_month_options(D(2026, 9, 21), applicant=CORP, channel=Channel.PAPER)
    assert opts == (Month(2026, 10), Month(2026, 11))
    assert earliest_withdrawal_month(D(2026, 9, 21), applicant=CORP, channel=Channel.PAPER) == Month(2026, 10)


def test_written_application_arriving_on_december_21st_ends_in_january() -> None:
    assert earliest_withdrawal_month(D(2026, 12, 21), applicant=CORP, channel=Channel.PAPER) == Month(2027, 1)
    assert earliest_withdrawal_month(D(2026, 12, 1), applicant=CORP, channel=Channel.PAPER) == Month(2026, 12)


def _paper(day: dt.date) -> Month:
    return earliest_withdrawal_month(day, applicant=CORP, channel=Channel.PAPER)


@pytest.mark.parametrize(
    ("month", "last"),
    [(Month(2026, 2), 28), (Month(2028, 2), 29), (Month(2026, 4), 30), (Month(2026, 12), 31)],
    ids=["february-28", "leap-february-29", "april-30", "december-31"],
)
def test_paper_cutoff_falls_between_the_20th_and_the_21st_in_months_of_every_length(month: Month, last: int) -> None:
    assert _paper(month.day(1)) == month
    assert _paper(month.day(20)) == month
    assert _paper(month.day(21)) == month + 1
    assert _paper(month.day(last)) == month + 1
    assert withdrawal_month_options(month.day(21), applicant=CORP, channel=Channel.PAPER) == (month + 1, month + 2)


@given(dates(), dates())
def test_a_later_arrival_never_gives_an_earlier_first_option(a: dt.date, b: dt.date) -> None:
    early, late = min(a, b), max(a, b)
    assert _paper(early) <= _paper(late)


@given(dates())
def test_the_first_option_on_paper_is_the_arrival_month_or_the_next(day: dt.date) -> None:
    first = _paper(day)
    assert first in (Month.of(day), Month.of(day) + 1)
    # never earlier than by phone (WD-1), at most one month later
    assert 0 <= first - earliest_withdrawal_month(day, applicant=CORP, channel=Channel.PHONE) <= 1


def test_wd3_explanations() -> None:
    e = explain(withdrawal_month_options, D(2026, 9, 21), applicant=CORP, channel=Channel.PAPER)
    assert e.rule_ids == ("WD-2", "WD-3")
    # by phone WD-2 allows the channel to everyone and WD-1 decides, whatever the day
    assert explain(withdrawal_month_options, D(2026, 9, 21)).rule_ids == ("WD-2", "WD-1")


def test_options_at_the_end_of_the_calendar() -> None:
    assert withdrawal_month_options(D(9999, 11, 30)) == (Month(9999, 11), Month(9999, 12))
    with pytest.raises(RuleInputError, match=r"^WD-1: application_date: .*after 9999-12"):
        withdrawal_month_options(D(9999, 12, 1))
    with pytest.raises(RuleInputError, match=r"^WD-3: application_date: .*after 9999-12"):
        earliest_withdrawal_month(D(9999, 12, 21), applicant=CORP, channel=Channel.PAPER)
    assert earliest_withdrawal_month(D(9999, 12, 20), applicant=CORP, channel=Channel.PAPER) == Month(9999, 12)
    with pytest.raises(RuleInputError, match=r"^WD-3: application_date: .*after 9999-12"):
        withdrawal_month_options(D(9999, 11, 21), applicant=CORP, channel=Channel.PAPER)  # 9999-12 has no successor


def test_a_written_application_arriving_after_december_20th_9999_names_wd3_and_the_application_date() -> None:
    # The earliest month (10000-01) does not exist: the error is the rule's, on its parameter, not Month's.
    with pytest.raises(RuleInputError, match=r"^WD-3: application_date: .*after 9999-12") as err:
        withdrawal_month_options(D(9999, 12, 21), applicant=CORP, channel=Channel.PAPER)
    assert (err.value.rule, err.value.parameter) == ("WD-3", "application_date")


def test_options_across_the_edges_of_the_shared_month_instances() -> None:
    # Month.from_index shares instances for 1900-01..2199-12 and builds the others: same values either side.
    assert withdrawal_month_options(D(2199, 12, 31)) == (Month(2199, 12), Month(2200, 1))
    assert withdrawal_month_options(D(1899, 12, 31)) == (Month(1899, 12), Month(1900, 1))
    assert withdrawal_month_options(D(1, 1, 1)) == (Month(1, 1), Month(1, 2))
    assert withdrawal_month_options(D(2199, 11, 21), applicant=CORP, channel=Channel.PAPER) == (
        Month(2199, 12),
        Month(2200, 1),
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"application_date": dt.datetime(2026, 9, 3, tzinfo=JST)},
        {"application_date": "2026-09-03"},
        {"application_date": Month(2026, 9)},
        {"applicant": "INDIVIDUAL"},
        {"channel": Alien.PHONE},
    ],
)
def test_options_bad_types(kwargs: dict[str, object]) -> None:
    args: dict[str, object] = {"application_date": D(2026, 9, 3)} | kwargs
    with pytest.raises(TypeError):
        withdrawal_month_options(**args)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        earliest_withdrawal_month(**args)  # type: ignore[arg-type]


# -- WD-4 ---------------------------------------------------------------------------------------------------


def test_september_withdrawal_completes_on_october_1st_at_midnight_jst() -> None:
    # 「9月いっぱいでの退会の場合、10月1日0時に退会が完了します。」
    instant = completion_instant(Month(2026, 9))
    assert instant == dt.datetime(2026, 10, 1, 0, 0, tzinfo=JST)
    assert instant.utcoffset() == dt.timedelta(hours=9)
    assert completion_month(Month(2026, 9)) == Month(2026, 10)


def test_december_withdrawal_completes_on_new_years_day() -> None:
    assert completion_instant(D(2026, 12, 15)) == dt.datetime(2027, 1, 1, tzinfo=JST)
    assert completion_month(D(2026, 12, 31)) == Month(2027, 1)


@given(months())
def test_completion_is_always_midnight_jst_on_a_first(month: Month) -> None:
    instant = completion_instant(month)
    local = instant.astimezone(JST)
    assert (local.day, local.hour, local.minute, local.second, local.microsecond) == (1, 0, 0, 0, 0)
    assert Month.of(local.date()) == completion_month(month) == month + 1
    # the last instant of service is still in the withdrawal month
    assert Month.of((instant - dt.timedelta(microseconds=1)).astimezone(JST).date()) == month


def test_completion_after_9999_12_is_an_error() -> None:
    for f in (completion_instant, completion_month):
        with pytest.raises(RuleInputError, match="WD-4: withdrawal_month"):
            f(Month(9999, 12))
        with pytest.raises(TypeError):
            f("2026-09")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            f(dt.datetime(2026, 9, 1))  # type: ignore[arg-type]


# -- WD-5 ---------------------------------------------------------------------------------------------------


def test_removal_can_be_requested_from_6_days_in_the_east_and_10_in_the_west() -> None:
    # 「最短で東日本の方は6日後から、西日本は10日後から希望が出せます。」
    assert earliest_removal_date(D(2026, 9, 3), Region.EAST) == D(2026, 9, 9)
    assert earliest_removal_date(D(2026, 9, 3), Region.WEST) == D(2026, 9, 13)


def test_removal_lead_time_in_calendar_days_across_month_and_leap_day() -> None:
    assert earliest_removal_date(D(2024, 2, 25), Region.EAST) == D(2024, 3, 2)
    assert earliest_removal_date(D(2024, 2, 19), Region.WEST) == D(2024, 2, 29)
    assert earliest_removal_date(D(2026, 12, 28), Region.WEST) == D(2027, 1, 7)


def test_removal_date_errors() -> None:
    with pytest.raises(RuleInputError, match="WD-5"):
        earliest_removal_date(D(9999, 12, 26), Region.EAST)
    assert earliest_removal_date(D(9999, 12, 25), Region.EAST) == D(9999, 12, 31)
    with pytest.raises(TypeError):
        earliest_removal_date(D(2026, 9, 3), "EAST")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        earliest_removal_date(dt.datetime(2026, 9, 3), Region.EAST)  # type: ignore[arg-type]


def test_removal_in_october_makes_october_the_withdrawal_month() -> None:
    # 「9月いっぱいでの退会を申請していたとしても撤去工事が10月になった場合は、…10月分の料金が発生します。」
    assert effective_withdrawal_month(Month(2026, 9), removal_completed_on=D(2026, 10, 2)) == Month(2026, 10)
    assert effective_withdrawal_month(Month(2026, 9), removal_completed_on=D(2026, 9, 30)) == Month(2026, 9)


# -- NUM-3 --------------------------------------------------------------------------------------------------


def test_deadline_is_75_days_after_the_application_day() -> None:
    assert number_retention_deadline(D(2026, 9, 3)) == D(2026, 11, 17)
    assert number_retention_deadline(D(2024, 1, 1)) == D(2024, 3, 16)  # across 29 February
    assert number_retention_deadline(D(2026, 12, 1)) == D(2027, 2, 14)


def test_reversion_on_day_75_keeps_the_number_and_on_day_76_loses_it() -> None:
    app = D(2026, 9, 3)
    assert number_retained(app, app + dt.timedelta(days=75))
    assert not number_retained(app, app + dt.timedelta(days=76))
    assert number_retained(app, app)


def test_no_reversion_loses_the_number() -> None:
    # 「アナログ戻しをせずに退会完了すると電話番号は消滅します。」
    assert not number_retained(D(2026, 9, 3), None)


def test_reversion_before_the_application_counts_as_done_in_time() -> None:
    assert number_retained(D(2026, 9, 3), D(2026, 8, 20))


@given(dates(), dates(), dates())
def test_retention_is_monotone_in_the_reversion_date(app: dt.date, a: dt.date, b: dt.date) -> None:
    early, late = sorted((a, b))
    if number_retained(app, late):
        assert number_retained(app, early)
    assert number_retained(app, late) == (late - app <= dt.timedelta(days=75))


def test_retention_errors() -> None:
    with pytest.raises(RuleInputError, match="NUM-3"):
        number_retention_deadline(D(9999, 12, 1))
    with pytest.raises(RuleInputError, match="NUM-3"):
        number_retained(D(9999, 12, 1), D(9999, 12, 2))
    with pytest.raises(TypeError):
        number_retained(D(2026, 9, 3), "2026-10-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        number_retention_deadline(dt.datetime(2026, 9, 3, tzinfo=JST))  # type: ignore[arg-type]


def test_retention_explanation_cites_the_interpretation() -> None:
    e = explain(number_retained, D(2026, 9, 3), D(2026, 11, 18))
    assert e.rule_ids == ("NUM-3",)
    assert "初日不算入" in e.text("ja")
    assert "Interpretation" in e.text("en")


# -- NUM-1 --------------------------------------------------------------------------------------------------


def test_only_analog_origin_numbers_can_be_kept_by_reversion() -> None:
    # 「もともとNTTのアナログ電話で発番している番号は継続することが出来ます。」
    assert can_keep_number(NumberOrigin.NTT_ANALOG) is True
    assert can_keep_number(NumberOrigin.OTHER) is False
    assert needs_analog_reversion(NumberOrigin.NTT_ANALOG) is True
    assert needs_analog_reversion(NumberOrigin.OTHER) is False


def test_operator_switch_needs_no_reversion() -> None:
    # 「電話番号を継続する場合は必ずアナログ電話に戻す(事業者変更なら不要)」
    for origin in NumberOrigin:
        assert needs_analog_reversion(origin, operator_switch=True) is False
    assert can_keep_number(NumberOrigin.NTT_ANALOG, operator_switch=True) is True
    assert can_keep_number(NumberOrigin.OTHER, operator_switch=True) is None  # the source does not say
    assert "unknown" in explain(can_keep_number, NumberOrigin.OTHER, operator_switch=True).text("en")


def test_num1_bad_types() -> None:
    for f in (can_keep_number, needs_analog_reversion):
        with pytest.raises(TypeError):
            f("NTT_ANALOG")  # type: ignore[operator]
        with pytest.raises(TypeError):
            f(NumberOrigin.OTHER, operator_switch=1)  # type: ignore[operator]


# -- NUM-2 and the effective withdrawal month -----------------------------------------------------------------


def test_withdrawal_waits_for_the_reversion() -> None:
    app = D(2026, 9, 3)
    got = effective_withdrawal_month(Month(2026, 9), reversion_completed_on=D(2026, 10, 15), application_date=app)
    assert got == Month(2026, 10)


def test_a_reversion_after_the_deadline_holds_only_until_the_deadline_month() -> None:
    app = D(2026, 9, 3)  # deadline 2026-11-17
    late = effective_withdrawal_month(Month(2026, 9), reversion_completed_on=D(2027, 1, 10), application_date=app)
    assert late == Month(2026, 11)
    on_time = effective_withdrawal_month(Month(2026, 9), reversion_completed_on=D(2026, 11, 17), application_date=app)
    assert on_time == Month(2026, 11)
    # without the application date the deadline cannot be checked
    assert effective_withdrawal_month(Month(2026, 9), reversion_completed_on=D(2027, 1, 10)) == Month(2027, 1)


def test_requested_month_before_the_application_month_is_an_error() -> None:
    with pytest.raises(RuleInputError, match="WD-1: requested_month"):
        effective_withdrawal_month(Month(2026, 8), application_date=D(2026, 9, 1))
    assert effective_withdrawal_month(Month(2026, 9), application_date=D(2026, 9, 30)) == Month(2026, 9)


def test_removal_before_the_application_is_an_error() -> None:
    with pytest.raises(RuleInputError, match="WD-5: removal_completed_on"):
        effective_withdrawal_month(Month(2026, 9), removal_completed_on=D(2026, 9, 1), application_date=D(2026, 9, 3))


@given(months(), optional_dates, optional_dates)
def test_effective_month_is_the_removal_month_or_the_request_held_by_the_reversion(
    requested: Month, removal: dt.date | None, reversion: dt.date | None
) -> None:
    got = effective_withdrawal_month(requested, removal_completed_on=removal, reversion_completed_on=reversion)
    # WD-5 (interpretation): the removal month replaces the requested month, later or earlier;
    # NUM-2: the reversion can only hold it later.
    base = requested if removal is None else Month.of(removal)
    assert got == max([base] + ([Month.of(reversion)] if reversion is not None else []))


@given(dates(), st.integers(0, 3), st.integers(0, 200), optional_dates)
def test_effective_month_with_application_date_never_passes_the_deadline_month_for_the_reversion(
    app: dt.date, k: int, days: int, removal: dt.date | None
) -> None:
    requested = Month.of(app) + k
    reversion = app + dt.timedelta(days=days)
    if removal is not None and removal < app:
        removal = None
    got = effective_withdrawal_month(
        requested, removal_completed_on=removal, reversion_completed_on=reversion, application_date=app
    )
    deadline = number_retention_deadline(app)
    held = Month.of(min(reversion, deadline))
    assert got == max(held, requested if removal is None else Month.of(removal))
    assert got >= Month.of(app)


def test_effective_month_explanation_names_the_deciding_rule() -> None:
    app = D(2026, 9, 3)
    e = explain(effective_withdrawal_month, Month(2026, 9), removal_completed_on=D(2026, 10, 2))
    assert e.rule_ids == ("WD-1", "WD-5")
    assert e.steps[-1].rule_id == "WD-5"
    e = explain(effective_withdrawal_month, Month(2026, 9), reversion_completed_on=D(2027, 1, 10), application_date=app)
    assert e.rule_ids == ("WD-1", "NUM-3", "NUM-2")
    assert e.steps[-1].rule_id == "NUM-2"
    assert explain(effective_withdrawal_month, Month(2026, 12)).steps[-1].rule_id == "WD-1"


def test_effective_month_bad_types() -> None:
    with pytest.raises(TypeError):
        effective_withdrawal_month("2026-09")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        effective_withdrawal_month(Month(2026, 9), removal_completed_on=Month(2026, 10))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        effective_withdrawal_month(Month(2026, 9), application_date=dt.datetime(2026, 9, 3))  # type: ignore[arg-type]
    with pytest.raises(RuleInputError):
        effective_withdrawal_month(
            Month(9999, 12), reversion_completed_on=D(9999, 12, 31), application_date=D(9999, 12, 1)
        )


# -- WD-6 ---------------------------------------------------------------------------------------------------


def test_september_withdrawal_keeps_my_page_through_march_31() -> None:
    assert mypage_available_until(Month(2026, 9)) == D(2027, 3, 31)


def test_my_page_end_lands_on_a_leap_day_or_a_short_month() -> None:
    assert mypage_available_until(Month(2023, 8)) == D(2024, 2, 29)
    assert mypage_available_until(Month(2022, 8)) == D(2023, 2, 28)
    assert mypage_available_until(Month(2026, 12)) == D(2027, 6, 30)


@given(months())
def test_my_page_is_available_for_six_whole_months_after_completion(month: Month) -> None:
    until = mypage_available_until(month)
    assert until == (month + 6).last_day
    assert (until + dt.timedelta(days=1)).day == 1
    assert Month.of(until) - completion_month(month) == 5


def test_my_page_errors() -> None:
    with pytest.raises(RuleInputError, match="WD-6"):
        mypage_available_until(Month(9999, 7))
    assert mypage_available_until(Month(9999, 6)) == D(9999, 12, 31)
    with pytest.raises(TypeError):
        mypage_available_until(None)  # type: ignore[arg-type]


# -- WD-7 ---------------------------------------------------------------------------------------------------


def test_no_certificate_the_email_or_the_fee_statement_proves_withdrawal() -> None:
    # 「退会したという証明になるものとすれば「退会完了メール」か「違約金明細書」になります。」
    assert WITHDRAWAL_CERTIFICATE_ISSUED is False
    assert proof_of_withdrawal() == PROOF_OF_WITHDRAWAL == (ProofDocument.COMPLETION_EMAIL, ProofDocument.FEE_STATEMENT)
    assert explain(proof_of_withdrawal).rule_ids == ("WD-7",)


# -- FEE-2: the final charges -----------------------------------------------------------------------------------


def test_september_withdrawal_bills_september_in_october_and_the_fee_in_november() -> None:
    # 「9月いっぱいで退会する場合は、9月利用分は10月に請求されます。そして違約金などは10月分として11月に請求されます。」
    charges = final_charges(D(2025, 1, 10), Month(2026, 9), construction_total=26_400, construction_paid=22_000)
    assert charges == (
        Charge(ChargeKind.MONTHLY_USAGE, None, Month(2026, 9), Month(2026, 10)),
        Charge(ChargeKind.CANCELLATION_FEE, 20_000, Month(2026, 10), Month(2026, 11)),
        Charge(ChargeKind.CONSTRUCTION_BALANCE, 4_400, Month(2026, 10), Month(2026, 11)),
    )


def test_renewal_month_withdrawal_leaves_only_the_last_usage() -> None:
    charges = final_charges(D(2023, 9, 1), Month(2026, 9), construction_total=26_400, construction_paid=26_400)
    assert charges == (Charge(ChargeKind.MONTHLY_USAGE, None, Month(2026, 9), Month(2026, 10)),)


def test_minimum_usage_penalty_and_new_regime_fee() -> None:
    charges = final_charges(
        D(2026, 1, 5),
        Month(2026, 12),
        applied_on=D(2025, 12, 1),
        dwelling=Dwelling.APARTMENT,
        minimum_usage=MinimumUsage(24, 10_000),
    )
    assert [(c.kind, c.amount) for c in charges] == [
        (ChargeKind.MONTHLY_USAGE, None),
        (ChargeKind.CANCELLATION_FEE, 3_480),
        (ChargeKind.MINIMUM_USAGE_PENALTY, 10_000),
    ]
    assert {c.billing_month for c in charges[1:]} == {Month(2027, 2)}


@given(
    dates(),
    st.integers(0, 200),
    st.integers(0, 50_000),
    st.integers(0, 50_000),
    st.one_of(st.none(), st.builds(MinimumUsage, st.integers(1, 48), st.integers(0, 30_000))),
)
def test_final_charges_shape(start: dt.date, k: int, total: int, paid: int, minimum: MinimumUsage | None) -> None:
    w = Month.of(start) + k
    charges = final_charges(start, w, construction_total=total, construction_paid=paid, minimum_usage=minimum)
    usage, *one_off = charges
    assert usage == Charge(ChargeKind.MONTHLY_USAGE, None, w, w + 1)
    for c in one_off:
        assert c.amount is not None
        assert c.amount > 0
        assert c.charge_month == completion_month(w)
        assert c.billing_month == w + 2
    kinds = [c.kind for c in one_off]
    assert kinds == sorted(set(kinds), key=list(ChargeKind).index)  # fee, balance, penalty, each at most once
    assert (ChargeKind.CANCELLATION_FEE in kinds) == (not is_renewal_month(start, w))
    assert (ChargeKind.CONSTRUCTION_BALANCE in kinds) == (total > paid)


def test_final_charges_explanation() -> None:
    e = explain(final_charges, D(2025, 1, 10), Month(2026, 9), construction_total=26_400, construction_paid=22_000)
    assert e.rule_ids[:2] == ("WD-1", "FEE-2")
    for rid in ("TERM-1", "FEE-1", "FEE-7", "FEE-3", "FEE-4"):
        assert rid in e.rule_ids
    assert e.steps[-1].rule_id == "FEE-2"


@pytest.mark.parametrize(
    ("kwargs", "exc"),
    [
        ({"withdrawal_month": Month(2024, 12)}, RuleInputError),
        ({"withdrawal_month": Month(9999, 11)}, RuleInputError),
        ({"construction_total": -1}, RuleInputError),
        ({"construction_paid": True}, TypeError),
        ({"applied_on": D(2023, 1, 1)}, RuleInputError),
        ({"dwelling": "HOUSE"}, TypeError),
        ({"minimum_usage": 12}, TypeError),
        ({"term": None}, TypeError),
        ({"service_start": dt.datetime(2025, 1, 10, tzinfo=JST)}, TypeError),
    ],
)
def test_final_charges_bad_inputs(kwargs: dict[str, object], exc: type[Exception]) -> None:
    args: dict[str, object] = {"service_start": D(2025, 1, 10), "withdrawal_month": Month(2026, 9)} | kwargs
    with pytest.raises(exc):
        final_charges(**args)  # type: ignore[arg-type]


def test_charge_is_frozen_and_hashable() -> None:
    c = Charge(ChargeKind.CANCELLATION_FEE, 20_000, Month(2026, 10), Month(2026, 11))
    assert hash(c) == hash(Charge(ChargeKind.CANCELLATION_FEE, 20_000, Month(2026, 10), Month(2026, 11)))
    with pytest.raises(AttributeError):
        c.amount = 0  # type: ignore[misc]


# -- what the explanations say (issue 12: decided once, said at the boundary, in both languages) ---------------


def _said(e: object, lang: str = "en") -> list[str]:
    return [s.say(lang) for s in e.steps]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("day", "clause_en", "first"),
    [
        (20, "on or before the 20th: withdrawal at the end of September 2026 or later", Month(2026, 9)),
        (21, "the 21st or later: withdrawal at the end of October 2026 at the earliest", Month(2026, 10)),
    ],
)
def test_wd3_boundary_is_explained_by_the_clause_that_decided(day: int, clause_en: str, first: Month) -> None:
    for f in (withdrawal_month_options, earliest_withdrawal_month):
        e = explain(f, D(2026, 9, day), applicant=CORP, channel=Channel.PAPER)
        assert e.rule_ids == ("WD-2", "WD-3")
        assert e.steps[-1].outcome == first
        assert clause_en in e.steps[-1].say("en")
        assert e.steps[0].say("en") == "a corporate contract may apply for withdrawal in writing"


def test_wd3_in_japanese() -> None:
    e = explain(withdrawal_month_options, D(2026, 9, 20), applicant=CORP, channel=Channel.PAPER)
    assert _said(e, "ja") == [
        "法人契約は書面で退会を申請できる",
        "退会申請書が2026年9月20日(20日まで)にSo-netに届いたため、2026年9月末以降で退会できる",
    ]
    e = explain(withdrawal_month_options, D(2026, 9, 21), applicant=CORP, channel=Channel.PAPER)
    assert _said(e, "ja")[-1] == (
        "退会申請書が2026年9月21日(21日以降)にSo-netに届いたため、退会できるのは2026年10月末以降(消印日は考慮しない)"
    )
    assert "質問: 法人契約が2026年9月21日に書面で申請すると、どの月末で退会できるか\n" in e.text("ja")


def test_wd1_says_both_month_ends() -> None:
    e = explain(withdrawal_month_options, D(2026, 9, 3))
    assert (
        _said(e, "ja")[-1]
        == "2026年9月3日の申請のため、退会は2026年9月末か2026年10月末(最終月の料金は満額で、日割りなし)"
    )
    assert _said(e)[-1] == (
        "applied for on 3 September 2026: withdrawal at the end of September 2026 or at the end of October 2026, "
        "the last month charged in full (no proration)"
    )


def test_a_refused_channel_is_said_with_labels_not_identifiers() -> None:
    e = explain(channel_allowed, CORP, Channel.WEB)
    assert e.result is False
    assert _said(e) == ["a corporate contract may not apply for withdrawal on the web: only by phone, in writing"]
    assert _said(e, "ja") == ["法人契約はWebで退会を申請できない(申請できるのは電話、書面のみ)"]
    assert _said(explain(channel_allowed, IND, Channel.LINE), "ja") == ["個人はLINEで退会を申請できる"]
    with pytest.raises(RuleInputError) as err:
        withdrawal_month_options(D(2026, 9, 3), applicant=IND, channel=Channel.PAPER)
    assert (err.value.rule, err.value.parameter) == ("WD-2", "channel")
    assert "PAPER" not in str(err.value)
    assert "in writing" in str(err.value)


def test_effective_month_removal_replaces_the_requested_month_earlier_or_later() -> None:
    app = D(2026, 9, 3)
    later = explain(effective_withdrawal_month, Month(2026, 9), removal_completed_on=D(2026, 10, 2))
    earlier = explain(
        effective_withdrawal_month, Month(2026, 10), removal_completed_on=D(2026, 9, 28), application_date=app
    )
    assert (later.result, earlier.result) == (Month(2026, 10), Month(2026, 9))
    for e in (later, earlier):
        assert e.steps[-1].rule_id == "WD-5"
        assert e.steps[-1].outcome == e.result
    assert _said(earlier, "ja") == [
        "2026年10月末で退会を希望",
        "撤去工事が2026年9月28日に完了し、希望の2026年10月より前のため、退会が早まる。"
        "退会月は工事完了月の2026年9月で(解釈)、その月の料金は満額",
    ]
    assert later.steps[-1].say("en") == (
        "removal construction was completed on 2 October 2026, later than the requested September 2026: the "
        "withdrawal month becomes the month of completion, October 2026, charged in full whether used or not"
    )
    same = explain(effective_withdrawal_month, Month(2026, 9), removal_completed_on=D(2026, 9, 25))
    assert (same.result, same.rule_ids) == (Month(2026, 9), ("WD-1", "WD-5"))
    assert "in the requested month" in same.steps[-1].say("en")


def test_effective_month_reversion_holds_until_the_deadline() -> None:
    app = D(2026, 9, 3)
    e = explain(effective_withdrawal_month, Month(2026, 9), reversion_completed_on=D(2027, 1, 10), application_date=app)
    assert [s.rule_id for s in e.steps] == ["WD-1", "NUM-3", "NUM-2", "NUM-2"]
    assert e.steps[1].outcome == D(2026, 11, 17)
    assert _said(e, "ja")[1] == (
        "アナログ戻しは2026年9月3日の退会申請から75日以内(初日不算入)に完了する必要があり、期限は2026年11月17日"
    )
    assert _said(e, "ja")[-1] == "2026年11月17日まで退会できないため、退会月は2026年9月より後の2026年11月となる"
    # on the deadline itself: in time, holds until then
    e = explain(
        effective_withdrawal_month, Month(2026, 9), reversion_completed_on=D(2026, 11, 17), application_date=app
    )
    assert "by the deadline 17 November 2026" in e.steps[2].say("en")
    # a reversion within the requested month does not move it
    e = explain(effective_withdrawal_month, Month(2026, 9), reversion_completed_on=D(2026, 9, 25))
    assert e.result == Month(2026, 9)
    assert "the 75-day deadline was not checked" in e.steps[1].say("en")
    assert e.steps[-1].say("en") == (
        "withdrawal waits until 25 September 2026, within September 2026: the withdrawal month stays September 2026"
    )


@pytest.mark.parametrize(
    ("reversion", "kept", "said"),
    [
        (
            D(2026, 11, 17),
            True,
            "アナログ戻しが2026年11月17日に完了し、期限の2026年11月17日に間に合ったため、番号は継続する",
        ),
        (
            D(2026, 11, 18),
            False,
            "アナログ戻しの完了(2026年11月18日)が期限の2026年11月17日を過ぎたため、番号は消滅し、復活できない",
        ),
        (None, False, "アナログ戻しをしないまま退会が完了すると番号は消滅し、復活できない"),
    ],
)
def test_num3_deadline_boundary_in_japanese(reversion: dt.date | None, kept: bool, said: str) -> None:
    e = explain(number_retained, D(2026, 9, 3), reversion)
    assert e.result is kept
    assert [s.rule_id for s in e.steps] == ["NUM-3", "NUM-3"]
    assert _said(e, "ja")[-1] == said


def test_num1_clauses() -> None:
    assert _said(explain(can_keep_number, NumberOrigin.NTT_ANALOG), "ja") == [
        "NTTのアナログ電話で発番した番号は、ユーザー自身がNTTにアナログ戻しを申請すれば継続できる"
    ]
    assert _said(explain(can_keep_number, NumberOrigin.OTHER)) == [
        "a number not first issued for an NTT analog line cannot be kept after withdrawal: only numbers first "
        "issued for an NTT analog line can"
    ]
    assert _said(explain(needs_analog_reversion, NumberOrigin.OTHER, operator_switch=True), "ja") == [
        "事業者変更ならアナログ戻しは不要"
    ]
    e = explain(needs_analog_reversion, NumberOrigin.OTHER)
    assert (e.result, _said(e, "ja")) == (
        False,
        ["NTTのアナログ電話以外で発番した番号はアナログ戻しをしても継続できない"],
    )


def test_wd4_wd5_wd6_wd7_wd8_in_japanese() -> None:
    assert _said(explain(completion_instant, Month(2026, 9)), "ja") == [
        "2026年9月末の退会は2026年10月1日 0時00分(日本時間)に完了し、退会完了月は2026年10月"
    ]
    assert _said(explain(earliest_removal_date, D(2026, 9, 26), Region.WEST), "ja") == [
        "NTT西日本のエリアでは撤去工事を申請日の10日後から希望できるため、2026年9月26日の申請なら2026年10月6日から"
    ]
    assert _said(explain(mypage_available_until, Month(2026, 9)), "ja") == [
        "2026年9月末の退会のため、マイページは6カ月間、2027年3月31日まで利用できる"
    ]
    assert _said(explain(proof_of_withdrawal), "ja") == [
        "So-netは退会証明書を発行しない。代わりに退会の証明になるもの: 「退会完了メール」、「違約金明細書」"
    ]
    from hikari_rules.withdrawal import operator_switch_withdrawal_month

    e = explain(operator_switch_withdrawal_month, D(2026, 10, 14))
    assert (e.rule_ids, e.result) == (("WD-8",), Month(2026, 10))
    assert _said(e, "ja") == [
        "移行先の事業者で2026年10月14日に開通(事業者変更日)し、その時点でSo-netは退会となる。"
        "退会月は2026年10月で、その月の料金は満額(解釈: 日割りなし)"
    ]
    with pytest.raises(RuleInputError) as err:
        operator_switch_withdrawal_month(D(2026, 10, 14), approval_requested_on=D(2026, 10, 15))
    assert (err.value.rule, err.value.parameter) == ("WD-8", "switch_date")


def test_final_charges_say_when_each_charge_is_billed() -> None:
    e = explain(final_charges, D(2024, 4, 10), Month(2026, 9))
    assert _said(e, "ja")[:2] == [
        "最終月の2026年9月の料金は満額(日割りなし)。金額はプランの月額料金で、ここでは不明",
        "2026年9月分の利用料金は翌月の2026年10月に請求される",
    ]
    assert _said(e, "ja")[-1] == (
        "2026年10月1日 0時00分(日本時間)の退会完了時に違約金などが発生し、2026年10月分として2026年11月に請求される"
    )
    # in a renewal month (contract months 37, 38) there is nothing one-off
    e = explain(final_charges, D(2023, 9, 10), Month(2026, 9))
    assert e.result == (Charge(ChargeKind.MONTHLY_USAGE, None, Month(2026, 9), Month(2026, 10)),)
    assert e.steps[-1].say("en") == "no one-off charge is due after withdrawal"


@pytest.mark.parametrize(
    ("func", "args", "kwargs", "rule", "parameter"),
    [
        (withdrawal_month_options, (D(2026, 9, 3),), {"applicant": CORP, "channel": Channel.CHAT}, "WD-2", "channel"),
        (withdrawal_month_options, (D(9999, 12, 1),), {}, "WD-1", "application_date"),
        (earliest_withdrawal_month, (D(9999, 12, 21),), {"applicant": CORP, "channel": Channel.PAPER}, "WD-3",
         "application_date"),
        (completion_month, (Month(9999, 12),), {}, "WD-4", "withdrawal_month"),
        (earliest_removal_date, (D(9999, 12, 30), Region.EAST), {}, "WD-5", "application_date"),
        (number_retention_deadline, (D(9999, 12, 1),), {}, "NUM-3", "application_date"),
        (effective_withdrawal_month, (Month(2026, 8),), {"application_date": D(2026, 9, 1)}, "WD-1",
         "requested_month"),
        (effective_withdrawal_month, (Month(2026, 9),),
         {"removal_completed_on": D(2026, 9, 1), "application_date": D(2026, 9, 3)}, "WD-5", "removal_completed_on"),
        (mypage_available_until, (Month(9999, 7),), {}, "WD-6", "withdrawal_month"),
        (final_charges, (D(2025, 1, 10), Month(9999, 11)), {}, "FEE-2", "withdrawal_month"),
        (final_charges, (D(2025, 1, 10), Month(2026, 9)), {"construction_total": -1}, "FEE-3", "construction_total"),
    ],
)  # fmt: skip
def test_errors_name_the_rule_and_the_parameter(
    func: object, args: tuple[object, ...], kwargs: dict[str, object], rule: str, parameter: str
) -> None:
    with pytest.raises(RuleInputError) as err:
        func(*args, **kwargs)  # type: ignore[operator]
    assert (err.value.rule, err.value.parameter) == (rule, parameter)
    # an explanation of the same call fails the same way
    with pytest.raises(RuleInputError) as err2:
        explain(func, *args, **kwargs)  # type: ignore[arg-type]
    assert (err2.value.rule, err2.value.parameter) == (rule, parameter)


# -- what mutation testing found unchecked: each step's outcome and facts, each message -------------------


def _outcomes(e: object) -> list[tuple[str, object]]:
    return [(s.rule_id, s.outcome) for s in e.steps]  # type: ignore[attr-defined]


def test_every_step_records_the_outcome_it_decided() -> None:
    assert _outcomes(explain(channel_allowed, IND, Channel.CHAT)) == [("WD-2", True)]
    assert _outcomes(explain(channel_allowed, CORP, Channel.LINE)) == [("WD-2", False)]
    assert _outcomes(explain(withdrawal_month_options, D(2026, 9, 3))) == [
        ("WD-2", True),
        ("WD-1", (Month(2026, 9), Month(2026, 10))),
    ]
    e = explain(completion_month, Month(2026, 9))
    assert _outcomes(e) == [("WD-4", Month(2026, 10))]
    assert dict(e.steps[0].inputs)["instant"] == dt.datetime(2026, 10, 1, tzinfo=JST)
    app = D(2026, 9, 3)
    e = explain(effective_withdrawal_month, Month(2026, 9), reversion_completed_on=D(2026, 9, 25))
    assert _outcomes(e) == [("WD-1", Month(2026, 9)), ("NUM-2", D(2026, 9, 25)), ("NUM-2", Month(2026, 9))]
    assert dict(e.steps[1].inputs) == {"reversion_completed_on": D(2026, 9, 25)}
    e = explain(effective_withdrawal_month, Month(2026, 9), reversion_completed_on=D(2026, 10, 5), application_date=app)
    assert _outcomes(e) == [
        ("WD-1", Month(2026, 9)),
        ("NUM-3", D(2026, 11, 17)),
        ("NUM-2", D(2026, 10, 5)),
        ("NUM-2", Month(2026, 10)),
    ]
    assert dict(e.steps[2].inputs) == {"reversion_completed_on": D(2026, 10, 5), "deadline": D(2026, 11, 17)}
    e = explain(effective_withdrawal_month, Month(2026, 9), reversion_completed_on=D(2027, 1, 10), application_date=app)
    assert _outcomes(e)[2] == ("NUM-2", D(2026, 11, 17))
    assert dict(e.steps[2].inputs) == {"reversion_completed_on": D(2027, 1, 10), "deadline": D(2026, 11, 17)}


@pytest.mark.parametrize(
    ("call", "kind", "message"),
    [
        (lambda: channel_allowed("INDIVIDUAL", Channel.PHONE), TypeError,
         "WD-2: applicant: expected Applicant, got str"),
        (lambda: channel_allowed(IND, "PHONE"), TypeError, "WD-2: channel: expected Channel, got str"),
        (lambda: completion_month("2026-09"), TypeError, "WD-4: withdrawal_month: expected a datetime.date, got str"),
        (lambda: can_keep_number(NumberOrigin.OTHER, operator_switch=1), TypeError,
         "NUM-1: operator_switch: expected a bool, got int"),
        (lambda: withdrawal_month_options(D(2026, 9, 3), applicant=IND, channel=Channel.PAPER), RuleInputError,
         "WD-2: channel: an individual cannot apply for withdrawal in writing "
         "(only by phone, on the web, by chat, through LINE)"),
        (lambda: number_retention_deadline(D(9999, 12, 1)), RuleInputError,
         "NUM-3: application_date: 9999-12-01 + 75 days is after 9999-12-31"),
        (lambda: earliest_removal_date(D(9999, 12, 30), Region.EAST), RuleInputError,
         "WD-5: application_date: 9999-12-30 + 6 days is after 9999-12-31"),
        (lambda: completion_month(Month(9999, 12)), RuleInputError,
         "WD-4: withdrawal_month: the result would be after 9999-12 (the last month a date can have)"),
        (lambda: effective_withdrawal_month(Month(2026, 8), application_date=D(2026, 9, 1)), RuleInputError,
         "WD-1: requested_month: 2026-08 is before the month of the application (2026-09-01)"),
        (lambda: effective_withdrawal_month(Month(2026, 9), removal_completed_on=D(2026, 9, 1),
                                            application_date=D(2026, 9, 3)), RuleInputError,
         "WD-5: removal_completed_on: removal construction completed on 2026-09-01, before the application on "
         "2026-09-03"),
    ],
)  # fmt: skip
def test_error_messages(call: object, kind: type[Exception], message: str) -> None:
    with pytest.raises(kind) as err:
        call()  # type: ignore[operator]
    assert str(err.value) == message
