"""The prices of 着信転送サービス (FWD-1)."""

from __future__ import annotations

import attrs

from hikari_rules._check import check_bool
from hikari_rules._registry import TRACE, implements, rule
from hikari_rules.fees import CALL_FORWARDING_CONSTRUCTION_FEE, CALL_FORWARDING_MONTHLY_FEE

__all__ = [
    "ServiceFees",
    "service_fees",
]

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
        "着信転送サービス costs 550 yen a month and 1,100 yen for construction (tax included); the construction "
        "fee is reduced when installed together with So-net 光 電話, by an amount the source does not give."
    ),
    statement_ja=(
        "着信転送サービスは月額550円、工事費1,100円(税込)。「So-net 光 電話」と同時工事の場合は工事費が減額されるが、"
        "減額後の金額は原文に記載がない。"
    ),
    ambiguity=(
        "Construction costs 1,100円, reduced when installed together with So-net 光 電話, but the reduced amount is "
        "not given: the library reports it as unknown rather than inventing one."
    ),
    ambiguity_ja=(
        "工事費は1,100円で、So-net 光 電話と同時工事なら割り引かれるが、割引後の金額は原文にない。"
        "本ライブラリは不明として返す。"
    ),
)


# -- prices (FWD-1) ------------------------------------------------------------------------------------


@attrs.frozen
class ServiceFees:
    """The service's prices, tax included (FWD-1).

    ``construction_fee`` is ``None`` when it is unknown: installed together with
    So-net 光 電話 the fee is reduced, and the source does not say to what.
    """

    monthly_fee: int
    construction_fee: int | None


@implements("FWD-1")
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
    fees = ServiceFees(CALL_FORWARDING_MONTHLY_FEE, None if together else CALL_FORWARDING_CONSTRUCTION_FEE)
    trace = TRACE.get()
    if trace is not None:
        if together:
            note = (
                f"monthly {CALL_FORWARDING_MONTHLY_FEE} yen; installed with So-net 光 電話 the construction fee "
                f"({CALL_FORWARDING_CONSTRUCTION_FEE} yen otherwise) is reduced, to an amount the source does not "
                "give: unknown"
            )
            note_ja = (
                f"月額{CALL_FORWARDING_MONTHLY_FEE}円。「So-net 光 電話」と同時工事のため工事費"
                f"(通常{CALL_FORWARDING_CONSTRUCTION_FEE:,}円)は減額されるが、減額後の金額は原文に記載がなく不明"
            )
        else:
            note = f"monthly {CALL_FORWARDING_MONTHLY_FEE} yen, construction {CALL_FORWARDING_CONSTRUCTION_FEE} yen"
            note_ja = f"月額{CALL_FORWARDING_MONTHLY_FEE}円、工事費{CALL_FORWARDING_CONSTRUCTION_FEE:,}円"
        trace.step("FWD-1", fees, with_hikari_denwa=together, note=note, note_ja=note_ja)
    return fees
