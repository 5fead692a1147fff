"""hikari_rules.batch: every column form, on both kernels (compiled and NumPy), equals the scalar rules.

The compiled kernels (numba, the ``[fast-batch]`` extra) and the NumPy fallback must give
the same answer for every way a column can be given: NumPy ``datetime64[D]`` and
``datetime64[M]``, Arrow ``date32`` (one chunk, several chunks, a slice with an offset),
strided NumPy views, and :class:`~hikari_rules.batch.MonthIndices` over NumPy or Arrow
integers.  Each is compared with the scalar rule row by row, so neither kernel is the
other's oracle.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any
from unittest import mock

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, batch, billing, contract_term, fees
from hikari_rules.batch import BatchInputError, MonthIndices
from hikari_rules.contract_term import ContractTerm
from hikari_rules.dates import Month
from hikari_rules.strategies import dates as any_dates

D = dt.date
LO, HI = batch.CALENDAR_FIRST_DAY, batch.CALENDAR_LAST_DAY
RAISED = object()
KERNELS = ["compiled", "numpy"]


@contextlib.contextmanager
def kernel(name: str) -> Iterator[None]:
    """Run the batch functions on the named kernel ("numpy": as if numba were not installed)."""
    if name == "numpy":
        with mock.patch.object(batch, "_compiled", return_value=None):
            yield
    else:
        if batch._compiled() is None:
            pytest.skip("numba (the [fast-batch] extra) is not installed")
        yield


def test_the_compiled_kernels_are_installed_for_the_test_run() -> None:
    # The test extras install numba, so the compiled path is the one under test here;
    # the NumPy fallback is forced by kernel("numpy").
    assert batch._compiled() is not None


# -- the column forms ---------------------------------------------------------------------------


def _np_days(values: Sequence[dt.date | None]) -> np.ndarray[Any, Any]:
    return np.array([np.datetime64("NaT") if v is None else np.datetime64(v, "D") for v in values], "datetime64[D]")


def _strided(values: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """The same values as a non-contiguous view (every other element of a doubled array)."""
    doubled = np.empty(2 * len(values), dtype=values.dtype)
    doubled[::2] = values
    return doubled[::2]


def _chunked(values: Sequence[Any], type_: Any) -> Any:
    k = len(values) // 2
    return pa.chunked_array([pa.array(list(values[:k]), type=type_), pa.array(list(values[k:]), type=type_)], type_)


def _offset(values: Sequence[Any], type_: Any) -> Any:
    """An Arrow slice that does not start at its buffer's start."""
    return pa.array([None, *values], type=type_).slice(1)


DATE_FORMS: dict[str, Callable[[Sequence[dt.date | None]], Any]] = {
    "datetime64[D]": _np_days,
    "datetime64[D] strided": lambda v: _strided(_np_days(v)),
    "date32": lambda v: pa.array(list(v), type=pa.date32()),
    "date32 chunked": lambda v: _chunked(v, pa.date32()),
    "date32 sliced": lambda v: _offset(v, pa.date32()),
}


def _months(values: Sequence[dt.date | None]) -> list[Month | None]:
    return [None if v is None else Month.of(v) for v in values]


def _indices(values: Sequence[dt.date | None], dtype: Any) -> MonthIndices:
    return MonthIndices(np.array([Month.of(v).index for v in values if v is not None], dtype=dtype))


MONTH_FORMS: dict[str, Callable[[Sequence[dt.date | None]], Any]] = {
    **DATE_FORMS,
    "datetime64[M]": lambda v: np.array([str(m) if m else "NaT" for m in _months(v)], dtype="datetime64[M]"),
    "datetime64[M] strided": lambda v: _strided(
        np.array([str(m) if m else "NaT" for m in _months(v)], dtype="datetime64[M]")
    ),
    "MonthIndices int64": lambda v: _indices(v, np.int64),
    "MonthIndices int32": lambda v: _indices(v, np.int32),
    "MonthIndices uint16": lambda v: _indices(v, np.uint16),
    "MonthIndices Arrow int32": lambda v: MonthIndices(
        pa.array([None if m is None else m.index for m in _months(v)], type=pa.int32())
    ),
}


def to_py(result: Any) -> list[Any]:
    if isinstance(result, pa.Array | pa.ChunkedArray):
        return list(result.to_pylist())
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
    """Equal row by row; where scalar rows raise, the call raises with their count and first index."""
    bad = [i for i, v in enumerate(expected) if v is RAISED]
    if not bad:
        assert to_py(run()) == expected
        return
    with pytest.raises(BatchInputError) as info:
        run()
    assert info.value.rows == len(bad)
    assert info.value.first_index == bad[0]


# -- the rows: near the renewal windows, month ends, the range edges ---------------------------------

in_tables = any_dates(LO, HI)


@st.composite
def contract_rows(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    """(service start, a date near a renewal boundary, anywhere after the start, or just before it)."""
    start = draw(in_tables)
    k = draw(st.one_of(st.sampled_from([-1, 0, 1, 35, 36, 37, 38, 39, 72, 73, 74, 75]), st.integers(-3, 3599)))
    index = min(max(Month.of(start).index + k, LO.year * 12), HI.year * 12 + 11)
    m = Month.from_index(index)
    return start, m.day(min(draw(st.sampled_from([1, 2, 15, 28, 31])), m.days))


# 3600 and longer: no renewal window within the tables (the compiled kernel caps the term).
terms = st.sampled_from(
    [
        contract_term.SONET_HIKARI_PLUS,
        ContractTerm(24, 3),
        ContractTerm(1, 1),
        ContractTerm(7, 7),
        ContractTerm(1799, 2),
        ContractTerm(3600, 1),
        ContractTerm(10**9, 5),
    ]
)


@pytest.mark.parametrize("path", KERNELS)
@given(rows=st.lists(contract_rows(), max_size=30), term=terms, data=st.data())
def test_every_column_form_of_the_contract_month_rules_equals_the_scalar_rules(
    path: str, rows: list[tuple[dt.date, dt.date]], term: ContractTerm, data: st.DataObject
) -> None:
    start_form = data.draw(st.sampled_from(sorted(DATE_FORMS)), label="service_start form")
    month_form = data.draw(st.sampled_from(sorted(MONTH_FORMS)), label="month form")
    s, m = [r[0] for r in rows], [r[1] for r in rows]
    calls = [((a, b), {"term": term}) for a, b in rows]
    with kernel(path):
        for scalar, vector in (
            (contract_term.contract_month, batch.contract_month),
            (contract_term.is_renewal_month, batch.is_renewal_month),
            (fees.cancellation_fee, batch.cancellation_fee),
        ):
            expected = scalar_results(scalar, calls)
            assert_same(expected, lambda v=vector: v(DATE_FORMS[start_form](s), MONTH_FORMS[month_form](m), term=term))  # type: ignore[misc]


@st.composite
def subscriptions(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    """(purchase, cancellation): the same day, the 1st of a nearby month, a random later
    day, or a day before the purchase (an invalid row)."""
    p = draw(in_tables)
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return p, p
    if kind == 1:
        index = min(max(Month.of(p).index + draw(st.integers(-1, 3)), LO.year * 12), HI.year * 12 + 11)
        return p, Month.from_index(index).first_day
    return p, max(LO, min(HI, p + dt.timedelta(days=draw(st.integers(-40 if kind == 2 else 0, 4000)))))


@pytest.mark.parametrize("path", KERNELS)
@given(rows=st.lists(subscriptions(), max_size=30), data=st.data())
def test_every_column_form_of_the_charge_rules_equals_the_scalar_rules(
    path: str, rows: list[tuple[dt.date, dt.date]], data: st.DataObject
) -> None:
    p_form = data.draw(st.sampled_from(sorted(DATE_FORMS)), label="purchased_on form")
    c_form = data.draw(st.sampled_from(sorted(DATE_FORMS)), label="cancelled_on form")
    m_form = data.draw(st.sampled_from(sorted(MONTH_FORMS)), label="month / through form")
    months = [data.draw(in_tables, label="month") for _ in rows]
    p, c = [r[0] for r in rows], [r[1] for r in rows]
    with kernel(path):
        counts = scalar_results(billing.charged_month_count, [((a, b), {}) for a, b in rows])
        assert_same(counts, lambda: batch.charged_month_count(DATE_FORMS[p_form](p), DATE_FORMS[c_form](c)))
        limited = scalar_results(
            billing.charged_month_count, [((a, b), {"through": m}) for (a, b), m in zip(rows, months, strict=True)]
        )
        assert_same(
            limited,
            lambda: batch.charged_month_count(
                DATE_FORMS[p_form](p), DATE_FORMS[c_form](c), through=MONTH_FORMS[m_form](months)
            ),
        )
        charged = scalar_results(billing.is_charged, [((a, b, m), {}) for (a, b), m in zip(rows, months, strict=True)])
        assert_same(
            charged, lambda: batch.is_charged(DATE_FORMS[p_form](p), DATE_FORMS[c_form](c), MONTH_FORMS[m_form](months))
        )


@pytest.mark.parametrize("path", KERNELS)
def test_large_columns_are_the_same_on_both_kernels_in_every_form(path: str) -> None:
    rng = np.random.default_rng(17)
    n = 150_000
    lo, hi = np.datetime64("1900-01-01", "D").astype(int), np.datetime64("2190-01-01", "D").astype(int)
    s = rng.integers(lo, hi, n)
    w = np.minimum(s + rng.integers(0, 4000, n), np.datetime64("2199-12-31", "D").astype(int))
    sd, wd = s.astype("datetime64[D]"), w.astype("datetime64[D]")
    wm = wd.astype("datetime64[M]")
    with kernel("numpy"):
        want_fee = batch.cancellation_fee(sd, wd)
        want_count = batch.charged_month_count(sd, wd)
    for i in rng.choice(n, 300, replace=False).tolist():  # the reference itself, against the scalar rules
        assert want_fee[i] == fees.cancellation_fee(sd[i].item(), wd[i].item())
        assert want_count[i] == billing.charged_month_count(sd[i].item(), wd[i].item())
    with kernel(path):
        for start, month in (
            (sd, wd),
            (sd, wm),
            (pa.array(sd), pa.array(wd)),
            (sd, MonthIndices(wm.view(np.int64) + 1970 * 12)),
            (_strided(sd), _strided(wm)),
        ):
            assert np.array_equal(np.asarray(batch.cancellation_fee(start, month)), want_fee)
        assert np.array_equal(np.asarray(batch.charged_month_count(pa.array(sd), pa.array(wd))), want_count)
        assert np.array_equal(batch.charged_month_count(sd, wd), want_count)
        # Arrow slices read in place at an offset, and NumPy and Arrow mixed in one call.
        sa, wa = pa.array(sd).slice(7, n - 20), pa.array(wd).slice(7, n - 20)
        assert np.array_equal(np.asarray(batch.cancellation_fee(sa, wa)), want_fee[7 : n - 13])
        assert np.array_equal(np.asarray(batch.charged_month_count(sa, wa)), want_count[7 : n - 13])
        assert np.array_equal(np.asarray(batch.cancellation_fee(sd, pa.array(wd))), want_fee)
        assert np.array_equal(np.asarray(batch.charged_month_count(pa.array(sd), wd)), want_count)


@pytest.mark.parametrize("path", KERNELS)
def test_an_invalid_row_in_arrow_slices_is_named_by_its_index_in_the_slice(path: str) -> None:
    start = _np_days([D(2020, 1, 15)] * 6)
    later = _np_days([D(2021, 1, 15)] * 6)
    early = later.copy()
    early[4] = np.datetime64("1899-12-31", "D")  # outside the tables, at index 3 of the slice
    before = later.copy()
    before[5] = np.datetime64("2020-01-14", "D")  # before the purchase, at index 4 of the slice
    with kernel(path):
        with pytest.raises(BatchInputError, match=r"withdrawal_month: 1 row: .*\(first at index 3\)") as fee_error:
            batch.cancellation_fee(pa.array(start).slice(1), pa.array(early).slice(1))
        assert (fee_error.value.rule, fee_error.value.rows, fee_error.value.first_index) == ("FEE-1", 1, 3)
        with pytest.raises(BatchInputError, match=r"cancelled_on: 1 row: .*\(first at index 4\)") as charge_error:
            batch.charged_month_count(pa.array(start).slice(1), pa.array(before).slice(1))
        assert (charge_error.value.rule, charge_error.value.rows, charge_error.value.first_index) == ("CHG-1", 1, 4)


# -- errors of the new forms ----------------------------------------------------------------------


@pytest.mark.parametrize("path", KERNELS)
def test_month_columns_outside_the_tables_and_nulls_name_the_column(path: str) -> None:
    s = _np_days([D(2023, 1, 15)] * 3)
    with kernel(path):
        with pytest.raises(BatchInputError, match=r"month outside 1900-01\.\.2199-12") as info:
            batch.cancellation_fee(s, np.array(["2026-01", "2200-01", "1899-12"], dtype="datetime64[M]"))
        assert (info.value.parameter, info.value.rows, info.value.first_index) == ("withdrawal_month", 2, 1)
        with pytest.raises(BatchInputError, match="null") as info:
            batch.cancellation_fee(s, np.array(["2026-01", "NaT", "NaT"], dtype="datetime64[M]"))
        assert (info.value.rows, info.value.first_index) == (2, 1)
        with pytest.raises(BatchInputError, match="month outside") as info:
            batch.contract_month(s, MonthIndices(np.array([Month(2026, 1).index, -1, 2**40])))
        assert (info.value.rows, info.value.first_index) == (2, 1)
        with pytest.raises(BatchInputError, match="null") as info:
            batch.contract_month(s, MonthIndices(pa.array([None, 24313, None])))
        assert (info.value.rows, info.value.first_index) == (2, 0)
        with pytest.raises(BatchInputError, match="before the service start"):
            batch.cancellation_fee(s, MonthIndices(np.array([Month(2022, 12).index] * 3)))


def test_a_through_of_month_indices_with_nulls_means_none_on_those_rows() -> None:
    p = _np_days([D(2024, 1, 31), D(2024, 1, 31)])
    c = _np_days([D(2024, 6, 1), D(2024, 6, 1)])
    got = batch.charged_month_count(p, c, through=MonthIndices(pa.array([Month(2024, 2).index, None])))
    assert got.to_pylist() == [
        billing.charged_month_count(D(2024, 1, 31), D(2024, 6, 1), through=Month(2024, 2)),
        billing.charged_month_count(D(2024, 1, 31), D(2024, 6, 1)),
    ]


@pytest.mark.parametrize(
    "column",
    [
        np.array([24313, 24314]),  # plain integers are not months
        MonthIndices(np.array([1.0])),
        MonthIndices(np.array([True])),
        MonthIndices(pa.array(["2026-01"])),
        MonthIndices([24313]),
        MonthIndices(np.array([[24313]])),
    ],
)
def test_month_indices_must_be_wrapped_one_dimensional_integers(column: Any) -> None:
    with pytest.raises(TypeError, match="withdrawal_month"):
        batch.cancellation_fee(_np_days([D(2023, 1, 15)]), column)


def test_month_indices_are_not_dates() -> None:
    with pytest.raises(TypeError, match="service_start"):
        batch.contract_month(MonthIndices(np.array([24313])), np.array(["2026-01"], dtype="datetime64[M]"))  # type: ignore[arg-type]


TWO_D = np.array([["2024-01-01", "2024-02-01"]], dtype="datetime64[D]")
ONE_D = np.array(["2024-01-01", "2024-02-01"], dtype="datetime64[D]")


@pytest.mark.parametrize(
    ("call", "column"),
    [
        (lambda: batch.contract_month(TWO_D, ONE_D), "service_start"),
        (lambda: batch.is_renewal_month(ONE_D, TWO_D), "month"),
        (lambda: batch.cancellation_fee(ONE_D, TWO_D.astype("datetime64[M]")), "withdrawal_month"),
        (lambda: batch.cancellation_fee(ONE_D, ONE_D, applied_on=TWO_D), "applied_on"),
        (lambda: batch.cancellation_fee(ONE_D, ONE_D, applied_on=ONE_D, dwelling=np.array([["HOUSE"]])), "dwelling"),
        (lambda: batch.charged_month_count(TWO_D, ONE_D), "purchased_on"),
        (lambda: batch.charged_month_count(ONE_D, TWO_D), "cancelled_on"),
        (lambda: batch.charged_month_count(ONE_D, ONE_D, through=TWO_D), "through"),
        (lambda: batch.is_charged(ONE_D, None, TWO_D), "month"),
        (lambda: batch.split_consolidated(np.array([[1, 2]])), "amount"),
        (lambda: batch.number_retention_deadline(TWO_D), "application_date"),
        (lambda: batch.number_retained(ONE_D, TWO_D), "reversion_completed_on"),
        (lambda: batch.is_business_day(TWO_D), "d"),
        (lambda: batch.next_business_day(TWO_D.reshape(2, 1)), "d"),
        (lambda: batch.contract_month(np.array(np.datetime64("2024-01-01", "D")), ONE_D), "service_start"),
    ],
)
def test_a_column_that_is_not_one_dimensional_is_a_type_error_naming_it(call: Callable[[], Any], column: str) -> None:
    with pytest.raises(TypeError, match=f"{column}: expected a one-dimensional column"):
        call()


def test_the_compiled_calendar_arithmetic_agrees_with_numpy_on_every_day_of_the_range() -> None:
    # The compiled kernels compute the month of a day (and whether it is a 1st) instead
    # of reading the tables of the NumPy path: every one of the 109,573 days is checked.
    compiled = batch._compiled()
    if compiled is None:
        pytest.skip("numba (the [fast-batch] extra) is not installed")
    days = np.arange(np.datetime64(LO, "D"), np.datetime64(HI, "D") + 1)
    got = np.empty(len(days), dtype=np.int64)
    compiled.months(days.view(np.int64), got)
    month = days.astype("datetime64[M]").view(np.int64) + 1970 * 12
    first = days == days.astype("datetime64[M]").astype("datetime64[D]")
    assert len(days) == 109_573
    assert np.array_equal(got // 2, month)
    assert np.array_equal(got % 2 == 1, first)


@pytest.mark.parametrize("term_months", [1, 2, 3, 7, 12, 24, 36, 1000, 3599, 3600, 10**9])
def test_the_compiled_division_by_the_term_is_exact_on_every_month_difference(term_months: int) -> None:
    # (d * by_t) >> 32 stands for d // t in the compiled kernels; a longer term than
    # 3601 months is capped there, which changes neither quotient 0 nor the remainder d.
    t, by_t, *_ = batch._kernel_args("renewal", ContractTerm(term_months, 1))
    d = np.arange(batch._SPAN_MONTHS, dtype=np.int64)
    q = (d * by_t) >> 32
    assert np.array_equal(q, d // term_months)
    assert np.array_equal(d - q * t, d % term_months)


def test_importing_batch_neither_imports_numba_nor_compiles_anything() -> None:
    # numba (and its compilation) is paid on the first call of a compiled rule, not on import.
    code = "import sys, hikari_rules.batch; print('numba' in sys.modules, 'pyarrow' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_without_numba_or_with_the_switch_set_the_numpy_path_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    s, w = _np_days([D(2023, 1, 15), D(2023, 1, 15)]), _np_days([D(2025, 12, 31), D(2026, 1, 1)])
    try:
        monkeypatch.setitem(sys.modules, "hikari_rules._batch_numba", None)  # import fails: numba not installed
        batch._compiled_module.cache_clear()
        assert batch._compiled() is None
        assert batch.cancellation_fee(s, w).tolist() == [20_000, 0]
        monkeypatch.undo()
        monkeypatch.setenv("HIKARI_RULES_BATCH_NUMPY", "1")
        batch._compiled_module.cache_clear()
        assert batch._compiled() is None
        assert batch.charged_month_count(s, w).tolist() == [36, 36]  # a cancellation on the 1st: CHG-2
    finally:
        monkeypatch.undo()
        batch._compiled_module.cache_clear()
    assert batch._compiled() is not None


def test_a_context_can_ask_for_the_numpy_kernels_without_touching_other_contexts() -> None:
    s, w = _np_days([D(2023, 1, 15), D(2023, 1, 15)]), _np_days([D(2025, 12, 31), D(2026, 1, 1)])
    token = batch.NUMPY_KERNELS.set(True)
    try:
        assert batch._compiled() is None
        assert batch.cancellation_fee(s, w).tolist() == [20_000, 0]
        assert contextvars.Context().run(batch._compiled) is not None  # another context still compiles
    finally:
        batch.NUMPY_KERNELS.reset(token)
    assert batch._compiled() is not None
