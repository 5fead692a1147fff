"""The 142 menu (FWD-2): the operations dialled after 142 from the contract line.

The menu is :data:`OPERATIONS_142`, a table that reads like the source; looking a
dialled string up in it is the decision :func:`parse_operation` takes (and records),
and :func:`encode_operation` reads it the other way.  The numbers and PINs dialled
are checked here too (FWD-2's interpretation of 「全て市外局番から」).

>>> parse_operation("4" "0" "2" "09012345678" "#")
StoreSlot(slot=2, number='09012345678')
>>> encode_operation(Start(Mode.BUSY))
'13'
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, TypeAlias

import attrs

from hikari_rules._check import check_enum, check_int, check_str
from hikari_rules._registry import TRACE, Clause, Trace, implements, rule
from hikari_rules._text import SECRET_MASK, Secret, labels
from hikari_rules.errors import RuleInputError

__all__ = [
    "DESTINATION_LENGTHS",
    "OPERATIONS_142",
    "OPERATION_CALL_FEE_FROM_CONTRACT_LINE",
    "PIN_LENGTH",
    "SLOT_COUNT",
    "ChooseSlot",
    "DisableRemote",
    "EnableRemote",
    "Mode",
    "Operation",
    "OperationKind",
    "OperationRow",
    "ReadList",
    "ReadRemote",
    "SetDestination",
    "Start",
    "Stop",
    "StoreSlot",
    "encode_operation",
    "parse_operation",
]

# -- FWD-2 The 142 operations ----------------------------------------------------------------------

FWD_2 = rule(
    "FWD-2",
    title="The 142 operations",
    title_ja="142による操作",
    source="FORWARD",
    section="ご利用方法",
    quote=(
        "ご契約回線から、サービスの開始/停止・転送先の登録・リモートコントロールの設定を行います(通話料金はかかりません)。\n"
        "呼び出さずに転送する場合:「1」+「1」本サービスを開始します。\n"
        "呼び出してから転送する場合:「1」+「2」本サービスを開始します。\n"
        "お話し中の時に転送する場合:「1」+「3」本サービスを開始します。\n"
        "呼び出してからもしくはお話し中の時に転送する場合:「1」+「4」本サービスを開始します。\n"
        "「0」本サービスを停止します。初回利用時はこの状態に設定されています。\n"
        "電話番号の設定は全て市外局番から行ってください。\n"
        "転送先登録(転送先が1箇所の場合) … 「2」+「転送先の電話番号」+「♯」\n"
        "転送先リストの登録(転送先が複数ある場合) … "
        "「4」+「0」+(指定したいリスト番号「1」~「4」)+「転送先の電話番号」+「♯」\n"
        "転送先リストからの指定(転送先が複数ある場合) … 「4」+「1」+(指定したいリスト番号「0」~「4」)\n"
        "転送先リストの登録内容確認 … 「8」+「0」\n"
        "リモートコントロールを利用する … 「4」+「3」+「1」+(4桁の暗証番号「XXXX」)\n"
        "リモートコントロールを利用しない … 「4」+「3」+「0」\n"
        "リモートコントロールの利用を停止します。(※初回利用時にはこの状態に設定されています。)\n"
        "リモートコントロールの設定内容確認 … 「8」+「2」"
    ),
    statement=(
        "From the contract line, dial 142 and one operation of the menu: start in one of four modes (1 1–1 4), "
        "stop (0), set the single destination (2 number #, list slot 0), store list slots 1–4 (4 0 slot number #), "
        "choose slot 0–4 (4 1 slot; an empty slot is an error), read back the list (8 0), enable remote control "
        "with a 4-digit PIN (4 3 1 PIN), disable it (4 3 0), read back its setting (8 2). Starting needs a "
        "selected destination; stopping keeps destinations and remote control. These calls cost nothing."
    ),
    statement_ja=(
        "契約回線から142をダイヤルし、次の操作を行う: 開始(1 1〜1 4の4モード)、停止(0)、"
        "転送先登録(2 番号 #、リスト0番)、転送先リスト1〜4の登録(4 0 リスト番号 番号 #)、"
        "リスト0〜4からの指定(4 1 リスト番号。未登録の番号は指定できない)、"
        "リスト確認(8 0)、4桁の暗証番号でリモートコントロール利用(4 3 1 暗証番号)、利用しない(4 3 0)、設定確認(8 2)。"
        "開始には転送先の指定が必要で、停止しても転送先とリモートコントロールの設定は残る。通話料金はかからない。"
    ),
    interpretation=(
        "The source says only that destinations are dialled from the area code (「全て市外局番から」). The library "
        "accepts a destination of ASCII digits starting with 0 and 10 digits long (Japanese fixed numbers) or "
        "11 digits long (mobile and IP numbers); anything else is an input error."
    ),
    other_reading=(
        "Any digit string starting with 0 is a destination (no length check), or other lengths are valid too "
        "(e.g. 0120/0570 special numbers, or international numbers starting 010)."
    ),
    interpretation_ja=(
        "原文は転送先を「全て市外局番から」ダイヤルするとしか述べていない。本ライブラリは0で始まる半角数字で、"
        "10桁(固定電話)または11桁(携帯電話・IP電話)のものを転送先として受け付け、それ以外は入力エラーとする。"
    ),
    other_reading_ja=(
        "0で始まれば桁数を問わず転送先として受け付ける、あるいは他の桁数(0120・0570などの特番や010で始まる国際番号)も"
        "認める、という読み方。"
    ),
)
# What a row of the menu does, said once per kind of row (the row's own facts fill it in).
DIALS_START = FWD_2.clause("142 then {digits}: start forwarding, in the mode “{mode}”")
DIALS_STOP = FWD_2.clause("142 then {digits}: stop forwarding")
DIALS_SET_DESTINATION = FWD_2.clause("142 then {digits}: register {number} as the single destination (list slot 0)")
DIALS_STORE_SLOT = FWD_2.clause("142 then {digits}: store {number} in list slot {slot}")
DIALS_CHOOSE_SLOT = FWD_2.clause("142 then {digits}: forward to the number stored in list slot {slot}")
DIALS_READ_LIST = FWD_2.clause("142 then {digits}: the guidance reads back the destination list")
DIALS_ENABLE_REMOTE = FWD_2.clause("142 then {digits}: use remote control, with the PIN {pin}")
DIALS_DISABLE_REMOTE = FWD_2.clause("142 then {digits}: do not use remote control")
DIALS_READ_REMOTE = FWD_2.clause("142 then {digits}: the guidance reads back the remote-control setting")

OPERATION_CALL_FEE_FROM_CONTRACT_LINE: Final = 0
"""Dialling 142 from the contract line costs nothing (「通話料金はかかりません」, FWD-2)."""

# -- the numbers and PINs dialled (FWD-2's interpretation of 「全て市外局番から」) -------------------

SLOT_COUNT: Final = 5
"""List slots 0–4: slot 0 is the single destination set with ``2``; 1–4 are stored with ``4 0``."""
PIN_LENGTH: Final = 4
DESTINATION_LENGTHS: Final = (10, 11)
"""FWD-2 interpretation: fixed numbers have 10 digits, mobile and IP numbers 11."""

_UNDIALLABLE = re.compile(r"[^0-9#]")


def _show(s: str, limit: int = 24) -> str:
    """A short repr of user input for messages (hostile inputs can be huge)."""
    return repr(s) if len(s) <= limit else repr(s[:limit]) + "…"


def _as_str(value: object, parameter: str, rule_id: str) -> str:
    s = check_str(value, parameter, rule_id)
    return s if type(s) is str else str.__str__(s)


def _ascii_digits(s: str) -> bool:
    return s.isascii() and s.isdigit()


def _dialled_number(
    value: object, parameter: str, rule_id: str, what: str, area_code: str, lengths: tuple[int, ...], length_text: str
) -> str:
    """A number dialled from the area code: ASCII digits, starting with 0, of one of ``lengths``."""
    s = _as_str(value, parameter, rule_id)
    if not s:
        raise RuleInputError(f"the {what} is empty", parameter=parameter, rule=rule_id)
    if not _ascii_digits(s):
        raise RuleInputError(f"the {what} must be ASCII digits 0-9, got {_show(s)}", parameter=parameter, rule=rule_id)
    if s[0] != "0":
        raise RuleInputError(f"the {what} must {area_code}, got {_show(s)}", parameter=parameter, rule=rule_id)
    if len(s) not in lengths:
        raise RuleInputError(f"the {what} {length_text}, got {len(s)} digits", parameter=parameter, rule=rule_id)
    return s


def _destination(value: object, parameter: str, rule_id: str = "FWD-2") -> str:
    """A destination number (FWD-2 interpretation): ASCII digits, starts with 0, 10 or 11 digits."""
    return _dialled_number(
        value,
        parameter,
        rule_id,
        "destination number",
        "be dialled from the area code (start with 0)",
        DESTINATION_LENGTHS,
        "must have 10 digits (fixed) or 11 (mobile, IP)",
    )


def _pin(value: object, parameter: str, rule_id: str) -> str:
    """A remote-control PIN: exactly 4 ASCII digits (kept as a str: leading zeros count).

    The messages never repeat what was given: it may be a PIN."""
    s = _as_str(value, parameter, rule_id)
    if not _ascii_digits(s):
        raise RuleInputError("the PIN must be 4 ASCII digits 0-9", parameter=parameter, rule=rule_id)
    if len(s) != PIN_LENGTH:
        raise RuleInputError(f"the PIN must be exactly 4 digits, got {len(s)}", parameter=parameter, rule=rule_id)
    return s


# -- the modes and the operations of the menu ----------------------------------------------------------


class Mode(enum.Enum):
    """How forwarding behaves once started (the four start operations of the 142 menu)."""

    IMMEDIATE = "呼び出さずに転送する"  # 1 1: forward without ringing
    NO_ANSWER = "呼び出してから転送する"  # 1 2: ring, then forward when not answered
    BUSY = "お話し中の時に転送する"  # 1 3: forward when the line is busy
    NO_ANSWER_OR_BUSY = "呼び出してからもしくはお話し中の時に転送する"  # 1 4


labels(
    Mode,
    IMMEDIATE="forward without ringing",
    NO_ANSWER="ring, then forward",
    BUSY="forward when busy",
    NO_ANSWER_OR_BUSY="ring, then forward, or forward when busy",
)


class OperationKind(enum.Enum):
    """The rows of the 142 menu, one member per kind of operation."""

    START = "start"
    STOP = "stop"
    SET_DESTINATION = "set destination"
    STORE_SLOT = "store list slot"
    CHOOSE_SLOT = "choose list slot"
    READ_LIST = "read back the list"
    ENABLE_REMOTE = "enable remote control"
    DISABLE_REMOTE = "disable remote control"
    READ_REMOTE = "read back the remote-control setting"


labels(
    OperationKind,
    START="start forwarding",
    STOP="stop forwarding",
    SET_DESTINATION="register the single destination",
    STORE_SLOT="store a number in the destination list",
    CHOOSE_SLOT="choose the destination from the list",
    READ_LIST="read back the destination list",
    ENABLE_REMOTE="use remote control",
    DISABLE_REMOTE="do not use remote control",
    READ_REMOTE="read back the remote-control setting",
)


def _v_mode(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    check_enum(value, Mode, attribute.name, "FWD-2")


def _v_destination(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    _destination(value, attribute.name)


def _v_pin(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    _pin(value, attribute.name, "FWD-2")


def _v_list_slot(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    check_int(value, attribute.name, "FWD-2", minimum=0, maximum=SLOT_COUNT - 1)


def _v_stored_slot(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Slots 1–4: slot 0 is set with ``2``, never stored with ``4 0``."""
    check_int(value, attribute.name, "FWD-2", minimum=1, maximum=SLOT_COUNT - 1)


# Each operation carries its ``kind`` (not an argument: fixed per class) so that its
# JSON form (``{"kind": "STORE_SLOT", "slot": 2, "number": ...}``) says which row it is,
# and an explanation names the operation before its details.
_KIND: Final = {"label": "operation"}
_SLOT: Final = {"label": "list slot"}
_NUMBER: Final = {"label": "destination number"}


@attrs.frozen
class Start:
    """``1`` + mode digit: start forwarding in ``mode``."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.START, repr=False, metadata=_KIND)
    mode: Mode = attrs.field(validator=_v_mode, metadata={"label": "mode"})


@attrs.frozen
class Stop:
    """``0``: stop forwarding (the initial state); destinations and remote control are kept."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.STOP, repr=False, metadata=_KIND)


@attrs.frozen
class SetDestination:
    """``2`` + number + ``#``: the single destination, stored in list slot 0 and selected."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.SET_DESTINATION, repr=False, metadata=_KIND)
    number: str = attrs.field(validator=_v_destination, metadata=_NUMBER)


@attrs.frozen
class StoreSlot:
    """``4 0`` + slot(1–4) + number + ``#``: store a number in a list slot (does not select it)."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.STORE_SLOT, repr=False, metadata=_KIND)
    slot: int = attrs.field(validator=_v_stored_slot, metadata=_SLOT)
    number: str = attrs.field(validator=_v_destination, metadata=_NUMBER)


@attrs.frozen
class ChooseSlot:
    """``4 1`` + slot(0–4): forward to the number stored in that slot."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.CHOOSE_SLOT, repr=False, metadata=_KIND)
    slot: int = attrs.field(validator=_v_list_slot, metadata=_SLOT)


@attrs.frozen
class ReadList:
    """``8 0``: the guidance reads back the destination list (changes nothing)."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.READ_LIST, repr=False, metadata=_KIND)


@attrs.frozen
class EnableRemote:
    """``4 3 1`` + PIN: enable remote control and register its 4-digit PIN."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.ENABLE_REMOTE, repr=False, metadata=_KIND)
    # A secret: hidden from repr, and shown as **** in every explanation and its JSON.
    pin: str = attrs.field(validator=_v_pin, repr=False, metadata={"label": "PIN"})


@attrs.frozen
class DisableRemote:
    """``4 3 0``: disable remote control (the initial state)."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.DISABLE_REMOTE, repr=False, metadata=_KIND)


@attrs.frozen
class ReadRemote:
    """``8 2``: the guidance reads back the remote-control setting (changes nothing)."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.READ_REMOTE, repr=False, metadata=_KIND)


Operation: TypeAlias = (
    Start | Stop | SetDestination | StoreSlot | ChooseSlot | ReadList | EnableRemote | DisableRemote | ReadRemote
)
"""One operation of the 142 menu."""

_OPERATION_TYPES: Final = (
    Start,
    Stop,
    SetDestination,
    StoreSlot,
    ChooseSlot,
    ReadList,
    EnableRemote,
    DisableRemote,
    ReadRemote,
)

# -- the 142 menu as a table -----------------------------------------------------------------
#
# ``digits`` is the pattern dialled after 142: single digits, then the fields
# ``<slot a-b>`` (one digit in a..b), ``<number> #`` (a destination ended by #) and
# ``<PIN>`` (4 digits).  ``heading_ja`` / ``dialling_ja`` are the source's words.


@attrs.frozen
class _Field:
    name: str  # the attribute of the operation that holds the value
    lo: int = 0
    hi: int = 0


def _v_row_str(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    check_str(value, attribute.name, "FWD-2")


def _v_kind(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    check_enum(value, OperationKind, attribute.name, "FWD-2")


def _v_row_mode(instance: OperationRow, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A start row names its mode; no other row has one (the table is keyed on (kind, mode))."""
    if value is not None:
        check_enum(value, Mode, attribute.name, "FWD-2")
    if (value is None) == (instance.kind is OperationKind.START):
        raise RuleInputError("a start row names its mode; other rows have none", parameter=attribute.name, rule="FWD-2")


@attrs.frozen
class OperationRow:
    """One row of the 142 menu: the digits, the operation, and the source's own wording.

    ``digits`` is a pattern: single ASCII digits, then the fields ``<slot a-b>``,
    ``<number> #`` and (last) ``<PIN>``; a malformed pattern is a :class:`RuleInputError`.

    >>> OperationRow("4 1 <slot 0-4>", OperationKind.CHOOSE_SLOT, None, "見出し", "ダイヤル", "choose").prefix
    '41'
    """

    digits: str = attrs.field(validator=_v_row_str)
    kind: OperationKind = attrs.field(validator=_v_kind)
    mode: Mode | None = attrs.field(validator=_v_row_mode)
    heading_ja: str = attrs.field(validator=_v_row_str)
    dialling_ja: str = attrs.field(validator=_v_row_str)
    label: str = attrs.field(validator=_v_row_str)
    prefix: str = attrs.field(init=False)
    fields: tuple[_Field, ...] = attrs.field(init=False, repr=False)

    @prefix.default
    def _prefix(self) -> str:
        return _compile(self.digits, "FWD-2")[0]

    @fields.default
    def _fields(self) -> tuple[_Field, ...]:
        return _compile(self.digits, "FWD-2")[1]


_SLOT_TOKEN = re.compile(r"<slot ([0-9])-([0-9])>")


def _compile(pattern: object, rule_id: str) -> tuple[str, tuple[_Field, ...]]:
    """Split a digits pattern into its fixed prefix and its fields (a table row's constructor).

    Runs before the row's validators (attrs computes defaults first), so it checks the type itself.
    """
    pattern = _as_str(pattern, "digits", rule_id)
    what = "142 pattern" if rule_id == "FWD-2" else "remote-control pattern"
    tokens = pattern.split()
    prefix = ""
    while tokens and len(tokens[0]) == 1 and _ascii_digits(tokens[0]):
        prefix += tokens.pop(0)
    if not prefix:
        raise RuleInputError(
            f"bad {what} {_show(pattern)}: it must start with ASCII digits", parameter="digits", rule=rule_id
        )
    fields: list[_Field] = []
    while tokens:
        tok = tokens.pop(0)
        m = _SLOT_TOKEN.fullmatch(tok + (" " + tokens.pop(0) if tok == "<slot" and tokens else ""))
        if m and int(m.group(1)) <= int(m.group(2)) < SLOT_COUNT:
            fields.append(_Field("slot", int(m.group(1)), int(m.group(2))))
        elif tok == "<number>" and tokens and tokens[0] == "#":
            tokens.pop(0)
            fields.append(_Field("number"))
        elif tok == "<PIN>" and not tokens:
            fields.append(_Field("pin"))
        else:
            raise RuleInputError(
                f"bad {what} {_show(pattern)} at {_show(tok)}: fields are <slot a-b> (0 <= a <= b <= "
                f"{SLOT_COUNT - 1}), <number> # and a final <PIN>",
                parameter="digits",
                rule=rule_id,
            )
    return prefix, tuple(fields)


K = OperationKind
OPERATIONS_142: Final[tuple[OperationRow, ...]] = (
    # digits after 142,             kind,            mode,                    source heading,                         source dialling,                                                                  meaning  # noqa: E501
    OperationRow("1 1", K.START, Mode.IMMEDIATE, "呼び出さずに転送する場合", "「1」+「1」本サービスを開始します。", "start: forward without ringing"),  # noqa: E501
    OperationRow("1 2", K.START, Mode.NO_ANSWER, "呼び出してから転送する場合", "「1」+「2」本サービスを開始します。", "start: ring, then forward (no answer)"),  # noqa: E501
    OperationRow("1 3", K.START, Mode.BUSY, "お話し中の時に転送する場合", "「1」+「3」本サービスを開始します。", "start: forward when busy"),  # noqa: E501
    OperationRow("1 4", K.START, Mode.NO_ANSWER_OR_BUSY, "呼び出してからもしくはお話し中の時に転送する場合", "「1」+「4」本サービスを開始します。", "start: forward on no answer or busy"),  # noqa: E501
    OperationRow("0", K.STOP, None, "サービス停止", "「0」本サービスを停止します。初回利用時はこの状態に設定されています。", "stop (the initial state)"),  # noqa: E501
    OperationRow("2 <number> #", K.SET_DESTINATION, None, "転送先登録(転送先が1箇所の場合)", "「2」+「転送先の電話番号」+「♯」", "set the single destination (list slot 0)"),  # noqa: E501
    OperationRow("4 0 <slot 1-4> <number> #", K.STORE_SLOT, None, "転送先リストの登録(転送先が複数ある場合)", "「4」+「0」+(指定したいリスト番号「1」~「4」)+「転送先の電話番号」+「♯」", "store a number in list slot 1–4"),  # noqa: E501
    OperationRow("4 1 <slot 0-4>", K.CHOOSE_SLOT, None, "転送先リストからの指定(転送先が複数ある場合)", "「4」+「1」+(指定したいリスト番号「0」~「4」)", "choose the destination from list slot 0–4"),  # noqa: E501
    OperationRow("8 0", K.READ_LIST, None, "転送先リストの登録内容確認", "「8」+「0」", "read back the list"),
    OperationRow("4 3 1 <PIN>", K.ENABLE_REMOTE, None, "リモートコントロールを利用する", "「4」+「3」+「1」+(4桁の暗証番号「XXXX」)", "enable remote control with that PIN"),  # noqa: E501
    OperationRow("4 3 0", K.DISABLE_REMOTE, None, "リモートコントロールを利用しない", "「4」+「3」+「0」", "disable remote control (the initial state)"),  # noqa: E501
    OperationRow("8 2", K.READ_REMOTE, None, "リモートコントロールの設定内容確認", "「8」+「2」", "read back the remote-control setting"),  # noqa: E501
)  # fmt: skip
"""The 142 menu (FWD-2), in the order of the source page."""

_SAYS: Final[Mapping[OperationKind, Clause]] = MappingProxyType(
    {
        K.START: DIALS_START,
        K.STOP: DIALS_STOP,
        K.SET_DESTINATION: DIALS_SET_DESTINATION,
        K.STORE_SLOT: DIALS_STORE_SLOT,
        K.CHOOSE_SLOT: DIALS_CHOOSE_SLOT,
        K.READ_LIST: DIALS_READ_LIST,
        K.ENABLE_REMOTE: DIALS_ENABLE_REMOTE,
        K.DISABLE_REMOTE: DIALS_DISABLE_REMOTE,
        K.READ_REMOTE: DIALS_READ_REMOTE,
    }
)
"""The clause each kind of row records when the menu decides a dialled string is that row."""
del K

_CLASS_OF_KIND: Final[Mapping[OperationKind, type[Operation]]] = MappingProxyType(
    {
        OperationKind.START: Start,
        OperationKind.STOP: Stop,
        OperationKind.SET_DESTINATION: SetDestination,
        OperationKind.STORE_SLOT: StoreSlot,
        OperationKind.CHOOSE_SLOT: ChooseSlot,
        OperationKind.READ_LIST: ReadList,
        OperationKind.ENABLE_REMOTE: EnableRemote,
        OperationKind.DISABLE_REMOTE: DisableRemote,
        OperationKind.READ_REMOTE: ReadRemote,
    }
)
_ROW_BY_PREFIX: Final[Mapping[str, OperationRow]] = MappingProxyType({r.prefix: r for r in OPERATIONS_142})
_ROW_BY_OP: Final[Mapping[tuple[OperationKind, Mode | None], OperationRow]] = MappingProxyType(
    {(r.kind, r.mode): r for r in OPERATIONS_142}
)
_MAX_PREFIX: Final = max(len(p) for p in _ROW_BY_PREFIX)
# Rows without fields always give the same (frozen) operation: build it once.
_CONSTANT_OPS: Final[Mapping[str, Operation]] = MappingProxyType(
    {
        r.prefix: (Start(r.mode) if r.mode is not None else _CLASS_OF_KIND[r.kind]())  # type: ignore[call-arg]
        for r in OPERATIONS_142
        if not r.fields
    }
)
_PIN_ROWS: Final = tuple(r for r in OPERATIONS_142 if any(f.name == "pin" for f in r.fields))
"""The rows whose digits end with the PIN (4 3 1): explanations show their digits masked."""


def _check_prefix_free(prefixes: tuple[str, ...]) -> None:
    for a in prefixes:
        for b in prefixes:
            if a != b and b.startswith(a):
                raise RuntimeError(f"142 menu: {a!r} is a prefix of {b!r}: the menu could not be parsed")


_check_prefix_free(tuple(_ROW_BY_PREFIX))
_MENU_HINT: Final = "0, 11, 12, 13, 14, 2<number>#, 40<slot 1-4><number>#, 41<slot 0-4>, 430, 431<PIN>, 80, 82"


def _check_dialled(s: str, parameter: str, rule_id: str) -> None:
    bad = _UNDIALLABLE.search(s)
    if bad is not None:
        c = s[bad.start()]
        hint = " (use the ASCII '#')" if c in "♯＃" else ""
        raise RuleInputError(
            f"{c!r} at position {bad.start()} cannot be dialled: only ASCII digits 0-9 and '#'{hint}",
            parameter=parameter,
            rule=rule_id,
        )


def _no_row(s: str) -> RuleInputError:
    """The error for digits that match no row of the menu: incomplete, or an unknown choice."""
    nexts = sorted({p[len(s)] for p in _ROW_BY_PREFIX if p.startswith(s) and len(p) > len(s)})
    if nexts:
        return RuleInputError(
            f"incomplete operation {_show(s)}: it continues with one of {', '.join(nexts)}",
            parameter="digits",
            rule="FWD-2",
        )
    for n in range(min(len(s), _MAX_PREFIX) - 1, 0, -1):
        head = s[:n]
        nexts = sorted({p[n] for p in _ROW_BY_PREFIX if p.startswith(head) and len(p) > n})
        if nexts:
            return RuleInputError(
                f"after {head!r} the 142 menu expects one of {', '.join(nexts)}, got {s[n]!r}",
                parameter="digits",
                rule="FWD-2",
            )
    return RuleInputError(
        f"{s[0]!r} starts no operation of the 142 menu (operations: {_MENU_HINT})", parameter="digits", rule="FWD-2"
    )


def _shown_142(digits: str) -> str:
    """``digits`` dialled after 142 as an explanation may show them: the PIN of ``4 3 1`` masked.

    >>> _shown_142("4311234"), _shown_142("13")
    ('431****', '13')
    """
    for row in _PIN_ROWS:
        if digits.startswith(row.prefix):
            return row.prefix + SECRET_MASK
    return digits


def _record(trace: Trace, row: OperationRow, op: Operation, digits: str) -> None:
    """Record that the menu's ``row`` is what ``digits`` dial: the row's clause, with its facts."""
    facts: dict[str, object] = {"digits": _shown_142(digits)}
    if row.mode is not None:
        facts["mode"] = row.mode
    for field in row.fields:
        value = getattr(op, field.name)
        facts[field.name] = Secret(value) if field.name == "pin" else value
    trace.add(_SAYS[row.kind], op, **facts)


def _parse_142(s: str, trace: Trace | None) -> Operation:
    """The unchecked core of :func:`parse_operation` (``s`` is an exact ``str``): the menu row
    whose digits ``s`` starts with decides the operation, and is recorded when explaining."""
    if not s:
        raise RuleInputError(
            f"no digits: dial an operation of the 142 menu ({_MENU_HINT})", parameter="digits", rule="FWD-2"
        )
    op = _CONSTANT_OPS.get(s)
    if op is not None:
        if trace is not None:
            _record(trace, _ROW_BY_PREFIX[s], op, s)
        return op
    _check_dialled(s, "digits", "FWD-2")
    row = None
    for n in range(1, min(len(s), _MAX_PREFIX) + 1):
        row = _ROW_BY_PREFIX.get(s[:n])
        if row is not None:
            break
    if row is None:
        raise _no_row(s)
    pos = len(row.prefix)
    values: dict[str, object] = {}
    for field in row.fields:
        if field.name == "slot":
            if pos >= len(s):
                raise RuleInputError(
                    f"{row.prefix!r} needs a list slot digit {field.lo}–{field.hi}", parameter="digits", rule="FWD-2"
                )
            c = s[pos]
            if c == "#" or not field.lo <= int(c) <= field.hi:
                raise RuleInputError(
                    f"the list slot after {row.prefix!r} must be {field.lo}–{field.hi}, got {c!r}",
                    parameter="digits",
                    rule="FWD-2",
                )
            values["slot"] = int(c)
            pos += 1
        elif field.name == "number":
            end = s.find("#", pos)
            if end < 0:
                raise RuleInputError(
                    f"the destination number after {s[:pos]!r} must end with '#'", parameter="digits", rule="FWD-2"
                )
            values["number"] = _destination(s[pos:end], "digits")
            pos = end + 1
        else:  # pin: the rest of the string (never repeated in a message)
            pin = s[pos:]
            if "#" in pin:
                raise RuleInputError("the PIN is 4 digits with no '#'", parameter="digits", rule="FWD-2")
            if len(pin) != PIN_LENGTH:
                raise RuleInputError(
                    f"the PIN after '431' must be exactly 4 digits, got {len(pin)}", parameter="digits", rule="FWD-2"
                )
            values["pin"] = pin
            pos = len(s)
    if pos != len(s):
        raise RuleInputError(
            f"unexpected trailing {_show(s[pos:])} after the complete operation {_show(s[:pos])}",
            parameter="digits",
            rule="FWD-2",
        )
    op = _CLASS_OF_KIND[row.kind](**values)  # type: ignore[arg-type]
    if trace is not None:
        _record(trace, row, op, s)
    return op


def _row_of(op: Operation) -> OperationRow:
    return _ROW_BY_OP[(op.kind, op.mode if type(op) is Start else None)]


def _encode_142(op: Operation, trace: Trace | None) -> str:
    """The unchecked core of :func:`encode_operation`: the menu row of ``op`` gives its digits."""
    row = _row_of(op)
    out = row.prefix
    for field in row.fields:
        if field.name == "number":
            out += getattr(op, "number") + "#"  # noqa: B009
        else:
            out += str(getattr(op, field.name))
    if trace is not None:
        _record(trace, row, op, out)
    return out


def _check_operation(op: object, parameter: str = "op", rule_id: str = "FWD-2") -> Operation:
    if type(op) in _OPERATION_TYPES:
        return op  # type: ignore[return-value]
    raise TypeError(
        f"{rule_id}: {parameter}: expected a 142 operation (Start, Stop, SetDestination, StoreSlot, ChooseSlot, "
        f"ReadList, EnableRemote, DisableRemote, ReadRemote), got {type(op).__name__}"
    )


def _mask(name: str, value: object) -> object:
    """What an explanation shows of an argument or result: any digit string with the PIN masked
    (the operations and settings mask their PIN field themselves)."""
    return _shown_142(str.__str__(value)) if isinstance(value, str) else value  # a str subclass too


@implements("FWD-2", question="What does dialling 142 then {digits} on the contract line do?", mask=_mask)
def parse_operation(digits: str) -> Operation:
    """The operation dialled after ``142`` (FWD-2): ASCII digits and ``#``, exactly one operation.

    Malformed input raises :class:`~hikari_rules.RuleInputError` saying what is wrong
    (unknown or incomplete operation, slot out of range, destination not starting
    with 0 or of the wrong length, missing ``#``, PIN not 4 digits, non-ASCII
    characters, trailing characters); a non-``str`` is a ``TypeError``.

    >>> parse_operation("12")
    Start(mode=<Mode.NO_ANSWER: '呼び出してから転送する'>)
    >>> parse_operation("2" "0312345678" "#")
    SetDestination(number='0312345678')
    >>> parse_operation("4131")
    Traceback (most recent call last):
    ...
    hikari_rules.errors.RuleInputError: FWD-2: digits: unexpected trailing '1' after the complete operation '413'
    """
    return _parse_142(_as_str(digits, "digits", "FWD-2"), TRACE.get())


@implements(
    "FWD-2",
    question="What is dialled after 142 for this operation ({op})?",
    answer="142 then {result}",
    mask=_mask,
)
def encode_operation(op: Operation) -> str:
    """The digits to dial after ``142`` for ``op`` (FWD-2): the inverse of :func:`parse_operation`.

    >>> encode_operation(Start(Mode.BUSY))
    '13'
    >>> encode_operation(ChooseSlot(0)), encode_operation(EnableRemote("0042"))
    ('410', '4310042')
    """
    return _encode_142(_check_operation(op), TRACE.get())
