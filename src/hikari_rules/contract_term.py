"""Contract term and renewal windows of ソネット光プラス (TERM-1..3).

Source: WITHDRAW, 「解約金について」.  A contract month is a calendar month; the month
that contains the service start date is month 1.  The arithmetic is on month
indices (``year * 12 + month - 1``), so every function here is O(1).

>>> import datetime
>>> start = datetime.date(2026, 9, 20)
>>> contract_month(start, Month(2029, 9))          # 36 months later
37
>>> renewal_window(start)                          # months 37 and 38
(Month(2029, 9), Month(2029, 10))
>>> is_renewal_month(start, Month(2032, 9))        # month 73: TERM-3's second window
True
"""

from __future__ import annotations

import datetime as _dt

import attrs

from hikari_rules._check import check_date, check_int, month_index
from hikari_rules._month import Month
from hikari_rules._registry import TRACE, Trace, implements, rule
from hikari_rules.errors import RuleInputError

__all__ = [
    "SONET_HIKARI_PLUS",
    "ContractTerm",
    "contract_month",
    "is_renewal_month",
    "next_renewal_window",
    "renewal_window",
]

# -- TERM-1 Contract term ------------------------------------------------------------------

TERM_1 = rule(
    "TERM-1",
    title="Contract term",
    title_ja="契約期間",
    source="WITHDRAW",
    section="解約金について",
    quote="ソネット光プラスは契約期間が36カ月です。\nサービス開始日を1ヶ月目とします。",
    statement="The contract term is 36 months, counted from the service start month as month 1.",
    statement_ja="契約期間は36カ月で、サービス開始日を含む月を1カ月目として数える。",
)
MONTH_OF_CONTRACT = TERM_1.clause("{month} is contract month {n} (the service start month, {start}, is month 1)")


def _positive(_instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    """A whole number of months, at least 1 (the field's rule from its metadata)."""
    check_int(value, attribute.name, attribute.metadata["rule"], minimum=1)


@attrs.frozen
class ContractTerm:
    """A fixed-term contract: ``term_months`` long, renewable in the first
    ``renewal_window_months`` months after each term (TERM-1..3).

    >>> ContractTerm()
    ContractTerm(term_months=36, renewal_window_months=2)
    >>> ContractTerm(24, 3).term_months
    24
    """

    term_months: int = attrs.field(
        default=36, validator=_positive, metadata={"label": "term (months)", "rule": "TERM-1"}
    )
    renewal_window_months: int = attrs.field(
        default=2, validator=_positive, metadata={"label": "renewal window (months)", "rule": "TERM-2"}
    )

    def __attrs_post_init__(self) -> None:
        if self.renewal_window_months > self.term_months:
            raise RuleInputError(
                f"the window ({self.renewal_window_months}) cannot be longer than the term ({self.term_months})",
                parameter="renewal_window_months",
                rule="TERM-2",
            )


SONET_HIKARI_PLUS = ContractTerm()
"""ソネット光プラス: 36-month term, renewal window of 2 months (37 and 38)."""


def _check_term(term: object) -> ContractTerm:
    if isinstance(term, ContractTerm):
        return term
    raise TypeError(f"TERM-1: term: expected a ContractTerm, got {type(term).__name__}")


def _start_index(service_start: object) -> int:
    d = check_date(service_start, "service_start", "TERM-1")
    return d.year * 12 + d.month - 1


def _contract_month(start: int, month: int, trace: Trace | None, parameter: str = "month") -> int:
    """TERM-1 on month indices: the contract month of ``month`` (recorded when explaining)."""
    n = month - start + 1
    if n < 1:
        raise RuleInputError(
            f"{Month.from_index(month)} is before the service start month {Month.from_index(start)}",
            parameter=parameter,
            rule="TERM-1",
        )
    if trace is not None:
        trace.add(MONTH_OF_CONTRACT, n, month=Month.from_index(month), n=n, start=Month.from_index(start))
    return n


@implements(
    "TERM-1",
    question="Which month of the contract is {month}, for a service that started on {service_start}?",
    answer="contract month {result}",
)
def contract_month(service_start: _dt.date, month: Month | _dt.date, *, term: ContractTerm = SONET_HIKARI_PLUS) -> int:
    """The 1-based contract month of ``month`` (TERM-1): the start month is month 1.

    A month before the start month raises :class:`~hikari_rules.RuleInputError`.

    >>> import datetime
    >>> contract_month(datetime.date(2024, 2, 29), datetime.date(2024, 2, 1))
    1
    >>> contract_month(datetime.date(2024, 2, 29), Month(2027, 1))
    36
    """
    _check_term(term)
    start = _start_index(service_start)
    m = month_index(month, "month", "TERM-1")
    return _contract_month(start, m, TRACE.get())


# -- TERM-2 Renewal window, and TERM-3 the windows after it --------------------------------------

TERM_2 = rule(
    "TERM-2",
    title="Renewal window",
    title_ja="契約更新期間",
    source="WITHDRAW",
    section="解約金について",
    quote="契約更新期間は37ヶ月目と38ヶ月目です。",
    statement="Months 37 and 38 are the renewal period (契約更新期間).",
    statement_ja="37カ月目と38カ月目が契約更新期間である。",
)
IN_FIRST_WINDOW = TERM_2.clause("contract month {n} is in the renewal window, months {lo}–{hi}")
BEFORE_FIRST_WINDOW = TERM_2.clause("contract month {n} is before the renewal window, months {lo}–{hi}")

TERM_3 = rule(
    "TERM-3",
    title="Auto-renewal in 36-month cycles",
    title_ja="36カ月ごとの自動更新",
    source="WITHDRAW",
    section="解約金について",
    statement=(
        "After month 38 the contract renews automatically in 36-month cycles: the renewal windows "
        "are months 36k+1 and 36k+2 for every k ≥ 1 (37–38, 73–74, 109–110, …)."
    ),
    statement_ja="38カ月目以降も36カ月ごとに自動更新され、36k+1カ月目と36k+2カ月目(k≥1)が更新期間となる。",
    interpretation=(
        "The source names only months 37 and 38 and is silent on what follows. The library reads the "
        "contract as renewing automatically every 36 months, so the windows recur at months 36k+1 and "
        "36k+2 (k ≥ 1). The term and window lengths can be set for another provider's contract."
    ),
    other_reading=(
        "After month 38 the contract continues with no term (no later window, and no cancellation fee "
        "after month 38), or the renewal windows are only months 37 and 38 and every later month costs "
        "the fee."
    ),
    interpretation_ja=(
        "原文は37カ月目と38カ月目しか示さず、その後について述べていない。本ライブラリは36カ月ごとに自動更新されると読み、"
        "更新期間を36k+1カ月目と36k+2カ月目(k≥1)とする。他社の契約に合わせて期間と更新期間の長さを変えられる。"
    ),
    other_reading_ja=(
        "38カ月目以降は期間の定めのない契約となる(以後の更新期間も解約金もない)、"
        "あるいは更新期間は37・38カ月目だけで、それ以降はすべて解約金がかかる、という読み方。"
    ),
)
IN_LATER_WINDOW = TERM_3.clause("contract month {n} is in renewal window {cycle}, months {lo}–{hi}")
BETWEEN_WINDOWS = TERM_3.clause(
    "contract month {n} falls between renewal windows: the last one ended with month {last_hi}, "
    "the next one starts with month {next_lo}"
)
WINDOW_OF_CYCLE = TERM_3.clause("renewal window {cycle} is contract months {lo}–{hi}: {first} to {last}")
FIRST_WINDOW = TERM_2.clause("the first renewal window is contract months {lo}–{hi}: {first} to {last}")


def _in_window(n: int, term: ContractTerm, trace: Trace | None = None) -> bool:
    """Whether contract month ``n`` lies in a renewal window (recorded when explaining).

    TERM-2 decides through the end of the first window (months 1–38: in the window or not
    yet); every later month is TERM-3's, whose cycles repeat the term."""
    t = term.term_months
    w = term.renewal_window_months
    cycle, offset = divmod(n - 1, t)
    inside = cycle >= 1 and offset < w
    if trace is not None:
        if n <= t + w:
            trace.add(IN_FIRST_WINDOW if inside else BEFORE_FIRST_WINDOW, inside, n=n, lo=t + 1, hi=t + w)
        elif inside:
            lo = cycle * t + 1
            trace.add(IN_LATER_WINDOW, inside, n=n, cycle=cycle, lo=lo, hi=lo + w - 1)
        else:
            trace.add(BETWEEN_WINDOWS, inside, n=n, last_hi=cycle * t + w, next_lo=(cycle + 1) * t + 1)
    return inside


@implements(
    "TERM-2",
    "TERM-3",
    question="Is {month} a renewal month, for a service that started on {service_start}?",
)
def is_renewal_month(
    service_start: _dt.date, month: Month | _dt.date, *, term: ContractTerm = SONET_HIKARI_PLUS
) -> bool:
    """Whether ``month`` is in a renewal window: months 37–38 (TERM-2), then every
    36 months after (TERM-3, interpretation).

    >>> import datetime
    >>> s = datetime.date(2026, 1, 31)
    >>> [is_renewal_month(s, Month(2026, 1) + k) for k in (35, 36, 37, 38)]
    [False, True, True, False]
    """
    term = _check_term(term)
    start = _start_index(service_start)
    m = month_index(month, "month", "TERM-1")
    trace = TRACE.get()
    return _in_window(_contract_month(start, m, trace), term, trace)


def _window(start: int, cycle: int, term: ContractTerm, trace: Trace | None) -> tuple[Month, Month]:
    """The ``cycle``-th renewal window on month indices: TERM-2's for cycle 1, TERM-3's after."""
    lo = cycle * term.term_months + 1
    hi = lo + term.renewal_window_months - 1
    if start + hi - 1 > 9999 * 12 + 11:
        raise RuleInputError(f"renewal cycle {cycle} ends after 9999-12", parameter="cycle", rule="TERM-3")
    window = Month.from_index(start + lo - 1), Month.from_index(start + hi - 1)
    if trace is not None:
        clause = FIRST_WINDOW if cycle == 1 else WINDOW_OF_CYCLE
        trace.add(clause, window, cycle=cycle, lo=lo, hi=hi, first=window[0], last=window[1])
    return window


@implements(
    "TERM-2",
    "TERM-3",
    question="Which months are renewal window {cycle}, for a service that started on {service_start}?",
)
def renewal_window(
    service_start: _dt.date, cycle: int = 1, *, term: ContractTerm = SONET_HIKARI_PLUS
) -> tuple[Month, Month]:
    """First and last month of the ``cycle``-th renewal window (cycle 1 → months 37 and 38).

    >>> import datetime
    >>> renewal_window(datetime.date(2026, 9, 3), 2)
    (Month(2032, 9), Month(2032, 10))
    """
    term = _check_term(term)
    start = _start_index(service_start)
    cycle = check_int(cycle, "cycle", "TERM-3", minimum=1)
    return _window(start, cycle, term, TRACE.get())


@implements(
    "TERM-2",
    "TERM-3",
    question="Which is the first renewal window that ends in or after {on_or_after}, "
    "for a service that started on {service_start}?",
)
def next_renewal_window(
    service_start: _dt.date, on_or_after: Month | _dt.date, *, term: ContractTerm = SONET_HIKARI_PLUS
) -> tuple[Month, Month]:
    """The first renewal window whose last month is on or after ``on_or_after``.

    A month before the start month gives the first window.

    >>> import datetime
    >>> next_renewal_window(datetime.date(2026, 9, 3), Month(2029, 10))
    (Month(2029, 9), Month(2029, 10))
    >>> next_renewal_window(datetime.date(2026, 9, 3), Month(2029, 11))
    (Month(2032, 9), Month(2032, 10))
    """
    term = _check_term(term)
    start = _start_index(service_start)
    target = month_index(on_or_after, "on_or_after", "TERM-3")
    # Smallest cycle k >= 1 with start + k*T + W - 1 >= target.
    need = target - start - term.renewal_window_months + 1
    cycle = max(1, -(-need // term.term_months))
    return _window(start, cycle, term, TRACE.get())
