"""The JSON Schema of a case, per rule function: what ``hikari-rules schema`` prints.

Built from the codec (:func:`hikari_rules.oracle.codec.schema`) and each function's
type hints, so the schema, the decoder and the encoder cannot disagree.

>>> s = case_schema("contract_term.contract_month")
>>> s["else"]["properties"]["args"]["required"], s["properties"]["expected"]["anyOf"][0]
(['service_start', 'month'], {'type': 'integer'})

A case expecting ``{"raises": "TypeError"}`` may give any value to a parameter (that is
how wrong-type cases are written): its arguments are only checked by name (``then``);
every other case's arguments by their types (``else``).
"""

from __future__ import annotations

import inspect
import typing
from typing import Any, Final

from hikari_rules._registry import rule_ids_of
from hikari_rules.oracle.codec import CaseError, schema
from hikari_rules.oracle.functions import rule_functions

__all__ = ["DIALECT", "case_schema"]

DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"

_RAISES: Final = {
    "type": "object",
    "properties": {"raises": {"type": "string", "description": "an exception class name, e.g. RuleInputError"}},
    "required": ["raises"],
    "additionalProperties": False,
}


def _function_schema(name: str, defs: dict[str, Any]) -> dict[str, Any]:
    func = rule_functions()[name]
    hints = typing.get_type_hints(func)
    props: dict[str, Any] = {}
    required: list[str] = []
    for p in inspect.signature(func).parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        props[p.name] = schema(hints.get(p.name, Any), defs=defs)
        if p.default is p.empty:
            required.append(p.name)
    result = schema(hints.get("return", Any), result=True, defs=defs)
    return {
        "type": "object",
        "title": name,
        "description": f"a case of {name} (rules {', '.join(rule_ids_of(func) or ())})",
        "properties": {
            "id": {"type": "string"},
            "note": {"type": "string"},
            "rule": {"const": name},
            "args": {"type": "object"},
            "expected": {"anyOf": [result, _RAISES]},
        },
        "required": ["rule", "args", "expected"],
        "additionalProperties": False,
        "if": {"properties": {"expected": {"const": {"raises": "TypeError"}}}},
        "then": {"properties": {"args": {"propertyNames": {"enum": list(props)}, "required": required}}},
        "else": {
            "properties": {
                "args": {"properties": props, "required": required, "additionalProperties": False},
            }
        },
    }


def case_schema(function: str | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a case of ``function`` (``"<module>.<function>"``),
    or of a case of any rule function when ``None``.  An unknown name is a :class:`CaseError`."""
    if function is not None and not isinstance(function, str):
        raise TypeError(f"function must be a str or None, got {type(function).__name__}")
    functions = rule_functions()
    defs: dict[str, Any] = {}
    if function is not None:
        if function not in functions:
            raise CaseError(f"unknown rule function {function[:80]!r} (see `hikari-rules rules --functions`)")
        out = {"$schema": DIALECT, **_function_schema(function, defs)}
    else:
        cases = {name: _function_schema(name, defs) for name in functions}
        out = {
            "$schema": DIALECT,
            "title": "a hikari_rules case",
            "oneOf": [{"$ref": f"#/$defs/{name}"} for name in cases],
        }
        defs.update(cases)
    if defs:
        out["$defs"] = defs
    return out
