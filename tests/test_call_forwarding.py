"""FWD-1..7: the 142 menu, the settings state machine, remote control, call handling."""

from __future__ import annotations

import contextlib
import copy
import pathlib
import re
import unicodedata

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, explain, fees, rules
from hikari_rules.call_forwarding import (
    CALL_CHARGE_PAYERS,
    INITIAL_SETTINGS,
    OPERATIONS_142,
    REMOTE_ACCESS_NUMBERS,
    REMOTE_ACTIONS,
    UNSUPPORTED_FEATURES,
    ChooseSlot,
    DisableRemote,
    EnableRemote,
    Feature,
    IncomingCall,
    Leg,
    Mode,
    Operation,
    OperationKind,
    OperationRow,
    Outcome,
    Party,
    ReadList,
    ReadRemote,
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
from hikari_rules.withdrawal import Region

FIXED = "0312345678"  # a 10-digit fixed number
MOBILE = "09012345678"  # an 11-digit mobile number
LINE = "0612345678"  # the contract line

# -- strategies --------------------------------------------------------------------------------

ascii_digits = st.text(alphabet="0123456789", min_size=1, max_size=1)
destinations = (
    st.integers(9, 10)
    .flatmap(lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n))
    .map(lambda rest: "0" + rest)
)
pins = st.text(alphabet="0123456789", min_size=4, max_size=4)
line_numbers = st.text(alphabet="0123456789", min_size=9, max_size=9).map(lambda rest: "0" + rest)
modes = st.sampled_from(Mode)

operations: st.SearchStrategy[Operation] = st.one_of(
    st.builds(Start, modes),
    st.just(Stop()),
    st.builds(SetDestination, destinations),
    st.builds(StoreSlot, st.integers(1, 4), destinations),
    st.builds(ChooseSlot, st.integers(0, 4)),
    st.just(ReadList()),
    st.builds(EnableRemote, pins),
    st.just(DisableRemote()),
    st.just(ReadRemote()),
)

# The grammar of the 142 table, written out from the source independently of the module.
valid_142_strings = st.one_of(
    st.sampled_from(["11", "12", "13", "14", "0", "80", "430", "82"]),
    destinations.map(lambda d: "2" + d + "#"),
    st.tuples(st.integers(1, 4), destinations).map(lambda t: f"40{t[0]}{t[1]}#"),
    st.integers(0, 4).map(lambda n: f"41{n}"),
    pins.map(lambda p: "431" + p),
)
valid_remote_strings = st.tuples(
    line_numbers, pins, st.one_of(st.just("1"), st.just("0"), st.integers(0, 4).map(lambda n: f"2{n}"))
).map(lambda t: f"{t[0]}#{t[1]}{t[2]}")


def _fold(ops: list[Operation]) -> Settings:
    s = INITIAL_SETTINGS
    for op in ops:
        with contextlib.suppress(RuleInputError):
            s = apply(s, op)
    return s


settings_st = st.lists(operations, max_size=12).map(_fold)


def _with_destination(s: Settings, number: str, slot: int, more: list[Operation]) -> Settings:
    """``s`` with ``number`` selected (set with ``2``, or stored in a list slot and chosen), then ``more``
    operations: nothing erases a stored number, so a destination stays selected."""
    ops: list[Operation] = [SetDestination(number)] if slot == 0 else [StoreSlot(slot, number), ChooseSlot(slot)]
    for op in ops:
        s = apply(s, op)
    for op in more:
        with contextlib.suppress(RuleInputError):
            s = apply(s, op)
    return s


# Settings with a destination selected, built rather than filtered out of settings_st.
settings_with_destination = st.builds(
    _with_destination, settings_st, destinations, st.integers(0, 4), st.lists(operations, max_size=4)
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _started(mode: Mode = Mode.IMMEDIATE, number: str = FIXED) -> Settings:
    return apply(apply(INITIAL_SETTINGS, SetDestination(number)), Start(mode))


# -- FWD-2: every row of the 142 table ----------------------------------------------------------

TABLE_142 = [
    # digits after 142, the operation (RULES.md FWD-2, in the source's order)
    ("11", Start(Mode.IMMEDIATE)),
    ("12", Start(Mode.NO_ANSWER)),
    ("13", Start(Mode.BUSY)),
    ("14", Start(Mode.NO_ANSWER_OR_BUSY)),
    ("0", Stop()),
    ("2" + FIXED + "#", SetDestination(FIXED)),
    ("402" + MOBILE + "#", StoreSlot(2, MOBILE)),
    ("413", ChooseSlot(3)),
    ("80", ReadList()),
    ("4319876", EnableRemote("9876")),
    ("430", DisableRemote()),
    ("82", ReadRemote()),
]


@pytest.mark.parametrize(("digits", "op"), TABLE_142, ids=[d for d, _ in TABLE_142])
def test_each_row_of_the_142_table_parses_and_encodes(digits: str, op: Operation) -> None:
    assert parse_operation(digits) == op
    assert encode_operation(op) == digits


def test_the_table_has_the_twelve_rows_of_the_source_in_order() -> None:
    assert [r.digits.replace(" ", "")[:3] for r in OPERATIONS_142] == [
        "11",
        "12",
        "13",
        "14",
        "0",
        "2<n",
        "40<",
        "41<",
        "80",
        "431",
        "430",
        "82",
    ]


def test_the_table_quotes_the_source_verbatim(shared_dir: pathlib.Path) -> None:
    source = _norm((shared_dir / "sources" / "sonet-call-forwarding.txt").read_text(encoding="utf-8"))
    quote = _norm(rules.get("FWD-2").quote)
    for row in OPERATIONS_142:
        for piece in (row.heading_ja, row.dialling_ja):
            assert _norm(piece) in source, piece
        if row.heading_ja != "サービス停止":  # the stop row's heading is the section title, not quoted
            assert _norm(row.heading_ja) in quote
        assert _norm(row.dialling_ja) in quote
    for remote in REMOTE_ACTIONS:
        assert _norm(remote.dialling_ja) in source
        assert _norm(remote.result_ja) in source


def test_start_operation_labels_name_their_mode() -> None:
    for row in OPERATIONS_142:
        if row.mode is not None:
            assert row.heading_ja.startswith(row.mode.value)


def test_a_table_row_built_by_hand_compiles_its_pattern() -> None:
    row = OperationRow("4 1 <slot 0-4>", OperationKind.CHOOSE_SLOT, None, "見出し", "ダイヤル", "choose")
    assert (row.prefix, [(f.name, f.lo, f.hi) for f in row.fields]) == ("41", [("slot", 0, 4)])
    remote = RemoteActionRow("2 <slot 0-4>", RemoteAction.CHOOSE_AND_START, "ダイヤル", "結果", "choose")
    assert remote.prefix == "2"


@pytest.mark.parametrize(
    "pattern",
    ["", "<number> #", "1 <pin>", "4 3 1 <PIN> 5", "2 <number>", "4 0 <slot 4-1>", "4 0 <slot 0-9>", "２ 1", "x" * 300],
)
def test_a_table_row_with_a_bad_pattern_is_a_rule_input_error(pattern: str) -> None:
    with pytest.raises(RuleInputError, match=r"FWD-2: digits: .*142 pattern"):
        OperationRow(pattern, OperationKind.STOP, None, "見出し", "ダイヤル", "label")
    with pytest.raises(RuleInputError, match=r"FWD-3: digits: .*pattern"):
        RemoteActionRow(pattern, RemoteAction.STOP, "ダイヤル", "結果", "label")


def test_a_start_row_needs_its_mode_and_only_a_start_row_has_one() -> None:
    with pytest.raises(RuleInputError, match=r"FWD-2: mode: "):
        OperationRow("1 1", OperationKind.START, None, "見出し", "ダイヤル", "label")
    with pytest.raises(RuleInputError, match=r"FWD-2: mode: "):
        OperationRow("0", OperationKind.STOP, Mode.BUSY, "見出し", "ダイヤル", "label")


@pytest.mark.parametrize("field", ["digits", "kind", "mode", "heading_ja", "dialling_ja", "label"])
def test_a_table_row_with_a_value_of_the_wrong_type_is_a_type_error(field: str) -> None:
    good = {
        "digits": "0",
        "kind": OperationKind.STOP,
        "mode": None,
        "heading_ja": "h",
        "dialling_ja": "d",
        "label": "l",
    }
    with pytest.raises(TypeError, match=rf"FWD-2: {field}: "):
        OperationRow(**{**good, field: object()})  # type: ignore[arg-type]


@pytest.mark.parametrize("field", ["digits", "action", "dialling_ja", "result_ja", "label"])
def test_a_remote_table_row_with_a_value_of_the_wrong_type_is_a_type_error(field: str) -> None:
    good = {"digits": "0", "action": RemoteAction.STOP, "dialling_ja": "d", "result_ja": "r", "label": "l"}
    with pytest.raises(TypeError, match=rf"FWD-3: {field}: "):
        RemoteActionRow(**{**good, field: 1.5})  # type: ignore[arg-type]


# -- FWD-2: boundaries of the grammar -------------------------------------------------------------


def test_store_slot_boundaries_one_and_four_are_allowed_zero_and_five_are_not() -> None:
    assert parse_operation("401" + FIXED + "#") == StoreSlot(1, FIXED)
    assert parse_operation("404" + FIXED + "#") == StoreSlot(4, FIXED)
    with pytest.raises(RuleInputError, match=r"FWD-2: digits: .*slot.*1–4.*'0'"):
        parse_operation("400" + FIXED + "#")
    with pytest.raises(RuleInputError, match=r"slot.*1–4.*'5'"):
        parse_operation("405" + FIXED + "#")


def test_choose_slot_boundaries_zero_and_four_are_allowed_five_is_not() -> None:
    assert parse_operation("410") == ChooseSlot(0)
    assert parse_operation("414") == ChooseSlot(4)
    with pytest.raises(RuleInputError, match=r"slot.*0–4.*'5'"):
        parse_operation("415")
    with pytest.raises(RuleInputError, match="needs a list slot"):
        parse_operation("41")


@pytest.mark.parametrize("n", [10, 11])
def test_destination_of_10_or_11_digits_is_accepted(n: int) -> None:
    number = "0" + "1" * (n - 1)
    assert parse_operation("2" + number + "#") == SetDestination(number)


@pytest.mark.parametrize("n", [1, 9, 12, 20])
def test_destination_of_other_lengths_is_rejected(n: int) -> None:
    with pytest.raises(RuleInputError, match=f"10 digits.*11.*got {n} digits"):
        parse_operation("2" + "0" + "1" * (n - 1) + "#")


def test_destination_not_dialled_from_the_area_code_is_rejected() -> None:
    with pytest.raises(RuleInputError, match=r"area code.*start with 0"):
        parse_operation("2312345678#")
    with pytest.raises(RuleInputError, match="area code"):
        parse_operation("40190123456789#")


def test_empty_destination_is_rejected() -> None:
    with pytest.raises(RuleInputError, match="empty"):
        parse_operation("2#")


def test_missing_hash_after_the_destination() -> None:
    with pytest.raises(RuleInputError, match="must end with '#'"):
        parse_operation("2" + FIXED)
    with pytest.raises(RuleInputError, match="must end with '#'"):
        parse_operation("401" + FIXED)


@pytest.mark.parametrize("pin", ["", "1", "123", "12345"])
def test_pin_of_the_wrong_length_is_rejected(pin: str) -> None:
    with pytest.raises(RuleInputError, match=f"PIN.*exactly 4 digits, got {len(pin)}"):
        parse_operation("431" + pin)


def test_pin_keeps_its_leading_zeros() -> None:
    assert parse_operation("4310000") == EnableRemote("0000")
    assert encode_operation(EnableRemote("0007")) == "4310007"


def test_hash_inside_a_pin_is_rejected() -> None:
    with pytest.raises(RuleInputError, match="PIN"):
        parse_operation("431123#")


@pytest.mark.parametrize(
    "digits",
    [
        "１１",
        "1１",
        "٠",
        "2" + "０３１２３４５６７８" + "#",
        "2" + FIXED + "♯",
        "2" + FIXED + "＃",
        "11 ",
        " 0",
        "1-1",
        "*",
    ],
)
def test_characters_that_cannot_be_dialled_are_rejected(digits: str) -> None:
    with pytest.raises(RuleInputError, match="cannot be dialled: only ASCII digits"):
        parse_operation(digits)


def test_music_sharp_sign_of_the_source_is_pointed_to_the_ascii_hash() -> None:
    with pytest.raises(RuleInputError, match="use the ASCII '#'"):
        parse_operation("2" + FIXED + "♯")


@pytest.mark.parametrize("char", ["X", "x", "*", "A", "０"])
def test_only_a_sign_that_looks_like_the_hash_is_pointed_to_it(char: str) -> None:
    """The hint is for 「♯」 and 「＃」, which the source and Japanese keyboards write for '#'."""
    with pytest.raises(RuleInputError) as exc:
        parse_operation("2" + char)
    assert str(exc.value).endswith("cannot be dialled: only ASCII digits 0-9 and '#'")
    assert "use the ASCII" not in str(exc.value)


@pytest.mark.parametrize(
    ("digits", "trailing"),
    [("110", "'0'"), ("00", "'0'"), ("2" + FIXED + "#1", "'1'"), ("4131", "'1'"), ("80#", "'#'"), ("430430", "'430'")],
)
def test_trailing_characters_are_rejected(digits: str, trailing: str) -> None:
    with pytest.raises(RuleInputError, match=f"unexpected trailing {trailing}"):
        parse_operation(digits)


@pytest.mark.parametrize("digits", ["1", "4", "43", "8"])
def test_incomplete_operations_say_what_may_follow(digits: str) -> None:
    with pytest.raises(RuleInputError, match="incomplete operation"):
        parse_operation(digits)


@pytest.mark.parametrize("digits", ["", "3", "5", "6", "7", "9", "#", "15", "42", "81", "432"])
def test_operations_not_in_the_menu_are_rejected(digits: str) -> None:
    with pytest.raises(RuleInputError, match="FWD-2: digits"):
        parse_operation(digits)


@pytest.mark.parametrize("bad", [None, 11, 1.0, b"11", ["1", "1"], Mode.IMMEDIATE])
def test_parse_operation_rejects_non_strings_with_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        parse_operation(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, "11", 11, Mode.IMMEDIATE, Settings()])
def test_encode_operation_rejects_what_is_not_an_operation(bad: object) -> None:
    with pytest.raises(TypeError):
        encode_operation(bad)  # type: ignore[arg-type]


def test_operation_values_validate_themselves() -> None:
    with pytest.raises(RuleInputError, match="slot"):
        StoreSlot(0, FIXED)
    with pytest.raises(RuleInputError, match="slot"):
        ChooseSlot(5)
    with pytest.raises(TypeError):
        ChooseSlot(True)
    with pytest.raises(RuleInputError, match="area code"):
        SetDestination("1234567890")
    with pytest.raises(RuleInputError, match="PIN"):
        EnableRemote("１２３４")
    with pytest.raises(TypeError):
        EnableRemote(1234)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Start("11")  # type: ignore[arg-type]


@given(operations)
def test_parse_inverts_encode(op: Operation) -> None:
    assert parse_operation(encode_operation(op)) == op


@given(valid_142_strings)
def test_encode_inverts_parse(digits: str) -> None:
    assert encode_operation(parse_operation(digits)) == digits


@given(st.text(alphabet="0123456789#", max_size=16))
def test_any_dialled_string_either_round_trips_or_is_a_rule_input_error(digits: str) -> None:
    try:
        op = parse_operation(digits)
    except RuleInputError as err:
        where = (err.rule, err.parameter)
    else:
        where = ("FWD-2", "digits")
        assert encode_operation(op) == digits
    assert where == ("FWD-2", "digits")


@given(st.text(max_size=40))
def test_random_strings_never_raise_anything_but_rule_input_error(digits: str) -> None:
    with contextlib.suppress(RuleInputError):
        parse_operation(digits)
    with contextlib.suppress(RuleInputError):
        parse_remote_operation(digits)


def test_huge_input_gives_a_short_message() -> None:
    with pytest.raises(RuleInputError) as info:
        parse_operation("2" + "0" * 100_000 + "#")
    assert len(str(info.value)) < 200


# -- FWD-2: the settings state machine --------------------------------------------------------------


def test_initial_settings_are_stopped_with_remote_control_off_and_nothing_stored() -> None:
    assert Settings() == INITIAL_SETTINGS
    assert not INITIAL_SETTINGS.is_active
    assert not INITIAL_SETTINGS.remote_enabled
    assert INITIAL_SETTINGS.slots == (None,) * 5
    assert INITIAL_SETTINGS.destination is None


@pytest.mark.parametrize("mode", list(Mode))
def test_starting_without_a_destination_is_an_error(mode: Mode) -> None:
    with pytest.raises(RuleInputError, match="FWD-2: op: cannot start: no destination"):
        apply(INITIAL_SETTINGS, Start(mode))


def test_storing_a_list_slot_does_not_select_it_so_starting_still_fails() -> None:
    s = apply(INITIAL_SETTINGS, StoreSlot(1, MOBILE))
    assert s.selected_slot is None
    with pytest.raises(RuleInputError, match="no destination"):
        apply(s, Start(Mode.BUSY))
    assert apply(apply(s, ChooseSlot(1)), Start(Mode.BUSY)).destination == MOBILE


@pytest.mark.parametrize("slot", [0, 1, 4])
def test_choosing_an_empty_slot_is_an_error(slot: int) -> None:
    with pytest.raises(RuleInputError, match=f"list slot {slot} is empty"):
        apply(INITIAL_SETTINGS, ChooseSlot(slot))


def test_set_destination_is_list_slot_0_and_selects_it() -> None:
    s = apply(apply(INITIAL_SETTINGS, StoreSlot(3, MOBILE)), ChooseSlot(3))
    s = apply(s, SetDestination(FIXED))
    assert s.slots[0] == FIXED
    assert s.selected_slot == 0
    assert s.destination == FIXED
    assert s.slots[3] == MOBILE
    assert apply(s, ChooseSlot(3)).destination == MOBILE
    assert apply(apply(s, ChooseSlot(3)), ChooseSlot(0)).destination == FIXED


def test_changing_the_selected_destination_while_forwarding_redirects_it() -> None:
    s = _started(Mode.NO_ANSWER)
    s = apply(s, SetDestination(MOBILE))
    assert s.is_active
    assert s.destination == MOBILE


def test_stop_keeps_destinations_remote_control_and_the_last_mode() -> None:
    s = apply(apply(_started(Mode.BUSY), StoreSlot(4, MOBILE)), EnableRemote("1234"))
    stopped = apply(s, Stop())
    assert not stopped.is_active
    assert stopped.slots == s.slots
    assert stopped.selected_slot == s.selected_slot
    assert stopped.remote_pin == "1234"
    assert stopped.last_mode is Mode.BUSY


def test_stopping_a_stopped_service_changes_nothing() -> None:
    assert apply(INITIAL_SETTINGS, Stop()) == INITIAL_SETTINGS


def test_enable_then_disable_remote_control() -> None:
    s = apply(INITIAL_SETTINGS, EnableRemote("0420"))
    assert s.remote_enabled
    assert s.remote_pin == "0420"
    assert apply(s, EnableRemote("1111")).remote_pin == "1111"  # re-registering replaces the PIN
    assert not apply(s, DisableRemote()).remote_enabled


def test_settings_repr_does_not_show_the_pin() -> None:
    assert "0420" not in repr(apply(INITIAL_SETTINGS, EnableRemote("0420")))
    assert "0420" not in repr(EnableRemote("0420"))


# The PIN in explanations is checked in test_call_forwarding_explain.py, for every function.


def test_the_case_format_keeps_the_pin_so_cases_round_trip() -> None:
    from hikari_rules.cases import encode, run_case

    s = apply(apply(INITIAL_SETTINGS, SetDestination(FIXED)), EnableRemote("9753"))
    assert encode(s)["remote_pin"] == "9753"
    case = {
        "rule": "call_forwarding.apply_remote",
        "args": {"settings": encode(s), "rop": encode(RemoteOperation(LINE, "9753", RemoteAction.START))},
        "expected": encode(apply_remote(s, RemoteOperation(LINE, "9753", RemoteAction.START))),
    }
    assert run_case(case).status == "passed"
    assert run_case({**case, "expected": {**case["expected"], "remote_pin": "****"}}).status == "failed"


@given(settings_st, operations)
def test_apply_never_mutates_its_input(s: Settings, op: Operation) -> None:
    before = copy.deepcopy(s)
    before_hash = hash(s)
    with contextlib.suppress(RuleInputError):
        apply(s, op)
    assert s == before
    assert hash(s) == before_hash


@given(settings_with_destination, modes)
def test_stop_then_start_returns_to_the_started_state(s: Settings, mode: Mode) -> None:
    assert s.destination is not None
    started = apply(s, Start(mode))
    assert apply(apply(started, Stop()), Start(mode)) == started


@given(settings_st)
def test_read_back_operations_change_nothing(s: Settings) -> None:
    assert apply(s, ReadList()) == s
    assert apply(s, ReadRemote()) == s


@given(settings_st, operations)
def test_dial_is_apply_of_the_parsed_digits(s: Settings, op: Operation) -> None:
    try:
        expected: Settings | str = apply(s, op)
    except RuleInputError as err:
        expected = str(err)
    try:
        got: Settings | str = dial(s, encode_operation(op))
    except RuleInputError as err:
        got = str(err)
    assert got == expected


@given(settings_st, operations)
def test_apply_keeps_the_invariants(s: Settings, op: Operation) -> None:
    try:
        new = apply(s, op)
    except RuleInputError:
        return
    if new.is_active:
        assert new.destination is not None
    if new.selected_slot is not None:
        assert new.slots[new.selected_slot] is not None
    # Nothing is ever erased from the list.
    assert all(b is not None for a, b in zip(s.slots, new.slots, strict=True) if a is not None)


def test_settings_reject_inconsistent_states() -> None:
    with pytest.raises(RuleInputError, match="selected but empty"):
        Settings(selected_slot=2)
    with pytest.raises(RuleInputError, match="without a selected destination"):
        Settings(active_mode=Mode.IMMEDIATE)
    with pytest.raises(RuleInputError, match="exactly 5 list slots"):
        Settings(slots=(None,) * 4)
    with pytest.raises(TypeError):
        Settings(slots=[None] * 5)  # type: ignore[arg-type]
    with pytest.raises(RuleInputError, match="area code"):
        Settings(slots=("12345678901", None, None, None, None))
    with pytest.raises(RuleInputError, match="PIN"):
        Settings(remote_pin="12")
    with pytest.raises(TypeError):
        Settings(active_mode="IMMEDIATE")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, {}, "settings", attrs.asdict(INITIAL_SETTINGS)])
def test_apply_rejects_what_is_not_settings(bad: object) -> None:
    with pytest.raises(TypeError):
        apply(bad, Stop())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dial(bad, "0")  # type: ignore[arg-type]


def test_apply_rejects_digits_instead_of_an_operation() -> None:
    with pytest.raises(TypeError):
        apply(INITIAL_SETTINGS, "0")  # type: ignore[arg-type]


def test_explain_apply_names_fwd_2_and_the_new_state() -> None:
    e = explain(apply, INITIAL_SETTINGS, SetDestination(FIXED))
    assert e.rule_ids == ("FWD-2",)
    assert [s.note for s in e.steps] == [f"{FIXED} is stored in list slot 0 and becomes the destination"]
    assert [s.note_ja for s in e.steps] == [f"{FIXED}を転送先リストの0番に登録し、転送先とする"]
    assert e.steps[0].outcome == e.result
    assert "転送先登録(転送先が1箇所の場合)" in e.text("ja")  # the question names the operation in the source's words


# -- FWD-3: remote control ------------------------------------------------------------------------


def test_remote_access_numbers_by_area() -> None:
    assert REMOTE_ACCESS_NUMBERS[Region.EAST] == "03-6304-4141"
    assert REMOTE_ACCESS_NUMBERS[Region.WEST] == "06-6480-6142"
    assert remote_access_number(Region.EAST) == "03-6304-4141"
    assert set(REMOTE_ACCESS_NUMBERS) == set(Region)


def test_remote_access_numbers_are_read_only() -> None:
    with pytest.raises(TypeError):
        REMOTE_ACCESS_NUMBERS[Region.EAST] = "0"  # type: ignore[index]


def test_remote_access_number_rejects_what_is_not_a_region() -> None:
    with pytest.raises(TypeError):
        remote_access_number("EAST")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("digits", "rop"),
    [
        (LINE + "#12341", RemoteOperation(LINE, "1234", RemoteAction.START)),
        (LINE + "#12340", RemoteOperation(LINE, "1234", RemoteAction.STOP)),
        (LINE + "#123420", RemoteOperation(LINE, "1234", RemoteAction.CHOOSE_AND_START, 0)),
        (LINE + "#123424", RemoteOperation(LINE, "1234", RemoteAction.CHOOSE_AND_START, 4)),
    ],
)
def test_each_row_of_the_remote_menu(digits: str, rop: RemoteOperation) -> None:
    assert parse_remote_operation(digits) == rop
    assert encode_remote_operation(rop) == digits


@pytest.mark.parametrize(
    ("digits", "message"),
    [
        (LINE + "12341", "followed by '#'"),
        ("061234567#12341", "10-digit"),
        ("06123456789#12341", "10-digit"),
        ("6123456789#12341", "start with 0"),
        ("#12341", "empty"),
        (LINE + "#123", "4 digits of the PIN"),
        (LINE + "#12#41", "4 digits of the PIN"),
        (LINE + "#1234", "missing the action"),
        (LINE + "#12343", "must be 1 \\(start\\), 0 \\(stop\\) or 2"),
        (LINE + "#12342", "needs a list slot"),
        (LINE + "#123425", "0–4, got '5'"),
        (LINE + "#12342#", "0–4, got '#'"),
        (LINE + "#123410", "unexpected trailing '0'"),
        (LINE + "#123401", "unexpected trailing '1'"),
        (LINE + "#1234200", "unexpected trailing '0'"),
        ("０612345678#12341", "cannot be dialled"),
    ],
)
def test_malformed_remote_digits(digits: str, message: str) -> None:
    with pytest.raises(RuleInputError, match=message):
        parse_remote_operation(digits)


@given(valid_remote_strings)
def test_remote_encode_inverts_parse(digits: str) -> None:
    assert encode_remote_operation(parse_remote_operation(digits)) == digits


@given(line_numbers, pins, st.sampled_from(RemoteAction), st.integers(0, 4))
def test_remote_parse_inverts_encode(line: str, pin: str, action: RemoteAction, slot: int) -> None:
    rop = RemoteOperation(line, pin, action, slot if action is RemoteAction.CHOOSE_AND_START else None)
    assert parse_remote_operation(encode_remote_operation(rop)) == rop


def test_remote_operation_validates_its_slot() -> None:
    with pytest.raises(RuleInputError, match="needs a slot"):
        RemoteOperation(LINE, "1234", RemoteAction.CHOOSE_AND_START)
    with pytest.raises(RuleInputError, match=r"only choosing from the list \(2 slot\) takes a slot, not start"):
        RemoteOperation(LINE, "1234", RemoteAction.START, 1)
    with pytest.raises(RuleInputError, match="slot"):
        RemoteOperation(LINE, "1234", RemoteAction.CHOOSE_AND_START, 5)
    with pytest.raises(TypeError):
        RemoteOperation(LINE, "1234", "START")  # type: ignore[arg-type]


def test_encode_remote_operation_rejects_a_local_operation() -> None:
    with pytest.raises(TypeError):
        encode_remote_operation(Stop())  # type: ignore[arg-type]


def _remote_ready(pin: str = "2468") -> Settings:
    s = apply(INITIAL_SETTINGS, SetDestination(FIXED))
    s = apply(s, StoreSlot(2, MOBILE))
    return apply(s, EnableRemote(pin))


def test_remote_control_off_is_an_error() -> None:
    s = apply(_remote_ready(), DisableRemote())
    with pytest.raises(RuleInputError, match="FWD-3: settings: remote control is off"):
        apply_remote(s, RemoteOperation(LINE, "2468", RemoteAction.START))


def test_wrong_pin_is_an_error_that_does_not_echo_either_pin() -> None:
    with pytest.raises(RuleInputError, match="FWD-3: rop: the PIN does not match") as info:
        apply_remote(_remote_ready("2468"), RemoteOperation(LINE, "1357", RemoteAction.STOP))
    assert "2468" not in str(info.value)
    assert "1357" not in str(info.value)


def test_remote_start_without_a_mode_ever_chosen_forwards_without_ringing() -> None:
    s = apply_remote(_remote_ready(), RemoteOperation(LINE, "2468", RemoteAction.START))
    assert s.active_mode is Mode.IMMEDIATE
    assert s.last_mode is None  # a remote start does not choose a mode from the line
    assert s.destination == FIXED


@pytest.mark.parametrize("mode", list(Mode))
def test_remote_start_uses_the_mode_last_chosen_from_the_line(mode: Mode) -> None:
    s = apply(apply(_remote_ready(), Start(mode)), Stop())
    assert apply_remote(s, RemoteOperation(LINE, "2468", RemoteAction.START)).active_mode is mode


def test_remote_choose_and_start_selects_the_slot_and_starts() -> None:
    s = apply(apply(_remote_ready(), Start(Mode.NO_ANSWER)), Stop())
    new = apply_remote(s, parse_remote_operation(LINE + "#246822"))
    assert new.destination == MOBILE
    assert new.active_mode is Mode.NO_ANSWER


def test_remote_choose_of_an_empty_slot_is_an_error() -> None:
    with pytest.raises(RuleInputError, match="list slot 3 is empty"):
        apply_remote(_remote_ready(), parse_remote_operation(LINE + "#246823"))


def test_remote_start_without_a_destination_is_an_error() -> None:
    s = apply(INITIAL_SETTINGS, EnableRemote("2468"))
    with pytest.raises(RuleInputError, match="FWD-3: rop: cannot start"):
        apply_remote(s, parse_remote_operation(LINE + "#24681"))


def test_remote_stop_keeps_everything_else() -> None:
    s = apply(_remote_ready(), Start(Mode.BUSY))
    new = apply_remote(s, parse_remote_operation(LINE + "#24680"))
    assert new == attrs.evolve(s, active_mode=None)


def test_apply_remote_type_errors() -> None:
    with pytest.raises(TypeError):
        apply_remote(_remote_ready(), LINE + "#24681")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        apply_remote(None, RemoteOperation(LINE, "2468", RemoteAction.START))  # type: ignore[arg-type]


def test_explain_remote_start_names_the_interpretation() -> None:
    e = explain(apply_remote, _remote_ready(), RemoteOperation(LINE, "2468", RemoteAction.START))
    # the PIN is checked, the interpretation picks the mode, then the state changes as from the line
    assert [s.rule_id for s in e.steps] == ["FWD-3", "FWD-3", "FWD-2"]
    assert e.steps[1].outcome is Mode.IMMEDIATE
    assert (
        "no mode was ever chosen from the contract line, so a remote start forwards in the mode "
        "“forward without ringing”" in e.text()
    )
    assert "Interpretation" in e.text()
    assert e.steps[2].outcome == e.result


def test_explain_remote_start_names_the_mode_last_chosen_from_the_line() -> None:
    s = apply(apply(_remote_ready(), Start(Mode.BUSY)), Stop())
    e = explain(apply_remote, s, parse_remote_operation(LINE + "#246822"))
    chosen = apply(s, ChooseSlot(2))
    assert [(step.rule_id, step.outcome) for step in e.steps] == [
        ("FWD-3", True),  # remote control is on and the PIN matches
        ("FWD-2", chosen),  # list slot 2 becomes the destination
        ("FWD-3", Mode.BUSY),  # the interpretation: the mode last chosen from the line
        ("FWD-2", e.result),  # forwarding starts
    ]
    assert "a remote start forwards in the mode last chosen from the contract line, “forward when busy”" in e.text()
    assert "list slot 2 holds 09012345678: it becomes the destination" in e.text()


def test_explain_remote_stop_records_the_state_change() -> None:
    s = apply(_remote_ready(), Start(Mode.BUSY))
    e = explain(apply_remote, s, parse_remote_operation(LINE + "#24680"))
    assert e.rule_ids == ("FWD-3", "FWD-2")
    assert "forwarding stops; the destinations and the remote-control setting are kept" in e.text()
    assert e.steps[-1].outcome == e.result == apply(s, Stop())


# -- FWD-4 / FWD-7: incoming calls ------------------------------------------------------------------

F, R = Outcome.FORWARD, Outcome.RING
MODE_TABLE = [
    # mode, line busy, not busy & answered in time, not busy & not answered
    (Mode.IMMEDIATE, F, F, F),
    (Mode.NO_ANSWER, R, R, F),
    (Mode.BUSY, F, R, R),
    (Mode.NO_ANSWER_OR_BUSY, F, R, F),
]


@pytest.mark.parametrize(("mode", "busy", "answered", "unanswered"), MODE_TABLE, ids=[m.name for m, *_ in MODE_TABLE])
def test_each_mode_forwards_as_its_142_menu_entry_says(
    mode: Mode, busy: Outcome, answered: Outcome, unanswered: Outcome
) -> None:
    s = _started(mode)
    assert decide_call(s, IncomingCall(line_busy=True)).outcome is busy
    assert decide_call(s, IncomingCall(answered_within_ring_time=True)).outcome is answered
    assert decide_call(s, IncomingCall()).outcome is unanswered


def test_busy_call_in_forward_when_busy_mode_is_forwarded_citing_the_contradiction() -> None:
    # FWD-7: the page says busy calls cannot be forwarded; the menu offers 1 3. Follow the menu.
    d = decide_call(_started(Mode.BUSY), IncomingCall(line_busy=True))
    assert d.outcome is Outcome.FORWARD
    assert d.rule_ids == ("FWD-2", "FWD-7")


def test_busy_call_in_ring_then_forward_mode_is_not_forwarded_and_needs_no_fwd_7() -> None:
    d = decide_call(_started(Mode.NO_ANSWER), IncomingCall(line_busy=True))
    assert d.outcome is Outcome.RING
    assert d.rule_ids == ("FWD-2",)


@given(settings_st, st.builds(IncomingCall, st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans()))
def test_fwd_7_is_cited_exactly_when_a_busy_call_is_forwarded(s: Settings, call: IncomingCall) -> None:
    d = decide_call(s, call)
    assert ("FWD-7" in d.rule_ids) == (d.outcome is Outcome.FORWARD and call.line_busy)


@given(settings_st, st.booleans(), st.booleans(), st.booleans())
def test_number_request_rejection_wins_for_a_withheld_number(
    s: Settings, busy: bool, answered: bool, blocked: bool
) -> None:
    call = IncomingCall(busy, answered, caller_number_withheld=True, number_request=True, caller_blocked=blocked)
    d = decide_call(s, call)
    assert d.outcome is Outcome.REJECT
    assert d.rule_ids == ("FWD-4",)


def test_withheld_number_without_number_request_is_forwarded_as_usual() -> None:
    d = decide_call(_started(), IncomingCall(caller_number_withheld=True))
    assert d.outcome is Outcome.FORWARD


def test_number_request_does_not_reject_a_caller_who_sends_the_number() -> None:
    d = decide_call(_started(), IncomingCall(number_request=True))
    assert d.outcome is Outcome.FORWARD


@given(settings_st, st.booleans(), st.booleans())
def test_a_blocked_caller_is_never_forwarded(s: Settings, busy: bool, answered: bool) -> None:
    d = decide_call(s, IncomingCall(busy, answered, caller_blocked=True))
    assert d.outcome is Outcome.REJECT
    assert "FWD-4" in d.rule_ids


@given(settings_st, st.booleans(), st.booleans())
def test_a_stopped_service_never_forwards(s: Settings, busy: bool, answered: bool) -> None:
    stopped = apply(s, Stop())
    d = decide_call(stopped, IncomingCall(busy, answered))
    assert d.outcome is Outcome.RING
    assert d.rule_ids == ("FWD-2",)


@given(settings_st, st.builds(IncomingCall, st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans()))
def test_a_forwarded_call_goes_to_the_selected_destination_and_cannot_be_registered(
    s: Settings, call: IncomingCall
) -> None:
    d = decide_call(s, call)
    if d.outcome is Outcome.FORWARD:
        assert d.destination == s.destination
        assert s.destination is not None
        assert d.nuisance_registration_blocked
    else:
        assert d.destination is None
        assert not d.nuisance_registration_blocked


@given(settings_st, st.builds(IncomingCall, st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans()))
def test_explain_decide_call_gives_the_decisions_rule_ids(s: Settings, call: IncomingCall) -> None:
    e = explain(decide_call, s, call)
    assert e.rule_ids == e.result.rule_ids  # type: ignore[attr-defined]


def test_decide_call_type_errors() -> None:
    with pytest.raises(TypeError):
        decide_call(_started(), {"line_busy": True})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        decide_call(None, IncomingCall())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        IncomingCall(line_busy=1)  # type: ignore[arg-type]


def test_fwd_7_names_the_contradiction_in_the_catalog_and_the_docs() -> None:
    import hikari_rules.call_forwarding as cf

    info = rules.get("FWD-7")
    assert info.interpretation is not None
    assert "1 3" in info.interpretation
    assert "お話中の時にかかってきた電話を転送することはできません" in info.quote
    assert cf.__doc__ is not None
    assert "contradicts itself" in cf.__doc__
    assert decide_call.__doc__ is not None
    assert "FWD-7" in decide_call.__doc__


# -- FWD-5: caller ID and who pays ------------------------------------------------------------------


def test_destination_sees_the_callers_number_and_each_leg_has_its_payer() -> None:
    fc = forwarded_call(MOBILE, caller_number="0451234567")
    assert fc.destination == MOBILE
    assert fc.caller_id_at_destination == "0451234567"
    assert [(c.leg, c.payer) for c in fc.charges] == [
        (Leg.CALLER_TO_FORWARDING_LINE, Party.CALLER),
        (Leg.FORWARDING_LINE_TO_DESTINATION, Party.SUBSCRIBER),
    ]
    assert dict(CALL_CHARGE_PAYERS) == {c.leg: c.payer for c in fc.charges}


def test_withheld_caller_shows_no_number_at_the_destination() -> None:
    assert forwarded_call(FIXED).caller_id_at_destination is None


def test_destination_phone_that_cannot_display_numbers_shows_none() -> None:
    fc = forwarded_call(FIXED, caller_number="0451234567", destination_displays_number=False)
    assert fc.caller_id_at_destination is None


@given(destinations, st.one_of(st.none(), st.text(alphabet="0123456789", min_size=1, max_size=15)))
def test_the_payers_do_not_depend_on_the_caller(dest: str, caller: str | None) -> None:
    fc = forwarded_call(dest, caller_number=caller)
    assert fc.caller_id_at_destination == caller
    assert {c.payer for c in fc.charges} == {Party.CALLER, Party.SUBSCRIBER}


def test_forwarded_call_input_errors() -> None:
    with pytest.raises(RuleInputError, match="FWD-5: destination"):
        forwarded_call("12345")
    with pytest.raises(RuleInputError, match="FWD-5: caller_number"):
        forwarded_call(FIXED, caller_number="")
    with pytest.raises(RuleInputError, match="FWD-5: caller_number"):
        forwarded_call(FIXED, caller_number="045-123-4567")
    with pytest.raises(TypeError):
        forwarded_call(FIXED, caller_number=451234567)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        forwarded_call(FIXED, destination_displays_number=1)  # type: ignore[arg-type]


# -- FWD-1: prices ------------------------------------------------------------------------------------


def test_prices_from_the_source_table() -> None:
    f = service_fees()
    assert f.monthly_fee == 550
    assert f.construction_fee == 1_100
    assert (f.monthly_fee, f.construction_fee) == (
        fees.CALL_FORWARDING_MONTHLY_FEE,
        fees.CALL_FORWARDING_CONSTRUCTION_FEE,
    )


def test_reduced_construction_fee_with_hikari_denwa_is_unknown_not_a_number() -> None:
    f = service_fees(with_hikari_denwa=True)
    assert f.construction_fee is None
    assert f.monthly_fee == 550
    e = explain(service_fees, with_hikari_denwa=True)
    assert e.rule_ids == ("FWD-1",)
    assert "unknown" in e.text()
    assert "不明" in e.text("ja")


@pytest.mark.parametrize("bad", [1, 0, None, "yes"])
def test_service_fees_rejects_non_bool(bad: object) -> None:
    with pytest.raises(TypeError):
        service_fees(with_hikari_denwa=bad)  # type: ignore[arg-type]


# -- FWD-6: unsupported features --------------------------------------------------------------------


@pytest.mark.parametrize(
    "feature",
    [
        Feature.TRANSFER_AFTER_ANSWER,
        Feature.FORWARDING_ANNOUNCEMENT,
        Feature.FORWARDING_SOURCE_ANNOUNCEMENT,
        Feature.PERMANENT_SOURCE_NUMBER_NOTIFICATION,
        Feature.SOURCE_NUMBER_RECEIVING,
        Feature.STIMULUS_PROTOCOL_CONTROL,
    ],
)
def test_features_the_source_lists_as_unsupported(feature: Feature) -> None:
    assert not is_supported(feature)
    assert feature in UNSUPPORTED_FEATURES


def test_control_is_by_dtmf() -> None:
    assert is_supported(Feature.DTMF_CONTROL)
    assert Feature.DTMF_CONTROL not in UNSUPPORTED_FEATURES


def test_feature_names_are_the_sources_words(shared_dir: pathlib.Path) -> None:
    source = _norm((shared_dir / "sources" / "sonet-call-forwarding.txt").read_text(encoding="utf-8"))
    for f in Feature:
        assert _norm(f.value) in source


def test_is_supported_rejects_a_name() -> None:
    with pytest.raises(TypeError):
        is_supported("応答後転送")  # type: ignore[arg-type]


# -- the catalog -------------------------------------------------------------------------------------


def test_fwd_rules_are_declared_with_their_interpretations() -> None:
    ids = [r.id for r in rules.catalog() if r.family == "FWD"]
    assert ids == [f"FWD-{n}" for n in range(1, 8)]
    with_interpretation = {r.id for r in rules.catalog() if r.family == "FWD" and r.interpretation}
    assert with_interpretation == {"FWD-2", "FWD-3", "FWD-7"}
