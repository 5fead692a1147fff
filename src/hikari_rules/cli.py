"""``hikari-rules``: the test oracle on the command line.

- ``hikari-rules check FILE...`` — run every case (JSON Lines, or CSV for one rule per
  file) and print each mismatch, then ``N passed, M failed``.  Exit status 0 when all
  match, 1 on a mismatch, 2 on an unreadable file or a malformed case.  The status
  does not depend on who reads the output: when the reader goes away
  (``hikari-rules check … | head``), the rest of the output is dropped but every case
  is still checked, so a failing check piped into ``head`` still exits 1 (or 2).
- ``hikari-rules explain RULE key=value ...`` — a result and why (``--lang ja|en``).
- ``hikari-rules rules`` — the rule catalog as a table (``--functions``: the rule
  functions cases can name).
- ``hikari-rules --version``.  ``python -m hikari_rules`` is the same command.

See ``docs/case-format.md`` for the case format.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

from hikari_rules import cases as _cases

__all__ = ["main"]

EXIT_OK = 0
EXIT_MISMATCH = 1
EXIT_BAD_INPUT = 2


def _version() -> str:
    from hikari_rules import __version__

    return __version__


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="hikari-rules",
        description="Check a billing system's results against the rules of Japanese fibre-internet services.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = p.add_subparsers(dest="command", required=True, metavar="{check,explain,rules}")

    c = sub.add_parser(
        "check",
        help="check cases (JSON Lines or CSV) against the rules",
        description="Evaluate each case and print every mismatch, then 'N passed, M failed'. "
        "Exit 0: all match; 1: a mismatch; 2: an unreadable file or a malformed case "
        "(also when the output is cut short, as by '| head': every case is still checked).",
    )
    c.add_argument("files", nargs="+", metavar="FILE", help="a .jsonl file (one case per line) or a .csv file")
    c.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    c.add_argument("--lang", choices=("en", "ja"), default="en", help="language of the explanations")
    c.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on stderr (auto: only when stderr is a terminal)",
    )

    e = sub.add_parser(
        "explain",
        help="a rule function's result and why",
        description="Call a rule function with key=value arguments (values encoded as in the case format) "
        "and explain the result.",
    )
    e.add_argument("rule", metavar="RULE", help='a rule function ("contract_term.contract_month") or a rule ID')
    e.add_argument("arguments", nargs="*", metavar="key=value")
    e.add_argument("--lang", choices=("en", "ja"), default="en")
    e.add_argument("--format", choices=("text", "json"), default="text")

    r = sub.add_parser("rules", help="the rule catalog", description="The rule catalog: ID, title, source.")
    r.add_argument("--lang", choices=("en", "ja"), default="en")
    r.add_argument("--functions", action="store_true", help="list the rule functions cases can name instead")
    return p


class _Out:
    """Standard output that survives its reader going away (``| head``).

    After a ``BrokenPipeError`` every further write is dropped, and the file descriptor
    is pointed at ``/dev/null`` so that the interpreter's last flush at exit does not
    fail too (which would print "Exception ignored" and exit 120).  The command goes on
    and returns the status of its whole run.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.closed_by_reader = False

    def write(self, text: str) -> int:
        if not self.closed_by_reader:
            try:
                self._stream.write(text)
            except BrokenPipeError:
                self._reader_gone()
        return len(text)

    def flush(self) -> None:
        if not self.closed_by_reader:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._reader_gone()

    def _reader_gone(self) -> None:
        self.closed_by_reader = True
        try:
            fd = self._stream.fileno()
        except (AttributeError, OSError, ValueError):
            return  # not a real file (a test double): nothing is left to flush at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, fd)
        finally:
            os.close(devnull)


# -- check --------------------------------------------------------------------------------------


def _count_lines(files: Sequence[str]) -> int:
    total = 0
    for f in files:
        try:
            with open(f, "rb") as fh:
                for block in iter(lambda fh=fh: fh.read(1 << 20), b""):  # type: ignore[misc]
                    total += block.count(b"\n")
        except OSError:
            pass
    return total


def _check(args: argparse.Namespace, out: _Out) -> int:
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    bar: Any = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=_count_lines(args.files), unit="case", desc="checking", file=sys.stderr, leave=False)

    def on_problem(result: _cases.CaseResult) -> None:
        if args.format == "text":
            if bar is not None:
                bar.clear()
            print(result.text(), file=out)

    try:
        report = _cases.check_files(
            args.files,
            lang=args.lang,
            on_problem=on_problem,
            on_progress=bar.update if bar is not None else None,
        )
    finally:
        if bar is not None:
            bar.close()
    for path, error in report.unreadable:
        print(f"{path}: cannot read: {error}", file=sys.stderr if args.format == "json" else out)
    if args.format == "json":
        json.dump(report.to_json(), out, ensure_ascii=False)
        out.write("\n")
        print(report.summary(), file=sys.stderr)
    else:
        print(report.summary(), file=out)
    return report.exit_code


# -- explain ------------------------------------------------------------------------------------


def _resolve_rule(name: str) -> str:
    functions = _cases.rule_functions()
    if name in functions:
        return name
    from hikari_rules._registry import implementers

    # Functions that *implement* the rule; compositions (preview) only record it.
    implementing = implementers(name)
    by_id = [n for n, f in functions.items() if f in implementing]
    if len(by_id) == 1:
        return by_id[0]
    if by_id:
        raise _cases.CaseError(f"{name} is implemented by several functions: {', '.join(by_id)}")
    raise _cases.CaseError(f"unknown rule function {name!r} (see `hikari-rules rules --functions`)")


def _explain(args: argparse.Namespace, out: _Out) -> int:
    from hikari_rules.explanation import explain

    try:
        rule = _resolve_rule(args.rule)
        raw: dict[str, Any] = {}
        for item in args.arguments:
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise _cases.CaseError(f"expected key=value, got {item!r}")
            raw[key] = _cases.parse_cli_value(value)
        kwargs = _cases.decode_args(rule, raw)
    except _cases.CaseError as exc:
        print(f"hikari-rules explain: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    func = _cases.rule_functions()[rule]
    try:
        e = explain(func, **kwargs)
    except (TypeError, ValueError) as exc:
        print(f"{rule}: raises {type(exc).__name__}: {exc}", file=out)
        return EXIT_MISMATCH
    if args.format == "json":
        json.dump(e.to_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print(e.text(args.lang), file=out)
    return EXIT_OK


# -- rules --------------------------------------------------------------------------------------


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _table(rows: Sequence[Sequence[str]], out: _Out) -> None:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        print("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip(), file=out)
        if n == 0:
            print("  ".join("-" * w for w in widths), file=out)


def _rules(args: argparse.Namespace, out: _Out) -> int:
    from hikari_rules import rules
    from hikari_rules._registry import rule_ids_of

    if args.functions:
        rows: list[tuple[str, ...]] = [("FUNCTION", "RULES")]
        rows += [(name, ", ".join(rule_ids_of(f) or ())) for name, f in _cases.rule_functions().items()]
    else:
        rows = [("ID", "TITLE", "SOURCE")]
        for info in rules.catalog():
            title = info.title_ja if args.lang == "ja" else info.title
            source = info.source + (f" 「{info.section}」" if info.section else "")
            rows.append((info.id, title, source))
    _table(rows, out)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``hikari-rules`` command; returns the exit status.

    The status is the command's own, also when standard output is closed early
    (``| head``): the output after that is dropped, the work is not (see :class:`_Out`).
    """
    args = _parser().parse_args(argv)
    out = _Out(sys.stdout)
    if args.command == "check":
        status = _check(args, out)
    elif args.command == "explain":
        status = _explain(args, out)
    else:
        status = _rules(args, out)
    out.flush()
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
