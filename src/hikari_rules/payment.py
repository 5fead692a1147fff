"""Payment: when each method collects (PAY-1, PAY-2), NTT請求(電話料金合算) (NTT-1..4) and
NTTドコモビジネス orders, invoices and payment (BIZ-1..8).

Sources: WITHDRAW 「退会後の請求はいつまで続くのか?」 (collection by method), NTT-BILL
(statement timing, convenience-store slips, NTT請求) and BIZSHOP (the online shop FAQ).

Dates are JST civil dates; business days are those of :mod:`hikari_rules.dates`.  The
collection days of PAY-2 (the 27th, the 25th, the 6th–8th) are *nominal*: the sources do
not say they move on holidays, so they are returned as stated, and
:func:`rolled_collection_date` (or :func:`hikari_rules.dates.roll_to_business_day`) rolls
one to the next business day when a caller needs that.

>>> import datetime
>>> collection_date(PaymentMethod.BANK_DEBIT, Month(2026, 10))     # September usage, billed in October
datetime.date(2026, 11, 27)
>>> statement_available(Month(2026, 4))                            # after Golden Week
(datetime.date(2026, 5, 7), datetime.date(2026, 5, 8))
>>> order_effective_date(datetime.datetime(2026, 9, 18, 13, 0, tzinfo=JST))   # Fri 13:00, then 敬老の日
datetime.date(2026, 9, 24)
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final, TypeVar

import attrs

from hikari_rules._check import (
    IdentityHashEnum,
    check_bool,
    check_date,
    check_enum,
    check_instant,
    check_int,
    check_money,
    check_str,
    month_index,
)
from hikari_rules._ja import en_date, ja_date
from hikari_rules._month import Month
from hikari_rules._registry import TRACE, Trace, implements, rule
from hikari_rules.dates import (
    CALENDAR_LAST_DAY,
    JST,
    _next_business_day,
    _nth_business_day,
    roll_to_business_day,
)
from hikari_rules.errors import RuleInputError
from hikari_rules.withdrawal import Applicant

__all__ = [
    "BANK_TRANSFER_CHANGE_MONTHS",
    "BARCODE_INVOICE_LIMIT",
    "BARCODE_PAYABLE_AT",
    "BIZ_PAYMENT_METHODS",
    "CARD_ISSUER_RESTRICTIONS",
    "COLLECTION_TERMS",
    "FIRST_PAYMENT_METHOD",
    "INVOICES_PER_SERVICE",
    "NTT_BILLING_ACCEPTS_NEW_APPLICATIONS",
    "NTT_BILLING_AFTER_EVENT",
    "NTT_BILLING_EXCLUDES_SOME_CONTENT",
    "NTT_BILLING_LINE_LABEL",
    "ORDER_CUTOFF",
    "PAYMENT_METHODS_BY_SERVICE",
    "RESTRICTED_CONTENT_SERVICES",
    "SLIP_ISSUANCE_FEE",
    "SLIP_MAILING_DAYS",
    "USER_LIST_FIELDS",
    "BizPaymentMethod",
    "BizService",
    "CardAcceptance",
    "CardIssuer",
    "CollectionTerms",
    "DocomoLineEvent",
    "InvoiceKind",
    "LabelMonth",
    "NttFallback",
    "PaymentMethod",
    "PaymentMethodsRow",
    "ServiceKind",
    "UserListField",
    "UserListProduct",
    "bill_label_month",
    "can_order",
    "card_acceptance",
    "change_can_start",
    "collection_date",
    "content_service_payable",
    "invoice_count",
    "invoice_issue_month",
    "invoice_kind",
    "is_invoice_number",
    "method_available",
    "ntt_billing_available",
    "ntt_billing_continues",
    "ntt_billing_line_label",
    "ntt_fallback",
    "order_effective_date",
    "payment_due_date",
    "payment_method_accepted",
    "payment_methods",
    "replace_users",
    "roll_to_business_day",
    "rolled_collection_date",
    "slip_mailing_window",
    "statement_available",
    "suspended_before_due_date",
    "user_list_fields",
]

T = TypeVar("T")
_MAX_INDEX: Final = 9999 * 12 + 11

# -- the rules, as the sources state them ------------------------------------------------------

PAY_2 = rule(
    "PAY-2",
    title="Collection by payment method",
    title_ja="支払方法ごとの請求タイミング",
    source="WITHDRAW",
    section="退会後の請求はいつまで続くのか?",
    quote=(
        "銀行からユーザーへ引落請求をかけるのはさらに翌月の27日になります。つまり退会希望月の翌々月の27日に引き落としされます。\n"
        "支払期限は毎月25日です。1日でも遅れると支払用紙は利用できません"
    ),
    statement=(
        "Bank debit (口座引落) collects on the 27th of the month after the billing month; a convenience-store slip is "
        "due on the 25th of the billing month (the slip is mailed around the 6th–8th: NTT-BILL 「コンビニ払込票は毎月"
        "6日~8日頃の発送となります。」); a credit card and NTT請求 follow the card company's and NTT Finance's own "
        "schedules; セディナ (corporate only) arrives about when convenience-store slips do, with no exact date; USEN "
        "(corporate only) labels a bill with its billing month, not the usage month."
    ),
    statement_ja=(
        "口座引落は請求月の翌月27日、コンビニ払いは請求月の25日が支払期限(払込票は毎月6日~8日頃の発送:NTT-BILL)。"
        "クレジットカードとNTT請求はカード会社・NTTファイナンスの請求日に準ずる。セディナ(法人限定)はコンビニ払いと"
        "ほぼ同じ時期に届くが日付は定まらない。USEN(法人限定)は利用月ではなく請求月で「○月分」と表記する。"
    ),
    interpretation=(
        "The 27th and the 25th are nominal dates: the sources do not say they move on holidays, so the library "
        "returns the nominal date; rolled_collection_date (or dates.roll_to_business_day) rolls a date to the next "
        "business day as a separate, explicit step."
    ),
    other_reading=(
        "The bank or the store moves the date to the next business day when the 27th or the 25th is not a business "
        "day, as Japanese direct debits commonly do."
    ),
    interpretation_ja=(
        "27日と25日は名目上の日付とする。原文は休日に日付が移るとは述べていないため、本ライブラリは名目の日付を返し、"
        "翌営業日への繰り延べは rolled_collection_date(または dates.roll_to_business_day)で別に行う。"
    ),
    other_reading_ja="27日・25日が営業日でない場合は翌営業日に引落・支払期限が移る(一般的な口座振替の扱い)という読み方。",
)

NTT_1 = rule(
    "NTT-1",
    title="Eligibility for NTT請求",
    title_ja="NTT請求の利用条件",
    source="NTT-BILL",
    section="ご利用いただけるお客さま",
    quote=(
        "現在は新規にお申込みいただくことはできません。\n"
        "既に「NTT請求 (電話料金合算)」をご利用中の方(以下)は継続してご利用いただけます。\n"
        "対象:So-netのご契約者名義と同一名義のドコモ携帯電話をお持ちで、その料金をお支払いいただいている方"
    ),
    statement=(
        "NTT請求 is available only to So-net 光 subscribers who hold, in the same name, a docomo mobile line whose "
        "charges they pay. New applications are closed; existing users continue."
    ),
    statement_ja=(
        "So-net 光の契約者で、同一名義のドコモ携帯電話を持ちその料金を支払っている方だけが利用できる。"
        "新規申込は受付終了し、既存の利用者は継続できる。"
    ),
)
NTT_2 = rule(
    "NTT-2",
    title="Events on the docomo line",
    title_ja="ドコモ回線の異動",
    source="NTT-BILL",
    section="ドコモ携帯電話の解約・承継・譲渡",
    quote=(
        "ご登録いただいたドコモ携帯電話を「解約」や「承継」「譲渡」された場合、「NTT請求(電話料金合算)」は継続して"
        "ご利用いただけません。\n"
        "ドコモの契約者はそのままに番号だけ変更された場合は、「NTT請求(電話料金合算)」は継続してご利用いただけます。"
    ),
    statement=(
        "Cancellation (解約), succession (承継) or transfer (譲渡) of the docomo line ends NTT請求; a change of the "
        "phone number with the same contract holder keeps it."
    ),
    statement_ja="ドコモ携帯電話の解約・承継・譲渡でNTT請求は終了し、契約者はそのままに番号だけ変更した場合は継続する。",
)
NTT_3 = rule(
    "NTT-3",
    title="Fallback when NTT請求 cannot collect",
    title_ja="NTT請求で支払えない料金の請求先",
    source="NTT-BILL",
    section="「NTT請求(電話料金合算)」でご請求できなくなる場合 (携帯電話の解約など)",
    quote=(
        "「NTT請求(電話料金合算)」でお支払いできない料金がある場合は、ご変更後のお支払い方法へご請求いたします。\n"
        "お支払い方法のご登録がない場合、コンビニ払込票での再請求となり、ご利用停止、ご契約解除させていただく場合が"
        "ございますのでご注意ください。\n"
        "コンビニ払込票は1回のご請求ごとに所定の払込票発行手数料がかかります。\n"
        "コンビニ払込票は毎月6日~8日頃の発送となります。\n"
        "ピンク色の払込票(再請求)が出ている方は、払込票の支払期日前にご利用停止となりますので、支払期日を待たず"
        "到着後すみやかにお支払いください。\n"
        "新しいお支払い方法のご登録がお済みの場合はご利用停止とはなりません。"
    ),
    statement=(
        "Charges NTT請求 can no longer collect go to the newly registered payment method; if none is registered, to a "
        "convenience-store slip (re-bill), which costs a slip-issuance fee on every bill (the amount is not given in "
        "the source: unknown) and may lead to suspension or cancellation. A pink re-bill slip means service is "
        "suspended before its due date unless a new payment method has been registered."
    ),
    statement_ja=(
        "NTT請求で支払えない料金は変更後の支払方法へ請求される。登録がなければコンビニ払込票での再請求となり、"
        "1回の請求ごとに払込票発行手数料がかかる(金額は原文になく不明)。利用停止・契約解除の場合がある。"
        "ピンク色の払込票は、新しい支払方法を登録済みでない限り支払期日前に利用停止となる。"
    ),
    ambiguity=(
        "The re-bill slip costs a slip-issuance fee on every bill, but the source gives no amount: the library "
        "never invents one and reports the fee as unknown."
    ),
    ambiguity_ja=(
        "再請求の払込票には毎回発行手数料がかかるが、原文に金額がない。本ライブラリは金額を作らず、不明として返す。"
    ),
)
NTT_4 = rule(
    "NTT-4",
    title="Restricted content",
    title_ja="利用できないコンテンツサービス",
    source="NTT-BILL",
    section="ご注意事項",
    quote=(
        "コンテンツサービスの一部をご利用いただけません。\n"
        "現在、他のお支払い方法で上記サービスをご利用されていても、NTT請求(電話料金合算)に変更されますと、"
        "上記サービスはご利用いただけなくなりますので予めご了承ください。"
    ),
    statement=(
        "Some content services cannot be paid through NTT請求, even if they are used today with another payment "
        "method. The list itself is not in the stored source."
    ),
    statement_ja="コンテンツサービスの一部はNTT請求では利用できない(他の支払方法で利用中でも同様)。対象の一覧は原文に含まれていない。",
)

_BIZ_BUSINESS_DAY = "(business days: not Sat/Sun, not a public holiday, not 29 Dec – 3 Jan)"

BIZ_1 = rule(
    "BIZ-1",
    title="Order cutoff",
    title_ja="注文の締め時刻",
    source="BIZSHOP",
    section="注文後の利用開始日はいつになりますか?",
    quote="※お申し込みが13時以降となった場合、翌営業日扱いとなりますのでご了承ください。",
    statement=(
        "An order placed at 13:00 JST or later is treated as placed on the next business day " + _BIZ_BUSINESS_DAY + "."
    ),
    statement_ja="13時(日本時間)以降の申込は翌営業日扱いとなる。",
    interpretation=(
        "An order placed on a day that is not a business day (a weekend, a holiday, the year-end closure) is also "
        "treated as placed on the next business day, whatever the time."
    ),
    other_reading=(
        "Only the 13:00 cutoff moves an order: an order before 13:00 on a Saturday or holiday counts on that day."
    ),
    interpretation_ja="営業日でない日(土日・祝日・年末年始)の申込も、時刻にかかわらず翌営業日扱いとする。",
    other_reading_ja="13時の締めだけが日付を動かし、土日祝日の13時前の申込はその日の扱いとなるという読み方。",
)
BIZ_2 = rule(
    "BIZ-2",
    title="Invoice kind by amount",
    title_ja="請求金額による請求書の種類",
    source="BIZSHOP",
    section="どのような請求書が届きますか?",
    quote=(
        "【ご請求金額が30万円未満の場合】\n"
        "バーコードが記載された請求書を発行いたします。\n"
        "【ご請求金額が30万円を超える場合】\n"
        "バーコードが記載されていない請求書を発行します。"
    ),
    statement=(
        "Under 300,000円: a barcode invoice, payable at banks, post offices and convenience stores. Over 300,000円: "
        "no barcode, payable at banks only."
    ),
    statement_ja="30万円未満はバーコード付き請求書(金融機関・コンビニで支払可)、30万円を超える場合はバーコードなし(金融機関のみ)。",
    interpretation="Exactly 300,000円 is not 「30万円未満」 (under 300,000円), so it gets no barcode (banks only).",
    other_reading=(
        "Exactly 300,000円 is not 「30万円を超える」 (over 300,000円) either, so it could get the barcode invoice; "
        "the source covers neither reading."
    ),
    interpretation_ja="ちょうど30万円は「30万円未満」ではないため、バーコードなし(金融機関のみ)とする。",
    other_reading_ja="ちょうど30万円は「30万円を超える」にも当たらないため、バーコード付きになるという読み方。",
)
BIZ_4 = rule(
    "BIZ-4",
    title="First payment and changes",
    title_ja="初回の支払方法と変更手続き",
    source="BIZSHOP",
    section="請求先情報、お支払方法を変更したい場合、どうしたらよいですか?",
    quote=(
        "※初回のお支払い方法は、「請求書によるお支払い」のみとなります。\n"
        "なお、お支払い方法の変更手続き開始は初回請求書到着以後となります。\n"
        "また、各種変更手続きには、お客さまへお届けされる請求書に記載の「R」から始まる「請求書番号」が必要となります。\n"
        "お支払い方法の変更手続き完了までは、おおよそ2カ月程度いただきます。"
    ),
    statement=(
        "The first payment is always by invoice. A change of billing details or payment method can start only after "
        'the first invoice has arrived and needs the invoice number, which starts with "R"; a change to bank '
        "transfer takes about two months."
    ),
    statement_ja=(
        "初回の支払方法は請求書払いのみ。請求先・支払方法の変更手続きは初回請求書到着以後に開始でき、"
        "「R」から始まる請求書番号が必要。口座振替への変更完了までおおよそ2カ月程度かかる。"
    ),
)
BIZ_5 = rule(
    "BIZ-5",
    title="Credit cards",
    title_ja="クレジットカード払い",
    source="BIZSHOP",
    section="クレジットカードでの支払いで利用可能なブランドは何がありますか?",
    quote=(
        "「ビジネスdアカウント必須サービス」のみクレジットカード決済が可能です。\n"
        "(ご利用いただけないクレジットカード発行会社)\n"
        "・楽天カード\n"
        "(ご利用いただけない場合があるクレジットカード発行会社)\n"
        "・三菱UFJニコス\n"
        "・オリコカード"
    ),
    statement=(
        "Only services that require a business d account can be paid by card. Rakuten Card is not accepted; cards "
        "issued by 三菱UFJニコス or オリコ may not be. Depending on the contract, card payment may be unavailable."
    ),
    statement_ja=(
        "クレジットカード決済はビジネスdアカウント必須サービスのみ。楽天カードは利用不可、三菱UFJニコス・オリコカードは"
        "利用できない場合がある。契約内容によってはカード払いを利用できない場合がある。"
    ),
)
BIZ_6 = rule(
    "BIZ-6",
    title="User list CSV replaces all users",
    title_ja="利用ユーザCSV登録は全件入れ替え",
    source="BIZSHOP",
    section="CSVによる利用ユーザ登録について、追加ではなく更新したい場合、どうすればよいですか?",
    quote=(
        "CSVによる利用ユーザ登録は、登録済みデータの全削除および登録されるデータの全登録になります。"
        "登録データは全て入れ替わることとなりますのでご注意ください。"
    ),
    statement="Uploading a user CSV replaces all registered users (full replacement, not an append).",
    statement_ja="CSVによる利用ユーザ登録は、登録済みデータをすべて削除して全件登録し直す(追加ではない)。",
)
BIZ_7 = rule(
    "BIZ-7",
    title="Invoice timing",
    title_ja="請求書の発行時期",
    source="BIZSHOP",
    section="請求書はいつごろ発行されますか?",
    quote=(
        "初月無料対象のサービス以外は概ね、ご利用開始月の翌月中旬です。\n"
        "請求書の発行については各サービス・商品ごとに1通ずつとなります。"
    ),
    statement=(
        "Invoices are issued around the middle of the month after the service start month, except for services whose "
        "first month is free (not stated for those). One invoice per service."
    ),
    statement_ja="初月無料対象のサービスを除き、請求書は概ね利用開始月の翌月中旬に発行される。請求書はサービスごとに1通。",
)
BIZ_8 = rule(
    "BIZ-8",
    title="Who may order",
    title_ja="注文の条件",
    source="BIZSHOP",
    section="注文の流れを教えてください。",
    quote=(
        "※ご注文の前に会員登録が必須となります。\n"
        "注文には「管理者ロール」である必要があります。\n"
        "お申し込みいただけるサービスは、各サービスのページ上部に「個人事業主OK」の表示があります。"
        "表示がないものはお申し込みいただけません。\n"
        "※屋号にて弊社サービス・商品をご注文の場合、お客さま個人の公的証明書(個人免許証、マイナンバーカードなど)の"
        "提出が必要となります。"
    ),
    statement=(
        "Membership is required to order; services needing a business d account need a business d account login "
        "with the administrator role; sole proprietors may order only services marked 個人事業主OK, by trade name, "
        "with a personal ID document."
    ),
    statement_ja=(
        "注文には会員登録が必須。ビジネスdアカウント必須サービスはビジネスdアカウントでのログインと管理者ロールが必要。"
        "個人事業主は「個人事業主OK」表示のあるサービスだけを屋号で申し込め、個人の公的証明書の提出が必要。"
    ),
)

# -- PAY-2: the collection table -------------------------------------------------------------------


class PaymentMethod(IdentityHashEnum):
    """How a So-net 光 customer pays (PAY-2)."""

    CREDIT_CARD = "credit_card"
    BANK_DEBIT = "bank_debit"  # 口座引落
    CONVENIENCE_STORE = "convenience_store"  # コンビニ払込票
    NTT_BILLING = "ntt_billing"  # NTT請求(電話料金合算)
    CEDYNA = "cedyna"  # セディナ (法人限定)
    USEN = "usen"  # USEN (法人限定)


class LabelMonth(IdentityHashEnum):
    """Which month a bill is labelled with ("○月分")."""

    USAGE = "usage"
    BILLING = "billing"


@attrs.frozen
class CollectionTerms:
    """One row of the PAY-2 table.

    ``day`` is the nominal day of the month the user pays, in the month
    ``months_after_billing`` after the billing month; both are None where the source
    gives no date (the schedule is someone else's, or "多少のバラつき").
    """

    method: PaymentMethod
    corporate_only: bool
    day: int | None
    months_after_billing: int | None
    label: LabelMonth
    when: str
    when_ja: str


# fmt: off
_PAY_2_TABLE: Final = (
    #               method                           corporate  day   months after  bill label
    #                                                only             billing
    CollectionTerms(PaymentMethod.CREDIT_CARD,       False,     None, None,         LabelMonth.USAGE,
                    "the card company's own schedule (not computable here)",
                    "クレジットカード会社の請求日に準ずる(ここでは計算できない)"),
    CollectionTerms(PaymentMethod.BANK_DEBIT,        False,     27,   1,            LabelMonth.USAGE,
                    "debited on the 27th of the month after the billing month",
                    "請求月の翌月27日に引き落とし"),
    CollectionTerms(PaymentMethod.CONVENIENCE_STORE, False,     25,   0,            LabelMonth.USAGE,
                    "slip mailed around the 6th–8th; pay by the 25th of the billing month",
                    "払込票は6日~8日頃発送、請求月の25日が支払期限"),
    CollectionTerms(PaymentMethod.NTT_BILLING,       False,     None, None,         LabelMonth.USAGE,
                    "NTT Finance's schedule (not computable here)",
                    "NTTファイナンスの請求タイミングによる(ここでは計算できない)"),
    CollectionTerms(PaymentMethod.CEDYNA,            True,      None, None,         LabelMonth.USAGE,
                    "about when convenience-store slips arrive (多少のバラつき: no exact date)",
                    "コンビニ払いとほぼ同じ時期に届く(多少のバラつきあり、日付は定まらない)"),
    CollectionTerms(PaymentMethod.USEN,              True,      None, None,         LabelMonth.BILLING,
                    "USEN's own bill, labelled with the billing month (no date given)",
                    "USENからの請求(請求月で表記、日付は示されていない)"),
)
# fmt: on

COLLECTION_TERMS: Final[Mapping[PaymentMethod, CollectionTerms]] = MappingProxyType(
    {row.method: row for row in _PAY_2_TABLE}
)
"""PAY-2 as a table: one row per payment method, in the order of the source."""


SLIP_MAILING_DAYS: Final = (6, 8)
"""Convenience-store slips are mailed around the 6th–8th of the month (NTT-BILL)."""


def _month_after(index: int, n: int, parameter: str, rule_id: str) -> Month:
    if index + n > _MAX_INDEX:
        raise RuleInputError(
            f"{n} month(s) after {Month.from_index(index)} is past 9999-12", parameter=parameter, rule=rule_id
        )
    return Month.from_index(index + n)


@implements("PAY-2")
def method_available(method: PaymentMethod, applicant: Applicant) -> bool:
    """Whether ``applicant`` may use ``method``: セディナ and USEN are corporate only (PAY-2).

    >>> method_available(PaymentMethod.USEN, Applicant.INDIVIDUAL)
    False
    """
    method = check_enum(method, PaymentMethod, "method", "PAY-2")
    applicant = check_enum(applicant, Applicant, "applicant", "PAY-2")
    return _method_available(method, applicant, TRACE.get())


def _method_available(method: PaymentMethod, applicant: Applicant, trace: Trace | None) -> bool:
    """Unchecked core of :func:`method_available` (records its step on ``trace``)."""
    terms = COLLECTION_TERMS[method]
    result = applicant is Applicant.CORPORATE or not terms.corporate_only
    if trace is not None:
        trace.step(
            "PAY-2",
            result,
            method=method,
            applicant=applicant,
            corporate_only=terms.corporate_only,
            note=f"{method.name} is {'for corporate contracts only' if terms.corporate_only else 'open to everyone'}",
            note_ja=f"{method.name}は{'法人限定' if terms.corporate_only else '個人・法人とも利用可'}",
        )
    return result


def _nominal(method: PaymentMethod, b: int) -> _dt.date | None:
    """PAY-2's nominal collection date of a bill of the month with index ``b`` (unchecked)."""
    terms = COLLECTION_TERMS[method]
    if terms.day is None or terms.months_after_billing is None:
        return None
    return _month_after(b, terms.months_after_billing, "billing_month", "PAY-2").day(terms.day)


def _nominal_collection(method: object, billing_month: object) -> tuple[PaymentMethod, int, _dt.date | None]:
    m = check_enum(method, PaymentMethod, "method", "PAY-2")
    b = month_index(billing_month, "billing_month", "PAY-2")
    return m, b, _nominal(m, b)


def _collection_date(method: PaymentMethod, b: int, trace: Trace | None) -> _dt.date | None:
    """Unchecked core of :func:`collection_date` for the month with index ``b`` (records its step)."""
    result = _nominal(method, b)
    if trace is not None:
        _trace_collection(trace, method, b, result)
    return result


def _trace_collection(trace: Trace, method: PaymentMethod, b: int, result: _dt.date | None) -> None:
    terms = COLLECTION_TERMS[method]
    trace.step(
        "PAY-2",
        result,
        method=method,
        billing_month=Month.from_index(b),
        note=f"{method.name}: {terms.when}" + ("" if result is None else f": {result.isoformat()} (nominal date)"),
        note_ja=f"{method.name}: {terms.when_ja}" + ("" if result is None else f": {result.isoformat()}(名目の日付)"),
    )


@implements("PAY-2")
def collection_date(method: PaymentMethod, billing_month: Month | _dt.date) -> _dt.date | None:
    """When the user pays a bill of ``billing_month``, as a nominal date (PAY-2).

    Bank debit: the 27th of the month after ``billing_month``; convenience store: the
    25th of ``billing_month`` (its due date); every other method: None (the card
    company's or NTT Finance's schedule, or no exact date).  Interpretation: the date is
    not moved off weekends or holidays (see :func:`rolled_collection_date`).

    >>> collection_date(PaymentMethod.CONVENIENCE_STORE, Month(2026, 10))
    datetime.date(2026, 10, 25)
    >>> collection_date(PaymentMethod.CREDIT_CARD, Month(2026, 10)) is None
    True
    """
    m = method if type(method) is PaymentMethod else check_enum(method, PaymentMethod, "method", "PAY-2")
    if type(billing_month) is Month:  # the usual argument: no helper call
        b = billing_month.year * 12 + billing_month.month - 1
    else:
        b = month_index(billing_month, "billing_month", "PAY-2")
    return _collection_date(m, b, TRACE.get())


@implements("PAY-2")
def rolled_collection_date(method: PaymentMethod, billing_month: Month | _dt.date) -> _dt.date | None:
    """:func:`collection_date` rolled to the next business day, for callers who take the
    other reading of PAY-2 (the library's own reading keeps the nominal date).

    >>> collection_date(PaymentMethod.BANK_DEBIT, Month(2026, 10))      # a Friday
    datetime.date(2026, 11, 27)
    >>> rolled_collection_date(PaymentMethod.CONVENIENCE_STORE, Month(2026, 10))  # Sunday 25th
    datetime.date(2026, 10, 26)
    """
    m, b, nominal = _nominal_collection(method, billing_month)
    result = None if nominal is None else _next_business_day(nominal, "billing_month", "PAY-2")
    trace = TRACE.get()
    if trace is not None:
        _trace_collection(trace, m, b, nominal)
        if nominal is not None:
            trace.step(
                "PAY-2",
                result,
                nominal=nominal,
                note=f"rolled to the next business day: {nominal.isoformat()} → {result} (the other reading)",
                note_ja=f"翌営業日に繰り延べ: {nominal.isoformat()} → {result}(別の読み方)",
            )
    return result


@implements("PAY-1")
def statement_available(usage_month: Month | _dt.date) -> tuple[_dt.date, _dt.date]:
    """The 2nd and 3rd business days of the month after ``usage_month``, when the statement
    appears on My Page (PAY-1, 「利用翌月の2~3営業日ごろ」).

    >>> statement_available(Month(2026, 12))   # after the year-end closure
    (datetime.date(2027, 1, 5), datetime.date(2027, 1, 6))
    """
    u = month_index(usage_month, "usage_month", "PAY-1")
    following = _month_after(u, 1, "usage_month", "PAY-1")
    result = (
        _nth_business_day(following, 2, "usage_month", "PAY-1"),
        _nth_business_day(following, 3, "usage_month", "PAY-1"),
    )
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "PAY-1",
            result,
            usage_month=Month.from_index(u),
            billing_month=following,
            note=(
                f"usage of {Month.from_index(u)} is billed in {following}; the statement shows on My Page around its "
                f"2nd–3rd business days, {result[0].isoformat()}–{result[1].isoformat()}"
            ),
            note_ja=(
                f"{Month.from_index(u)}の利用料金は{following}に請求され、その2〜3営業日ごろ"
                f"({result[0].isoformat()}〜{result[1].isoformat()})にマイページで確認できる"
            ),
        )
    return result


@implements("PAY-2")
def slip_mailing_window(billing_month: Month | _dt.date) -> tuple[_dt.date, _dt.date]:
    """The 6th and the 8th of ``billing_month``: when convenience-store slips are mailed
    (NTT-BILL 「毎月6日~8日頃の発送」; nominal, not rolled).

    >>> slip_mailing_window(Month(2026, 10))
    (datetime.date(2026, 10, 6), datetime.date(2026, 10, 8))
    """
    b = Month.from_index(month_index(billing_month, "billing_month", "PAY-2"))
    result = (b.day(SLIP_MAILING_DAYS[0]), b.day(SLIP_MAILING_DAYS[1]))
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "PAY-2",
            result,
            billing_month=b,
            note=f"convenience-store slips for {b} are mailed around the 6th–8th (NTT-BILL 「毎月6日~8日頃の発送」)",
            note_ja=f"{b}のコンビニ払込票は6日~8日頃に発送される(NTT-BILL「コンビニ払込票は毎月6日~8日頃の発送となります。」)",
        )
    return result


@implements("PAY-2", "PAY-1")
def bill_label_month(method: PaymentMethod, usage_month: Month | _dt.date) -> Month:
    """The month a bill for ``usage_month`` is labelled with ("○月分"): USEN labels with the
    billing month (September's usage is "10月分"); every other method with the usage month.

    >>> bill_label_month(PaymentMethod.USEN, Month(2026, 9))
    Month(2026, 10)
    >>> bill_label_month(PaymentMethod.BANK_DEBIT, Month(2026, 9))
    Month(2026, 9)
    """
    m = check_enum(method, PaymentMethod, "method", "PAY-2")
    return _bill_label_month(m, month_index(usage_month, "usage_month", "PAY-2"), TRACE.get())


def _bill_label_month(m: PaymentMethod, u: int, trace: Trace | None) -> Month:
    """Unchecked core of :func:`bill_label_month` for the usage month with index ``u`` (records its steps)."""
    label = COLLECTION_TERMS[m].label
    result = _month_after(u, 1, "usage_month", "PAY-1") if label is LabelMonth.BILLING else Month.from_index(u)
    if trace is not None:
        if label is LabelMonth.BILLING:
            trace.step(
                "PAY-1",
                result,
                usage_month=Month.from_index(u),
                note=f"usage of {Month.from_index(u)} is billed in {result}",
                note_ja=f"{Month.from_index(u)}の利用料金は{result}に請求される",
            )
        trace.step(
            "PAY-2",
            result,
            method=m,
            label=label,
            note=f"{m.name} labels the bill with the {label.name.lower()} month: {result}",
            note_ja=f"{m.name}は{'請求月' if label is LabelMonth.BILLING else '利用月'}で表記する: {result.month}月分",
        )
    return result


# -- NTT-1..4: NTT請求(電話料金合算) -------------------------------------------------------------------

NTT_BILLING_ACCEPTS_NEW_APPLICATIONS: Final = False
"""NTT-1: 【申込受付終了】 — new applications for NTT請求 are closed."""


@implements("NTT-1")
def ntt_billing_available(
    *,
    sonet_hikari_subscriber: bool,
    docomo_line_in_same_name: bool,
    pays_docomo_line: bool,
    already_using: bool,
) -> bool:
    """Whether a customer can pay So-net 光 through NTT請求 (NTT-1): only an existing user,
    subscribed to So-net 光, holding a docomo line in the same name and paying its charges.
    New applications are closed.

    >>> ntt_billing_available(sonet_hikari_subscriber=True, docomo_line_in_same_name=True,
    ...                       pays_docomo_line=True, already_using=False)
    False
    """
    facts = {
        "sonet_hikari_subscriber": check_bool(sonet_hikari_subscriber, "sonet_hikari_subscriber", "NTT-1"),
        "docomo_line_in_same_name": check_bool(docomo_line_in_same_name, "docomo_line_in_same_name", "NTT-1"),
        "pays_docomo_line": check_bool(pays_docomo_line, "pays_docomo_line", "NTT-1"),
        "already_using": check_bool(already_using, "already_using", "NTT-1"),
    }
    missing = [k for k, v in facts.items() if not v]
    result = not missing
    trace = TRACE.get()
    if trace is not None:
        if result:
            note, note_ja = (
                "an existing user who meets every condition: NTT請求 continues",
                "条件を満たす既存利用者のため継続利用できる",
            )
        elif missing == ["already_using"]:
            note = "meets the conditions, but new applications are closed (申込受付終了)"
            note_ja = "条件は満たすが、新規申込は受付終了している"
        else:
            note = "not available: " + ", ".join(f"{k} is false" for k in missing)
            note_ja = "利用できない: " + "、".join(f"{k}を満たさない" for k in missing)
        trace.step("NTT-1", result, note=note, note_ja=note_ja, **facts)
    return result


class DocomoLineEvent(enum.Enum):
    """What happened to the docomo line NTT請求 is consolidated with (NTT-2)."""

    CANCELLATION = "cancellation"  # 解約
    SUCCESSION = "succession"  # 承継
    TRANSFER = "transfer"  # 譲渡
    NUMBER_CHANGE = "number_change"  # 契約者はそのままに番号だけ変更


NTT_BILLING_AFTER_EVENT: Final[Mapping[DocomoLineEvent, bool]] = MappingProxyType(
    {
        DocomoLineEvent.CANCELLATION: False,
        DocomoLineEvent.SUCCESSION: False,
        DocomoLineEvent.TRANSFER: False,
        DocomoLineEvent.NUMBER_CHANGE: True,
    }
)
"""NTT-2 as a table: whether NTT請求 continues after each event on the docomo line."""


@implements("NTT-2")
def ntt_billing_continues(event: DocomoLineEvent) -> bool:
    """Whether NTT請求 continues after ``event`` on the docomo line (NTT-2).

    >>> ntt_billing_continues(DocomoLineEvent.NUMBER_CHANGE), ntt_billing_continues(DocomoLineEvent.TRANSFER)
    (True, False)
    """
    event = check_enum(event, DocomoLineEvent, "event", "NTT-2")
    result = NTT_BILLING_AFTER_EVENT[event]
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "NTT-2",
            result,
            event=event,
            note=f"after {event.name} of the docomo line NTT請求 {'continues' if result else 'ends'}",
            note_ja=f"ドコモ携帯電話の{event.name}後、NTT請求は{'継続する' if result else '継続できない'}",
        )
    return result


SLIP_ISSUANCE_FEE: Final[int | None] = None
"""NTT-3: the 払込票発行手数料 charged on every convenience-store slip bill.  The source
says only 「所定の」 (the prescribed fee) and gives no amount, so it is unknown: None."""


@attrs.frozen
class NttFallback:
    """Where charges go when NTT請求 can no longer collect them (NTT-3).

    ``slip_issuance_fee`` is 0 when no slip is used and None (unknown amount, never a
    guessed number) when a convenience-store slip is.
    """

    method: PaymentMethod
    rebill_slip: bool
    slip_fee_charged: bool
    slip_issuance_fee: int | None
    may_suspend: bool


@implements("NTT-3")
def ntt_fallback(registered_method: PaymentMethod | None) -> NttFallback:
    """Where charges NTT請求 cannot collect go (NTT-3): the newly registered method, else a
    convenience-store re-bill slip with a slip-issuance fee of unknown amount and a risk of
    suspension or cancellation.

    >>> ntt_fallback(None)
    NttFallback(method=<PaymentMethod.CONVENIENCE_STORE: 'convenience_store'>, rebill_slip=True, \
slip_fee_charged=True, slip_issuance_fee=None, may_suspend=True)
    >>> ntt_fallback(PaymentMethod.CREDIT_CARD).slip_issuance_fee
    0
    """
    if registered_method is None:
        result = NttFallback(PaymentMethod.CONVENIENCE_STORE, True, True, SLIP_ISSUANCE_FEE, True)
    else:
        m = check_enum(registered_method, PaymentMethod, "registered_method", "NTT-3")
        if m is PaymentMethod.NTT_BILLING:
            raise RuleInputError(
                "NTT請求 itself cannot be the method that replaces NTT請求", parameter="registered_method", rule="NTT-3"
            )
        slip = m is PaymentMethod.CONVENIENCE_STORE
        result = NttFallback(m, False, slip, SLIP_ISSUANCE_FEE if slip else 0, False)
    trace = TRACE.get()
    if trace is not None:
        if registered_method is None:
            note = (
                "no payment method registered: re-billed by convenience-store slip, with a slip-issuance fee on every "
                "bill (amount not given in the source: unknown) and possible suspension or cancellation"
            )
            note_ja = (
                "支払方法の登録がないため、コンビニ払込票で再請求される。1回の請求ごとに払込票発行手数料がかかり"
                "(金額は原文になく不明)、利用停止・契約解除の場合がある"
            )
        else:
            note = f"charged to the newly registered method, {result.method.name}"
            note_ja = f"変更後の支払方法({result.method.name})へ請求される"
            if result.slip_fee_charged:
                note += "; a slip-issuance fee applies on every bill (amount unknown)"
                note_ja += "。払込票発行手数料が請求ごとにかかる(金額不明)"
        trace.step("NTT-3", result, registered_method=registered_method, note=note, note_ja=note_ja)
    return result


@implements("NTT-3")
def suspended_before_due_date(*, pink_slip: bool, new_method_registered: bool) -> bool:
    """Whether service is suspended before the slip's due date (NTT-3): a pink re-bill slip
    means it is, unless a new payment method has been registered.

    >>> suspended_before_due_date(pink_slip=True, new_method_registered=False)
    True
    """
    pink = check_bool(pink_slip, "pink_slip", "NTT-3")
    registered = check_bool(new_method_registered, "new_method_registered", "NTT-3")
    result = pink and not registered
    trace = TRACE.get()
    if trace is not None:
        if not pink:
            note, note_ja = (
                "not a pink re-bill slip: no early suspension",
                "ピンク色の再請求払込票ではないため、期日前の停止はない",
            )
        elif registered:
            note = "pink re-bill slip, but a new payment method is registered: not suspended"
            note_ja = "ピンク色の払込票だが、新しい支払方法を登録済みのため利用停止とはならない"
        else:
            note = "pink re-bill slip and no new payment method: suspended before the due date"
            note_ja = "ピンク色の払込票で新しい支払方法の登録がないため、支払期日前に利用停止となる"
        trace.step("NTT-3", result, pink_slip=pink, new_method_registered=registered, note=note, note_ja=note_ja)
    return result


NTT_BILLING_EXCLUDES_SOME_CONTENT: Final = True
"""NTT-4: 「コンテンツサービスの一部をご利用いただけません」."""

RESTRICTED_CONTENT_SERVICES: Final[frozenset[str] | None] = None
"""NTT-4: which content services are excluded.  The list is not in the stored source, so
it is unknown (None); callers say whether a given service is on it."""


@implements("NTT-4")
def content_service_payable(method: PaymentMethod, *, restricted_under_ntt_billing: bool) -> bool:
    """Whether a content service can be paid with ``method`` (NTT-4): a service on NTT請求's
    restricted list cannot be paid through NTT請求, even if it is used today with another method.

    >>> content_service_payable(PaymentMethod.NTT_BILLING, restricted_under_ntt_billing=True)
    False
    """
    m = check_enum(method, PaymentMethod, "method", "NTT-4")
    restricted = check_bool(restricted_under_ntt_billing, "restricted_under_ntt_billing", "NTT-4")
    result = not (m is PaymentMethod.NTT_BILLING and restricted)
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "NTT-4",
            result,
            method=m,
            restricted_under_ntt_billing=restricted,
            note=(
                "this content service is on NTT請求's restricted list (the list itself is not in the source)"
                if not result
                else "no NTT請求 restriction applies to this payment"
            ),
            note_ja=(
                "このコンテンツサービスはNTT請求では利用できない(対象一覧は原文にない)"
                if not result
                else "NTT請求の利用制限は当たらない"
            ),
        )
    return result


# -- NTT-5: the label on NTT Finance's bill -------------------------------------------------------------

NTT_5 = rule(
    "NTT-5",
    title="Label on the NTT Finance bill",
    title_ja="NTTファイナンスの請求書での表示",
    source="NTT-BILL",
    section="■「NTT請求(電話料金合算)」の請求明細の確認",
    quote=(
        "NTTファイナンスの「Webビリング」、またはNTTファイナンスから送付される請求書等でご確認いただけます。"
        "So-netのご利用料金は「So-netご利用料金」と表示されます。"
    ),
    statement=(
        "On NTT Finance's Web billing and bills, So-net's charges paid through NTT請求 appear as 「So-netご利用料金」 "
        "(a statement line label, like PID-8's)."
    ),
    statement_ja=(
        "NTT請求(電話料金合算)では、NTTファイナンスの「Webビリング」や請求書等にSo-netの利用料金が"
        "「So-netご利用料金」と表示される。"
    ),
)

NTT_BILLING_LINE_LABEL: Final = "So-netご利用料金"
"""NTT-5: how So-net's charges are labelled on NTT Finance's Web billing and bills."""


@implements("NTT-5")
def ntt_billing_line_label() -> str:
    """The label of So-net's charges on the NTT Finance bill under NTT請求 (NTT-5).

    >>> ntt_billing_line_label()
    'So-netご利用料金'
    """
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "NTT-5",
            NTT_BILLING_LINE_LABEL,
            note=f"on NTT Finance's Web billing and bills, So-net's charges appear as 「{NTT_BILLING_LINE_LABEL}」",
            note_ja=f"NTTファイナンスのWebビリングや請求書では、So-netの利用料金は「{NTT_BILLING_LINE_LABEL}」と表示される",
        )
    return NTT_BILLING_LINE_LABEL


# -- BIZ-1: order cutoff ------------------------------------------------------------------------------

ORDER_CUTOFF: Final = _dt.time(13, 0)
"""BIZ-1: an order at this JST time or later counts on the next business day."""


@implements("BIZ-1")
def order_effective_date(ordered_at: _dt.datetime) -> _dt.date:
    """The business day an order counts as placed on (BIZ-1).

    The instant is converted to JST first (a naive datetime is a
    :class:`~hikari_rules.RuleInputError`).  At 13:00 JST or later it counts on the next
    business day; on a day that is not a business day it also counts on the next business
    day (interpretation).

    >>> import datetime
    >>> order_effective_date(datetime.datetime(2026, 9, 30, 3, 59, tzinfo=datetime.timezone.utc))  # 12:59 JST
    datetime.date(2026, 9, 30)
    >>> order_effective_date(datetime.datetime(2026, 9, 30, 4, 0, tzinfo=datetime.timezone.utc))   # 13:00 JST
    datetime.date(2026, 10, 1)
    """
    instant = check_instant(ordered_at, "ordered_at", "BIZ-1")
    try:
        local = instant.astimezone(JST)
    except (OverflowError, ValueError):
        raise RuleInputError("the instant is out of range in JST", parameter="ordered_at", rule="BIZ-1") from None
    day = local.date()
    after_cutoff = local.time() >= ORDER_CUTOFF
    if after_cutoff:
        if day >= CALENDAR_LAST_DAY:
            raise RuleInputError(
                f"{day.isoformat()} is at or past the end of the holiday calendar", parameter="ordered_at", rule="BIZ-1"
            )
        result = _next_business_day(day + _dt.timedelta(days=1), "ordered_at", "BIZ-1")
    else:
        result = _next_business_day(day, "ordered_at", "BIZ-1")
    trace = TRACE.get()
    if trace is not None:
        hhmm = local.strftime("%H:%M")
        if after_cutoff:
            note = f"ordered at {hhmm} JST on {day.isoformat()}, at or after 13:00: counts on the next business day"
            note_ja = f"{day.isoformat()} {hhmm}(日本時間)の申込は13時以降のため翌営業日扱い"
        elif result != day:
            note = f"ordered on {day.isoformat()}, not a business day: counts on the next business day (interpretation)"
            note_ja = f"{day.isoformat()}は営業日でないため、翌営業日扱い(解釈)"
        else:
            note = f"ordered at {hhmm} JST on business day {day.isoformat()}, before 13:00: counts that day"
            note_ja = f"営業日{day.isoformat()}の{hhmm}(日本時間)、13時前の申込のため当日扱い"
        trace.step(
            "BIZ-1", result, ordered_at_jst=local, jst_date=day, after_cutoff=after_cutoff, note=note, note_ja=note_ja
        )
    return result


# -- BIZ-2: invoice kind --------------------------------------------------------------------------------


class InvoiceKind(enum.Enum):
    """The two invoices of BIZ-2."""

    BARCODE = "barcode"  # バーコード付き: banks, post offices, convenience stores
    BANK_ONLY = "bank_only"  # バーコードなし: banks only


BARCODE_INVOICE_LIMIT: Final = 300_000
"""BIZ-2: a barcode invoice is issued for amounts under this (「30万円未満」)."""

BARCODE_PAYABLE_AT: Final = (
    # <お支払い可能な金融機関窓口>
    ("金融機関", ("銀行(日本銀行を除く)", "農林中金", "信用金庫", "労働金庫", "信用組合", "農協", "漁協", "商工中金",
                  "ゆうちょ銀行", "郵便局")),
    # <お支払い可能なコンビニエンスストア>
    ("コンビニエンスストア", ("セブンイレブン", "ローソン", "ファミリーマート", "ミニストップ", "デイリーヤマザキ",
                            "ヤマザキデイリーストア", "ニューヤマザキデイリーストア", "セイコーマート",
                            "コミュニティストア", "生活彩家", "NewDays")),
)  # fmt: skip
"""BIZ-2: where a barcode invoice can be paid, as the source lists it (some counters may not accept it)."""


@implements("BIZ-2")
def invoice_kind(amount: int) -> InvoiceKind:
    """The invoice an amount gets (BIZ-2): under 300,000円 a barcode invoice; otherwise,
    including exactly 300,000円 (interpretation), a bank-only invoice.

    >>> invoice_kind(299_999), invoice_kind(300_000)
    (<InvoiceKind.BARCODE: 'barcode'>, <InvoiceKind.BANK_ONLY: 'bank_only'>)
    """
    amount = check_money(amount, "amount", "BIZ-2")
    result = InvoiceKind.BARCODE if amount < BARCODE_INVOICE_LIMIT else InvoiceKind.BANK_ONLY
    trace = TRACE.get()
    if trace is not None:
        if result is InvoiceKind.BARCODE:
            note = (
                f"{amount}円 is under 300,000円: barcode invoice, payable at banks, post offices and convenience stores"
            )
            note_ja = f"{amount}円は30万円未満: バーコード付き請求書(金融機関・コンビニで支払可)"
        elif amount == BARCODE_INVOICE_LIMIT:
            note = "exactly 300,000円 is not under 300,000円: no barcode, banks only (interpretation)"
            note_ja = "ちょうど30万円は30万円未満ではない: バーコードなし、金融機関のみ(解釈)"
        else:
            note = f"{amount}円 is over 300,000円: no barcode, banks only"
            note_ja = f"{amount}円は30万円を超える: バーコードなし、金融機関のみ"
        trace.step("BIZ-2", result, amount=amount, note=note, note_ja=note_ja)
    return result


# -- BIZ-3: due date ------------------------------------------------------------------------------------

BIZ_3 = rule(
    "BIZ-3",
    title="Due date of business d account services",
    title_ja="ビジネスdアカウント必須サービスの支払期限",
    source="BIZSHOP",
    section="支払期限日はいつになりますか?",
    quote=(
        "■ビジネスdアカウント必須サービスの場合\n"
        "請求書発行月の月末となります。\n"
        "末日が土日祝日の場合は、翌営業日が支払期限日となります。\n"
        "■上記以外のサービス\n"
        "サービスによって異なりますので、各請求書に記載の期日までにお支払いください。"
    ),
    statement=(
        "For services that require a business d account only: the due date is the last day of the month in which "
        "the invoice is issued; if that is a Saturday, Sunday or holiday, the next business day. For every other "
        "service the due date is the one printed on each invoice: not computable here, so it is unknown."
    ),
    statement_ja=(
        "ビジネスdアカウント必須サービスに限り、支払期限は請求書発行月の月末。末日が土日祝日の場合は翌営業日。"
        "それ以外のサービスの支払期限は各請求書に記載の期日で、ここでは計算できないため不明とする。"
    ),
    interpretation=(
        "31 December (in the 年末年始 closure) also rolls to the next business day, as every day that is not a "
        "business day does."
    ),
    other_reading=(
        "Only Saturdays, Sundays and public holidays roll (the literal 土日祝日), which would leave a weekday "
        "31 December as the due date."
    ),
    interpretation_ja="年末年始の12月31日も、営業日でない日として翌営業日に繰り延べる。",
    other_reading_ja="文字どおり土日祝日だけが繰り延べとなり、平日の12月31日はそのまま支払期限となるという読み方。",
)


@implements("BIZ-3")
def payment_due_date(invoice_month: Month | _dt.date, *, requires_business_d_account: bool = True) -> _dt.date | None:
    """The due date of an invoice issued in ``invoice_month`` (BIZ-3).

    For a service that requires a business d account: the month's last day, rolled to
    the next business day if it is not one (31 December too: interpretation).  For
    every other service (``requires_business_d_account=False``) the due date is the one
    printed on the invoice: ``None`` (unknown here), never a guess.

    >>> payment_due_date(Month(2026, 10))    # Saturday 31 October
    datetime.date(2026, 11, 2)
    >>> payment_due_date(Month(2026, 12))    # Thursday 31 December, in the year-end closure
    datetime.date(2027, 1, 4)
    >>> print(payment_due_date(Month(2026, 10), requires_business_d_account=False))
    None
    """
    m = Month.from_index(month_index(invoice_month, "invoice_month", "BIZ-3"))
    business_d = check_bool(requires_business_d_account, "requires_business_d_account", "BIZ-3")
    if not business_d:
        trace = TRACE.get()
        if trace is not None:
            trace.step(
                "BIZ-3",
                None,
                invoice_month=m,
                requires_business_d_account=False,
                note=(
                    "for a service that does not require a business d account the due date is the one printed on "
                    "the invoice: unknown here"
                ),
                note_ja="ビジネスdアカウント必須サービス以外の支払期限は各請求書に記載の期日で、ここでは分からない",
            )
        return None
    last = m.last_day
    result = _next_business_day(last, "invoice_month", "BIZ-3")
    trace = TRACE.get()
    if trace is not None:
        if result == last:
            note = f"the month end, {en_date(last)}, is a business day"
            note_ja = f"月末の{ja_date(last)}は営業日"
        elif last.month == 12 and last.weekday() < 5:
            note = f"31 December is in the year-end closure: rolled to {en_date(result)} (interpretation)"
            note_ja = f"12月31日は年末年始のため、翌営業日の{ja_date(result)}に繰り延べ(解釈)"
        else:
            note = f"the month end, {en_date(last)}, is not a business day: rolled to {en_date(result)}"
            note_ja = f"月末の{ja_date(last)}が土日祝日のため、翌営業日の{ja_date(result)}"
        trace.step(
            "BIZ-3",
            result,
            invoice_month=m,
            requires_business_d_account=True,
            month_end=last,
            note=note,
            note_ja=note_ja,
        )
    return result


# -- BIZ-4 / BIZ-5: payment methods, changes and cards ----------------------------------------------------


class BizService(enum.Enum):
    """Kinds of NTTドコモビジネス online-shop service whose payment rules the FAQ states."""

    BUSINESS_D_ACCOUNT = "business_d_account"  # ビジネスdアカウント必須サービス
    OTHER = "other"  # OCNなど上記以外のサービス


class BizPaymentMethod(enum.Enum):
    INVOICE = "invoice"  # 請求書払い
    BANK_TRANSFER = "bank_transfer"  # 口座振替
    CREDIT_CARD = "credit_card"  # クレジットカード決済


BIZ_PAYMENT_METHODS: Final[Mapping[BizService, tuple[BizPaymentMethod, ...]]] = MappingProxyType(
    {
        # ■ビジネスdアカウント必須サービス: 「請求書払い」「口座振替」「クレジットカード決済」に対応
        BizService.BUSINESS_D_ACCOUNT: (
            BizPaymentMethod.INVOICE,
            BizPaymentMethod.BANK_TRANSFER,
            BizPaymentMethod.CREDIT_CARD,
        ),
        # ■OCNなど上記以外のサービス: 「請求書払い」と「口座振替」に対応 (※一部サービスは口座振替に対応しておりません)
        BizService.OTHER: (BizPaymentMethod.INVOICE, BizPaymentMethod.BANK_TRANSFER),
    }
)
"""BIZ-4/5 as a table: the payment methods each kind of service supports."""

FIRST_PAYMENT_METHOD: Final = BizPaymentMethod.INVOICE
"""BIZ-4: 「初回のお支払い方法は、「請求書によるお支払い」のみ」."""

BANK_TRANSFER_CHANGE_MONTHS: Final = 2
"""BIZ-4: a change to bank transfer takes 「おおよそ2カ月程度」 — about two months (approximate)."""


@implements("BIZ-4", "BIZ-5")
def payment_methods(service: BizService, *, first_invoice_received: bool) -> tuple[BizPaymentMethod, ...]:
    """The payment methods open to a service (BIZ-4, BIZ-5): before the first invoice has
    arrived only the invoice; afterwards those the service supports.

    >>> payment_methods(BizService.OTHER, first_invoice_received=True)
    (<BizPaymentMethod.INVOICE: 'invoice'>, <BizPaymentMethod.BANK_TRANSFER: 'bank_transfer'>)
    """
    s = check_enum(service, BizService, "service", "BIZ-4")
    received = check_bool(first_invoice_received, "first_invoice_received", "BIZ-4")
    result = BIZ_PAYMENT_METHODS[s] if received else (FIRST_PAYMENT_METHOD,)
    trace = TRACE.get()
    if trace is not None:
        if not received:
            trace.step(
                "BIZ-4",
                result,
                service=s,
                first_invoice_received=received,
                note="the first payment is by invoice only; changes start after the first invoice arrives",
                note_ja="初回の支払方法は請求書払いのみ。変更手続きは初回請求書到着以後",
            )
        else:
            trace.step(
                "BIZ-5",
                result,
                service=s,
                note=(
                    "card payment only for business d account services"
                    + (
                        "; card payment may be unavailable depending on the contract"
                        if s is BizService.BUSINESS_D_ACCOUNT
                        else ""
                    )
                ),
                note_ja="クレジットカード決済はビジネスdアカウント必須サービスのみ",
            )
    return result


def _is_invoice_number(s: str) -> bool:
    return len(s) > 1 and s[0] == "R"


@implements("BIZ-4")
def is_invoice_number(s: str) -> bool:
    """Whether ``s`` looks like an invoice number: it starts with "R" (BIZ-4).  The source
    gives no other format, so nothing else is checked beyond something following the "R".

    >>> is_invoice_number("R123456789"), is_invoice_number("123"), is_invoice_number("R")
    (True, False, False)
    """
    s = check_str(s, "s", "BIZ-4")
    result = _is_invoice_number(s)
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "BIZ-4",
            result,
            note='an invoice number starts with "R"' + ("" if result else ": this one does not"),
            note_ja="請求書番号は「R」から始まる" + ("" if result else "(これは当たらない)"),
        )
    return result


@implements("BIZ-4")
def change_can_start(*, first_invoice_received: bool, invoice_number: str | None = None) -> bool:
    """Whether a change of billing details or payment method can start (BIZ-4): only after
    the first invoice has arrived, and with the invoice number that starts with "R".

    >>> change_can_start(first_invoice_received=True, invoice_number="R0001")
    True
    >>> change_can_start(first_invoice_received=False, invoice_number="R0001")
    False
    """
    received = check_bool(first_invoice_received, "first_invoice_received", "BIZ-4")
    number = None if invoice_number is None else check_str(invoice_number, "invoice_number", "BIZ-4")
    has_number = number is not None and _is_invoice_number(number)
    result = received and has_number
    trace = TRACE.get()
    if trace is not None:
        if not received:
            note, note_ja = "the first invoice has not arrived yet", "初回請求書がまだ届いていない"
        elif not has_number:
            note, note_ja = 'the invoice number starting with "R" is needed', "「R」から始まる請求書番号が必要"
        else:
            note = (
                "first invoice received and invoice number given: the change can start (bank transfer: about 2 months)"
            )
            note_ja = "初回請求書到着済みで請求書番号あり: 変更手続きを開始できる(口座振替はおおよそ2カ月程度)"
        trace.step("BIZ-4", result, first_invoice_received=received, invoice_number=number, note=note, note_ja=note_ja)
    return result


class CardIssuer(enum.Enum):
    """Card issuers the FAQ names, and every other issuer."""

    RAKUTEN = "rakuten"  # 楽天カード
    MUFG_NICOS = "mufg_nicos"  # 三菱UFJニコス
    ORICO = "orico"  # オリコカード
    OTHER = "other"


class CardAcceptance(enum.Enum):
    """A tri-state answer where the source itself hedges (BIZ-5)."""

    ACCEPTED = "accepted"
    """No restriction named for this issuer (the brand list and 「ご契約内容によっては」 still apply)."""
    MAY_BE_REFUSED = "may_be_refused"
    """「ご利用いただけない場合がある」: the source does not say when."""
    NOT_ACCEPTED = "not_accepted"


CARD_ISSUER_RESTRICTIONS: Final[Mapping[CardIssuer, CardAcceptance]] = MappingProxyType(
    {
        CardIssuer.RAKUTEN: CardAcceptance.NOT_ACCEPTED,  # (ご利用いただけないクレジットカード発行会社)
        CardIssuer.MUFG_NICOS: CardAcceptance.MAY_BE_REFUSED,  # (ご利用いただけない場合があるクレジットカード発行会社)
        CardIssuer.ORICO: CardAcceptance.MAY_BE_REFUSED,
    }
)
"""BIZ-5 as a table: the issuers the FAQ restricts."""


@implements("BIZ-5")
def card_acceptance(issuer: CardIssuer, service: BizService) -> CardAcceptance:
    """Whether a card from ``issuer`` can pay for ``service`` (BIZ-5): cards only for
    business d account services; Rakuten never; 三菱UFJニコス and オリコ maybe.

    >>> card_acceptance(CardIssuer.ORICO, BizService.BUSINESS_D_ACCOUNT)
    <CardAcceptance.MAY_BE_REFUSED: 'may_be_refused'>
    >>> card_acceptance(CardIssuer.OTHER, BizService.OTHER)
    <CardAcceptance.NOT_ACCEPTED: 'not_accepted'>
    """
    i = check_enum(issuer, CardIssuer, "issuer", "BIZ-5")
    s = check_enum(service, BizService, "service", "BIZ-5")
    if s is not BizService.BUSINESS_D_ACCOUNT:
        result = CardAcceptance.NOT_ACCEPTED
        note, note_ja = (
            "only business d account services can be paid by card",
            "カード決済はビジネスdアカウント必須サービスのみ",
        )
    else:
        result = CARD_ISSUER_RESTRICTIONS.get(i, CardAcceptance.ACCEPTED)
        note = {
            CardAcceptance.NOT_ACCEPTED: f"{i.name} cards are not accepted",
            CardAcceptance.MAY_BE_REFUSED: f"{i.name} cards may not be accepted (the source does not say when)",
            CardAcceptance.ACCEPTED: "no issuer restriction; card payment may still be unavailable for some contracts",
        }[result]
        note_ja = {
            CardAcceptance.NOT_ACCEPTED: f"{i.name}のカードは利用できない",
            CardAcceptance.MAY_BE_REFUSED: f"{i.name}のカードは利用できない場合がある",
            CardAcceptance.ACCEPTED: "発行会社の制約はない(契約内容によっては利用できない場合がある)",
        }[result]
    trace = TRACE.get()
    if trace is not None:
        trace.step("BIZ-5", result, issuer=i, service=s, note=note, note_ja=note_ja)
    return result


# -- BIZ-9: payment methods by service kind ---------------------------------------------------------------

BIZ_9 = rule(
    "BIZ-9",
    title="Payment methods by service kind",
    title_ja="サービス種別ごとの支払方法",
    source="BIZSHOP",
    section="支払い方法は何に対応していますか?",
    quote=(
        "サービス・商品によって異なります。\n"
        "■home 5G(5G対応ホームルーター)・homeでんわ(homeでんわ対応製品)\n"
        "NTTドコモビジネスオンラインショップでお申し込みいただいた場合は「口座振替」または既存のドコモ回線と合算した"
        "「請求書払い」です。\n"
        "クレジットカード決済をご希望の場合は、ドコモショップにてお手続きをお願いします。\n"
        "※口座振替によるお支払いの場合、お支払い期限日にご指定の口座から振替させていただきますが、"
        "金融機関の手続き状況により一時的に請求書が発行される場合があります。\n"
        "■ビジネスdアカウント必須サービス\n"
        "「請求書払い」「口座振替」「クレジットカード決済」に対応しています。\n"
        "※初回のお支払い方法は、「請求書によるお支払い」のみとなります。\n"
        "※ご契約内容によってはクレジットカードでのお支払いがご利用いただけない場合がございます。\n"
        "■ビジネスプラスで提供しているサービス\n"
        "お支払いについてはこちらをご覧ください。\n"
        "■OCNなど上記以外のサービス\n"
        "「請求書払い」と「口座振替」に対応しています。\n"
        "※口座振替のお手続き完了までは2カ月程度かかります。\n"
        "※一部サービスは口座振替に対応しておりません。"
    ),
    statement=(
        "Payment methods depend on the kind of service. home 5G / homeでんわ ordered at the online shop: bank transfer "
        "or an invoice combined with an existing docomo line; card only by applying at a docomo shop; with bank "
        "transfer an invoice may be issued temporarily. Business d account services: invoice, bank transfer or "
        "card, the first payment by invoice only, card possibly unavailable depending on the contract. ビジネスプラス "
        "services: not stated in the source (unknown). OCN and all other services: invoice or bank transfer, the "
        "first payment by invoice only, bank transfer taking about two months to set up; some services do not "
        "accept bank transfer (which ones is unknown)."
    ),
    statement_ja=(
        "支払方法はサービスの種類で異なる。home 5G・homeでんわをオンラインショップで申し込んだ場合は口座振替か、"
        "既存のドコモ回線と合算した請求書払い。クレジットカード払いはドコモショップでの手続きのみで、口座振替でも"
        "一時的に請求書が発行される場合がある。ビジネスdアカウント必須サービスは請求書払い・口座振替・クレジットカード払いに対応し、"
        "初回は請求書払いのみ、契約内容によってはカード払いを利用できない場合がある。ビジネスプラスのサービスは原文に記載がなく不明。"
        "OCNなどそれ以外のサービスは請求書払いと口座振替に対応し、初回は請求書払いのみ、口座振替の手続き完了まで2カ月程度かかる。"
        "一部のサービスは口座振替に対応していない(どのサービスかは不明)。"
    ),
)


class ServiceKind(enum.Enum):
    """The kinds of NTTドコモビジネス online-shop service BIZ-9's answer is split by."""

    HOME_5G = "home 5G・homeでんわ"
    BUSINESS_D_ACCOUNT = "ビジネスdアカウント必須サービス"
    BUSINESS_PLUS = "ビジネスプラスで提供しているサービス"
    OTHER = "OCNなど上記以外のサービス"


@attrs.frozen
class PaymentMethodsRow:
    """One row of BIZ-9's table: whether each method can pay for a kind of service.

    ``True`` accepted, ``False`` not, ``None`` unknown (the source does not say, or says
    「一部サービスは…対応しておりません」 without naming them).  ``card_at_docomo_shop`` is
    the card when applied for at a docomo shop rather than online.
    """

    kind: ServiceKind
    invoice: bool | None
    bank_transfer: bool | None
    card: bool | None
    card_at_docomo_shop: bool | None
    first_payment_invoice_only: bool | None
    notes_ja: tuple[str, ...]


# fmt: off
PAYMENT_METHODS_BY_SERVICE: Final[Mapping[ServiceKind, PaymentMethodsRow]] = MappingProxyType({
    row.kind: row for row in (
        #                 kind                         invoice bank   card   card@shop first=invoice
        PaymentMethodsRow(ServiceKind.HOME_5G,            True,  True,  False, True,  None,
                          ("既存のドコモ回線と合算した「請求書払い」",
                           "口座振替でも一時的に請求書が発行される場合がある")),
        PaymentMethodsRow(ServiceKind.BUSINESS_D_ACCOUNT, True,  True,  True,  True,  True,
                          ("ご契約内容によってはクレジットカードでのお支払いがご利用いただけない場合がある",)),
        PaymentMethodsRow(ServiceKind.BUSINESS_PLUS,      None,  None,  None,  None,  None,
                          ("原文は別ページを参照するのみ",)),
        PaymentMethodsRow(ServiceKind.OTHER,              True,  None,  False, False, True,
                          ("口座振替のお手続き完了までは2カ月程度", "一部サービスは口座振替に対応していない")),
    )
})
# fmt: on
"""BIZ-9 as a table: which payment methods each kind of service accepts (None: unknown)."""

_METHOD_WORDS: Final[Mapping[BizPaymentMethod, tuple[str, str]]] = MappingProxyType(
    {
        BizPaymentMethod.INVOICE: ("payment by invoice", "請求書払い"),
        BizPaymentMethod.BANK_TRANSFER: ("bank transfer", "口座振替"),
        BizPaymentMethod.CREDIT_CARD: ("card payment", "クレジットカード払い"),
    }
)
_KIND_WORDS: Final[Mapping[ServiceKind, str]] = MappingProxyType(
    {
        ServiceKind.HOME_5G: "home 5G / homeでんわ",
        ServiceKind.BUSINESS_D_ACCOUNT: "a service that requires a business d account",
        ServiceKind.BUSINESS_PLUS: "a ビジネスプラス service",
        ServiceKind.OTHER: "OCN or another service",
    }
)


@implements("BIZ-9")
def payment_method_accepted(
    kind: ServiceKind, method: BizPaymentMethod, *, first_payment: bool = False, at_docomo_shop: bool = False
) -> bool | None:
    """Whether ``method`` can pay for a service of ``kind`` (BIZ-9): ``True``, ``False`` or
    ``None`` (unknown: the source does not say, or says only that *some* services refuse).

    ``first_payment``: the first payment, which is by invoice only where the source says
    so (business d account services, OCN and others).  ``at_docomo_shop``: applied for at
    a docomo shop, the only way to pay home 5G / homeでんわ by card.

    >>> payment_method_accepted(ServiceKind.HOME_5G, BizPaymentMethod.CREDIT_CARD)
    False
    >>> payment_method_accepted(ServiceKind.HOME_5G, BizPaymentMethod.CREDIT_CARD, at_docomo_shop=True)
    True
    >>> print(payment_method_accepted(ServiceKind.OTHER, BizPaymentMethod.BANK_TRANSFER))   # some services do not
    None
    >>> payment_method_accepted(ServiceKind.OTHER, BizPaymentMethod.BANK_TRANSFER, first_payment=True)
    False
    """
    k = check_enum(kind, ServiceKind, "kind", "BIZ-9")
    m = check_enum(method, BizPaymentMethod, "method", "BIZ-9")
    first = check_bool(first_payment, "first_payment", "BIZ-9")
    shop = check_bool(at_docomo_shop, "at_docomo_shop", "BIZ-9")
    row = PAYMENT_METHODS_BY_SERVICE[k]
    result: bool | None
    if first and row.first_payment_invoice_only:
        result = m is BizPaymentMethod.INVOICE
        why, why_ja = "the first payment is by invoice only", "初回の支払方法は請求書払いのみ"
    elif m is BizPaymentMethod.INVOICE:
        result, why, why_ja = row.invoice, "", ""
    elif m is BizPaymentMethod.BANK_TRANSFER:
        result, why, why_ja = row.bank_transfer, "", ""
    else:
        result = row.card_at_docomo_shop if shop else row.card
        why, why_ja = "", ""
    trace = TRACE.get()
    if trace is not None:
        what, what_ja = _METHOD_WORDS[m]
        if not why:
            if result is None:
                why = (
                    "the source only refers to another page for ビジネスプラス services"
                    if k is ServiceKind.BUSINESS_PLUS
                    else "some of these services do not accept bank transfer, and the source does not say which"
                )
                why_ja = (
                    "ビジネスプラスのサービスについて原文は別ページを参照するのみ"
                    if k is ServiceKind.BUSINESS_PLUS
                    else "一部のサービスは口座振替に対応していないが、どのサービスかは原文に記載がない"
                )
            elif k is ServiceKind.HOME_5G and m is BizPaymentMethod.CREDIT_CARD:
                why = "card payment only when applied for at a docomo shop"
                why_ja = "クレジットカード払いはドコモショップでの手続きのみ"
            else:
                why = "accepted" if result else "not accepted"
                why_ja = "利用できる" if result else "利用できない"
        answer = {True: "yes", False: "no", None: "unknown"}[result]
        answer_ja = {True: "利用できる", False: "利用できない", None: "不明"}[result]
        trace.step(
            "BIZ-9",
            result,
            kind=k,
            method=m,
            first_payment=first,
            at_docomo_shop=shop,
            note=f"{what} for {_KIND_WORDS[k]}: {answer} ({why})",
            note_ja=f"{k.value}の{what_ja}: {answer_ja}({why_ja})",
        )
    return result


# -- BIZ-6: user CSV ---------------------------------------------------------------------------------------


def _records(value: object, parameter: str) -> tuple[object, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(f"BIZ-6: {parameter}: expected an iterable of user records, got {type(value).__name__}")
    return tuple(value)


@implements("BIZ-6")
def replace_users(current: Iterable[T], uploaded: Iterable[T]) -> tuple[T, ...]:
    """The registered users after a CSV upload (BIZ-6): exactly the uploaded ones — the
    upload deletes every registered user and registers the file's, it does not append.

    >>> replace_users(["a", "b"], ["b", "c"])
    ('b', 'c')
    """
    before = _records(current, "current")
    after = _records(uploaded, "uploaded")
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "BIZ-6",
            len(after),
            before=len(before),
            after=len(after),
            note=f"all {len(before)} registered users are replaced by the {len(after)} uploaded",
            note_ja=f"登録済みの{len(before)}件を全削除し、CSVの{len(after)}件を全登録",
        )
    return after  # type: ignore[return-value]


# -- BIZ-10: the user ID list ------------------------------------------------------------------------------

BIZ_10 = rule(
    "BIZ-10",
    title="User ID list (利用者IDリスト)",
    title_ja="利用者IDリスト",
    source="BIZSHOP",
    section="ご注文時にご利用者さまIDリストを登録する必要がある商品を教えてください。",
    quote=(
        "利用者IDリストを登録する必要がある商品は、「ビジネスd福利厚生」、「NewsPicks +dプレミアム会員プラン」、"
        "「まるごとビジネスサポート※1」です。\n"
        "ご利用者さまの以下の情報が必要です。\n"
        "ビジネスdアカウントのID\n"
        "ビジネスdアカウントの連絡先メールアドレス\n"
        "ご利用者さまの氏名※2\n"
        "ご利用者さまの電話番号※2\n"
        "※1「まるごとビジネスサポート 回数無制限プラン」のオプションである"
        "「IT資産管理 by ジョーシス」オプション選択時には"
        "それぞれご利用者さまIDリストの登録が必要となります。\n"
        "※2「NewsPicks +dプレミアム会員プラン」ご注文時は入力不要です。"
    ),
    statement=(
        "Ordering ビジネスd福利厚生, NewsPicks +dプレミアム会員プラン or まるごとビジネスサポート "
        "(and the IT資産管理 by "
        "ジョーシス option of まるごとビジネスサポート 回数無制限プラン) requires a user ID list giving, per user, the "
        "business d account ID, its contact e-mail address, the user's name and phone number; name and phone are "
        "not required for NewsPicks +dプレミアム会員プラン."
    ),
    statement_ja=(
        "ビジネスd福利厚生、NewsPicks +dプレミアム会員プラン、まるごとビジネスサポート"
        "(まるごとビジネスサポート 回数無制限プランの「IT資産管理 by ジョーシス」オプションを含む)の注文には"
        "利用者IDリストの登録が必要で、利用者ごとにビジネスdアカウントのID、その連絡先メールアドレス、"
        "氏名、電話番号を登録する。NewsPicks +dプレミアム会員プランでは氏名と電話番号は入力不要。"
    ),
)


class UserListProduct(enum.Enum):
    """The products BIZ-10 names, and every other product."""

    BUSINESS_D_WELFARE = "ビジネスd福利厚生"
    NEWSPICKS_PREMIUM = "NewsPicks +dプレミアム会員プラン"
    MARUGOTO_BUSINESS_SUPPORT = "まるごとビジネスサポート"
    JOSYS_IT_ASSET_OPTION = "まるごとビジネスサポート 回数無制限プラン「IT資産管理 by ジョーシス」オプション"
    OTHER = "その他の商品"


class UserListField(enum.Enum):
    """The fields of a user ID list (【必要項目】)."""

    BUSINESS_D_ACCOUNT_ID = "ビジネスdアカウントのID"
    CONTACT_EMAIL = "ビジネスdアカウントの連絡先メールアドレス"
    NAME = "ご利用者さまの氏名"
    PHONE = "ご利用者さまの電話番号"


_ALL_FIELDS: Final = tuple(UserListField)
USER_LIST_FIELDS: Final[Mapping[UserListProduct, tuple[UserListField, ...]]] = MappingProxyType(
    {
        UserListProduct.BUSINESS_D_WELFARE: _ALL_FIELDS,
        # ※2「NewsPicks +dプレミアム会員プラン」ご注文時は入力不要 (name and phone)
        UserListProduct.NEWSPICKS_PREMIUM: (UserListField.BUSINESS_D_ACCOUNT_ID, UserListField.CONTACT_EMAIL),
        UserListProduct.MARUGOTO_BUSINESS_SUPPORT: _ALL_FIELDS,
        UserListProduct.JOSYS_IT_ASSET_OPTION: _ALL_FIELDS,
        UserListProduct.OTHER: (),
    }
)
"""BIZ-10 as a table: the fields each product's user ID list needs (empty: no list needed)."""


@implements("BIZ-10")
def user_list_fields(product: UserListProduct) -> tuple[UserListField, ...]:
    """The fields of the user ID list that ordering ``product`` needs (BIZ-10); an empty
    tuple when the product needs no list.

    >>> [f.name for f in user_list_fields(UserListProduct.NEWSPICKS_PREMIUM)]
    ['BUSINESS_D_ACCOUNT_ID', 'CONTACT_EMAIL']
    >>> user_list_fields(UserListProduct.OTHER)
    ()
    """
    p = check_enum(product, UserListProduct, "product", "BIZ-10")
    result = USER_LIST_FIELDS[p]
    trace = TRACE.get()
    if trace is not None:
        if not result:
            note = "this product needs no user ID list"
            note_ja = "この商品は利用者IDリストの登録が不要"
        else:
            note = f"ordering {p.value} needs a user ID list with: " + ", ".join(
                {
                    UserListField.BUSINESS_D_ACCOUNT_ID: "the business d account ID",
                    UserListField.CONTACT_EMAIL: "its contact e-mail address",
                    UserListField.NAME: "the user's name",
                    UserListField.PHONE: "the user's phone number",
                }[f]
                for f in result
            )
            note_ja = (
                f"{p.value}の注文には利用者IDリストの登録が必要(必要項目: " + "、".join(f.value for f in result) + ")"
            )
            if p is UserListProduct.NEWSPICKS_PREMIUM:
                note += " (name and phone are not required for this plan)"
                note_ja += "。氏名と電話番号は入力不要"
        trace.step("BIZ-10", result, product=p, note=note, note_ja=note_ja)
    return result


# -- BIZ-7: invoice timing ------------------------------------------------------------------------------------

INVOICES_PER_SERVICE: Final = 1
"""BIZ-7: 「各サービス・商品ごとに1通ずつ」."""


@implements("BIZ-7")
def invoice_issue_month(service_start: _dt.date, *, first_month_free: bool = False) -> Month | None:
    """The month the first invoice is expected, around its middle (BIZ-7): the month after
    the service start month; None for a service whose first month is free (not stated).

    >>> import datetime
    >>> invoice_issue_month(datetime.date(2026, 12, 15))
    Month(2027, 1)
    >>> invoice_issue_month(datetime.date(2026, 12, 15), first_month_free=True) is None
    True
    """
    start = check_date(service_start, "service_start", "BIZ-7")
    free = check_bool(first_month_free, "first_month_free", "BIZ-7")
    result = None if free else _month_after(start.year * 12 + start.month - 1, 1, "service_start", "BIZ-7")
    trace = TRACE.get()
    if trace is not None:
        if free:
            note = "first month free: the source does not say when its invoice is issued"
            note_ja = "初月無料対象のサービスは発行時期が示されていない"
        else:
            note = f"invoiced around the middle of the month after the start month: mid-{result}"
            note_ja = f"概ね利用開始月の翌月中旬({result}中旬)に発行"
        trace.step("BIZ-7", result, service_start=start, first_month_free=free, note=note, note_ja=note_ja)
    return result


@implements("BIZ-7")
def invoice_count(service_count: int) -> int:
    """How many invoices a customer with ``service_count`` services gets: one per service (BIZ-7).

    >>> invoice_count(3)
    3
    """
    n = check_int(service_count, "service_count", "BIZ-7", minimum=0)
    result = n * INVOICES_PER_SERVICE
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "BIZ-7",
            result,
            service_count=n,
            note=f"one invoice per service: {result}",
            note_ja=f"請求書はサービスごとに1通: {result}通",
        )
    return result


# -- BIZ-8: who may order --------------------------------------------------------------------------------------


@implements("BIZ-8")
def can_order(
    service: BizService,
    *,
    member: bool,
    business_d_account_login: bool = False,
    administrator_role: bool = False,
    sole_proprietor: bool = False,
    marked_sole_proprietor_ok: bool = False,
    personal_id_document: bool = False,
) -> bool:
    """Whether an order can be placed (BIZ-8): membership always; for business d account
    services a business d account login with the administrator role; for a sole proprietor
    (ordering by trade name) a service marked 個人事業主OK and a personal ID document.

    >>> can_order(BizService.OTHER, member=True)
    True
    >>> can_order(BizService.BUSINESS_D_ACCOUNT, member=True, business_d_account_login=True)
    False
    """
    s = check_enum(service, BizService, "service", "BIZ-8")
    member = check_bool(member, "member", "BIZ-8")
    login = check_bool(business_d_account_login, "business_d_account_login", "BIZ-8")
    admin = check_bool(administrator_role, "administrator_role", "BIZ-8")
    sole = check_bool(sole_proprietor, "sole_proprietor", "BIZ-8")
    marked = check_bool(marked_sole_proprietor_ok, "marked_sole_proprietor_ok", "BIZ-8")
    personal_id = check_bool(personal_id_document, "personal_id_document", "BIZ-8")
    result = (
        member
        and (s is not BizService.BUSINESS_D_ACCOUNT or (login and admin))
        and (not sole or (marked and personal_id))
    )
    trace = TRACE.get()
    if trace is not None:
        reasons = _order_refusals(s, member, login, admin, sole, marked, personal_id)
        trace.step(
            "BIZ-8",
            result,
            service=s,
            note="; ".join(r[0] for r in reasons) or "every ordering condition is met",
            note_ja="、".join(r[1] for r in reasons) or "注文の条件をすべて満たす",
            member=member,
            business_d_account_login=login,
            administrator_role=admin,
            sole_proprietor=sole,
            marked_sole_proprietor_ok=marked,
            personal_id_document=personal_id,
        )
    return result


def _order_refusals(
    s: BizService, member: bool, login: bool, admin: bool, sole: bool, marked: bool, personal_id: bool
) -> list[tuple[str, str]]:
    """Why BIZ-8 refuses an order, in English and Japanese (empty when it may be placed); for explanations."""
    reasons: list[tuple[str, str]] = []
    if not member:
        reasons.append(("membership is required to order", "注文には会員登録が必須"))
    if s is BizService.BUSINESS_D_ACCOUNT:
        if not login:
            reasons.append(("this service needs a business d account login", "ビジネスdアカウントでのログインが必要"))
        if not admin:
            reasons.append(("ordering needs the administrator role", "注文には管理者ロールが必要"))
    if sole:
        if not marked:
            reasons.append(
                (
                    "a sole proprietor may order only services marked 個人事業主OK",
                    "「個人事業主OK」表示のないサービスは申込不可",
                )
            )
        if not personal_id:
            reasons.append(
                ("ordering by trade name needs a personal ID document", "屋号での注文には個人の公的証明書が必要")
            )
    return reasons
