"""hikari_rules: the billing and contract rules of Japanese fibre-internet services
(So-net 光 / ソネット光プラス, NTT西日本 フレッツ・パスポートID / まとめて支払い,
So-net 光 着信転送, NTTドコモビジネス invoices) as pure, typed, explainable functions.

Every function is pure (no clock, no I/O: "today" is a parameter), takes whole yen as
``int``, months as :class:`Month` (or a ``date`` in that month), and raises
``TypeError`` for a wrong type and :class:`RuleInputError` (a ``ValueError``) naming
the parameter and the rule for a wrong value.  :func:`explain` tells which rules
decided a result, quoting the source clause.
"""

from __future__ import annotations

from hikari_rules import (
    billing,
    call_forwarding,
    contract_term,
    dates,
    desks,
    fees,
    identity,
    passport_id,
    payment,
    planner,
    preview,
    rules,
    withdrawal,
)
from hikari_rules.dates import Month
from hikari_rules.errors import RuleInputError
from hikari_rules.explanation import Explanation, explain

__all__ = [
    "Explanation",
    "Month",
    "RuleInputError",
    "billing",
    "call_forwarding",
    "contract_term",
    "dates",
    "desks",
    "explain",
    "fees",
    "identity",
    "passport_id",
    "payment",
    "planner",
    "preview",
    "rules",
    "withdrawal",
]

__version__ = "0.1.0"
