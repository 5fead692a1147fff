"""The ``hikari-rules`` command: check (exit codes, mismatch report, JSON), explain, rules."""

from __future__ import annotations

import json
import pathlib
import shutil
import subprocess
import sys

import pytest

from hikari_rules.cli import main

ROOT = pathlib.Path(__file__).parents[1]


def _line(expected: object, month: str = "2029-09", cid: str = "c") -> str:
    return json.dumps(
        {
            "id": cid,
            "rule": "contract_term.contract_month",
            "args": {"service_start": "2026-09-20", "month": month},
            "expected": expected,
        }
    )


@pytest.fixture
def files(tmp_path: pathlib.Path) -> dict[str, str]:
    good = tmp_path / "good.jsonl"
    good.write_text(_line(37) + "\n" + _line({"raises": "RuleInputError"}, month="2026-08") + "\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(_line(37) + "\n" + _line(36, cid="off-by-one") + "\n")
    broken = tmp_path / "broken.jsonl"
    broken.write_text(_line(37) + "\n\n{oops\n" + _line(36, cid="off-by-one") + "\n" + _line(37) + "\n")
    return {"good": str(good), "bad": str(bad), "broken": str(broken), "missing": str(tmp_path / "nope.jsonl")}


def test_all_matching_exits_0_with_the_summary_line(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", files["good"]]) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1] == "2 passed, 0 failed"


def test_a_mismatch_exits_1_and_shows_location_inputs_expected_actual_rules_and_why(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", files["bad"]]) == 1
    out = capsys.readouterr().out
    assert f"{files['bad']}:2: [off-by-one] contract_term.contract_month(" in out
    assert 'service_start="2026-09-20"' in out
    assert "expected: 36" in out
    assert "actual:   37" in out
    assert "rules:    TERM-1" in out
    assert "contract month 37" in out
    assert out.strip().splitlines()[-1] == "1 passed, 1 failed"


def test_a_malformed_case_exits_2_with_its_line_and_the_other_cases_still_run(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", files["broken"]]) == 2
    out = capsys.readouterr().out
    assert f"{files['broken']}:3: malformed case: not JSON" in out
    assert f"{files['broken']}:4: [off-by-one]" in out
    assert out.strip().splitlines()[-1] == "2 passed, 1 failed, 1 malformed"


def test_an_unreadable_file_exits_2_and_the_other_files_still_run(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", files["missing"], files["good"]]) == 2
    out = capsys.readouterr().out
    assert "nope.jsonl: cannot read" in out
    assert out.strip().splitlines()[-1] == "2 passed, 0 failed, 1 file not checked"


def test_json_output_is_machine_readable(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", files["broken"]]) == 2
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert (doc["passed"], doc["failed"], doc["malformed"], doc["exit_code"]) == (2, 1, 1, 2)
    malformed, failed = doc["results"]
    assert malformed["status"] == "malformed"
    assert malformed["location"].endswith(":3")
    assert failed["expected"] == 36
    assert failed["actual"] == 37
    assert failed["rule_ids"] == ["TERM-1"]
    assert captured.err.strip() == "2 passed, 1 failed, 1 malformed"


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", files["good"]])
    assert capsys.readouterr().err == ""


def test_progress_bar_on_request_goes_to_stderr(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", "--progress", "always", files["good"]])
    captured = capsys.readouterr()
    assert "checking" in captured.err
    assert "checking" not in captured.out


def test_csv_files_are_checked_too(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "contract_term.contract_month.csv"
    f.write_text("id,service_start,month,expected\nm37,2026-09-20,2029-09,37\nwrong,2026-09-20,2029-09,38\n")
    assert main(["check", str(f)]) == 1
    out = capsys.readouterr().out
    assert "contract_term.contract_month.csv:3: [wrong]" in out


def test_explain_prints_the_result_and_why_in_either_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "contract_term.is_renewal_month", "service_start=2026-09-20", "month=2029-09"]) == 0
    out = capsys.readouterr().out
    assert "Result: yes" in out
    assert "TERM-2" in out
    assert (
        main(["explain", "contract_term.contract_month", "service_start=2026-09-20", "month=2029-09", "--lang", "ja"])
        == 0
    )
    assert "結果: 契約37カ月目" in capsys.readouterr().out


def test_explain_takes_a_rule_id_implemented_by_one_function(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "TERM-1", "service_start=2026-09-20", "month=2029-09", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["result"] == 37
    assert doc["rule_ids"] == ["TERM-1"]


def test_explain_reports_bad_arguments_and_rule_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "contract_term.contract_month", "service_start=2026-09-20"]) == 2
    assert "needs argument 'month'" in capsys.readouterr().err
    assert main(["explain", "contract_term.nope"]) == 2
    assert main(["explain", "contract_term.contract_month", "service_start=2026-09-20", "month=2026-08"]) == 1
    assert "raises RuleInputError: TERM-1: month" in capsys.readouterr().out


def test_rules_lists_the_catalog_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "TITLE", "SOURCE"]
    assert lines[2].startswith("TERM-1  Contract term")
    assert main(["rules", "--functions"]) == 0
    assert "contract_term.contract_month" in capsys.readouterr().out


def test_the_console_script_runs_the_bundled_examples() -> None:
    script = shutil.which("hikari-rules", path=str(pathlib.Path(sys.executable).parent))
    if script is None:
        pytest.skip("hikari-rules is not installed in this environment")
    examples = ROOT / "examples" / "cases.jsonl"
    if not examples.exists():
        pytest.skip("no bundled examples")
    done = subprocess.run([script, "check", str(examples)], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:]
    assert done.stdout.strip().splitlines()[-1].endswith("passed, 0 failed")
    assert done.stderr == ""


def test_single_rule_csv_takes_the_columnar_path_and_still_reports_rows(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from hikari_rules.oracle import columnar

    calls: list[str] = []
    real = columnar._suspects

    def spy(rule_name: str, columns: object) -> object:
        calls.append(rule_name)
        return real(rule_name, columns)  # type: ignore[arg-type]

    monkeypatch.setattr(columnar, "_suspects", spy)
    f = tmp_path / "fees.cancellation_fee.csv"
    rows = ["service_start,withdrawal_month,expected", "2026-09-20,2029-09,0", "2026-09-20,2029-11,20000"]
    f.write_text("\n".join(rows) + "\n")
    assert main(["check", str(f)]) == 0
    assert calls[-1] == "fees.cancellation_fee"
    assert capsys.readouterr().out.strip().endswith("2 passed, 0 failed")
    # A mismatch found by the columnar path is reported row by row, with its line.
    f.write_text("\n".join([*rows, "2026-09-20,2029-08,0"]) + "\n")
    assert main(["check", str(f)]) == 1
    assert "fees.cancellation_fee.csv:4" in capsys.readouterr().out


def test_ragged_csv_is_reported_not_crashed(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "fees.cancellation_fee.csv"
    f.write_text("service_start,withdrawal_month,expected\n2026-09-20,2029-09\n")
    assert main(["check", str(f)]) == 2


# -- a closed pipe (`hikari-rules check … | head`) does not change the verdict -----------------


class _ClosedPipe:
    """A stdout whose reader has gone away after ``budget`` characters (like `| head`)."""

    def __init__(self, budget: int = 0) -> None:
        self.budget = budget
        self.written = ""

    def write(self, text: str) -> int:
        if len(self.written) + len(text) > self.budget:
            raise BrokenPipeError(32, "Broken pipe")
        self.written += text
        return len(text)

    def flush(self) -> None:
        pass


@pytest.mark.parametrize(("name", "status"), [("good", 0), ("bad", 1), ("broken", 2)])
def test_a_closed_pipe_keeps_the_exit_status_of_the_whole_check(
    files: dict[str, str], monkeypatch: pytest.MonkeyPatch, name: str, status: int
) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert main(["check", files[name]]) == status


def test_a_pipe_closed_after_the_first_mismatch_still_counts_the_later_malformed_case(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "late.jsonl"
    f.write_text(_line(36, cid="first-mismatch") + "\n" + "{oops\n")
    pipe = _ClosedPipe(budget=20)  # the reader stops inside the first mismatch's report
    monkeypatch.setattr(sys, "stdout", pipe)
    assert main(["check", str(f)]) == 2
    assert len(pipe.written) <= 20


def test_a_failing_check_piped_into_head_exits_1_without_a_traceback(tmp_path: pathlib.Path) -> None:
    f = tmp_path / "many.jsonl"
    # Far more report than a pipe buffer holds, so writes go on after the reader has left.
    f.write_text("".join(_line(36, cid=f"mismatch-{i}") + "\n" for i in range(3000)))
    proc = subprocess.Popen(
        [sys.executable, "-m", "hikari_rules.cli", "check", str(f)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # `head -1` exits
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 1
    assert b"mismatch-0" in first
    assert b"Traceback" not in err
    assert b"Exception ignored" not in err


# -- plan -------------------------------------------------------------------------------------------


def test_plan_prints_a_row_per_month_and_marks_the_cheapest(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["plan", "--start", "2026-09-20", "--today", "2029-07-10", "--horizon", "3", "--monthly-charge", "5500"]
    assert main([*argv, "--channel", "WEB"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 + 3
    assert lines[4].startswith("end of September 2029  37     on the web 30 September 2029  0円")
    assert lines[4].endswith("cheapest, next without the fee")
    assert main([*argv, "--lang", "ja", "--applicant", "CORPORATE", "--channel", "PAPER"]) == 0
    out = capsys.readouterr().out
    assert "2029年9月末" in out
    assert "書面 2029年9月20日" in out
    assert "最安、次の解約金なし" in out


def test_plan_json_is_the_plan_for_programs(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["plan", "--start", "2026-09-20", "--today", "2029-07-10", "--horizon", "3", "--format", "json"]
    assert main([*argv, "--switch"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["next_fee_free_month"] == "2029-09"
    assert body["next_fee_free_last_day"] == "2029-09-30"
    assert body["cheapest"] is None  # no monthly charge given: totals unknown
    assert [o["total"] for o in body["options"]] == [None, None, None]
    assert [o["unknown"] for o in body["options"]] == [["MONTHLY_CHARGE"]] * 3


@pytest.mark.parametrize(
    "extra",
    [
        ["--today", "2026-09-19"],
        ["--today", "2029-07-10", "--applicant", "CORPORATE", "--channel", "WEB"],
        ["--today", "2029-07-10", "--minimum-usage", "12"],
        ["--today", "2029-13-01"],
    ],
)
def test_plan_refused_inputs_exit_2(extra: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--start", "2026-09-20", *extra]) == 2
    assert capsys.readouterr().err.startswith("hikari-rules plan: ")
