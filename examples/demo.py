"""A short tour: explained results of the rules (the main job until the oracle CLI lands)."""

from __future__ import annotations

import datetime as dt

import hikari_rules as hr
from hikari_rules import Month, contract_term, explain


def main() -> None:
    start = dt.date(2026, 9, 20)
    for month in (Month(2029, 8), Month(2029, 9), Month(2032, 10)):
        e = explain(contract_term.is_renewal_month, start, month)
        print(e.text("en"))
        print()
    print(f"{len(hr.rules.catalog())} rules in the catalog")


if __name__ == "__main__":
    main()
