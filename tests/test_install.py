"""A plain install (no extras) is complete, and every optional extra says its name when missing.

The extras are installed in the test environment, so each test hides them from a fresh
interpreter (``sys.modules[name] = None`` makes ``import name`` raise ImportError).  The
wheel itself, in fresh venvs without and with ``[batch]``, is checked by
``scripts/smoke_wheel.sh`` (run by ``.ci/run``).
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import pytest

import hikari_rules

ROOT = pathlib.Path(__file__).resolve().parents[1]
HIDE_EXTRAS = "import sys\nfor name in ('numpy', 'pyarrow', 'hypothesis'):\n    sys.modules[name] = None\n"


def _python(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_the_oracle_runs_without_any_extra() -> None:
    done = _python(
        HIDE_EXTRAS
        + "from hikari_rules import cases\n"
        + "from hikari_rules.cli import main\n"
        + "r = cases.run_case({'rule': 'contract_term.contract_month',"
        + " 'args': {'service_start': '2026-09-20', 'month': '2029-09'}, 'expected': 37})\n"
        + "assert r.status == 'passed', r\n"
        + "assert 'contract_term.contract_month' in cases.rule_functions()\n"
        + "assert main(['rules', '--functions']) == 0\n"
        + "assert main(['explain', 'contract_term.is_renewal_month',"
        + " 'service_start=2026-09-20', 'month=2029-09']) == 0\n"
        + "assert 'hikari_rules.batch' not in sys.modules or sys.modules['hikari_rules.batch'] is None\n"
    )
    assert done.returncode == 0, done.stderr
    assert "renewal" in done.stdout.lower()


def test_a_csv_file_without_the_batch_extra_is_checked_row_by_row_and_the_extra_is_named_once(
    tmp_path: pathlib.Path,
) -> None:
    csv = str(tmp_path / "contract_term.contract_month.csv")
    with open(csv, "w", encoding="utf-8") as f:
        f.write("service_start,month,expected\n2026-09-20,2029-09,37\n2026-09-20,2026-09,1\n")
    done = _python(
        HIDE_EXTRAS + "from hikari_rules.cli import main\nsys.exit(main(['check', sys.argv[1], sys.argv[1]]))", csv
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "4 passed, 0 failed"
    assert done.stderr.count("hikari-rules[batch]") == 1
    assert "faster" in done.stderr


def test_a_csv_file_with_the_batch_extra_takes_the_columnar_path_silently(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("pyarrow")
    csv = str(tmp_path / "contract_term.contract_month.csv")
    with open(csv, "w", encoding="utf-8") as f:
        f.write("service_start,month,expected\n2026-09-20,2029-09,37\n")
    done = _python(
        "import sys\nfrom hikari_rules.cli import main\nstatus = main(['check', sys.argv[1]])\n"
        "assert 'hikari_rules.batch' in sys.modules\nsys.exit(status)",
        csv,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


@pytest.mark.parametrize(
    ("module", "extra"),
    [
        ("hikari_rules.strategies", "strategies"),
        ("hikari_rules.batch", "batch"),
        ("hikari_rules.planner_batch", "batch"),
    ],
)
def test_an_optional_module_without_its_extra_names_the_extra(module: str, extra: str) -> None:
    done = _python(HIDE_EXTRAS + f"import {module}")
    assert done.returncode != 0
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: "), last
    assert f"pip install 'hikari-rules[{extra}]'" in last


def test_a_csv_check_with_numpy_but_no_pyarrow_goes_row_by_row_and_names_the_extra_once() -> None:
    pytest.importorskip("numpy")
    csv = ROOT / "examples" / "contract_term.contract_month.csv"
    done = _python(
        "import sys\nsys.modules['pyarrow'] = None\nfrom hikari_rules.cli import main\n"
        f"sys.exit(main(['check', {str(csv)!r}, {str(csv)!r}]))\n"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr.count("hikari-rules[batch]") == 1, done.stderr


def test_version_and_python_dash_m_are_the_command() -> None:
    for argv in (["-m", "hikari_rules", "--version"], ["-m", "hikari_rules.cli", "--version"]):
        done = subprocess.run([sys.executable, *argv], capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"hikari-rules {hikari_rules.__version__}\n"
    done = subprocess.run(
        [sys.executable, "-m", "hikari_rules", "rules"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0
    assert done.stdout.splitlines()[2].startswith("TERM-1 ")


def test_the_package_imports_where_the_system_has_no_time_zone_database() -> None:
    # Windows and slim containers: Asia/Tokyo comes from the tzdata dependency.
    done = _python("import hikari_rules; print(hikari_rules.dates.JST)", env={"PYTHONTZPATH": "/nonexistent"})
    assert done.returncode == 0, done.stderr
    assert "Asia/Tokyo" in done.stdout or "JST" in done.stdout


def test_installed_version_is_the_package_version() -> None:
    from importlib.metadata import version

    assert version("hikari-rules") == hikari_rules.__version__
