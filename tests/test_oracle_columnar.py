"""The columnar path of a single-rule CSV case file (``hikari_rules.oracle.columnar``).

It is a filter: the rows it cannot confirm as passing go to the row runner.  These
tests pin which rows it must *not* confirm (the row runner would not pass them); the
agreement of whole-file verdicts is in ``tests/test_cases.py``.
"""

from __future__ import annotations

from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")

from hikari_rules.oracle.columnar import read_csv_case_columns, run_csv_case_columns  # noqa: E402

_ALL = "all"


def _unconfirmed(rule: str, cols: dict[str, Any]) -> Any:
    """The rows the columnar path leaves to the row runner (``"all"`` when it takes none)."""
    n = len(cols["expected"])
    got = run_csv_case_columns(rule, cols)
    rows = list(range(n)) if got is None else got.tolist()
    return _ALL if rows == list(range(n)) else rows


# -- the oracle's CSV hook ---------------------------------------------------------------------------------------


def test_csv_case_file_on_the_batch_path(tmp_path: Any) -> None:
    path = tmp_path / "fees.cancellation_fee.csv"
    path.write_text(
        "id,service_start,withdrawal_month,applied_on,dwelling,expected\n"
        "a,2023-01-15,2025-12,,,20000\n"
        "b,2023-01-15,2026-01,2022-07-01,HOUSE,0\n"
        "c,2023-01-15,2026-03-31,2022-07-01,APARTMENT,3480\n"
        "d,2023-01-15,2026-03-31,2022-07-01,HOUSE,3480\n",
        encoding="utf-8",
    )
    cols = read_csv_case_columns(str(path))
    assert _unconfirmed("fees.cancellation_fee", cols) == [3]


def test_csv_rows_the_batch_path_cannot_decide_go_to_the_row_runner() -> None:
    cols = {
        "service_start": pa.array(["2023-01-15"]),
        "withdrawal_month": pa.array(["2022-12"]),
        "expected": pa.array(["raises:RuleInputError"]),
    }
    assert _unconfirmed("fees.cancellation_fee", cols) == _ALL
    cols["expected"] = pa.array(["0"])
    assert _unconfirmed("fees.cancellation_fee", cols) == _ALL  # the rule rejects the row
    assert _unconfirmed("payment.collection_date", cols) == _ALL
    split = {
        "amount": pa.array(["100001", "5"]),
        "policy": pa.array(["EXCESS", "EXCESS"]),
        "expected": pa.array(['{"phone_bill": 100000, "direct": 1}', '{"phone_bill": 5, "direct": 0}']),
    }
    assert _unconfirmed("billing.split_consolidated", split) == []
    days = {"d": pa.array(["2026-12-31", "2026-11-24"]), "expected": pa.array(["2027-01-04", "2026-11-25"])}
    assert _unconfirmed("dates.next_business_day", days) == [1]


@pytest.mark.parametrize(
    ("rule", "columns"),
    [
        # A required argument left out on every row (the row runner: "needs argument").
        (
            "withdrawal.number_retained",
            {"application_date": ["2026-09-30", "2026-09-30"], "reversion_completed_on": ["", ""]},
        ),
        ("withdrawal.number_retained", {"application_date": ["2026-09-30", "2026-09-30"]}),
        (
            "billing.is_charged",
            {"purchased_on": ["2026-09-20"] * 2, "cancelled_on": ["", ""], "month": ["2026-10"] * 2},
        ),
        # ... or on some rows only.
        (
            "withdrawal.number_retained",
            {"application_date": ["2026-09-30"] * 2, "reversion_completed_on": ["", "null"]},
        ),
        (
            "billing.is_charged",
            {"purchased_on": ["2026-09-20"] * 2, "cancelled_on": ["null", ""], "month": ["2026-10"] * 2},
        ),
    ],
)
def test_csv_batch_path_refuses_a_required_argument_left_empty(rule: str, columns: dict[str, list[str]]) -> None:
    n = len(next(iter(columns.values())))
    expected = {"withdrawal.number_retained": "false", "billing.is_charged": "true"}[rule]
    cols = {name: pa.array(cells) for name, cells in columns.items()} | {"expected": pa.array([expected] * n)}
    unconfirmed = _unconfirmed(rule, cols)
    left_out = [i for i in range(n) if len(columns) < 2 or any(c[i] == "" for c in columns.values())]
    assert left_out
    assert unconfirmed == _ALL or set(left_out) <= set(unconfirmed)


def test_csv_batch_path_takes_null_for_none_in_a_required_argument() -> None:
    cols = {
        "application_date": pa.array(["2026-09-30", "2026-09-30"]),
        "reversion_completed_on": pa.array(["null", "2026-12-14"]),
        "expected": pa.array(["false", "true"]),
    }
    assert _unconfirmed("withdrawal.number_retained", cols) == []


@pytest.mark.parametrize(
    ("name", "cells"),
    [
        ("cap", ["null", "null"]),  # None is not an int: the row runner reports a TypeError
        ("cap", ["1.5", "1.5"]),
        ("cap", ["true", "true"]),
        ("policy", ["NOPE", "NOPE"]),
        ("policy", ["null", "null"]),
    ],
)
def test_csv_batch_path_refuses_split_options_it_cannot_read(name: str, cells: list[str]) -> None:
    cols = {
        "amount": pa.array(["100001", "5"]),
        name: pa.array(cells),
        "expected": pa.array(['{"phone_bill": 0, "direct": 100001}', '{"phone_bill": 5, "direct": 0}']),
    }
    assert _unconfirmed("billing.split_consolidated", cols) == _ALL


@pytest.mark.parametrize(
    ("rule", "columns", "expected"),
    [
        # JSON has no leading zeros: the row runner reads "037" as a string, not 37.
        ("contract_term.contract_month", {"service_start": ["2026-09-20"], "month": ["2029-09"]}, "037"),
        ("billing.split_consolidated", {"amount": ["5"]}, '{"phone_bill": 05, "direct": 0}'),
        # Beyond int64: no crash, the row runner says it.
        ("billing.split_consolidated", {"amount": ["5"]}, '{"phone_bill": 99999999999999999999, "direct": 0}'),
    ],
)
def test_csv_batch_path_reads_expected_as_json_does(rule: str, columns: dict[str, list[str]], expected: str) -> None:
    cols = {name: pa.array(cells) for name, cells in columns.items()} | {"expected": pa.array([expected])}
    assert _unconfirmed(rule, cols) == _ALL


# -- whole files, block by block -----------------------------------------------------------------


def _contract_csv(rows: int, wrong: set[int], blank_after: int | None = None) -> str:
    from hikari_rules.contract_term import contract_month
    from hikari_rules.dates import Month

    lines = ["service_start,month,expected"]
    for i in range(rows):
        month = Month(2027, 1) + i % 40
        expected = contract_month(__import__("datetime").date(2026, 9, 20), month) + (1 if i in wrong else 0)
        lines.append(f"2026-09-20,{month},{expected}")
        if blank_after is not None and i == blank_after:
            lines.append("")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("blank_after", [None, 700])
def test_bad_rows_keep_their_exact_line_numbers_across_blocks(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, blank_after: int | None
) -> None:
    from hikari_rules.oracle import check_files, columnar

    monkeypatch.setattr(columnar, "BLOCK_SIZE", 4096)  # many blocks
    wrong = {3, 450, 999}
    f = tmp_path / "contract_term.contract_month.csv"
    f.write_text(_contract_csv(1000, wrong, blank_after))
    fast = check_files([f])
    slow = check_files([f], columnar=False)

    def line_of(i: int) -> int:
        return i + 2 + (1 if blank_after is not None and i > blank_after else 0)

    assert [p.line for p in fast.problems] == sorted(line_of(i) for i in wrong)
    assert [p.to_json() for p in fast.problems] == [p.to_json() for p in slow.problems]
    assert (fast.passed, fast.failed) == (slow.passed, slow.failed) == (997, 3)


# -- integers as JSON writes them ------------------------------------------------------------------------------------

import json  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from hikari_rules.oracle import columnar  # noqa: E402


@given(st.lists(st.integers(min_value=-(2**63) + 1, max_value=2**63 - 1), min_size=1, max_size=20))
def test_an_integer_written_as_json_writes_it_is_confirmed(values: list[int]) -> None:
    got, ok = columnar._int_cells(pa.array([str(v) for v in values]))
    assert got.tolist() == values
    assert ok.all()


@given(st.lists(st.text(alphabet="+- 0123456789x_e.", min_size=1, max_size=8), min_size=1, max_size=20))
def test_a_cell_is_confirmed_as_an_integer_only_when_json_reads_it_as_that_integer(cells: list[str]) -> None:
    """ "+5", "05", " 5", "0x10" may parse in Arrow, but the row runner reads them otherwise (or not at all)."""
    got, ok = columnar._int_cells(pa.array(cells))
    for cell, value, confirmed in zip(cells, got.tolist(), ok.tolist(), strict=True):
        if confirmed:
            assert json.loads(cell) == value
            assert type(json.loads(cell)) is int


@pytest.mark.parametrize("cells", [["+5", " 5", "05", "0x10", "-05"], ["5", "+5", " 5", "05", "0x10", "-05", "x"]])
def test_the_row_runner_decides_the_cells_the_columns_cannot_confirm(cells: list[str]) -> None:
    """One array of cells Arrow parses, one it does not (another path of the same check)."""
    _, ok = columnar._int_cells(pa.array(cells))
    assert [c for c, confirmed in zip(cells, ok.tolist(), strict=True) if confirmed] == [c for c in cells if c == "5"]
