"""The revised catalog (issue 13): WD-5 without condition, WD-8, NTT-5, BIZ-3 by service kind,
BIZ-9, BIZ-10, PID-9, the preview following them, and the conventions (dates as months in the
preview, one-dimensional batch columns).  IDV-5's three outcomes are in test_identity.py."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, explain, rules
from hikari_rules.contract_term import is_renewal_month
from hikari_rules.dates import Month, is_business_day
from hikari_rules.fees import cancellation_fee
from hikari_rules.passport_id import ApplicationState, displayed_status
from hikari_rules.payment import (
    NTT_BILLING_LINE_LABEL,
    PAYMENT_METHODS_BY_SERVICE,
    BizPaymentMethod,
    PaymentMethod,
    ServiceKind,
    UserListField,
    UserListProduct,
    ntt_billing_line_label,
    payment_due_date,
    payment_method_accepted,
    user_list_fields,
)
from hikari_rules.preview import (
    Bill,
    Installments,
    OperatorSwitch,
    Subscriber,
    Withdrawal,
    preview,
    timeline,
)
from hikari_rules.strategies import dates, months
from hikari_rules.withdrawal import (
    effective_withdrawal_month,
    final_charges,
    number_retention_deadline,
    operator_switch_withdrawal_month,
)

D = dt.date

# -- WD-5: the removal month is the withdrawal month, later or earlier --------------------------------


def test_issue_example_removal_on_28_september_ends_september() -> None:
    m = effective_withdrawal_month(Month(2026, 10), removal_completed_on=D(2026, 9, 28), application_date=D(2026, 9, 3))
    assert m == Month(2026, 9)


def test_the_source_s_own_example_removal_in_october_charges_october() -> None:
    # 「9月いっぱいでの退会を申請していたとしても撤去工事が10月になった場合は … 10月分の料金が発生します」
    assert effective_withdrawal_month(Month(2026, 9), removal_completed_on=D(2026, 10, 2)) == Month(2026, 10)


def test_wd_5_names_its_interpretation_and_the_other_reading() -> None:
    info = rules.get("WD-5")
    assert "later or earlier" in str(info.interpretation)
    assert "only when it is later" in str(info.other_reading)


@given(dates(D(2000, 1, 1), D(2090, 12, 31)), st.integers(0, 1), st.integers(0, 70))
def test_removal_month_decides_whatever_was_requested(app: dt.date, later: int, after: int) -> None:
    requested = Month.of(app) + later
    removal = app + dt.timedelta(days=after)
    assert effective_withdrawal_month(requested, removal_completed_on=removal, application_date=app) == Month.of(
        removal
    )


@given(dates(D(2000, 1, 1), D(2090, 12, 31)), st.integers(0, 70), st.integers(0, 120))
def test_the_analog_reversion_still_holds_past_the_removal_month(app: dt.date, after: int, rev: int) -> None:
    removal = app + dt.timedelta(days=after)
    reversion = app + dt.timedelta(days=rev)
    m = effective_withdrawal_month(
        Month.of(app), removal_completed_on=removal, reversion_completed_on=reversion, application_date=app
    )
    held = min(reversion, number_retention_deadline(app))
    assert m == max(Month.of(removal), Month.of(held))


def test_the_explanation_says_the_removal_made_it_earlier() -> None:
    e = explain(
        effective_withdrawal_month, Month(2026, 10), removal_completed_on=D(2026, 9, 28), application_date=D(2026, 9, 3)
    )
    assert e.rule_ids == ("WD-1", "WD-5")
    ja = e.text("ja")
    assert "2026年9月28日" in ja
    assert "退会が早まる" in ja
    assert "2026-09-28に" not in ja  # dates as an operator writes them


def test_num_2_is_an_interpretation_with_its_other_reading() -> None:
    info = rules.get("NUM-2")
    assert "NUM-3 deadline" in str(info.interpretation)
    assert "requested month" in str(info.other_reading)
    assert info.ambiguity is None


# -- WD-8: switch of operator ------------------------------------------------------------------------


@given(dates(D(2000, 1, 1), D(2090, 12, 31)))
def test_the_switch_month_is_the_month_of_the_switch_date(d: dt.date) -> None:
    assert operator_switch_withdrawal_month(d) == Month.of(d)


def test_a_switch_before_the_approval_number_was_asked_for_is_an_error() -> None:
    with pytest.raises(RuleInputError) as info:
        operator_switch_withdrawal_month(D(2026, 10, 1), approval_requested_on=D(2026, 10, 2))
    assert info.value.rule == "WD-8"
    assert info.value.parameter == "switch_date"
    assert operator_switch_withdrawal_month(D(2026, 10, 2), approval_requested_on=D(2026, 10, 2)) == Month(2026, 10)


@given(dates(D(2019, 1, 1), D(2030, 12, 31)), st.integers(0, 120))
def test_the_fee_is_judged_on_the_switch_month(start: dt.date, months_later: int) -> None:
    switch = (Month.of(start) + months_later).first_day
    m = operator_switch_withdrawal_month(switch)
    want = 0 if is_renewal_month(start, m) else 20_000
    assert cancellation_fee(start, m) == want
    fees = [c.amount for c in final_charges(start, m) if c.kind.name == "CANCELLATION_FEE"]
    assert fees == ([] if want == 0 else [want])


def test_wd_8_explains_in_an_operator_s_words() -> None:
    e = explain(operator_switch_withdrawal_month, D(2026, 10, 14))
    assert e.rule_ids == ("WD-8",)
    assert "2026年10月14日" in e.text("ja")
    assert "満額" in e.text("ja")
    assert rules.get("WD-8").other_reading_ja in e.text("ja")


# -- NTT-5 and the preview ------------------------------------------------------------------------------


def test_ntt_5_label() -> None:
    assert ntt_billing_line_label() == NTT_BILLING_LINE_LABEL == "So-netご利用料金"
    assert explain(ntt_billing_line_label).rule_ids == ("NTT-5",)


def test_the_preview_labels_the_ntt_billing_line() -> None:
    sub = Subscriber(D(2026, 4, 10), 6_000, PaymentMethod.NTT_BILLING)
    s = preview(sub, Month(2026, 6))
    (phone,) = [b for b in s.bills if b.bill is Bill.PHONE_BILL]
    assert phone.label == "So-netご利用料金"
    assert all("NTT-5" in i.rule_ids for i in s.items)
    assert "NTT-5" in explain(preview, sub, Month(2026, 6)).rule_ids
    direct = preview(Subscriber(D(2026, 4, 10), 6_000, PaymentMethod.BANK_DEBIT), Month(2026, 6))
    assert [b.label for b in direct.bills] == [""]
    assert not any("NTT-5" in i.rule_ids for i in direct.items)


def test_the_timeline_bills_no_october_for_a_line_removed_on_28_september() -> None:
    wd = Withdrawal(D(2026, 9, 3), Month(2026, 10), removal_completed_on=D(2026, 9, 28))
    sub = Subscriber(D(2024, 4, 10), 5_000, PaymentMethod.BANK_DEBIT, withdrawal=wd)
    t = timeline(sub)
    assert t.withdrawal_month == Month(2026, 9)
    usage = [i for s in t.statements for i in s.items if i.kind.name == "PLAN_MONTHLY"]
    assert usage[-1].charge_month == Month(2026, 9)
    assert "WD-5" in usage[-1].rule_ids
    fee = [i for s in t.statements for i in s.items if i.kind.name == "CANCELLATION_FEE"]
    assert [(i.charge_month, i.billing_month) for i in fee] == [(Month(2026, 10), Month(2026, 11))]


def test_the_timeline_follows_a_switch_of_operator() -> None:
    sub = Subscriber(
        D(2024, 4, 10), 5_000, PaymentMethod.NTT_BILLING, withdrawal=OperatorSwitch(D(2026, 10, 14), D(2026, 10, 1))
    )
    t = timeline(sub)
    assert (t.withdrawal_month, t.completion_month) == (Month(2026, 10), Month(2026, 11))
    last = [i for s in t.statements for i in s.items if i.kind.name == "PLAN_MONTHLY"][-1]
    assert last.charge_month == Month(2026, 10)
    assert last.amount == 5_000  # charged in full (interpretation)
    assert last.rule_ids[0] == "WD-8"
    assert "WD-8" in explain(timeline, sub).rule_ids
    with pytest.raises(RuleInputError, match="WD-8"):
        preview(
            Subscriber(D(2026, 4, 10), 5_000, PaymentMethod.BANK_DEBIT, withdrawal=OperatorSwitch(D(2026, 3, 1))),
            Month(2026, 5),
        )


def test_preview_month_parameters_take_a_date() -> None:
    assert Withdrawal(D(2026, 9, 3), D(2026, 10, 15)) == Withdrawal(D(2026, 9, 3), Month(2026, 10))
    assert Installments(26_400, 1_100, D(2024, 4, 10)) == Installments(26_400, 1_100, Month(2024, 4))
    with pytest.raises(TypeError, match="requested_month"):
        Withdrawal(D(2026, 9, 3), dt.datetime(2026, 10, 1))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="first_month"):
        Installments(26_400, 1_100, "2024-04")  # type: ignore[arg-type]


# -- BIZ-3: due date by service kind ---------------------------------------------------------------------


@given(months(Month(1950, 1), Month(2098, 12)))
def test_due_date_is_unknown_unless_the_service_requires_a_business_d_account(m: Month) -> None:
    assert payment_due_date(m, requires_business_d_account=False) is None
    due = payment_due_date(m)
    assert due is not None
    assert due >= m.last_day
    assert is_business_day(due)


def test_due_date_flag_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="requires_business_d_account"):
        payment_due_date(Month(2026, 10), requires_business_d_account=1)  # type: ignore[arg-type]
    e = explain(payment_due_date, Month(2026, 10), requires_business_d_account=False)
    assert e.result is None
    assert "請求書に記載" in e.text("ja")


# -- BIZ-9 --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "method", "kw", "want"),
    [
        (ServiceKind.HOME_5G, BizPaymentMethod.BANK_TRANSFER, {}, True),
        (ServiceKind.HOME_5G, BizPaymentMethod.INVOICE, {}, True),
        (ServiceKind.HOME_5G, BizPaymentMethod.CREDIT_CARD, {}, False),
        (ServiceKind.HOME_5G, BizPaymentMethod.CREDIT_CARD, {"at_docomo_shop": True}, True),
        (ServiceKind.BUSINESS_D_ACCOUNT, BizPaymentMethod.CREDIT_CARD, {}, True),
        (ServiceKind.BUSINESS_D_ACCOUNT, BizPaymentMethod.CREDIT_CARD, {"first_payment": True}, False),
        (ServiceKind.BUSINESS_D_ACCOUNT, BizPaymentMethod.INVOICE, {"first_payment": True}, True),
        (ServiceKind.BUSINESS_PLUS, BizPaymentMethod.INVOICE, {}, None),
        (ServiceKind.OTHER, BizPaymentMethod.INVOICE, {}, True),
        (ServiceKind.OTHER, BizPaymentMethod.BANK_TRANSFER, {}, None),
        (ServiceKind.OTHER, BizPaymentMethod.BANK_TRANSFER, {"first_payment": True}, False),
        (ServiceKind.OTHER, BizPaymentMethod.CREDIT_CARD, {}, False),
    ],
)
def test_payment_methods_by_service_kind(
    kind: ServiceKind, method: BizPaymentMethod, kw: dict[str, bool], want: bool | None
) -> None:
    assert payment_method_accepted(kind, method, **kw) is want
    e = explain(payment_method_accepted, kind, method, **kw)
    assert e.rule_ids == ("BIZ-9",)
    if want is None:
        assert "不明" in e.text("ja")


@given(st.sampled_from(list(ServiceKind)), st.sampled_from(list(BizPaymentMethod)))
def test_the_first_payment_is_never_more_open_than_later_ones(kind: ServiceKind, method: BizPaymentMethod) -> None:
    first = payment_method_accepted(kind, method, first_payment=True)
    later = payment_method_accepted(kind, method)
    if PAYMENT_METHODS_BY_SERVICE[kind].first_payment_invoice_only:
        assert first is (method is BizPaymentMethod.INVOICE)
    else:
        assert first is later


# -- BIZ-10 -------------------------------------------------------------------------------------------------


def test_user_id_list_fields() -> None:
    full = (UserListField.BUSINESS_D_ACCOUNT_ID, UserListField.CONTACT_EMAIL, UserListField.NAME, UserListField.PHONE)
    assert user_list_fields(UserListProduct.BUSINESS_D_WELFARE) == full
    assert user_list_fields(UserListProduct.MARUGOTO_BUSINESS_SUPPORT) == full
    assert user_list_fields(UserListProduct.JOSYS_IT_ASSET_OPTION) == full
    assert user_list_fields(UserListProduct.NEWSPICKS_PREMIUM) == full[:2]
    assert user_list_fields(UserListProduct.OTHER) == ()
    assert "氏名と電話番号は入力不要" in explain(user_list_fields, UserListProduct.NEWSPICKS_PREMIUM).text("ja")


# -- PID-9 ---------------------------------------------------------------------------------------------------


@given(st.lists(st.sampled_from(list(ApplicationState)), min_size=1, max_size=6))
def test_in_use_wins_and_other_mixtures_are_unknown(states: list[ApplicationState]) -> None:
    shown = displayed_status(states)
    if ApplicationState.IN_USE in states:
        assert shown is ApplicationState.IN_USE
    elif len(set(states)) == 1:
        assert shown is states[0]
    else:
        assert shown is None
    assert displayed_status(list(reversed(states))) is shown


def test_pid_9_errors() -> None:
    with pytest.raises(RuleInputError, match="PID-9"):
        displayed_status([])
    with pytest.raises(TypeError):
        displayed_status("利用中")  # type: ignore[arg-type]


# -- quotes and statements -----------------------------------------------------------------------------------


def test_pid_2_statement_ja_and_chg_3_quote() -> None:
    assert "2024年12月以降" in rules.get("PID-2").statement_ja
    assert "2024年12月(" not in rules.get("PID-2").statement_ja
    chg3 = rules.get("CHG-3").quote
    assert "購入 解約 課金 課金 課金 購入 解約" in chg3  # the source's re-purchase pattern
    assert rules.get("CHG-3").source_damaged


# -- batch columns are one-dimensional ------------------------------------------------------------------------


def test_batch_rejects_two_dimensional_columns_naming_them() -> None:
    np = pytest.importorskip("numpy")
    from hikari_rules import batch

    start = np.array([["2023-01-15"]], dtype="datetime64[D]")
    month = np.array(["2025-12"], dtype="datetime64[M]")
    with pytest.raises(TypeError, match="service_start"):
        batch.cancellation_fee(start, month)
    with pytest.raises(TypeError, match="amount"):
        batch.split_consolidated(np.array([[1, 2]]))
    with pytest.raises(TypeError, match="application_date"):
        batch.number_retention_deadline(np.array([["2026-09-03"]], dtype="datetime64[D]"))


# -- DESK-1: each desk is explained with its own hours line ------------------------------------------------


@pytest.mark.parametrize("desk", list(__import__("hikari_rules.desks", fromlist=["Desk"]).Desk), ids=lambda d: d.name)
def test_each_desk_is_explained_with_its_own_hours_line(desk: object) -> None:
    from hikari_rules.dates import JST
    from hikari_rules.desks import DESK_TABLE, Desk, desk_open, next_opening

    assert isinstance(desk, Desk)
    row = DESK_TABLE[desk]
    finance_line = DESK_TABLE[Desk.NTT_FINANCE_SUPPORT].hours_text
    for func in (desk_open, next_opening):
        e = explain(func, desk, dt.datetime(2026, 9, 23, 12, 0, tzinfo=JST))
        for lang in ("en", "ja"):
            sources = e.text(lang).split("\n出典:\n" if lang == "ja" else "\nSources:\n", 1)[1]
            for line in row.hours_text.splitlines():
                assert f"  > {line}" in sources
            if desk is not Desk.NTT_FINANCE_SUPPORT:
                assert finance_line not in sources
