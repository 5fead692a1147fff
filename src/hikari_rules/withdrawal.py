"""Withdrawal (退会) timing, number retention and final charges (WD-*, NUM-*, FEE-2).

Being written: the enums are fixed first because other modules use them.
"""

from __future__ import annotations

import enum

__all__ = ["Applicant", "Channel", "Region"]


class Applicant(enum.Enum):
    """Who holds the contract (WD-2)."""

    INDIVIDUAL = "individual"
    CORPORATE = "corporate"  # 法人区分


class Channel(enum.Enum):
    """How a withdrawal is applied for (WD-2)."""

    PHONE = "phone"
    WEB = "web"
    CHAT = "chat"
    LINE = "line"
    PAPER = "paper"  # 書面


class Region(enum.Enum):
    """NTT's service areas (WD-5 removal lead time, FWD-3 remote access number)."""

    EAST = "east"  # NTT東日本
    WEST = "west"  # NTT西日本
