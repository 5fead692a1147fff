"""Payment: when each method collects (PAY-1, PAY-2), NTT請求(電話料金合算) (NTT-1..5) and
NTTドコモビジネス orders, invoices and payment (BIZ-1..10).

Sources: WITHDRAW 「退会後の請求はいつまで続くのか?」 (collection by method), NTT-BILL
(statement timing, convenience-store slips, NTT請求) and BIZSHOP (the online shop FAQ).
Each rule is declared right above the code that implements it, in the order of the
catalog: PAY-1, PAY-2, NTT-1..5, then BIZ-1..10.

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
from hikari_rules._month import Month, month_at
from hikari_rules._registry import TRACE, Clause, Trace, implements, rule
from hikari_rules._text import labels
from hikari_rules.billing import PAY_1
from hikari_rules.dates import (
    CALENDAR_LAST_DAY,
    JST,
    _holiday_name,
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


def _past_9999(index: int, n: int, parameter: str, rule_id: str) -> RuleInputError:
    """The error for the month ``n`` months after the month with index ``index``, past 9999-12."""
    return RuleInputError(
        f"{n} month(s) after {Month.from_index(index)} is past 9999-12", parameter=parameter, rule=rule_id
    )


def _month_after(index: int, n: int, parameter: str, rule_id: str) -> Month:
    if index + n > _MAX_INDEX:
        raise _past_9999(index, n, parameter, rule_id)
    return Month.from_index(index + n)


# -- PAY-1 Billing lag (declared in billing, beside the billing month) ------------------------------

STATEMENT_ON_MY_PAGE = PAY_1.clause(
    "the usage of {usage_month} is billed in {billing_month}; its statement shows on My Page around that month's "
    "2nd–3rd business days, {second} and {third}"
)
BILLED_THE_MONTH_AFTER = PAY_1.clause("the usage of {usage_month} is billed in {billing_month}")


@implements(
    "PAY-1",
    question="When does the statement for the usage of {usage_month} show on My Page?",
    answer="between {result[0]} and {result[1]}",
)
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
        trace.add(
            STATEMENT_ON_MY_PAGE,
            result,
            usage_month=Month.from_index(u),
            billing_month=following,
            second=result[0],
            third=result[1],
        )
    return result


# -- PAY-2 Collection by payment method ----------------------------------------------------------------

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
        "schedules; Cedyna (セディナ, corporate only) arrives about when convenience-store slips do, with no "
        "exact date; USEN (corporate only) labels a bill with its billing month, not the usage month."
    ),
    statement_ja=(
        "口座引落は請求月の翌月27日、コンビニ払いは請求月の25日が支払期限(払込票は毎月6日~8日頃の発送:NTT-BILL)。"
        "クレジットカードとNTT請求はカード会社・NTTファイナンスの請求日に準ずる。セディナ(法人限定)はコンビニ払いと"
        "ほぼ同じ時期に届くが日付は定まらない。USEN(法人限定)は利用月ではなく請求月で「○月分」と表記する。"
    ),
    interpretation=(
        "The 27th and the 25th are nominal dates: the sources do not say they move on holidays, so the library "
        "returns the nominal date. Rolling it to the next business day is a separate step a caller asks for "
        "explicitly (the rolled collection date)."
    ),
    other_reading=(
        "The bank or the store moves the date to the next business day when the 27th or the 25th is not a business "
        "day, as Japanese direct debits commonly do."
    ),
    interpretation_ja=(
        "27日と25日は名目上の日付とする。原文は休日に日付が移るとは述べていないため、本ライブラリは名目の日付を返す。"
        "翌営業日への繰り延べは、利用者が明示的に求めたときだけ別の手順として行う(繰り延べ後の請求日)。"
    ),
    other_reading_ja="27日・25日が営業日でない場合は翌営業日に引落・支払期限が移る(一般的な口座振替の扱い)という読み方。",
)
CORPORATE_ONLY_REFUSED = PAY_2.clause("{method} is for corporate contracts only: an individual contract cannot use it")
CORPORATE_ONLY_ALLOWED = PAY_2.clause("{method} is for corporate contracts only, and this is a corporate contract")
OPEN_TO_EVERYONE = PAY_2.clause("{method} is open to individual and corporate contracts")
CARD_SCHEDULE = PAY_2.clause(
    "paid by {method}, a bill of {billing_month} is collected on the card company's own schedule: "
    "no date can be worked out here"
)
DEBIT_ON_27TH = PAY_2.clause(
    "paid by {method}, a bill of {billing_month} is debited on the 27th of the following month: {date} "
    "(the nominal date)"
)
DUE_ON_25TH = PAY_2.clause(
    "paid by {method}, a bill of {billing_month} is due on the 25th of that month: {date} (the nominal date; "
    "the slip is mailed around the 6th–8th, and a late slip cannot be used)"
)
NTT_SCHEDULE = PAY_2.clause(
    "paid through {method}, a bill of {billing_month} is collected on NTT Finance's schedule: "
    "no date can be worked out here"
)
LIKE_SLIPS = PAY_2.clause(
    "paid through {method} (corporate contracts only), a bill of {billing_month} arrives about when "
    "convenience-store slips do; the source gives no exact date (「多少のバラつき」)"
)
USEN_OWN_BILL = PAY_2.clause(
    "paid through {method} (corporate contracts only), a bill of {billing_month} is USEN's own bill, "
    "labelled with its billing month; the source gives no date"
)
ROLLED = PAY_2.clause(
    "the nominal date {nominal} is not a business day: rolled to the next business day, {date} "
    "(the other reading, asked for explicitly)"
)
NOT_ROLLED = PAY_2.clause("the nominal date {nominal} is a business day: rolling does not move it")
SLIPS_MAILED = PAY_2.clause(
    "convenience-store slips for {billing_month} are mailed around the 6th–8th: between {first} and {last}"
)
LABELLED_BY_MONTH = PAY_2.clause(
    "paid by {method}, a bill is labelled with the {label}: the usage of {usage_month} is billed as 「{number}月分」"
)


class PaymentMethod(IdentityHashEnum):
    """How a So-net 光 customer pays (PAY-2)."""

    CREDIT_CARD = "credit_card"
    BANK_DEBIT = "bank_debit"  # 口座引落
    CONVENIENCE_STORE = "convenience_store"  # コンビニ払込票
    NTT_BILLING = "ntt_billing"  # NTT請求(電話料金合算)
    CEDYNA = "cedyna"  # セディナ (法人限定)
    USEN = "usen"  # USEN (法人限定)


labels(
    PaymentMethod,
    CREDIT_CARD="credit card",
    BANK_DEBIT="bank debit",
    CONVENIENCE_STORE="convenience-store slip",
    NTT_BILLING="NTT請求",
    CEDYNA="Cedyna",
    USEN="USEN",
)


class LabelMonth(enum.Enum):
    """Which month a bill is labelled with ("○月分")."""

    USAGE = "usage"
    BILLING = "billing"


labels(LabelMonth, USAGE="usage month", BILLING="billing month")


@attrs.frozen
class CollectionTerms:
    """One row of the PAY-2 table.

    ``day`` is the nominal day of the month the user pays, in the month
    ``months_after_billing`` after the billing month; both are None where the source
    gives no date (the schedule is someone else's, or "多少のバラつき").  ``collection``
    is the clause that says the row in an explanation.
    """

    method: PaymentMethod = attrs.field(metadata={"label": "payment method"})
    corporate_only: bool = attrs.field(metadata={"label": "corporate contracts only"})
    day: int | None = attrs.field(metadata={"label": "day of the month"})
    months_after_billing: int | None = attrs.field(metadata={"label": "months after the billing month"})
    label: LabelMonth = attrs.field(metadata={"label": "the bill is labelled with"})
    collection: Clause = attrs.field(repr=False, eq=False)


# fmt: off
_PAY_2_TABLE: Final = (
    #               method                           corporate day  months after bill label          says
    #                                                only           billing
    CollectionTerms(PaymentMethod.CREDIT_CARD,       False,    None, None,        LabelMonth.USAGE,   CARD_SCHEDULE),
    CollectionTerms(PaymentMethod.BANK_DEBIT,        False,    27,   1,           LabelMonth.USAGE,   DEBIT_ON_27TH),
    CollectionTerms(PaymentMethod.CONVENIENCE_STORE, False,    25,   0,           LabelMonth.USAGE,   DUE_ON_25TH),
    CollectionTerms(PaymentMethod.NTT_BILLING,       False,    None, None,        LabelMonth.USAGE,   NTT_SCHEDULE),
    CollectionTerms(PaymentMethod.CEDYNA,            True,     None, None,        LabelMonth.USAGE,   LIKE_SLIPS),
    CollectionTerms(PaymentMethod.USEN,              True,     None, None,        LabelMonth.BILLING, USEN_OWN_BILL),
)
# fmt: on

COLLECTION_TERMS: Final[Mapping[PaymentMethod, CollectionTerms]] = MappingProxyType(
    {row.method: row for row in _PAY_2_TABLE}
)
"""PAY-2 as a table: one row per payment method, in the order of the source."""

# The per-month paths read the table and LabelMonth.BILLING through plain names: a plain dict is one
# C-level look-up (the read-only proxy adds a call), and on Python 3.11 every ``Enum.MEMBER`` read goes
# through EnumType.__getattr__'s hook (about 40 ns more than a module global).
_TERMS: Final = dict(COLLECTION_TERMS)
_LABEL_BILLING: Final = LabelMonth.BILLING

SLIP_MAILING_DAYS: Final = (6, 8)
"""Convenience-store slips are mailed around the 6th–8th of the month (NTT-BILL)."""


@implements("PAY-2", question="May this contract holder pay by {method}?")
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
    if not COLLECTION_TERMS[method].corporate_only:
        if trace is not None:
            trace.add(OPEN_TO_EVERYONE, True, method=method, applicant=applicant)
        return True
    if applicant is Applicant.CORPORATE:
        if trace is not None:
            trace.add(CORPORATE_ONLY_ALLOWED, True, method=method, applicant=applicant)
        return True
    if trace is not None:
        trace.add(CORPORATE_ONLY_REFUSED, False, method=method, applicant=applicant)
    return False


def _collection_date(method: PaymentMethod, b: int, trace: Trace | None) -> _dt.date | None:
    """PAY-2's nominal collection date of a bill of the month with index ``b``: the table's
    row decides, and says so on ``trace``."""
    terms = _TERMS[method]
    day = terms.day
    after = terms.months_after_billing
    if day is None or after is None:
        result = None
    else:
        i = b + after
        if i > _MAX_INDEX:
            raise _past_9999(b, after, "billing_month", "PAY-2")
        result = _dt.date(i // 12, i % 12 + 1, day)  # the table's days (27th, 25th) are in every month
    if trace is not None:
        trace.add(terms.collection, result, method=method, billing_month=Month.from_index(b), date=result)
    return result


@implements(
    "PAY-2",
    question="When is a bill of {billing_month} paid by {method} collected?",
    answer="{result:unknown}",
)
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
    m = check_enum(method, PaymentMethod, "method", "PAY-2")
    return _collection_date(m, month_index(billing_month, "billing_month", "PAY-2"), TRACE.get())


@implements(
    "PAY-2",
    question="When is a bill of {billing_month} paid by {method} collected, rolled to a business day?",
    answer="{result:unknown}",
)
def rolled_collection_date(method: PaymentMethod, billing_month: Month | _dt.date) -> _dt.date | None:
    """:func:`collection_date` rolled to the next business day, for callers who take the
    other reading of PAY-2 (the library's own reading keeps the nominal date).

    >>> collection_date(PaymentMethod.BANK_DEBIT, Month(2026, 10))      # a Friday
    datetime.date(2026, 11, 27)
    >>> rolled_collection_date(PaymentMethod.CONVENIENCE_STORE, Month(2026, 10))  # Sunday 25th
    datetime.date(2026, 10, 26)
    """
    m = check_enum(method, PaymentMethod, "method", "PAY-2")
    b = month_index(billing_month, "billing_month", "PAY-2")
    trace = TRACE.get()
    nominal = _collection_date(m, b, trace)
    if nominal is None:
        return None
    result = _next_business_day(nominal, "billing_month", "PAY-2")
    if trace is not None:
        if result == nominal:
            trace.add(NOT_ROLLED, result, nominal=nominal)
        else:
            trace.add(ROLLED, result, nominal=nominal, date=result)
    return result


@implements(
    "PAY-2",
    question="When are the convenience-store slips for {billing_month} mailed?",
    answer="between {result[0]} and {result[1]}",
)
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
        trace.add(SLIPS_MAILED, result, billing_month=b, first=result[0], last=result[1])
    return result


@implements(
    "PAY-2",
    "PAY-1",
    question="Which month is the bill for the usage of {usage_month} labelled with, paid by {method}?",
    answer="「{result.month}月分」 ({result})",
)
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
    label = _TERMS[m].label
    usage = month_at(u)
    if label is _LABEL_BILLING:
        result = _month_after(u, 1, "usage_month", "PAY-1")
        if trace is not None:
            trace.add(BILLED_THE_MONTH_AFTER, result, usage_month=usage, billing_month=result)
    else:
        result = usage
    if trace is not None:
        trace.add(LABELLED_BY_MONTH, result, method=m, label=label, usage_month=usage, number=result.month)
    return result


# -- NTT-1 Eligibility for NTT請求 -------------------------------------------------------------------------

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
NTT_BILLING_CONTINUES_FOR_EXISTING_USER = NTT_1.clause(
    "an existing user who subscribes to So-net 光, holds a docomo line in the same name and pays its charges: "
    "NTT請求 continues"
)
NEW_APPLICATIONS_CLOSED = NTT_1.clause(
    "every other condition is met, but new applications for NTT請求 are closed (申込受付終了)"
)
CONDITIONS_NOT_MET = NTT_1.clause("NTT請求 is not available: {missing}")

NTT_BILLING_ACCEPTS_NEW_APPLICATIONS: Final = False
"""NTT-1: 【申込受付終了】 — new applications for NTT請求 are closed."""


class _NttCondition(enum.Enum):
    """The conditions of NTT-1, as an explanation names the ones not met."""

    SUBSCRIBER = "sonet_hikari_subscriber"
    SAME_NAME = "docomo_line_in_same_name"
    PAYS = "pays_docomo_line"
    ALREADY_USING = "already_using"


labels(
    _NttCondition,
    SUBSCRIBER="not a So-net 光 subscriber",
    SAME_NAME="no docomo line in the same name",
    PAYS="does not pay the docomo line's charges",
    ALREADY_USING="not already using NTT請求, and new applications are closed",
)


@implements(
    "NTT-1",
    question="Can this customer pay through NTT請求 (So-net 光 subscriber: {sonet_hikari_subscriber}; docomo line "
    "in the same name: {docomo_line_in_same_name}; pays that line: {pays_docomo_line}; already using NTT請求: "
    "{already_using})?",
)
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
    subscriber = check_bool(sonet_hikari_subscriber, "sonet_hikari_subscriber", "NTT-1")
    same_name = check_bool(docomo_line_in_same_name, "docomo_line_in_same_name", "NTT-1")
    pays = check_bool(pays_docomo_line, "pays_docomo_line", "NTT-1")
    using = check_bool(already_using, "already_using", "NTT-1")
    if subscriber and same_name and pays:
        trace = TRACE.get()
        if trace is not None:
            trace.add(NTT_BILLING_CONTINUES_FOR_EXISTING_USER if using else NEW_APPLICATIONS_CLOSED, using)
        return using
    trace = TRACE.get()
    if trace is not None:
        unmet = (
            (not subscriber, _NttCondition.SUBSCRIBER),
            (not same_name, _NttCondition.SAME_NAME),
            (not pays, _NttCondition.PAYS),
            (not using, _NttCondition.ALREADY_USING),
        )
        trace.add(CONDITIONS_NOT_MET, False, missing=tuple(c for failed, c in unmet if failed))
    return False


# -- NTT-2 Events on the docomo line -----------------------------------------------------------------------

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
CONTINUES_AFTER_EVENT = NTT_2.clause("after {event} of the docomo line, NTT請求 continues")
ENDS_AFTER_EVENT = NTT_2.clause("after {event} of the docomo line, NTT請求 can no longer be used")


class DocomoLineEvent(enum.Enum):
    """What happened to the docomo line NTT請求 is consolidated with (NTT-2)."""

    CANCELLATION = "cancellation"  # 解約
    SUCCESSION = "succession"  # 承継
    TRANSFER = "transfer"  # 譲渡
    NUMBER_CHANGE = "number_change"  # 契約者はそのままに番号だけ変更


labels(
    DocomoLineEvent,
    CANCELLATION="the cancellation",
    SUCCESSION="the succession",
    TRANSFER="the transfer",
    NUMBER_CHANGE="a number change (same contract holder)",
)

NTT_BILLING_AFTER_EVENT: Final[Mapping[DocomoLineEvent, bool]] = MappingProxyType(
    {
        DocomoLineEvent.CANCELLATION: False,  # 「解約」 … 継続してご利用いただけません
        DocomoLineEvent.SUCCESSION: False,  # 「承継」
        DocomoLineEvent.TRANSFER: False,  # 「譲渡」
        DocomoLineEvent.NUMBER_CHANGE: True,  # 契約者はそのままに番号だけ変更 … 継続してご利用いただけます
    }
)
"""NTT-2 as a table: whether NTT請求 continues after each event on the docomo line."""


@implements("NTT-2", question="Does NTT請求 continue after {event} of the docomo line?")
def ntt_billing_continues(event: DocomoLineEvent) -> bool:
    """Whether NTT請求 continues after ``event`` on the docomo line (NTT-2).

    >>> ntt_billing_continues(DocomoLineEvent.NUMBER_CHANGE), ntt_billing_continues(DocomoLineEvent.TRANSFER)
    (True, False)
    """
    event = check_enum(event, DocomoLineEvent, "event", "NTT-2")
    result = NTT_BILLING_AFTER_EVENT[event]
    trace = TRACE.get()
    if trace is not None:
        trace.add(CONTINUES_AFTER_EVENT if result else ENDS_AFTER_EVENT, result, event=event)
    return result


# -- NTT-3 Fallback when NTT請求 cannot collect ----------------------------------------------------------

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
REBILLED_BY_SLIP = NTT_3.clause(
    "no payment method is registered: the charges are re-billed by convenience-store slip, with a slip-issuance "
    "fee on every bill (the source gives no amount: unknown), and service may be suspended or cancelled"
)
TO_NEW_METHOD_BY_SLIP = NTT_3.clause(
    "the charges go to the newly registered method, {method}: a slip-issuance fee applies on every bill "
    "(the source gives no amount: unknown)"
)
TO_NEW_METHOD = NTT_3.clause("the charges go to the newly registered method, {method}")
NOT_A_PINK_SLIP = NTT_3.clause("not a pink re-bill slip: no suspension before the due date")
PINK_SLIP_BUT_NEW_METHOD = NTT_3.clause(
    "a pink re-bill slip, but a new payment method is registered: service is not suspended"
)
PINK_SLIP_SUSPENDED = NTT_3.clause(
    "a pink re-bill slip and no new payment method: service is suspended before the slip's due date"
)

SLIP_ISSUANCE_FEE: Final[int | None] = None
"""NTT-3: the 払込票発行手数料 charged on every convenience-store slip bill.  The source
says only 「所定の」 (the prescribed fee) and gives no amount, so it is unknown: None."""


@attrs.frozen
class NttFallback:
    """Where charges go when NTT請求 can no longer collect them (NTT-3).

    ``slip_issuance_fee`` is 0 when no slip is used and None (unknown amount, never a
    guessed number) when a convenience-store slip is.
    """

    method: PaymentMethod = attrs.field(metadata={"label": "billed by"})
    rebill_slip: bool = attrs.field(metadata={"label": "re-billed by slip"})
    slip_fee_charged: bool = attrs.field(metadata={"label": "slip-issuance fee on every bill"})
    slip_issuance_fee: int | None = attrs.field(metadata={"label": "slip-issuance fee", "spec": "unknown:yen"})
    may_suspend: bool = attrs.field(metadata={"label": "may be suspended or cancelled"})


@implements(
    "NTT-3",
    question="Where do the charges NTT請求 cannot collect go (newly registered payment method: {registered_method})?",
)
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
    trace = TRACE.get()
    if registered_method is None:
        result = NttFallback(PaymentMethod.CONVENIENCE_STORE, True, True, SLIP_ISSUANCE_FEE, True)
        if trace is not None:
            trace.add(REBILLED_BY_SLIP, result)
        return result
    m = check_enum(registered_method, PaymentMethod, "registered_method", "NTT-3")
    if m is PaymentMethod.NTT_BILLING:
        raise RuleInputError(
            "NTT請求 itself cannot be the method that replaces NTT請求", parameter="registered_method", rule="NTT-3"
        )
    if m is PaymentMethod.CONVENIENCE_STORE:
        result = NttFallback(m, False, True, SLIP_ISSUANCE_FEE, False)
        if trace is not None:
            trace.add(TO_NEW_METHOD_BY_SLIP, result, method=m)
        return result
    result = NttFallback(m, False, False, 0, False)
    if trace is not None:
        trace.add(TO_NEW_METHOD, result, method=m)
    return result


@implements(
    "NTT-3",
    question="Is service suspended before the slip's due date (pink re-bill slip: {pink_slip}; new payment method "
    "registered: {new_method_registered})?",
)
def suspended_before_due_date(*, pink_slip: bool, new_method_registered: bool) -> bool:
    """Whether service is suspended before the slip's due date (NTT-3): a pink re-bill slip
    means it is, unless a new payment method has been registered.

    >>> suspended_before_due_date(pink_slip=True, new_method_registered=False)
    True
    """
    pink = check_bool(pink_slip, "pink_slip", "NTT-3")
    registered = check_bool(new_method_registered, "new_method_registered", "NTT-3")
    trace = TRACE.get()
    if not pink:
        if trace is not None:
            trace.add(NOT_A_PINK_SLIP, False)
        return False
    if registered:
        if trace is not None:
            trace.add(PINK_SLIP_BUT_NEW_METHOD, False)
        return False
    if trace is not None:
        trace.add(PINK_SLIP_SUSPENDED, True)
    return True


# -- NTT-4 Restricted content ------------------------------------------------------------------------------

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
RESTRICTED_UNDER_NTT_BILLING = NTT_4.clause(
    "this content service is on NTT請求's restricted list (the list itself is not in the source): "
    "it cannot be paid through NTT請求"
)
NOT_ON_THE_LIST = NTT_4.clause("this content service is not on NTT請求's restricted list: it can be paid through it")
NOT_THROUGH_NTT_BILLING = NTT_4.clause("paid by {method}, not through NTT請求: NTT請求's restriction does not apply")

NTT_BILLING_EXCLUDES_SOME_CONTENT: Final = True
"""NTT-4: 「コンテンツサービスの一部をご利用いただけません」."""

RESTRICTED_CONTENT_SERVICES: Final[frozenset[str] | None] = None
"""NTT-4: which content services are excluded.  The list is not in the stored source, so
it is unknown (None); callers say whether a given service is on it."""


@implements(
    "NTT-4",
    question="Can a content service be paid by {method} "
    "(on NTT請求's restricted list: {restricted_under_ntt_billing})?",
)
def content_service_payable(method: PaymentMethod, *, restricted_under_ntt_billing: bool) -> bool:
    """Whether a content service can be paid with ``method`` (NTT-4): a service on NTT請求's
    restricted list cannot be paid through NTT請求, even if it is used today with another method.

    >>> content_service_payable(PaymentMethod.NTT_BILLING, restricted_under_ntt_billing=True)
    False
    """
    m = check_enum(method, PaymentMethod, "method", "NTT-4")
    restricted = check_bool(restricted_under_ntt_billing, "restricted_under_ntt_billing", "NTT-4")
    trace = TRACE.get()
    if m is not PaymentMethod.NTT_BILLING:
        if trace is not None:
            trace.add(NOT_THROUGH_NTT_BILLING, True, method=m)
        return True
    if restricted:
        if trace is not None:
            trace.add(RESTRICTED_UNDER_NTT_BILLING, False)
        return False
    if trace is not None:
        trace.add(NOT_ON_THE_LIST, True)
    return True


# -- NTT-5 Label on the NTT Finance bill ---------------------------------------------------------------

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
LINE_LABEL = NTT_5.clause("on NTT Finance's Web billing and bills, So-net's charges appear as 「{label}」")

NTT_BILLING_LINE_LABEL: Final = "So-netご利用料金"
"""NTT-5: how So-net's charges are labelled on NTT Finance's Web billing and bills."""


@implements(
    "NTT-5",
    question="How do So-net's charges appear on the NTT Finance bill under NTT請求?",
    answer="「{result}」",
)
def ntt_billing_line_label() -> str:
    """The label of So-net's charges on the NTT Finance bill under NTT請求 (NTT-5).

    >>> ntt_billing_line_label()
    'So-netご利用料金'
    """
    trace = TRACE.get()
    if trace is not None:
        trace.add(LINE_LABEL, NTT_BILLING_LINE_LABEL, label=NTT_BILLING_LINE_LABEL)
    return NTT_BILLING_LINE_LABEL


# -- BIZ-1 Order cutoff ------------------------------------------------------------------------------------

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
BEFORE_CUTOFF = BIZ_1.clause("ordered at {at}, before 13:00 on a business day: the order counts on that day, {day}")
AT_OR_AFTER_CUTOFF = BIZ_1.clause(
    "ordered at {at}, at 13:00 or later: the order counts on the next business day, {day}"
)
ON_A_HOLIDAY = BIZ_1.clause(
    "{ordered_on} ({ordered_on:holiday}) is not a business day: an order placed that day counts on the next "
    "business day, {day} (the library's reading)"
)
ON_A_DAY_OFF = BIZ_1.clause(
    "{ordered_on} ({why}) is not a business day: an order placed that day counts on the next business day, {day} "
    "(the library's reading)"
)


class _DayOff(enum.Enum):
    """Why a day that is not a public holiday is not a business day either (BIZ-1, BIZ-3)."""

    SATURDAY = "saturday"
    SUNDAY = "sunday"
    YEAR_END = "year_end"


labels(_DayOff, SATURDAY="Saturday", SUNDAY="Sunday", YEAR_END="year-end closure")


def _day_off(d: _dt.date) -> _DayOff | None:
    """What closes ``d``, a day found not to be a business day: None for a public holiday
    (whose name a text gives with ``{day:holiday}``), else the weekend day or the closure."""
    if _holiday_name(d) is not None:
        return None
    if d.weekday() == 5:
        return _DayOff.SATURDAY
    if d.weekday() == 6:
        return _DayOff.SUNDAY
    return _DayOff.YEAR_END


ORDER_CUTOFF: Final = _dt.time(13, 0)
"""BIZ-1: an order at this JST time or later counts on the next business day."""


@implements("BIZ-1", question="On which business day does an order placed at {ordered_at} count?")
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
    trace = TRACE.get()
    if local.time() >= ORDER_CUTOFF:
        if day >= CALENDAR_LAST_DAY:
            raise RuleInputError(
                f"{day.isoformat()} is at or past the end of the holiday calendar", parameter="ordered_at", rule="BIZ-1"
            )
        result = _next_business_day(day + _dt.timedelta(days=1), "ordered_at", "BIZ-1")
        if trace is not None:
            trace.add(AT_OR_AFTER_CUTOFF, result, at=local, day=result)
        return result
    result = _next_business_day(day, "ordered_at", "BIZ-1")
    if trace is not None:
        if result == day:
            trace.add(BEFORE_CUTOFF, result, at=local, day=result)
        else:
            why = _day_off(day)
            if why is None:
                trace.add(ON_A_HOLIDAY, result, at=local, ordered_on=day, day=result)
            else:
                trace.add(ON_A_DAY_OFF, result, at=local, ordered_on=day, why=why, day=result)
    return result


# -- BIZ-2 Invoice kind by amount --------------------------------------------------------------------------

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
UNDER_THE_LIMIT = BIZ_2.clause(
    "{amount:yen} is under {limit:yen}: a barcode invoice, payable at banks, post offices and convenience stores"
)
EXACTLY_THE_LIMIT = BIZ_2.clause(
    "{amount:yen} is exactly {limit:yen}, which is not under it: an invoice without a barcode, payable at banks "
    "only (the library's reading)"
)
OVER_THE_LIMIT = BIZ_2.clause("{amount:yen} is over {limit:yen}: an invoice without a barcode, payable at banks only")


class InvoiceKind(enum.Enum):
    """The two invoices of BIZ-2."""

    BARCODE = "barcode"  # バーコード付き: banks, post offices, convenience stores
    BANK_ONLY = "bank_only"  # バーコードなし: banks only


labels(InvoiceKind, BARCODE="barcode invoice", BANK_ONLY="invoice without a barcode (banks only)")

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


@implements("BIZ-2", question="Which invoice does an amount of {amount:yen} get?")
def invoice_kind(amount: int) -> InvoiceKind:
    """The invoice an amount gets (BIZ-2): under 300,000円 a barcode invoice; otherwise,
    including exactly 300,000円 (interpretation), a bank-only invoice.

    >>> invoice_kind(299_999), invoice_kind(300_000)
    (<InvoiceKind.BARCODE: 'barcode'>, <InvoiceKind.BANK_ONLY: 'bank_only'>)
    """
    amount = check_money(amount, "amount", "BIZ-2")
    trace = TRACE.get()
    if amount < BARCODE_INVOICE_LIMIT:
        if trace is not None:
            trace.add(UNDER_THE_LIMIT, InvoiceKind.BARCODE, amount=amount, limit=BARCODE_INVOICE_LIMIT)
        return InvoiceKind.BARCODE
    if trace is not None:
        clause = EXACTLY_THE_LIMIT if amount == BARCODE_INVOICE_LIMIT else OVER_THE_LIMIT
        trace.add(clause, InvoiceKind.BANK_ONLY, amount=amount, limit=BARCODE_INVOICE_LIMIT)
    return InvoiceKind.BANK_ONLY


# -- BIZ-3 Due date of business d account services ---------------------------------------------------------

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
DUE_DATE_ON_THE_INVOICE = BIZ_3.clause(
    "for a service that does not require a business d account, the due date is the one printed on the invoice: "
    "unknown here"
)
MONTH_END_IS_A_BUSINESS_DAY = BIZ_3.clause(
    "the last day of the invoice month, {month_end}, is a business day: it is the due date"
)
MONTH_END_ON_A_HOLIDAY = BIZ_3.clause(
    "the last day of the invoice month, {month_end}, is a holiday ({month_end:holiday}): the due date is the next "
    "business day, {due}"
)
MONTH_END_ON_A_WEEKEND = BIZ_3.clause(
    "the last day of the invoice month, {month_end}, is a {why}: the due date is the next business day, {due}"
)
MONTH_END_IN_THE_CLOSURE = BIZ_3.clause(
    "the last day of the invoice month, {month_end}, falls in the year-end closure (29 December – 3 January), "
    "which is not a business day: the due date is the next business day, {due} (the library's reading)"
)


@implements(
    "BIZ-3",
    question="When is an invoice issued in {invoice_month} due (a service that requires a business d account: "
    "{requires_business_d_account})?",
    answer="{result:unknown}",
)
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
    trace = TRACE.get()
    if not business_d:
        if trace is not None:
            trace.add(DUE_DATE_ON_THE_INVOICE, None)
        return None
    last = m.last_day
    result = _next_business_day(last, "invoice_month", "BIZ-3")
    if trace is not None:
        if result == last:
            trace.add(MONTH_END_IS_A_BUSINESS_DAY, result, month_end=last)
        else:
            why = _day_off(last)
            if why is None:
                trace.add(MONTH_END_ON_A_HOLIDAY, result, month_end=last, due=result)
            elif why is _DayOff.YEAR_END:
                trace.add(MONTH_END_IN_THE_CLOSURE, result, month_end=last, due=result)
            else:
                trace.add(MONTH_END_ON_A_WEEKEND, result, month_end=last, why=why, due=result)
    return result


# -- BIZ-4 First payment and changes -----------------------------------------------------------------------

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
FIRST_PAYMENT_BY_INVOICE = BIZ_4.clause(
    "the first invoice has not arrived yet: the first payment is by {method} only, and a change can start only "
    "after the first invoice arrives"
)
STARTS_WITH_R = BIZ_4.clause('"{number}" starts with "R" and has more after it: it has the form of an invoice number')
DOES_NOT_START_WITH_R = BIZ_4.clause('"{number}" does not start with "R": it is not an invoice number')
ONLY_R = BIZ_4.clause('"{number}" has nothing after the "R": it is not an invoice number')
FIRST_INVOICE_NOT_ARRIVED = BIZ_4.clause("the first invoice has not arrived yet: a change cannot start")
NO_INVOICE_NUMBER = BIZ_4.clause('no invoice number was given: a change needs the one starting with "R"')
CHANGE_CAN_START = BIZ_4.clause(
    "the first invoice has arrived and the invoice number is given: the change can start (a change to bank "
    "transfer takes about {months} months)"
)


class BizService(enum.Enum):
    """Kinds of NTTドコモビジネス online-shop service whose payment rules the FAQ states."""

    BUSINESS_D_ACCOUNT = "business_d_account"  # ビジネスdアカウント必須サービス
    OTHER = "other"  # OCNなど上記以外のサービス


labels(BizService, BUSINESS_D_ACCOUNT="a service that requires a business d account", OTHER="OCN or another service")


class BizPaymentMethod(enum.Enum):
    INVOICE = "invoice"  # 請求書払い
    BANK_TRANSFER = "bank_transfer"  # 口座振替
    CREDIT_CARD = "credit_card"  # クレジットカード決済


labels(BizPaymentMethod, INVOICE="payment by invoice", BANK_TRANSFER="bank transfer", CREDIT_CARD="card payment")

FIRST_PAYMENT_METHOD: Final = BizPaymentMethod.INVOICE
"""BIZ-4: 「初回のお支払い方法は、「請求書によるお支払い」のみ」."""

BANK_TRANSFER_CHANGE_MONTHS: Final = 2
"""BIZ-4: a change to bank transfer takes 「おおよそ2カ月程度」 — about two months (approximate)."""


def _is_invoice_number(s: str, trace: Trace | None) -> bool:
    """BIZ-4's one format rule for an invoice number: an "R" and something after it."""
    if not s.startswith("R"):
        if trace is not None:
            trace.add(DOES_NOT_START_WITH_R, False, number=s)
        return False
    if len(s) == 1:
        if trace is not None:
            trace.add(ONLY_R, False, number=s)
        return False
    if trace is not None:
        trace.add(STARTS_WITH_R, True, number=s)
    return True


@implements("BIZ-4", question='Is "{s}" an invoice number?')
def is_invoice_number(s: str) -> bool:
    """Whether ``s`` looks like an invoice number: it starts with "R" (BIZ-4).  The source
    gives no other format, so nothing else is checked beyond something following the "R".

    >>> is_invoice_number("R123456789"), is_invoice_number("123"), is_invoice_number("R")
    (True, False, False)
    """
    return _is_invoice_number(check_str(s, "s", "BIZ-4"), TRACE.get())


@implements(
    "BIZ-4",
    question="Can a change of billing details or payment method start (first invoice arrived: "
    "{first_invoice_received}; invoice number: {invoice_number})?",
)
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
    trace = TRACE.get()
    if not received:
        if trace is not None:
            trace.add(FIRST_INVOICE_NOT_ARRIVED, False)
        return False
    if number is None:
        if trace is not None:
            trace.add(NO_INVOICE_NUMBER, False)
        return False
    if not _is_invoice_number(number, trace):
        return False
    if trace is not None:
        trace.add(CHANGE_CAN_START, True, months=BANK_TRANSFER_CHANGE_MONTHS)
    return True


# -- BIZ-5 Credit cards ------------------------------------------------------------------------------------

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
        "issued by Mitsubishi UFJ NICOS (三菱UFJニコス) or Orico (オリコ) may not be. Depending on the contract, card "
        "payment may be unavailable."
    ),
    statement_ja=(
        "クレジットカード決済はビジネスdアカウント必須サービスのみ。楽天カードは利用不可、三菱UFJニコス・オリコカードは"
        "利用できない場合がある。契約内容によってはカード払いを利用できない場合がある。"
    ),
)
METHODS_OF_THE_SERVICE = BIZ_5.clause(
    "once the first invoice has arrived, {service} can be paid by: {methods} (card payment only for services that "
    "require a business d account, and even then possibly not, depending on the contract)"
)
NO_CARD_FOR_THIS_SERVICE = BIZ_5.clause(
    "{service} cannot be paid by card: card payment is only for services that require a business d account"
)
RESTRICTED_ISSUER = BIZ_5.clause("cards issued by {issuer}: {acceptance}, as the FAQ lists the issuer")
ISSUER_NOT_RESTRICTED = BIZ_5.clause(
    "the FAQ names no restriction for {issuer}: accepted, although card payment may still be unavailable "
    "depending on the contract"
)

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


@implements(
    "BIZ-4",
    "BIZ-5",
    question="Which payment methods are open to {service} (first invoice arrived: {first_invoice_received})?",
)
def payment_methods(service: BizService, *, first_invoice_received: bool) -> tuple[BizPaymentMethod, ...]:
    """The payment methods open to a service (BIZ-4, BIZ-5): before the first invoice has
    arrived only the invoice; afterwards those the service supports.

    >>> payment_methods(BizService.OTHER, first_invoice_received=True)
    (<BizPaymentMethod.INVOICE: 'invoice'>, <BizPaymentMethod.BANK_TRANSFER: 'bank_transfer'>)
    """
    s = check_enum(service, BizService, "service", "BIZ-4")
    received = check_bool(first_invoice_received, "first_invoice_received", "BIZ-4")
    trace = TRACE.get()
    if not received:
        result: tuple[BizPaymentMethod, ...] = (FIRST_PAYMENT_METHOD,)
        if trace is not None:
            trace.add(FIRST_PAYMENT_BY_INVOICE, result, method=FIRST_PAYMENT_METHOD)
        return result
    result = BIZ_PAYMENT_METHODS[s]
    if trace is not None:
        trace.add(METHODS_OF_THE_SERVICE, result, service=s, methods=result)
    return result


class CardIssuer(enum.Enum):
    """Card issuers the FAQ names, and every other issuer."""

    RAKUTEN = "rakuten"  # 楽天カード
    MUFG_NICOS = "mufg_nicos"  # 三菱UFJニコス
    ORICO = "orico"  # オリコカード
    OTHER = "other"


labels(
    CardIssuer,
    RAKUTEN="Rakuten Card",
    MUFG_NICOS="Mitsubishi UFJ NICOS",
    ORICO="Orico",
    OTHER="an issuer the FAQ does not name",
)


class CardAcceptance(enum.Enum):
    """A tri-state answer where the source itself hedges (BIZ-5)."""

    ACCEPTED = "accepted"
    """No restriction named for this issuer (the brand list and 「ご契約内容によっては」 still apply)."""
    MAY_BE_REFUSED = "may_be_refused"
    """「ご利用いただけない場合がある」: the source does not say when."""
    NOT_ACCEPTED = "not_accepted"


labels(
    CardAcceptance,
    ACCEPTED="accepted",
    MAY_BE_REFUSED="may not be accepted (the source does not say when)",
    NOT_ACCEPTED="not accepted",
)

CARD_ISSUER_RESTRICTIONS: Final[Mapping[CardIssuer, CardAcceptance]] = MappingProxyType(
    {
        CardIssuer.RAKUTEN: CardAcceptance.NOT_ACCEPTED,  # (ご利用いただけないクレジットカード発行会社)
        CardIssuer.MUFG_NICOS: CardAcceptance.MAY_BE_REFUSED,  # (ご利用いただけない場合があるクレジットカード発行会社)
        CardIssuer.ORICO: CardAcceptance.MAY_BE_REFUSED,
    }
)
"""BIZ-5 as a table: the issuers the FAQ restricts."""


@implements("BIZ-5", question="Can a card issued by {issuer} pay for {service}?")
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
    trace = TRACE.get()
    if s is not BizService.BUSINESS_D_ACCOUNT:
        if trace is not None:
            trace.add(NO_CARD_FOR_THIS_SERVICE, CardAcceptance.NOT_ACCEPTED, service=s)
        return CardAcceptance.NOT_ACCEPTED
    restricted = CARD_ISSUER_RESTRICTIONS.get(i)
    if restricted is not None:
        if trace is not None:
            trace.add(RESTRICTED_ISSUER, restricted, issuer=i, acceptance=restricted)
        return restricted
    if trace is not None:
        trace.add(ISSUER_NOT_RESTRICTED, CardAcceptance.ACCEPTED, issuer=i)
    return CardAcceptance.ACCEPTED


# -- BIZ-9 Payment methods by service kind ------------------------------------------------------------

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


FIRST_PAYMENT_INVOICE_ONLY = BIZ_9.clause(
    "the first payment for {kind} is by invoice only: {method} is {verdict} for it"
)
ORDERED_ONLINE = BIZ_9.clause("for {kind} ordered at the online shop, {method} is {verdict}")
CARD_ONLY_AT_A_DOCOMO_SHOP = BIZ_9.clause(
    "for {kind} ordered at the online shop, {method} is not accepted: only an application at a docomo shop can "
    "pay by card"
)
APPLIED_AT_A_DOCOMO_SHOP = BIZ_9.clause("for {kind} applied for at a docomo shop, {method} is {verdict}")
SOME_SERVICES_REFUSE = BIZ_9.clause(
    "for {kind}, some services do not accept {method} and the source does not say which: unknown"
)
NOT_STATED_FOR_THE_KIND = BIZ_9.clause(
    "for {kind}, the source only refers to another page, so whether {method} is accepted is unknown"
)


class _Verdict(enum.Enum):
    """BIZ-9's tri-state answer, as a text says it."""

    ACCEPTED = True
    REFUSED = False


labels(_Verdict, ACCEPTED="accepted", REFUSED="not accepted")


class ServiceKind(enum.Enum):
    """The kinds of NTTドコモビジネス online-shop service BIZ-9's answer is split by."""

    HOME_5G = "home 5G・homeでんわ"
    BUSINESS_D_ACCOUNT = "ビジネスdアカウント必須サービス"
    BUSINESS_PLUS = "ビジネスプラスで提供しているサービス"
    OTHER = "OCNなど上記以外のサービス"


labels(
    ServiceKind,
    HOME_5G="home 5G / homeでんわ",
    BUSINESS_D_ACCOUNT="a service that requires a business d account",
    BUSINESS_PLUS="a service provided through Business Plus (ビジネスプラス)",
    OTHER="OCN or another service",
)


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


_UNKNOWN_BECAUSE: Final[Mapping[ServiceKind, Clause]] = MappingProxyType(
    {
        ServiceKind.BUSINESS_PLUS: NOT_STATED_FOR_THE_KIND,  # 「お支払いについてはこちらをご覧ください」
        ServiceKind.OTHER: SOME_SERVICES_REFUSE,  # 「※一部サービスは口座振替に対応しておりません」
    }
)
"""What an unknown (None) cell of BIZ-9's table means, by row."""


@implements(
    "BIZ-9",
    question="Is {method} accepted for {kind} (first payment: {first_payment}; applied for at a docomo shop: "
    "{at_docomo_shop})?",
    answer="{result:unknown}",
)
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
        result, clause = m is BizPaymentMethod.INVOICE, FIRST_PAYMENT_INVOICE_ONLY
    elif m is BizPaymentMethod.INVOICE:
        result, clause = row.invoice, ORDERED_ONLINE
    elif m is BizPaymentMethod.BANK_TRANSFER:
        result, clause = row.bank_transfer, ORDERED_ONLINE
    elif shop:
        result, clause = row.card_at_docomo_shop, APPLIED_AT_A_DOCOMO_SHOP
    else:
        result = row.card
        clause = CARD_ONLY_AT_A_DOCOMO_SHOP if row.card_at_docomo_shop and not result else ORDERED_ONLINE
    trace = TRACE.get()
    if trace is not None:
        if result is None:
            trace.add(_UNKNOWN_BECAUSE[k], None, kind=k, method=m)
        else:
            trace.add(clause, result, kind=k, method=m, verdict=_Verdict(result))
    return result


# -- BIZ-10 User ID list -------------------------------------------------------------------------------------

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
NEEDS_NO_LIST = BIZ_10.clause("ordering {product} needs no user ID list")
NEEDS_EVERY_FIELD = BIZ_10.clause("ordering {product} needs a user ID list giving, for each user: {fields}")
NEEDS_SOME_FIELDS = BIZ_10.clause(
    "ordering {product} needs a user ID list giving, for each user: {fields} ({omitted}: not required for it)"
)


class UserListProduct(enum.Enum):
    """The products BIZ-10 names, and every other product."""

    BUSINESS_D_WELFARE = "ビジネスd福利厚生"
    NEWSPICKS_PREMIUM = "NewsPicks +dプレミアム会員プラン"
    MARUGOTO_BUSINESS_SUPPORT = "まるごとビジネスサポート"
    JOSYS_IT_ASSET_OPTION = "まるごとビジネスサポート 回数無制限プラン「IT資産管理 by ジョーシス」オプション"
    OTHER = "その他の商品"


labels(
    UserListProduct,
    BUSINESS_D_WELFARE="the business d welfare service (ビジネスd福利厚生)",
    NEWSPICKS_PREMIUM="the NewsPicks +d premium membership plan (NewsPicks +dプレミアム会員プラン)",
    MARUGOTO_BUSINESS_SUPPORT="the all-round business support service (まるごとビジネスサポート)",
    JOSYS_IT_ASSET_OPTION=(
        "the IT asset management by Josys option (「IT資産管理 by ジョーシス」) of the unlimited-use plan of "
        "the all-round business support service"
    ),
    OTHER="any other product",
)


class UserListField(enum.Enum):
    """The fields of a user ID list (【必要項目】)."""

    BUSINESS_D_ACCOUNT_ID = "ビジネスdアカウントのID"
    CONTACT_EMAIL = "ビジネスdアカウントの連絡先メールアドレス"
    NAME = "ご利用者さまの氏名"
    PHONE = "ご利用者さまの電話番号"


labels(
    UserListField,
    BUSINESS_D_ACCOUNT_ID="the business d account ID",
    CONTACT_EMAIL="its contact e-mail address",
    NAME="the user's name",
    PHONE="the user's phone number",
)


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


@implements("BIZ-10", question="What user ID list does ordering {product} need?")
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
            trace.add(NEEDS_NO_LIST, result, product=p)
        elif result == _ALL_FIELDS:
            trace.add(NEEDS_EVERY_FIELD, result, product=p, fields=result)
        else:
            omitted = tuple(f for f in _ALL_FIELDS if f not in result)
            trace.add(NEEDS_SOME_FIELDS, result, product=p, fields=result, omitted=omitted)
    return result


# -- BIZ-6 User list CSV replaces all users ----------------------------------------------------------------

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
ALL_REPLACED = BIZ_6.clause(
    "the upload deletes all {before} registered users and registers the {after} users of the file"
)


def _records(value: object, parameter: str) -> tuple[object, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(f"BIZ-6: {parameter}: expected an iterable of user records, got {type(value).__name__}")
    return tuple(value)


@implements("BIZ-6", question="Which users are registered after uploading a user CSV?")
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
        trace.add(ALL_REPLACED, after, before=len(before), after=len(after))
    return after  # type: ignore[return-value]


# -- BIZ-7 Invoice timing ------------------------------------------------------------------------------------

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
FIRST_MONTH_FREE = BIZ_7.clause(
    "the service's first month is free: the source does not say when its invoice is issued (unknown)"
)
MIDDLE_OF_THE_NEXT_MONTH = BIZ_7.clause(
    "the service started on {service_start}: its invoice is issued around the middle of the following month, {month}"
)
ONE_INVOICE_PER_SERVICE = BIZ_7.clause("one invoice per service: {count} services, {result} invoices")

INVOICES_PER_SERVICE: Final = 1
"""BIZ-7: 「各サービス・商品ごとに1通ずつ」."""


@implements(
    "BIZ-7",
    question="In which month is the first invoice of a service started on {service_start} issued "
    "(first month free: {first_month_free})?",
    answer="{result:unknown}",
)
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
    trace = TRACE.get()
    if free:
        if trace is not None:
            trace.add(FIRST_MONTH_FREE, None)
        return None
    result = _month_after(start.year * 12 + start.month - 1, 1, "service_start", "BIZ-7")
    if trace is not None:
        trace.add(MIDDLE_OF_THE_NEXT_MONTH, result, service_start=start, month=result)
    return result


@implements(
    "BIZ-7",
    question="How many invoices does a customer with {service_count} services get?",
    answer="{result} invoices",
)
def invoice_count(service_count: int) -> int:
    """How many invoices a customer with ``service_count`` services gets: one per service (BIZ-7).

    >>> invoice_count(3)
    3
    """
    n = check_int(service_count, "service_count", "BIZ-7", minimum=0)
    result = n * INVOICES_PER_SERVICE
    trace = TRACE.get()
    if trace is not None:
        trace.add(ONE_INVOICE_PER_SERVICE, result, count=n, result=result)
    return result


# -- BIZ-8 Who may order -------------------------------------------------------------------------------------

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
NOT_A_MEMBER = BIZ_8.clause("membership is required to order, and the customer is not a member")
NO_BUSINESS_D_LOGIN = BIZ_8.clause("{service} needs a login with a business d account, and there is none")
NO_ADMINISTRATOR_ROLE = BIZ_8.clause("ordering {service} needs the administrator role, and the user lacks it")
NOT_MARKED_FOR_SOLE_PROPRIETORS = BIZ_8.clause(
    "a sole proprietor may order only services marked 「個人事業主OK」, and this one is not"
)
NO_PERSONAL_ID_DOCUMENT = BIZ_8.clause(
    "ordering by trade name needs a personal ID document (driving licence, My Number card …), and none is given"
)
EVERY_CONDITION_MET = BIZ_8.clause("every condition for ordering {service} is met")


@implements("BIZ-8", question="Can this customer order {service}?")
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

    Every condition not met is recorded when explaining, not only the first.

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
    trace = TRACE.get()
    result = True
    if not member:
        result = False
        if trace is not None:
            trace.add(NOT_A_MEMBER, False)
    if s is BizService.BUSINESS_D_ACCOUNT:
        if not login:
            result = False
            if trace is not None:
                trace.add(NO_BUSINESS_D_LOGIN, False, service=s)
        if not admin:
            result = False
            if trace is not None:
                trace.add(NO_ADMINISTRATOR_ROLE, False, service=s)
    if sole:
        if not marked:
            result = False
            if trace is not None:
                trace.add(NOT_MARKED_FOR_SOLE_PROPRIETORS, False)
        if not personal_id:
            result = False
            if trace is not None:
                trace.add(NO_PERSONAL_ID_DOCUMENT, False)
    if result and trace is not None:
        trace.add(EVERY_CONDITION_MET, True, service=s)
    return result
