"""hikari_rules.batch: element-by-element equality with the scalar rules, and the column errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, batch, billing, contract_term, dates, fees, withdrawal
from hikari_rules.batch import BatchInputError
from hikari_rules.billing import CapPolicy
from hikari_rules.contract_term import ContractTerm
from hikari_rules.dates import Month
from hikari_rules.fees import Dwelling
from hikari_rules.strategies import amounts, calendar_dates
from hikari_rules.strategies import dates as any_dates

D = dt.date
LO, HI = batch.CALENDAR_FIRST_DAY, batch.CALENDAR_LAST_DAY
wide_dates = any_dates(LO, HI)
RAISED = object()


# -- helpers ------------------------------------------------------------------------------------


def np_dates(values: Sequence[dt.date | None]) -> np.ndarray[Any, Any]:
    return np.array([np.datetime64("NaT") if v is None else np.datetime64(v, "D") for v in values], "datetime64[D]")


def pa_dates(values: Sequence[dt.date | None]) -> pa.Array:
    return pa.array(list(values), type=pa.date32())


def np_months(values: Sequence[Month]) -> np.ndarray[Any, Any]:
    return np.array([str(m) for m in values], dtype="datetime64[M]")


def to_py(result: Any) -> list[Any]:
    """A batch result as Python values (dates as date, numbers as int, bools as bool)."""
    if isinstance(result, pa.Array | pa.ChunkedArray):
        return list(result.to_pylist())
    if result.dtype == np.dtype("datetime64[D]"):
        return [v.item() for v in result]
    return [v.item() for v in result]


def scalar_results(func: Callable[..., Any], calls: Sequence[tuple[tuple[Any, ...], dict[str, Any]]]) -> list[Any]:
    out: list[Any] = []
    for args, kwargs in calls:
        try:
            out.append(func(*args, **kwargs))
        except RuleInputError:
            out.append(RAISED)
    return out


def assert_same(expected: list[Any], run: Callable[[], Any]) -> None:
    """The batch result equals the scalar results row by row; if any scalar row raises,
    the batch raises a BatchInputError counting the rows that raise."""
    bad = [i for i, v in enumerate(expected) if v is RAISED]
    if bad:
        with pytest.raises(BatchInputError) as info:
            run()
        assert info.value.rows >= 1
        assert info.value.first_index in bad or info.value.rows <= len(expected)
        return
    assert to_py(run()) == expected


def assert_error_rows(expected: list[Any], run: Callable[[], Any]) -> None:
    """Stronger form for a single kind of invalid row: exact count and first index."""
    bad = [i for i, v in enumerate(expected) if v is RAISED]
    if not bad:
        run()
        return
    with pytest.raises(BatchInputError) as info:
        run()
    assert (info.value.rows, info.value.first_index) == (len(bad), bad[0])


@st.composite
def contract_rows(draw: st.DrawFn, min_offset: int = 0) -> tuple[dt.date, dt.date]:
    """(service start, a date in a month near a renewal boundary or anywhere after it)."""
    start = draw(wide_dates)
    k = draw(
        st.one_of(
            st.sampled_from([0, 1, 34, 35, 36, 37, 38, 71, 72, 73, 74, 107, 108, 109]),
            st.integers(min_offset, 600),
        )
    )
    m = Month.of(start) + k
    if m.index > HI.year * 12 + HI.month - 1:
        m = Month.of(HI)
    if m < Month.of(LO):  # stay inside the month tables: only one kind of bad row at a time
        m = Month.of(LO)
    day = draw(st.sampled_from([1, 15, 28, m.days]))
    return start, m.day(min(day, m.days))


# -- TERM-1..3 and FEE-1/FEE-7 ---------------------------------------------------------------------


@given(
    st.lists(contract_rows(), max_size=40), st.sampled_from([ContractTerm(), ContractTerm(24, 3), ContractTerm(1, 1)])
)
def test_contract_month_and_renewal_equal_the_scalar_rules(
    rows: list[tuple[dt.date, dt.date]], term: ContractTerm
) -> None:
    s, m = [r[0] for r in rows], [r[1] for r in rows]
    calls = [((a, b), {"term": term}) for a, b in rows]
    for scalar, vector in (
        (contract_term.contract_month, batch.contract_month),
        (contract_term.is_renewal_month, batch.is_renewal_month),
        (fees.cancellation_fee, batch.cancellation_fee),
    ):
        expected = scalar_results(scalar, calls)
        assert_same(expected, lambda v=vector: v(np_dates(s), np_dates(m), term=term))  # type: ignore[misc]
        assert_same(expected, lambda v=vector: v(pa_dates(s), pa_dates(m), term=term))  # type: ignore[misc]
        assert_same(expected, lambda v=vector: v(np_dates(s), np_months([Month.of(x) for x in m]), term=term))  # type: ignore[misc]


@given(st.lists(contract_rows(min_offset=-40), max_size=40))
def test_withdrawal_before_the_start_month_counts_every_bad_row(rows: list[tuple[dt.date, dt.date]]) -> None:
    s, m = [r[0] for r in rows], [r[1] for r in rows]
    expected = scalar_results(fees.cancellation_fee, [((a, b), {}) for a, b in rows])
    assert_error_rows(expected, lambda: batch.cancellation_fee(np_dates(s), np_dates(m)))
    assert_error_rows(expected, lambda: batch.cancellation_fee(pa_dates(s), pa_dates(m)))


applied = st.one_of(
    st.none(), st.dates(D(2021, 1, 1), D(2024, 12, 31)), st.sampled_from([D(2022, 6, 30), D(2022, 7, 1)])
)
dwellings = st.sampled_from([None, Dwelling.HOUSE, Dwelling.APARTMENT])


@given(st.lists(st.tuples(contract_rows(), applied, dwellings), max_size=40))
def test_cancellation_fee_with_application_date_and_dwelling_columns(
    rows: list[tuple[tuple[dt.date, dt.date], dt.date | None, Dwelling | None]],
) -> None:
    s, m = [r[0][0] for r in rows], [r[0][1] for r in rows]
    a, w = [r[1] for r in rows], [r[2] for r in rows]
    calls = [((r[0][0], r[0][1]), {"applied_on": r[1], "dwelling": r[2]}) for r in rows]
    expected = scalar_results(fees.cancellation_fee, calls)
    names = [None if x is None else x.name for x in w]
    assert_error_rows(
        expected,
        lambda: batch.cancellation_fee(
            np_dates(s), np_dates(m), applied_on=np_dates(a), dwelling=np.array(names, dtype=object)
        ),
    )
    assert_error_rows(
        expected,
        lambda: batch.cancellation_fee(pa_dates(s), pa_dates(m), applied_on=pa_dates(a), dwelling=pa.array(names)),
    )
    if not any(v is RAISED for v in expected):
        assert (
            to_py(batch.cancellation_fee(pa_dates(s), pa_dates(m), applied_on=pa_dates(a), dwelling=pa.array(names)))
            == expected
        )


@given(st.lists(contract_rows(), max_size=30), applied, dwellings)
def test_cancellation_fee_with_one_application_date_for_all_rows(
    rows: list[tuple[dt.date, dt.date]], applied_on: dt.date | None, dwelling: Dwelling | None
) -> None:
    s, m = [r[0] for r in rows], [r[1] for r in rows]
    calls = [((x, y), {"applied_on": applied_on, "dwelling": dwelling}) for x, y in rows]
    expected = scalar_results(fees.cancellation_fee, calls)
    assert_error_rows(
        expected, lambda: batch.cancellation_fee(np_dates(s), np_dates(m), applied_on=applied_on, dwelling=dwelling)
    )
    if not any(v is RAISED for v in expected):
        got = batch.cancellation_fee(np_dates(s), np_dates(m), applied_on=applied_on, dwelling=dwelling)
        assert to_py(got) == expected


def test_fee_7_examples_house_apartment_and_the_flat_regime() -> None:
    s = np_dates([D(2023, 1, 15)] * 3)
    w = np_months([Month(2024, 1)] * 3)
    got = batch.cancellation_fee(
        s,
        w,
        applied_on=np_dates([D(2022, 6, 30), D(2022, 7, 1), D(2022, 7, 1)]),
        dwelling=np.array([None, "HOUSE", "APARTMENT"], dtype=object),
    )
    assert got.tolist() == [20_000, 4_580, 3_480]


def test_a_month_scalar_applies_to_every_row() -> None:
    s = np_dates([D(2026, 9, 20), D(2023, 7, 1)])
    assert batch.contract_month(s, Month(2029, 9)).tolist() == [37, 75]
    assert batch.is_renewal_month(s, D(2029, 9, 30)).tolist() == [True, False]


# -- CHG-1 / CHG-2 -------------------------------------------------------------------------------------


@st.composite
def subscriptions(draw: st.DrawFn) -> tuple[dt.date, dt.date | None]:
    p = draw(wide_dates)
    if draw(st.integers(0, 4)) == 0:
        return p, None
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return p, p  # same day (the CHG-2 exception on the 1st)
    if kind == 1:  # the 1st of a month near the purchase
        m = Month.of(p) + draw(st.integers(-1, 3))
        return p, max(LO, min(HI, m.first_day)) if m.index <= HI.year * 12 + 11 else HI
    return p, max(LO, min(HI, p + dt.timedelta(days=draw(st.integers(-40, 4000)))))


@given(st.lists(subscriptions(), max_size=40), st.one_of(st.none(), st.builds(Month.of, wide_dates)))
def test_charged_month_count_equals_the_scalar_rule(
    rows: list[tuple[dt.date, dt.date | None]], through: Month | None
) -> None:
    p, c = [r[0] for r in rows], [r[1] for r in rows]
    expected = scalar_results(billing.charged_month_count, [((a, b), {"through": through}) for a, b in rows])
    assert_same(expected, lambda: batch.charged_month_count(np_dates(p), np_dates(c), through=through))
    assert_same(expected, lambda: batch.charged_month_count(pa_dates(p), pa_dates(c), through=through))


@given(st.lists(subscriptions().filter(lambda r: r[1] is not None), max_size=40))
def test_charged_month_count_fast_path_counts_cancellations_before_purchase(
    rows: list[tuple[dt.date, dt.date]],
) -> None:
    p, c = [r[0] for r in rows], [r[1] for r in rows]
    expected = scalar_results(billing.charged_month_count, [((a, b), {}) for a, b in rows])
    assert_error_rows(expected, lambda: batch.charged_month_count(np_dates(p), np_dates(c)))
    if not any(v is RAISED for v in expected):
        assert to_py(batch.charged_month_count(np_dates(p), np_dates(c))) == expected


@given(st.lists(st.tuples(subscriptions(), st.builds(Month.of, wide_dates)), max_size=40))
def test_is_charged_and_a_through_column_equal_the_scalar_rules(
    rows: list[tuple[tuple[dt.date, dt.date | None], Month]],
) -> None:
    p, c, m = [r[0][0] for r in rows], [r[0][1] for r in rows], [r[1] for r in rows]
    expected = scalar_results(billing.is_charged, [((r[0][0], r[0][1], r[1]), {}) for r in rows])
    assert_same(expected, lambda: batch.is_charged(np_dates(p), np_dates(c), np_months(m)))
    assert_same(expected, lambda: batch.is_charged(pa_dates(p), pa_dates(c), pa_dates([x.first_day for x in m])))
    counts = scalar_results(billing.charged_month_count, [((r[0][0], r[0][1]), {"through": r[1]}) for r in rows])
    assert_same(counts, lambda: batch.charged_month_count(np_dates(p), np_dates(c), through=np_months(m)))


def test_chg_2_examples() -> None:
    p = np_dates([D(1999, 12, 31), D(2024, 3, 1), D(2024, 3, 1), D(2024, 3, 2)])
    c = np_dates([D(2000, 1, 1), D(2024, 3, 1), D(2024, 4, 1), D(2024, 4, 1)])
    assert batch.charged_month_count(p, c).tolist() == [1, 1, 1, 1]


def test_an_open_subscription_without_through_names_the_rows() -> None:
    with pytest.raises(BatchInputError, match="through") as info:
        batch.charged_month_count(np_dates([D(2024, 1, 1), D(2024, 1, 1)]), np_dates([D(2024, 2, 2), None]))
    assert (info.value.rows, info.value.first_index) == (1, 1)


# -- CAP-1 ----------------------------------------------------------------------------------------------


@given(
    st.lists(amounts(), max_size=40),
    st.sampled_from(list(CapPolicy)),
    st.sampled_from([0, 1, 100_000, 300_000]),
)
def test_split_consolidated_equals_the_scalar_rule(values: list[int], policy: CapPolicy, cap: int) -> None:
    want = [billing.split_consolidated(v, cap=cap, policy=policy) for v in values]
    for col in (np.array(values, dtype=np.int64), pa.array(values, type=pa.int64())):
        got = batch.split_consolidated(col, cap=cap, policy=policy)
        assert to_py(got.phone_bill) == [w.phone_bill for w in want]
        assert to_py(got.direct) == [w.direct for w in want]


def test_split_rejects_negative_amounts_bools_and_floats() -> None:
    with pytest.raises(BatchInputError) as info:
        batch.split_consolidated(np.array([5, -1, 3, -2]))
    assert (info.value.rows, info.value.first_index, info.value.parameter) == (2, 1, "amount")
    with pytest.raises(TypeError):
        batch.split_consolidated(np.array([True]))
    with pytest.raises(TypeError):
        batch.split_consolidated(np.array([1.0]))
    with pytest.raises(BatchInputError, match="null"):
        batch.split_consolidated(pa.array([1, None]))


# -- NUM-3 -------------------------------------------------------------------------------------------------


@given(st.lists(st.tuples(wide_dates, st.one_of(st.none(), st.integers(-10, 100))), max_size=40))
def test_number_retention_equals_the_scalar_rules(rows: list[tuple[dt.date, int | None]]) -> None:
    hi = HI - dt.timedelta(days=100)
    lo = LO + dt.timedelta(days=10)  # a reversion up to 10 days early stays inside the tables
    rows = [(max(min(a, hi), lo), k) for a, k in rows]
    apps = [a for a, _ in rows]
    revs = [None if k is None else a + dt.timedelta(days=k) for a, k in rows]
    deadlines = [withdrawal.number_retention_deadline(a) for a in apps]
    kept = [withdrawal.number_retained(a, r) for a, r in zip(apps, revs, strict=True)]
    assert to_py(batch.number_retention_deadline(np_dates(apps))) == deadlines
    assert to_py(batch.number_retention_deadline(pa_dates(apps))) == deadlines
    assert to_py(batch.number_retained(np_dates(apps), np_dates(revs))) == kept
    assert to_py(batch.number_retained(pa_dates(apps), pa_dates(revs))) == kept
    assert to_py(batch.number_retained(np_dates(apps), None)) == [False] * len(apps)


def test_num_3_deadline_day_keeps_the_number_the_next_day_loses_it() -> None:
    a = np_dates([D(2026, 9, 3)] * 2)
    assert batch.number_retention_deadline(a[:1]).tolist() == [D(2026, 11, 17)]
    assert batch.number_retained(a, np_dates([D(2026, 11, 17), D(2026, 11, 18)])).tolist() == [True, False]


# -- business days --------------------------------------------------------------------------------------------


@given(st.lists(calendar_dates(), max_size=60))
def test_business_days_equal_the_scalar_calendar(days: list[dt.date]) -> None:
    is_bd = [dates.is_business_day(d) for d in days]
    nxt = scalar_results(dates.next_business_day, [((d,), {}) for d in days])
    for col in (np_dates(days), pa_dates(days)):
        assert to_py(batch.is_business_day(col)) == is_bd
        assert_error_rows(nxt, lambda col=col: batch.next_business_day(col))  # type: ignore[misc]
        if RAISED not in nxt:
            assert to_py(batch.next_business_day(col)) == nxt


def test_business_days_outside_the_holiday_calendar_are_errors() -> None:
    with pytest.raises(BatchInputError, match="holiday calendar") as info:
        batch.is_business_day(np_dates([D(2026, 1, 5), D(1948, 12, 31), D(2100, 1, 1)]))
    assert (info.value.rows, info.value.first_index) == (2, 1)
    with pytest.raises(BatchInputError, match="no business day"):
        batch.next_business_day(np_dates([D(2099, 12, 31)]))


# -- columns: kinds, nulls, ranges, chunk boundaries ----------------------------------------------------------


def test_results_have_the_kind_of_the_inputs() -> None:
    s, w = [D(2023, 1, 15)], [D(2026, 1, 1)]
    assert batch.cancellation_fee(np_dates(s), np_dates(w)).dtype == np.int64
    assert batch.cancellation_fee(pa_dates(s), pa_dates(w)).type == pa.int64()
    assert batch.is_renewal_month(pa_dates(s), pa_dates(w)).type == pa.bool_()
    assert batch.next_business_day(pa_dates(w)).type == pa.date32()
    assert batch.next_business_day(np_dates(w)).dtype == np.dtype("datetime64[D]")
    chunked = pa.chunked_array([pa_dates(s), pa_dates(s)])
    assert batch.contract_month(chunked, pa.chunked_array([pa_dates(w), pa_dates(w)])).to_pylist() == [37, 37]


def test_a_null_in_a_required_column_names_the_column_count_and_first_row() -> None:
    s = [D(2023, 1, 15), None, D(2023, 1, 15), None]
    w = [D(2026, 1, 1)] * 4
    for make in (np_dates, pa_dates):
        with pytest.raises(BatchInputError, match="null") as info:
            batch.cancellation_fee(make(s), make(w))
        assert (info.value.parameter, info.value.rows, info.value.first_index) == ("service_start", 2, 1)


def test_dates_outside_the_month_tables_are_errors_not_wrong_values() -> None:
    s = np_dates([D(2023, 1, 15), D(1899, 12, 31), D(2023, 1, 1)])
    w = np_dates([D(2026, 1, 1), D(2026, 1, 1), D(2200, 1, 1)])
    with pytest.raises(BatchInputError, match="outside") as info:
        batch.cancellation_fee(s, w)
    assert (info.value.parameter, info.value.rows, info.value.first_index) == ("service_start", 1, 1)
    with pytest.raises(BatchInputError, match="outside") as info:
        batch.charged_month_count(w, w)
    assert info.value.first_index == 2


def test_an_invalid_row_past_the_first_chunk_is_found_and_counted() -> None:
    n = 200_000
    s = np.full(n, np.datetime64("2020-05-31", "D"))
    w = np.full(n, np.datetime64("2024-02-29", "D"))
    w[150_001] = np.datetime64("2020-04-30", "D")
    w[199_999] = np.datetime64("2019-01-01", "D")
    with pytest.raises(BatchInputError, match="before the service start") as info:
        batch.cancellation_fee(s, w)
    assert (info.value.rows, info.value.first_index) == (2, 150_001)
    with pytest.raises(BatchInputError, match="before the purchase") as info2:
        batch.charged_month_count(s, w)
    assert (info2.value.rows, info2.value.first_index) == (2, 150_001)


def test_large_columns_equal_the_scalar_rules_on_a_sample_and_do_not_depend_on_chunking() -> None:
    rng = np.random.default_rng(7)
    n = 300_000
    s = rng.integers(np.datetime64("1950-01-01", "D").astype(int), np.datetime64("2150-01-01", "D").astype(int), n)
    w = s + rng.integers(0, 5000, n)
    sd, wd = s.astype("datetime64[D]"), w.astype("datetime64[D]")
    fee = batch.cancellation_fee(sd, wd)
    count = batch.charged_month_count(sd, wd)
    # Row by row against the scalar rules: a random sample plus the rows at the chunk edges.
    edges = {k * (1 << 16) + d for k in range(1, n >> 16) for d in (-1, 0, 1)}
    for i in sorted({*rng.choice(n, 1500, replace=False).tolist(), *edges}):
        start, withdrawn = sd[i].item(), wd[i].item()
        assert fee[i] == fees.cancellation_fee(start, withdrawn), (i, start, withdrawn)
        assert count[i] == billing.charged_month_count(start, withdrawn), (i, start, withdrawn)
    # Every row: the same answer whether the column is one call or many small ones.
    step = 10_007
    pieces = range(0, n, step)
    assert np.array_equal(
        np.concatenate([batch.cancellation_fee(sd[i : i + step], wd[i : i + step]) for i in pieces]), fee
    )
    assert np.array_equal(
        np.concatenate([batch.charged_month_count(sd[i : i + step], wd[i : i + step]) for i in pieces]), count
    )


@pytest.mark.parametrize(
    ("contract_month", "fee"),
    # FEE-1: 20,000 yen, except in the renewal months TERM-2 gives (37-38, 73-74, ...).
    [(36, 20_000), (37, 0), (38, 0), (39, 20_000), (72, 20_000), (73, 0), (74, 0), (75, 20_000)],
)
def test_cancellation_fee_column_around_the_renewal_windows(contract_month: int, fee: int) -> None:
    start = D(2026, 9, 20)
    month = Month.of(start) + (contract_month - 1)
    withdrawals = [month.first_day, month.day(20), month.day(month.days)]
    assert batch.cancellation_fee(np_dates([start] * 3), np_dates(withdrawals)).tolist() == [fee] * 3
    assert batch.contract_month(np_dates([start]), np_dates([month.first_day])).tolist() == [contract_month]


@pytest.mark.parametrize(
    "column",
    [
        np.array([1, 2], dtype=np.int64),
        np.array(["2024-01-01T00:00"], dtype="datetime64[ns]"),
        np.array(["2024-01"], dtype="datetime64[M]"),  # a month where a date is required
        pa.array([1], type=pa.int64()),
        pa.array([dt.datetime(2024, 1, 1)], type=pa.timestamp("s")),
        [D(2024, 1, 1)],
    ],
)
def test_a_column_of_the_wrong_type_is_a_type_error(column: Any) -> None:
    with pytest.raises(TypeError, match="service_start"):
        batch.cancellation_fee(column, np_dates([D(2024, 1, 1)]))


def test_columns_of_different_lengths_are_an_error() -> None:
    with pytest.raises(RuleInputError, match="rows"):
        batch.contract_month(np_dates([D(2024, 1, 1)]), np_dates([D(2024, 1, 1)] * 2))


def test_unknown_dwelling_names_are_counted() -> None:
    with pytest.raises(BatchInputError, match="Dwelling") as info:
        batch.cancellation_fee(
            np_dates([D(2023, 1, 1)] * 3),
            np_dates([D(2024, 1, 1)] * 3),
            applied_on=D(2023, 1, 1),
            dwelling=np.array(["HOUSE", "house", "戸建"]),
        )
    assert (info.value.rows, info.value.first_index) == (2, 1)


def test_batch_input_error_survives_pickling() -> None:
    import pickle

    err = BatchInputError("x", parameter="p", rule="R", rows=2, first_index=5)
    back = pickle.loads(pickle.dumps(err))
    assert (str(back), back.rows, back.first_index) == (str(err), 2, 5)


def test_the_num_3_day_count_is_declared_once_in_withdrawal() -> None:
    import ast
    import pathlib

    src = pathlib.Path(batch.__file__).parent
    declared = [
        f"{path.name}:{node.lineno}"
        for path in sorted(src.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.AnnAssign | ast.Assign)
        and any(
            isinstance(t, ast.Name) and t.id == "NUMBER_RETENTION_DAYS"
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
        )
    ]
    assert len(declared) == 1
    assert declared[0].startswith("withdrawal.py:")
    assert batch.NUMBER_RETENTION_DAYS is withdrawal.NUMBER_RETENTION_DAYS
