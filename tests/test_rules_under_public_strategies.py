"""The rules under the public strategies of ``hikari_rules.strategies``.

Downstream QA teams drive their own systems with these strategies; here they drive
the library itself, so a strategy that stops reaching a boundary, or a rule that
breaks an invariant on the inputs a billing system really sees, fails here.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import Month, RuleInputError
from hikari_rules.billing import CapPolicy, charged_month_count, charged_months, split_consolidated
from hikari_rules.call_forwarding import (
    encode_operation,
    encode_remote_operation,
    parse_operation,
    parse_remote_operation,
)
from hikari_rules.dates import JST, is_business_day
from hikari_rules.payment import InvoiceKind, invoice_kind, order_effective_date
from hikari_rules.strategies import (
    WithdrawalApplication,
    cap_amounts,
    forwarding_digits,
    instants,
    invoice_amounts,
    remote_digits,
    subscriptions,
    withdrawal_applications,
)
from hikari_rules.withdrawal import (
    effective_withdrawal_month,
    number_retained,
    number_retention_deadline,
    withdrawal_month_options,
)

# -- CHG-1/2 on drawn subscriptions ------------------------------------------------------------


@given(subscriptions(open_ended=False))
def test_a_closed_subscription_is_charged_for_at_least_one_month_and_no_more_than_its_span(
    sub: tuple[dt.date, dt.date | None],
) -> None:
    purchased_on, cancelled_on = sub
    assert cancelled_on is not None
    months = charged_months(purchased_on, cancelled_on)
    assert charged_month_count(purchased_on, cancelled_on) == len(months) >= 1
    assert months[0] == Month.of(purchased_on)
    assert Month.of(cancelled_on) - months[-1] in (0, 1)  # only a cancellation on the 1st drops its month


@given(subscriptions(), subscriptions())
def test_counting_through_a_month_never_counts_more_than_counting_through_a_later_one(
    sub: tuple[dt.date, dt.date | None], other: tuple[dt.date, dt.date | None]
) -> None:
    purchased_on, cancelled_on = sub
    a, b = sorted((Month.of(other[0]), Month.of(purchased_on) + 5))
    assert charged_month_count(purchased_on, cancelled_on, through=a) <= charged_month_count(
        purchased_on, cancelled_on, through=b
    )


# -- CAP-1 and BIZ-2 around their thresholds ------------------------------------------------------


@given(cap_amounts())
def test_both_cap_readings_split_the_whole_amount_and_agree_up_to_the_cap(amount: int) -> None:
    whole = split_consolidated(amount)
    excess = split_consolidated(amount, policy=CapPolicy.EXCESS)
    assert whole.phone_bill + whole.direct == excess.phone_bill + excess.direct == amount
    assert (whole == excess) == (amount <= 100_000 or amount == 0)


@given(invoice_amounts(), st.integers(0, 5))
def test_a_larger_amount_never_gets_the_barcode_invoice_back(amount: int, more: int) -> None:
    # BIZ-2 is one threshold: bank-only stays bank-only upwards, barcode stays barcode downwards.
    if invoice_kind(amount) is InvoiceKind.BANK_ONLY:
        assert invoice_kind(amount + more) is InvoiceKind.BANK_ONLY
    else:
        assert invoice_kind(max(amount - more, 0)) is InvoiceKind.BARCODE


@pytest.mark.parametrize(
    ("amount", "kind"),
    # 「30万円未満」: under 300,000 yen a barcode invoice; 300,000 itself is not under it.
    [
        (0, InvoiceKind.BARCODE),
        (299_999, InvoiceKind.BARCODE),
        (300_000, InvoiceKind.BANK_ONLY),
        (300_001, InvoiceKind.BANK_ONLY),
    ],
)
def test_biz_2_barcode_invoice_under_300000_yen_pinned(amount: int, kind: InvoiceKind) -> None:
    assert invoice_kind(amount) is kind


# -- BIZ-1 on instants around 13:00 JST in any zone -------------------------------------------------


@given(instants(max_value=dt.date(2098, 12, 1)))
def test_order_date_is_a_business_day_decided_by_the_jst_clock_only(at: dt.datetime) -> None:
    effective = order_effective_date(at)
    in_jst = at.astimezone(JST)
    assert is_business_day(effective)
    assert effective >= in_jst.date()
    assert effective == order_effective_date(in_jst)  # the zone it is written in does not matter
    if in_jst.time() < dt.time(13) and is_business_day(in_jst.date()):
        assert effective == in_jst.date()
    else:
        assert effective > in_jst.date()


# -- FWD-2/3 on drawn digit strings --------------------------------------------------------------


@given(forwarding_digits(valid=True))
def test_every_valid_142_string_parses_and_encodes_back_to_itself(digits: str) -> None:
    assert encode_operation(parse_operation(digits)) == digits


@given(forwarding_digits(valid=False))
def test_every_malformed_142_string_is_refused_with_a_rule_input_error(digits: str) -> None:
    with pytest.raises(RuleInputError):
        parse_operation(digits)


@given(remote_digits(valid=True))
def test_every_valid_remote_string_round_trips(digits: str) -> None:
    assert encode_remote_operation(parse_remote_operation(digits)) == digits


@given(remote_digits(valid=False))
def test_every_malformed_remote_string_is_refused(digits: str) -> None:
    with pytest.raises(RuleInputError):
        parse_remote_operation(digits)


# -- WD-1/3/5, NUM-2/3 on drawn withdrawal applications --------------------------------------------


@given(withdrawal_applications())
def test_options_start_no_earlier_than_the_application_month_and_are_consecutive(app: WithdrawalApplication) -> None:
    first, second = withdrawal_month_options(app.application_date, applicant=app.applicant, channel=app.channel)
    assert Month.of(app.application_date) <= first
    assert second - first == 1


@given(withdrawal_applications())
def test_effective_month_is_never_before_the_removal_month_nor_an_in_time_reversion(app: WithdrawalApplication) -> None:
    effective = effective_withdrawal_month(
        app.requested_month,
        removal_completed_on=app.removal_completed_on,
        reversion_completed_on=app.reversion_completed_on,
        application_date=app.application_date,
    )
    if app.removal_completed_on is None:
        assert effective >= app.requested_month
    else:  # WD-5 (interpretation): the removal month, later or earlier than the requested one
        assert effective >= Month.of(app.removal_completed_on)
    if app.reversion_completed_on is not None:
        deadline = number_retention_deadline(app.application_date)
        held_until = min(app.reversion_completed_on, deadline)
        assert effective >= Month.of(held_until)
        assert number_retained(app.application_date, app.reversion_completed_on) == (
            app.reversion_completed_on <= deadline
        )


@given(withdrawal_applications(channels="invalid"))
def test_a_channel_the_applicant_may_not_use_is_refused(app: WithdrawalApplication) -> None:
    with pytest.raises(RuleInputError):
        withdrawal_month_options(app.application_date, applicant=app.applicant, channel=app.channel)
