"""Fees at withdrawal: cancellation fee, minimum usage, fee statement, construction balance, tax.

Rules FEE-1, FEE-3..7 and TAX-1 (FEE-2, *when* these fees are charged, lives in
:mod:`hikari_rules.withdrawal`, see ``final_charges``).  Sources: WITHDRAW
(「解約金について」 and the sections after it) and SONET-FAQ (So-net's own FAQ on the
cancellation fee, quoted in the rule catalog; that page is not stored).

The cancellation fee depends on the contract month of the withdrawal month (TERM-1..3,
from :mod:`hikari_rules.contract_term`) and on the date the contract was applied for
(FEE-7).  Cancellation fees are outside the scope of consumption tax (不課税): no tax is
ever added to them.

>>> import datetime
>>> start = datetime.date(2026, 9, 20)
>>> cancellation_fee(start, Month(2029, 8))        # month 36: inside the term
20000
>>> cancellation_fee(start, Month(2029, 9))        # month 37: renewal window
0
>>> cancellation_fee(start, Month(2028, 1), applied_on=datetime.date(2026, 8, 1), dwelling=Dwelling.APARTMENT)
3480
>>> tax_included(FEE_STATEMENT_FEE_EXCLUDING_TAX)
3300
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Final, NoReturn

import attrs

from hikari_rules._check import IdentityHashEnum, check_date, check_enum, check_int, check_money, month_index
from hikari_rules._month import Month
from hikari_rules._registry import TRACE, Trace, implements, rule
from hikari_rules._text import labels
from hikari_rules.contract_term import SONET_HIKARI_PLUS, ContractTerm, _check_term, _contract_month, _in_window
from hikari_rules.errors import RuleInputError

__all__ = [
    "CALL_FORWARDING_CONSTRUCTION_FEE",
    "CALL_FORWARDING_MONTHLY_FEE",
    "CANCELLATION_FEE",
    "CANCELLATION_FEE_BY_DWELLING",
    "CONSUMPTION_TAX_RATE",
    "FEE_STATEMENT_FEES_EXCLUDING_TAX",
    "FEE_STATEMENT_FEE_EXCLUDING_TAX",
    "FLAT_FEE_LAST_APPLICATION_DAY",
    "REMOVAL_CONSTRUCTION_FEE",
    "Dwelling",
    "MinimumUsage",
    "RemovalTrigger",
    "StatementRequest",
    "cancellation_fee",
    "construction_fee_balance",
    "fee_statement_fee",
    "minimum_usage_penalty",
    "removal_construction_fee",
    "tax_included",
]

# -- FEE-1 Cancellation fee, and FEE-7 its amount by application date -----------------------------

FEE_1 = rule(
    "FEE-1",
    title="Cancellation fee outside the renewal window",
    title_ja="更新月以外の退会の解約金",
    source="WITHDRAW",
    section="解約金について",
    quote="更新月以外で退会をすると解約金が20,000円発生します。\n解約金が出ないようにするには更新期間に退会する必要があります。",
    statement=(
        "Withdrawal whose withdrawal month is not a renewal month costs the cancellation fee (20,000円); "
        "withdrawal in a renewal month costs 0円. Months 1 to 36 always cost the fee."
    ),
    statement_ja="退会月が更新月でなければ解約金(20,000円)がかかり、更新月なら0円。1〜36カ月目は常に解約金がかかる。",
)
NO_FEE_IN_RENEWAL_MONTH = FEE_1.clause("contract month {n} is a renewal month, so there is no cancellation fee")
FEE_OUTSIDE_RENEWAL_MONTH = FEE_1.clause("contract month {n} is not a renewal month, so the cancellation fee is due")

FEE_7 = rule(
    "FEE-7",
    title="Fee by application date",
    title_ja="申込日による解約金額",
    source="SONET-FAQ",
    section="",
    quote=(
        "戸建 4,580円(不課税) / マンション 3,480円(不課税)\n"
        "ただし、2022年6月30日までにSo-net 光 プラスを申し込んだ方が解約される場合は、"
        "戸建てプラン・マンションプラン問わず一律で20,000円(不課税)の解約金がかかります。\n"
        "「事業者変更日」が契約更新期間以外の月だった場合に、解約金が発生します。"
    ),
    statement=(
        "Contracts applied for on or before 30 June 2022 (and their renewals) pay 20,000円; from 1 July 2022 "
        "the fee is 4,580円 for a detached house (戸建) and 3,480円 for an apartment (マンション). The renewal "
        "window is the same; on a switch of operator (事業者変更) the month of the switch date is judged. "
        "The fee is outside the scope of consumption tax (不課税): no tax is added. Without an application date "
        "the withdrawal guide's 20,000円 applies."
    ),
    statement_ja=(
        "2022年6月30日までの申込(とその更新)は20,000円、2022年7月1日以降の申込は戸建4,580円・マンション3,480円。"
        "更新期間の扱いは同じで、事業者変更では事業者変更日の月で判定する。解約金は不課税で税を加えない。"
        "申込日が不明なら退会ガイドの20,000円を用いる。"
    ),
    ambiguity=(
        "Two sources disagree and one date decides. The withdrawal guide gives 20,000円 with no date; "
        "So-net's FAQ gives 4,580円 / 3,480円 and keeps 20,000円 for applications 「2022年6月30日までに」. The "
        "library reads 「までに」 as inclusive (an application on 30 June 2022 pays 20,000円; from 1 July 2022 the "
        "new amounts), judges the application date (not the service start date, which may be weeks later), and "
        "when no application date is given applies the guide's 20,000円 and says so in the explanation."
    ),
    ambiguity_ja=(
        "2つの出典が食い違い、1つの日付で決まる。退会ガイドは日付の条件なしに20,000円とし、So-netのFAQは"
        "4,580円/3,480円とし「2022年6月30日までに」申し込んだ方は20,000円とする。本ライブラリは「までに」を当日を含むと"
        "読み(2022年6月30日の申込は20,000円、2022年7月1日以降は新しい金額)、サービス開始日ではなく申込日で判定し、"
        "申込日が与えられないときは退会ガイドの20,000円を用いて、その旨を説明に記す。"
    ),
)
FLAT_FEE_WITHOUT_APPLICATION_DATE = FEE_7.clause(
    "no application date was given, so the withdrawal guide's fee of {fee:yen} applies (no consumption tax); "
    "a contract applied for from 1 July 2022 would pay {house:yen} (detached house) or {apartment:yen} (apartment)"
)
FLAT_FEE_BY_APPLICATION_DATE = FEE_7.clause(
    "applied for on {applied_on}, on or before 30 June 2022: the fee is {fee:yen} whatever the plan "
    "(no consumption tax)"
)
FLAT_FEE_WHATEVER_THE_DWELLING = FEE_7.clause(
    "applied for on {applied_on}, on or before 30 June 2022: the fee is {fee:yen} whatever the plan, so the "
    "{dwelling} plan does not change it (no consumption tax)"
)
FEE_BY_DWELLING = FEE_7.clause(
    "applied for on {applied_on}, from 1 July 2022: the {dwelling} plan's fee is {fee:yen} (no consumption tax)"
)

CANCELLATION_FEE: Final = 20_000
"""FEE-1: the withdrawal guide's cancellation fee (不課税)."""


class Dwelling(enum.Enum):
    """The plan's dwelling type, which sets the fee for applications from 2022-07-01 (FEE-7)."""

    HOUSE = "house"  # 戸建
    APARTMENT = "apartment"  # マンション


labels(Dwelling, HOUSE="detached-house", APARTMENT="apartment")

FLAT_FEE_LAST_APPLICATION_DAY: Final = _dt.date(2022, 6, 30)
"""Applications on or before this day pay the flat 20,000円 whatever the plan (FEE-7)."""

CANCELLATION_FEE_BY_DWELLING: Final[Mapping[Dwelling, int]] = MappingProxyType(
    {
        # SONET-FAQ: 「戸建 4,580円(不課税) / マンション 3,480円(不課税)」, applications from 2022-07-01
        Dwelling.HOUSE: 4_580,
        Dwelling.APARTMENT: 3_480,
    }
)
"""Cancellation fee for contracts applied for from 2022-07-01, by dwelling (不課税)."""


def _missing_dwelling(applied_on: _dt.date) -> NoReturn:
    raise RuleInputError(
        f"a contract applied for on {applied_on.isoformat()} (after 2022-06-30) pays a fee by dwelling: "
        "give dwelling=Dwelling.HOUSE or Dwelling.APARTMENT",
        parameter="dwelling",
        rule="FEE-7",
    )


def _fee_amount(applied_on: _dt.date | None, dwelling: Dwelling | None, trace: Trace | None) -> int:
    """FEE-7: the fee a withdrawal outside the renewal window costs (raises if ``dwelling`` is needed)."""
    if applied_on is None:
        if trace is not None:
            trace.add(
                FLAT_FEE_WITHOUT_APPLICATION_DATE,
                CANCELLATION_FEE,
                fee=CANCELLATION_FEE,
                house=CANCELLATION_FEE_BY_DWELLING[Dwelling.HOUSE],
                apartment=CANCELLATION_FEE_BY_DWELLING[Dwelling.APARTMENT],
            )
        return CANCELLATION_FEE
    if applied_on <= FLAT_FEE_LAST_APPLICATION_DAY:
        if trace is not None:
            if dwelling is None:
                trace.add(FLAT_FEE_BY_APPLICATION_DATE, CANCELLATION_FEE, applied_on=applied_on, fee=CANCELLATION_FEE)
            else:
                trace.add(
                    FLAT_FEE_WHATEVER_THE_DWELLING,
                    CANCELLATION_FEE,
                    applied_on=applied_on,
                    fee=CANCELLATION_FEE,
                    dwelling=dwelling,
                )
        return CANCELLATION_FEE
    if dwelling is None:
        _missing_dwelling(applied_on)
    fee = CANCELLATION_FEE_BY_DWELLING[dwelling]
    if trace is not None:
        trace.add(FEE_BY_DWELLING, fee, applied_on=applied_on, dwelling=dwelling, fee=fee)
    return fee


def _cancellation_fee(
    start: int,
    month: int,
    term: ContractTerm,
    applied_on: _dt.date | None,
    dwelling: Dwelling | None,
    parameter: str = "withdrawal_month",
) -> int:
    """FEE-1 on month indices: 0 in a renewal month (TERM-2/3), else FEE-7's amount."""
    trace = TRACE.get()
    n = _contract_month(start, month, trace, parameter)
    if _in_window(n, term, trace):
        if applied_on is not None and dwelling is None and applied_on > FLAT_FEE_LAST_APPLICATION_DAY:
            _missing_dwelling(applied_on)  # the input is incomplete whatever the month
        if trace is not None:
            trace.add(NO_FEE_IN_RENEWAL_MONTH, 0, n=n)
        return 0
    if trace is not None:
        trace.add(FEE_OUTSIDE_RENEWAL_MONTH, True, n=n)
    return _fee_amount(applied_on, dwelling, trace)


@implements(
    "FEE-1",
    "FEE-7",
    question="What cancellation fee does withdrawing at the {withdrawal_month:end} cost, "
    "for a service that started on {service_start}?",
    answer="{result:yen}",
)
def cancellation_fee(
    service_start: _dt.date,
    withdrawal_month: Month | _dt.date,
    *,
    term: ContractTerm = SONET_HIKARI_PLUS,
    applied_on: _dt.date | None = None,
    dwelling: Dwelling | None = None,
) -> int:
    """The cancellation fee (解約金, 不課税: never taxed) of withdrawing in ``withdrawal_month``.

    0 in a renewal month (TERM-2/3 via :mod:`~hikari_rules.contract_term`); otherwise
    (FEE-1, FEE-7) 20,000円 for a contract applied for on or before 2022-06-30 or when
    ``applied_on`` is None (the withdrawal guide's figure, said so in the explanation),
    and 4,580円 (``Dwelling.HOUSE``) / 3,480円 (``Dwelling.APARTMENT``) for one applied for
    from 2022-07-01.  A later ``applied_on`` without ``dwelling`` is a
    :class:`~hikari_rules.RuleInputError`; a ``dwelling`` with the 20,000円 regime is
    ignored.

    Switch of operator (事業者変更): the month of the 事業者変更日 is the month judged,
    so pass that month as ``withdrawal_month``.

    A withdrawal month before the service start month is a ``RuleInputError``.

    >>> import datetime
    >>> start = datetime.date(2023, 1, 15)
    >>> [cancellation_fee(start, Month(2023, 1) + k) for k in (35, 36, 37, 38)]
    [20000, 0, 0, 20000]
    >>> cancellation_fee(start, Month(2025, 1), applied_on=datetime.date(2022, 12, 1), dwelling=Dwelling.HOUSE)
    4580
    """
    if type(term) is not ContractTerm:
        term = _check_term(term)
    if type(service_start) is not _dt.date:
        service_start = check_date(service_start, "service_start", "FEE-1")
    if type(withdrawal_month) is Month:
        month = withdrawal_month.year * 12 + withdrawal_month.month - 1
    else:
        month = month_index(withdrawal_month, "withdrawal_month", "FEE-1")
    if applied_on is not None and type(applied_on) is not _dt.date:
        applied_on = check_date(applied_on, "applied_on", "FEE-7")
    if dwelling is not None and type(dwelling) is not Dwelling:
        dwelling = check_enum(dwelling, Dwelling, "dwelling", "FEE-7")
    start = service_start.year * 12 + service_start.month - 1
    return _cancellation_fee(start, month, term, applied_on, dwelling)


# -- FEE-3 Construction fee balance ------------------------------------------------------------------

FEE_3 = rule(
    "FEE-3",
    title="Construction fee balance",
    title_ja="初期工事費の残債",
    source="WITHDRAW",
    section="その他に解約時発生する費用はいくら?",
    quote="初期工事費は基本的に分割払いになっています。\n退会時に残債があれば一括請求されます。",
    statement=(
        "The unpaid balance of the initial construction fee (paid in installments) is due in one lump sum "
        "at withdrawal: total − amount already paid, never negative."
    ),
    statement_ja="分割払いの初期工事費に残債があれば、退会時に一括請求される(総額−支払済額、負にはならない)。",
)
BALANCE_DUE = FEE_3.clause(
    "of the construction fee of {total:yen}, {paid:yen} has been paid: the balance of {balance:yen} is charged "
    "in one lump sum"
)
NOTHING_LEFT = FEE_3.clause(
    "of the construction fee of {total:yen}, {paid:yen} has been paid: nothing is left to charge"
)


def _construction_fee_balance(total: int, paid: int) -> int:
    trace = TRACE.get()
    if total > paid:
        balance = total - paid
        if trace is not None:
            trace.add(BALANCE_DUE, balance, total=total, paid=paid, balance=balance)
        return balance
    if trace is not None:
        trace.add(NOTHING_LEFT, 0, total=total, paid=paid)
    return 0


@implements(
    "FEE-3",
    question="What is left to pay at withdrawal of a construction fee of {total:yen} of which {paid:yen} is paid?",
    answer="{result:yen}",
)
def construction_fee_balance(total: int, paid: int) -> int:
    """The unpaid initial-construction-fee balance charged in one lump sum at withdrawal (FEE-3).

    ``max(total - paid, 0)``; both are non-negative whole yen.

    >>> construction_fee_balance(26_400, 17_600), construction_fee_balance(26_400, 26_400)
    (8800, 0)
    """
    t = check_money(total, "total", "FEE-3")
    p = check_money(paid, "paid", "FEE-3")
    return _construction_fee_balance(t, p)


# -- FEE-4 Minimum usage period ------------------------------------------------------------------------

FEE_4 = rule(
    "FEE-4",
    title="Minimum usage period",
    title_ja="最低利用期間",
    source="WITHDRAW",
    section="その他に解約時発生する費用はいくら?",
    quote=(
        "その他にもキャッシュバックを受け取った方に注意してほしいのが、最低利用期間が設定されている場合に違約金が発生します。\n"
        "最低利用期間はソネット光プラスの契約期間とは別です。\n"
        "ソネット光プラスの申込経路によって異なるので絶対に最低利用期間があるとは言えません。"
    ),
    statement=(
        "A campaign's minimum usage period is separate from the contract term and may carry its own penalty; "
        "whether one applies depends on the sign-up route, so it is optional input (months N, penalty) and "
        "never assumed."
    ),
    statement_ja=(
        "キャンペーンの最低利用期間は契約期間とは別で、独自の違約金を伴うことがある。申込経路によるため、"
        "入力(Nカ月、違約金額)として与えられたときだけ適用し、決して仮定しない。"
    ),
    interpretation=(
        "The penalty is due when the contract month of the withdrawal month is below N: withdrawing at the "
        "end of month N has used the N months. Like the cancellation fee it arises in the completion month "
        "and is billed in the month after it (FEE-2)."
    ),
    other_reading=(
        "The period counts from the service start day (not month), or month N itself must also be completed "
        "after a further month, so withdrawing in month N (or N+1) would still cost the penalty."
    ),
    interpretation_ja=(
        "退会月の契約月数がN未満のとき違約金がかかる(Nカ月目の末日に退会すればNカ月利用したことになる)。"
        "解約金と同じく退会完了月に発生し、その翌月に請求される(FEE-2)。"
    ),
    other_reading_ja=(
        "期間をサービス開始「日」から数える、あるいはNカ月目の退会でもまだ期間を満たさないとして、"
        "Nカ月目(またはN+1カ月目)の退会にも違約金がかかる、という読み方。"
    ),
)
NO_MINIMUM_USAGE = FEE_4.clause("no minimum usage period was given, and none is assumed: no penalty")
PENALTY_DUE = FEE_4.clause(
    "withdrawal in contract month {n} is before the end of the minimum usage period of {months} months: "
    "a penalty of {penalty:yen}"
)
PERIOD_USED = FEE_4.clause(
    "withdrawal at the end of contract month {n} has used the minimum usage period of {months} months: no penalty"
)


@attrs.frozen
class MinimumUsage:
    """A campaign's minimum usage period (最低利用期間): ``months`` ≥ 1, ``penalty`` ≥ 0 yen (FEE-4).

    The source gives no figures: they depend on the sign-up route, so the caller
    supplies them (and passes ``None`` when there is no such period).

    >>> MinimumUsage(12, 10_000)
    MinimumUsage(months=12, penalty=10000)
    """

    months: int = attrs.field(metadata={"label": "months"})
    penalty: int = attrs.field(metadata={"label": "penalty", "spec": "yen"})

    @months.validator
    def _check_months(self, _attribute: object, value: object) -> None:
        check_int(value, "months", "FEE-4", minimum=1)

    @penalty.validator
    def _check_penalty(self, _attribute: object, value: object) -> None:
        check_money(value, "penalty", "FEE-4")


def _minimum_usage_penalty(start: int, month: int, minimum_usage: MinimumUsage | None) -> int:
    """FEE-4 on month indices (the interpretation: due while the contract month is below N)."""
    trace = TRACE.get()
    if minimum_usage is None:
        _contract_month(start, month, None, "withdrawal_month")
        if trace is not None:
            trace.add(NO_MINIMUM_USAGE, 0)
        return 0
    n = _contract_month(start, month, trace, "withdrawal_month")
    if n < minimum_usage.months:
        if trace is not None:
            trace.add(
                PENALTY_DUE, minimum_usage.penalty, n=n, months=minimum_usage.months, penalty=minimum_usage.penalty
            )
        return minimum_usage.penalty
    if trace is not None:
        trace.add(PERIOD_USED, 0, n=n, months=minimum_usage.months)
    return 0


@implements(
    "FEE-4",
    question="What minimum-usage penalty does withdrawing at the {withdrawal_month:end} cost, "
    "for a service that started on {service_start} (minimum usage period: {minimum_usage})?",
    answer="{result:yen}",
)
def minimum_usage_penalty(
    service_start: _dt.date, withdrawal_month: Month | _dt.date, minimum_usage: MinimumUsage | None
) -> int:
    """The minimum-usage penalty of withdrawing in ``withdrawal_month`` (FEE-4, interpretation).

    ``None`` (no minimum usage period: never assumed) gives 0.  Otherwise the penalty is
    due when the withdrawal month's contract month is below ``months``: withdrawing at
    the end of month N has used the N months.

    >>> import datetime
    >>> start, rule = datetime.date(2026, 9, 20), MinimumUsage(12, 10_000)
    >>> minimum_usage_penalty(start, Month(2027, 7), rule), minimum_usage_penalty(start, Month(2027, 8), rule)
    (10000, 0)
    >>> minimum_usage_penalty(start, Month(2026, 9), None)
    0
    """
    d = check_date(service_start, "service_start", "FEE-4")
    month = month_index(withdrawal_month, "withdrawal_month", "FEE-4")
    if minimum_usage is not None and not isinstance(minimum_usage, MinimumUsage):
        raise TypeError(f"FEE-4: minimum_usage: expected a MinimumUsage or None, got {type(minimum_usage).__name__}")
    return _minimum_usage_penalty(d.year * 12 + d.month - 1, month, minimum_usage)


# -- TAX-1 Tax conversion ---------------------------------------------------------------------------

TAX_1 = rule(
    "TAX-1",
    title="Tax conversion",
    title_ja="税込額への換算",
    source="WITHDRAW",
    section="3000円もかかる!違約金(解除料金)記載の明細書",
    statement="Tax-included = tax-excluded × (1 + rate), rounded down to the yen; the rate defaults to 10%.",
    statement_ja="税込額 = 税抜額 × (1 + 税率) の1円未満切り捨て。税率の既定値は10%。",
)
WITH_TAX = TAX_1.clause(
    "{amount:yen} excluding tax, with {rate} consumption tax, is {result:yen} (rounded down to the yen)"
)

CONSUMPTION_TAX_RATE: Final = Fraction(1, 10)
"""TAX-1: the consumption tax rate, as a ratio."""


def _check_rate(rate: object) -> Fraction | int:
    t = type(rate)
    if t is Fraction:
        # A Fraction carries its sign on the numerator: an int comparison, not Fraction.__lt__.
        if rate.numerator < 0:  # type: ignore[attr-defined]
            raise RuleInputError(f"must not be negative, got {rate}", parameter="rate", rule="TAX-1")
        return rate  # type: ignore[return-value]
    if t is int:
        value: Fraction | int = rate  # type: ignore[assignment]
    elif isinstance(rate, Fraction):
        value = Fraction(rate)
    elif isinstance(rate, int) and not isinstance(rate, bool):
        value = int(rate)
    else:
        hint = " (binary fractions round wrongly: use fractions.Fraction)" if isinstance(rate, float) else ""
        raise TypeError(f"TAX-1: rate: expected a Fraction or an int, got {type(rate).__name__}{hint}")
    if value < 0:
        raise RuleInputError(f"must not be negative, got {value}", parameter="rate", rule="TAX-1")
    return value


def _tax_included(amount: int, p: int, q: int, trace: Trace | None) -> int:
    """floor(amount × (1 + p/q)) in integers, for the rate p/q (no Fraction arithmetic)."""
    result = amount * (q + p) // q
    if trace is not None:
        trace.add(WITH_TAX, result, amount=amount, rate=Fraction(p, q), result=result)
    return result


_DEFAULT_RATE_TERMS: Final = CONSUMPTION_TAX_RATE.as_integer_ratio()
_DEFAULT_P, _DEFAULT_Q = _DEFAULT_RATE_TERMS


@implements(
    "TAX-1",
    question="What is {amount_excluding_tax:yen} excluding tax with {rate} consumption tax?",
    answer="{result:yen}",
)
def tax_included(amount_excluding_tax: int, *, rate: Fraction = CONSUMPTION_TAX_RATE) -> int:
    """``amount_excluding_tax × (1 + rate)``, rounded down to the yen (TAX-1).

    ``rate`` is a ratio (``Fraction(1, 10)`` is 10%) given as a ``Fraction`` or an
    ``int``; a ``float`` is a ``TypeError`` (binary fractions round wrongly) and a
    negative rate a :class:`~hikari_rules.RuleInputError`.  Never apply it to a
    cancellation fee: those are 不課税 (FEE-7).

    >>> tax_included(3_000), tax_included(999), tax_included(1_000, rate=Fraction(8, 100))
    (3300, 1098, 1080)
    """
    amount = amount_excluding_tax
    if type(amount) is not int or amount < 0:  # the usual whole yen skips the helper call
        amount = check_money(amount, "amount_excluding_tax", "TAX-1")
    if rate is CONSUMPTION_TAX_RATE:  # the default needs no check
        p, q = _DEFAULT_RATE_TERMS
    elif type(rate) is Fraction:
        p, q = rate.as_integer_ratio()  # one call; the sign is the numerator's
        if p < 0:
            _check_rate(rate)  # raises, naming the parameter and the rule
    else:
        p, q = _check_rate(rate).as_integer_ratio()
    return _tax_included(amount, p, q, TRACE.get())


# -- FEE-5 Fee statement -------------------------------------------------------------------------------

FEE_5 = rule(
    "FEE-5",
    title="Fee statement",
    title_ja="違約金明細書の発行手数料",
    source="WITHDRAW",
    section="3000円もかかる!違約金(解除料金)記載の明細書",
    quote=(
        "電話やメールで窓口に請求を依頼すると手数料だけで3,000円(税抜)かかります。 … "
        "違約金の明細書はマイページからも印刷が出来ます。"
    ),
    statement=(
        "A statement of the cancellation fee requested by phone or e-mail costs 3,000円 excluding tax "
        "(3,300円 with 10% tax); printed from My Page it is free."
    ),
    statement_ja="違約金明細書を電話・メールで依頼すると手数料3,000円(税抜、税込3,300円)。マイページから印刷すれば無料。",
)
STATEMENT_FEE = FEE_5.clause("a fee statement {request} costs {fee:yen} excluding tax")


class StatementRequest(IdentityHashEnum):
    """How a fee statement (違約金明細書) is obtained (FEE-5)."""

    MY_PAGE = "my_page"  # マイページから印刷
    PHONE = "phone"  # 電話で依頼
    EMAIL = "email"  # メールで依頼


labels(StatementRequest, MY_PAGE="printed from My Page", PHONE="requested by phone", EMAIL="requested by e-mail")

FEE_STATEMENT_FEE_EXCLUDING_TAX: Final = 3_000

FEE_STATEMENT_FEES_EXCLUDING_TAX: Final[Mapping[StatementRequest, int]] = MappingProxyType(
    {
        StatementRequest.MY_PAGE: 0,
        StatementRequest.PHONE: FEE_STATEMENT_FEE_EXCLUDING_TAX,
        StatementRequest.EMAIL: FEE_STATEMENT_FEE_EXCLUDING_TAX,
    }
)
"""Fee-statement handling fee excluding tax, by request route (FEE-5)."""


@implements("FEE-5", "TAX-1", question="What does a fee statement {request} cost, tax included?", answer="{result:yen}")
def fee_statement_fee(request: StatementRequest) -> int:
    """The tax-included fee for a cancellation-fee statement (違約金明細書) (FEE-5).

    Printed from My Page: free.  Requested by phone or e-mail: 3,000円 excluding tax,
    3,300円 with 10% tax (TAX-1).

    >>> fee_statement_fee(StatementRequest.MY_PAGE), fee_statement_fee(StatementRequest.EMAIL)
    (0, 3300)
    """
    if type(request) is not StatementRequest:
        request = check_enum(request, StatementRequest, "request", "FEE-5")
    excluding = FEE_STATEMENT_FEES_EXCLUDING_TAX[request]
    trace = TRACE.get()
    if trace is not None:
        trace.add(STATEMENT_FEE, excluding, request=request, fee=excluding)
    if excluding == 0:
        return 0  # free: no tax to add
    return _tax_included(excluding, _DEFAULT_P, _DEFAULT_Q, trace)


# -- FEE-6 Removal construction is free -----------------------------------------------------------

FEE_6 = rule(
    "FEE-6",
    title="Removal construction is free",
    title_ja="撤去工事は無料",
    source="WITHDRAW",
    section="撤去工事の内容",
    quote="ちなみに撤去工事は無料です。\n希望した場合でも工事費用は無料です。",
    statement=(
        "Removal construction (撤去工事) costs 0円, whether the user asks for it or the building manager requires it."
    ),
    statement_ja="撤去工事は、ユーザーの希望でも管理者の指示でも0円。",
)
REMOVAL_IS_FREE = FEE_6.clause("removal construction {trigger} is free ({fee:yen})")


class RemovalTrigger(enum.Enum):
    """Why removal construction (撤去工事) is carried out (FEE-6, WD-5)."""

    USER_REQUEST = "user_request"  # ユーザーが撤去工事を希望した場合
    BUILDING_MANAGER = "building_manager"  # お住いの管理者から指示が出ている場合


labels(RemovalTrigger, USER_REQUEST="asked for by the user", BUILDING_MANAGER="required by the building manager")

REMOVAL_CONSTRUCTION_FEE: Final = 0


@implements("FEE-6", question="What does removal construction {trigger} cost?", answer="{result:yen}")
def removal_construction_fee(trigger: RemovalTrigger) -> int:
    """The charge for removal construction (撤去工事): always 0円, whoever requires it (FEE-6).

    >>> removal_construction_fee(RemovalTrigger.BUILDING_MANAGER)
    0
    """
    trigger = check_enum(trigger, RemovalTrigger, "trigger", "FEE-6")
    trace = TRACE.get()
    if trace is not None:
        trace.add(REMOVAL_IS_FREE, REMOVAL_CONSTRUCTION_FEE, trigger=trigger, fee=REMOVAL_CONSTRUCTION_FEE)
    return REMOVAL_CONSTRUCTION_FEE


# -- prices quoted here for other modules (FORWARD) -------------------------------------------------

CALL_FORWARDING_MONTHLY_FEE: Final = 550
CALL_FORWARDING_CONSTRUCTION_FEE: Final = 1_100
