"""FEE-1, FEE-3..7 and TAX-1: cancellation fee, minimum usage, statement fee, construction balance, tax."""

from __future__ import annotations

import datetime as dt
import enum
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, explain
from hikari_rules.contract_term import ContractTerm, contract_month, is_renewal_month
from hikari_rules.dates import JST, Month
from hikari_rules.fees import (
    CANCELLATION_FEE,
    CANCELLATION_FEE_BY_DWELLING,
    CONSUMPTION_TAX_RATE,
    FEE_STATEMENT_FEE_EXCLUDING_TAX,
    REMOVAL_CONSTRUCTION_FEE,
    Dwelling,
    MinimumUsage,
    RemovalTrigger,
    StatementRequest,
    cancellation_fee,
    construction_fee_balance,
    fee_statement_fee,
    minimum_usage_penalty,
    removal_construction_fee,
    tax_included,
)
from hikari_rules.strategies import amounts, dates

D = dt.date
START = D(2026, 9, 20)  # month 1 = 2026-09; month 37 = 2029-09
OLD = D(2022, 6, 30)  # last day of the 20,000円 regime
NEW = D(2022, 7, 1)  # first day of the by-dwelling regime


class Alien(enum.Enum):
    HOUSE = "house"


def nth(start: dt.date, n: int) -> Month:
    """Contract month ``n`` of a contract starting on ``start`` (counted by hand, not by the library)."""
    return Month.of(start) + (n - 1)


regime_dates = st.dates(D(2015, 1, 1), D(2040, 12, 31))
dwellings = st.sampled_from(Dwelling)


# -- FEE-1: the source's own statements ------------------------------------------------------------


def test_withdrawal_inside_the_36_month_term_costs_20000_yen() -> None:
    # 「更新月以外で退会をすると解約金が20,000円発生します。」
    assert cancellation_fee(START, nth(START, 1)) == 20_000
    assert cancellation_fee(START, nth(START, 36)) == 20_000


def test_withdrawal_in_months_37_and_38_is_free() -> None:
    # 「契約更新期間は37ヶ月目と38ヶ月目です。」「…更新期間に退会する必要があります。」
    assert cancellation_fee(START, Month(2029, 9)) == 0
    assert cancellation_fee(START, Month(2029, 10)) == 0


@pytest.mark.parametrize(
    ("n", "fee"),
    [(35, 20_000), (36, 20_000), (37, 0), (38, 0), (39, 20_000), (72, 20_000), (73, 0), (74, 0), (75, 20_000)],
)
def test_fee_at_the_edges_of_the_renewal_windows(n: int, fee: int) -> None:
    assert cancellation_fee(START, nth(START, n)) == fee


def test_leap_day_start_window_is_february_and_march_three_years_on() -> None:
    start = D(2024, 2, 29)
    assert cancellation_fee(start, Month(2027, 1)) == 20_000  # month 36
    assert cancellation_fee(start, D(2027, 2, 28)) == 0  # month 37
    assert cancellation_fee(start, Month(2027, 3)) == 0  # month 38
    assert cancellation_fee(start, Month(2027, 4)) == 20_000  # month 39


def test_window_across_a_year_end() -> None:
    start = D(2023, 12, 31)
    assert cancellation_fee(start, Month(2026, 11)) == 20_000
    assert cancellation_fee(start, Month(2026, 12)) == 0
    assert cancellation_fee(start, Month(2027, 1)) == 0
    assert cancellation_fee(start, Month(2027, 2)) == 20_000


def test_withdrawal_in_the_start_month_costs_the_fee() -> None:
    assert cancellation_fee(D(2026, 9, 30), D(2026, 9, 30)) == 20_000


def test_another_term_length_moves_the_window() -> None:
    term = ContractTerm(24, 1)
    assert cancellation_fee(START, nth(START, 25), term=term) == 0
    assert cancellation_fee(START, nth(START, 26), term=term) == 20_000
    assert cancellation_fee(START, nth(START, 37), term=term) == 20_000


@given(dates(), st.integers(0, 1200))
def test_fee_is_zero_exactly_in_renewal_months(start: dt.date, k: int) -> None:
    month = Month.of(start) + k
    fee = cancellation_fee(start, month)
    assert fee in (0, CANCELLATION_FEE)
    assert (fee == 0) == is_renewal_month(start, month)
    if contract_month(start, month) <= 36:
        assert fee == CANCELLATION_FEE


@given(dates(), st.integers(36, 1200))
def test_fee_repeats_every_36_months_after_the_first_term(start: dt.date, k: int) -> None:
    month = Month.of(start) + k
    assert cancellation_fee(start, month + 36) == cancellation_fee(start, month)


@given(dates(), dates())
def test_only_the_month_of_the_withdrawal_date_matters(start: dt.date, day: dt.date) -> None:
    if Month.of(day) >= Month.of(start):
        assert cancellation_fee(start, day) == cancellation_fee(start, Month.of(day))
        assert cancellation_fee(start, day) == cancellation_fee(start.replace(day=1), day)


# -- FEE-7: amount by application date ----------------------------------------------------------------


def test_applications_from_july_2022_pay_by_dwelling() -> None:
    # 「戸建 4,580円(不課税) / マンション 3,480円(不課税)」
    month = nth(START, 12)
    assert cancellation_fee(START, month, applied_on=NEW, dwelling=Dwelling.HOUSE) == 4_580
    assert cancellation_fee(START, month, applied_on=NEW, dwelling=Dwelling.APARTMENT) == 3_480


def test_applications_up_to_june_30_2022_pay_20000_whatever_the_plan() -> None:
    # 「2022年6月30日までに…申し込んだ方が…一律で20,000円(不課税)の解約金がかかります。」
    start = D(2022, 8, 1)
    for dwelling in (None, Dwelling.HOUSE, Dwelling.APARTMENT):
        assert cancellation_fee(start, Month(2023, 1), applied_on=OLD, dwelling=dwelling) == 20_000


def test_the_fee_is_never_taxed() -> None:
    # 不課税: 20,000 / 4,580 / 3,480 exactly, not 22,000 / 5,038 / 3,828.
    assert cancellation_fee(START, nth(START, 2)) == CANCELLATION_FEE == 20_000
    assert sorted(CANCELLATION_FEE_BY_DWELLING.values()) == [3_480, 4_580]


def test_renewal_month_is_free_under_the_new_regime_too() -> None:
    # 「「事業者変更日」が契約更新期間以外の月だった場合に、解約金が発生します。」
    for n in (37, 38, 73):
        assert cancellation_fee(START, nth(START, n), applied_on=NEW, dwelling=Dwelling.HOUSE) == 0
    assert cancellation_fee(START, nth(START, 39), applied_on=NEW, dwelling=Dwelling.HOUSE) == 4_580


def test_operator_switch_is_judged_by_the_month_of_the_switch_day() -> None:
    # The month of the 事業者変更日 is passed as the withdrawal month: a switch on the last
    # day of month 36 costs the fee, one on the first day of month 37 does not.
    assert cancellation_fee(START, D(2029, 8, 31), applied_on=NEW, dwelling=Dwelling.APARTMENT) == 3_480
    assert cancellation_fee(START, D(2029, 9, 1), applied_on=NEW, dwelling=Dwelling.APARTMENT) == 0


def test_new_regime_without_dwelling_is_an_error_even_in_a_renewal_month() -> None:
    for n in (5, 37):
        with pytest.raises(RuleInputError, match=r"FEE-7: dwelling"):
            cancellation_fee(START, nth(START, n), applied_on=NEW)


@given(dates(), st.integers(0, 400), regime_dates, st.one_of(st.none(), dwellings))
def test_fee_by_regime(start: dt.date, k: int, applied: dt.date, dwelling: Dwelling | None) -> None:
    month = Month.of(start) + k
    renewal = is_renewal_month(start, month)
    if applied > OLD and dwelling is None:
        with pytest.raises(RuleInputError):
            cancellation_fee(start, month, applied_on=applied, dwelling=dwelling)
        return
    fee = cancellation_fee(start, month, applied_on=applied, dwelling=dwelling)
    if renewal:
        assert fee == 0
    elif applied <= OLD:
        assert fee == 20_000
    else:
        assert fee == {Dwelling.HOUSE: 4_580, Dwelling.APARTMENT: 3_480}[dwelling]  # type: ignore[index]


@given(dates(), st.integers(0, 400), regime_dates, dwellings)
def test_a_later_application_never_costs_more(start: dt.date, k: int, applied: dt.date, dwelling: Dwelling) -> None:
    month = Month.of(start) + k
    later = applied + dt.timedelta(days=1)
    assert cancellation_fee(start, month, applied_on=later, dwelling=dwelling) <= cancellation_fee(
        start, month, applied_on=applied, dwelling=dwelling
    )
    assert cancellation_fee(start, month, applied_on=applied, dwelling=Dwelling.APARTMENT) <= cancellation_fee(
        start, month, applied_on=applied, dwelling=Dwelling.HOUSE
    )


def test_explanation_says_why_20000_was_used_without_an_application_date() -> None:
    e = explain(cancellation_fee, START, nth(START, 10))
    assert e.result == 20_000
    assert e.rule_ids == ("TERM-1", "TERM-2", "FEE-1", "FEE-7")
    assert "no application date was given" in e.text("en")
    assert "申込日の指定がないため、退会ガイドの解約金20,000円(不課税)を適用した" in e.text("ja")


def test_explanation_of_a_renewal_month_and_of_an_ignored_dwelling() -> None:
    assert explain(cancellation_fee, START, nth(START, 37)).rule_ids == ("TERM-1", "TERM-2", "FEE-1")
    assert explain(cancellation_fee, START, nth(START, 73)).rule_ids == ("TERM-1", "TERM-3", "FEE-1")
    e = explain(cancellation_fee, START, nth(START, 2), applied_on=OLD, dwelling=Dwelling.HOUSE)
    assert "the detached-house plan does not change it" in e.text("en")
    assert "戸建プランでも変わらない" in e.text("ja")
    e = explain(cancellation_fee, START, nth(START, 2), applied_on=NEW, dwelling=Dwelling.HOUSE)
    assert e.steps[-1].rule_id == "FEE-7"
    assert e.steps[-1].outcome == 4_580


# -- FEE-1 / FEE-7: errors ---------------------------------------------------------------------------------


def test_cancellation_fee_rejects_a_withdrawal_month_before_the_start() -> None:
    with pytest.raises(RuleInputError, match="withdrawal_month"):
        cancellation_fee(START, Month(2026, 8))
    with pytest.raises(RuleInputError, match="withdrawal_month"):
        cancellation_fee(D(2027, 1, 1), D(2026, 12, 31))


@pytest.mark.parametrize(
    ("kwargs", "exc"),
    [
        ({"service_start": dt.datetime(2026, 9, 20, tzinfo=JST)}, TypeError),
        ({"service_start": "2026-09-20"}, TypeError),
        ({"service_start": None}, TypeError),
        ({"withdrawal_month": "2027-01"}, TypeError),
        ({"withdrawal_month": 202701}, TypeError),
        ({"withdrawal_month": dt.datetime(2027, 1, 1)}, TypeError),
        ({"term": 36}, TypeError),
        ({"applied_on": dt.datetime(2023, 1, 1, tzinfo=JST)}, TypeError),
        ({"applied_on": "2023-01-01"}, TypeError),
        ({"applied_on": NEW, "dwelling": "house"}, TypeError),
        ({"applied_on": NEW, "dwelling": Alien.HOUSE}, TypeError),
        ({"applied_on": NEW}, RuleInputError),
    ],
)
def test_cancellation_fee_bad_inputs(kwargs: dict[str, object], exc: type[Exception]) -> None:
    args: dict[str, object] = {"service_start": START, "withdrawal_month": Month(2027, 1)} | kwargs
    with pytest.raises(exc):
        cancellation_fee(**args)  # type: ignore[arg-type]


def test_cancellation_fee_far_future_months_do_not_overflow() -> None:
    assert cancellation_fee(D(1, 1, 1), Month(9999, 12)) in (0, 20_000)
    assert cancellation_fee(D(9999, 12, 31), Month(9999, 12)) == 20_000


# -- TAX-1 -----------------------------------------------------------------------------------------------


def test_statement_fee_example_3000_excluding_is_3300_including() -> None:
    assert tax_included(FEE_STATEMENT_FEE_EXCLUDING_TAX) == 3_300


def test_tax_rounds_down_to_the_yen() -> None:
    assert tax_included(999) == 1_098  # 1,098.9
    assert tax_included(1) == 1  # 1.1
    assert tax_included(9) == 9  # 9.9
    assert tax_included(0) == 0
    assert tax_included(105, rate=Fraction(8, 100)) == 113  # 113.4


def test_tax_rate_as_int_and_zero() -> None:
    assert tax_included(1_000, rate=0) == 1_000
    assert tax_included(1_000, rate=1) == 2_000
    assert tax_included(1_000, rate=Fraction(0)) == 1_000


@given(amounts(), st.fractions(min_value=0, max_value=2, max_denominator=1000))
def test_tax_included_is_the_floor_of_the_exact_amount(amount: int, rate: Fraction) -> None:
    result = tax_included(amount, rate=rate)
    exact = amount * (1 + rate)
    assert result <= exact < result + 1
    assert result >= amount


@given(amounts(), amounts())
def test_tax_included_is_monotone_in_the_amount(a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    assert tax_included(lo) <= tax_included(hi)


@given(st.integers(0, 10**7))
def test_ten_percent_of_multiples_of_ten_is_exact(k: int) -> None:
    assert tax_included(10 * k) == 11 * k
    assert tax_included(10 * k, rate=CONSUMPTION_TAX_RATE) == 11 * k


@pytest.mark.parametrize("rate", [0.1, float("nan"), "1/10", None, True, dt.date(2026, 1, 1)])
def test_tax_rate_of_a_wrong_type_is_a_type_error(rate: object) -> None:
    with pytest.raises(TypeError):
        tax_included(1_000, rate=rate)  # type: ignore[arg-type]


@pytest.mark.parametrize("rate", [Fraction(-1, 10), -1])
def test_negative_tax_rate_is_a_rule_input_error(rate: Fraction | int) -> None:
    with pytest.raises(RuleInputError, match="TAX-1: rate"):
        tax_included(1_000, rate=rate)


@pytest.mark.parametrize(
    ("amount", "exc"), [(-1, RuleInputError), (True, TypeError), (1.0, TypeError), (None, TypeError)]
)
def test_tax_included_bad_amounts(amount: object, exc: type[Exception]) -> None:
    with pytest.raises(exc):
        tax_included(amount)  # type: ignore[arg-type]


def test_tax_explanation() -> None:
    e = explain(tax_included, 3_000)
    assert e.rule_ids == ("TAX-1",)
    assert "3,300円" in e.text("en")


# -- FEE-5 --------------------------------------------------------------------------------------------------


def test_statement_by_phone_or_email_costs_3300_and_from_my_page_is_free() -> None:
    # 「電話やメールで窓口に請求を依頼すると手数料だけで3,000円(税抜)かかります。」
    assert fee_statement_fee(StatementRequest.PHONE) == 3_300
    assert fee_statement_fee(StatementRequest.EMAIL) == 3_300
    # 「違約金の明細書はマイページからも印刷が出来ます。」
    assert fee_statement_fee(StatementRequest.MY_PAGE) == 0


def test_statement_fee_explanation_and_errors() -> None:
    assert explain(fee_statement_fee, StatementRequest.PHONE).rule_ids == ("FEE-5", "TAX-1")
    assert explain(fee_statement_fee, StatementRequest.MY_PAGE).rule_ids == ("FEE-5",)
    for bad in ("PHONE", None, 1, Alien.HOUSE):
        with pytest.raises(TypeError):
            fee_statement_fee(bad)  # type: ignore[arg-type]


# -- FEE-3 ------------------------------------------------------------------------------------------------


def test_construction_balance_is_charged_in_one_sum() -> None:
    assert construction_fee_balance(26_400, 17_600) == 8_800
    assert construction_fee_balance(26_400, 26_400) == 0
    assert construction_fee_balance(26_400, 0) == 26_400
    assert construction_fee_balance(0, 0) == 0


def test_overpaid_construction_fee_gives_no_negative_balance() -> None:
    assert construction_fee_balance(26_400, 30_000) == 0


@given(amounts(), amounts())
def test_balance_plus_what_was_paid_is_the_total(total: int, paid: int) -> None:
    balance = construction_fee_balance(total, paid)
    assert 0 <= balance <= total
    assert balance + min(paid, total) == total


@given(amounts(), amounts(), st.integers(0, 10_000))
def test_paying_more_never_raises_the_balance(total: int, paid: int, more: int) -> None:
    assert construction_fee_balance(total, paid + more) <= construction_fee_balance(total, paid)


@pytest.mark.parametrize(
    ("total", "paid", "exc"),
    [(-1, 0, RuleInputError), (0, -1, RuleInputError), (True, 0, TypeError), (0, 1.5, TypeError), (None, 0, TypeError)],
)
def test_construction_balance_bad_inputs(total: object, paid: object, exc: type[Exception]) -> None:
    with pytest.raises(exc):
        construction_fee_balance(total, paid)  # type: ignore[arg-type]


# -- FEE-4 ------------------------------------------------------------------------------------------------


def test_no_minimum_usage_period_is_ever_assumed() -> None:
    assert minimum_usage_penalty(START, nth(START, 1), None) == 0
    assert explain(minimum_usage_penalty, START, nth(START, 1), None).rule_ids == ("FEE-4",)


def test_withdrawing_at_the_end_of_month_n_has_used_the_n_months() -> None:
    rule = MinimumUsage(12, 10_000)
    assert minimum_usage_penalty(START, nth(START, 11), rule) == 10_000
    assert minimum_usage_penalty(START, nth(START, 12), rule) == 0
    assert minimum_usage_penalty(START, nth(START, 1), MinimumUsage(1, 5_000)) == 0


@given(dates(), st.integers(0, 200), st.integers(1, 120), amounts())
def test_penalty_is_due_only_before_month_n(start: dt.date, k: int, months: int, penalty: int) -> None:
    rule = MinimumUsage(months, penalty)
    month = Month.of(start) + k
    got = minimum_usage_penalty(start, month, rule)
    assert got == (penalty if k + 1 < months else 0)
    # once no penalty is due, none is due in any later month
    if got == 0:
        assert minimum_usage_penalty(start, month + 1, rule) == 0


def test_minimum_usage_validation() -> None:
    with pytest.raises(RuleInputError, match="FEE-4: months"):
        MinimumUsage(0, 1_000)
    with pytest.raises(RuleInputError, match="FEE-4: penalty"):
        MinimumUsage(12, -1)
    with pytest.raises(TypeError):
        MinimumUsage(True, 1_000)
    with pytest.raises(TypeError):
        MinimumUsage(12, 1_000.0)  # type: ignore[arg-type]
    assert hash(MinimumUsage(12, 1)) == hash(MinimumUsage(12, 1))


def test_minimum_usage_penalty_bad_inputs() -> None:
    with pytest.raises(TypeError):
        minimum_usage_penalty(START, nth(START, 1), (12, 1_000))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        minimum_usage_penalty(dt.datetime(2026, 9, 20), nth(START, 1), None)  # type: ignore[arg-type]
    with pytest.raises(RuleInputError, match="withdrawal_month"):
        minimum_usage_penalty(START, Month(2026, 8), MinimumUsage(12, 1_000))
    with pytest.raises(RuleInputError, match="withdrawal_month"):
        minimum_usage_penalty(START, Month(2026, 8), None)


# -- FEE-6 ------------------------------------------------------------------------------------------------


def test_removal_construction_is_free_whoever_requires_it() -> None:
    # 「ちなみに撤去工事は無料です。」「希望した場合でも工事費用は無料です。」
    assert REMOVAL_CONSTRUCTION_FEE == 0
    for trigger in RemovalTrigger:
        assert removal_construction_fee(trigger) == 0
    assert explain(removal_construction_fee, RemovalTrigger.USER_REQUEST).rule_ids == ("FEE-6",)
    with pytest.raises(TypeError):
        removal_construction_fee("user")  # type: ignore[arg-type]


# -- what each explanation records, step by step ------------------------------------------------------


def _steps(e: object) -> list[tuple[str, object, str]]:
    return [(s.rule_id, s.outcome, s.say("ja")) for s in e.steps]  # type: ignore[attr-defined]


def test_a_renewal_month_records_no_fee_and_an_old_application_without_a_dwelling_is_complete() -> None:
    # 2022-06-30 is still the flat regime: no dwelling is needed, even in a renewal month.
    e = explain(cancellation_fee, START, nth(START, 37), applied_on=OLD)
    assert e.result == 0
    assert _steps(e)[-1] == ("FEE-1", 0, "契約37カ月目は更新月のため、解約金はかからない")
    with pytest.raises(RuleInputError) as info:
        cancellation_fee(START, nth(START, 37), applied_on=NEW)
    assert (info.value.rule, info.value.parameter) == ("FEE-7", "dwelling")


def test_the_fee_steps_state_their_outcomes_and_facts() -> None:
    assert _steps(explain(cancellation_fee, START, nth(START, 10)))[-2:] == [
        ("FEE-1", True, "契約10カ月目は更新月ではないため、解約金がかかる"),
        (
            "FEE-7",
            20_000,
            "申込日の指定がないため、退会ガイドの解約金20,000円(不課税)を適用した。"
            "2022年7月1日以降の申込であれば戸建4,580円、マンション3,480円となる",
        ),
    ]
    assert _steps(explain(cancellation_fee, START, nth(START, 10), applied_on=OLD))[-1] == (
        "FEE-7",
        20_000,
        "申込日2022年6月30日は2022年6月30日以前のため、プランを問わず一律20,000円(不課税)",
    )
    assert _steps(explain(cancellation_fee, START, nth(START, 10), applied_on=OLD, dwelling=Dwelling.HOUSE))[-1][
        :2
    ] == (
        "FEE-7",
        20_000,
    )


def test_the_balance_steps_state_their_outcomes() -> None:
    assert _steps(explain(construction_fee_balance, 26_400, 26_400)) == [
        ("FEE-3", 0, "初期工事費26,400円のうち26,400円を支払済みのため、残債はない")
    ]
    assert _steps(explain(construction_fee_balance, 26_400, 17_600)) == [
        ("FEE-3", 8_800, "初期工事費26,400円のうち17,600円を支払済みのため、残債8,800円を一括請求する")
    ]


def test_the_minimum_usage_steps_state_their_outcomes() -> None:
    rule = MinimumUsage(12, 10_000)
    assert _steps(explain(minimum_usage_penalty, START, nth(START, 3), None)) == [
        ("FEE-4", 0, "最低利用期間の指定がなく、設定なしとして扱うため、違約金はかからない")
    ]
    assert _steps(explain(minimum_usage_penalty, START, nth(START, 11), rule))[-1] == (
        "FEE-4",
        10_000,
        "契約11カ月目の退会は最低利用期間12カ月に満たないため、違約金10,000円がかかる",
    )
    assert _steps(explain(minimum_usage_penalty, START, nth(START, 12), rule))[-1] == (
        "FEE-4",
        0,
        "契約12カ月目末の退会で最低利用期間12カ月を満たすため、違約金はかからない",
    )
    with pytest.raises(RuleInputError) as info:
        minimum_usage_penalty(START, Month(2026, 8), None)
    assert (info.value.rule, info.value.parameter) == ("TERM-1", "withdrawal_month")


def test_a_zero_rate_adds_nothing_and_a_negative_one_names_the_rate() -> None:
    assert tax_included(1_000, rate=Fraction(0)) == 1_000
    assert tax_included(1_000, rate=0) == 1_000
    for bad in (Fraction(-1, 10), -1):
        with pytest.raises(RuleInputError, match="must not be negative") as info:
            tax_included(1_000, rate=bad)
        assert (info.value.rule, info.value.parameter) == ("TAX-1", "rate")


class _Tenth(Fraction):
    """A caller's own Fraction type (a subclass): a rate like any other."""


class _Whole(int):
    """A caller's own int type (an IntEnum member is one too)."""


@pytest.mark.parametrize(
    ("rate", "amount", "with_tax"),
    [
        (_Tenth(1, 10), 1_000, 1_100),
        (_Tenth(8, 100), 3_000, 3_240),
        (_Whole(1), 1_000, 2_000),
        (_Whole(0), 1_000, 1_000),
    ],
)
def test_a_rate_of_a_subclass_of_fraction_or_int_is_taken_at_its_value(
    rate: Fraction | int, amount: int, with_tax: int
) -> None:
    assert tax_included(amount, rate=rate) == with_tax


@pytest.mark.parametrize(("amount", "with_tax"), [(3_000, 3_300), (1_000, 1_100), (0, 0), (999, 1_098)])
def test_the_tax_step_records_the_amount_with_tax_as_its_outcome(amount: int, with_tax: int) -> None:
    e = explain(tax_included, amount)
    assert e.result == with_tax
    assert e.steps[-1].rule_id == "TAX-1"
    assert e.steps[-1].outcome == with_tax
