"""explain() over the whole catalog: every public rule function, in English and Japanese, and as JSON.

Sample calls come from the oracle cases (``tests/cases/*.jsonl``, every case that does
not expect an error) and, for functions the cases do not reach, from ``EXTRA`` below.
A public rule function without any sample fails the test: adding one means adding a
case (or a row here).
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from hikari_rules import Month, RuleInputError, billing, call_forwarding, explain, identity, rules
from hikari_rules._registry import registered_rules, rule_ids_of
from hikari_rules.cases import decode_args, rule_functions
from hikari_rules.passport_id import LineChange
from hikari_rules.payment import BizService, CardIssuer, PaymentMethod
from hikari_rules.withdrawal import Applicant, Channel, NumberOrigin

CASES = pathlib.Path(__file__).parent / "cases"
JST = dt.timezone(dt.timedelta(hours=9))

Call = tuple[tuple[Any, ...], dict[str, Any]]


def _licence(on: dt.date, **kw: Any) -> identity.SubmittedDocument:
    return identity.SubmittedDocument(
        identity.DocumentType.DRIVERS_LICENCE, (identity.Side.FRONT,), expires_on=on.replace(year=on.year + 2), **kw
    )


_ON = dt.date(2026, 9, 20)
_SETTINGS = call_forwarding.dial(call_forwarding.INITIAL_SETTINGS, "2" + "0312345678" + "#")
_REMOTE = call_forwarding.dial(_SETTINGS, "4311234")

# Calls for the functions (or the branches) the oracle cases do not reach: (args, kwargs).
EXTRA: dict[str, list[Call]] = {
    "contract_term.contract_month": [((dt.date(2026, 9, 20), Month(2029, 9)), {})],
    "contract_term.is_renewal_month": [
        ((dt.date(2026, 9, 20), Month(2029, 9)), {}),
        ((dt.date(2026, 9, 20), Month(2032, 10)), {}),
    ],
    "contract_term.renewal_window": [((dt.date(2026, 9, 20),), {}), ((dt.date(2026, 9, 20), 3), {})],
    "contract_term.next_renewal_window": [
        ((dt.date(2026, 9, 20), Month(2029, 9)), {}),
        ((dt.date(2026, 9, 20), Month(2031, 1)), {}),
    ],
    "billing.charged_month_count": [((dt.date(2026, 1, 15), dt.date(2026, 3, 1)), {})],
    "billing.charges_in_month": [
        (([billing.Subscription(dt.date(2026, 1, 15), dt.date(2026, 3, 1))], Month(2026, 2)), {})
    ],
    "billing.total_charged_months": [
        (
            (
                [
                    billing.Subscription(dt.date(2026, 1, 15), dt.date(2026, 3, 1)),
                    billing.Subscription(dt.date(2026, 4, 1)),
                ],
            ),
            {"through": Month(2026, 6)},
        )
    ],
    "billing.per_use_charge_count": [(([billing.PerUsePurchase("movie", 330)] * 2,), {})],
    "billing.per_use_total": [(([billing.PerUsePurchase("movie", 330), billing.PerUsePurchase("game", 550)],), {})],
    "call_forwarding.apply": [((_SETTINGS, call_forwarding.parse_operation("11")), {})],
    "call_forwarding.apply_remote": [
        ((_REMOTE, call_forwarding.parse_remote_operation("0312345678#12341")), {}),
        ((_REMOTE, call_forwarding.parse_remote_operation("0312345678#123420")), {}),
        ((call_forwarding.dial(_REMOTE, "13"), call_forwarding.parse_remote_operation("0312345678#12341")), {}),
    ],
    "call_forwarding.encode_operation": [((call_forwarding.parse_operation("13"),), {})],
    "call_forwarding.encode_remote_operation": [((call_forwarding.parse_remote_operation("0312345678#12340"),), {})],
    "identity.can_schedule_construction": [
        ((identity.Service.CALL_FORWARDING, identity.verify(identity.Applicant.INDIVIDUAL, [_licence(_ON)], _ON)), {})
    ],
    "identity.is_expired": [((dt.date(2026, 9, 19), _ON), {})],
    "identity.required_sides": [
        ((identity.DocumentType.PASSPORT,), {}),
        ((identity.DocumentType.ELECTRICITY_RECEIPT,), {}),
    ],
    "identity.six_months_before": [((dt.date(2026, 8, 31),), {})],
    "identity.verification_required": [((identity.Service.HIKARI_DENWA, identity.Route.OPERATOR_CHANGE), {})],
    "identity.verify": [
        ((identity.Applicant.INDIVIDUAL, [_licence(_ON)], _ON), {}),
        ((identity.Applicant.INDIVIDUAL, [_licence(_ON, name_matches=False)], _ON), {}),
    ],
    "identity.within_six_months": [((dt.date(2026, 3, 20), _ON), {})],
    "passport_id.line_change_outcome": [((LineChange.RELOCATION,), {"customer_id_changed": True})],
    "payment.can_order": [((BizService.BUSINESS_D_ACCOUNT,), {"member": True, "administrator_role": True})],
    "payment.card_acceptance": [((CardIssuer.RAKUTEN, BizService.BUSINESS_D_ACCOUNT), {})],
    "payment.change_can_start": [((), {"first_invoice_received": True, "invoice_number": "R123456789"})],
    "payment.content_service_payable": [((PaymentMethod.NTT_BILLING,), {"restricted_under_ntt_billing": True})],
    "payment.invoice_count": [((3,), {})],
    "payment.invoice_issue_month": [((dt.date(2026, 9, 20),), {})],
    "payment.is_invoice_number": [(("R123456789",), {})],
    "payment.method_available": [((PaymentMethod.USEN, Applicant.INDIVIDUAL), {})],
    "payment.ntt_billing_available": [
        (
            (),
            {
                "sonet_hikari_subscriber": True,
                "docomo_line_in_same_name": True,
                "pays_docomo_line": True,
                "already_using": False,
            },
        )
    ],
    "payment.ntt_fallback": [((None,), {})],
    "payment.payment_methods": [
        ((BizService.BUSINESS_D_ACCOUNT,), {"first_invoice_received": True}),
        ((BizService.OTHER,), {"first_invoice_received": False}),
    ],
    "payment.replace_users": [((("a", "b"), ("c",)), {})],
    "payment.rolled_collection_date": [((PaymentMethod.BANK_DEBIT, Month(2026, 12)), {})],
    "payment.suspended_before_due_date": [((), {"pink_slip": True, "new_method_registered": False})],
    "withdrawal.can_keep_number": [((NumberOrigin.NTT_ANALOG,), {})],
    "withdrawal.earliest_withdrawal_month": [
        ((dt.date(2026, 9, 3),), {}),
        ((dt.date(2026, 9, 21),), {"applicant": Applicant.CORPORATE, "channel": Channel.PAPER}),
    ],
    "withdrawal.proof_of_withdrawal": [((), {})],
}


# Functions that declare a rule they never record (reported to the module owners). Strict
# xfail: when the module records the rule, the test passes and the entry must go. None now.
UNRECORDED: dict[str, str] = {}


def _case_calls() -> dict[str, list[Call]]:
    calls: dict[str, list[Call]] = {}
    for path in sorted(CASES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            expected = case.get("expected")
            if isinstance(expected, dict) and "raises" in expected:
                continue
            calls.setdefault(case["rule"], []).append(((), decode_args(case["rule"], case["args"])))
    return calls


FUNCTIONS = rule_functions()
CALLS = _case_calls()
for _name, _extra in EXTRA.items():
    CALLS.setdefault(_name, []).extend(_extra)


def _samples() -> Iterator[Any]:
    for name in FUNCTIONS:
        for n, (args, kwargs) in enumerate(CALLS.get(name, [])):
            yield pytest.param(name, args, kwargs, id=f"{name}[{n}]")


def _quote_lines(text: str) -> set[str]:
    return {line.removeprefix("  > ") for line in text.splitlines() if line.startswith("  > ")}


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_every_public_rule_function_has_a_sample_call(name: str) -> None:
    assert CALLS.get(name), f"{name}: no oracle case and no EXTRA row: explain() coverage cannot be checked"


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=UNRECORDED[n])) if n in UNRECORDED else n
        for n in FUNCTIONS
    ],
)
def test_every_declared_rule_of_a_function_is_recorded_by_some_sample(name: str) -> None:
    func = FUNCTIONS[name]
    seen: set[str] = set()
    for args, kwargs in CALLS.get(name, []):
        seen |= set(explain(func, *args, **kwargs).rule_ids)
    missing = set(rule_ids_of(func) or ()) - seen
    assert not missing, f"{name} declares {sorted(missing)} but no sample call records them"


@pytest.mark.parametrize(("name", "args", "kwargs"), list(_samples()))
def test_explanation_in_both_languages_and_as_json(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    func = FUNCTIONS[name]
    e = explain(func, *args, **kwargs)
    assert e.result == func(*args, **kwargs), "explain returns what a plain call returns"
    assert e.steps, f"{name} recorded no step"
    assert set(rule_ids_of(func) or ()) & set(e.rule_ids), f"{name} recorded none of its own rules"
    known = registered_rules()
    for step in e.steps:
        assert step.rule_id in known
        assert step.note.strip(), f"{name}: a {step.rule_id} step says nothing in English"
        assert step.note_ja.strip(), f"{name}: a {step.rule_id} step says nothing in Japanese"
        assert re.search(r"[ぁ-んァ-ヶ一-龯]", step.note_ja), f"{name}: {step.rule_id}'s note_ja is not Japanese"
    for lang in ("en", "ja"):
        text = e.text(lang=lang)
        assert text.strip()
        for rid in e.rule_ids:
            assert rid in text
        quoted = _quote_lines(text)
        for info in e.rules:
            # A step may name the clause that decided it (DESK-1: the desk's own hours line): that is quoted.
            own = [s.cites[2] for s in e.steps if s.rule_id == info.id and s.cites is not None]
            for line in (line for clause in own for line in clause.splitlines()) if own else info.quote.splitlines():
                assert line in quoted, f"{name}: {info.id}'s clause is not quoted in the {lang} text"
            if info.interpretation:
                assert (info.interpretation_ja if lang == "ja" else info.interpretation) in text
            if info.ambiguity:  # declared with the rule (FEE-7, NUM-2, NTT-3, FWD-1, DESK-1)
                assert (info.ambiguity_ja if lang == "ja" else info.ambiguity) in text
    data = e.to_json()
    assert json.loads(json.dumps(data, ensure_ascii=False, allow_nan=False)) == data
    assert data["rule_ids"] == list(e.rule_ids)
    assert [s["rule_id"] for s in data["steps"]] == [s.rule_id for s in e.steps]
    assert {r["id"] for r in data["rules"]} == set(e.rule_ids)


def test_every_registered_rule_has_an_implementing_public_function() -> None:
    public = set(FUNCTIONS.values())
    for info in rules.catalog():
        funcs = rules.implementing_functions(info.id)
        assert funcs, f"{info.id} has no implementing function"
        for f in funcs:
            assert f in public, f"{info.id}: {f.__module__}.{f.__qualname__} is not a public rule function"


def test_every_public_rule_function_declares_registered_rules() -> None:
    known = registered_rules()
    for name, func in FUNCTIONS.items():
        ids = rule_ids_of(func)
        assert ids, f"{name} declares no rule"
        assert set(ids) <= set(known), f"{name} declares unknown rules {set(ids) - set(known)}"


def test_public_functions_of_rule_modules_are_all_marked() -> None:
    # A public function of a rule module that is not marked would escape explain() and the catalog.
    import hikari_rules

    for modname in hikari_rules.__all__:
        module = getattr(hikari_rules, modname)
        if not hasattr(module, "__all__") or modname in {"rules", "dates"}:
            continue
        for attr in module.__all__:
            obj: Callable[..., Any] = getattr(module, attr)
            if callable(obj) and not isinstance(obj, type) and getattr(obj, "__module__", "") == module.__name__:
                assert rule_ids_of(obj), f"{module.__name__}.{attr} is public but implements no rule"


def test_explain_refuses_an_unknown_language_and_a_plain_function() -> None:
    e = explain(FUNCTIONS["contract_term.contract_month"], dt.date(2026, 9, 20), Month(2029, 9))
    with pytest.raises(RuleInputError):
        e.text(lang="fr")
    with pytest.raises(TypeError):
        explain(len, "abc")


def test_explain_raises_what_the_function_raises() -> None:
    with pytest.raises(RuleInputError):
        explain(FUNCTIONS["contract_term.contract_month"], dt.date(2026, 9, 20), Month(2026, 8))


def test_japanese_text_reads_yes_no_and_quotes_the_clause() -> None:
    e = explain(FUNCTIONS["contract_term.is_renewal_month"], dt.date(2026, 9, 20), Month(2029, 9))
    ja = e.text(lang="ja")
    assert "結果: はい" in ja
    assert "契約更新期間は37ヶ月目と38ヶ月目です。" in ja
    en = e.text()
    assert "Result: yes" in en
    assert "Rules applied: TERM-1" in en


def test_an_explanation_of_a_call_with_a_mapping_is_hashable_and_keeps_the_call_as_made() -> None:
    from hikari_rules import passport_id

    limits = {"user01": 2_000, "user02": 3_000}
    e = explain(passport_id.limits_valid, 10_000, limits)
    assert hash(e) == hash(explain(passport_id.limits_valid, 10_000, {"user01": 2_000, "user02": 3_000}))
    assert e == explain(passport_id.limits_valid, 10_000, {"user02": 3_000, "user01": 2_000})
    limits["user03"] = 99_999  # the caller's dict changes afterwards ...
    del limits["user01"]
    # ... the explanation still says what the rule was called with.
    assert e.to_json()["arguments"] == {"line_limit": 10_000, "id_limits": {"user01": 2_000, "user02": 3_000}}
    assert "user01: 2,000, user02: 3,000" in e.text()
    assert e.result is True


def test_an_explanation_of_a_call_with_a_list_or_set_is_hashable_and_a_copy() -> None:
    from hikari_rules import payment

    current, uploaded = ["a", "b"], {"b", "c"}
    e = explain(payment.replace_users, current, uploaded)
    hash(e)
    current.append("z")
    uploaded.add("z")
    args = e.to_json()["arguments"]
    assert args["current"] == ["a", "b"]
    assert sorted(args["uploaded"]) == ["b", "c"]
