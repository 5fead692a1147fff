"""Properties of explanations: ``explain`` decides exactly what a plain call decides, and at
each boundary the rules it records are the ones RULES.md names.

The first property runs over every public rule function: Hypothesis starts from the
sample calls of ``tests/test_explain.py`` (the oracle cases plus its extra rows) and
replaces arguments by drawn values of the same kind, valid or not, so error paths are
compared too (both raise the same exception type, with the same ``rule`` and
``parameter`` for a ``RuleInputError``).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hikari_rules import Month, RuleInputError, explain
from hikari_rules.contract_term import is_renewal_month, next_renewal_window, renewal_window
from hikari_rules.fees import cancellation_fee
from test_explain import CALLS, FUNCTIONS

START = dt.date(2026, 9, 20)


def _like(value: object) -> st.SearchStrategy[Any]:
    """Values of the same kind as ``value``: near it, at month ends and year ends, or far off."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, enum.Enum):
        return st.sampled_from(list(type(value)))
    if isinstance(value, int):
        return st.one_of(st.integers(-2, 400_000), st.sampled_from([0, 99_999, 100_000, 100_001, 300_000]))
    if isinstance(value, dt.datetime):
        return st.datetimes(
            min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2098, 12, 31), timezones=st.just(value.tzinfo)
        )
    if isinstance(value, dt.date):
        near = st.integers(-800, 800).map(lambda k: value + dt.timedelta(days=k))
        return st.one_of(near, st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
    if isinstance(value, Month):
        index = value.year * 12 + value.month - 1
        return st.integers(-40, 120).map(lambda k: value + k if 12 <= index + k <= 9999 * 12 + 11 else value)
    return st.just(value)


@st.composite
def _calls(draw: st.DrawFn, name: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    args, kwargs = draw(st.sampled_from(CALLS[name]))
    args = tuple(draw(st.one_of(st.just(a), _like(a))) for a in args)
    kwargs = {k: draw(st.one_of(st.just(v), _like(v))) for k, v in kwargs.items()}
    return args, kwargs


def _outcome(f: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[str, Any]:
    try:
        return "returned", f(*args, **kwargs)
    except RuleInputError as exc:
        return "raised", (type(exc), exc.rule, exc.parameter)
    except Exception as exc:  # compared, not swallowed
        return "raised", (type(exc),)


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_explain_decides_what_a_plain_call_decides(name: str) -> None:
    func = FUNCTIONS[name]

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_calls(name))
    def check(call: tuple[tuple[Any, ...], dict[str, Any]]) -> None:
        args, kwargs = call
        plain = _outcome(func, args, kwargs)
        explained = _outcome(lambda *a, **k: explain(func, *a, **k).result, args, kwargs)
        assert plain == explained

    check()


# -- boundaries: the rule that decides is the one RULES.md names ------------------------------------


@pytest.mark.parametrize(
    ("contract_month", "renewal", "deciding_rule"),
    [
        (36, False, "TERM-2"),  # the last month of the term: before the window
        (37, True, "TERM-2"),  # 「契約更新期間は37ヶ月目と38ヶ月目です。」
        (38, True, "TERM-2"),
        (39, False, "TERM-3"),  # after month 38: the interpretation's cycles
        (72, False, "TERM-3"),
        (73, True, "TERM-3"),
        (74, True, "TERM-3"),
        (75, False, "TERM-3"),
    ],
)
def test_the_renewal_rule_that_decides_each_boundary_month(
    contract_month: int, renewal: bool, deciding_rule: str
) -> None:
    month = Month.of(START) + (contract_month - 1)
    e = explain(is_renewal_month, START, month)
    assert e.result is renewal
    assert e.rule_ids == ("TERM-1", deciding_rule)
    assert e.steps[0].outcome == contract_month
    f = explain(cancellation_fee, START, month)
    assert f.rule_ids[:3] == ("TERM-1", deciding_rule, "FEE-1")
    assert ("FEE-7" in f.rule_ids) is not renewal  # the amount is decided only when a fee is due


def test_cycle_1_is_term_2s_window_and_cycle_2_is_term_3s() -> None:
    assert explain(renewal_window, START, 1).rule_ids == ("TERM-2",)
    assert explain(renewal_window, START, 2).rule_ids == ("TERM-3",)
    assert explain(next_renewal_window, START, Month(2029, 10)).rule_ids == ("TERM-2",)
    assert explain(next_renewal_window, START, Month(2029, 11)).rule_ids == ("TERM-3",)


def test_the_last_representable_month_names_the_rule_and_parameter() -> None:
    # 9999-12 is the last month a date can express: a window beyond it is an error of TERM-3's cycle.
    late = dt.date(9996, 12, 1)
    assert explain(is_renewal_month, late, Month(9999, 12)).rule_ids == ("TERM-1", "TERM-2")
    with pytest.raises(RuleInputError) as info:
        renewal_window(late, 2)
    assert (info.value.rule, info.value.parameter) == ("TERM-3", "cycle")
    with pytest.raises(RuleInputError) as info:
        is_renewal_month(START, Month(2026, 8))
    assert (info.value.rule, info.value.parameter) == ("TERM-1", "month")


def test_a_window_ending_in_9999_12_is_the_last_one_there_is() -> None:
    # 37 months after November 9996 is December 9999: that first window still exists ...
    assert renewal_window(dt.date(9996, 11, 30), 1) == (Month(9999, 11), Month(9999, 12))
    e = explain(renewal_window, dt.date(9996, 11, 30), 1)
    assert e.steps[-1].outcome == (Month(9999, 11), Month(9999, 12))
    assert e.steps[-1].say("ja") == "最初の契約更新期間は37〜38カ月目(9999年11月〜9999年12月)"
    # ... and a month later it would end after the last month a date can express.
    with pytest.raises(RuleInputError) as info:
        renewal_window(dt.date(9996, 12, 1), 1)
    assert (info.value.rule, info.value.parameter) == ("TERM-3", "cycle")
