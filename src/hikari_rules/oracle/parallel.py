"""Checking one large JSON Lines file in several processes, with the verdicts of one.

The file is cut at line ends into parts of about a megabyte; each worker process reads
its own parts from the file (no case crosses a pipe) and returns only its passed count,
its line count and its failed or malformed verdicts.  The parts are taken back in file
order, so the verdicts stream out in the order, with the line numbers, a single process
gives them, and at most ``2 × jobs`` parts are in flight: memory stays flat however
large the file or however many cases fail.

Used by :func:`hikari_rules.oracle.run.check_files` (``jobs``) and ``hikari-rules check
--jobs``.  Standard input, encodings in which a newline byte does not always end a line
(UTF-16/32), files under :data:`MIN_BYTES` and systems that cannot fork (Windows) are
checked in the calling process.
"""

from __future__ import annotations

import collections
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Final

import attrs

from hikari_rules.oracle import read
from hikari_rules.oracle.format import CaseResult

__all__ = ["MIN_BYTES", "PART_BYTES", "available_cpus"]

MIN_BYTES: Final = 8 << 20
"""Files smaller than this are checked in the calling process (starting workers costs more)."""

PART_BYTES: Final = 1 << 20
"""About how much of the file one worker reads at a time."""


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _worth_it(path: str, encoding: str, jobs: int) -> bool:
    """Whether ``path`` is checked in ``jobs`` processes: a named file (not ``-``) of at
    least :data:`MIN_BYTES` in an encoding whose newline bytes end lines, on a system that
    forks (not Windows, where the calling process checks it)."""
    if jobs < 2 or path == read.STDIN or not read._byte_lines_split_safely(encoding) or not _fork_available():
        return False
    try:
        return os.path.getsize(path) >= MIN_BYTES
    except OSError:  # let the reader report it
        return False


def _parts(path: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` byte ranges of ``path``, each ending at a line end (or the file's end)."""
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        start = 0
        while start < size:
            f.seek(min(start + PART_BYTES, size))
            if f.tell() < size:
                f.readline()  # to the end of the line the cut fell in
            end = f.tell()
            yield start, end
            start = end


@attrs.frozen
class _Part:
    passed: int
    cases: int
    lines: int
    problems: list[tuple[int, CaseResult]]
    """Each failed or malformed verdict with the number of cases of the part passed before it."""


_WORKER: dict[str, object] = {}


def _start_worker(lang: str) -> None:
    from hikari_rules.oracle.run import CaseRunner

    _WORKER["runner"] = CaseRunner(lang=lang)
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def _check_part(path: str, start: int, end: int, encoding: str) -> _Part:
    """The verdicts of the lines of ``path`` between ``start`` and ``end`` (numbered from 1 in the part)."""
    from hikari_rules.oracle.run import CaseRunner

    runner = _WORKER["runner"]
    assert isinstance(runner, CaseRunner)
    run = runner.run
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    passed = cases = 0
    problems: list[tuple[int, CaseResult]] = []
    lines = data.splitlines(keepends=True) if b"\r" not in data else list(_lf_lines(data))
    for n, value, error in read.jsonl_rows(lines, encoding, starts_file=start == 0):
        cases += 1
        if error is None:
            verdict = run(value, path, n)
            if verdict is None:
                passed += 1
                continue
        else:
            verdict = CaseResult("malformed", path, n, message=error)
        problems.append((passed, verdict))
    count = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    return _Part(passed, cases, count, problems)


def _lf_lines(data: bytes) -> Iterator[bytes]:
    """Lines ended by ``\\n`` only, as a file read line by line gives them (``\\r`` stays in the line)."""
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end + 1
        yield data[start:end]
        start = end


def _fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _check_jsonl(
    path: str,
    encoding: str,
    jobs: int,
    lang: str,
    emit: Callable[[CaseResult], None],
    count_passed: Callable[[int], None],
    on_progress: Callable[[int], None] | None,
) -> int:
    """Check the JSON Lines file ``path`` in ``jobs`` processes and return how many cases it has.

    ``emit`` sees each failed or malformed verdict in file order, ``count_passed`` is told
    of the passed cases before it (so that a run stopped by an exception ``emit`` raises,
    ``max_failures`` reached or a closed pipe, counts what a single process would have);
    the exception stops the workers.
    """
    cases = lines_before = 0
    parts = _parts(path)
    # Forked workers start with the rule tables and compiled codecs already loaded, and do
    # not import the caller's main module again (as spawned ones would: a script without a
    # ``__main__`` guard would run once more in each).
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(lang,))
    try:
        pending: collections.deque[Future[_Part]] = collections.deque()
        for start, end in parts:
            pending.append(pool.submit(_check_part, path, start, end, encoding))
            if len(pending) >= 2 * jobs:
                break
        while pending:
            part = pending.popleft().result()
            nxt = next(parts, None)
            if nxt is not None:
                pending.append(pool.submit(_check_part, path, *nxt, encoding))
            cases += part.cases
            counted = 0
            for before, verdict in part.problems:
                count_passed(before - counted)
                counted = before
                emit(attrs.evolve(verdict, line=verdict.line + lines_before))
            count_passed(part.passed - counted)
            lines_before += part.lines
            if on_progress is not None:
                on_progress(part.cases)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return cases
