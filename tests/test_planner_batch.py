"""The planner's batch form equals the scalar planner, row by row."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hikari_rules import Month
from hikari_rules.batch import BatchInputError
from hikari_rules.contract_term import ContractTerm
from hikari_rules.payment import PaymentMethod
from hikari_rules.planner import Contract, Person, plan
from hikari_rules.planner_batch import next_fee_free
from hikari_rules.withdrawal import Channel

WEB = Person(channels=(Channel.WEB,))


def _scalar(start: dt.date, today: dt.date, term: ContractTerm) -> tuple[Month, dt.date]:
    p = plan(Contract(start, PaymentMethod.BANK_DEBIT, term=term), WEB, today, horizon=term.term_months + 1)
    assert p.next_fee_free is not None
    return p.next_fee_free.withdrawal_month, p.next_fee_free.last_day


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.dates(dt.date(1949, 1, 1), dt.date(2099, 12, 31)), min_size=1, max_size=30),
    st.integers(0, 5_000),
    st.sampled_from([ContractTerm(), ContractTerm(24, 3), ContractTerm(12, 1)]),
)
def test_equals_the_scalar_planner_row_by_row(starts: list[dt.date], days_after: int, term: ContractTerm) -> None:
    today = min(max(starts) + dt.timedelta(days=days_after), dt.date(2199, 6, 30))
    col = np.array(starts, dtype="datetime64[D]")
    got = next_fee_free(col, today, term=term)
    for i, s in enumerate(starts):
        month, last_day = _scalar(s, today, term)
        assert got.month[i] == np.datetime64(str(month), "M")
        assert got.last_day[i] == np.datetime64(last_day, "D")
    arrow = next_fee_free(pa.array(starts, type=pa.date32()), today, term=term)
    assert arrow.last_day.to_pylist() == [_scalar(s, today, term)[1] for s in starts]
    assert arrow.month.to_pylist() == [_scalar(s, today, term)[0].first_day for s in starts]


def test_a_large_column_uses_both_threads_and_agrees() -> None:
    rng = np.random.default_rng(7)
    col = (np.datetime64("1990-01-01") + rng.integers(0, 13_000, 300_000)).astype("datetime64[D]")
    today = dt.date(2026, 11, 29)
    got = next_fee_free(col, today)
    for i in rng.integers(0, len(col), 200):
        month, last_day = _scalar(col[i].item(), today, ContractTerm())
        assert (got.month[i], got.last_day[i]) == (np.datetime64(str(month), "M"), np.datetime64(last_day, "D"))


def test_a_start_after_today_is_an_error_naming_the_rows() -> None:
    col = np.array(["2020-01-01", "2027-01-01", "2028-01-01"], dtype="datetime64[D]")
    with pytest.raises(BatchInputError) as info:
        next_fee_free(col, dt.date(2026, 11, 29))
    assert (info.value.rows, info.value.first_index, info.value.rule, info.value.parameter) == (
        2,
        1,
        "TERM-1",
        "service_start",
    )
    with pytest.raises(BatchInputError):
        next_fee_free(pa.array([dt.date(2020, 1, 1), None], type=pa.date32()), dt.date(2026, 11, 29))
    with pytest.raises(BatchInputError):
        next_fee_free(np.array(["NaT"], dtype="datetime64[D]"), dt.date(2026, 11, 29))


def test_wrong_columns_are_type_errors() -> None:
    with pytest.raises(TypeError, match="service_start"):
        next_fee_free(np.array([1, 2]), dt.date(2026, 11, 29))
    with pytest.raises(TypeError, match="one-dimensional"):
        next_fee_free(np.array([["2020-01-01"]], dtype="datetime64[D]"), dt.date(2026, 11, 29))
    with pytest.raises(TypeError):
        next_fee_free(np.array(["2020-01-01"], dtype="datetime64[D]"), "2026-11-29")  # type: ignore[arg-type]


def test_chunked_arrow_and_the_tables_edges() -> None:
    chunked = pa.chunked_array([[dt.date(2026, 9, 20)], [dt.date(2026, 8, 31), dt.date(2020, 1, 1)]], type=pa.date32())
    r = next_fee_free(chunked, dt.date(2029, 8, 15))
    assert r.last_day.to_pylist() == [dt.date(2029, 9, 30), dt.date(2029, 8, 31), dt.date(2032, 1, 31)]
    with pytest.raises(BatchInputError) as info:
        next_fee_free(np.array(["2020-01-01"], dtype="datetime64[D]"), dt.date(2200, 1, 1))
    assert (info.value.rule, info.value.parameter) == ("WD-1", "today")
    with pytest.raises(BatchInputError):
        next_fee_free(np.array(["1899-12-31"], dtype="datetime64[D]"), dt.date(2026, 1, 1))
    empty = next_fee_free(np.array([], dtype="datetime64[D]"), dt.date(2026, 1, 1))
    assert len(empty.month) == len(empty.last_day) == 0
