"""Running cases and comparing results: one case, or every case of many files.

A passing case allocates no verdict; the rule's result is compared with ``expected``
by walking both (:func:`hikari_rules.oracle.codec.matches`), and ``explain`` runs only
for a mismatch.  :func:`check_files` streams: each failed or malformed verdict goes to
``on_problem`` as it happens and is not kept, so memory stays flat however many cases
fail.  During a run the garbage collector's long-lived objects are frozen and its
young-generation threshold raised (the run allocates many short-lived objects and no
cycles worth collecting); both are restored afterwards.

>>> r = run_case({"rule": "contract_term.contract_month",
...               "args": {"service_start": "2026-09-20", "month": "2029-09"}, "expected": 37})
>>> r.status, r.actual
('passed', 37)
>>> r = run_case({"rule": "contract_term.renewal_window", "args": {"service_start": "2026-09-03"},
...               "expected": ["2029-09", "2029-11"]})
>>> r.status, r.actual, r.rule_ids
('failed', ['2029-09', '2029-10'], ('TERM-2',))
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from hikari_rules._registry import rule_ids_of
from hikari_rules.oracle import parallel as _parallel
from hikari_rules.oracle import read
from hikari_rules.oracle._extras import suggest_batch_extra
from hikari_rules.oracle.codec import CaseError, Undecodable, encode
from hikari_rules.oracle.format import CaseResult, FileProblem, Report
from hikari_rules.oracle.functions import (
    Call,
    Check,
    decode_args,
    not_a_rule_name,
    prepare,
    prepare_check,
    rule_functions,
    signature,
)

__all__ = ["CaseRunner", "check_files", "run_case"]


def _raises_name(expected: Any) -> str | None:
    if type(expected) is dict and len(expected) == 1 and "raises" in expected:
        name = expected["raises"]
        return name if isinstance(name, str) else None
    return None


def _exception_matches(exc: BaseException, name: str) -> bool:
    return any(cls.__name__ == name for cls in type(exc).__mro__)


class CaseRunner:
    """Runs cases; prepares each (rule, argument names) once, then reuses it.

    :meth:`run` returns ``None`` for a passing case (the fast path of a million-case file
    allocates no result) and a :class:`CaseResult` for a failed or malformed one.
    """

    def __init__(self, *, lang: str = "en") -> None:
        self.lang = lang
        self._checks: dict[tuple[Any, ...], Check] = {}
        self._calls: dict[tuple[Any, ...], Call] = {}

    def run(self, data: Any, source: str = "<case>", line: int = 0) -> CaseResult | None:
        if type(data) is not dict:
            return CaseResult("malformed", source, line, message="a case is a JSON object")
        try:
            rule = data["rule"]
            args = data["args"]
            expected = data["expected"]
        except KeyError as exc:
            return self._malformed(data, source, line, f'missing "{exc.args[0]}"')
        if type(rule) is not str or type(args) is not dict or (type(expected) is dict and "raises" in expected):
            return self._run_slowly(data, source, line)
        key = (rule, *args)
        check = self._checks.get(key)
        if check is None:
            try:
                check = self._checks[key] = prepare_check(rule, tuple(args))
            except CaseError as exc:
                return self._malformed(data, source, line, str(exc))
        try:
            if check(args, expected):
                return None
        except Undecodable as exc:
            return self._malformed(data, source, line, f"argument {exc}")
        except Exception as exc:
            return self._failed(data, source, line, {"raises": type(exc).__name__}, exc)
        return self._failed(data, source, line, encode(self._call(rule, args, False)(args)), None)

    def _call(self, rule: str, args: Mapping[str, Any], is_lenient: bool) -> Call:
        key = (rule, is_lenient, *args)
        call = self._calls.get(key)
        if call is None:
            call = self._calls[key] = prepare(rule, tuple(args), is_lenient)
        return call

    def _run_slowly(self, data: dict[str, Any], source: str, line: int) -> CaseResult | None:
        """A case expecting an error, or whose rule or arguments are of the wrong type."""
        rule, args, expected = data["rule"], data["args"], data["expected"]
        if type(rule) is not str:
            return self._malformed(data, source, line, not_a_rule_name(rule))
        if type(args) is not dict:
            return self._malformed(data, source, line, '"args" must be an object')
        raises = _raises_name(expected)
        try:
            call = self._call(rule, args, raises == "TypeError")
        except CaseError as exc:
            return self._malformed(data, source, line, str(exc))
        try:
            result = call(args)
        except Undecodable as exc:
            return self._malformed(data, source, line, f"argument {exc}")
        except Exception as exc:
            if raises is not None and _exception_matches(exc, raises):
                return None
            return self._failed(data, source, line, {"raises": type(exc).__name__}, exc)
        if raises is None and signature(rule).match(result, expected):
            return None
        return self._failed(data, source, line, encode(result), None)

    # -- the slow paths -------------------------------------------------------------------

    def _malformed(self, data: Mapping[str, Any], source: str, line: int, message: str) -> CaseResult:
        cid = data.get("id")
        rule = data.get("rule")
        return CaseResult(
            "malformed",
            source,
            line,
            id=cid if isinstance(cid, str) else "",
            rule=rule if isinstance(rule, str) else "",
            message=message,
        )

    def _failed(
        self, data: Mapping[str, Any], source: str, line: int, actual: Any, exc: BaseException | None
    ) -> CaseResult:
        from hikari_rules.explanation import explain

        rule: str = data["rule"]
        func = signature(rule).func
        rule_ids: tuple[str, ...] = rule_ids_of(func) or ()
        if exc is not None:
            why = f"{type(exc).__name__}: {exc}"
        else:
            try:
                kwargs = decode_args(rule, data["args"])
                e = explain(func, **kwargs)
                rule_ids = e.rule_ids or rule_ids
                notes = [(s.note_ja if self.lang == "ja" else s.note) or s.rule_id for s in e.steps]
                why = "; ".join(dict.fromkeys(notes))
            except Exception as err:  # an explanation must not hide the mismatch itself
                why = f"(no explanation: {type(err).__name__}: {err})"
        cid = data.get("id")
        return CaseResult(
            "failed",
            source,
            line,
            id=cid if isinstance(cid, str) else "",
            rule=rule,
            args=data["args"],
            expected=data["expected"],
            actual=actual,
            rule_ids=rule_ids,
            explanation=why,
        )


def run_case(case: Mapping[str, Any], *, source: str = "<case>", line: int = 0, lang: str = "en") -> CaseResult:
    """Run one case (a mapping in the case format) and return its verdict, passing ones included.

    Anything else (a list, a number, ``None``: a JSON line that is not an object) is a
    malformed case.
    """
    if not isinstance(case, Mapping):
        return CaseResult("malformed", source, line, message="a case is a JSON object")
    data = dict(case) if not isinstance(case, dict) else case
    out = CaseRunner(lang=lang).run(data, source, line)
    if out is not None:
        return out
    cid = data.get("id")
    expected = data["expected"]
    return CaseResult(
        "passed",
        source,
        line,
        id=cid if isinstance(cid, str) else "",
        rule=data["rule"],
        args=data["args"],
        expected=expected,
        actual=expected,
        rule_ids=rule_ids_of(signature(data["rule"]).func) or (),
    )


@contextlib.contextmanager
def gc_tuned() -> Iterator[None]:
    """Freeze what exists (the rule tables, the compiled codecs) out of the collector's
    sight and collect the young generation rarely, for the duration of a run."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


class _Stop(Exception):
    """``max_failures`` was reached."""


def _misnamed_csv(path: str) -> FileProblem | None:
    rule = read.csv_rule_name(path)
    if rule in rule_functions():
        return None
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return FileProblem(
        path,
        f"{path}: a CSV case file is named after the rule function it checks, <module>.<function>.csv "
        f"(for example contract_term.contract_month.csv); {name!r} names none "
        "(`hikari-rules rules --functions` lists them)",
    )


def check_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    lang: str = "en",
    encoding: str = "utf-8",
    on_problem: Callable[[CaseResult], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    max_failures: int | None = None,
    columnar: bool = True,
    jobs: int = 1,
) -> Report:
    """Check every case of every file (``-`` is standard input) and count the verdicts.

    A file that cannot be read, has no case, or is a CSV file not named
    ``<module>.<function>.csv`` is recorded in :attr:`Report.files` (exit status 2) and
    skipped.  ``on_problem`` sees each failed or malformed verdict as it happens (and the
    report then keeps none); without it the report keeps them in ``problems``.
    ``on_progress`` is told, every few thousand cases, how many cases were read since its
    last call.  ``max_failures`` stops the run after that many failed or malformed cases
    (``Report.stopped``).  ``columnar`` lets a CSV file of a rule with a batch form be
    checked by columns (the ``batch`` extra), with the same verdicts.  ``jobs`` above 1
    checks a large JSON Lines file in that many processes (:mod:`hikari_rules.oracle.parallel`),
    with the same verdicts, in the same order, with the same line numbers.
    """
    if isinstance(paths, str | bytes | os.PathLike):
        raise TypeError("paths must be an iterable of paths (wrap one path in a list)")
    files = [read.file_path(p, "paths") for p in paths]
    enc = read.encoding_name(encoding)
    if max_failures is not None and (type(max_failures) is not int or max_failures < 1):
        raise TypeError(f"max_failures must be a positive int or None, got {max_failures!r}")
    if type(jobs) is not int or jobs < 1:
        raise TypeError(f"jobs must be a positive int, got {jobs!r}")
    report = Report()
    run = CaseRunner(lang=lang).run
    problems = report.problems

    def emit(verdict: CaseResult) -> None:
        if verdict.status == "malformed":
            report.malformed += 1
        else:
            report.failed += 1
        if on_problem is None:
            problems.append(verdict)
        else:
            on_problem(verdict)
        if max_failures is not None and report.failed + report.malformed >= max_failures:
            raise _Stop

    chunk = read.CHUNK
    with gc_tuned():
        for path in files:
            try:
                if read.is_csv(path):
                    misnamed = _misnamed_csv(path)
                    if misnamed is not None:
                        report.files.append(misnamed)
                        continue
                    if columnar and enc in ("utf-8", "utf-8-sig"):
                        try:
                            from hikari_rules.oracle import columnar as _columnar
                        except ImportError:  # no ``batch`` extra (NumPy, pyarrow): row by row
                            suggest_batch_extra()
                            done = None
                        else:
                            done = _columnar.check_csv(path, read.csv_rule_name(path), run, emit, on_progress)
                        if done is not None:
                            report.passed += done.passed
                            if done.rows == 0:
                                report.files.append(FileProblem(path, f"no cases in {path}"))
                            continue
                if _parallel._worth_it(path, enc, jobs):

                    def count_passed(n: int) -> None:
                        report.passed += n

                    if not _parallel._check_jsonl(path, enc, jobs, lang, emit, count_passed, on_progress):
                        report.files.append(FileProblem(path, f"no cases in {path}"))
                    continue
                seen = passed = 0
                try:
                    with contextlib.ExitStack() as stack:
                        if read.is_csv(path):
                            rows = read.file_rows(path, enc)
                        else:
                            rows = read.jsonl_rows(stack.enter_context(read.open_binary(path)), enc)
                        for n, data, error in rows:
                            seen += 1
                            if error is None:
                                verdict = run(data, path, n)
                                if verdict is None:
                                    passed += 1
                                    if on_progress is not None and not seen % chunk:
                                        on_progress(chunk)
                                    continue
                            else:
                                verdict = CaseResult("malformed", path, n, message=error)
                            emit(verdict)
                            if on_progress is not None and not seen % chunk:
                                on_progress(chunk)
                finally:
                    report.passed += passed
                    if on_progress is not None and seen % read.CHUNK:
                        on_progress(seen % read.CHUNK)
                if seen == 0:
                    report.files.append(FileProblem(path, f"no cases in {path}"))
            except _Stop:
                report.stopped = True
                break
            except (OSError, UnicodeDecodeError) as exc:
                report.files.append(FileProblem(path, f"{path}: cannot read: {type(exc).__name__}: {exc}"))
    return report
