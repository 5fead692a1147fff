"""The rule registry and the trace that explanations read (internal mechanism).

Every rule of the catalog is declared exactly once, next to the code that encodes
it, with :func:`rule`::

    TERM_1 = rule(
        "TERM-1",
        title="Contract term", title_ja="契約期間",
        source="WITHDRAW", section="退会の申請はいつまでにすればいい?",
        quote="ソネット光プラスは契約期間が36カ月です。サービス開始日を1ヶ月目とします。",
        statement="The contract term is 36 months, the service start month being month 1.",
        statement_ja="契約期間は36カ月で、サービス開始月を1カ月目とする。",
    )

Public rule functions carry the IDs they implement with :func:`implements` (the
decorator returns the function itself: no wrapper, no cost on the call path).  While
:func:`hikari_rules.explain` runs a function, rule code appends :class:`Step` records
to the active :class:`Trace`; on a plain call the only cost is one
``ContextVar.get()`` and an ``is None`` test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any, Final, TypeVar

import attrs

from hikari_rules._text import SECRET_MASK, Lang, Secret, render

__all__ = [
    "SECRET_MASK",
    "SOURCES",
    "TRACE",
    "Clause",
    "RuleInfo",
    "Secret",
    "SourceDocument",
    "Step",
    "Trace",
    "answer_of",
    "composes",
    "declared_clauses",
    "implementers",
    "implements",
    "marked_functions",
    "mask_of",
    "question_of",
    "registered_rules",
    "rule",
    "rule_ids_of",
]


@attrs.frozen
class SourceDocument:
    """One source document the rules quote, and where it comes from.

    ``file`` names the project's stored copy of the text (``None`` when the text is not
    stored: its clauses are quoted in the rule catalog itself).  ``publisher`` and
    ``edition`` are written as the document itself prints them (``None`` where it does
    not say); ``note`` says anything else a reader should know of the document.
    """

    short_name: str
    file: str | None
    title: str
    title_en: str
    url: str | None = None
    publisher: str | None = None
    edition: str | None = None
    note: str | None = None


SOURCES: Final[Mapping[str, SourceDocument]] = {
    s.short_name: s
    for s in (
        SourceDocument(
            "WITHDRAW",
            "sonet-hikari-plus-withdrawal.txt",
            "ソネット光プラス 退会手続き",
            "So-net Hikari Plus: withdrawal, fees, billing after withdrawal, number retention",
            publisher="たいぞう",
            note=(
                "An article of an independent guide site on ソネット光プラス "
                "(「【イラストでよくわかる】ソネット光プラスの退会手続きを徹底解説」, "
                "written by a former support-centre worker), not a page of So-net itself."
            ),
        ),
        SourceDocument(
            "SONET-FAQ",
            None,
            "So-net 光 プラス 解約金 FAQ",
            "So-net's official FAQ on the So-net Hikari Plus cancellation fee",
            "https://www.so-net.ne.jp/article/faq/sonethikariplus-kaiyakukin.html",
            publisher="So-net",
            note="The page is not stored: the clause FEE-7 quotes from it is the whole of what the project holds.",
        ),
        SourceDocument(
            "NTT-BILL",
            "sonet-ntt-consolidated-billing.txt",
            "NTT請求(電話料金合算) for So-net 光",
            "So-net: consolidated billing with the NTT docomo phone bill",
            publisher="So-net",
            note="So-net's member-support page; the service is marked 【申込受付終了】 (no new applications).",
        ),
        SourceDocument(
            "PASSPORT",
            "flets-passport-id-guide.txt",
            "NTT西日本 フレッツ・パスポートID / フレッツ・まとめて支払い ご利用ガイド 第5.0版",
            "NTT West: Flets Passport ID / Flets consolidated payment user guide, 5th edition",
            publisher="西日本電信電話株式会社",
            edition="発行日:2024年12月 第5.0版",
            note="The text of a PDF guide; its screen images came through text recognition and are garbled in places.",
        ),
        SourceDocument(
            "FORWARD",
            "sonet-call-forwarding.txt",
            "So-net 光 着信転送サービス",
            "So-net Hikari call forwarding service",
            publisher="So-net",
        ),
        SourceDocument(
            "BIZSHOP",
            "docomo-business-shop-faq.txt",
            "NTTドコモビジネス オンラインショップ よくあるご質問",
            "NTT docomo business online shop FAQ",
            publisher="NTTドコモビジネス",
        ),
    )
}


@attrs.frozen
class RuleInfo:
    """One rule of the catalog as the package encodes it.

    ``quote`` is the Japanese clause verbatim from the source ("" where the rule has
    none; " … " marks an elision, lines are separate sentences of the source);
    ``interpretation`` is set exactly where the catalog names an *Interpretation*, and
    ``other_reading`` then names the reading the library does not follow.
    ``ambiguity`` (with ``ambiguity_ja``) notes a place where the source is unclear or
    silent although the catalog settles it without naming an *Interpretation* (for
    example FEE-7's date boundary): what is unclear and what the library does.
    ``source_damaged`` says the stored text of the source is damaged where the quote is
    (the PASSPORT guide is a text extraction of a PDF): the quote still copies it verbatim.
    """

    id: str
    title: str
    title_ja: str
    source: str
    section: str
    quote: str
    statement: str
    statement_ja: str
    interpretation: str | None = None
    other_reading: str | None = None
    interpretation_ja: str | None = None
    other_reading_ja: str | None = None
    ambiguity: str | None = None
    ambiguity_ja: str | None = None
    source_damaged: bool = False

    @property
    def document(self) -> SourceDocument:
        return SOURCES[self.source]

    @property
    def family(self) -> str:
        return self.id.rsplit("-", 1)[0]

    @property
    def number(self) -> int:
        return int(self.id.rsplit("-", 1)[1])

    def clause(
        self, template: str, *, source: str | None = None, section: str | None = None, quote: str | None = None
    ) -> Clause:
        """Declare one way this rule decides, with the English sentence that says it.

        ``template`` names the facts the decision records (``"{month} is contract month
        {n}"``); its Japanese comes from the catalog.  Declared once, beside the code that
        decides: the code records it with ``trace.add(CLAUSE, outcome, month=..., n=...)`` in
        the branch that decided, never by working the decision out again.

        A clause that rests on a line of the sources other than the rule's own quote (DESK-1:
        each desk's hours line, from that desk's own source) names it with ``source``,
        ``section`` and ``quote``, all three: an explanation then quotes that line for the
        rule instead of the rule's quote.
        """
        cites = None
        if source is not None or section is not None or quote is not None:
            if source is None or source not in SOURCES or section is None or not quote:
                raise RuntimeError(f"a clause of {self.id} cites a known source, a section and a quote, or nothing")
            cites = (source, section, quote)
        c = Clause(self.id, template, cites)
        _CLAUSES.append(c)
        return c


@attrs.frozen
class Clause:
    """One way a rule decides, and the template that says it (see :meth:`RuleInfo.clause`).

    ``cites`` is ``(source short name, section, quote)`` when the clause rests on a line of
    the sources of its own, None when it rests on the rule's quote."""

    rule_id: str
    template: str
    cites: tuple[str, str, str] | None = None


_RULES: dict[str, RuleInfo] = {}
_CLAUSES: list[Clause] = []
_IMPLEMENTERS: dict[str, list[Callable[..., Any]]] = {}
_MARKED: dict[Callable[..., Any], None] = {}
"""Every function marked with :func:`implements` or :func:`composes`, in marking order."""

F = TypeVar("F", bound=Callable[..., Any])


def rule(
    rule_id: str,
    *,
    title: str,
    title_ja: str,
    source: str,
    section: str,
    quote: str = "",
    statement: str,
    statement_ja: str,
    interpretation: str | None = None,
    other_reading: str | None = None,
    interpretation_ja: str | None = None,
    other_reading_ja: str | None = None,
    ambiguity: str | None = None,
    ambiguity_ja: str | None = None,
    source_damaged: bool = False,
) -> RuleInfo:
    """Declare a rule once; returns its :class:`RuleInfo` (filled at import only)."""
    if rule_id in _RULES:
        raise RuntimeError(f"rule {rule_id} is declared twice")
    if source not in SOURCES:
        raise RuntimeError(f"rule {rule_id}: unknown source {source!r}")
    given = [x is not None for x in (interpretation, other_reading, interpretation_ja, other_reading_ja)]
    if any(given) and not all(given):
        raise RuntimeError(
            f"rule {rule_id}: an interpretation names the other reading, in English and Japanese, and only then"
        )
    if (ambiguity is None) != (ambiguity_ja is None):
        raise RuntimeError(f"rule {rule_id}: an ambiguity note is given in English and Japanese, or not at all")
    info = RuleInfo(
        id=rule_id,
        title=title,
        title_ja=title_ja,
        source=source,
        section=section,
        quote=quote,
        statement=statement,
        statement_ja=statement_ja,
        interpretation=interpretation,
        other_reading=other_reading,
        interpretation_ja=interpretation_ja,
        other_reading_ja=other_reading_ja,
        ambiguity=ambiguity,
        ambiguity_ja=ambiguity_ja,
        source_damaged=source_damaged,
    )
    _RULES[rule_id] = info
    return info


def implements(
    *rule_ids: str,
    question: str | None = None,
    answer: str | None = None,
    mask: Callable[[str, object], object] | None = None,
) -> Callable[[F], F]:
    """Mark a public function as implementing ``rule_ids`` (returns it unchanged).

    ``question`` is the English template of what a call asks, over the parameter names
    (``"Is {month} a renewal month of a contract started on {service_start}?"``): an
    explanation opens with it, in the reader's language.  ``answer`` is the template of
    the result, over ``{result}`` (``"{result:yen}"``, ``"contract month {result}"``); by
    default the result is shown by its type.  ``mask(name, value)`` returns
    what an explanation may show of an argument (``name``) or of the result
    (``"return"``): a function whose arguments or result can contain a secret masks it
    there (see :class:`hikari_rules._text.Secret`).
    """

    def mark(func: F) -> F:
        func.__hikari_rules__ = tuple(rule_ids)  # type: ignore[attr-defined]
        func.__hikari_question__ = question  # type: ignore[attr-defined]
        func.__hikari_answer__ = answer  # type: ignore[attr-defined]
        func.__hikari_mask__ = mask  # type: ignore[attr-defined]
        _MARKED[func] = None
        for rid in rule_ids:
            _IMPLEMENTERS.setdefault(rid, []).append(func)
        return func

    return mark


def composes(*rule_ids: str, question: str | None = None, answer: str | None = None) -> Callable[[F], F]:
    """Mark a composition of rule functions (e.g. the statement preview) with the rules it
    composes, for ``explain`` and the case format, *without* registering it as their
    implementer: a rule ID keeps naming the one function that implements it.  Returns the
    function itself."""

    def mark(func: F) -> F:
        func.__hikari_rules__ = tuple(rule_ids)  # type: ignore[attr-defined]
        func.__hikari_question__ = question  # type: ignore[attr-defined]
        func.__hikari_answer__ = answer  # type: ignore[attr-defined]
        func.__hikari_mask__ = None  # type: ignore[attr-defined]
        _MARKED[func] = None
        return func

    return mark


def question_of(func: Callable[..., Any]) -> str | None:
    """The English question template a public rule function declares, or None."""
    q = getattr(func, "__hikari_question__", None)
    return q if isinstance(q, str) else None


def answer_of(func: Callable[..., Any]) -> str | None:
    """The English template of the result a public rule function declares, or None."""
    a = getattr(func, "__hikari_answer__", None)
    return a if isinstance(a, str) else None


def mask_of(func: Callable[..., Any]) -> Callable[[str, object], object] | None:
    """The masking hook a public rule function declares, or None."""
    m = getattr(func, "__hikari_mask__", None)
    return m if callable(m) else None


def declared_clauses() -> tuple[Clause, ...]:
    """Every clause declared so far, in declaration order (for the catalog's tests)."""
    return tuple(_CLAUSES)


def marked_functions() -> tuple[Callable[..., Any], ...]:
    """Every function marked :func:`implements` or :func:`composes` so far (those of the
    modules imported), in marking order: the rule functions a case can name."""
    return tuple(_MARKED)


def rule_ids_of(func: Callable[..., Any]) -> tuple[str, ...] | None:
    """The rule IDs a public rule function declares, or None for any other callable."""
    ids = getattr(func, "__hikari_rules__", None)
    return ids if isinstance(ids, tuple) else None


def registered_rules() -> Mapping[str, RuleInfo]:
    return dict(_RULES)


def implementers(rule_id: str) -> tuple[Callable[..., Any], ...]:
    return tuple(_IMPLEMENTERS.get(rule_id, ()))


# -- tracing ---------------------------------------------------------------------------


class FrozenMapping(Mapping[Any, Any]):
    """A read-only, hashable copy of a mapping: how an explanation keeps a dict it was given.

    >>> m = FrozenMapping({"user01": 2_000})
    >>> m == {"user01": 2_000}, hash(m) == hash(FrozenMapping({"user01": 2_000}))
    (True, True)
    """

    __slots__ = ("_hash", "_items")

    def __init__(self, items: Mapping[Any, Any]) -> None:
        self._items = dict(items)
        self._hash: int | None = None

    def __getitem__(self, key: Any) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._items.items()))
        return self._hash

    def __repr__(self) -> str:
        return f"FrozenMapping({self._items!r})"


def _freeze(value: object) -> object:
    """A hashable copy of a mutable container (list → tuple, dict/mapping → FrozenMapping,
    set → frozenset), recursively; anything else as it is.  Steps and explanations are
    frozen and hashable, and must not change when the caller's objects change later."""
    if isinstance(value, list) or type(value) is tuple:
        return tuple(_freeze(v) for v in value)
    if isinstance(value, Mapping) and not isinstance(value, FrozenMapping):
        return FrozenMapping({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, set | frozenset):
        return frozenset(_freeze(v) for v in value)
    return value


@attrs.frozen
class Step:
    """One decision in an explanation: which rule, on which facts, with what outcome.

    ``template`` is the English sentence of the clause that decided (its Japanese comes
    from the catalog); :meth:`say` puts the facts into it in either language, and
    ``note`` / ``note_ja`` are those two sentences.
    """

    rule_id: str
    inputs: tuple[tuple[str, object], ...]
    outcome: object
    template: str = ""
    legacy_note: str = attrs.field(default="", repr=False)
    legacy_note_ja: str = attrs.field(default="", repr=False)
    cites: tuple[str, str, str] | None = attrs.field(default=None, repr=False)
    """The line of the sources the deciding clause rests on, when not the rule's quote (see :class:`Clause`)."""

    def say(self, lang: Lang = "en") -> str:
        """The decision in words a support agent reads aloud, in ``lang``."""
        if self.template:
            return render(self.template, dict(self.inputs), lang)
        return self.legacy_note_ja if lang == "ja" else self.legacy_note

    @property
    def note(self) -> str:
        return self.say("en")

    @property
    def note_ja(self) -> str:
        return self.say("ja")

    def to_json(self) -> dict[str, Any]:
        data = {
            "rule_id": self.rule_id,
            "inputs": {k: to_jsonable(v) for k, v in self.inputs},
            "outcome": to_jsonable(self.outcome),
            "note": self.note,
            "note_ja": self.note_ja,
        }
        if self.cites is not None:
            source, section, quote = self.cites
            data["cites"] = {"source": source, "section": section, "quote": quote}
        return data


class Trace:
    """The steps recorded while :func:`hikari_rules.explain` runs one call."""

    __slots__ = ("steps",)

    def __init__(self) -> None:
        self.steps: list[Step] = []

    def add(self, clause: Clause, outcome: object, /, **facts: object) -> None:
        """Record that ``clause`` decided ``outcome`` on ``facts`` (the names its template uses)."""
        self.steps.append(
            Step(
                clause.rule_id,
                tuple((k, _freeze(v)) for k, v in facts.items()),
                _freeze(outcome),
                clause.template,
                cites=clause.cites,
            )
        )

    def step(self, rule_id: str, outcome: object, /, *, note: str = "", note_ja: str = "", **inputs: object) -> None:
        """Deprecated: a hand-written note.  Being replaced by :meth:`add` module by module."""
        if rule_id not in _RULES:
            raise RuntimeError(f"trace of an undeclared rule {rule_id}")
        self.steps.append(
            Step(
                rule_id,
                tuple((k, _freeze(v)) for k, v in inputs.items()),
                _freeze(outcome),
                "",
                note,
                note_ja,
            )
        )


TRACE: Final[ContextVar[Trace | None]] = ContextVar("hikari_rules_trace", default=None)
"""The active trace: ``None`` except inside :func:`hikari_rules.explain`."""


def _is_secret(field: attrs.Attribute[Any]) -> bool:
    # repr=False on a field the caller sets (init=True) hides a secret, e.g. call_forwarding's
    # remote-control PIN; repr=False on a derived field (init=False, e.g. an operation's ``kind`` tag,
    # which the JSON form needs to say which 142 row it is) only keeps repr short, and is printed.
    return not field.repr and field.init


def to_jsonable(value: object, *, mask_secrets: bool = True) -> Any:
    """Dates as ISO strings, months as ``YYYY-MM``, enums by member name, Fractions as "a/b".

    An attrs instance becomes an object of its fields.  A secret — a field declared
    ``repr=False`` that the caller sets, such as the remote-control PIN of
    :mod:`hikari_rules.call_forwarding` — prints as ``"****"`` (``None`` stays ``None``),
    as in ``repr``: explanations and their JSON never show it.  The case format must
    round-trip, so the oracle encodes with ``mask_secrets=False``.  The oracle's codec
    (:func:`hikari_rules.oracle.codec.encode`) does the encoding.
    """
    if isinstance(value, Secret):
        return SECRET_MASK if mask_secrets else to_jsonable(value.value, mask_secrets=False)
    from hikari_rules.oracle.codec import encode

    return encode(value, mask_secrets=mask_secrets)
