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

The package has one module per subject: :mod:`~hikari_rules.call_forwarding.prices`
(FWD-1), :mod:`~hikari_rules.call_forwarding.dialling` (the 142 menu, FWD-2),
:mod:`~hikari_rules.call_forwarding.settings` (the state machine, FWD-2),
:mod:`~hikari_rules.call_forwarding.remote` (FWD-3),
:mod:`~hikari_rules.call_forwarding.calls` (FWD-4, FWD-5, FWD-7) and
:mod:`~hikari_rules.call_forwarding.features` (FWD-6).  Every public name is importable
from here and is known by this name (``hikari_rules.call_forwarding.parse_operation``,
the case format's ``call_forwarding.parse_operation``).

:func:`apply` is the service as a pure state machine over frozen :class:`Settings`;
:func:`decide_call` says whether an incoming call is forwarded, rings or is rejected
(FWD-4, then the modes by the table :data:`CALL_HANDLING`), :func:`forwarded_call` who
pays which leg and what the destination sees (FWD-5), :func:`service_fees` the prices
(FWD-1: the reduced construction fee with 光電話 is unknown, ``None``),
:func:`is_supported` the features the source says are not supported (FWD-6).

Explanations (:func:`hikari_rules.explain`) never show the remote-control PIN: ``****``
stands in its place, in the dialled digits too (``431****``, ``0312345678#****1``).

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

import inspect

from hikari_rules.call_forwarding.calls import (
    CALL_CHARGE_PAYERS,
    CALL_HANDLING,
    CallDecision,
    CallSituation,
    ForwardedCall,
    IncomingCall,
    Leg,
    LegCharge,
    Outcome,
    Party,
    decide_call,
    forwarded_call,
)
from hikari_rules.call_forwarding.dialling import (
    DESTINATION_LENGTHS,
    OPERATION_CALL_FEE_FROM_CONTRACT_LINE,
    OPERATIONS_142,
    PIN_LENGTH,
    SLOT_COUNT,
    ChooseSlot,
    DisableRemote,
    EnableRemote,
    Mode,
    Operation,
    OperationKind,
    OperationRow,
    ReadList,
    ReadRemote,
    SetDestination,
    Start,
    Stop,
    StoreSlot,
    encode_operation,
    parse_operation,
)
from hikari_rules.call_forwarding.features import (
    FEATURE_SUPPORT,
    UNSUPPORTED_FEATURES,
    Feature,
    is_supported,
)
from hikari_rules.call_forwarding.prices import (
    ServiceFees,
    service_fees,
)
from hikari_rules.call_forwarding.remote import (
    LINE_NUMBER_LENGTH,
    REMOTE_ACCESS_NUMBERS,
    REMOTE_ACTIONS,
    REMOTE_CONTROL_CALL_CHARGED,
    RemoteAction,
    RemoteActionRow,
    RemoteOperation,
    apply_remote,
    encode_remote_operation,
    parse_remote_operation,
    remote_access_number,
)
from hikari_rules.call_forwarding.settings import (
    INITIAL_SETTINGS,
    Settings,
    apply,
    dial,
)
from hikari_rules.withdrawal import Region as Region  # the regions of the access numbers

__all__ = [
    "CALL_CHARGE_PAYERS",
    "CALL_HANDLING",
    "DESTINATION_LENGTHS",
    "FEATURE_SUPPORT",
    "INITIAL_SETTINGS",
    "LINE_NUMBER_LENGTH",
    "OPERATIONS_142",
    "OPERATION_CALL_FEE_FROM_CONTRACT_LINE",
    "PIN_LENGTH",
    "REMOTE_ACCESS_NUMBERS",
    "REMOTE_ACTIONS",
    "REMOTE_CONTROL_CALL_CHARGED",
    "SLOT_COUNT",
    "UNSUPPORTED_FEATURES",
    "CallDecision",
    "CallSituation",
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

# The public names are known by the package's name, not by the module that defines them:
# the case format and explanations name the 142 parser ``call_forwarding.parse_operation``,
# and pickles and the API reference ``hikari_rules.call_forwarding.Settings``, as before
# the package was split into modules.
for _name in __all__:
    _obj = globals()[_name]
    if inspect.isfunction(_obj) or inspect.isclass(_obj):
        _obj.__module__ = __name__
del _name, _obj
