"""Checking a file in several processes gives the verdicts of one process, in its order.

The thresholds are lowered so that a file of a few hundred lines is cut into many parts
(a part boundary then falls next to each interesting line at least once).
"""

from __future__ import annotations

import json
import pathlib

import pytest

from hikari_rules.cli import main
from hikari_rules.oracle import CaseResult, check_files, parallel

GOOD = {"rule": "contract_term.contract_month", "args": {"service_start": "2026-09-20", "month": "2029-09"}}


def _case(i: int, expected: object = 37) -> str:
    return json.dumps({**GOOD, "id": f"c{i}", "expected": expected})


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    monkeypatch.setattr(parallel, "PART_BYTES", 700)  # about six lines a part


def _verdicts(path: pathlib.Path, jobs: int, **kw: object) -> tuple[str, list[tuple[str, int, str]]]:
    seen: list[CaseResult] = []
    report = check_files([path], jobs=jobs, on_problem=seen.append, **kw)  # type: ignore[arg-type]
    return report.summary(), [(v.status, v.line, v.id) for v in seen]


def _export(tmp_path: pathlib.Path, *, bom: bool = False, newline: str = "\n") -> pathlib.Path:
    lines = [_case(i) for i in range(300)]
    lines[0] = _case(0, 36)  # a failure on the first line
    lines[41] = "not json"
    lines[42] = ""  # a blank line keeps its number
    lines[43] = "   "
    lines[150] = _case(150, 38)
    lines[299] = _case(299, {"raises": "TypeError"})  # the last line, no newline after it
    path = tmp_path / "export.jsonl"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + newline.join(lines).encode())
    return path


@pytest.mark.usefixtures("small_parts")
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", [False, True])
def test_two_processes_report_what_one_does_in_the_same_order_with_the_same_line_numbers(
    tmp_path: pathlib.Path, bom: bool, newline: str
) -> None:
    path = _export(tmp_path, bom=bom, newline=newline)
    one = _verdicts(path, 1)
    assert one[1] == [("failed", 1, "c0"), ("malformed", 42, ""), ("failed", 151, "c150"), ("failed", 300, "c299")]
    assert _verdicts(path, 2) == one
    assert _verdicts(path, 3) == one


@pytest.mark.usefixtures("small_parts")
def test_a_stopped_run_counts_the_cases_passed_before_the_last_failure_as_one_process_does(
    tmp_path: pathlib.Path,
) -> None:
    path = _export(tmp_path)
    one = _verdicts(path, 1, max_failures=3)
    assert one == ("146 passed, 2 failed, 1 malformed (stopped early: --max-failures)", one[1])
    assert _verdicts(path, 2, max_failures=3) == one


@pytest.mark.usefixtures("small_parts")
def test_a_file_of_blank_lines_has_no_cases_in_any_number_of_processes(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n" * 2000)
    report = check_files([path], jobs=2)
    assert report.exit_code == 2
    assert [f.message for f in report.files] == [f"no cases in {path}"]


@pytest.mark.usefixtures("small_parts")
def test_a_byte_order_mark_is_dropped_only_at_the_start_of_the_file(tmp_path: pathlib.Path) -> None:
    """A part that happens to begin with a BOM is not the file's start: the line stays malformed."""
    lines = [_case(i) for i in range(60)]
    lines[30] = "\ufeff" + lines[30]
    path = tmp_path / "bom-inside.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    one = _verdicts(path, 1)
    assert [status for status, _, _ in one[1]] == ["malformed"]
    assert _verdicts(path, 2) == one


def test_small_files_standard_input_and_wide_encodings_stay_in_this_process(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "small.jsonl"
    path.write_text(_case(1) + "\n")
    assert not parallel._worth_it(str(path), "utf-8", 8)  # under MIN_BYTES
    assert not parallel._worth_it("-", "utf-8", 8)
    assert not parallel._worth_it(str(path), "utf-16-le", 8)
    assert not parallel._worth_it(str(path), "utf-8", 1)


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2", True, None])
def test_jobs_is_a_positive_int(tmp_path: pathlib.Path, bad: object) -> None:
    with pytest.raises(TypeError, match="jobs"):
        check_files([tmp_path / "x.jsonl"], jobs=bad)  # type: ignore[arg-type]


@pytest.mark.usefixtures("small_parts")
@pytest.mark.parametrize("fmt", ["text", "json", "junit"])
def test_the_command_prints_the_same_report_whatever_jobs_says(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    path = _export(tmp_path)
    outputs = []
    for jobs in ("1", "2", "auto"):
        assert main(["check", "--format", fmt, "--jobs", jobs, str(path)]) == 2  # a malformed line
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] == outputs[2]
    assert f"{path}:151" in outputs[0]  # the failure of line 151, numbered as in the file


@pytest.mark.parametrize("bad", ["0", "-2", "many"])
def test_jobs_on_the_command_line_is_a_positive_integer_or_auto(bad: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--jobs", bad, "x.jsonl"])
    assert exc.value.code == 2
