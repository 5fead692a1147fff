"""What call forwarding's explanations say (issue 12): the PIN never shows, the clause each
boundary records, natural Japanese, and the rule and parameter of each error.

The expected sentences are written out here, not read from the modules' clauses: a test
that compared a step with the clause the code declares would restate the code.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, explain
from hikari_rules import call_forwarding as cf
from hikari_rules.call_forwarding import (
    INITIAL_SETTINGS,
    OPERATIONS_142,
    REMOTE_ACTIONS,
    ChooseSlot,
    DisableRemote,
    EnableRemote,
    Feature,
    IncomingCall,
    Mode,
    Operation,
    OperationKind,
    OperationRow,
    ReadList,
    ReadRemote,
    Region,
    RemoteAction,
    RemoteActionRow,
    RemoteOperation,
    SetDestination,
    Settings,
    Start,
    Stop,
    StoreSlot,
    apply,
    apply_remote,
    decide_call,
    dial,
    encode_operation,
    encode_remote_operation,
    forwarded_call,
    is_supported,
    parse_operation,
    parse_remote_operation,
    remote_access_number,
    service_fees,
)
from hikari_rules.cases import encode, rule_functions
from hikari_rules.explanation import Explanation

FIXED = "0312345678"
MOBILE = "09012345678"
LINE = "0612345678"

# Known PINs, none of which occurs in any text the package prints for other reasons (the
# test below would say so): ordinary ones, leading zeros, all zeros.
PINS = ("9753", "8642", "0471", "0000")


def _ready(pin: str, *, last_mode: Mode | None = None) -> Settings:
    """A line with a destination (slot 0), a number in slot 2, remote control on with ``pin``,
    and (if given) ``last_mode`` chosen from the line and stopped again."""
    s = dial(dial(dial(INITIAL_SETTINGS, "2" + FIXED + "#"), "402" + MOBILE + "#"), "431" + pin)
    if last_mode is not None:
        s = apply(apply(s, Start(last_mode)), Stop())
    return s


Call = tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]


def _calls_with(pin: str) -> Iterator[Call]:
    """A call of every explainable function of the package, each operation and action, with
    ``pin`` in the settings, the operations and the dialled digits wherever they can hold it."""
    ready = _ready(pin)
    running = apply(ready, Start(Mode.BUSY))
    for digits in ("431" + pin, "430", "82", "80", "11", "0", "2" + MOBILE + "#", "403" + FIXED + "#", "412"):
        yield parse_operation, (digits,), {}
        yield dial, (ready, digits), {}
        yield dial, (running, digits), {}
    ops: list[Operation] = [
        EnableRemote(pin),
        DisableRemote(),
        ReadRemote(),
        ReadList(),
        Start(Mode.NO_ANSWER),
        Stop(),
        SetDestination(MOBILE),
        StoreSlot(4, FIXED),
        ChooseSlot(2),
    ]
    for op in ops:
        yield encode_operation, (op,), {}
        yield apply, (ready, op), {}
        yield apply, (running, op), {}
    for action, slot, tail in (
        (RemoteAction.START, None, "1"),
        (RemoteAction.STOP, None, "0"),
        (RemoteAction.CHOOSE_AND_START, 2, "22"),
    ):
        rop = RemoteOperation(FIXED, pin, action, slot)
        yield parse_remote_operation, (f"{FIXED}#{pin}{tail}",), {}
        yield encode_remote_operation, (rop,), {}
        for s in (ready, running, _ready(pin, last_mode=Mode.NO_ANSWER_OR_BUSY)):
            yield apply_remote, (s, rop), {}
    for call in (IncomingCall(), IncomingCall(line_busy=True), IncomingCall(caller_blocked=True)):
        yield decide_call, (ready, call), {}
        yield decide_call, (running, call), {}
    # no PIN can reach these, but they are explainable functions of the package too
    yield forwarded_call, (MOBILE,), {"caller_number": LINE}
    yield service_fees, (), {"with_hikari_denwa": True}
    yield remote_access_number, (Region.WEST,), {}
    yield is_supported, (Feature.DTMF_CONTROL,), {}


def _outputs(e: Explanation) -> list[str]:
    """Everything an explanation prints: both texts, the JSON, and each step as recorded."""
    return [e.text("en"), e.text("ja"), json.dumps(e.to_json(), ensure_ascii=False), *map(repr, e.steps)]


def test_every_explainable_function_of_the_package_is_fed_a_pin() -> None:
    names = {name.split(".", 1)[1] for name in rule_functions() if name.startswith("call_forwarding.")}
    assert {func.__name__ for func, _, _ in _calls_with("9753")} == names


@pytest.mark.parametrize("pin", PINS)
def test_the_pin_never_appears_in_an_explanation(pin: str) -> None:
    carried = 0
    for func, args, kwargs in _calls_with(pin):
        e = explain(func, *args, **kwargs)
        if pin in json.dumps(encode([args, kwargs, e.result])):  # the call really holds the PIN
            carried += 1
        for out in _outputs(e):
            for form in (pin, " ".join(pin), "「" + "」「".join(pin) + "」"):
                assert form not in out, f"{func.__name__}{args}: the PIN shows in\n{out}"
    assert carried > 40  # most calls hold it: the test searches for something that is there


class _Digits(str):
    """A caller's own string type: digits it dials are still masked."""


@pytest.mark.parametrize("pin", PINS)
def test_the_pin_never_appears_when_the_digits_are_a_str_subclass(pin: str) -> None:
    calls = [
        (parse_operation, _Digits("431" + pin)),
        (dial, _ready("1357"), _Digits("431" + pin)),
        (parse_remote_operation, _Digits(f"{FIXED}#{pin}1")),
    ]
    for func, *args in calls:
        e = explain(func, *args)
        for out in _outputs(e):
            assert pin not in out.replace(FIXED, ""), f"{func.__name__}: the PIN shows in\n{out}"


def test_a_masked_pin_is_still_visible_as_set() -> None:
    e = explain(dial, _ready("9753"), "4318642")
    assert "431****" in e.text()
    assert "remote control is on, with the PIN ****" in e.text()
    assert "remote-control PIN: ****" in e.text()
    assert e.to_json()["arguments"]["digits"] == "431****"
    assert e.result.remote_pin == "8642"  # the result itself is the true one


@given(st.sampled_from(PINS), st.text("0123456789", min_size=4, max_size=4))
def test_explanations_do_not_depend_on_the_pin(a: str, b: str) -> None:
    for (func, args_a, kw_a), (_, args_b, kw_b) in zip(_calls_with(a), _calls_with(b), strict=True):
        assert _outputs(explain(func, *args_a, **kw_a)) == _outputs(explain(func, *args_b, **kw_b))


# -- FWD-2: the 142 menu, row by row -------------------------------------------------------------------

MENU = [
    # digits after 142, the sentence the menu row says (English), and Japanese
    ("11", "start forwarding, in the mode “forward without ringing”", "「呼び出さずに転送する」で着信転送を開始"),
    ("12", "start forwarding, in the mode “ring, then forward”", "「呼び出してから転送する」で着信転送を開始"),
    ("13", "start forwarding, in the mode “forward when busy”", "「お話し中の時に転送する」で着信転送を開始"),
    (
        "14",
        "start forwarding, in the mode “ring, then forward, or forward when busy”",
        "「呼び出してからもしくはお話し中の時に転送する」で着信転送を開始",
    ),
    ("0", "stop forwarding", "着信転送を停止"),
    (
        "2" + FIXED + "#",
        f"register {FIXED} as the single destination (list slot 0)",
        f"{FIXED}を転送先に登録(転送先リストの0番)",
    ),
    ("401" + MOBILE + "#", f"store {MOBILE} in list slot 1", f"{MOBILE}を転送先リストの1番に登録"),
    ("404" + FIXED + "#", f"store {FIXED} in list slot 4", f"{FIXED}を転送先リストの4番に登録"),
    ("410", "forward to the number stored in list slot 0", "転送先リストの0番に登録した番号を転送先に指定"),
    ("414", "forward to the number stored in list slot 4", "転送先リストの4番に登録した番号を転送先に指定"),
    ("80", "the guidance reads back the destination list", "転送先リストの登録内容を音声ガイダンスで確認"),
    ("4319753", "use remote control, with the PIN ****", "暗証番号****でリモートコントロールを利用する"),
    ("430", "do not use remote control", "リモートコントロールを利用しない"),
    (
        "82",
        "the guidance reads back the remote-control setting",
        "リモートコントロールの設定内容を音声ガイダンスで確認",
    ),
]


def _shown(digits: str) -> str:
    return "431****" if digits.startswith("431") else digits


@pytest.mark.parametrize(("digits", "en", "ja"), MENU, ids=[m[0] for m in MENU])
def test_each_row_of_the_menu_says_what_it_does_when_parsed_encoded_or_dialled(digits: str, en: str, ja: str) -> None:
    shown = _shown(digits)
    parsed = explain(parse_operation, digits)
    assert [(s.rule_id, s.note, s.note_ja) for s in parsed.steps] == [
        ("FWD-2", f"142 then {shown}: {en}", f"142の後に{shown}: {ja}")
    ]
    assert parsed.steps[0].outcome == parsed.result
    encoded = explain(encode_operation, parsed.result)
    assert [(s.note, s.note_ja) for s in encoded.steps] == [(f"142 then {shown}: {en}", f"142の後に{shown}: {ja}")]
    assert encoded.result == digits
    with contextlib.suppress(RuleInputError):  # some rows need a destination first
        dialled = explain(dial, _ready("2468"), digits)
        assert dialled.steps[0].note == f"142 then {shown}: {en}"
        assert len(dialled.steps) == 2  # the row, then what it did to the settings


def test_every_row_of_the_source_menu_is_checked_above() -> None:
    assert {r.prefix for r in OPERATIONS_142} <= {d[: len(r.prefix)] for d, _, _ in MENU for r in OPERATIONS_142}
    assert {parse_operation(d).kind for d, _, _ in MENU} == {r.kind for r in OPERATIONS_142}


@pytest.mark.parametrize(
    ("digits", "message"),
    [
        ("415", "must be 0–4, got '5'"),  # one past the last list slot
        ("405" + FIXED + "#", "must be 1–4, got '5'"),
        ("400" + FIXED + "#", "must be 1–4, got '0'"),  # slot 0 is set with 2, not stored with 4 0
        ("2" + FIXED[:-1] + "#", "10 digits"),  # 9 digits
        ("2" + MOBILE + "1#", "10 digits"),  # 12 digits
        ("43112345", "exactly 4 digits, got 5"),
        ("431123", "exactly 4 digits, got 3"),
        ("15", "expects one of 1, 2, 3, 4"),
        ("", "no digits"),
    ],
)
def test_a_malformed_142_string_names_fwd_2_and_the_digits(digits: str, message: str) -> None:
    for func, args in ((parse_operation, (digits,)), (dial, (INITIAL_SETTINGS, digits))):
        with pytest.raises(RuleInputError, match=re.escape(message)) as err:
            explain(func, *args)
        assert (err.value.rule, err.value.parameter) == ("FWD-2", "digits")
        assert "1234" not in str(err.value)
        assert "2345" not in str(err.value)


# -- FWD-2: what each operation does to the settings ---------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "op", "en", "ja"),
    [
        (
            _ready("2468"),
            Start(Mode.BUSY),
            f"forwarding runs in the mode “forward when busy”, to {FIXED} (list slot 0)",
            f"「お話し中の時に転送する」の設定で、{FIXED}(転送先リストの0番)へ転送する",
        ),
        (
            apply(_ready("2468"), Start(Mode.BUSY)),
            Stop(),
            "forwarding stops; the destinations and the remote-control setting are kept",
            "着信転送を停止する。転送先とリモートコントロールの設定はそのまま残る",
        ),
        (
            _ready("2468"),
            Stop(),
            "forwarding was already stopped: nothing changes",
            "すでに停止中のため、設定は変わらない",
        ),
        (
            INITIAL_SETTINGS,
            SetDestination(MOBILE),
            f"{MOBILE} is stored in list slot 0 and becomes the destination",
            f"{MOBILE}を転送先リストの0番に登録し、転送先とする",
        ),
        (
            _ready("2468"),
            StoreSlot(4, MOBILE),
            f"{MOBILE} is stored in list slot 4; the destination does not change",
            f"{MOBILE}を転送先リストの4番に登録する(転送先は変わらない)",
        ),
        (
            _ready("2468"),
            ChooseSlot(2),
            f"list slot 2 holds {MOBILE}: it becomes the destination",
            f"転送先リストの2番の{MOBILE}を転送先とする",
        ),
        (
            INITIAL_SETTINGS,
            EnableRemote("2468"),
            "remote control is on, with the PIN ****",
            "暗証番号****でリモートコントロールを利用する設定になる",
        ),
        (_ready("2468"), DisableRemote(), "remote control is off", "リモートコントロールを利用しない設定になる"),
        (_ready("2468"), ReadList(), "reading back changes nothing", "確認のみで、設定は変わらない"),
        (_ready("2468"), ReadRemote(), "reading back changes nothing", "確認のみで、設定は変わらない"),
    ],
)
def test_each_operation_says_what_it_changed(settings: Settings, op: Operation, en: str, ja: str) -> None:
    e = explain(apply, settings, op)
    assert [(s.rule_id, s.note, s.note_ja) for s in e.steps] == [("FWD-2", en, ja)]
    assert e.steps[0].outcome == e.result == apply(settings, op)


@pytest.mark.parametrize(
    ("settings", "op", "parameter", "message"),
    [
        (INITIAL_SETTINGS, Start(Mode.IMMEDIATE), "op", "no destination is selected"),
        (INITIAL_SETTINGS, ChooseSlot(3), "op", "list slot 3 is empty"),
    ],
)
def test_a_refused_operation_names_fwd_2_and_the_operation(
    settings: Settings, op: Operation, parameter: str, message: str
) -> None:
    with pytest.raises(RuleInputError, match=message) as err:
        explain(apply, settings, op)
    assert (err.value.rule, err.value.parameter) == ("FWD-2", parameter)


def test_invalid_settings_and_operations_name_their_rule_and_field() -> None:
    cases: list[tuple[Callable[[], object], str, str]] = [
        (lambda: Settings(slots=(FIXED, None, None, None, None), selected_slot=1), "FWD-2", "selected_slot"),
        (lambda: Settings(active_mode=Mode.BUSY), "FWD-2", "active_mode"),
        (lambda: Settings(remote_pin="12a4"), "FWD-2", "remote_pin"),
        (lambda: Settings(slots=(FIXED,)), "FWD-2", "slots"),
        (lambda: EnableRemote("123"), "FWD-2", "pin"),
        (lambda: StoreSlot(0, FIXED), "FWD-2", "slot"),
        (lambda: SetDestination("3123456789"), "FWD-2", "number"),
        (lambda: RemoteOperation(LINE, "1234", RemoteAction.CHOOSE_AND_START), "FWD-3", "slot"),
        (lambda: RemoteOperation(LINE, "1234", RemoteAction.STOP, 1), "FWD-3", "slot"),
        (lambda: RemoteOperation(MOBILE, "1234", RemoteAction.STOP), "FWD-3", "line_number"),
        (lambda: RemoteOperation(LINE, "12345", RemoteAction.STOP), "FWD-3", "pin"),
    ]
    for make, rule_id, parameter in cases:
        with pytest.raises(RuleInputError) as err:
            make()
        assert (err.value.rule, err.value.parameter) == (rule_id, parameter)


# -- FWD-3: remote control -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "en", "ja"),
    [
        (
            Region.EAST,
            "in NTT East's area, the remote-control number is 03-6304-4141; the call is charged",
            "NTT東日本のエリアのリモートコントロール用電話番号は03-6304-4141(別途、通話料金がかかる)",
        ),
        (
            Region.WEST,
            "in NTT West's area, the remote-control number is 06-6480-6142; the call is charged",
            "NTT西日本のエリアのリモートコントロール用電話番号は06-6480-6142(別途、通話料金がかかる)",
        ),
    ],
)
def test_the_access_number_of_each_area(region: Region, en: str, ja: str) -> None:
    e = explain(remote_access_number, region)
    assert [(s.rule_id, s.note, s.note_ja) for s in e.steps] == [("FWD-3", en, ja)]


@pytest.mark.parametrize(
    ("tail", "en", "ja"),
    [
        ("1", "start forwarding", "契約回線0612345678の着信転送を暗証番号****で開始"),
        ("0", "stop forwarding", "契約回線0612345678の着信転送を暗証番号****で停止"),
        (
            "20",
            "forward to the number in list slot 0 and start forwarding",
            "契約回線0612345678について、暗証番号****で転送先リストの0番を転送先に指定し、着信転送を開始",
        ),
        (
            "24",
            "forward to the number in list slot 4 and start forwarding",
            "契約回線0612345678について、暗証番号****で転送先リストの4番を転送先に指定し、着信転送を開始",
        ),
    ],
)
def test_each_row_of_the_remote_menu_says_what_it_does(tail: str, en: str, ja: str) -> None:
    digits = f"{LINE}#2468{tail}"
    shown = f"{LINE}#****{tail}"
    for e in (
        explain(parse_remote_operation, digits),
        explain(encode_remote_operation, parse_remote_operation(digits)),
    ):
        assert [(s.rule_id, s.note, s.note_ja) for s in e.steps] == [
            (
                "FWD-3",
                f"{shown} after the remote-control number: for the contract line {LINE}, with the PIN ****, {en}",
                f"リモートコントロール用電話番号の後に{shown}: {ja}",
            )
        ]


@pytest.mark.parametrize("last_mode", [None, *Mode])
def test_a_remote_start_says_which_mode_it_uses_and_why(last_mode: Mode | None) -> None:
    e = explain(apply_remote, _ready("2468", last_mode=last_mode), RemoteOperation(LINE, "2468", RemoteAction.START))
    notes = [s.note for s in e.steps]
    assert notes[0] == "remote control is on and the PIN matches the registered one"
    if last_mode is None:
        assert notes[1] == (
            "no mode was ever chosen from the contract line, so a remote start forwards in the mode "
            "“forward without ringing”"
        )
        assert e.steps[1].note_ja == (
            "契約回線からモードが選ばれたことがないため、リモートコントロールで開始すると「呼び出さずに転送する」で転送する"
        )
    else:
        assert notes[1].startswith("a remote start forwards in the mode last chosen from the contract line, “")
        assert e.steps[1].outcome is last_mode is e.result.active_mode
    assert e.rule_ids == ("FWD-3", "FWD-2")
    assert e.steps[-1].outcome == e.result


def test_refused_remote_calls_name_fwd_3_and_never_show_a_pin() -> None:
    off = apply(_ready("2468"), DisableRemote())
    with pytest.raises(RuleInputError) as err:
        explain(apply_remote, off, RemoteOperation(LINE, "2468", RemoteAction.START))
    assert (err.value.rule, err.value.parameter) == ("FWD-3", "settings")
    with pytest.raises(RuleInputError) as err:
        explain(apply_remote, _ready("2468"), RemoteOperation(LINE, "1357", RemoteAction.START))
    assert (err.value.rule, err.value.parameter) == ("FWD-3", "rop")
    assert "1357" not in str(err.value)
    assert "2468" not in str(err.value)
    no_destination = dial(INITIAL_SETTINGS, "4312468")
    with pytest.raises(RuleInputError, match="no destination") as err:
        explain(apply_remote, no_destination, RemoteOperation(LINE, "2468", RemoteAction.START))
    assert (err.value.rule, err.value.parameter) == ("FWD-3", "rop")
    with pytest.raises(RuleInputError, match="list slot 3 is empty") as err:
        explain(apply_remote, _ready("2468"), RemoteOperation(LINE, "2468", RemoteAction.CHOOSE_AND_START, 3))
    assert (err.value.rule, err.value.parameter) == ("FWD-3", "rop")
    for digits in (f"{LINE}#24685", f"{LINE}#246825", f"{LINE}2468", f"{MOBILE}#24681"):
        with pytest.raises(RuleInputError) as err:
            explain(parse_remote_operation, digits)
        assert (err.value.rule, err.value.parameter) == ("FWD-3", "digits")
        assert "2468" not in str(err.value)


# -- FWD-4, FWD-2's modes and FWD-7: incoming calls ----------------------------------------------------

_BUSY = IncomingCall(line_busy=True)
_ANSWERED = IncomingCall(answered_within_ring_time=True)
_NOT_ANSWERED = IncomingCall()
_FORWARD = "the call is forwarded to " + FIXED
_RING = "the call is not forwarded, it goes to the contract line"
_FWD_7 = (
    "the source says a call that arrives while the line is busy cannot be forwarded, but its own 142 menu offers "
    "forwarding when busy: following the menu, this busy call is forwarded"
)
_SITUATION = {
    id(_BUSY): "the line is busy",
    id(_ANSWERED): "the line answers within the ring time",
    id(_NOT_ANSWERED): "the line does not answer within the ring time",
}
_MODE = {
    Mode.IMMEDIATE: "forward without ringing",
    Mode.NO_ANSWER: "ring, then forward",
    Mode.BUSY: "forward when busy",
    Mode.NO_ANSWER_OR_BUSY: "ring, then forward, or forward when busy",
}
CALL_TABLE = [
    # mode, call, what the mode does, and whether FWD-7's reading decided it
    (Mode.IMMEDIATE, _BUSY, _FORWARD, True),
    (Mode.IMMEDIATE, _ANSWERED, _FORWARD, False),
    (Mode.IMMEDIATE, _NOT_ANSWERED, _FORWARD, False),
    (Mode.NO_ANSWER, _BUSY, _RING, False),
    (Mode.NO_ANSWER, _ANSWERED, _RING, False),
    (Mode.NO_ANSWER, _NOT_ANSWERED, _FORWARD, False),
    (Mode.BUSY, _BUSY, _FORWARD, True),
    (Mode.BUSY, _ANSWERED, _RING, False),
    (Mode.BUSY, _NOT_ANSWERED, _RING, False),
    (Mode.NO_ANSWER_OR_BUSY, _BUSY, _FORWARD, True),
    (Mode.NO_ANSWER_OR_BUSY, _ANSWERED, _RING, False),
    (Mode.NO_ANSWER_OR_BUSY, _NOT_ANSWERED, _FORWARD, False),
]


@pytest.mark.parametrize(("mode", "call", "does", "fwd_7"), CALL_TABLE)
def test_each_cell_of_the_mode_table_says_what_it_decided(
    mode: Mode, call: IncomingCall, does: str, fwd_7: bool
) -> None:
    e = explain(decide_call, apply(_ready("2468"), Start(mode)), call)
    expected = [("FWD-2", f"in the mode “{_MODE[mode]}”, when {_SITUATION[id(call)]}: {does}")]
    if fwd_7:
        expected.append(("FWD-7", _FWD_7))
    assert [(s.rule_id, s.note) for s in e.steps] == expected
    assert e.rule_ids == e.result.rule_ids


def test_the_busy_cell_in_japanese() -> None:
    e = explain(decide_call, apply(_ready("2468"), Start(Mode.BUSY)), _BUSY)
    assert [s.note_ja for s in e.steps] == [
        f"「お話し中の時に転送する」の設定で、着信時に話中: {FIXED}へ転送する",
        "原文は話中にかかってきた電話は転送できないとする一方、142のメニューでは話中時の転送を設定できる。"
        "メニューに従い、この話中の着信は転送する",
    ]
    assert (
        e.text("ja").splitlines()[1]
        == f"結果: 扱い: 転送、規定: FWD-2、FWD-7、転送先: {FIXED}、迷惑電話として登録できない: はい"
    )


@pytest.mark.parametrize(
    ("running", "call", "note"),
    [
        # number request's rejection wins over everything, even a blocked caller on a busy line
        (
            True,
            IncomingCall(line_busy=True, caller_number_withheld=True, number_request=True, caller_blocked=True),
            "the caller withheld the number and number request (ナンバー・リクエスト) is on: the call is rejected, "
            "and that rejection wins over forwarding",
        ),
        (
            False,
            IncomingCall(caller_blocked=True),
            "the caller is on the call-blocking (着信拒否) list: the call is rejected, not forwarded",
        ),
        (
            True,
            IncomingCall(caller_blocked=True, line_busy=True),
            "the caller is on the call-blocking (着信拒否) list: the call is rejected, not forwarded",
        ),
        (False, IncomingCall(line_busy=True), "forwarding is stopped: the call goes to the contract line"),
        # a withheld number without number request is not rejected: the mode decides
        (
            True,
            IncomingCall(caller_number_withheld=True),
            f"in the mode “forward when busy”, when the line does not answer within the ring time: {_RING}",
        ),
        (
            True,
            IncomingCall(number_request=True),
            f"in the mode “forward when busy”, when the line does not answer within the ring time: {_RING}",
        ),
    ],
)
def test_number_request_and_call_blocking_decide_first(running: bool, call: IncomingCall, note: str) -> None:
    s = apply(_ready("2468"), Start(Mode.BUSY)) if running else _ready("2468")
    e = explain(decide_call, s, call)
    assert [s.note for s in e.steps] == [note]
    assert e.rule_ids == e.result.rule_ids


# -- FWD-5, FWD-1, FWD-6 --------------------------------------------------------------------------------

_PAYERS = [
    (
        "the call from the caller to the forwarding line is charged to the caller",
        "「発信者 - 転送元」間の通話料金は発信者に課金される",
    ),
    (
        "the call from the forwarding line to the destination is charged to the subscriber of the forwarding line",
        "「転送元 - 転送先」間の通話料金は転送元(着信転送サービスの契約者)に課金される",
    ),
]


@pytest.mark.parametrize(
    ("caller", "displays", "en", "ja"),
    [
        (
            LINE,
            True,
            f"the caller sends the number {LINE} and the destination's phone displays numbers: "
            f"the destination sees {LINE}",
            f"発信者が番号{LINE}を通知し、転送先の電話機が番号表示に対応しているため、転送先には{LINE}が表示される",
        ),
        (
            None,
            True,
            "the caller withheld the number: the destination sees no number",
            "発信者が番号を通知していないため、転送先に番号は表示されない",
        ),
        (
            None,
            False,
            "the caller withheld the number: the destination sees no number",
            "発信者が番号を通知していないため、転送先に番号は表示されない",
        ),
        (
            LINE,
            False,
            "the destination's phone cannot display numbers: it shows no number",
            "転送先の電話機が番号表示に対応していないため、番号は表示されない",
        ),
    ],
)
def test_what_the_destination_sees_and_who_pays(caller: str | None, displays: bool, en: str, ja: str) -> None:
    e = explain(forwarded_call, MOBILE, caller_number=caller, destination_displays_number=displays)
    assert [(s.rule_id, s.note, s.note_ja) for s in e.steps] == [("FWD-5", en, ja)] + [
        ("FWD-5", pen, pja) for pen, pja in _PAYERS
    ]


def test_an_unknown_construction_fee_reads_unknown_never_none_or_zero() -> None:
    e = explain(service_fees, with_hikari_denwa=True)
    assert e.text().splitlines()[1] == "Result: monthly fee: 550円, construction fee: unknown"
    assert e.text("ja").splitlines()[1] == "結果: 月額料金: 550円、工事費: 不明"
    assert e.steps[0].note_ja == (
        "「So-net 光 電話」と同時工事: 月額550円。工事費(通常1,100円)は減額されるが、"
        "減額後の金額は原文に記載がないため不明"
    )
    plain = explain(service_fees)
    assert plain.steps[0].note == "installed on its own: 550円 a month and 1,100円 for construction, tax included"
    assert (
        plain.text("ja").splitlines()[0]
        == "質問: 着信転送サービスの料金はいくらか(「So-net 光 電話」と同時工事: いいえ)"
    )


def test_service_fees_wants_a_bool() -> None:
    with pytest.raises(TypeError):
        service_fees(with_hikari_denwa=1)  # type: ignore[arg-type]


@pytest.mark.parametrize("feature", list(Feature))
def test_each_feature_is_named_in_both_languages(feature: Feature) -> None:
    e = explain(is_supported, feature)
    (step,) = e.steps
    assert step.rule_id == "FWD-6"
    assert ("does not support" in step.note) is (not e.result)
    assert feature.value.replace("PB", "プッシュボタン") in step.note_ja  # the source's own name of the feature


def test_forwarded_call_errors_name_fwd_5_and_the_parameter() -> None:
    for kwargs, parameter in (
        ({"destination": "3123456789"}, "destination"),
        ({"destination": MOBILE, "caller_number": "03-1234-5678"}, "caller_number"),
        ({"destination": MOBILE, "caller_number": ""}, "caller_number"),
    ):
        with pytest.raises(RuleInputError) as err:
            explain(forwarded_call, **kwargs)
        assert (err.value.rule, err.value.parameter) == ("FWD-5", parameter)


# -- explain decides as the plain call does ------------------------------------------------------------


@given(
    st.lists(
        st.sampled_from(
            [
                "11",
                "12",
                "13",
                "14",
                "0",
                "2" + FIXED + "#",
                "403" + MOBILE + "#",
                "413",
                "410",
                "4312468",
                "430",
                "80",
                "82",
            ]
        ),
        max_size=8,
    ),
    st.sampled_from(["11", "14", "0", "413", "410", "4311357", "430", "80"]),
    st.builds(IncomingCall, st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans()),
    st.sampled_from(["1", "0", "20", "23"]),
)
def test_explain_returns_what_the_plain_call_returns_or_raises_alike(
    history: list[str], digits: str, call: IncomingCall, action: str
) -> None:
    s = INITIAL_SETTINGS
    for d in history:
        with contextlib.suppress(RuleInputError):
            s = dial(s, d)
    rop = parse_remote_operation(f"{LINE}#2468{action}")
    for func, args in (
        (dial, (s, digits)),
        (apply, (s, parse_operation(digits))),
        (decide_call, (s, call)),
        (apply_remote, (s, rop)),
    ):
        refused: RuleInputError | None = None
        try:
            plain: object = func(*args)
        except RuleInputError as exc:
            refused = exc
        if refused is None:
            assert explain(func, *args).result == plain
            continue
        with pytest.raises(RuleInputError) as err:
            explain(func, *args)
        assert (err.value.rule, err.value.parameter, str(err.value)) == (refused.rule, refused.parameter, str(refused))


# -- the prose -----------------------------------------------------------------------------------------

_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+|\b[A-Z]{2,}\b|\b[a-z]+[A-Z][A-Za-z]*\b")
_ALLOWED = {"NTT", "PIN", "DTMF", "FWD"}
_JAPANESE = re.compile(r"[ぁ-んァ-ヶ一-龯々〜]")
_GLOSS = re.compile(r"「[^」]*」|\([^()]*\)|(?<=[0-9])円")


def _prose(e: Explanation, lang: str) -> Iterator[str]:
    """The lines of an explanation the library writes (not the source's quotes and titles)."""
    for line in e.text(lang).split("\n出典:" if lang == "ja" else "\nSources:")[0].splitlines():
        yield re.sub(r"^\d+\. [^:]*: ", "", line)


def test_no_code_identifier_in_japanese_and_no_japanese_in_english() -> None:
    for func, args, kwargs in _calls_with("9753"):
        e = explain(func, *args, **kwargs)
        for line in _prose(e, "ja"):
            bad = [w for w in _IDENTIFIER.findall(line) if w not in _ALLOWED]
            assert not bad, f"{func.__name__}: {bad} in {line}"
        for line in _prose(e, "en"):
            rest = _GLOSS.sub("", line)
            assert not _JAPANESE.search(rest), f"{func.__name__}: Japanese in {line}"


# -- the tables, rebuilt from their patterns at test time ---------------------------------------------

# The 142 menu as the source lists it: the digits after 142 and the fields that follow them.
MENU_GRAMMAR = [
    ("1 1", "11", []),
    ("1 2", "12", []),
    ("1 3", "13", []),
    ("1 4", "14", []),
    ("0", "0", []),
    ("2 <number> #", "2", [("number", 0, 0)]),
    ("4 0 <slot 1-4> <number> #", "40", [("slot", 1, 4), ("number", 0, 0)]),
    ("4 1 <slot 0-4>", "41", [("slot", 0, 4)]),
    ("8 0", "80", []),
    ("4 3 1 <PIN>", "431", [("pin", 0, 0)]),
    ("4 3 0", "430", []),
    ("8 2", "82", []),
]


def test_the_menu_rows_compile_to_the_sources_digits_and_fields() -> None:
    assert [r.digits for r in OPERATIONS_142] == [d for d, _, _ in MENU_GRAMMAR]
    for row, (_, prefix, fields) in zip(OPERATIONS_142, MENU_GRAMMAR, strict=True):
        rebuilt = OperationRow(row.digits, row.kind, row.mode, row.heading_ja, row.dialling_ja, row.label)
        for r in (row, rebuilt):
            assert (r.prefix, [(f.name, f.lo, f.hi) for f in r.fields]) == (prefix, fields)


def test_the_remote_rows_compile_to_the_sources_digits_and_fields() -> None:
    expected = [("1", []), ("0", []), ("2", [("slot", 0, 4)])]
    for row, (prefix, fields) in zip(REMOTE_ACTIONS, expected, strict=True):
        rebuilt = RemoteActionRow(row.digits, row.action, row.dialling_ja, row.result_ja, row.label)
        for r in (row, rebuilt):
            assert (r.prefix, [(f.name, f.lo, f.hi) for f in r.fields]) == (prefix, fields)


@pytest.mark.parametrize(
    ("pattern", "fields"),
    [
        ("7 <slot 2-2>", [("slot", 2, 2)]),  # a single slot: a == b
        ("7 <slot 0-4> <slot 4-4>", [("slot", 0, 4), ("slot", 4, 4)]),
        ("7 <number> # <slot 1-3>", [("number", 0, 0), ("slot", 1, 3)]),
        ("7 8 <PIN>", [("pin", 0, 0)]),
    ],
)
def test_a_pattern_compiles_each_kind_of_field(pattern: str, fields: list[tuple[str, int, int]]) -> None:
    row = OperationRow(pattern, OperationKind.STOP, None, "h", "d", "l")
    assert [(f.name, f.lo, f.hi) for f in row.fields] == fields


def test_a_menu_where_one_row_starts_another_cannot_be_parsed() -> None:
    from hikari_rules.call_forwarding.dialling import _check_prefix_free

    _check_prefix_free(("11", "12", "2", "40"))
    with pytest.raises(RuntimeError, match="'4' is a prefix of '40'"):
        _check_prefix_free(("11", "4", "40"))
    with pytest.raises(RuntimeError, match="'4' is a prefix of '40'"):
        _check_prefix_free(("40", "4"))


# -- what errors say: the message users read, with its rule and parameter -----------------------------


def _bad_row(pattern: str) -> object:
    return OperationRow(pattern, OperationKind.STOP, None, "h", "d", "l")


def _bad_remote_row(pattern: str) -> object:
    return RemoteActionRow(pattern, RemoteAction.STOP, "d", "r", "l")


_FIELDS_HINT = "fields are <slot a-b> (0 <= a <= b <= 4), <number> # and a final <PIN>"
ERRORS: list[tuple[str, Callable[[], object], str, str, str]] = [
    # what, the call, rule, parameter, message
    ("empty pattern", lambda: _bad_row(""), "FWD-2", "digits", "bad 142 pattern '': it must start with ASCII digits"),
    (
        "slot past the last",
        lambda: _bad_row("4 0 <slot 0-5>"),
        "FWD-2",
        "digits",
        f"bad 142 pattern '4 0 <slot 0-5>' at '<slot': {_FIELDS_HINT}",
    ),
    (
        "slots the wrong way round",
        lambda: _bad_row("4 0 <slot 3-2>"),
        "FWD-2",
        "digits",
        f"bad 142 pattern '4 0 <slot 3-2>' at '<slot': {_FIELDS_HINT}",
    ),
    (
        "number without #",
        lambda: _bad_row("2 <number>"),
        "FWD-2",
        "digits",
        f"bad 142 pattern '2 <number>' at '<number>': {_FIELDS_HINT}",
    ),
    (
        "number then something else",
        lambda: _bad_row("2 <number> 5"),
        "FWD-2",
        "digits",
        f"bad 142 pattern '2 <number> 5' at '<number>': {_FIELDS_HINT}",
    ),
    (
        "a PIN before the end",
        lambda: _bad_row("4 <PIN> 1"),
        "FWD-2",
        "digits",
        f"bad 142 pattern '4 <PIN> 1' at '<PIN>': {_FIELDS_HINT}",
    ),
    (
        "remote pattern",
        lambda: _bad_remote_row("x"),
        "FWD-3",
        "digits",
        "bad remote-control pattern 'x': it must start with ASCII digits",
    ),
    (
        "a long pattern is cut",
        lambda: _bad_remote_row("1 " + "y" * 30),
        "FWD-3",
        "digits",
        f"bad remote-control pattern '1 yyyyyyyyyyyyyyyyyyyyyy'… at '{'y' * 24}'…: {_FIELDS_HINT}",
    ),
    (
        "choose without a slot",
        lambda: RemoteOperation(LINE, "1234", RemoteAction.CHOOSE_AND_START),
        "FWD-3",
        "slot",
        "choosing from the list needs a slot 0–4",
    ),
    (
        "slot 5",
        lambda: RemoteOperation(LINE, "1234", RemoteAction.CHOOSE_AND_START, 5),
        "FWD-3",
        "slot",
        "must be at most 4, got 5",
    ),
    (
        "slot -1",
        lambda: RemoteOperation(LINE, "1234", RemoteAction.CHOOSE_AND_START, -1),
        "FWD-3",
        "slot",
        "must be at least 0, got -1",
    ),
    (
        "a slot to stop",
        lambda: RemoteOperation(LINE, "1234", RemoteAction.STOP, 1),
        "FWD-3",
        "slot",
        "only choosing from the list (2 slot) takes a slot, not stop",
    ),
    (
        "empty line",
        lambda: RemoteOperation("", "1234", RemoteAction.STOP),
        "FWD-3",
        "line_number",
        "the contract line number is empty",
    ),
    (
        "line without area code",
        lambda: RemoteOperation("6123456789", "1234", RemoteAction.STOP),
        "FWD-3",
        "line_number",
        "the contract line number must start with 0 (area code), got '6123456789'",
    ),
    (
        "line with a letter",
        lambda: RemoteOperation("061234567a", "1234", RemoteAction.STOP),
        "FWD-3",
        "line_number",
        "the contract line number must be ASCII digits 0-9, got '061234567a'",
    ),
    (
        "line of 11 digits",
        lambda: RemoteOperation(MOBILE, "1234", RemoteAction.STOP),
        "FWD-3",
        "line_number",
        "the contract line number is a 10-digit fixed number, got 11 digits",
    ),
    (
        "24 characters are shown whole",
        lambda: forwarded_call("1" * 24),
        "FWD-5",
        "destination",
        f"the destination number must be dialled from the area code (start with 0), got '{'1' * 24}'",
    ),
    (
        "25 characters are cut",
        lambda: forwarded_call("1" * 25),
        "FWD-5",
        "destination",
        f"the destination number must be dialled from the area code (start with 0), got '{'1' * 24}'…",
    ),
    (
        "destination of 12 digits",
        lambda: forwarded_call("0" + "1" * 11),
        "FWD-5",
        "destination",
        "the destination number must have 10 digits (fixed) or 11 (mobile, IP), got 12 digits",
    ),
    (
        "4 list slots",
        lambda: Settings(slots=(None,) * 4),
        "FWD-2",
        "slots",
        "there are exactly 5 list slots (0–4), got 4",
    ),
    (
        "an empty slot selected",
        lambda: Settings(slots=(FIXED, None, None, None, None), selected_slot=1),
        "FWD-2",
        "selected_slot",
        "list slot 1 is selected but empty",
    ),
    (
        "running without a destination",
        lambda: Settings(active_mode=Mode.BUSY),
        "FWD-2",
        "active_mode",
        "forwarding cannot be running without a selected destination",
    ),
    (
        "a bad number in the list",
        lambda: Settings(slots=(FIXED, "123", None, None, None)),
        "FWD-2",
        "slots[1]",
        "the destination number must be dialled from the area code (start with 0), got '123'",
    ),
    (
        "a start row without its mode",
        lambda: OperationRow("1 1", OperationKind.START, None, "h", "d", "l"),
        "FWD-2",
        "mode",
        "a start row names its mode; other rows have none",
    ),
    (
        "no remote digits",
        lambda: parse_remote_operation(""),
        "FWD-3",
        "digits",
        "no digits: dial the contract line number, '#', the 4-digit PIN and 1, 0 or 2 slot",
    ),
    (
        "no # after the line",
        lambda: parse_remote_operation(LINE + "12341"),
        "FWD-3",
        "digits",
        "the contract line number must be followed by '#'",
    ),
    (
        "a short PIN",
        lambda: parse_remote_operation(LINE + "#123"),
        "FWD-3",
        "digits",
        "after '#' come the 4 digits of the PIN",
    ),
    (
        "no action",
        lambda: parse_remote_operation(LINE + "#1234"),
        "FWD-3",
        "digits",
        "missing the action after the PIN: 1 start, 0 stop, or 2 and a list slot 0–4",
    ),
    (
        "an unknown action",
        lambda: parse_remote_operation(LINE + "#12343"),
        "FWD-3",
        "digits",
        "the action after the PIN must be 1 (start), 0 (stop) or 2 slot (choose and start), got '3'",
    ),
    (
        "2 without a slot",
        lambda: parse_remote_operation(LINE + "#12342"),
        "FWD-3",
        "digits",
        "'2' needs a list slot digit 0–4",
    ),
    (
        "2 then #",
        lambda: parse_remote_operation(LINE + "#12342#"),
        "FWD-3",
        "digits",
        "the list slot after '2' must be 0–4, got '#'",
    ),
    (
        "remote trailing digits",
        lambda: parse_remote_operation(LINE + "#123410"),
        "FWD-3",
        "digits",
        "unexpected trailing '0' after the complete remote operation",
    ),
    (
        "incomplete 142 operation",
        lambda: parse_operation("4"),
        "FWD-2",
        "digits",
        "incomplete operation '4': it continues with one of 0, 1, 3",
    ),
    (
        "an unknown choice after 4",
        lambda: parse_operation("44"),
        "FWD-2",
        "digits",
        "after '4' the 142 menu expects one of 0, 1, 3, got '4'",
    ),
    (
        "an unknown choice after 4, with more digits",
        lambda: parse_operation("4445"),
        "FWD-2",
        "digits",
        "after '4' the 142 menu expects one of 0, 1, 3, got '4'",
    ),
    (
        "an unknown choice after 43",
        lambda: parse_operation("432"),
        "FWD-2",
        "digits",
        "after '43' the 142 menu expects one of 0, 1, got '2'",
    ),
    (
        "a digit that starts nothing",
        lambda: parse_operation("9"),
        "FWD-2",
        "digits",
        "'9' starts no operation of the 142 menu (operations: 0, 11, 12, 13, 14, 2<number>#, "
        "40<slot 1-4><number>#, 41<slot 0-4>, 430, 431<PIN>, 80, 82)",
    ),
    (
        "no 142 digits",
        lambda: parse_operation(""),
        "FWD-2",
        "digits",
        "no digits: dial an operation of the 142 menu (0, 11, 12, 13, 14, 2<number>#, 40<slot 1-4><number>#, "
        "41<slot 0-4>, 430, 431<PIN>, 80, 82)",
    ),
    ("41 without a slot", lambda: parse_operation("41"), "FWD-2", "digits", "'41' needs a list slot digit 0–4"),
    ("41 then #", lambda: parse_operation("41#"), "FWD-2", "digits", "the list slot after '41' must be 0–4, got '#'"),
    (
        "a destination without #",
        lambda: parse_operation("2031"),
        "FWD-2",
        "digits",
        "the destination number after '2' must end with '#'",
    ),
    ("a # in the PIN", lambda: parse_operation("431123#"), "FWD-2", "digits", "the PIN is 4 digits with no '#'"),
    (
        "a space",
        lambda: parse_operation("1 1"),
        "FWD-2",
        "digits",
        "' ' at position 1 cannot be dialled: only ASCII digits 0-9 and '#'",
    ),
    (
        "the full-width sharp",
        lambda: parse_operation("1♯"),
        "FWD-2",
        "digits",
        "'♯' at position 1 cannot be dialled: only ASCII digits 0-9 and '#' (use the ASCII '#')",
    ),
    (
        "long trailing digits are cut",
        lambda: parse_operation("413" + "1" * 40),
        "FWD-2",
        "digits",
        f"unexpected trailing '{'1' * 24}'… after the complete operation '413'",
    ),
    ("list slot -1", lambda: ChooseSlot(-1), "FWD-2", "slot", "must be at least 0, got -1"),
    (
        "slot 5 selected",
        lambda: Settings(slots=(FIXED, None, None, None, None), selected_slot=5),
        "FWD-2",
        "selected_slot",
        "must be at most 4, got 5",
    ),
    (
        "slot -1 selected",
        lambda: Settings(slots=(FIXED, None, None, None, None), selected_slot=-1),
        "FWD-2",
        "selected_slot",
        "must be at least 0, got -1",
    ),
    ("stored slot 5", lambda: StoreSlot(5, FIXED), "FWD-2", "slot", "must be at most 4, got 5"),
    ("a PIN with a letter", lambda: EnableRemote("12a4"), "FWD-2", "pin", "the PIN must be 4 ASCII digits 0-9"),
    (
        "a full-width digit dialled remotely",
        lambda: parse_remote_operation("０612345678#12341"),
        "FWD-3",
        "digits",
        "'０' at position 0 cannot be dialled: only ASCII digits 0-9 and '#'",
    ),
    (
        "a second # after the destination",
        lambda: parse_operation("2" + FIXED + "#1#"),
        "FWD-2",
        "digits",
        f"unexpected trailing '1#' after the complete operation '2{FIXED}#'",
    ),
    (
        "a caller's number with a dash",
        lambda: forwarded_call(MOBILE, caller_number="03-1234"),
        "FWD-5",
        "caller_number",
        "the caller's number must be ASCII digits 0-9 (None when withheld), got '03-1234'",
    ),
]


@pytest.mark.parametrize(
    ("call", "rule_id", "parameter", "message"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_what_each_error_says(call: Callable[[], object], rule_id: str, parameter: str, message: str) -> None:
    with pytest.raises(RuleInputError) as err:
        call()
    assert (err.value.rule, err.value.parameter, str(err.value)) == (
        rule_id,
        parameter,
        f"{rule_id}: {parameter}: {message}",
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: apply_remote(INITIAL_SETTINGS, "x"), "FWD-3: rop: expected RemoteOperation, got str"),
        (lambda: apply_remote("x", None), "FWD-3: settings: expected Settings, got str"),
        (lambda: encode_remote_operation(None), "FWD-3: rop: expected RemoteOperation, got NoneType"),
        (
            lambda: encode_operation("x"),
            "FWD-2: op: expected a 142 operation (Start, Stop, SetDestination, StoreSlot, ChooseSlot, ReadList, "
            "EnableRemote, DisableRemote, ReadRemote), got str",
        ),
        (lambda: apply("x", Stop()), "FWD-2: settings: expected Settings, got str"),
        (lambda: decide_call(INITIAL_SETTINGS, "x"), "FWD-4: call: expected IncomingCall, got str"),
        (lambda: decide_call("x", IncomingCall()), "FWD-4: settings: expected Settings, got str"),
        (lambda: Start("BUSY"), "FWD-2: mode: expected Mode, got str"),
        (lambda: EnableRemote(1234), "FWD-2: pin: expected a str, got int"),
        (lambda: Settings(active_mode="BUSY"), "FWD-2: active_mode: expected Mode, got str"),  # type: ignore[arg-type]
        (lambda: Settings(last_mode=1), "FWD-2: last_mode: expected Mode, got int"),  # type: ignore[arg-type]
        (
            lambda: Settings(slots=[FIXED, None, None, None, None]),  # type: ignore[arg-type]
            "FWD-2: slots: expected a tuple of 5 numbers or None, got list",
        ),
        (lambda: IncomingCall(line_busy=1), "FWD-4: line_busy: expected a bool, got int"),
        (lambda: IncomingCall(caller_blocked="yes"), "FWD-4: caller_blocked: expected a bool, got str"),
    ],
)
def test_what_each_type_error_says(call: Callable[[], object], message: str) -> None:
    with pytest.raises(TypeError) as err:
        call()
    assert str(err.value) == message


def test_the_pin_is_recorded_as_a_secret_fact_that_holds_it() -> None:
    from hikari_rules._text import Secret

    for e in (
        explain(parse_operation, "4319753"),
        explain(encode_operation, EnableRemote("9753")),
        explain(parse_remote_operation, LINE + "#97531"),
        explain(encode_remote_operation, RemoteOperation(LINE, "9753", RemoteAction.START)),
    ):
        (step,) = e.steps
        assert dict(step.inputs)["pin"] == Secret("9753")  # the fact is the PIN, shown as ****
        assert step.outcome == (e.result if not isinstance(e.result, str) else e.arguments[0][1])
    (step,) = explain(apply, INITIAL_SETTINGS, EnableRemote("9753")).steps
    assert dict(step.inputs)["pin"] == Secret("9753")


class _Digits(str):
    """A str subclass that lies about its contents: the rules read the characters, not its methods."""

    def startswith(self, *args: object) -> bool:  # type: ignore[override]
        return False

    def __getitem__(self, key: object) -> str:  # type: ignore[override]
        return "9"


def test_a_str_subclass_is_read_as_the_plain_string_it_holds() -> None:
    assert parse_operation(_Digits("2" + FIXED + "#")) == SetDestination(FIXED)
    assert parse_remote_operation(_Digits(LINE + "#24681")) == RemoteOperation(LINE, "2468", RemoteAction.START)
    assert forwarded_call(_Digits(MOBILE)).destination == MOBILE


def test_the_repr_of_an_explanation_masks_the_pin_too() -> None:
    # An explanation's repr lands in logs and tracebacks like its text.
    for digits in ("4319753", "0312345678#97531"):
        func = cf.parse_operation if digits.startswith("431") else cf.parse_remote_operation
        assert "9753" not in repr(explain(func, digits))
