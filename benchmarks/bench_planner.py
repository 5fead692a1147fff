"""The withdrawal planner's cost: one plan over a 40-month horizon, and the batch form per row.

A plain script (numbers, not a test)::

    .venv/bin/python benchmarks/bench_planner.py

Targets (issue 15): one plan over 40 months in ≤ 2 ms; the batch form ≥ 50 M rows/s on
this machine's two cores.  Printed beside them, as floors: the scalar rule calls a plan
is made of (a cancellation fee per month, by the public function), and for the batch one
NumPy gather of the same column (the least a per-row table answer can cost).  The machine
is shared: take the best of several runs, and say so when quoting.
"""

from __future__ import annotations

import datetime as dt
import time
import timeit

import numpy as np

from hikari_rules import Month
from hikari_rules.fees import RemovalTrigger, cancellation_fee
from hikari_rules.payment import PaymentMethod
from hikari_rules.planner import Contract, Person, plan
from hikari_rules.planner_batch import next_fee_free
from hikari_rules.preview import Installments
from hikari_rules.withdrawal import Applicant, Channel, NumberOrigin, Region


def best(func: object, number: int, repeat: int = 7) -> float:
    return min(timeit.repeat(func, number=number, repeat=repeat)) / number  # type: ignore[arg-type]


def main() -> None:
    start = dt.date(2026, 9, 20)
    today = dt.date(2028, 3, 10)
    contract = Contract(
        start,
        PaymentMethod.BANK_DEBIT,
        monthly_charge=5_500,
        construction=Installments(26_400, 1_100, Month(2026, 9)),
    )
    people = {
        "individual, every channel": Person(),
        "corporate, removal in the West": Person(
            applicant=Applicant.CORPORATE, region=Region.WEST, removal=RemovalTrigger.USER_REQUEST
        ),
        "kept number, reversion expected": Person(
            channels=(Channel.WEB,), keep_number=NumberOrigin.NTT_ANALOG, reversion_expected_on=dt.date(2028, 6, 1)
        ),
    }
    print("one plan, 40-month horizon (target ≤ 2 ms)")
    for name, person in people.items():
        t = best(lambda person=person: plan(contract, person, today, horizon=40), number=50)
        print(f"  {name:34s} {t * 1e3:7.3f} ms")
    months = [Month(2028, 3) + k for k in range(40)]
    floor = best(lambda: [cancellation_fee(start, m) for m in months], number=200)
    print(f"  {'floor: 40 cancellation_fee calls':34s} {floor * 1e3:7.3f} ms")

    print("batch: next fee-free month and last web day per row (target ≥ 50 M rows/s, 2 cores)")
    rng = np.random.default_rng(15)
    n = 20_000_000
    col = (np.datetime64("2000-01-01") + rng.integers(0, 9_500, n)).astype("datetime64[D]")
    now = dt.date(2026, 11, 29)
    next_fee_free(col[:1], now)  # build the table once (cached per today and term)
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        next_fee_free(col, now)
        runs.append(time.perf_counter() - t0)
    print(f"  {'next_fee_free':34s} {n / min(runs) / 1e6:7.1f} M rows/s (best of 5, {n:,} rows)")
    table = np.zeros(120_000, dtype=np.int64)
    idx = (col.view(np.int64) + 25_568).astype(np.intp)
    out = np.empty(n, dtype=np.int64)
    g = min(timeit.repeat(lambda: np.take(table, idx, out=out), number=1, repeat=5))
    print(f"  {'floor: one np.take, one thread':34s} {n / g / 1e6:7.1f} M rows/s")


if __name__ == "__main__":
    main()
