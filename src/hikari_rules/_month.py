"""``Month``: a calendar month as a small frozen value (re-exported by ``hikari_rules.dates``)."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Any, Final, overload

import attrs

from hikari_rules.errors import RuleInputError

__all__ = ["Month", "month_at"]

_MIN_INDEX = 1 * 12  # 0001-01
_MAX_INDEX = 9999 * 12 + 11  # 9999-12
_PARSE = re.compile(r"([0-9]{4})-([0-9]{2})", re.ASCII)


def _check_part(value: object, name: str) -> int:
    if type(value) is int:
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"Month: {name}: expected an int, got {type(value).__name__}")
    return int(value)


@attrs.frozen(order=True, init=False, repr=False)
class Month:
    """A calendar month, e.g. ``Month(2026, 9)``: frozen, ordered, hashable.

    The months of a contract, the month a charge belongs to and the month a bill is
    sent are all ``Month`` values; arithmetic counts calendar months.

    >>> m = Month(2026, 9)
    >>> str(m), m + 4, m - 9
    ('2026-09', Month(2027, 1), Month(2025, 12))
    >>> Month(2027, 1) - Month(2026, 9)
    4
    >>> Month.parse("2024-02").last_day
    datetime.date(2024, 2, 29)
    >>> import datetime
    >>> Month.of(datetime.date(2026, 9, 30))
    Month(2026, 9)

    Years run from 1 to 9999, like :class:`datetime.date`; anything else, or a month
    number outside 1..12, raises :class:`~hikari_rules.RuleInputError`.
    """

    year: int
    month: int

    def __init__(self, year: int, month: int) -> None:
        y = _check_part(year, "year")
        m = _check_part(month, "month")
        if not 1 <= m <= 12:
            raise RuleInputError(f"month number must be 1..12, got {m}", parameter="month", rule="Month")
        if not 1 <= y <= 9999:
            raise RuleInputError(f"year must be 1..9999, got {y}", parameter="year", rule="Month")
        object.__setattr__(self, "year", y)
        object.__setattr__(self, "month", m)

    # -- construction --------------------------------------------------------------

    @classmethod
    def from_index(cls, index: int) -> Month:
        """The month with :attr:`index` ``index`` (``year * 12 + month - 1``)."""
        if _CACHE_LO <= index < _CACHE_HI:
            return _CACHE[index - _CACHE_LO]
        if type(index) is not int:
            raise TypeError(f"Month: index: expected an int, got {type(index).__name__}")
        if not _MIN_INDEX <= index <= _MAX_INDEX:
            raise RuleInputError(
                f"month out of range 0001-01..9999-12 (index {index})", parameter="month", rule="Month"
            )
        return _new(index)

    @classmethod
    def of(cls, d: _dt.date) -> Month:
        """The month containing the date ``d`` (a ``datetime`` is a ``TypeError``)."""
        if type(d) is not _dt.date and (isinstance(d, _dt.datetime) or not isinstance(d, _dt.date)):
            raise TypeError(f"Month.of: expected a datetime.date, got {type(d).__name__}")
        return cls.from_index(d.year * 12 + d.month - 1)

    @classmethod
    def parse(cls, text: str) -> Month:
        """Parse exactly ``YYYY-MM`` (ASCII digits), e.g. ``"2026-09"``."""
        if not isinstance(text, str):
            raise TypeError(f"Month.parse: expected a str, got {type(text).__name__}")
        match = _PARSE.fullmatch(text)
        if match is None:
            raise RuleInputError(f"expected YYYY-MM, got {text[:40]!r}", parameter="text", rule="Month")
        return cls(int(match.group(1)), int(match.group(2)))

    # -- views ------------------------------------------------------------------------

    @property
    def index(self) -> int:
        """Months since year 0: ``year * 12 + month - 1`` (differences are month counts)."""
        return self.year * 12 + self.month - 1

    @property
    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> _dt.date:
        return _dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def days(self) -> int:
        """Number of days in the month (28..31)."""
        return calendar.monthrange(self.year, self.month)[1]

    def day(self, day: int) -> _dt.date:
        """The date ``day`` of this month; a day the month lacks is a ``RuleInputError``."""
        if type(day) is not int:
            raise TypeError(f"Month.day: expected an int, got {type(day).__name__}")
        if not 1 <= day <= 28 and not 1 <= day <= self.days:  # every month has 28 days: no calendar look-up
            raise RuleInputError(f"{self} has no day {day}", parameter="day", rule="Month")
        return _dt.date(self.year, self.month, day)

    # -- arithmetic -------------------------------------------------------------------

    def __add__(self, n: int) -> Month:
        if type(n) is not int:
            return NotImplemented
        return Month.from_index(self.year * 12 + self.month - 1 + n)

    __radd__ = __add__

    @overload
    def __sub__(self, other: int) -> Month: ...

    @overload
    def __sub__(self, other: Month) -> int: ...

    def __sub__(self, other: Any) -> Any:
        if type(other) is int:
            return Month.from_index(self.year * 12 + self.month - 1 - other)
        if isinstance(other, Month):
            return (self.year - other.year) * 12 + self.month - other.month
        return NotImplemented

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def __repr__(self) -> str:
        return f"Month({self.year}, {self.month})"


def _new(index: int) -> Month:
    m = object.__new__(Month)
    y, mo = divmod(index, 12)
    object.__setattr__(m, "year", y)
    object.__setattr__(m, "month", mo + 1)
    return m


# Months a billing run meets are taken from this immutable table, so the hot paths
# of the rules allocate no Month of their own.
_CACHE_LO = 1900 * 12
_CACHE_HI = 2200 * 12
_CACHE: tuple[Month, ...] = tuple(_new(i) for i in range(_CACHE_LO, _CACHE_HI))

month_at: Final = Month.from_index
"""``Month.from_index``, bound once: the rules' per-month paths call it without binding the
class method on every call (about 25 ns a call)."""
