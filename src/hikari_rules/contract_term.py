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
from hikari_rules._registry import TRACE, implements, rule
from hikari_rules.errors import RuleInputError

__all__ = [
    "SONET_HIKARI_PLUS",
    "ContractTerm",
    "contract_month",
    "is_renewal_month",
    "next_renewal_window",
    "renewal_window",
]

# -- the rules, as the source states them ------------------------------------------------

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
        "36k+2 (k ≥ 1). Term and window lengths are parameters (ContractTerm)."
    ),
    other_reading=(
        "After month 38 the contract continues with no term (no later window, and no cancellation fee "
        "after month 38), or the renewal windows are only months 37 and 38 and every later month costs "
        "the fee."
    ),
    interpretation_ja=(
        "原文は37カ月目と38カ月目しか示さず、その後について述べていない。本ライブラリは36カ月ごとに自動更新されると読み、"
        "更新期間を36k+1カ月目と36k+2カ月目(k≥1)とする。期間と更新期間の長さはContractTermで変えられる。"
    ),
    other_reading_ja=(
        "38カ月目以降は期間の定めのない契約となる(以後の更新期間も解約金もない)、"
        "あるいは更新期間は37・38カ月目だけで、それ以降はすべて解約金がかかる、という読み方。"
    ),
)


def _positive(name: str, rule_id: str):  # type: ignore[no-untyped-def]
    def validate(_instance: object, _attribute: object, value: object) -> None:
        check_int(value, name, rule_id, minimum=1)

    return validate


@attrs.frozen
class ContractTerm:
    """A fixed-term contract: ``term_months`` long, renewable in the first
    ``renewal_window_months`` months after each term (TERM-1..3).

    >>> ContractTerm()
    ContractTerm(term_months=36, renewal_window_months=2)
    >>> ContractTerm(24, 3).term_months
    24
    """

    term_months: int = attrs.field(default=36, validator=_positive("term_months", "TERM-1"))
    renewal_window_months: int = attrs.field(default=2, validator=_positive("renewal_window_months", "TERM-2"))

    def __attrs_post_init__(self) -> None:
        if self.renewal_window_months > self.term_months:
            raise RuleInputError(
                f"the window ({self.renewal_window_months}) cannot be longer than the term ({self.term_months})",
                parameter="renewal_window_months",
                rule="TERM-2",
            )


SONET_HIKARI_PLUS = ContractTerm()
"""ソネット光プラス: 36-month term, renewal window of 2 months (37 and 38)."""

# -- internal, unchecked cores (indices in, indices out) ---------------------------------


def _check_term(term: object) -> ContractTerm:
    if type(term) is ContractTerm:
        return term
    if isinstance(term, ContractTerm):
        return term
    raise TypeError(f"TERM-1: term: expected a ContractTerm, got {type(term).__name__}")


def _start_index(service_start: object) -> int:
    d = check_date(service_start, "service_start", "TERM-1")
    return d.year * 12 + d.month - 1


def _contract_month(start: int, month: int, parameter: str = "month") -> int:
    n = month - start + 1
    if n < 1:
        raise RuleInputError(
            f"{Month.from_index(month)} is before the service start month {Month.from_index(start)}",
            parameter=parameter,
            rule="TERM-1",
        )
    return n


def _in_window(n: int, term: ContractTerm) -> bool:
    """Whether contract month ``n`` lies in a renewal window (TERM-2, and TERM-3 after it)."""
    return n > term.term_months and (n - 1) % term.term_months < term.renewal_window_months


def _trace_renewal(trace: object, n: int, term: ContractTerm, outcome: bool) -> None:
    """Record which of TERM-2 / TERM-3 decided whether month ``n`` is a renewal month."""
    t = term.term_months
    w = term.renewal_window_months
    first_window_end = t + w
    if n <= first_window_end:
        trace.step(  # type: ignore[attr-defined]
            "TERM-2",
            outcome,
            contract_month=n,
            window=(t + 1, first_window_end),
            note=f"month {n} {'is' if outcome else 'is not'} in the renewal window {t + 1}–{first_window_end}",
            note_ja=f"{n}カ月目は契約更新期間({t + 1}〜{first_window_end}カ月目){'である' if outcome else 'ではない'}",
        )
    else:
        cycle = (n - 1) // t
        lo, hi = cycle * t + 1, cycle * t + w
        trace.step(  # type: ignore[attr-defined]
            "TERM-3",
            outcome,
            contract_month=n,
            cycle=cycle,
            window=(lo, hi),
            note=f"month {n} falls in renewal cycle {cycle}, whose window is months {lo}–{hi}",
            note_ja=f"{n}カ月目は第{cycle}更新周期にあり、その更新期間は{lo}〜{hi}カ月目",
        )


def _trace_month(trace: object, start: int, month: int, n: int) -> None:
    trace.step(  # type: ignore[attr-defined]
        "TERM-1",
        n,
        service_start_month=Month.from_index(start),
        month=Month.from_index(month),
        note=f"{Month.from_index(month)} is contract month {n} (the start month {Month.from_index(start)} is month 1)",
        note_ja=f"{Month.from_index(month)}は契約{n}カ月目(開始月{Month.from_index(start)}が1カ月目)",
    )


# -- public API ----------------------------------------------------------------------------


@implements("TERM-1")
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
    n = _contract_month(start, m)
    trace = TRACE.get()
    if trace is not None:
        _trace_month(trace, start, m, n)
    return n


@implements("TERM-2", "TERM-3")
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
    n = _contract_month(start, m)
    result = _in_window(n, term)
    trace = TRACE.get()
    if trace is not None:
        _trace_month(trace, start, m, n)
        _trace_renewal(trace, n, term, result)
    return result


def _window(start: int, cycle: int, term: ContractTerm) -> tuple[Month, Month]:
    first = start + cycle * term.term_months
    last = first + term.renewal_window_months - 1
    if last > 9999 * 12 + 11:
        raise RuleInputError(f"renewal cycle {cycle} ends after 9999-12", parameter="cycle", rule="TERM-3")
    return Month.from_index(first), Month.from_index(last)


def _trace_window(trace: object, start: int, cycle: int, term: ContractTerm, window: tuple[Month, Month]) -> None:
    lo = cycle * term.term_months + 1
    hi = lo + term.renewal_window_months - 1
    trace.step(  # type: ignore[attr-defined]
        "TERM-2" if cycle == 1 else "TERM-3",
        window,
        service_start_month=Month.from_index(start),
        cycle=cycle,
        contract_months=(lo, hi),
        note=f"renewal window {cycle} is contract months {lo}–{hi}: {window[0]} to {window[1]}",
        note_ja=f"第{cycle}回の契約更新期間は{lo}〜{hi}カ月目({window[0]}〜{window[1]})",
    )


@implements("TERM-2", "TERM-3")
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
    window = _window(start, cycle, term)
    trace = TRACE.get()
    if trace is not None:
        _trace_window(trace, start, cycle, term, window)
    return window


@implements("TERM-2", "TERM-3")
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
    window = _window(start, cycle, term)
    trace = TRACE.get()
    if trace is not None:
        _trace_window(trace, start, cycle, term, window)
    return window
