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
from hikari_rules._month import Month
from hikari_rules._registry import TRACE, Trace, implements, rule
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

# -- the rules, as the sources state them ---------------------------------------------------

_CHG_SECTION: Final = "有料サービスの料金計算方法"

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
        "and nothing of it goes on the consolidated phone bill (CapPolicy.WHOLE, the default)."
    ),
    other_reading=(
        "Only the excess over 100,000円 is billed directly and up to 100,000円 stays on the phone bill "
        "(CapPolicy.EXCESS, available as an explicit option)."
    ),
    interpretation_ja=(
        "原文は「10万円を超える部分」ではなく「10万円を超えるご利用料金」と述べているため、ある月のSo-net利用料金が"
        "10万円を超えるときはその全額がSo-netから直接請求され、電話料金合算には何も載らないと読む(CapPolicy.WHOLE、既定)。"
    ),
    other_reading_ja=(
        "10万円を超える部分だけが直接請求され、10万円までは電話料金に合算されるという読み方"
        "(CapPolicy.EXCESS として明示的に選べる)。"
    ),
)

NTT_BILLING_CAP: Final = 100_000
"""CAP-1: the most NTT請求(電話料金合算) carries for one month's So-net charges (yen)."""

_MAX_INDEX: Final = 9999 * 12 + 11

# -- CHG-1 / CHG-2 as a base rule with exceptions (default logic, Catala style) --------------
#
# The question each clause answers: is the cancellation month charged?  The base rule
# (CHG-1) says yes; CHG-2 is an exception to it; the same-day purchase is an exception to
# the exception, under which CHG-1's answer holds again.  The most specific clause that
# applies decides.  Because a cancellation is never before the purchase, "cancelled on a
# 1st, not bought that same day" is exactly "cancelled on the 1st of a month later than the
# purchase month", which is how RULES.md states CHG-2.


@attrs.frozen
class _Clause:
    """One clause deciding whether the cancellation month is charged."""

    rule_id: str
    name: str
    applies: Callable[[_dt.date, _dt.date], bool]
    cancellation_month_charged: bool
    note: str
    note_ja: str
    exceptions: tuple[_Clause, ...] = ()


_BOUGHT_AND_CANCELLED_THE_SAME_FIRST: Final = _Clause(
    "CHG-1",
    "bought on the 1st and cancelled the same day (exception to CHG-2)",
    lambda purchased, cancelled: purchased == cancelled,
    True,
    "bought and cancelled on the same 1st of the month: CHG-2 does not apply, so that month is charged (CHG-1)",
    "1日に購入し同日の1日に解約したため、CHG-2は適用されずその月は請求される(CHG-1)",
)
_CANCELLED_ON_THE_FIRST: Final = _Clause(
    "CHG-2",
    "cancelled on the 1st of a month (exception to CHG-1)",
    lambda purchased, cancelled: cancelled.day == 1,
    False,
    "cancelled on the 1st of a month: that month is not charged, unless the subscription was bought that same day",
    "月の1日に解約したため、同日に購入した場合を除き、その月は請求対象外",
    (_BOUGHT_AND_CANCELLED_THE_SAME_FIRST,),
)
_CANCELLATION_MONTH_IS_CHARGED: Final = _Clause(
    "CHG-1",
    "base rule: the cancellation month is charged in full",
    lambda purchased, cancelled: True,
    True,
    "the months from the purchase month through the cancellation month are charged in full (no proration)",
    "購入月から解約月までの各月が満額請求される(日割りなし)",
    (_CANCELLED_ON_THE_FIRST,),
)


def _decide(purchased: _dt.date, cancelled: _dt.date) -> _Clause:
    """The most specific clause that applies (no allocation)."""
    clause = _CANCELLATION_MONTH_IS_CHARGED
    while True:
        for exception in clause.exceptions:
            if exception.applies(purchased, cancelled):
                clause = exception
                break
        else:
            return clause


def _chain(purchased: _dt.date, cancelled: _dt.date) -> tuple[_Clause, ...]:
    """Every clause that applied, base rule first (for explanations only)."""
    chain = [_CANCELLATION_MONTH_IS_CHARGED]
    while True:
        nxt = next((e for e in chain[-1].exceptions if e.applies(purchased, cancelled)), None)
        if nxt is None:
            return tuple(chain)
        chain.append(nxt)


# -- the checked boundary and the O(1) core ---------------------------------------------------


def _index(d: _dt.date) -> int:
    return d.year * 12 + d.month - 1


def _through(through: object, rule_id: str = "CHG-1") -> int | None:
    return None if through is None else month_index(through, "through", rule_id)


def _span(purchased_on: object, cancelled_on: object, t: int | None) -> tuple[int, int]:
    """Validate once; return (first, last) charged month indices (last < first: none).

    ``t`` is the month index of ``through`` (already checked), or None.
    """
    p = check_date(purchased_on, "purchased_on", "CHG-1")
    c = check_optional_date(cancelled_on, "cancelled_on", "CHG-1")
    first = _index(p)
    if c is None:
        if t is None:
            raise RuleInputError(
                "an open subscription (cancelled_on None) needs the month to count through",
                parameter="through",
                rule="CHG-1",
            )
        return first, t
    if c < p:
        raise RuleInputError(
            f"cancellation {c.isoformat()} is before the purchase {p.isoformat()}",
            parameter="cancelled_on",
            rule="CHG-1",
        )
    last = _index(c) if _decide(p, c).cancellation_month_charged else _index(c) - 1
    if t is not None and t < last:
        last = t
    return first, last


def _trace_span(trace: Trace, purchased_on: _dt.date, cancelled_on: _dt.date | None, through: int | None) -> None:
    p = purchased_on
    t = None if through is None else Month.from_index(through)
    if cancelled_on is None:
        assert t is not None  # _span refused an open subscription without `through`
        if t < Month.of(p):
            note = f"still subscribed, but {t} is before the purchase month {Month.of(p)}: no month is charged"
            note_ja = f"未解約だが、{t}は購入月{Month.of(p)}より前のため請求対象の月はない"
        else:
            note = f"still subscribed: every month from the purchase month {Month.of(p)} through {t} is charged in full"
            note_ja = f"未解約のため、購入月{Month.of(p)}から{t}までの各月が満額請求される"
        trace.step(
            "CHG-1", max(0, t - Month.of(p) + 1), purchase_month=Month.of(p), through=t, note=note, note_ja=note_ja
        )
        return
    for clause in _chain(p, cancelled_on):
        trace.step(
            clause.rule_id,
            clause.cancellation_month_charged,
            purchased_on=p,
            cancelled_on=cancelled_on,
            cancellation_month=Month.of(cancelled_on),
            clause=clause.name,
            note=f"{clause.note} (purchase {p.isoformat()}, cancellation {cancelled_on.isoformat()})",
            note_ja=f"{clause.note_ja}(購入{p.isoformat()}、解約{cancelled_on.isoformat()})",
        )
    if t is not None and t < Month.of(cancelled_on):
        trace.step(
            "CHG-1",
            t,
            through=t,
            note=f"only the months through {t} are counted",
            note_ja=f"{t}までの月だけを数える",
        )


# -- public API: CHG-1 / CHG-2 ------------------------------------------------------------------


@implements("CHG-1", "CHG-2")
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
    first, last = _span(purchased_on, cancelled_on, t)
    result = tuple(Month.from_index(i) for i in range(first, last + 1))
    trace = TRACE.get()
    if trace is not None:
        _trace_span(trace, purchased_on, cancelled_on, t)
    return result


@implements("CHG-1", "CHG-2")
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
    first, last = _span(purchased_on, cancelled_on, t)
    count = last - first + 1 if last >= first else 0
    trace = TRACE.get()
    if trace is not None:
        _trace_span(trace, purchased_on, cancelled_on, t)
    return count


@implements("CHG-1", "CHG-2")
def is_charged(purchased_on: _dt.date, cancelled_on: _dt.date | None, month: Month | _dt.date) -> bool:
    """Whether ``month`` is one of the subscription's charged months (CHG-1, CHG-2).

    >>> import datetime
    >>> is_charged(datetime.date(2026, 9, 20), datetime.date(2026, 11, 1), Month(2026, 11))
    False
    >>> is_charged(datetime.date(2026, 9, 20), None, Month(2030, 1))
    True
    """
    m = month_index(month, "month", "CHG-1")
    first, last = _span(purchased_on, cancelled_on, m if cancelled_on is None else None)
    result = first <= m <= last
    trace = TRACE.get()
    if trace is not None:
        _trace_month(trace, purchased_on, cancelled_on, m, result)
    return result


def _trace_month(trace: Trace, purchased_on: _dt.date, cancelled_on: _dt.date | None, m: int, result: bool) -> None:
    """The CHG-1/CHG-2 steps of one subscription, then whether month index ``m`` is charged."""
    _trace_span(trace, purchased_on, cancelled_on, m if cancelled_on is None else None)
    trace.step(
        "CHG-1",
        result,
        month=Month.from_index(m),
        note=f"{Month.from_index(m)} {'is' if result else 'is not'} a charged month",
        note_ja=f"{Month.from_index(m)}は請求対象{'である' if result else 'ではない'}",
    )


# -- CHG-3: re-purchase ---------------------------------------------------------------------------


def _check_subscription(instance: Subscription, _attribute: object, _value: _dt.date | None) -> None:
    p = check_date(instance.purchased_on, "purchased_on", "CHG-3")
    c = check_optional_date(instance.cancelled_on, "cancelled_on", "CHG-3")
    if c is not None and c < p:
        raise RuleInputError(
            f"cancellation {c.isoformat()} is before the purchase {p.isoformat()}",
            parameter="cancelled_on",
            rule="CHG-3",
        )


@attrs.frozen
class Subscription:
    """One purchase of a monthly flat-rate service, cancelled or still running (CHG-3).

    >>> import datetime
    >>> Subscription(datetime.date(2026, 9, 5), datetime.date(2026, 9, 10)).cancelled_on
    datetime.date(2026, 9, 10)
    """

    purchased_on: _dt.date
    cancelled_on: _dt.date | None = attrs.field(default=None, validator=_check_subscription)


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


@implements("CHG-3", "CHG-1", "CHG-2")
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
    total = 0
    for s in subs:
        first, last = _span(s.purchased_on, s.cancelled_on, t)
        if last >= first:
            total += last - first + 1
    trace = TRACE.get()
    if trace is not None:
        for s in subs:  # each subscription's months, as charged_month_count explains them
            _trace_span(trace, s.purchased_on, s.cancelled_on, t)
        trace.step(
            "CHG-3",
            total,
            subscriptions=len(subs),
            note=f"{len(subs)} purchases counted as separate subscriptions: {total} charged months in all",
            note_ja=f"{len(subs)}件の購入をそれぞれ別の契約として数え、合計{total}カ月分を請求",
        )
    return total


@implements("CHG-3", "CHG-1", "CHG-2")
def charges_in_month(subscriptions: Iterable[Subscription], month: Month | _dt.date) -> int:
    """How many monthly charges fall on ``month``: one per subscription charged that month (CHG-3).

    >>> import datetime
    >>> D = datetime.date
    >>> charges_in_month([Subscription(D(2026, 9, 5), D(2026, 9, 10)), Subscription(D(2026, 9, 20))], Month(2026, 9))
    2
    """
    subs = _subscriptions(subscriptions)
    m = month_index(month, "month", "CHG-3")
    count = 0
    trace = TRACE.get()
    for s in subs:
        first, last = _span(s.purchased_on, s.cancelled_on, m)
        charged = first <= m <= last
        count += charged
        if trace is not None:  # each subscription as is_charged explains it
            _trace_month(trace, s.purchased_on, s.cancelled_on, m, charged)
    if trace is not None:
        trace.step(
            "CHG-3",
            count,
            month=Month.from_index(m),
            subscriptions=len(subs),
            note=f"{count} of {len(subs)} subscriptions are charged for {Month.from_index(m)}",
            note_ja=f"{len(subs)}件の契約のうち{count}件が{Month.from_index(m)}分の請求対象",
        )
    return count


# -- CHG-4: per-use charges ------------------------------------------------------------------------


def _check_purchase(instance: PerUsePurchase, _attribute: object, _value: int) -> None:
    check_str(instance.service, "service", "CHG-4")
    check_money(instance.price, "price", "CHG-4")


@attrs.frozen
class PerUsePurchase:
    """One purchase of a per-use (都度課金) service at ``price`` yen (CHG-4)."""

    service: str
    price: int = attrs.field(validator=_check_purchase)


def _purchases(purchases: object) -> tuple[PerUsePurchase, ...]:
    if isinstance(purchases, str | bytes | PerUsePurchase) or not isinstance(purchases, Iterable):
        raise TypeError(f"CHG-4: purchases: expected an iterable of PerUsePurchase, got {type(purchases).__name__}")
    items = tuple(purchases)
    for p in items:
        if not isinstance(p, PerUsePurchase):
            raise TypeError(f"CHG-4: purchases: expected PerUsePurchase items, got {type(p).__name__}")
    return items


@implements("CHG-4")
def per_use_charge_count(purchases: Iterable[PerUsePurchase]) -> int:
    """Number of per-use charges: one per purchase, repeats included (CHG-4).

    >>> per_use_charge_count([PerUsePurchase("movie", 330), PerUsePurchase("movie", 330)])
    2
    """
    items = _purchases(purchases)
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "CHG-4",
            len(items),
            purchases=len(items),
            note=f"{len(items)} purchases, each charged (a repeated purchase is charged again)",
            note_ja=f"購入{len(items)}件はそれぞれ課金される(再度の購入もその都度課金)",
        )
    return len(items)


@implements("CHG-4")
def per_use_total(purchases: Iterable[PerUsePurchase]) -> int:
    """Total of per-use charges: every purchase's price, each time (CHG-4).

    >>> per_use_total([PerUsePurchase("movie", 330), PerUsePurchase("movie", 330), PerUsePurchase("game", 110)])
    770
    """
    items = _purchases(purchases)
    total = sum(p.price for p in items)
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "CHG-4",
            total,
            purchases=len(items),
            note=f"{len(items)} purchases charged each time: {total}円",
            note_ja=f"購入{len(items)}件をその都度課金: 合計{total}円",
        )
    return total


# -- PAY-1: billing lag -------------------------------------------------------------------------------


@implements("PAY-1")
def billing_month(usage_month: Month | _dt.date) -> Month:
    """The month a month's usage is billed in: the month after (PAY-1).

    >>> billing_month(Month(2026, 12))
    Month(2027, 1)
    """
    return _billing_month(month_index(usage_month, "usage_month", "PAY-1"), TRACE.get())


def _billing_month(m: int, trace: Trace | None) -> Month:
    """Unchecked core of :func:`billing_month` for the usage month with index ``m`` (records its step)."""
    if m >= _MAX_INDEX:
        raise RuleInputError("the month after 9999-12 does not exist", parameter="usage_month", rule="PAY-1")
    result = Month.from_index(m + 1)
    if trace is not None:
        trace.step(
            "PAY-1",
            result,
            usage_month=Month.from_index(m),
            note=f"usage of {Month.from_index(m)} is billed in the following month, {result}",
            note_ja=f"{Month.from_index(m)}の利用料金は翌月{result}に請求される",
        )
    return result


# -- CAP-1: the NTT請求 cap --------------------------------------------------------------------------


class CapPolicy(enum.Enum):
    """How a month's charge above the CAP-1 cap is split."""

    WHOLE = "whole"
    """Interpretation (default): a charge above the cap is billed directly by So-net as a whole."""
    EXCESS = "excess"
    """The other reading: only the part above the cap is billed directly."""


@attrs.frozen
class ConsolidatedSplit:
    """Where a month's So-net charge is billed: on the docomo phone bill (NTT請求) or by So-net directly."""

    phone_bill: int
    direct: int


@implements("CAP-1")
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
    amount = check_money(amount, "amount", "CAP-1")
    cap = check_money(cap, "cap", "CAP-1")
    policy = check_enum(policy, CapPolicy, "policy", "CAP-1")
    return _split_consolidated(amount, cap, policy, TRACE.get())


def _split_consolidated(amount: int, cap: int, policy: CapPolicy, trace: Trace | None) -> ConsolidatedSplit:
    """Unchecked core of :func:`split_consolidated` (whole yen, a policy; records its step)."""
    if amount <= cap:
        result = ConsolidatedSplit(amount, 0)
    elif policy is CapPolicy.WHOLE:
        result = ConsolidatedSplit(0, amount)
    else:
        result = ConsolidatedSplit(cap, amount - cap)
    if trace is not None:
        if amount <= cap:
            note = f"{amount}円 is not above the {cap}円 cap: all of it goes on the phone bill"
            note_ja = f"{amount}円は上限{cap}円を超えないため、全額が電話料金に合算される"
        elif policy is CapPolicy.WHOLE:
            note = f"{amount}円 is above the {cap}円 cap: So-net bills all of it directly (interpretation)"
            note_ja = f"{amount}円は上限{cap}円を超えるため、全額がSo-netから直接請求される(解釈)"
        else:
            note = (
                f"{amount}円 is above the {cap}円 cap: the excess {amount - cap}円 is billed directly (other reading)"
            )
            note_ja = (
                f"{amount}円は上限{cap}円を超えるため、超過分{amount - cap}円がSo-netから直接請求される(別の読み方)"
            )
        trace.step("CAP-1", result, amount=amount, cap=cap, policy=policy, note=note, note_ja=note_ja)
    return result
