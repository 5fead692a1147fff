"""Incoming calls (FWD-4, FWD-7 and the modes of FWD-2) and a forwarded call's caller ID and
charges (FWD-5)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from hikari_rules._check import check_bool
from hikari_rules._registry import TRACE, implements, rule
from hikari_rules.call_forwarding.dialling import Mode, _as_str, _ascii_digits, _destination, _show
from hikari_rules.call_forwarding.settings import Settings, _check_settings
from hikari_rules.errors import RuleInputError

__all__ = [
    "CALL_CHARGE_PAYERS",
    "CallDecision",
    "ForwardedCall",
    "IncomingCall",
    "Leg",
    "LegCharge",
    "Outcome",
    "Party",
    "decide_call",
    "forwarded_call",
]

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
