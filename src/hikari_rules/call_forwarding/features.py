"""Features the service does not support (FWD-6)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from hikari_rules._check import check_enum
from hikari_rules._registry import TRACE, implements, rule

__all__ = [
    "FEATURE_SUPPORT",
    "UNSUPPORTED_FEATURES",
    "Feature",
    "is_supported",
]

FWD_6 = rule(
    "FWD-6",
    title="Features not supported",
    title_ja="サポートしていない機能",
    source="FORWARD",
    section="注意事項",
    quote=(
        "本サービスでは以下の機能はサポートしていません。\n"
        "応答後転送\n"
        "転送トーキ\n"
        "転送元案内\n"
        "転送元番号常時通知\n"
        "転送元電話番号受信サービス\n"
        "本サービスのカスタマコントロールはスティミラスプロトコルには対応していません。全てDTMF(PB)信号にて行ないます。"
    ),
    statement=(
        "Not supported: transfer after answering, forwarding announcement (転送トーキ), forwarding-source "
        "announcement, permanent forwarding-source number notification, forwarding-source number receiving "
        "service. Control is by DTMF only (no stimulus protocol)."
    ),
    statement_ja=(
        "応答後転送、転送トーキ、転送元案内、転送元番号常時通知、転送元電話番号受信サービスはサポートしない。"
        "操作はすべてDTMF(PB)信号で行い、スティミラスプロトコルには対応しない。"
    ),
)


# -- unsupported features (FWD-6) ----------------------------------------------------------------------


class Feature(enum.Enum):
    """Features the source names, valued by its own words."""

    TRANSFER_AFTER_ANSWER = "応答後転送"
    FORWARDING_ANNOUNCEMENT = "転送トーキ"
    FORWARDING_SOURCE_ANNOUNCEMENT = "転送元案内"
    PERMANENT_SOURCE_NUMBER_NOTIFICATION = "転送元番号常時通知"
    SOURCE_NUMBER_RECEIVING = "転送元電話番号受信サービス"
    STIMULUS_PROTOCOL_CONTROL = "スティミラスプロトコル"
    DTMF_CONTROL = "DTMF(PB)信号"


FEATURE_SUPPORT: Final[Mapping[Feature, bool]] = MappingProxyType(
    {
        Feature.TRANSFER_AFTER_ANSWER: False,
        Feature.FORWARDING_ANNOUNCEMENT: False,
        Feature.FORWARDING_SOURCE_ANNOUNCEMENT: False,
        Feature.PERMANENT_SOURCE_NUMBER_NOTIFICATION: False,
        Feature.SOURCE_NUMBER_RECEIVING: False,
        Feature.STIMULUS_PROTOCOL_CONTROL: False,  # 「スティミラスプロトコルには対応していません」
        Feature.DTMF_CONTROL: True,  # 「全てDTMF(PB)信号にて行ないます」
    }
)
"""Whether the service supports each feature the source names (FWD-6)."""
UNSUPPORTED_FEATURES: Final[frozenset[Feature]] = frozenset(f for f, ok in FEATURE_SUPPORT.items() if not ok)


@implements("FWD-6")
def is_supported(feature: Feature) -> bool:
    """Whether 着信転送サービス supports ``feature`` (FWD-6).

    >>> is_supported(Feature.TRANSFER_AFTER_ANSWER), is_supported(Feature.DTMF_CONTROL)
    (False, True)
    """
    f = check_enum(feature, Feature, "feature", "FWD-6")
    ok = FEATURE_SUPPORT[f]
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "FWD-6",
            ok,
            feature=f,
            note=f"{f.value} is {'supported' if ok else 'not supported'}",
            note_ja=f"{f.value}は{'対応している' if ok else 'サポートしていない'}",
        )
    return ok
