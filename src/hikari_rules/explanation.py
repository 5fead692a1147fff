"""``explain``: run a public rule function and say which rules decided its result."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs

from hikari_rules._registry import (
    SOURCES,
    TRACE,
    RuleInfo,
    Step,
    Trace,
    _freeze,
    registered_rules,
    rule_ids_of,
    to_jsonable,
)
from hikari_rules.errors import RuleInputError

__all__ = ["Explanation", "explain"]

_LANGS = ("en", "ja")


_BOOL_WORDS = {"en": ("no", "yes"), "ja": ("いいえ", "はい")}


def _fmt(value: object, lang: str = "en") -> str:
    """One value as a support agent reads it: yes/no (はい/いいえ), ISO dates, months, enum names."""
    if isinstance(value, bool):
        return _BOOL_WORDS[lang][value]
    if isinstance(value, tuple | list):
        return "(" + ", ".join(_fmt(v, lang) for v in value) + ")"
    j = to_jsonable(value)
    if isinstance(j, dict):
        return "{" + ", ".join(f"{k}={_fmt(v, lang)}" for k, v in j.items()) + "}"
    if j is None:
        return "—"
    return str(j)


def _rule_json(info: RuleInfo) -> dict[str, Any]:
    doc = info.document
    return {
        "id": info.id,
        "title": info.title,
        "title_ja": info.title_ja,
        "source": info.source,
        "source_title": doc.title,
        "section": info.section,
        "quote": info.quote,
        "statement": info.statement,
        "statement_ja": info.statement_ja,
        "interpretation": info.interpretation,
        "interpretation_ja": info.interpretation_ja,
        "other_reading": info.other_reading,
        "other_reading_ja": info.other_reading_ja,
        "ambiguity": info.ambiguity,
        "ambiguity_ja": info.ambiguity_ja,
    }


@attrs.frozen
class Explanation:
    """What a rule function returned and why.

    ``rule_ids`` lists the rules that decided the result, in the order they were
    applied (each once); ``steps`` is the full record, one :class:`Step` per decision.
    """

    function: str
    arguments: tuple[tuple[str, object], ...]
    result: object
    steps: tuple[Step, ...]

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.rule_id for s in self.steps))

    @property
    def rules(self) -> tuple[RuleInfo, ...]:
        known = registered_rules()
        return tuple(known[r] for r in self.rule_ids)

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable dict, for other programs to render.

        ``function``, ``arguments`` and ``result`` (values encoded as in the case
        format: dates ISO, months ``YYYY-MM``, enums by name), ``rule_ids`` in the order
        applied, ``steps`` (each with ``rule_id``, ``inputs``, ``outcome``, ``note`` and
        ``note_ja``) and ``rules``: each rule's catalog entry (title, source, section,
        quote, statement, interpretation, ambiguity; English and Japanese).
        """
        return {
            "function": self.function,
            "arguments": {k: to_jsonable(v) for k, v in self.arguments},
            "result": to_jsonable(self.result),
            "rule_ids": list(self.rule_ids),
            "steps": [s.to_json() for s in self.steps],
            "rules": [_rule_json(info) for info in self.rules],
        }

    def text(self, lang: str = "en") -> str:
        """A readable account in English (``"en"``) or Japanese (``"ja"``), quoting the sources.

        The call and its result, each decision in the order it was taken (rule ID, what
        was decided and on which facts), then for each rule the source document, the
        section and the quoted clause, and where the source is ambiguous the reading the
        library takes and the one it does not.
        """
        if lang not in _LANGS:
            raise RuleInputError(f"expected one of {_LANGS}, got {lang!r}", parameter="lang", rule="explain")
        ja = lang == "ja"
        args = ", ".join(f"{k}={_fmt(v, lang)}" for k, v in self.arguments)
        known = registered_rules()
        lines = [
            f"{self.function}({args})",
            ("結果: " if ja else "Result: ") + _fmt(self.result, lang),
            ("適用した規定: " if ja else "Rules applied: ") + (", ".join(self.rule_ids) or "—"),
            "",
            "判断の根拠:" if ja else "How it was decided:",
        ]
        for n, step in enumerate(self.steps, 1):
            info = known[step.rule_id]
            title = info.title_ja if ja else info.title
            note = (step.note_ja if ja else step.note) or (info.statement_ja if ja else info.statement)
            inputs = ", ".join(f"{k}={_fmt(v, lang)}" for k, v in step.inputs if k != CLAUSE_INPUT)
            lines.append(f"{n}. [{step.rule_id}] {title}: {note}")
            if inputs:
                lines.append(("   入力: " if ja else "   Facts used: ") + inputs)
            lines.append(("   結論: " if ja else "   Outcome: ") + _fmt(step.outcome, lang))
        lines.append("")
        lines.append("出典:" if ja else "Sources:")
        for info in self.rules:
            own = _step_clauses(self.steps, info.id)
            for source, section, quote in own:
                lines.append(f"- [{info.id}] {SOURCES[source].title} 「{section}」")
                lines.extend(f"  > {q}" for q in quote.splitlines())
            doc = info.document
            where = f"{doc.title} 「{info.section}」" if info.section else doc.title
            if own:
                pass  # the steps named their own clauses, quoted above
            elif info.quote:
                lines.append(f"- [{info.id}] {where}")
                lines.extend(f"  > {q}" for q in info.quote.splitlines())
            else:
                lines.append(f"- [{info.id}] {where}")
                lines.append(
                    f"  (原文に該当する一文なし。規定: {info.statement_ja})"
                    if ja
                    else f"  (no sentence of the source states it; the rule: {info.statement})"
                )
            if info.interpretation:
                if ja:
                    lines.append("  ※ 解釈(原文が曖昧なため本ライブラリが採る読み方): " + str(info.interpretation_ja))
                    lines.append("    採らなかった読み方: " + (info.other_reading_ja or ""))
                else:
                    lines.append("  Interpretation (the source is ambiguous): " + info.interpretation)
                    lines.append("  The other reading: " + (info.other_reading or ""))
            if info.ambiguity:
                if ja:
                    lines.append("  ※ 原文の不明確な点: " + (info.ambiguity_ja or ""))
                else:
                    lines.append("  Note (the source is unclear here): " + info.ambiguity)
        return "\n".join(lines)


CLAUSE_INPUT = "source_clause"
"""A step input ``source_clause=(source short name, section, quote)`` names the clause that decided that
step when it is not the rule's own quote (DESK-1: each desk's hours line from its own source);
the account then quotes it instead, and does not list it among the facts."""


def _step_clauses(steps: tuple[Step, ...], rule_id: str) -> list[tuple[str, str, str]]:
    found: dict[tuple[str, str, str], None] = {}
    for step in steps:
        if step.rule_id != rule_id:
            continue
        for k, v in step.inputs:
            if k == CLAUSE_INPUT and isinstance(v, tuple) and len(v) == 3 and v[0] in SOURCES:
                found[(str(v[0]), str(v[1]), str(v[2]))] = None
    return list(found)


def explain(func: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Explanation:
    """Run ``func(*args, **kwargs)`` and record the rules that decided its result.

    ``func`` must be a public rule function of this package (a ``TypeError``
    otherwise); if it raises, ``explain`` raises the same exception.

    >>> import datetime
    >>> from hikari_rules import contract_term
    >>> e = explain(contract_term.contract_month, datetime.date(2026, 9, 20), datetime.date(2029, 9, 1))
    >>> e.result, e.rule_ids
    (37, ('TERM-1',))
    """
    if rule_ids_of(func) is None:
        raise TypeError(f"explain: {getattr(func, '__qualname__', func)!r} is not a public rule function")
    trace = Trace()
    token = TRACE.set(trace)
    try:
        result = func(*args, **kwargs)
    finally:
        TRACE.reset(token)
    try:
        bound = inspect.signature(func).bind(*args, **kwargs)
        given = tuple(bound.arguments.items())
    except (TypeError, ValueError):  # pragma: no cover - func accepted them, so bind does too
        given = tuple((f"arg{i}", a) for i, a in enumerate(args)) + tuple(kwargs.items())
    # A copy, frozen: the explanation stays hashable and says what the call was made
    # with even if the caller's dict or list changes afterwards.
    arguments = tuple((name, _freeze(value)) for name, value in given)
    return Explanation(
        function=f"{func.__module__}.{func.__qualname__}",
        arguments=arguments,
        result=result,
        steps=tuple(trace.steps),
    )
