"""Month arithmetic and the Japanese business-day calendar."""

from __future__ import annotations

import datetime as dt

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError
from hikari_rules.dates import (
    CALENDAR_FIRST_DAY,
    CALENDAR_LAST_DAY,
    JST,
    Month,
    _in_year_end_closure,
    holiday_name,
    is_business_day,
    is_public_holiday,
    is_year_end_closure,
    jst_date,
    next_business_day,
    nth_business_day,
)
from hikari_rules.strategies import calendar_dates, dates, months

D = dt.date


# -- Month ---------------------------------------------------------------------------


def test_month_text_round_trip_and_arithmetic_across_year_end() -> None:
    m = Month.parse("2026-12")
    assert str(m) == "2026-12"
    assert m + 1 == Month(2027, 1)
    assert Month(2027, 1) - 1 == Month(2026, 12)
    assert Month(2027, 1) - Month(2026, 12) == 1
    assert Month(2024, 2).last_day == D(2024, 2, 29)
    assert Month(2100, 2).last_day == D(2100, 2, 28)
    assert Month(2000, 2).last_day == D(2000, 2, 29)


@pytest.mark.parametrize(
    "text", ["2026-9", "2026-13", "2026-00", "26-09", "2026-09-01", "２０２６-０９", " 2026-09", ""]
)
def test_month_parse_accepts_exactly_yyyy_mm(text: str) -> None:
    with pytest.raises(RuleInputError):
        Month.parse(text)


@pytest.mark.parametrize(("year", "month"), [(2026, 0), (2026, 13), (0, 1), (10000, 1)])
def test_month_rejects_out_of_range_numbers(year: int, month: int) -> None:
    with pytest.raises(RuleInputError):
        Month(year, month)


@pytest.mark.parametrize(("year", "month"), [(True, 1), (2026, True), (2026.0, 9), ("2026", 9)])
def test_month_rejects_non_int_parts(year: object, month: object) -> None:
    with pytest.raises(TypeError):
        Month(year, month)  # type: ignore[arg-type]


def test_month_of_rejects_datetime() -> None:
    with pytest.raises(TypeError):
        Month.of(dt.datetime(2026, 9, 30, 23, 0, tzinfo=JST))


def test_month_arithmetic_leaving_the_calendar_is_a_rule_input_error() -> None:
    with pytest.raises(RuleInputError):
        Month(9999, 12) + 1
    with pytest.raises(RuleInputError):
        Month(1, 1) - 1


@given(months(), st.integers(-2400, 2400))
def test_month_add_then_subtract_round_trips(m: Month, n: int) -> None:
    assert (m + n) - n == m
    assert (m + n) - m == n


@given(months())
def test_month_text_round_trips(m: Month) -> None:
    assert Month.parse(str(m)) == m


@given(dates())
def test_month_of_contains_the_date(d: dt.date) -> None:
    m = Month.of(d)
    assert m.first_day <= d <= m.last_day
    assert (m + 1).first_day == m.last_day + dt.timedelta(days=1)


@given(months(), months())
def test_month_order_agrees_with_difference(a: Month, b: Month) -> None:
    assert (a < b) == (b - a > 0)
    assert (a == b) == (b - a == 0)


# -- business days: examples ------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2026, 11, 24), True),  # Tuesday
        (D(2026, 11, 23), False),  # 勤労感謝の日 (Monday)
        (D(2026, 11, 21), False),  # Saturday
        (D(2026, 9, 21), False),  # 敬老の日
        (D(2026, 9, 22), False),  # 国民の休日 between two holidays
        (D(2026, 9, 23), False),  # 秋分の日
        (D(2026, 5, 6), False),  # 振替休日 for 憲法記念日 on a Sunday
        (D(2025, 12, 29), False),  # Monday, year-end closure
        (D(2025, 12, 26), True),  # last business day of 2025
        (D(2026, 1, 2), False),  # Friday, year-end closure
        (D(2026, 1, 5), True),  # first business day of 2026
        (D(2026, 1, 12), False),  # 成人の日
        (D(2024, 2, 29), True),  # leap day, a Thursday
    ],
)
def test_is_business_day_on_known_days(day: dt.date, expected: bool) -> None:
    assert is_business_day(day) is expected


def test_golden_week_rolls_to_the_thursday() -> None:
    # 2026: 5/3 Sun (憲法記念日), 5/4 Mon, 5/5 Tue, 5/6 Wed (振替休日).
    for day in (D(2026, 5, 2), D(2026, 5, 3), D(2026, 5, 4), D(2026, 5, 5), D(2026, 5, 6)):
        assert next_business_day(day) == D(2026, 5, 7)


def test_silver_week_2026_rolls_past_five_days_off() -> None:
    assert next_business_day(D(2026, 9, 19)) == D(2026, 9, 24)


def test_year_end_closure_rolls_into_january() -> None:
    assert next_business_day(D(2026, 12, 28)) == D(2026, 12, 28)  # a Monday before the closure
    assert next_business_day(D(2026, 12, 29)) == D(2027, 1, 4)


@pytest.mark.parametrize(
    ("month", "day", "closed"),
    [(12, 28, False), (12, 29, True), (12, 31, True), (1, 1, True), (1, 3, True), (1, 4, False), (11, 29, False)],
)
def test_the_year_end_closure_is_december_29th_to_january_3rd(month: int, day: int, closed: bool) -> None:
    # The one predicate the business-day calendar and the desks' YEAR_END closure share.
    assert _in_year_end_closure(month, day) is closed
    assert is_year_end_closure(D(2026 if month > 1 else 2027, month, day)) is closed


def test_nth_business_day_examples() -> None:
    assert nth_business_day(Month(2026, 10), 1) == D(2026, 10, 1)
    assert nth_business_day(Month(2026, 10), 3) == D(2026, 10, 5)
    assert nth_business_day(D(2027, 1, 31), 1) == D(2027, 1, 4)
    assert nth_business_day(Month(2026, 5), 1) == D(2026, 5, 1)
    assert nth_business_day(Month(2026, 5), 2) == D(2026, 5, 7)


def test_the_business_day_count_tables_agree_with_the_calendar_in_every_month() -> None:
    # nth_business_day is two look-ups in tables built at import: check them against is_business_day
    # for every month the calendar covers (1949-01..2099-12), including the last business day.
    from hikari_rules import dates

    m = Month.of(CALENDAR_FIRST_DAY)
    while m <= Month.of(CALENDAR_LAST_DAY):
        business = [d for d in (m.first_day + dt.timedelta(days=i) for i in range(m.days)) if is_business_day(d)]
        start = m.first_day.toordinal() - CALENDAR_FIRST_DAY.toordinal()
        assert dates._COUNT_BEFORE[start + m.days] - dates._COUNT_BEFORE[start] == len(business), m
        assert nth_business_day(m, len(business)) == business[-1]
        with pytest.raises(RuleInputError, match=f"{m} has only {len(business)} business days"):
            nth_business_day(m, len(business) + 1)
        m += 1
    with pytest.raises(RuleInputError, match="outside the holiday calendar"):
        nth_business_day(m, 1)  # 2100-01
    with pytest.raises(RuleInputError, match="outside the holiday calendar"):
        nth_business_day(Month(1948, 12), 1)


def test_nth_business_day_beyond_the_month_is_an_error() -> None:
    count = sum(is_business_day(D(2026, 2, d)) for d in range(1, 29))
    assert nth_business_day(Month(2026, 2), count).month == 2
    with pytest.raises(RuleInputError, match="business day"):
        nth_business_day(Month(2026, 2), count + 1)
    with pytest.raises(RuleInputError):
        nth_business_day(Month(2026, 2), 0)


def test_calendar_edges_raise_rather_than_guess() -> None:
    with pytest.raises(RuleInputError):
        is_business_day(CALENDAR_FIRST_DAY - dt.timedelta(days=1))
    with pytest.raises(RuleInputError):
        is_business_day(CALENDAR_LAST_DAY + dt.timedelta(days=1))
    with pytest.raises(RuleInputError):
        next_business_day(CALENDAR_LAST_DAY)  # 2099-12-31 is in the closure; 2100 is not covered


@pytest.mark.parametrize("bad", [dt.datetime(2026, 9, 1, 12, tzinfo=JST), "2026-09-01", 20260901, None])
def test_business_day_functions_reject_non_dates(bad: object) -> None:
    with pytest.raises(TypeError):
        is_business_day(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        next_business_day(bad)  # type: ignore[arg-type]


def test_jst_date_converts_instants_and_rejects_naive_ones() -> None:
    utc_evening = dt.datetime(2026, 9, 30, 15, 0, tzinfo=dt.UTC)  # 1 October 00:00 JST
    assert jst_date(utc_evening) == D(2026, 10, 1)
    with pytest.raises(RuleInputError, match="naive"):
        jst_date(dt.datetime(2026, 9, 30, 15, 0))


# -- business days: properties ------------------------------------------------------------

_JP = holidays.country_holidays("JP")


@given(calendar_dates())
def test_business_day_is_the_catalog_definition(d: dt.date) -> None:
    closure = (d.month == 12 and d.day >= 29) or (d.month == 1 and d.day <= 3)
    assert is_business_day(d) == (d.weekday() < 5 and d not in _JP and not closure)


@given(calendar_dates())
def test_public_holidays_are_those_of_the_holidays_package(d: dt.date) -> None:
    # An independent calendar for the year alone: no shared precomputed table.
    assert is_public_holiday(d) == (d in holidays.country_holidays("JP", years=d.year))
    if is_public_holiday(d):
        assert not is_business_day(d)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2026, 11, 23), True),  # 勤労感謝の日 (national holiday)
        (D(2026, 5, 6), True),  # 振替休日: 憲法記念日 fell on a Sunday
        (D(2026, 9, 22), True),  # 国民の休日 between 敬老の日 and 秋分の日
        (D(2019, 5, 1), True),  # 天皇の即位の日 (a one-off holiday by law)
        (D(2026, 11, 22), False),  # a Sunday that is no holiday
        (D(2026, 12, 31), False),  # year-end closure: not a business day, yet no public holiday
        (D(2027, 1, 2), False),
    ],
)
def test_is_public_holiday_on_known_days(day: dt.date, expected: bool) -> None:
    assert is_public_holiday(day) is expected


def test_is_public_holiday_errors_as_is_business_day() -> None:
    for outside in (CALENDAR_FIRST_DAY - dt.timedelta(days=1), CALENDAR_LAST_DAY + dt.timedelta(days=1)):
        with pytest.raises(RuleInputError, match="outside the holiday calendar"):
            is_public_holiday(outside)
    for bad in (dt.datetime(2026, 9, 22, tzinfo=JST), "2026-09-22", None):
        with pytest.raises(TypeError):
            is_public_holiday(bad)  # type: ignore[arg-type]


@given(dates(D(1949, 1, 1), D(2099, 12, 20)))
def test_next_business_day_is_the_first_one_on_or_after(d: dt.date) -> None:
    nxt = next_business_day(d)
    assert nxt >= d
    assert is_business_day(nxt)
    day = d
    while day < nxt:
        assert not is_business_day(day)
        day += dt.timedelta(days=1)
    assert next_business_day(nxt) == nxt


@given(months(D(1949, 1, 1), D(2099, 12, 1)), st.integers(1, 23))
def test_nth_business_day_counts_business_days_of_the_month(m: Month, n: int) -> None:
    business = [d for d in (m.first_day + dt.timedelta(days=i) for i in range(m.days)) if is_business_day(d)]
    if n <= len(business):
        assert nth_business_day(m, n) == business[n - 1]
    else:
        with pytest.raises(RuleInputError):
            nth_business_day(m, n)


# -- holiday names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "en", "ja"),
    [
        (D(2026, 9, 21), "Respect for the Aged Day", "敬老の日"),
        (D(2026, 11, 23), "Labor Thanksgiving Day", "勤労感謝の日"),
        (D(2026, 5, 6), "Substitute Holiday", "振替休日"),
        (D(1949, 1, 1), "New Year's Day", "元日"),  # the first day of the calendar
        (D(2099, 12, 31), None, None),  # the last day of the calendar: the year-end closure, no holiday
        (D(2026, 12, 31), None, None),
        (D(2026, 11, 24), None, None),
    ],
)
def test_holiday_names_in_english_by_default_and_in_japanese(day: dt.date, en: str | None, ja: str | None) -> None:
    assert holiday_name(day) == en
    assert holiday_name(day, lang="en") == en
    assert holiday_name(day, lang="ja") == ja


def test_holiday_name_refuses_other_languages_and_days_outside_the_calendar() -> None:
    with pytest.raises(RuleInputError) as err:
        holiday_name(D(2026, 9, 21), lang="fr")
    assert (err.value.rule, err.value.parameter) == ("business day", "lang")
    assert str(err.value) == "business day: lang: expected 'en' or 'ja', got 'fr'"
    with pytest.raises(TypeError) as type_err:
        holiday_name(D(2026, 9, 21), lang=1)  # type: ignore[arg-type]
    assert str(type_err.value) == "holiday_name: lang: expected a str, got int"
    with pytest.raises(RuleInputError) as err:
        holiday_name(CALENDAR_LAST_DAY + dt.timedelta(days=1), lang="ja")
    assert (err.value.rule, err.value.parameter) == ("business day", "d")


# -- what the errors say ------------------------------------------------------------------------------

_DAY_FUNCTIONS = [is_business_day, next_business_day, is_public_holiday, is_year_end_closure, holiday_name]


@pytest.mark.parametrize("function", _DAY_FUNCTIONS, ids=lambda f: f.__name__)
def test_a_day_that_is_no_date_is_named_as_the_business_days_parameter_d(function: object) -> None:
    with pytest.raises(TypeError) as err:
        function("2026-09-21")  # type: ignore[operator]
    assert str(err.value) == "business day: d: expected a datetime.date, got str"


@pytest.mark.parametrize(
    "function", [is_business_day, next_business_day, is_public_holiday, holiday_name], ids=lambda f: f.__name__
)
@pytest.mark.parametrize("day", [CALENDAR_FIRST_DAY - dt.timedelta(days=1), CALENDAR_LAST_DAY + dt.timedelta(days=1)])
def test_a_day_outside_the_calendar_names_the_calendar_and_its_bounds(function: object, day: dt.date) -> None:
    with pytest.raises(RuleInputError) as err:
        function(day)  # type: ignore[operator]
    assert (err.value.rule, err.value.parameter) == ("business day", "d")
    assert err.value.detail == f"{day.isoformat()} is outside the holiday calendar (1949-01-01..2099-12-31)"


def test_the_first_and_last_days_of_the_calendar_are_inside_it() -> None:
    assert is_business_day(CALENDAR_FIRST_DAY) is False  # 元日
    assert is_business_day(CALENDAR_LAST_DAY) is False  # the year-end closure
    assert is_public_holiday(CALENDAR_FIRST_DAY) is True
    assert is_public_holiday(CALENDAR_LAST_DAY) is False
    assert next_business_day(CALENDAR_FIRST_DAY) == D(1949, 1, 4)  # after 1/1-1/3
    assert next_business_day(D(2099, 12, 28)) == D(2099, 12, 28)  # the calendar's last business day (a Monday)


def test_no_business_day_left_in_the_calendar_is_an_error_of_the_day_asked() -> None:
    with pytest.raises(RuleInputError) as err:
        next_business_day(D(2099, 12, 29))
    assert (err.value.rule, err.value.parameter) == ("business day", "d")
    assert err.value.detail == "no business day on or after 2099-12-29 within the holiday calendar"


def test_nth_business_day_errors_name_the_month_or_n() -> None:
    with pytest.raises(TypeError) as type_err:
        nth_business_day("2026-10", 1)  # type: ignore[arg-type]
    assert str(type_err.value) == "business day: month: expected a datetime.date, got str"
    with pytest.raises(TypeError) as type_err:
        nth_business_day(Month(2026, 10), 1.0)  # type: ignore[arg-type]
    assert str(type_err.value) == "business day: n: expected an int, got float"
    with pytest.raises(RuleInputError) as err:
        nth_business_day(Month(2026, 10), 0)
    assert (err.value.rule, err.value.parameter, err.value.detail) == ("business day", "n", "must be at least 1, got 0")
    with pytest.raises(RuleInputError) as err:
        nth_business_day(Month(2026, 10), 22)  # October 2026 has 21 business days
    assert (err.value.rule, err.value.parameter) == ("business day", "n")
    assert err.value.detail == "2026-10 has only 21 business days, asked for number 22"
    for outside in (Month(1948, 12), Month(2100, 1)):
        with pytest.raises(RuleInputError) as err:
            nth_business_day(outside, 1)
        assert (err.value.rule, err.value.parameter) == ("business day", "month")
        assert err.value.detail.endswith("is outside the holiday calendar (1949-01-01..2099-12-31)")


def test_the_first_and_last_months_of_the_calendar_have_business_days() -> None:
    assert nth_business_day(Month(1949, 1), 1) == D(1949, 1, 4)
    assert nth_business_day(Month(2099, 12), 1) == D(2099, 12, 1)


def test_jst_date_errors_name_the_instant_and_jst_unless_the_rule_says_otherwise() -> None:
    with pytest.raises(RuleInputError) as err:
        jst_date(dt.datetime(2026, 9, 30, 15, 0))
    assert (err.value.rule, err.value.parameter) == ("JST", "instant")
    with pytest.raises(TypeError) as type_err:
        jst_date(D(2026, 9, 30))  # type: ignore[arg-type]
    assert str(type_err.value) == "JST: instant: expected an aware datetime, got date"
    last = dt.datetime(9999, 12, 31, 20, 0, tzinfo=dt.UTC)  # 10000-01-01 05:00 JST: no such date
    with pytest.raises(RuleInputError) as err:
        jst_date(last)
    assert (err.value.rule, err.value.parameter) == ("JST", "instant")
    assert err.value.detail == "instant is out of range in JST"
    with pytest.raises(RuleInputError) as err:
        jst_date(last, "applied_at", "BIZ-1")
    assert (err.value.rule, err.value.parameter) == ("BIZ-1", "applied_at")
    with pytest.raises(TypeError) as type_err:
        jst_date(None, "applied_at", "BIZ-1")  # type: ignore[arg-type]
    assert str(type_err.value) == "BIZ-1: applied_at: expected an aware datetime, got NoneType"
    assert jst_date(dt.datetime(9999, 12, 31, 14, 59, tzinfo=dt.UTC)) == D(9999, 12, 31)  # 23:59 JST


# -- the tables built at import ---------------------------------------------------------------------


def test_the_business_day_table_is_the_catalog_definition_on_every_day_of_the_calendar() -> None:
    # _compute_business runs once per day at import (out of reach of the per-call tests): check it
    # for every day against the holidays package's own calendar, weekends and 12/29-1/3.
    from hikari_rules.dates import _compute_business

    jp = holidays.country_holidays("JP", years=range(CALENDAR_FIRST_DAY.year, CALENDAR_LAST_DAY.year + 1))
    for ordinal in range(CALENDAR_FIRST_DAY.toordinal(), CALENDAR_LAST_DAY.toordinal() + 1):
        d = D.fromordinal(ordinal)
        closure = (d.month, d.day) >= (12, 29) or (d.month, d.day) <= (1, 3)
        assert _compute_business(ordinal) is (d.weekday() < 5 and d not in jp and not closure), d


def test_the_next_business_day_table_points_at_the_first_business_day_on_or_after_each_day() -> None:
    # _build_next runs once at import: rebuild it and check each entry against the sorted business days
    # (-1 after the last one, 2099-12-28).
    from bisect import bisect_left

    from hikari_rules.dates import _build_next

    first = CALENDAR_FIRST_DAY.toordinal()
    business = [o - first for o in range(first, CALENDAR_LAST_DAY.toordinal() + 1) if is_business_day(D.fromordinal(o))]
    table = _build_next()
    assert len(table) == CALENDAR_LAST_DAY.toordinal() - first + 1
    for i, j in enumerate(table):
        k = bisect_left(business, i)
        assert j == (business[k] if k < len(business) else -1), D.fromordinal(first + i)
    assert table[0] == 3  # 1949-01-01 → 1949-01-04
    assert D.fromordinal(first + business[-1]) == D(2099, 12, 28)
