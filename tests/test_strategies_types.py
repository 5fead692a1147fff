"""``st.from_type(T)`` draws valid, varied values of every public value type of the package.

The types are enumerated here, independently of :mod:`hikari_rules.strategies`: every
attrs class and enum in the ``__all__`` of every public module (subpackages included).  A
new public attrs class without a registered strategy fails :func:`test_every_public_attrs_class_has_a_strategy`;
one whose strategy draws invalid values, fails a health check or draws one value only fails
:func:`test_from_type_draws_valid_varied_values`.

A result type (``Verdict``, ``Statement``, ``Plan``...) must be drawn by calling its rule:
the rule is wrapped while drawing, and each drawn value must be (or be part of) a value
the wrapped rule returned, and equal what the rule returns when called again on the same
inputs.  A table row must be a row of its table.  Every drawn attrs value must survive its
class's own validation again (``attrs.evolve``), and its integer fields are never negative.
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

import hikari_rules
from hikari_rules import call_forwarding, desks, identity, passport_id, payment, rules
from hikari_rules.strategies import register_type_strategies


def _public_modules() -> list[str]:
    names = ["hikari_rules"]
    for info in pkgutil.walk_packages(hikari_rules.__path__, "hikari_rules."):
        if not any(part.startswith("_") for part in info.name.split(".")[1:]):
            names.append(info.name)
    return names


def _public_types() -> list[type]:
    found: dict[type, None] = {}
    for name in _public_modules():
        module = importlib.import_module(name)
        for attr in getattr(module, "__all__", ()):
            obj = getattr(module, attr)
            if isinstance(obj, type) and (attrs.has(obj) or issubclass(obj, enum.Enum)):
                found[obj] = None
    return sorted(found, key=lambda t: f"{t.__module__}.{t.__qualname__}")


PUBLIC_TYPES = _public_types()
REGISTERED = register_type_strategies()

OPERATION_CLASSES = ("Start", "Stop", "SetDestination", "StoreSlot", "ChooseSlot", "ReadList", "EnableRemote")
OPERATION_CLASSES += ("DisableRemote", "ReadRemote")

# The rule functions whose results these types are, as (module, function).
PRODUCED_BY: dict[str, tuple[str, str]] = {
    "billing.ConsolidatedSplit": ("billing", "split_consolidated"),
    "call_forwarding.Settings": ("call_forwarding", "apply"),
    "call_forwarding.RemoteOperation": ("call_forwarding", "parse_remote_operation"),
    "call_forwarding.CallDecision": ("call_forwarding", "decide_call"),
    "call_forwarding.ForwardedCall": ("call_forwarding", "forwarded_call"),
    "call_forwarding.LegCharge": ("call_forwarding", "forwarded_call"),
    "call_forwarding.ServiceFees": ("call_forwarding", "service_fees"),
    **{f"call_forwarding.{op}": ("call_forwarding", "parse_operation") for op in OPERATION_CLASSES},
    "identity.Verdict": ("identity", "verify"),
    "identity.Reason": ("identity", "verify"),
    "passport_id.BillPlacement": ("passport_id", "bill_placement"),
    "passport_id.LineChangeOutcome": ("passport_id", "line_change_outcome"),
    "payment.NttFallback": ("payment", "ntt_fallback"),
    "withdrawal.Charge": ("withdrawal", "final_charges"),
    "preview.Statement": ("preview", "preview"),
    "preview.LineItem": ("preview", "preview"),
    "preview.BillTotal": ("preview", "preview"),
    "preview.Timeline": ("preview", "timeline"),
    **{f"planner.{c}": ("planner", "plan") for c in ("Plan", "Option", "ApplyBy", "RemovalWindow", "NumberKeeping")},
    "planner.PlannedCharge": ("planner", "plan"),
    "explanation.Explanation": ("explanation", "explain"),
    "oracle.CaseResult": ("oracle", "run_case"),
    "oracle.functions.Signature": ("oracle.functions", "signature"),
}

# The tables whose rows these types are.
TABLES: dict[str, Callable[[], object]] = {
    "call_forwarding.OperationRow": lambda: call_forwarding.OPERATIONS_142,
    "call_forwarding.RemoteActionRow": lambda: call_forwarding.REMOTE_ACTIONS,
    "identity.DocumentRow": lambda: (identity.INDIVIDUAL_DOCUMENTS, identity.CORPORATE_DOCUMENTS),
    "identity.ListedDocuments": lambda: (
        identity.CORPORATE_DOCUMENTS,
        identity.CORPORATE_ADDRESS_DOCUMENTS,
        identity.SUPPLEMENTARY_DOCUMENTS,
    ),
    "passport_id.BillingNumberChangeRow": lambda: passport_id.BILLING_NUMBER_CHANGE_TABLE,
    "passport_id.LineChangeRow": lambda: passport_id.LINE_CHANGE_TABLE,
    "passport_id.StatusRow": lambda: passport_id.STATUS_TABLE,
    "payment.CollectionTerms": lambda: payment.COLLECTION_TERMS,
    "payment.PaymentMethodsRow": lambda: payment.PAYMENT_METHODS_BY_SERVICE,
    "desks.DeskHours": lambda: desks.DESK_TABLE,
    "rules.SourceDocument": lambda: rules.SOURCES,
    "rules.RuleInfo": lambda: rules.catalog(),
}

# Invariants of particular types, beyond the general ones.
INVARIANTS: dict[str, Callable[[Any], object]] = {
    "Month": lambda m: 1 <= m.month <= 12 and type(m).from_index(m.year * 12 + m.month - 1) == m,
    "billing.Subscription": lambda s: s.cancelled_on is None or s.purchased_on <= s.cancelled_on,
    "contract_term.ContractTerm": lambda t: 1 <= t.renewal_window_months <= t.term_months,
    # the public constructor decides the same outcome from the reasons as verify did
    "identity.Verdict": lambda v: type(v)(v.reasons) == v,
    "oracle.Case": lambda c: hikari_rules.oracle.run_case(c.data).status == "passed",
    "oracle.Report": lambda r: r.total == r.passed + r.failed + r.malformed and len(r.problems) == r.total - r.passed,
    "oracle.columnar.Outcome": lambda o: 0 <= o.passed <= o.rows,
    "strategies.WithdrawalApplication": lambda a: hikari_rules.withdrawal.channel_allowed(a.applicant, a.channel),
}


def _key(t: type) -> str:
    module = t.__module__.removeprefix("hikari_rules.")
    public = {"_month": "", "_registry": "rules.", "oracle.format": "oracle."}
    prefix = public.get(module, module + ".")
    if module == "call_forwarding" or module.startswith("call_forwarding."):
        prefix = "call_forwarding."
    return f"{prefix}{t.__qualname__}"


def _parts(value: object, depth: int = 0) -> Iterator[object]:
    """``value`` and every value inside it (tuples, attrs fields)."""
    yield value
    if depth > 4:
        return
    if isinstance(value, tuple | list):
        for v in value:
            yield from _parts(v, depth + 1)
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _parts(v, depth + 1)
    elif attrs.has(type(value)):
        for f in attrs.fields(type(value)):
            yield from _parts(getattr(value, f.name), depth + 1)


def _int_fields(value: object) -> Iterator[tuple[str, int]]:
    if attrs.has(type(value)):
        for f in attrs.fields(type(value)):
            v = getattr(value, f.name)
            if type(v) is int:
                yield f.name, v


def _can_vary(t: type) -> bool:
    if issubclass(t, enum.Enum):
        return len(t) > 1
    return any(f.init for f in attrs.fields(t))


def test_the_enumeration_finds_the_types_the_brief_names() -> None:
    names = {_key(t) for t in PUBLIC_TYPES}
    assert {"call_forwarding.Settings", "identity.Verdict", "Month", "preview.Statement", "oracle.Case"} <= names
    assert len(PUBLIC_TYPES) > 100


def test_every_public_attrs_class_has_a_strategy() -> None:
    missing = [_key(t) for t in PUBLIC_TYPES if attrs.has(t) and t not in REGISTERED]
    assert missing == []


def test_every_result_type_and_table_row_listed_here_is_public() -> None:
    names = {_key(t) for t in PUBLIC_TYPES}
    assert set(PRODUCED_BY) <= names
    assert set(TABLES) <= names
    assert set(INVARIANTS) <= names
    assert set(BUILDS_NEEDS_MORE) <= names


@pytest.mark.parametrize("t", PUBLIC_TYPES, ids=_key)
def test_from_type_draws_valid_varied_values(t: type, monkeypatch: pytest.MonkeyPatch) -> None:
    key = _key(t)
    calls: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any], object]] = []
    if key in PRODUCED_BY:
        module = importlib.import_module(f"hikari_rules.{PRODUCED_BY[key][0]}")
        original = getattr(module, PRODUCED_BY[key][1])

        def recorded(*args: Any, **kwargs: Any) -> Any:
            result = original(*args, **kwargs)
            calls.append((original, args, kwargs, result))
            return result

        monkeypatch.setattr(module, PRODUCED_BY[key][1], recorded)
    drawn: list[object] = []

    @settings(max_examples=8, database=None, deadline=None, derandomize=True)
    @given(st.from_type(t))
    def draw(value: object) -> None:
        assert isinstance(value, t), (key, type(value))
        if attrs.has(t):
            assert attrs.evolve(value) == value  # its validation and converters accept it as it is
            assert [(n, v) for n, v in _int_fields(value) if v < 0] == []
        if key in PRODUCED_BY:
            came_from = [c for c in calls if any(part is value for part in _parts(c[3]))]
            assert came_from, f"{key} was not drawn from a result of {PRODUCED_BY[key]}"
            func, args, kwargs, result = came_from[-1]
            assert func(*args, **kwargs) == result  # the rule gives it again on the same inputs
        if key in TABLES:
            assert any(part is value for part in _parts(TABLES[key]())), f"{value!r} is not a row of its table"
        if key in INVARIANTS:
            assert INVARIANTS[key](value), value
        drawn.append(value)

    draw()
    if _can_vary(t):
        distinct: list[object] = []
        for v in drawn:
            if all(v != d for d in distinct):
                distinct.append(v)
        assert len(distinct) >= 2, f"{key}: only {distinct!r}"


def test_the_guide_names_every_type_drawn_by_calling_its_rule() -> None:
    guide = (Path(__file__).parent.parent / "docs" / "guides" / "test-oracle.md").read_text(encoding="utf-8")
    missing = [key for key in sorted(PRODUCED_BY) if f"`{key.rsplit('.', 1)[-1]}`" not in guide]
    assert missing == []


# st.builds infers only the required fields; these classes need a related field passed too
# (or are rows of a table, or a compiled signature, not values one builds).
BUILDS_NEEDS_MORE = {
    "identity.SubmittedDocument": "kinds that print an expiry date need expires_on: pass it",
    "call_forwarding.OperationRow": "a row of the FWD-2 table",
    "call_forwarding.RemoteActionRow": "a row of the FWD-3 table",
    "oracle.functions.Signature": "compiled from a rule function",
}


# Results are drawn with st.from_type (a result built field by field is not one the rule gives).
@pytest.mark.parametrize(
    "t",
    [t for t in PUBLIC_TYPES if attrs.has(t) and _key(t) not in PRODUCED_BY and _key(t) not in BUILDS_NEEDS_MORE],
    ids=_key,
)
def test_builds_fills_the_required_fields_with_values_the_class_accepts(t: type) -> None:

    @settings(max_examples=5, database=None, deadline=None, derandomize=True)
    @given(st.builds(t))
    def draw(value: object) -> None:
        assert isinstance(value, t)
        assert [(n, v) for n, v in _int_fields(value) if v < 0] == []

    draw()


REACHES: dict[str, tuple[type, Callable[[Any], bool]]] = {
    "a verified submission": (identity.Verdict, lambda v: v.outcome is identity.Outcome.VERIFIED),
    "one to review": (identity.Verdict, lambda v: v.outcome is identity.Outcome.NEEDS_REVIEW),
    "one not verified": (identity.Verdict, lambda v: v.outcome is identity.Outcome.NOT_VERIFIED),
    "verified beside an invalid extra document": (
        identity.Verdict,
        lambda v: v.outcome is identity.Outcome.VERIFIED and bool(v.invalid_documents),
    ),
    "forwarding running to a stored list slot": (
        call_forwarding.Settings,
        lambda s: s.active_mode is not None and bool(s.selected_slot),
    ),
    "remote control enabled": (call_forwarding.Settings, lambda s: s.remote_pin is not None),
    "a failed case": (hikari_rules.oracle.CaseResult, lambda r: r.status == "failed"),
    "a malformed case": (hikari_rules.oracle.CaseResult, lambda r: r.status == "malformed"),
    "a statement with a withdrawal's fee": (
        hikari_rules.preview.Statement,
        lambda s: any(i.kind.name == "CANCELLATION_FEE" for i in s.items),
    ),
}


@pytest.mark.parametrize("what", sorted(REACHES))
def test_from_type_reaches_the_cases_that_matter(what: str) -> None:
    t, condition = REACHES[what]
    # no shrinking: the first value found is enough
    # derandomized: the same examples on every run (a random search missed the fee statement once in 400)
    quick = settings(max_examples=1000, database=None, deadline=None, phases=[Phase.generate], derandomize=True)
    found = find(st.from_type(t), condition, settings=quick)
    assert condition(found)
