"""The one codec of the case format: how every argument and result type is decoded, encoded,
compared and described.

Each Python type the rules take or return has one JSON form:

- ``datetime.date`` — ``"2026-09-20"``; ``Month`` — ``"2026-09"`` (a parameter typed
  ``Month | date`` also takes a date string, meaning its month); an aware ``datetime``
  — ISO 8601 with its offset;
- an ``enum.Enum`` member — its NAME; a ``Fraction`` — ``"1/10"`` (or an int);
- an attrs class — an object of its fields (a field the caller sets and ``repr`` hides,
  such as a PIN, is a *secret*: :func:`encode` masks it as ``"****"`` when asked);
- a tuple, list or set — an array; a mapping — an object; ``None`` — ``null``;
  ``int``, ``str``, ``bool``, ``float`` as they are, with ``true`` never ``1`` and ``1``
  never ``1.0``.

From that one description the module compiles, once per type:

- :func:`decoder` — JSON value → Python value, by a type hint (a :class:`CaseError`
  naming where and what was expected when the value has no such form);
- :func:`encode` — Python value → JSON value, by the value's runtime type (the case
  files, ``--format json`` and ``explain().to_json()`` all write through it);
- :func:`matches` — whether a Python value *is* a JSON value, walking both directly
  (no encoding of either side);
- :func:`schema` — the JSON Schema of a type hint (``hikari-rules schema``).

>>> import datetime as dt
>>> from hikari_rules import Month
>>> decoder(Month | dt.date, "month")("2029-09-30")
datetime.date(2029, 9, 30)
>>> encode((Month(2029, 9), dt.date(2029, 10, 31)))
['2029-09', '2029-10-31']
>>> matches((Month(2029, 9),), ["2029-09"]), matches(1, True), matches(True, True)
(True, False, True)
>>> schema(Month)
{'type': 'string', 'pattern': '^[0-9]{4}-(0[1-9]|1[0-2])$', 'description': 'a month YYYY-MM'}
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import re
import types
import typing
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any, Final

import attrs

from hikari_rules._month import Month
from hikari_rules._registry import SECRET_MASK

__all__ = [
    "SECRET_MASK",
    "CaseError",
    "Decoder",
    "decoder",
    "encode",
    "lenient",
    "matcher",
    "matches",
    "same_json",
    "schema",
]


class CaseError(ValueError):
    """A malformed case: not JSON, an unknown rule, a missing/unknown argument, an undecodable value."""


class Undecodable(CaseError):
    """A value that has no decoding to the type a parameter or field asks for."""


Decoder = Callable[[Any], Any]
"""A compiled decoder: a JSON value in, a Python value out (or :class:`Undecodable`)."""


# -- decoding ----------------------------------------------------------------------------------

_FRACTION_RE: Final = re.compile(r"-?[0-9]+(?:/[0-9]+)?", re.ASCII)
_fromiso = _dt.date.fromisoformat
_month_from_index = Month.from_index


def _fail(where: str, want: str, value: object) -> Undecodable:
    shown = json.dumps(value, ensure_ascii=False) if isinstance(value, str | int | float | bool | None) else "..."
    return Undecodable(f"{where}: expected {want}, got {shown[:60]}")


def _date_text(v: str) -> bool:
    """Whether a 10-character string has the shape ``YYYY-MM-DD`` (ASCII; ``fromisoformat``
    alone would also take an ISO week date such as ``2026-W38-7``)."""
    return v.isascii() and v[4] == "-" and v[7] == "-"


_CACHE_SIZE: Final = 1 << 16
_DATES: dict[str, _dt.date] = {}
_MONTHS: dict[str, Month] = {}
"""Decoded dates and months by their text: exports repeat them (a cache of immutable values)."""


def _date_decoder(where: str) -> Decoder:
    cache = _DATES

    def decode(v: Any) -> _dt.date:
        d = cache.get(v) if type(v) is str else None
        if d is not None:
            return d
        if type(v) is str and len(v) == 10 and v.isascii() and v[4] == "-" and v[7] == "-":
            try:
                d = _fromiso(v)
            except ValueError:
                pass
            else:
                if len(cache) >= _CACHE_SIZE:
                    cache.clear()
                cache[v] = d
                return d
        raise _fail(where, "a date 'YYYY-MM-DD'", v)

    return decode


def _month_decoder(where: str, *, or_date: bool) -> Decoder:
    months = _MONTHS
    dates = _DATES

    def decode(v: Any) -> Any:
        if type(v) is str:
            m = months.get(v)
            if m is not None:
                return m
            n = len(v)
            if n == 7 and v.isascii() and v[4] == "-" and v[:4].isdigit() and v[5:].isdigit():
                mo = int(v[5:])
                y = int(v[:4])
                if 1 <= mo <= 12 and y >= 1:
                    m = _month_from_index(y * 12 + mo - 1)
                    if len(months) >= _CACHE_SIZE:
                        months.clear()
                    months[v] = m
                    return m
            elif n == 10 and or_date:
                d = dates.get(v)
                if d is not None:
                    return d
                if _date_text(v):
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
            except Undecodable as exc:
                errors.append(str(exc).split(": expected ", 1)[-1])
        raise Undecodable(f"{where}: expected one of: {'; '.join(errors)}")

    return decode


def _tuple_decoder(items: tuple[Any, ...], where: str) -> Decoder:
    if len(items) == 2 and items[1] is Ellipsis:
        each = decoder(items[0], f"{where}[]")

        def decode_var(v: Any) -> tuple[Any, ...]:
            if type(v) is not list:
                raise _fail(where, "an array", v)
            return tuple([each(x) for x in v])

        return decode_var
    decs = [decoder(t, f"{where}[{i}]") for i, t in enumerate(items)]

    def decode_fixed(v: Any) -> tuple[Any, ...]:
        if type(v) is not list or len(v) != len(decs):
            raise _fail(where, f"an array of {len(decs)}", v)
        return tuple([d(x) for d, x in zip(decs, v, strict=True)])

    return decode_fixed


def _mapping_decoder(value_hint: Any, where: str) -> Decoder:
    each = decoder(value_hint, f"{where}{{}}")

    def decode(v: Any) -> dict[str, Any]:
        if type(v) is not dict:
            raise _fail(where, "an object", v)
        return {k: each(x) for k, x in v.items()}

    return decode


def _init_fields(cls: type) -> dict[str, attrs.Attribute[Any]]:
    return {a.name: a for a in attrs.fields(cls) if a.init}


_ABSENT: Final = object()


def _attrs_decoder(cls: type, where: str) -> Decoder:
    """A decoder compiled for ``cls``: each field looked up once, an ``int``/``str``/``bool``
    field taken as it is when it has that type, the others through their decoders."""
    hints = typing.get_type_hints(cls)
    fields = _init_fields(cls)
    decs = {name: decoder(hints.get(name, Any), f"{where}.{name}") for name in fields}
    required = {n for n, a in fields.items() if a.default is attrs.NOTHING}

    def refuse(v: Any) -> Undecodable:
        if type(v) is not dict:
            return _fail(where, f"a {cls.__name__} object", v)
        unknown = v.keys() - decs.keys()
        if unknown:
            return Undecodable(f"{where}: {cls.__name__} has no field {sorted(unknown)[0]!r}")
        missing = required - v.keys()
        return Undecodable(f"{where}: {cls.__name__} needs field {sorted(missing)[0]!r}")

    lines = ["def decode(v):", "    if type(v) is not dict:", "        raise _refuse(v)", "    kw = {}", "    n = 0"]
    namespace: dict[str, Any] = {"_refuse": refuse, "_cls": cls, "_ABSENT": _ABSENT}
    for i, name in enumerate(fields):
        namespace[f"_d{i}"] = decs[name]
        hint = hints.get(name, Any)
        value = f"x if type(x) is {hint.__name__} else _d{i}(x)" if hint in (int, str, bool) else f"_d{i}(x)"
        lines += [f"    x = v.get({name!r}, _ABSENT)", "    if x is not _ABSENT:", f"        kw[{name!r}] = {value}"]
        lines += ["        n += 1"]
        if name in required:
            lines += ["    else:", "        raise _refuse(v)"]
    lines += ["    if n != len(v):", "        raise _refuse(v)", "    return _cls(**kw)"]
    exec(compile("\n".join(lines) + "\n", f"<hikari_rules decoder of {cls.__qualname__}>", "exec"), namespace)
    decode: Decoder = namespace["decode"]
    return decode


def _attrs_union_decoder(classes: list[type], where: str) -> Decoder:
    by_name = {c.__name__: _attrs_decoder(c, where) for c in classes}
    field_sets = {c.__name__: set(_init_fields(c)) for c in classes}

    def decode(v: Any) -> Any:
        if type(v) is dict:
            name = v.get("type")
            if isinstance(name, str) and name in by_name:
                return by_name[name]({k: x for k, x in v.items() if k != "type"})
            fitting = [n for n, fs in field_sets.items() if v.keys() <= fs]
            if len(fitting) == 1:
                return by_name[fitting[0]](v)
        raise Undecodable(f'{where}: expected an object with "type" one of {", ".join(by_name)}')

    return decode


def _union_members(hint: Any) -> tuple[list[Any], bool] | None:
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        members = list(typing.get_args(hint))
        return [m for m in members if m is not type(None)], type(None) in members
    return None


def _is_month_or_date(members: list[Any]) -> bool:
    return set(members) == {Month, _dt.date}


def decoder(hint: Any, where: str) -> Decoder:
    """The decoder of a type hint; ``where`` (a parameter name, ``term.term_months``) names
    the value in error messages.  Compiled once: a prepared rule call keeps its decoders."""
    if hint is Any or hint is object or hint is float:
        return _identity
    if hint is type(None) or hint is None:
        return _exact_decoder(type(None), where, "null")
    union = _union_members(hint)
    if union is not None:
        members, optional = union
        if _is_month_or_date(members):
            inner = _month_decoder(where, or_date=True)
        elif len(members) == 1:
            inner = decoder(members[0], where)
        elif all(isinstance(m, type) and attrs.has(m) for m in members):
            inner = _attrs_union_decoder(members, where)
        else:
            inner = _first_of([decoder(m, where) for m in members], where)
        return _optional(inner) if optional else inner
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        allowed = typing.get_args(hint)

        def decode_literal(v: Any) -> Any:
            if any(type(v) is type(a) and v == a for a in allowed):
                return v
            raise _fail(where, f"one of {allowed}", v)

        return decode_literal
    if origin is tuple:
        return _tuple_decoder(typing.get_args(hint), where)
    if origin in (Mapping, dict):
        args = typing.get_args(hint)
        return _mapping_decoder(args[1] if len(args) == 2 else Any, where)
    if origin in (list, frozenset, set):
        args = typing.get_args(hint)
        each = decoder(args[0] if args else Any, f"{where}[]")
        ctor = origin

        def decode_seq(v: Any) -> Any:
            if type(v) is not list:
                raise _fail(where, "an array", v)
            return ctor(each(x) for x in v)

        return decode_seq
    if origin is not None:
        return _identity
    simple = _SIMPLE_DECODERS.get(hint)
    if simple is not None:
        return simple(where)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_decoder(hint, where)
    if isinstance(hint, type) and attrs.has(hint):
        return _attrs_decoder(hint, where)
    return _identity


_SIMPLE_DECODERS: Final[Mapping[Any, Callable[[str], Decoder]]] = {
    _dt.datetime: _datetime_decoder,
    _dt.date: _date_decoder,
    Month: lambda where: _month_decoder(where, or_date=False),
    Fraction: _fraction_decoder,
    bool: lambda where: _exact_decoder(bool, where, "true or false"),
    int: lambda where: _exact_decoder(int, where, "an integer"),
    str: lambda where: _exact_decoder(str, where, "a string"),
}


def _identity(v: Any) -> Any:
    return v


def lenient(dec: Decoder) -> Decoder:
    """For a case that expects a TypeError: a value that does not decode goes in as it is."""

    def decode(v: Any) -> Any:
        try:
            return dec(v)
        except Undecodable:
            return v

    return decode


# -- encoding ----------------------------------------------------------------------------------

Encoder = Callable[[Any, bool], Any]


def _is_secret(field: attrs.Attribute[Any]) -> bool:
    # repr=False on a field the caller sets (init=True) hides a secret, e.g. call_forwarding's
    # remote-control PIN; repr=False on a derived field (init=False, e.g. an operation's ``kind`` tag,
    # which the JSON form needs to say which 142 row it is) only keeps repr short, and is written.
    return not field.repr and field.init


def encode(value: object, *, mask_secrets: bool = False) -> Any:
    """``value`` in the case format's JSON form (see the module's description).

    ``mask_secrets=True`` writes ``"****"`` for each secret that is set, as explanations
    do; the case format round-trips, so it writes secrets as they are by default.

    >>> import datetime as dt
    >>> from hikari_rules.call_forwarding import EnableRemote
    >>> encode(dt.date(2026, 9, 20)), encode(Fraction(1, 10)), encode({"a": (1, None)})
    ('2026-09-20', '1/10', {'a': [1, None]})
    >>> encode(EnableRemote("1234")), encode(EnableRemote("1234"), mask_secrets=True)
    ({'kind': 'ENABLE_REMOTE', 'pin': '1234'}, {'kind': 'ENABLE_REMOTE', 'pin': '****'})
    """
    enc = _ENCODERS.get(type(value))
    if enc is None:
        enc = _compile_encoder(type(value))
    return enc(value, mask_secrets)


def _enc_self(v: Any, mask: bool) -> Any:
    return v


def _enc_str(v: Any, mask: bool) -> Any:
    return str(v)


def _enc_iso(v: Any, mask: bool) -> Any:
    return v.isoformat()


def _enc_name(v: Any, mask: bool) -> Any:
    return v.name


def _enc_seq(v: Any, mask: bool) -> Any:
    return [encode(x, mask_secrets=mask) for x in v]


def _enc_mapping(v: Any, mask: bool) -> Any:
    return {str(k): encode(x, mask_secrets=mask) for k, x in v.items()}


def _attrs_encoder(cls: type) -> Encoder:
    fields = tuple((a.name, _is_secret(a)) for a in attrs.fields(cls))

    def enc(v: Any, mask: bool) -> Any:
        out: dict[str, Any] = {}
        for name, secret in fields:
            x = getattr(v, name)
            out[name] = SECRET_MASK if secret and mask and x is not None else encode(x, mask_secrets=mask)
        return out

    return enc


def _compile_encoder(cls: type) -> Encoder:
    enc: Encoder
    if issubclass(cls, enum.Enum):
        enc = _enc_name
    elif issubclass(cls, bool | int | str | float):
        enc = _enc_self
    elif issubclass(cls, _dt.date):  # datetime included
        enc = _enc_iso
    elif issubclass(cls, Fraction | Month):
        enc = _enc_str
    elif issubclass(cls, tuple | list | frozenset | set):
        enc = _enc_seq
    elif issubclass(cls, Mapping):
        enc = _enc_mapping
    elif attrs.has(cls):
        enc = _attrs_encoder(cls)
    else:
        enc = _enc_str
    _ENCODERS[cls] = enc
    return enc


_ENCODERS: dict[type, Encoder] = {
    type(None): _enc_self,
    bool: _enc_self,
    int: _enc_self,
    str: _enc_self,
    float: _enc_self,
    _dt.date: _enc_iso,
    _dt.datetime: _enc_iso,
    Month: _enc_str,
    Fraction: _enc_str,
    tuple: _enc_seq,
    list: _enc_seq,
}


# -- comparing ---------------------------------------------------------------------------------

Matcher = Callable[[Any, Any], bool]


def same_json(a: Any, b: Any) -> bool:
    """JSON equality that tells ``true`` from ``1`` and ``1`` from ``1.0``."""
    ta = type(a)
    if ta is not type(b):
        return False
    if ta is list:
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    if ta is dict:
        return a.keys() == b.keys() and all(same_json(v, b[k]) for k, v in a.items())
    return bool(a == b)


def matches(value: object, expected: Any) -> bool:
    """Whether ``value`` is ``expected`` in the case format: the same verdict as comparing
    ``encode(value)`` with ``expected`` strictly by JSON type, walking both directly.

    >>> from hikari_rules import Month
    >>> matches((Month(2029, 9), Month(2029, 10)), ["2029-09", "2029-10"]), matches(1, True)
    (True, False)
    """
    m = _MATCHERS.get(type(value))
    if m is None:
        m = _compile_matcher(type(value))
    return m(value, expected)


def _match_scalar(v: Any, e: Any) -> bool:
    return type(e) is type(v) and bool(v == e)


def _match_none(v: Any, e: Any) -> bool:
    return e is None


def _match_str_of(v: Any, e: Any) -> bool:  # Fraction
    return type(e) is str and e == str(v)


_MONTH_LO: Final = 1900 * 12 + 1
_MONTH_TEXT: Final = tuple(f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(_MONTH_LO - 1, 2200 * 12))


def month_text(m: Month) -> str:
    """``str(m)`` from a table for the months billing meets (formatting costs more than matching)."""
    i = m.year * 12 + m.month - _MONTH_LO
    return _MONTH_TEXT[i] if 0 <= i < len(_MONTH_TEXT) else str(m)


def _match_month(v: Any, e: Any) -> bool:
    return type(e) is str and e == month_text(v)


def _match_iso(v: Any, e: Any) -> bool:  # date, datetime
    return type(e) is str and e == v.isoformat()


def _match_enum(v: Any, e: Any) -> bool:
    return type(e) is str and e == v.name


def _match_seq(v: Any, e: Any) -> bool:
    if type(e) is not list or len(e) != len(v):
        return False
    for x, y in zip(v, e, strict=True):
        m = _MATCHERS.get(type(x))
        if m is None:
            m = _compile_matcher(type(x))
        if not m(x, y):
            return False
    return True


def _match_mapping(v: Any, e: Any) -> bool:
    if type(e) is not dict or len(e) != len(v):
        return False
    for k, x in v.items():
        y = e.get(str(k), e)  # ``e`` itself as the "absent" marker: never a value of e
        if y is e or not matches(x, y):
            return False
    return True


def _match_generic(v: Any, e: Any) -> bool:
    return same_json(encode(v), e)


def _field_test(hint: Any, x: str, y: str, depth: int = 0) -> str:
    """A Python expression: whether the value ``x`` (declared ``hint``) matches ``y``."""
    union = _union_members(hint)
    if union is not None:
        members, optional = union
        if optional and len(members) == 1:
            return f"(({y}) is None if ({x}) is None else {_field_test(members[0], x, y, depth)})"
        return f"_matches({x}, {y})"
    if hint in (int, str):
        return f"(type({y}) is type({x}) and {x} == {y})"
    if hint is bool:
        return f"({x} is {y})"
    if hint is Month:
        return f"(type({y}) is str and type({x}) is _Month and {y} == _month_text({x}))"
    if hint is _dt.date:
        return f"(type({y}) is str and type({x}) is _date and {y} == {x}.isoformat())"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return f"(type({y}) is str and {x}._name_ == {y})"
    if typing.get_origin(hint) is tuple:
        args = typing.get_args(hint)
        xi, yi = f"_x{depth}", f"_y{depth}"
        if len(args) == 2 and args[1] is Ellipsis:
            each = _field_test(args[0], xi, yi, depth + 1)
            return (
                f"(type({y}) is list and type({x}) is tuple and len({y}) == len({x}) "
                f"and all([{each} for {xi}, {yi} in zip({x}, {y})]))"
            )
        if args and Ellipsis not in args:
            parts = [_field_test(a, f"{x}[{i}]", f"{y}[{i}]", depth + 1) for i, a in enumerate(args)]
            shape = f"type({y}) is list and type({x}) is tuple and len({y}) == len({x}) == {len(args)}"
            return f"({shape} and {' and '.join(parts)})"
    return f"_matches({x}, {y})"


def _compile_test(source: str, name: str) -> Matcher:
    namespace: dict[str, Any] = {
        "_matches": matches,
        "_month_text": month_text,
        "_date": _dt.date,
        "_Month": Month,
        "_same": same_json,
        "_encode": encode,
    }
    exec(compile(source, f"<hikari_rules matcher of {name}>", "exec"), namespace)
    match: Matcher = namespace["match"]
    return match


def matcher(hint: Any) -> Matcher:
    """A matcher compiled for values declared ``hint`` (a rule function's return type):
    the same verdicts as :func:`matches`, with the checks chosen once from the type."""
    test = _field_test(hint, "v", "e")
    if test == "_matches(v, e)":
        return matches
    # A value of another type than declared (or a mismatch) is decided by the generic walk.
    source = (
        "def match(v, e):\n"
        "    try:\n"
        f"        if {test}:\n"
        "            return True\n"
        "    except (KeyError, AttributeError, TypeError):\n"
        "        pass\n"
        "    return _matches(v, e)\n"
    )
    return _compile_test(source, repr(hint))


def _attrs_matcher(cls: type) -> Matcher:
    """A matcher compiled for ``cls``: one expression testing each field by its declared type."""
    hints = typing.get_type_hints(cls)
    names = [a.name for a in attrs.fields(cls)]
    tests = [_field_test(hints.get(n, Any), f"v.{n}", f"e[{n!r}]") for n in names]
    # The compiled test decides a match; a "no" is confirmed by encoding (a field holding
    # another type than declared is compared as its encoding, as everywhere else).
    source = (
        "def match(v, e):\n"
        f"    if type(e) is not dict or len(e) != {len(names)}:\n"
        "        return False\n"
        "    try:\n"
        f"        if {' and '.join(tests) or 'True'}:\n"
        "            return True\n"
        "    except (KeyError, AttributeError, TypeError):\n"
        "        pass\n"
        "    return _same(_encode(v), e)\n"
    )
    return _compile_test(source, cls.__qualname__)


def _compile_matcher(cls: type) -> Matcher:
    m: Matcher
    if issubclass(cls, enum.Enum):
        m = _match_enum
    elif cls is not _dt.datetime and cls is not _dt.date and issubclass(cls, _dt.date):
        m = _match_iso
    elif attrs.has(cls):
        m = _attrs_matcher(cls)
    elif issubclass(cls, Mapping) and not issubclass(cls, dict):
        m = _match_mapping
    else:
        m = _match_generic  # subclasses of builtins, dicts, sets: encode, then compare
    _MATCHERS[cls] = m
    return m


_MATCHERS: dict[type, Matcher] = {
    int: _match_scalar,
    bool: _match_scalar,
    str: _match_scalar,
    float: _match_scalar,
    type(None): _match_none,
    Month: _match_month,
    Fraction: _match_str_of,
    _dt.date: _match_iso,
    _dt.datetime: _match_iso,
    tuple: _match_seq,
    list: _match_seq,
}


# -- describing: JSON Schema -------------------------------------------------------------------

_MONTH_PATTERN: Final = "^[0-9]{4}-(0[1-9]|1[0-2])$"
_DATE_SCHEMA: Final = {"type": "string", "format": "date", "description": "a date YYYY-MM-DD"}
_MONTH_SCHEMA: Final = {"type": "string", "pattern": _MONTH_PATTERN, "description": "a month YYYY-MM"}


def schema(hint: Any, *, result: bool = False, defs: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a type hint's JSON form.

    ``result=True`` describes a value as :func:`encode` writes it (every field of an attrs
    class, all present); otherwise as a case may give it (the fields a caller sets, those
    with defaults optional).  Attrs classes go into ``defs`` (``$defs``) and are referred
    to by ``$ref`` when ``defs`` is given, inline otherwise.
    """
    if hint is Any or hint is object:
        return {}
    if hint is type(None) or hint is None:
        return {"type": "null"}
    union = _union_members(hint)
    if union is not None:
        members, optional = union
        if _is_month_or_date(members):
            options = [_MONTH_SCHEMA, _DATE_SCHEMA] if not result else [_MONTH_SCHEMA]
        elif not result and len(members) > 1 and all(isinstance(m, type) and attrs.has(m) for m in members):
            # a case may say which class with "type": "<ClassName>" (see the attrs union decoder)
            options = [_attrs_schema(m, result=False, defs=defs, tagged=True) for m in members]
        else:
            options = [schema(m, result=result, defs=defs) for m in members]
        if optional:
            options = [*options, {"type": "null"}]
        return options[0] if len(options) == 1 else {"anyOf": options}
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": schema(args[0], result=result, defs=defs)}
        return {
            "type": "array",
            "prefixItems": [schema(a, result=result, defs=defs) for a in args],
            "minItems": len(args),
            "maxItems": len(args),
        }
    if origin in (Mapping, dict):
        value = args[1] if len(args) == 2 else Any
        return {"type": "object", "additionalProperties": schema(value, result=result, defs=defs)}
    if origin in (list, frozenset, set):
        return {"type": "array", "items": schema(args[0] if args else Any, result=result, defs=defs)}
    if hint is _dt.datetime:
        return {"type": "string", "format": "date-time", "description": "an aware instant, ISO 8601 with its offset"}
    if hint is _dt.date:
        return dict(_DATE_SCHEMA)
    if hint is Month:
        return dict(_MONTH_SCHEMA)
    if hint is Fraction:
        if result:
            return {"type": "string", "pattern": "^-?[0-9]+(/[0-9]+)?$"}
        return {"anyOf": [{"type": "string", "pattern": "^-?[0-9]+(/[0-9]+)?$"}, {"type": "integer"}]}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is str:
        return {"type": "string"}
    if hint is float:
        return {"type": "number"}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"enum": list(hint.__members__), "title": hint.__name__}
    if isinstance(hint, type) and attrs.has(hint):
        return _attrs_schema(hint, result=result, defs=defs)
    return {}


def _attrs_schema(cls: type, *, result: bool, defs: dict[str, Any] | None, tagged: bool = False) -> dict[str, Any]:
    key = f"{cls.__name__}{'' if result else 'Input'}{'Tagged' if tagged else ''}" if defs is not None else ""
    if defs is not None and key in defs:
        return {"$ref": f"#/$defs/{key}"}
    if defs is not None:
        defs[key] = {}  # a placeholder: a class that refers to itself stops here
    hints = typing.get_type_hints(cls)
    fields = list(attrs.fields(cls)) if result else list(_init_fields(cls).values())
    out: dict[str, Any] = {
        "type": "object",
        "title": cls.__name__,
        "properties": {
            **({"type": {"const": cls.__name__}} if tagged else {}),
            **{a.name: schema(hints.get(a.name, Any), result=result, defs=defs) for a in fields},
        },
        "required": [a.name for a in fields if result or a.default is attrs.NOTHING],
        "additionalProperties": False,
    }
    if defs is None:
        return out
    defs[key] = out
    return {"$ref": f"#/$defs/{key}"}
