"""The prices of 着信転送サービス (FWD-1): 550円 a month, 1,100円 for construction (tax
included), and an unknown, reduced construction fee with So-net 光 電話."""

from __future__ import annotations

from typing import Final

import attrs

from hikari_rules._check import check_bool
from hikari_rules._registry import TRACE, implements, rule
from hikari_rules.fees import CALL_FORWARDING_CONSTRUCTION_FEE, CALL_FORWARDING_MONTHLY_FEE

__all__ = [
    "ServiceFees",
    "service_fees",
]

# -- FWD-1 Call forwarding prices ----------------------------------------------------------------------

FWD_1 = rule(
    "FWD-1",
    title="Call forwarding prices",
    title_ja="着信転送サービスの料金",
    source="FORWARD",
    section="ご利用料金",
    quote=(
        "記載の金額は、別途記載があるものを除いてすべて税込金額です。\n"
        "付加サービス名 月額料金 工事費*1\n"
        "着信転送サービス 550円 1,100円\n"
        "*1 「So-net 光 電話」と同時工事の場合、減額されます。"
    ),
    statement=(
        "Call forwarding (着信転送サービス) costs 550円 a month and 1,100円 for construction (tax included); the "
        "construction fee is reduced when installed together with 「So-net 光 電話」, by an amount the source does "
        "not give."
    ),
    statement_ja=(
        "着信転送サービスは月額550円、工事費1,100円(税込)。「So-net 光 電話」と同時工事の場合は工事費が減額されるが、"
        "減額後の金額は原文に記載がない。"
    ),
    ambiguity=(
        "Construction costs 1,100円, reduced when installed together with 「So-net 光 電話」, but the reduced amount "
        "is not given: the library reports it as unknown rather than inventing one."
    ),
    ambiguity_ja=(
        "工事費は1,100円で、「So-net 光 電話」と同時工事なら減額されるが、減額後の金額は原文にない。"
        "本ライブラリは不明として返す。"
    ),
)
STANDALONE_PRICES = FWD_1.clause(
    "installed on its own: {monthly:yen} a month and {construction:yen} for construction, tax included"
)
REDUCED_CONSTRUCTION_UNKNOWN = FWD_1.clause(
    "installed together with 「So-net 光 電話」: {monthly:yen} a month; the construction fee ({construction:yen} "
    "otherwise) is reduced to an amount the source does not give, so it is unknown"
)


@attrs.frozen
class ServiceFees:
    """The service's prices, tax included (FWD-1).

    ``construction_fee`` is ``None`` when it is unknown: installed together with
    So-net 光 電話 the fee is reduced, and the source does not say to what.
    """

    monthly_fee: int = attrs.field(metadata={"label": "monthly fee", "spec": "yen"})
    construction_fee: int | None = attrs.field(metadata={"label": "construction fee", "spec": "yen"})


# Frozen: every call returns one of these two (no allocation per call).
_STANDALONE: Final = ServiceFees(CALL_FORWARDING_MONTHLY_FEE, CALL_FORWARDING_CONSTRUCTION_FEE)
_WITH_HIKARI_DENWA: Final = ServiceFees(CALL_FORWARDING_MONTHLY_FEE, None)


@implements(
    "FWD-1",
    question="What does call forwarding cost? Installed together with 「So-net 光 電話」: {with_hikari_denwa}",
)
def service_fees(*, with_hikari_denwa: bool = False) -> ServiceFees:
    """The monthly and construction fee of 着信転送サービス (FWD-1, tax included).

    ``with_hikari_denwa``: construction together with So-net 光 電話, which reduces the
    construction fee by an amount the source does not give (``None``: unknown).

    >>> service_fees()
    ServiceFees(monthly_fee=550, construction_fee=1100)
    >>> service_fees(with_hikari_denwa=True).construction_fee is None
    True
    """
    together = check_bool(with_hikari_denwa, "with_hikari_denwa", "FWD-1")
    trace = TRACE.get()
    if together:
        if trace is not None:
            trace.add(
                REDUCED_CONSTRUCTION_UNKNOWN,
                None,
                monthly=CALL_FORWARDING_MONTHLY_FEE,
                construction=CALL_FORWARDING_CONSTRUCTION_FEE,
            )
        return _WITH_HIKARI_DENWA
    if trace is not None:
        trace.add(
            STANDALONE_PRICES,
            CALL_FORWARDING_CONSTRUCTION_FEE,
            monthly=CALL_FORWARDING_MONTHLY_FEE,
            construction=CALL_FORWARDING_CONSTRUCTION_FEE,
        )
    return _STANDALONE
