"""The case format: a case as read from a file, the verdict on it, and the counts of a run.

One **case** is a JSON object (one per line in a ``.jsonl`` file)::

    {"id": "month-37", "rule": "contract_term.contract_month",
     "args": {"service_start": "2026-09-20", "month": "2029-09"}, "expected": 37}

- ``rule`` is a rule function by its stable name ``"<module>.<function>"`` (see
  :func:`hikari_rules.oracle.rule_functions`);
- ``args`` maps parameter names to values in the codec's JSON form
  (:mod:`hikari_rules.oracle.codec`); arguments left out take their defaults;
- ``expected`` is the result in the same form, or ``{"raises": "RuleInputError"}`` /
  ``{"raises": "TypeError"}`` for an error;
- ``id`` (a short situation name) and ``note`` are optional.

``docs/case-format.md`` describes it for QA teams; ``hikari-rules schema`` prints its
JSON Schema.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from hikari_rules.oracle.codec import CaseError

__all__ = ["Case", "CaseError", "CaseResult", "FileProblem", "Report", "Status"]

Status = Literal["passed", "failed", "malformed"]


@attrs.frozen
class Case:
    """One case as read from a file: where it is, and its JSON object (or why it is malformed)."""

    source: str
    line: int
    data: Mapping[str, Any] | None
    error: str | None = None

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}"

    @property
    def id(self) -> str:
        if self.data is not None and isinstance(self.data.get("id"), str):
            return str(self.data["id"])
        return ""


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@attrs.frozen
class CaseResult:
    """The verdict on one case.

    ``status`` is ``"passed"``, ``"failed"`` (the rule gives ``actual``, not ``expected``)
    or ``"malformed"`` (``message`` says why).  For a failed case ``rule_ids`` are the
    rules that decided the actual result and ``explanation`` says it in one line.
    """

    status: Status
    source: str = ""
    line: int = 0
    id: str = ""
    rule: str = ""
    args: Mapping[str, Any] = attrs.field(factory=dict)
    expected: Any = None
    actual: Any = None
    rule_ids: tuple[str, ...] = ()
    explanation: str = ""
    message: str = ""

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}"

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable dict of the verdict."""
        out: dict[str, Any] = {"status": self.status, "location": self.location, "id": self.id, "rule": self.rule}
        if self.status == "malformed":
            out["message"] = self.message
            return out
        out.update(
            args=dict(self.args),
            expected=self.expected,
            actual=self.actual,
            rule_ids=list(self.rule_ids),
            explanation=self.explanation,
        )
        return out

    def text(self) -> str:
        """A short human-readable account (for a failed or malformed case)."""
        where = f"{self.location}: " + (f"[{self.id}] " if self.id else "")
        if self.status == "malformed":
            return f"{where}malformed case: {self.message}"
        args = ", ".join(f"{k}={_dumps(v)}" for k, v in self.args.items())
        lines = [
            f"{where}{self.rule}({args})",
            f"    expected: {_dumps(self.expected)}",
            f"    actual:   {_dumps(self.actual)}",
            f"    rules:    {', '.join(self.rule_ids) or '—'}",
        ]
        if self.explanation:
            lines.append(f"    why:      {self.explanation}")
        return "\n".join(lines)


@attrs.frozen
class FileProblem:
    """A file that gave no verdict: unreadable, empty, or a CSV named after no rule function."""

    path: str
    message: str

    def text(self) -> str:
        return f"{self.path}: {self.message}"


@attrs.define
class Report:
    """The counts of a ``check`` run, and the files that could not be checked.

    ``problems`` holds the failed and malformed verdicts only when the run was asked to
    keep them (:func:`hikari_rules.oracle.check_files` without ``on_problem``); a run
    that streams them keeps none, so its memory does not grow with the failures.
    ``stopped`` is true when ``max_failures`` ended the run early.
    """

    passed: int = 0
    failed: int = 0
    malformed: int = 0
    files: list[FileProblem] = attrs.field(factory=list)
    problems: list[CaseResult] = attrs.field(factory=list)
    stopped: bool = False

    @property
    def unreadable(self) -> list[tuple[str, str]]:
        """The files that gave no verdict, as ``(path, message)`` pairs."""
        return [(f.path, f.message) for f in self.files]

    @property
    def total(self) -> int:
        return self.passed + self.failed + self.malformed

    @property
    def exit_code(self) -> int:
        """0 when every case matches; 2 on a malformed case or a file that gave no verdict
        (unreadable, empty, misnamed); else 1 on a mismatch."""
        if self.malformed or self.files:
            return 2
        return 1 if self.failed else 0

    def summary(self) -> str:
        text = f"{self.passed} passed, {self.failed} failed"
        if self.malformed:
            text += f", {self.malformed} malformed"
        if self.files:
            text += f", {len(self.files)} file{'s' if len(self.files) > 1 else ''} not checked"
        if self.stopped:
            text += " (stopped early: --max-failures)"
        return text

    def counts_json(self) -> dict[str, Any]:
        """The counts, the files not checked and the exit status, as JSON."""
        return {
            "passed": self.passed,
            "failed": self.failed,
            "malformed": self.malformed,
            "unreadable": [{"file": f.path, "error": f.message} for f in self.files],
            "stopped": self.stopped,
            "exit_code": self.exit_code,
        }

    def to_json(self) -> dict[str, Any]:
        return {**self.counts_json(), "results": [p.to_json() for p in self.problems]}
