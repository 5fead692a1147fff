"""The oracle on real exports: what QA teams feed ``hikari-rules check`` and the plugin.

Empty files, standard input, byte order marks, CP932 from Excel, undecodable lines,
misnamed CSV files, streaming failures with flat memory, ``--max-failures``, JUnit XML,
exit statuses through real pipes, path types, and streams left open.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import io
import json
import os
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from hikari_rules import cases, oracle
from hikari_rules.cli import main
from hikari_rules.oracle import check_files, iter_cases, load_cases

pytest_plugins = ("pytester",)

HIKARI = [sys.executable, "-m", "hikari_rules"]


def _case(expected: object, *, month: str = "2029-09", cid: str = "c") -> dict[str, Any]:
    return {
        "id": cid,
        "rule": "contract_term.contract_month",
        "args": {"service_start": "2026-09-20", "month": month},
        "expected": expected,
    }


def _jsonl(*cases_: dict[str, Any]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases_)


GOOD = _jsonl(_case(37), _case({"raises": "RuleInputError"}, month="2026-08"))
CSV = "id,service_start,month,expected\n月37,2026-09-20,2029-09,37\n月38,2026-09-20,2029-10,38\n"


# -- a file with no case ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("empty.jsonl", ""),
        ("blank.jsonl", "\n  \n\n"),
        ("contract_term.contract_month.csv", "service_start,month,expected\n"),
        ("contract_term.contract_month.csv", "service_start,month,expected\n\n\n"),
        ("contract_term.contract_month.csv", ""),
    ],
)
def test_a_file_with_no_case_is_an_error(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], name: str, text: str
) -> None:
    f = tmp_path / name
    f.write_text(text)
    assert main(["check", str(f)]) == 2
    out = capsys.readouterr().out
    assert f"no cases in {f}" in out
    report = check_files([f])
    assert (report.total, report.exit_code) == (0, 2)


# -- standard input ----------------------------------------------------------------------------


def test_dash_reads_standard_input_and_leaves_it_open(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(GOOD.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    report = check_files(["-"])
    assert (report.passed, report.exit_code) == (2, 0)
    assert not stdin.closed
    assert not stdin.buffer.closed


def test_dash_on_the_command_line_reads_a_pipe() -> None:
    done = subprocess.run(
        [*HIKARI, "check", "-"], input=_jsonl(_case(37), _case(36)), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, done.stderr
    assert "-:2: [c] contract_term.contract_month(" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "1 passed, 1 failed"


def test_an_empty_standard_input_is_an_error() -> None:
    done = subprocess.run([*HIKARI, "check", "-"], input="", capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "no cases in -" in done.stdout


# -- byte order marks and encodings ----------------------------------------------------------


@pytest.mark.parametrize(("name", "text"), [("bom.jsonl", GOOD), ("contract_term.contract_month.csv", CSV)])
@pytest.mark.parametrize("columnar", [True, False])
def test_a_utf8_byte_order_mark_is_accepted_in_every_format(
    tmp_path: pathlib.Path, name: str, text: str, columnar: bool
) -> None:
    f = tmp_path / name
    f.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    report = check_files([f], columnar=columnar)
    assert (report.passed, report.exit_code) == (2, 0), report.problems


@pytest.mark.parametrize("encoding", ["cp932", "shift_jis", "euc_jp", "utf-16"])
@pytest.mark.parametrize(
    ("name", "text"), [("sjis.jsonl", GOOD.replace('"c"', '"月37"')), ("x.contract_term.contract_month.csv", CSV)]
)
def test_encoding_reads_exports_in_other_encodings(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], encoding: str, name: str, text: str
) -> None:
    f = tmp_path / name
    f.write_bytes(text.encode(encoding))
    assert main(["check", "--encoding", encoding, str(f)]) == 0
    assert capsys.readouterr().out.strip().endswith("2 passed, 0 failed")
    assert next(c.id for c in iter_cases(f, encoding=encoding)) in ("月37", "c")


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("sjis.jsonl", _jsonl(_case(37), _case(37, cid="月末"), _case(37)), 2),
        ("contract_term.contract_month.csv", CSV.replace("月38", "m38"), 2),
    ],
)
def test_an_undecodable_line_is_named_with_the_cp932_hint(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], name: str, text: str, line: int
) -> None:
    f = tmp_path / name
    f.write_bytes(text.encode("cp932"))
    assert main(["check", str(f)]) == 2
    out = capsys.readouterr().out
    assert f"{f}:{line}: malformed case: not utf-8 text" in out
    assert "try --encoding cp932" in out
    # The other lines are still checked.
    assert out.strip().splitlines()[-1] == f"{2 if name.endswith('.jsonl') else 1} passed, 0 failed, 1 malformed"


def test_an_unknown_encoding_is_a_usage_error(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "ok.jsonl"
    f.write_text(GOOD)
    assert main(["check", "--encoding", "no-such-codec", str(f)]) == 2
    assert "unknown encoding 'no-such-codec'" in capsys.readouterr().err


# -- a misnamed CSV file ---------------------------------------------------------------------


@pytest.mark.parametrize("columnar", [True, False])
def test_a_misnamed_csv_file_is_one_error_naming_the_convention(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], columnar: bool
) -> None:
    f = tmp_path / "mycsv.csv"
    f.write_text(CSV + CSV.split("\n", 1)[1] * 50)
    assert main(["check", str(f)]) == 2
    out = capsys.readouterr().out
    assert out.count("<module>.<function>.csv") == 1
    assert "unknown rule function" not in out
    assert "'mycsv.csv' names none" in out
    report = check_files([f], columnar=columnar)
    assert (report.total, len(report.files), report.exit_code) == (0, 1, 2)


# -- failures stream; --max-failures -----------------------------------------------------------


def test_failures_are_streamed_not_kept(tmp_path: pathlib.Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text(_jsonl(*[_case(36, cid=f"c{i}") for i in range(50)]))
    seen: list[str] = []
    report = check_files([f], on_problem=lambda v: seen.append(v.id))
    assert seen == [f"c{i}" for i in range(50)]
    assert (report.failed, report.problems) == (50, [])


_PEAK = """
import json, resource, sys, tempfile, os
from hikari_rules.cli import main
n, fmt = int(sys.argv[1]), sys.argv[2]
case = {"rule": "contract_term.contract_month", "args": {"service_start": "2026-09-20", "month": "2029-09"}}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "bad.jsonl")
    with open(path, "w") as f:
        for i in range(n):
            f.write(json.dumps({**case, "id": f"c{i}", "expected": 36}) + "\\n")
    sys.stdout = open(os.devnull, "w")
    status = main(["check", "--format", fmt, path])
sys.stderr.write(f"{status} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="resource")
@pytest.mark.parametrize("fmt", ["text", "json", "junit"])
def test_memory_does_not_grow_with_the_failures(fmt: str) -> None:
    def peak_kb(n: int) -> int:
        done = subprocess.run(
            [sys.executable, "-c", _PEAK, str(n), fmt], capture_output=True, text=True, timeout=600, check=False
        )
        status, peak = done.stderr.strip().splitlines()[-1].split()
        assert status == "1"
        return int(peak)

    small, large = peak_kb(1_000), peak_kb(10_000)
    # 9,000 more failures kept as verdicts would take well over 10 MB.
    assert large - small < 6_000, (small, large)


def test_max_failures_stops_early_with_the_status_of_the_cases_checked(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text(_jsonl(_case(37), *[_case(36, cid=f"c{i}") for i in range(20)], _case(37)))
    assert main(["check", "--max-failures", "3", str(f)]) == 1
    out = capsys.readouterr().out
    assert out.count("expected: 36") == 3
    assert out.strip().splitlines()[-1] == "1 passed, 3 failed (stopped early: --max-failures)"
    assert main(["check", "--max-failures", "1", "--format", "json", str(f)]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert (doc["failed"], doc["stopped"], len(doc["results"])) == (1, True, 1)
    f.write_text("{\n" + _jsonl(_case(36)))
    assert main(["check", "--max-failures", "1", str(f)]) == 2  # a malformed case was among those checked


@pytest.mark.parametrize("bad", ["0", "-1", "x"])
def test_max_failures_takes_a_positive_integer(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--max-failures", bad, "x.jsonl"])
    assert exc.value.code == 2


# -- JUnit XML ------------------------------------------------------------------------------


def test_junit_xml_lists_failed_and_malformed_cases_and_counts_all(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_text(_jsonl(_case(37), _case(36, cid="off-by-one")) + "{oops\n")
    assert main(["check", "--format", "junit", str(f), str(tmp_path / "missing.jsonl")]) == 2
    captured = capsys.readouterr()
    root = ET.fromstring(captured.out)
    (suite,) = root.iter("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("4", "1", "2")
    cases_ = list(suite.iter("testcase"))
    assert [c.get("name") for c in cases_][:2] == [f"{f}:2 [off-by-one]", f"{f}:3"]
    failure = cases_[0].find("failure")
    assert failure is not None
    assert "expected: 36" in (failure.text or "")
    assert cases_[0].get("classname") == "contract_term.contract_month"
    assert captured.err.strip().splitlines()[-1] == "1 passed, 1 failed, 1 malformed, 1 file not checked"


# -- exit statuses through real pipes --------------------------------------------------------


@pytest.mark.parametrize(("expected", "status"), [(36, 1), ("not json", 2)])
def test_the_exit_status_is_the_same_when_a_pipe_is_cut(tmp_path: pathlib.Path, expected: object, status: int) -> None:
    f = tmp_path / "many.jsonl"
    if expected == "not json":
        f.write_text("{oops\n" * 3_000)
    else:
        f.write_text(_jsonl(*[_case(expected, cid=f"c{i}") for i in range(1_500)]))
    proc = subprocess.Popen([*HIKARI, "check", str(f)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, as `| head -1` does
    assert proc.wait(timeout=300) == status
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert "Traceback" not in err
    assert "Exception ignored" not in err


def test_help_states_the_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "exit status: 0 every case matches; 1 a case does not match" in text
    assert "The status is the same when the output is cut short" in text


def test_version_and_python_dash_m() -> None:
    done = subprocess.run([*HIKARI, "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.startswith("hikari-rules ")


# -- path parameters and streams -------------------------------------------------------------


@pytest.mark.parametrize("bad", [1, 0, True, -1, b"x.jsonl", None, 1.5])
def test_a_path_is_a_str_or_pathlike_only(bad: object) -> None:
    with pytest.raises(TypeError):
        check_files([bad])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        list(iter_cases(bad))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        load_cases(bad)  # type: ignore[arg-type]


def test_check_files_wants_an_iterable_of_paths(tmp_path: pathlib.Path) -> None:
    with pytest.raises(TypeError, match="wrap one path in a list"):
        check_files(str(tmp_path / "x.jsonl"))
    with pytest.raises(TypeError, match="wrap one path in a list"):
        check_files(tmp_path / "x.jsonl")  # type: ignore[arg-type]


def test_pathlike_paths_work(tmp_path: pathlib.Path) -> None:
    f = tmp_path / "ok.jsonl"
    f.write_text(GOOD)
    assert check_files([f]).passed == 2
    assert len(load_cases(f)) == 2


@pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="the batch extra")
@pytest.mark.parametrize("fd", [0, 1, True])
def test_reading_csv_columns_never_closes_a_descriptor_it_did_not_open(fd: object) -> None:
    from hikari_rules.oracle.columnar import read_csv_case_columns

    with pytest.raises(TypeError):
        read_csv_case_columns(fd)
    os.fstat(0 if fd is True else int(fd))  # still open  # type: ignore[call-overload]
    os.fstat(1)


def test_cases_is_the_oracle_under_its_first_name() -> None:
    assert cases.check_files is oracle.check_files
    assert cases.CaseRunner is oracle.CaseRunner
    assert set(cases.__all__) == set(oracle.__all__)


# -- the JSON Schema ---------------------------------------------------------------------------


def test_schema_command_prints_a_case_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "contract_term.contract_month"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    args = doc["else"]["properties"]["args"]
    assert args["required"] == ["service_start", "month"]
    assert args["properties"]["service_start"]["format"] == "date"
    assert {"type": "integer"} in doc["properties"]["expected"]["anyOf"]
    assert main(["schema"]) == 0
    whole = json.loads(capsys.readouterr().out)
    assert len(whole["oneOf"]) == len(oracle.rule_functions())
    assert main(["schema", "no.such"]) == 2


def test_every_bundled_case_is_valid_under_the_schema_and_a_wrong_one_is_not() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(oracle.case_schema(), format_checker=jsonschema.FormatChecker())
    examples = pathlib.Path(__file__).parents[1] / "examples" / "cases.jsonl"
    for case in iter_cases(examples):
        errors = [e.message for e in validator.iter_errors(case.data)]
        assert not errors, (case.location, errors[:3])
    wrong = [
        _case(37, month="2029-13"),
        {**_case(37), "args": {"service_start": "2026-09-20"}},
        {**_case(37), "args": {"service_start": "2026-09-20", "month": "2029-09", "extra": 1}},
        _case("37"),
        {**_case(37), "rule": "no.such"},
    ]
    for case in wrong:
        assert not validator.is_valid(case), case
        assert oracle.run_case(case).status != "passed"


# -- the pytest plugin -------------------------------------------------------------------------


def _plugin_installed() -> bool:
    eps = importlib.metadata.entry_points(group="pytest11")
    return any(ep.value == "hikari_rules.testing" for ep in eps)


needs_plugin = pytest.mark.skipif(not _plugin_installed(), reason="the package is not installed with its entry points")


@needs_plugin
def test_the_plugin_collects_case_files_one_item_per_case(pytester: pytest.Pytester) -> None:
    pytester.makefile(".cases.jsonl", billing=_jsonl(_case(37, cid="ok"), _case(36, cid="off-by-one")))
    pytester.path.joinpath("contract_term.contract_month.csv").write_text(CSV, encoding="utf-8")
    pytester.path.joinpath("notes.jsonl").write_text("{not a case file\n")  # neither named nor given
    result = pytester.runpytest("-p", "no:cacheprovider", "-v", "--junitxml=out.xml")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*billing.cases.jsonl::2:off-by-one FAILED*", "*expected: 36*", "*rules:    TERM-1*"])
    xml = ET.parse(pytester.path / "out.xml").getroot()
    assert len(list(xml.iter("testcase"))) == 4
    assert pytester.runpytest("-p", "no:cacheprovider", "-k", "TERM-1 and off").ret == 1
    selected = pytester.runpytest("-p", "no:cacheprovider", "-k", "contract_month and not off")
    selected.assert_outcomes(passed=3)
    marked = pytester.runpytest("-p", "no:cacheprovider", "-m", "hikari_rule", "--co", "-q")
    marked.stdout.fnmatch_lines(["*4 tests collected*"])


@needs_plugin
def test_the_plugin_takes_paths_from_its_option_and_reports_bad_files(pytester: pytest.Pytester) -> None:
    exports = pytester.mkdir("exports")
    (exports / "daily.jsonl").write_bytes(_jsonl(_case(37, cid="月末")).encode("cp932"))
    (exports / "empty.jsonl").write_text("")
    ok = pytester.runpytest(
        "-p", "no:cacheprovider", "--hikari-cases", str(exports / "daily.jsonl"), "--hikari-encoding", "cp932"
    )
    ok.assert_outcomes(passed=1)
    empty = pytester.runpytest("-p", "no:cacheprovider", str(exports / "empty.jsonl"))
    empty.assert_outcomes(errors=1)
    empty.stdout.fnmatch_lines(["*no cases in*empty.jsonl*"])


# -- strategies registered with Hypothesis -----------------------------------------------------


@pytest.mark.skipif(
    not any(ep.value.startswith("hikari_rules.") for ep in importlib.metadata.entry_points(group="hypothesis")),
    reason="the package is not installed with its entry points",
)
def test_hypothesis_knows_the_value_types_without_importing_the_strategies() -> None:
    code = (
        "import hypothesis.strategies as st\n"
        "from hikari_rules import Month\n"
        "from hikari_rules.billing import Subscription\n"
        "from hikari_rules.contract_term import ContractTerm\n"
        "assert isinstance(st.from_type(Month).example(), Month)\n"
        "s = st.builds(Subscription).example()\n"
        "assert isinstance(st.from_type(Subscription).example(), Subscription)\n"
        "assert isinstance(st.from_type(ContractTerm).example(), ContractTerm)\n"
        "import sys; assert 'hikari_rules.strategies' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


# -- a plain install: no extras ----------------------------------------------------------------

_WITHOUT_EXTRAS = """
import sys

class _Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"numpy", "pyarrow", "orjson", "tqdm", "hypothesis", "polars", "pandas"}:
            raise ImportError(f"{name} is not installed (simulated)")
        return None

sys.meta_path.insert(0, _Refuse())
from hikari_rules.cli import main
status = main(sys.argv[1:])
assert not any(m in sys.modules for m in ("numpy", "pyarrow", "orjson", "tqdm")), sorted(sys.modules)
sys.exit(status)
"""


@pytest.mark.parametrize(
    ("argv", "status", "last"),
    [
        (["check", "{jsonl}", "{csv}"], 0, "4 passed, 0 failed"),
        (["check", "--format", "junit", "--progress", "always", "{jsonl}"], 0, None),
        (["schema", "contract_term.contract_month"], 0, "}"),
        (["rules", "--functions"], 0, None),
    ],
)
def test_the_oracle_works_without_any_extra(
    tmp_path: pathlib.Path, argv: list[str], status: int, last: str | None
) -> None:
    jsonl = tmp_path / "ok.jsonl"
    jsonl.write_text(GOOD)
    csv = tmp_path / "contract_term.contract_month.csv"
    csv.write_text(CSV, encoding="utf-8")
    args = [a.format(jsonl=jsonl, csv=csv) for a in argv]
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_EXTRAS, *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == status, done.stderr[-2000:]
    if last is not None:
        assert done.stdout.strip().splitlines()[-1] == last
