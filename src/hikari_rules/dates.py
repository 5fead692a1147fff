"""Calendar facts every rule uses: JST, months and Japanese business days.

A **business day** (営業日) here is, as the rule catalog defines it, a day that is

* not a Saturday or Sunday,
* not a Japanese public holiday -- national holidays, substitute holidays (振替休日)
  and citizens' holidays (国民の休日) exactly as the maintained ``holidays`` package
  computes them for Japan (no hand-kept list), and
* not in the year-end closure, 29 December – 3 January (年末年始), which every desk
  in the sources that lists its closed days observes (「土・日・祝日、12/29〜1/3」).

The calendar is computed once, at import, for the years the ``holidays`` package
covers for Japan (1949–2099); a date outside them raises
:class:`~hikari_rules.RuleInputError` rather than guessing.

>>> import datetime
>>> is_business_day(datetime.date(2026, 9, 22))   # 国民の休日 between 敬老の日 and 秋分の日
False
>>> next_business_day(datetime.date(2026, 5, 2))  # Golden Week
datetime.date(2026, 5, 7)
>>> nth_business_day(Month(2027, 1), 1)           # after the year-end closure
datetime.date(2027, 1, 4)
"""

from __future__ import annotations

import datetime as _dt
from array import array
from itertools import accumulate
from types import MappingProxyType
from typing import Final
from zoneinfo import ZoneInfo

import holidays

from hikari_rules._check import check_date, check_instant, check_int, month_index
from hikari_rules._month import Month
from hikari_rules.errors import RuleInputError

__all__ = [
    "CALENDAR_FIRST_DAY",
    "CALENDAR_LAST_DAY",
    "JST",
    "Month",
    "holiday_name",
    "is_business_day",
    "is_public_holiday",
    "is_year_end_closure",
    "jst_date",
    "next_business_day",
    "nth_business_day",
    "roll_to_business_day",
]

JST: Final = ZoneInfo("Asia/Tokyo")
"""Japan Standard Time, ``zoneinfo.ZoneInfo("Asia/Tokyo")``."""

_FIRST_YEAR: Final = 1949
_LAST_YEAR: Final = 2099
CALENDAR_FIRST_DAY: Final = _dt.date(_FIRST_YEAR, 1, 1)
"""First date the business-day calendar covers."""
CALENDAR_LAST_DAY: Final = _dt.date(_LAST_YEAR, 12, 31)
"""Last date the business-day calendar covers."""

_JP_HOLIDAYS = holidays.country_holidays("JP", years=range(_FIRST_YEAR, _LAST_YEAR + 1), language="en_US")
_HOLIDAY_NAMES: Final = MappingProxyType({d: str(n) for d, n in _JP_HOLIDAYS.items()})
_JP_HOLIDAYS = holidays.country_holidays("JP", years=range(_FIRST_YEAR, _LAST_YEAR + 1), language="ja")
_HOLIDAY_NAMES_JA: Final = MappingProxyType({d: str(n) for d, n in _JP_HOLIDAYS.items()})
del _JP_HOLIDAYS

_ORD0: Final = CALENDAR_FIRST_DAY.toordinal()
_ORD1: Final = CALENDAR_LAST_DAY.toordinal()


def _in_year_end_closure(month: int, day: int) -> bool:
    """The year-end closure 12/29–1/3 (「12/29〜1/3」), unchecked: the one place it is written.

    The business-day calendar and the desks' ``YEAR_END`` closure both use it.
    """
    return (month == 12 and day >= 29) or (month == 1 and day <= 3)


def is_year_end_closure(d: _dt.date) -> bool:
    """Whether ``d`` falls in the year-end closure 29 December – 3 January (年末年始).

    >>> import datetime
    >>> is_year_end_closure(datetime.date(2026, 12, 28)), is_year_end_closure(datetime.date(2027, 1, 3))
    (False, True)
    """
    d = check_date(d, "d", "business day")
    return _in_year_end_closure(d.month, d.day)


def _is_public_holiday(d: _dt.date) -> bool:
    """Unchecked core of :func:`is_public_holiday` (``d`` a date inside the calendar)."""
    return d in _HOLIDAY_NAMES


def _holiday_name(d: _dt.date, lang: str = "en") -> str | None:
    """Unchecked core of :func:`holiday_name` (``d`` a date inside the calendar)."""
    return (_HOLIDAY_NAMES_JA if lang == "ja" else _HOLIDAY_NAMES).get(d)


def _compute_business(ordinal: int) -> bool:
    d = _dt.date.fromordinal(ordinal)
    if d.weekday() >= 5 or d in _HOLIDAY_NAMES:
        return False
    return not _in_year_end_closure(d.month, d.day)


# _BUSINESS[i] is 1 when day _ORD0 + i is a business day.  _NEXT[i] is the offset of
# the first business day on or after day _ORD0 + i (-1 past the last one), so
# next_business_day is one table look-up.
_BUSINESS: Final = bytes(_compute_business(o) for o in range(_ORD0, _ORD1 + 1))


def _build_next() -> array[int]:
    nxt = array("i", [-1]) * len(_BUSINESS)
    following = -1
    for i in range(len(_BUSINESS) - 1, -1, -1):
        if _BUSINESS[i]:
            following = i
        nxt[i] = following
    return nxt


_NEXT: Final = _build_next()
# _COUNT_BEFORE[i] is the number of business days before day _ORD0 + i (so the days at
# offsets a..b-1 hold _COUNT_BEFORE[b] - _COUNT_BEFORE[a] of them); _MONTH_COUNT_BEFORE[k]
# is the same for the first day of month k of the calendar (k = month index - _MONTH0,
# one extra entry for the day after the calendar); _KTH[j] is the offset of business day
# number j (0-based) of the whole calendar.  The n-th business day of month k is
# _KTH[_MONTH_COUNT_BEFORE[k] + n - 1]: no scan, no date arithmetic.
_COUNT_BEFORE: Final = array("i", accumulate(_BUSINESS, initial=0))
_KTH: Final = array("i", (i for i, b in enumerate(_BUSINESS) if b))
_MONTH0: Final = _FIRST_YEAR * 12
_MONTHS: Final = (_LAST_YEAR - _FIRST_YEAR + 1) * 12
_MONTH_COUNT_BEFORE: Final = array(
    "i",
    (
        _COUNT_BEFORE[_dt.date(year, month, 1).toordinal() - _ORD0]
        for year in range(_FIRST_YEAR, _LAST_YEAR + 1)
        for month in range(1, 13)
    ),
)
_MONTH_COUNT_BEFORE.append(_COUNT_BEFORE[-1])


def _offset(d: _dt.date, parameter: str, rule: str) -> int:
    i = d.toordinal() - _ORD0
    if i < 0 or i > _ORD1 - _ORD0:
        raise RuleInputError(
            f"{d.isoformat()} is outside the holiday calendar "
            f"({CALENDAR_FIRST_DAY.isoformat()}..{CALENDAR_LAST_DAY.isoformat()})",
            parameter=parameter,
            rule=rule,
        )
    return i


def is_business_day(d: _dt.date) -> bool:
    """Whether ``d`` is a business day: not Sat/Sun, not a public holiday, not 29/12–3/1.

    >>> import datetime
    >>> is_business_day(datetime.date(2026, 11, 24))
    True
    >>> is_business_day(datetime.date(2026, 11, 23))  # 勤労感謝の日
    False
    >>> is_business_day(datetime.date(2025, 12, 29))  # a Monday in the year-end closure
    False
    """
    d = check_date(d, "d", "business day")
    return _BUSINESS[_offset(d, "d", "business day")] == 1


def next_business_day(d: _dt.date) -> _dt.date:
    """``d`` itself if it is a business day, else the first business day after it.

    >>> import datetime
    >>> next_business_day(datetime.date(2026, 12, 31))
    datetime.date(2027, 1, 4)
    """
    d = check_date(d, "d", "business day")
    return _next_business_day(d, "d", "business day")


def _next_business_day(d: _dt.date, parameter: str, rule: str) -> _dt.date:
    """Unchecked core of :func:`next_business_day` for rule code (errors name ``rule``)."""
    j = _NEXT[_offset(d, parameter, rule)]
    if j < 0:
        raise RuleInputError(
            f"no business day on or after {d.isoformat()} within the holiday calendar",
            parameter=parameter,
            rule=rule,
        )
    return _dt.date.fromordinal(_ORD0 + j)


roll_to_business_day = next_business_day
"""Alias used by rules that "roll" a nominal date (PAY-2 interpretation, BIZ-3)."""


def nth_business_day(month: Month | _dt.date, n: int) -> _dt.date:
    """The ``n``-th business day (``n`` ≥ 1) of ``month``.

    An ``n`` larger than the month's number of business days raises
    :class:`~hikari_rules.RuleInputError`.

    >>> nth_business_day(Month(2026, 10), 2)
    datetime.date(2026, 10, 2)
    """
    index = month_index(month, "month", "business day")
    n = check_int(n, "n", "business day", minimum=1)
    return _nth_business_day(Month.from_index(index), n, "month", "business day")


def _nth_business_day(m: Month, n: int, parameter: str, rule: str) -> _dt.date:
    """Unchecked core of :func:`nth_business_day` (``n`` ≥ 1): table look-ups, no scan."""
    k = m.year * 12 + m.month - 1 - _MONTH0
    if not 0 <= k < _MONTHS:
        _offset(m.first_day, parameter, rule)  # raises: the month is outside the calendar
    before = _MONTH_COUNT_BEFORE[k]
    count = _MONTH_COUNT_BEFORE[k + 1] - before
    if n > count:
        raise RuleInputError(f"{m} has only {count} business days, asked for number {n}", parameter="n", rule=rule)
    return _dt.date.fromordinal(_ORD0 + _KTH[before + n - 1])


def is_public_holiday(d: _dt.date) -> bool:
    """Whether ``d`` is a Japanese public holiday: a national holiday, a substitute holiday
    (振替休日) or a citizens' holiday (国民の休日), as the ``holidays`` package computes them.

    Weekends and the year-end closure are not holidays here (they are not business days
    either: :func:`is_business_day`).  Dates outside the calendar (1949–2099) raise
    :class:`~hikari_rules.RuleInputError`.

    >>> import datetime
    >>> is_public_holiday(datetime.date(2026, 11, 23))  # 勤労感謝の日
    True
    >>> is_public_holiday(datetime.date(2026, 5, 6))    # 振替休日 for 憲法記念日 on a Sunday
    True
    >>> is_public_holiday(datetime.date(2026, 9, 22))   # 国民の休日
    True
    >>> is_public_holiday(datetime.date(2026, 12, 31))  # year-end closure: not a business day, not a holiday
    False
    """
    d = check_date(d, "d", "business day")
    _offset(d, "d", "business day")
    return _is_public_holiday(d)


def holiday_name(d: _dt.date, *, lang: str = "en") -> str | None:
    """The name of the Japanese public holiday on ``d`` in English (``lang="en"``) or
    Japanese (``"ja"``), as the ``holidays`` package names it, or ``None``.

    >>> import datetime
    >>> holiday_name(datetime.date(2026, 9, 21)), holiday_name(datetime.date(2026, 9, 21), lang="ja")
    ('Respect for the Aged Day', '敬老の日')
    """
    d = check_date(d, "d", "business day")
    _offset(d, "d", "business day")
    if lang not in ("en", "ja"):
        if not isinstance(lang, str):
            raise TypeError(f"holiday_name: lang: expected a str, got {type(lang).__name__}")
        raise RuleInputError(f"expected 'en' or 'ja', got {lang!r}", parameter="lang", rule="business day")
    return _holiday_name(d, lang)


def jst_date(instant: _dt.datetime, parameter: str = "instant", rule: str = "JST") -> _dt.date:
    """The JST calendar date of an aware instant (naive → ``RuleInputError``)."""

    instant = check_instant(instant, parameter, rule)
    try:
        return instant.astimezone(JST).date()
    except OverflowError:
        raise RuleInputError("instant is out of range in JST", parameter=parameter, rule=rule) from None
