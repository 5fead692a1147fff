"""hikari_rules.batch on Dask and Spark, side by side (prints figures; not a test).

    .venv/bin/python benchmarks/bench_distributed.py [rows] [--repeat N] [--no-dask] [--no-spark]

Both run ``cancellation_fee`` and ``charged_month_count`` on the same rows (default
10,000,000) with two worker processes on this machine, and print best-of-N rows/s
next to each engine's own floor, the same job with the rules replaced by passing the
columns through:

- Dask: ``LocalCluster(n_workers=2)``, the partitions persisted on the workers first
  (so the figure is the computation, not shipping the data from the client), then
  ``map_partitions`` with a per-call ``token`` (without a fresh token Dask returns a
  cached result and the figure is meaningless);
- Spark: a ``local[2]`` session, the rows cached in Spark first, then ``mapInArrow``
  and an aggregate that forces every row through Python.

Needs the test extras (dask, distributed, pyspark) and Java 17+ for Spark.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pyarrow as pa

THROUGH = dt.date(2100, 12, 31)


def table(n: int) -> pa.Table:
    rng = np.random.default_rng(2026)
    lo, hi = np.datetime64("1990-01-01", "D").astype(np.int64), np.datetime64("2090-01-01", "D").astype(np.int64)
    start = rng.integers(lo, hi, n)
    later = start + rng.integers(0, 4000, n)
    return pa.table(
        {
            "service_start": pa.array(start.astype("datetime64[D]"), type=pa.date32()),
            "withdrawal_month": pa.array(later.astype("datetime64[D]"), type=pa.date32()),
        }
    )


def best_of(func: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - t0)
    return best


def line(label: str, n: int, t: float, floor: float | None = None) -> None:
    extra = f"{t / floor:6.2f}x the floor" if floor else ""
    print(f"  {label:52s} {t:7.2f}s {n / t / 1e6:8.1f} M rows/s  {extra}")


# -- Dask ------------------------------------------------------------------------------------------


def _dask_rules(df: Any) -> Any:
    import pandas as pd

    from hikari_rules import batch

    t = pa.Table.from_pandas(df, preserve_index=False)
    fee = batch.cancellation_fee(t["service_start"], t["withdrawal_month"])
    months = batch.charged_month_count(t["service_start"], t["withdrawal_month"])
    return pd.DataFrame({"fee": fee.to_numpy(), "months": months.to_numpy()}, index=df.index)


def _dask_pass(df: Any) -> Any:
    import pandas as pd

    t = pa.Table.from_pandas(df, preserve_index=False)
    days = t["service_start"].combine_chunks().view(pa.int32()).to_numpy().astype(np.int64)
    return pd.DataFrame({"fee": days, "months": days}, index=df.index)


def run_dask(tbl: pa.Table, repeat: int) -> None:
    import dask
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, LocalCluster, wait

    n = tbl.num_rows
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40) as c,
        Client(c) as client,
    ):
        ddf = dd.from_pandas(tbl.to_pandas(types_mapper=pd.ArrowDtype), npartitions=16).persist()
        wait(ddf)
        meta = pd.DataFrame({"fee": pd.Series(dtype="int64"), "months": pd.Series(dtype="int64")})

        def run(func: Callable[[Any], Any]) -> Callable[[], object]:
            def go() -> object:
                out = ddf.map_partitions(func, meta=meta, token=uuid.uuid4().hex)  # a fresh token: no cached result
                return dask.compute(out["fee"].sum(), out["months"].sum())

            return go

        go = run(_dask_rules)
        go()
        floor = best_of(run(_dask_pass), repeat)
        t = best_of(go, repeat)
        print(f"\nDask LocalCluster, 2 worker processes, 16 partitions persisted ({n:,} rows, best of {repeat})")
        line("floor: the same job passing a column through", n, floor)
        line("cancellation_fee + charged_month_count", n, t, floor)
        assert client.scheduler_info()["workers"]


# -- Spark -----------------------------------------------------------------------------------------


def _spark_rules() -> Any:
    def with_rules(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        from hikari_rules import batch

        for rb in batches:
            fee = batch.cancellation_fee(rb.column("service_start"), rb.column("withdrawal_month"))
            months = batch.charged_month_count(rb.column("service_start"), rb.column("withdrawal_month"))
            yield pa.RecordBatch.from_arrays([fee, months], names=["fee", "months"])

    return with_rules


def _spark_pass() -> Any:
    def passed(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for rb in batches:
            days = rb.column("service_start").view(pa.int32()).cast(pa.int64())
            yield pa.RecordBatch.from_arrays([days, days], names=["fee", "months"])

    return passed


def run_spark(tbl: pa.Table, repeat: int) -> None:
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("hikari_rules bench")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "2g")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "100000")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        n = tbl.num_rows
        df = session.createDataFrame(tbl).repartition(4).cache()
        df.count()

        def run(func: Any) -> Callable[[], object]:
            def go() -> object:
                out = df.mapInArrow(func, "fee long, months long")
                return out.agg(F.sum("fee"), F.sum("months")).collect()

            return go

        run(_spark_rules())()
        floor = best_of(run(_spark_pass()), repeat)
        t = best_of(run(_spark_rules()), repeat)
        print(f"\nSpark {session.version} local[2], mapInArrow, 4 cached partitions ({n:,} rows, best of {repeat})")
        line("floor: the same job passing a column through", n, floor)
        line("cancellation_fee + charged_month_count", n, t, floor)
    finally:
        session.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--no-spark", action="store_true")
    args = parser.parse_args()
    tbl = table(args.rows)
    print(f"hikari_rules.batch on two worker processes, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    if not args.no_dask:
        run_dask(tbl, args.repeat)
    if not args.no_spark:
        run_spark(tbl, args.repeat)


if __name__ == "__main__":
    main()
