"""フレッツ・パスポートID and フレッツ・まとめて支払い of NTT西日本 (PID-1..9).

Source: PASSPORT, 「フレッツ・パスポートIDを用いた フレッツ・まとめて支払い ご利用ガイド 第5.0版」
(NTT西日本, 2024年12月).  The stored copy of the guide is a text extraction of a PDF:
screen shots came out garbled, and in the line-change table the mark ○ came out as
``0`` (the legend under the table reads ``(凡例)○ … × …``).  Quotes below copy the
stored text as it is; where a character is lost, `` … `` marks the gap.

Who may use a Passport ID (PID-1), whether it can still be registered (PID-2), whether
a purchase is allowed (PID-3 limit, PID-4 status), what a change to the フレッツ line
(PID-5) or to the number its charges are billed to (PID-6) does, the shape of the
identifiers (PID-7), where the charges appear on the bill (PID-8) and which status the
usage-status screen shows when several applications coexist (PID-9).

>>> import datetime
>>> is_eligible(AccessService.FLETS_HIKARI_NEXT), is_eligible(AccessService.FLETS_HIKARI_PREMIUM)
(True, False)
>>> can_register(datetime.date(2024, 11, 30)), can_register(datetime.date(2024, 12, 1))
(True, False)
>>> can_purchase(300, limit=10_000, used_this_month=9_700)
True
>>> continues_after(LineChange.RELOCATION), continues_after(LineChange.RELOCATION, customer_id_changed=True)
(True, False)
>>> is_customer_id("CAF1234567890"), is_customer_id("caf1234567890")
(True, False)
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Mapping
from typing import Final

import attrs

from hikari_rules._check import check_bool, check_date, check_enum, check_money, check_str
from hikari_rules._registry import TRACE, implements, rule
from hikari_rules.errors import RuleInputError

__all__ = [
    "BILLING_NUMBER_CHANGE_TABLE",
    "BILL_LINE_ITEM",
    "BILL_STATEMENT",
    "CUSTOMER_ID_PREFIX",
    "ELIGIBLE_SERVICES",
    "LINE_CHANGE_TABLE",
    "PASSPORT_ID_MAX_LENGTH",
    "PASSPORT_ID_MIN_LENGTH",
    "REGISTRATION_CLOSED_ON",
    "STATUS_TABLE",
    "WHEN_IT_CONTINUES",
    "WHEN_IT_ENDS",
    "AccessService",
    "ApplicationState",
    "BillPlacement",
    "BillingNumberChange",
    "BillingNumberChangeRow",
    "FletsPayment",
    "LineChange",
    "LineChangeOutcome",
    "LineChangeRow",
    "Status",
    "StatusRow",
    "bill_placement",
    "can_change_registration",
    "can_purchase",
    "can_register",
    "continues_after",
    "continues_after_billing_change",
    "displayed_status",
    "is_billing_customer_number",
    "is_customer_id",
    "is_eligible",
    "is_passport_id",
    "limits_valid",
    "line_change_outcome",
]

# -- the rules, as the source states them ------------------------------------------------

PID_1 = rule(
    "PID-1",
    title="Eligible access services",
    title_ja="ご利用可能なフレッツ・アクセスサービス",
    source="PASSPORT",
    section="フレッツ・パスポートIDのご利用可否(2024年12月より新規登録を終了しております)",
    quote=(
        "フレッツ・アクセスサービス(フレッツ 光ネクスト、フレッツ 光ライトのみ)をご契約いただいておりますお客さまが、"
        "フレッツ・パスポートIDをご利用いただけます。"
    ),
    statement="Only customers of フレッツ 光ネクスト or フレッツ 光ライト can use a Flets Passport ID.",
    statement_ja=(
        "フレッツ・パスポートIDを利用できるのは、フレッツ 光ネクスト・フレッツ 光ライトを契約している者に限る。"
    ),
)
PID_2 = rule(
    "PID-2",
    title="Registration closed",
    title_ja="新規登録の終了",
    source="PASSPORT",
    section="①フレッツ・パスポートIDの取得(2024年12月より新規登録を終了しております)",
    quote=(
        "①フレッツ・パスポートIDの取得(2024年12月より新規登録を終了しております)\n"
        "⑤フレッツ・パスポートIDの登録情報変更(2024年12月より確認のみとなります)"
    ),
    statement=(
        "New Passport ID registration ended in December 2024: none on or after 2024-12-01. Since then "
        "registered information can only be viewed, not changed."
    ),
    statement_ja="2024年12月以降は新規登録ができず、登録情報は確認のみで変更できない。",
)
PID_3 = rule(
    "PID-3",
    title="Usage limit",
    title_ja="ご利用限度額",
    source="PASSPORT",
    section="≪参考≫ご利用限度額とは",
    quote=(
        "ご利用限度額とは、フレッツ・パスポートIDを用いてフレッツ・まとめて支払いでのご購入を行う際の上限額です。"
        "ご利用限度額を超えてのご購入はできません。\n"
        "契約回線毎に利用限度額が設定されており、フレッツ・パスポートID毎の利用限度額の合計が契約回線の利用限度額"
        "超える額の設定はできません。"
    ),
    statement=(
        "A purchase that would take a Passport ID over its usage limit is refused (reaching the limit exactly "
        "is allowed). The limits of a line's Passport IDs may not add up to more than the line's limit."
    ),
    statement_ja=(
        "ご利用限度額を超える購入はできない(限度額ちょうどまでは可)。"
        "パスポートIDごとの限度額の合計は契約回線の限度額を超えられない。"
    ),
    interpretation=(
        "The guide gives the limit (上限額) but not the period it covers. The library applies it to the charges "
        "of one billing month: the caller supplies what the ID has already used that month (used_this_month), "
        "and a purchase is allowed while used_this_month + price ≤ limit."
    ),
    other_reading=(
        "The limit caps a single purchase (price ≤ limit, whatever was bought before), or it caps the running "
        "total over the ID's whole life with no monthly reset."
    ),
    interpretation_ja=(
        "原文は上限額を示すが、どの期間の合計かを述べていない。本ライブラリは1請求月の利用額に対する上限と読み、"
        "その月の既利用額(used_this_month)を呼び出し側が渡し、既利用額+価格が限度額以下なら購入できるとする。"
    ),
    other_reading_ja="1回の購入額の上限(既利用額を問わない)とする読み方、あるいは月ごとにリセットされない累計の上限とする読み方。",
)
PID_4 = rule(
    "PID-4",
    title="Statuses and usage restriction",
    title_ja="ご利用状況と利用規制",
    source="PASSPORT",
    section="フレッツ・パスポートIDのご利用可否(2024年12月より新規登録を終了しております)",
    quote=(
        "利用中 … 現在、ご利用いただいて … ます。\n"
        "登録中 … 現在、フレッツ・パスポー … を登録中ですので、しば … たってからご利用くださ\n"
        "未利用 … 現在、ご利用いただいて … ません。\n"
        "規制中 … 現在、ご利用規制中です"
    ),
    statement=(
        "A Passport ID is 利用中 (in use), 登録中 (registering), 未利用 (not used) or 規制中 (restricted). "
        "Only an ID in use can purchase; one under usage restriction (利用規制), of the ID or of its line, cannot."
    ),
    statement_ja="ご利用状況は利用中・登録中・未利用・規制中のいずれか。購入できるのは利用中のIDだけで、利用規制中は購入できない。",
    source_damaged=True,
)
PID_5 = rule(
    "PID-5",
    title="Line changes (異動)",
    title_ja="回線の異動に伴うサービスの取り扱い",
    source="PASSPORT",
    section="回線の異動に伴うサービスの取り扱い",
    quote=(
        "セスサービス の種類 お客様ID変 更なし [※] お客様ID変 更あり お客様ID変 更なし お客様ID変 更あり "
        "変更 (フレッツ 光ネウスト⇔フ レッツ・光フレミアム) 解約 継承 改称\n"
        "フレッツ 光ネクスト 0 × 0 × × × × 0\n"
        "フレッツ 光ライト 0 × 0 × × × × 0\n"
        "(凡例)○ 有料サービスの購入や購入済有料サービスの請求を継続可能な異動 "
        "× 有料サービスの購入や購入済有料サービスの請求を継続不可能な異動\n"
        "※ NTT東日本へエリアへのお引越しの場合は解約と同様の扱いになります。\n"
        "※ご利用規制の設定については、有料サービスを継続して利用可能な異動の場合は設定が引き継がれます。\n"
        "なお、フレッツ・アクセスサービスの異動に伴い有料サービスのご購入等が利用不可となった場合には、"
        "購入済有料サービス(月額課金)は自動的に解約され、フレッツ・パスポートIDも自動的に削除されます。"
    ),
    statement=(
        "After a relocation or an item change, purchases and the billing of purchased services continue if the "
        "customer ID stays the same and end if it changes; a type change (光ネクスト ⇔ 光プレミアム), cancellation "
        "or succession ends them; a rename keeps them. A move into NTT East's area counts as cancellation. When "
        "they end, monthly subscriptions are cancelled and the Passport ID deleted; when they continue, "
        "usage-restriction settings carry over."
    ),
    statement_ja=(
        "設置場所変更・品目変更はお客様IDが変わらなければ継続、変われば継続不可。種別の変更(光ネクスト⇔光プレミアム)・"
        "解約・継承は継続不可、改称は継続可。NTT東日本エリアへの引越しは解約と同じ扱い。"
        "継続不可のときは月額課金のサービスが自動解約されパスポートIDが削除され、継続可のときは利用規制の設定が引き継がれる。"
    ),
    source_damaged=True,
)
PID_6 = rule(
    "PID-6",
    title="Billing-number changes",
    title_ja="請求先番号の変更に伴う取り扱い",
    source="PASSPORT",
    section="請求先番号の変更に伴う、フレッツ・パスポートIDを用いたフレッツ・まとめて支払いの取り扱い",
    quote=(
        "フレッツ・アクセスサービスをご契約いただいている回線の電話番号を変更された場合 (改番した場合)\n"
        "フレッツ・アクセスサービスご利用料金の請求先電話番号を変更された場合 "
        "(フレッツ・アクセスサービスのご利用場所にお持ちである同一名義の電話回線に限り ます) 継続利用可能\n"
        "フレッツ・アクセスサービスご利用料金をお支払いいただく方法を"
        "「00から始まる10桁 のお客さま請求番号」に変更された場合\n"
        "フレッツ・アクセスサービスのご利用料金のお支払い方法がフレッツ広域一括請求に 変更となった場合"
    ),
    statement=(
        "All four listed changes of the number the line's charges are billed to keep まとめて支払い working: "
        "renumbering the line, changing the billing phone number (to a same-name line at the same premises), "
        "paying by the 10-digit customer number starting 00, and switching to フレッツ広域一括請求."
    ),
    statement_ja="改番、請求先電話番号の変更(同一名義・同一利用場所の回線)、「00」から始まる10桁の番号への変更、フレッツ広域一括請求への変更のいずれでも継続利用できる。",
)
PID_7 = rule(
    "PID-7",
    title="Identifiers",
    title_ja="お客さまID・お客さま番号・パスポートIDの形式",
    source="PASSPORT",
    section="「お客さまID/アクセスキー(アクセスパスワード)」について",
    quote=(
        "客さまID CAF1234567890\n"
        "(大文字・小文字に注意し、ご入力ください。)\n"
        "「00」から始まる10桁のお客さま番 号により個別にお支払い\n"
        "(半角4~60文字) [M: abc123]"
    ),
    statement=(
        'A customer ID (お客さまID) is "CAF" followed by 10 digits; an individual billing customer number is 10 '
        'digits starting "00"; digits are ASCII 0-9 only.'
    ),
    statement_ja="お客さまIDは「CAF」と数字10桁、個別請求のお客さま番号は「00」で始まる10桁の数字(いずれも半角数字のみ)。",
    interpretation=(
        "The guide gives no format for the Passport ID itself; its usage-detail search form asks for "
        "「半角4~60文字」 (example abc123). The library accepts 4–60 half-width alphanumerics: ASCII A-Z, a-z, "
        '0-9. Full-width (全角) characters and other scripts\' digits are refused. "CAF" is case-sensitive: the '
        "login screen that takes the customer ID says 「大文字・小文字に注意し、ご入力ください。」."
    ),
    other_reading=(
        "「半角4~60文字」 allows any half-width character, including ASCII symbols (and half-width katakana), "
        "or the search-form limit is not the ID's format at all; and the customer ID could be matched "
        'case-insensitively ("caf…").'
    ),
    interpretation_ja=(
        "原文はパスポートID自体の形式を示さず、ご利用明細の検索欄が「半角4~60文字」(例:abc123)とする。"
        "本ライブラリは半角英数字(ASCIIのA-Z・a-z・0-9)4~60文字と読み、全角文字や他の文字体系の数字は認めない。"
        "ログイン画面の「大文字・小文字に注意し、ご入力ください。」から「CAF」は大文字のみとする。"
    ),
    other_reading_ja=(
        "「半角4~60文字」を記号や半角カナも含む任意の半角文字と読む、あるいは検索欄の制限でありIDの形式ではないと読む。"
        "また、お客さまIDの「CAF」を大文字小文字を区別せずに照合する読み方。"
    ),
    source_damaged=True,
)
PID_8 = rule(
    "PID-8",
    title="Where it is billed",
    title_ja="請求書での表示",
    source="PASSPORT",
    section="請求書表示イメージ",
    quote=(
        "ご購入いただいた有料サービスの料金は、 フレッツ 光ネクスト、フレッツ 光ライトの"
        "ご利用料金をお支払いいただいている毎月の請求書等に合算してご請求いたします。\n"
        "NTTファイナンスの「おまとめ請求」をご利用の場合、代表回線の請求スケジュールにあわせて請求いたします。\n"
        "ご利用いただきましたサービスの料金につきましては、「NTTファイナンス料金請求書」裏面で「ご請求内訳」内の"
        "「内訳項目」欄 に「フレッツ・まとめて支払い料金」と表示されます。"
    ),
    statement=(
        "まとめて支払い charges are added to the monthly bill of the フレッツ line's charges (or to the separate "
        "payment by the 00 number); on the NTT Finance bill the item is 「フレッツ・まとめて支払い料金」. With NTT "
        "Finance's おまとめ請求, billing follows the representative line's schedule."
    ),
    statement_ja=(
        "まとめて支払いの料金はフレッツの利用料金の毎月の請求書等に合算して請求され、NTTファイナンス料金請求書の内訳項目に"
        "「フレッツ・まとめて支払い料金」と表示される。おまとめ請求では代表回線の請求スケジュールに従う。"
    ),
)

# -- PID-1: access services --------------------------------------------------------------


class AccessService(enum.Enum):
    """The フレッツ access services the guide names (values: the guide's names)."""

    FLETS_HIKARI_NEXT = "フレッツ 光ネクスト"
    FLETS_HIKARI_LITE = "フレッツ 光ライト"
    FLETS_HIKARI_PREMIUM = "フレッツ 光プレミアム"


ELIGIBLE_SERVICES: Final[frozenset[AccessService]] = frozenset(
    {AccessService.FLETS_HIKARI_NEXT, AccessService.FLETS_HIKARI_LITE}
)
"""PID-1: 「フレッツ 光ネクスト、フレッツ 光ライトのみ」."""


@implements("PID-1")
def is_eligible(service: AccessService) -> bool:
    """Whether a customer of ``service`` can use a Passport ID (PID-1: 光ネクスト and 光ライト only).

    >>> [is_eligible(s) for s in AccessService]
    [True, True, False]
    """
    service = check_enum(service, AccessService, "service", "PID-1")
    result = service in ELIGIBLE_SERVICES
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "PID-1",
            result,
            service=service,
            note=(
                f"{service.value} {'is' if result else 'is not'} one of the services that can use a Passport ID "
                "(フレッツ 光ネクスト, フレッツ 光ライト only)"
            ),
            note_ja=(
                f"{service.value}はフレッツ・パスポートIDを利用できるサービス(光ネクスト・光ライトのみ)"
                f"{'である' if result else 'ではない'}"
            ),
        )
    return result


# -- PID-2: registration closed ----------------------------------------------------------

REGISTRATION_CLOSED_ON: Final = _dt.date(2024, 12, 1)
"""PID-2: 「2024年12月より新規登録を終了」 — the first day with no registration and no changes."""


def _registration_open(on: object, parameter: str, what: str, what_ja: str) -> bool:
    d = check_date(on, parameter, "PID-2")
    result = d < REGISTRATION_CLOSED_ON
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "PID-2",
            result,
            on=d,
            closed_on=REGISTRATION_CLOSED_ON,
            note=(
                f"{what} {'is still possible' if result else 'is no longer possible'} on {d}: it ended in "
                f"December 2024 (from {REGISTRATION_CLOSED_ON})"
            ),
            note_ja=(
                f"{d}は{what_ja}{'ができる' if result else 'ができない'}"
                f"(2024年12月({REGISTRATION_CLOSED_ON})以降は終了)"
            ),
        )
    return result


@implements("PID-2")
def can_register(on: _dt.date) -> bool:
    """Whether a new Passport ID can be registered on ``on`` (PID-2: not from 2024-12-01).

    >>> import datetime
    >>> can_register(datetime.date(2024, 11, 30)), can_register(datetime.date(2024, 12, 1))
    (True, False)
    """
    return _registration_open(on, "on", "New Passport ID registration", "フレッツ・パスポートIDの新規登録")


@implements("PID-2")
def can_change_registration(on: _dt.date) -> bool:
    """Whether registered information can be changed on ``on`` (PID-2: from 2024-12-01 it can
    only be viewed).

    >>> import datetime
    >>> can_change_registration(datetime.date(2025, 1, 6))
    False
    """
    return _registration_open(on, "on", "Changing the registered information", "登録情報の変更")


# -- PID-4: statuses ---------------------------------------------------------------------


class Status(enum.Enum):
    """ご利用状況 of a Passport ID (values: the labels the service page shows)."""

    IN_USE = "利用中"
    REGISTERING = "登録中"
    UNUSED = "未利用"
    RESTRICTED = "規制中"

    @property
    def label(self) -> str:
        """The label on the service page, e.g. 「利用中」."""
        return self.value

    @property
    def message(self) -> str:
        """The 内容 text the service page shows for this status."""
        return _STATUS_ROWS[self].message

    @property
    def can_purchase(self) -> bool:
        """Whether an ID in this status may purchase (PID-4: 利用中 only)."""
        return _STATUS_ROWS[self].can_purchase


@attrs.frozen
class StatusRow:
    """One row of the 「ご利用状況」 table: status, its 内容 text, whether it may purchase."""

    status: Status
    can_purchase: bool
    message: str


# fmt: off
STATUS_TABLE: Final[tuple[StatusRow, ...]] = (
    #         ご利用状況         購入   内容
    StatusRow(Status.IN_USE,      True,  "現在、ご利用いただいております。"),
    StatusRow(Status.REGISTERING, False, "現在、フレッツ・パスポートIDを登録中ですので、"
                                         "しばらくたってからご利用ください。"),
    StatusRow(Status.UNUSED,      False, "現在、ご利用いただいておりません。"),
    StatusRow(Status.RESTRICTED,  False, "現在、ご利用規制中です。"),
)
# fmt: on
"""PID-4: the 「ご利用状況」 table.  The stored copy of the guide lost characters of these
texts (e.g. 「現在、ご利用いただいて。 ます。」); the messages here fill only those gaps, as
the rule catalog reads them (「しばらくたってからご利用ください」, 「ご利用いただいておりません」)."""

_STATUS_ROWS: Final[Mapping[Status, StatusRow]] = {row.status: row for row in STATUS_TABLE}


# -- PID-3: usage limits -----------------------------------------------------------------


@implements("PID-3", "PID-4")
def can_purchase(price: int, *, limit: int, used_this_month: int, status: Status = Status.IN_USE) -> bool:
    """Whether a Passport ID may buy something costing ``price`` yen now.

    Only an ID whose status is 利用中 may purchase (PID-4).  It may then spend up to its
    usage limit in a billing month: allowed while ``used_this_month + price <= limit``
    (PID-3; the monthly period is an interpretation).  All amounts are whole yen.

    >>> can_purchase(525, limit=1_000, used_this_month=475)       # reaches the limit exactly
    True
    >>> can_purchase(525, limit=1_000, used_this_month=476)
    False
    >>> can_purchase(0, limit=1_000, used_this_month=0, status=Status.RESTRICTED)
    False
    """
    price = check_money(price, "price", "PID-3")
    limit = check_money(limit, "limit", "PID-3")
    used = check_money(used_this_month, "used_this_month", "PID-3")
    status = check_enum(status, Status, "status", "PID-4")
    row = _STATUS_ROWS[status]
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "PID-4",
            row.can_purchase,
            status=status,
            note=(
                f"the ID is {status.value} ({status.name}): "
                + ("an ID in use may purchase" if row.can_purchase else "only an ID in use (利用中) may purchase")
            ),
            note_ja=f"ご利用状況は「{status.value}」: "
            + ("利用中のIDは購入できる" if row.can_purchase else "購入できるのは利用中のIDだけ"),
        )
    if not row.can_purchase:
        return False
    total = used + price
    result = total <= limit
    if trace is not None:
        trace.step(
            "PID-3",
            result,
            price=price,
            used_this_month=used,
            limit=limit,
            note=(
                f"{used:,} yen used this billing month + {price:,} yen = {total:,} yen, "
                f"{'within' if result else 'over'} the usage limit of {limit:,} yen"
            ),
            note_ja=(
                f"今月の既利用額{used:,}円+{price:,}円={total:,}円で、ご利用限度額{limit:,}円"
                f"{'以内' if result else 'を超える'}"
            ),
        )
    return result


@implements("PID-3")
def limits_valid(line_limit: int, id_limits: Mapping[str, int]) -> bool:
    """Whether the Passport IDs' limits (by ID) add up to no more than the line's limit (PID-3).

    >>> limits_valid(10_000, {"user01": 0, "user02": 2_000, "user03": 8_000})
    True
    >>> limits_valid(10_000, {"user01": 5_000, "user02": 5_001})
    False
    """
    line_limit = check_money(line_limit, "line_limit", "PID-3")
    if not isinstance(id_limits, Mapping):
        raise TypeError(f"PID-3: id_limits: expected a mapping of Passport ID to yen, got {type(id_limits).__name__}")
    total = 0
    for key, value in id_limits.items():
        if not isinstance(key, str):
            raise TypeError(f"PID-3: id_limits: keys are Passport IDs (str), got {type(key).__name__}")
        total += check_money(value, "id_limits", "PID-3")
    result = total <= line_limit
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "PID-3",
            result,
            line_limit=line_limit,
            id_count=len(id_limits),
            id_total=total,
            note=(
                f"the {len(id_limits)} Passport IDs' limits add up to {total:,} yen, "
                f"{'within' if result else 'more than'} the line's limit of {line_limit:,} yen"
            ),
            note_ja=(
                f"パスポートID {len(id_limits)}件の限度額の合計は{total:,}円で、契約回線の限度額{line_limit:,}円"
                f"{'以内' if result else 'を超える'}"
            ),
        )
    return result


# -- PID-5: line changes -----------------------------------------------------------------


class LineChange(enum.Enum):
    """異動 of the フレッツ line (values: the guide's wording)."""

    RELOCATION = "設置場所変更"
    ITEM_CHANGE = "品目変更"
    TYPE_CHANGE = "変更(フレッツ 光ネクスト⇔フレッツ 光プレミアム)"
    CANCELLATION = "解約"
    SUCCESSION = "継承"
    RENAME = "改称"
    MOVE_TO_EAST = "NTT東日本エリアへのお引越し"


@attrs.frozen
class LineChangeRow:
    """One column of the guide's 異動 table, turned into a row: ``True`` is ○ (継続可能),
    ``False`` is × (継続不可能)."""

    change: LineChange
    customer_id_unchanged: bool
    customer_id_changed: bool
    wording: str


_O: Final = True
"""○ 有料サービスの購入や購入済有料サービスの請求を継続可能な異動"""
_X: Final = False
"""× 有料サービスの購入や購入済有料サービスの請求を継続不可能な異動"""

# fmt: off
LINE_CHANGE_TABLE: Final[tuple[LineChangeRow, ...]] = (
    #                                    お客様ID    お客様ID
    #             異動                   変更なし    変更あり    the guide's heading
    LineChangeRow(LineChange.RELOCATION,    _O,         _X,     "設置場所変更"),
    LineChangeRow(LineChange.ITEM_CHANGE,   _O,         _X,     "品目変更"),
    LineChangeRow(LineChange.TYPE_CHANGE,   _X,         _X,     "変更 (フレッツ 光ネウスト⇔フ レッツ・光フレミアム)"),
    LineChangeRow(LineChange.CANCELLATION,  _X,         _X,     "解約"),
    LineChangeRow(LineChange.SUCCESSION,    _X,         _X,     "継承"),
    LineChangeRow(LineChange.RENAME,        _O,         _O,     "改称"),
    LineChangeRow(LineChange.MOVE_TO_EAST,  _X,         _X,     "※ NTT東日本へエリアへのお引越し (解約と同様の扱い)"),
)
# fmt: on
"""PID-5: the guide's table 「回線の異動に伴うサービスの取り扱い」, one row per 異動.

The guide has the 異動 as columns and the access services as rows; its two rows
(フレッツ 光ネクスト, フレッツ 光ライト) are identical, so the table is written here
transposed, one row per 異動.  Only 設置場所変更 and 品目変更 are split by whether the
お客様ID changes; the other columns hold for both.  The type-change heading keeps the
stored copy's spelling (「光ネウスト」, 「光フレミアム」 are 光ネクスト and 光プレミアム).
The last row is the footnote ※ on 設置場所変更: a move into NTT East's area is a
cancellation."""

_LINE_CHANGE_ROWS: Final[Mapping[LineChange, LineChangeRow]] = {row.change: row for row in LINE_CHANGE_TABLE}


@attrs.frozen
class LineChangeOutcome:
    """What happens to まとめて支払い after a 異動 (PID-5)."""

    continues: bool
    monthly_subscriptions_cancelled: bool
    passport_id_deleted: bool
    restriction_settings_carried_over: bool
    note: str
    note_ja: str


WHEN_IT_CONTINUES: Final = LineChangeOutcome(
    continues=True,
    monthly_subscriptions_cancelled=False,
    passport_id_deleted=False,
    restriction_settings_carried_over=True,
    note="Purchases and billing continue; the usage-restriction settings carry over.",
    note_ja="※ご利用規制の設定については、有料サービスを継続して利用可能な異動の場合は設定が引き継がれます。",
)
WHEN_IT_ENDS: Final = LineChangeOutcome(
    continues=False,
    monthly_subscriptions_cancelled=True,
    passport_id_deleted=True,
    restriction_settings_carried_over=False,
    note=(
        "Purchased monthly subscriptions are cancelled automatically and the Passport ID is deleted. The guide "
        "asks the customer to register a Passport ID again, which PID-2 no longer allows from 2024-12-01."
    ),
    note_ja=(
        "購入済有料サービス(月額課金)は自動的に解約され、フレッツ・パスポートIDも自動的に削除されます。"
        "(原文は再登録を案内するが、2024年12月以降は新規登録ができない(PID-2)。)"
    ),
)


def _line_change(change: object, customer_id_changed: object) -> tuple[LineChangeRow, bool, bool]:
    ch = check_enum(change, LineChange, "change", "PID-5")
    changed = check_bool(customer_id_changed, "customer_id_changed", "PID-5")
    row = _LINE_CHANGE_ROWS[ch]
    result = row.customer_id_changed if changed else row.customer_id_unchanged
    trace = TRACE.get()
    if trace is not None:
        column = "お客様ID変更あり" if changed else "お客様ID変更なし"
        trace.step(
            "PID-5",
            result,
            change=ch,
            customer_id_changed=changed,
            note=(
                f"{ch.name} ({row.wording}), customer ID {'changed' if changed else 'unchanged'}: "
                + ("○ purchases and billing continue" if result else "× purchases and billing cannot continue")
                + ("; a move into NTT East's area is treated as cancellation" if ch is LineChange.MOVE_TO_EAST else "")
            ),
            note_ja=(
                f"{ch.value}・{column}: "
                + ("○ 有料サービスの購入・請求を継続可能" if result else "× 有料サービスの購入・請求を継続不可能")
                + ("(NTT東日本エリアへの引越しは解約と同様の扱い)" if ch is LineChange.MOVE_TO_EAST else "")
            ),
        )
    return row, changed, result


@implements("PID-5")
def continues_after(change: LineChange, *, customer_id_changed: bool = False) -> bool:
    """Whether purchases, and billing of purchased services, continue after ``change`` (PID-5).

    >>> continues_after(LineChange.ITEM_CHANGE), continues_after(LineChange.ITEM_CHANGE, customer_id_changed=True)
    (True, False)
    >>> continues_after(LineChange.RENAME, customer_id_changed=True), continues_after(LineChange.MOVE_TO_EAST)
    (True, False)
    """
    return _line_change(change, customer_id_changed)[2]


@implements("PID-5")
def line_change_outcome(change: LineChange, *, customer_id_changed: bool = False) -> LineChangeOutcome:
    """What ``change`` does: :data:`WHEN_IT_CONTINUES` or :data:`WHEN_IT_ENDS` (PID-5).

    >>> line_change_outcome(LineChange.SUCCESSION).passport_id_deleted
    True
    >>> line_change_outcome(LineChange.RELOCATION).restriction_settings_carried_over
    True
    """
    result = _line_change(change, customer_id_changed)[2]
    return WHEN_IT_CONTINUES if result else WHEN_IT_ENDS


# -- PID-6: billing-number changes -------------------------------------------------------


class BillingNumberChange(enum.Enum):
    """Changes of the number the フレッツ line's charges are billed to (PID-6)."""

    RENUMBERING = "改番"
    BILLING_PHONE_NUMBER = "請求先電話番号の変更"
    CUSTOMER_NUMBER_00 = "「00から始まる10桁のお客さま請求番号」への変更"
    WIDE_AREA_BULK_BILLING = "フレッツ広域一括請求への変更"


@attrs.frozen
class BillingNumberChangeRow:
    """One row of the guide's table: the 変更事象 and whether まとめて支払い continues (継続利用可能)."""

    change: BillingNumberChange
    wording: str
    continues: bool


_CONTINUES: Final = True
"""継続利用可能"""

BILLING_NUMBER_CHANGE_TABLE: Final[tuple[BillingNumberChangeRow, ...]] = (
    #   請求先お客さま番号の変更事象                                                     取り扱い
    BillingNumberChangeRow(
        BillingNumberChange.RENUMBERING,
        "フレッツ・アクセスサービスをご契約いただいている回線の電話番号を変更された場合 (改番した場合)",
        _CONTINUES,
    ),
    BillingNumberChangeRow(
        BillingNumberChange.BILLING_PHONE_NUMBER,
        "フレッツ・アクセスサービスご利用料金の請求先電話番号を変更された場合 "
        "(フレッツ・アクセスサービスのご利用場所にお持ちである同一名義の電話回線に限り ます)",
        _CONTINUES,
    ),
    BillingNumberChangeRow(
        BillingNumberChange.CUSTOMER_NUMBER_00,
        "フレッツ・アクセスサービスご利用料金をお支払いいただく方法を"
        "「00から始まる10桁 のお客さま請求番号」に変更された場合",
        _CONTINUES,
    ),
    BillingNumberChangeRow(
        BillingNumberChange.WIDE_AREA_BULK_BILLING,
        "フレッツ・アクセスサービスのご利用料金のお支払い方法がフレッツ広域一括請求に 変更となった場合",
        _CONTINUES,
    ),
)
"""PID-6: the guide's table 「請求先番号の変更に伴う … 取り扱い」.  Its one cell
「継続利用可能」 spans all four rows."""

_BILLING_ROWS: Final[Mapping[BillingNumberChange, BillingNumberChangeRow]] = {
    row.change: row for row in BILLING_NUMBER_CHANGE_TABLE
}


@implements("PID-6")
def continues_after_billing_change(change: BillingNumberChange) -> bool:
    """Whether まとめて支払い keeps working after ``change`` (PID-6: all four listed changes keep it).

    >>> all(continues_after_billing_change(c) for c in BillingNumberChange)
    True
    """
    ch = check_enum(change, BillingNumberChange, "change", "PID-6")
    row = _BILLING_ROWS[ch]
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "PID-6",
            row.continues,
            change=ch,
            note=f"{ch.name} ({ch.value}): まとめて支払い can continue to be used (継続利用可能)",
            note_ja=f"{row.wording}: 継続利用可能",
        )
    return row.continues


# -- PID-7: identifiers ------------------------------------------------------------------

CUSTOMER_ID_PREFIX: Final = "CAF"
"""お客さまID: 「CAF1234567890」 — upper-case CAF (「大文字・小文字に注意し、ご入力ください。」)."""
PASSPORT_ID_MIN_LENGTH: Final = 4
PASSPORT_ID_MAX_LENGTH: Final = 60
"""PID-7 (interpretation): 「半角4~60文字」."""

# [0-9] and [A-Za-z] are ASCII ranges whatever the flags; fullmatch has no "$ before \n" trap.
_CUSTOMER_ID = re.compile(r"CAF[0-9]{10}").fullmatch
_BILLING_NUMBER = re.compile(r"00[0-9]{8}").fullmatch
_PASSPORT_ID = re.compile(r"[A-Za-z0-9]{4,60}").fullmatch
_ASCII_DIGITS = re.compile(r"[0-9]*").fullmatch


def _why_not_digits(s: str, start: int, count: int) -> str:
    rest = s[start:]
    if len(rest) != count:
        return f"{len(rest)} characters after the prefix, not {count}"
    if not _ASCII_DIGITS(rest):
        return "the characters after the prefix are not all half-width digits 0-9"
    return ""


def _trace_identifier(kind: str, kind_ja: str, s: str, result: bool, why: str, rule_text: str) -> None:
    trace = TRACE.get()
    if trace is None:
        return
    shown = s if len(s) <= 80 else s[:77] + "..."
    trace.step(
        "PID-7",
        result,
        value=shown,
        length=len(s),
        note=f"{shown!r} {'is' if result else 'is not'} a {kind} ({rule_text})" + ("" if result else f": {why}"),
        note_ja=f"{shown!r}は{kind_ja}の形式({rule_text}){'に合う' if result else 'に合わない'}",
    )


@implements("PID-7")
def is_customer_id(s: str) -> bool:
    """Whether ``s`` is a お客さまID: upper-case "CAF" and 10 half-width digits (PID-7).

    >>> is_customer_id("CAF0000012573"), is_customer_id("CAF000001257"), is_customer_id("CAF000001257３")
    (True, False, False)
    """
    s = check_str(s, "s", "PID-7")
    result = len(s) == 13 and _CUSTOMER_ID(s) is not None
    if TRACE.get() is not None:
        why = "" if result else ("it does not start with CAF" if not s.startswith("CAF") else _why_not_digits(s, 3, 10))
        _trace_identifier("customer ID", "お客さまID", s, result, why, '"CAF" + 10 digits')
    return result


@implements("PID-7")
def is_billing_customer_number(s: str) -> bool:
    """Whether ``s`` is a 10-digit お客さま番号 starting "00" (PID-7; ASCII digits only).

    >>> is_billing_customer_number("0012345678"), is_billing_customer_number("0612345678")
    (True, False)
    """
    s = check_str(s, "s", "PID-7")
    result = len(s) == 10 and _BILLING_NUMBER(s) is not None
    if TRACE.get() is not None:
        why = "" if result else ("it does not start with 00" if not s.startswith("00") else _why_not_digits(s, 2, 8))
        _trace_identifier("billing customer number", "お客さま番号", s, result, why, '10 digits starting "00"')
    return result


@implements("PID-7")
def is_passport_id(s: str) -> bool:
    """Whether ``s`` can be a Passport ID: 4–60 half-width letters and digits (PID-7, interpretation).

    >>> is_passport_id("abc123"), is_passport_id("abc"), is_passport_id("abc_123"), is_passport_id("ａｂｃ１２３")
    (True, False, False, False)
    """
    s = check_str(s, "s", "PID-7")
    n = len(s)
    result = PASSPORT_ID_MIN_LENGTH <= n <= PASSPORT_ID_MAX_LENGTH and _PASSPORT_ID(s) is not None
    if TRACE.get() is not None:
        if result:
            why = ""
        elif not PASSPORT_ID_MIN_LENGTH <= n <= PASSPORT_ID_MAX_LENGTH:
            why = f"{n} characters, not 4–60"
        else:
            why = "it has a character other than A-Z, a-z, 0-9"
        _trace_identifier("Passport ID", "フレッツ・パスポートID", s, result, why, "半角4~60文字, A-Z a-z 0-9")
    return result


# -- PID-8: where it is billed -----------------------------------------------------------

BILL_LINE_ITEM: Final = "フレッツ・まとめて支払い料金"
"""PID-8: what the 「内訳項目」 column of the NTT Finance bill shows."""
BILL_STATEMENT: Final = "「NTTファイナンス料金請求書」裏面「ご請求内訳」内の「内訳項目」欄"
"""PID-8: where on the NTT Finance bill the line item appears."""


class FletsPayment(enum.Enum):
    """How the フレッツ line's charges are paid (【参考】フレッツ・アクセスサービスご利用料金のお支払い方法,
    and PID-6's フレッツ広域一括請求)."""

    PHONE_BILL = "電話回線等の請求書に合わせてお支払い"
    CUSTOMER_NUMBER_00 = "「00」から始まる10桁のお客さま番号により個別にお支払い"
    WIDE_AREA_BULK_BILLING = "フレッツ広域一括請求"


@attrs.frozen
class BillPlacement:
    """Where まとめて支払い charges are billed (PID-8).

    ``billed_with``: the bill of the フレッツ line's own charges, to which they are added;
    ``line_item``: the 内訳項目 label on the NTT Finance bill; ``follows_representative_line``:
    with おまとめ請求, billing follows the representative line's schedule.
    """

    billed_with: FletsPayment
    line_item: str
    where_on_bill: str
    follows_representative_line: bool


@implements("PID-8")
def bill_placement(payment: FletsPayment = FletsPayment.PHONE_BILL, *, omatome_billing: bool = False) -> BillPlacement:
    """Where まとめて支払い charges go when the フレッツ line is paid by ``payment`` (PID-8).

    >>> p = bill_placement()
    >>> p.line_item, p.billed_with.name, p.follows_representative_line
    ('フレッツ・まとめて支払い料金', 'PHONE_BILL', False)
    >>> bill_placement(omatome_billing=True).follows_representative_line
    True
    """
    pay = check_enum(payment, FletsPayment, "payment", "PID-8")
    omatome = check_bool(omatome_billing, "omatome_billing", "PID-8")
    result = BillPlacement(pay, BILL_LINE_ITEM, BILL_STATEMENT, omatome)
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "PID-8",
            result,
            payment=pay,
            omatome_billing=omatome,
            note=(
                f"the charges are added to the monthly bill of the フレッツ line's charges ({pay.value}) and shown "
                f"as 「{BILL_LINE_ITEM}」"
                + ("; with おまとめ請求 they follow the representative line's billing schedule" if omatome else "")
            ),
            note_ja=(
                f"フレッツの利用料金の毎月の請求書等({pay.value})に合算して請求され、{BILL_STATEMENT}に"
                f"「{BILL_LINE_ITEM}」と表示される"
                + ("。おまとめ請求では代表回線の請求スケジュールにあわせて請求される" if omatome else "")
            ),
        )
    return result


# -- PID-9: the status shown when several applications coexist ---------------------------------

PID_9 = rule(
    "PID-9",
    title="Status display",
    title_ja="ご利用状況の表示",
    source="PASSPORT",
    section="※「ご利用状況」について",
    quote=(
        "(注) 一つのサービスで複数お申し込の状態が同時にある場合は、「 "
        "みいただき、「利用中」と「 利用中」と表示されます。】 "
        "登録中」、「変更中」、「廃止中 「詳細・甲込】ボタンを押してい、 "
        "り、「廃止済み」 ただくと、より詳"
    ),
    statement=(
        "When one service has several applications whose states coexist and one of them is 利用中, the usage-status "
        "screen shows 「利用中」 (even beside 登録中, 変更中, 廃止中 or 廃止済み); the detail page shows each."
    ),
    statement_ja=(
        "一つのサービスで複数の申込の状態が同時にあり、その一つが利用中の場合、ご利用状況の画面には「利用中」と表示される"
        "(登録中・変更中・廃止中・廃止済みと並んでいても同じ)。個々の状態は詳細画面で確認できる。"
    ),
    source_damaged=True,
)


class ApplicationState(enum.Enum):
    """The state of one application for a service on the usage-status screen (PID-9); values: its label."""

    IN_USE = "利用中"
    REGISTERING = "登録中"
    CHANGING = "変更中"
    ENDING = "廃止中"
    ENDED = "廃止済み"


@implements("PID-9")
def displayed_status(states: tuple[ApplicationState, ...] | list[ApplicationState]) -> ApplicationState | None:
    """The status the usage-status screen shows for a service whose applications are in
    ``states`` (PID-9): 「利用中」 whenever one of them is in use; the state itself when all
    are in the same state; ``None`` (unknown) for other mixtures, which the guide does not
    cover.  No state at all is a :class:`~hikari_rules.RuleInputError`.

    >>> displayed_status([ApplicationState.ENDING, ApplicationState.IN_USE]).value
    '利用中'
    >>> print(displayed_status([ApplicationState.ENDING, ApplicationState.REGISTERING]))
    None
    """
    if not isinstance(states, tuple | list):
        raise TypeError(f"PID-9: states: expected a tuple or list of ApplicationState, got {type(states).__name__}")
    checked = tuple(check_enum(s, ApplicationState, f"states[{i}]", "PID-9") for i, s in enumerate(states))
    if not checked:
        raise RuleInputError(
            "a service shown on the screen has at least one application", parameter="states", rule="PID-9"
        )
    distinct = set(checked)
    result: ApplicationState | None
    if ApplicationState.IN_USE in distinct:
        result = ApplicationState.IN_USE
    elif len(distinct) == 1:
        result = checked[0]
    else:
        result = None
    trace = TRACE.get()
    if trace is not None:
        labels = "、".join(f"「{s.value}」" for s in checked)
        if result is ApplicationState.IN_USE and len(distinct) > 1:
            note = "one of the applications is in use (利用中): the screen shows 「利用中」; the detail page shows each"
            note_ja = (
                f"申込の状態{labels}の一つが利用中のため、ご利用状況の画面には「利用中」と表示される"
                "(詳細画面で個々の状態を確認できる)"
            )
        elif result is not None:
            note = f"every application is in the same state: the screen shows 「{result.value}」"
            note_ja = f"申込の状態はすべて「{result.value}」のため、そのまま表示される"
        else:
            note = "unknown: none is in use, and the guide does not say what the screen shows for this mixture"
            note_ja = f"申込の状態{labels}に利用中がなく、この組み合わせで何が表示されるかはガイドに記載がない(不明)"
        trace.step("PID-9", result, states=checked, note=note, note_ja=note_ja)
    return result
