"""CHG-1..4 (monthly flat and per-use charges), PAY-1 (billing month) and CAP-1 (NTT請求 cap)."""

from __future__ import annotations

import datetime as dt
import itertools
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, billing, explain
from hikari_rules._registry import Clause
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


def clauses(e: object) -> list[str]:
    """The templates of the clauses an explanation recorded, in order."""
    return [s.template for s in e.steps]  # type: ignore[attr-defined]


def said(*recorded: Clause) -> list[str]:
    return [c.template for c in recorded]


def test_explanation_lists_the_base_rule_and_the_exceptions_in_order() -> None:
    plain = explain(charged_months, D(2026, 9, 20), D(2026, 11, 10))
    assert plain.rule_ids == ("CHG-1",)
    assert clauses(plain) == said(billing.CANCELLATION_MONTH_CHARGED)
    first = explain(charged_month_count, D(2026, 9, 20), D(2026, 11, 1))
    assert first.result == 2
    assert first.rule_ids == ("CHG-1", "CHG-2")
    assert [s.outcome for s in first.steps] == [True, False]
    assert clauses(first) == said(billing.CANCELLATION_MONTH_CHARGED, billing.CANCELLED_ON_THE_FIRST)
    same_day = explain(charged_months, D(2026, 11, 1), D(2026, 11, 1))
    assert [s.rule_id for s in same_day.steps] == ["CHG-1", "CHG-2", "CHG-1"]
    assert [s.outcome for s in same_day.steps] == [True, False, True]
    assert clauses(same_day) == said(
        billing.CANCELLATION_MONTH_CHARGED, billing.CANCELLED_ON_THE_FIRST, billing.BOUGHT_THE_SAME_FIRST
    )
    assert "翌月1日に解約した場合" in same_day.text("ja")


@pytest.mark.parametrize(
    ("purchased", "cancelled", "recorded", "last_charged"),
    [
        # the 2nd, the last day of a month, the 1st of a later month, the same 1st, a later 1st after a 1st
        (D(2026, 9, 20), D(2026, 10, 2), ["CHG-1"], M(2026, 10)),
        (D(2026, 9, 20), D(2026, 9, 30), ["CHG-1"], M(2026, 9)),
        (D(2026, 9, 20), D(2026, 10, 1), ["CHG-1", "CHG-2"], M(2026, 9)),
        (D(2026, 9, 1), D(2026, 9, 1), ["CHG-1", "CHG-2", "CHG-1"], M(2026, 9)),
        (D(2026, 9, 1), D(2026, 10, 1), ["CHG-1", "CHG-2"], M(2026, 9)),
        (D(2026, 12, 31), D(2027, 1, 1), ["CHG-1", "CHG-2"], M(2026, 12)),
    ],
)
def test_the_rules_recorded_at_each_cancellation_day_boundary(
    purchased: dt.date, cancelled: dt.date, recorded: list[str], last_charged: Month
) -> None:
    e = explain(charged_months, purchased, cancelled)
    assert [s.rule_id for s in e.steps] == recorded
    assert e.result[-1] == last_charged
    # The clause that decided (the last one recorded) says whether the cancellation month is charged.
    assert e.steps[-1].outcome is (last_charged == Month.of(cancelled))


def test_the_cancellation_month_explained_in_japanese() -> None:
    ja = explain(is_charged, D(2026, 9, 20), D(2026, 11, 1), M(2026, 11)).text("ja")
    assert (
        "質問: 月額定額の有料サービス(購入日: 2026年9月20日、解約日: 2026年11月1日)で、2026年11月分は請求対象か" in ja
    )
    assert "結果: いいえ" in ja
    assert (
        "1. 月額定額は日割りしない(CHG-1): 2026年9月20日に購入し2026年11月1日に解約。原則として、"
        "購入月の2026年9月から解約月の2026年11月までの各月を日割りせず満額請求する"
    ) in ja
    assert "2. 1日解約の例外(CHG-2): ただし解約日の2026年11月1日は月の1日のため、2026年11月分は請求しない" in ja
    assert "3. 月額定額は日割りしない(CHG-1): 2026年11月は請求対象の最後の月(2026年10月)より後のため、請求しない" in ja
    same_day = explain(charged_months, D(2026, 11, 1), D(2026, 11, 1)).text("ja")
    assert "ただし同じ2026年11月1日に購入しているため(1日に購入し同日に解約)、2026年11月分も請求する" in same_day
    en = explain(charged_months, D(2026, 11, 1), D(2026, 11, 1)).text("en")
    assert "except that it was also bought that same day, 1 November 2026: November 2026 is charged after all" in en


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
    with pytest.raises(RuleInputError, match=r"CHG-1: through") as info:
        charged_months(D(2026, 9, 20))
    assert (info.value.rule, info.value.parameter) == ("CHG-1", "through")
    assert "an open subscription" in str(info.value)
    assert "needs the month to count through" in str(info.value)
    with pytest.raises(RuleInputError, match="through") as info:
        charged_month_count(D(2026, 9, 20), None)
    assert (info.value.rule, info.value.parameter) == ("CHG-1", "through")
    with pytest.raises(RuleInputError) as info:
        total_charged_months([Subscription(D(2026, 9, 20))])
    assert (info.value.rule, info.value.parameter) == ("CHG-1", "through")


@pytest.mark.parametrize(
    ("through", "count", "recorded"),
    [
        (M(2026, 8), 0, billing.STILL_SUBSCRIBED_BEFORE_PURCHASE),  # the month before the purchase month
        (M(2026, 9), 1, billing.STILL_SUBSCRIBED),  # the purchase month itself
        (M(2027, 8), 12, billing.STILL_SUBSCRIBED),
    ],
)
def test_an_open_subscription_explains_the_months_up_to_through(through: Month, count: int, recorded: Clause) -> None:
    e = explain(charged_month_count, D(2026, 9, 20), through=through)
    assert e.result == count
    assert clauses(e) == said(recorded)
    assert e.steps[0].outcome == count
    ja = e.steps[0].say("ja")
    assert f"{through.year}年{through.month}月" in ja
    assert "購入月の2026年9月" in ja


def test_through_is_explained_only_when_it_cuts_the_months() -> None:
    # Cancelled on 1 November (CHG-2): October is the last charged month.
    whole = explain(charged_months, D(2026, 9, 20), D(2026, 11, 1), through=M(2026, 10))
    assert clauses(whole) == said(billing.CANCELLATION_MONTH_CHARGED, billing.CANCELLED_ON_THE_FIRST)
    cut = explain(charged_months, D(2026, 9, 20), D(2026, 11, 1), through=M(2026, 9))
    assert cut.result == (M(2026, 9),)
    assert clauses(cut)[-1] == billing.COUNTED_THROUGH.template
    assert cut.steps[-1].outcome == M(2026, 9)
    assert cut.steps[-1].say("en") == "only the months up to September 2026 are counted"
    assert cut.steps[-1].say("ja") == "2026年9月までの月だけを数える"


@pytest.mark.parametrize(
    ("cancelled", "month", "charged", "recorded"),
    [
        (D(2026, 11, 1), M(2026, 8), False, billing.MONTH_BEFORE_PURCHASE),
        (D(2026, 11, 1), M(2026, 9), True, billing.MONTH_CHARGED),  # the purchase month
        (D(2026, 11, 1), M(2026, 10), True, billing.MONTH_CHARGED),  # the last charged month (CHG-2)
        (D(2026, 11, 1), M(2026, 11), False, billing.MONTH_AFTER_LAST),
        (D(2026, 11, 2), M(2026, 10), True, billing.MONTH_CHARGED),  # strictly inside the charged months
        (D(2026, 11, 2), M(2026, 11), True, billing.MONTH_CHARGED),
        (D(2026, 11, 2), M(2026, 12), False, billing.MONTH_AFTER_LAST),
        (None, M(2026, 8), False, billing.MONTH_BEFORE_PURCHASE),
        (None, M(2026, 9), True, billing.MONTH_WHILE_SUBSCRIBED),
        (None, M(2040, 1), True, billing.MONTH_WHILE_SUBSCRIBED),
    ],
)
def test_is_charged_explains_which_side_of_the_charged_months_the_month_falls(
    cancelled: dt.date | None, month: Month, charged: bool, recorded: Clause
) -> None:
    e = explain(is_charged, D(2026, 9, 20), cancelled, month)
    assert e.result is charged
    assert clauses(e)[-1] == recorded.template
    assert e.steps[-1].outcome is charged
    # The sentence names the month asked about and the months it is measured against.
    ja = e.steps[-1].say("ja")
    assert f"{month.year}年{month.month}月" in ja
    if recorded is not billing.MONTH_WHILE_SUBSCRIBED:
        assert ja.startswith(f"{month.year}年{month.month}月は")
    if recorded is not billing.MONTH_AFTER_LAST:
        assert "購入月の2026年9月" in ja or "(2026年9月〜" in ja
    if recorded in (billing.MONTH_CHARGED, billing.MONTH_AFTER_LAST):
        last = "2026年10月" if cancelled == D(2026, 11, 1) else "2026年11月"
        assert f"{last})" in ja


@given(spans(), months())
def test_the_last_step_of_is_charged_states_the_result(span: tuple[dt.date, dt.date], m: Month) -> None:
    p, c = span
    for cancelled in (c, None):
        e = explain(is_charged, p, cancelled, m)
        assert e.steps[-1].outcome is e.result is is_charged(p, cancelled, m)
        assert e.steps[-1].rule_id == "CHG-1"


@given(spans())
def test_the_deciding_clause_says_whether_the_cancellation_month_is_charged(span: tuple[dt.date, dt.date]) -> None:
    p, c = span
    e = explain(charged_months, p, c)
    # Base rule first, then each exception that applied; the last one recorded decided.
    assert e.steps[0].template == billing.CANCELLATION_MONTH_CHARGED.template
    assert e.steps[-1].outcome is (Month.of(c) in e.result)
    assert ("CHG-2" in e.rule_ids) is (c.day == 1)


def test_cancellation_before_purchase_is_an_error() -> None:
    for call in (
        lambda: charged_months(D(2026, 9, 20), D(2026, 9, 19)),
        lambda: charged_month_count(D(2026, 9, 20), D(2026, 9, 19), through=M(2030, 1)),
        lambda: is_charged(D(2026, 9, 20), D(2026, 9, 19), M(2026, 9)),
    ):
        with pytest.raises(RuleInputError, match=r"CHG-1: cancelled_on") as info:
            call()
        assert (info.value.rule, info.value.parameter) == ("CHG-1", "cancelled_on")
        assert "cancellation 2026-09-19 is before the purchase 2026-09-20" in str(info.value)
    # the same day is not before it
    assert charged_months(D(2026, 9, 20), D(2026, 9, 20)) == (M(2026, 9),)


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
    # The message names the rule and the parameter, like a RuleInputError does.
    first_ok = type(args[0]) is dt.date
    wrong = "through" if kwargs else "cancelled_on" if first_ok else "purchased_on"
    with pytest.raises(TypeError, match=rf"^CHG-1: {wrong}: expected a datetime\.date"):
        charged_months(*args, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=rf"^CHG-1: {wrong}: expected a datetime\.date"):
        charged_month_count(*args, **kwargs)  # type: ignore[arg-type]


def test_is_charged_needs_a_month() -> None:
    with pytest.raises(TypeError, match=r"^CHG-1: month: "):
        is_charged(D(2026, 9, 20), None, "2026-09")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^CHG-1: purchased_on: "):
        is_charged("2026-09-20", None, M(2026, 9))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^CHG-1: cancelled_on: "):
        is_charged(D(2026, 9, 20), "2026-10-01", M(2026, 9))  # type: ignore[arg-type]
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


def test_the_sums_say_what_they_add_up_in_both_languages() -> None:
    subs = [Subscription(D(2026, 9, 20), D(2026, 10, 1)), Subscription(D(2026, 10, 1))]
    total = explain(total_charged_months, subs, through=M(2026, 12))
    assert total.result == 4
    assert total.steps[-1].template == billing.MONTHS_ADD_UP.template
    assert total.steps[-1].outcome == 4
    assert total.steps[-1].say("ja") == "購入ごとに別の契約として月数を数え、合計すると4カ月分(購入2件)"
    assert "購入日: 2026年9月20日、解約日: 2026年10月1日、購入日: 2026年10月1日、解約日: なし" in total.text("ja")
    in_october = explain(charges_in_month, subs, M(2026, 10))
    assert in_october.result == 1
    assert in_october.steps[-1].outcome == 1
    assert in_october.steps[-1].say("en") == (
        "each purchase is charged on its own: charges for October 2026, one for each subscription charged that "
        "month: 1 (subscriptions: 2)"
    )


def test_subscriptions_validate_their_dates() -> None:
    with pytest.raises(RuleInputError, match="CHG-3: cancelled_on") as info:
        Subscription(D(2026, 9, 20), D(2026, 9, 1))
    assert (info.value.rule, info.value.parameter) == ("CHG-3", "cancelled_on")
    assert Subscription(D(2026, 9, 20), D(2026, 9, 20)).cancelled_on == D(2026, 9, 20)
    with pytest.raises(TypeError, match=r"^CHG-3: purchased_on: "):
        Subscription(dt.datetime(2026, 9, 20, tzinfo=JST))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^CHG-3: cancelled_on: "):
        Subscription(D(2026, 9, 20), "2026-10-01")  # type: ignore[arg-type]
    for not_a_list, name in (("abc", "str"), (None, "NoneType"), (Subscription(D(2026, 9, 1)), "Subscription")):
        wanted = rf"^CHG-3: subscriptions: expected an iterable of Subscription, got {name}$"
        with pytest.raises(TypeError, match=wanted):
            total_charged_months(not_a_list, through=M(2026, 9))  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=wanted):
            charges_in_month(not_a_list, M(2026, 9))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^CHG-3: subscriptions: expected Subscription items, got tuple$"):
        total_charged_months([(D(2026, 9, 1), None)], through=M(2026, 9))  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"^CHG-3: through: "):
        total_charged_months([], through="2026-09")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^CHG-3: month: "):
        charges_in_month([], "2026-09")  # type: ignore[arg-type]
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


def test_per_use_charges_explained_in_japanese() -> None:
    buys = [PerUsePurchase("映画", 330), PerUsePurchase("映画", 330)]
    total = explain(per_use_total, buys).text("ja")
    assert (
        "質問: 次の都度課金の購入で、料金は合計いくらか: 購入したサービス: 映画、課金額: 330円、"
        "購入したサービス: 映画、課金額: 330円"
    ) in total
    assert "結果: 660円" in total
    assert "購入のたびに、同じサービスの再度の購入もその都度料金を課金するため、合計660円(購入2件)" in total
    assert explain(per_use_total, buys).steps[-1].outcome == 660
    count = explain(per_use_charge_count, buys)
    assert count.steps[-1].outcome == 2
    assert (
        count.steps[0].say("ja") == "購入のたびに、同じサービスの再度の購入もその都度課金するため、課金は購入と同じ2件"
    )


def test_per_use_bad_input() -> None:
    with pytest.raises(RuleInputError, match="CHG-4: price") as info:
        PerUsePurchase("movie", -1)
    assert (info.value.rule, info.value.parameter) == ("CHG-4", "price")
    assert PerUsePurchase("movie", 0).price == 0
    with pytest.raises(TypeError, match=r"^CHG-4: price: "):
        PerUsePurchase("movie", True)
    with pytest.raises(TypeError, match=r"^CHG-4: service: expected a str, got int$"):
        PerUsePurchase(1, 100)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^CHG-4: purchases: expected PerUsePurchase items, got int$"):
        per_use_total([330])  # type: ignore[list-item]
    for not_a_list, name in (("abc", "str"), (None, "NoneType"), (PerUsePurchase("movie", 330), "PerUsePurchase")):
        wanted = rf"^CHG-4: purchases: expected an iterable of PerUsePurchase, got {name}$"
        with pytest.raises(TypeError, match=wanted):
            per_use_charge_count(not_a_list)  # type: ignore[arg-type]


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


def test_the_billing_month_explained_at_the_year_end() -> None:
    e = explain(billing_month, D(2026, 12, 31))
    assert e.result == M(2027, 1)
    assert e.steps[-1].outcome == M(2027, 1)
    ja = e.text("ja")
    assert "質問: 2026年12月31日の利用料金は何月に請求されるか" in ja  # the day's usage, billed with its month
    assert "結果: 2027年1月" in ja
    assert "1. 利用翌月の請求(PAY-1): 2026年12月の利用料金は翌月の2027年1月に請求される" in ja
    en = e.text("en")
    assert "Question: In which month is the usage of 31 December 2026 billed?" in en
    assert "1. Billing lag (PAY-1): the usage of December 2026 is billed in the following month, January 2027" in en


def test_billing_month_bad_input() -> None:
    assert billing_month(M(9999, 11)) == M(9999, 12)
    for last in (M(9999, 12), D(9999, 12, 31)):
        with pytest.raises(RuleInputError, match="PAY-1: usage_month") as info:
            billing_month(last)
        assert (info.value.rule, info.value.parameter) == ("PAY-1", "usage_month")
        assert "the month after 9999-12 does not exist" in str(info.value)
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
    # The rule's own texts name readings, not the code's options.
    for text in (e.text("en"), e.text("ja")):
        assert "CapPolicy" not in text
        assert "WHOLE" not in text
        assert "EXCESS" not in text


@pytest.mark.parametrize(
    ("amount", "policy", "split", "recorded"),
    [
        (99_999, CapPolicy.WHOLE, ConsolidatedSplit(99_999, 0), billing.WITHIN_THE_CAP),
        (99_999, CapPolicy.EXCESS, ConsolidatedSplit(99_999, 0), billing.WITHIN_THE_CAP),
        (100_000, CapPolicy.WHOLE, ConsolidatedSplit(100_000, 0), billing.WITHIN_THE_CAP),  # not above the cap
        (100_000, CapPolicy.EXCESS, ConsolidatedSplit(100_000, 0), billing.WITHIN_THE_CAP),
        (100_001, CapPolicy.WHOLE, ConsolidatedSplit(0, 100_001), billing.ALL_BILLED_DIRECTLY),
        (100_001, CapPolicy.EXCESS, ConsolidatedSplit(100_000, 1), billing.EXCESS_BILLED_DIRECTLY),
    ],
)
def test_the_cap_boundary_is_explained_by_the_clause_that_decided(
    amount: int, policy: CapPolicy, split: ConsolidatedSplit, recorded: Clause
) -> None:
    e = explain(split_consolidated, amount, policy=policy)
    assert e.result == split
    assert e.rule_ids == ("CAP-1",)
    assert clauses(e) == said(recorded)
    assert e.steps[0].outcome == split


def test_the_cap_explained_in_both_languages() -> None:
    at = explain(split_consolidated, 100_000)
    assert at.steps[0].say("en") == (
        "100,000円 is not above the cap of 100,000円: all of it goes on the consolidated phone bill"
    )
    assert at.steps[0].say("ja") == "100,000円は上限の100,000円を超えないため、全額を電話料金に合算して請求する"
    whole = explain(split_consolidated, 100_001).text("ja")
    assert "結果: 電話料金に合算: 0円、So-netからの直接請求: 100,001円" in whole
    assert "100,001円は上限の100,000円を超えるため、全額をSo-netから直接請求する(既定の読み方)" in whole
    assert (
        "質問: ある月のSo-net利用料金100,001円は、上限100,000円(上限を超えたら全額を直接請求)のとき、"
        "電話料金合算とSo-netからの直接請求にどう分かれるか"
    ) in whole
    excess = explain(split_consolidated, 120_000, policy=CapPolicy.EXCESS)
    assert excess.steps[0].say("ja") == (
        "120,000円は上限の100,000円を超えるため、100,000円を電話料金に合算し、超えた20,000円を"
        "So-netから直接請求する(指定された別の読み方)"
    )
    en = excess.text("en")
    assert "Result: on the phone bill: 100,000円, billed directly by So-net: 20,000円" in en
    assert "with a cap of 100,000円 (above the cap, only the excess billed directly)?" in en


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
    with pytest.raises(error) as info:
        split_consolidated(amount, **kwargs)  # type: ignore[arg-type]
    if isinstance(info.value, RuleInputError):
        assert info.value.rule == "CAP-1"
        assert info.value.parameter == ("cap" if "cap" in kwargs else "amount")
    else:
        assert str(info.value).startswith("CAP-1: " + next(iter(kwargs), "amount"))


def test_whole_yen_given_as_an_int_subclass_is_accepted() -> None:
    class Yen(int):
        pass

    assert split_consolidated(Yen(100_001)) == ConsolidatedSplit(0, 100_001)
    assert split_consolidated(Yen(10), cap=Yen(5), policy=CapPolicy.EXCESS) == ConsolidatedSplit(5, 5)
    with pytest.raises(RuleInputError) as info:
        split_consolidated(Yen(-1))
    assert (info.value.rule, info.value.parameter) == ("CAP-1", "amount")


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
