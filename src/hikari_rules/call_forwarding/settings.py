"""The service as a pure state machine (FWD-2): frozen :class:`Settings`, and what an
operation of the 142 menu does to them (:func:`apply`, :func:`dial`).

Each transition is decided once, in :func:`_apply`'s branch for its operation, and that
branch records what changed.  Remote control (FWD-3) changes the settings through the same
transitions (:func:`_start`, :func:`_choose`, :func:`_stop`).

>>> s = dial(dial(INITIAL_SETTINGS, "2" "0312345678" "#"), "14")
>>> s.active_mode, s.destination
(<Mode.NO_ANSWER_OR_BUSY: '呼び出してからもしくはお話し中の時に転送する'>, '0312345678')
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from hikari_rules._check import check_enum, check_int
from hikari_rules._registry import TRACE, Trace, implements
from hikari_rules._text import Secret
from hikari_rules.call_forwarding.dialling import (
    FWD_2,
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
    _destination,
    _mask,
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

# -- FWD-2 The 142 operations: what each does to the settings ----------------------------------------
#
# The rule is declared with its menu in ``dialling``; these are the ways it changes the
# settings, each recorded by the branch that makes the change.

STARTED = FWD_2.clause("forwarding runs in the mode “{mode}”, to {destination} (list slot {slot})")
STOPPED = FWD_2.clause("forwarding stops; the destinations and the remote-control setting are kept")
ALREADY_STOPPED = FWD_2.clause("forwarding was already stopped: nothing changes")
DESTINATION_SET = FWD_2.clause("{number} is stored in list slot 0 and becomes the destination")
SLOT_STORED = FWD_2.clause("{number} is stored in list slot {slot}; the destination does not change")
SLOT_CHOSEN = FWD_2.clause("list slot {slot} holds {number}: it becomes the destination")
REMOTE_ON = FWD_2.clause("remote control is on, with the PIN {pin}")
REMOTE_OFF = FWD_2.clause("remote control is off")
READ_BACK_ONLY = FWD_2.clause("reading back changes nothing")


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

    active_mode: Mode | None = attrs.field(default=None, validator=_v_optional_mode, metadata={"label": "running mode"})
    slots: tuple[str | None, ...] = attrs.field(
        default=_EMPTY_SLOTS, validator=_v_slots, metadata={"label": "destination list (slots 0–4)"}
    )
    selected_slot: int | None = attrs.field(
        default=None, validator=_v_selected, metadata={"label": "list slot forwarded to"}
    )
    # A secret: hidden from repr, and shown as **** in every explanation and its JSON.
    remote_pin: str | None = attrs.field(
        default=None, validator=_v_optional_pin, repr=False, metadata={"label": "remote-control PIN"}
    )
    last_mode: Mode | None = attrs.field(
        default=None, validator=_v_optional_mode, metadata={"label": "mode last chosen from the contract line"}
    )

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


def _start(s: Settings, mode: Mode, parameter: str, rule_id: str, *, remember: bool, trace: Trace | None) -> Settings:
    """Start forwarding in ``mode`` (needs a selected destination); ``remember`` the mode when it
    was chosen from the contract line (FWD-3's interpretation uses it for remote starts)."""
    if s.selected_slot is None:
        raise RuleInputError(
            "cannot start: no destination is selected (set one with 2 number # or choose a stored one with 4 1 slot)",
            parameter=parameter,
            rule=rule_id,
        )
    new = attrs.evolve(s, active_mode=mode, last_mode=mode if remember else s.last_mode)
    if trace is not None:
        trace.add(STARTED, new, mode=mode, destination=new.destination, slot=new.selected_slot)
    return new


def _stop(s: Settings, trace: Trace | None) -> Settings:
    """Stop forwarding; the destinations and the remote-control setting stay."""
    if s.active_mode is None:
        if trace is not None:
            trace.add(ALREADY_STOPPED, s)
        return s
    new = attrs.evolve(s, active_mode=None)
    if trace is not None:
        trace.add(STOPPED, new)
    return new


def _choose(s: Settings, slot: int, parameter: str, rule_id: str, trace: Trace | None) -> Settings:
    """Forward to list slot ``slot`` (which must hold a number)."""
    number = s.slots[slot]
    if number is None:
        raise RuleInputError(
            f"list slot {slot} is empty: store a number in it first", parameter=parameter, rule=rule_id
        )
    new = attrs.evolve(s, selected_slot=slot)
    if trace is not None:
        trace.add(SLOT_CHOSEN, new, slot=slot, number=number)
    return new


def _store(s: Settings, slot: int, number: str) -> tuple[str | None, ...]:
    return (*s.slots[:slot], number, *s.slots[slot + 1 :])


def _apply(s: Settings, op: Operation, trace: Trace | None) -> Settings:
    """The unchecked core of :func:`apply`: the branch of ``op``'s kind decides, and records."""
    if type(op) is Start:
        return _start(s, op.mode, "op", "FWD-2", remember=True, trace=trace)
    if type(op) is Stop:
        return _stop(s, trace)
    if type(op) is ChooseSlot:
        return _choose(s, op.slot, "op", "FWD-2", trace)
    if type(op) is SetDestination:
        new = attrs.evolve(s, slots=_store(s, 0, op.number), selected_slot=0)
        if trace is not None:
            trace.add(DESTINATION_SET, new, number=op.number)
        return new
    if type(op) is StoreSlot:
        new = attrs.evolve(s, slots=_store(s, op.slot, op.number))
        if trace is not None:
            trace.add(SLOT_STORED, new, number=op.number, slot=op.slot)
        return new
    if type(op) is EnableRemote:
        new = attrs.evolve(s, remote_pin=op.pin)
        if trace is not None:
            trace.add(REMOTE_ON, new, pin=Secret(op.pin))
        return new
    if type(op) is DisableRemote:
        new = attrs.evolve(s, remote_pin=None)
        if trace is not None:
            trace.add(REMOTE_OFF, new)
        return new
    # ReadList, ReadRemote: the guidance reads back; nothing changes
    if trace is not None:
        trace.add(READ_BACK_ONLY, s)
    return s


@implements("FWD-2", question="What do the settings become when this operation ({op}) is dialled after 142?")
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
    return _apply(s, _check_operation(op), TRACE.get())


@implements(
    "FWD-2",
    question="What do the settings become when 142 then {digits} is dialled on the contract line?",
    mask=_mask,
)
def dial(settings: Settings, digits: str) -> Settings:
    """The settings after dialling ``142`` then ``digits`` on the contract line (FWD-2).

    Same as ``apply(settings, parse_operation(digits))``.

    >>> dial(dial(INITIAL_SETTINGS, "4311234"), "430").remote_enabled
    False
    """
    s = _check_settings(settings)
    d = _as_str(digits, "digits", "FWD-2")
    trace = TRACE.get()
    return _apply(s, _parse_142(d, trace), trace)
