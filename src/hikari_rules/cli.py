"""``hikari-rules``: the test oracle on the command line.

- ``hikari-rules check FILE...`` — run every case (JSON Lines, or CSV for one rule per
  file; ``-`` is standard input) and print each mismatch as it is found, then
  ``N passed, M failed`` (``--format text|json|junit``).  Exit status: see
  :data:`EXIT_STATUSES`.  The status does not depend on who reads the output: when the
  reader goes away (``hikari-rules check … | head``), the rest of the output is
  dropped but every case is still checked, so the status is the same as without the
  pipe.
- ``hikari-rules explain RULE key=value ...`` — a result and why (``--lang ja|en``).
- ``hikari-rules rules`` — the rule catalog as a table (``--functions``: the rule
  functions cases can name).
- ``hikari-rules schema [FUNCTION]`` — the JSON Schema of a case.
- ``hikari-rules plan --start DATE --today DATE ...`` — when to apply for withdrawal and
  what leaving costs, one row per reachable month (``--lang ja|en``, ``--format json``).
  Exit status 0, or 2 on an input the rules refuse (as ``check``).
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
from typing import Any, Literal, TextIO

from hikari_rules import __version__
from hikari_rules import oracle as _cases
from hikari_rules.oracle import output as _output
from hikari_rules.oracle import read as _read

__all__ = ["EXIT_STATUSES", "main"]

EXIT_OK = 0
EXIT_MISMATCH = 1
EXIT_BAD_INPUT = 2

EXIT_STATUSES = (
    "exit status: 0 every case matches; "
    "1 a case does not match (and nothing below); "
    "2 a malformed case, a file that cannot be read, has no case or is a CSV file not named "
    "<module>.<function>.csv, an unknown --encoding, or a usage error. "
    "--max-failures N stops after N failed or malformed cases with the status of the cases checked (1 or 2). "
    "The status is the same when the output is cut short (as by '| head'): the rest of the output is "
    "dropped, every case is still checked."
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="hikari-rules",
        description="Check a billing system's results against the rules of Japanese fibre-internet services.",
    )
    p.add_argument("--version", action="version", version=f"hikari-rules {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="{check,explain,rules,schema,plan}")

    c = sub.add_parser(
        "check",
        help="check cases (JSON Lines or CSV) against the rules",
        description="Evaluate each case and print every mismatch as it is found, then 'N passed, M failed'.",
        epilog=EXIT_STATUSES,
    )
    c.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a .jsonl file (one case per line), a <module>.<function>.csv file, or - for JSON Lines on stdin",
    )
    c.add_argument("--format", choices=tuple(_output.FORMATS), default="text", help="output format (default: text)")
    c.add_argument(
        "--encoding",
        default="utf-8",
        help="encoding of the files (default: utf-8, a byte order mark accepted); cp932 for Excel on Windows",
    )
    c.add_argument(
        "--max-failures",
        type=_positive,
        metavar="N",
        help="stop after N failed or malformed cases (exit status 1 or 2 as for the cases checked)",
    )
    c.add_argument("--lang", choices=("en", "ja"), default="en", help="language of the explanations")
    c.add_argument(
        "--jobs",
        type=_jobs,
        default="auto",
        metavar="N",
        help="processes checking a large JSON Lines file (default auto: one per CPU; 1: this process only); "
        "the verdicts, their order and line numbers do not depend on it",
    )
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

    s = sub.add_parser(
        "schema",
        help="the JSON Schema of a case",
        description="Print the JSON Schema (draft 2020-12) of a case of FUNCTION, or of any rule function.",
    )
    s.add_argument(
        "function", nargs="?", metavar="FUNCTION", help='a rule function, e.g. "contract_term.contract_month"'
    )
    _plan_parser(sub)
    return p


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return n


def _jobs(text: str) -> int:
    """``--jobs``: a positive integer, or ``auto`` (the CPUs this process may use, at most 8)."""
    if text == "auto":
        from hikari_rules.oracle.parallel import available_cpus

        return min(available_cpus(), 8)
    return _positive(text)


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


def _count_lines(files: Sequence[str]) -> int | None:
    total = 0
    for f in files:
        if f == _read.STDIN:
            return None
        try:
            with open(f, "rb") as fh:
                for block in iter(lambda fh=fh: fh.read(1 << 20), b""):  # type: ignore[misc]
                    total += block.count(b"\n")
        except OSError:
            pass
    return total


def _progress_bar(args: argparse.Namespace) -> Any:
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    if not show:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # no progress bar without tqdm
        return None
    return tqdm(total=_count_lines(args.files), unit="case", desc="checking", file=sys.stderr, leave=False)


def _check(args: argparse.Namespace, out: _Out) -> int:
    try:
        _read.encoding_name(args.encoding)
    except LookupError:
        print(f"hikari-rules check: unknown encoding {args.encoding!r}", file=sys.stderr)
        return EXIT_BAD_INPUT
    bar = _progress_bar(args)
    write = _output.writer(args.format, out)

    def on_problem(result: _cases.CaseResult) -> None:
        if bar is not None:
            bar.clear()
        write.problem(result)

    try:
        report = _cases.check_files(
            args.files,
            lang=args.lang,
            encoding=args.encoding,
            on_problem=on_problem,
            on_progress=bar.update if bar is not None else None,
            max_failures=args.max_failures,
            jobs=args.jobs,
        )
    finally:
        if bar is not None:
            bar.close()
    write.finish(report)
    if args.format != "text":
        for f in report.files:
            print(f.text(), file=sys.stderr)
        print(report.summary(), file=sys.stderr)
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


def _schema(args: argparse.Namespace, out: _Out) -> int:
    try:
        document = _cases.case_schema(args.function)
    except _cases.CaseError as exc:
        print(f"hikari-rules schema: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return EXIT_OK


# -- plan -----------------------------------------------------------------------------------------


def _plan_parser(sub: Any) -> None:
    from hikari_rules.fees import Dwelling, RemovalTrigger
    from hikari_rules.payment import PaymentMethod
    from hikari_rules.withdrawal import Applicant, Channel, NumberOrigin, Region

    def names(cls: Any) -> list[str]:
        return list(cls.__members__)

    p = sub.add_parser(
        "plan",
        help="when to apply for withdrawal, and what leaving will cost",
        description="One row per withdrawal month still reachable from TODAY: the last day to apply by each "
        "channel, the fees, the charges still to pay and the total; the cheapest and the next month without the "
        "cancellation fee are marked. Exit 0; 2 on an input the rules refuse.",
    )
    p.add_argument("--start", required=True, metavar="DATE", help="service start date (YYYY-MM-DD)")
    p.add_argument("--today", required=True, metavar="DATE", help="the day the plan is made (YYYY-MM-DD)")
    p.add_argument("--horizon", type=int, default=40, metavar="MONTHS", help="months from today's month (default 40)")
    p.add_argument("--monthly-charge", type=int, metavar="YEN", help="the plan's monthly charge (unknown if left out)")
    p.add_argument("--first-month-charge", type=int, metavar="YEN", help="what the start month costs, if known")
    p.add_argument("--payment-method", choices=names(PaymentMethod), default="BANK_DEBIT")
    p.add_argument("--applied-on", metavar="DATE", help="contract application date (FEE-7)")
    p.add_argument("--dwelling", choices=names(Dwelling))
    p.add_argument("--minimum-usage", metavar="MONTHS:YEN", help="a campaign's minimum usage period and penalty")
    p.add_argument(
        "--construction", metavar="TOTAL:PER_MONTH:FIRST_MONTH", help="construction fee installments (YYYY-MM)"
    )
    p.add_argument("--applicant", choices=names(Applicant), default="INDIVIDUAL")
    p.add_argument("--channel", action="append", choices=names(Channel), help="a usable channel (repeat; default all)")
    p.add_argument("--region", choices=names(Region), default="EAST")
    p.add_argument("--removal", choices=names(RemovalTrigger), help="removal construction, and why")
    p.add_argument("--keep-number", choices=names(NumberOrigin), help="keep the phone number (its origin)")
    p.add_argument("--reversion-on", metavar="DATE", help="expected completion of the analog reversion")
    p.add_argument("--switch", action="store_true", help="a switch of operator (事業者変更) instead of a withdrawal")
    p.add_argument("--lang", choices=("en", "ja"), default="en")
    p.add_argument("--format", choices=("text", "json"), default="text")


def _plan(args: argparse.Namespace, out: _Out) -> int:
    import datetime as dt

    from hikari_rules._month import Month
    from hikari_rules._registry import to_jsonable
    from hikari_rules._text import fmt
    from hikari_rules.errors import RuleInputError
    from hikari_rules.fees import Dwelling, MinimumUsage, RemovalTrigger
    from hikari_rules.payment import PaymentMethod
    from hikari_rules.planner import Contract, Leaving, Person, plan
    from hikari_rules.preview import Installments
    from hikari_rules.withdrawal import Applicant, Channel, NumberOrigin, Region

    def day(text: str | None, option: str) -> dt.date | None:
        if text is None:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise _cases.CaseError(f"{option}: expected a date YYYY-MM-DD, got {text!r}") from None

    def ints(text: str, option: str, n: int) -> list[str]:
        parts = text.split(":")
        if len(parts) != n:
            raise _cases.CaseError(f"{option}: expected {n} parts separated by ':', got {text!r}")
        return parts

    try:
        mu = None
        if args.minimum_usage is not None:
            months, penalty = ints(args.minimum_usage, "--minimum-usage", 2)
            mu = MinimumUsage(int(months), int(penalty))
        inst = None
        if args.construction is not None:
            total, per, first = ints(args.construction, "--construction", 3)
            inst = Installments(int(total), int(per), Month.parse(first))
        start, today = day(args.start, "--start"), day(args.today, "--today")
        if start is None or today is None:  # pragma: no cover - argparse requires both
            raise _cases.CaseError("--start and --today are required")
        contract = Contract(
            start,
            PaymentMethod[args.payment_method],
            monthly_charge=args.monthly_charge,
            first_month_charge=args.first_month_charge,
            applied_on=day(args.applied_on, "--applied-on"),
            dwelling=None if args.dwelling is None else Dwelling[args.dwelling],
            minimum_usage=mu,
            construction=inst,
        )
        person = Person(
            applicant=Applicant[args.applicant],
            channels=tuple(Channel[c] for c in args.channel or ()),
            region=Region[args.region],
            removal=None if args.removal is None else RemovalTrigger[args.removal],
            keep_number=None if args.keep_number is None else NumberOrigin[args.keep_number],
            reversion_expected_on=day(args.reversion_on, "--reversion-on"),
            leaving=Leaving.OPERATOR_SWITCH if args.switch else Leaving.WITHDRAWAL,
        )
        result = plan(contract, person, today, horizon=args.horizon)
    except (_cases.CaseError, RuleInputError, ValueError, TypeError) as exc:
        print(f"hikari-rules plan: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.format == "json":
        body = to_jsonable(result)
        body["cheapest_month"] = to_jsonable(result.cheapest_month)
        body["next_fee_free_month"] = to_jsonable(result.next_fee_free_month)
        body["next_fee_free_last_day"] = to_jsonable(result.next_fee_free_last_day)
        json.dump(body, out, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    lang: Literal["en", "ja"] = "ja" if args.lang == "ja" else "en"
    ja = lang == "ja"
    sep = "、" if ja else ", "

    def f(value: object, spec: str = "") -> str:
        return "?" if value is None and spec == "yen" else fmt(value, lang, spec)

    head = (
        ("退会月", "契約月数", "申請期限", "解約金", "違約金", "工事費残債", "月額料金", "合計", "最後の請求", "")
        if ja
        else ("WITHDRAWAL", "MONTH", "APPLY BY", "FEE", "PENALTY", "BALANCE", "MONTHLY", "TOTAL", "LAST BILL", "")
    )
    rows: list[tuple[str, ...]] = [head]
    for o in result.options:
        if o.apply_by:
            parts = []
            for a in o.apply_by:
                part = f"{fmt(a.channel, lang)} {fmt(a.last_day, lang)}"
                if a.last_call is not None and a.last_call.date() != a.last_day:  # the desk closes earlier
                    part += f" ({'窓口は' if ja else 'desk until '}{fmt(a.last_call, lang)}{'まで' if ja else ''})"
                parts.append(part)
            apply = sep.join(parts)
        else:
            apply = ("事業者変更日 " if ja else "switch by ") + fmt(o.last_day, lang)
        mark = []
        if o is result.cheapest:
            mark.append("最安" if ja else "cheapest")
        if o is result.next_fee_free:
            mark.append("次の解約金なし" if ja else "next without the fee")
        month = f(o.withdrawal_month, "end")
        if o.requested_month != o.withdrawal_month:
            month += f" ({'希望' if ja else 'asked'} {f(o.requested_month, 'end')})"
        rows.append(
            (
                month,
                str(o.contract_month),
                apply,
                f(o.cancellation_fee, "yen"),
                f(o.minimum_usage_penalty, "yen"),
                f(o.construction_balance, "yen"),
                f(o.monthly_charges, "yen"),
                f(o.total, "yen"),
                f(o.last_billing_month),
                sep.join(mark),
            )
        )
    if len(rows) > 1:
        _table(rows, out)
    else:
        print("期間内に退会できる月はない" if ja else "no withdrawal month can be reached in the horizon", file=out)
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
    elif args.command == "schema":
        status = _schema(args, out)
    elif args.command == "plan":
        status = _plan(args, out)
    else:
        status = _rules(args, out)
    out.flush()
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
