"""hikari_rules.batch on Spark: ``mapInArrow`` in a ``local[2]`` session, checked against the scalar rules.

Marked ``spark`` (deselect with ``-m "not spark"``).  It needs pyspark (the ``[spark]``
extra, which the test extras install) and Java 17 or later; without them it is
skipped, except under CI (``CI`` set), where a missing Java or pyspark is a failure
rather than a silent skip.  One session for the module, 6,000 rows in 3 partitions:
it costs about as much as starting the JVM.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

from hikari_rules import billing, fees

pytestmark = [
    pytest.mark.spark,
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]

D = dt.date
N = 6_000
THROUGH = D(2040, 12, 31)


def _require(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is needed for the Spark test in CI")
    pytest.skip(f"{what} is not available")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        _require("pyspark 4 (pip install 'hikari-rules[spark]')")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        _require("Java 17+")
    saved = {k: os.environ.get(k) for k in ("PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON")}
    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = (
        sys.executable
    )  # the workers import hikari_rules
    session = (
        SparkSession.builder.master("local[2]")
        .appName("hikari_rules batch test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.memory", "512m")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _rows() -> pa.Table:
    rng = np.random.default_rng(23)
    start = rng.integers(np.datetime64("1995-01-01", "D").astype(int), np.datetime64("2035-01-01", "D").astype(int), N)
    later = start + rng.integers(0, 4000, N)
    # renewal-window months and the 1st of a month, where the rules turn
    later[::7] = (start[::7].astype("datetime64[D]").astype("datetime64[M]") + 36).astype("datetime64[D]").astype(int)
    cancelled = later.astype("datetime64[D]").astype(object).tolist()
    return pa.table(
        {
            "id": pa.array(np.arange(N), type=pa.int64()),
            "service_start": pa.array(start.astype("datetime64[D]"), type=pa.date32()),
            "withdrawal_month": pa.array(later.astype("datetime64[D]"), type=pa.date32()),
            "cancelled_on": pa.array([None if i % 5 == 0 else v for i, v in enumerate(cancelled)], type=pa.date32()),
        }
    )


def _rules() -> Any:
    """What a Spark job runs on each task's Arrow record batches (the guide's example).

    Made inside a function so that cloudpickle ships it by value: the workers cannot
    import this test module."""

    def with_rules(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        from hikari_rules import batch

        for rb in batches:
            fee = batch.cancellation_fee(rb.column("service_start"), rb.column("withdrawal_month"))
            months = batch.charged_month_count(rb.column("service_start"), rb.column("cancelled_on"), through=THROUGH)
            yield pa.RecordBatch.from_arrays([rb.column("id"), fee, months], names=["id", "fee", "months"])

    return with_rules


def test_map_in_arrow_gives_the_scalar_rules_on_every_row(spark: Any) -> None:
    table = _rows()
    df = spark.createDataFrame(table).repartition(3)
    out = df.mapInArrow(_rules(), "id long, fee long, months long").toArrow().sort_by("id")
    assert out["id"].to_pylist() == list(range(N))
    rows = table.to_pylist()
    got_fees = out["fee"].to_pylist()
    assert got_fees == [fees.cancellation_fee(r["service_start"], r["withdrawal_month"]) for r in rows]
    assert out["months"].to_pylist() == [
        billing.charged_month_count(r["service_start"], r["cancelled_on"], through=THROUGH) for r in rows
    ]
    assert {0, 20_000} <= set(got_fees)  # both sides of the renewal windows were run


def test_an_invalid_row_fails_the_job_with_the_rule_and_the_column(spark: Any) -> None:
    bad = pa.table(
        {
            "id": pa.array([0, 1], type=pa.int64()),
            "service_start": pa.array([D(2024, 5, 1), D(2024, 5, 1)], type=pa.date32()),
            "withdrawal_month": pa.array([D(2025, 1, 1), D(2024, 4, 30)], type=pa.date32()),
            "cancelled_on": pa.array([None, None], type=pa.date32()),
        }
    )
    df = spark.createDataFrame(bad).coalesce(1)
    with pytest.raises(Exception, match=r"TERM-1: withdrawal_month: 1 row: before the service start month"):
        df.mapInArrow(_rules(), "id long, fee long, months long").collect()
