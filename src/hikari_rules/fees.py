"""Fees: cancellation fee, fee statement, construction balance, tax (FEE-*, TAX-1).

Being written: the constants of API.md are fixed first because other modules use them.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final

__all__ = [
    "CALL_FORWARDING_CONSTRUCTION_FEE",
    "CALL_FORWARDING_MONTHLY_FEE",
    "CANCELLATION_FEE",
    "CONSUMPTION_TAX_RATE",
    "FEE_STATEMENT_FEE_EXCLUDING_TAX",
    "REMOVAL_CONSTRUCTION_FEE",
]

CANCELLATION_FEE: Final = 20_000
FEE_STATEMENT_FEE_EXCLUDING_TAX: Final = 3_000
REMOVAL_CONSTRUCTION_FEE: Final = 0
CALL_FORWARDING_MONTHLY_FEE: Final = 550
CALL_FORWARDING_CONSTRUCTION_FEE: Final = 1_100
CONSUMPTION_TAX_RATE: Final = Fraction(1, 10)
