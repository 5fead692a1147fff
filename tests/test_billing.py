"""CHG-1..4 (monthly flat and per-use charges), PAY-1 (billing month) and CAP-1 (NTT請求 cap)."""

from __future__ import annotations

import datetime as dt
import itertools
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, explain
from hikari_rules.billing import (
    NTT_BILLING_CAP,
    CapPolicy,
    ConsolidatedSplit,
    PerUsePurchase,
    Subscription,
    billing_month,
    charged_month_count,
    charged_months,
    charges_in_month,
    is_charged,
    per_use_charge_count,
    per_use_total,
    split_consolidated,
    total_charged_months,
)
from hikari_rules.dates import JST, Month
from hikari_rules.strategies import amounts, dates, months

D = dt.date
M = Month
WIDE = (D(1, 1, 1), D(9999, 12, 31))
LO, HI = D(1990, 1, 1), D(2090, 12, 31)


@st.composite
def spans(draw: st.DrawFn, lo: dt.date = LO, hi: dt.date = HI) -> tuple[dt.date, dt.date]:
    """A purchase date and a cancellation on or after it, biased to month boundaries."""
    a = draw(dates(lo, hi))
    b = draw(st.one_of(dates(a, hi), st.just(a), st.builds(lambda m: m.first_day, months(a, hi))))
    return a, max(a, b)


def wide_dates() -> st.SearchStrategy[dt.date]:
    return st.one_of(dates(*WIDE), st.dates(*WIDE))


# -- CHG-1: the source's own patterns ---------------------------------------------------------------


def test_pattern_1_bought_in_n_cancelled_in_n_plus_2_is_three_months() -> None:
    # パターン1: 購入 課金 | 課金 | 解約 課金
    assert charged_months(D(2026, 9, 20), D(2026, 11, 10)) == (M(2026, 9), M(2026, 10), M(2026, 11))


def test_pattern_3_bought_and_cancelled_in_the_same_month_is_one_full_month() -> None:
    # パターン3: 購入 解約 課金 — no proration, even for a few days
    assert charged_months(D(2026, 9, 10), D(2026, 9, 12)) == (M(2026, 9),)
    assert charged_month_count(D(2026, 9, 30), D(2026, 9, 30)) == 1


def test_pattern_6_cancelled_on_the_1st_of_the_next_month_charges_only_the_purchase_month() -> None:
    # パターン6: 購入 課金 | 解約(1日)
    assert charged_months(D(2026, 9, 20), D(2026, 10, 1)) == (M(2026, 9),)


def test_cancelled_on_the_2nd_of_the_next_month_charges_that_month() -> None:
    assert charged_months(D(2026, 9, 20), D(2026, 10, 2)) == (M(2026, 9), M(2026, 10))


def test_cancelled_on_the_last_day_of_a_month_charges_that_month() -> None:
    assert charged_months(D(2026, 9, 1), D(2026, 9, 30)) == (M(2026, 9),)
    assert charged_months(D(2026, 8, 31), D(2026, 9, 30)) == (M(2026, 8), M(2026, 9))


# -- CHG-2 and its exception --------------------------------------------------------------------------


def test_bought_on_the_1st_and_cancelled_the_same_day_is_charged() -> None:
    # (1日に購入し、同日の1日に解約した場合は除く): CHG-1 applies
    assert charged_months(D(2026, 11, 1), D(2026, 11, 1)) == (M(2026, 11),)
    assert is_charged(D(2026, 11, 1), D(2026, 11, 1), M(2026, 11))


def test_bought_on_the_1st_and_cancelled_on_the_1st_of_the_next_month() -> None:
    assert charged_months(D(2026, 11, 1), D(2026, 12, 1)) == (M(2026, 11),)


def test_cancelled_on_the_1st_several_months_later_drops_only_that_month() -> None:
    assert charged_months(D(2026, 9, 15), D(2027, 1, 1)) == (M(2026, 9), M(2026, 10), M(2026, 11), M(2026, 12))


def test_year_end_cancellation_on_1_january() -> None:
    assert charged_months(D(2026, 12, 31), D(2027, 1, 1)) == (M(2026, 12),)
    assert charged_months(D(2026, 12, 31), D(2027, 1, 2)) == (M(2026, 12), M(2027, 1))


def test_leap_day_purchase_and_cancellation_on_1_march() -> None:
    assert charged_months(D(2024, 2, 29), D(2024, 3, 1)) == (M(2024, 2),)
    assert charged_month_count(D(2024, 2, 29), D(2028, 2, 29)) == 49


def test_explanation_lists_the_base_rule_and_the_exceptions_in_order() -> None:
    plain = explain(charged_months, D(2026, 9, 20), D(2026, 11, 10))
    assert plain.rule_ids == ("CHG-1",)
    first = explain(charged_month_count, D(2026, 9, 20), D(2026, 11, 1))
    assert first.result == 2
    assert first.rule_ids == ("CHG-1", "CHG-2")
    assert [s.outcome for s in first.steps] == [True, False]
    same_day = explain(charged_months, D(2026, 11, 1), D(2026, 11, 1))
    assert [s.rule_id for s in same_day.steps] == ["CHG-1", "CHG-2", "CHG-1"]
    assert same_day.steps[-1].outcome is True
    assert "翌月1日に解約した場合" in same_day.text("ja")


# -- open subscriptions and `through` ----------------------------------------------------------------


def test_open_subscription_counts_through_the_month_asked_about() -> None:
    assert charged_months(D(2026, 9, 20), through=M(2026, 12)) == (M(2026, 9), M(2026, 10), M(2026, 11), M(2026, 12))
    assert charged_month_count(D(2026, 9, 20), None, through=D(2026, 9, 1)) == 1


def test_open_subscription_with_through_before_the_purchase_month_has_no_months() -> None:
    assert charged_months(D(2026, 9, 20), through=M(2026, 8)) == ()
    assert charged_month_count(D(2026, 9, 20), through=M(2020, 1)) == 0
    assert not is_charged(D(2026, 9, 20), None, M(2026, 8))


def test_through_cuts_a_cancelled_subscription() -> None:
    assert charged_months(D(2026, 9, 20), D(2027, 3, 5), through=M(2026, 10)) == (M(2026, 9), M(2026, 10))
    assert charged_months(D(2026, 9, 20), D(2027, 3, 5), through=M(2026, 8)) == ()
    assert charged_months(D(2026, 9, 20), D(2026, 10, 5), through=M(2030, 1)) == (M(2026, 9), M(2026, 10))


def test_open_subscription_without_through_is_an_error() -> None:
    with pytest.raises(RuleInputError, match=r"CHG-1: through"):
        charged_months(D(2026, 9, 20))
    with pytest.raises(RuleInputError, match="through"):
        charged_month_count(D(2026, 9, 20), None)


def test_cancellation_before_purchase_is_an_error() -> None:
    with pytest.raises(RuleInputError, match=r"CHG-1: cancelled_on"):
        charged_months(D(2026, 9, 20), D(2026, 9, 19))
    with pytest.raises(RuleInputError, match="cancelled_on"):
        is_charged(D(2026, 9, 20), D(2026, 9, 19), M(2026, 9))


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((dt.datetime(2026, 9, 20, tzinfo=JST), D(2026, 10, 1)), {}),
        ((D(2026, 9, 20), dt.datetime(2026, 10, 1, tzinfo=JST)), {}),
        (("2026-09-20", D(2026, 10, 1)), {}),
        ((D(2026, 9, 20), None), {"through": "2026-10"}),
        ((D(2026, 9, 20), None), {"through": 202610}),
        ((None, D(2026, 10, 1)), {}),
    ],
)
def test_wrong_types_are_type_errors(args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        charged_months(*args, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        charged_month_count(*args, **kwargs)  # type: ignore[arg-type]


def test_is_charged_needs_a_month() -> None:
    with pytest.raises(TypeError):
        is_charged(D(2026, 9, 20), None, "2026-09")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        is_charged(D(2026, 9, 20), None, None)  # type: ignore[arg-type]


def test_extreme_dates_do_not_overflow() -> None:
    assert charged_month_count(D(1, 1, 1), D(9999, 12, 31)) == 9999 * 12
    assert charged_months(D(9999, 12, 31), through=M(9999, 12)) == (M(9999, 12),)
    assert charged_months(D(1, 1, 1), D(1, 2, 1)) == (M(1, 1),)


# -- CHG-1 / CHG-2 properties ---------------------------------------------------------------------------


@given(spans(*WIDE), st.one_of(st.none(), months(*WIDE)))
def test_count_is_the_length_of_the_months(span: tuple[dt.date, dt.date], through: Month | None) -> None:
    p, c = span
    assert charged_month_count(p, c, through=through) == len(charged_months(p, c, through=through))


@given(wide_dates(), months(*WIDE))
def test_open_count_is_the_length_of_the_months(p: dt.date, through: Month) -> None:
    assert charged_month_count(p, through=through) == len(charged_months(p, through=through))


@given(spans())
def test_charged_months_are_consecutive_from_the_purchase_month(span: tuple[dt.date, dt.date]) -> None:
    p, c = span
    got = charged_months(p, c)
    assert got[0] == Month.of(p)
    assert all(b - a == 1 for a, b in itertools.pairwise(got))
    assert got[-1] in (Month.of(c), Month.of(c) - 1)


@given(spans())
def test_a_subscription_is_never_charged_for_fewer_than_one_month(span: tuple[dt.date, dt.date]) -> None:
    assert charged_month_count(*span) >= 1


@given(spans())
def test_only_a_cancellation_on_a_later_1st_drops_the_cancellation_month(span: tuple[dt.date, dt.date]) -> None:
    p, c = span
    dropped = Month.of(c) not in charged_months(p, c)
    assert dropped == (c.day == 1 and Month.of(c) > Month.of(p))


@given(spans())
def test_no_proration_the_day_of_purchase_does_not_matter(span: tuple[dt.date, dt.date]) -> None:
    # Moving the purchase to the 1st of its month (never after the cancellation) keeps the count,
    # except in the one case the exception-to-the-exception names: bought and cancelled on the same 1st.
    p, c = span
    earlier = Month.of(p).first_day
    if not (c.day == 1 and Month.of(c) == Month.of(p)):
        assert charged_month_count(earlier, c) == charged_month_count(p, c)


@given(spans(), months())
def test_is_charged_agrees_with_charged_months(span: tuple[dt.date, dt.date], m: Month) -> None:
    p, c = span
    assert is_charged(p, c, m) == (m in charged_months(p, c))
    assert is_charged(p, None, m) == (m in charged_months(p, through=m))
    assert is_charged(p, c, m.last_day) == is_charged(p, c, m)


@given(spans(), months(), months())
def test_through_is_a_filter_and_monotone(span: tuple[dt.date, dt.date], t1: Month, t2: Month) -> None:
    p, c = span
    everything = charged_months(p, c)
    assert charged_months(p, c, through=t1) == tuple(m for m in everything if m <= t1)
    lo, hi = min(t1, t2), max(t1, t2)
    assert charged_month_count(p, through=lo) <= charged_month_count(p, through=hi)
    assert charged_month_count(p, c, through=lo) <= charged_month_count(p, c, through=hi)


@given(dates(), months())
def test_open_subscription_counts_months_inclusive(p: dt.date, t: Month) -> None:
    assert charged_month_count(p, through=t) == max(0, t - Month.of(p) + 1)


# -- CHG-3: re-purchase -----------------------------------------------------------------------------------


def test_pattern_5_buying_again_in_the_same_month_charges_again() -> None:
    subs = [Subscription(D(2026, 9, 5), D(2026, 9, 10)), Subscription(D(2026, 9, 20), D(2026, 9, 25))]
    assert charges_in_month(subs, M(2026, 9)) == 2
    assert total_charged_months(subs) == 2


def test_repurchase_after_cancellation_on_the_1st() -> None:
    subs = [Subscription(D(2026, 9, 20), D(2026, 10, 1)), Subscription(D(2026, 10, 1))]
    assert charges_in_month(subs, M(2026, 10)) == 1
    assert total_charged_months(subs, through=M(2026, 12)) == 1 + 3
    # Each subscription's own months are explained (CHG-1, CHG-2 for the 1 October cancellation), then the sum.
    assert explain(total_charged_months, subs, through=M(2026, 12)).rule_ids == ("CHG-1", "CHG-2", "CHG-3")
    assert explain(charges_in_month, subs, M(2026, 10)).rule_ids == ("CHG-1", "CHG-2", "CHG-3")


def test_subscriptions_validate_their_dates() -> None:
    with pytest.raises(RuleInputError, match="CHG-3: cancelled_on"):
        Subscription(D(2026, 9, 20), D(2026, 9, 1))
    with pytest.raises(TypeError):
        Subscription(dt.datetime(2026, 9, 20, tzinfo=JST))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        total_charged_months("abc", through=M(2026, 9))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        total_charged_months([(D(2026, 9, 1), None)], through=M(2026, 9))  # type: ignore[list-item]
    with pytest.raises(TypeError):
        charges_in_month(None, M(2026, 9))  # type: ignore[arg-type]
    with pytest.raises(RuleInputError, match="through"):
        total_charged_months([Subscription(D(2026, 9, 1))])


@given(st.lists(spans(), max_size=6), months())
def test_each_purchase_is_counted_on_its_own(raw: list[tuple[dt.date, dt.date]], t: Month) -> None:
    subs = [Subscription(p, c) for p, c in raw]
    assert total_charged_months(subs) == sum(charged_month_count(p, c) for p, c in raw)
    assert charges_in_month(subs, t) == sum(is_charged(p, c, t) for p, c in raw)
    # Buying the very same thing again adds its months again, never merges them.
    if subs:
        assert total_charged_months([*subs, subs[0]]) == total_charged_months(subs) + charged_month_count(*raw[0])


@given(st.lists(spans(), max_size=4), months())
def test_explanations_of_the_sums_repeat_each_subscriptions_own_explanation(
    raw: list[tuple[dt.date, dt.date]], t: Month
) -> None:
    # The CHG-3 sums say, per subscription, what charged_month_count / is_charged say about it, then the sum.
    subs = [Subscription(p, c) for p, c in raw]
    total = explain(total_charged_months, subs, through=t)
    assert total.steps[:-1] == tuple(s for p, c in raw for s in explain(charged_month_count, p, c, through=t).steps)
    assert total.steps[-1].rule_id == "CHG-3"
    in_month = explain(charges_in_month, subs, t)
    assert in_month.steps[:-1] == tuple(s for p, c in raw for s in explain(is_charged, p, c, t).steps)
    assert in_month.steps[-1].rule_id == "CHG-3"


# -- CHG-4: per-use charges -------------------------------------------------------------------------------


def test_per_use_repeat_purchases_are_each_charged() -> None:
    buys = [PerUsePurchase("movie", 330), PerUsePurchase("movie", 330), PerUsePurchase("game", 110)]
    assert per_use_total(buys) == 770
    assert per_use_charge_count(buys) == 3
    assert per_use_total([]) == 0
    assert explain(per_use_total, buys).rule_ids == ("CHG-4",)


def test_per_use_bad_input() -> None:
    with pytest.raises(RuleInputError, match="CHG-4: price"):
        PerUsePurchase("movie", -1)
    with pytest.raises(TypeError):
        PerUsePurchase("movie", True)
    with pytest.raises(TypeError):
        PerUsePurchase(1, 100)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        per_use_total([330])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        per_use_charge_count(PerUsePurchase("movie", 330))  # type: ignore[arg-type]


@given(st.lists(st.tuples(st.sampled_from(["a", "b"]), st.integers(0, 10**6)), max_size=8))
def test_per_use_total_grows_with_every_purchase(raw: list[tuple[str, int]]) -> None:
    buys = [PerUsePurchase(s, p) for s, p in raw]
    assert per_use_total(buys) == sum(p for _, p in raw)
    for b in buys:
        assert per_use_total([*buys, b]) == per_use_total(buys) + b.price
        assert per_use_charge_count([*buys, b]) == per_use_charge_count(buys) + 1


# -- PAY-1: billing month ------------------------------------------------------------------------------------


def test_september_usage_is_billed_in_october() -> None:
    # WITHDRAW: 「9月利用分は10月に請求されます」
    assert billing_month(M(2026, 9)) == M(2026, 10)
    assert billing_month(D(2026, 12, 31)) == M(2027, 1)
    assert explain(billing_month, M(2026, 9)).rule_ids == ("PAY-1",)


def test_billing_month_bad_input() -> None:
    with pytest.raises(RuleInputError, match="PAY-1: usage_month"):
        billing_month(M(9999, 12))
    with pytest.raises(TypeError):
        billing_month("2026-09")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        billing_month(dt.datetime(2026, 9, 30, 23, tzinfo=JST))  # type: ignore[arg-type]


@given(months(*WIDE).filter(lambda m: m < M(9999, 12)))
def test_billing_month_is_always_the_next_month(m: Month) -> None:
    assert billing_month(m) - m == 1
    assert billing_month(m.last_day) == billing_month(m.first_day)


# -- CAP-1 ----------------------------------------------------------------------------------------------------


def test_exactly_the_cap_stays_on_the_phone_bill() -> None:
    assert split_consolidated(100_000) == ConsolidatedSplit(100_000, 0)
    assert split_consolidated(100_000, policy=CapPolicy.EXCESS) == ConsolidatedSplit(100_000, 0)


def test_one_yen_over_the_cap_whole_goes_direct_by_default() -> None:
    assert split_consolidated(100_001) == ConsolidatedSplit(0, 100_001)
    assert split_consolidated(100_001, policy=CapPolicy.EXCESS) == ConsolidatedSplit(100_000, 1)


def test_zero_and_custom_cap() -> None:
    assert split_consolidated(0) == ConsolidatedSplit(0, 0)
    assert split_consolidated(5, cap=0) == ConsolidatedSplit(0, 5)
    assert split_consolidated(50_000, cap=30_000, policy=CapPolicy.EXCESS) == ConsolidatedSplit(30_000, 20_000)
    assert NTT_BILLING_CAP == 100_000


def test_cap_explanation_names_the_interpretation() -> None:
    e = explain(split_consolidated, 150_000)
    assert e.rule_ids == ("CAP-1",)
    assert "Interpretation" in e.text("en")
    assert "10万円を超えるご利用料金" in e.text("ja")


@pytest.mark.parametrize(
    ("amount", "kwargs", "error"),
    [
        (-1, {}, RuleInputError),
        (True, {}, TypeError),
        (1.0, {}, TypeError),
        (Fraction(1), {}, TypeError),
        ("100", {}, TypeError),
        (None, {}, TypeError),
        (100, {"cap": -1}, RuleInputError),
        (100, {"cap": False}, TypeError),
        (100, {"policy": "WHOLE"}, TypeError),
        (100, {"policy": None}, TypeError),
    ],
)
def test_split_bad_input(amount: object, kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        split_consolidated(amount, **kwargs)  # type: ignore[arg-type]


@given(amounts(), st.one_of(st.just(NTT_BILLING_CAP), amounts()), st.sampled_from(CapPolicy))
def test_split_parts_are_non_negative_and_sum_to_the_amount(amount: int, cap: int, policy: CapPolicy) -> None:
    s = split_consolidated(amount, cap=cap, policy=policy)
    assert s.phone_bill >= 0
    assert s.direct >= 0
    assert s.phone_bill + s.direct == amount
    assert s.phone_bill <= cap


@given(amounts(), amounts())
def test_policies_agree_up_to_the_cap_and_differ_above_it(amount: int, cap: int) -> None:
    whole = split_consolidated(amount, cap=cap)
    excess = split_consolidated(amount, cap=cap, policy=CapPolicy.EXCESS)
    if amount <= cap:
        assert whole == excess == ConsolidatedSplit(amount, 0)
    else:
        assert whole == ConsolidatedSplit(0, amount)
        assert excess == ConsolidatedSplit(cap, amount - cap)


@given(amounts(), amounts())
def test_excess_phone_bill_never_shrinks_as_the_amount_grows(a: int, b: int) -> None:
    lo, hi = min(a, b), max(a, b)
    p = CapPolicy.EXCESS
    assert split_consolidated(lo, policy=p).phone_bill <= split_consolidated(hi, policy=p).phone_bill
    assert split_consolidated(lo).direct <= split_consolidated(hi).direct
