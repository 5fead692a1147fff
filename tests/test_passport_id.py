"""PID-1..8: フレッツ・パスポートID and フレッツ・まとめて支払い (NTT西日本's guide, 第5.0版)."""

from __future__ import annotations

import datetime as dt
import enum
import types

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, explain, passport_id
from hikari_rules.dates import JST
from hikari_rules.passport_id import (
    BILL_LINE_ITEM,
    BILLING_NUMBER_CHANGE_TABLE,
    LINE_CHANGE_TABLE,
    STATUS_TABLE,
    WHEN_IT_CONTINUES,
    WHEN_IT_ENDS,
    AccessService,
    BillingNumberChange,
    FletsPayment,
    LineChange,
    Status,
    bill_placement,
    can_change_registration,
    can_purchase,
    can_register,
    continues_after,
    continues_after_billing_change,
    is_billing_customer_number,
    is_customer_id,
    is_eligible,
    is_passport_id,
    limits_valid,
    line_change_outcome,
)
from hikari_rules.strategies import amounts, dates

D = dt.date


class Alien(enum.Enum):
    FLETS_HIKARI_NEXT = "フレッツ 光ネクスト"


ASCII_DIGITS = "0123456789"
ASCII_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + ASCII_DIGITS
# Decimal digits of other scripts (full-width, Arabic-Indic, Devanagari, …): str.isdigit() says yes to them.
foreign_digits = st.characters(categories=["Nd"]).filter(lambda c: c not in ASCII_DIGITS)
non_alnum = st.characters().filter(lambda c: c not in ASCII_ALNUM)
ascii_digit_strings = st.text(alphabet=ASCII_DIGITS, min_size=1, max_size=12)
customer_ids = st.text(alphabet=ASCII_DIGITS, min_size=10, max_size=10).map(lambda d: "CAF" + d)
billing_numbers = st.text(alphabet=ASCII_DIGITS, min_size=8, max_size=8).map(lambda d: "00" + d)
passport_ids = st.text(alphabet=ASCII_ALNUM, min_size=4, max_size=60)
yen = amounts(around=(1_000, 10_000, 100_000))

# -- PID-1 ------------------------------------------------------------------------------------


def test_only_hikari_next_and_hikari_lite_can_use_a_passport_id() -> None:
    # 「フレッツ・アクセスサービス(フレッツ 光ネクスト、フレッツ 光ライトのみ)をご契約いただいております
    # お客さまが、フレッツ・パスポートIDをご利用いただけます。」
    assert is_eligible(AccessService.FLETS_HIKARI_NEXT) is True
    assert is_eligible(AccessService.FLETS_HIKARI_LITE) is True
    assert is_eligible(AccessService.FLETS_HIKARI_PREMIUM) is False


@pytest.mark.parametrize("bad", ["FLETS_HIKARI_NEXT", "フレッツ 光ネクスト", None, 1, Alien.FLETS_HIKARI_NEXT])
def test_is_eligible_takes_only_an_access_service(bad: object) -> None:
    with pytest.raises(TypeError, match="PID-1"):
        is_eligible(bad)  # type: ignore[arg-type]


def test_eligibility_explanation_names_pid_1_and_quotes_the_guide() -> None:
    e = explain(is_eligible, AccessService.FLETS_HIKARI_PREMIUM)
    assert e.result is False
    assert e.rule_ids == ("PID-1",)
    assert "フレッツ 光ネクスト、フレッツ 光ライトのみ" in e.text("ja")


# -- PID-2 ------------------------------------------------------------------------------------


def test_registration_is_open_on_the_last_day_of_november_2024() -> None:
    assert can_register(D(2024, 11, 30)) is True
    assert can_change_registration(D(2024, 11, 30)) is True


def test_registration_is_closed_from_the_first_of_december_2024() -> None:
    # 「2024年12月より新規登録を終了しております」, 「2024年12月より確認のみとなります」
    assert can_register(D(2024, 12, 1)) is False
    assert can_change_registration(D(2024, 12, 1)) is False
    assert can_register(D(2026, 9, 1)) is False


def test_registration_at_the_ends_of_the_calendar() -> None:
    assert can_register(dt.date.min) is True
    assert can_register(dt.date.max) is False
    assert can_change_registration(dt.date.max) is False


@given(dates(D(1990, 1, 1), D(2090, 12, 31)), dates(D(1990, 1, 1), D(2090, 12, 31)))
def test_once_registration_has_closed_it_never_reopens(a: dt.date, b: dt.date) -> None:
    early, late = min(a, b), max(a, b)
    if not can_register(early):
        assert not can_register(late)
    if can_register(late):
        assert can_register(early)


@given(dates())
def test_changing_is_possible_exactly_when_registering_is(d: dt.date) -> None:
    # Both end in December 2024: from then on the registered information can only be viewed.
    assert can_change_registration(d) == can_register(d)


@pytest.mark.parametrize(
    "bad", [dt.datetime(2024, 11, 30, 23, 0, tzinfo=JST), dt.datetime(2024, 12, 1), "2024-12-01", None, 20241201]
)
def test_registration_date_must_be_a_date_not_a_datetime(bad: object) -> None:
    with pytest.raises(TypeError, match="PID-2"):
        can_register(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="PID-2"):
        can_change_registration(bad)  # type: ignore[arg-type]


def test_registration_explanation_gives_the_closing_date() -> None:
    e = explain(can_register, D(2025, 1, 6))
    assert e.rule_ids == ("PID-2",)
    assert e.steps[0].note == (
        "registering a new Passport ID ended in December 2024: it is no longer possible on 6 January 2025"
    )
    assert e.steps[0].note_ja == "フレッツ・パスポートIDの新規登録は2024年12月で終了したため、2025年1月6日にはできない"
    assert "新規登録を終了" in e.text("ja")  # the quoted section
    e = explain(can_change_registration, D(2024, 11, 30))
    assert e.steps[0].note_ja == "2024年11月30日は2024年12月1日より前のため、登録情報の変更ができる"


# -- PID-3 / PID-4: purchases -----------------------------------------------------------------


def test_source_purchase_example_fits_a_limit_of_exactly_its_total() -> None:
    # 【ご購入例】 A社「パックサービス(525円)」, B社「名作アニメ1(300円)」と「名作アニメ2(300円)」: 1,125円.
    assert can_purchase(300, limit=1_125, used_this_month=525 + 300) is True
    assert can_purchase(300, limit=1_124, used_this_month=525 + 300) is False


def test_reaching_the_limit_exactly_is_allowed_one_yen_over_is_not() -> None:
    # 「ご利用限度額を超えてのご購入はできません。」: the limit itself is not exceeded.
    assert can_purchase(1_000, limit=10_000, used_this_month=9_000) is True
    assert can_purchase(1_001, limit=10_000, used_this_month=9_000) is False


def test_a_zero_limit_allows_only_free_purchases() -> None:
    assert can_purchase(0, limit=0, used_this_month=0) is True
    assert can_purchase(1, limit=0, used_this_month=0) is False


def test_usage_already_over_the_limit_refuses_even_a_free_purchase() -> None:
    # The limit may have been lowered after the month's purchases (⑨ご利用限度額の変更).
    assert can_purchase(0, limit=1_000, used_this_month=1_001) is False


@pytest.mark.parametrize(
    ("status", "label", "allowed"),
    [
        (Status.IN_USE, "利用中", True),
        (Status.REGISTERING, "登録中", False),
        (Status.UNUSED, "未利用", False),
        (Status.RESTRICTED, "規制中", False),
    ],
)
def test_only_an_id_in_use_can_purchase(status: Status, label: str, allowed: bool) -> None:
    assert status.label == label
    assert can_purchase(0, limit=10_000, used_this_month=0, status=status) is allowed


def test_status_messages_are_the_service_page_texts() -> None:
    assert Status.REGISTERING.message.endswith("しばらくたってからご利用ください。")
    assert "ご利用いただいておりません" in Status.UNUSED.message
    assert "ご利用規制中" in Status.RESTRICTED.message
    assert [row.status for row in STATUS_TABLE] == list(Status)
    assert [s for s in Status if s.can_purchase] == [Status.IN_USE]


@given(yen, yen, yen, st.integers(0, 100_000))
def test_more_usage_never_newly_allows_a_purchase(price: int, limit: int, used: int, more: int) -> None:
    if not can_purchase(price, limit=limit, used_this_month=used):
        assert not can_purchase(price, limit=limit, used_this_month=used + more)


@given(yen, yen, yen, st.integers(0, 100_000))
def test_a_higher_limit_never_newly_refuses_a_purchase(price: int, limit: int, used: int, more: int) -> None:
    if can_purchase(price, limit=limit, used_this_month=used):
        assert can_purchase(price, limit=limit + more, used_this_month=used)


@given(yen, yen, yen, st.integers(0, 100_000))
def test_a_dearer_purchase_is_never_newly_allowed(price: int, limit: int, used: int, more: int) -> None:
    if not can_purchase(price, limit=limit, used_this_month=used):
        assert not can_purchase(price + more, limit=limit, used_this_month=used)


@given(yen, yen, yen, yen)
def test_buying_in_two_steps_or_one_meets_the_same_limit(a: int, b: int, limit: int, used: int) -> None:
    # The limit is on the month's total: a then b is allowed to the end iff a + b at once is.
    both = can_purchase(a, limit=limit, used_this_month=used) and can_purchase(b, limit=limit, used_this_month=used + a)
    assert both == can_purchase(a + b, limit=limit, used_this_month=used)


@given(yen, yen, yen, st.sampled_from([Status.REGISTERING, Status.UNUSED, Status.RESTRICTED]))
def test_an_id_not_in_use_never_purchases(price: int, limit: int, used: int, status: Status) -> None:
    assert not can_purchase(price, limit=limit, used_this_month=used, status=status)


@pytest.mark.parametrize("parameter", ["price", "limit", "used_this_month"])
def test_negative_amounts_are_rule_input_errors_naming_the_parameter(parameter: str) -> None:
    args = {"price": 100, "limit": 1_000, "used_this_month": 0, parameter: -1}
    with pytest.raises(RuleInputError, match=f"PID-3: {parameter}") as info:
        can_purchase(args.pop("price"), **args)
    assert info.value.parameter == parameter


@pytest.mark.parametrize("bad", [True, 100.0, "100", None, float("nan")])
def test_amounts_must_be_int_yen_not_bool_or_float(bad: object) -> None:
    with pytest.raises(TypeError):
        can_purchase(bad, limit=1_000, used_this_month=0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        can_purchase(100, limit=bad, used_this_month=0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        can_purchase(100, limit=1_000, used_this_month=bad)  # type: ignore[arg-type]


def test_status_must_be_a_status_and_limits_are_keyword_only() -> None:
    with pytest.raises(TypeError, match="PID-4"):
        can_purchase(100, limit=1_000, used_this_month=0, status="IN_USE")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        can_purchase(100, 1_000, 0)  # type: ignore[misc]


def test_purchase_explanation_checks_the_status_then_the_limit() -> None:
    ok = explain(can_purchase, 300, limit=1_125, used_this_month=825)
    assert ok.result is True
    assert ok.rule_ids == ("PID-4", "PID-3")
    assert "1,125" in ok.text("en")
    assert "Interpretation" in ok.text("en")
    refused = explain(can_purchase, 300, limit=1_125, used_this_month=0, status=Status.RESTRICTED)
    assert refused.result is False
    assert refused.rule_ids == ("PID-4",)
    assert "規制中" in refused.text("ja")


# -- PID-3: line limit vs the IDs' limits ------------------------------------------------------


def test_id_limits_may_add_up_to_the_line_limit_exactly() -> None:
    # 「フレッツ・パスポートID毎の利用限度額の合計が契約回線の利用限度額超える額の設定はできません。」
    assert limits_valid(10_000, {"user01": 0, "user02": 2_000, "user03": 8_000}) is True
    assert limits_valid(10_000, {"user01": 1, "user02": 2_000, "user03": 8_000}) is False


def test_a_line_without_ids_is_within_any_limit() -> None:
    assert limits_valid(0, {}) is True
    assert limits_valid(0, {"user01": 0}) is True
    assert limits_valid(0, {"user01": 1}) is False


def test_any_mapping_of_ids_is_accepted() -> None:
    assert limits_valid(5_000, types.MappingProxyType({"user01": 5_000})) is True


id_limit_maps = st.dictionaries(passport_ids, yen, max_size=8)


@given(yen, id_limit_maps, st.randoms(use_true_random=False))
def test_the_order_of_the_ids_does_not_matter(line_limit: int, limits: dict[str, int], rnd: object) -> None:
    items = list(limits.items())
    rnd.shuffle(items)  # type: ignore[attr-defined]
    assert limits_valid(line_limit, dict(items)) == limits_valid(line_limit, limits)


@given(yen, id_limit_maps, st.integers(0, 100_000))
def test_raising_the_line_limit_never_invalidates(line_limit: int, limits: dict[str, int], more: int) -> None:
    if limits_valid(line_limit, limits):
        assert limits_valid(line_limit + more, limits)


@given(yen, id_limit_maps, passport_ids, yen)
def test_raising_or_adding_an_id_limit_never_validates(
    line_limit: int, limits: dict[str, int], key: str, more: int
) -> None:
    if not limits_valid(line_limit, limits):
        raised = dict(limits)
        raised[key] = raised.get(key, 0) + more
        assert not limits_valid(line_limit, raised)


@given(yen, id_limit_maps)
def test_every_single_id_limit_fits_the_line_when_the_set_is_valid(line_limit: int, limits: dict[str, int]) -> None:
    if limits_valid(line_limit, limits):
        assert all(v <= line_limit for v in limits.values())


def test_limits_valid_errors() -> None:
    with pytest.raises(RuleInputError, match="PID-3: id_limits"):
        limits_valid(10_000, {"user01": -1})
    with pytest.raises(RuleInputError, match="PID-3: line_limit"):
        limits_valid(-1, {})
    with pytest.raises(TypeError, match="PID-3"):
        limits_valid(10_000, {"user01": "1000"})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="PID-3"):
        limits_valid(10_000, {"user01": True})
    with pytest.raises(TypeError, match="PID-3"):
        limits_valid(10_000, {"user01": 1_000.0})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="PID-3"):
        limits_valid(10_000, {1: 1_000})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="PID-3"):
        limits_valid(10_000, [("user01", 1_000)])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        limits_valid(True, {})
    with pytest.raises(TypeError):
        limits_valid(10_000, None)  # type: ignore[arg-type]


def test_limits_explanation_gives_the_total() -> None:
    e = explain(limits_valid, 10_000, {"user01": 5_000, "user02": 5_001})
    assert e.result is False
    assert e.rule_ids == ("PID-3",)
    assert "10,001" in e.text("en")


# -- PID-5: line changes ----------------------------------------------------------------------

# The guide's table 「回線の異動に伴うサービスの取り扱い」, read off the source here (not from the module):
# 設置場所変更 (ID変更なし ○, あり ×), 品目変更 (○, ×), 光ネクスト⇔光プレミアム ×, 解約 ×, 継承 ×, 改称 ○;
# ※ NTT東日本エリアへのお引越しは解約と同様.
SOURCE_TABLE = [
    (LineChange.RELOCATION, False, True),
    (LineChange.RELOCATION, True, False),
    (LineChange.ITEM_CHANGE, False, True),
    (LineChange.ITEM_CHANGE, True, False),
    (LineChange.TYPE_CHANGE, False, False),
    (LineChange.TYPE_CHANGE, True, False),
    (LineChange.CANCELLATION, False, False),
    (LineChange.CANCELLATION, True, False),
    (LineChange.SUCCESSION, False, False),
    (LineChange.SUCCESSION, True, False),
    (LineChange.RENAME, False, True),
    (LineChange.RENAME, True, True),
    (LineChange.MOVE_TO_EAST, False, False),
    (LineChange.MOVE_TO_EAST, True, False),
]


@pytest.mark.parametrize(("change", "customer_id_changed", "continues"), SOURCE_TABLE)
def test_line_change_table_every_row_and_column(change: LineChange, customer_id_changed: bool, continues: bool) -> None:
    assert continues_after(change, customer_id_changed=customer_id_changed) is continues
    outcome = line_change_outcome(change, customer_id_changed=customer_id_changed)
    assert outcome == (WHEN_IT_CONTINUES if continues else WHEN_IT_ENDS)


def test_the_customer_id_is_unchanged_by_default() -> None:
    assert continues_after(LineChange.RELOCATION) is True
    assert continues_after(LineChange.ITEM_CHANGE) is True


def test_moving_to_ntt_east_is_treated_as_cancellation() -> None:
    # 「※ NTT東日本へエリアへのお引越しの場合は解約と同様の扱いになります。」
    for changed in (False, True):
        assert continues_after(LineChange.MOVE_TO_EAST, customer_id_changed=changed) == continues_after(
            LineChange.CANCELLATION, customer_id_changed=changed
        )


def test_when_it_ends_subscriptions_are_cancelled_and_the_id_deleted() -> None:
    # 「購入済有料サービス(月額課金)は自動的に解約され、フレッツ・パスポートIDも自動的に削除されます。」
    ends = line_change_outcome(LineChange.SUCCESSION)
    assert ends.continues is False
    assert ends.monthly_subscriptions_cancelled
    assert ends.passport_id_deleted
    assert not ends.restriction_settings_carried_over


def test_when_it_continues_the_restriction_settings_carry_over() -> None:
    # 「※ご利用規制の設定については、有料サービスを継続して利用可能な異動の場合は設定が引き継がれます。」
    goes_on = line_change_outcome(LineChange.RENAME, customer_id_changed=True)
    assert goes_on.continues
    assert goes_on.restriction_settings_carried_over
    assert not goes_on.monthly_subscriptions_cancelled
    assert not goes_on.passport_id_deleted


def test_line_change_table_has_one_row_per_change_in_the_guides_order() -> None:
    assert [row.change for row in LINE_CHANGE_TABLE] == list(LineChange)
    assert [row.wording for row in LINE_CHANGE_TABLE][:6] == [
        "設置場所変更",
        "品目変更",
        "変更 (フレッツ 光ネウスト⇔フ レッツ・光フレミアム)",
        "解約",
        "継承",
        "改称",
    ]


@given(st.sampled_from(list(LineChange)))
def test_a_changed_customer_id_never_rescues_a_line(change: LineChange) -> None:
    if continues_after(change, customer_id_changed=True):
        assert continues_after(change, customer_id_changed=False)


@pytest.mark.parametrize("bad", [1, 0, None, "yes"])
def test_customer_id_changed_must_be_a_bool(bad: object) -> None:
    with pytest.raises(TypeError, match="PID-5"):
        continues_after(LineChange.RELOCATION, customer_id_changed=bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="PID-5"):
        line_change_outcome(LineChange.RELOCATION, customer_id_changed=bad)  # type: ignore[arg-type]


def test_line_change_must_be_a_line_change() -> None:
    with pytest.raises(TypeError, match="PID-5"):
        continues_after("RELOCATION")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="PID-5"):
        continues_after(BillingNumberChange.RENUMBERING)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        continues_after(LineChange.RELOCATION, True)  # type: ignore[misc]


def test_line_change_explanation_says_which_column_applied() -> None:
    e = explain(continues_after, LineChange.MOVE_TO_EAST)
    assert e.result is False
    assert e.rule_ids == ("PID-5",)
    assert "NTT East" in e.text("en")
    assert "解約と同様" in e.text("ja")
    e2 = explain(continues_after, LineChange.RELOCATION, customer_id_changed=True)
    assert "お客様ID変更あり" in e2.text("ja")


# -- PID-6 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("change", list(BillingNumberChange))
def test_every_listed_billing_number_change_keeps_matomete_shiharai(change: BillingNumberChange) -> None:
    # The table's single cell 「継続利用可能」 covers all four 変更事象.
    assert continues_after_billing_change(change) is True


def test_billing_change_table_lists_the_four_events_of_the_guide() -> None:
    assert [row.change for row in BILLING_NUMBER_CHANGE_TABLE] == list(BillingNumberChange)
    assert "改番" in BILLING_NUMBER_CHANGE_TABLE[0].wording
    assert "同一名義" in BILLING_NUMBER_CHANGE_TABLE[1].wording
    assert "00から始まる10桁" in BILLING_NUMBER_CHANGE_TABLE[2].wording
    assert "フレッツ広域一括請求" in BILLING_NUMBER_CHANGE_TABLE[3].wording


def test_billing_change_errors_and_explanation() -> None:
    with pytest.raises(TypeError, match="PID-6"):
        continues_after_billing_change(LineChange.RENAME)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="PID-6"):
        continues_after_billing_change(None)  # type: ignore[arg-type]
    e = explain(continues_after_billing_change, BillingNumberChange.WIDE_AREA_BULK_BILLING)
    assert e.rule_ids == ("PID-6",)
    assert "継続利用可能" in e.text("ja")


# -- PID-7: identifiers -----------------------------------------------------------------------


def test_customer_ids_from_the_guide() -> None:
    # 『開通のご案内』: 「お客さまID CAF1234567890」; screen shots: CAF0000012573.
    assert is_customer_id("CAF1234567890") is True
    assert is_customer_id("CAF0000012573") is True


@pytest.mark.parametrize(
    "s",
    [
        "caf1234567890",  # 「大文字・小文字に注意し、ご入力ください。」: CAF is upper case
        "Caf1234567890",
        "CAF123456789",  # 9 digits
        "CAF12345678901",  # 11 digits
        "CAF１２３４５６７８９０",  # full-width digits
        "CAF١٢٣٤٥٦٧٨٩٠",  # Arabic-Indic digits
        "CAF1234567890\n",  # a regex "$" would let this through
        " CAF1234567890",
        "CAF 1234567890",
        "ＣＡＦ1234567890",
        "CAP1234567890",
        "",
    ],
)
def test_not_customer_ids(s: str) -> None:
    assert is_customer_id(s) is False


@pytest.mark.parametrize(
    ("s", "ok"),
    [
        ("0012345678", True),
        ("0000000000", True),
        ("0612345678", False),  # does not start with 00
        ("001234567", False),  # 9 digits
        ("00123456789", False),  # 11 digits
        ("００12345678", False),  # full-width zeros
        ("0012345６78", False),
        ("0012345678\n", False),
        ("00-1234-5678", False),
    ],
)
def test_billing_customer_numbers(s: str, ok: bool) -> None:
    # 「「00」から始まる10桁のお客さま番号により個別にお支払い」
    assert is_billing_customer_number(s) is ok


@pytest.mark.parametrize(
    ("s", "ok"),
    [
        ("abc123", True),  # the search form's example 「[例: abc123]」
        ("user01", True),
        ("abc", False),  # 3 characters
        ("abcd", True),  # 4
        ("a" * 60, True),  # 60
        ("a" * 61, False),  # 61
        ("abc_123", False),
        ("abc-123", False),
        ("abc.123", False),
        ("abc 123", False),
        ("ａｂｃ１２３", False),  # full-width (全角)
        ("abc١٢٣", False),
        ("ｱｲｳｴｵ", False),  # half-width katakana
        ("abcd\n", False),
        ("", False),
    ],
)
def test_passport_ids(s: str, ok: bool) -> None:
    assert is_passport_id(s) is ok


@given(st.text())
def test_identifier_checks_never_raise_for_any_text(s: str) -> None:
    assert is_customer_id(s) in (True, False)
    assert is_billing_customer_number(s) in (True, False)
    assert is_passport_id(s) in (True, False)


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=70) | st.text(max_size=70))
def test_accepted_identifiers_are_pure_ascii(s: str) -> None:
    if is_customer_id(s):
        assert s[:3] == "CAF"
        assert len(s) == 13
        assert set(s[3:]) <= set(ASCII_DIGITS)
    if is_billing_customer_number(s):
        assert s[:2] == "00"
        assert len(s) == 10
        assert set(s) <= set(ASCII_DIGITS)
    if is_passport_id(s):
        assert 4 <= len(s) <= 60
        assert set(s) <= set(ASCII_ALNUM)


@given(customer_ids, billing_numbers, passport_ids)
def test_generated_valid_identifiers_are_accepted(cid: str, number: str, pid: str) -> None:
    assert is_customer_id(cid)
    assert is_billing_customer_number(number)
    assert is_passport_id(pid)


@given(customer_ids, st.integers(3, 12), foreign_digits)
def test_a_foreign_digit_anywhere_in_a_customer_id_is_rejected(cid: str, at: int, digit: str) -> None:
    assert not is_customer_id(cid[:at] + digit + cid[at + 1 :])


@given(billing_numbers, st.integers(0, 9), foreign_digits)
def test_a_foreign_digit_anywhere_in_a_billing_number_is_rejected(number: str, at: int, digit: str) -> None:
    assert not is_billing_customer_number(number[:at] + digit + number[at + 1 :])


@given(passport_ids, st.data())
def test_any_non_ascii_alphanumeric_in_a_passport_id_is_rejected(pid: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(pid) - 1))
    char = data.draw(non_alnum | foreign_digits)
    assert not is_passport_id(pid[:at] + char + pid[at + 1 :])


@given(customer_ids, st.text(min_size=1, max_size=3))
def test_extra_characters_make_a_customer_id_invalid(cid: str, extra: str) -> None:
    assert not is_customer_id(cid + extra)
    assert not is_customer_id(extra + cid)


@pytest.mark.parametrize("bad", [None, b"CAF1234567890", 1234567890, ["CAF1234567890"]])
def test_identifier_checks_take_only_str(bad: object) -> None:
    for check in (is_customer_id, is_billing_customer_number, is_passport_id):
        with pytest.raises(TypeError, match="PID-7"):
            check(bad)  # type: ignore[arg-type]


def test_identifier_explanations_give_the_reason() -> None:
    e = explain(is_customer_id, "caf1234567890")
    assert e.result is False
    assert e.rule_ids == ("PID-7",)
    assert e.steps[0].note == '"caf1234567890" is not a customer ID (お客さまID): it does not start with "CAF"'
    assert e.steps[0].note_ja == "「caf1234567890」は「CAF」で始まらないため、お客さまIDではない"
    assert "Interpretation" in explain(is_passport_id, "abc123").text("en")
    long = explain(is_passport_id, "x" * 1000)
    assert "1,000 characters, not 4 to 60" in long.steps[0].note
    assert "x" * 81 not in long.steps[0].note  # the value is cut to 80 characters in the step
    short = explain(is_customer_id, "CAF123")
    assert short.steps[0].note_ja == "「CAF123」は「CAF」の後が10桁ではなく3文字のため、お客さまIDではない"
    digits = explain(is_billing_customer_number, "00１２３４５６７８")
    assert digits.steps[0].template == passport_id.NOT_HALF_WIDTH_DIGITS.template
    symbol = explain(is_passport_id, "abc_123")
    assert symbol.steps[0].template == passport_id.PASSPORT_ID_CHARACTERS.template


# -- PID-8 ------------------------------------------------------------------------------------


def test_the_bill_shows_furettsu_matomete_shiharai_ryokin() -> None:
    # 「「内訳項目」欄 に「フレッツ・まとめて支払い料金」と表示されます。」
    assert BILL_LINE_ITEM == "フレッツ・まとめて支払い料金"
    p = bill_placement()
    assert p.line_item == BILL_LINE_ITEM
    assert p.billed_with is FletsPayment.PHONE_BILL
    assert "NTTファイナンス料金請求書" in p.where_on_bill
    assert p.follows_representative_line is False


def test_omatome_billing_follows_the_representative_line() -> None:
    # 「NTTファイナンスの「おまとめ請求」をご利用の場合、代表回線の請求スケジュールにあわせて請求いたします。」
    p = bill_placement(FletsPayment.CUSTOMER_NUMBER_00, omatome_billing=True)
    assert p.follows_representative_line is True
    assert p.billed_with is FletsPayment.CUSTOMER_NUMBER_00


def test_bill_placement_errors_and_explanation() -> None:
    with pytest.raises(TypeError, match="PID-8"):
        bill_placement("PHONE_BILL")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="PID-8"):
        bill_placement(omatome_billing=1)  # type: ignore[arg-type]
    e = explain(bill_placement, FletsPayment.PHONE_BILL, omatome_billing=True)
    assert e.rule_ids == ("PID-8",)
    assert "代表回線" in e.text("ja")
    assert hash(e.result) == hash(bill_placement(FletsPayment.PHONE_BILL, omatome_billing=True))


# -- what the explanations say (issue 12): the table cell that decided, Japanese verbatim ----------------------


@pytest.mark.parametrize("row", LINE_CHANGE_TABLE, ids=lambda r: r.change.name)
@pytest.mark.parametrize("changed", [False, True])
def test_pid_5_records_the_cell_of_the_table(row: object, changed: bool) -> None:
    change = row.change  # type: ignore[attr-defined]
    expected = row.customer_id_changed if changed else row.customer_id_unchanged  # type: ignore[attr-defined]
    e = explain(continues_after, change, customer_id_changed=changed)
    assert e.result is expected
    (step,) = e.steps
    assert (step.rule_id, step.template, step.outcome) == ("PID-5", passport_id.AFTER_LINE_CHANGE.template, expected)
    assert ("継続できる" if expected else "継続できない") in step.note_ja
    assert ("お客様ID変更あり" if changed else "お客様ID変更なし") in step.note_ja
    assert change.name not in e.text("ja")


def test_pid_5_japanese_reads_naturally() -> None:
    e = explain(continues_after, LineChange.RELOCATION, customer_id_changed=True)
    assert e.steps[0].note_ja == (
        "設置場所変更(お客様ID変更あり)の場合、有料サービスの購入や購入済有料サービスの請求は継続できない"
    )
    e = explain(line_change_outcome, LineChange.MOVE_TO_EAST)
    assert [s.template for s in e.steps] == [passport_id.AFTER_LINE_CHANGE.template, passport_id.WHEN_ENDED.template]
    assert e.steps[0].note_ja.startswith("NTT東日本エリアへのお引越し(解約と同様の扱い)(お客様ID変更なし)の場合")
    assert "結果: 購入・請求の継続: いいえ、月額課金の自動解約: はい" in e.text("ja")
    e = explain(line_change_outcome, LineChange.RENAME, customer_id_changed=True)
    assert e.steps[1].note_ja == "ご利用規制の設定は引き継がれる"


@pytest.mark.parametrize("change", list(BillingNumberChange))
def test_pid_6_records_the_row(change: BillingNumberChange) -> None:
    e = explain(continues_after_billing_change, change)
    (step,) = e.steps
    assert (step.rule_id, step.template, step.outcome) == ("PID-6", passport_id.AFTER_BILLING_CHANGE.template, True)
    assert step.note_ja.endswith("の場合、フレッツ・まとめて支払いでの購入や請求は継続できる")
    assert change.name not in e.text("ja")


@pytest.mark.parametrize(
    ("used", "clause", "allowed"),
    [(824, "WITHIN_THE_LIMIT", True), (825, "WITHIN_THE_LIMIT", True), (826, "OVER_THE_LIMIT", False)],
)
def test_pid_3_at_the_limit(used: int, clause: str, allowed: bool) -> None:
    e = explain(can_purchase, 300, limit=1_125, used_this_month=used)
    assert e.result is allowed
    assert [(s.rule_id, s.template) for s in e.steps] == [
        ("PID-4", passport_id.STATUS_MAY_PURCHASE.template),
        ("PID-3", getattr(passport_id, clause).template),
    ]


def test_pid_3_japanese_reads_naturally() -> None:
    e = explain(can_purchase, 300, limit=1_125, used_this_month=825)
    assert e.steps[1].note_ja == "今月の利用済み額825円+購入額300円=1,125円で、ご利用限度額1,125円以内のため購入できる"
    e = explain(limits_valid, 10_000, {"user01": 5_000, "user02": 5_001})
    assert e.steps[0].note_ja == (
        "フレッツ・パスポートID 2件の利用限度額の合計は10,001円で、契約回線の利用限度額10,000円を超える"
    )
    assert "used_this_month" not in passport_id.PID_3.interpretation_ja  # type: ignore[operator]
    assert "used_this_month" not in passport_id.PID_3.interpretation  # type: ignore[operator]


@pytest.mark.parametrize("status", list(Status))
def test_pid_4_only_an_id_in_use_may_purchase(status: Status) -> None:
    e = explain(can_purchase, 0, limit=0, used_this_month=0, status=status)
    may = status is Status.IN_USE
    assert e.result is may
    first = e.steps[0]
    assert first.rule_id == "PID-4"
    clause = passport_id.STATUS_MAY_PURCHASE if may else passport_id.STATUS_MAY_NOT_PURCHASE
    assert first.template == clause.template
    assert f"ご利用状況は「{status.value}」" in first.note_ja
    assert len(e.steps) == (2 if may else 1)  # the limit is judged only for an ID in use


def test_pid_8_and_pid_9_read_naturally() -> None:
    e = explain(bill_placement, FletsPayment.PHONE_BILL, omatome_billing=True)
    assert [s.template for s in e.steps] == [
        passport_id.ADDED_TO_THE_LINE_BILL.template,
        passport_id.FOLLOWS_THE_REPRESENTATIVE_LINE.template,
    ]
    assert e.steps[0].note_ja == (
        "フレッツの利用料金の毎月の請求書等(電話回線等の請求書との合算)に合算して請求され、"
        "「フレッツ・まとめて支払い料金」と表示される"
    )
    e = explain(
        passport_id.displayed_status, [passport_id.ApplicationState.CHANGING, passport_id.ApplicationState.ENDED]
    )
    assert "結果: 不明" in e.text("ja")
    assert e.steps[0].note_ja == (
        "申込の状態(変更中、廃止済み)に利用中がなく、この組み合わせで何が表示されるかはガイドに記載がないため不明"
    )
    e = explain(passport_id.displayed_status, [passport_id.ApplicationState.IN_USE] * 2)
    assert e.steps[0].template == passport_id.ALL_IN_ONE_STATE.template


@pytest.mark.parametrize(
    ("call", "rule", "parameter"),
    [
        (lambda: can_purchase(-1, limit=0, used_this_month=0), "PID-3", "price"),
        (lambda: can_purchase(0, limit=-1, used_this_month=0), "PID-3", "limit"),
        (lambda: can_purchase(0, limit=0, used_this_month=-1), "PID-3", "used_this_month"),
        (lambda: limits_valid(-1, {}), "PID-3", "line_limit"),
        (lambda: limits_valid(1, {"a": -1}), "PID-3", "id_limits"),
        (lambda: passport_id.displayed_status([]), "PID-9", "states"),
    ],
)
def test_errors_name_the_rule_and_the_parameter(call: object, rule: str, parameter: str) -> None:
    with pytest.raises(RuleInputError) as info:
        call()  # type: ignore[operator]
    assert (info.value.rule, info.value.parameter) == (rule, parameter)


@pytest.mark.parametrize(
    ("func", "value", "outcome", "note"),
    [
        (is_customer_id, "CAF1234567890", True, '"CAF1234567890" is a customer ID (お客さまID): "CAF" followed by 10 '
         "half-width digits"),
        (is_customer_id, "caf1234567890", False, '"caf1234567890" is not a customer ID (お客さまID): it does not start '
         'with "CAF"'),
        (is_customer_id, "CAF12345678901", False, '"CAF12345678901" is not a customer ID (お客さまID): 11 characters '
         'follow "CAF", not 10'),
        (is_customer_id, "CAF123456789x", False, '"CAF123456789x" is not a customer ID (お客さまID): the characters '
         'after "CAF" are not all half-width digits (0–9)'),
        (is_billing_customer_number, "0012345678", True, '"0012345678" is a billing customer number (お客さま番号): '
         '"00" followed by 8 half-width digits'),
        (is_passport_id, "abc_", False, '"abc_" cannot be a Passport ID: it has a character other than half-width '
         "letters and digits (A–Z, a–z, 0–9)"),
        (is_passport_id, "abc", False, '"abc" cannot be a Passport ID: 3 characters, not 4 to 60'),
        (is_passport_id, "a" * 60, True, f'"{"a" * 60}" can be a Passport ID: 60 half-width letters and digits '
         "(4 to 60)"),
    ],
)  # fmt: skip
def test_pid_7_says_each_way_a_value_fails_or_fits(func: object, value: str, outcome: bool, note: str) -> None:
    e = explain(func, value)  # type: ignore[arg-type]
    (step,) = e.steps
    assert (step.rule_id, step.outcome, step.note) == ("PID-7", outcome, note)
    assert e.result is outcome


@pytest.mark.parametrize(("length", "shown"), [(80, "7" * 80), (81, "7" * 77 + "...")])
def test_pid_7_cuts_a_long_value_at_80_characters(length: int, shown: str) -> None:
    (step,) = explain(is_customer_id, "CAF" + "7" * (length - 3)).steps
    assert dict(step.inputs)["value"] == ("CAF" + "7" * (length - 3) if length <= 80 else ("CAF" + "7" * 74 + "..."))
    (step,) = explain(is_passport_id, "7" * length).steps
    assert dict(step.inputs)["value"] == shown


@pytest.mark.parametrize(("on", "outcome"), [(D(2024, 11, 30), True), (D(2024, 12, 1), False)])
def test_pid_2_records_its_outcome(on: dt.date, outcome: bool) -> None:
    for func in (can_register, can_change_registration):
        (step,) = explain(func, on).steps
        assert (step.rule_id, step.outcome) == ("PID-2", outcome)


def test_type_errors_name_the_rule_and_the_parameter() -> None:
    with pytest.raises(TypeError, match=r"^PID-2: on: "):
        can_register("2024-11-30")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^PID-2: on: "):
        can_change_registration(None)  # type: ignore[arg-type]
    for func in (continues_after, line_change_outcome):
        with pytest.raises(TypeError, match=r"^PID-5: change: "):
            func("RELOCATION")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"^PID-5: customer_id_changed: "):
            func(LineChange.RELOCATION, customer_id_changed=1)  # type: ignore[arg-type]
