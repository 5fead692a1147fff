"""PAY-1/PAY-2 (statement and collection timing), NTT-1..4 (NTT請求) and BIZ-1..8 (NTTドコモビジネス)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, explain, payment
from hikari_rules.billing import billing_month
from hikari_rules.dates import CALENDAR_FIRST_DAY, JST, Month, is_business_day, next_business_day
from hikari_rules.payment import (
    BARCODE_INVOICE_LIMIT,
    COLLECTION_TERMS,
    EVERY_CONDITION_MET,
    MONTH_END_IN_THE_CLOSURE,
    NO_ADMINISTRATOR_ROLE,
    NO_PERSONAL_ID_DOCUMENT,
    NOT_A_MEMBER,
    ON_A_HOLIDAY,
    SLIP_ISSUANCE_FEE,
    BizPaymentMethod,
    BizService,
    CardAcceptance,
    CardIssuer,
    DocomoLineEvent,
    InvoiceKind,
    NttFallback,
    PaymentMethod,
    bill_label_month,
    can_order,
    card_acceptance,
    change_can_start,
    collection_date,
    content_service_payable,
    invoice_count,
    invoice_issue_month,
    invoice_kind,
    is_invoice_number,
    method_available,
    ntt_billing_available,
    ntt_billing_continues,
    ntt_fallback,
    order_effective_date,
    payment_due_date,
    payment_methods,
    replace_users,
    rolled_collection_date,
    slip_mailing_window,
    statement_available,
    suspended_before_due_date,
)
from hikari_rules.strategies import amounts, months
from hikari_rules.withdrawal import Applicant

D = dt.date
M = Month
UTC = dt.UTC
NEW_YORK = ZoneInfo("America/New_York")
CAL = (CALENDAR_FIRST_DAY, D(2099, 11, 30))  # months whose following month is still in the calendar


def cal_months() -> st.SearchStrategy[Month]:
    return months(*CAL)


def instants() -> st.SearchStrategy[dt.datetime]:
    """Aware instants in a few zones, JST dates within the calendar (bar its last week)."""
    return st.builds(
        lambda naive, tz: naive.replace(tzinfo=UTC).astimezone(tz),
        st.datetimes(dt.datetime(1949, 1, 2), dt.datetime(2099, 12, 20)),
        st.sampled_from(
            [UTC, JST, NEW_YORK, dt.timezone(dt.timedelta(hours=-12)), dt.timezone(dt.timedelta(hours=14))]
        ),
    )


# -- PAY-2: collection dates -------------------------------------------------------------------------


def test_withdrawal_example_bank_debit_on_the_27th_two_months_later() -> None:
    # 退会希望月(9月)の翌々月の27日に引き落とし: September usage is billed in October, debited 27 November
    assert collection_date(PaymentMethod.BANK_DEBIT, billing_month(M(2026, 9))) == D(2026, 11, 27)
    # fees of the completion month (October) are billed in November and debited on 27 December
    assert collection_date(PaymentMethod.BANK_DEBIT, M(2026, 11)) == D(2026, 12, 27)


def test_convenience_store_due_on_the_25th_of_the_billing_month() -> None:
    assert collection_date(PaymentMethod.CONVENIENCE_STORE, M(2026, 10)) == D(2026, 10, 25)
    assert collection_date(PaymentMethod.CONVENIENCE_STORE, D(2027, 1, 31)) == D(2027, 1, 25)


@pytest.mark.parametrize(
    "method", [PaymentMethod.CREDIT_CARD, PaymentMethod.NTT_BILLING, PaymentMethod.CEDYNA, PaymentMethod.USEN]
)
def test_other_methods_have_no_computable_date(method: PaymentMethod) -> None:
    assert collection_date(method, M(2026, 10)) is None
    assert rolled_collection_date(method, M(2026, 10)) is None


def test_nominal_dates_are_not_rolled_but_the_helper_rolls_them() -> None:
    # 25 October 2026 is a Sunday; 27 December 2026 a Sunday; 27 December 2027 a Monday.
    assert collection_date(PaymentMethod.CONVENIENCE_STORE, M(2026, 10)) == D(2026, 10, 25)
    assert rolled_collection_date(PaymentMethod.CONVENIENCE_STORE, M(2026, 10)) == D(2026, 10, 26)
    assert collection_date(PaymentMethod.BANK_DEBIT, M(2026, 11)) == D(2026, 12, 27)
    assert rolled_collection_date(PaymentMethod.BANK_DEBIT, M(2026, 11)) == D(2026, 12, 28)
    assert rolled_collection_date(PaymentMethod.BANK_DEBIT, M(2027, 11)) == D(2027, 12, 27)
    e = explain(rolled_collection_date, PaymentMethod.CONVENIENCE_STORE, M(2026, 10))
    assert e.rule_ids == ("PAY-2",)
    assert len(e.steps) == 2
    assert "Interpretation" in e.text("en")


def test_bank_debit_after_9999_11_is_an_error() -> None:
    with pytest.raises(RuleInputError, match="PAY-2: billing_month"):
        collection_date(PaymentMethod.BANK_DEBIT, M(9999, 12))
    assert collection_date(PaymentMethod.CONVENIENCE_STORE, M(9999, 12)) == D(9999, 12, 25)
    with pytest.raises(RuleInputError):
        rolled_collection_date(PaymentMethod.CONVENIENCE_STORE, M(9999, 12))  # outside the holiday calendar


@pytest.mark.parametrize(
    ("method", "month"),
    [
        ("BANK_DEBIT", M(2026, 9)),
        (None, M(2026, 9)),
        (PaymentMethod.BANK_DEBIT, "2026-09"),
        (PaymentMethod.BANK_DEBIT, None),
    ],
)
def test_collection_date_wrong_types(method: object, month: object) -> None:
    with pytest.raises(TypeError):
        collection_date(method, month)  # type: ignore[arg-type]


@given(st.sampled_from(PaymentMethod), months())
def test_collection_dates_keep_their_nominal_day(method: PaymentMethod, m: Month) -> None:
    got = collection_date(method, m)
    if method is PaymentMethod.BANK_DEBIT:
        assert got is not None
        assert (got.day, Month.of(got)) == (27, m + 1)
    elif method is PaymentMethod.CONVENIENCE_STORE:
        assert got is not None
        assert (got.day, Month.of(got)) == (25, m)
        assert got > slip_mailing_window(m)[1]  # the slip is mailed before it is due
    else:
        assert got is None


@given(st.sampled_from([PaymentMethod.BANK_DEBIT, PaymentMethod.CONVENIENCE_STORE]), months(CAL[0], D(2099, 10, 1)))
def test_rolled_date_is_the_first_business_day_on_or_after_the_nominal_one(method: PaymentMethod, m: Month) -> None:
    nominal = collection_date(method, m)
    rolled = rolled_collection_date(method, m)
    assert nominal is not None
    assert rolled is not None
    assert is_business_day(rolled)
    assert rolled >= nominal
    assert not any(is_business_day(nominal + dt.timedelta(days=i)) for i in range((rolled - nominal).days))


def test_every_collection_day_of_the_table_is_in_every_month() -> None:
    """PAY-2's days (the 27th, the 25th) exist in every month, so a collection date needs no calendar
    look-up; a row with a later day would need one (and this test says so)."""
    assert {t.day for t in COLLECTION_TERMS.values()} == {None, 25, 27}
    for method in (PaymentMethod.BANK_DEBIT, PaymentMethod.CONVENIENCE_STORE):
        for month in (Month(2027, 1), Month(2028, 1), Month(9998, 12)):  # February follows each
            dates = [collection_date(method, month + k) for k in range(12)]
            assert all(d is not None and d.day == COLLECTION_TERMS[method].day for d in dates)


def test_corporate_only_methods() -> None:
    assert [m for m, t in COLLECTION_TERMS.items() if t.corporate_only] == [PaymentMethod.CEDYNA, PaymentMethod.USEN]
    assert not method_available(PaymentMethod.CEDYNA, Applicant.INDIVIDUAL)
    assert method_available(PaymentMethod.CEDYNA, Applicant.CORPORATE)
    assert method_available(PaymentMethod.BANK_DEBIT, Applicant.INDIVIDUAL)
    with pytest.raises(TypeError):
        method_available(PaymentMethod.USEN, "CORPORATE")  # type: ignore[arg-type]


# -- PAY-1 / PAY-2: statement, slips and labels ---------------------------------------------------------


def test_statement_after_golden_week() -> None:
    # 1 May 2026 is a Friday; 2–6 May are weekend and holidays (6 May is a substitute holiday)
    assert statement_available(M(2026, 4)) == (D(2026, 5, 7), D(2026, 5, 8))


def test_statement_after_the_year_end_closure() -> None:
    assert statement_available(D(2026, 12, 15)) == (D(2027, 1, 5), D(2027, 1, 6))


def test_order_in_silver_week_2015() -> None:
    # 19–23 September 2015: weekend, 敬老の日, 国民の休日, 秋分の日 — five days in a row
    assert order_effective_date(dt.datetime(2015, 9, 18, 13, 30, tzinfo=JST)) == D(2015, 9, 24)
    assert order_effective_date(dt.datetime(2015, 9, 22, 9, 0, tzinfo=JST)) == D(2015, 9, 24)


def test_statement_explanation_quotes_pay_1() -> None:
    e = explain(statement_available, M(2026, 4))
    assert e.rule_ids == ("PAY-1",)
    assert "利用翌月の2~3営業日ごろ" in e.text("ja")


def test_statement_outside_the_calendar_is_an_error() -> None:
    with pytest.raises(RuleInputError, match="PAY-1"):
        statement_available(M(2099, 12))
    with pytest.raises(RuleInputError, match="PAY-1"):
        statement_available(M(9999, 12))
    with pytest.raises(TypeError):
        statement_available(dt.datetime(2026, 9, 1, tzinfo=JST))  # type: ignore[arg-type]


@given(cal_months())
def test_statement_days_are_the_second_and_third_business_days(m: Month) -> None:
    second, third = statement_available(m)
    following = m + 1
    assert Month.of(second) == Month.of(third) == following
    assert is_business_day(second)
    assert is_business_day(third)
    days_before = [following.first_day + dt.timedelta(days=i) for i in range((second - following.first_day).days)]
    assert sum(is_business_day(d) for d in days_before) == 1
    assert next_business_day(second + dt.timedelta(days=1)) == third


def test_slips_are_mailed_on_the_6th_to_8th() -> None:
    assert slip_mailing_window(M(2026, 10)) == (D(2026, 10, 6), D(2026, 10, 8))
    assert slip_mailing_window(D(2024, 2, 29)) == (D(2024, 2, 6), D(2024, 2, 8))
    with pytest.raises(TypeError):
        slip_mailing_window(None)  # type: ignore[arg-type]


def test_usen_labels_september_usage_as_october() -> None:
    # 「9月に退会したのに「10月分」と表記されて請求が来ます」
    assert bill_label_month(PaymentMethod.USEN, M(2026, 9)) == M(2026, 10)
    assert bill_label_month(PaymentMethod.CEDYNA, M(2026, 9)) == M(2026, 9)
    assert explain(bill_label_month, PaymentMethod.USEN, M(2026, 9)).rule_ids == ("PAY-1", "PAY-2")
    with pytest.raises(RuleInputError):
        bill_label_month(PaymentMethod.USEN, M(9999, 12))
    assert bill_label_month(PaymentMethod.USEN, M(9999, 11)) == M(9999, 12)  # the last month there is


@given(st.sampled_from(PaymentMethod), months())
def test_label_month_is_the_billing_month_only_for_usen(method: PaymentMethod, m: Month) -> None:
    expected = billing_month(m) if method is PaymentMethod.USEN else m
    assert bill_label_month(method, m) == expected


# -- NTT-1..4 ----------------------------------------------------------------------------------------------


def test_new_applications_are_closed_even_for_eligible_customers() -> None:
    facts = {"sonet_hikari_subscriber": True, "docomo_line_in_same_name": True, "pays_docomo_line": True}
    assert not ntt_billing_available(**facts, already_using=False)
    assert ntt_billing_available(**facts, already_using=True)
    e = explain(ntt_billing_available, **facts, already_using=False)
    assert e.steps[0].note_ja == "ほかの条件は満たすが、NTT請求の新規申込は受付を終了している"
    e = explain(ntt_billing_available, **{**facts, "docomo_line_in_same_name": False}, already_using=False)
    assert e.steps[0].note_ja == (
        "NTT請求は利用できない(同一名義のドコモ携帯電話がない、NTT請求を利用中ではなく、新規申込は受付終了している)"
    )
    assert "docomo_line" not in e.text("ja")


@given(st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_ntt_billing_needs_every_condition(a: bool, b: bool, c: bool, d: bool) -> None:
    got = ntt_billing_available(
        sonet_hikari_subscriber=a, docomo_line_in_same_name=b, pays_docomo_line=c, already_using=d
    )
    assert got == (a and b and c and d)


def test_ntt_billing_facts_must_be_bools() -> None:
    with pytest.raises(TypeError):
        ntt_billing_available(
            sonet_hikari_subscriber=1,  # type: ignore[arg-type]
            docomo_line_in_same_name=True,
            pays_docomo_line=True,
            already_using=True,
        )


@pytest.mark.parametrize(
    ("event", "continues"),
    [
        (DocomoLineEvent.CANCELLATION, False),
        (DocomoLineEvent.SUCCESSION, False),
        (DocomoLineEvent.TRANSFER, False),
        (DocomoLineEvent.NUMBER_CHANGE, True),
    ],
)
def test_docomo_line_events(event: DocomoLineEvent, continues: bool) -> None:
    assert ntt_billing_continues(event) is continues
    assert explain(ntt_billing_continues, event).rule_ids == ("NTT-2",)


def test_docomo_line_event_must_be_the_enum() -> None:
    with pytest.raises(TypeError):
        ntt_billing_continues("CANCELLATION")  # type: ignore[arg-type]


def test_fallback_without_a_registered_method_is_a_slip_with_an_unknown_fee() -> None:
    fb = ntt_fallback(None)
    assert fb == NttFallback(PaymentMethod.CONVENIENCE_STORE, True, True, None, True)
    assert SLIP_ISSUANCE_FEE is None
    e = explain(ntt_fallback, None)
    assert "unknown" in e.text("en")
    assert "不明" in e.text("ja")


def test_fallback_to_the_registered_method() -> None:
    assert ntt_fallback(PaymentMethod.CREDIT_CARD) == NttFallback(PaymentMethod.CREDIT_CARD, False, False, 0, False)
    slip = ntt_fallback(PaymentMethod.CONVENIENCE_STORE)
    assert slip.slip_fee_charged
    assert slip.slip_issuance_fee is None
    with pytest.raises(RuleInputError, match="NTT-3"):
        ntt_fallback(PaymentMethod.NTT_BILLING)
    with pytest.raises(TypeError):
        ntt_fallback("CREDIT_CARD")  # type: ignore[arg-type]


def test_pink_slip_suspends_unless_a_new_method_is_registered() -> None:
    assert suspended_before_due_date(pink_slip=True, new_method_registered=False)
    assert not suspended_before_due_date(pink_slip=True, new_method_registered=True)
    assert not suspended_before_due_date(pink_slip=False, new_method_registered=False)
    with pytest.raises(TypeError):
        suspended_before_due_date(pink_slip=None, new_method_registered=False)  # type: ignore[arg-type]


def test_restricted_content_cannot_be_paid_through_ntt_billing_only() -> None:
    assert not content_service_payable(PaymentMethod.NTT_BILLING, restricted_under_ntt_billing=True)
    assert content_service_payable(PaymentMethod.CREDIT_CARD, restricted_under_ntt_billing=True)
    assert content_service_payable(PaymentMethod.NTT_BILLING, restricted_under_ntt_billing=False)


# -- BIZ-1: order cutoff --------------------------------------------------------------------------------------


def test_cutoff_at_13_00_jst() -> None:
    wed = D(2026, 9, 30)
    assert order_effective_date(dt.datetime(2026, 9, 30, 12, 59, 59, 999999, tzinfo=JST)) == wed
    assert order_effective_date(dt.datetime(2026, 9, 30, 13, 0, tzinfo=JST)) == D(2026, 10, 1)


def test_utc_instant_on_the_previous_utc_day_is_judged_on_its_jst_day() -> None:
    # 2026-09-30 16:00 UTC is 1 October 01:00 JST (a Thursday), before the cutoff
    assert order_effective_date(dt.datetime(2026, 9, 30, 16, 0, tzinfo=UTC)) == D(2026, 10, 1)
    # 2026-09-30 03:59 UTC is 12:59 JST the same day
    assert order_effective_date(dt.datetime(2026, 9, 30, 3, 59, tzinfo=UTC)) == D(2026, 9, 30)


def test_new_york_evening_is_the_next_jst_afternoon() -> None:
    # 2026-09-30 00:30 EDT is 13:30 JST on 30 September: after the cutoff
    assert order_effective_date(dt.datetime(2026, 9, 30, 0, 30, tzinfo=NEW_YORK)) == D(2026, 10, 1)


def test_friday_afternoon_before_the_september_holidays() -> None:
    # 18 Sep 2026 is a Friday; 21 (敬老の日), 22 (国民の休日), 23 (秋分の日) are holidays
    assert order_effective_date(dt.datetime(2026, 9, 18, 13, 0, tzinfo=JST)) == D(2026, 9, 24)
    assert order_effective_date(dt.datetime(2026, 9, 18, 12, 0, tzinfo=JST)) == D(2026, 9, 18)


def test_non_business_day_orders_move_to_the_next_business_day() -> None:
    # interpretation: a Golden Week morning order counts on 7 May
    e = explain(order_effective_date, dt.datetime(2026, 5, 4, 9, 0, tzinfo=JST))
    assert e.result == D(2026, 5, 7)
    assert e.steps[0].template == ON_A_HOLIDAY.template
    assert "(the library's reading)" in e.steps[0].note
    assert order_effective_date(dt.datetime(2026, 12, 31, 10, 0, tzinfo=JST)) == D(2027, 1, 4)
    assert order_effective_date(dt.datetime(2026, 12, 28, 13, 0, tzinfo=JST)) == D(2027, 1, 4)


def test_order_errors() -> None:
    with pytest.raises(RuleInputError, match="BIZ-1: ordered_at"):
        order_effective_date(dt.datetime(2026, 9, 30, 12, 0))
    with pytest.raises(TypeError):
        order_effective_date(D(2026, 9, 30))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        order_effective_date("2026-09-30T12:00+09:00")  # type: ignore[arg-type]
    with pytest.raises(RuleInputError):
        order_effective_date(dt.datetime.max.replace(tzinfo=UTC))
    with pytest.raises(RuleInputError):
        order_effective_date(dt.datetime(2099, 12, 31, 14, 0, tzinfo=JST))
    with pytest.raises(RuleInputError):
        order_effective_date(dt.datetime(1948, 12, 31, 10, 0, tzinfo=JST))


@given(instants())
def test_order_date_is_a_business_day_not_before_the_jst_day(instant: dt.datetime) -> None:
    local = instant.astimezone(JST)
    got = order_effective_date(instant)
    assert is_business_day(got)
    assert got >= local.date()
    if local.hour >= 13:
        assert got > local.date()
    elif is_business_day(local.date()):
        assert got == local.date()
    # the zone the instant is written in does not matter, only the instant
    assert order_effective_date(instant.astimezone(UTC)) == got


# -- BIZ-2: invoice kind --------------------------------------------------------------------------------------


def test_invoice_kind_threshold() -> None:
    assert invoice_kind(299_999) is InvoiceKind.BARCODE
    assert invoice_kind(300_000) is InvoiceKind.BANK_ONLY  # interpretation
    assert invoice_kind(300_001) is InvoiceKind.BANK_ONLY
    assert invoice_kind(0) is InvoiceKind.BARCODE
    e = explain(invoice_kind, 300_000)
    assert e.steps[0].note_ja == (
        "300,000円はちょうど300,000円で「30万円未満」に当たらないため、バーコードなしの請求書"
        "(金融機関のみで支払える。本ライブラリの解釈)"
    )


@pytest.mark.parametrize(
    ("amount", "error"), [(-1, RuleInputError), (True, TypeError), (3e5, TypeError), (None, TypeError)]
)
def test_invoice_kind_bad_amounts(amount: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        invoice_kind(amount)  # type: ignore[arg-type]


@given(amounts(), amounts())
def test_invoice_kind_is_monotone(a: int, b: int) -> None:
    lo, hi = min(a, b), max(a, b)
    assert not (invoice_kind(lo) is InvoiceKind.BANK_ONLY and invoice_kind(hi) is InvoiceKind.BARCODE)
    assert (invoice_kind(a) is InvoiceKind.BARCODE) == (a < BARCODE_INVOICE_LIMIT)


# -- BIZ-3: due date -------------------------------------------------------------------------------------------


def test_due_date_examples() -> None:
    assert payment_due_date(M(2026, 9)) == D(2026, 9, 30)  # a Wednesday
    assert payment_due_date(M(2026, 10)) == D(2026, 11, 2)  # Saturday 31 October
    assert payment_due_date(M(2026, 5)) == D(2026, 6, 1)  # Sunday 31 May
    assert payment_due_date(D(2024, 2, 10)) == D(2024, 2, 29)  # leap day, a Thursday


def test_31_december_rolls_past_the_year_end_closure() -> None:
    # 31 Dec 2027 is a Friday: the literal 土日祝日 would keep it; the interpretation rolls it
    e = explain(payment_due_date, M(2027, 12))
    assert e.result == D(2028, 1, 4)
    assert e.steps[0].template == MONTH_END_IN_THE_CLOSURE.template
    assert "(the library's reading)" in e.steps[0].note
    assert payment_due_date(M(2026, 12)) == D(2027, 1, 4)


def test_due_date_errors() -> None:
    with pytest.raises(RuleInputError, match="BIZ-3"):
        payment_due_date(M(2099, 12))
    with pytest.raises(RuleInputError, match="BIZ-3"):
        payment_due_date(M(1, 1))
    with pytest.raises(TypeError):
        payment_due_date("2026-09")  # type: ignore[arg-type]


@given(months(CALENDAR_FIRST_DAY, D(2099, 11, 30)))
def test_due_date_is_the_first_business_day_from_the_month_end(m: Month) -> None:
    due = payment_due_date(m)
    assert is_business_day(due)
    assert due >= m.last_day
    assert Month.of(due) in (m, m + 1)
    assert not any(is_business_day(m.last_day + dt.timedelta(days=i)) for i in range((due - m.last_day).days))


# -- BIZ-4..8 ---------------------------------------------------------------------------------------------------


def test_first_payment_is_by_invoice_only() -> None:
    for service in BizService:
        assert payment_methods(service, first_invoice_received=False) == (BizPaymentMethod.INVOICE,)
    assert BizPaymentMethod.CREDIT_CARD in payment_methods(BizService.BUSINESS_D_ACCOUNT, first_invoice_received=True)
    assert BizPaymentMethod.CREDIT_CARD not in payment_methods(BizService.OTHER, first_invoice_received=True)
    with pytest.raises(TypeError):
        payment_methods(BizService.OTHER, first_invoice_received="yes")  # type: ignore[arg-type]


def test_changes_need_the_first_invoice_and_an_r_invoice_number() -> None:
    assert change_can_start(first_invoice_received=True, invoice_number="R123456")
    assert not change_can_start(first_invoice_received=False, invoice_number="R123456")
    assert not change_can_start(first_invoice_received=True)
    assert not change_can_start(first_invoice_received=True, invoice_number="123456")
    assert not change_can_start(first_invoice_received=True, invoice_number="r123456")
    assert not change_can_start(first_invoice_received=True, invoice_number="Ｒ123456")  # full-width R
    assert is_invoice_number("R1")
    assert not is_invoice_number("")
    with pytest.raises(TypeError):
        is_invoice_number(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        change_can_start(first_invoice_received=True, invoice_number=123)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        (CardIssuer.RAKUTEN, CardAcceptance.NOT_ACCEPTED),
        (CardIssuer.MUFG_NICOS, CardAcceptance.MAY_BE_REFUSED),
        (CardIssuer.ORICO, CardAcceptance.MAY_BE_REFUSED),
        (CardIssuer.OTHER, CardAcceptance.ACCEPTED),
    ],
)
def test_card_issuers_for_business_d_account_services(issuer: CardIssuer, expected: CardAcceptance) -> None:
    assert card_acceptance(issuer, BizService.BUSINESS_D_ACCOUNT) is expected
    assert card_acceptance(issuer, BizService.OTHER) is CardAcceptance.NOT_ACCEPTED


def test_card_acceptance_wrong_types() -> None:
    with pytest.raises(TypeError):
        card_acceptance("RAKUTEN", BizService.OTHER)  # type: ignore[arg-type]


def test_csv_upload_replaces_every_user() -> None:
    assert replace_users(["a", "b", "c"], ["c", "d"]) == ("c", "d")
    assert replace_users(["a"], []) == ()
    assert explain(replace_users, ["a"], ["b"]).rule_ids == ("BIZ-6",)
    with pytest.raises(TypeError):
        replace_users(["a"], "bc")
    with pytest.raises(TypeError):
        replace_users(None, ["a"])  # type: ignore[arg-type]


@given(st.lists(st.text(max_size=3)), st.lists(st.text(max_size=3)))
def test_csv_upload_result_does_not_depend_on_what_was_there(current: list[str], uploaded: list[str]) -> None:
    assert replace_users(current, uploaded) == tuple(uploaded)
    assert replace_users(replace_users(current, uploaded), uploaded) == tuple(uploaded)


def test_invoice_timing() -> None:
    assert invoice_issue_month(D(2026, 9, 30)) == M(2026, 10)
    assert invoice_issue_month(D(2026, 12, 1)) == M(2027, 1)
    assert invoice_issue_month(D(2026, 9, 30), first_month_free=True) is None
    assert invoice_count(3) == 3
    assert invoice_count(0) == 0
    with pytest.raises(RuleInputError):
        invoice_count(-1)
    with pytest.raises(RuleInputError, match="BIZ-7"):
        invoice_issue_month(D(9999, 12, 31))
    assert invoice_issue_month(D(9999, 11, 30)) == M(9999, 12)
    with pytest.raises(TypeError):
        invoice_issue_month(dt.datetime(2026, 9, 30, tzinfo=JST))  # type: ignore[arg-type]


def test_ordering_conditions() -> None:
    assert not can_order(BizService.OTHER, member=False)
    assert can_order(BizService.OTHER, member=True)
    assert not can_order(BizService.BUSINESS_D_ACCOUNT, member=True, business_d_account_login=True)
    assert can_order(BizService.BUSINESS_D_ACCOUNT, member=True, business_d_account_login=True, administrator_role=True)
    assert not can_order(BizService.OTHER, member=True, sole_proprietor=True, personal_id_document=True)
    assert can_order(
        BizService.OTHER, member=True, sole_proprietor=True, marked_sole_proprietor_ok=True, personal_id_document=True
    )
    e = explain(can_order, BizService.OTHER, member=True, sole_proprietor=True, marked_sole_proprietor_ok=True)
    assert e.result is False
    assert [s.template for s in e.steps] == [NO_PERSONAL_ID_DOCUMENT.template]
    with pytest.raises(TypeError):
        can_order(BizService.OTHER, member=1)  # type: ignore[arg-type]


_ORDER_FACTS = (
    "business_d_account_login",
    "administrator_role",
    "sole_proprietor",
    "marked_sole_proprietor_ok",
    "personal_id_document",
)


@given(
    st.sampled_from(list(BizService)), st.booleans(), st.fixed_dictionaries({k: st.booleans() for k in _ORDER_FACTS})
)
def test_can_order_is_allowed_exactly_when_its_explanation_gives_no_reason(
    service: BizService, member: bool, facts: dict[str, bool]
) -> None:
    # Each condition not met is recorded where it is checked; an order is allowed exactly when none is.
    plain = can_order(service, member=member, **facts)
    e = explain(can_order, service, member=member, **facts)
    assert e.result is plain
    said = [s.template for s in e.steps]
    assert (said == [EVERY_CONDITION_MET.template]) is plain
    assert all(s.outcome is False for s in e.steps) is (not plain)
    assert (NOT_A_MEMBER.template in said) is (not member)
    business_d = service is BizService.BUSINESS_D_ACCOUNT
    assert (NO_ADMINISTRATOR_ROLE.template in said) is (business_d and not facts["administrator_role"])
    sole = facts["sole_proprietor"]
    assert (NO_PERSONAL_ID_DOCUMENT.template in said) is (sole and not facts["personal_id_document"])


def _peak_bytes(func: Callable[[], object]) -> int:
    """The peak of memory allocated (and freed) while calling ``func`` ten times."""
    import tracemalloc

    func()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        for _ in range(10):
            func()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - before


def test_can_order_builds_no_dict_or_list_on_the_plain_call_path() -> None:
    def order() -> bool:
        return can_order(
            BizService.BUSINESS_D_ACCOUNT,
            member=True,
            business_d_account_login=True,
            administrator_role=True,
            sole_proprietor=True,
            marked_sole_proprietor_ok=True,
            personal_id_document=True,
        )

    def nothing() -> bool:
        return True

    # The loop itself costs about 100 bytes; a dict of six facts alone is over 200.
    extra = _peak_bytes(order) - _peak_bytes(nothing)
    assert extra < 64, f"can_order allocated {extra} bytes more than an empty call"


# -- what the explanations say (issue 12): clauses at the boundaries, Japanese verbatim ----------------------


def _said(func: Callable[..., object], *args: object, **kwargs: object) -> list[tuple[str, str]]:
    return [(s.rule_id, s.template) for s in explain(func, *args, **kwargs).steps]


@pytest.mark.parametrize(
    ("at", "clause", "day"),
    [
        (dt.datetime(2026, 9, 30, 12, 59, tzinfo=JST), "BEFORE_CUTOFF", D(2026, 9, 30)),
        (dt.datetime(2026, 9, 30, 12, 59, 59, 999_999, tzinfo=JST), "BEFORE_CUTOFF", D(2026, 9, 30)),
        (dt.datetime(2026, 9, 30, 13, 0, tzinfo=JST), "AT_OR_AFTER_CUTOFF", D(2026, 10, 1)),
        (dt.datetime(2026, 9, 30, 4, 0, tzinfo=UTC), "AT_OR_AFTER_CUTOFF", D(2026, 10, 1)),  # 13:00 JST
        (dt.datetime(2026, 9, 21, 10, 0, tzinfo=JST), "ON_A_HOLIDAY", D(2026, 9, 24)),
        (dt.datetime(2026, 9, 19, 10, 0, tzinfo=JST), "ON_A_DAY_OFF", D(2026, 9, 24)),
        (dt.datetime(2026, 12, 30, 10, 0, tzinfo=JST), "ON_A_DAY_OFF", D(2027, 1, 4)),
        (dt.datetime(2026, 9, 21, 13, 0, tzinfo=JST), "AT_OR_AFTER_CUTOFF", D(2026, 9, 24)),
    ],
)
def test_biz_1_explains_the_cutoff_and_the_day_off(at: dt.datetime, clause: str, day: dt.date) -> None:
    e = explain(order_effective_date, at)
    assert e.result == day == order_effective_date(at)
    assert [(s.rule_id, s.template) for s in e.steps] == [("BIZ-1", getattr(payment, clause).template)]


def test_biz_1_japanese_reads_naturally() -> None:
    said = explain(order_effective_date, dt.datetime(2026, 9, 30, 12, 59, tzinfo=JST)).steps[0].note_ja
    assert said == "2026年9月30日 12時59分(日本時間)の申込は営業日の13時前のため、当日2026年9月30日の受付扱い"
    said = explain(order_effective_date, dt.datetime(2026, 9, 30, 13, 0, tzinfo=JST)).steps[0].note_ja
    assert said == "2026年9月30日 13時00分(日本時間)の申込は13時以降のため、翌営業日2026年10月1日の受付扱い"
    e = explain(order_effective_date, dt.datetime(2026, 9, 21, 10, 0, tzinfo=JST))
    assert e.steps[0].note_ja == (
        "2026年9月21日(敬老の日)は休業日のため、この日の申込は翌営業日2026年9月24日の受付扱い(本ライブラリの解釈)"
    )
    assert e.steps[0].note == (
        "21 September 2026 (Respect for the Aged Day) is not a business day: an order placed that day counts on "
        "the next business day, 24 September 2026 (the library's reading)"
    )
    assert "質問: 2026年9月21日 10時00分(日本時間)の申込は、どの営業日の受付扱いになるか" in e.text("ja")
    said = explain(order_effective_date, dt.datetime(2026, 9, 19, 10, 0, tzinfo=JST)).steps[0].note_ja
    assert said.startswith("2026年9月19日(土曜日)は休業日のため")
    said = explain(order_effective_date, dt.datetime(2026, 12, 30, 10, 0, tzinfo=JST)).steps[0].note_ja
    assert said.startswith("2026年12月30日(年末年始)は休業日のため")


@pytest.mark.parametrize(
    ("amount", "clause", "kind"),
    [
        (299_999, "UNDER_THE_LIMIT", InvoiceKind.BARCODE),
        (300_000, "EXACTLY_THE_LIMIT", InvoiceKind.BANK_ONLY),
        (300_001, "OVER_THE_LIMIT", InvoiceKind.BANK_ONLY),
    ],
)
def test_biz_2_explains_each_side_of_300000(amount: int, clause: str, kind: InvoiceKind) -> None:
    e = explain(invoice_kind, amount)
    assert e.result is kind
    assert [(s.rule_id, s.template, s.outcome) for s in e.steps] == [("BIZ-2", getattr(payment, clause).template, kind)]
    assert "30万円" not in e.steps[0].note  # English says 300,000円
    assert f"{amount:,}円" in e.steps[0].note_ja


def test_biz_2_japanese_reads_naturally() -> None:
    e = explain(invoice_kind, 299_999)
    assert e.steps[0].note_ja == (
        "299,999円は300,000円未満のため、バーコード付き請求書(金融機関・郵便局・コンビニで支払える)"
    )
    assert "結果: バーコード付き請求書" in e.text("ja")
    assert explain(invoice_kind, 300_001).steps[0].note_ja == (
        "300,001円は300,000円を超えるため、バーコードなしの請求書(金融機関のみで支払える)"
    )


@pytest.mark.parametrize(
    ("month", "clause", "due"),
    [
        (M(2026, 9), "MONTH_END_IS_A_BUSINESS_DAY", D(2026, 9, 30)),  # a Wednesday
        (M(2026, 10), "MONTH_END_ON_A_WEEKEND", D(2026, 11, 2)),  # a Saturday
        (M(2026, 5), "MONTH_END_ON_A_WEEKEND", D(2026, 6, 1)),  # a Sunday
        (M(2018, 4), "MONTH_END_ON_A_HOLIDAY", D(2018, 5, 1)),  # 振替休日
        (M(2027, 12), "MONTH_END_IN_THE_CLOSURE", D(2028, 1, 4)),  # a Friday: the interpretation rolls it
        (M(2026, 12), "MONTH_END_IN_THE_CLOSURE", D(2027, 1, 4)),  # a Thursday
        (M(2022, 12), "MONTH_END_ON_A_WEEKEND", D(2023, 1, 4)),  # a Saturday: both readings roll it
        (M(2028, 12), "MONTH_END_ON_A_WEEKEND", D(2029, 1, 4)),  # a Sunday
    ],
)
def test_biz_3_explains_each_kind_of_month_end(month: Month, clause: str, due: dt.date) -> None:
    e = explain(payment_due_date, month)
    assert e.result == due == payment_due_date(month)
    assert [(s.rule_id, s.template) for s in e.steps] == [("BIZ-3", getattr(payment, clause).template)]


def test_biz_3_japanese_reads_naturally() -> None:
    assert explain(payment_due_date, M(2026, 10)).steps[0].note_ja == (
        "請求書発行月の末日2026年10月31日は土曜日のため、翌営業日の2026年11月2日が支払期限"
    )
    assert explain(payment_due_date, M(2018, 4)).steps[0].note_ja == (
        "請求書発行月の末日2018年4月30日は祝日(振替休日)のため、翌営業日の2018年5月1日が支払期限"
    )
    assert explain(payment_due_date, M(2027, 12)).steps[0].note_ja == (
        "請求書発行月の末日2027年12月31日は年末年始(12月29日〜1月3日)の休業日のため、翌営業日の2028年1月4日が支払期限"
        "(本ライブラリの解釈)"
    )
    e = explain(payment_due_date, M(2026, 10), requires_business_d_account=False)
    assert "結果: 不明" in e.text("ja")
    assert "Result: unknown" in e.text("en")


def test_pay_2_explains_the_table_row_and_the_roll() -> None:
    e = explain(collection_date, PaymentMethod.BANK_DEBIT, M(2026, 10))
    assert (
        e.steps[0].note_ja == "口座引落では、2026年10月の請求は翌月27日の2026年11月27日に引き落とされる(名目上の日付)"
    )
    assert "BANK_DEBIT" not in e.text("ja")
    e = explain(rolled_collection_date, PaymentMethod.CONVENIENCE_STORE, M(2026, 10))
    assert [s.template for s in e.steps] == [payment.DUE_ON_25TH.template, payment.ROLLED.template]
    assert e.steps[1].note_ja == (
        "名目上の日付2026年10月25日は営業日ではないため、翌営業日の2026年10月26日に繰り延べた(明示的に求められた別の読み方)"
    )
    e = explain(rolled_collection_date, PaymentMethod.BANK_DEBIT, M(2026, 10))  # 27 November 2026, a Friday
    assert [s.template for s in e.steps] == [payment.DEBIT_ON_27TH.template, payment.NOT_ROLLED.template]
    e = explain(collection_date, PaymentMethod.CREDIT_CARD, M(2026, 10))
    assert "結果: 不明" in e.text("ja")


def test_every_pay_2_row_says_itself() -> None:
    clauses = [terms.collection for terms in COLLECTION_TERMS.values()]
    assert len(set(clauses)) == len(PaymentMethod)
    assert all(c.rule_id == "PAY-2" for c in clauses)
    for method in PaymentMethod:
        (step,) = explain(collection_date, method, M(2026, 10)).steps
        assert step.template == COLLECTION_TERMS[method].collection.template
        assert step.outcome == collection_date(method, M(2026, 10))


def test_rule_texts_name_no_code_identifier() -> None:
    for info in (payment.PAY_2, payment.BIZ_1, payment.BIZ_3):
        for text in (info.statement, info.interpretation, info.other_reading):
            assert text is not None
            assert "rolled_collection_date" not in text
            assert "roll_to_business_day" not in text
            assert "_" not in text


@pytest.mark.parametrize(
    ("call", "rule", "parameter"),
    [
        (lambda: invoice_kind(-1), "BIZ-2", "amount"),
        (lambda: order_effective_date(dt.datetime(2026, 9, 30, 12, 0)), "BIZ-1", "ordered_at"),
        (lambda: order_effective_date(dt.datetime(2099, 12, 31, 13, 0, tzinfo=JST)), "BIZ-1", "ordered_at"),
        (lambda: payment_due_date(M(2099, 12)), "BIZ-3", "invoice_month"),
        (lambda: collection_date(PaymentMethod.BANK_DEBIT, M(9999, 12)), "PAY-2", "billing_month"),
        (lambda: rolled_collection_date(PaymentMethod.CONVENIENCE_STORE, M(2100, 1)), "PAY-2", "billing_month"),
        (lambda: statement_available(M(9999, 12)), "PAY-1", "usage_month"),
        (lambda: bill_label_month(PaymentMethod.USEN, M(9999, 12)), "PAY-1", "usage_month"),
        (lambda: ntt_fallback(PaymentMethod.NTT_BILLING), "NTT-3", "registered_method"),
        (lambda: invoice_count(-1), "BIZ-7", "service_count"),
        (lambda: invoice_issue_month(D(9999, 12, 1)), "BIZ-7", "service_start"),
    ],
)
def test_errors_name_the_rule_and_the_parameter(call: Callable[[], object], rule: str, parameter: str) -> None:
    with pytest.raises(RuleInputError) as info:
        call()
    assert (info.value.rule, info.value.parameter) == (rule, parameter)


def test_ntt_explanations_use_labels_not_names() -> None:
    e = explain(ntt_billing_continues, DocomoLineEvent.TRANSFER)
    assert e.steps[0].note_ja == "ドコモ携帯電話の譲渡により、NTT請求は継続して利用できない"
    e = explain(ntt_fallback, None)
    assert "払込票発行手数料: 不明" in e.text("ja")
    assert "slip-issuance fee: unknown" in e.text("en")
    e = explain(content_service_payable, PaymentMethod.BANK_DEBIT, restricted_under_ntt_billing=True)
    assert e.steps[0].note_ja == "支払方法は口座引落でNTT請求ではないため、NTT請求の利用制限は当たらない"


def test_biz_4_records_the_invoice_number_check_once() -> None:
    e = explain(change_can_start, first_invoice_received=True, invoice_number="R")
    assert [s.template for s in e.steps] == [payment.ONLY_R.template]
    e = explain(change_can_start, first_invoice_received=True, invoice_number="R0001")
    assert [s.template for s in e.steps] == [payment.STARTS_WITH_R.template, payment.CHANGE_CAN_START.template]
    e = explain(change_can_start, first_invoice_received=False, invoice_number="R0001")
    assert [s.template for s in e.steps] == [payment.FIRST_INVOICE_NOT_ARRIVED.template]
    assert explain(is_invoice_number, "123").steps[0].note_ja == "「123」は「R」で始まらないため、請求書番号ではない"


@pytest.mark.parametrize(
    ("method", "applicant", "clause", "allowed"),
    [
        (PaymentMethod.BANK_DEBIT, Applicant.INDIVIDUAL, "OPEN_TO_EVERYONE", True),
        (PaymentMethod.USEN, Applicant.CORPORATE, "CORPORATE_ONLY_ALLOWED", True),
        (PaymentMethod.CEDYNA, Applicant.INDIVIDUAL, "CORPORATE_ONLY_REFUSED", False),
    ],
)
def test_pay_2_method_available_records_its_branch(
    method: PaymentMethod, applicant: Applicant, clause: str, allowed: bool
) -> None:
    (step,) = explain(method_available, method, applicant).steps
    assert (step.template, step.outcome) == (getattr(payment, clause).template, allowed)
    assert dict(step.inputs) == {"method": method, "applicant": applicant}


def test_pay_1_and_pay_2_label_steps_carry_their_facts() -> None:
    first, second = explain(bill_label_month, PaymentMethod.USEN, M(2026, 9)).steps
    assert (first.outcome, dict(first.inputs)) == (
        M(2026, 10),
        {"usage_month": M(2026, 9), "billing_month": M(2026, 10)},
    )
    assert first.note_ja == "2026年9月の利用料金は2026年10月に請求される"
    assert (second.outcome, dict(second.inputs)) == (
        M(2026, 10),
        {"method": PaymentMethod.USEN, "label": payment.LabelMonth.BILLING, "usage_month": M(2026, 9), "number": 10},
    )
    assert second.note_ja == "USENの請求は請求月で表記されるため、2026年9月の利用分は「10月分」となる"


@pytest.mark.parametrize(
    ("number", "clause", "valid"),
    [
        ("R1", "STARTS_WITH_R", True),
        ("R", "ONLY_R", False),
        ("r1", "DOES_NOT_START_WITH_R", False),
        ("", "DOES_NOT_START_WITH_R", False),
    ],
)  # fmt: skip
def test_biz_4_invoice_number_steps(number: str, clause: str, valid: bool) -> None:
    (step,) = explain(is_invoice_number, number).steps
    assert (step.template, step.outcome, dict(step.inputs)) == (
        getattr(payment, clause).template,
        valid,
        {"number": number},
    )


def test_messages_of_type_and_range_errors() -> None:
    with pytest.raises(TypeError, match=r"^BIZ-6: current: expected an iterable of user records, got str$"):
        replace_users("ab", [])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^BIZ-6: uploaded: expected an iterable of user records, got int$"):
        replace_users([], 1)  # type: ignore[arg-type]
    with pytest.raises(RuleInputError, match=r"1 month\(s\) after 9999-12 is past 9999-12"):
        collection_date(PaymentMethod.BANK_DEBIT, M(9999, 12))
