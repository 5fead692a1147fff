"""The rule functions a case can name, and their calls compiled from the codec.

The set comes from the rule registry: every public function marked ``@implements`` (a
rule's one implementation) or ``@composes`` (a composition such as the statement
preview), named ``"<module>.<function>"``.  No module is scanned.

A call is prepared once per (rule, argument names): the function's type hints are
resolved once, each argument's decoder compiled once (:func:`hikari_rules.oracle.codec.decoder`),
so a million cases resolve each function's hints once.
"""

from __future__ import annotations

import inspect
import sys
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from hikari_rules._registry import marked_functions
from hikari_rules.oracle.codec import CaseError, Decoder, Matcher, decoder, lenient, matcher

__all__ = ["Call", "Check", "Signature", "decode_args", "prepare", "prepare_check", "rule_functions", "signature"]

_FUNCTIONS: dict[str, Callable[..., Any]] = {}


def rule_functions() -> Mapping[str, Callable[..., Any]]:
    """Every rule function of the package, by its case name ``"<module>.<function>"``, sorted.

    >>> rule_functions()["contract_term.contract_month"].__name__
    'contract_month'
    """
    if not _FUNCTIONS:
        import hikari_rules  # imports every rule module, so every mark is registered

        found: dict[str, Callable[..., Any]] = {}
        for func in marked_functions():
            module_name = getattr(func, "__module__", "")
            package, _, module = module_name.rpartition(".")
            name = getattr(func, "__name__", "")
            if package != hikari_rules.__name__ or module.startswith("_") or name.startswith("_"):
                continue
            if getattr(sys.modules.get(module_name), name, None) is not func:
                continue  # not reachable by its name (a local helper): no case can name it
            found[f"{module}.{name}"] = func
        _FUNCTIONS.update(sorted(found.items()))
    return _FUNCTIONS


@attrs.frozen
class Signature:
    """A rule function with its parameters' decoders."""

    func: Callable[..., Any]
    params: Mapping[str, Decoder]
    required: frozenset[str]
    positional_only: tuple[str, ...]
    match: Matcher
    """Whether a result of the function is an expected value (compiled from its return type)."""


_SIGNATURES: dict[str, Signature] = {}


def not_a_rule_name(rule: object) -> str:
    return f'"rule" must be a string "<module>.<function>", got {"null" if rule is None else type(rule).__name__}'


def signature(rule: str) -> Signature:
    """The compiled signature of the rule function ``rule`` names (a :class:`CaseError` if none)."""
    if type(rule) is not str:  # a list or an object would not even be a dict key
        raise CaseError(not_a_rule_name(rule))
    sig = _SIGNATURES.get(rule)
    if sig is not None:
        return sig
    func = rule_functions().get(rule)
    if func is None:
        raise CaseError(f"unknown rule function {rule[:80]!r} (see `hikari-rules rules --functions`)")
    hints = typing.get_type_hints(func)
    params: dict[str, Decoder] = {}
    required: set[str] = set()
    positional_only: list[str] = []
    for p in inspect.signature(func).parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        params[p.name] = decoder(hints.get(p.name, Any), p.name)
        if p.default is p.empty:
            required.add(p.name)
        if p.kind is p.POSITIONAL_ONLY:
            positional_only.append(p.name)
    sig = Signature(func, params, frozenset(required), tuple(positional_only), matcher(hints.get("return", Any)))
    _SIGNATURES[rule] = sig
    return sig


Call = Callable[[Mapping[str, Any]], Any]
"""A prepared call: decodes a case's ``args`` and calls the rule function."""


def prepare(rule: str, names: tuple[str, ...], is_lenient: bool) -> Call:
    """The call of ``rule`` with arguments ``names``, its decoders compiled in.

    ``is_lenient`` (a case expecting a ``TypeError``) passes a value that does not decode
    to the function as it is.
    """
    return typing.cast(Call, _compile(rule, names, is_lenient, checking=False))


Check = Callable[[Mapping[str, Any], Any], bool]
"""A prepared check: decodes a case's ``args``, calls the rule function and tells whether
its result is ``expected`` (one compiled function: the hot path of a run)."""


def prepare_check(rule: str, names: tuple[str, ...]) -> Check:
    """The check of ``rule`` with arguments ``names`` against an expected value."""
    return typing.cast(Check, _compile(rule, names, False, checking=True))


def _check_names(rule: str, sig: Signature, names: tuple[str, ...]) -> None:
    for n in names:
        if n not in sig.params:
            raise CaseError(f"{rule} has no parameter {n!r} (parameters: {', '.join(sig.params)})")
    missing = sig.required.difference(names)
    if missing:
        raise CaseError(f"{rule} needs argument {sorted(missing)[0]!r}")


def _compile(rule: str, names: tuple[str, ...], is_lenient: bool, *, checking: bool) -> Callable[..., Any]:
    sig = signature(rule)
    _check_names(rule, sig, names)
    namespace: dict[str, Any] = {"_func": sig.func, "_match": sig.match}
    positional: list[tuple[int, str]] = []
    keywords: list[str] = []
    for i, n in enumerate(names):
        namespace[f"_d{i}"] = lenient(sig.params[n]) if is_lenient else sig.params[n]
        value = f"_d{i}(a[{n!r}])"
        if n in sig.positional_only:
            positional.append((sig.positional_only.index(n), value))
        else:
            keywords.append(f"{n}={value}")
    ordered = [v for _, v in sorted(positional)]
    # One call with the arguments written out: no dict built per case.
    call = f"_func({', '.join([*ordered, *keywords])})"
    source = f"def call(a, e):\n    return _match({call}, e)\n" if checking else f"def call(a):\n    return {call}\n"
    exec(compile(source, f"<hikari_rules call of {rule}>", "exec"), namespace)
    compiled: Callable[..., Any] = namespace["call"]
    return compiled


def decode_args(rule: str, args: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments of ``rule`` decoded from their case encoding (a :class:`CaseError` if they do not).

    >>> decode_args("contract_term.contract_month", {"service_start": "2026-09-20", "month": "2029-09"})
    {'service_start': datetime.date(2026, 9, 20), 'month': Month(2029, 9)}
    """
    sig = signature(rule)
    _check_names(rule, sig, tuple(args))
    return {n: sig.params[n](v) for n, v in args.items()}
