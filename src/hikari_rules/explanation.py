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
    answer_of,
    mask_of,
    question_of,
    registered_rules,
    rule_ids_of,
    to_jsonable,
)
from hikari_rules._text import LANGS, Lang, fmt, render, translate
from hikari_rules.errors import RuleInputError

__all__ = ["Explanation", "explain"]

_LANGS = LANGS
_NO_SENTENCE = "No sentence of the source states this rule; the rule as the library states it"


def _t(msgid: str, lang: Lang) -> str:
    return translate(msgid, lang)


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


@attrs.frozen(repr=False)
class Explanation:
    """What a rule function returned and why.

    ``rule_ids`` lists the rules that decided the result, in the order they were
    applied (each once); ``steps`` is the full record, one :class:`Step` per decision.
    ``result`` is exactly what the function returned; ``text()`` and ``to_json()`` show
    ``shown_arguments`` and ``shown_result``, where any secret is masked.
    """

    function: str
    arguments: tuple[tuple[str, object], ...]
    result: object
    steps: tuple[Step, ...]
    question: str | None = None
    answer: str | None = None
    shown_arguments: tuple[tuple[str, object], ...] | None = attrs.field(default=None, repr=False)
    shown_result: object = attrs.field(default=None, repr=False)
    all_arguments: tuple[tuple[str, object], ...] = attrs.field(default=(), repr=False)

    def __repr__(self) -> str:
        # What the texts show: a secret in an argument or the result stays masked here too.
        return (
            f"Explanation(function={self.function!r}, arguments={self._arguments()!r}, "
            f"result={self._result()!r}, rule_ids={self.rule_ids!r})"
        )

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.rule_id for s in self.steps))

    @property
    def rules(self) -> tuple[RuleInfo, ...]:
        known = registered_rules()
        return tuple(known[r] for r in self.rule_ids)

    def _arguments(self) -> tuple[tuple[str, object], ...]:
        return self.arguments if self.shown_arguments is None else self.shown_arguments

    def _result(self) -> object:
        return self.result if self.shown_arguments is None else self.shown_result

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable dict, for other programs to render.

        ``function``, ``arguments`` and ``result`` (values encoded as in the case
        format: dates ISO, months ``YYYY-MM``, enums by name; secrets ``"****"``),
        ``question`` and ``question_ja``, ``rule_ids`` in the order applied, ``steps``
        (each with ``rule_id``, ``inputs``, ``outcome``, ``note`` and ``note_ja``) and
        ``rules``: each rule's catalog entry (title, source, section, quote, statement,
        interpretation, ambiguity; English and Japanese).
        """
        return {
            "function": self.function,
            "arguments": {k: to_jsonable(v) for k, v in self._arguments()},
            "result": to_jsonable(self._result()),
            "question": self._question("en"),
            "question_ja": self._question("ja"),
            "answer": self._answer("en"),
            "answer_ja": self._answer("ja"),
            "rule_ids": list(self.rule_ids),
            "steps": [s.to_json() for s in self.steps],
            "rules": [_rule_json(info) for info in self.rules],
        }

    def _question(self, lang: Lang) -> str | None:
        if self.question is None:
            return None
        shown = dict(self.all_arguments)
        shown.update(self._arguments())
        return render(self.question, shown, lang)

    def _answer(self, lang: Lang) -> str:
        if self.answer is None:
            return fmt(self._result(), lang)
        return render(self.answer, {"result": self._result()}, lang)

    def text(self, lang: str = "en") -> str:
        """A readable account in English (``"en"``) or Japanese (``"ja"``), quoting the sources.

        The question the call asked and its result, each decision in the order it was
        taken (the rule, and what it decided on which facts), then for each rule the
        source document, the section and the quoted clause, and where the source is
        ambiguous the reading the library takes and the one it does not.
        """
        if lang not in _LANGS:
            raise RuleInputError(f"expected one of {_LANGS}, got {lang!r}", parameter="lang", rule="explain")
        lg: Lang = "ja" if lang == "ja" else "en"
        ja = lg == "ja"
        colon = ": "
        known = registered_rules()
        question = self._question(lg)
        lines = []
        if question is not None:
            lines.append(_t("Question", lg) + colon + question)
        else:  # a function that declares no question yet: the call as made
            shown = ", ".join(f"{k}={fmt(v, lg)}" for k, v in self._arguments())
            lines.append(f"{self.function.rsplit('.', 1)[-1]}({shown})")
        lines.append(_t("Result", lg) + colon + self._answer(lg))
        applied = [f"{r.id} {r.title_ja if ja else r.title}" for r in self.rules]
        lines.append(_t("Rules applied", lg) + colon + (("、" if ja else ", ").join(applied) or "—"))
        lines.append("")
        lines.append(_t("How it was decided", lg) + ":")
        for n, step in enumerate(self.steps, 1):
            info = known[step.rule_id]
            title = info.title_ja if ja else info.title
            said = step.say(lg) or (info.statement_ja if ja else info.statement)
            lines.append(f"{n}. {title}({step.rule_id}): {said}" if ja else f"{n}. {title} ({step.rule_id}): {said}")
        lines.append("")
        lines.append(_t("Sources", lg) + ":")
        for info in self.rules:
            own = _step_clauses(self.steps, info.id)
            for source, section, quote in own:
                title = info.title_ja if ja else info.title
                lines.append(f"- {info.id} {title}: {SOURCES[source].title}「{section}」")
                lines.extend(f"  > {q}" for q in quote.splitlines())
            doc = info.document
            title = info.title_ja if ja else info.title
            where = f"{doc.title}「{info.section}」" if info.section else doc.title
            if own:
                pass  # the steps named their own clauses, quoted above
            elif info.quote:
                lines.append(f"- {info.id} {title}: {where}")
                lines.extend(f"  > {q}" for q in info.quote.splitlines())
            else:
                lines.append(f"- {info.id} {title}: {where}")
                statement = info.statement_ja if ja else info.statement
                lines.append(f"  ({_t(_NO_SENTENCE, lg)}: {statement})")
            if info.interpretation:
                lines.append(
                    "  "
                    + _t("Interpretation (the source is ambiguous here; this is the reading the library takes)", lg)
                    + colon
                    + str(info.interpretation_ja if ja else info.interpretation)
                )
                lines.append(
                    "  "
                    + _t("The other reading (not followed)", lg)
                    + colon
                    + str(info.other_reading_ja if ja else info.other_reading)
                )
            if info.ambiguity:
                lines.append(
                    "  "
                    + _t("Note (the source is unclear here)", lg)
                    + colon
                    + str(info.ambiguity_ja if ja else info.ambiguity)
                )
        return "\n".join(lines)


def _step_clauses(steps: tuple[Step, ...], rule_id: str) -> list[tuple[str, str, str]]:
    """The lines of the sources the steps of ``rule_id`` cite of their own (see :meth:`RuleInfo.clause`), in order."""
    return list(dict.fromkeys(s.cites for s in steps if s.rule_id == rule_id and s.cites is not None))


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
        bound.apply_defaults()
        every = tuple(bound.arguments.items())
    except (TypeError, ValueError):  # pragma: no cover - func accepted them, so bind does too
        given = tuple((f"arg{i}", a) for i, a in enumerate(args)) + tuple(kwargs.items())
        every = given
    # A copy, frozen: the explanation stays hashable and says what the call was made
    # with even if the caller's dict or list changes afterwards.
    arguments = tuple((name, _freeze(value)) for name, value in given)
    mask = mask_of(func)
    shown_arguments = None
    shown_result: object = None
    if mask is not None:
        shown_arguments = tuple((name, _freeze(mask(name, value))) for name, value in given)
        every = tuple((name, mask(name, value)) for name, value in every)
        shown_result = _freeze(mask("return", result))
    return Explanation(
        function=f"{func.__module__}.{func.__qualname__}",
        arguments=arguments,
        result=result,
        steps=tuple(trace.steps),
        question=question_of(func),
        answer=answer_of(func),
        shown_arguments=shown_arguments,
        shown_result=shown_result,
        all_arguments=tuple((name, _freeze(value)) for name, value in every),
    )
