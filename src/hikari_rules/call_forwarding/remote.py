"""Remote control (FWD-3): the area's access number, the remote-control menu, and what a
remote-control call does to the settings.

The menu is :data:`REMOTE_ACTIONS`, a table read by :func:`parse_remote_operation` and
:func:`encode_remote_operation`; :func:`apply_remote` checks the PIN and then changes the
settings through the same transitions as the 142 menu (FWD-2).  The PIN is never shown:
explanations show ``****`` in its place, in the dialled digits too.

>>> parse_remote_operation("0312345678#9876" "0").action
<RemoteAction.STOP: 'stop'>
"""

from __future__ import annotations

import enum
import hmac
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from hikari_rules._check import check_enum, check_int, check_str
from hikari_rules._registry import TRACE, Clause, Trace, implements, rule
from hikari_rules._text import SECRET_MASK, Secret, labels
from hikari_rules.call_forwarding.dialling import (
    PIN_LENGTH,
    SLOT_COUNT,
    Mode,
    _as_str,
    _check_dialled,
    _compile,
    _dialled_number,
    _Field,
    _pin,
    _show,
)
from hikari_rules.call_forwarding.settings import Settings, _check_settings, _choose, _start, _stop
from hikari_rules.errors import RuleInputError
from hikari_rules.withdrawal import Region

__all__ = [
    "LINE_NUMBER_LENGTH",
    "REMOTE_ACCESS_NUMBERS",
    "REMOTE_ACTIONS",
    "REMOTE_CONTROL_CALL_CHARGED",
    "RemoteAction",
    "RemoteActionRow",
    "RemoteOperation",
    "apply_remote",
    "encode_remote_operation",
    "parse_remote_operation",
    "remote_access_number",
]

# -- FWD-3 Remote control ---------------------------------------------------------------------------

FWD_3 = rule(
    "FWD-3",
    title="Remote control",
    title_ja="リモートコントロール",
    source="FORWARD",
    section="リモートコントロールのご利用方法",
    quote=(
        "各地のリモートコントロール用電話番号にダイヤルし、音声ガイダンスに従って以下の操作を行ってください。"
        "別途、通話料金がかかります。\n"
        "リモートコントロール用電話番号\n"
        "東日本\n"
        "03-6304-4141\n"
        "西日本06-6480-6142\n"
        "ご契約回線の電話番号+「♯」+(4桁の暗証番号「XXXX」)+「1」 … 本サービスを開始します。\n"
        "ご契約回線の電話番号+「♯」+(4桁の暗証番号「XXXX」)+「0」 … 本サービスを停止します。\n"
        "ご契約回線の電話番号+「♯」+(4桁の暗証番号「XXXX」)+「2」+(指定したい リスト番号「0」~「4」) … "
        "転送先リストから選択を行い、本サービスを開始します。"
    ),
    statement=(
        "With remote control enabled (4 3 1 PIN), dial the area's access number (East 03-6304-4141, West "
        "06-6480-6142; the call is charged), then the contract line number (10-digit fixed number starting with 0), "
        "#, the PIN, and 1 start, 0 stop, or 2 slot(0–4) to choose from the list and start."
    ),
    statement_ja=(
        "リモートコントロールを利用する設定(4 3 1 暗証番号)のとき、各地のリモートコントロール用電話番号"
        "(東日本03-6304-4141、西日本06-6480-6142。通話料金がかかる)にダイヤルし、契約回線の電話番号(0で始まる10桁の固定番号)、"
        "#、暗証番号に続けて、1で開始、0で停止、2とリスト番号(0〜4)でリストから選択して開始する。"
    ),
    interpretation=(
        "The source does not say in which mode a remote start (… 1 or … 2 slot) forwards. The library uses the "
        "mode last chosen from the contract line (1 1–1 4), or 'forward without ringing' (1 1) if none was ever "
        "chosen; a remote start does not change the remembered mode."
    ),
    other_reading=(
        "A remote start always forwards without ringing, or it is refused until a mode has been chosen from the "
        "contract line."
    ),
    interpretation_ja=(
        "原文はリモートコントロールによる開始がどのモードで転送するかを述べていない。本ライブラリは契約回線から最後に選んだモード"
        "(1 1〜1 4)を使い、一度も選んでいなければ「呼び出さずに転送する」(1 1)とする。"
        "リモートでの開始は記憶したモードを変えない。"
    ),
    other_reading_ja=(
        "リモートでの開始は常に「呼び出さずに転送する」となる、あるいは契約回線からモードを選ぶまでリモートでは開始できない、という読み方。"
    ),
)
ACCESS_NUMBER = FWD_3.clause("in {region}, the remote-control number is {number}; the call is charged")
REMOTE_DIALS_START = FWD_3.clause(
    "{digits} after the remote-control number: for the contract line {line}, with the PIN {pin}, start forwarding"
)
REMOTE_DIALS_STOP = FWD_3.clause(
    "{digits} after the remote-control number: for the contract line {line}, with the PIN {pin}, stop forwarding"
)
REMOTE_DIALS_CHOOSE_AND_START = FWD_3.clause(
    "{digits} after the remote-control number: for the contract line {line}, with the PIN {pin}, forward to the "
    "number in list slot {slot} and start forwarding"
)
PIN_MATCHES = FWD_3.clause("remote control is on and the PIN matches the registered one")
REMOTE_START_IN_LAST_MODE = FWD_3.clause(
    "a remote start forwards in the mode last chosen from the contract line, “{mode}”"
)
REMOTE_START_WITHOUT_RINGING = FWD_3.clause(
    "no mode was ever chosen from the contract line, so a remote start forwards in the mode “{mode}”"
)

REMOTE_ACCESS_NUMBERS: Final[Mapping[Region, str]] = MappingProxyType(
    {
        Region.EAST: "03-6304-4141",  # 東日本
        Region.WEST: "06-6480-6142",  # 西日本
    }
)
"""リモートコントロール用電話番号 by area, as the source writes them (the call is charged)."""

REMOTE_CONTROL_CALL_CHARGED: Final = True
"""The call to the remote-control number is charged (「別途、通話料金がかかります」); the source gives no amount."""

LINE_NUMBER_LENGTH: Final = 10
"""The contract line is a fixed number: 10 digits, area code first."""


def _line_number(value: object, parameter: str, rule_id: str = "FWD-3") -> str:
    """The contract line number (FWD-3): a 10-digit fixed number starting with 0, ASCII digits."""
    return _dialled_number(
        value,
        parameter,
        rule_id,
        "contract line number",
        "start with 0 (area code)",
        (LINE_NUMBER_LENGTH,),
        "is a 10-digit fixed number",
    )


class RemoteAction(enum.Enum):
    """What a remote-control call does after the line number, ``#`` and PIN."""

    START = "start"  # 1
    STOP = "stop"  # 0
    CHOOSE_AND_START = "choose from the list and start"  # 2 slot(0–4)


labels(
    RemoteAction,
    START="start forwarding",
    STOP="stop forwarding",
    CHOOSE_AND_START="choose from the destination list and start forwarding",
)


def _v_action(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    check_enum(value, RemoteAction, attribute.name, "FWD-3")


def _v_remote_row_str(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    check_str(value, attribute.name, "FWD-3")


@attrs.frozen
class RemoteActionRow:
    """One row of the remote-control menu, with the source's wording (``digits`` as in :class:`OperationRow`)."""

    digits: str = attrs.field(validator=_v_remote_row_str)
    action: RemoteAction = attrs.field(validator=_v_action)
    dialling_ja: str = attrs.field(validator=_v_remote_row_str)
    result_ja: str = attrs.field(validator=_v_remote_row_str)
    label: str = attrs.field(validator=_v_remote_row_str)
    prefix: str = attrs.field(init=False)
    fields: tuple[_Field, ...] = attrs.field(init=False, repr=False)

    @prefix.default
    def _prefix(self) -> str:
        return _compile(self.digits, "FWD-3")[0]

    @fields.default
    def _fields(self) -> tuple[_Field, ...]:
        return _compile(self.digits, "FWD-3")[1]


A = RemoteAction
_REMOTE_HEAD = "ご契約回線の電話番号+「♯」+(4桁の暗証番号「XXXX」)"
REMOTE_ACTIONS: Final[tuple[RemoteActionRow, ...]] = (
    # digits after line number # PIN, action, source dialling, source result, meaning
    RemoteActionRow("1", A.START, _REMOTE_HEAD + "+「1」", "本サービスを開始します。", "start"),
    RemoteActionRow("0", A.STOP, _REMOTE_HEAD + "+「0」", "本サービスを停止します。", "stop"),
    RemoteActionRow("2 <slot 0-4>", A.CHOOSE_AND_START, _REMOTE_HEAD + "+「2」+(指定したい リスト番号「0」~「4」)", "転送先リストから選択を行い、本サービスを開始します。", "choose list slot 0–4 and start"),  # noqa: E501
)  # fmt: skip
"""The remote-control menu (FWD-3): contract line number ``#`` PIN, then one of these."""
_REMOTE_SAYS: Final[Mapping[RemoteAction, Clause]] = MappingProxyType(
    {
        A.START: REMOTE_DIALS_START,
        A.STOP: REMOTE_DIALS_STOP,
        A.CHOOSE_AND_START: REMOTE_DIALS_CHOOSE_AND_START,
    }
)
"""The clause each row of the remote-control menu records when it decides what a call does."""
del A
_REMOTE_BY_PREFIX: Final[Mapping[str, RemoteActionRow]] = MappingProxyType({r.prefix: r for r in REMOTE_ACTIONS})
_REMOTE_BY_ACTION: Final[Mapping[RemoteAction, RemoteActionRow]] = MappingProxyType(
    {r.action: r for r in REMOTE_ACTIONS}
)


def _v_line_number(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    _line_number(value, attribute.name)


def _v_remote_pin(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    _pin(value, attribute.name, "FWD-3")


@attrs.frozen
class RemoteOperation:
    """One remote-control call (FWD-3): contract line number, PIN, action (and the slot for
    :attr:`RemoteAction.CHOOSE_AND_START`, 0–4; ``None`` for the others)."""

    line_number: str = attrs.field(validator=_v_line_number, metadata={"label": "contract line number"})
    # A secret: hidden from repr, and shown as **** in every explanation and its JSON.
    pin: str = attrs.field(validator=_v_remote_pin, repr=False, metadata={"label": "PIN"})
    action: RemoteAction = attrs.field(validator=_v_action, metadata={"label": "action"})
    slot: int | None = attrs.field(default=None, metadata={"label": "list slot"})

    def __attrs_post_init__(self) -> None:
        if self.action is RemoteAction.CHOOSE_AND_START:
            if self.slot is None:
                raise RuleInputError("choosing from the list needs a slot 0–4", parameter="slot", rule="FWD-3")
            check_int(self.slot, "slot", "FWD-3", minimum=0, maximum=SLOT_COUNT - 1)
        elif self.slot is not None:
            raise RuleInputError(
                f"only choosing from the list (2 slot) takes a slot, not {self.action.value}",
                parameter="slot",
                rule="FWD-3",
            )


def _shown_remote(digits: str) -> str:
    """Digits dialled after the remote-control number as an explanation may show them: the PIN
    (the 4 digits after ``#``) masked.

    >>> _shown_remote("0312345678#1234" "2" "3")
    '0312345678#****23'
    """
    at = digits.find("#")
    if at < 0:  # not a remote operation: show nothing of it
        return SECRET_MASK
    return digits[: at + 1] + SECRET_MASK + digits[at + 1 + PIN_LENGTH :]


def _record(trace: Trace, rop: RemoteOperation, digits: str) -> None:
    """Record the row of the remote-control menu that ``digits`` dial, with its facts (PIN masked)."""
    trace.add(
        _REMOTE_SAYS[rop.action],
        rop,
        digits=_shown_remote(digits),
        line=rop.line_number,
        pin=Secret(rop.pin),
        slot=rop.slot,
    )


def _parse_remote(s: str, trace: Trace | None) -> RemoteOperation:
    """The unchecked core of :func:`parse_remote_operation`: the row of the remote-control menu
    that the digits after the PIN start with decides the action, and is recorded when explaining.

    The messages never repeat the PIN."""
    if not s:
        raise RuleInputError(
            "no digits: dial the contract line number, '#', the 4-digit PIN and 1, 0 or 2 slot",
            parameter="digits",
            rule="FWD-3",
        )
    _check_dialled(s, "digits", "FWD-3")
    hash_at = s.find("#")
    if hash_at < 0:
        raise RuleInputError("the contract line number must be followed by '#'", parameter="digits", rule="FWD-3")
    line = _line_number(s[:hash_at], "digits")
    rest = s[hash_at + 1 :]
    pin = rest[:PIN_LENGTH]
    if "#" in pin or len(pin) < PIN_LENGTH:
        raise RuleInputError("after '#' come the 4 digits of the PIN", parameter="digits", rule="FWD-3")
    rest = rest[PIN_LENGTH:]
    if not rest:
        raise RuleInputError(
            "missing the action after the PIN: 1 start, 0 stop, or 2 and a list slot 0–4",
            parameter="digits",
            rule="FWD-3",
        )
    row = _REMOTE_BY_PREFIX.get(rest[0])
    if row is None:
        raise RuleInputError(
            f"the action after the PIN must be 1 (start), 0 (stop) or 2 slot (choose and start), got {rest[0]!r}",
            parameter="digits",
            rule="FWD-3",
        )
    pos = len(row.prefix)
    slot: int | None = None
    for field in row.fields:  # only <slot 0-4>
        if pos >= len(rest):
            raise RuleInputError(f"'2' needs a list slot digit {field.lo}–{field.hi}", parameter="digits", rule="FWD-3")
        c = rest[pos]
        if c == "#" or not field.lo <= int(c) <= field.hi:
            raise RuleInputError(
                f"the list slot after '2' must be {field.lo}–{field.hi}, got {c!r}", parameter="digits", rule="FWD-3"
            )
        slot = int(c)
        pos += 1
    if pos != len(rest):
        raise RuleInputError(
            f"unexpected trailing {_show(rest[pos:])} after the complete remote operation",
            parameter="digits",
            rule="FWD-3",
        )
    rop = RemoteOperation(line, pin, row.action, slot)
    if trace is not None:
        _record(trace, rop, s)
    return rop


def _encode_remote(rop: RemoteOperation, trace: Trace | None) -> str:
    """The unchecked core of :func:`encode_remote_operation`: the menu row of the action gives its digits."""
    row = _REMOTE_BY_ACTION[rop.action]
    s = f"{rop.line_number}#{rop.pin}{row.prefix}{'' if rop.slot is None else rop.slot}"
    if trace is not None:
        _record(trace, rop, s)
    return s


def _check_remote(rop: object, parameter: str = "rop") -> RemoteOperation:
    if type(rop) is RemoteOperation:
        return rop
    raise TypeError(f"FWD-3: {parameter}: expected RemoteOperation, got {type(rop).__name__}")


def _mask(name: str, value: object) -> object:
    """What an explanation shows of an argument or result: dialled digits with the PIN masked
    (a remote operation and the settings mask their PIN field themselves)."""
    return _shown_remote(str.__str__(value)) if isinstance(value, str) else value  # a str subclass too


@implements("FWD-3", question="Which number is dialled for remote control in {region}?")
def remote_access_number(region: Region) -> str:
    """The remote-control number to dial in ``region`` (FWD-3); the call is charged.

    >>> remote_access_number(Region.WEST)
    '06-6480-6142'
    """
    r = check_enum(region, Region, "region", "FWD-3")
    number = REMOTE_ACCESS_NUMBERS[r]
    trace = TRACE.get()
    if trace is not None:
        trace.add(ACCESS_NUMBER, number, region=r, number=number)
    return number


@implements("FWD-3", question="What does dialling {digits} after the remote-control number do?", mask=_mask)
def parse_remote_operation(digits: str) -> RemoteOperation:
    """The digits dialled after the remote-control number (FWD-3): contract line number,
    ``#``, the 4-digit PIN, then ``1`` (start), ``0`` (stop) or ``2`` slot (choose and start).

    >>> parse_remote_operation("0312345678#12342" "3")
    RemoteOperation(line_number='0312345678', action=<RemoteAction.CHOOSE_AND_START: 'choose from the list and start'>, slot=3)
    """  # noqa: E501
    return _parse_remote(_as_str(digits, "digits", "FWD-3"), TRACE.get())


@implements(
    "FWD-3",
    question="What is dialled after the remote-control number for this remote operation ({rop})?",
    mask=_mask,
)
def encode_remote_operation(rop: RemoteOperation) -> str:
    """The digits to dial after the remote-control number: the inverse of :func:`parse_remote_operation`.

    >>> encode_remote_operation(RemoteOperation("0612345678", "0000", RemoteAction.STOP))
    '0612345678#00000'
    """
    return _encode_remote(_check_remote(rop), TRACE.get())


def _remote_mode(s: Settings, trace: Trace | None) -> Mode:
    """FWD-3's interpretation: a remote start uses the mode last chosen from the contract line,
    or forwards without ringing if none ever was."""
    if s.last_mode is not None:
        if trace is not None:
            trace.add(REMOTE_START_IN_LAST_MODE, s.last_mode, mode=s.last_mode)
        return s.last_mode
    if trace is not None:
        trace.add(REMOTE_START_WITHOUT_RINGING, Mode.IMMEDIATE, mode=Mode.IMMEDIATE)
    return Mode.IMMEDIATE


@implements("FWD-3", "FWD-2", question="What do the settings become after this remote-control call ({rop})?")
def apply_remote(settings: Settings, rop: RemoteOperation) -> Settings:
    """The settings after a remote-control call (FWD-3).

    Remote control off, or a PIN that does not match the registered one, raises
    :class:`~hikari_rules.RuleInputError` (the message never shows a PIN).  A remote
    start forwards in the mode last chosen from the contract line, or without ringing
    if none was ever chosen (interpretation); starting needs a selected destination
    and choosing an empty slot is an error, as from the line (FWD-2).  The contract
    line number is not checked here: the settings do not hold it.

    >>> s = dial(dial(dial(INITIAL_SETTINGS, "20312345678#"), "4319876"), "12")
    >>> s = apply_remote(s, parse_remote_operation("0311112222#98760"))
    >>> s.is_active
    False
    >>> apply_remote(s, parse_remote_operation("0311112222#98761")).active_mode
    <Mode.NO_ANSWER: '呼び出してから転送する'>
    """
    s = _check_settings(settings, rule_id="FWD-3")
    r = _check_remote(rop)
    if s.remote_pin is None:
        raise RuleInputError(
            "remote control is off: enable it from the contract line first (142, 4 3 1 and a PIN)",
            parameter="settings",
            rule="FWD-3",
        )
    if not hmac.compare_digest(r.pin, s.remote_pin):
        raise RuleInputError("the PIN does not match the registered remote-control PIN", parameter="rop", rule="FWD-3")
    trace = TRACE.get()
    if trace is not None:
        trace.add(PIN_MATCHES, True)
    if r.action is RemoteAction.STOP:
        return _stop(s, trace)
    if r.action is RemoteAction.START:
        return _start(s, _remote_mode(s, trace), "rop", "FWD-3", remember=False, trace=trace)
    chosen = _choose(s, r.slot, "rop", "FWD-3", trace)  # type: ignore[arg-type]
    return _start(chosen, _remote_mode(s, trace), "rop", "FWD-3", remember=False, trace=trace)
