"""Statement preview: the line items a subscriber's bills for a month must contain.

A billing engine's invoice dry-run, computed from the rules: :func:`preview` composes
the rule functions of the other modules (it declares no rule of its own) into the items
of one billing month, each carrying the IDs of the rules that produced it, the totals
per bill after the NTT請求 cap (CAP-1) and the collection date where the rules give one;
:func:`timeline` gives every statement from the first billing month to the last one
after withdrawal.  ``hikari_rules.explain(preview, ...)`` records the steps of every
rule the preview called, in order.

What the sources give and what they do not (each gap is an input or an explicit unknown,
never a number made up here):

- the plan's monthly charge is an **input** (no source gives plan prices), and so are
  the installments of the initial construction fee and the prices of Passport ID
  services;
- whether the month service starts is charged in full, prorated or free is not said
  anywhere: that month's amount is unknown (``Unknown.FIRST_MONTH``) unless the caller
  gives it (``first_month_charge``; ``CallForwarding.first_month_fee``);
- the reduced 着信転送 construction fee with So-net 光 電話 is unknown (FWD-1);
- a statement for billing month B bills the charges *of* month B−1: the usage of B−1
  (PAY-1) and the one-off fees that arise in the completion month B−1 (FEE-2);
- フレッツ・まとめて支払い (Passport ID) charges are NTT West's, billed by NTT Finance with
  the フレッツ line's charges (PID-8) — a different service and a different bill from
  So-net's.  The PASSPORT guide does not say which month's bill carries a month's
  charges, so those items have ``billing_month`` ``None`` (``Unknown.NTT_FINANCE_SCHEDULE``);
  the statement of billing month B lists the まとめて支払い charges *of* month B−1, the
  same charge month as its So-net items.  No source ties them to the So-net contract:
  withdrawal from So-net does not end them.

>>> import datetime
>>> from hikari_rules.payment import PaymentMethod
>>> sub = Subscriber(datetime.date(2024, 4, 10), 5_000, PaymentMethod.BANK_DEBIT,
...                  withdrawal=Withdrawal(datetime.date(2026, 9, 3), Month(2026, 9)))
>>> s = preview(sub, Month(2026, 11))                 # the month after completion (FEE-2)
>>> [(i.kind.name, i.amount, str(i.charge_month)) for i in s.items]
[('CANCELLATION_FEE', 20000, '2026-10')]
>>> s.bills[0].bill.name, s.bills[0].amount, s.bills[0].collection_date
('SONET_DIRECT', 20000, datetime.date(2026, 12, 27))
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final, TypeVar

import attrs

from hikari_rules import billing as _billing
from hikari_rules import call_forwarding as _forwarding
from hikari_rules import passport_id as _passport
from hikari_rules import payment as _payment
from hikari_rules import withdrawal as _withdrawal
from hikari_rules._check import (
    check_bool,
    check_date,
    check_enum,
    check_money,
    check_optional_date,
    check_str,
    month_index,
)
from hikari_rules._month import Month, month_at
from hikari_rules._registry import TRACE, Trace, composes, registered_rules
from hikari_rules._text import label_of, labels, translate
from hikari_rules._values import slot_setters
from hikari_rules.billing import CapPolicy, PerUsePurchase, Subscription
from hikari_rules.errors import RuleInputError
from hikari_rules.fees import Dwelling, MinimumUsage
from hikari_rules.passport_id import FletsPayment
from hikari_rules.payment import PaymentMethod
from hikari_rules.withdrawal import Applicant, Channel, ChargeKind

__all__ = [
    "COMPOSED_RULES",
    "UNKNOWN_JA",
    "Bill",
    "BillTotal",
    "CallForwarding",
    "CapOutcome",
    "Installments",
    "ItemKind",
    "LineItem",
    "OperatorSwitch",
    "PassportMonthly",
    "PassportPerUse",
    "Statement",
    "Subscriber",
    "Timeline",
    "Unknown",
    "Withdrawal",
    "preview",
    "timeline",
]

_RULE: Final = "preview"

# -- what a statement is made of ---------------------------------------------------------------


class Bill(enum.Enum):
    """Which bill an item goes on."""

    SONET_DIRECT = "So-net's own bill, collected by the payment method (PAY-2)"
    PHONE_BILL = "NTT請求(電話料金合算): So-net's charges on the docomo phone bill from NTT Finance (CAP-1)"
    NTT_FINANCE = "フレッツ・まとめて支払い料金 on the NTT Finance bill of the フレッツ line (PID-8)"


labels(
    Bill,
    SONET_DIRECT="So-net's own bill",
    PHONE_BILL="the phone bill (NTT請求)",
    NTT_FINANCE="the NTT Finance bill of the フレッツ line",
)


class ItemKind(enum.Enum):
    """What an item charges for."""

    PLAN_MONTHLY = "the So-net plan's monthly charge (an input)"
    CONSTRUCTION_INSTALLMENT = "an installment of the initial construction fee (FEE-3; amounts are inputs)"
    CALL_FORWARDING_MONTHLY = "着信転送サービス monthly fee (FWD-1)"
    CALL_FORWARDING_CONSTRUCTION = "着信転送サービス construction fee (FWD-1)"
    CANCELLATION_FEE = "cancellation fee (FEE-1, FEE-7, billed per FEE-2)"
    CONSTRUCTION_BALANCE = "construction-fee balance in one lump sum (FEE-3, billed per FEE-2)"
    MINIMUM_USAGE_PENALTY = "minimum-usage penalty (FEE-4, billed per FEE-2)"
    PASSPORT_MONTHLY = "まとめて支払い monthly flat-rate service (CHG-1..3, PID-8)"
    PASSPORT_PER_USE = "まとめて支払い per-use purchase (CHG-4, PID-8)"


labels(
    ItemKind,
    PLAN_MONTHLY="the plan's monthly charge",
    CONSTRUCTION_INSTALLMENT="construction fee installment",
    CALL_FORWARDING_MONTHLY="call forwarding monthly fee",
    CALL_FORWARDING_CONSTRUCTION="call forwarding construction fee",
    CANCELLATION_FEE="cancellation fee",
    CONSTRUCTION_BALANCE="construction fee balance",
    MINIMUM_USAGE_PENALTY="minimum-usage penalty",
    PASSPORT_MONTHLY="monthly flat-rate service (まとめて支払い)",
    PASSPORT_PER_USE="per-use purchase (まとめて支払い)",
)


class Unknown(enum.Enum):
    """Why something in a statement is unknown (``None``): what the sources do not give."""

    FIRST_MONTH = (
        "the sources do not say whether the month service starts is charged in full, prorated or free "
        "(give it as an input)"
    )
    REDUCED_CONSTRUCTION_FEE = (
        "installed together with So-net 光 電話 the 着信転送 construction fee is reduced to an amount the source "
        "does not give (FWD-1)"
    )
    NTT_FINANCE_SCHEDULE = (
        "the PASSPORT guide does not say which month's NTT Finance bill carries a month's まとめて支払い charges"
    )
    CAP_UNDECIDED = "an amount of the month is unknown, so whether the So-net charges exceed the CAP-1 cap is unknown"
    CAP_SPLIT = (
        "CAP-1's other reading (EXCESS) splits the month's total between the phone bill and So-net's direct bill, "
        "not item by item"
    )
    COLLECTION_NOT_GIVEN = "the rules give no collection date for this bill (PAY-2)"
    DIRECT_COLLECTION_NOT_GIVEN = (
        "the sources do not say how So-net collects what it bills directly above the NTT請求 cap"
    )


labels(
    Unknown,
    FIRST_MONTH=(
        "the sources do not say whether the month service starts is charged in full, prorated or free "
        "(give it as an input)"
    ),
    REDUCED_CONSTRUCTION_FEE=(
        "installed together with So-net 光's phone service (So-net 光 電話), the call forwarding construction fee "
        "is reduced to an amount the source does not give"
    ),
    NTT_FINANCE_SCHEDULE=(
        "the Passport guide does not say which month's NTT Finance bill carries a month's charges (まとめて支払い)"
    ),
    CAP_UNDECIDED="an amount of the month is unknown, so whether the So-net charges exceed the cap is unknown",
    CAP_SPLIT="the cap's other reading splits the month's total between the phone bill and So-net's own bill, "
    "not item by item",
    COLLECTION_NOT_GIVEN="the rules give no collection date for this bill",
    DIRECT_COLLECTION_NOT_GIVEN="the sources do not say how So-net collects what it bills directly above the cap",
)

UNKNOWN_JA: Final[Mapping[Unknown, str]] = MappingProxyType(
    {u: translate(label_of(u) or u.value, "ja") for u in Unknown}
)
"""The reasons of :class:`Unknown` in Japanese."""


class CapOutcome(enum.Enum):
    """How CAP-1 placed the month's So-net charges."""

    NOT_APPLICABLE = "no So-net charge goes through NTT請求 this month (another payment method, or nothing billed)"
    WITHIN_CAP = "not above the cap: all of it on the phone bill"
    ABOVE_CAP_WHOLE = "above the cap: So-net bills all of it directly (interpretation, CapPolicy.WHOLE)"
    ABOVE_CAP_SPLIT = "above the cap: the excess is billed directly (other reading, CapPolicy.EXCESS)"
    UNDECIDED = "an amount is unknown: the cap decision is unknown"


labels(
    CapOutcome,
    NOT_APPLICABLE="no So-net charge goes on the phone bill this month",
    WITHIN_CAP="within the cap: all of it on the phone bill",
    ABOVE_CAP_WHOLE="above the cap: So-net bills all of it directly (the library's reading)",
    ABOVE_CAP_SPLIT="above the cap: the excess is billed directly (the other reading)",
    UNDECIDED="an amount is unknown, so the cap decision is unknown",
)


@attrs.frozen
class LineItem:
    """One line of a statement.

    ``charge_month`` is the month the charge belongs to (the usage month; for the
    one-off fees the completion month, FEE-2); ``billing_month`` the month it is billed
    in, ``None`` where the sources do not say (NTT Finance).  ``amount`` is ``None`` when
    unknown and ``bill`` is ``None`` when CAP-1 does not place the item on one bill;
    ``unknown`` says why.  ``purchase`` is the index of the Passport purchase in the
    subscriber's tuple (``None`` for So-net items); ``service`` its name.
    """

    kind: ItemKind = attrs.field(metadata={"label": "item"})
    charge_month: Month = attrs.field(metadata={"label": "charge month"})
    billing_month: Month | None = attrs.field(metadata={"label": "billing month"})
    amount: int | None = attrs.field(metadata={"label": "amount", "spec": "yen"})
    bill: Bill | None = attrs.field(metadata={"label": "bill"})
    rule_ids: tuple[str, ...] = attrs.field(metadata={"label": "rules"})
    unknown: tuple[Unknown, ...] = attrs.field(default=(), metadata={"label": "what is unknown"})
    service: str = attrs.field(default="", metadata={"label": "service", "spec": "quote"})
    purchase: int | None = attrs.field(default=None, metadata={"label": "purchase number"})


@attrs.frozen
class BillTotal:
    """A bill's total for the month after CAP-1 (``None``: unknown, see ``unknown``) and
    when the user pays it (``None`` where the rules give no date).

    ``label`` is the line label the charges carry on that bill, where a source gives one:
    「So-netご利用料金」 on the NTT請求 phone bill (NTT-5), 「フレッツ・まとめて支払い料金」 on
    the NTT Finance bill of the フレッツ line (PID-8); ``""`` on So-net's own bill.
    """

    bill: Bill = attrs.field(metadata={"label": "bill"})
    amount: int | None = attrs.field(metadata={"label": "amount", "spec": "yen"})
    collection_date: _dt.date | None = attrs.field(metadata={"label": "collection date"})
    unknown: tuple[Unknown, ...] = attrs.field(default=(), metadata={"label": "what is unknown"})
    label: str = attrs.field(default="", metadata={"label": "line label", "spec": "quote"})


@attrs.frozen
class Statement:
    """What the bills of ``billing_month`` must contain.

    ``sonet_total`` is the month's So-net charges before CAP-1 (``None`` if an item is
    unknown); ``cap`` how CAP-1 placed them; ``bills`` the total of each bill after the
    cap; ``label_month`` the month So-net's bill is labelled with ("○月分", PAY-2: the
    usage month, the billing month for USEN).
    """

    billing_month: Month = attrs.field(metadata={"label": "billing month"})
    items: tuple[LineItem, ...] = attrs.field(metadata={"label": "items"})
    sonet_total: int | None = attrs.field(metadata={"label": "So-net charges before the cap", "spec": "yen"})
    cap: CapOutcome = attrs.field(metadata={"label": "the cap"})
    bills: tuple[BillTotal, ...] = attrs.field(metadata={"label": "bills"})
    label_month: Month = attrs.field(metadata={"label": "month on So-net's bill"})


# -- building the results (internal) ---------------------------------------------------------------
# A timeline builds several of these per month.  The three classes have no validators, so a value
# filled slot by slot (see hikari_rules._values) is the one the constructor builds, at about half
# the cost of a frozen class's __init__; a test compares the two on drawn subscribers.

_new = object.__new__
(
    _SET_ITEM_KIND,
    _SET_ITEM_CHARGE_MONTH,
    _SET_ITEM_BILLING_MONTH,
    _SET_ITEM_AMOUNT,
    _SET_ITEM_BILL,
    _SET_ITEM_RULE_IDS,
    _SET_ITEM_UNKNOWN,
    _SET_ITEM_SERVICE,
    _SET_ITEM_PURCHASE,
) = slot_setters(LineItem)
_SET_BILL_BILL, _SET_BILL_AMOUNT, _SET_BILL_COLLECTION_DATE, _SET_BILL_UNKNOWN, _SET_BILL_LABEL = slot_setters(
    BillTotal
)
(
    _SET_STATEMENT_BILLING_MONTH,
    _SET_STATEMENT_ITEMS,
    _SET_STATEMENT_SONET_TOTAL,
    _SET_STATEMENT_CAP,
    _SET_STATEMENT_BILLS,
    _SET_STATEMENT_LABEL_MONTH,
) = slot_setters(Statement)


def _item(
    kind: ItemKind,
    charge_month: Month,
    billing_month: Month | None,
    amount: int | None,
    bill: Bill | None,
    rule_ids: tuple[str, ...],
    unknown: tuple[Unknown, ...] = (),
    service: str = "",
    purchase: int | None = None,
) -> LineItem:
    """``LineItem(...)``, built slot by slot."""
    item: LineItem = _new(LineItem)
    _SET_ITEM_KIND(item, kind)
    _SET_ITEM_CHARGE_MONTH(item, charge_month)
    _SET_ITEM_BILLING_MONTH(item, billing_month)
    _SET_ITEM_AMOUNT(item, amount)
    _SET_ITEM_BILL(item, bill)
    _SET_ITEM_RULE_IDS(item, rule_ids)
    _SET_ITEM_UNKNOWN(item, unknown)
    _SET_ITEM_SERVICE(item, service)
    _SET_ITEM_PURCHASE(item, purchase)
    return item


def _bill_total(
    bill: Bill,
    amount: int | None,
    collection_date: _dt.date | None,
    unknown: tuple[Unknown, ...] = (),
    label: str = "",
) -> BillTotal:
    """``BillTotal(...)``, built slot by slot."""
    total: BillTotal = _new(BillTotal)
    _SET_BILL_BILL(total, bill)
    _SET_BILL_AMOUNT(total, amount)
    _SET_BILL_COLLECTION_DATE(total, collection_date)
    _SET_BILL_UNKNOWN(total, unknown)
    _SET_BILL_LABEL(total, label)
    return total


def _statement_of(
    billing_month: Month,
    items: tuple[LineItem, ...],
    sonet_total: int | None,
    cap: CapOutcome,
    bills: tuple[BillTotal, ...],
    label_month: Month,
) -> Statement:
    """``Statement(...)``, built slot by slot."""
    statement: Statement = _new(Statement)
    _SET_STATEMENT_BILLING_MONTH(statement, billing_month)
    _SET_STATEMENT_ITEMS(statement, items)
    _SET_STATEMENT_SONET_TOTAL(statement, sonet_total)
    _SET_STATEMENT_CAP(statement, cap)
    _SET_STATEMENT_BILLS(statement, bills)
    _SET_STATEMENT_LABEL_MONTH(statement, label_month)
    return statement


@attrs.frozen
class Timeline:
    """Every statement from the first billing month through ``statements[-1]``.

    ``withdrawal_month`` / ``completion_month`` are ``None`` without a withdrawal.
    ``ntt_finance_continues``: まとめて支払い charges go on after the last statement (an
    open subscription, or purchases later than it): So-net withdrawal does not end them.
    """

    statements: tuple[Statement, ...] = attrs.field(metadata={"label": "statements"})
    withdrawal_month: Month | None = attrs.field(metadata={"label": "withdrawal month"})
    completion_month: Month | None = attrs.field(metadata={"label": "completion month"})
    ntt_finance_continues: bool = attrs.field(metadata={"label": "NTT Finance charges continue"})


# -- the subscriber ----------------------------------------------------------------------------


# The field validators are small callable objects holding the rule they name, not closures built by a
# factory: their checks run at call time where mutation testing (and a debugger) can reach them.  They
# keep the lower-case names of the factories they replace, as attrs' own validators have.


@attrs.frozen
class _v_date:
    rule: str

    def __call__(self, _i: object, a: attrs.Attribute[Any], v: object) -> None:
        check_date(v, a.name, self.rule)


@attrs.frozen
class _v_optional_date:
    rule: str

    def __call__(self, _i: object, a: attrs.Attribute[Any], v: object) -> None:
        check_optional_date(v, a.name, self.rule)


@attrs.frozen
class _v_money:
    rule: str

    def __call__(self, _i: object, a: attrs.Attribute[Any], v: object) -> None:
        check_money(v, a.name, self.rule)


@attrs.frozen
class _v_optional_money:
    rule: str

    def __call__(self, _i: object, a: attrs.Attribute[Any], v: object) -> None:
        if v is not None:
            check_money(v, a.name, self.rule)


@attrs.frozen
class _v_enum:
    cls: type[enum.Enum]
    rule: str
    optional: bool = attrs.field(default=False, kw_only=True)

    def __call__(self, _i: object, a: attrs.Attribute[Any], v: object) -> None:
        if v is None and self.optional:
            return
        check_enum(v, self.cls, a.name, self.rule)


@attrs.frozen
class _v_instance:
    cls: type | tuple[type, ...]
    rule: str
    optional: bool = attrs.field(default=True, kw_only=True)

    def __call__(self, _i: object, a: attrs.Attribute[Any], v: object) -> None:
        if v is None and self.optional:
            return
        if not isinstance(v, self.cls):
            classes = self.cls if isinstance(self.cls, tuple) else (self.cls,)
            names = " or ".join(c.__name__ for c in classes)
            raise TypeError(f"{self.rule}: {a.name}: expected a {names}, got {type(v).__name__}")


def _to_month(value: object) -> object:
    """A ``date`` means the month that contains it (API.md: a ``*_month`` parameter takes a
    ``Month`` or a ``date``); anything else is left for the validator (a ``datetime`` too)."""
    if type(value) is _dt.date:
        return Month.of(value)
    return value


@attrs.frozen
class _v_month:
    rule: str

    def __call__(self, _i: object, a: attrs.Attribute[Any], v: object) -> None:
        if not isinstance(v, Month):
            raise TypeError(f"{self.rule}: {a.name}: expected a Month or a date, got {type(v).__name__}")


T = TypeVar("T")


@attrs.frozen
class _v_tuple_of:
    cls: type
    rule: str

    def __call__(self, _i: object, a: attrs.Attribute[Any], v: object) -> None:
        if not isinstance(v, tuple):
            raise TypeError(f"{self.rule}: {a.name}: expected a tuple of {self.cls.__name__}, got {type(v).__name__}")
        for x in v:
            if not isinstance(x, self.cls):
                raise TypeError(f"{self.rule}: {a.name}: expected {self.cls.__name__} items, got {type(x).__name__}")


@attrs.frozen
class Installments:
    """The initial construction fee and how it is paid (FEE-3: 「基本的に分割払い」).

    The source gives no amounts: ``total`` and ``per_month`` are inputs.  One installment
    of ``per_month`` is charged each month from ``first_month`` (the last one is what is
    left) until ``total`` is paid or the service ends; at withdrawal what is still unpaid
    is charged in one lump sum (FEE-3, FEE-2).

    >>> Installments(26_400, 1_100, Month(2024, 4)).per_month
    1100
    """

    total: int = attrs.field(validator=_v_money("FEE-3"))
    per_month: int = attrs.field(validator=_v_money("FEE-3"))
    first_month: Month = attrs.field(converter=_to_month, validator=_v_month("FEE-3"))

    def amount_in(self, month: int) -> int:
        """The installment charged for the month with index ``month`` (0 outside the schedule), O(1)."""
        first = self.first_month
        k = month - (first.year * 12 + first.month - 1)  # the k-th installment (0: the first)
        per = self.per_month
        if k < 0 or per == 0:
            return 0
        left = self.total - k * per  # what the k installments before it have not paid
        if left <= 0:
            return 0
        return per if per < left else left

    def paid_through(self, month: int) -> int:
        """What the installments of the months up to and including ``month`` add up to, O(1)."""
        k = month - self.first_month.index + 1
        if k <= 0:
            return 0
        return min(self.total, k * self.per_month)


@attrs.frozen
class CallForwarding:
    """着信転送サービス from ``started_on`` (FWD-1).  ``with_hikari_denwa``: installed together
    with So-net 光 電話 (the construction fee is then reduced by an unknown amount).
    ``first_month_fee``: what the start month costs, if the caller knows (the source
    does not say; ``None`` = unknown).  It ends with the So-net service.
    """

    started_on: _dt.date = attrs.field(validator=_v_date("FWD-1"))
    with_hikari_denwa: bool = attrs.field(default=False)
    first_month_fee: int | None = attrs.field(default=None, validator=_v_optional_money("FWD-1"))

    @with_hikari_denwa.validator
    def _check_together(self, _a: object, v: object) -> None:
        check_bool(v, "with_hikari_denwa", "FWD-1")


@attrs.frozen
class PassportMonthly:
    """A monthly flat-rate (月額定額) service bought with a Passport ID at ``price`` a month
    (an input: the guide gives no prices), one purchase (CHG-3).

    >>> import datetime
    >>> PassportMonthly("anime", 300, Subscription(datetime.date(2026, 9, 20))).price
    300
    """

    service: str = attrs.field()
    price: int = attrs.field(validator=_v_money("CHG-1"))
    subscription: Subscription = attrs.field(validator=_v_instance(Subscription, "CHG-1", optional=False))

    @service.validator
    def _check_service(self, _a: object, v: object) -> None:
        check_str(v, "service", "CHG-1")


@attrs.frozen
class PassportPerUse:
    """A per-use (都度課金) purchase on ``purchased_on`` (CHG-4); its price is the purchase's."""

    purchased_on: _dt.date = attrs.field(validator=_v_date("CHG-4"))
    purchase: PerUsePurchase = attrs.field(validator=_v_instance(PerUsePurchase, "CHG-4", optional=False))


@attrs.frozen
class Withdrawal:
    """A withdrawal application (退会): the day it was made (for a corporate written one,
    the day it *arrived*, WD-3), how, the month asked for, and the completion dates of
    removal construction (WD-5) and of the analog reversion of a kept number (NUM-2).
    ``requested_month`` takes a :class:`Month` or a ``date`` (its month).

    >>> import datetime
    >>> Withdrawal(datetime.date(2026, 9, 3), datetime.date(2026, 10, 31)).requested_month
    Month(2026, 10)
    """

    application_date: _dt.date = attrs.field(validator=_v_date("WD-1"))
    requested_month: Month = attrs.field(converter=_to_month, validator=_v_month("WD-1"))
    channel: Channel = attrs.field(default=Channel.PHONE, validator=_v_enum(Channel, "WD-2"))
    removal_completed_on: _dt.date | None = attrs.field(default=None, validator=_v_optional_date("WD-5"))
    reversion_completed_on: _dt.date | None = attrs.field(default=None, validator=_v_optional_date("NUM-2"))


@attrs.frozen
class OperatorSwitch:
    """A withdrawal by a switch of operator (事業者変更, WD-8): So-net membership ends when
    the line opens at the new operator on ``switch_date`` (the 事業者変更日), whose month is
    the withdrawal month, charged in full; ``approval_requested_on`` is the day the
    事業者変更承諾番号 was asked for by phone, if known.

    >>> import datetime
    >>> OperatorSwitch(datetime.date(2026, 10, 14)).switch_date
    datetime.date(2026, 10, 14)
    """

    switch_date: _dt.date = attrs.field(validator=_v_date("WD-8"))
    approval_requested_on: _dt.date | None = attrs.field(default=None, validator=_v_optional_date("WD-8"))


def _tuple(value: Iterable[T]) -> tuple[T, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(f"{_RULE}: expected a tuple, got {type(value).__name__}")
    return tuple(value)


@attrs.frozen
class Subscriber:
    """A So-net 光 subscriber as the preview needs it (frozen, hashable).

    ``monthly_charge`` is the plan's monthly charge (an input: the sources give no plan
    prices); ``first_month_charge`` what the start month costs, if known (``None``:
    unknown, :attr:`Unknown.FIRST_MONTH`).  ``applied_on`` and ``dwelling`` decide the
    cancellation fee (FEE-7); ``applicant`` the withdrawal channels (WD-2) and the payment
    methods (PAY-2).  The Passport ID purchases belong to the フレッツ line billed by NTT
    Finance (PID-8), ``flets_payment`` says how that line is paid.
    """

    service_start: _dt.date = attrs.field(validator=_v_date("TERM-1"))
    monthly_charge: int = attrs.field(validator=_v_money(_RULE))
    payment_method: PaymentMethod = attrs.field(validator=_v_enum(PaymentMethod, "PAY-2"))
    applicant: Applicant = attrs.field(default=Applicant.INDIVIDUAL, validator=_v_enum(Applicant, "WD-2"))
    applied_on: _dt.date | None = attrs.field(default=None, validator=_v_optional_date("FEE-7"))
    dwelling: Dwelling | None = attrs.field(default=None, validator=_v_enum(Dwelling, "FEE-7", optional=True))
    first_month_charge: int | None = attrs.field(default=None, validator=_v_optional_money(_RULE))
    construction: Installments | None = attrs.field(default=None, validator=_v_instance(Installments, "FEE-3"))
    call_forwarding: CallForwarding | None = attrs.field(default=None, validator=_v_instance(CallForwarding, "FWD-1"))
    passport_monthly: tuple[PassportMonthly, ...] = attrs.field(
        default=(), converter=_tuple, validator=_v_tuple_of(PassportMonthly, "CHG-1")
    )
    passport_per_use: tuple[PassportPerUse, ...] = attrs.field(
        default=(), converter=_tuple, validator=_v_tuple_of(PassportPerUse, "CHG-4")
    )
    withdrawal: Withdrawal | OperatorSwitch | None = attrs.field(
        default=None, validator=_v_instance((Withdrawal, OperatorSwitch), "WD-1")
    )
    minimum_usage: MinimumUsage | None = attrs.field(default=None, validator=_v_instance(MinimumUsage, "FEE-4"))
    flets_payment: FletsPayment = attrs.field(default=FletsPayment.PHONE_BILL, validator=_v_enum(FletsPayment, "PID-8"))


# -- the composition -----------------------------------------------------------------------------
#
# The preview declares no rule: each rule function it calls records its own decisions.  What the
# preview itself decides (where an item goes, what is unknown) it records as clauses of the rules
# it applies, declared here beside the code that decides.

_COMPOSED: Final = registered_rules()
START_MONTH_UNKNOWN = _COMPOSED["TERM-1"].clause(
    "{month} is the month service starts: the sources do not say whether it is charged in full, prorated or "
    "free, so its amount is unknown"
)
START_MONTH_GIVEN = _COMPOSED["TERM-1"].clause(
    "{month} is the month service starts: it is charged the amount given, {amount:yen}"
)
ONE_OFF_ON_THIS_STATEMENT = _COMPOSED["FEE-2"].clause(
    "the {kind} of {amount:yen} arose when withdrawal completed, as {charge_month}'s charge: it is on the "
    "statement of {billing_month}"
)
CAP_UNDECIDED = _COMPOSED["CAP-1"].clause(
    "an amount of the So-net charges billed in {billing_month} is unknown, so whether they exceed the cap is unknown"
)

_SONET_FEE_KIND: Final[Mapping[ChargeKind, tuple[ItemKind, tuple[str, ...]]]] = MappingProxyType(
    {
        ChargeKind.CANCELLATION_FEE: (ItemKind.CANCELLATION_FEE, ("FEE-1", "FEE-7", "FEE-2")),
        ChargeKind.CONSTRUCTION_BALANCE: (ItemKind.CONSTRUCTION_BALANCE, ("FEE-3", "FEE-2")),
        ChargeKind.MINIMUM_USAGE_PENALTY: (ItemKind.MINIMUM_USAGE_PENALTY, ("FEE-4", "FEE-2")),
    }
)


@attrs.frozen
class _Life:
    """What is decided once per subscriber: the service's months and the one-off charges."""

    start: int  # month index of the service start
    withdrawal: int | None  # month index of the (effective) withdrawal month
    withdrawal_rules: tuple[str, ...]  # the rules that set it (WD-1, plus WD-5 / NUM-2; or WD-8)
    fees: tuple[_withdrawal.Charge, ...]  # final_charges minus the last month's usage
    fee_months: frozenset[int]  # the month indices the fees are charged in (the completion month, FEE-2)
    forwarding_start: int | None
    forwarding_fees: _forwarding.ServiceFees | None
    label: str  # PID-8's line-item label


def _check_subscriber(subscriber: object) -> Subscriber:
    if not isinstance(subscriber, Subscriber):
        raise TypeError(f"{_RULE}: subscriber: expected a Subscriber, got {type(subscriber).__name__}")
    return subscriber


def _life(sub: Subscriber) -> _Life:
    """Decide the subscriber's life from the rule functions (each records its own trace)."""
    start = sub.service_start.year * 12 + sub.service_start.month - 1
    trace = TRACE.get()
    if not _payment._method_available(sub.payment_method, sub.applicant, trace):
        raise RuleInputError(
            f"{sub.payment_method.name} is for corporate contracts only", parameter="payment_method", rule="PAY-2"
        )
    w: int | None = None
    w_rules: tuple[str, ...] = ()
    fees: tuple[_withdrawal.Charge, ...] = ()
    wd = sub.withdrawal
    if isinstance(wd, OperatorSwitch):
        if wd.switch_date < sub.service_start:
            raise RuleInputError(
                f"the switch of operator on {wd.switch_date.isoformat()} is before the service start "
                f"{sub.service_start.isoformat()}",
                parameter="withdrawal",
                rule="WD-8",
            )
        month = _withdrawal.operator_switch_withdrawal_month(
            wd.switch_date, approval_requested_on=wd.approval_requested_on
        )
        w = month.index
        w_rules = ("WD-8",)
    elif wd is not None:
        if wd.application_date < sub.service_start:
            raise RuleInputError(
                f"the withdrawal application {wd.application_date.isoformat()} is before the service start "
                f"{sub.service_start.isoformat()}",
                parameter="withdrawal",
                rule="WD-1",
            )
        options = _withdrawal.withdrawal_month_options(wd.application_date, applicant=sub.applicant, channel=wd.channel)
        later_allowed = wd.channel is Channel.PAPER  # WD-3: 「翌月末以降」
        if not (wd.requested_month in options or (later_allowed and wd.requested_month > options[0])):
            allowed = f"{options[0]} or later" if later_allowed else " or ".join(str(m) for m in options)
            raise RuleInputError(
                f"withdrawal applied for on {wd.application_date.isoformat()} can end in {allowed}, "
                f"not {wd.requested_month}",
                parameter="requested_month",
                rule="WD-3" if later_allowed else "WD-1",
            )
        # WD-1, WD-5, NUM-2: the month service ends, and the rule that set it (decided once, in withdrawal)
        w, decided_by = _withdrawal._effective_month(
            wd.requested_month.index, wd.removal_completed_on, wd.reversion_completed_on, wd.application_date, trace
        )
        month = Month.from_index(w)
        w_rules = ("WD-1",) if decided_by == "WD-1" else ("WD-1", decided_by)
    if w is not None:
        inst = sub.construction
        charges = _withdrawal.final_charges(
            sub.service_start,
            month,
            construction_total=0 if inst is None else inst.total,
            construction_paid=0 if inst is None else inst.paid_through(w),
            applied_on=sub.applied_on,
            dwelling=sub.dwelling,
            minimum_usage=sub.minimum_usage,
        )
        fees = tuple(c for c in charges if c.kind is not ChargeKind.MONTHLY_USAGE)
    cf = sub.call_forwarding
    cf_start: int | None = None
    cf_fees: _forwarding.ServiceFees | None = None
    if cf is not None:
        cf_start = cf.started_on.year * 12 + cf.started_on.month - 1
        if cf_start < start or (w is not None and cf_start > w):
            raise RuleInputError(
                f"call forwarding started on {cf.started_on.isoformat()}, outside the So-net service "
                f"({Month.from_index(start)} to {'—' if w is None else Month.from_index(w)})",
                parameter="call_forwarding",
                rule="FWD-1",
            )
        cf_fees = _forwarding.service_fees(with_hikari_denwa=cf.with_hikari_denwa)
    label = ""
    if sub.passport_monthly or sub.passport_per_use:
        label = _passport.bill_placement(sub.flets_payment).line_item
    return _Life(start, w, w_rules, fees, frozenset(c.charge_month.index for c in fees), cf_start, cf_fees, label)


def _billing_index(index: int) -> int:
    if index <= 12:  # a bill of 0001-01 would charge the month before 0001-01
        raise RuleInputError(
            f"{Month.from_index(index)} has no usage month before it", parameter="billing_month", rule="PAY-1"
        )
    return index


# The members every statement reads, as plain names: on Python 3.11 an ``Enum.MEMBER`` read goes through
# EnumType.__getattr__'s hook, about 40 ns more than a module global, several times a month.
_PLAN_MONTHLY: Final = ItemKind.PLAN_MONTHLY
_INSTALLMENT: Final = ItemKind.CONSTRUCTION_INSTALLMENT
_SONET_DIRECT: Final = Bill.SONET_DIRECT
_PHONE_BILL: Final = Bill.PHONE_BILL
_NOT_APPLICABLE: Final = CapOutcome.NOT_APPLICABLE
_NTT_BILLING: Final = PaymentMethod.NTT_BILLING


def _sonet_items(sub: Subscriber, life: _Life, usage: int, trace: Trace | None) -> list[LineItem]:
    """The So-net items charged for the month with index ``usage`` (billed the month after), on
    So-net's own bill: under NTT請求, CAP-1 then places them (:func:`_statement`)."""
    sonet_bill = _SONET_DIRECT
    items: list[LineItem] = []
    u = month_at(usage)
    in_service = life.start <= usage and (life.withdrawal is None or usage <= life.withdrawal)
    if in_service:
        b = _billing._billing_month(usage, trace)  # PAY-1
        last = life.withdrawal is not None and usage == life.withdrawal
        if last:
            rules = (life.withdrawal_rules[0], "FEE-2", *life.withdrawal_rules[1:], "PAY-1")
            items.append(_item(_PLAN_MONTHLY, u, b, sub.monthly_charge, sonet_bill, rules))
        elif usage == life.start:
            amount = sub.first_month_charge
            if amount is None:
                unknown: tuple[Unknown, ...] = (Unknown.FIRST_MONTH,)
                if trace is not None:
                    trace.add(START_MONTH_UNKNOWN, None, month=u)
            else:
                unknown = ()
                if trace is not None:
                    trace.add(START_MONTH_GIVEN, amount, month=u, amount=amount)
            items.append(_item(_PLAN_MONTHLY, u, b, amount, sonet_bill, ("TERM-1", "PAY-1"), unknown))
        else:
            items.append(_item(_PLAN_MONTHLY, u, b, sub.monthly_charge, sonet_bill, ("PAY-1",)))
        inst = sub.construction
        if inst is not None:
            amount = inst.amount_in(usage)
            if amount:
                items.append(_item(_INSTALLMENT, u, b, amount, sonet_bill, ("FEE-3", "PAY-1")))
        cf = sub.call_forwarding
        if cf is not None and life.forwarding_start is not None and life.forwarding_fees is not None:
            if usage >= life.forwarding_start:
                fee: int | None = life.forwarding_fees.monthly_fee
                unknown = ()
                if usage == life.forwarding_start and not last:
                    fee = cf.first_month_fee
                    unknown = (Unknown.FIRST_MONTH,) if fee is None else ()
                rules = ("FWD-1", life.withdrawal_rules[0], "PAY-1") if last else ("FWD-1", "PAY-1")
                items.append(_item(ItemKind.CALL_FORWARDING_MONTHLY, u, b, fee, sonet_bill, rules, unknown))
            if usage == life.forwarding_start:
                c_fee = life.forwarding_fees.construction_fee
                unknown = (Unknown.REDUCED_CONSTRUCTION_FEE,) if c_fee is None else ()
                items.append(
                    _item(ItemKind.CALL_FORWARDING_CONSTRUCTION, u, b, c_fee, sonet_bill, ("FWD-1", "PAY-1"), unknown)
                )
    if usage not in life.fee_months:  # they arise in the completion month (FEE-2): most months have none
        return items
    for charge in life.fees:
        if charge.charge_month.index == usage:
            kind, rules = _SONET_FEE_KIND[charge.kind]
            if trace is not None:
                trace.add(
                    ONE_OFF_ON_THIS_STATEMENT,
                    charge.billing_month,
                    kind=kind,
                    amount=charge.amount,
                    charge_month=charge.charge_month,
                    billing_month=charge.billing_month,
                )
            items.append(_item(kind, charge.charge_month, charge.billing_month, charge.amount, sonet_bill, rules))
    return items


def _passport_items(sub: Subscriber, usage: int, monthly: Iterable[int], per_use: Iterable[int]) -> list[LineItem]:
    u = Month.from_index(usage)
    items: list[LineItem] = []
    nf = (Unknown.NTT_FINANCE_SCHEDULE,)
    for i in monthly:
        p = sub.passport_monthly[i]
        items.append(
            _item(
                ItemKind.PASSPORT_MONTHLY,
                u,
                None,
                p.price,
                Bill.NTT_FINANCE,
                ("CHG-1", "PID-8"),
                nf,
                p.service,
                i,
            )
        )
    chosen = []
    for i in per_use:
        q = sub.passport_per_use[i]
        chosen.append(q.purchase)
        items.append(
            _item(
                ItemKind.PASSPORT_PER_USE,
                u,
                None,
                q.purchase.price,
                Bill.NTT_FINANCE,
                ("CHG-4", "PID-8"),
                nf,
                q.purchase.service,
                i,
            )
        )
    if chosen:
        _billing.per_use_total(chosen)  # CHG-4: each purchase charged, each time (records the step)
    return items


def _sum(items: Iterable[LineItem]) -> int | None:
    total = 0
    for item in items:
        if item.amount is None:
            return None
        total += item.amount
    return total


def _statement(
    sub: Subscriber,
    life: _Life,
    billing: int,
    monthly: Sequence[int],
    per_use: Sequence[int],
    policy: CapPolicy,
    trace: Trace | None,
) -> Statement:
    usage = billing - 1
    method = sub.payment_method
    b = month_at(billing)
    consolidated = method is _NTT_BILLING
    provisional = _sonet_items(sub, life, usage, trace)
    sonet_total = _sum(provisional)
    bills: list[BillTotal] = []
    items: list[LineItem]
    if not consolidated:
        cap = _NOT_APPLICABLE
        items = provisional
        if items:
            when = _payment._collection_date(method, billing, trace)
            bills.append(_bill_total(_SONET_DIRECT, sonet_total, when, _unknown_total(items, when)))
    elif not provisional:
        cap, items = _NOT_APPLICABLE, provisional
    else:
        phone_when = _payment._collection_date(method, billing, trace)  # NTT Finance's schedule: None
        phone_label = _payment.ntt_billing_line_label()  # NTT-5 (records its step)
        if sonet_total is None:
            cap = CapOutcome.UNDECIDED
            # So-net items (no service, no purchase): the cap cannot place them on a bill
            items = [
                _item(
                    i.kind, i.charge_month, i.billing_month, i.amount, None, i.rule_ids,
                    (*i.unknown, Unknown.CAP_UNDECIDED),
                )
                for i in provisional
            ]  # fmt: skip
            bills.append(
                _bill_total(
                    _PHONE_BILL,
                    None,
                    phone_when,
                    (Unknown.CAP_UNDECIDED, Unknown.COLLECTION_NOT_GIVEN),
                    phone_label,
                )
            )
            bills.append(
                _bill_total(_SONET_DIRECT, None, None, (Unknown.CAP_UNDECIDED, Unknown.DIRECT_COLLECTION_NOT_GIVEN))
            )
            if trace is not None:
                trace.add(CAP_UNDECIDED, None, billing_month=b)
        else:
            split = _billing._split_consolidated(sonet_total, _billing.NTT_BILLING_CAP, policy, trace)
            extra: tuple[Unknown, ...]
            bill: Bill | None
            if split.direct == 0:
                cap, bill, extra = CapOutcome.WITHIN_CAP, _PHONE_BILL, ()
            elif split.phone_bill == 0:
                cap, bill, extra = CapOutcome.ABOVE_CAP_WHOLE, _SONET_DIRECT, ()
            else:
                cap, bill, extra = CapOutcome.ABOVE_CAP_SPLIT, None, (Unknown.CAP_SPLIT,)
            placed = ("CAP-1", "NTT-5") if bill is _PHONE_BILL else ("CAP-1",)
            items = [
                _item(
                    i.kind,
                    i.charge_month,
                    i.billing_month,
                    i.amount,
                    bill,
                    (*i.rule_ids, *placed),
                    (*i.unknown, *extra),
                )
                for i in provisional  # So-net items: no service, no purchase
            ]
            bills.append(
                _bill_total(_PHONE_BILL, split.phone_bill, phone_when, (Unknown.COLLECTION_NOT_GIVEN,), phone_label)
            )
            bills.append(
                _bill_total(
                    _SONET_DIRECT,
                    split.direct,
                    None,
                    (Unknown.DIRECT_COLLECTION_NOT_GIVEN,) if split.direct else (),
                )
            )
    if monthly or per_use:  # まとめて支払い charges this month (most months have none)
        nf_items = _passport_items(sub, usage, monthly, per_use)
        bills.append(_bill_total(Bill.NTT_FINANCE, _sum(nf_items), None, (Unknown.NTT_FINANCE_SCHEDULE,), life.label))
        items = [*items, *nf_items]
    label = _payment._bill_label_month(method, usage, trace)
    return _statement_of(b, tuple(items), sonet_total, cap, tuple(bills), label)


def _unknown_total(items: list[LineItem], when: _dt.date | None) -> tuple[Unknown, ...]:
    if when is not None:
        for item in items:
            if item.unknown:
                break
        else:
            return ()  # nothing unknown: no reasons (most statements)
    reasons: dict[Unknown, None] = {}
    for item in items:
        for r in item.unknown:
            reasons[r] = None
    if when is None:
        reasons[Unknown.COLLECTION_NOT_GIVEN] = None
    return tuple(reasons)


def _check_policy(cap_policy: object) -> CapPolicy:
    return check_enum(cap_policy, CapPolicy, "cap_policy", "CAP-1")


# -- public API ----------------------------------------------------------------------------------

COMPOSED_RULES: Final = (
    "TERM-1", "TERM-2", "WD-1", "WD-2", "WD-3", "WD-5", "WD-8", "NUM-2", "NUM-3", "FEE-1", "FEE-7", "FEE-3", "FEE-4",
    "FEE-2", "PAY-1", "PAY-2", "NTT-5", "CAP-1", "FWD-1", "CHG-1", "CHG-2", "CHG-4", "PID-8",
)  # fmt: skip
"""The rules the preview composes (it declares none of its own)."""

F = TypeVar("F", bound=Callable[..., Any])


@composes(
    *COMPOSED_RULES,
    question="What must the bills of {billing_month} contain, for the subscriber whose service started on "
    "{subscriber.service_start}?",
)
def preview(
    subscriber: Subscriber, billing_month: Month | _dt.date, *, cap_policy: CapPolicy = CapPolicy.WHOLE
) -> Statement:
    """The statement of ``billing_month``: every item its bills must contain, with the
    rules that produced it, the totals per bill after CAP-1 and the collection dates.

    The items are the charges *of* the month before (PAY-1, FEE-2): the plan's monthly
    charge, construction installments, 着信転送 fees and, in the month after completion,
    the cancellation fee, construction balance and minimum-usage penalty; then the
    まとめて支払い charges of the same month on the NTT Finance bill (PID-8, billing month
    unknown).  O(number of the subscriber's items).  A composition of the rule
    functions: it declares no rule, and ``explain(preview, ...)`` shows the steps of every
    rule it called.

    >>> import datetime
    >>> sub = Subscriber(datetime.date(2026, 4, 10), 6_000, PaymentMethod.NTT_BILLING)
    >>> s = preview(sub, Month(2026, 6))
    >>> [(i.kind.name, i.amount, i.bill.name) for i in s.items], s.cap.name
    ([('PLAN_MONTHLY', 6000, 'PHONE_BILL')], 'WITHIN_CAP')
    >>> preview(sub, Month(2026, 5)).cap.name       # the start month's charge is unknown
    'UNDECIDED'
    """
    sub = _check_subscriber(subscriber)
    b = _billing_index(month_index(billing_month, "billing_month", "PAY-1"))
    policy = _check_policy(cap_policy)
    life = _life(sub)
    usage = b - 1
    u = Month.from_index(usage)
    monthly = [
        i
        for i, p in enumerate(sub.passport_monthly)
        if _billing.is_charged(p.subscription.purchased_on, p.subscription.cancelled_on, u)
    ]
    per_use = [i for i, q in enumerate(sub.passport_per_use) if _index(q.purchased_on) == usage]
    return _statement(sub, life, b, monthly, per_use, policy, TRACE.get())


def _index(d: _dt.date) -> int:
    return d.year * 12 + d.month - 1


@composes(
    *COMPOSED_RULES,
    question="What are the statements, from the first bill on, of the subscriber whose service started on "
    "{subscriber.service_start}?",
)
def timeline(
    subscriber: Subscriber, *, through: Month | _dt.date | None = None, cap_policy: CapPolicy = CapPolicy.WHOLE
) -> Timeline:
    """Every statement from the first billing month through the last one after withdrawal.

    The first billing month follows the earliest charge month (the service start, or an
    earlier まとめて支払い purchase).  With a withdrawal the last is the bill of the
    completion month's charges (FEE-2), or of the withdrawal month's usage when there are
    no fees; ``through`` stops earlier.  Without a withdrawal ``through`` is required.
    ``timeline(s).statements[k] == preview(s, m)`` for each of its months ``m``, computed
    in O(months + items).

    >>> import datetime
    >>> sub = Subscriber(datetime.date(2029, 7, 5), 5_000, PaymentMethod.CREDIT_CARD, first_month_charge=0,
    ...                  withdrawal=Withdrawal(datetime.date(2029, 8, 1), Month(2029, 8)))
    >>> [(str(s.billing_month), s.sonet_total) for s in timeline(sub).statements]
    [('2029-08', 0), ('2029-09', 5000), ('2029-10', 20000)]
    """
    sub = _check_subscriber(subscriber)
    t = None if through is None else month_index(through, "through", "PAY-1")
    policy = _check_policy(cap_policy)
    life = _life(sub)
    first_usage = life.start
    for p in sub.passport_monthly:
        first_usage = min(first_usage, _index(p.subscription.purchased_on))
    for q in sub.passport_per_use:
        first_usage = min(first_usage, _index(q.purchased_on))
    if life.withdrawal is not None:
        last = life.withdrawal + 1
        for c in life.fees:
            last = max(last, c.billing_month.index)
        if t is not None:
            last = min(last, t)
    elif t is None:
        raise RuleInputError(
            "a subscriber without a withdrawal needs the billing month to stop at", parameter="through", rule="PAY-1"
        )
    else:
        last = t
    first = _billing_index(first_usage + 1)
    if last < first:
        return Timeline((), *_months_of(life), _continues(sub, last - 1))
    _billing_index(last)
    last_usage = last - 1
    monthly: dict[int, list[int]] = {}
    for i, p in enumerate(sub.passport_monthly):
        s = p.subscription
        if _index(s.purchased_on) > last_usage:
            continue
        for m in _billing.charged_months(s.purchased_on, s.cancelled_on, through=Month.from_index(last_usage)):
            monthly.setdefault(m.index, []).append(i)
    per_use: dict[int, list[int]] = {}
    for i, q in enumerate(sub.passport_per_use):
        per_use.setdefault(_index(q.purchased_on), []).append(i)
    trace = TRACE.get()
    statements = []
    if monthly or per_use:
        for b in range(first, last + 1):
            statements.append(_statement(sub, life, b, monthly.get(b - 1, ()), per_use.get(b - 1, ()), policy, trace))
    else:  # no まとめて支払い charges (most subscribers)
        for b in range(first, last + 1):
            statements.append(_statement(sub, life, b, (), (), policy, trace))
    return Timeline(tuple(statements), *_months_of(life), _continues(sub, last_usage))


def _months_of(life: _Life) -> tuple[Month | None, Month | None]:
    """The withdrawal and completion months (None without a withdrawal)."""
    if life.withdrawal is None:
        return None, None
    return Month.from_index(life.withdrawal), Month.from_index(life.withdrawal + 1)


def _continues(sub: Subscriber, last_usage: int) -> bool:
    """Whether まとめて支払い charges fall after the month with index ``last_usage`` (O(1) each)."""
    for q in sub.passport_per_use:
        if _index(q.purchased_on) > last_usage:
            return True
    for p in sub.passport_monthly:
        s = p.subscription
        if s.cancelled_on is None:
            return True
        if _index(s.purchased_on) > last_usage:
            return True
        before = _billing.charged_month_count(s.purchased_on, s.cancelled_on, through=Month.from_index(last_usage))
        if _billing.charged_month_count(s.purchased_on, s.cancelled_on) > before:
            return True
    return False
