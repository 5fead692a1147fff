"""The pytest plugin: case files as test items, one per case.

Installed with the package (the ``pytest11`` entry point), it collects

- files named ``*.cases.jsonl`` (JSON Lines cases),
- files named ``<module>.<function>.csv`` after a rule function (CSV cases of one rule),
- any ``.jsonl``/``.csv`` file named on the command line (``pytest exports/daily.jsonl``),
- the paths given with ``--hikari-cases PATH`` (repeatable; collected wherever they are),
- files pytest visits that match the ini option ``hikari_rules_cases`` (glob patterns
  relative to the rootdir, e.g. ``hikari_rules_cases = ["exports/*.jsonl"]``),

as one test item per case, named ``<line>:<id>``.  A failing case fails with the
oracle's mismatch report (inputs, expected, actual, the deciding rules, why); a
malformed case fails with why it is malformed.  Each item carries the marker
``hikari_rule`` (its rule IDs as arguments) and the keywords of its rule function and
rule IDs, so ``-k TERM-1``, ``-k contract_month``, ``--junitxml``, ``-n auto`` (xdist)
and the usual reporting work.  ``--hikari-encoding cp932`` reads exports in another
encoding.

For a test module of one's own, :func:`case_params` and :func:`check_case` give the
same items as ``pytest.param`` values (``tests/test_cases.py`` of this project uses
them).
"""

from __future__ import annotations

import glob
import os
import pathlib
from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from hikari_rules._registry import rule_ids_of
from hikari_rules.oracle import read
from hikari_rules.oracle.format import Case, CaseResult
from hikari_rules.oracle.functions import rule_functions
from hikari_rules.oracle.run import CaseRunner

__all__ = ["CaseFailed", "CaseFile", "CaseItem", "case_params", "check_case"]

_RUNNER = CaseRunner()


class CaseFailed(AssertionError):
    """A case that did not pass; its message is the oracle's report."""

    def __init__(self, verdict: CaseResult) -> None:
        super().__init__(verdict.text())
        self.verdict = verdict


def check_case(case: Case, runner: CaseRunner = _RUNNER) -> None:
    """Run one case read from a file; a :class:`CaseFailed` unless it passes."""
    if case.error is not None:
        raise CaseFailed(CaseResult("malformed", case.source, case.line, id=case.id, message=case.error))
    verdict = runner.run(case.data, case.source, case.line)
    if verdict is not None:
        raise CaseFailed(verdict)


def _rule_of(case: Case) -> str:
    rule = case.data.get("rule") if case.data is not None else None
    return rule if isinstance(rule, str) else ""


def _labels(case: Case) -> tuple[str, tuple[str, ...]]:
    rule = _rule_of(case)
    func = rule_functions().get(rule)
    return rule, (rule_ids_of(func) or ()) if func is not None else ()


def case_params(paths: Iterable[str | os.PathLike[str]], *, encoding: str = "utf-8") -> list[Any]:
    """Every case of ``paths`` as a ``pytest.param`` (id ``file:line:case-id``, marked
    ``hikari_rule(*rule_ids)``), for ``@pytest.mark.parametrize("case", case_params(...))``
    with :func:`check_case` as the test body."""
    params = []
    for path in paths:
        p = read.file_path(path, "paths")
        name = pathlib.Path(p).name
        for case in read.iter_cases(p, encoding=encoding):
            _, ids = _labels(case)
            params.append(
                pytest.param(case, id=f"{name}:{case.line}:{case.id or '-'}", marks=[pytest.mark.hikari_rule(*ids)])
            )
    return params


# -- collection ---------------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("hikari-rules", "hikari_rules case files")
    group.addoption(
        "--hikari-cases",
        action="append",
        default=[],
        metavar="PATH",
        help="a case file (.jsonl, <module>.<function>.csv) to run as tests, one item per case (repeatable)",
    )
    group.addoption(
        "--hikari-encoding",
        default="utf-8",
        metavar="ENCODING",
        help="encoding of the case files (default utf-8, a byte order mark accepted; cp932 for Excel on Windows)",
    )
    parser.addini("hikari_rules_cases", type="args", default=[], help="glob patterns of case files to collect")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "hikari_rule(*rule_ids): the rules a hikari_rules case checks")
    extra = list(config.getoption("hikari_cases") or [])
    for pattern in config.getini("hikari_rules_cases"):
        extra += sorted(glob.glob(str(config.rootpath / pattern)))
    config._hikari_rules_paths = {pathlib.Path(p).resolve() for p in extra}  # type: ignore[attr-defined]
    # Paths given with --hikari-cases are collected even outside the test paths; the ini
    # patterns only pick out files among those pytest visits.
    config.args.extend(p for p in config.getoption("hikari_cases") or [] if p not in config.args)


def _is_case_file(file_path: pathlib.Path, parent: pytest.Collector) -> bool:
    name = file_path.name
    if name.endswith(".cases.jsonl"):
        return True
    config_paths: set[pathlib.Path] = getattr(parent.config, "_hikari_rules_paths", set())
    if file_path.resolve() in config_paths:
        return True
    if name.lower().endswith(".csv") and read.csv_rule_name(name) in rule_functions():
        return True
    return name.lower().endswith((".jsonl", ".csv")) and parent.session.isinitpath(file_path)


def pytest_collect_file(file_path: pathlib.Path, parent: pytest.Collector) -> CaseFile | None:
    if _is_case_file(file_path, parent):
        return CaseFile.from_parent(parent, path=file_path)
    return None


class CaseFile(pytest.File):
    """A case file: one :class:`CaseItem` per case."""

    def collect(self) -> Iterator[CaseItem]:
        encoding = self.config.getoption("hikari_encoding") or "utf-8"
        path = str(self.path)
        if read.is_csv(path) and read.csv_rule_name(path) not in rule_functions():
            raise self.CollectError(
                f"{path}: a CSV case file is named after the rule function it checks, <module>.<function>.csv"
            )
        n = 0
        for case in read.iter_cases(path, encoding=encoding):
            n += 1
            name = f"{case.line}:{case.id}" if case.id else str(case.line)
            yield CaseItem.from_parent(self, name=name, case=case)
        if n == 0:
            raise self.CollectError(f"no cases in {path}")


class CaseItem(pytest.Item):
    """One case of a case file."""

    def __init__(self, *, case: Case, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case
        rule, ids = _labels(case)
        self.add_marker(pytest.mark.hikari_rule(*ids))
        for label in (rule, rule.rpartition(".")[2], *ids):
            if label:
                self.extra_keyword_matches.add(label)

    def runtest(self) -> None:
        check_case(self.case)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, CaseFailed):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[pathlib.Path, int, str]:
        return self.path, self.case.line - 1, f"{self.path.name}:{self.case.line} {_rule_of(self.case)}"
