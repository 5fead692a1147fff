"""Generate the specification pages from the rule registry (run by mkdocs-gen-files).

Nothing here is hand-copied: the catalog, the sources index and the interpretations
page are written from ``hikari_rules.rules.catalog()`` at build time.
"""

from __future__ import annotations

import html

import mkdocs_gen_files

from hikari_rules import rules
from hikari_rules._registry import SOURCES

REFERENCE_MODULES = (
    "hikari_rules",
    "hikari_rules.dates",
    "hikari_rules.contract_term",
    "hikari_rules.fees",
    "hikari_rules.withdrawal",
    "hikari_rules.billing",
    "hikari_rules.payment",
    "hikari_rules.passport_id",
    "hikari_rules.call_forwarding",
    "hikari_rules.identity",
    "hikari_rules.desks",
    "hikari_rules.rules",
    "hikari_rules.cases",
    "hikari_rules.strategies",
    "hikari_rules.batch",
)


def _quote_block(text: str) -> str:
    return "\n".join(f"> {line}" for line in text.splitlines())


def _function_links(rule_id: str) -> str:
    links = []
    for func in rules.implementing_functions(rule_id):
        module = func.__module__
        page = "hikari_rules" if module == "hikari_rules" else module.split(".", 1)[1]
        links.append(f"[`{module}.{func.__name__}`](reference/{page}.md#{module}.{func.__name__})")
    return ", ".join(links) or "—"


def catalog_page() -> str:
    out = [
        "# Rule catalog",
        "",
        "Generated from `hikari_rules.rules.catalog()`: every rule as the code declares it.",
        "",
    ]
    for info in rules.catalog():
        doc = info.document
        out += [
            f"## {info.id} {info.title} {{#{info.id}}}",
            "",
            f"*{info.title_ja}* — source **{info.source}** ({html.escape(doc.title)})"
            + (f", section 「{info.section}」" if info.section else ""),
            "",
        ]
        if info.quote:
            out += [_quote_block(info.quote), ""]
        out += [f"**Statement.** {info.statement}", "", f"**規定.** {info.statement_ja}", ""]
        if info.interpretation:
            out += [
                '!!! note "Interpretation"',
                f"    {info.interpretation}",
                "",
                f"    **The other reading:** {info.other_reading}",
                "",
                f"    **解釈:** {info.interpretation_ja}",
                "",
                f"    **採らなかった読み方:** {info.other_reading_ja}",
                "",
            ]
        out += [f"**Implemented by:** {_function_links(info.id)}", ""]
    return "\n".join(out)


def sources_page() -> str:
    out = [
        "# Sources",
        "",
        "For each source document, its sections in the order the document has them and the",
        "rules that encode each, so a reader holding the document finds the code for any clause.",
        "",
    ]
    by_source: dict[str, list[rules.RuleInfo]] = {}
    for info in rules.catalog():
        by_source.setdefault(info.source, []).append(info)
    for short, doc in SOURCES.items():
        out += [f"## {short}: {doc.title}", "", doc.title_en + ".", ""]
        if doc.file:
            out += [f"File: `../shared/sources/{doc.file}`", ""]
        if doc.url:
            out += [f"Address: <{doc.url}>", ""]
        sections: dict[str, list[str]] = {}
        for info in by_source.get(short, []):
            sections.setdefault(info.section or "(whole document)", []).append(info.id)
        order = _section_order(short, list(sections))
        out += ["| section | rules |", "|---|---|"]
        for section in order:
            ids = ", ".join(f"[{i}](catalog.md#{i})" for i in sections[section])
            out.append(f"| {section} | {ids} |")
        out.append("")
    return "\n".join(out)


def _section_order(short: str, sections: list[str]) -> list[str]:
    """Sections in document order (by where the heading first appears in the source)."""
    import pathlib

    doc = SOURCES[short]
    if doc.file is None:
        return sections
    path = pathlib.Path(__file__).resolve().parents[2] / "shared" / "sources" / doc.file
    if not path.is_file():
        return sections
    text = path.read_text(encoding="utf-8")
    return sorted(sections, key=lambda s: (text.find(s) if s in text else len(text), s))


def interpretations_page() -> str:
    out = [
        "# Interpretations and contradictions",
        "",
        "Every place the sources are ambiguous, silent or contradict themselves, what the",
        "library does, and the reading it does not follow.",
        "",
    ]
    for info in rules.catalog():
        notes = getattr(info, "ambiguity", None)
        if not info.interpretation and not notes:
            continue
        out += [f"## [{info.id}](catalog.md#{info.id}) {info.title}", ""]
        if info.interpretation:
            out += [
                f"**What the library does:** {info.interpretation}",
                "",
                f"**The other reading:** {info.other_reading}",
                "",
            ]
        if notes:
            out += [f"**Note:** {notes}", ""]
    return "\n".join(out)


def main() -> None:
    with mkdocs_gen_files.open("catalog.md", "w") as f:
        f.write(catalog_page())
    with mkdocs_gen_files.open("sources.md", "w") as f:
        f.write(sources_page())
    with mkdocs_gen_files.open("interpretations.md", "w") as f:
        f.write(interpretations_page())
    for module in REFERENCE_MODULES:
        page = "hikari_rules" if module == "hikari_rules" else module.split(".", 1)[1]
        with mkdocs_gen_files.open(f"reference/{page}.md", "w") as f:
            f.write(f"# `{module}`\n\n::: {module}\n")


main()
