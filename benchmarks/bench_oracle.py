"""The oracle's speed next to its floors, in one run (prints figures; not a test).

    .venv/bin/python benchmarks/bench_oracle.py             # both mixes, 1,000,000 cases each
    .venv/bin/python benchmarks/bench_oracle.py -n 200000   # fewer
    .venv/bin/python benchmarks/bench_oracle.py --profile   # where the time goes (cProfile)
    .venv/bin/python benchmarks/bench_oracle.py --csv 10000000   # a 10M-row CSV, end to end
    .venv/bin/python benchmarks/bench_oracle.py --failing 1000000  # peak memory, every format

Two mixes of correct cases:

- **bundled**: the 271 bundled examples (``examples/cases.jsonl``, every rule family,
  statement previews included) replicated with unique ids;
- **simple**: random cases of the simple rules (contract months, fees, billing months,
  the consolidated split, …), dates biased to month ends, each expected value the
  rule's own result.

For each it prints, side by side, cases per second of

- ``check_files`` as ``hikari-rules check`` runs it (with ``orjson`` when the ``fast``
  extra is installed), and again with the standard library's parser only;
- the **stdlib floor**: ``json.loads`` of every line and nothing else;
- the **orjson floor**: ``orjson.loads`` of every line and nothing else;
- the **bare rule evaluation**: the rule functions alone on the file's cases (arguments
  decoded beforehand, results not compared), and the **limit** the issue names: the
  orjson floor plus the bare evaluation, single-process;
- the oracle again with one worker process per CPU (``--jobs``, the command's default
  for large files); its CPU column adds the workers' CPU time;

as wall time and as CPU time of the process (less sensitive to other load on the
machine).  ``--csv`` times ``python -m hikari_rules check`` on a one-rule CSV file
with three wrong rows (their line numbers must be reported exactly) and prints its
peak RSS; ``--failing`` runs ``check`` on that many failing cases in each output
format and prints each peak RSS.
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
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

from hikari_rules.oracle import check_files, encode, parallel, read, rule_functions

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
    from hikari_rules.oracle import decode_args

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


def bundled(path: str, n: int) -> None:
    """Write ``n`` cases: the bundled examples over and over, with unique ids."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "cases.jsonl")
    with open(root, encoding="utf-8") as f:
        examples = [json.loads(line) for line in f if line.strip()]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            case = examples[i % len(examples)]
            out.write(json.dumps({**case, "id": f"{case.get('id', '')}#{i}"}, ensure_ascii=False) + "\n")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(label: str, n: int, run: Callable[[], object], *, seconds: float | None = None) -> tuple[float, float]:
    """Time ``run`` (or print ``seconds`` computed elsewhere); CPU includes worker processes."""
    t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
    if seconds is None:
        run()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0 + _children_cpu() - k0
    else:
        wall = cpu = seconds
    print(f"  {label:<44} {wall:7.2f}s wall {n / wall:>11,.0f}/s   {cpu:7.2f}s CPU {n / cpu:>11,.0f}/s")
    return wall, cpu


def _floor(path: str, loads: Callable[[bytes], object]) -> None:
    with open(path, "rb") as f:
        for line in f:
            loads(line)


def _oracle(path: str, *, fast: bool, jobs: int = 1) -> None:
    saved = read._loads
    if not fast:
        read._loads = json.loads
    try:
        report = check_files([path], jobs=jobs)
    finally:
        read._loads = saved
    if report.exit_code != 0:
        raise SystemExit(f"the generated cases do not all pass: {report.summary()}")


def _bare_evaluation(path: str, n: int) -> float:
    """Seconds the rule functions alone take on the file's cases (arguments decoded
    beforehand, results not compared): the evaluation part of the limit."""
    from hikari_rules.oracle import decode_args

    calls: dict[str, tuple[Callable[..., object], dict[str, Any]]] = {}
    order: list[str] = []
    with open(path, "rb") as f:
        for line in f:
            case = json.loads(line)
            key = json.dumps([case["rule"], case["args"]], sort_keys=True)
            if key not in calls:
                try:
                    calls[key] = (rule_functions()[case["rule"]], decode_args(case["rule"], case["args"]))
                except (TypeError, ValueError):  # a case about an argument that does not decode
                    continue
            order.append(key)
            if len(order) >= 20_000:
                break
    distinct = [calls[k] for k in order]
    t0 = time.process_time()
    for func, kwargs in distinct:
        try:  # noqa: SIM105 (a with-statement per call would be timed too)
            func(**kwargs)
        except (TypeError, ValueError):
            pass
    return (time.process_time() - t0) * n / len(distinct)


def compare(mix: str, path: str, n: int) -> None:
    print(f"\n{mix} mix: {n:,} cases ({os.path.getsize(path) / 1e6:.0f} MB)")
    try:
        import orjson
    except ImportError:
        orjson = None
    jobs = min(parallel.available_cpus(), 8)
    if orjson is not None:
        _timed("oracle (check_files, orjson)", n, lambda: _oracle(path, fast=True))
        if jobs > 1:
            _timed(f"oracle (check_files, orjson, jobs={jobs})", n, lambda: _oracle(path, fast=True, jobs=jobs))
    _timed("oracle (check_files, stdlib json)", n, lambda: _oracle(path, fast=False))
    _timed("stdlib floor (json.loads per line)", n, lambda: _floor(path, json.loads))
    if orjson is not None:
        floor, _ = _timed("orjson floor (orjson.loads per line)", n, lambda: _floor(path, orjson.loads))
        bare = _bare_evaluation(path, n)
        _timed("bare rule evaluation (decoded, no compare)", n, lambda: None, seconds=bare)
        _timed("limit: orjson floor + bare evaluation", n, lambda: None, seconds=floor + bare)
    else:
        print("  (orjson not installed: pip install 'hikari-rules[fast]' for the orjson figures)")


def _child(argv: list[str]) -> tuple[int, float, int]:
    """Run ``argv`` with stdout to /dev/null: (status, wall seconds, peak RSS in MB)."""
    t0 = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        proc = subprocess.Popen(argv, stdout=devnull, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if proc.stderr is not None:
        proc.stderr.close()
    return os.waitstatus_to_exitcode(status), wall, usage.ru_maxrss // 1024


_WRITE_CSV = """
import sys
import numpy as np, pyarrow as pa, pyarrow.csv as pcsv
from hikari_rules import batch
rows, path = int(sys.argv[1]), sys.argv[2]
wrong = [int(w) for w in sys.argv[3:]]
rng = np.random.default_rng(20260920)
start = np.datetime64("2000-01-01") + rng.integers(0, 12_000, rows).astype("timedelta64[D]")
month = start.astype("datetime64[M]") + rng.integers(0, 120, rows).astype("timedelta64[M]")
expected = batch.contract_month(start, month).astype(np.int64)
expected[wrong] += 1
table = pa.table({"service_start": start.astype(str), "month": month.astype(str), "expected": expected.astype(str)})
pcsv.write_csv(table, path, pcsv.WriteOptions(quoting_style="none"))
"""


def csv_check(rows: int, tmp: str, python: str = sys.executable) -> None:
    """A one-rule CSV of ``rows`` rows, three of them wrong, checked end to end.

    The file is written by a separate process: a child forked from a process that
    held the generated columns would count their pages in its peak RSS.
    """
    wrong = [rows // 3, rows // 2, rows - 1]
    path = os.path.join(tmp, "contract_term.contract_month.csv")
    subprocess.run([sys.executable, "-c", _WRITE_CSV, str(rows), path, *map(str, wrong)], check=True)
    size = os.path.getsize(path)
    argv = [python, "-m", "hikari_rules", "check", "--format", "json", path]
    t0 = time.perf_counter()
    with open(os.path.join(tmp, "out.json"), "w") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    with open(os.path.join(tmp, "out.json"), encoding="utf-8") as f:
        doc = json.load(f)
    lines = [int(r["location"].rsplit(":", 1)[1]) for r in doc["results"]]
    exact = lines == [i + 2 for i in wrong]
    print(f"\nCSV: contract_term.contract_month.csv, {rows:,} rows ({size / 1e6:.0f} MB), 3 wrong rows")
    print(f"  run by {python}")
    cpu = usage.ru_utime + usage.ru_stime
    print(
        f"  python -m hikari_rules check: {wall:.2f}s wall, {cpu:.2f}s CPU (all threads, start-up included), "
        f"peak RSS {usage.ru_maxrss // 1024} MB, "
        f"exit {os.waitstatus_to_exitcode(status)}, {doc['passed']:,} passed, {doc['failed']} failed, "
        f"lines {lines} {'exact' if exact else 'WRONG (expected ' + str([i + 2 for i in wrong]) + ')'}"
    )


def failing(n: int, tmp: str) -> None:
    """Peak RSS of ``check`` on ``n`` failing cases, in every output format."""
    path = os.path.join(tmp, "failing.jsonl")
    case = {"rule": "contract_term.contract_month", "args": {"service_start": "2026-09-20", "month": "2029-09"}}
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({**case, "id": f"f{i}", "expected": 36}) + "\n")
    print(f"\n{n:,} failing cases ({os.path.getsize(path) / 1e6:.0f} MB)")
    for fmt in ("text", "json", "junit"):
        status, wall, peak = _child([sys.executable, "-m", "hikari_rules", "check", "--format", fmt, path])
        print(f"  --format {fmt:<6} exit {status}, {wall:6.1f}s, peak RSS {peak} MB")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-n", type=int, default=1_000_000, help="cases per mix (default 1,000,000)")
    p.add_argument("--mix", choices=("bundled", "simple", "both", "none"), default="both")
    p.add_argument("--profile", action="store_true", help="print the top of a cProfile of check (bundled mix)")
    p.add_argument("--csv", type=int, metavar="ROWS", help="also time a CSV check of ROWS rows")
    p.add_argument("--failing", type=int, metavar="N", help="also measure peak RSS on N failing cases")
    p.add_argument(
        "--python",
        action="append",
        metavar="PATH",
        help="interpreter(s) to run the CSV check with (repeat; default this one): e.g. a venv with "
        "only `pip install 'hikari-rules[batch,fast]'`, as a user installs it (no pandas, no numba)",
    )
    a = p.parse_args(argv)
    print(f"hikari_rules oracle benchmark, Python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        if a.mix in ("bundled", "both"):
            path = os.path.join(tmp, "bundled.jsonl")
            bundled(path, a.n)
            compare("bundled", path, a.n)
            if a.profile:
                profiler = cProfile.Profile()
                profiler.runcall(check_files, [path])
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
                print(out.getvalue())
        if a.mix in ("simple", "both"):
            path = os.path.join(tmp, "simple.jsonl")
            generate(path, a.n)
            compare("simple", path, a.n)
        if a.csv:
            for python in a.python or [sys.executable]:
                csv_check(a.csv, tmp, python)
        if a.failing:
            failing(a.failing, tmp)
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
