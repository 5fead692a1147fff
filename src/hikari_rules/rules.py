"""The rule catalog: every rule the package encodes, as its code declares it.

The catalog is built from the modules' own declarations (each rule is declared once,
next to the code that encodes it); nothing is read from files at run time.

>>> ids = [r.id for r in catalog()]
>>> ids[:3]
['TERM-1', 'TERM-2', 'TERM-3']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hikari_rules._registry import SOURCES, RuleInfo, SourceDocument, implementers, registered_rules
from hikari_rules.errors import RuleInputError

__all__ = ["SOURCES", "RuleInfo", "SourceDocument", "catalog", "get", "implementing_functions"]

# Families in the order RULES.md presents them.
_FAMILY_ORDER = ("TERM", "FEE", "TAX", "WD", "NUM", "PAY", "NTT", "CAP", "CHG", "PID", "FWD", "IDV", "BIZ", "DESK")


def _load_all() -> None:
    # Importing the modules runs their rule declarations.
    import hikari_rules  # noqa: F401  (the package imports every rule module)


def _order(info: RuleInfo) -> tuple[int, int]:
    fam = info.family
    pos = _FAMILY_ORDER.index(fam) if fam in _FAMILY_ORDER else len(_FAMILY_ORDER)
    return (pos, info.number)


def catalog() -> tuple[RuleInfo, ...]:
    """Every declared rule: family by family (TERM, FEE, TAX, WD, NUM, PAY, NTT, CAP, CHG,
    PID, FWD, IDV, BIZ, DESK), each family by number."""
    _load_all()
    return tuple(sorted(registered_rules().values(), key=_order))


def _known(rule_id: str, where: str) -> RuleInfo:
    if not isinstance(rule_id, str):
        raise TypeError(f"{where}: rule_id: expected a str, got {type(rule_id).__name__}")
    _load_all()
    known = registered_rules()
    if rule_id not in known:
        raise RuleInputError(f"no rule {rule_id[:40]!r} in the catalog", parameter="rule_id", rule="catalog")
    return known[rule_id]


def get(rule_id: str) -> RuleInfo:
    """The rule with ID ``rule_id``; an unknown ID is a :class:`~hikari_rules.RuleInputError`."""
    return _known(rule_id, "rules.get")


def implementing_functions(rule_id: str) -> tuple[Callable[..., Any], ...]:
    """The public functions that declare they implement ``rule_id``.

    As :func:`get`, a ``rule_id`` that is not a ``str`` is a ``TypeError`` and an ID not in
    the catalog a :class:`~hikari_rules.RuleInputError` (not an empty answer, which would
    read as "declared but implemented nowhere").

    >>> [f.__name__ for f in implementing_functions("TERM-1")][:1]
    ['contract_month']
    """
    _known(rule_id, "rules.implementing_functions")
    return implementers(rule_id)
