"""The service as a pure state machine (FWD-2): frozen :class:`Settings`, and what
:func:`apply` / :func:`dial` do to them."""

from __future__ import annotations

from typing import Any, Final

import attrs

from hikari_rules._check import check_enum, check_int
from hikari_rules._registry import TRACE, implements
from hikari_rules.call_forwarding.dialling import (
    SLOT_COUNT,
    ChooseSlot,
    DisableRemote,
    EnableRemote,
    Mode,
    Operation,
    SetDestination,
    Start,
    Stop,
    StoreSlot,
    _as_str,
    _check_operation,
    _describe,
    _destination,
    _parse_142,
    _pin,
)
from hikari_rules.errors import RuleInputError

__all__ = [
    "INITIAL_SETTINGS",
    "Settings",
    "apply",
    "dial",
]


# -- the service's state (FWD-2) ---------------------------------------------------------------


def _v_optional_mode(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        check_enum(value, Mode, attribute.name, "FWD-2")


def _v_slots(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if type(value) is not tuple:
        raise TypeError(f"FWD-2: {attribute.name}: expected a tuple of 5 numbers or None, got {type(value).__name__}")
    if len(value) != SLOT_COUNT:
        raise RuleInputError(
            f"there are exactly {SLOT_COUNT} list slots (0–4), got {len(value)}", parameter=attribute.name, rule="FWD-2"
        )
    for i, number in enumerate(value):
        if number is not None:
            _destination(number, f"{attribute.name}[{i}]")


def _v_selected(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        check_int(value, attribute.name, "FWD-2", minimum=0, maximum=SLOT_COUNT - 1)


def _v_optional_pin(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _pin(value, attribute.name, "FWD-2")


_EMPTY_SLOTS: Final[tuple[str | None, ...]] = (None,) * SLOT_COUNT


@attrs.frozen
class Settings:
    """The state of one line's 着信転送サービス (FWD-2, FWD-3): frozen, hashable.

    ``active_mode`` is the running mode (``None`` = stopped); ``slots`` the destination
    list, slot 0 being the single destination set with ``2``; ``selected_slot`` the slot
    forwarded to (``None`` until one is set or chosen); ``remote_pin`` the
    remote-control PIN (``None`` = remote control off); ``last_mode`` the mode last
    chosen from the contract line (FWD-3 interpretation).

    A selected slot must hold a number, and a running service must have one selected.

    >>> INITIAL_SETTINGS.is_active, INITIAL_SETTINGS.remote_enabled, INITIAL_SETTINGS.destination
    (False, False, None)
    """

    active_mode: Mode | None = attrs.field(default=None, validator=_v_optional_mode)
    slots: tuple[str | None, ...] = attrs.field(default=_EMPTY_SLOTS, validator=_v_slots)
    selected_slot: int | None = attrs.field(default=None, validator=_v_selected)
    remote_pin: str | None = attrs.field(default=None, validator=_v_optional_pin, repr=False)
    last_mode: Mode | None = attrs.field(default=None, validator=_v_optional_mode)

    def __attrs_post_init__(self) -> None:
        if self.selected_slot is not None and self.slots[self.selected_slot] is None:
            raise RuleInputError(
                f"list slot {self.selected_slot} is selected but empty", parameter="selected_slot", rule="FWD-2"
            )
        if self.active_mode is not None and self.selected_slot is None:
            raise RuleInputError(
                "forwarding cannot be running without a selected destination", parameter="active_mode", rule="FWD-2"
            )

    @property
    def is_active(self) -> bool:
        """Whether forwarding is running (started and not stopped)."""
        return self.active_mode is not None

    @property
    def remote_enabled(self) -> bool:
        return self.remote_pin is not None

    @property
    def destination(self) -> str | None:
        """The number calls are forwarded to (the selected slot's), or ``None``."""
        return None if self.selected_slot is None else self.slots[self.selected_slot]


INITIAL_SETTINGS: Final = Settings()
"""The state on first use: stopped, remote control off, nothing stored (「初回利用時はこの状態」)."""


def _check_settings(settings: object, parameter: str = "settings", rule_id: str = "FWD-2") -> Settings:
    if type(settings) is Settings:
        return settings
    raise TypeError(f"{rule_id}: {parameter}: expected Settings, got {type(settings).__name__}")


def _start(s: Settings, mode: Mode, parameter: str, rule_id: str, *, remember: bool) -> Settings:
    if s.selected_slot is None:
        raise RuleInputError(
            "cannot start: no destination is selected (set one with 2 number # or choose a stored one with 4 1 slot)",
            parameter=parameter,
            rule=rule_id,
        )
    return attrs.evolve(s, active_mode=mode, last_mode=mode if remember else s.last_mode)


def _choose(s: Settings, slot: int, parameter: str, rule_id: str) -> Settings:
    if s.slots[slot] is None:
        raise RuleInputError(
            f"list slot {slot} is empty: store a number in it first", parameter=parameter, rule=rule_id
        )
    return attrs.evolve(s, selected_slot=slot)


def _store(s: Settings, slot: int, number: str) -> tuple[str | None, ...]:
    return (*s.slots[:slot], number, *s.slots[slot + 1 :])


def _apply(s: Settings, op: Operation) -> Settings:
    """The unchecked core of :func:`apply`."""
    if type(op) is Start:
        return _start(s, op.mode, "op", "FWD-2", remember=True)
    if type(op) is Stop:
        return s if s.active_mode is None else attrs.evolve(s, active_mode=None)
    if type(op) is SetDestination:
        return attrs.evolve(s, slots=_store(s, 0, op.number), selected_slot=0)
    if type(op) is StoreSlot:
        return attrs.evolve(s, slots=_store(s, op.slot, op.number))
    if type(op) is ChooseSlot:
        return _choose(s, op.slot, "op", "FWD-2")
    if type(op) is EnableRemote:
        return attrs.evolve(s, remote_pin=op.pin)
    if type(op) is DisableRemote:
        return attrs.evolve(s, remote_pin=None)
    return s  # ReadList, ReadRemote: the guidance reads back; nothing changes


def _state_words(s: Settings) -> tuple[str, str]:
    if s.active_mode is None:
        en, ja = "stopped", "停止中"
    else:
        en = f"forwarding ({s.active_mode.name}) to {s.destination} (list slot {s.selected_slot})"
        ja = f"{s.active_mode.value}設定で{s.destination}(リスト{s.selected_slot}番)へ転送中"
    remote = "on" if s.remote_enabled else "off"
    return (
        f"{en}; remote control {remote}",
        f"{ja}、リモートコントロール{'利用する' if s.remote_enabled else '利用しない'}",
    )


@implements("FWD-2")
def apply(settings: Settings, op: Operation) -> Settings:
    """The settings after dialling ``142`` and ``op`` on the contract line (FWD-2); pure.

    Starting with no selected destination, or choosing an empty list slot, raises
    :class:`~hikari_rules.RuleInputError`.  Stopping keeps the destinations and the
    remote-control setting; the read-back operations change nothing.

    >>> s = apply(INITIAL_SETTINGS, StoreSlot(1, "09012345678"))
    >>> s = apply(apply(s, ChooseSlot(1)), Start(Mode.NO_ANSWER_OR_BUSY))
    >>> s.destination, apply(s, Stop()).destination, apply(s, Stop()).is_active
    ('09012345678', '09012345678', False)
    """
    s = _check_settings(settings)
    op = _check_operation(op)
    new = _apply(s, op)
    trace = TRACE.get()
    if trace is not None:
        en, ja = _describe(op)
        after_en, after_ja = _state_words(new)
        trace.step("FWD-2", new, op=op, note=f"{en}: now {after_en}", note_ja=f"{ja}: {after_ja}")
    return new


@implements("FWD-2")
def dial(settings: Settings, digits: str) -> Settings:
    """The settings after dialling ``142`` then ``digits`` on the contract line (FWD-2).

    Same as ``apply(settings, parse_operation(digits))``.

    >>> dial(dial(INITIAL_SETTINGS, "4311234"), "430").remote_enabled
    False
    """
    s = _check_settings(settings)
    d = _as_str(digits, "digits", "FWD-2")
    op = _parse_142(d)
    new = _apply(s, op)
    trace = TRACE.get()
    if trace is not None:
        en, ja = _describe(op)
        after_en, after_ja = _state_words(new)
        trace.step(
            "FWD-2",
            new,
            digits=d,
            note=f"142 then {d}: {en}; now {after_en}",
            note_ja=f"142の後に{d}: {ja}: {after_ja}",
        )
    return new
