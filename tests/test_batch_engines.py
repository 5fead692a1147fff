"""hikari_rules.batch on data engines: Polars, DuckDB (via Arrow) and Dask on a distributed cluster."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

from hikari_rules import batch

D = dt.date
N = 20_000


def _frame() -> pa.Table:
    rng = np.random.default_rng(11)
    start = rng.integers(np.datetime64("2015-01-01", "D").astype(int), np.datetime64("2030-01-01", "D").astype(int), N)
    withdrawal = start + rng.integers(0, 4000, N)
    cancelled = withdrawal.astype("datetime64[D]").astype(object)
    return pa.table(
        {
            "service_start": pa.array(start.astype("datetime64[D]"), type=pa.date32()),
            "withdrawal_month": pa.array(withdrawal.astype("datetime64[D]"), type=pa.date32()),
            "cancelled_on": pa.array([None if i % 7 == 0 else v for i, v in enumerate(cancelled)], type=pa.date32()),
        }
    )


TABLE = _frame()
FEES = batch.cancellation_fee(TABLE["service_start"], TABLE["withdrawal_month"]).to_numpy()
COUNTS = batch.charged_month_count(
    TABLE["service_start"], TABLE["cancelled_on"], through=dt.date(2040, 12, 31)
).to_numpy()


def test_the_single_process_results_are_the_scalar_ones_on_a_sample() -> None:
    from hikari_rules import billing, fees

    rows = TABLE.slice(0, 200).to_pylist()
    assert [fees.cancellation_fee(r["service_start"], r["withdrawal_month"]) for r in rows] == FEES[:200].tolist()
    assert [
        billing.charged_month_count(r["service_start"], r["cancelled_on"], through=D(2040, 12, 31)) for r in rows
    ] == COUNTS[:200].tolist()


def test_polars_dataframe() -> None:
    import polars as pl

    df = pl.from_arrow(TABLE)
    assert isinstance(df, pl.DataFrame)
    fee = batch.cancellation_fee(df["service_start"].to_arrow(), df["withdrawal_month"].to_arrow())
    out = df.with_columns(pl.Series("fee", fee))
    assert out["fee"].dtype == pl.Int64
    assert np.array_equal(out["fee"].to_numpy(), FEES)
    # The same inside a lazy query, via map_batches on a struct of the two columns.
    lazy = df.lazy().with_columns(
        pl.struct("service_start", "withdrawal_month")
        .map_batches(
            lambda s: pl.Series(
                batch.cancellation_fee(
                    s.struct.field("service_start").to_arrow(), s.struct.field("withdrawal_month").to_arrow()
                )
            ),
            return_dtype=pl.Int64,
        )
        .alias("fee")
    )
    assert np.array_equal(lazy.collect()["fee"].to_numpy(), FEES)


def test_duckdb_relation_via_arrow() -> None:
    import duckdb

    con = duckdb.connect()
    con.register("subscribers", TABLE)
    rel = con.sql("SELECT service_start, withdrawal_month FROM subscribers")
    arrow = rel.to_arrow_table()
    fee = batch.cancellation_fee(arrow["service_start"], arrow["withdrawal_month"])
    fees_table = pa.table({"fee": fee})
    con.register("fee_table", fees_table)
    total, n = con.execute("SELECT sum(fee), count(*) FROM fee_table").fetchone()  # type: ignore[misc]
    assert (total, n) == (int(FEES.sum()), N)
    con.close()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    )
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def _fees_partition(df: Any) -> Any:
    import pandas as pd

    table = pa.Table.from_pandas(df, preserve_index=False)
    fee = batch.cancellation_fee(table["service_start"], table["withdrawal_month"])
    count = batch.charged_month_count(table["service_start"], table["cancelled_on"], through=D(2040, 12, 31))
    return pd.DataFrame({"fee": fee.to_numpy(), "count": count.to_numpy()}, index=df.index)


def test_dask_dataframe_on_a_local_cluster_equals_the_single_process_run(client: Any) -> None:
    import dask.dataframe as dd
    import pandas as pd

    pdf = TABLE.to_pandas(types_mapper=pd.ArrowDtype)
    ddf = dd.from_pandas(pdf, npartitions=8)
    meta = pd.DataFrame({"fee": pd.Series(dtype="int64"), "count": pd.Series(dtype="int64")})
    result = ddf.map_partitions(_fees_partition, meta=meta).compute()
    workers = client.scheduler_info()["workers"]
    assert len(workers) == 2
    assert np.array_equal(result["fee"].to_numpy(), FEES)
    assert np.array_equal(result["count"].to_numpy(), COUNTS)
