"""Fees at withdrawal: cancellation fee, minimum usage, fee statement, construction balance, tax.

Rules FEE-1, FEE-3..7 and TAX-1 (FEE-2, *when* these fees are charged, lives in
:mod:`hikari_rules.withdrawal`, see ``final_charges``).  Sources: WITHDRAW
(「解約金について」 and the sections after it) and SONET-FAQ (So-net's own FAQ on the
cancellation fee, quoted in RULES.md; that page is not stored).

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

from hikari_rules._check import check_date, check_enum, check_int, check_money, month_index
from hikari_rules._month import Month
from hikari_rules._registry import TRACE, implements, rule
from hikari_rules.contract_term import (
    SONET_HIKARI_PLUS,
    ContractTerm,
    _check_term,
    _contract_month,
    _in_window,
    _trace_month,
    _trace_renewal,
)
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

CANCELLATION_FEE: Final = 20_000
FEE_STATEMENT_FEE_EXCLUDING_TAX: Final = 3_000
REMOVAL_CONSTRUCTION_FEE: Final = 0
CALL_FORWARDING_MONTHLY_FEE: Final = 550
CALL_FORWARDING_CONSTRUCTION_FEE: Final = 1_100
CONSUMPTION_TAX_RATE: Final = Fraction(1, 10)

# -- the rules, as the sources state them ---------------------------------------------------

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
        "入力(N カ月、違約金額)として与えられたときだけ適用し、決して仮定しない。"
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
        "退会月の契約月数がN未満のとき違約金がかかる(N カ月目の末日に退会すればNカ月利用したことになる)。"
        "解約金と同じく退会完了月に発生し、その翌月に請求される(FEE-2)。"
    ),
    other_reading_ja=(
        "期間をサービス開始「日」から数える、あるいはNカ月目の退会でもまだ期間を満たさないとして、"
        "Nカ月目(またはN+1カ月目)の退会にも違約金がかかる、という読み方。"
    ),
)
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
        "Contracts applied for on or before 2022-06-30 (and their renewals) pay 20,000円; from 2022-07-01 "
        "the fee is 4,580円 for a detached house (戸建) and 3,480円 for an apartment (マンション). The renewal "
        "window is the same; on a switch of operator (事業者変更) the month of the 事業者変更日 is judged. "
        "The fee is 不課税: no tax is added. Without an application date the withdrawal guide's 20,000円 applies."
    ),
    statement_ja=(
        "2022年6月30日までの申込(とその更新)は20,000円、2022年7月1日以降の申込は戸建4,580円・マンション3,480円。"
        "更新期間の扱いは同じで、事業者変更では事業者変更日の月で判定する。解約金は不課税で税を加えない。"
        "申込日が不明なら退会ガイドの20,000円を用いる。"
    ),
    ambiguity=(
        "Two sources disagree and one date decides. The withdrawal guide (WITHDRAW) gives 20,000円 with no date; "
        "So-net's FAQ gives 4,580円 / 3,480円 and keeps 20,000円 for applications 「2022年6月30日までに」. The "
        "library reads 「までに」 as inclusive (an application on 2022-06-30 pays 20,000円; from 2022-07-01 the new "
        "amounts), judges the *application* date (not the service start date, which may be weeks later), and "
        "when no application date is given applies the guide's 20,000円 and says so in the explanation."
    ),
    ambiguity_ja=(
        "2つの出典が食い違い、1つの日付で決まる。退会ガイド(WITHDRAW)は日付の条件なしに20,000円とし、So-net のFAQは"
        "4,580円/3,480円とし「2022年6月30日までに」申し込んだ方は20,000円とする。本ライブラリは「までに」を当日を含むと"
        "読み(2022-06-30の申込は20,000円、2022-07-01以降は新しい金額)、サービス開始日ではなく申込日で判定し、"
        "申込日が与えられないときは退会ガイドの20,000円を用いて、その旨を説明に記す。"
    ),
)
TAX_1 = rule(
    "TAX-1",
    title="Tax conversion",
    title_ja="税込額への換算",
    source="WITHDRAW",
    section="3000円もかかる!違約金(解除料金)記載の明細書",
    statement="Tax-included = tax-excluded × (1 + rate), rounded down to the yen; the rate defaults to 10%.",
    statement_ja="税込額 = 税抜額 × (1 + 税率) の1円未満切り捨て。税率の既定値は10%。",
)

# -- the tables -------------------------------------------------------------------------------


class Dwelling(enum.Enum):
    """The plan's dwelling type, which sets the fee for applications from 2022-07-01 (FEE-7)."""

    HOUSE = "house"  # 戸建
    APARTMENT = "apartment"  # マンション


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


class StatementRequest(enum.Enum):
    """How a fee statement (違約金明細書) is obtained (FEE-5)."""

    MY_PAGE = "my_page"  # マイページから印刷
    PHONE = "phone"  # 電話で依頼
    EMAIL = "email"  # メールで依頼


FEE_STATEMENT_FEES_EXCLUDING_TAX: Final[Mapping[StatementRequest, int]] = MappingProxyType(
    {
        StatementRequest.MY_PAGE: 0,
        StatementRequest.PHONE: FEE_STATEMENT_FEE_EXCLUDING_TAX,
        StatementRequest.EMAIL: FEE_STATEMENT_FEE_EXCLUDING_TAX,
    }
)
"""Fee-statement handling fee excluding tax, by request route (FEE-5)."""

_STATEMENT_FEES_BY_NAME: Final[Mapping[str, int]] = {r.name: fee for r, fee in FEE_STATEMENT_FEES_EXCLUDING_TAX.items()}


class RemovalTrigger(enum.Enum):
    """Why removal construction (撤去工事) is carried out (FEE-6, WD-5)."""

    USER_REQUEST = "user_request"  # ユーザーが撤去工事を希望した場合
    BUILDING_MANAGER = "building_manager"  # お住いの管理者から指示が出ている場合


# -- checks -------------------------------------------------------------------------------------


def _rate_terms(rate: object) -> tuple[int, int]:
    """A checked rate as (numerator, denominator) in lowest terms (an int rate: ``(rate, 1)``)."""
    t = type(rate)
    if t is Fraction or t is int:
        p, q = rate.as_integer_ratio()  # type: ignore[attr-defined]
    elif isinstance(rate, Fraction):
        p, q = Fraction(rate).as_integer_ratio()
    elif isinstance(rate, int) and not isinstance(rate, bool):
        p, q = int(rate), 1
    else:
        hint = " (binary fractions round wrongly: use fractions.Fraction)" if isinstance(rate, float) else ""
        raise TypeError(f"TAX-1: rate: expected a Fraction or an int, got {type(rate).__name__}{hint}")
    if p < 0:
        raise RuleInputError(f"must not be negative, got {Fraction(p, q)}", parameter="rate", rule="TAX-1")
    return p, q


def _missing_dwelling(applied_on: _dt.date) -> NoReturn:
    raise RuleInputError(
        f"a contract applied for on {applied_on.isoformat()} (after 2022-06-30) pays a fee by dwelling: "
        "give dwelling=Dwelling.HOUSE or Dwelling.APARTMENT",
        parameter="dwelling",
        rule="FEE-7",
    )


# -- internal cores (validated values in) ---------------------------------------------------------


def _tax_included(amount: int, p: int, q: int) -> int:
    """floor(amount × (1 + p/q)) in integers, for a rate p/q (no Fraction arithmetic)."""
    return amount * (q + p) // q


_DEFAULT_RATE_TERMS: Final = CONSUMPTION_TAX_RATE.as_integer_ratio()


def _fee_amount(applied_on: _dt.date | None, dwelling: Dwelling | None, trace: object) -> int:
    """The fee a non-renewal withdrawal costs under FEE-7 (raises if ``dwelling`` is needed and missing)."""
    if applied_on is None or applied_on <= FLAT_FEE_LAST_APPLICATION_DAY:
        if trace is not None:
            _trace_flat_fee(trace, applied_on, dwelling)
        return CANCELLATION_FEE
    if dwelling is None:
        _missing_dwelling(applied_on)
    fee = CANCELLATION_FEE_BY_DWELLING[dwelling]
    if trace is not None:
        plan, plan_ja = ("detached-house", "戸建") if dwelling is Dwelling.HOUSE else ("apartment", "マンション")
        trace.step(  # type: ignore[attr-defined]
            "FEE-7",
            fee,
            applied_on=applied_on,
            dwelling=dwelling,
            note=(
                f"applied for on {applied_on.isoformat()}, after 2022-06-30: the {plan} plan's fee is "
                f"{fee:,}円 (不課税: no tax added)"
            ),
            note_ja=f"申込日{applied_on.isoformat()}は2022年7月1日以降のため、{plan_ja}プランの解約金{fee:,}円(不課税)",
        )
    return fee


def _trace_flat_fee(trace: object, applied_on: _dt.date | None, dwelling: Dwelling | None) -> None:
    ignored = f"; the dwelling ({dwelling.name}) does not matter in this regime" if dwelling is not None else ""
    ignored_ja = "。住居の種類はこの場合関係しない" if dwelling is not None else ""
    if applied_on is None:
        note = (
            "no application date was given, so the withdrawal guide's 20,000円 was applied (不課税: no tax added); "
            "contracts applied for from 2022-07-01 pay 4,580円 (house) or 3,480円 (apartment)" + ignored
        )
        note_ja = (
            "申込日が与えられていないため、退会ガイドの20,000円(不課税)を適用した"
            "(2022年7月1日以降の申込なら戸建4,580円・マンション3,480円)" + ignored_ja
        )
    else:
        note = (
            f"applied for on {applied_on.isoformat()}, on or before 2022-06-30: the flat 20,000円 applies "
            "(不課税: no tax added)" + ignored
        )
        note_ja = f"申込日{applied_on.isoformat()}は2022年6月30日以前のため、一律20,000円(不課税)" + ignored_ja
    trace.step(  # type: ignore[attr-defined]
        "FEE-7", CANCELLATION_FEE, applied_on=applied_on, dwelling=dwelling, note=note, note_ja=note_ja
    )


def _cancellation_fee(
    start: int,
    month: int,
    term: ContractTerm,
    applied_on: _dt.date | None,
    dwelling: Dwelling | None,
    parameter: str = "withdrawal_month",
) -> int:
    """Unchecked core of :func:`cancellation_fee` on month indices (records its own trace)."""
    n = _contract_month(start, month, parameter)
    trace = TRACE.get()
    if trace is None:
        if _in_window(n, term):
            if applied_on is not None and dwelling is None and applied_on > FLAT_FEE_LAST_APPLICATION_DAY:
                _missing_dwelling(applied_on)
            return 0
        return _fee_amount(applied_on, dwelling, None)
    renewal = _in_window(n, term)
    _trace_month(trace, start, month, n)
    _trace_renewal(trace, n, term, renewal)
    if renewal:
        if applied_on is not None and dwelling is None and applied_on > FLAT_FEE_LAST_APPLICATION_DAY:
            _missing_dwelling(applied_on)  # the input is incomplete whatever the month
        trace.step(
            "FEE-1",
            0,
            contract_month=n,
            note=f"contract month {n} is a renewal month, so withdrawal costs no cancellation fee (0円)",
            note_ja=f"契約{n}カ月目は更新月のため、解約金はかからない(0円)",
        )
        return 0
    trace.step(
        "FEE-1",
        True,
        contract_month=n,
        note=f"contract month {n} is not a renewal month, so the cancellation fee is due (amount: FEE-7)",
        note_ja=f"契約{n}カ月目は更新月ではないため、解約金が発生する(金額はFEE-7による)",
    )
    return _fee_amount(applied_on, dwelling, trace)


def _minimum_usage_penalty(start: int, month: int, minimum_usage: MinimumUsage | None) -> int:
    """Unchecked core of :func:`minimum_usage_penalty` (records its own trace)."""
    n = _contract_month(start, month, "withdrawal_month")
    trace = TRACE.get()
    if minimum_usage is None:
        if trace is not None:
            trace.step(
                "FEE-4",
                0,
                minimum_usage=None,
                note="no minimum usage period was given, so none is assumed: no penalty",
                note_ja="最低利用期間が与えられていないため、設定なしとして違約金はかからない",
            )
        return 0
    due = n < minimum_usage.months
    penalty = minimum_usage.penalty if due else 0
    if trace is not None:
        _trace_month(trace, start, month, n)
        if due:
            note = (
                f"withdrawal in contract month {n}, before the end of the {minimum_usage.months}-month minimum "
                f"usage period: penalty {penalty:,}円"
            )
            note_ja = f"契約{n}カ月目の退会は最低利用期間{minimum_usage.months}カ月に満たないため、違約金{penalty:,}円"
        else:
            note = (
                f"withdrawal at the end of contract month {n} has used the {minimum_usage.months}-month minimum "
                "usage period: no penalty"
            )
            note_ja = f"契約{n}カ月目末の退会で最低利用期間{minimum_usage.months}カ月を満たすため、違約金なし"
        trace.step(
            "FEE-4",
            penalty,
            contract_month=n,
            minimum_months=minimum_usage.months,
            penalty=minimum_usage.penalty,
            note=note,
            note_ja=note_ja,
        )
    return penalty


def _construction_fee_balance(total: int, paid: int) -> int:
    balance = total - paid if total > paid else 0
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "FEE-3",
            balance,
            total=total,
            paid=paid,
            note=f"construction fee {total:,}円, paid {paid:,}円: {balance:,}円 is charged in one lump sum",
            note_ja=f"初期工事費{total:,}円のうち支払済{paid:,}円、残債{balance:,}円を一括請求",
        )
    return balance


# -- public API ----------------------------------------------------------------------------------


@implements("FEE-1", "FEE-7")
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
    ignored (and the explanation says so).

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


@implements("TAX-1")
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
    if type(amount) is not int or amount < 0:
        amount = check_money(amount, "amount_excluding_tax", "TAX-1")
    if rate is CONSUMPTION_TAX_RATE:
        p, q = _DEFAULT_RATE_TERMS
    elif type(rate) is Fraction:
        p, q = rate.as_integer_ratio()
        if p < 0:
            _rate_terms(rate)  # raises, naming the parameter and the rule
    else:
        p, q = _rate_terms(rate)
    result = _tax_included(amount, p, q)
    trace = TRACE.get()
    if trace is not None:
        r = Fraction(p, q)
        pct = r * 100
        pct_text = str(pct.numerator) if pct.denominator == 1 else f"{float(pct):g}"
        trace.step(
            "TAX-1",
            result,
            amount_excluding_tax=amount,
            rate=Fraction(r),
            note=f"{amount:,}円 excluding tax × (1 + {pct_text}%) = {result:,}円, rounded down to the yen",
            note_ja=f"税抜{amount:,}円 × (1 + {pct_text}%) = 税込{result:,}円(1円未満切り捨て)",
        )
    return result


@attrs.frozen
class MinimumUsage:
    """A campaign's minimum usage period (最低利用期間): ``months`` ≥ 1, ``penalty`` ≥ 0 yen (FEE-4).

    The source gives no figures: they depend on the sign-up route, so the caller
    supplies them (and passes ``None`` when there is no such period).

    >>> MinimumUsage(12, 10_000)
    MinimumUsage(months=12, penalty=10000)
    """

    months: int = attrs.field()
    penalty: int = attrs.field()

    @months.validator
    def _check_months(self, _attribute: object, value: object) -> None:
        check_int(value, "months", "FEE-4", minimum=1)

    @penalty.validator
    def _check_penalty(self, _attribute: object, value: object) -> None:
        check_money(value, "penalty", "FEE-4")


@implements("FEE-4")
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


@implements("FEE-5", "TAX-1")
def fee_statement_fee(request: StatementRequest) -> int:
    """The tax-included fee for a cancellation-fee statement (違約金明細書) (FEE-5).

    Printed from My Page: free.  Requested by phone or e-mail: 3,000円 excluding tax,
    3,300円 with 10% tax (TAX-1).

    >>> fee_statement_fee(StatementRequest.MY_PAGE), fee_statement_fee(StatementRequest.EMAIL)
    (0, 3300)
    """
    if type(request) is not StatementRequest:
        request = check_enum(request, StatementRequest, "request", "FEE-5")
    excluding = _STATEMENT_FEES_BY_NAME[request._name_]  # a str key: no Python-level Enum.__hash__
    result = _tax_included(excluding, *_DEFAULT_RATE_TERMS)
    trace = TRACE.get()
    if trace is not None:
        if excluding == 0:
            note, note_ja = "a statement printed from My Page is free", "マイページから印刷すれば無料"
        else:
            note = f"a statement requested by {request.name.lower()} costs {excluding:,}円 excluding tax"
            note_ja = (
                f"{'電話' if request is StatementRequest.PHONE else 'メール'}での依頼は手数料{excluding:,}円(税抜)"
            )
        trace.step("FEE-5", excluding, request=request, note=note, note_ja=note_ja)
        if excluding:
            trace.step(
                "TAX-1",
                result,
                amount_excluding_tax=excluding,
                rate=CONSUMPTION_TAX_RATE,
                note=f"{excluding:,}円 excluding tax is {result:,}円 with 10% consumption tax",
                note_ja=f"税抜{excluding:,}円は消費税10%込みで{result:,}円",
            )
    return result


@implements("FEE-3")
def construction_fee_balance(total: int, paid: int) -> int:
    """The unpaid initial-construction-fee balance charged in one lump sum at withdrawal (FEE-3).

    ``max(total - paid, 0)``; both are non-negative whole yen.

    >>> construction_fee_balance(26_400, 17_600), construction_fee_balance(26_400, 26_400)
    (8800, 0)
    """
    t = check_money(total, "total", "FEE-3")
    p = check_money(paid, "paid", "FEE-3")
    return _construction_fee_balance(t, p)


@implements("FEE-6")
def removal_construction_fee(trigger: RemovalTrigger) -> int:
    """The charge for removal construction (撤去工事): always 0円, whoever requires it (FEE-6).

    >>> removal_construction_fee(RemovalTrigger.BUILDING_MANAGER)
    0
    """
    trigger = check_enum(trigger, RemovalTrigger, "trigger", "FEE-6")
    trace = TRACE.get()
    if trace is not None:
        who, who_ja = (
            ("the user asked for it", "ユーザーの希望")
            if trigger is RemovalTrigger.USER_REQUEST
            else ("the building manager requires it", "管理者の指示")
        )
        trace.step(
            "FEE-6",
            REMOVAL_CONSTRUCTION_FEE,
            trigger=trigger,
            note=f"removal construction is free ({who})",
            note_ja=f"撤去工事は無料({who_ja}による場合も)",
        )
    return REMOVAL_CONSTRUCTION_FEE
