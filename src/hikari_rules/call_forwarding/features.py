"""Features 着信転送サービス does not support, and how it is controlled (FWD-6)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from hikari_rules._check import check_enum
from hikari_rules._registry import TRACE, implements, rule
from hikari_rules._text import labels

__all__ = [
    "FEATURE_SUPPORT",
    "UNSUPPORTED_FEATURES",
    "Feature",
    "is_supported",
]

# -- FWD-6 Features not supported --------------------------------------------------------------------

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
        "操作はすべてDTMF(プッシュボタン)信号で行い、スティミラスプロトコルには対応しない。"
    ),
)
SUPPORTED = FWD_6.clause("the service supports {feature}")
NOT_SUPPORTED = FWD_6.clause("the service does not support {feature}")


class Feature(enum.Enum):
    """Features the source names, valued by its own words."""

    TRANSFER_AFTER_ANSWER = "応答後転送"
    FORWARDING_ANNOUNCEMENT = "転送トーキ"
    FORWARDING_SOURCE_ANNOUNCEMENT = "転送元案内"
    PERMANENT_SOURCE_NUMBER_NOTIFICATION = "転送元番号常時通知"
    SOURCE_NUMBER_RECEIVING = "転送元電話番号受信サービス"
    STIMULUS_PROTOCOL_CONTROL = "スティミラスプロトコル"
    DTMF_CONTROL = "DTMF(PB)信号"


labels(
    Feature,
    TRANSFER_AFTER_ANSWER="transfer after answering",
    FORWARDING_ANNOUNCEMENT="forwarding announcements",
    FORWARDING_SOURCE_ANNOUNCEMENT="announcing the forwarding line",
    PERMANENT_SOURCE_NUMBER_NOTIFICATION="always sending the forwarding line's number",
    SOURCE_NUMBER_RECEIVING="the forwarding-line number receiving service",
    STIMULUS_PROTOCOL_CONTROL="control by the stimulus protocol",
    DTMF_CONTROL="control by DTMF (tone) signals",
)

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


@implements("FWD-6", question="Does call forwarding support {feature}?")
def is_supported(feature: Feature) -> bool:
    """Whether 着信転送サービス supports ``feature`` (FWD-6).

    >>> is_supported(Feature.TRANSFER_AFTER_ANSWER), is_supported(Feature.DTMF_CONTROL)
    (False, True)
    """
    f = check_enum(feature, Feature, "feature", "FWD-6")
    ok = FEATURE_SUPPORT[f]
    trace = TRACE.get()
    if trace is not None:
        trace.add(SUPPORTED if ok else NOT_SUPPORTED, ok, feature=f)
    return ok
