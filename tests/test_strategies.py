"""hikari_rules.strategies: each strategy draws what it promises, reaches its edge cases,
and feeds the oracle inputs it accepts (the differential tests a downstream team writes)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from hikari_rules import RuleInputError, billing, payment, withdrawal
from hikari_rules.dates import JST, Month, is_business_day
from hikari_rules.strategies import (
    INVALID_CHANNEL,
    WithdrawalApplication,
    amounts,
    cap_amounts,
    dates,
    forwarding_digits,
    instants,
    invoice_amounts,
    month_end_dates,
    months,
    remote_digits,
    service_start_dates,
    subscriptions,
    withdrawal_applications,
)

D = dt.date
FIND = settings(max_examples=5_000, database=None, suppress_health_check=list(HealthCheck))


def _index(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


# -- dates and months ----------------------------------------------------------------------


@given(month_end_dates())
def test_month_end_dates_sit_on_a_month_boundary(d: dt.date) -> None:
    m = Month.of(d)
    assert d.day in (1, 2, 28, 29, 30, 31) or d == m.last_day


@given(st.data())
def test_dates_and_months_stay_in_range(data: st.DataObject) -> None:
    lo = data.draw(st.dates(D(1990, 1, 1), D(2080, 1, 1)))
    hi = data.draw(st.dates(lo, D(2090, 12, 31)))
    assert lo <= data.draw(dates(lo, hi)) <= hi
    assert Month.of(lo) <= data.draw(months(lo, hi)) <= Month.of(hi)


def test_dates_reach_leap_days_and_year_ends() -> None:
    assert find(service_start_dates(), lambda d: (d.month, d.day) == (2, 29), settings=FIND).day == 29
    assert find(service_start_dates(), lambda d: (d.month, d.day) == (12, 31), settings=FIND).month == 12
    assert find(months(), lambda m: m.month == 12).month == 12


# -- subscriptions: a reference model of CHG-1/CHG-2 against billing -------------------------


def _model_charged_months(purchased: dt.date, cancelled: dt.date) -> int:
    """RULES.md CHG-1/CHG-2, written independently of billing.py."""
    n = _index(cancelled) - _index(purchased) + 1
    if cancelled.day == 1 and _index(cancelled) > _index(purchased):
        n -= 1
    return n


@given(subscriptions(open_ended=False))
def test_billing_agrees_with_a_reference_model_of_chg_1_and_2(sub: tuple[dt.date, dt.date | None]) -> None:
    purchased, cancelled = sub
    assert cancelled is not None
    assert billing.charged_month_count(purchased, cancelled) == _model_charged_months(purchased, cancelled)


@given(subscriptions(), st.integers(0, 60))
def test_every_drawn_subscription_is_one_the_oracle_accepts(sub: tuple[dt.date, dt.date | None], k: int) -> None:
    purchased, cancelled = sub
    assert cancelled is None or purchased <= cancelled
    through = Month.of(purchased) + k
    assert billing.charged_month_count(purchased, cancelled, through=through) >= 0


def test_subscriptions_reach_the_first_of_month_cases() -> None:
    later_first = find(
        subscriptions(),
        lambda s: s[1] is not None and s[1].day == 1 and _index(s[1]) > _index(s[0]),
        settings=FIND,
    )
    assert later_first[1] is not None
    same_day_first = find(subscriptions(), lambda s: s[0].day == 1 and s[1] == s[0], settings=FIND)
    assert same_day_first[0].day == 1
    assert find(subscriptions(), lambda s: s[1] is None, settings=FIND)[1] is None


# -- withdrawal applications ---------------------------------------------------------------


@given(withdrawal_applications())
def test_drawn_applications_use_a_channel_wd_2_allows_and_the_oracle_accepts_them(app: WithdrawalApplication) -> None:
    assert withdrawal.channel_allowed(app.applicant, app.channel)  # type: ignore[arg-type]
    earliest = withdrawal.earliest_withdrawal_month(app.application_date, applicant=app.applicant, channel=app.channel)  # type: ignore[arg-type]
    assert earliest >= Month.of(app.application_date)
    month = withdrawal.effective_withdrawal_month(
        max(app.requested_month, earliest),
        removal_completed_on=app.removal_completed_on,
        reversion_completed_on=app.reversion_completed_on,
    )
    # WD-5: a removal decides the month (later or earlier); otherwise never before the request
    assert month >= (app.requested_month if app.removal_completed_on is None else Month.of(app.removal_completed_on))


@given(withdrawal_applications(channels=INVALID_CHANNEL))
def test_invalid_channel_applications_are_refused(app: WithdrawalApplication) -> None:
    assert not withdrawal.channel_allowed(app.applicant, app.channel)  # type: ignore[arg-type]
    with pytest.raises(RuleInputError):
        withdrawal.withdrawal_month_options(app.application_date, applicant=app.applicant, channel=app.channel)  # type: ignore[arg-type]


@pytest.mark.parametrize("day", [74, 75, 76])
def test_reversions_land_on_each_side_of_day_75(day: int) -> None:
    app = find(
        withdrawal_applications(),
        lambda a: a.reversion_completed_on is not None and (a.reversion_completed_on - a.application_date).days == day,
        settings=FIND,
    )
    assert app.reversion_completed_on is not None


def test_applications_reach_the_20th_rule_and_both_applicants() -> None:
    corp = find(
        withdrawal_applications(),
        lambda a: a.applicant.name == "CORPORATE" and a.channel.name == "PAPER" and a.application_date.day == 21,
        settings=FIND,
    )
    assert corp.application_date.day == 21
    assert find(withdrawal_applications(), lambda a: a.applicant.name == "INDIVIDUAL", settings=FIND)


def test_unknown_channel_selection_is_an_error() -> None:
    with pytest.raises(ValueError, match="channels"):
        find(withdrawal_applications(channels="some"), lambda a: True)


# -- money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("strategy", "value"), [(cap_amounts(), 100_000), (cap_amounts(), 100_001)])
def test_cap_amounts_hit_the_cap_and_one_over(strategy: st.SearchStrategy[int], value: int) -> None:
    assert find(strategy, lambda a: a == value, settings=FIND) == value


@pytest.mark.parametrize("value", [299_999, 300_000, 300_001])
def test_invoice_amounts_hit_both_sides_of_the_biz_2_threshold(value: int) -> None:
    assert find(invoice_amounts(), lambda a: a == value, settings=FIND) == value


@given(invoice_amounts(), invoice_amounts())
def test_drawn_invoice_amounts_never_get_a_barcode_invoice_above_a_bank_only_one(a: int, b: int) -> None:
    smaller, larger = sorted((a, b))
    if payment.invoice_kind(smaller) is payment.InvoiceKind.BANK_ONLY:
        assert payment.invoice_kind(larger) is payment.InvoiceKind.BANK_ONLY


@given(amounts())
def test_amounts_are_whole_non_negative_yen(amount: int) -> None:
    assert type(amount) is int
    assert amount >= 0


# -- instants ----------------------------------------------------------------------------------


@given(instants())
def test_instants_are_aware_and_orders_never_count_before_their_jst_day(at: dt.datetime) -> None:
    assert at.utcoffset() is not None
    jst_day = at.astimezone(JST).date()
    if not dt.date(1949, 1, 1) <= jst_day <= dt.date(2099, 12, 1):
        return
    effective = payment.order_effective_date(at)
    assert effective >= jst_day
    assert is_business_day(effective)


def test_instants_straddle_13_00_jst_in_a_zone_whose_local_date_differs() -> None:
    at = find(
        instants(),
        lambda t: t.astimezone(JST).time() == dt.time(13, 0) and t.date() != t.astimezone(JST).date(),
        settings=FIND,
    )
    assert at.astimezone(JST).hour == 13
    just_before = find(instants(), lambda t: t.astimezone(JST).time() == dt.time(12, 59, 59, 999_999), settings=FIND)
    assert just_before.astimezone(JST).minute == 59


# -- 142 digit strings -------------------------------------------------------------------------

call_forwarding = pytest.importorskip("hikari_rules.call_forwarding")
needs_parser = pytest.mark.skipif(
    not hasattr(call_forwarding, "parse_operation"), reason="call_forwarding is not written yet"
)


@needs_parser
@given(forwarding_digits(valid=True))
def test_valid_142_digits_parse_and_round_trip(digits: str) -> None:
    op = call_forwarding.parse_operation(digits)
    assert call_forwarding.parse_operation(call_forwarding.encode_operation(op)) == op


@needs_parser
@given(forwarding_digits(valid=False))
def test_invalid_142_digits_are_refused(digits: str) -> None:
    with pytest.raises(RuleInputError):
        call_forwarding.parse_operation(digits)


@needs_parser
@given(remote_digits(valid=True))
def test_valid_remote_digits_parse_and_round_trip(digits: str) -> None:
    rop = call_forwarding.parse_remote_operation(digits)
    assert call_forwarding.encode_remote_operation(rop) == digits


@needs_parser
@given(remote_digits(valid=False))
def test_invalid_remote_digits_are_refused(digits: str) -> None:
    with pytest.raises(RuleInputError):
        call_forwarding.parse_remote_operation(digits)


def test_forwarding_digits_mix_valid_and_invalid() -> None:
    # find() raises NoSuchExample when a strategy never draws a matching string.
    find(forwarding_digits(), lambda s: s.startswith("40") and s.endswith("#"), settings=FIND)
    find(forwarding_digits(), lambda s: s.startswith("431") and len(s) != 7, settings=FIND)
    find(remote_digits(), lambda s: "#" not in s, settings=FIND)


def test_application_channels_come_from_the_wd_2_rule_not_a_copy_of_its_table(monkeypatch: pytest.MonkeyPatch) -> None:
    # Were WD-2 to change (here: the web only, for everyone), the strategy follows it.
    monkeypatch.setattr(withdrawal, "channel_allowed", lambda applicant, channel: channel.name == "WEB")
    few = settings(FIND, max_examples=300)
    with pytest.raises(NoSuchExample):
        find(withdrawal_applications(), lambda a: a.channel.name != "WEB", settings=few)
    with pytest.raises(NoSuchExample):
        find(withdrawal_applications(channels=INVALID_CHANNEL), lambda a: a.channel.name == "WEB", settings=few)
