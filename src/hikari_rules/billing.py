"""Monthly flat-rate and per-use charges, the billing lag and the NTT請求 cap
(CHG-1..4, PAY-1, CAP-1).

Sources: PASSPORT 「有料サービスの料金計算方法」 for the charges, NTT-BILL for the
billing lag and the 100,000円 cap of NTT請求(電話料金合算).

A monthly flat-rate (月額定額) subscription is charged for whole calendar months from the
purchase month through the cancellation month (CHG-1), except that a cancellation on the
1st of a month drops that month (CHG-2), except when the subscription was bought that same
day (CHG-1 again).  Counting is arithmetic on month indices, so it is O(1).

>>> import datetime
>>> D = datetime.date
>>> charged_months(D(2026, 9, 20), D(2026, 11, 5))       # CHG-1: September to November, in full
(Month(2026, 9), Month(2026, 10), Month(2026, 11))
>>> charged_months(D(2026, 9, 20), D(2026, 11, 1))       # CHG-2: cancelled on 1 November
(Month(2026, 9), Month(2026, 10))
>>> charged_months(D(2026, 11, 1), D(2026, 11, 1))       # bought and cancelled the same 1st
(Month(2026, 11),)
>>> charged_month_count(D(2026, 9, 20), through=Month(2027, 8))   # still subscribed
12
>>> split_consolidated(120_000)                          # CAP-1: above the cap, all of it direct
ConsolidatedSplit(phone_bill=0, direct=120000)
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable, Iterable
from typing import Final

import attrs

from hikari_rules._check import check_date, check_enum, check_money, check_optional_date, check_str, month_index
from hikari_rules._month import Month, month_at
from hikari_rules._registry import TRACE, Clause, Trace, implements, rule
from hikari_rules._text import labels
from hikari_rules.errors import RuleInputError

__all__ = [
    "NTT_BILLING_CAP",
    "CapPolicy",
    "ConsolidatedSplit",
    "PerUsePurchase",
    "Subscription",
    "billing_month",
    "charged_month_count",
    "charged_months",
    "charges_in_month",
    "is_charged",
    "per_use_charge_count",
    "per_use_total",
    "split_consolidated",
    "total_charged_months",
]

_CHG_SECTION: Final = "有料サービスの料金計算方法"

# -- CHG-1 Monthly flat charges are not prorated, and CHG-2 the 1st-of-month exception -----------

CHG_1 = rule(
    "CHG-1",
    title="Monthly flat charges are not prorated",
    title_ja="月額定額は日割りしない",
    source="PASSPORT",
    section=_CHG_SECTION,
    quote=(
        "「購入」後は「解約」されるまで、サービス利用の有無や利用回数にかかわらず、毎月料金の請求対象となります。\n"
        "月途中で「購入」または「解約」された場合でも日割り計算はいたしません。"
        "「購入」および「解約」された月を含む月数分を請求いたします。"
    ),
    statement=(
        "A monthly flat-rate (月額定額) subscription is charged in full for every calendar month from the purchase "
        "month through the cancellation month, inclusive, regardless of use; nothing is prorated. A subscription "
        "not yet cancelled is charged for every month from purchase through the month asked about."
    ),
    statement_ja=(
        "月額定額の有料サービスは、購入月から解約月までの各月(両端を含む)について、利用の有無にかかわらず"
        "満額が請求され、日割りはしない。未解約の場合は購入月から問い合わせ月までの各月が請求対象となる。"
    ),
)
CANCELLATION_MONTH_CHARGED = CHG_1.clause(
    "bought on {purchased_on} and cancelled on {cancelled_on}: as a rule, every month from the purchase month, "
    "{purchase_month}, through the cancellation month, {cancellation_month}, is charged in full, without proration"
)
BOUGHT_THE_SAME_FIRST = CHG_1.clause(
    "except that it was also bought that same day, {purchased_on}: {cancellation_month} is charged after all"
)
STILL_SUBSCRIBED = CHG_1.clause(
    "still subscribed: every month from the purchase month, {purchase_month}, through {through} is charged in full"
)
STILL_SUBSCRIBED_BEFORE_PURCHASE = CHG_1.clause(
    "still subscribed, but {through} is before the purchase month, {purchase_month}: no month is charged"
)
COUNTED_THROUGH = CHG_1.clause("only the months up to {through} are counted")
MONTH_BEFORE_PURCHASE = CHG_1.clause("{month} is before the purchase month, {purchase_month}: it is not charged")
MONTH_WHILE_SUBSCRIBED = CHG_1.clause(
    "still subscribed: {month} is charged in full, like every month from the purchase month, {purchase_month}"
)
MONTH_CHARGED = CHG_1.clause(
    "{month} is one of the charged months, {purchase_month} to {last_month}: it is charged in full"
)
MONTH_AFTER_LAST = CHG_1.clause("{month} is after the last charged month, {last_month}: it is not charged")

CHG_2 = rule(
    "CHG-2",
    title="The 1st-of-month exception",
    title_ja="1日解約の例外",
    source="PASSPORT",
    section=_CHG_SECTION,
    quote=(
        "ただし、翌月1日に解約した場合は、翌月分以降の請求対象外とします。(1日に購入し、同日の1日に解約した場合は除く)"
    ),
    statement=(
        "If a subscription is cancelled on the 1st day of a month later than the purchase month, that month is not "
        "charged. Exception to the exception: bought on the 1st and cancelled the same day, the month is charged "
        "(CHG-1 applies)."
    ),
    statement_ja=(
        "購入月より後の月の1日に解約した場合、その月は請求対象外となる。ただし1日に購入し同日の1日に解約した場合は"
        "例外の例外としてその月も請求される(CHG-1のとおり)。"
    ),
)
CANCELLED_ON_THE_FIRST = CHG_2.clause(
    "but it was cancelled on the 1st of the month, {cancelled_on}: {cancellation_month} is not charged"
)

# The base rule with its named exceptions (default logic, Catala style).  The question each
# branch answers: is the cancellation month charged?  The base rule (CHG-1) says yes; CHG-2 is
# an exception to it; the same-day purchase is an exception to the exception, under which
# CHG-1's answer holds again.  The most specific branch that applies decides.  Because a
# cancellation is never before the purchase, "cancelled on a 1st, not bought that same day" is
# exactly "cancelled on the 1st of a month later than the purchase month", which is how the
# catalog states CHG-2.


@attrs.frozen
class _Branch:
    """The base rule or one exception: when it applies, and what it says of the cancellation month."""

    says: Clause
    applies: Callable[[_dt.date, _dt.date], bool]
    cancellation_month_charged: bool
    exceptions: tuple[_Branch, ...] = ()


_CANCELLATION_MONTH_IS_CHARGED: Final = _Branch(
    CANCELLATION_MONTH_CHARGED,
    lambda purchased, cancelled: True,
    True,
    (
        _Branch(
            CANCELLED_ON_THE_FIRST,
            lambda purchased, cancelled: cancelled.day == 1,
            False,
            (_Branch(BOUGHT_THE_SAME_FIRST, lambda purchased, cancelled: purchased == cancelled, True),),
        ),
    ),
)


def _cancellation_month_charged(purchased: _dt.date, cancelled: _dt.date, trace: Trace | None) -> bool:
    """Whether the cancellation month is charged: the most specific branch that applies decides.

    Each branch that applies is recorded as the walk reaches it, base rule first.
    """
    branch = _CANCELLATION_MONTH_IS_CHARGED
    while True:
        if trace is not None:
            trace.add(
                branch.says,
                branch.cancellation_month_charged,
                purchased_on=purchased,
                cancelled_on=cancelled,
                purchase_month=Month.of(purchased),
                cancellation_month=Month.of(cancelled),
            )
        for exception in branch.exceptions:
            if exception.applies(purchased, cancelled):
                branch = exception
                break
        else:
            return branch.cancellation_month_charged


def _index(d: _dt.date) -> int:
    return d.year * 12 + d.month - 1


def _dates(purchased_on: object, cancelled_on: object, rule_id: str) -> tuple[_dt.date, _dt.date | None]:
    """The purchase and cancellation dates, checked (a cancellation is never before the purchase)."""
    p = check_date(purchased_on, "purchased_on", rule_id)
    c = check_optional_date(cancelled_on, "cancelled_on", rule_id)
    if c is not None and c < p:
        raise RuleInputError(
            f"cancellation {c.isoformat()} is before the purchase {p.isoformat()}",
            parameter="cancelled_on",
            rule=rule_id,
        )
    return p, c


def _through(through: object, rule_id: str = "CHG-1") -> int | None:
    return None if through is None else month_index(through, "through", rule_id)


def _span(p: _dt.date, c: _dt.date | None, t: int | None, trace: Trace | None) -> tuple[int, int]:
    """CHG-1/CHG-2 on checked dates: (first, last) charged month indices, none when last < first.

    ``t`` is the month index of ``through`` (already checked), or None.
    """
    first = _index(p)
    if c is None:
        if t is None:
            raise RuleInputError(
                "an open subscription (cancelled_on None) needs the month to count through",
                parameter="through",
                rule="CHG-1",
            )
        if t < first:
            if trace is not None:
                trace.add(STILL_SUBSCRIBED_BEFORE_PURCHASE, 0, through=Month.from_index(t), purchase_month=Month.of(p))
            return first, t  # t < first: no month
        if trace is not None:
            trace.add(STILL_SUBSCRIBED, t - first + 1, through=Month.from_index(t), purchase_month=Month.of(p))
        return first, t
    last = _index(c) if _cancellation_month_charged(p, c, trace) else _index(c) - 1
    if t is not None and t < last:
        if trace is not None:
            trace.add(COUNTED_THROUGH, Month.from_index(t), through=Month.from_index(t))
        last = t
    return first, last


def _charged_in(p: _dt.date, c: _dt.date | None, m: int, trace: Trace | None) -> bool:
    """CHG-1/CHG-2 on checked dates: whether the month with index ``m`` is charged."""
    first = _index(p)
    if m < first:
        if trace is not None:
            trace.add(MONTH_BEFORE_PURCHASE, False, month=Month.from_index(m), purchase_month=Month.of(p))
        return False
    if c is None:
        if trace is not None:
            trace.add(MONTH_WHILE_SUBSCRIBED, True, month=Month.from_index(m), purchase_month=Month.of(p))
        return True
    last = _index(c) if _cancellation_month_charged(p, c, trace) else _index(c) - 1
    if m <= last:
        if trace is not None:
            month, last_month = Month.from_index(m), Month.from_index(last)
            trace.add(MONTH_CHARGED, True, month=month, purchase_month=Month.of(p), last_month=last_month)
        return True
    if trace is not None:
        trace.add(MONTH_AFTER_LAST, False, month=Month.from_index(m), last_month=Month.from_index(last))
    return False


@implements(
    "CHG-1",
    "CHG-2",
    question="Which months is a monthly flat-rate subscription charged for "
    "(purchased on: {purchased_on}, cancelled on: {cancelled_on}, counted through: {through})?",
)
def charged_months(
    purchased_on: _dt.date, cancelled_on: _dt.date | None = None, *, through: Month | _dt.date | None = None
) -> tuple[Month, ...]:
    """The months a monthly flat-rate subscription is charged for, in order (CHG-1, CHG-2).

    ``through`` is required for an open subscription (``cancelled_on`` None); when both
    are given, months after ``through`` are left out.  ``through`` before the purchase
    month gives no months.  A cancellation before the purchase is a
    :class:`~hikari_rules.RuleInputError`.

    >>> import datetime
    >>> charged_months(datetime.date(2024, 1, 31), datetime.date(2024, 3, 1))
    (Month(2024, 1), Month(2024, 2))
    >>> charged_months(datetime.date(2024, 1, 31), through=Month(2023, 12))
    ()
    """
    t = _through(through)
    p, c = _dates(purchased_on, cancelled_on, "CHG-1")
    first, last = _span(p, c, t, TRACE.get())
    return tuple(Month.from_index(i) for i in range(first, last + 1))


@implements(
    "CHG-1",
    "CHG-2",
    question="How many months is a monthly flat-rate subscription charged for "
    "(purchased on: {purchased_on}, cancelled on: {cancelled_on}, counted through: {through})?",
)
def charged_month_count(
    purchased_on: _dt.date, cancelled_on: _dt.date | None = None, *, through: Month | _dt.date | None = None
) -> int:
    """How many months :func:`charged_months` gives, computed in O(1) from month indices.

    >>> import datetime
    >>> charged_month_count(datetime.date(1999, 12, 31), datetime.date(2000, 1, 1))
    1
    >>> charged_month_count(datetime.date(2024, 2, 29), datetime.date(2025, 2, 28))
    13
    """
    t = _through(through)
    p, c = _dates(purchased_on, cancelled_on, "CHG-1")
    first, last = _span(p, c, t, TRACE.get())
    return last - first + 1 if last >= first else 0


@implements(
    "CHG-1",
    "CHG-2",
    question="Is {month} charged, for a monthly flat-rate subscription "
    "(purchased on: {purchased_on}, cancelled on: {cancelled_on})?",
)
def is_charged(purchased_on: _dt.date, cancelled_on: _dt.date | None, month: Month | _dt.date) -> bool:
    """Whether ``month`` is one of the subscription's charged months (CHG-1, CHG-2).

    >>> import datetime
    >>> is_charged(datetime.date(2026, 9, 20), datetime.date(2026, 11, 1), Month(2026, 11))
    False
    >>> is_charged(datetime.date(2026, 9, 20), None, Month(2030, 1))
    True
    """
    m = month_index(month, "month", "CHG-1")
    p, c = _dates(purchased_on, cancelled_on, "CHG-1")
    return _charged_in(p, c, m, TRACE.get())


# -- CHG-3 Re-purchase starts a new subscription ----------------------------------------------------

CHG_3 = rule(
    "CHG-3",
    title="Re-purchase starts a new subscription",
    title_ja="再購入は別の購入として数える",
    source="PASSPORT",
    section=_CHG_SECTION,
    quote=(
        "「購入」された時点から「解約」されるまでが請求対象となります。\nパターン5 購入 解約 課金 課金 課金 購入 解約"
    ),
    statement=(
        "Each purchase starts its own subscription and its months are counted on their own, so buying again after "
        "a cancellation charges again, even within the same month."
    ),
    statement_ja="購入ごとに別の契約として月数を数える。解約後に再度購入すれば、同じ月であっても改めて請求される。",
    source_damaged=True,
)
MONTHS_ADD_UP = CHG_3.clause(
    "each purchase is counted as its own subscription, and their charged months add up: {total} in all "
    "(purchases: {subscriptions})"
)
CHARGES_ADD_UP = CHG_3.clause(
    "each purchase is charged on its own: charges for {month}, one for each subscription charged that month: "
    "{count} (subscriptions: {subscriptions})"
)


def _check_subscription(instance: Subscription, _attribute: object, _value: _dt.date | None) -> None:
    _dates(instance.purchased_on, instance.cancelled_on, "CHG-3")


@attrs.frozen
class Subscription:
    """One purchase of a monthly flat-rate service, cancelled or still running (CHG-3).

    >>> import datetime
    >>> Subscription(datetime.date(2026, 9, 5), datetime.date(2026, 9, 10)).cancelled_on
    datetime.date(2026, 9, 10)
    """

    purchased_on: _dt.date = attrs.field(metadata={"label": "purchased on"})
    cancelled_on: _dt.date | None = attrs.field(
        default=None, validator=_check_subscription, metadata={"label": "cancelled on"}
    )


def _subscriptions(subscriptions: object) -> tuple[Subscription, ...]:
    if isinstance(subscriptions, str | bytes | Subscription) or not isinstance(subscriptions, Iterable):
        raise TypeError(
            f"CHG-3: subscriptions: expected an iterable of Subscription, got {type(subscriptions).__name__}"
        )
    subs = tuple(subscriptions)
    for s in subs:
        if not isinstance(s, Subscription):
            raise TypeError(f"CHG-3: subscriptions: expected Subscription items, got {type(s).__name__}")
    return subs


@implements(
    "CHG-3",
    "CHG-1",
    "CHG-2",
    question="How many months are charged in all for these purchases of a monthly flat-rate service "
    "(counted through: {through}): {subscriptions}?",
)
def total_charged_months(subscriptions: Iterable[Subscription], *, through: Month | _dt.date | None = None) -> int:
    """Charged months summed over separate purchases: each purchase is its own
    subscription (CHG-3), so a re-purchase charges again, even in a month already charged.

    >>> import datetime
    >>> D = datetime.date
    >>> subs = [Subscription(D(2026, 9, 5), D(2026, 9, 10)), Subscription(D(2026, 9, 20), D(2026, 10, 3))]
    >>> total_charged_months(subs)
    3
    """
    subs = _subscriptions(subscriptions)
    t = _through(through, "CHG-3")
    trace = TRACE.get()
    total = 0
    for s in subs:  # each subscription's months, as charged_month_count decides and explains them
        first, last = _span(s.purchased_on, s.cancelled_on, t, trace)
        if last >= first:
            total += last - first + 1
    if trace is not None:
        trace.add(MONTHS_ADD_UP, total, total=total, subscriptions=len(subs))
    return total


@implements(
    "CHG-3",
    "CHG-1",
    "CHG-2",
    question="How many monthly charges fall on {month} for these purchases of a monthly flat-rate service: "
    "{subscriptions}?",
)
def charges_in_month(subscriptions: Iterable[Subscription], month: Month | _dt.date) -> int:
    """How many monthly charges fall on ``month``: one per subscription charged that month (CHG-3).

    >>> import datetime
    >>> D = datetime.date
    >>> charges_in_month([Subscription(D(2026, 9, 5), D(2026, 9, 10)), Subscription(D(2026, 9, 20))], Month(2026, 9))
    2
    """
    subs = _subscriptions(subscriptions)
    m = month_index(month, "month", "CHG-3")
    trace = TRACE.get()
    count = 0
    for s in subs:  # each subscription as is_charged decides and explains it
        count += _charged_in(s.purchased_on, s.cancelled_on, m, trace)
    if trace is not None:
        trace.add(CHARGES_ADD_UP, count, month=Month.from_index(m), count=count, subscriptions=len(subs))
    return count


# -- CHG-4 Per-use charges ---------------------------------------------------------------------------

CHG_4 = rule(
    "CHG-4",
    title="Per-use charges",
    title_ja="都度課金",
    source="PASSPORT",
    section="都度課金 タイプの場合",
    quote="一度購入したサービスを再度購入した場合は、購入の都度、課金されます。",
    statement="A per-use (都度課金) service is charged for every purchase, each time, even when bought again.",
    statement_ja="都度課金タイプは購入のたびに課金される。同じサービスを再度購入しても、その都度課金される。",
)
EACH_PURCHASE_CHARGED = CHG_4.clause(
    "every purchase is charged, each time, a repeated purchase too: as many charges as purchases, {count}"
)
EACH_PRICE_CHARGED = CHG_4.clause(
    "every purchase is charged its price, each time, a repeated purchase too: {total:yen} in all "
    "(purchases: {purchases})"
)


def _check_purchase(instance: PerUsePurchase, _attribute: object, _value: int) -> None:
    check_str(instance.service, "service", "CHG-4")
    check_money(instance.price, "price", "CHG-4")


@attrs.frozen
class PerUsePurchase:
    """One purchase of a per-use (都度課金) service at ``price`` yen (CHG-4)."""

    service: str = attrs.field(metadata={"label": "service bought"})
    price: int = attrs.field(validator=_check_purchase, metadata={"label": "price charged", "spec": "yen"})


def _purchases(purchases: object) -> tuple[PerUsePurchase, ...]:
    if isinstance(purchases, str | bytes | PerUsePurchase) or not isinstance(purchases, Iterable):
        raise TypeError(f"CHG-4: purchases: expected an iterable of PerUsePurchase, got {type(purchases).__name__}")
    items = tuple(purchases)
    for p in items:
        if not isinstance(p, PerUsePurchase):
            raise TypeError(f"CHG-4: purchases: expected PerUsePurchase items, got {type(p).__name__}")
    return items


@implements("CHG-4", question="How many per-use charges do these purchases make: {purchases}?")
def per_use_charge_count(purchases: Iterable[PerUsePurchase]) -> int:
    """Number of per-use charges: one per purchase, repeats included (CHG-4).

    >>> per_use_charge_count([PerUsePurchase("movie", 330), PerUsePurchase("movie", 330)])
    2
    """
    items = _purchases(purchases)
    count = len(items)
    trace = TRACE.get()
    if trace is not None:
        trace.add(EACH_PURCHASE_CHARGED, count, count=count)
    return count


@implements("CHG-4", question="What do these per-use purchases cost in all: {purchases}?", answer="{result:yen}")
def per_use_total(purchases: Iterable[PerUsePurchase]) -> int:
    """Total of per-use charges: every purchase's price, each time (CHG-4).

    >>> per_use_total([PerUsePurchase("movie", 330), PerUsePurchase("movie", 330), PerUsePurchase("game", 110)])
    770
    """
    items = _purchases(purchases)
    total = sum(p.price for p in items)
    trace = TRACE.get()
    if trace is not None:
        trace.add(EACH_PRICE_CHARGED, total, total=total, purchases=len(items))
    return total


# -- PAY-1 Billing lag -----------------------------------------------------------------------------------

PAY_1 = rule(
    "PAY-1",
    title="Billing lag",
    title_ja="利用翌月の請求",
    source="NTT-BILL",
    section="ご請求のタイミング",
    quote="ご利用料金は、利用翌月の2~3営業日ごろに「マイページ」からご確認いただけます。",
    statement=(
        "A month's usage is billed in the following month; the statement becomes visible on My Page around the "
        "2nd–3rd business day of that month."
    ),
    statement_ja="ある月の利用料金は翌月に請求され、翌月の2〜3営業日ごろにマイページで確認できる。",
)
BILLED_THE_MONTH_AFTER = PAY_1.clause("the usage of {usage_month} is billed in the following month, {billing_month}")

_LAST_INDEX: Final = 9999 * 12 + 11  # 9999-12: no month after it


def _billing_month(m: int, trace: Trace | None) -> Month:
    """PAY-1 on the month index ``m`` of the usage month (unchecked core of :func:`billing_month`)."""
    if m >= _LAST_INDEX:
        raise RuleInputError("the month after 9999-12 does not exist", parameter="usage_month", rule="PAY-1")
    result = month_at(m + 1)
    if trace is not None:
        trace.add(BILLED_THE_MONTH_AFTER, result, usage_month=month_at(m), billing_month=result)
    return result


@implements("PAY-1", question="In which month is the usage of {usage_month} billed?")
def billing_month(usage_month: Month | _dt.date) -> Month:
    """The month a month's usage is billed in: the month after (PAY-1).

    >>> billing_month(Month(2026, 12))
    Month(2027, 1)
    """
    if type(usage_month) is Month:
        return _billing_month(usage_month.year * 12 + usage_month.month - 1, TRACE.get())
    return _billing_month(month_index(usage_month, "usage_month", "PAY-1"), TRACE.get())


# -- CAP-1 Consolidation cap of NTT請求 ----------------------------------------------------------------

CAP_1 = rule(
    "CAP-1",
    title="Consolidation cap of NTT請求",
    title_ja="NTT請求の上限金額",
    source="NTT-BILL",
    section="ご注意事項",
    quote=(
        "「NTT請求(電話料金合算)」では、10万円を超えるご利用料金につきましては、So-netから直接ご請求させていただきます。"
    ),
    statement=(
        "Through NTT請求, charges above 100,000円 are billed by So-net directly. "
        "Exactly 100,000円 is not above the cap."
    ),
    statement_ja="NTT請求(電話料金合算)では、10万円を超える利用料金はSo-netから直接請求される。ちょうど10万円は超えていない。",
    interpretation=(
        "The sentence speaks of 「10万円を超えるご利用料金」 (charges above 100,000円), not of 「10万円を超える部分」 "
        "(the part above it), so a month's So-net charge above 100,000円 is billed by So-net directly as a whole "
        "and nothing of it goes on the consolidated phone bill. This is the default reading."
    ),
    other_reading=(
        "Only the excess over 100,000円 is billed directly and up to 100,000円 stays on the phone bill. "
        "A caller can choose this reading explicitly."
    ),
    interpretation_ja=(
        "原文は「10万円を超える部分」ではなく「10万円を超えるご利用料金」と述べているため、ある月のSo-net利用料金が"
        "10万円を超えるときはその全額がSo-netから直接請求され、電話料金合算には何も載らないと読む。これを既定の読み方とする。"
    ),
    other_reading_ja=(
        "10万円を超える部分だけが直接請求され、10万円までは電話料金に合算されるという読み方。指定すればこの読み方でも計算できる。"
    ),
)
WITHIN_THE_CAP = CAP_1.clause(
    "{amount:yen} is not above the cap of {cap:yen}: all of it goes on the consolidated phone bill"
)
ALL_BILLED_DIRECTLY = CAP_1.clause(
    "{amount:yen} is above the cap of {cap:yen}: So-net bills all of it directly (the default reading)"
)
EXCESS_BILLED_DIRECTLY = CAP_1.clause(
    "{amount:yen} is above the cap of {cap:yen}: {cap:yen} stays on the consolidated phone bill and So-net bills "
    "the excess of {excess:yen} directly (the other reading, as asked)"
)

NTT_BILLING_CAP: Final = 100_000
"""CAP-1: the most NTT請求(電話料金合算) carries for one month's So-net charges (yen)."""


class CapPolicy(enum.Enum):
    """How a month's charge above the CAP-1 cap is split."""

    WHOLE = "whole"
    """Interpretation (default): a charge above the cap is billed directly by So-net as a whole."""
    EXCESS = "excess"
    """The other reading: only the part above the cap is billed directly."""


labels(
    CapPolicy,
    WHOLE="above the cap, all of it billed directly",
    EXCESS="above the cap, only the excess billed directly",
)


@attrs.frozen
class ConsolidatedSplit:
    """Where a month's So-net charge is billed: on the docomo phone bill (NTT請求) or by So-net directly."""

    phone_bill: int = attrs.field(metadata={"label": "on the phone bill", "spec": "yen"})
    direct: int = attrs.field(metadata={"label": "billed directly by So-net", "spec": "yen"})


# The slots of a split, set as attrs' own __init__ sets them (past the frozen __setattr__),
# for the core below: it builds one split per call without the __init__ call.
_set_phone_bill: Final = ConsolidatedSplit.__dict__["phone_bill"].__set__
_set_direct: Final = ConsolidatedSplit.__dict__["direct"].__set__


_WHOLE: Final = CapPolicy.WHOLE
_new_object: Final = object.__new__


def _split_consolidated(amount: int, cap: int, policy: CapPolicy, trace: Trace | None) -> ConsolidatedSplit:
    """CAP-1 on checked whole yen: one decision, recorded by the branch that takes it."""
    split = _new_object(ConsolidatedSplit)
    if amount <= cap:
        _set_phone_bill(split, amount)
        _set_direct(split, 0)
        if trace is not None:
            trace.add(WITHIN_THE_CAP, split, amount=amount, cap=cap)
    elif policy is _WHOLE:
        _set_phone_bill(split, 0)
        _set_direct(split, amount)
        if trace is not None:
            trace.add(ALL_BILLED_DIRECTLY, split, amount=amount, cap=cap)
    else:
        _set_phone_bill(split, cap)
        _set_direct(split, amount - cap)
        if trace is not None:
            trace.add(EXCESS_BILLED_DIRECTLY, split, amount=amount, cap=cap, excess=amount - cap)
    return split


@implements(
    "CAP-1",
    question="How is a month's So-net charge of {amount:yen} split between the consolidated phone bill and "
    "So-net's direct bill, with a cap of {cap:yen} ({policy})?",
)
def split_consolidated(
    amount: int, *, cap: int = NTT_BILLING_CAP, policy: CapPolicy = CapPolicy.WHOLE
) -> ConsolidatedSplit:
    """Split a month's So-net charge between NTT請求 and So-net's direct bill (CAP-1).

    ``WHOLE`` (the default interpretation): an amount above ``cap`` is billed directly in
    full.  ``EXCESS``: the phone bill carries up to ``cap``, the rest is billed directly.
    Exactly ``cap`` is not above it.

    >>> split_consolidated(100_000)
    ConsolidatedSplit(phone_bill=100000, direct=0)
    >>> split_consolidated(100_001, policy=CapPolicy.EXCESS)
    ConsolidatedSplit(phone_bill=100000, direct=1)
    """
    # One test per argument on the common path (the defaults by identity); the checks
    # proper only when it fails.
    if type(amount) is not int or amount < 0:
        amount = check_money(amount, "amount", "CAP-1")
    if cap is not NTT_BILLING_CAP and (type(cap) is not int or cap < 0):
        cap = check_money(cap, "cap", "CAP-1")
    if policy is not _WHOLE and type(policy) is not CapPolicy:
        policy = check_enum(policy, CapPolicy, "policy", "CAP-1")
    return _split_consolidated(amount, cap, policy, TRACE.get())
