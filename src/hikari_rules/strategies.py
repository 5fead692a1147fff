"""Hypothesis strategies for property-testing a billing system against ``hikari_rules``.

Needs ``hypothesis`` (``pip install 'hikari-rules[strategies]'``).  Dates are biased
towards the places billing code gets wrong: month ends, the 1st, leap days, year
ends and the edges of the holiday calendar.

>>> from hypothesis import given
>>> @given(dates())
... def test_month_of(d):
...     assert Month.of(d).first_day <= d <= Month.of(d).last_day
>>> test_month_of()
"""

from __future__ import annotations

import datetime as _dt

from hypothesis import strategies as st

from hikari_rules._month import Month

__all__ = ["amounts", "calendar_dates", "dates", "month_end_dates", "months"]

_LO = _dt.date(1990, 1, 1)
_HI = _dt.date(2090, 12, 31)


@st.composite
def month_end_dates(draw: st.DrawFn, min_value: _dt.date = _LO, max_value: _dt.date = _HI) -> _dt.date:
    """Days that sit on a month boundary: the 1st, the 28th–31st, 29 February, 31 December."""
    m = draw(months(min_value, max_value))
    day = draw(st.sampled_from((1, 2, 28, 29, 30, 31, m.days)))
    d = _dt.date(m.year, m.month, min(day, m.days))
    return min(max(d, min_value), max_value)


def dates(min_value: _dt.date = _LO, max_value: _dt.date = _HI) -> st.SearchStrategy[_dt.date]:
    """Any date in range, about half of them on a month boundary (1st, month end, leap day)."""
    return st.one_of(st.dates(min_value, max_value), month_end_dates(min_value, max_value))


def months(min_value: _dt.date = _LO, max_value: _dt.date = _HI) -> st.SearchStrategy[Month]:
    """Months in range, with December and January (year ends) and February drawn often."""
    lo = min_value.year * 12 + min_value.month - 1
    hi = max_value.year * 12 + max_value.month - 1
    plain = st.integers(lo, hi).map(Month.from_index)
    edges = (
        st.integers(min_value.year, max_value.year)
        .flatmap(lambda y: st.sampled_from([i for i in (y * 12, y * 12 + 1, y * 12 + 11) if lo <= i <= hi] or [lo]))
        .map(Month.from_index)
    )
    return st.one_of(plain, edges)


def amounts(*, around: tuple[int, ...] = (100_000, 300_000), max_value: int = 10_000_000) -> st.SearchStrategy[int]:
    """Whole yen, with values at and next to the given thresholds drawn often."""
    near = st.sampled_from(around).flatmap(lambda a: st.integers(max(0, a - 2), a + 2))
    return st.one_of(st.integers(0, max_value), near, st.just(0))


def calendar_dates() -> st.SearchStrategy[_dt.date]:
    """Dates the business-day calendar covers (1949-01-01..2099-12-31), biased to boundaries."""
    from hikari_rules.dates import CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY

    return dates(CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY)
