"""How explanations speak: labels for values, templates for decisions, in English and Japanese.

Rule code never writes prose by hand.  A decision is recorded against a :class:`Clause`
whose English template (a gettext-style *msgid*) names the facts it uses::

    IN_WINDOW = TERM_2.clause("{month} is contract month {n}, in the renewal window (months {lo}–{hi})")

and the Japanese text of that template comes from the catalog ``hikari_rules._locale.ja``
(msgid → msgstr), exactly as a ``.po`` file would give it.  Values are put into the
sentence by their type, in the reader's language:

==================  =========================  ==========================
value               English                    Japanese
==================  =========================  ==========================
``date``            31 October 2026            2026年10月31日
``Month``           October 2026               2026年10月
``{m:end}``         end of October 2026        2026年10月末
``{x:yen}``         20,000円 (None: unknown)    20,000円 (None: 不明)
``int``             1,234                      1,234
``bool``            yes / no                   はい / いいえ
an enum member      its label (declared once   its label, translated
                    with :func:`labels`)       through the catalog
an aware instant    21 September 2026, 10:00   2026年9月21日 10時00分
                    (JST)                      (日本時間)
``None``            none                       なし
``{d:holiday}``     Respect for the Aged Day   敬老の日
``{x:secret}``      ****                       ****
``{s:quote}``       「a name」 (none if "")     「a name」 (空ならなし)
==================  =========================  ==========================

A field of a result class is named by its ``label`` metadata
(``attrs.field(metadata={"label": "phone bill"})``) and translated the same way, so no
code identifier ever reaches the prose.  :class:`Secret` wraps a value that must never
be shown (the remote-control PIN): it prints as ``****`` in every language and in JSON.
"""

from __future__ import annotations

import datetime as _dt
import enum
import importlib
import pkgutil
import string
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final, Literal

import attrs

from hikari_rules._month import Month

__all__ = [
    "LANGS",
    "SECRET_MASK",
    "Lang",
    "Secret",
    "catalog_ja",
    "fmt",
    "label_of",
    "labels",
    "render",
    "translate",
]

Lang = Literal["en", "ja"]
LANGS: Final = ("en", "ja")

SECRET_MASK: Final = "****"
"""What every text and every JSON form shows in place of a secret."""


class Secret:
    """A value that explanations must never show (the remote-control PIN, a dialled
    string that contains it).  ``str``, ``repr``, every text and the JSON form print
    ``****``; the value itself stays reachable to code as ``.value``.

    >>> s = Secret("1234")
    >>> str(s), repr(s), s.value
    ('****', '****', '1234')
    """

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __repr__(self) -> str:
        return SECRET_MASK

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other.value == self.value

    def __hash__(self) -> int:
        return hash((Secret, self.value))


# -- labels -------------------------------------------------------------------------------------

_LABELS: dict[enum.Enum, str] = {}


def labels(enum_cls: type[enum.Enum], /, **by_name: str) -> None:
    """Declare the English label of every member of ``enum_cls`` (once, beside the enum).

    The Japanese label is the catalog's translation of the English one.  Every member
    must be labelled: a missing or unknown name fails at import.
    """
    members = enum_cls.__members__
    unknown = sorted(set(by_name) - set(members))
    missing = sorted(set(members) - set(by_name))
    if unknown or missing:
        raise RuntimeError(f"labels({enum_cls.__name__}): unknown {unknown}, missing {missing}")
    for name, text in by_name.items():
        _LABELS[members[name]] = text


def label_of(member: enum.Enum) -> str | None:
    """The English label declared for an enum member, or None."""
    return _LABELS.get(member)


# -- the Japanese catalog (gettext-style: English msgid -> Japanese msgstr) -----------------------


def _load_ja() -> Mapping[str, str]:
    from hikari_rules._locale import ja

    merged: dict[str, str] = {}
    for info in pkgutil.iter_modules(ja.__path__):
        part: Mapping[str, str] = importlib.import_module(f"{ja.__name__}.{info.name}").MESSAGES
        for msgid, msgstr in part.items():
            if merged.get(msgid, msgstr) != msgstr:
                raise RuntimeError(f"two translations of {msgid!r}")
            merged[msgid] = msgstr
    return MappingProxyType(merged)


_JA: Final = _load_ja()


def catalog_ja() -> Mapping[str, str]:
    """The Japanese catalog, every module's part merged (read-only, built once at import)."""
    return _JA


def translate(msgid: str, lang: Lang) -> str:
    """``msgid`` in ``lang``: itself in English, the catalog's entry in Japanese (``msgid`` if none)."""
    if lang == "en":
        return msgid
    return catalog_ja().get(msgid, msgid)


# -- values -----------------------------------------------------------------------------------------

_MONTH_NAMES: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WORDS: Final[Mapping[str, Mapping[str, str]]] = {
    "en": {"yes": "yes", "no": "no", "none": "none", "unknown": "unknown", "sep": ", ", "kv": ": "},
    "ja": {"yes": "はい", "no": "いいえ", "none": "なし", "unknown": "不明", "sep": "、", "kv": ": "},
}


def _month(m: Month, lang: Lang) -> str:
    return f"{m.year}年{m.month}月" if lang == "ja" else f"{_MONTH_NAMES[m.month - 1]} {m.year}"


def _date(d: _dt.date, lang: Lang) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if lang == "ja" else f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"


def _instant(t: _dt.datetime, lang: Lang) -> str:
    from hikari_rules.dates import JST

    j = t.astimezone(JST) if t.tzinfo is not None else t
    if lang == "ja":
        return f"{_date(j.date(), lang)} {j.hour}時{j.minute:02d}分(日本時間)"
    return f"{_date(j.date(), lang)}, {j.hour}:{j.minute:02d} (JST)"


def _end_of(value: object, lang: Lang) -> str:
    m = value if isinstance(value, Month) else Month.of(value) if isinstance(value, _dt.date) else None
    if m is None:
        return fmt(value, lang)
    return f"{m.year}年{m.month}月末" if lang == "ja" else f"end of {_MONTH_NAMES[m.month - 1]} {m.year}"


def _is_shown_field(a: attrs.Attribute[Any]) -> bool:
    return a.init or bool(a.metadata.get("label"))


def _field_label(a: attrs.Attribute[Any], lang: Lang) -> str:
    text = a.metadata.get("label")
    return translate(text, lang) if isinstance(text, str) else a.name


def _is_secret_field(a: attrs.Attribute[Any]) -> bool:
    # repr=False on a field the caller sets hides a secret (the remote-control PIN); on a derived
    # field (init=False) it only keeps repr short.
    return not a.repr and a.init


def fmt(value: object, lang: Lang = "en", spec: str = "") -> str:
    """One value as a person reads it in ``lang`` (see the module's table).

    >>> fmt(Month(2026, 10), "ja"), fmt(Month(2026, 10), "ja", "end"), fmt(20_000, "ja", "yen")
    ('2026年10月', '2026年10月末', '20,000円')
    >>> fmt(_dt.date(2026, 10, 31)), fmt(True, "ja"), fmt(None)
    ('31 October 2026', 'はい', 'none')
    """
    if spec == "secret" or isinstance(value, Secret):
        return SECRET_MASK
    if spec == "yen":  # an amount the rules do not know is None: unknown, never "none"
        if value is None:
            return _WORDS[lang]["unknown"]
        return f"{value:,}円" if isinstance(value, int) and not isinstance(value, bool) else fmt(value, lang)
    if spec == "end":
        return _end_of(value, lang)
    if spec == "quote" and isinstance(value, str):  # a name or label given as data: 「名作アニメ1」, or none
        return f"「{value}」" if value else _WORDS[lang]["none"]
    if spec == "holiday" and isinstance(value, _dt.date):
        from hikari_rules.dates import _holiday_name

        name = _holiday_name(value, lang)
        return name if name is not None else _date(value, lang)
    words = _WORDS[lang]
    if value is None:
        return words["none"]
    if isinstance(value, bool):
        return words["yes"] if value else words["no"]
    if isinstance(value, enum.Enum):
        text = _LABELS.get(value)
        return translate(text, lang) if text is not None else str(value.value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, _dt.datetime):
        return _instant(value, lang)
    if isinstance(value, _dt.date):
        return _date(value, lang)
    if isinstance(value, _dt.time):
        return f"{value.hour}時{value.minute:02d}分" if lang == "ja" else f"{value.hour}:{value.minute:02d}"
    if isinstance(value, Month):
        return _month(value, lang)
    if isinstance(value, Fraction):
        percent = value * 100
        return f"{percent}%" if percent.denominator == 1 else f"{value.numerator}/{value.denominator}"
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return words["sep"].join(f"{fmt(k, lang)}{words['kv']}{fmt(v, lang, spec)}" for k, v in value.items())
    if isinstance(value, tuple | list | frozenset | set):
        items = sorted(value, key=str) if isinstance(value, frozenset | set) else value
        return words["sep"].join(fmt(v, lang, spec) for v in items) if items else words["none"]
    if attrs.has(type(value)):
        parts = []
        for a in attrs.fields(type(value)):  # type: ignore[arg-type]
            if not _is_shown_field(a):
                continue
            v = getattr(value, a.name)
            shown = SECRET_MASK if v is not None and _is_secret_field(a) else fmt(v, lang, a.metadata.get("spec", ""))
            parts.append(f"{_field_label(a, lang)}{words['kv']}{shown}")
        return words["sep"].join(parts)
    return str(value)


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        return fmt(value, self.lang, format_spec)


_FORMATTERS: Final[Mapping[str, _Formatter]] = {"en": _Formatter("en"), "ja": _Formatter("ja")}


def render(template: str, facts: Mapping[str, object], lang: Lang) -> str:
    """``template`` (an English msgid) in ``lang``, with ``facts`` put in by type.

    >>> render("{month} is contract month {n}", {"month": Month(2029, 9), "n": 37}, "en")
    'September 2029 is contract month 37'
    """
    return _FORMATTERS[lang].vformat(translate(template, lang), (), facts)


def placeholders(template: str) -> frozenset[str]:
    """The fact names a template uses (for the catalog's consistency test)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)
