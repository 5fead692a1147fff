"""The project's example tests in the oracle's case format, and the case runner itself.

Every line of ``tests/cases/*.jsonl`` is one pytest test, named ``file:line:case-id`` and
marked with its rule IDs, through the package's pytest plugin (``hikari_rules.testing``,
the same items QA teams get for their case files); the runner is the one
``hikari-rules check`` uses.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import inspect
import json
import pathlib
import tempfile
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hikari_rules import Month
from hikari_rules.cases import (
    CaseError,
    CaseRunner,
    check_files,
    decode_args,
    encode,
    iter_cases,
    iter_csv,
    iter_jsonl,
    parse_cli_value,
    rule_functions,
    run_case,
)
from hikari_rules.contract_term import ContractTerm
from hikari_rules.testing import case_params, check_case

CASES_DIR = pathlib.Path(__file__).parent / "cases"
EXAMPLES_DIR = pathlib.Path(__file__).parents[1] / "examples"


@pytest.mark.parametrize("case", case_params(sorted(CASES_DIR.glob("*.jsonl"))))
def test_case(case: Any) -> None:
    check_case(case)


def test_every_case_names_a_rule_function_and_has_an_id() -> None:
    ids: dict[str, str] = {}
    for path in sorted(CASES_DIR.glob("*.jsonl")):
        for case in iter_cases(str(path)):
            assert case.data is not None, case.location
            assert case.data.get("rule") in rule_functions(), case.location
            cid = case.data.get("id")
            assert isinstance(cid, str), f"{case.location}: every project case has an id"
            assert cid, f"{case.location}: every project case has an id"
            key = f"{path.name}:{cid}"
            assert key not in ids, f"{case.location}: id {cid!r} repeats line {ids[key]}"
            ids[key] = case.location


# -- the runner -------------------------------------------------------------------------------


def _case(rule: str, expected: Any, **args: Any) -> dict[str, Any]:
    return {"id": "t", "rule": rule, "args": args, "expected": expected}


def test_a_matching_case_passes() -> None:
    r = run_case(_case("contract_term.contract_month", 37, service_start="2026-09-20", month="2029-09"))
    assert r.status == "passed"


def test_a_date_where_a_month_is_expected_means_its_month() -> None:
    r = run_case(_case("contract_term.contract_month", 37, service_start="2026-09-20", month="2029-09-30"))
    assert r.status == "passed"


def test_a_mismatch_reports_actual_rule_ids_and_a_one_line_explanation() -> None:
    r = run_case(_case("contract_term.is_renewal_month", False, service_start="2026-09-20", month="2029-09"))
    assert r.status == "failed"
    assert r.actual is True
    assert r.rule_ids == ("TERM-1", "TERM-2")
    assert "37" in r.explanation
    assert "\n" not in r.explanation


def test_true_is_not_one_and_one_is_not_true() -> None:
    assert run_case(
        _case("contract_term.contract_month", True, service_start="2026-09-01", month="2026-09")
    ).status == ("failed")
    assert run_case(_case("contract_term.is_renewal_month", 0, service_start="2026-09-01", month="2026-09")).status == (
        "failed"
    )


def test_expected_error_matches_by_class_name_and_its_bases() -> None:
    args = {"service_start": "2026-09-20", "month": "2026-08"}
    assert run_case(_case("contract_term.contract_month", {"raises": "RuleInputError"}, **args)).status == "passed"
    assert run_case(_case("contract_term.contract_month", {"raises": "ValueError"}, **args)).status == "passed"
    r = run_case(_case("contract_term.contract_month", {"raises": "TypeError"}, **args))
    assert r.status == "failed"
    assert r.actual == {"raises": "RuleInputError"}
    assert "TERM-1" in r.explanation


def test_an_error_where_a_value_was_expected_is_a_mismatch() -> None:
    r = run_case(_case("contract_term.contract_month", 1, service_start="2026-09-20", month="2026-08"))
    assert r.status == "failed"
    assert r.actual == {"raises": "RuleInputError"}


def test_a_type_error_case_passes_undecodable_values_through() -> None:
    r = run_case(
        _case("contract_term.contract_month", {"raises": "TypeError"}, service_start=20260920, month="2026-09")
    )
    assert r.status == "passed"


def test_the_same_value_is_malformed_when_no_type_error_is_expected() -> None:
    r = run_case(_case("contract_term.contract_month", 1, service_start=20260920, month="2026-09"))
    assert r.status == "malformed"
    assert "service_start" in r.message


def test_attrs_arguments_decode_from_their_fields() -> None:
    r = run_case(
        _case(
            "contract_term.renewal_window", ["2028-09", "2028-10"], service_start="2026-09-20", term={"term_months": 24}
        )
    )
    assert r.status == "passed"
    assert decode_args("contract_term.renewal_window", {"service_start": "2026-09-20", "term": {"term_months": 24}})[
        "term"
    ] == ContractTerm(24, 2)


def test_an_invalid_attrs_value_is_the_rules_error_not_a_malformed_case() -> None:
    r = run_case(
        _case(
            "contract_term.renewal_window",
            {"raises": "RuleInputError"},
            service_start="2026-09-20",
            term={"term_months": 0},
        )
    )
    assert r.status == "passed"


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ({"rule": "contract_term.nope", "args": {}, "expected": 1}, "unknown rule function"),
        ({"rule": "contract_term.contract_month", "args": {"service_start": "2026-09-20"}, "expected": 1}, "needs"),
        (
            {
                "rule": "contract_term.contract_month",
                "args": {"service_start": "2026-09-20", "month": "2026-09", "x": 1},
                "expected": 1,
            },
            "no parameter 'x'",
        ),
        (
            {
                "rule": "contract_term.contract_month",
                "args": {"service_start": "2026-02-30", "month": "2026-09"},
                "expected": 1,
            },
            "date",
        ),
        (
            {
                "rule": "contract_term.contract_month",
                "args": {"service_start": "2026-02-01", "month": "2026-13"},
                "expected": 1,
            },
            "month",
        ),
        ({"rule": "contract_term.contract_month", "args": {"service_start": "2026-02-01"}}, 'missing "expected"'),
        ({"rule": "contract_term.contract_month", "args": [], "expected": 1}, '"args"'),
        (
            {
                "rule": "contract_term.renewal_window",
                "args": {"service_start": "2026-02-01", "term": {"weeks": 3}},
                "expected": 1,
            },
            "no field",
        ),
    ],
)
def test_malformed_cases_say_why(case: dict[str, Any], message: str) -> None:
    r = run_case(case)
    assert r.status == "malformed"
    assert message in r.message


def test_decode_args_refuses_what_it_cannot_decode() -> None:
    with pytest.raises(CaseError, match="month"):
        decode_args("contract_term.contract_month", {"service_start": "2026-09-20", "month": "Sept"})


def test_encode_writes_the_case_format() -> None:
    assert encode(Month(2026, 9)) == "2026-09"
    assert encode((dt.date(2026, 9, 1), None)) == ["2026-09-01", None]
    assert encode(ContractTerm()) == {"term_months": 36, "renewal_window_months": 2}


def test_jsonl_reading_keeps_line_numbers_across_blank_and_broken_lines() -> None:
    good = json.dumps(_case("contract_term.contract_month", 1, service_start="2026-09-01", month="2026-09"))
    lines = [good, "", "{not json", good, "1, 2", good]
    cases = list(iter_jsonl(lines, "f.jsonl"))
    assert [c.line for c in cases] == [1, 3, 4, 5, 6]
    assert [c.error is None for c in cases] == [True, False, True, False, True]


def test_check_files_counts_and_exit_codes(tmp_path: pathlib.Path) -> None:
    good = json.dumps(_case("contract_term.contract_month", 1, service_start="2026-09-01", month="2026-09"))
    bad = json.dumps(_case("contract_term.contract_month", 2, service_start="2026-09-01", month="2026-09"))
    ok = tmp_path / "ok.jsonl"
    ok.write_text(good + "\n" + good + "\n")
    mismatch = tmp_path / "mismatch.jsonl"
    mismatch.write_text(good + "\n" + bad + "\n")
    broken = tmp_path / "broken.jsonl"
    broken.write_text(bad + "\n{\n" + good + "\n")
    assert check_files([str(ok)]).exit_code == 0
    r = check_files([str(mismatch)])
    assert (r.passed, r.failed, r.exit_code) == (1, 1, 1)
    r = check_files([str(broken)])
    assert (r.passed, r.failed, r.malformed, r.exit_code) == (1, 1, 1, 2)
    assert r.problems[1].location.endswith("broken.jsonl:2")
    r = check_files([str(tmp_path / "missing.jsonl"), str(ok)])
    assert (r.passed, r.exit_code, len(r.unreadable)) == (2, 2, 1)
    assert r.summary() == "2 passed, 0 failed, 1 file not checked"


def test_many_cases_keep_their_line_numbers_across_parsing_batches(tmp_path: pathlib.Path) -> None:
    good = json.dumps(_case("contract_term.contract_month", 1, service_start="2026-09-01", month="2026-09"))
    lines = [good] * 10_000
    lines[7_777] = "{broken"
    f = tmp_path / "many.jsonl"
    f.write_text("\n".join(lines) + "\n")
    r = check_files([str(f)])
    assert (r.passed, r.malformed) == (9_999, 1)
    assert r.problems[0].line == 7_778


def test_csv_cases_name_their_rule_by_file_name(tmp_path: pathlib.Path) -> None:
    text = (
        "id,service_start,month,expected\nstart,2026-09-20,2026-09,1\nbefore,2026-09-20,2026-08,raises:RuleInputError\n"
    )
    cases = list(iter_csv(text, "x.csv", "contract_term.contract_month"))
    assert [run_case(c.data).status for c in cases if c.data is not None] == ["passed", "passed"]
    f = tmp_path / "contract_term.contract_month.csv"
    f.write_text(text + "wrong,2026-09-20,2029-09,36\n")
    r = check_files([str(f)])
    assert (r.passed, r.failed) == (2, 1)
    assert r.problems[0].line == 4


def test_the_bundled_examples_all_pass() -> None:
    files = sorted(str(p) for p in EXAMPLES_DIR.glob("*.jsonl")) + sorted(str(p) for p in EXAMPLES_DIR.glob("*.csv"))
    if not files:
        pytest.skip("no bundled examples yet")
    r = check_files(files)
    assert r.exit_code == 0, "\n".join(p.text() for p in r.problems[:10])


def _build_examples_script() -> Any:
    path = pathlib.Path(__file__).parents[1] / "scripts" / "build_examples.py"
    spec = importlib.util.spec_from_file_location("_build_examples", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundled_examples_are_built_from_the_project_cases() -> None:
    # examples/cases.jsonl is generated: editing a tests/cases file without rebuilding fails here.
    built = _build_examples_script().build(CASES_DIR)
    committed = (EXAMPLES_DIR / "cases.jsonl").read_text(encoding="utf-8")
    assert committed == built, "examples/cases.jsonl is stale: run python scripts/build_examples.py"


def test_the_example_builder_prefixes_ids_by_module_and_takes_every_case_file(tmp_path: pathlib.Path) -> None:
    build = _build_examples_script().build
    (tmp_path / "b.jsonl").write_text('{"id": "x", "rule": "b.f", "args": {}, "expected": "日"}\n\n', encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(
        '{"id": "x", "rule": "a.f", "args": {"n": 1}, "expected": null}\n', encoding="utf-8"
    )
    assert build(tmp_path) == (
        '{"id": "a:x", "rule": "a.f", "args": {"n": 1}, "expected": null}\n'
        '{"id": "b:x", "rule": "b.f", "args": {}, "expected": "日"}\n'
    )
    (tmp_path / "c.jsonl").write_text('{"rule": "c.f"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"c\.jsonl:1: a project case needs"):
        build(tmp_path)


def test_the_bundled_examples_span_every_rule_family() -> None:
    from hikari_rules import rules
    from hikari_rules._registry import rule_ids_of

    examples = EXAMPLES_DIR / "cases.jsonl"
    if not examples.exists():
        pytest.skip("no bundled examples yet")
    cases = [c for c in iter_cases(str(examples)) if c.data is not None]
    assert len(cases) >= 150
    covered = {rid.rsplit("-", 1)[0] for c in cases for rid in rule_ids_of(rule_functions()[c.data["rule"]]) or ()}
    families = {info.family for info in rules.catalog()}
    assert families <= covered, f"no example for {sorted(families - covered)}"


# -- hostile case lines: a verdict, never a traceback ---------------------------------------

_VALID = {"rule": "contract_term.contract_month", "args": {"service_start": "2026-09-20", "month": "2029-09"}}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("rule", ["contract_term.contract_month"], '"rule" must be a string'),
        ("rule", {"name": "contract_term.contract_month"}, '"rule" must be a string'),
        ("rule", 7, '"rule" must be a string'),
        ("rule", None, '"rule" must be a string'),
        ("args", ["2026-09-20", "2029-09"], '"args" must be an object'),
        ("args", "service_start=2026-09-20", '"args" must be an object'),
        ("args", None, '"args" must be an object'),
    ],
)
def test_a_rule_that_is_not_a_string_or_args_that_are_not_an_object_is_a_malformed_case(
    tmp_path: pathlib.Path, field: str, value: Any, message: str
) -> None:
    case = {**_VALID, "id": "hostile", "expected": 37, field: value}
    assert CaseRunner().run(case, "f.jsonl", 3) == CaseRunner().run(case, "f.jsonl", 3)  # no crash, twice (cached)
    r = run_case(case, source="f.jsonl", line=3)
    assert r.status == "malformed"
    assert message in r.message
    assert r.location == "f.jsonl:3"
    f = tmp_path / "hostile.jsonl"
    f.write_text(json.dumps({**_VALID, "expected": 37}) + "\n" + json.dumps(case) + "\n")
    report = check_files([str(f)])
    assert (report.passed, report.failed, report.malformed, report.exit_code) == (1, 0, 1, 2)
    assert report.problems[0].location == f"{f}:2"


@pytest.mark.parametrize("line", [["a"], 5, None, "case", True])
def test_run_case_of_something_that_is_not_an_object_is_a_malformed_verdict(line: Any) -> None:
    r = run_case(line, source="f.jsonl", line=9)
    assert r.status == "malformed"
    assert r.location == "f.jsonl:9"


def test_json_nested_deeper_than_the_parser_goes_is_a_malformed_line(tmp_path: pathlib.Path) -> None:
    f = tmp_path / "deep.jsonl"
    f.write_text(json.dumps({**_VALID, "expected": 37}) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n")
    report = check_files([str(f)])
    assert (report.passed, report.malformed, report.exit_code) == (1, 1, 2)
    assert report.problems[0].location == f"{f}:2"
    assert "not JSON" in report.problems[0].message


@pytest.mark.parametrize(
    ("args", "parameter"),
    [
        ({"service_start": "2026-09-20", "month": "2029-0\u00b2"}, "month"),  # a superscript two is not a digit
        ({"service_start": "2026-09-20", "month": "\u0662\u0660\u0662\u0669-09"}, "month"),  # Arabic-Indic digits
        ({"service_start": "2026-W38-7", "month": "2029-09"}, "service_start"),  # an ISO week date
        ({"service_start": "2026-09-20", "month": "2029-W36"}, "month"),
    ],
)
def test_a_value_outside_the_case_encoding_is_malformed_not_the_rules_error(
    args: dict[str, str], parameter: str
) -> None:
    r = run_case({"rule": "contract_term.contract_month", "args": args, "expected": 37})
    assert r.status == "malformed", r
    assert parameter in r.message


_RULE_NAMES = sorted(rule_functions())
_TRICKY_STRINGS = st.sampled_from(
    [
        "2026-09-20",
        "2029-09",
        "2029-09-31",
        "0001-01-01",
        "9999-12-31",
        "9999-12",
        "0000-01",
        "2026-W38-7",
        "2029-0\u00b2",
        "2026-09-20T10:00:00+09:00",
        "2026-09-20T10:00:00",
        "1/10",
        "1/0",
        "HOUSE",
        "WHOLE",
        "raises:TypeError",
        "",
        *_RULE_NAMES[:5],
    ]
)
_JSON_SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12)
)
_JSON = st.recursive(
    _JSON_SCALARS | _TRICKY_STRINGS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6) | _TRICKY_STRINGS, inner, max_size=3)
    ),
    max_leaves=8,
)
_ABSENT = object()


@st.composite
def _hostile_cases(draw: st.DrawFn) -> Any:
    """A JSON value for a case line.

    One in ten is any JSON value at all, one in five a case object whose every field may
    be any JSON value (or missing); the rest name a real rule function with every
    required parameter given some value (a valid encoding or any JSON value), so the
    sweep reaches the decoders, the rule functions and the comparison too.
    """
    mode = draw(st.integers(0, 9))
    if mode == 0:
        return draw(_JSON)
    raises = st.sampled_from(["TypeError", "RuleInputError", "ValueError", "KeyError"]) | _JSON
    expected = draw(_JSON | st.fixed_dictionaries({"raises": raises}) | st.just(_ABSENT))
    extra = draw(st.dictionaries(st.sampled_from(["id", "note", "other"]), _JSON, max_size=2))
    if mode <= 2:
        rule = draw(st.sampled_from(_RULE_NAMES) | _JSON | st.just(_ABSENT))
        args = draw(st.dictionaries(st.text(max_size=6), _JSON, max_size=3) | _JSON | st.just(_ABSENT))
    else:
        rule = draw(st.sampled_from(_RULE_NAMES))
        args = {}
        for p in inspect.signature(rule_functions()[rule]).parameters.values():
            if p.default is p.empty or draw(st.booleans()):
                args[p.name] = draw(_TRICKY_STRINGS | _JSON)
    fields = {"rule": rule, "args": args, "expected": expected}
    return {**extra, **{k: v for k, v in fields.items() if v is not _ABSENT}}


@settings(max_examples=300, deadline=None)
@given(case=_hostile_cases())
def test_any_json_case_gets_a_verdict_and_nothing_else(case: Any) -> None:
    verdict = CaseRunner().run(case, "hostile.jsonl", 4)
    if verdict is None:
        return  # it passed: a hostile case may well be a valid one
    assert verdict.status in ("failed", "malformed")
    assert verdict.location == "hostile.jsonl:4"
    json.dumps(verdict.to_json(), allow_nan=True)
    assert verdict.text().startswith("hostile.jsonl:4: ")
    if verdict.status == "failed":
        # What a rule may answer: a value, or the two errors of the public contract.
        # (Anything else would be a rule's bug or the runner misreading an argument.)
        assert verdict.actual not in ({"raises": "ValueError"}, {"raises": "KeyError"}), verdict


@settings(max_examples=50, deadline=None)
@given(lines=st.lists(_hostile_cases().map(lambda c: json.dumps(c, allow_nan=True)) | st.text(max_size=20), max_size=6))
def test_a_file_of_hostile_lines_is_counted_line_by_line(lines: list[str]) -> None:
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    lines = [line for line in lines if line.strip()]  # blank lines are skipped, not counted
    with tempfile.TemporaryDirectory() as d:
        f = pathlib.Path(d) / "hostile.jsonl"
        f.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        report = check_files([str(f)])
    assert report.passed + report.failed + report.malformed == len(lines)
    assert report.exit_code == (2 if report.malformed or not lines else 1 if report.failed else 0)
    assert all(p.location.startswith(f"{f}:") for p in report.problems)


# -- the columnar CSV path never passes what the row runner would not ---------------------------

_needs_batch = pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="the batch extra")


def _row_by_row(monkeypatch: pytest.MonkeyPatch, path: str) -> tuple[int, int, int]:
    r = check_files([path], columnar=False)
    return r.passed, r.failed, r.malformed


@_needs_batch
@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "withdrawal.number_retained.csv",
            "application_date,reversion_completed_on,expected\n2026-09-30,,false\n2026-09-30,,false\n",
        ),
        (
            "withdrawal.number_retained.csv",
            "application_date,reversion_completed_on,expected\n2026-09-30,,false\n2026-09-30,2026-12-14,true\n",
        ),
        ("dates.next_business_day.csv", "d,expected\n2026-12-31,2027-01-04\n"),  # not a case rule function
    ],
)
def test_a_csv_file_the_row_runner_finds_malformed_is_malformed_on_the_columnar_path_too(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    f = tmp_path / name
    f.write_text(text)
    report = check_files([str(f)])
    assert report.exit_code == 2
    assert (report.passed, report.failed, report.malformed) == _row_by_row(monkeypatch, str(f))


_CELLS = {
    "date": ["2026-09-30", "2024-02-29", "2026-12-14", "2026-12-15", "1899-12-31", "2026-02-30", "", "null", " x"],
    "month": ["2029-09", "2026-10", "2026-09-30", "2026-13", "", "null"],
    "int": ["5", "100001", "-1", "037", "", "null", "1.5"],
    "cap": ["100000", "0", "", "null", "true"],
    "policy": ["WHOLE", "EXCESS", "", "null", "NOPE"],
    "dwelling": ["HOUSE", "APARTMENT", "", "null", "CASTLE"],
}
_KIND = {
    "service_start": "date",
    "purchased_on": "date",
    "cancelled_on": "date",
    "applied_on": "date",
    "application_date": "date",
    "reversion_completed_on": "date",
    "month": "month",
    "withdrawal_month": "month",
    "through": "month",
    "amount": "int",
    "cap": "cap",
    "policy": "policy",
    "dwelling": "dwelling",
}
_CSV_RULES = {
    "contract_term.contract_month": ("service_start", "month"),
    "fees.cancellation_fee": ("service_start", "withdrawal_month", "applied_on", "dwelling"),
    "billing.charged_month_count": ("purchased_on", "cancelled_on", "through"),
    "billing.is_charged": ("purchased_on", "cancelled_on", "month"),
    "billing.split_consolidated": ("amount", "cap", "policy"),
    "withdrawal.number_retained": ("application_date", "reversion_completed_on"),
    "withdrawal.number_retention_deadline": ("application_date",),
}


def _cell(verdict: Any) -> str:
    """What a CSV ``expected`` cell says for the row runner's actual result."""
    actual = verdict.actual
    if isinstance(actual, dict) and set(actual) == {"raises"}:
        return f"raises:{actual['raises']}"
    return actual if isinstance(actual, str) else json.dumps(actual)


@_needs_batch
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_the_columnar_csv_path_agrees_with_the_row_runner(data: st.DataObject) -> None:
    rule = data.draw(st.sampled_from(sorted(_CSV_RULES)))
    every = st.just(list(_CSV_RULES[rule]))
    header = data.draw(every | st.lists(st.sampled_from(_CSV_RULES[rule]), unique=True, min_size=1))
    # Half the cells from the valid ones, so that whole files can pass.
    cell = {h: st.sampled_from(_CELLS[_KIND[h]][:2]) | st.sampled_from(_CELLS[_KIND[h]]) for h in header}
    rows = data.draw(st.lists(st.tuples(*[cell[h] for h in header]), min_size=1, max_size=5))
    # Mostly the right answer on every row (so the file can pass), sometimes a wrong one.
    body = []
    for row in rows:
        args = {h: c for h, c in zip(header, row, strict=True) if c}
        probe = CaseRunner().run(
            {
                "rule": rule,
                "args": {k: parse_cli_value(v) for k, v in args.items()},
                "expected": "\x00",
            },
        )
        right = _cell(probe) if probe is not None and probe.status == "failed" else "0"
        body.append([*row, data.draw(st.sampled_from([right, right, right, "0", "true"]))])
    with tempfile.TemporaryDirectory() as d:
        f = pathlib.Path(d) / f"{rule}.csv"
        f.write_text("\n".join(",".join(r) for r in [[*header, "expected"], *body]) + "\n")
        fast = check_files([str(f)])
        slow = check_files([str(f)], columnar=False)
    assert (fast.passed, fast.failed, fast.malformed) == (slow.passed, slow.failed, slow.malformed)
    assert [p.to_json() for p in fast.problems] == [p.to_json() for p in slow.problems]
