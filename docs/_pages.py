"""The specification pages, written from the rule registry (used by ``gen_pages.py`` and the tests).

Nothing here copies a rule by hand: every ID, title, clause, statement, interpretation,
ambiguity note and implementing function comes from ``hikari_rules.rules.catalog()``
(each rule's own ``rule(...)`` declaration: one rule, one place).
"""

from __future__ import annotations

import pathlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from hikari_rules import rules
from hikari_rules._registry import SOURCES, RuleInfo

SHARED = pathlib.Path(__file__).resolve().parents[2] / "shared"
"""``../shared`` beside the checkout: the source documents, when present, give section line numbers."""

GENERATED = ("catalog.md", "sources.md", "interpretations.md")

DAMAGED_NOTE = (
    "*The stored text of the source is damaged here (a text extraction of the PDF guide: characters lost or "
    "out of order); the quote copies it as it is. 原文の保存テキストはこの箇所が破損している(PDFの抽出による文字の"
    "欠落・乱れ)。引用はそのまま写している。*"
)
"""Shown under a quote whose rule is declared with ``source_damaged=True``."""


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def ambiguity_of(info: RuleInfo) -> tuple[str, str] | None:
    """The rule's own ambiguity note (declared with ``rule(..., ambiguity=...)``) as (English, Japanese)."""
    if info.ambiguity:
        return info.ambiguity, info.ambiguity_ja or ""
    return None


def _function_ref(func: Callable[..., Any]) -> str:
    path = f"{func.__module__}.{func.__name__}"
    return f"[`{func.__module__.removeprefix('hikari_rules.')}.{func.__name__}`][{path}]"


def function_links(rule_id: str) -> str:
    """Cross-references (resolved by mkdocs-autorefs: a dangling one fails the strict build)."""
    return ", ".join(_function_ref(f) for f in rules.implementing_functions(rule_id)) or "—"


def _quote_block(text: str, indent: str = "") -> list[str]:
    return [f"{indent}> {line}" for line in text.splitlines()]


def _source_line(info: RuleInfo) -> str:
    doc = info.document
    where = f"**{info.source}** — {doc.title}"
    if doc.url:
        where += f" (<{doc.url}>)"
    if info.section:
        line = section_line(info)
        where += f", section 「{info.section}」" + (f" (line {line})" if line else "")
    return where


def catalog_page() -> str:
    """Every rule: ID, title, source, section, clause, statement (en/ja), interpretation, implementing functions."""
    out = [
        "# Rule catalog",
        "",
        "Generated at build time from `hikari_rules.rules.catalog()`, the declarations next to the code",
        "that encodes each rule. Each entry: the source document and section, the Japanese clause",
        "verbatim, the rule in English and Japanese, the interpretation where the source is ambiguous,",
        "and the functions that implement it. Line numbers refer to the source files in",
        "`../shared/sources/`.",
        "",
        "| ID | title | 表題 | source |",
        "|---|---|---|---|",
    ]
    infos = rules.catalog()
    out += [f"| [{i.id}](#{i.id}) | {i.title} | {i.title_ja} | {i.source} |" for i in infos]
    out.append("")
    for info in infos:
        out += [f"## {info.id} {info.title} {{#{info.id}}}", "", f"*{info.title_ja}*", "", _source_line(info), ""]
        if info.quote:
            out += [*_quote_block(info.quote), ""]
            if info.source_damaged:
                out += [DAMAGED_NOTE, ""]
        else:
            out += ["*(No sentence of the source states this rule verbatim.)*", ""]
        out += [f"**Statement.** {info.statement}", "", f"**規定.** {info.statement_ja}", ""]
        if info.interpretation:
            out += [
                '!!! note "Interpretation (解釈)"',
                f"    **What the library does:** {info.interpretation}",
                "",
                f"    **The other reading:** {info.other_reading}",
                "",
                f"    **解釈:** {info.interpretation_ja}",
                "",
                f"    **採らなかった読み方:** {info.other_reading_ja}",
                "",
            ]
        note = ambiguity_of(info)
        if note:
            out += [
                '!!! warning "Where the source is unclear (原文の不明確な点)"',
                f"    {note[0]}",
                "",
                f"    {note[1]}",
                "",
            ]
        out += [f"**Implemented by:** {function_links(info.id)}", ""]
    return "\n".join(out)


def _source_lines(short: str) -> list[str] | None:
    doc = SOURCES[short]
    if doc.file is None:
        return None
    path = SHARED / "sources" / doc.file
    if not path.is_file():
        return None
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


def section_line(info: RuleInfo) -> int | None:
    """The 1-based line of the section heading a rule sits under (the occurrence before its clause)."""
    lines = _source_lines(info.source)
    if lines is None or not info.section:
        return None
    heads = [i for i, line in enumerate(lines) if line == info.section.strip()]
    if not heads:
        return None
    first_piece = _norm(info.quote.splitlines()[0].split("…")[0]) if info.quote else ""
    at = next((i for i, line in enumerate(lines) if first_piece and first_piece[:20] in _norm(line)), None)
    before = [h for h in heads if at is not None and h <= at]
    return (before[-1] if before else heads[0]) + 1


def sources_page() -> str:
    """For each source document: its sections in document order and the rules that encode each."""
    out = [
        "# Sources",
        "",
        "For each source document, the sections that state rules, in the order the document has them",
        "(with the line of the heading in `../shared/sources/`), and the rules that encode each: a",
        "reader holding the document finds the code for any clause, and from a rule the clause.",
        "",
    ]
    by_source: dict[str, list[RuleInfo]] = {}
    for info in rules.catalog():
        by_source.setdefault(info.source, []).append(info)
    for short, doc in SOURCES.items():
        out += [f"## {short}: {doc.title} {{#{short}}}", "", doc.title_en + ".", ""]
        if doc.file:
            out += [f"File: `../shared/sources/{doc.file}`", ""]
        if doc.url:
            out += [f"Address: <{doc.url}>", ""]
        rows: dict[tuple[int, str], list[RuleInfo]] = {}
        for info in by_source.get(short, []):
            line = section_line(info)
            key = (line if line is not None else 10**9, info.section or "(the whole document)")
            rows.setdefault(key, []).append(info)
        out += ["| line | section | rules | implemented by |", "|---:|---|---|---|"]
        for (line, section), infos in sorted(rows.items()):
            ids = ", ".join(f"[{i.id}](catalog.md#{i.id}) {i.title}" for i in infos)
            funcs = _unique(f for i in infos for f in rules.implementing_functions(i.id))
            shown = ", ".join(_function_ref(f) for f in funcs) or "—"
            out.append(f"| {line if line < 10**9 else ''} | {section} | {ids} | {shown} |")
        out.append("")
    return "\n".join(out)


def _unique(funcs: Iterable[Callable[..., Any]]) -> list[Callable[..., Any]]:
    return list(dict.fromkeys(funcs))


def interpretations_page() -> str:
    """Every place the sources are ambiguous, silent or self-contradictory, and what the library does."""
    out = [
        "# Interpretations and contradictions",
        "",
        "Every place the sources are ambiguous, silent or contradict themselves: what the source says,",
        "what the library does, and the reading it does not follow. *Interpretation* entries are the",
        "ones `RULES.md` names as such; the others are places a source is unclear or gives no number,",
        "settled by `RULES.md` without an interpretation. `explain()` prints the same notes beside",
        "the clause whenever one of these rules decides a result.",
        "",
    ]
    for info in rules.catalog():
        note = ambiguity_of(info)
        if not info.interpretation and not note:
            continue
        kind = (
            "Contradiction"
            if "contradict" in (info.title + info.statement).lower()
            else ("Interpretation" if info.interpretation else "Unclear or silent source")
        )
        out += [
            f"## {info.id} {info.title} {{#{info.id}}}",
            "",
            f"*{kind}* — [catalog entry](catalog.md#{info.id}); implemented by {function_links(info.id)}",
            "",
        ]
        if info.quote:
            out += ["**What the source says:**", "", *_quote_block(info.quote), ""]
        out += [f"**The rule:** {info.statement}", ""]
        if info.interpretation:
            out += [
                f"**What the library does:** {info.interpretation}",
                "",
                f"**The other reading (not followed):** {info.other_reading}",
                "",
                f"**解釈:** {info.interpretation_ja}",
                "",
                f"**採らなかった読み方:** {info.other_reading_ja}",
                "",
            ]
        if note:
            out += [f"**Where the source is unclear:** {note[0]}", "", f"**原文の不明確な点:** {note[1]}", ""]
    return "\n".join(out)


def reference_page(module: str) -> str:
    return f"# `{module}`\n\n::: {module}\n"
