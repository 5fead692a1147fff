"""The withdrawal planner: when to apply, and what leaving will cost.

The question every subscriber and every support agent asks of the withdrawal rules is
"when can I leave without the cancellation fee, and by what date must I apply?".
:func:`plan` answers it for one subscriber by composing the rule functions of
:mod:`~hikari_rules.contract_term`, :mod:`~hikari_rules.fees`,
:mod:`~hikari_rules.withdrawal` and :mod:`~hikari_rules.payment` (it declares no rule of
its own): one :class:`Option` per withdrawal month that can still be reached from
"today" within the horizon, each with

- the last day to apply by each channel the person can use (WD-1; WD-3's 20th for a
  corporate written application, an *arrival* date), shortened by removal construction's
  lead time (WD-5: 6 days in NTT East's area, 10 in NTT West's) so that the removal can
  still be completed in that month, and for a channel a desk staffs (corporate phone, chat)
  the closing time of the desk's last open day (DESK-1); months it is already too late for
  are left out;
- for a switch of operator (事業者変更, WD-8): the last day the line may open at the new
  operator for that month to be the withdrawal month;
- with removal construction: the dates the removal keeps that month (WD-5);
- with a kept number: the 75-day deadline (NUM-3) and how the reversion moves the month
  (NUM-2);
- the cancellation fee (FEE-1, FEE-7), the minimum-usage penalty (FEE-4), the
  construction-fee balance (FEE-3), the monthly charges still to pay from today's month
  through the withdrawal month, and the total;
- the completion instant (WD-4), the last bills with their billing months and collection
  dates (FEE-2, PAY-1, PAY-2; ``None`` where the sources give no schedule) and the last day
  of My Page (WD-6).

The plan names the cheapest option (equal totals: the one whose charges end first, then
the earlier month) and the next option without the cancellation fee with its last day.  Unknown amounts
are ``None`` with the reason, never 0.

*What "still to pay" counts.*  The charges of the months from today's month through the
withdrawal month (each billed the month after, PAY-1) and the one-off charges of the
completion month (billed the month after it, FEE-2): exactly the lines of the statement
previews (:func:`hikari_rules.preview.timeline`) from the bill of today's month on.  The
bill of last month's usage is already due whatever the choice, and is not counted.

>>> import datetime
>>> from hikari_rules.payment import PaymentMethod
>>> c = Contract(datetime.date(2026, 9, 20), PaymentMethod.BANK_DEBIT, monthly_charge=5_500)
>>> p = plan(c, Person(), datetime.date(2029, 7, 10), horizon=6)     # contract month 35
>>> for o in p.options:
...     print(o.withdrawal_month, o.contract_month, o.cancellation_fee, o.total)
2029-07 35 20000 25500
2029-08 36 20000 31000
2029-09 37 0 16500
2029-10 38 0 22000
2029-11 39 20000 47500
2029-12 40 20000 53000
>>> p.next_fee_free.withdrawal_month, p.next_fee_free.last_day
(Month(2029, 9), datetime.date(2029, 9, 30))
>>> p.cheapest is p.next_fee_free
True
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from hikari_rules import billing as _billing
from hikari_rules import desks as _desks
from hikari_rules import fees as _fees
from hikari_rules import payment as _payment
from hikari_rules import withdrawal as _withdrawal
from hikari_rules._check import check_date, check_enum, check_int, check_money, check_optional_date
from hikari_rules._month import Month
from hikari_rules._registry import TRACE, Trace, composes
from hikari_rules._text import labels
from hikari_rules.contract_term import SONET_HIKARI_PLUS, TERM_1, ContractTerm, _check_term
from hikari_rules.dates import CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY, JST
from hikari_rules.desks import DESK_1, Desk
from hikari_rules.errors import RuleInputError
from hikari_rules.fees import FEE_1, Dwelling, MinimumUsage, RemovalTrigger
from hikari_rules.payment import PaymentMethod
from hikari_rules.preview import Installments
from hikari_rules.withdrawal import (
    CORPORATE_PAPER_CUTOFF_DAY,
    FEE_2,
    NUM_2,
    REMOVAL_LEAD_DAYS,
    WD_1,
    WD_3,
    WD_5,
    WD_8,
    Applicant,
    Channel,
    NumberOrigin,
    Region,
)

__all__ = [
    "COMPOSED_RULES",
    "ApplyBy",
    "Contract",
    "CostKind",
    "Leaving",
    "NumberKeeping",
    "Option",
    "Person",
    "Plan",
    "PlannedCharge",
    "RemovalWindow",
    "Unknown",
    "plan",
]

_MAX_INDEX: Final = 9999 * 12 + 11
_from_index: Final = Month.from_index


# -- the inputs ------------------------------------------------------------------------------------


class Leaving(enum.Enum):
    """How the subscriber leaves: a plain withdrawal (WD-1..3) or a switch of operator (事業者変更)."""

    WITHDRAWAL = "withdrawal"
    OPERATOR_SWITCH = "operator_switch"  # 事業者変更: the month of the 事業者変更日 is the withdrawal month


labels(Leaving, WITHDRAWAL="a withdrawal", OPERATOR_SWITCH="a switch of operator")


# Each field's validator reports the field's name and the rule in its metadata ("rule"); an enum
# field names its enum there too ("enum").  Plain functions, not built per field at import.


def _v_date(_i: object, a: attrs.Attribute[Any], v: Any) -> None:
    check_date(v, a.name, a.metadata["rule"])


def _v_optional_date(_i: object, a: attrs.Attribute[Any], v: Any) -> None:
    check_optional_date(v, a.name, a.metadata["rule"])


def _v_enum(_i: object, a: attrs.Attribute[Any], v: Any) -> None:
    check_enum(v, a.metadata["enum"], a.name, a.metadata["rule"])


def _v_optional_enum(_i: object, a: attrs.Attribute[Any], v: Any) -> None:
    if v is not None:
        check_enum(v, a.metadata["enum"], a.name, a.metadata["rule"])


def _v_optional_money(_i: object, a: attrs.Attribute[Any], v: Any) -> None:
    if v is not None:
        check_money(v, a.name, a.metadata["rule"])


def _v_minimum_usage(_i: object, a: attrs.Attribute[Any], v: Any) -> None:
    if v is not None and not isinstance(v, MinimumUsage):
        raise TypeError(f"FEE-4: {a.name}: expected a MinimumUsage or None, got {type(v).__name__}")


def _v_installments(_i: object, a: attrs.Attribute[Any], v: Any) -> None:
    if v is not None and not isinstance(v, Installments):
        raise TypeError(f"FEE-3: {a.name}: expected an Installments or None, got {type(v).__name__}")


def _channels(value: Iterable[Channel]) -> tuple[Channel, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(f"WD-2: channels: expected a tuple of Channel, got {type(value).__name__}")
    return tuple(value)


def _v_channels(_i: object, _a: object, v: tuple[object, ...]) -> None:
    for c in v:
        check_enum(c, Channel, "channels", "WD-2")


@attrs.frozen
class Contract:
    """The contract being left.

    ``monthly_charge`` is the plan's monthly charge (an input: no source gives plan
    prices; ``None`` leaves the totals unknown); ``first_month_charge`` what the start
    month costs, if known (the sources do not say).  ``applied_on`` and ``dwelling``
    decide the cancellation fee (FEE-7); ``minimum_usage`` a campaign's minimum usage
    period (FEE-4, never assumed); ``construction`` the initial construction fee's
    installments (FEE-3); ``payment_method`` when each bill is collected (PAY-2).
    """

    service_start: _dt.date = attrs.field(validator=_v_date, metadata={"label": "service start", "rule": "TERM-1"})
    payment_method: PaymentMethod = attrs.field(
        validator=_v_enum, metadata={"label": "payment method", "rule": "PAY-2", "enum": PaymentMethod}
    )
    monthly_charge: int | None = attrs.field(
        default=None, validator=_v_optional_money, metadata={"label": "monthly charge", "spec": "yen", "rule": "WD-1"}
    )
    first_month_charge: int | None = attrs.field(
        default=None,
        validator=_v_optional_money,
        metadata={"label": "first month's charge", "spec": "yen", "rule": "TERM-1"},
    )
    term: ContractTerm = attrs.field(default=SONET_HIKARI_PLUS, metadata={"label": "contract term"})
    applied_on: _dt.date | None = attrs.field(
        default=None, validator=_v_optional_date, metadata={"label": "application date", "rule": "FEE-7"}
    )
    dwelling: Dwelling | None = attrs.field(
        default=None, validator=_v_optional_enum, metadata={"label": "dwelling", "rule": "FEE-7", "enum": Dwelling}
    )
    minimum_usage: MinimumUsage | None = attrs.field(
        default=None, validator=_v_minimum_usage, metadata={"label": "minimum usage period"}
    )
    construction: Installments | None = attrs.field(
        default=None, validator=_v_installments, metadata={"label": "construction installments"}
    )

    @term.validator
    def _check_contract_term(self, _a: object, v: object) -> None:
        _check_term(v)


@attrs.frozen
class Person:
    """Who leaves, and how.

    ``channels``: the channels the person can use to apply (WD-2); empty means every
    channel the applicant may use.  ``region``: NTT East or West (removal lead time,
    WD-5).  ``removal``: why removal construction is done, if it is (WD-5, FEE-6).
    ``keep_number``: the origin of a ソネット光電話 number to keep (NUM-1), and
    ``reversion_expected_on`` the day NTT is expected to complete its reversion to an
    analog line (NUM-2, NUM-3), if known.  ``leaving``: a plain withdrawal or a switch of
    operator (事業者変更).
    """

    applicant: Applicant = attrs.field(
        default=Applicant.INDIVIDUAL,
        validator=_v_enum,
        metadata={"label": "applicant", "rule": "WD-2", "enum": Applicant},
    )
    channels: tuple[Channel, ...] = attrs.field(
        default=(), converter=_channels, validator=_v_channels, metadata={"label": "channels"}
    )
    region: Region = attrs.field(
        default=Region.EAST, validator=_v_enum, metadata={"label": "area", "rule": "WD-5", "enum": Region}
    )
    removal: RemovalTrigger | None = attrs.field(
        default=None, validator=_v_optional_enum, metadata={"label": "removal", "rule": "WD-5", "enum": RemovalTrigger}
    )
    keep_number: NumberOrigin | None = attrs.field(
        default=None,
        validator=_v_optional_enum,
        metadata={"label": "number to keep", "rule": "NUM-1", "enum": NumberOrigin},
    )
    reversion_expected_on: _dt.date | None = attrs.field(
        default=None, validator=_v_optional_date, metadata={"label": "reversion expected on", "rule": "NUM-2"}
    )
    leaving: Leaving = attrs.field(
        default=Leaving.WITHDRAWAL, validator=_v_enum, metadata={"label": "leaving by", "rule": "WD-1", "enum": Leaving}
    )


# -- the results --------------------------------------------------------------------------------------


class CostKind(enum.Enum):
    """The items of the last bills of an option."""

    LAST_MONTH = "last_month"  # the withdrawal month's plan charge and installment, in full (WD-1)
    CANCELLATION_FEE = "cancellation_fee"  # FEE-1, FEE-7
    CONSTRUCTION_BALANCE = "construction_balance"  # FEE-3
    MINIMUM_USAGE_PENALTY = "minimum_usage_penalty"  # FEE-4


labels(
    CostKind,
    LAST_MONTH="the last month's charges",
    CANCELLATION_FEE="the cancellation fee",
    CONSTRUCTION_BALANCE="the construction-fee balance",
    MINIMUM_USAGE_PENALTY="the minimum-usage penalty",
)


class Unknown(enum.Enum):
    """Why an amount or a date of a plan is unknown (``None``)."""

    MONTHLY_CHARGE = "monthly_charge"
    FIRST_MONTH = "first_month"
    COLLECTION = "collection"


labels(
    Unknown,
    MONTHLY_CHARGE="the plan's monthly charge was not given",
    FIRST_MONTH="the sources do not say what the month service starts costs, and it was not given",
    COLLECTION="the sources give no collection date for this payment method",
)


@attrs.frozen
class ApplyBy:
    """When to apply by one channel: from ``first_day`` to ``last_day`` inclusive.

    For a corporate written application (WD-3) both are the day the form *arrives*.
    ``last_call``: for a channel staffed by a desk with known hours (corporate phone, chat;
    DESK-1), the closing time of its last open day on or before ``last_day``; ``None`` for
    the web and LINE (any time) and where the sources give no hours or the day is outside
    the holiday calendar."""

    channel: Channel = attrs.field(metadata={"label": "channel"})
    first_day: _dt.date = attrs.field(metadata={"label": "from"})
    last_day: _dt.date = attrs.field(metadata={"label": "until"})
    last_call: _dt.datetime | None = attrs.field(default=None, metadata={"label": "the desk's last hour"})


@attrs.frozen
class RemovalWindow:
    """Removal construction dates that keep the option's month (WD-5): the earliest date that
    can be requested (an application on the first day it can be made, plus 6 or 10 days,
    and not before the month), and the latest (the month's last day)."""

    earliest: _dt.date = attrs.field(metadata={"label": "earliest removal"})
    latest: _dt.date = attrs.field(metadata={"label": "latest removal"})


@attrs.frozen
class NumberKeeping:
    """A kept number's timing for an application on the option's last day (NUM-2, NUM-3).

    ``reversion_by``: a reversion completed by then keeps the month; a later one (by
    ``deadline``) holds the withdrawal to its own month; after ``deadline`` the number is
    lost.  ``kept``: with an expected reversion date, whether the number survives
    (``None`` when no date was given)."""

    reversion_by: _dt.date = attrs.field(metadata={"label": "reversion by"})
    deadline: _dt.date = attrs.field(metadata={"label": "deadline"})
    kept: bool | None = attrs.field(metadata={"label": "number kept"})


@attrs.frozen
class PlannedCharge:
    """One item of an option's last bills: what, how much, the month it belongs to, the
    month it is billed in and when it is collected (``None``: see ``unknown``)."""

    kind: CostKind = attrs.field(metadata={"label": "item"})
    amount: int | None = attrs.field(metadata={"label": "amount", "spec": "yen"})
    charge_month: Month = attrs.field(metadata={"label": "charged for"})
    billing_month: Month = attrs.field(metadata={"label": "billed in"})
    collection_date: _dt.date | None = attrs.field(metadata={"label": "collected on"})
    unknown: tuple[Unknown, ...] = attrs.field(default=(), metadata={"label": "unknown"})


@attrs.frozen
class Option:
    """One way to leave: the month service ends, when to act, and what it costs.

    ``requested_month`` is the month applied for; ``withdrawal_month`` the month service
    ends (they differ only when an expected reversion holds the withdrawal, NUM-2).
    ``last_day`` is the last day to act by any channel (for a switch of operator: the last
    day the line can open at the new operator).  ``monthly_charges`` is what the months from
    today's month through the withdrawal month cost; ``total`` adds the one-off charges.
    ``last_billing_month`` is the month of the last bill (the end of charges).
    """

    requested_month: Month = attrs.field(metadata={"label": "requested month"})
    withdrawal_month: Month = attrs.field(metadata={"label": "withdrawal month"})
    contract_month: int = attrs.field(metadata={"label": "contract month"})
    last_day: _dt.date = attrs.field(metadata={"label": "last day"})
    apply_by: tuple[ApplyBy, ...] = attrs.field(metadata={"label": "apply"})
    removal: RemovalWindow | None = attrs.field(metadata={"label": "removal construction"})
    number: NumberKeeping | None = attrs.field(metadata={"label": "number"})
    cancellation_fee: int = attrs.field(metadata={"label": "cancellation fee", "spec": "yen"})
    minimum_usage_penalty: int = attrs.field(metadata={"label": "minimum-usage penalty", "spec": "yen"})
    construction_balance: int = attrs.field(metadata={"label": "construction-fee balance", "spec": "yen"})
    monthly_charges: int | None = attrs.field(metadata={"label": "monthly charges", "spec": "yen"})
    total: int | None = attrs.field(metadata={"label": "total", "spec": "yen"})
    unknown: tuple[Unknown, ...] = attrs.field(metadata={"label": "unknown"})
    completion: _dt.datetime = attrs.field(metadata={"label": "completion"})
    charges: tuple[PlannedCharge, ...] = attrs.field(metadata={"label": "last bills"})
    last_billing_month: Month = attrs.field(metadata={"label": "last bill"})
    mypage_until: _dt.date = attrs.field(metadata={"label": "My Page until"})

    @property
    def fee_free(self) -> bool:
        """No cancellation fee (a minimum-usage penalty may still be due)."""
        return self.cancellation_fee == 0


@attrs.frozen
class Plan:
    """Every option from ``first_month`` for ``horizon`` months, in month order, and the two
    the question is about: the cheapest (``None`` when a total is unknown) and the next
    without the cancellation fee (``None`` when none lies in the horizon)."""

    today: _dt.date = attrs.field(metadata={"label": "today"})
    first_month: Month = attrs.field(metadata={"label": "from"})
    horizon: int = attrs.field(metadata={"label": "months"})
    options: tuple[Option, ...] = attrs.field(metadata={"label": "options"})
    cheapest: Option | None = attrs.field(metadata={"label": "cheapest"})
    next_fee_free: Option | None = attrs.field(metadata={"label": "next without the cancellation fee"})

    @property
    def cheapest_month(self) -> Month | None:
        return None if self.cheapest is None else self.cheapest.withdrawal_month

    @property
    def cheapest_total(self) -> int | None:
        return None if self.cheapest is None else self.cheapest.total

    @property
    def next_fee_free_month(self) -> Month | None:
        return None if self.next_fee_free is None else self.next_fee_free.withdrawal_month

    @property
    def next_fee_free_last_day(self) -> _dt.date | None:
        return None if self.next_fee_free is None else self.next_fee_free.last_day


# -- WD-1, WD-3 and WD-5: the last day to apply ---------------------------------------------------------
#
# The forward rules (withdrawal_month_options, earliest_removal_date) say which month an
# application allows; the planner inverts them: the last day whose application still allows
# the month.  Their constants (the 20th, the 6/10-day lead) are the withdrawal module's own.

APPLY_BY_MONTH_END = WD_1.clause(
    "to withdraw at the {month:end} {channel}, apply from {first_day} to {last_day}: an application in {month} "
    "or in the month before can choose it"
)
TOO_LATE = WD_1.clause("it is too late to withdraw at the {month:end} {channel}: the last day to apply was {last_day}")
PAPER_BY_20TH = WD_3.clause(
    "to withdraw at the {month:end} in writing, the form must reach So-net by {last_day} (the arrival date counts)"
)
REMOVAL_SHORTENS = WD_5.clause(
    "removal construction can be requested from {lead} days after the application in {region}: to have it done "
    "by {latest} and keep the {month:end}, apply {channel} by {last_day}"
)
REMOVAL_DATES = WD_5.clause(
    "removal construction completed from {earliest} to {latest} keeps the {month:end} as the withdrawal month"
)

SWITCH_BY = WD_8.clause(
    "on a switch of operator the month the line opens at the new operator is the withdrawal month: for the "
    "{month:end}, it must open from {first_day} to {last_day}"
)


def _month_end_deadline(m: int) -> _dt.date:
    """WD-1: an application in month M or M-1 can choose M, so the last day is M's last."""
    return _from_index(m).last_day


def _paper_deadline(m: int) -> _dt.date:
    """WD-3: a form arriving by the 20th of M can end in M; one on the 21st only in M+1 or later."""
    return _from_index(m).day(CORPORATE_PAPER_CUTOFF_DAY)


def _removal_keeps(m: int) -> tuple[_dt.date, _dt.date]:
    """WD-5: the removal completion dates that leave M as the withdrawal month: the days of M.

    The month removal construction is completed *is* the withdrawal month, earlier or later
    than the one asked for (WD-5's interpretation; under the other reading, only when later,
    a removal within M keeps M too).  The one place the planner applies WD-5's month rule.
    """
    month = _from_index(m)
    return month.first_day, month.last_day


def _switch_month(switch_date: _dt.date) -> int:
    """WD-8: the withdrawal month of a switch of operator, the month of the 事業者変更日 (the
    withdrawal module's rule function, which records its step).  The one place the planner
    applies it."""
    return _withdrawal.operator_switch_withdrawal_month(switch_date).index


# -- DESK-1: who takes the application by phone or chat, and until when ---------------------------

DESK_OF_CHANNEL: Final[Mapping[tuple[Applicant, Channel], Desk]] = MappingProxyType(
    {
        # applicant, channel → the desk that takes it (WD-2's table names them; DESK-1 gives their hours).
        # The individual withdrawal desk's hours are in no source: not listed, so unknown.
        (Applicant.CORPORATE, Channel.PHONE): Desk.SONET_CORPORATE,
        (Applicant.INDIVIDUAL, Channel.CHAT): Desk.SONET_CHAT,
    }
)
"""The desks with known hours that take a withdrawal application, by applicant and channel."""

LAST_CALL = DESK_1.clause(
    "applying {channel} for the {month:end} is possible until {last_call}, the desk's last open hour by {last_day}"
)
DESK_CLOSED_TOO_LATE = DESK_1.clause(
    "the desk is closed from {today} to {last_day}: it is too late to apply {channel} for the {month:end}"
)


def _last_call(desk: Desk, last_day: _dt.date, trace: Trace | None) -> _dt.datetime | None:
    """The closing time of ``desk``'s last open day on or before ``last_day`` (None outside the
    calendar); DESK-1 records each closed day it steps over when explaining."""
    if not CALENDAR_FIRST_DAY + _dt.timedelta(days=16) <= last_day <= CALENDAR_LAST_DAY:
        return None
    row = desk.hours
    d = last_day
    while not _desks._open_day(desk, row, d, trace):  # at most a Golden Week
        d -= _dt.timedelta(days=1)
    return _dt.datetime.combine(d, row.closes, tzinfo=JST)


# -- NUM-1..3: a kept number --------------------------------------------------------------------------

REVERSION_KEEPS_MONTH = NUM_2.clause(
    "a reversion to an analog line completed by {reversion_by} keeps the {month:end}; completed later but by "
    "{deadline}, it holds the withdrawal to the month it completes"
)
REVERSION_MOVES = NUM_2.clause(
    "the reversion expected on {reversion} holds the withdrawal: asked for at the {requested:end}, it ends at the "
    "{month:end}"
)


# -- FEE-1..4 and FEE-2: what each option costs ---------------------------------------------------------

OPTION_COST = FEE_2.clause(
    "withdrawing at the {month:end}: {monthly:yen} of monthly charges from {first} through {month}, and "
    "{one_off:yen} of one-off charges arising in {completion}, billed in {billing}: {total:yen} in all"
)
OPTION_COST_NO_ONE_OFF = FEE_2.clause(
    "withdrawing at the {month:end}: {monthly:yen} of monthly charges from {first} through {month}, the last of "
    "them billed in {billing}, and no one-off charges: {total:yen} in all"
)
OPTION_COST_UNKNOWN = FEE_2.clause(
    "withdrawing at the {month:end}: the monthly charges from {first} through {month} are not known ({why}); the "
    "one-off charges arising in {completion}, billed in {billing}, are {one_off:yen}"
)
CHEAPEST = FEE_2.clause("of the months one can leave in, the {month:end} costs the least: {total:yen} in all")
CHEAPEST_UNKNOWN = FEE_2.clause("an amount is unknown ({why}), so no option can be named the cheapest")
NEXT_FEE_FREE = FEE_1.clause(
    "the next withdrawal without the cancellation fee is at the {month:end}, contract month {n}: "
    "the last day to act is {last_day}"
)
NO_FEE_FREE = FEE_1.clause(
    "no withdrawal month without the cancellation fee can be reached from {first} through {last}"
)
BEFORE_START = TERM_1.clause("today, {today}, is before the service start, {start}")


def _check_person(person: object) -> Person:
    if not isinstance(person, Person):
        raise TypeError(f"WD-2: person: expected a Person, got {type(person).__name__}")
    return person


def _check_contract(contract: object) -> Contract:
    if not isinstance(contract, Contract):
        raise TypeError(f"TERM-1: contract: expected a Contract, got {type(contract).__name__}")
    return contract


COMPOSED_RULES: Final = (
    "TERM-1", "TERM-2", "TERM-3", "WD-1", "WD-2", "WD-3", "WD-4", "WD-5", "WD-6", "NUM-1", "NUM-2", "NUM-3",
    "WD-8", "FEE-1", "FEE-7", "FEE-3", "FEE-4", "FEE-6", "FEE-2", "PAY-1", "PAY-2", "DESK-1",
)  # fmt: skip
"""The rules the planner composes (it declares none of its own)."""


@composes(
    *COMPOSED_RULES,
    question="When can the subscriber leave, and what will it cost, seen from {today} with a {horizon}-month "
    "horizon (service start {contract.service_start})?",
    answer="cheapest month: {result.cheapest_month:end} (total {result.cheapest_total:yen}); next month without the "
    "cancellation fee: {result.next_fee_free_month:end} (last day to act {result.next_fee_free_last_day})",
)
def plan(contract: Contract, person: Person, today: _dt.date, *, horizon: int = 40) -> Plan:
    """Every withdrawal month still reachable from ``today`` in the ``horizon`` months from
    today's month, with when to apply and what it costs (see the module docstring).

    ``today`` before the service start, a channel the applicant may not use (WD-2), a
    payment method the applicant may not use (PAY-2), removal construction on a switch of
    operator, a reversion date without a number to keep (NUM-1), or a horizon that reaches
    past 9999 are a :class:`~hikari_rules.RuleInputError`.
    O(horizon).

    >>> import datetime
    >>> from hikari_rules.payment import PaymentMethod
    >>> c = Contract(datetime.date(2026, 9, 20), PaymentMethod.BANK_DEBIT, monthly_charge=5_500)
    >>> west = Person(channels=(Channel.WEB,), region=Region.WEST, removal=RemovalTrigger.USER_REQUEST)
    >>> o = plan(c, west, datetime.date(2029, 9, 10), horizon=2).options[0]
    >>> o.withdrawal_month, o.apply_by[0].last_day, o.removal.earliest, o.removal.latest
    (Month(2029, 9), datetime.date(2029, 9, 20), datetime.date(2029, 9, 20), datetime.date(2029, 9, 30))
    """
    contract = _check_contract(contract)
    person = _check_person(person)
    today = check_date(today, "today", "WD-1")
    horizon = check_int(horizon, "horizon", "WD-1", minimum=1)
    trace = TRACE.get()
    start_day = contract.service_start
    if today < start_day:
        if trace is not None:
            trace.add(BEFORE_START, False, today=today, start=start_day)
        raise RuleInputError(
            f"{today.isoformat()} is before the service start {start_day.isoformat()}", parameter="today", rule="TERM-1"
        )
    t = today.year * 12 + today.month - 1
    if t + horizon - 1 + _withdrawal.MYPAGE_MONTHS_AFTER_WITHDRAWAL > _MAX_INDEX:
        raise RuleInputError("the horizon reaches past 9999-12", parameter="horizon", rule="WD-6")
    applicant = person.applicant
    method = contract.payment_method
    if not _payment._method_available(method, applicant, trace):
        raise RuleInputError(f"{method.name} is for corporate contracts only", parameter="payment_method", rule="PAY-2")
    switch = person.leaving is Leaving.OPERATOR_SWITCH
    channels: tuple[Channel, ...] = ()
    if not switch:
        allowed = tuple(c for a, c, _en, _ja in _withdrawal.WITHDRAWAL_CHANNELS if a is applicant)
        channels = tuple(dict.fromkeys(person.channels)) or allowed
        for c in channels:
            if not _withdrawal.channel_allowed(applicant, c):  # WD-2 (records its step)
                _withdrawal._refuse_channel(applicant, c)
    elif person.removal is not None:
        raise RuleInputError(
            "a switch of operator keeps the line at the new operator: no removal construction",
            parameter="removal",
            rule="WD-5",
        )
    lead = 0
    if person.removal is not None:
        _fees.removal_construction_fee(person.removal)  # FEE-6: free, whoever asks (records its step)
        lead = REMOVAL_LEAD_DAYS[person.region]
    reversion_needed = False
    if person.keep_number is None and person.reversion_expected_on is not None:
        raise RuleInputError(
            "a reversion date was given without a number to keep: give keep_number too",
            parameter="reversion_expected_on",
            rule="NUM-1",
        )
    if person.keep_number is not None:
        reversion_needed = _withdrawal.needs_analog_reversion(person.keep_number, operator_switch=switch)
    expected = person.reversion_expected_on if reversion_needed else None
    costs = _Costs(contract, t, trace)
    options: list[Option] = []
    for m in range(t, t + horizon):
        month = _from_index(m)
        if switch:
            first_day = today if today > month.first_day else month.first_day
            last_day = month.last_day
            if trace is not None:
                trace.add(SWITCH_BY, last_day, month=month, first_day=first_day, last_day=last_day)
            w = _switch_month(last_day)
            options.append(costs.option(m, w, last_day, (), None, None))
            continue
        apply_by: list[ApplyBy] = []
        for c in channels:
            paper = c is Channel.PAPER
            rule_last = _paper_deadline(m) if paper else _month_end_deadline(m)
            last = rule_last
            if lead and month.last_day.toordinal() - lead < last.toordinal():
                last = _dt.date.fromordinal(month.last_day.toordinal() - lead)
            if last < today:
                if trace is not None:
                    trace.add(TOO_LATE, None, month=month, channel=c, last_day=last)
                continue
            opens = today if paper else max(today, _from_index(m - 1).first_day)
            desk = DESK_OF_CHANNEL.get((applicant, c))
            call = None if desk is None else _last_call(desk, last, trace)
            if call is not None and call.date() < today:
                if trace is not None:
                    trace.add(DESK_CLOSED_TOO_LATE, None, today=today, last_day=last, channel=c, month=month)
                continue
            if trace is not None:
                if last != rule_last:
                    trace.add(
                        REMOVAL_SHORTENS,
                        last,
                        lead=lead,
                        region=person.region,
                        latest=month.last_day,
                        month=month,
                        channel=c,
                        last_day=last,
                    )
                elif paper:
                    trace.add(PAPER_BY_20TH, last, month=month, last_day=last)
                else:
                    trace.add(APPLY_BY_MONTH_END, last, month=month, channel=c, first_day=opens, last_day=last)
                if call is not None:
                    trace.add(LAST_CALL, call, channel=c, month=month, last_call=call, last_day=last)
            apply_by.append(ApplyBy(c, opens, last, call))
        if not apply_by:
            continue
        last_day = max(a.last_day for a in apply_by)
        removal = None
        if lead:
            keep_from, keep_until = _removal_keeps(m)
            earliest = _dt.date.fromordinal(min(a.first_day for a in apply_by).toordinal() + lead)
            removal = RemovalWindow(max(earliest, keep_from), keep_until)
            if trace is not None:
                trace.add(REMOVAL_DATES, removal, earliest=removal.earliest, latest=removal.latest, month=month)
        number = None
        w = m
        if reversion_needed:
            kept: bool | None = None
            if expected is not None:
                w = _withdrawal.effective_withdrawal_month(
                    month, reversion_completed_on=expected, application_date=last_day
                ).index
                kept = _withdrawal.number_retained(last_day, expected)  # NUM-3 (records its step)
                deadline = _withdrawal._deadline(last_day)
                if trace is not None and w != m:
                    trace.add(REVERSION_MOVES, w, reversion=expected, requested=month, month=_from_index(w))
            else:
                deadline = _withdrawal.number_retention_deadline(last_day)  # NUM-3 (records its step)
            if expected is None and trace is not None:
                trace.add(
                    REVERSION_KEEPS_MONTH, month.last_day, reversion_by=month.last_day, deadline=deadline, month=month
                )
            number = NumberKeeping(month.last_day, deadline, kept)
        options.append(costs.option(m, w, last_day, tuple(apply_by), removal, number))
    return _choose(today, t, horizon, tuple(options), trace)


class _Costs:
    """What an option costs, from the fee rules' unchecked cores (one instance per plan)."""

    __slots__ = ("c", "start", "t", "trace")

    def __init__(self, contract: Contract, t: int, trace: Trace | None) -> None:
        self.c = contract
        self.start = contract.service_start.year * 12 + contract.service_start.month - 1
        self.t = t
        self.trace = trace

    def monthly(self, w: int) -> tuple[int | None, tuple[Unknown, ...]]:
        """The plan's charges and installments of the usage months t..w (each in full, WD-1)."""
        c = self.c
        inst = c.construction
        installments = 0 if inst is None else inst.paid_through(w) - inst.paid_through(self.t - 1)
        if c.monthly_charge is None:
            return None, (Unknown.MONTHLY_CHARGE,)
        months = w - self.t + 1
        if self.t == self.start and w > self.start:  # the start month, not the last one: its own charge
            if c.first_month_charge is None:
                return None, (Unknown.FIRST_MONTH,)
            return c.first_month_charge + (months - 1) * c.monthly_charge + installments, ()
        return months * c.monthly_charge + installments, ()

    def option(
        self,
        m: int,
        w: int,
        last_day: _dt.date,
        apply_by: tuple[ApplyBy, ...],
        removal: RemovalWindow | None,
        number: NumberKeeping | None,
    ) -> Option:
        c = self.c
        trace = self.trace
        term = c.term
        fee = _fees._cancellation_fee(self.start, w, term, c.applied_on, c.dwelling)
        penalty = _fees._minimum_usage_penalty(self.start, w, c.minimum_usage)
        inst = c.construction
        balance = 0
        if inst is not None and inst.total:  # what is paid never exceeds the total: nothing to settle without one
            balance = _fees._construction_fee_balance(inst.total, inst.paid_through(w))
        monthly, unknown = self.monthly(w)
        one_off = fee + penalty + balance
        total = None if monthly is None else monthly + one_off
        wm = _from_index(w)
        # PAY-1: the last month is billed in the next, which is also the completion month (WD-4)
        completion_m = _billing._billing_month(w, trace)
        fee_billing = _from_index(w + 2)
        method = c.payment_method
        usage_when = _payment._collection_date(method, w + 1, trace)
        last_amount: int | None = c.monthly_charge
        if last_amount is not None and inst is not None:
            last_amount += inst.amount_in(w)
        charges = [
            PlannedCharge(
                CostKind.LAST_MONTH,
                last_amount,
                wm,
                completion_m,
                usage_when,
                _why(last_amount is None, usage_when is None),
            )
        ]
        last_billing = completion_m
        if one_off:
            fee_when = _payment._collection_date(method, w + 2, trace)
            why = (Unknown.COLLECTION,) if fee_when is None else ()
            for kind, amount in (
                (CostKind.CANCELLATION_FEE, fee),
                (CostKind.CONSTRUCTION_BALANCE, balance),
                (CostKind.MINIMUM_USAGE_PENALTY, penalty),
            ):
                if amount:
                    charges.append(PlannedCharge(kind, amount, completion_m, fee_billing, fee_when, why))
            last_billing = fee_billing
        if trace is not None:
            facts = {
                "month": wm,
                "first": _from_index(self.t),
                "one_off": one_off,
                "completion": completion_m,
                "billing": last_billing,
            }
            if total is None:
                trace.add(OPTION_COST_UNKNOWN, None, why=unknown, **facts)
            elif one_off:
                trace.add(OPTION_COST, total, monthly=monthly, total=total, **facts)
            else:
                del facts["one_off"], facts["completion"]
                trace.add(OPTION_COST_NO_ONE_OFF, total, monthly=monthly, total=total, **facts)
        return Option(
            requested_month=_from_index(m),
            withdrawal_month=wm,
            contract_month=w - self.start + 1,
            last_day=last_day,
            apply_by=apply_by,
            removal=removal,
            number=number,
            cancellation_fee=fee,
            minimum_usage_penalty=penalty,
            construction_balance=balance,
            monthly_charges=monthly,
            total=total,
            unknown=unknown,
            completion=_withdrawal.completion_instant(wm),
            charges=tuple(charges),
            last_billing_month=last_billing,
            mypage_until=_withdrawal.mypage_available_until(wm),
        )


def _why(amount_unknown: bool, date_unknown: bool) -> tuple[Unknown, ...]:
    """Why the last month's item has no amount (its plan charge was not given) or no collection date."""
    out: tuple[Unknown, ...] = ()
    if amount_unknown:
        out += (Unknown.MONTHLY_CHARGE,)
    if date_unknown:
        out += (Unknown.COLLECTION,)
    return out


def _choose(today: _dt.date, t: int, horizon: int, options: tuple[Option, ...], trace: Trace | None) -> Plan:
    """The cheapest option (ties: the earlier end of charges, then the earlier month) and the next fee-free one."""
    cheapest: Option | None = None
    best = (0, 0)
    unknown: tuple[Unknown, ...] = ()
    for o in options:
        if o.total is None:
            unknown = o.unknown
            cheapest = None
            break
        key = (o.total, o.last_billing_month.index)
        if cheapest is None or key < best:
            cheapest, best = o, key
    next_free = next((o for o in options if o.cancellation_fee == 0), None)
    if trace is not None:
        if cheapest is not None:
            trace.add(CHEAPEST, cheapest, month=cheapest.withdrawal_month, total=cheapest.total)
        elif unknown:
            trace.add(CHEAPEST_UNKNOWN, None, why=unknown)
        if next_free is not None:
            trace.add(
                NEXT_FEE_FREE,
                next_free,
                month=next_free.withdrawal_month,
                n=next_free.contract_month,
                last_day=next_free.last_day,
            )
        else:
            trace.add(NO_FEE_FREE, None, first=_from_index(t), last=_from_index(t + horizon - 1))
    return Plan(today, _from_index(t), horizon, options, cheapest, next_free)
