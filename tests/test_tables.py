"""Module-level tables and constants, checked against the clause each one encodes.

Mutation testing cannot reach a constant (mutmut 3 mutates function bodies only), so each
figure the rules use is pinned here to the words of its own quote: change a number and
its clause no longer says it.
"""

from __future__ import annotations

from fractions import Fraction

from hikari_rules import contract_term, fees
from hikari_rules.rules import get


def _yen(amount: int) -> str:
    return f"{amount:,}円"


def test_the_contract_term_and_its_window_are_the_clauses_numbers() -> None:
    assert f"契約期間が{contract_term.SONET_HIKARI_PLUS.term_months}カ月" in get("TERM-1").quote
    term = contract_term.SONET_HIKARI_PLUS
    first, last = term.term_months + 1, term.term_months + term.renewal_window_months
    assert f"{first}ヶ月目と{last}ヶ月目" in get("TERM-2").quote


def test_the_cancellation_fees_are_the_clauses_amounts() -> None:
    assert f"解約金が{_yen(fees.CANCELLATION_FEE)}発生します" in get("FEE-1").quote
    faq = get("FEE-7").quote
    assert f"戸建 {_yen(fees.CANCELLATION_FEE_BY_DWELLING[fees.Dwelling.HOUSE])}(不課税)" in faq
    assert f"マンション {_yen(fees.CANCELLATION_FEE_BY_DWELLING[fees.Dwelling.APARTMENT])}(不課税)" in faq
    day = fees.FLAT_FEE_LAST_APPLICATION_DAY
    assert f"{day.year}年{day.month}月{day.day}日までに" in faq
    assert f"一律で{_yen(fees.CANCELLATION_FEE)}(不課税)" in faq
    assert set(fees.CANCELLATION_FEE_BY_DWELLING) == set(fees.Dwelling)


def test_the_fee_statement_costs_what_the_clause_says_and_nothing_from_my_page() -> None:
    assert f"{_yen(fees.FEE_STATEMENT_FEE_EXCLUDING_TAX)}(税抜)" in get("FEE-5").quote
    table = fees.FEE_STATEMENT_FEES_EXCLUDING_TAX
    assert set(table) == set(fees.StatementRequest)
    assert table[fees.StatementRequest.MY_PAGE] == 0
    assert table[fees.StatementRequest.PHONE] == table[fees.StatementRequest.EMAIL] == 3_000


def test_removal_is_free_and_tax_is_ten_percent() -> None:
    assert "撤去工事は無料" in get("FEE-6").quote
    assert fees.REMOVAL_CONSTRUCTION_FEE == 0
    assert Fraction(10, 100) == fees.CONSUMPTION_TAX_RATE
    # FEE-5's own example: 3,000円 excluding tax is 3,300円 with tax.
    assert fees.tax_included(fees.FEE_STATEMENT_FEE_EXCLUDING_TAX) == 3_300
