"""So-net 光 着信転送サービス: prices, the 142 menu, remote control, call handling (FWD-1..7).

Source: FORWARD (``sonet-call-forwarding.txt``).  The subscriber controls the service
from the contract line by dialling ``142`` and then the digits of one operation of
the menu below (FWD-2), or from any phone through the area's remote-control number
(FWD-3).  The menu is :data:`OPERATIONS_142`, a table that reads like the source and
drives both :func:`parse_operation` and :func:`encode_operation`:

=============================  ===============================================
digits after 142               operation
=============================  ===============================================
``1 1``                        start: forward without ringing
``1 2``                        start: ring, then forward (no answer)
``1 3``                        start: forward when busy
``1 4``                        start: forward on no answer or busy
``0``                          stop (the initial state)
``2`` number ``#``             set the single destination (list slot 0)
``4 0`` slot(1–4) number ``#`` store a number in list slot 1–4
``4 1`` slot(0–4)              choose the destination from list slot 0–4
``8 0``                        read back the list
``4 3 1`` PIN(4 digits)        enable remote control with that PIN
``4 3 0``                      disable remote control (the initial state)
``8 2``                        read back the remote-control setting
=============================  ===============================================

:func:`apply` is the service as a pure state machine over frozen :class:`Settings`;
:func:`decide_call` says whether an incoming call is forwarded, rings or is rejected
(FWD-4 and the modes), :func:`forwarded_call` who pays which leg and what the
destination sees (FWD-5), :func:`service_fees` the prices (FWD-1: the reduced
construction fee with 光電話 is unknown, ``None``), :func:`is_supported` the features
the source says are not supported (FWD-6).

**The source contradicts itself (FWD-7).**  Under 「ご利用イメージ」 it says that calls
arriving while the line is busy cannot be forwarded (「お話中の時にかかってきた電話を
転送することはできません」), yet its own 142 menu offers 「お話し中の時に転送する」
(``1 3``) and 「呼び出してからもしくはお話し中の時に転送する」 (``1 4``).
*Interpretation* (FWD-7 in the rule catalog): this library follows the 142 menu, mode by mode;
the other reading (no busy call is ever forwarded) would make ``1 3`` useless.

>>> s = dial(INITIAL_SETTINGS, "2" + "0312345678" + "#")     # set the destination
>>> s = dial(s, "11")                                         # start, without ringing
>>> s.active_mode, s.destination
(<Mode.IMMEDIATE: '呼び出さずに転送する'>, '0312345678')
>>> decide_call(s, IncomingCall(line_busy=True)).outcome
<Outcome.FORWARD: 'forward'>
>>> encode_operation(StoreSlot(2, "09012345678"))
'40209012345678#'
"""

from __future__ import annotations

import enum
import hmac
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, TypeAlias

import attrs

from hikari_rules._check import check_bool, check_enum, check_int, check_str
from hikari_rules._registry import TRACE, implements, rule
from hikari_rules.errors import RuleInputError
from hikari_rules.fees import CALL_FORWARDING_CONSTRUCTION_FEE, CALL_FORWARDING_MONTHLY_FEE
from hikari_rules.withdrawal import Region

__all__ = [
    "CALL_CHARGE_PAYERS",
    "FEATURE_SUPPORT",
    "INITIAL_SETTINGS",
    "OPERATIONS_142",
    "OPERATION_CALL_FEE_FROM_CONTRACT_LINE",
    "REMOTE_ACCESS_NUMBERS",
    "REMOTE_ACTIONS",
    "REMOTE_CONTROL_CALL_CHARGED",
    "SLOT_COUNT",
    "UNSUPPORTED_FEATURES",
    "CallDecision",
    "ChooseSlot",
    "DisableRemote",
    "EnableRemote",
    "Feature",
    "ForwardedCall",
    "IncomingCall",
    "Leg",
    "LegCharge",
    "Mode",
    "Operation",
    "OperationKind",
    "OperationRow",
    "Outcome",
    "Party",
    "ReadList",
    "ReadRemote",
    "RemoteAction",
    "RemoteActionRow",
    "RemoteOperation",
    "ServiceFees",
    "SetDestination",
    "Settings",
    "Start",
    "Stop",
    "StoreSlot",
    "apply",
    "apply_remote",
    "decide_call",
    "dial",
    "encode_operation",
    "encode_remote_operation",
    "forwarded_call",
    "is_supported",
    "parse_operation",
    "parse_remote_operation",
    "remote_access_number",
    "service_fees",
]

# -- the rules, as the source states them ------------------------------------------------

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
        "11 digits long (mobile and IP numbers); anything else is a RuleInputError."
    ),
    other_reading=(
        "Any digit string starting with 0 is a destination (no length check), or other lengths are valid too "
        "(e.g. 0120/0570 special numbers, or international numbers starting 010)."
    ),
    interpretation_ja=(
        "原文は転送先を「全て市外局番から」ダイヤルするとしか述べていない。本ライブラリは0で始まる半角数字で、"
        "10桁(固定電話)または11桁(携帯電話・IP電話)のものを転送先として受け付け、それ以外はRuleInputErrorとする。"
    ),
    other_reading_ja=(
        "0で始まれば桁数を問わず転送先として受け付ける、あるいは他の桁数(0120・0570などの特番や010で始まる国際番号)も"
        "認める、という読み方。"
    ),
)
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
FWD_4 = rule(
    "FWD-4",
    title="Interaction with ナンバー・リクエスト and 着信拒否",
    title_ja="ナンバー・リクエスト・着信拒否との併用",
    source="FORWARD",
    section="注意事項",
    quote=(
        "ナンバー・リクエストと併用した場合、ナンバー・リクエストによる着信拒否が優先されます。\n"
        "着信拒否サービスと併用した場合、転送される通話は迷惑電話として登録出来ません。"
        "また、番号登録されている相手からの着信時は転送を行いません。"
    ),
    statement=(
        "With ナンバー・リクエスト, its rejection wins: a call from a withheld number is rejected, not forwarded. "
        "With 着信拒否, calls from blocked numbers are not forwarded, and a forwarded call cannot be registered as "
        "a nuisance number."
    ),
    statement_ja=(
        "ナンバー・リクエストと併用すると、その着信拒否が優先され、非通知の着信は転送されず拒否される。着信拒否サービスと併用すると、"
        "登録された番号からの着信は転送されず、転送された通話は迷惑電話として登録できない。"
    ),
)
FWD_5 = rule(
    "FWD-5",
    title="Caller ID and call charges of a forwarded call",
    title_ja="転送時の発信者番号と通話料金",
    source="FORWARD",
    section="注意事項",
    quote=(
        "電話をかける方(発信者)が番号通知を行って(転送元へ)発信し、転送先が番号表示可能な電話機をご利用の場合、"
        "転送先で表示される電話番号は発信者の番号となります。\n"
        '着信転送時の通話料金は「発信者 - 転送元」間では"発信者"に、「転送元 - 転送先」間では“転送元”である'
        "本サービスご契約者にそれぞれ課金されます。"
    ),
    statement=(
        "The destination sees the original caller's number when the caller sends it (and its phone can display "
        "numbers). The caller pays the leg caller → forwarding line; the subscriber pays forwarding line → "
        "destination."
    ),
    statement_ja=(
        "発信者が番号通知して発信し、転送先が番号表示可能な電話機なら、転送先には発信者の番号が表示される。"
        "通話料金は「発信者 - 転送元」間が発信者、「転送元 - 転送先」間が本サービス契約者(転送元)の負担となる。"
    ),
)
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
FWD_7 = rule(
    "FWD-7",
    title="Busy calls: the source contradicts itself",
    title_ja="話中時の転送(原文の矛盾)",
    source="FORWARD",
    section="ご利用イメージ",
    quote=(
        "※ 一度電話をとってからの転送やお話中の時にかかってきた電話を転送することはできません。\n"
        "お話し中の時に転送する場合:「1」+「3」本サービスを開始します。\n"
        "呼び出してからもしくはお話し中の時に転送する場合:「1」+「4」本サービスを開始します。"
    ),
    statement=(
        "The page says calls arriving while busy cannot be forwarded, yet the 142 menu offers 'forward when busy' "
        "(1 3) and 'forward on no answer or busy' (1 4)."
    ),
    statement_ja=(
        "原文は「お話中の時にかかってきた電話を転送することはできません」とする一方、142のメニューに"
        "「お話し中の時に転送する」(1 3)と「呼び出してからもしくはお話し中の時に転送する」(1 4)がある。"
    ),
    interpretation=(
        "Follow the 142 menu, mode by mode: a call arriving while the line is busy is forwarded in the modes "
        "'forward when busy' (1 3) and 'no answer or busy' (1 4), and in 'forward without ringing' (1 1), which "
        "never rings the line; in 'ring, then forward' (1 2) it is not forwarded. The contradiction is listed "
        "in the module documentation."
    ),
    other_reading=(
        "Follow the sentence under ご利用イメージ: no call that arrives while the line is busy is ever forwarded, "
        "whatever the mode; 1 3 would then never forward and 1 4 would behave like 1 2."
    ),
    interpretation_ja=(
        "142のメニューに従い、モードごとに判断する: 話中にかかってきた電話は「お話し中の時に転送する」(1 3)、"
        "「呼び出してからもしくはお話し中の時に転送する」(1 4)、"
        "および回線を呼び出さない「呼び出さずに転送する」(1 1)では転送し、"
        "「呼び出してから転送する」(1 2)では転送しない。矛盾はモジュールの説明に記載する。"
    ),
    other_reading_ja=(
        "「ご利用イメージ」の注記に従い、話中にかかってきた電話はモードにかかわらず転送しない。"
        "この読み方では1 3は転送することがなく、1 4は1 2と同じになる。"
    ),
)

# -- shared checks ---------------------------------------------------------------------------

SLOT_COUNT: Final = 5
"""List slots 0–4: slot 0 is the single destination set with ``2``; 1–4 are stored with ``4 0``."""
PIN_LENGTH: Final = 4
LINE_NUMBER_LENGTH: Final = 10
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
    """A remote-control PIN: exactly 4 ASCII digits (kept as a str: leading zeros count)."""
    s = _as_str(value, parameter, rule_id)
    if not _ascii_digits(s):
        raise RuleInputError("the PIN must be 4 ASCII digits 0-9", parameter=parameter, rule=rule_id)
    if len(s) != PIN_LENGTH:
        raise RuleInputError(f"the PIN must be exactly 4 digits, got {len(s)}", parameter=parameter, rule=rule_id)
    return s


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


# -- modes and operations (FWD-2) ----------------------------------------------------------


class Mode(enum.Enum):
    """How forwarding behaves once started (the four start operations of the 142 menu)."""

    IMMEDIATE = "呼び出さずに転送する"  # 1 1: forward without ringing
    NO_ANSWER = "呼び出してから転送する"  # 1 2: ring, then forward when not answered
    BUSY = "お話し中の時に転送する"  # 1 3: forward when the line is busy
    NO_ANSWER_OR_BUSY = "呼び出してからもしくはお話し中の時に転送する"  # 1 4


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


def _v_mode(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    check_enum(value, Mode, attribute.name, "FWD-2")


def _v_destination(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    _destination(value, attribute.name)


def _v_pin(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    _pin(value, attribute.name, "FWD-2")


def _v_slot(lo: int, hi: int):  # type: ignore[no-untyped-def]
    def validate(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        check_int(value, attribute.name, "FWD-2", minimum=lo, maximum=hi)

    return validate


# Each operation carries its ``kind`` (not an argument: fixed per class) so that its
# JSON form (``{"kind": "STORE_SLOT", "slot": 2, "number": ...}``) says which row it is.


@attrs.frozen
class Start:
    """``1`` + mode digit: start forwarding in ``mode``."""

    mode: Mode = attrs.field(validator=_v_mode)
    kind: OperationKind = attrs.field(init=False, default=OperationKind.START, repr=False)


@attrs.frozen
class Stop:
    """``0``: stop forwarding (the initial state); destinations and remote control are kept."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.STOP, repr=False)


@attrs.frozen
class SetDestination:
    """``2`` + number + ``#``: the single destination, stored in list slot 0 and selected."""

    number: str = attrs.field(validator=_v_destination)
    kind: OperationKind = attrs.field(init=False, default=OperationKind.SET_DESTINATION, repr=False)


@attrs.frozen
class StoreSlot:
    """``4 0`` + slot(1–4) + number + ``#``: store a number in a list slot (does not select it)."""

    slot: int = attrs.field(validator=_v_slot(1, SLOT_COUNT - 1))
    number: str = attrs.field(validator=_v_destination)
    kind: OperationKind = attrs.field(init=False, default=OperationKind.STORE_SLOT, repr=False)


@attrs.frozen
class ChooseSlot:
    """``4 1`` + slot(0–4): forward to the number stored in that slot."""

    slot: int = attrs.field(validator=_v_slot(0, SLOT_COUNT - 1))
    kind: OperationKind = attrs.field(init=False, default=OperationKind.CHOOSE_SLOT, repr=False)


@attrs.frozen
class ReadList:
    """``8 0``: the guidance reads back the destination list (changes nothing)."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.READ_LIST, repr=False)


@attrs.frozen
class EnableRemote:
    """``4 3 1`` + PIN: enable remote control and register its 4-digit PIN."""

    pin: str = attrs.field(validator=_v_pin, repr=False)  # a secret: hidden from repr and explanations
    kind: OperationKind = attrs.field(init=False, default=OperationKind.ENABLE_REMOTE, repr=False)


@attrs.frozen
class DisableRemote:
    """``4 3 0``: disable remote control (the initial state)."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.DISABLE_REMOTE, repr=False)


@attrs.frozen
class ReadRemote:
    """``8 2``: the guidance reads back the remote-control setting (changes nothing)."""

    kind: OperationKind = attrs.field(init=False, default=OperationKind.READ_REMOTE, repr=False)


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


def _v_row_str(rule_id: str):  # type: ignore[no-untyped-def]
    def validate(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        check_str(value, attribute.name, rule_id)

    return validate


def _v_kind(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    check_enum(value, OperationKind, attribute.name, "FWD-2")


def _v_row_mode(instance: OperationRow, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A start row names its mode; no other row has one (the table is keyed on (kind, mode))."""
    if value is not None:
        check_enum(value, Mode, attribute.name, "FWD-2")
    if (value is None) == (instance.kind is OperationKind.START):
        raise RuleInputError("a START row names its mode, other rows have none", parameter=attribute.name, rule="FWD-2")


@attrs.frozen
class OperationRow:
    """One row of the 142 menu: the digits, the operation, and the source's own wording.

    ``digits`` is a pattern: single ASCII digits, then the fields ``<slot a-b>``,
    ``<number> #`` and (last) ``<PIN>``; a malformed pattern is a :class:`RuleInputError`.

    >>> OperationRow("4 1 <slot 0-4>", OperationKind.CHOOSE_SLOT, None, "見出し", "ダイヤル", "choose").prefix
    '41'
    """

    digits: str = attrs.field(validator=_v_row_str("FWD-2"))
    kind: OperationKind = attrs.field(validator=_v_kind)
    mode: Mode | None = attrs.field(validator=_v_row_mode)
    heading_ja: str = attrs.field(validator=_v_row_str("FWD-2"))
    dialling_ja: str = attrs.field(validator=_v_row_str("FWD-2"))
    label: str = attrs.field(validator=_v_row_str("FWD-2"))
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


def _parse_142(s: str) -> Operation:
    """The unchecked core of :func:`parse_operation` (``s`` is an exact ``str``)."""
    if not s:
        raise RuleInputError(
            f"no digits: dial an operation of the 142 menu ({_MENU_HINT})", parameter="digits", rule="FWD-2"
        )
    op = _CONSTANT_OPS.get(s)
    if op is not None:
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
        else:  # pin: the rest of the string
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
    if row.kind is OperationKind.START:
        return Start(row.mode)  # type: ignore[arg-type]
    return _CLASS_OF_KIND[row.kind](**values)  # type: ignore[arg-type]


def _row_of(op: Operation) -> OperationRow:
    return _ROW_BY_OP[(op.kind, op.mode if type(op) is Start else None)]


def _encode_142(op: Operation) -> str:
    row = _row_of(op)
    out = row.prefix
    for field in row.fields:
        if field.name == "number":
            out += getattr(op, "number") + "#"  # noqa: B009
        else:
            out += str(getattr(op, field.name))
    return out


def _check_operation(op: object, parameter: str = "op", rule_id: str = "FWD-2") -> Operation:
    if type(op) in _OPERATION_TYPES:
        return op  # type: ignore[return-value]
    raise TypeError(
        f"{rule_id}: {parameter}: expected a 142 operation (Start, Stop, SetDestination, StoreSlot, ChooseSlot, "
        f"ReadList, EnableRemote, DisableRemote, ReadRemote), got {type(op).__name__}"
    )


def _describe(op: Operation) -> tuple[str, str]:
    row = _row_of(op)
    detail = ""
    if isinstance(op, SetDestination | StoreSlot):
        detail = f" {op.number}"
    if isinstance(op, StoreSlot | ChooseSlot):
        detail = f" slot {op.slot}" + detail
    if isinstance(op, EnableRemote):
        detail = " (PIN ****)"
    return row.label + detail, row.heading_ja + detail


@implements("FWD-2")
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
    s = _as_str(digits, "digits", "FWD-2")
    op = _parse_142(s)
    trace = TRACE.get()
    if trace is not None:
        en, ja = _describe(op)
        trace.step(
            "FWD-2",
            op,
            digits=s,
            note=f"142 then {s}: {en}",
            note_ja=f"142の後に{s}: {ja}",
        )
    return op


@implements("FWD-2")
def encode_operation(op: Operation) -> str:
    """The digits to dial after ``142`` for ``op`` (FWD-2): the inverse of :func:`parse_operation`.

    >>> encode_operation(Start(Mode.BUSY))
    '13'
    >>> encode_operation(ChooseSlot(0)), encode_operation(EnableRemote("0042"))
    ('410', '4310042')
    """
    op = _check_operation(op)
    s = _encode_142(op)
    trace = TRACE.get()
    if trace is not None:
        en, ja = _describe(op)
        trace.step("FWD-2", s, op=op, note=f"{en}: dial 142 then {s}", note_ja=f"{ja}: 142の後に{s}")
    return s


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


# -- remote control (FWD-3) -----------------------------------------------------------------------

REMOTE_ACCESS_NUMBERS: Final[Mapping[Region, str]] = MappingProxyType(
    {
        Region.EAST: "03-6304-4141",  # 東日本
        Region.WEST: "06-6480-6142",  # 西日本
    }
)
"""リモートコントロール用電話番号 by area, as the source writes them (the call is charged)."""

OPERATION_CALL_FEE_FROM_CONTRACT_LINE: Final = 0
"""Dialling 142 from the contract line costs nothing (「通話料金はかかりません」, FWD-2)."""
REMOTE_CONTROL_CALL_CHARGED: Final = True
"""The call to the remote-control number is charged (「別途、通話料金がかかります」); the source gives no amount."""


class RemoteAction(enum.Enum):
    """What a remote-control call does after the line number, ``#`` and PIN."""

    START = "start"  # 1
    STOP = "stop"  # 0
    CHOOSE_AND_START = "choose from the list and start"  # 2 slot(0–4)


def _v_action(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    check_enum(value, RemoteAction, attribute.name, "FWD-3")


@attrs.frozen
class RemoteActionRow:
    """One row of the remote-control menu, with the source's wording (``digits`` as in :class:`OperationRow`)."""

    digits: str = attrs.field(validator=_v_row_str("FWD-3"))
    action: RemoteAction = attrs.field(validator=_v_action)
    dialling_ja: str = attrs.field(validator=_v_row_str("FWD-3"))
    result_ja: str = attrs.field(validator=_v_row_str("FWD-3"))
    label: str = attrs.field(validator=_v_row_str("FWD-3"))
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

    line_number: str = attrs.field(validator=_v_line_number)
    pin: str = attrs.field(validator=_v_remote_pin, repr=False)
    action: RemoteAction = attrs.field(validator=_v_action)
    slot: int | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        if self.action is RemoteAction.CHOOSE_AND_START:
            if self.slot is None:
                raise RuleInputError("choosing from the list needs a slot 0–4", parameter="slot", rule="FWD-3")
            check_int(self.slot, "slot", "FWD-3", minimum=0, maximum=SLOT_COUNT - 1)
        elif self.slot is not None:
            raise RuleInputError(
                f"only CHOOSE_AND_START takes a slot, not {self.action.name}", parameter="slot", rule="FWD-3"
            )


def _parse_remote(s: str) -> RemoteOperation:
    """The unchecked core of :func:`parse_remote_operation`."""
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
    return RemoteOperation(line, pin, row.action, slot)


def _encode_remote(rop: RemoteOperation) -> str:
    row = _REMOTE_BY_ACTION[rop.action]
    return f"{rop.line_number}#{rop.pin}{row.prefix}{'' if rop.slot is None else rop.slot}"


def _check_remote(rop: object, parameter: str = "rop") -> RemoteOperation:
    if type(rop) is RemoteOperation:
        return rop
    raise TypeError(f"FWD-3: {parameter}: expected RemoteOperation, got {type(rop).__name__}")


def _remote_words(rop: RemoteOperation) -> tuple[str, str]:
    row = _REMOTE_BY_ACTION[rop.action]
    slot = "" if rop.slot is None else f" (list slot {rop.slot})"
    slot_ja = "" if rop.slot is None else f"(リスト{rop.slot}番)"
    return (
        f"remote {row.label}{slot} for line {rop.line_number}",
        f"{rop.line_number}のリモート操作: {row.result_ja}{slot_ja}",
    )


@implements("FWD-3")
def remote_access_number(region: Region) -> str:
    """The remote-control number to dial in ``region`` (FWD-3); the call is charged.

    >>> remote_access_number(Region.WEST)
    '06-6480-6142'
    """
    r = check_enum(region, Region, "region", "FWD-3")
    number = REMOTE_ACCESS_NUMBERS[r]
    trace = TRACE.get()
    if trace is not None:
        area_ja = "東日本" if r is Region.EAST else "西日本"
        trace.step(
            "FWD-3",
            number,
            region=r,
            note=f"the remote-control number for NTT {r.name.title()} is {number} (the call is charged)",
            note_ja=f"{area_ja}のリモートコントロール用電話番号は{number}(通話料金がかかる)",
        )
    return number


@implements("FWD-3")
def parse_remote_operation(digits: str) -> RemoteOperation:
    """The digits dialled after the remote-control number (FWD-3): contract line number,
    ``#``, the 4-digit PIN, then ``1`` (start), ``0`` (stop) or ``2`` slot (choose and start).

    >>> parse_remote_operation("0312345678#12342" "3")
    RemoteOperation(line_number='0312345678', action=<RemoteAction.CHOOSE_AND_START: 'choose from the list and start'>, slot=3)
    """  # noqa: E501
    s = _as_str(digits, "digits", "FWD-3")
    rop = _parse_remote(s)
    trace = TRACE.get()
    if trace is not None:
        en, ja = _remote_words(rop)
        trace.step("FWD-3", rop, note=en, note_ja=ja)
    return rop


@implements("FWD-3")
def encode_remote_operation(rop: RemoteOperation) -> str:
    """The digits to dial after the remote-control number: the inverse of :func:`parse_remote_operation`.

    >>> encode_remote_operation(RemoteOperation("0612345678", "0000", RemoteAction.STOP))
    '0612345678#00000'
    """
    r = _check_remote(rop)
    s = _encode_remote(r)
    trace = TRACE.get()
    if trace is not None:
        en, ja = _remote_words(r)
        trace.step("FWD-3", s, note=f"{en}: dial {s}", note_ja=f"{ja}: {s}とダイヤル")
    return s


@implements("FWD-3", "FWD-2")
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
    mode = s.last_mode if s.last_mode is not None else Mode.IMMEDIATE
    if r.action is RemoteAction.STOP:
        new = s if s.active_mode is None else attrs.evolve(s, active_mode=None)
    elif r.action is RemoteAction.START:
        new = _start(s, mode, "rop", "FWD-3", remember=False)
    else:
        new = _start(_choose(s, r.slot, "rop", "FWD-3"), mode, "rop", "FWD-3", remember=False)  # type: ignore[arg-type]
    if trace is not None:
        en, ja = _remote_words(r)
        if r.action is RemoteAction.STOP:
            trace.step(
                "FWD-3",
                r.action,
                action=r.action,
                note=f"{en}: remote control is on and the PIN matches",
                note_ja=f"{ja}: リモートコントロールが有効で暗証番号が一致",
            )
        else:  # the interpretation: which mode a remote start uses
            if s.last_mode is not None:
                digits = _ROW_BY_OP[(OperationKind.START, mode)].digits
                why = f"the mode last chosen from the contract line ({digits})"
                why_ja = f"契約回線から最後に選んだモード({digits})"
            else:
                why = "no mode was ever chosen from the contract line, so forward without ringing (1 1)"
                why_ja = "契約回線からモードが選ばれたことがないため、呼び出さずに転送(1 1)"
            trace.step(
                "FWD-3",
                mode,
                action=r.action,
                last_mode=s.last_mode,
                note=f"{en}: starts in mode {mode.name}: {why}",
                note_ja=f"{ja}: {mode.value}で開始。{why_ja}",
            )
        after_en, after_ja = _state_words(new)
        trace.step(
            "FWD-2",
            new,
            note=f"the settings change as the same operation from the contract line would change them: now {after_en}",
            note_ja=f"契約回線からの同じ操作と同じく設定が変わる: {after_ja}",
        )
    return new


# -- incoming calls (FWD-4, FWD-7 and the modes of FWD-2) -------------------------------------------


class Outcome(enum.Enum):
    """What happens to an incoming call.

    ``RING``: not forwarded; the call is offered to the contract line as usual (it
    rings, or meets the busy line).  ``REJECT``: refused by ナンバー・リクエスト or 着信拒否.
    """

    FORWARD = "forward"
    RING = "ring"
    REJECT = "reject"


def _v_bool(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    check_bool(value, attribute.name, "FWD-4")


@attrs.frozen
class IncomingCall:
    """The situation of one incoming call.

    ``line_busy``: the contract line is in a call (お話し中); ``answered_within_ring_time``:
    the line was answered before the ring time ran out (only matters when it rings);
    ``caller_number_withheld``: the caller withheld the number (非通知);
    ``number_request``: ナンバー・リクエスト is on, which rejects withheld numbers;
    ``caller_blocked``: the caller is on the 着信拒否 list.
    """

    line_busy: bool = attrs.field(default=False, validator=_v_bool)
    answered_within_ring_time: bool = attrs.field(default=False, validator=_v_bool)
    caller_number_withheld: bool = attrs.field(default=False, validator=_v_bool)
    number_request: bool = attrs.field(default=False, validator=_v_bool)
    caller_blocked: bool = attrs.field(default=False, validator=_v_bool)


@attrs.frozen
class CallDecision:
    """What happens to a call, and the rules behind it.

    ``destination`` is the number the call is forwarded to (``FORWARD`` only);
    ``nuisance_registration_blocked`` is True for a forwarded call, which cannot be
    registered as a nuisance number with 着信拒否 (FWD-4).
    """

    outcome: Outcome
    rule_ids: tuple[str, ...]
    destination: str | None = None
    nuisance_registration_blocked: bool = False


def _check_call(call: object) -> IncomingCall:
    if type(call) is IncomingCall:
        return call
    raise TypeError(f"FWD-4: call: expected IncomingCall, got {type(call).__name__}")


def _mode_forwards(mode: Mode, call: IncomingCall) -> tuple[bool, bool]:
    """(forwarded?, did FWD-7's interpretation decide it?) for a running mode."""
    if mode is Mode.IMMEDIATE:
        return True, call.line_busy  # the line never rings: busy or not, the call goes on
    if call.line_busy:
        return mode is not Mode.NO_ANSWER, mode is not Mode.NO_ANSWER  # FWD-7: follow the menu
    if mode is Mode.BUSY:
        return False, False
    return not call.answered_within_ring_time, False  # NO_ANSWER, NO_ANSWER_OR_BUSY


_MODE_EN: Final[Mapping[Mode, str]] = MappingProxyType(
    {
        Mode.IMMEDIATE: "forward without ringing",
        Mode.NO_ANSWER: "ring, then forward",
        Mode.BUSY: "forward when busy",
        Mode.NO_ANSWER_OR_BUSY: "forward on no answer or busy",
    }
)


@implements("FWD-4", "FWD-2", "FWD-7")
def decide_call(settings: Settings, call: IncomingCall) -> CallDecision:
    """Whether an incoming call is forwarded, rings on the line or is rejected.

    In this order: ナンバー・リクエスト rejects a withheld number and its rejection wins
    (FWD-4); a caller on the 着信拒否 list is rejected, not forwarded (FWD-4); a stopped
    service lets the line ring (FWD-2); otherwise the running mode decides (FWD-2):

    ======================  ==================  ============================  ==================
    mode                    line busy           not busy, answered in time    not busy, no answer
    ======================  ==================  ============================  ==================
    IMMEDIATE (1 1)         FORWARD (FWD-7)     FORWARD                       FORWARD
    NO_ANSWER (1 2)         RING                RING                          FORWARD
    BUSY (1 3)              FORWARD (FWD-7)     RING                          RING
    NO_ANSWER_OR_BUSY (1 4) FORWARD (FWD-7)     RING                          FORWARD
    ======================  ==================  ============================  ==================

    FWD-7 (interpretation): the source says busy calls cannot be forwarded but its
    own menu offers forwarding when busy; the library follows the menu, and names
    FWD-7 among the rules wherever that choice decided the outcome.

    >>> s = dial(dial(INITIAL_SETTINGS, "20312345678#"), "13")
    >>> d = decide_call(s, IncomingCall(line_busy=True))
    >>> d.outcome, d.rule_ids, d.destination
    (<Outcome.FORWARD: 'forward'>, ('FWD-2', 'FWD-7'), '0312345678')
    >>> decide_call(s, IncomingCall(line_busy=True, caller_number_withheld=True, number_request=True)).outcome
    <Outcome.REJECT: 'reject'>
    """
    s = _check_settings(settings, rule_id="FWD-4")
    c = _check_call(call)
    trace = TRACE.get()
    if c.number_request and c.caller_number_withheld:
        if trace is not None:
            trace.step(
                "FWD-4",
                Outcome.REJECT,
                number_request=True,
                caller_number_withheld=True,
                note="ナンバー・リクエスト rejects the withheld number, and its rejection wins over forwarding",
                note_ja="非通知の着信はナンバー・リクエストにより拒否され、転送より優先される",
            )
        return CallDecision(Outcome.REJECT, ("FWD-4",))
    if c.caller_blocked:
        if trace is not None:
            trace.step(
                "FWD-4",
                Outcome.REJECT,
                caller_blocked=True,
                note="the caller is on the 着信拒否 list: the call is rejected, not forwarded",
                note_ja="着信拒否に登録された相手からの着信は転送しない(拒否される)",
            )
        return CallDecision(Outcome.REJECT, ("FWD-4",))
    mode = s.active_mode
    if mode is None:
        if trace is not None:
            trace.step(
                "FWD-2",
                Outcome.RING,
                active_mode=None,
                note="forwarding is stopped: the call goes to the contract line",
                note_ja="着信転送は停止中のため、契約回線に着信する",
            )
        return CallDecision(Outcome.RING, ("FWD-2",))
    forwards, by_fwd7 = _mode_forwards(mode, c)
    outcome = Outcome.FORWARD if forwards else Outcome.RING
    ids = ("FWD-2", "FWD-7") if by_fwd7 else ("FWD-2",)
    if trace is not None:
        situation = "busy" if c.line_busy else ("answered in time" if c.answered_within_ring_time else "not answered")
        situation_ja = "話中" if c.line_busy else ("呼出時間内に応答" if c.answered_within_ring_time else "応答なし")
        verb = f"forwarded to {s.destination}" if forwards else "not forwarded: it goes to the contract line"
        verb_ja = f"{s.destination}へ転送する" if forwards else "転送せず契約回線に着信する"
        trace.step(
            "FWD-2",
            outcome,
            active_mode=mode,
            line_busy=c.line_busy,
            answered_within_ring_time=c.answered_within_ring_time,
            note=f"mode {mode.name} ({_MODE_EN[mode]}), line {situation}: the call is {verb}",
            note_ja=f"「{mode.value}」設定で{situation_ja}: {verb_ja}",
        )
        if by_fwd7:
            trace.step(
                "FWD-7",
                outcome,
                active_mode=mode,
                line_busy=True,
                note=(
                    "the page says busy calls cannot be forwarded, but its 142 menu offers forwarding when busy; "
                    "following the menu (interpretation), this busy call is forwarded"
                ),
                note_ja="原文は話中の着信は転送できないとするが、142のメニューに従い(解釈)、この話中の着信は転送する",
            )
    if forwards:
        return CallDecision(outcome, ids, s.destination, nuisance_registration_blocked=True)
    return CallDecision(outcome, ids)


# -- a forwarded call: caller ID and who pays (FWD-5) ------------------------------------------------


class Party(enum.Enum):
    """Who pays a leg of a forwarded call."""

    CALLER = "発信者"
    SUBSCRIBER = "転送元(本サービスご契約者)"


class Leg(enum.Enum):
    """The two legs of a forwarded call."""

    CALLER_TO_FORWARDING_LINE = "発信者 - 転送元"
    FORWARDING_LINE_TO_DESTINATION = "転送元 - 転送先"


CALL_CHARGE_PAYERS: Final[Mapping[Leg, Party]] = MappingProxyType(
    {
        Leg.CALLER_TO_FORWARDING_LINE: Party.CALLER,  # 「発信者 - 転送元」間では"発信者"に
        # 「転送元 - 転送先」間では“転送元”である本サービスご契約者に
        Leg.FORWARDING_LINE_TO_DESTINATION: Party.SUBSCRIBER,
    }
)
"""Who is charged for each leg (FWD-5). The source gives no per-minute prices."""


@attrs.frozen
class LegCharge:
    leg: Leg
    payer: Party


@attrs.frozen
class ForwardedCall:
    """A forwarded call (FWD-5): the number shown at the destination (``None``: no
    number shown) and who pays each leg, in the order the call travels."""

    destination: str
    caller_id_at_destination: str | None
    charges: tuple[LegCharge, ...]


_CHARGES: Final = tuple(LegCharge(leg, payer) for leg, payer in CALL_CHARGE_PAYERS.items())


@implements("FWD-5")
def forwarded_call(
    destination: str, *, caller_number: str | None = None, destination_displays_number: bool = True
) -> ForwardedCall:
    """What the destination sees, and who pays which leg, when a call is forwarded (FWD-5).

    ``caller_number`` is the number the caller sends (``None`` when withheld).  The
    destination sees the caller's own number when the caller sends it and its phone
    can display numbers; otherwise no number (the forwarding line's number is never
    substituted: 転送元番号常時通知 is not supported, FWD-6).  The caller pays the leg to
    the forwarding line, the subscriber the leg to the destination; the source gives
    no per-call prices.

    >>> fc = forwarded_call("09012345678", caller_number="0612345678")
    >>> fc.caller_id_at_destination, [(c.leg.name, c.payer.name) for c in fc.charges]
    ('0612345678', [('CALLER_TO_FORWARDING_LINE', 'CALLER'), ('FORWARDING_LINE_TO_DESTINATION', 'SUBSCRIBER')])
    """
    dest = _destination(destination, "destination", "FWD-5")
    caller: str | None = None
    if caller_number is not None:
        caller = _as_str(caller_number, "caller_number", "FWD-5")
        if not caller or not _ascii_digits(caller):
            raise RuleInputError(
                f"the caller's number must be ASCII digits 0-9 (None when withheld), got {_show(caller)}",
                parameter="caller_number",
                rule="FWD-5",
            )
    displays = check_bool(destination_displays_number, "destination_displays_number", "FWD-5")
    shown = caller if displays else None
    trace = TRACE.get()
    if trace is not None:
        if shown is not None:
            note, note_ja = (
                f"the destination sees the caller's number {shown}",
                f"転送先には発信者の番号{shown}が表示される",
            )
        elif caller is None:
            note, note_ja = (
                "the caller withheld the number: none is shown",
                "発信者が番号を通知していないため表示されない",
            )
        else:
            note, note_ja = "the destination's phone cannot display numbers", "転送先の電話機が番号表示に対応していない"
        trace.step(
            "FWD-5",
            (shown, _CHARGES),
            caller_number=caller,
            destination_displays_number=displays,
            note=note + "; the caller pays caller → forwarding line, the subscriber pays forwarding line → destination",
            note_ja=note_ja + "。通話料金は発信者-転送元間が発信者、転送元-転送先間が契約者の負担",
        )
    return ForwardedCall(dest, shown, _CHARGES)


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
