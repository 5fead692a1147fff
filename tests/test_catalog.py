"""The rule catalog against ../shared/RULES.md and the source documents."""

from __future__ import annotations

import pathlib
import re
import unicodedata

import pytest

import hikari_rules
from hikari_rules import RuleInputError, rules
from hikari_rules._registry import SOURCES, rule_ids_of


def _norm(text: str) -> str:
    # Sources are scraped web pages: fold width variants and drop all white space.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _rules_md_blocks(shared: pathlib.Path) -> dict[str, str]:
    text = (shared / "RULES.md").read_text(encoding="utf-8")
    blocks = {}
    for block in re.split(r"\n(?=\*\*[A-Z]{2,4}-\d+ )", text):
        m = re.match(r"\*\*([A-Z]{2,4}-\d+) ", block)
        if m:
            blocks[m.group(1)] = block
    return blocks


def test_catalog_ids_are_unique_and_ordered() -> None:
    ids = [r.id for r in rules.catalog()]
    assert len(ids) == len(set(ids))
    assert ids[0] == "TERM-1"


def test_every_declared_rule_quotes_its_source_verbatim(shared_dir: pathlib.Path) -> None:
    for info in rules.catalog():
        if not info.quote:
            continue
        doc = SOURCES[info.source]
        if doc.file is None:  # SONET-FAQ is not stored; its quotes come from RULES.md itself
            source_text = (shared_dir / "RULES.md").read_text(encoding="utf-8")
        else:
            source_text = (shared_dir / "sources" / doc.file).read_text(encoding="utf-8")
        haystack = _norm(source_text)
        for line in info.quote.splitlines():
            for piece in line.split("…"):
                if piece.strip():
                    assert _norm(piece) in haystack, f"{info.id}: {piece!r} is not in {doc.file}"


def test_every_declared_rule_has_its_section_in_the_source(shared_dir: pathlib.Path) -> None:
    for info in rules.catalog():
        doc = SOURCES[info.source]
        if doc.file is None or not info.section:
            continue
        text = _norm((shared_dir / "sources" / doc.file).read_text(encoding="utf-8"))
        assert _norm(info.section) in text, f"{info.id}: section {info.section!r} not in {doc.file}"


def test_rules_md_quotes_and_interpretations_are_carried(shared_dir: pathlib.Path) -> None:
    blocks = _rules_md_blocks(shared_dir)
    for info in rules.catalog():
        block = blocks.get(info.id)
        assert block is not None, f"{info.id} is not in RULES.md"
        if "\n> " in block:
            assert info.quote, f"{info.id}: RULES.md quotes the source but the catalog has no quote"
        says_interpretation = "Interpretation" in block
        assert (info.interpretation is not None) == says_interpretation, info.id


def test_every_rule_is_implemented_by_a_public_function() -> None:
    for info in rules.catalog():
        funcs = rules.implementing_functions(info.id)
        assert funcs, f"{info.id} has no implementing function"
        for f in funcs:
            assert rule_ids_of(f) is not None
            module = __import__(f.__module__, fromlist=["_"])
            assert getattr(module, f.__name__) is f, f"{f.__qualname__} is not public in {f.__module__}"


def test_rules_get_unknown_id() -> None:
    assert rules.get("TERM-1").title == "Contract term"
    with pytest.raises(RuleInputError):
        rules.get("NOPE-1")
    with pytest.raises(TypeError):
        rules.get(1)  # type: ignore[arg-type]


@pytest.mark.parametrize("rule_id", ["NOPE-1", "", "term-1", "TERM-1 "])
def test_implementing_functions_of_an_unknown_id_is_an_error_not_an_empty_answer(rule_id: str) -> None:
    with pytest.raises(RuleInputError, match="no rule") as info:
        rules.implementing_functions(rule_id)
    assert info.value.parameter == "rule_id"


@pytest.mark.parametrize("rule_id", [1, None, b"TERM-1", ("TERM-1",), ["TERM-1"]])
def test_implementing_functions_of_a_non_string_is_a_type_error(rule_id: object) -> None:
    with pytest.raises(TypeError, match="rule_id"):
        rules.implementing_functions(rule_id)  # type: ignore[arg-type]


def test_implementing_functions_of_a_known_id_names_its_functions() -> None:
    from hikari_rules import contract_term

    assert contract_term.is_renewal_month in rules.implementing_functions("TERM-2")


def test_explain_rejects_non_rule_callables_and_unknown_languages() -> None:
    import datetime as dt

    with pytest.raises(TypeError):
        hikari_rules.explain(len, "x")
    e = hikari_rules.explain(hikari_rules.contract_term.contract_month, dt.date(2026, 9, 1), dt.date(2026, 9, 1))
    with pytest.raises(RuleInputError):
        e.text(lang="fr")
    assert e.to_json()["rule_ids"] == ["TERM-1"]


def test_explain_reraises_what_the_function_raises() -> None:
    import datetime as dt

    with pytest.raises(RuleInputError, match="TERM-1"):
        hikari_rules.explain(hikari_rules.contract_term.contract_month, dt.date(2026, 9, 1), dt.date(2026, 8, 1))
