"""Benchmark of hikari_rules.batch on 10,000,000 rows (prints figures; not a test).

    .venv/bin/python benchmarks/bench_batch.py [rows]

For ``cancellation_fee`` and ``charged_month_count`` it prints rows/s next to
(a) the memory floor: summing the input columns once (``np.add.reduce`` over each), and
(b) the straightforward NumPy a user would write with ``datetime64[M]`` casts,
plus the peak extra memory of each call (tracemalloc: NumPy reports its allocations
to it), in bytes and in "columns" of 8 bytes a row, and the 10M-row CSV check through
:func:`hikari_rules.oracle.check_files` (the columnar path of ``hikari-rules check``).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np

from hikari_rules import batch

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def columns(n: int) -> tuple[Any, Any]:
    rng = np.random.default_rng(2026)
    lo, hi = np.datetime64("1990-01-01", "D").astype(np.int64), np.datetime64("2090-01-01", "D").astype(np.int64)
    start = rng.integers(lo, hi, n)
    later = start + rng.integers(0, 4000, n)
    return start.astype("datetime64[D]"), later.astype("datetime64[D]")


def best_of(func: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - t0)
    return best


def peak_extra(func: Callable[[], object]) -> int:
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    func()
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return peak


def naive_fee(s: Any, w: Any) -> Any:
    n = (w.astype("datetime64[M]") - s.astype("datetime64[M]")).astype(np.int64) + 1
    if (n < 1).any():
        raise ValueError("withdrawal before start")
    return np.where((n > 36) & ((n - 1) % 36 < 2), 0, 20_000)


def naive_count(p: Any, c: Any) -> Any:
    if (c < p).any():
        raise ValueError("cancellation before purchase")
    pm = p.astype("datetime64[M]")
    cm = c.astype("datetime64[M]")
    on_first = (c == cm.astype("datetime64[D]")) & (c != p)
    return (cm - pm).astype(np.int64) + 1 - on_first


def report(name: str, n: int, funcs: dict[str, Callable[[], object]]) -> None:
    print(f"\n{name} ({n:,} rows)")
    print(f"  {'':44s} {'time':>9s} {'M rows/s':>10s} {'peak extra':>12s} {'columns':>8s}")
    for label, func in funcs.items():
        t = best_of(func)
        mem = peak_extra(func)
        print(f"  {label:44s} {t * 1e3:8.1f}ms {n / t / 1e6:10.1f} {mem / 1e6:10.1f}MB {mem / (8 * n):8.2f}")


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
    print(f"hikari_rules.batch benchmark, numpy {np.__version__}, {os.cpu_count()} CPUs")
    s, w = columns(ROWS)
    sv, wv = s.view(np.int64), w.view(np.int64)

    def floor() -> object:
        return np.add.reduce(sv) + np.add.reduce(wv)

    assert np.array_equal(batch.cancellation_fee(s, w), naive_fee(s, w))
    assert np.array_equal(batch.charged_month_count(s, w), naive_count(s, w))
    report(
        "cancellation_fee",
        ROWS,
        {
            "(a) memory floor: sum both input columns": floor,
            "(b) straightforward NumPy, datetime64[M]": lambda: naive_fee(s, w),
            "hikari_rules.batch.cancellation_fee": lambda: batch.cancellation_fee(s, w),
        },
    )
    report(
        "charged_month_count",
        ROWS,
        {
            "(a) memory floor: sum both input columns": floor,
            "(b) straightforward NumPy, datetime64[M]": lambda: naive_count(s, w),
            "hikari_rules.batch.charged_month_count": lambda: batch.charged_month_count(s, w),
        },
    )
    print("\n  'columns' = peak extra bytes / (8 bytes x rows); the int64 result itself is 1.00.")
    csv_check(ROWS)


if __name__ == "__main__":
    main()
