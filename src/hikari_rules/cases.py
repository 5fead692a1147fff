"""The case format: inputs a billing system saw, the result it produced, checked against the rules.

One **case** is a JSON object (one per line in a ``.jsonl`` file)::

    {"id": "month-37", "rule": "contract_term.contract_month",
     "args": {"service_start": "2026-09-20", "month": "2029-09"}, "expected": 37}

- ``rule`` is a public rule function by its stable name ``"<module>.<function>"``
  (every function of the package marked ``@implements``; see :func:`rule_functions`).
- ``args`` maps parameter names to values encoded as JSON: a date ``"YYYY-MM-DD"``; a
  month ``"YYYY-MM"`` (a parameter that takes ``Month | date`` also takes a date
  string); an aware instant ISO 8601 with its offset; an enum member by NAME; a
  ``Fraction`` ``"1/10"`` (or an int); a result class (attrs) an object of its fields;
  a tuple an array; ``None`` ``null``.  Arguments left out take their defaults.
- ``expected`` is the result encoded the same way (:func:`encode`), or
  ``{"raises": "RuleInputError"}`` / ``{"raises": "TypeError"}`` for an error.
- ``id`` (a short situation name) and ``note`` are optional.

Arguments are decoded by the function's type hints, once per (rule, argument names):
a million cases resolve each function's hints once.  A case whose arguments do not
decode is *malformed* (:class:`CaseError`), except in a case expecting a
``TypeError``: there a value that does not decode is passed to the function as it is,
so wrong-type cases can be written.

>>> r = run_case({"rule": "contract_term.contract_month",
...               "args": {"service_start": "2026-09-20", "month": "2029-09"}, "expected": 37})
>>> r.status, r.actual
('passed', 37)
>>> r = run_case({"rule": "contract_term.renewal_window", "args": {"service_start": "2026-09-03"},
...               "expected": ["2029-09", "2029-11"]})
>>> r.status, r.actual, r.rule_ids
('failed', ['2029-09', '2029-10'], ('TERM-2',))
"""

from __future__ import annotations

import csv
import datetime as _dt
import enum
import importlib
import inspect
import io
import json
import pkgutil
import re
import sys
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from fractions import Fraction
from typing import Any, Final, Literal

import attrs

from hikari_rules._month import Month
from hikari_rules._registry import rule_ids_of, to_jsonable

__all__ = [
    "Case",
    "CaseError",
    "CaseResult",
    "CaseRunner",
    "Report",
    "check_files",
    "decode_args",
    "encode",
    "iter_cases",
    "load_cases",
    "matches",
    "parse_cli_value",
    "rule_functions",
    "run_case",
]

Status = Literal["passed", "failed", "malformed"]

# Not rule modules.  ``batch`` and ``strategies`` need optional extras: importing them
# here would break every command of a plain install.
_NOT_RULE_MODULES: Final = frozenset(
    {"cases", "cli", "strategies", "batch", "planner_batch", "explanation", "rules", "errors"}
)


class CaseError(ValueError):
    """A malformed case: not JSON, an unknown rule, a missing/unknown argument, an undecodable value."""


@attrs.frozen
class Case:
    """One case as read from a file: where it is, and its JSON object (or why it is malformed)."""

    source: str
    line: int
    data: Mapping[str, Any] | None
    error: str | None = None

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}"

    @property
    def id(self) -> str:
        if self.data is not None and isinstance(self.data.get("id"), str):
            return str(self.data["id"])
        return ""


@attrs.frozen
class CaseResult:
    """The verdict on one case.

    ``status`` is ``"passed"``, ``"failed"`` (the rule gives ``actual``, not ``expected``)
    or ``"malformed"`` (``message`` says why).  For a failed case ``rule_ids`` are the
    rules that decided the actual result and ``explanation`` says it in one line.
    """

    status: Status
    source: str = ""
    line: int = 0
    id: str = ""
    rule: str = ""
    args: Mapping[str, Any] = attrs.field(factory=dict)
    expected: Any = None
    actual: Any = None
    rule_ids: tuple[str, ...] = ()
    explanation: str = ""
    message: str = ""

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}"

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable dict of the verdict."""
        out: dict[str, Any] = {"status": self.status, "location": self.location, "id": self.id, "rule": self.rule}
        if self.status == "malformed":
            out["message"] = self.message
            return out
        out.update(
            args=dict(self.args),
            expected=self.expected,
            actual=self.actual,
            rule_ids=list(self.rule_ids),
            explanation=self.explanation,
        )
        return out

    def text(self) -> str:
        """A short human-readable account (for a failed or malformed case)."""
        where = f"{self.location}: " + (f"[{self.id}] " if self.id else "")
        if self.status == "malformed":
            return f"{where}malformed case: {self.message}"
        args = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in self.args.items())
        lines = [
            f"{where}{self.rule}({args})",
            f"    expected: {json.dumps(self.expected, ensure_ascii=False)}",
            f"    actual:   {json.dumps(self.actual, ensure_ascii=False)}",
            f"    rules:    {', '.join(self.rule_ids) or '—'}",
        ]
        if self.explanation:
            lines.append(f"    why:      {self.explanation}")
        return "\n".join(lines)


# -- the callable rules -------------------------------------------------------------------------

_FUNCTIONS: dict[str, Callable[..., Any]] = {}


def rule_functions() -> Mapping[str, Callable[..., Any]]:
    """Every public rule function of the package, by its case name ``"<module>.<function>"``.

    >>> rule_functions()["contract_term.contract_month"].__name__
    'contract_month'
    """
    if not _FUNCTIONS:
        import hikari_rules

        found: dict[str, Callable[..., Any]] = {}
        for info in pkgutil.iter_modules(hikari_rules.__path__):
            if info.name.startswith("_") or info.name in _NOT_RULE_MODULES:
                continue
            module = importlib.import_module(f"hikari_rules.{info.name}")
            for name, obj in vars(module).items():
                if name.startswith("_") or not callable(obj) or rule_ids_of(obj) is None:
                    continue
                if getattr(obj, "__module__", None) != module.__name__:
                    continue
                found[f"{info.name}.{name}"] = obj
        _FUNCTIONS.update(sorted(found.items()))
    return _FUNCTIONS


# -- encoding and strict comparison -------------------------------------------------------------


def encode(value: object) -> Any:
    """A result as the case format writes it (Month → ``"YYYY-MM"``, date → ISO, enum → name, …).

    Secrets are written as they are (the case format round-trips; only explanations mask them).

    >>> encode((Month(2029, 9), _dt.date(2029, 10, 31)))
    ['2029-09', '2029-10-31']
    """
    return to_jsonable(value, mask_secrets=False)


def _same(a: Any, b: Any) -> bool:
    """JSON equality that tells ``true`` from ``1`` and ``1`` from ``1.0``."""
    ta = type(a)
    if ta is not type(b):
        return False
    if ta is list:
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if ta is dict:
        return a.keys() == b.keys() and all(_same(v, b[k]) for k, v in a.items())
    return bool(a == b)


def _match_scalar(v: Any, e: Any) -> bool:
    return type(e) is type(v) and bool(v == e)


def _match_none(v: Any, e: Any) -> bool:
    return e is None


def _match_str_of(v: Any, e: Any) -> bool:  # Month, Fraction
    return type(e) is str and e == str(v)


def _match_iso(v: Any, e: Any) -> bool:  # date, datetime
    return type(e) is str and e == v.isoformat()


def _match_enum(v: Any, e: Any) -> bool:
    return type(e) is str and e == v.name


def _match_seq(v: Any, e: Any) -> bool:
    if type(e) is not list or len(e) != len(v):
        return False
    for x, y in zip(v, e, strict=True):
        m = _MATCHERS.get(type(x))
        if not (m(x, y) if m is not None else _match_other(x, y)):
            return False
    return True


def _match_generic(v: Any, e: Any) -> bool:
    return _same(encode(v), e)


def _match_other(v: Any, e: Any) -> bool:
    t = type(v)
    if isinstance(v, enum.Enum):
        m: Callable[[Any, Any], bool] = _match_enum
    elif t is not _dt.datetime and t is not _dt.date and isinstance(v, _dt.date):
        m = _match_iso
    else:
        m = _match_generic  # attrs results, mappings, subclasses: encode, then compare
    _MATCHERS[t] = m
    return m(v, e)


_MATCHERS: dict[type, Callable[[Any, Any], bool]] = {
    int: _match_scalar,
    bool: _match_scalar,
    str: _match_scalar,
    float: _match_scalar,
    type(None): _match_none,
    Month: _match_str_of,
    Fraction: _match_str_of,
    _dt.date: _match_iso,
    _dt.datetime: _match_iso,
    tuple: _match_seq,
    list: _match_seq,
}


def matches(result: object, expected: Any) -> bool:
    """Whether a rule's ``result`` is ``expected`` in the case format (strictly: ``true`` is not ``1``).

    Same verdict as ``encode(result) == expected`` with JSON types kept apart, without
    building the encoding.

    >>> matches((Month(2029, 9), Month(2029, 10)), ["2029-09", "2029-10"]), matches(1, True)
    (True, False)
    """
    m = _MATCHERS.get(type(result))
    return m(result, expected) if m is not None else _match_other(result, expected)


def _raises_name(expected: Any) -> str | None:
    if type(expected) is dict and len(expected) == 1 and "raises" in expected:
        name = expected["raises"]
        return name if isinstance(name, str) else None
    return None


def _exception_matches(exc: BaseException, name: str) -> bool:
    return any(cls.__name__ == name for cls in type(exc).__mro__)


# -- decoding arguments by type hints ----------------------------------------------------------

Decoder = Callable[[Any], Any]
_DATE_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_MONTH_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}", re.ASCII)
_FRACTION_RE: Final = re.compile(r"-?[0-9]+(?:/[0-9]+)?", re.ASCII)
_fromiso = _dt.date.fromisoformat
_month_from_index = Month.from_index


class _Undecodable(CaseError):
    pass


def _fail(where: str, want: str, value: object) -> _Undecodable:
    shown = json.dumps(value, ensure_ascii=False) if isinstance(value, str | int | float | bool | None) else "..."
    return _Undecodable(f"{where}: expected {want}, got {shown[:60]}")


def _date_text(v: str) -> bool:
    """Whether a 10-character string has the shape ``YYYY-MM-DD`` (ASCII; ``fromisoformat``
    alone would also take an ISO week date such as ``2026-W38-7``)."""
    return v.isascii() and v[4] == "-" and v[7] == "-"


def _date_decoder(where: str) -> Decoder:
    def decode(v: Any) -> _dt.date:
        if type(v) is str and len(v) == 10 and _date_text(v):
            try:
                return _fromiso(v)
            except ValueError:
                pass
        raise _fail(where, "a date 'YYYY-MM-DD'", v)

    return decode


def _month_decoder(where: str, *, or_date: bool) -> Decoder:
    def decode(v: Any) -> Any:
        if type(v) is str:
            n = len(v)
            if n == 7 and v.isascii() and v[4] == "-" and v[:4].isdigit() and v[5:].isdigit():
                m = int(v[5:])
                y = int(v[:4])
                if 1 <= m <= 12 and y >= 1:
                    return _month_from_index(y * 12 + m - 1)
            elif n == 10 and or_date and _date_text(v):
                try:
                    return _fromiso(v)
                except ValueError:
                    pass
        raise _fail(where, "a month 'YYYY-MM'" + (" or a date 'YYYY-MM-DD'" if or_date else ""), v)

    return decode


def _datetime_decoder(where: str) -> Decoder:
    def decode(v: Any) -> _dt.datetime:
        if type(v) is str and len(v) >= 16 and v[10:11] in ("T", " ") and _date_text(v[:10]):
            try:
                return _dt.datetime.fromisoformat(v)
            except ValueError:
                pass
        raise _fail(where, "an instant 'YYYY-MM-DDTHH:MM:SS+09:00'", v)

    return decode


def _fraction_decoder(where: str) -> Decoder:
    def decode(v: Any) -> Fraction:
        if type(v) is int:
            return Fraction(v)
        if type(v) is str and _FRACTION_RE.fullmatch(v):
            try:
                return Fraction(v)
            except ZeroDivisionError:
                pass
        raise _fail(where, "a fraction 'a/b' or an int", v)

    return decode


def _enum_decoder(cls: type[enum.Enum], where: str) -> Decoder:
    members = dict(cls.__members__)

    def decode(v: Any) -> enum.Enum:
        if type(v) is str:
            m = members.get(v)
            if m is not None:
                return m
        raise _fail(where, f"a {cls.__name__} member name ({', '.join(members)})", v)

    return decode


def _exact_decoder(cls: type, where: str, want: str) -> Decoder:
    def decode(v: Any) -> Any:
        if type(v) is cls:
            return v
        raise _fail(where, want, v)

    return decode


def _optional(inner: Decoder) -> Decoder:
    def decode(v: Any) -> Any:
        return None if v is None else inner(v)

    return decode


def _first_of(decoders: list[Decoder], where: str) -> Decoder:
    def decode(v: Any) -> Any:
        errors = []
        for d in decoders:
            try:
                return d(v)
            except _Undecodable as exc:
                errors.append(str(exc).split(": expected ", 1)[-1])
        raise _Undecodable(f"{where}: expected one of: {'; '.join(errors)}")

    return decode


def _tuple_decoder(items: tuple[Any, ...], where: str, globalns: dict[str, Any] | None) -> Decoder:
    if len(items) == 2 and items[1] is Ellipsis:
        each = _decoder_for(items[0], f"{where}[]", globalns)

        def decode_var(v: Any) -> tuple[Any, ...]:
            if type(v) is not list:
                raise _fail(where, "an array", v)
            return tuple(each(x) for x in v)

        return decode_var
    decs = [_decoder_for(t, f"{where}[{i}]", globalns) for i, t in enumerate(items)]

    def decode_fixed(v: Any) -> tuple[Any, ...]:
        if type(v) is not list or len(v) != len(decs):
            raise _fail(where, f"an array of {len(decs)}", v)
        return tuple(d(x) for d, x in zip(decs, v, strict=True))

    return decode_fixed


def _mapping_decoder(value_hint: Any, where: str, globalns: dict[str, Any] | None) -> Decoder:
    each = _decoder_for(value_hint, f"{where}{{}}", globalns)

    def decode(v: Any) -> dict[str, Any]:
        if type(v) is not dict:
            raise _fail(where, "an object", v)
        return {k: each(x) for k, x in v.items()}

    return decode


def _attrs_decoder(cls: type, where: str) -> Decoder:
    hints = typing.get_type_hints(cls)
    fields = {a.name: a for a in attrs.fields(cls) if a.init}
    decs = {name: _decoder_for(hints.get(name, Any), f"{where}.{name}", None) for name in fields}
    required = {n for n, a in fields.items() if a.default is attrs.NOTHING}

    def decode(v: Any) -> Any:
        if type(v) is not dict:
            raise _fail(where, f"a {cls.__name__} object", v)
        unknown = v.keys() - decs.keys()
        if unknown:
            raise _Undecodable(f"{where}: {cls.__name__} has no field {sorted(unknown)[0]!r}")
        missing = required - v.keys()
        if missing:
            raise _Undecodable(f"{where}: {cls.__name__} needs field {sorted(missing)[0]!r}")
        return cls(**{k: decs[k](x) for k, x in v.items()})

    return decode


def _attrs_union_decoder(classes: list[type], where: str) -> Decoder:
    by_name = {c.__name__: _attrs_decoder(c, where) for c in classes}
    field_sets = {c.__name__: {a.name for a in attrs.fields(c) if a.init} for c in classes}

    def decode(v: Any) -> Any:
        if type(v) is dict:
            name = v.get("type")
            if isinstance(name, str) and name in by_name:
                return by_name[name]({k: x for k, x in v.items() if k != "type"})
            fitting = [n for n, fs in field_sets.items() if v.keys() <= fs]
            if len(fitting) == 1:
                return by_name[fitting[0]](v)
        raise _Undecodable(f'{where}: expected an object with "type" one of {", ".join(by_name)}')

    return decode


def _decoder_for(hint: Any, where: str, globalns: dict[str, Any] | None) -> Decoder:
    if hint is Any or hint is object:
        return _identity
    if hint is type(None) or hint is None:
        return _exact_decoder(type(None), where, "null")
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        members = list(typing.get_args(hint))
        optional = type(None) in members
        members = [m for m in members if m is not type(None)]
        if set(members) == {Month, _dt.date}:
            inner = _month_decoder(where, or_date=True)
        elif len(members) == 1:
            inner = _decoder_for(members[0], where, globalns)
        elif all(isinstance(m, type) and attrs.has(m) for m in members):
            inner = _attrs_union_decoder(members, where)
        else:
            inner = _first_of([_decoder_for(m, where, globalns) for m in members], where)
        return _optional(inner) if optional else inner
    if origin is typing.Literal:
        allowed = typing.get_args(hint)

        def decode_literal(v: Any) -> Any:
            if v in allowed:
                return v
            raise _fail(where, f"one of {allowed}", v)

        return decode_literal
    if origin is tuple:
        return _tuple_decoder(typing.get_args(hint), where, globalns)
    if origin in (Mapping, dict, typing.Mapping):
        args = typing.get_args(hint)
        return _mapping_decoder(args[1] if len(args) == 2 else Any, where, globalns)
    if origin in (list, frozenset, set):
        args = typing.get_args(hint)
        each = _decoder_for(args[0] if args else Any, f"{where}[]", globalns)
        ctor = origin

        def decode_seq(v: Any) -> Any:
            if type(v) is not list:
                raise _fail(where, "an array", v)
            return ctor(each(x) for x in v)

        return decode_seq
    if origin is not None:
        return _identity
    if hint is _dt.datetime:
        return _datetime_decoder(where)
    if hint is _dt.date:
        return _date_decoder(where)
    if hint is Month:
        return _month_decoder(where, or_date=False)
    if hint is Fraction:
        return _fraction_decoder(where)
    if hint is bool:
        return _exact_decoder(bool, where, "true or false")
    if hint is int:
        return _exact_decoder(int, where, "an integer")
    if hint is str:
        return _exact_decoder(str, where, "a string")
    if hint is float:
        return _identity
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_decoder(hint, where)
    if isinstance(hint, type) and attrs.has(hint):
        return _attrs_decoder(hint, where)
    return _identity


def _identity(v: Any) -> Any:
    return v


def _lenient(decoder: Decoder) -> Decoder:
    """For a case that expects a TypeError: a value that does not decode goes in as it is."""

    def decode(v: Any) -> Any:
        try:
            return decoder(v)
        except _Undecodable:
            return v

    return decode


@attrs.frozen
class _Signature:
    func: Callable[..., Any]
    params: Mapping[str, Decoder]
    required: frozenset[str]
    positional_only: tuple[str, ...]


_SIGNATURES: dict[str, _Signature] = {}


def _not_a_rule_name(rule: object) -> str:
    return f'"rule" must be a string "<module>.<function>", got {"null" if rule is None else type(rule).__name__}'


def _signature(rule: str) -> _Signature:
    if type(rule) is not str:  # a list or an object would not even be a dict key
        raise CaseError(_not_a_rule_name(rule))
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
        params[p.name] = _decoder_for(hints.get(p.name, Any), p.name, None)
        if p.default is p.empty:
            required.add(p.name)
        if p.kind is p.POSITIONAL_ONLY:
            positional_only.append(p.name)
    sig = _Signature(func, params, frozenset(required), tuple(positional_only))
    _SIGNATURES[rule] = sig
    return sig


Call = Callable[[Mapping[str, Any]], Any]
"""A prepared call: decodes a case's ``args`` and calls the rule function."""


def _prepare(rule: str, names: tuple[str, ...], lenient: bool) -> Call:
    sig = _signature(rule)
    for n in names:
        if n not in sig.params:
            raise CaseError(f"{rule} has no parameter {n!r} (parameters: {', '.join(sig.params)})")
    missing = sig.required.difference(names)
    if missing:
        raise CaseError(f"{rule} needs argument {sorted(missing)[0]!r}")
    func = sig.func
    decs = tuple((n, _lenient(sig.params[n]) if lenient else sig.params[n]) for n in names)
    if sig.positional_only:
        pos = tuple(n for n in sig.positional_only if n in names)
        kw = tuple((n, d) for n, d in decs if n not in pos)
        pdecs = tuple((n, dict(decs)[n]) for n in pos)

        def call_pos(a: Mapping[str, Any]) -> Any:
            return func(*[d(a[n]) for n, d in pdecs], **{n: d(a[n]) for n, d in kw})

        return call_pos
    if len(decs) == 1:
        ((n0, d0),) = decs

        def call1(a: Mapping[str, Any]) -> Any:
            return func(**{n0: d0(a[n0])})

        return call1
    if len(decs) == 2:
        (n0, d0), (n1, d1) = decs

        def call2(a: Mapping[str, Any]) -> Any:
            return func(**{n0: d0(a[n0]), n1: d1(a[n1])})

        return call2

    def call(a: Mapping[str, Any]) -> Any:
        return func(**{n: d(a[n]) for n, d in decs})

    return call


def decode_args(rule: str, args: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments of ``rule`` decoded from their case encoding (a :class:`CaseError` if they do not).

    >>> decode_args("contract_term.contract_month", {"service_start": "2026-09-20", "month": "2029-09"})
    {'service_start': datetime.date(2026, 9, 20), 'month': Month(2029, 9)}
    """
    sig = _signature(rule)
    _prepare(rule, tuple(args), False)
    return {n: sig.params[n](v) for n, v in args.items()}


# -- running cases ------------------------------------------------------------------------------


class CaseRunner:
    """Runs cases; prepares each (rule, argument names) once, then reuses it.

    :meth:`run` returns ``None`` for a passing case (the fast path of a million-case file
    allocates no result) and a :class:`CaseResult` for a failed or malformed one.
    """

    def __init__(self, *, lang: str = "en") -> None:
        self.lang = lang
        self._calls: dict[tuple[Any, ...], Call] = {}

    def run(self, data: Any, source: str = "<case>", line: int = 0) -> CaseResult | None:
        if type(data) is not dict:
            return CaseResult("malformed", source, line, message="a case is a JSON object")
        try:
            rule = data["rule"]
            args = data["args"]
            expected = data["expected"]
        except KeyError as exc:
            return self._malformed(data, source, line, f'missing "{exc.args[0]}"')
        if type(rule) is not str:
            return self._malformed(data, source, line, _not_a_rule_name(rule))
        if type(args) is not dict:
            return self._malformed(data, source, line, '"args" must be an object')
        raises = _raises_name(expected)
        lenient = raises == "TypeError"
        key = (rule, lenient, *args)
        call = self._calls.get(key)
        if call is None:
            try:
                call = self._calls[key] = _prepare(rule, tuple(args), lenient)
            except CaseError as exc:
                return self._malformed(data, source, line, str(exc))
        try:
            result = call(args)
        except _Undecodable as exc:
            return self._malformed(data, source, line, f"argument {exc}")
        except Exception as exc:
            if raises is not None and _exception_matches(exc, raises):
                return None
            return self._failed(data, source, line, {"raises": type(exc).__name__}, exc)
        if raises is None:
            m = _MATCHERS.get(type(result))
            if m(result, expected) if m is not None else _match_other(result, expected):
                return None
        return self._failed(data, source, line, encode(result), None)

    # -- the slow paths -------------------------------------------------------------------

    def _malformed(self, data: Mapping[str, Any], source: str, line: int, message: str) -> CaseResult:
        cid = data.get("id")
        rule = data.get("rule")
        return CaseResult(
            "malformed",
            source,
            line,
            id=cid if isinstance(cid, str) else "",
            rule=rule if isinstance(rule, str) else "",
            message=message,
        )

    def _failed(
        self, data: Mapping[str, Any], source: str, line: int, actual: Any, exc: BaseException | None
    ) -> CaseResult:
        from hikari_rules.explanation import explain

        rule: str = data["rule"]
        func = _signature(rule).func
        rule_ids: tuple[str, ...] = rule_ids_of(func) or ()
        if exc is not None:
            why = f"{type(exc).__name__}: {exc}"
        else:
            try:
                kwargs = decode_args(rule, data["args"])
                e = explain(func, **kwargs)
                rule_ids = e.rule_ids or rule_ids
                notes = [(s.note_ja if self.lang == "ja" else s.note) or s.rule_id for s in e.steps]
                why = "; ".join(dict.fromkeys(notes))
            except Exception as err:  # an explanation must not hide the mismatch itself
                why = f"(no explanation: {type(err).__name__}: {err})"
        cid = data.get("id")
        return CaseResult(
            "failed",
            source,
            line,
            id=cid if isinstance(cid, str) else "",
            rule=rule,
            args=data["args"],
            expected=data["expected"],
            actual=actual,
            rule_ids=rule_ids,
            explanation=why,
        )


def run_case(case: Mapping[str, Any], *, source: str = "<case>", line: int = 0, lang: str = "en") -> CaseResult:
    """Run one case (a mapping in the case format) and return its verdict, passing ones included.

    Anything else (a list, a number, ``None``: a JSON line that is not an object) is a
    malformed case.
    """
    if not isinstance(case, Mapping):
        return CaseResult("malformed", source, line, message="a case is a JSON object")
    data = dict(case) if not isinstance(case, dict) else case
    out = CaseRunner(lang=lang).run(data, source, line)
    if out is not None:
        return out
    cid = data.get("id")
    expected = data["expected"]
    actual = expected
    return CaseResult(
        "passed",
        source,
        line,
        id=cid if isinstance(cid, str) else "",
        rule=data["rule"],
        args=data["args"],
        expected=expected,
        actual=actual,
        rule_ids=rule_ids_of(_signature(data["rule"]).func) or (),
    )


# -- reading files ------------------------------------------------------------------------------

_CHUNK: Final = 4096


Row = tuple[int, Any, str | None]
"""A parsed line: its 1-based number, its JSON value (None if not JSON) and the parse error."""


def _parse_batch(lines: list[tuple[int, str]]) -> list[Row]:
    """Parse many lines with one ``json.loads`` (fast); fall back line by line on any error."""
    try:
        values = json.loads("[" + ",".join([text for _, text in lines]) + "]")
    except (ValueError, RecursionError):
        values = None
    if values is not None and len(values) == len(lines):
        return [(n, v, None) for (n, _), v in zip(lines, values, strict=True)]
    rows: list[Row] = []
    for n, text in lines:
        try:
            rows.append((n, json.loads(text), None))
        except ValueError as exc:
            rows.append((n, None, f"not JSON: {exc}"))
        except RecursionError:  # nested deeper than the parser goes
            rows.append((n, None, "not JSON: nested too deeply"))
    return rows


def _jsonl_batches(text_lines: Iterable[str]) -> Iterator[list[Row]]:
    batch: list[tuple[int, str]] = []
    for n, text in enumerate(text_lines, 1):
        if text.strip():
            batch.append((n, text))
            if len(batch) >= _CHUNK:
                yield _parse_batch(batch)
                batch = []
    if batch:
        yield _parse_batch(batch)


def iter_jsonl(text_lines: Iterable[str], source: str) -> Iterator[Case]:
    """The cases of JSON Lines text (blank lines skipped), with their 1-based line numbers."""
    for batch in _jsonl_batches(text_lines):
        for n, value, error in batch:
            yield Case(source, n, value, error)


def parse_cli_value(text: str) -> Any:
    """A CSV cell or a ``key=value`` value: JSON where it parses (``37``, ``null``, ``[…]``), else the bare string.

    >>> parse_cli_value("37"), parse_cli_value("2026-09-20"), parse_cli_value("HOUSE"), parse_cli_value("null")
    (37, '2026-09-20', 'HOUSE', None)
    """
    try:
        return json.loads(text)
    except ValueError:
        return text


def iter_csv(text: str, source: str, rule: str) -> Iterator[Case]:
    """The cases of a CSV file for one rule: a header of argument names plus ``expected``
    (and optionally ``id`` and ``note``); an empty cell leaves the argument out; an
    ``expected`` of ``raises:RuleInputError`` is shorthand for ``{"raises": "RuleInputError"}``.
    """
    reader = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    for row in reader:
        n = reader.line_num
        if not row or all(not c.strip() for c in row):
            continue
        if header is None:
            header = [c.strip() for c in row]
            if "expected" not in header:
                yield Case(source, n, None, 'the CSV header has no "expected" column')
                return
            continue
        if len(row) != len(header):
            yield Case(source, n, None, f"{len(row)} cells for {len(header)} columns")
            continue
        data: dict[str, Any] = {"rule": rule, "args": {}}
        for name, cell in zip(header, row, strict=True):
            if name in ("id", "note"):
                data[name] = cell
            elif name == "expected":
                cell = cell.strip()
                data["expected"] = (
                    {"raises": cell.split(":", 1)[1].strip()} if cell.startswith("raises:") else parse_cli_value(cell)
                )
            elif cell.strip():
                data["args"][name] = parse_cli_value(cell.strip())
        yield Case(source, n, data)


def csv_rule_name(path: str) -> str:
    """The rule a CSV file is for: its file name, ``<module>.<function>.csv``
    (anything before the module, e.g. ``examples/``, is ignored)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name[: -len(".csv")] if name.lower().endswith(".csv") else name


def iter_cases(path: str) -> Iterator[Case]:
    """The cases of a ``.jsonl`` or ``.csv`` file (an ``OSError`` if it cannot be read)."""
    if path.lower().endswith(".csv"):
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        rule = csv_rule_name(path)
        parts = rule.split(".")
        yield from iter_csv(text, path, ".".join(parts[-2:]) if len(parts) >= 2 else rule)
        return
    with open(path, encoding="utf-8") as f:
        yield from iter_jsonl(f, path)


def load_cases(path: str) -> list[Case]:
    """All cases of a file (see :func:`iter_cases`)."""
    return list(iter_cases(path))


# -- whole files --------------------------------------------------------------------------------


@attrs.define
class Report:
    """Counts and the failed/malformed verdicts of a ``check`` run."""

    passed: int = 0
    failed: int = 0
    malformed: int = 0
    unreadable: list[tuple[str, str]] = attrs.field(factory=list)
    problems: list[CaseResult] = attrs.field(factory=list)

    @property
    def exit_code(self) -> int:
        """0 when every case matches, 2 on an unreadable file or a malformed case, else 1."""
        if self.malformed or self.unreadable:
            return 2
        return 1 if self.failed else 0

    def summary(self) -> str:
        text = f"{self.passed} passed, {self.failed} failed"
        if self.malformed:
            text += f", {self.malformed} malformed"
        if self.unreadable:
            text += f", {len(self.unreadable)} unreadable file{'s' if len(self.unreadable) > 1 else ''}"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "failed": self.failed,
            "malformed": self.malformed,
            "unreadable": [{"file": f, "error": e} for f, e in self.unreadable],
            "exit_code": self.exit_code,
            "results": [p.to_json() for p in self.problems],
        }


def _file_batches(path: str) -> Iterator[list[Row]]:
    if path.lower().endswith(".csv"):
        rows = [(c.line, c.data, c.error) for c in iter_cases(path)]
        for i in range(0, len(rows), _CHUNK):
            yield rows[i : i + _CHUNK]
        return
    with open(path, encoding="utf-8") as f:
        yield from _jsonl_batches(f)


_BATCH_EXTRA_NOTE: Final = (
    "hikari-rules: CSV files are checked row by row; "
    "installing hikari-rules[batch] (NumPy, pyarrow) makes large CSV files faster\n"
)
_suggested: list[bool] = []


def _suggest_batch_extra() -> None:
    """Say once per process, on standard error, that the ``batch`` extra speeds up CSV files."""
    if not _suggested:
        _suggested.append(True)
        sys.stderr.write(_BATCH_EXTRA_NOTE)


def _batch_checked_rows(path: str) -> int | None:
    """Rows of a single-rule CSV file that the columnar path (``hikari_rules.batch``) found
    all correct, or ``None`` to run the file row by row.

    The batch path answers only "every row matches"; a file with any mismatch, a rule
    without a batch form, or without the ``batch`` extra installed, goes through the
    row runner, which reports each row precisely.
    """
    if not path.lower().endswith(".csv"):
        return None
    try:
        from hikari_rules import batch

        batch._pa()
    except ImportError:  # the optional extra is not installed: say once that it exists
        _suggest_batch_extra()
        return None
    rule_name = csv_rule_name(path)
    if rule_name.count(".") > 1:
        rule_name = ".".join(rule_name.split(".")[-2:])
    if rule_name not in rule_functions():  # the row runner: "unknown rule function"
        return None
    try:
        columns = batch.read_csv_case_columns(path)
    except Exception:  # unreadable or ragged CSV: the row runner reports it line by line
        return None
    if "expected" not in columns:
        return None
    bad = batch.run_csv_case_columns(rule_name, columns)
    if bad is None or len(bad) != 0:
        return None
    return len(columns["expected"])


def check_files(
    paths: Iterable[str],
    *,
    lang: str = "en",
    on_problem: Callable[[CaseResult], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> Report:
    """Check every case of every file; a file that cannot be read is recorded and skipped.

    ``on_problem`` sees each failed or malformed verdict as it happens; ``on_progress``
    is told, every few thousand cases, how many cases were read since its last call.
    """
    report = Report()
    run = CaseRunner(lang=lang).run
    for path in paths:
        try:
            fast = _batch_checked_rows(path)
            if fast is not None:
                report.passed += fast
                if on_progress is not None:
                    on_progress(fast)
                continue
            for batch in _file_batches(path):
                passed = 0
                for n, data, error in batch:
                    if error is None:
                        verdict = run(data, path, n)
                        if verdict is None:
                            passed += 1
                            continue
                    else:
                        verdict = CaseResult("malformed", path, n, message=error)
                    if verdict.status == "malformed":
                        report.malformed += 1
                    else:
                        report.failed += 1
                    report.problems.append(verdict)
                    if on_problem is not None:
                        on_problem(verdict)
                report.passed += passed
                if on_progress is not None:
                    on_progress(len(batch))
        except (OSError, UnicodeDecodeError) as exc:
            report.unreadable.append((path, f"{type(exc).__name__}: {exc}"))
    return report
