"""Reading case files as QA teams export them.

- JSON Lines (``.jsonl``, or anything not ending ``.csv``): one case per line, blank
  lines skipped, each case keeping its 1-based line number.
- CSV for one rule (``<module>.<function>.csv``, the file name naming the rule).
- ``-`` reads JSON Lines from standard input (which is not closed afterwards: nothing
  here closes a stream it did not open).
- A UTF-8 byte order mark is accepted in every format; ``encoding`` reads other
  encodings (``cp932``/``shift_jis`` as Excel on Windows writes them, ``euc_jp``,
  ``utf-16``, …).  A line that does not decode is a malformed case naming its line, with
  the hint ``--encoding cp932``.
- A path is a ``str`` or an ``os.PathLike`` (anything else is a ``TypeError``).

Lines are parsed in batches (one parse per few thousand lines, with ``orjson`` when the
``fast`` extra is installed); a batch with a broken line falls back to one line at a
time with the standard library, so every malformed line is reported with its number and
the verdicts do not depend on which parser is installed.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import json
import os
import sys
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any, Final

from hikari_rules.oracle.format import Case

__all__ = [
    "STDIN",
    "Row",
    "csv_case_data",
    "csv_rule_name",
    "encoding_name",
    "file_path",
    "iter_cases",
    "iter_csv",
    "iter_jsonl",
    "load_cases",
    "open_binary",
    "parse_cli_value",
]

STDIN: Final = "-"
"""The path that reads standard input."""

CHUNK: Final = 4096
"""Lines parsed at once."""

_BOM: Final = codecs.BOM_UTF8
_HINT: Final = "if the file comes from Excel on Windows, try --encoding cp932"

_loads: Callable[[Any], Any]
try:
    import orjson

    _loads = orjson.loads
    FAST_PARSER: Final = True
except ImportError:  # the optional ``fast`` extra is not installed
    _loads = json.loads
    FAST_PARSER = False  # type: ignore[misc]


Row = tuple[int, Any, str | None]
"""A parsed line: its 1-based number, its JSON value (None if not JSON) and why it is malformed."""


def file_path(path: object, parameter: str = "path") -> str:
    """``path`` as a ``str``: a ``str`` or an ``os.PathLike`` giving one, else a ``TypeError``.

    An ``int`` (a file descriptor), ``bool`` or ``bytes`` is refused: opening a descriptor
    would hand its closing to this package, which never closes a stream it did not open.
    """
    if isinstance(path, str):
        return path
    if isinstance(path, os.PathLike):
        fs = os.fspath(path)
        if isinstance(fs, str):
            return fs
    raise TypeError(f"{parameter} must be a str or os.PathLike naming a file, got {type(path).__name__}")


def encoding_name(encoding: str) -> str:
    """The codec name of ``encoding`` (a ``LookupError`` naming it when Python has none)."""
    if not isinstance(encoding, str):
        raise TypeError(f"encoding must be a str, got {type(encoding).__name__}")
    return codecs.lookup(encoding).name


@contextlib.contextmanager
def open_binary(path: str) -> Iterator[IO[bytes]]:
    """``path`` opened for reading bytes; ``-`` is standard input, left open afterwards."""
    if path == STDIN:
        yield sys.stdin.buffer
        return
    with open(path, "rb") as f:
        yield f


def _undecodable(exc: UnicodeDecodeError, encoding: str) -> str:
    byte = exc.object[exc.start : exc.start + 1].hex()
    hint = f"; {_HINT}" if encoding.startswith("utf") else ""
    return f"not {encoding} text (byte 0x{byte} at column {exc.start + 1}){hint}"


def _parse_slowly(line: Any) -> Row | Any:
    """A line the fast parser refused, parsed by the standard library (whose reading
    decides: NaN, integers beyond 64 bits, lone surrogates), or why it is not JSON."""
    try:
        if type(line) is bytes:
            line = line.decode("utf-8")
        return json.loads(line)
    except UnicodeDecodeError as exc:
        return _Bad(_undecodable(exc, "utf-8"))
    except ValueError as exc:
        return _Bad(f"not JSON: {exc}")
    except RecursionError:  # nested deeper than the parser goes
        return _Bad("not JSON: nested too deeply")


class _Bad(str):
    """Why a line is malformed (a str subclass, told apart from parsed values by type)."""


def _byte_lines_split_safely(encoding: str) -> bool:
    """Whether a newline byte always ends a line in ``encoding`` (not in UTF-16/32)."""
    return not encoding.startswith(("utf-16", "utf-32"))


def jsonl_rows(
    stream: IO[bytes] | Iterable[Any], encoding: str = "utf-8", *, starts_file: bool = True
) -> Iterator[Row]:
    """The parsed lines of JSON Lines text, one at a time, blank lines skipped.

    ``stream`` yields lines as bytes (decoded with ``encoding``) or as str (already text).
    ``starts_file``: the stream is the beginning of the file, so a byte order mark opening
    it is dropped (a part of a file read by another process is not).
    Each line is parsed and handed on before the next is read: a run keeps one case
    alive at a time, which is both faster (no garbage collection of thousands of live
    cases) and flat in memory.
    """
    enc = encoding_name(encoding)
    decode = None
    lines: Iterable[Any] = stream
    if enc not in ("utf-8", "utf-8-sig"):
        if _byte_lines_split_safely(enc):
            decode = codecs.getdecoder(enc)
        elif hasattr(stream, "readable"):
            lines = io.TextIOWrapper(typing.cast(IO[bytes], stream), encoding=enc)
    loads = _loads
    try:
        it = iter(lines)
        first = next(it, None)
        if first is None:
            return
        if starts_file:
            first = first.removeprefix(_BOM) if type(first) is bytes else first.removeprefix("\ufeff")
        n = 0
        for line in itertools.chain((first,), it):
            n += 1
            if decode is not None and type(line) is bytes:
                try:
                    line = decode(line)[0]
                except UnicodeDecodeError as exc:
                    yield (n, None, _undecodable(exc, enc))
                    continue
            try:
                yield (n, loads(line), None)
                continue
            except (ValueError, RecursionError, TypeError):
                if not line.strip():
                    continue
            value = _parse_slowly(line)
            if type(value) is _Bad:
                yield (n, None, str(value))
            else:
                yield (n, value, None)
    finally:
        if isinstance(lines, io.TextIOWrapper):
            with contextlib.suppress(ValueError):
                lines.detach()  # the caller's stream stays open


def jsonl_batches(stream: IO[bytes] | Iterable[Any], encoding: str = "utf-8") -> Iterator[list[Row]]:
    """The rows of :func:`jsonl_rows` in lists of :data:`CHUNK`."""
    batch: list[Row] = []
    for row in jsonl_rows(stream, encoding):
        batch.append(row)
        if len(batch) >= CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def iter_jsonl(text_lines: Iterable[Any], source: str, *, encoding: str = "utf-8") -> Iterator[Case]:
    """The cases of JSON Lines text (lines as str, or bytes in ``encoding``; blank lines
    skipped), with their 1-based line numbers."""
    for batch in jsonl_batches(text_lines, encoding):
        for n, value, error in batch:
            yield Case(source, n, value, error)


def parse_cli_value(text: str) -> Any:
    """A CSV cell or a ``key=value`` value: JSON where it parses (``37``, ``null``, ``[…]``), else the bare string.

    >>> parse_cli_value("37"), parse_cli_value("2026-09-20"), parse_cli_value("HOUSE"), parse_cli_value("null")
    (37, '2026-09-20', 'HOUSE', None)
    """
    try:
        return json.loads(text)
    except ValueError:
        return text


def csv_case_data(header: Sequence[str], row: Sequence[str], rule: str) -> dict[str, Any]:
    """The case a CSV row stands for (``header`` the stripped names of its columns)."""
    data: dict[str, Any] = {"rule": rule, "args": {}}
    for name, cell in zip(header, row, strict=True):
        if name in ("id", "note"):
            data[name] = cell
        elif name == "expected":
            cell = cell.strip()
            data["expected"] = (
                {"raises": cell.split(":", 1)[1].strip()} if cell.startswith("raises:") else parse_cli_value(cell)
            )
        elif cell.strip():
            data["args"][name] = parse_cli_value(cell.strip())
    return data


def _csv_cases(lines: Iterable[str], source: str, rule: str, bad: dict[int, str]) -> Iterator[Case]:
    reader = csv.reader(lines)
    header: list[str] | None = None
    last = 0
    for row in reader:
        n = reader.line_num
        first_line, last = last + 1, n
        broken = [bad[i] for i in range(first_line, n + 1) if i in bad]
        if broken:
            yield Case(source, first_line, None, broken[0])
            continue
        if not row or all(not c.strip() for c in row):
            continue
        if header is None:
            header = [c.strip() for c in row]
            if header:
                header[0] = header[0].removeprefix("\ufeff")
            if "expected" not in header:
                yield Case(source, n, None, 'the CSV header has no "expected" column')
                return
            continue
        if len(row) != len(header):
            yield Case(source, n, None, f"{len(row)} cells for {len(header)} columns")
            continue
        data = csv_case_data(header, row, rule)
        yield Case(source, n, data)


def iter_csv(text: str, source: str, rule: str) -> Iterator[Case]:
    """The cases of CSV text for one rule: a header of argument names plus ``expected``
    (and optionally ``id`` and ``note``); an empty cell leaves the argument out; an
    ``expected`` of ``raises:RuleInputError`` is shorthand for ``{"raises": "RuleInputError"}``.
    """
    return _csv_cases(io.StringIO(text.removeprefix("\ufeff"), newline=""), source, rule, {})


def _decoded_lines(stream: IO[bytes], encoding: str, bad: dict[int, str]) -> Iterator[str]:
    """The lines of ``stream`` decoded one by one; an undecodable one is recorded in ``bad``
    (and given as an empty line) so that its case is reported with its number."""
    enc = encoding_name(encoding)
    if not _byte_lines_split_safely(enc):
        wrapper = io.TextIOWrapper(stream, encoding=enc, newline="")
        try:
            yield from wrapper
        finally:
            with contextlib.suppress(ValueError):  # the stream may be closed already
                wrapper.detach()
        return
    decode = codecs.getdecoder(enc)
    for n, line in enumerate(stream, 1):
        try:
            text = decode(line)[0]
        except UnicodeDecodeError as exc:
            bad[n] = _undecodable(exc, enc)
            text = "\n"
        if n == 1:
            text = text.removeprefix("\ufeff")
        yield text


def csv_rule_name(path: str) -> str:
    """The rule a CSV file is for: the last two dotted parts of its file name,
    ``<module>.<function>.csv`` (anything before, e.g. ``examples/`` or ``2026-09.``, is ignored).

    >>> csv_rule_name("exports/2026-09.contract_term.contract_month.csv")
    'contract_term.contract_month'
    """
    name = file_path(path).replace("\\", "/").rsplit("/", 1)[-1]
    name = name[: -len(".csv")] if name.lower().endswith(".csv") else name
    return ".".join(name.split(".")[-2:])


def is_csv(path: str) -> bool:
    return path.lower().endswith(".csv")


def iter_cases(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[Case]:
    """The cases of a ``.jsonl`` or ``.csv`` file, or of standard input for ``-`` (an
    ``OSError`` if it cannot be read)."""
    p = file_path(path)
    enc = encoding_name(encoding)
    with open_binary(p) as f:
        if is_csv(p):
            bad: dict[int, str] = {}
            yield from _csv_cases(_decoded_lines(f, enc, bad), p, csv_rule_name(p), bad)
            return
        yield from iter_jsonl(f, p, encoding=enc)


def load_cases(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> list[Case]:
    """All cases of a file (see :func:`iter_cases`)."""
    return list(iter_cases(path, encoding=encoding))


def file_rows(path: str, encoding: str = "utf-8") -> Iterator[Row]:
    """The rows of a case file, one at a time (what the runner reads)."""
    if is_csv(path):
        for c in iter_cases(path, encoding=encoding):
            yield (c.line, c.data, c.error)
        return
    with open_binary(path) as f:
        yield from jsonl_rows(f, encoding)


def file_batches(path: str, encoding: str = "utf-8") -> Iterator[list[Row]]:
    """The rows of a case file in batches of :data:`CHUNK` (what the runner reads)."""
    if is_csv(path):
        batch: list[Row] = []
        for c in iter_cases(path, encoding=encoding):
            batch.append((c.line, c.data, c.error))
            if len(batch) >= CHUNK:
                yield batch
                batch = []
        if batch:
            yield batch
        return
    with open_binary(path) as f:
        yield from jsonl_batches(f, encoding)
