"""TERM-1..3: contract months and renewal windows."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, explain
from hikari_rules.contract_term import (
    SONET_HIKARI_PLUS,
    ContractTerm,
    contract_month,
    is_renewal_month,
    next_renewal_window,
    renewal_window,
)
from hikari_rules.dates import JST, Month
from hikari_rules.strategies import dates, months

D = dt.date
terms = st.integers(1, 60).flatmap(lambda t: st.builds(ContractTerm, st.just(t), st.integers(1, t)))


# -- TERM-1 ---------------------------------------------------------------------------------


def test_start_month_is_month_one_whatever_the_day() -> None:
    # 「サービス開始日を1ヶ月目とします」: the day within the month does not matter.
    assert contract_month(D(2026, 9, 1), Month(2026, 9)) == 1
    assert contract_month(D(2026, 9, 30), Month(2026, 9)) == 1
    assert contract_month(D(2026, 9, 30), D(2026, 10, 1)) == 2


def test_month_36_is_the_last_month_of_the_term() -> None:
    assert contract_month(D(2026, 9, 3), Month(2029, 8)) == 36
    assert contract_month(D(2026, 9, 3), Month(2029, 9)) == 37


def test_leap_day_start_counts_like_any_other_day() -> None:
    assert contract_month(D(2024, 2, 29), Month(2027, 2)) == 37


def test_month_before_start_is_an_error_naming_term_1() -> None:
    with pytest.raises(RuleInputError, match=r"TERM-1: month"):
        contract_month(D(2026, 9, 3), Month(2026, 8))


def test_contract_month_rejects_datetime_and_wrong_term() -> None:
    with pytest.raises(TypeError):
        contract_month(dt.datetime(2026, 9, 3, tzinfo=JST), Month(2026, 9))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        contract_month(D(2026, 9, 3), "2026-09")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        contract_month(D(2026, 9, 3), Month(2026, 9), term=36)  # type: ignore[arg-type]


@given(dates(), st.integers(0, 1200))
def test_contract_month_counts_calendar_months_from_one(start: dt.date, k: int) -> None:
    assert contract_month(start, Month.of(start) + k) == k + 1


@given(dates(), dates())
def test_contract_month_of_a_date_is_that_of_its_month(start: dt.date, day: dt.date) -> None:
    if Month.of(day) >= Month.of(start):
        assert contract_month(start, day) == contract_month(start, Month.of(day))
    else:
        with pytest.raises(RuleInputError):
            contract_month(start, day)


# -- TERM-2 / TERM-3 ------------------------------------------------------------------------


def test_renewal_months_are_37_and_38() -> None:
    start = D(2026, 9, 20)
    flags = {n: is_renewal_month(start, Month(2026, 9) + (n - 1)) for n in range(1, 112)}
    assert [n for n, f in flags.items() if f] == [37, 38, 73, 74, 109, 110]


def test_first_window_example() -> None:
    assert renewal_window(D(2026, 9, 20)) == (Month(2029, 9), Month(2029, 10))
    assert renewal_window(D(2026, 9, 20), 3) == (Month(2035, 9), Month(2035, 10))


def test_window_spanning_a_year_end() -> None:
    assert renewal_window(D(2023, 12, 31)) == (Month(2026, 12), Month(2027, 1))


def test_next_window_boundaries() -> None:
    start = D(2026, 9, 20)
    assert next_renewal_window(start, Month(2020, 1)) == renewal_window(start, 1)  # before the start
    assert next_renewal_window(start, Month(2029, 10)) == renewal_window(start, 1)  # its last month
    assert next_renewal_window(start, Month(2029, 11)) == renewal_window(start, 2)  # month 39
    assert next_renewal_window(start, D(2032, 9, 15)) == renewal_window(start, 2)


def test_bad_cycle_and_term_values() -> None:
    with pytest.raises(RuleInputError, match="cycle"):
        renewal_window(D(2026, 9, 20), 0)
    with pytest.raises(TypeError):
        renewal_window(D(2026, 9, 20), True)
    with pytest.raises(RuleInputError, match="TERM-3"):
        renewal_window(D(2026, 9, 20), 10**6)
    for bad, rule, parameter in (
        ((0, 1), "TERM-1", "term_months"),
        ((36, 0), "TERM-2", "renewal_window_months"),
        ((12, 13), "TERM-2", "renewal_window_months"),
    ):
        with pytest.raises(RuleInputError) as info:
            ContractTerm(*bad)
        assert (info.value.rule, info.value.parameter) == (rule, parameter)
    with pytest.raises(RuleInputError, match=r"the window \(13\) cannot be longer than the term \(12\)"):
        ContractTerm(12, 13)
    with pytest.raises(TypeError, match="term_months"):
        ContractTerm(36.0, 2)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="TERM-1: term: expected a ContractTerm, got str"):
        contract_month(D(2026, 9, 20), Month(2026, 9), term="36")  # type: ignore[arg-type]


@given(dates(), st.integers(1, 200), terms)
def test_windows_repeat_every_term(start: dt.date, cycle: int, term: ContractTerm) -> None:
    first, last = renewal_window(start, cycle, term=term)
    nxt_first, _nxt_last = renewal_window(start, cycle + 1, term=term)
    assert nxt_first - first == term.term_months
    assert last - first == term.renewal_window_months - 1
    assert contract_month(start, first, term=term) == cycle * term.term_months + 1


@given(dates(), st.integers(0, 2000), terms)
def test_renewal_month_iff_inside_some_window(start: dt.date, k: int, term: ContractTerm) -> None:
    month = Month.of(start) + k
    first, last = next_renewal_window(start, month, term=term)
    assert is_renewal_month(start, month, term=term) == (first <= month <= last)
    assert last >= month
    # periodicity: shifting by a whole term keeps the answer once past the first term
    if k >= term.term_months:
        assert is_renewal_month(start, month + term.term_months, term=term) == is_renewal_month(start, month, term=term)


@given(dates(), months())
def test_no_renewal_month_inside_the_first_term(start: dt.date, month: Month) -> None:
    if Month.of(start) <= month:
        n = contract_month(start, month)
        if n <= SONET_HIKARI_PLUS.term_months:
            assert not is_renewal_month(start, month)


# -- explanations ----------------------------------------------------------------------------


def test_explanation_names_term_3_only_after_the_first_window() -> None:
    start = D(2026, 9, 20)
    assert explain(is_renewal_month, start, Month(2029, 9)).rule_ids == ("TERM-1", "TERM-2")
    later = explain(is_renewal_month, start, Month(2032, 9))
    assert later.rule_ids == ("TERM-1", "TERM-3")
    assert later.result is True
    assert "解釈" in later.text("ja")
    assert "Interpretation" in later.text("en")


@pytest.mark.parametrize(
    ("month", "rule", "inside"),
    [
        (Month(2029, 8), "TERM-2", False),  # contract month 36: before the first window
        (Month(2029, 9), "TERM-2", True),  # 37: the first window opens
        (Month(2029, 10), "TERM-2", True),  # 38: its last month
        (Month(2029, 11), "TERM-3", False),  # 39: between windows
        (Month(2032, 9), "TERM-3", True),  # 73: the second window
        (Month(2032, 10), "TERM-3", True),  # 74
        (Month(2032, 11), "TERM-3", False),  # 75: between windows again
    ],
)
def test_the_window_step_of_a_renewal_month_records_what_it_decided(month: Month, rule: str, inside: bool) -> None:
    e = explain(is_renewal_month, dt.date(2026, 9, 20), month)
    assert e.result is inside
    step = e.steps[-1]
    assert step.rule_id == rule
    assert step.outcome is inside
