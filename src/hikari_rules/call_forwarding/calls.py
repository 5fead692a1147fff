"""Incoming calls: whether a call is rejected, forwarded or rings (FWD-4, FWD-7 and the modes
of FWD-2), and what a forwarded call shows and costs whom (FWD-5).

**The source contradicts itself (FWD-7).**  Under 「ご利用イメージ」 it says that calls
arriving while the line is busy cannot be forwarded, yet its own 142 menu offers
「お話し中の時に転送する」 (``1 3``) and 「呼び出してからもしくはお話し中の時に転送する」
(``1 4``).  The library follows the menu, mode by mode (:data:`CALL_HANDLING`).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from hikari_rules._check import check_bool
from hikari_rules._registry import TRACE, implements, rule
from hikari_rules._text import labels
from hikari_rules.call_forwarding.dialling import FWD_2, Mode, _as_str, _ascii_digits, _destination, _show
from hikari_rules.call_forwarding.settings import Settings, _check_settings
from hikari_rules.errors import RuleInputError

__all__ = [
    "CALL_CHARGE_PAYERS",
    "CALL_HANDLING",
    "CallDecision",
    "CallSituation",
    "ForwardedCall",
    "IncomingCall",
    "Leg",
    "LegCharge",
    "Outcome",
    "Party",
    "decide_call",
    "forwarded_call",
]

# -- FWD-4 Number request and call blocking come first ------------------------------------------------

FWD_4 = rule(
    "FWD-4",
    title="Interaction with number request (ナンバー・リクエスト) and call blocking (着信拒否)",
    title_ja="ナンバー・リクエスト・着信拒否との併用",
    source="FORWARD",
    section="注意事項",
    quote=(
        "ナンバー・リクエストと併用した場合、ナンバー・リクエストによる着信拒否が優先されます。\n"
        "着信拒否サービスと併用した場合、転送される通話は迷惑電話として登録出来ません。"
        "また、番号登録されている相手からの着信時は転送を行いません。"
    ),
    statement=(
        "With number request (ナンバー・リクエスト), its rejection wins: a call from a withheld number is rejected, "
        "not forwarded. With call blocking (着信拒否), calls from blocked numbers are not forwarded, and a forwarded "
        "call cannot be registered as a nuisance number."
    ),
    statement_ja=(
        "ナンバー・リクエストと併用すると、その着信拒否が優先され、非通知の着信は転送されず拒否される。着信拒否サービスと併用すると、"
        "登録された番号からの着信は転送されず、転送された通話は迷惑電話として登録できない。"
    ),
)
WITHHELD_REJECTED = FWD_4.clause(
    "the caller withheld the number and number request (ナンバー・リクエスト) is on: the call is rejected, and "
    "that rejection wins over forwarding"
)
BLOCKED_REJECTED = FWD_4.clause(
    "the caller is on the call-blocking (着信拒否) list: the call is rejected, not forwarded"
)

# -- FWD-2 The modes decide the other calls, and FWD-7 the busy ones ----------------------------------
#
# FWD-2 is declared with its menu in ``dialling``; these are the ways its modes decide a call.

STOPPED_RINGS = FWD_2.clause("forwarding is stopped: the call goes to the contract line")
MODE_FORWARDS = FWD_2.clause("in the mode “{mode}”, when {situation}: the call is forwarded to {destination}")
MODE_RINGS = FWD_2.clause(
    "in the mode “{mode}”, when {situation}: the call is not forwarded, it goes to the contract line"
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
        "never rings the line; in 'ring, then forward' (1 2) it is not forwarded. The library's documentation "
        "lists the contradiction."
    ),
    other_reading=(
        "Follow the sentence under 「ご利用イメージ」: no call that arrives while the line is busy is ever forwarded, "
        "whatever the mode; 1 3 would then never forward and 1 4 would behave like 1 2."
    ),
    interpretation_ja=(
        "142のメニューに従い、モードごとに判断する: 話中にかかってきた電話は「お話し中の時に転送する」(1 3)、"
        "「呼び出してからもしくはお話し中の時に転送する」(1 4)、"
        "および回線を呼び出さない「呼び出さずに転送する」(1 1)では転送し、"
        "「呼び出してから転送する」(1 2)では転送しない。矛盾は本ライブラリの説明文書に記載する。"
    ),
    other_reading_ja=(
        "「ご利用イメージ」の注記に従い、話中にかかってきた電話はモードにかかわらず転送しない。"
        "この読み方では1 3は転送することがなく、1 4は1 2と同じになる。"
    ),
)
BUSY_CALL_FORWARDED_BY_THE_MENU = FWD_7.clause(
    "the source says a call that arrives while the line is busy cannot be forwarded, but its own 142 menu offers "
    "forwarding when busy: following the menu, this busy call is forwarded"
)


class Outcome(enum.Enum):
    """What happens to an incoming call.

    ``RING``: not forwarded; the call is offered to the contract line as usual (it
    rings, or meets the busy line).  ``REJECT``: refused by ナンバー・リクエスト or 着信拒否.
    """

    FORWARD = "forward"
    RING = "ring"
    REJECT = "reject"


labels(
    Outcome,
    FORWARD="forwarded",
    RING="not forwarded: offered to the contract line",
    REJECT="rejected",
)


class CallSituation(enum.Enum):
    """The contract line when a call arrives, as the modes tell situations apart."""

    BUSY = "busy"  # お話し中
    ANSWERED_IN_TIME = "answered in time"  # rings, and is answered within the ring time
    NOT_ANSWERED = "not answered"  # rings, and is not answered within the ring time


labels(
    CallSituation,
    BUSY="the line is busy",
    ANSWERED_IN_TIME="the line answers within the ring time",
    NOT_ANSWERED="the line does not answer within the ring time",
)

_F, _R = Outcome.FORWARD, Outcome.RING
CALL_HANDLING: Final[Mapping[Mode, Mapping[CallSituation, Outcome]]] = MappingProxyType(
    {
        mode: MappingProxyType(dict(zip(CallSituation, outcomes, strict=True)))
        for mode, *outcomes in (
            # mode (142 digits),        line busy (FWD-7),  answered in time,  not answered
            (Mode.IMMEDIATE,            _F,                 _F,                _F),  # 1 1: the line never rings
            (Mode.NO_ANSWER,            _R,                 _R,                _F),  # 1 2
            (Mode.BUSY,                 _F,                 _R,                _R),  # 1 3
            (Mode.NO_ANSWER_OR_BUSY,    _F,                 _R,                _F),  # 1 4
        )
    }
)  # fmt: skip
"""What a running mode does with a call that passed FWD-4 (FWD-2), by the line's situation.
The busy column follows the 142 menu rather than the sentence that says busy calls cannot be
forwarded (FWD-7's interpretation)."""
del _F, _R


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

    line_busy: bool = attrs.field(default=False, validator=_v_bool, metadata={"label": "line busy"})
    answered_within_ring_time: bool = attrs.field(
        default=False, validator=_v_bool, metadata={"label": "answered within the ring time"}
    )
    caller_number_withheld: bool = attrs.field(
        default=False, validator=_v_bool, metadata={"label": "caller's number withheld"}
    )
    number_request: bool = attrs.field(
        default=False, validator=_v_bool, metadata={"label": "number request (ナンバー・リクエスト) on"}
    )
    caller_blocked: bool = attrs.field(
        default=False, validator=_v_bool, metadata={"label": "caller on the call-blocking (着信拒否) list"}
    )


@attrs.frozen
class CallDecision:
    """What happens to a call, and the rules behind it.

    ``destination`` is the number the call is forwarded to (``FORWARD`` only);
    ``nuisance_registration_blocked`` is True for a forwarded call, which cannot be
    registered as a nuisance number with 着信拒否 (FWD-4).
    """

    outcome: Outcome = attrs.field(metadata={"label": "outcome"})
    rule_ids: tuple[str, ...] = attrs.field(metadata={"label": "rules"})
    destination: str | None = attrs.field(default=None, metadata={"label": "forwarded to"})
    nuisance_registration_blocked: bool = attrs.field(
        default=False, metadata={"label": "cannot be registered as a nuisance number"}
    )


def _check_call(call: object) -> IncomingCall:
    if type(call) is IncomingCall:
        return call
    raise TypeError(f"FWD-4: call: expected IncomingCall, got {type(call).__name__}")


_REJECTED_BY_FWD_4: Final = CallDecision(Outcome.REJECT, ("FWD-4",))
_RINGS_BY_FWD_2: Final = CallDecision(Outcome.RING, ("FWD-2",))
_FWD_2: Final = ("FWD-2",)
_FWD_2_AND_7: Final = ("FWD-2", "FWD-7")


@implements(
    "FWD-4",
    "FWD-2",
    "FWD-7",
    question="What happens to this incoming call ({call})?",
)
def decide_call(settings: Settings, call: IncomingCall) -> CallDecision:
    """Whether an incoming call is forwarded, rings on the line or is rejected.

    In this order: ナンバー・リクエスト rejects a withheld number and its rejection wins
    (FWD-4); a caller on the 着信拒否 list is rejected, not forwarded (FWD-4); a stopped
    service lets the line ring (FWD-2); otherwise the running mode decides (FWD-2), by
    the table :data:`CALL_HANDLING`:

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
            trace.add(WITHHELD_REJECTED, Outcome.REJECT)
        return _REJECTED_BY_FWD_4
    if c.caller_blocked:
        if trace is not None:
            trace.add(BLOCKED_REJECTED, Outcome.REJECT)
        return _REJECTED_BY_FWD_4
    mode = s.active_mode
    if mode is None:
        if trace is not None:
            trace.add(STOPPED_RINGS, Outcome.RING)
        return _RINGS_BY_FWD_2
    if c.line_busy:
        situation = CallSituation.BUSY
    elif c.answered_within_ring_time:
        situation = CallSituation.ANSWERED_IN_TIME
    else:
        situation = CallSituation.NOT_ANSWERED
    outcome = CALL_HANDLING[mode][situation]
    if outcome is Outcome.RING:
        if trace is not None:
            trace.add(MODE_RINGS, outcome, mode=mode, situation=situation)
        return _RINGS_BY_FWD_2
    if trace is not None:
        trace.add(MODE_FORWARDS, outcome, mode=mode, situation=situation, destination=s.destination)
    if situation is CallSituation.BUSY:  # the table's busy column: FWD-7's reading decided
        if trace is not None:
            trace.add(BUSY_CALL_FORWARDED_BY_THE_MENU, outcome)
        return CallDecision(outcome, _FWD_2_AND_7, s.destination, nuisance_registration_blocked=True)
    return CallDecision(outcome, _FWD_2, s.destination, nuisance_registration_blocked=True)


# -- FWD-5 A forwarded call: caller ID and who pays ----------------------------------------------------

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
CALLER_NUMBER_SHOWN = FWD_5.clause(
    "the caller sends the number {caller} and the destination's phone displays numbers: the destination sees {caller}"
)
CALLER_WITHHELD = FWD_5.clause("the caller withheld the number: the destination sees no number")
NO_DISPLAY = FWD_5.clause("the destination's phone cannot display numbers: it shows no number")
LEG_CHARGED_TO = FWD_5.clause("the call from {leg} is charged to {payer}")


class Party(enum.Enum):
    """Who pays a leg of a forwarded call."""

    CALLER = "発信者"
    SUBSCRIBER = "転送元(本サービスご契約者)"


labels(Party, CALLER="the caller", SUBSCRIBER="the subscriber of the forwarding line")


class Leg(enum.Enum):
    """The two legs of a forwarded call."""

    CALLER_TO_FORWARDING_LINE = "発信者 - 転送元"
    FORWARDING_LINE_TO_DESTINATION = "転送元 - 転送先"


labels(
    Leg,
    CALLER_TO_FORWARDING_LINE="the caller to the forwarding line",
    FORWARDING_LINE_TO_DESTINATION="the forwarding line to the destination",
)

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
    leg: Leg = attrs.field(metadata={"label": "leg"})
    payer: Party = attrs.field(metadata={"label": "charged to"})


@attrs.frozen
class ForwardedCall:
    """A forwarded call (FWD-5): the number shown at the destination (``None``: no
    number shown) and who pays each leg, in the order the call travels."""

    destination: str = attrs.field(metadata={"label": "destination"})
    caller_id_at_destination: str | None = attrs.field(metadata={"label": "number shown at the destination"})
    charges: tuple[LegCharge, ...] = attrs.field(metadata={"label": "call charges"})


_CHARGES: Final = tuple(LegCharge(leg, payer) for leg, payer in CALL_CHARGE_PAYERS.items())


@implements(
    "FWD-5",
    question="When a call is forwarded to {destination}, what does the destination see and who pays? "
    "The caller's number: {caller_number}; the destination's phone displays numbers: {destination_displays_number}",
)
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
    trace = TRACE.get()
    shown: str | None = None
    if caller is None:
        if trace is not None:
            trace.add(CALLER_WITHHELD, None)
    elif displays:
        shown = caller
        if trace is not None:
            trace.add(CALLER_NUMBER_SHOWN, caller, caller=caller)
    else:  # the destination's phone cannot display numbers
        if trace is not None:
            trace.add(NO_DISPLAY, None)
    if trace is not None:
        for charge in _CHARGES:  # the table's rows, in the order the call travels
            trace.add(LEG_CHARGED_TO, charge.payer, leg=charge.leg, payer=charge.payer)
    return ForwardedCall(dest, shown, _CHARGES)
