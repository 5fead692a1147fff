"""Benchmark of hikari_rules.batch against its floor and the engines a billing team would use
(prints figures; not a test).

    .venv/bin/python benchmarks/bench_batch.py [rows] [--repeat N] [--no-csv]

For ``cancellation_fee`` and ``charged_month_count`` on ``rows`` rows (default
10,000,000; dates 1990..2090, withdrawals up to 4,000 days later) it prints, in one
run, best-of-N wall time and rows/s of the following, timed in turn (one call of
each per round in a shuffled order, so that on a loaded machine every row meets the
same moments):

- the floor: reading the two input columns and writing one result column
  (``np.add`` of the two int64 day columns into a new array; nothing can be faster);
- plain NumPy table lookup: the month of each day gathered from a day → month table,
  then the rule's arithmetic, as an experienced NumPy user writes it;
- Polars ``year * 12 + month`` (the usual expression) and Polars gathering from a
  day → month table (an expert's expression), on ``Date`` columns;
- DuckDB SQL over an Arrow table (``date_diff('month', …)``);
- ``hikari_rules.batch`` for every column form (``datetime64[D]``, Arrow ``date32``,
  ``datetime64[M]``, :class:`~hikari_rules.batch.MonthIndices`), on the compiled
  kernel (numba, the ``[fast-batch]`` extra) and on the NumPy fallback.

Every competitor's result is checked equal to ``hikari_rules.batch``'s before it is
timed.  Polars and DuckDB use all the machine's cores; the floor and
``hikari_rules.batch`` use one.  Then the fixed cost of a call on 10 rows per column
form, the peak extra memory of each batch call (tracemalloc), and the 10M-row CSV
check through the oracle's columnar path.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sys
import tempfile
import time
import timeit
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any
from unittest import mock

import numpy as np

from hikari_rules import batch

_DAY_LO = int(np.datetime64("1900-01-01", "D").astype(np.int64))
_DAYS = np.arange(_DAY_LO, int(np.datetime64("2200-01-01", "D").astype(np.int64)))
_MONTH_OF_DAY = (_DAYS.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64) + 1970 * 12).astype(np.int32)
_FIRST_OF_MONTH = _DAYS.astype("datetime64[D]") == _DAYS.astype("datetime64[D]").astype("datetime64[M]")


def columns(n: int) -> tuple[Any, Any]:
    rng = np.random.default_rng(2026)
    lo, hi = np.datetime64("1990-01-01", "D").astype(np.int64), np.datetime64("2090-01-01", "D").astype(np.int64)
    start = rng.integers(lo, hi, n)
    later = start + rng.integers(0, 4000, n)
    return start.astype("datetime64[D]"), later.astype("datetime64[D]")


def peak_extra(func: Callable[[], object]) -> int:
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    func()
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return peak


@contextlib.contextmanager
def numpy_kernel() -> Iterator[None]:
    """The NumPy fallback, as without numba (a no-op on a version without compiled kernels)."""
    if hasattr(batch, "_compiled"):
        with mock.patch.object(batch, "_compiled", return_value=None):
            yield
    else:
        yield


def compiled_available() -> bool:
    return hasattr(batch, "_compiled") and batch._compiled() is not None


# -- competitors --------------------------------------------------------------------------------


_FEE_BY_DIFF = np.where((np.arange(1, 3601) > 36) & (np.arange(3600) % 36 < 2), 0, 20_000)


def numpy_lookup_fee(s: Any, w: Any) -> Any:
    """Plain NumPy with a day → month table and a fee-by-month-difference table: what an
    experienced NumPy user writes."""
    diff = _MONTH_OF_DAY[w.view(np.int64) - _DAY_LO] - _MONTH_OF_DAY[s.view(np.int64) - _DAY_LO]
    if (diff < 0).any():
        raise ValueError("withdrawal before start")
    return _FEE_BY_DIFF[diff]


def numpy_lookup_count(p: Any, c: Any) -> Any:
    pv, cv = p.view(np.int64), c.view(np.int64)
    if (cv < pv).any():
        raise ValueError("cancellation before purchase")
    n = _MONTH_OF_DAY[cv - _DAY_LO].astype(np.int64) - _MONTH_OF_DAY[pv - _DAY_LO] + 1
    return n - (_FIRST_OF_MONTH[cv - _DAY_LO] & (cv != pv))


def polars_exprs(pl: Any) -> dict[str, tuple[Any, Any]]:
    """(fee, count) expressions over Date columns s, w."""
    s, w = pl.col("s"), pl.col("w")
    n = (w.dt.year().cast(pl.Int32) * 12 + w.dt.month()) - (s.dt.year().cast(pl.Int32) * 12 + s.dt.month()) + 1
    fee = pl.when((n > 36) & ((n - 1) % 36 < 2)).then(0).otherwise(20_000).cast(pl.Int64)
    first = (w.dt.day() == 1) & (w != s)
    count = (n - first.cast(pl.Int32)).cast(pl.Int64)
    months = pl.lit(pl.Series(_MONTH_OF_DAY))
    firsts = pl.lit(pl.Series(_FIRST_OF_MONTH.astype(np.int32)))
    fee_by_diff = pl.lit(pl.Series(_FEE_BY_DIFF))
    si, wi = s.to_physical() - _DAY_LO, w.to_physical() - _DAY_LO
    diff = months.gather(wi) - months.gather(si)
    gather_fee = fee_by_diff.gather(diff)
    gather_count = (diff + 1 - firsts.gather(wi) * (w != s).cast(pl.Int32)).cast(pl.Int64)
    return {"year*12+month": (fee, count), "gather from a day -> month table": (gather_fee, gather_count)}


DUCKDB_FEE = """
SELECT CASE WHEN n > 36 AND (n - 1) % 36 < 2 THEN 0 ELSE 20000 END::BIGINT AS fee
FROM (SELECT date_diff('month', s, w) + 1 AS n FROM t)
"""
DUCKDB_COUNT = """
SELECT (date_diff('month', s, w) + 1 - CASE WHEN day(w) = 1 AND w <> s THEN 1 ELSE 0 END)::BIGINT AS n FROM t
"""


def engines(s: Any, w: Any) -> tuple[dict[str, Callable[[], Any]], dict[str, Callable[[], Any]], str]:
    """Competitors (fee, count) as callables returning a NumPy-comparable column."""
    fee: dict[str, Callable[[], Any]] = {"plain NumPy, day -> month table lookup": lambda: numpy_lookup_fee(s, w)}
    count: dict[str, Callable[[], Any]] = {"plain NumPy, day -> month table lookup": lambda: numpy_lookup_count(s, w)}
    notes = []
    try:
        import polars as pl

        df = pl.DataFrame({"s": s, "w": w})
        for label, (fee_expr, count_expr) in polars_exprs(pl).items():
            fee[f"Polars {label}"] = lambda e=fee_expr: df.select(e.alias("x")).to_series()
            count[f"Polars {label}"] = lambda e=count_expr: df.select(e.alias("x")).to_series()
        notes.append(f"polars {pl.__version__} ({pl.thread_pool_size()} threads)")
    except ImportError:
        notes.append("polars not installed")
    try:
        import duckdb
        import pyarrow as pa

        con = duckdb.connect()
        con.register("t", pa.table({"s": pa.array(s), "w": pa.array(w)}))
        fee["DuckDB SQL over Arrow"] = lambda: con.sql(DUCKDB_FEE).to_arrow_table().column(0)
        count["DuckDB SQL over Arrow"] = lambda: con.sql(DUCKDB_COUNT).to_arrow_table().column(0)
        threads = con.execute("SELECT current_setting('threads')").fetchall()[0]
        notes.append(f"duckdb {duckdb.__version__} ({threads[0] if threads else '?'} threads)")
    except ImportError:
        notes.append("duckdb not installed")
    return fee, count, ", ".join(notes)


# -- ours, per column form ------------------------------------------------------------------------


def forms(s: Any, w: Any) -> dict[str, tuple[Any, Any]]:
    import pyarrow as pa

    out = {"datetime64[D]": (s, w), "Arrow date32": (pa.array(s), pa.array(w))}
    wm = w.astype("datetime64[M]")
    out["datetime64[M] month"] = (s, wm)
    if hasattr(batch, "MonthIndices"):
        out["MonthIndices (int64)"] = (s, batch.MonthIndices(wm.view(np.int64) + 1970 * 12))
    return out


def head(x: Any, k: int) -> Any:
    if hasattr(batch, "MonthIndices") and isinstance(x, batch.MonthIndices):
        return batch.MonthIndices(x.column[:k])
    return x[:k]


def as_numpy(x: Any) -> Any:
    if hasattr(x, "to_numpy"):
        return np.asarray(x.to_numpy())
    return np.asarray(x)


def interleaved_best(funcs: list[Callable[[], object]], repeat: int) -> tuple[list[float], list[float]]:
    """Best-of-``repeat`` wall time and process CPU time of each function, timed round-robin
    (one call of each per round, in a shuffled order, with a pause after each call) so
    that every row meets the same moments of a machine's load, and none always follows
    the same neighbour (an engine that frees its memory in background threads slows
    whatever runs next)."""
    wall = [float("inf")] * len(funcs)
    cpu = [float("inf")] * len(funcs)
    order = list(range(len(funcs)))
    rng = random.Random(2026)
    for _ in range(repeat):
        rng.shuffle(order)
        for i in order:
            c0 = time.process_time()
            t0 = time.perf_counter()
            funcs[i]()
            wall[i] = min(wall[i], time.perf_counter() - t0)
            cpu[i] = min(cpu[i], time.process_time() - c0)
            time.sleep(0.02)
    return wall, cpu


def report(title: str, n: int, rows: list[tuple[str, Callable[[], Any]]], ours_label: str, repeat: int) -> None:
    """Time every row (interleaved), then print them against the floor (the first row) and ours."""
    times, cpus = interleaved_best([func for _, func in rows], repeat)
    floor, floor_cpu = times[0], cpus[0]
    ours = times[[label for label, _ in rows].index(ours_label)]
    print(f"\n{title} ({n:,} rows; best of {repeat}, rows timed in turn in shuffled order)")
    print(f"  {'':58s} {'time':>9s} {'M rows/s':>9s} {'x floor':>8s} {'ours is':>9s} {'CPU':>9s} {'x floor':>8s}")
    for (label, _), t, c in zip(rows, times, cpus, strict=True):
        print(
            f"  {label:58s} {t * 1e3:7.1f}ms {n / t / 1e6:9.0f} {t / floor:8.2f} {t / ours:8.2f}x"
            f" {c * 1e3:7.1f}ms {c / floor_cpu:8.2f}"
        )


def run_rule(name: str, n: int, s: Any, w: Any, competitors: dict[str, Callable[[], Any]], repeat: int) -> None:
    rule = getattr(batch, name)
    want = rule(s, w)
    sv, wv = s.view(np.int64), w.view(np.int64)
    timed: list[tuple[str, Callable[[], Any]]] = [
        ("floor: read 2 int64 columns, write 1 (np.add, 1 thread)", lambda: np.add(sv, wv))
    ]
    for label, func in competitors.items():
        got = as_numpy(func())
        if not np.array_equal(got, want):
            raise SystemExit(f"{name}: {label} differs from hikari_rules.batch on {np.count_nonzero(got != want)} rows")
        timed.append((label, func))
    kernels = (["compiled"] if compiled_available() else []) + ["NumPy fallback"]
    ours: dict[str, Callable[[], Any]] = {}
    for kernel in kernels:
        for form, (a, b) in forms(s, w).items():
            if name == "charged_month_count" and "month" in form.lower():
                continue  # cancelled_on is a date
            label = f"hikari_rules.batch, {kernel}, {form}"

            def call(a: Any = a, b: Any = b, kernel: str = kernel) -> Any:
                if kernel == "compiled":
                    return rule(a, b)
                with numpy_kernel():
                    return rule(a, b)

            if not np.array_equal(as_numpy(call()), want):
                raise SystemExit(f"{label} differs")
            ours[label] = call
    main_label = next(iter(ours))
    report(f"{name}: ours = {main_label}", n, [*timed, *ours.items()], main_label, repeat)


def per_call_us(func: Callable[[], object]) -> float:
    """Best CPU time per call in µs (process time: waiting for a core on a loaded machine is not counted)."""
    return min(timeit.repeat(func, number=20_000, repeat=7, timer=time.process_time)) / 20_000 * 1e6


def fixed_cost(s: Any, w: Any) -> None:
    print("\nfixed cost per call, 10 rows (best of 7 x 20,000 calls, process CPU time)")
    a10, b10 = s[:10].view(np.int64), w[:10].view(np.int64)
    print(f"  {'for scale: np.add of two 10-row int64 columns':47s} {per_call_us(lambda: np.add(a10, b10)):6.2f} µs")
    small = {form: (head(a, 10), head(b, 10)) for form, (a, b) in forms(s, w).items()}
    for name in ("cancellation_fee", "charged_month_count", "contract_month"):
        rule = getattr(batch, name)
        for form, (a, b) in small.items():
            if name == "charged_month_count" and "month" in form.lower():
                continue
            rule(a, b)
            print(f"  {name:22s} {form:24s} {per_call_us(lambda rule=rule, a=a, b=b: rule(a, b)):6.2f} µs")


def memory(s: Any, w: Any, n: int) -> None:
    print("\npeak extra memory of a call ('columns' = bytes / (8 x rows); the int64 result is 1.00)")
    for name in ("cancellation_fee", "charged_month_count"):
        rule = getattr(batch, name)
        mem = peak_extra(lambda rule=rule: rule(s, w))
        print(f"  {name:22s} {mem / 1e6:8.1f} MB {mem / (8 * n):6.2f} columns")


def csv_check(n: int) -> None:
    import pyarrow as pa
    import pyarrow.csv as pcsv

    s, w = columns(n)
    fee = batch.cancellation_fee(s, w)
    table = pa.table(
        {
            "service_start": pa.array(s.astype(str)),
            "withdrawal_month": pa.array(w.astype("datetime64[M]").astype(str)),
            "expected": pa.array(fee.astype(str)),
        }
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "fees.cancellation_fee.csv")
        pcsv.write_csv(table, path, pcsv.WriteOptions(quoting_style="none"))
        size = os.path.getsize(path)
        from hikari_rules.oracle import check_files

        t0 = time.perf_counter()
        report = check_files([path])
        t2 = time.perf_counter()
    if report.exit_code != 0 or report.passed != n:
        raise SystemExit(f"CSV check: expected {n} passes, got {report.summary()}")
    print(f"\nCSV check of fees.cancellation_fee ({n:,} rows, {size / 1e6:.0f} MB)")
    rate = n / (t2 - t0) / 1e6
    print(f"  check_files (read, decode, rule, compare) {t2 - t0:6.2f}s  ({rate:.1f} M rows/s), 0 mismatches")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-csv", action="store_true")
    args = parser.parse_args()
    n = args.rows
    s, w = columns(n)
    fee, count, notes = engines(s, w)
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    print(f"hikari_rules.batch benchmark: numpy {np.__version__}, {notes}, {os.cpu_count()} CPUs")
    print(f"python {sys.version.split()[0]}, compiled kernels: {compiled_available()}, load average {load[0]:.2f}")
    print("the floor, plain NumPy and hikari_rules.batch run on 1 thread; Polars and DuckDB on the threads above")
    run_rule("cancellation_fee", n, s, w, fee, args.repeat)
    run_rule("charged_month_count", n, s, w, count, args.repeat)
    print("\n  'x floor' = time / the floor's time; 'ours is' = the row's time / ours (above 1: ours is faster).")
    print("  CPU = process CPU time (all threads; waiting for a core on a loaded machine is not counted),")
    print("  and its 'x floor' = CPU / the floor's CPU: comparable between the single-threaded rows;")
    print("  for Polars and DuckDB it is the work of both threads.")
    fixed_cost(s, w)
    memory(s, w, n)
    if not args.no_csv:
        csv_check(n)
    if hasattr(os, "getloadavg"):
        print(f"\nload average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
