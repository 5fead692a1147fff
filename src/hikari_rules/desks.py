"""Service desk hours (DESK-1): whether a desk named in the sources is open, and when it opens next.

Eight desks are named in the sources, each with its own hours line.  :data:`DESK_TABLE`
keeps them as the sources give them — number, opening and closing time (JST), the
kinds of day the desk is closed, the source's short name and the hours line copied
verbatim — and :func:`desk_open` / :func:`next_opening` read it.

* Opening time open, closing time closed: a desk open 9:00–17:00 is open at
  16:59:59.999999 and closed at 17:00:00.
* "Holidays" (祝日) are the Japanese public holidays of :mod:`hikari_rules.dates`
  (national, substitute and citizens' holidays from the ``holidays`` package; there
  is no second holiday list here); "year-end" (年末年始) is 29 December – 3 January.
* Instants must be aware (any time zone; naive → :class:`~hikari_rules.RuleInputError`);
  they are converted to JST.  Instants whose JST date lies outside the holiday calendar
  (1949-01-01..2099-12-31), and next openings that would fall after it, raise
  :class:`~hikari_rules.RuleInputError` for every desk rather than guess.
* Closures the sources do not list are not invented: So-net's maintenance days (the
  source's 「弊社指定のメンテナンス日」) are unknown, and So-net chat's days are not stated.  Such a desk
  is open by its table; the explanation names the caveat (:class:`Caveat`).
* :func:`next_opening` of an instant at which the desk is open is that instant itself
  (in JST), so ``desk_open(d, next_opening(d, t))`` always holds.

>>> import datetime
>>> from hikari_rules.dates import JST
>>> desk_open(Desk.NTT_FINANCE_SUPPORT, datetime.datetime(2026, 1, 5, 9, 0, tzinfo=JST))
True
>>> desk_open(Desk.NTT_FINANCE_SUPPORT, datetime.datetime(2026, 1, 5, 17, 0, tzinfo=JST))
False
>>> next_opening(Desk.NTT_FINANCE_SUPPORT, datetime.datetime(2025, 12, 26, 17, 0, tzinfo=JST))
datetime.datetime(2026, 1, 5, 9, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Tokyo'))
>>> Desk.SONET_CORPORATE.number
'0120-80-7765'
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from hikari_rules._check import check_enum, check_instant
from hikari_rules._registry import TRACE, Clause, Trace, implements, rule
from hikari_rules._text import labels
from hikari_rules.dates import (
    CALENDAR_FIRST_DAY,
    CALENDAR_LAST_DAY,
    JST,
    _in_year_end_closure,
    _is_public_holiday,
    _next_business_day,
)
from hikari_rules.errors import RuleInputError

__all__ = [
    "BUSINESS_DAY_CLOSURES",
    "DESK_TABLE",
    "Caveat",
    "Closure",
    "Desk",
    "DeskHours",
    "desk_open",
    "next_opening",
]

# -- DESK-1 Desk hours ----------------------------------------------------------------------

DESK_1 = rule(
    "DESK-1",
    title="Desk hours",
    title_ja="窓口の受付時間",
    source="NTT-BILL",
    section="【お問い合わせ窓口】",
    quote="受付時間 9:00〜17:00 平日(土・日・祝日、12/29〜1/3を除く)",
    statement=(
        "Each desk named in the sources takes calls or chats only within its hours, in JST, and not on the days "
        "its source lists as closed; the closing time itself is closed. Holidays are public holidays as for "
        "business days; year-end is 29 December – 3 January. Closures the sources do not list are unknown and "
        "are not invented."
    ),
    statement_ja=(
        "各窓口は、出典に記載の受付時間内(日本時間)かつ出典が休業とする日以外にのみ受け付ける。終了時刻ちょうどは受付時間外。"
        "祝日は営業日の判定と同じ祝日、年末年始は12月29日〜1月3日。出典が示さない休業日は不明であり、推測で補わない。"
    ),
    ambiguity=(
        "Some desks close on days the sources do not list (So-net's maintenance days, the chat desk's closed days). "
        "The library answers by the published table and names the caveat in the explanation."
    ),
    ambiguity_ja=(
        "一部の窓口は原文に列挙のない日に休む(So-net のメンテナンス日、チャットの休業日)。本ライブラリは掲載された"
        "表のとおりに答え、その注意を説明に記す。"
    ),
)

# How a desk's day and hour decide (the desk's own hours line is cited by its row's clause, below).
CLOSED_SATURDAY = DESK_1.clause("{day} is a Saturday, a closed day of {desk}")
CLOSED_SUNDAY = DESK_1.clause("{day} is a Sunday, a closed day of {desk}")
CLOSED_HOLIDAY = DESK_1.clause("{day} is a public holiday ({day:holiday}), a closed day of {desk}")
CLOSED_YEAR_END = DESK_1.clause("{day} falls in the year-end closure (29 December – 3 January) of {desk}")
CLOSED_JANUARY_1_2 = DESK_1.clause("{day} is a closed day of {desk}, which closes on 1 and 2 January")
BEFORE_OPENING = DESK_1.clause("{at} is before the opening time, {opens}: the desk is not open yet")
AT_OR_AFTER_CLOSING = DESK_1.clause(
    "{at} is at or after the closing time, {closes} (the closing time itself is closed): the desk is closed"
)
WITHIN_HOURS = DESK_1.clause("{at} is within the hours of an open day: the desk is open")
OPEN_NOW = DESK_1.clause("the desk is open at {at}, so the next opening is that instant itself")
OPENS_LATER_TODAY = DESK_1.clause("the desk opens at {result} the same day")
NEXT_BUSINESS_DAY = DESK_1.clause(
    "the first business day from {day} is {next_day} (Saturdays, Sundays, public holidays and 29 December – "
    "3 January are skipped): the desk next opens at {result}"
)
NEXT_OPEN_DAY = DESK_1.clause("the first day from {day} on which the desk opens is {next_day}: it opens at {result}")
MAINTENANCE_DAYS_UNKNOWN = DESK_1.clause(
    "caveat: {desk} is also closed on maintenance days that So-net sets and does not publish; the library cannot "
    "know them and answers by the published hours. The approval number arrives by e-mail or SMS about two hours "
    "after the call (an estimate, not a deadline)"
)
DAYS_NOT_STATED = DESK_1.clause(
    "caveat: the source gives the hours of {desk} but not its days, so every day is taken as open; holidays or "
    "year-end closures, if any, are unknown"
)
YEAR_END_NOT_STATED = DESK_1.clause(
    "caveat: the source lists Saturdays, Sundays and public holidays as closed and names no year-end closure, so "
    "weekdays from 29 December to 3 January that are not public holidays count as open"
)


class Desk(enum.Enum):
    """The eight desks of DESK-1; the value is the desk's name as the rule catalog gives it.

    ``desk.hours`` is its row of :data:`DESK_TABLE`; ``desk.number`` and
    ``desk.source`` are read from that row.

    >>> Desk.NTT_WEST_CUSTOMER_ID.number, Desk.NTT_WEST_CUSTOMER_ID.source
    ('0120-116116', 'PASSPORT')
    >>> Desk.SONET_CHAT.number is None
    True
    """

    NTT_FINANCE_SUPPORT = "NTTファイナンス ユーザーサポートセンター"
    SONET_SWITCH_APPROVAL = "So-net 事業者変更承諾番号 desk"
    SONET_CHAT = "So-net chat"
    SONET_CORPORATE = "So-net 法人 desk"
    SONET_CONSTRUCTION_OFFICE = "So-net 光 工事調整事務局"
    NTT_WEST_CUSTOMER_ID = "NTT西日本 お客さまID/アクセスキー desk"
    DOCOMO_BUSINESS_CONTACT_CENTER = "NTTドコモビジネスコンタクトセンター"
    DOCOMO_BUSINESS_BILLING_CENTER = "ビリングカスタマセンタ"

    @property
    def hours(self) -> DeskHours:
        """This desk's row of :data:`DESK_TABLE`."""
        return DESK_TABLE[self]

    @property
    def number(self) -> str | None:
        """The phone number as the source writes it (``None`` for chat)."""
        return DESK_TABLE[self].number

    @property
    def source(self) -> str:
        """Short name of the source document that gives this desk's hours."""
        return DESK_TABLE[self].source


labels(
    Desk,
    NTT_FINANCE_SUPPORT="the NTT Finance user support centre",
    SONET_SWITCH_APPROVAL="So-net's desk for switch-of-operator approval numbers (事業者変更承諾番号)",
    SONET_CHAT="So-net's chat",
    SONET_CORPORATE="So-net's desk for corporate contracts",
    SONET_CONSTRUCTION_OFFICE="the So-net 光 construction coordination office (工事調整事務局)",
    NTT_WEST_CUSTOMER_ID="NTT West's desk for customer IDs and access keys",
    DOCOMO_BUSINESS_CONTACT_CENTER="the NTT docomo business contact centre",
    DOCOMO_BUSINESS_BILLING_CENTER="the NTT docomo business billing customer centre (ビリングカスタマセンタ)",
)


class Closure(enum.Enum):
    """A kind of day on which a source says a desk is closed."""

    SATURDAY = "土"
    SUNDAY = "日"
    PUBLIC_HOLIDAY = "祝日"
    YEAR_END = "12/29〜1/3"
    JANUARY_1_2 = "1月1日、2日"


labels(
    Closure,
    SATURDAY="Saturdays",
    SUNDAY="Sundays",
    PUBLIC_HOLIDAY="public holidays",
    YEAR_END="the year-end closure (29 December – 3 January)",
    JANUARY_1_2="1 and 2 January",
)


class Caveat(enum.Enum):
    """What a source leaves open about a desk's days; the explanation names it."""

    MAINTENANCE_DAYS_UNKNOWN = "弊社指定のメンテナンス日"
    """So-net's maintenance days close the desk but are not listed: treated as open."""
    DAYS_NOT_STATED = "days not stated"
    """The source gives hours but no days: treated as open every day."""
    YEAR_END_NOT_STATED = "year-end not stated"
    """The source lists its closed days without a year-end closure: 29/12–3/1 weekdays count as open."""


labels(
    Caveat,
    MAINTENANCE_DAYS_UNKNOWN="maintenance days not published",
    DAYS_NOT_STATED="days not stated",
    YEAR_END_NOT_STATED="no year-end closure stated",
)
_CAVEATS: Final[Mapping[Caveat, Clause]] = MappingProxyType(
    {
        Caveat.MAINTENANCE_DAYS_UNKNOWN: MAINTENANCE_DAYS_UNKNOWN,
        Caveat.DAYS_NOT_STATED: DAYS_NOT_STATED,
        Caveat.YEAR_END_NOT_STATED: YEAR_END_NOT_STATED,
    }
)

BUSINESS_DAY_CLOSURES: Final = frozenset({Closure.SATURDAY, Closure.SUNDAY, Closure.PUBLIC_HOLIDAY, Closure.YEAR_END})
"""Closed on every day that is not a business day of :mod:`hikari_rules.dates`."""
_WEEKENDS_HOLIDAYS: Final = frozenset({Closure.SATURDAY, Closure.SUNDAY, Closure.PUBLIC_HOLIDAY})
_YEAR_END: Final = frozenset({Closure.YEAR_END})
_JANUARY_1_2: Final = frozenset({Closure.JANUARY_1_2})
_NONE: Final[frozenset[Closure]] = frozenset()


@attrs.frozen
class DeskHours:
    """One row of the desk table: what the source says about one desk.

    ``hours_text`` is the source's hours line verbatim (a line break separates lines of
    the source; `` … `` marks an elision), ``section`` the source heading it sits under.
    """

    name: str
    number: str | None
    opens: _dt.time
    closes: _dt.time
    closed_on: frozenset[Closure]
    caveat: Caveat | None
    source: str
    section: str
    hours_text: str


# The sources' hours lines, desk by desk (RULES.md DESK-1).  The first row is the one DESK-1 quotes.
DESK_TABLE: Final[Mapping[Desk, DeskHours]] = MappingProxyType(
    {
        Desk.NTT_FINANCE_SUPPORT: DeskHours(
            Desk.NTT_FINANCE_SUPPORT.value,
            "0800-555-05-50",
            _dt.time(9),
            _dt.time(17),
            BUSINESS_DAY_CLOSURES,
            None,
            "NTT-BILL",
            "【お問い合わせ窓口】",
            "受付時間 9:00〜17:00 平日(土・日・祝日、12/29〜1/3を除く)",
        ),
        Desk.SONET_SWITCH_APPROVAL: DeskHours(
            Desk.SONET_SWITCH_APPROVAL.value,
            "0120-45-2522",
            _dt.time(9),
            _dt.time(18),
            _JANUARY_1_2,
            Caveat.MAINTENANCE_DAYS_UNKNOWN,
            "WITHDRAW",
            "So-netから事業者変更で退会する場合",
            "受付時間 9:00~18:00\n(1月1日、2日および弊社指定のメンテナンス日を除く)",
        ),
        Desk.SONET_CHAT: DeskHours(
            Desk.SONET_CHAT.value,
            None,
            _dt.time(9),
            _dt.time(18),
            _NONE,
            Caveat.DAYS_NOT_STATED,
            "WITHDRAW",
            "チャットでの退会手続き",
            "受付時間は9:00~18:00までとなっています。",
        ),
        Desk.SONET_CORPORATE: DeskHours(
            Desk.SONET_CORPORATE.value,
            "0120-80-7765",
            _dt.time(9),
            _dt.time(18),
            _WEEKENDS_HOLIDAYS,
            Caveat.YEAR_END_NOT_STATED,
            "WITHDRAW",
            "法人区分の退会手続きについて",
            "営業時間:9:00~18:00(土日祝日休み)",
        ),
        Desk.SONET_CONSTRUCTION_OFFICE: DeskHours(
            Desk.SONET_CONSTRUCTION_OFFICE.value,
            "0120-00-4016",
            _dt.time(10),
            _dt.time(19),
            _YEAR_END,
            None,
            "FORWARD",
            "「着信転送サービス」本人確認に関するお問い合わせ",
            "受付時間:10:00~19:00(年末年始を除く)",
        ),
        Desk.NTT_WEST_CUSTOMER_ID: DeskHours(
            Desk.NTT_WEST_CUSTOMER_ID.value,
            "0120-116116",
            _dt.time(9),
            _dt.time(21),
            _YEAR_END,
            None,
            "PASSPORT",
            "お問い合わせ先",
            "午前9時~午後9時 … 年中無休 (年末年始12/29~1/3を除きます)",
        ),
        Desk.DOCOMO_BUSINESS_CONTACT_CENTER: DeskHours(
            Desk.DOCOMO_BUSINESS_CONTACT_CENTER.value,
            "0120-003300",
            _dt.time(9),
            _dt.time(17),
            BUSINESS_DAY_CLOSURES,
            None,
            "BIZSHOP",
            "注文数量が上限を超える場合は、どうすればよいですか?",
            "0120-003300(9:00~17:00 ※土・日・祝日・年末年始を除く)",
        ),
        Desk.DOCOMO_BUSINESS_BILLING_CENTER: DeskHours(
            Desk.DOCOMO_BUSINESS_BILLING_CENTER.value,
            "0120-047-128",
            _dt.time(9),
            _dt.time(17),
            BUSINESS_DAY_CLOSURES,
            None,
            "BIZSHOP",
            "請求先情報、お支払方法を変更したい場合、どうしたらよいですか?",
            "ビリングカスタマセンタ:0120-047-128 (土日祝年末年始を除く 9:00-17:00)",
        ),
    }
)
"""The desks of DESK-1 and their hours as each source states them."""

_HOURS: Final = "{desk} ({number}) takes calls from {opens} to {closes} JST; closed on: {closed}"
_HOURS_OF_CHAT: Final = "{desk} takes chats from {opens} to {closes} JST; the source names no closed day"
_HOURS_CLAUSE: Final[Mapping[Desk, Clause]] = MappingProxyType(
    {
        desk: DESK_1.clause(
            _HOURS if row.closed_on else _HOURS_OF_CHAT, source=row.source, section=row.section, quote=row.hours_text
        )
        for desk, row in DESK_TABLE.items()
    }
)
"""Each row's clause: the desk's hours, citing that desk's own hours line from its own source."""

# -- internal, unchecked cores -------------------------------------------------------------

_RULE: Final = "DESK-1"
_ONE_DAY: Final = _dt.timedelta(days=1)


def _local(at: object) -> _dt.datetime:
    """``at`` as a plain JST ``datetime``; its date must lie in the holiday calendar."""
    instant = check_instant(at, "at", _RULE)
    try:
        local = instant.astimezone(JST)
    except OverflowError:
        raise RuleInputError("instant is out of range in JST", parameter="at", rule=_RULE) from None
    d = local.date()
    if not CALENDAR_FIRST_DAY <= d <= CALENDAR_LAST_DAY:
        raise RuleInputError(
            f"{d.isoformat()} (JST) is outside the holiday calendar "
            f"({CALENDAR_FIRST_DAY.isoformat()}..{CALENDAR_LAST_DAY.isoformat()})",
            parameter="at",
            rule=_RULE,
        )
    if type(local) is not _dt.datetime:  # a datetime subclass: answer with a plain datetime
        local = _dt.datetime.combine(local.date(), local.time(), tzinfo=JST)
    return local


def _open_day(desk: Desk, row: DeskHours, d: _dt.date, trace: Trace | None) -> bool:
    """Whether ``row``'s desk opens at all on ``d`` (``d`` inside the holiday calendar); the closure
    that decides a closed day is recorded when explaining."""
    c = row.closed_on
    if not c:
        return True
    weekday = d.weekday()
    clause = None
    if weekday == 5 and Closure.SATURDAY in c:
        clause = CLOSED_SATURDAY
    elif weekday == 6 and Closure.SUNDAY in c:
        clause = CLOSED_SUNDAY
    elif Closure.YEAR_END in c and _in_year_end_closure(d.month, d.day):
        clause = CLOSED_YEAR_END
    elif Closure.JANUARY_1_2 in c and d.month == 1 and d.day <= 2:
        clause = CLOSED_JANUARY_1_2
    elif Closure.PUBLIC_HOLIDAY in c and _is_public_holiday(d):
        clause = CLOSED_HOLIDAY
    else:
        return True
    if trace is not None:
        trace.add(clause, False, day=d, desk=desk)
    return False


def _next_open_day(desk: Desk, row: DeskHours, d: _dt.date, trace: Trace | None) -> tuple[_dt.date, Clause]:
    """The first day on or after ``d`` on which the desk opens (raises past the calendar), and the
    clause that found it.

    Business-day desks take one look-up in the precomputed business-day calendar; the others
    step over at most a handful of closed days (the longest closed run of any desk is 10 days,
    Golden Week 2019), each recorded when explaining.
    """
    if row.closed_on == BUSINESS_DAY_CLOSURES:
        if d <= CALENDAR_LAST_DAY:
            return _next_business_day(d, "at", _RULE), NEXT_BUSINESS_DAY
    else:
        while d <= CALENDAR_LAST_DAY:
            if _open_day(desk, row, d, trace):
                return d, NEXT_OPEN_DAY
            d += _ONE_DAY
    raise RuleInputError(
        f"the desk's next opening falls after {CALENDAR_LAST_DAY.isoformat()}, the end of the holiday calendar",
        parameter="at",
        rule=_RULE,
    )


def _row(desk: Desk, trace: Trace | None) -> DeskHours:
    """The desk's row of the table: the look-up that decides its hours (recorded with its own line)."""
    row = DESK_TABLE[desk]
    if trace is not None:
        closed = tuple(c for c in Closure if c in row.closed_on)
        trace.add(
            _HOURS_CLAUSE[desk], row, desk=desk, number=row.number, opens=row.opens, closes=row.closes, closed=closed
        )
        if row.caveat is not None:
            trace.add(_CAVEATS[row.caveat], row.caveat, desk=desk)
    return row


# -- public API ------------------------------------------------------------------------------------


@implements("DESK-1", question="Does {desk} take calls at {at}?")
def desk_open(desk: Desk, at: _dt.datetime) -> bool:
    """Whether ``desk`` takes calls at the aware instant ``at`` (converted to JST).

    Open from the opening time inclusive to the closing time exclusive, on the days its
    source does not list as closed (DESK-1).  Unlisted closures are unknown: the desk is
    answered open by its table and :func:`hikari_rules.explain` names the caveat.

    >>> import datetime
    >>> from hikari_rules.dates import JST
    >>> desk_open(Desk.SONET_CHAT, datetime.datetime(2026, 1, 1, 9, 0, tzinfo=JST))      # days not stated
    True
    >>> desk_open(Desk.SONET_SWITCH_APPROVAL, datetime.datetime(2026, 1, 2, 12, 0, tzinfo=JST))
    False
    >>> desk_open(Desk.NTT_WEST_CUSTOMER_ID, datetime.datetime(2026, 9, 30, 12, 0, tzinfo=datetime.UTC))  # 21:00 JST
    False
    """
    desk = check_enum(desk, Desk, "desk", _RULE)
    local = _local(at)
    trace = TRACE.get()
    row = _row(desk, trace)
    if not _open_day(desk, row, local.date(), trace):
        return False
    t = local.time()
    if t < row.opens:
        if trace is not None:
            trace.add(BEFORE_OPENING, False, at=local, opens=row.opens)
        return False
    if t >= row.closes:
        if trace is not None:
            trace.add(AT_OR_AFTER_CLOSING, False, at=local, closes=row.closes)
        return False
    if trace is not None:
        trace.add(WITHIN_HOURS, True, at=local)
    return True


@implements("DESK-1", question="When does {desk} next take calls, from {at} on?")
def next_opening(desk: Desk, at: _dt.datetime) -> _dt.datetime:
    """The first instant at or after ``at`` at which ``desk`` is open: aware, in JST.

    ``at`` itself (converted to JST) when the desk is open then; otherwise the opening
    time of the next day the desk opens.  Closed days are skipped on the calendar of
    :mod:`hikari_rules.dates`.  A next opening after 2099-12-31 raises
    :class:`~hikari_rules.RuleInputError` (the holiday calendar ends there).

    >>> import datetime
    >>> from hikari_rules.dates import JST
    >>> next_opening(Desk.SONET_CORPORATE, datetime.datetime(2026, 9, 18, 18, 0, tzinfo=JST))  # Silver Week
    datetime.datetime(2026, 9, 24, 9, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Tokyo'))
    >>> next_opening(Desk.SONET_CONSTRUCTION_OFFICE, datetime.datetime(2026, 12, 28, 19, 0, tzinfo=JST))
    datetime.datetime(2027, 1, 4, 10, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Tokyo'))
    """
    desk = check_enum(desk, Desk, "desk", _RULE)
    local = _local(at)
    trace = TRACE.get()
    row = _row(desk, trace)
    d = local.date()
    t = local.time()
    if t >= row.closes:
        if trace is not None:
            trace.add(AT_OR_AFTER_CLOSING, False, at=local, closes=row.closes)
    elif _open_day(desk, row, d, trace):
        if t >= row.opens:
            if trace is not None:
                trace.add(OPEN_NOW, local, at=local)
            return local
        result = _dt.datetime.combine(d, row.opens, tzinfo=JST)
        if trace is not None:
            trace.add(OPENS_LATER_TODAY, result, result=result)
        return result
    day, found = _next_open_day(desk, row, d + _ONE_DAY, trace)
    result = _dt.datetime.combine(day, row.opens, tzinfo=JST)
    if trace is not None:
        trace.add(found, result, day=d + _ONE_DAY, next_day=day, result=result)
    return result
