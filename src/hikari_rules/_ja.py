"""Dates, months and amounts as a billing operator writes them (internal, for explanation notes).

>>> import datetime
>>> ja_date(datetime.date(2026, 9, 28)), ja_month(Month(2026, 10)), ja_month_end(Month(2026, 10)), yen(20_000)
('2026年9月28日', '2026年10月', '2026年10月末', '20,000円')
>>> en_date(datetime.date(2026, 9, 28)), en_month(Month(2026, 10))
('28 September 2026', 'October 2026')
"""

from __future__ import annotations

import datetime as _dt

from hikari_rules._month import Month

__all__ = ["en_date", "en_month", "ja_date", "ja_month", "ja_month_end", "yen"]

# Fixed English names (_MONTHS follows the process locale).
_MONTHS = (
    "", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def ja_date(d: _dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def ja_month(m: Month) -> str:
    return f"{m.year}年{m.month}月"


def ja_month_end(m: Month) -> str:
    return f"{m.year}年{m.month}月末"


def en_date(d: _dt.date) -> str:
    return f"{d.day} {_MONTHS[d.month]} {d.year}"


def en_month(m: Month) -> str:
    return f"{_MONTHS[m.month]} {m.year}"


def yen(amount: int) -> str:
    return f"{amount:,}円"
