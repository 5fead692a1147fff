"""DESK-1: when the desks named in the sources are open, and when they open next."""

from __future__ import annotations

import datetime as dt
import enum
import pathlib
import re
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hikari_rules import RuleInputError, desks, explain, rules
from hikari_rules._registry import Clause
from hikari_rules.dates import CALENDAR_LAST_DAY, JST, is_business_day, is_year_end_closure
from hikari_rules.desks import BUSINESS_DAY_CLOSURES, DESK_TABLE, Caveat, Desk, desk_open, next_opening
from hikari_rules.strategies import calendar_dates

D = dt.date
UTC = dt.UTC
MINUTE = dt.timedelta(minutes=1)
MICRO = dt.timedelta(microseconds=1)


def jst(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0, us: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, s, us, tzinfo=JST)


# -- the table, as RULES.md states it (an oracle kept apart from the implementation) ------------------

SAT, SUN, HOL, YEAR_END, JAN_1_2 = "sat", "sun", "hol", "year-end", "1/1-1/2"
EXPECTED: dict[Desk, tuple[str | None, int, int, frozenset[str], str]] = {
    #                                       number            open close closed on                           source
    Desk.NTT_FINANCE_SUPPORT: ("0800-555-05-50", 9, 17, frozenset({SAT, SUN, HOL, YEAR_END}), "NTT-BILL"),
    Desk.SONET_SWITCH_APPROVAL: ("0120-45-2522", 9, 18, frozenset({JAN_1_2}), "WITHDRAW"),
    Desk.SONET_CHAT: (None, 9, 18, frozenset(), "WITHDRAW"),
    Desk.SONET_CORPORATE: ("0120-80-7765", 9, 18, frozenset({SAT, SUN, HOL}), "WITHDRAW"),
    Desk.SONET_CONSTRUCTION_OFFICE: ("0120-00-4016", 10, 19, frozenset({YEAR_END}), "FORWARD"),
    Desk.NTT_WEST_CUSTOMER_ID: ("0120-116116", 9, 21, frozenset({YEAR_END}), "PASSPORT"),
    Desk.DOCOMO_BUSINESS_CONTACT_CENTER: ("0120-003300", 9, 17, frozenset({SAT, SUN, HOL, YEAR_END}), "BIZSHOP"),
    Desk.DOCOMO_BUSINESS_BILLING_CENTER: ("0120-047-128", 9, 17, frozenset({SAT, SUN, HOL, YEAR_END}), "BIZSHOP"),
}
_JP = holidays.country_holidays("JP")


def reference_open(desk: Desk, local: dt.datetime) -> bool:
    """RULES.md's DESK-1 table read directly, with the holidays package (not hikari_rules.dates)."""
    _number, opens, closes, closed, _source = EXPECTED[desk]
    d = local.date()
    if not opens <= local.hour < closes:
        return False
    if (d.weekday() == 5 and SAT in closed) or (d.weekday() == 6 and SUN in closed):
        return False
    if HOL in closed and d in _JP:
        return False
    if YEAR_END in closed and (d.month, d.day) in {(12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3)}:
        return False
    return not (JAN_1_2 in closed and (d.month, d.day) in {(1, 1), (1, 2)})


# -- the table against its sources ---------------------------------------------------------------------


def test_there_are_eight_desks_with_the_numbers_and_sources_of_rules_md() -> None:
    assert set(DESK_TABLE) == set(Desk)
    assert len(Desk) == 8
    for desk, (number, opens, closes, _closed, source) in EXPECTED.items():
        row = DESK_TABLE[desk]
        assert desk.hours is row
        assert (desk.number, desk.source) == (number, source)
        assert (row.opens, row.closes) == (dt.time(opens), dt.time(closes))


def test_the_numbers_are_those_of_the_rules_md_table(shared_dir: pathlib.Path) -> None:
    text = (shared_dir / "RULES.md").read_text(encoding="utf-8")
    block = text[text.index("**DESK-1 ") :]
    table_numbers = set(re.findall(r"\| (0[0-9-]+) \|", block))
    assert table_numbers == {d.number for d in Desk if d.number is not None}


def test_each_hours_line_is_verbatim_from_its_own_source(shared_dir: pathlib.Path) -> None:
    from hikari_rules._registry import SOURCES

    for desk, row in DESK_TABLE.items():
        source_file = SOURCES[row.source].file
        assert source_file is not None
        text = (shared_dir / "sources" / source_file).read_text(encoding="utf-8")
        for line in row.hours_text.splitlines():
            for piece in line.split(" … "):
                assert piece in text, f"{desk.name}: {piece!r} is not verbatim in {source_file}"
        assert row.section in text, f"{desk.name}: section {row.section!r} not in {source_file}"
        assert row.number is None or row.number in text, f"{desk.name}: {row.number} not in {source_file}"


def test_desk_1_is_in_the_catalog_quoting_the_first_row() -> None:
    info = rules.get("DESK-1")
    assert info.source == "NTT-BILL" == Desk.NTT_FINANCE_SUPPORT.source
    assert info.quote == Desk.NTT_FINANCE_SUPPORT.hours.hours_text
    assert info.interpretation is None
    assert set(rules.implementing_functions("DESK-1")) == {desk_open, next_opening}


# -- opening and closing minute of each desk ------------------------------------------------------------

OPEN_MONDAY = D(2026, 1, 5)  # a plain business day


@pytest.mark.parametrize("desk", list(Desk))
def test_opening_minute_is_open_and_the_minute_before_is_closed(desk: Desk) -> None:
    opens = EXPECTED[desk][1]
    at = dt.datetime.combine(OPEN_MONDAY, dt.time(opens), tzinfo=JST)
    assert desk_open(desk, at) is True
    assert desk_open(desk, at - MINUTE) is False
    assert desk_open(desk, at - MICRO) is False


@pytest.mark.parametrize("desk", list(Desk))
def test_closing_minute_is_closed_and_the_last_microsecond_before_is_open(desk: Desk) -> None:
    closes = EXPECTED[desk][2]
    at = dt.datetime.combine(OPEN_MONDAY, dt.time(closes), tzinfo=JST)
    assert desk_open(desk, at) is False
    assert desk_open(desk, at - MINUTE) is True
    assert desk_open(desk, at - MICRO) is True  # e.g. 16:59:59.999999


def test_ntt_finance_opening_and_closing_with_seconds() -> None:
    desk = Desk.NTT_FINANCE_SUPPORT
    assert desk_open(desk, jst(2026, 1, 5, 8, 59, 59, 999_999)) is False
    assert desk_open(desk, jst(2026, 1, 5, 9, 0, 0)) is True
    assert desk_open(desk, jst(2026, 1, 5, 16, 59, 59, 999_999)) is True
    assert desk_open(desk, jst(2026, 1, 5, 17, 0, 0)) is False
    assert desk_open(desk, jst(2026, 1, 5, 17, 0, 0, 1)) is False


# -- days: weekends, holidays, the year-end ----------------------------------------------------------------

# At noon, which is inside every desk's hours.  Columns: NTT Finance, switch approval, chat, corporate,
# construction office, NTT West, docomo contact, docomo billing.
ORDER = list(Desk)
DAYS = [
    ("Saturday", D(2026, 1, 10), (0, 1, 1, 0, 1, 1, 0, 0)),
    ("Sunday", D(2026, 1, 11), (0, 1, 1, 0, 1, 1, 0, 0)),
    ("Monday holiday 成人の日", D(2026, 1, 12), (0, 1, 1, 0, 1, 1, 0, 0)),
    ("国民の休日 (Silver Week)", D(2026, 9, 22), (0, 1, 1, 0, 1, 1, 0, 0)),
    ("振替休日", D(2026, 5, 6), (0, 1, 1, 0, 1, 1, 0, 0)),
    ("Monday 12/29", D(2025, 12, 29), (0, 1, 1, 1, 0, 0, 0, 0)),
    ("Tuesday 12/30", D(2025, 12, 30), (0, 1, 1, 1, 0, 0, 0, 0)),
    ("Wednesday 12/31", D(2025, 12, 31), (0, 1, 1, 1, 0, 0, 0, 0)),
    ("Wednesday 1/1 元日", D(2025, 1, 1), (0, 0, 1, 0, 0, 0, 0, 0)),
    ("Thursday 1/2", D(2025, 1, 2), (0, 0, 1, 1, 0, 0, 0, 0)),
    ("Friday 1/3", D(2025, 1, 3), (0, 1, 1, 1, 0, 0, 0, 0)),
    ("Monday 12/28 before the closure", D(2026, 12, 28), (1, 1, 1, 1, 1, 1, 1, 1)),
    ("Monday 1/4 after the closure", D(2027, 1, 4), (1, 1, 1, 1, 1, 1, 1, 1)),
]


@pytest.mark.parametrize(("situation", "day", "expected"), DAYS, ids=[s for s, _, _ in DAYS])
def test_who_is_open_at_noon_on(situation: str, day: dt.date, expected: tuple[int, ...]) -> None:
    at = dt.datetime.combine(day, dt.time(12), tzinfo=JST)
    got = tuple(int(desk_open(desk, at)) for desk in ORDER)
    assert got == expected, situation


def test_a_desk_closed_only_at_the_year_end_closes_exactly_on_the_calendars_closure_days() -> None:
    # SONET_CONSTRUCTION_OFFICE lists 12/29〜1/3 as its only closed days: the same days as the calendar's.
    day = D(2024, 12, 1)
    while day <= D(2026, 1, 31):
        at = dt.datetime.combine(day, dt.time(12), tzinfo=JST)
        assert desk_open(Desk.SONET_CONSTRUCTION_OFFICE, at) is not is_year_end_closure(day), day
        day += dt.timedelta(days=1)


def test_desks_read_the_precomputed_holiday_table_without_revalidating(monkeypatch: pytest.MonkeyPatch) -> None:
    # _open_day runs for every day next_opening steps over: it must use the unchecked table, not the
    # public lookups (which re-check the type and the calendar range on every call).
    import hikari_rules.dates
    import hikari_rules.desks

    def public_lookup(_d: dt.date) -> bool:
        raise AssertionError("desks called a validating public holiday lookup")

    for module in (hikari_rules.dates, hikari_rules.desks):
        monkeypatch.setattr(module, "is_public_holiday", public_lookup, raising=False)
        monkeypatch.setattr(module, "holiday_name", public_lookup, raising=False)
    holiday_noon = jst(2026, 1, 12, 12)  # 成人の日
    assert desk_open(Desk.NTT_FINANCE_SUPPORT, holiday_noon) is False
    assert next_opening(Desk.DOCOMO_BUSINESS_CONTACT_CENTER, holiday_noon) == jst(2026, 1, 13, 9)
    assert any("Coming of Age" in s.note for s in explain(desk_open, Desk.NTT_FINANCE_SUPPORT, holiday_noon).steps)


def test_an_instant_given_in_utc_is_judged_on_its_jst_day() -> None:
    desk = Desk.SONET_SWITCH_APPROVAL
    # 2025-12-31 15:00 UTC is 2026-01-01 00:00 JST: in UTC it is New Year's Eve afternoon, inside 9–18.
    new_year = dt.datetime(2025, 12, 31, 15, 0, tzinfo=UTC)
    assert desk_open(desk, new_year) is False
    assert next_opening(desk, new_year) == jst(2026, 1, 3, 9)
    # 08:59 UTC is 17:59 JST (open), 09:00 UTC is 18:00 JST (closed).
    assert desk_open(desk, dt.datetime(2025, 12, 31, 8, 59, tzinfo=UTC)) is True
    assert desk_open(desk, dt.datetime(2025, 12, 31, 9, 0, tzinfo=UTC)) is False


def test_an_instant_in_los_angeles_on_friday_is_saturday_in_japan() -> None:
    friday_la = dt.datetime(2026, 1, 9, 16, 30, tzinfo=ZoneInfo("America/Los_Angeles"))  # Sat 09:30 JST
    assert desk_open(Desk.NTT_FINANCE_SUPPORT, friday_la) is False
    assert desk_open(Desk.NTT_WEST_CUSTOMER_ID, friday_la) is True
    assert next_opening(Desk.NTT_FINANCE_SUPPORT, friday_la) == jst(2026, 1, 13, 9)  # Mon 1/12 is 成人の日


# -- next_opening: examples and boundaries ----------------------------------------------------------------


def test_next_opening_while_open_is_the_instant_itself_in_jst() -> None:
    at = dt.datetime(2026, 1, 5, 1, 30, 15, 123_456, tzinfo=UTC)  # 10:30:15.123456 JST
    got = next_opening(Desk.NTT_FINANCE_SUPPORT, at)
    assert got == at
    assert got.tzinfo is JST
    assert (got.hour, got.minute, got.second, got.microsecond) == (10, 30, 15, 123_456)


def test_next_opening_at_the_opening_minute_is_that_minute() -> None:
    assert next_opening(Desk.SONET_CONSTRUCTION_OFFICE, jst(2026, 1, 5, 10)) == jst(2026, 1, 5, 10)


def test_next_opening_before_hours_is_the_same_day() -> None:
    assert next_opening(Desk.DOCOMO_BUSINESS_CONTACT_CENTER, jst(2026, 1, 5, 8, 59, 59)) == jst(2026, 1, 5, 9)
    assert next_opening(Desk.NTT_WEST_CUSTOMER_ID, jst(2026, 1, 4, 0, 0)) == jst(2026, 1, 4, 9)


def test_next_opening_at_the_closing_minute_is_the_next_open_day() -> None:
    assert next_opening(Desk.NTT_FINANCE_SUPPORT, jst(2026, 1, 5, 17)) == jst(2026, 1, 6, 9)
    assert next_opening(Desk.NTT_FINANCE_SUPPORT, jst(2026, 1, 5, 16, 59, 59, 999_999)) == jst(
        2026, 1, 5, 16, 59, 59, 999_999
    )


def test_next_opening_skips_the_year_end_closure() -> None:
    friday = jst(2025, 12, 26, 17)
    assert next_opening(Desk.NTT_FINANCE_SUPPORT, friday) == jst(2026, 1, 5, 9)
    assert next_opening(Desk.SONET_CONSTRUCTION_OFFICE, jst(2026, 12, 28, 19)) == jst(2027, 1, 4, 10)
    assert next_opening(Desk.NTT_WEST_CUSTOMER_ID, jst(2025, 12, 28, 21)) == jst(2026, 1, 4, 9)
    assert next_opening(Desk.SONET_CORPORATE, jst(2025, 12, 30, 18)) == jst(2025, 12, 31, 9)  # no year-end stated
    assert next_opening(Desk.SONET_CORPORATE, jst(2025, 12, 31, 18)) == jst(2026, 1, 2, 9)  # 1/1 is 元日
    assert next_opening(Desk.SONET_CHAT, jst(2025, 12, 31, 18)) == jst(2026, 1, 1, 9)


def test_next_opening_over_golden_week_2019_the_longest_closed_run() -> None:
    # 2019-04-27 (Sat) to 2019-05-06 (振替休日): ten days without a business day.
    assert next_opening(Desk.SONET_CORPORATE, jst(2019, 4, 26, 18)) == jst(2019, 5, 7, 9)
    assert next_opening(Desk.NTT_FINANCE_SUPPORT, jst(2019, 4, 26, 17)) == jst(2019, 5, 7, 9)


def test_next_opening_over_a_monday_holiday() -> None:
    assert next_opening(Desk.DOCOMO_BUSINESS_BILLING_CENTER, jst(2026, 1, 9, 17)) == jst(2026, 1, 13, 9)
    assert next_opening(Desk.SONET_SWITCH_APPROVAL, jst(2026, 1, 11, 18)) == jst(2026, 1, 12, 9)


def test_longest_closed_run_of_any_desk_is_ten_days() -> None:
    """next_opening steps over closed days; the runs it can meet are short (O(small))."""
    longest = 0
    for desk in Desk:
        run = 0
        day = D(1949, 1, 1)
        while day <= D(2099, 12, 30):
            if desk_open(desk, dt.datetime.combine(day, dt.time(12), tzinfo=JST)):
                run = 0
            else:
                run += 1
                longest = max(longest, run)
            day += dt.timedelta(days=1)
    assert longest == 10


# -- the end of the calendar -----------------------------------------------------------------------------------


def test_the_calendar_end_raises_rather_than_guess() -> None:
    with pytest.raises(RuleInputError, match="DESK-1: at"):
        next_opening(Desk.NTT_FINANCE_SUPPORT, jst(2099, 12, 28, 17))  # would be January 2100
    # A business-day desk looks at the calendar's last day too (a closure day), and finds none.
    with pytest.raises(RuleInputError) as last:
        next_opening(Desk.NTT_FINANCE_SUPPORT, jst(2099, 12, 30, 12))
    assert str(last.value) == "DESK-1: at: no business day on or after 2099-12-31 within the holiday calendar"
    with pytest.raises(RuleInputError, match="DESK-1: at: the desk's next opening falls after 2099-12-31") as info:
        next_opening(Desk.SONET_CHAT, jst(2099, 12, 31, 18))
    assert (info.value.rule, info.value.parameter) == ("DESK-1", "at")
    # The calendar's last day is still a day on which a desk can open next.
    assert next_opening(Desk.SONET_CHAT, jst(2099, 12, 30, 18)) == jst(2099, 12, 31, 9)
    assert next_opening(Desk.SONET_CHAT, jst(2099, 12, 31, 17, 59)) == jst(2099, 12, 31, 17, 59)
    assert desk_open(Desk.SONET_CHAT, jst(2099, 12, 31, 12)) is True
    with pytest.raises(RuleInputError, match="DESK-1: at"):
        desk_open(Desk.SONET_CHAT, jst(2100, 1, 1, 12))
    with pytest.raises(RuleInputError, match="DESK-1: at"):
        desk_open(Desk.SONET_CHAT, jst(1948, 12, 31, 12))
    # 1948-12-31 15:00 UTC is already 1949-01-01 in Japan.
    assert desk_open(Desk.SONET_CHAT, dt.datetime(1949, 1, 1, 3, tzinfo=UTC)) is True


# -- bad input ---------------------------------------------------------------------------------------------------


class Alien(enum.Enum):
    SONET_CHAT = "So-net chat"


class BrokenZone(dt.tzinfo):
    def utcoffset(self, _d: dt.datetime | None) -> dt.timedelta:
        raise ZeroDivisionError("broken")

    def dst(self, _d: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(0)

    def tzname(self, _d: dt.datetime | None) -> str:
        return "broken"


@pytest.mark.parametrize("func", [desk_open, next_opening])
def test_naive_instants_are_rejected(func: object) -> None:
    with pytest.raises(RuleInputError, match=r"DESK-1: at: naive"):
        func(Desk.SONET_CHAT, dt.datetime(2026, 1, 5, 12))  # type: ignore[operator]


@pytest.mark.parametrize("func", [desk_open, next_opening])
@pytest.mark.parametrize("bad", [D(2026, 1, 5), "2026-01-05T12:00:00+09:00", None, 1_767_582_000, 1.5, True])
def test_non_instants_are_type_errors(func: object, bad: object) -> None:
    with pytest.raises(TypeError, match="DESK-1"):
        func(Desk.SONET_CHAT, bad)  # type: ignore[operator]


@pytest.mark.parametrize("func", [desk_open, next_opening])
@pytest.mark.parametrize("bad", ["SONET_CHAT", "So-net chat", Alien.SONET_CHAT, None, 0, DESK_TABLE[Desk.SONET_CHAT]])
def test_anything_but_a_desk_is_a_type_error(func: object, bad: object) -> None:
    with pytest.raises(TypeError, match="DESK-1: desk"):
        func(bad, jst(2026, 1, 5, 12))  # type: ignore[operator]


@pytest.mark.parametrize("func", [desk_open, next_opening])
@pytest.mark.parametrize(
    "bad",
    [
        dt.datetime.max.replace(tzinfo=UTC),
        dt.datetime.min.replace(tzinfo=UTC),
        dt.datetime.max.replace(tzinfo=JST),
        dt.datetime.min.replace(tzinfo=dt.timezone(dt.timedelta(hours=-12))),
        dt.datetime(2026, 1, 5, 12, tzinfo=BrokenZone()),
    ],
)
def test_instants_out_of_range_or_with_a_broken_zone_are_rule_input_errors(func: object, bad: object) -> None:
    with pytest.raises(RuleInputError, match="DESK-1: at"):
        func(Desk.NTT_FINANCE_SUPPORT, bad)  # type: ignore[operator]


def test_a_datetime_subclass_is_answered_with_a_plain_jst_datetime() -> None:
    class Stamp(dt.datetime):
        pass

    at = Stamp(2026, 1, 5, 3, 0, tzinfo=UTC)  # 12:00 JST
    got = next_opening(Desk.SONET_CHAT, at)
    assert type(got) is dt.datetime
    assert got == at
    assert got.tzinfo is JST
    assert desk_open(Desk.SONET_CHAT, at) is True


# -- explanations --------------------------------------------------------------------------------------------------


def test_explanation_of_a_closed_holiday_names_the_holiday_and_quotes_the_desk_line() -> None:
    e = explain(desk_open, Desk.NTT_FINANCE_SUPPORT, jst(2026, 1, 12, 10))
    assert e.result is False
    assert e.rule_ids == ("DESK-1",)
    assert [s.template for s in e.steps][1:] == [desks.CLOSED_HOLIDAY.template]
    en, ja = e.text("en"), e.text("ja")
    assert "12 January 2026 is a public holiday (Coming of Age Day)" in en
    assert "2026年1月12日は祝日(成人の日)で、NTTファイナンス ユーザーサポートセンターの休業日" in ja
    assert "  > 受付時間 9:00〜17:00 平日(土・日・祝日、12/29〜1/3を除く)" in ja
    assert "0800-555-05-50" in en


def test_the_issue_12_sentence_is_gone_and_the_instant_reads_naturally() -> None:
    # Issue 12 cited 「2026-09-21T10:00:00+09:00(日本時間)は2026-09-21は休業日」 as what must go.
    e = explain(desk_open, Desk.NTT_FINANCE_SUPPORT, jst(2026, 9, 21, 10))
    ja = e.text("ja")
    assert "2026-09-21" not in ja
    assert (
        ja.splitlines()[0]
        == "質問: NTTファイナンス ユーザーサポートセンターは2026年9月21日 10時00分(日本時間)に受け付けているか"
    )
    assert e.steps[-1].note_ja == "2026年9月21日は祝日(敬老の日)で、NTTファイナンス ユーザーサポートセンターの休業日"


def test_each_desk_is_explained_with_its_own_hours_line() -> None:
    at = jst(2026, 3, 10, 12)
    for desk, row in DESK_TABLE.items():
        e = explain(desk_open, desk, at)
        assert e.steps[0].cites == (row.source, row.section, row.hours_text)
        quoted = [line[4:] for line in e.text("ja").splitlines() if line.startswith("  > ")]
        assert quoted == row.hours_text.splitlines(), desk
    e = explain(desk_open, Desk.SONET_SWITCH_APPROVAL, at)
    assert e.steps[0].note_ja == (
        "So-net 事業者変更承諾番号の窓口(0120-45-2522)の受付時間は9時00分から18時00分まで(日本時間)、"
        "休業日は1月1日・2日"
    )
    assert e.to_json()["steps"][0]["cites"]["quote"] == DESK_TABLE[Desk.SONET_SWITCH_APPROVAL].hours_text


@pytest.mark.parametrize(
    ("desk", "at", "open_", "clause"),
    [
        (Desk.NTT_FINANCE_SUPPORT, (2026, 1, 5, 9, 0), True, desks.WITHIN_HOURS),
        (Desk.NTT_FINANCE_SUPPORT, (2026, 1, 5, 8, 59), False, desks.BEFORE_OPENING),
        (Desk.NTT_FINANCE_SUPPORT, (2026, 1, 5, 17, 0), False, desks.AT_OR_AFTER_CLOSING),
        (Desk.NTT_FINANCE_SUPPORT, (2026, 12, 28, 12, 0), True, desks.WITHIN_HOURS),
        (Desk.NTT_FINANCE_SUPPORT, (2026, 12, 29, 12, 0), False, desks.CLOSED_YEAR_END),
        (Desk.SONET_CORPORATE, (2026, 12, 29, 12, 0), True, desks.WITHIN_HOURS),
        (Desk.SONET_SWITCH_APPROVAL, (2026, 1, 2, 12, 0), False, desks.CLOSED_JANUARY_1_2),
        (Desk.SONET_SWITCH_APPROVAL, (2026, 1, 3, 12, 0), True, desks.WITHIN_HOURS),
        (Desk.DOCOMO_BUSINESS_BILLING_CENTER, (2026, 9, 19, 12, 0), False, desks.CLOSED_SATURDAY),
        (Desk.DOCOMO_BUSINESS_BILLING_CENTER, (2026, 9, 20, 12, 0), False, desks.CLOSED_SUNDAY),
    ],
)  # fmt: skip
def test_the_boundaries_are_explained_by_the_clause_that_decided(
    desk: Desk, at: tuple[int, int, int, int, int], open_: bool, clause: Clause
) -> None:
    e = explain(desk_open, desk, jst(*at))
    assert e.result is open_
    assert e.steps[-1].template == clause.template
    assert e.steps[-1].outcome is open_


def test_boundary_sentences_in_japanese() -> None:
    e = explain(desk_open, Desk.NTT_FINANCE_SUPPORT, jst(2026, 1, 5, 17, 0))
    assert e.steps[-1].note_ja == (
        "2026年1月5日 17時00分(日本時間)は受付終了の17時00分以降のため、受付時間外(終了時刻ちょうども受付時間外)"
    )
    e = explain(desk_open, Desk.NTT_FINANCE_SUPPORT, jst(2026, 12, 29, 12, 0))
    assert (
        e.steps[-1].note_ja
        == "2026年12月29日はNTTファイナンス ユーザーサポートセンターの年末年始の休業期間(12月29日〜1月3日)"
    )


def test_explanation_names_the_unknown_maintenance_days() -> None:
    e = explain(desk_open, Desk.SONET_SWITCH_APPROVAL, jst(2026, 3, 10, 12))
    assert e.result is True
    assert e.steps[1].outcome is Caveat.MAINTENANCE_DAYS_UNKNOWN
    assert "maintenance days that So-net sets and does not publish" in e.text("en")
    ja = e.text("ja")
    assert "So-netが指定するメンテナンス日も休業する" in ja
    # The source's own voice (弊社) stays inside the quote only.
    assert all("弊社" not in line for line in ja.splitlines() if not line.startswith("  > "))


def test_explanation_of_chat_says_days_not_stated() -> None:
    e = explain(next_opening, Desk.SONET_CHAT, jst(2026, 1, 1, 20))
    assert e.result == jst(2026, 1, 2, 9)
    assert "the source gives the hours of So-net's chat but not its days" in e.text("en")
    assert "受付日の記載なし" in e.text("ja")


def test_explanation_of_corporate_desk_says_no_year_end_closure_is_stated() -> None:
    e = explain(desk_open, Desk.SONET_CORPORATE, jst(2025, 12, 30, 12))
    assert e.result is True
    assert e.steps[1].outcome is Caveat.YEAR_END_NOT_STATED


def test_explanation_of_next_opening_lists_the_closed_days_skipped() -> None:
    e = explain(next_opening, Desk.SONET_CORPORATE, jst(2026, 9, 18, 18))
    assert e.result == jst(2026, 9, 24, 9)
    skipped = [s.inputs[0][1] for s in e.steps if s.outcome is False and s.inputs[0][0] == "day"]
    assert skipped == [D(2026, 9, d) for d in (19, 20, 21, 22, 23)]
    assert "2026年9月22日は祝日(国民の休日)で、So-net 法人向け窓口の休業日" in e.text("ja")
    business = explain(next_opening, Desk.NTT_FINANCE_SUPPORT, jst(2025, 12, 26, 17))
    assert business.steps[-1].note == (
        "the first business day from 27 December 2025 is 5 January 2026 (Saturdays, Sundays, public holidays and "
        "29 December – 3 January are skipped): the desk next opens at 5 January 2026, 9:00 (JST)"
    )
    assert business.to_json()["result"] == "2026-01-05T09:00:00+09:00"


# -- properties -------------------------------------------------------------------------------------------------------

ZONES = st.sampled_from(
    [
        JST,
        UTC,
        ZoneInfo("America/New_York"),
        ZoneInfo("Pacific/Kiritimati"),
        dt.timezone(dt.timedelta(hours=-12)),
        dt.timezone(dt.timedelta(hours=5, minutes=45)),
    ]
)
_EDGES = sorted({dt.time(h) for h in (0, 9, 10, 17, 18, 19, 21)})
EDGE_TIMES = st.one_of(
    st.sampled_from(_EDGES),
    st.sampled_from(_EDGES).map(lambda t: (dt.datetime.combine(D(2000, 1, 2), t) - MICRO).time()),
    st.sampled_from(_EDGES).map(lambda t: (dt.datetime.combine(D(2000, 1, 2), t) - MINUTE).time()),
)
TIMES = st.one_of(EDGE_TIMES, st.times())


_LAST_SAFE = D(2099, 12, 15)  # next openings of later instants may fall after the calendar


@st.composite
def instants(draw: st.DrawFn, last: dt.date = _LAST_SAFE) -> dt.datetime:
    """An aware instant whose JST date is in the calendar, biased to month/year ends and to desk hour edges."""
    day = draw(calendar_dates().filter(lambda d: d <= last))
    local = dt.datetime.combine(day, draw(TIMES), tzinfo=JST)
    return local.astimezone(draw(ZONES))


@given(st.sampled_from(list(Desk)), instants(last=CALENDAR_LAST_DAY))
def test_desk_open_is_the_rules_md_table(desk: Desk, at: dt.datetime) -> None:
    assert desk_open(desk, at) == reference_open(desk, at.astimezone(JST))


@given(st.sampled_from(list(Desk)), instants(), ZONES)
def test_the_time_zone_an_instant_is_written_in_does_not_matter(desk: Desk, at: dt.datetime, tz: dt.tzinfo) -> None:
    assert desk_open(desk, at.astimezone(tz)) == desk_open(desk, at)
    assert next_opening(desk, at.astimezone(tz)) == next_opening(desk, at)


@given(st.sampled_from([d for d in Desk if DESK_TABLE[d].closed_on == BUSINESS_DAY_CLOSURES]), calendar_dates())
def test_business_day_desks_open_exactly_on_business_days(desk: Desk, day: dt.date) -> None:
    assert desk_open(desk, dt.datetime.combine(day, dt.time(12), tzinfo=JST)) == is_business_day(day)


@given(st.sampled_from(list(Desk)), instants())
def test_next_opening_is_open_and_no_open_instant_lies_before_it(desk: Desk, at: dt.datetime) -> None:
    nxt = next_opening(desk, at)
    assert nxt.tzinfo is JST
    assert nxt >= at
    assert desk_open(desk, nxt)
    assert (nxt == at) == desk_open(desk, at)
    if nxt > at:
        # Open time is a union of [opens, closes) per day: test where each day's interval meets [at, nxt).
        _number, opens, closes, _closed, _source = EXPECTED[desk]
        local = at.astimezone(JST)
        day = local.date()
        while day <= nxt.date():
            start = max(local, dt.datetime.combine(day, dt.time(opens), tzinfo=JST))
            end = min(nxt, dt.datetime.combine(day, dt.time(closes), tzinfo=JST))
            if start < end:
                assert not desk_open(desk, start), f"{desk.name} is open at {start} before {nxt}"
            day += dt.timedelta(days=1)
        assert not desk_open(desk, nxt - MICRO)


@settings(max_examples=20)
@given(st.sampled_from(list(Desk)), instants())
def test_no_open_minute_between_t_and_next_opening_minute_by_minute(desk: Desk, at: dt.datetime) -> None:
    nxt = next_opening(desk, at)
    minute = at
    while minute < nxt:
        assert not desk_open(desk, minute)
        minute += MINUTE


@given(st.sampled_from(list(Desk)), instants())
def test_next_opening_is_idempotent(desk: Desk, at: dt.datetime) -> None:
    nxt = next_opening(desk, at)
    assert next_opening(desk, nxt) == nxt
