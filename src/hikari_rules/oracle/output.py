"""Reports of a ``check`` run, written as the verdicts come: text, JSON or JUnit XML.

Each writer takes the failed and malformed verdicts one at a time (:meth:`Writer.problem`)
and never keeps them, so memory stays flat however many cases fail; :meth:`Writer.finish`
writes what only the end of the run knows (the counts).

- ``text``: each mismatch as :meth:`CaseResult.text` prints it, then ``N passed, M failed``.
- ``json``: one JSON object ``{"results": [...], "passed": …, "failed": …, "malformed": …,
  "unreadable": [...], "stopped": …, "exit_code": …}``, the results written as they come.
- ``junit``: JUnit XML, one ``<testcase>`` per failed (``<failure>``) or malformed
  (``<error>``) case and per file not checked (``<error>``), in one ``<testsuite>``
  whose ``tests`` counts every case; passing cases are counted, not listed (a million
  passing ``<testcase>`` elements help nobody; the pytest plugin lists each case).  The
  elements are spooled to a temporary file until the counts are known.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from typing import IO, Any, Protocol
from xml.sax.saxutils import escape, quoteattr

from hikari_rules.oracle.format import CaseResult, Report

__all__ = ["FORMATS", "JsonWriter", "JunitWriter", "TextWriter", "Writer", "writer"]


class Stream(Protocol):
    def write(self, text: str, /) -> Any: ...


class Writer(Protocol):
    def problem(self, verdict: CaseResult) -> None: ...

    def finish(self, report: Report) -> None: ...


class TextWriter:
    """Each mismatch in words, then the summary."""

    def __init__(self, out: Stream) -> None:
        self.out = out

    def problem(self, verdict: CaseResult) -> None:
        self.out.write(verdict.text() + "\n")

    def finish(self, report: Report) -> None:
        for f in report.files:
            self.out.write(f.text() + "\n")
        self.out.write(report.summary() + "\n")


class JsonWriter:
    """One JSON object, its ``results`` array streamed."""

    def __init__(self, out: Stream) -> None:
        self.out = out
        self._first = True

    def problem(self, verdict: CaseResult) -> None:
        self.out.write(
            ('{"results": [\n' if self._first else ",\n") + json.dumps(verdict.to_json(), ensure_ascii=False)
        )
        self._first = False

    def finish(self, report: Report) -> None:
        head = '{"results": [' if self._first else "\n"
        counts = json.dumps(report.counts_json(), ensure_ascii=False)
        self.out.write(f"{head}], {counts[1:]}\n")


def _attrs(**values: object) -> str:
    return "".join(f" {k}={quoteattr(str(v))}" for k, v in values.items())


class JunitWriter:
    """JUnit XML (the schema Jenkins, GitLab and GitHub read), spooled until the counts are known."""

    def __init__(self, out: Stream) -> None:
        self.out = out
        self._spool: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - closed in finish

    def problem(self, verdict: CaseResult) -> None:
        name = f"{verdict.location}" + (f" [{verdict.id}]" if verdict.id else "")
        kind, message = ("error", verdict.message) if verdict.status == "malformed" else ("failure", "mismatch")
        where = _attrs(classname=verdict.rule or "case", name=name, file=verdict.source, line=verdict.line)
        self._spool.write(
            f"    <testcase{where}><{kind}{_attrs(message=message)}>{escape(verdict.text())}</{kind}></testcase>\n"
        )

    def finish(self, report: Report) -> None:
        for f in report.files:
            self._spool.write(
                f"    <testcase{_attrs(classname='file', name=f.path)}>"
                f"<error{_attrs(message=f.message)}>{escape(f.text())}</error></testcase>\n"
            )
        self.out.write('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n')
        counts = _attrs(
            name="hikari-rules check",
            tests=report.total + len(report.files),
            failures=report.failed,
            errors=report.malformed + len(report.files),
            skipped=0,
        )
        self.out.write(f"  <testsuite{counts}>\n")
        self._spool.seek(0)
        shutil.copyfileobj(self._spool, self.out)
        self._spool.close()
        self.out.write("  </testsuite>\n</testsuites>\n")


FORMATS: dict[str, Callable[[Stream], Writer]] = {"text": TextWriter, "json": JsonWriter, "junit": JunitWriter}


def writer(fmt: str, out: Stream) -> Writer:
    """The writer of a format name (``text``, ``json``, ``junit``)."""
    return FORMATS[fmt](out)
