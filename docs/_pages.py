"""The specification pages, written from the rule registry (used by ``gen_pages.py`` and the tests).

Nothing here copies a rule by hand: every ID, title, clause, statement, interpretation,
ambiguity note and implementing function comes from ``hikari_rules.rules.catalog()``
(each rule's own ``rule(...)`` declaration: one rule, one place).  Where the clauses
sit in their documents (section headings, line numbers) comes from the project's own
data, ``hikari_rules._source_outline`` (written by ``scripts/source_outline.py``): the
pages are the same whether or not the source texts are beside the checkout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from hikari_rules import _source_outline, rules
from hikari_rules._registry import SOURCES, RuleInfo

GENERATED = ("catalog.md", "sources.md", "interpretations.md")

DAMAGED_NOTE = (
    "*The stored text of the source is damaged here (a text extraction of the PDF guide: characters lost or "
    "out of order); the quote copies it as it is. 原文の保存テキストはこの箇所が破損している(PDFの抽出による文字の"
    "欠落・乱れ)。引用はそのまま写している。*"
)
"""Shown under a quote whose rule is declared with ``source_damaged=True``."""


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
    where = f"**{info.source}** — [{doc.title}](sources.md#{info.source})"
    if info.section:
        line = section_line(info)
        where += f", section 「{info.section}」" + (f" (line {line})" if line else "")
    clause = _source_outline.CLAUSE_LINES.get(info.id)
    if clause is not None:
        where += f"; the clause begins at line {clause}"
    return where


def catalog_page() -> str:
    """Every rule: ID, title, source, section, clause, statement (en/ja), interpretation, implementing functions."""
    out = [
        "# Rule catalog",
        "",
        "Generated at build time from `hikari_rules.rules.catalog()`, the declarations next to the code",
        "that encodes each rule (`hikari-rules rules` prints the same list). Each entry: the source",
        "document and section, the Japanese clause verbatim, the rule in English and Japanese, the",
        "interpretation where the source is ambiguous, and the functions that implement it. Line",
        "numbers are those of the project's stored copy of each document (see [Sources](sources.md)).",
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


def _sections(short: str) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    return _source_outline.SECTIONS.get(short, ())


def section_line(info: RuleInfo) -> int | None:
    """The 1-based line of the section heading a rule's clause sits under, from the project's outline data."""
    return next((line for line, _, ids in _sections(info.source) if info.id in ids), None)


def _provenance(short: str) -> list[str]:
    doc = SOURCES[short]
    rows = [("Title", doc.title), ("In English", doc.title_en)]
    rows.append(("Publisher", doc.publisher or "not stated"))
    rows.append(("Edition / date", doc.edition or "not stated in the document"))
    if doc.url:
        rows.append(("Address", f"<{doc.url}>"))
    stored = _source_outline.DOCUMENTS.get(short)
    if stored is not None:
        file, lines, sha = stored
        rows.append(("Stored copy", f"`{file}`, {lines:,} lines, SHA-256 `{sha[:16]}…`"))
    else:
        rows.append(("Stored copy", "none: the clauses quoted from it are the whole of what the project holds"))
    out = [*(f"- **{k}:** {v}" for k, v in rows), ""]
    if doc.note:
        out += [doc.note, ""]
    return out


def sources_page() -> str:
    """For each source document: where it comes from, its sections in document order and the rules that encode each."""
    out = [
        "# Sources",
        "",
        "The documents the rules quote. For each: where it comes from, then the sections that hold",
        "rules in the order the document has them, with the line of each heading in the project's",
        "stored copy of the text, and the rules that encode each. A reader holding the document finds",
        "the code for any clause, and from a rule the clause.",
        "",
    ]
    by_source: dict[str, list[RuleInfo]] = {}
    for info in rules.catalog():
        by_source.setdefault(info.source, []).append(info)
    for short, doc in SOURCES.items():
        out += [f"## {short}: {doc.title} {{#{short}}}", "", *_provenance(short)]
        infos = {i.id: i for i in by_source.get(short, [])}
        rows: list[tuple[str, str, list[RuleInfo]]] = []
        for line, heading, ids in _sections(short):
            placed = [infos.pop(i) for i in ids if i in infos]
            if placed:
                rows.append((str(line), heading, placed))
        # Rules the outline does not place (no stored copy, or no section): after the sections.
        for info in infos.values():
            section = info.section or "(the whole document)"
            if rows and rows[-1][0] == "" and rows[-1][1] == section:
                rows[-1][2].append(info)
            else:
                rows.append(("", section, [info]))
        out += ["| line | section | rules | implemented by |", "|---:|---|---|---|"]
        for line_text, section, placed in rows:
            ids_text = ", ".join(f"[{i.id}](catalog.md#{i.id}) {i.title}" for i in placed)
            funcs = _unique(f for i in placed for f in rules.implementing_functions(i.id))
            shown = ", ".join(_function_ref(f) for f in funcs) or "—"
            out.append(f"| {line_text} | {section} | {ids_text} | {shown} |")
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
        "ones the rule catalog names as such; the others are places a source is unclear or gives no",
        "number, settled by the catalog without an interpretation. `explain()` prints the same notes",
        "beside the clause whenever one of these rules decides a result.",
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
    """The API reference of one module: its heading (the page's title), docstring and public members."""
    return f"::: {module}\n"
