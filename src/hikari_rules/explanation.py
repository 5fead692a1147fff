"""``explain``: run a public rule function and say which rules decided its result."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs

from hikari_rules._registry import TRACE, RuleInfo, Step, Trace, registered_rules, rule_ids_of, to_jsonable
from hikari_rules.errors import RuleInputError

__all__ = ["Explanation", "explain"]

_LANGS = ("en", "ja")


def _fmt(value: object) -> str:
    j = to_jsonable(value)
    if isinstance(j, list):
        return "(" + ", ".join(_fmt(v) for v in value) + ")"  # type: ignore[attr-defined]
    if isinstance(j, dict):
        return "{" + ", ".join(f"{k}={v}" for k, v in j.items()) + "}"
    if j is None:
        return "—"
    return str(j)


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
        """A JSON-serialisable dict: function, arguments, result, rule IDs and steps."""
        return {
            "function": self.function,
            "arguments": {k: to_jsonable(v) for k, v in self.arguments},
            "result": to_jsonable(self.result),
            "rule_ids": list(self.rule_ids),
            "steps": [s.to_json() for s in self.steps],
        }

    def text(self, lang: str = "en") -> str:
        """A readable account in English (``"en"``) or Japanese (``"ja"``), quoting the sources."""
        if lang not in _LANGS:
            raise RuleInputError(f"expected one of {_LANGS}, got {lang!r}", parameter="lang", rule="explain")
        ja = lang == "ja"
        known = registered_rules()
        args = ", ".join(f"{k}={_fmt(v)}" for k, v in self.arguments)
        lines = [
            f"{self.function}({args})",
            ("結果: " if ja else "Result: ") + _fmt(self.result),
            "",
            "判断の根拠:" if ja else "How it was decided:",
        ]
        for n, step in enumerate(self.steps, 1):
            info = known[step.rule_id]
            title = info.title_ja if ja else info.title
            note = (step.note_ja if ja else step.note) or (info.statement_ja if ja else info.statement)
            inputs = ", ".join(f"{k}={_fmt(v)}" for k, v in step.inputs)
            lines.append(f"{n}. [{step.rule_id}] {title}: {note}")
            if inputs:
                lines.append(("   入力: " if ja else "   Facts used: ") + inputs)
            lines.append(("   結論: " if ja else "   Outcome: ") + _fmt(step.outcome))
        lines.append("")
        lines.append("出典:" if ja else "Sources:")
        for info in self.rules:
            doc = info.document
            where = f"{doc.title} 「{info.section}」" if info.section else doc.title
            lines.append(f"- [{info.id}] {where}")
            if info.quote:
                for q in info.quote.splitlines():
                    lines.append(f"  > {q}")
            elif not ja:
                lines.append(f"  ({info.statement})")
            else:
                lines.append(f"  ({info.statement_ja})")
            if info.interpretation:
                if ja:
                    lines.append(
                        "  ※ 解釈(原文が曖昧なため本ライブラリが採る読み方): " + (info.interpretation_ja or "")
                    )
                    lines.append("    採らなかった読み方: " + (info.other_reading_ja or ""))
                else:
                    lines.append("  Interpretation (the source is ambiguous): " + info.interpretation)
                    lines.append("  The other reading: " + (info.other_reading or ""))
        return "\n".join(lines)


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
        arguments = tuple(bound.arguments.items())
    except (TypeError, ValueError):  # pragma: no cover - func accepted them, so bind does too
        arguments = tuple((f"arg{i}", a) for i, a in enumerate(args)) + tuple(kwargs.items())
    return Explanation(
        function=f"{func.__module__}.{func.__qualname__}",
        arguments=arguments,
        result=result,
        steps=tuple(trace.steps),
    )
