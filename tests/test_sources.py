"""The project's own data on its source documents: provenance and outline.

``hikari_rules._source_outline`` (written by ``scripts/source_outline.py``) places every
rule in its document; the docs read it, so a checkout without ``../shared`` shows the same
pages.  Against the registry it is checked always; against the texts whenever they are
beside the checkout (and in CI always: ``HIKARI_RULES_REQUIRE_SOURCES``, see conftest).
"""

from __future__ import annotations

import hashlib
import importlib.util
import pathlib
import re
import sys
import unicodedata
from types import ModuleType

import pytest

from hikari_rules import _source_outline as outline
from hikari_rules import rules
from hikari_rules._registry import SOURCES

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_source_outline_script", ROOT / "scripts" / "source_outline.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _placed() -> dict[str, list[tuple[str, int, str]]]:
    found: dict[str, list[tuple[str, int, str]]] = {}
    for short, sections in outline.SECTIONS.items():
        for line, heading, ids in sections:
            for rid in ids:
                found.setdefault(rid, []).append((short, line, heading))
    return found


# -- against the registry (always) ---------------------------------------------------------------


def test_every_stored_document_has_its_outline_and_no_other() -> None:
    stored = {short: doc.file for short, doc in SOURCES.items() if doc.file is not None}
    assert {short: file for short, (file, _, _) in outline.DOCUMENTS.items()} == stored
    assert set(outline.SECTIONS) == set(stored)


def test_every_rule_with_a_section_is_placed_once_under_its_own_heading() -> None:
    # A rule added or moved without rerunning scripts/source_outline.py fails here, even without ../shared.
    placed = _placed()
    for info in rules.catalog():
        if info.document.file is None or not info.section:
            assert info.id not in placed, info.id
            continue
        assert info.id in placed, f"{info.id} is not in the outline: run python scripts/source_outline.py"
        ((short, _, heading),) = placed[info.id]
        assert (short, heading) == (info.source, info.section.strip()), info.id
    assert set(placed) <= {info.id for info in rules.catalog()}, "the outline names rules the catalog does not have"


def test_sections_are_in_document_order_within_the_document() -> None:
    for short, sections in outline.SECTIONS.items():
        lines = [line for line, _, _ in sections]
        assert lines == sorted(set(lines)), short
        _, count, _ = outline.DOCUMENTS[short]
        assert all(1 <= line <= count for line in lines), short


def test_every_quoting_rule_of_a_stored_document_has_its_clause_line() -> None:
    for info in rules.catalog():
        if info.quote and info.document.file is not None:
            _, count, _ = outline.DOCUMENTS[info.source]
            assert 1 <= outline.CLAUSE_LINES[info.id] <= count, info.id
        else:
            assert info.id not in outline.CLAUSE_LINES, info.id


def test_a_repeated_heading_is_placed_at_the_occurrence_before_the_clause() -> None:
    # 注意事項 heads two sections of the forwarding page: IDV-5's documents and FWD-4..6's 142 service.
    placed = _placed()
    (_, fwd4, _), (_, idv5, _) = placed["FWD-4"][0], placed["IDV-5"][0]
    assert fwd4 > idv5
    assert fwd4 <= outline.CLAUSE_LINES["FWD-4"]


def test_provenance_of_every_document_is_stated() -> None:
    for doc in SOURCES.values():
        assert doc.title
        assert doc.title_en
        assert doc.publisher, doc.short_name
        assert doc.file is not None or doc.url, f"{doc.short_name}: neither stored nor addressed"


# -- against the texts (when ../shared is beside the checkout; always in CI) -----------------------


def test_the_outline_is_what_the_texts_give(shared_dir: pathlib.Path) -> None:
    script = _script()
    assert script.outline(shared_dir / "sources") == script.current(), "run python scripts/source_outline.py"


def test_stored_documents_are_the_texts_the_outline_was_made_from(shared_dir: pathlib.Path) -> None:
    for short, (file, count, sha) in outline.DOCUMENTS.items():
        raw = (shared_dir / "sources" / file).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == sha, short
        assert len(raw.decode("utf-8").splitlines()) == count, short


def test_each_heading_and_clause_is_at_its_line(shared_dir: pathlib.Path) -> None:
    for short, sections in outline.SECTIONS.items():
        lines = (shared_dir / "sources" / outline.DOCUMENTS[short][0]).read_text(encoding="utf-8").splitlines()
        for line, heading, ids in sections:
            assert lines[line - 1].strip() == heading, (short, line)
            for rid in ids:
                if rid in outline.CLAUSE_LINES:
                    first = next(p for p in re.split(r"…|\n", rules.get(rid).quote) if _norm(p))
                    assert _norm(first)[:20] in _norm(lines[outline.CLAUSE_LINES[rid] - 1]), rid


@pytest.mark.parametrize("short", [s for s, d in SOURCES.items() if d.file is not None])
def test_publisher_and_edition_are_as_the_document_prints_them(shared_dir: pathlib.Path, short: str) -> None:
    doc = SOURCES[short]
    assert doc.file is not None
    text = _norm((shared_dir / "sources" / doc.file).read_text(encoding="utf-8"))
    assert _norm(str(doc.publisher)) in text
    if doc.edition:
        assert _norm(doc.edition) in text
