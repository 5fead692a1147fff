"""Per-call cost of ``identity.verify`` on typical document sets (numbers, not a test).

    .venv/bin/python benchmarks/bench_identity.py [--number N]

Prints the best-of-7 process CPU time per call for each set: process CPU time keeps the
figures comparable on a loaded machine (state the load beside them all the same).
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import timeit

from hikari_rules.identity import (
    HEALTH_INSURANCE_MASKED_PARTS,
    Applicant,
    DocumentType,
    Side,
    SubmittedDocument,
    verify,
)

ON = dt.date(2026, 9, 1)
T = DocumentType
SETS = {
    "licence (valid)": (
        Applicant.INDIVIDUAL,
        (SubmittedDocument(T.DRIVERS_LICENCE, (Side.FRONT,), expires_on=dt.date(2028, 5, 1)),),
    ),
    "health card + 住民票 (valid)": (
        Applicant.INDIVIDUAL,
        (
            SubmittedDocument(
                T.HEALTH_INSURANCE_CARD,
                (Side.NAME_BIRTH_DATE_SIDE,),
                masked=HEALTH_INSURANCE_MASKED_PARTS,
            ),
            SubmittedDocument(T.RESIDENT_RECORD_COPY, (Side.ADDRESS_ISSUE_DATE_SIDE,), dated_on=dt.date(2026, 8, 1)),
        ),
    ),
    "corporate certificate + receipt": (
        Applicant.CORPORATE,
        (
            SubmittedDocument(
                T.CERTIFICATE_OF_REGISTERED_MATTERS, (), dated_on=dt.date(2026, 3, 1), address_matches=False
            ),
            SubmittedDocument(T.WATER_RECEIPT, (), dated_on=dt.date(2026, 8, 10)),
        ),
    ),
    "licence + expired passport": (
        Applicant.INDIVIDUAL,
        (
            SubmittedDocument(T.DRIVERS_LICENCE, (Side.FRONT,), expires_on=dt.date(2028, 5, 1)),
            SubmittedDocument(T.PASSPORT, (Side.PHOTO_PAGE, Side.HOLDER_PAGE), expires_on=dt.date(2026, 8, 31)),
        ),
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--number", type=int, default=20_000)
    n = parser.parse_args().number
    for name, (applicant, docs) in SETS.items():
        best = min(
            timeit.Timer(lambda: verify(applicant, docs, ON), timer=time.process_time).repeat(7, n)  # noqa: B023
        )
        print(f"{name:34} {best / n * 1e6:7.2f} µs/call")


if __name__ == "__main__":
    main()
