"""Time ``hikari-rules check`` on a generated file of 1,000,000 cases (one core).

    .venv/bin/python benchmarks/bench_oracle.py            # 1,000,000 cases
    .venv/bin/python benchmarks/bench_oracle.py -n 200000  # fewer
    .venv/bin/python benchmarks/bench_oracle.py --profile  # where the time goes (cProfile)

The cases are random but correct (each expected value is the rule's own result,
computed once per distinct input while generating), spread over rules of several
families, with dates biased to month ends; the file is written to a temporary
directory and removed afterwards.  It prints cases per second of ``check``: reading,
parsing, decoding, calling the rule and comparing, end to end, as the CLI does it.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

from hikari_rules.cases import check_files, encode, rule_functions

Gen = Callable[[random.Random], dict[str, Any]]


def _date(r: random.Random, lo: int = 2000, hi: int = 2040) -> str:
    y = r.randint(lo, hi)
    m = r.randint(1, 12)
    d = r.choice((1, 2, 15, 28, 28, 28, r.randint(1, 28)))
    return dt.date(y, m, d).isoformat()


def _month(r: random.Random, lo: int = 2000, hi: int = 2040) -> str:
    return f"{r.randint(lo, hi):04d}-{r.randint(1, 12):02d}"


def _after(r: random.Random, start: str, months: int = 120) -> str:
    d = dt.date.fromisoformat(start)
    i = d.year * 12 + d.month - 1 + r.randint(0, months)
    return f"{i // 12:04d}-{i % 12 + 1:02d}"


def _generators() -> dict[str, Gen]:
    """Argument generators for the rules present, by case rule name."""

    def term(r: random.Random) -> dict[str, Any]:
        s = _date(r)
        return {"service_start": s, "month": _after(r, s)}

    gens: dict[str, Gen] = {
        "contract_term.contract_month": term,
        "contract_term.is_renewal_month": term,
        "contract_term.renewal_window": lambda r: {"service_start": _date(r), "cycle": r.randint(1, 5)},
        "contract_term.next_renewal_window": lambda r: (
            lambda s: {"service_start": s, "on_or_after": _after(r, s, 200)}
        )(_date(r)),
        "fees.cancellation_fee": lambda r: (lambda s: {"service_start": s, "withdrawal_month": _after(r, s)})(_date(r)),
        "fees.tax_included": lambda r: {"amount_excluding_tax": r.randint(0, 500_000)},
        "billing.billing_month": lambda r: {"usage_month": _month(r)},
        "billing.charged_month_count": lambda r: (
            lambda s: {"purchased_on": s, "cancelled_on": dt.date.fromisoformat(_after(r, s, 30) + "-28").isoformat()}
        )(_date(r)),
        "billing.split_consolidated": lambda r: {"amount": r.choice((r.randint(0, 300_000), 100_000, 100_001))},
        "payment.invoice_kind": lambda r: {"amount": r.choice((r.randint(0, 600_000), 300_000, 299_999))},
        "withdrawal.completion_month": lambda r: {"withdrawal_month": _month(r)},
    }
    known = rule_functions()
    return {k: v for k, v in gens.items() if k in known}


def generate(path: str, n: int, seed: int = 20260920) -> dict[str, int]:
    """Write ``n`` correct cases to ``path``; returns how many per rule."""
    r = random.Random(seed)
    gens = _generators()
    names = sorted(gens)
    funcs = rule_functions()
    from hikari_rules.cases import decode_args

    memo: dict[str, str] = {}
    counts = dict.fromkeys(names, 0)
    with open(path, "w", encoding="utf-8") as f:
        i = 0
        while i < n:
            rule = names[i % len(names)]
            args = gens[rule](r)
            key = rule + json.dumps(args, sort_keys=True)
            line = memo.get(key)
            if line is None:
                try:
                    expected: Any = encode(funcs[rule](**decode_args(rule, args)))
                except (TypeError, ValueError) as exc:
                    expected = {"raises": type(exc).__name__}
                line = json.dumps({"id": f"c{i}", "rule": rule, "args": args, "expected": expected})
                if len(memo) < 200_000:
                    memo[key] = line
            else:
                line = line.replace('"id": "c', '"id": "d', 1)
            f.write(line + "\n")
            counts[rule] += 1
            i += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-n", type=int, default=1_000_000, help="number of cases (default 1,000,000)")
    p.add_argument("--profile", action="store_true", help="print the top of a cProfile of check")
    p.add_argument("--keep", metavar="FILE", help="write the cases to FILE and keep it")
    a = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = a.keep or os.path.join(tmp, "cases.jsonl")
        t0 = time.perf_counter()
        counts = generate(path, a.n)
        size = os.path.getsize(path)
        print(
            f"generated {a.n:,} cases over {len(counts)} rules ({size / 1e6:.0f} MB) in {time.perf_counter() - t0:.1f}s"
        )
        profiler = cProfile.Profile() if a.profile else None
        t0 = time.perf_counter()
        c0 = time.process_time()
        if profiler is not None:
            profiler.enable()
        report = check_files([path])
        if profiler is not None:
            profiler.disable()
        elapsed = time.perf_counter() - t0
        cpu = time.process_time() - c0
        print(report.summary())
        rate = a.n / elapsed
        print(f"check: {a.n:,} cases in {elapsed:.2f}s = {rate:,.0f} cases/s (one core, {sys.version.split()[0]})")
        print(f"       CPU time {cpu:.2f}s = {a.n / cpu:,.0f} cases/s of CPU (less sensitive to other load)")
        if profiler is not None:
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
            print(out.getvalue())
        return report.exit_code


if __name__ == "__main__":
    sys.exit(main())
