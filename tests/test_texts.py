"""What explanations say, checked as hard as what rules return.

- golden files: the English and Japanese text of ``explain()`` for every bundled case
  (``tests/golden/<module>.txt``; ``python scripts/golden.py`` regenerates them, and a
  wording change is reviewed as a text diff);
- the Japanese catalog: every template, question, answer and label has exactly one
  translation that keeps its placeholders, and the catalog holds nothing unused;
- the prose: no code identifier in Japanese text, no Japanese in English text outside
  quotes, glosses and proper names.
"""

from __future__ import annotations

import enum
import importlib.util
import pathlib
import re
import sys
from collections.abc import Iterator
from types import ModuleType

import attrs
import pytest

import hikari_rules
from hikari_rules._registry import answer_of, declared_clauses, question_of
from hikari_rules._text import _LABELS, catalog_ja, placeholders
from hikari_rules.cases import rule_functions

ROOT = pathlib.Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"


def _golden_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_golden_script", ROOT / "scripts" / "golden.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


GOLDEN_SCRIPT = _golden_module()
CASE_FILES = sorted((ROOT / "tests" / "cases").glob("*.jsonl"))
GOLDEN_FILES = [GOLDEN / f"{p.stem}.txt" for p in CASE_FILES] + [GOLDEN / "errors.txt"]


def _render(golden: pathlib.Path) -> str:
    """What ``golden`` must say now, computed inside the test that compares it (so that
    mutation testing sees which tests run which rule code)."""
    if golden.stem == "errors":
        return str(GOLDEN_SCRIPT.render_errors())
    return str(GOLDEN_SCRIPT.render(ROOT / "tests" / "cases" / f"{golden.stem}.jsonl"))


# Modules whose explanations are not yet written through clauses and labels (issue 12's
# conversion, module by module): their prose checks are expected to fail until then.
NOT_CONVERTED: frozenset[str] = frozenset({"passport_id", "payment"})


# Converted modules whose explanations quote steps of modules not yet converted: their prose
# checks wait for those (the lead removes an entry when the modules it names are merged).
WAITS_FOR: dict[str, str] = {"preview": "payment and passport_id", "planner": "payment"}


def _module_param(path: pathlib.Path) -> object:
    marks = (
        [pytest.mark.xfail(strict=False, reason="explanations not yet converted to clauses")]
        if path.stem in NOT_CONVERTED
        else [pytest.mark.xfail(strict=False, reason=f"quotes the steps of {WAITS_FOR[path.stem]}")]
        if path.stem in WAITS_FOR
        else []
    )
    return pytest.param(path, marks=marks, id=path.stem)


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=lambda p: p.stem)
def test_golden_explanations_are_current(path: pathlib.Path) -> None:
    assert path.exists(), f"{path.name} is missing: run python scripts/golden.py"
    got = path.read_text(encoding="utf-8")
    assert got == _render(path), f"{path.name} differs from what explain() says now: run python scripts/golden.py"


# -- the catalog ---------------------------------------------------------------------------------------


def _used_msgids() -> Iterator[tuple[str, str]]:
    """(where, msgid) of every English text that explanations translate."""
    for clause in declared_clauses():
        yield f"clause of {clause.rule_id}", clause.template
    for member, text in _LABELS.items():
        yield f"label of {type(member).__name__}.{member.name}", text
    for name, func in rule_functions().items():
        for what, template in (("question", question_of(func)), ("answer", answer_of(func))):
            if template is not None:
                yield f"{what} of {name}", template
    for cls in _attrs_classes():
        for a in attrs.fields(cls):
            label = a.metadata.get("label")
            if isinstance(label, str):
                yield f"field label {cls.__name__}.{a.name}", label


def _attrs_classes() -> Iterator[type]:
    seen: set[type] = set()
    for modname in sorted(sys.modules):
        if not modname.startswith("hikari_rules."):
            continue
        for obj in vars(sys.modules[modname]).values():
            if (
                isinstance(obj, type)
                and attrs.has(obj)
                and obj.__module__.startswith("hikari_rules")
                and obj not in seen
            ):
                seen.add(obj)
                yield obj


FRAME_WORDS = frozenset(importlib.import_module("hikari_rules._locale.ja.common").MESSAGES)


def test_every_text_has_a_japanese_translation_with_the_same_placeholders() -> None:
    ja = catalog_ja()
    problems = []
    for where, msgid in _used_msgids():
        if msgid not in ja:
            problems.append(f"{where}: no Japanese for {msgid!r}")
        elif placeholders(ja[msgid]) != placeholders(msgid):
            problems.append(f"{where}: placeholders differ: {msgid!r} → {ja[msgid]!r}")
    assert not problems, "\n".join(problems)


def test_the_catalog_holds_nothing_unused() -> None:
    used = {msgid for _, msgid in _used_msgids()} | FRAME_WORDS
    unused = sorted(set(catalog_ja()) - used)
    assert not unused, f"catalog entries nothing uses: {unused}"


def test_every_member_of_a_labelled_enum_has_a_label() -> None:
    labelled = {type(m) for m in _LABELS}
    for cls in labelled:
        assert all(m in _LABELS for m in cls), f"{cls.__name__}: every member needs a label"


def test_every_public_enum_of_a_converted_module_is_labelled() -> None:
    for modname in hikari_rules.__all__:
        if modname in NOT_CONVERTED:
            continue
        module = getattr(hikari_rules, modname)
        for attr in getattr(module, "__all__", ()):
            obj = getattr(module, attr)
            if isinstance(obj, type) and issubclass(obj, enum.Enum):
                assert all(m in _LABELS for m in obj), f"{modname}.{attr}: members without a label"


def test_every_public_function_of_a_converted_module_asks_its_question() -> None:
    for name, func in rule_functions().items():
        if name.split(".")[0] not in NOT_CONVERTED:
            assert question_of(func), f"{name} declares no question"


# -- the prose ------------------------------------------------------------------------------------------

# An ASCII identifier: snake_case or UPPER_CASE with an underscore, a dotted name, camelCase or
# CamelCase with an inner capital, or an all-capitals word that is not a proper name or unit.
_IDENTIFIER = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+"
    r"|[a-z][a-z0-9]*(?:\.[a-z_][a-z0-9_]*)+\("
    r"|[a-z]+[A-Z][A-Za-z]*"
    r"|[A-Z][a-z]+[A-Z][A-Za-z]*"
    r"|[A-Z]{2,}"
    r")(?![A-Za-z0-9])"
)
PROPER_NAMES = frozenset(
    {
        # companies, services, documents and the sources' own terms
        "NTT", "USEN", "OCN", "LINE", "CAF", "ID", "IDs", "PIN", "SMS", "JST", "CSV", "URL", "WEB", "IT",
        "NewsPicks", "GPS", "SIM", "PDF", "FAQ", "DTMF", "IP",
    }
)  # fmt: skip
_RULE_ID = re.compile(r"\b[A-Z]{2,4}-\d+\b")


def _identifiers(text: str) -> list[str]:
    text = _RULE_ID.sub("", text)
    return [m for m in _IDENTIFIER.findall(text) if m not in PROPER_NAMES]


def _sections(text: str, lang: str) -> Iterator[str]:
    for block in text.split("\n## ")[1:]:
        body = block.split(f"### {lang}\n", 1)[1]
        yield body.split("\n### ", 1)[0]


@pytest.mark.parametrize("path", [_module_param(p) for p in GOLDEN_FILES[:-1]])
def test_japanese_text_names_no_code_identifier(path: pathlib.Path) -> None:
    found = {}
    for section in _sections(_render(path), "ja"):
        for line in section.splitlines():
            if line.startswith("  > "):  # the source's own words
                continue
            bad = _identifiers(line)
            if bad:
                found.setdefault(line, bad)
    assert not found, "\n".join(f"{bad}: {line}" for line, bad in list(found.items())[:20])


_JAPANESE = re.compile(r"[ぁ-んァ-ヶ一-龯々〜]")
# Japanese is allowed in English text inside 「quotes」, in parenthesised glosses of a term,
# in the quoted clauses, in the names of documents, sections and services, and as the yen
# sign of an amount (20,000円 in both languages).
_QUOTED = re.compile(r"「[^」]*」|\([^()]*\)|（[^（）]*）|(?<=[0-9])円")


@pytest.mark.parametrize("path", [_module_param(p) for p in GOLDEN_FILES[:-1]])
def test_english_text_has_no_japanese_outside_quotes_and_names(path: pathlib.Path) -> None:
    found = []
    for section in _sections(_render(path), "en"):
        in_sources = False
        for line in section.splitlines():
            if line.startswith("Sources:"):
                in_sources = True
            if line.startswith("  > ") or (in_sources and line.startswith("- ")):
                continue
            rest = _QUOTED.sub("", line)
            for name in _SERVICE_NAMES:
                rest = rest.replace(name, "")
            if _JAPANESE.search(rest):
                found.append(line)
    assert not found, "\n".join(found[:20])


_SERVICE_NAMES = (
    "ソネット光プラス",
    "So-net 光",
    "NTT請求",
    "フレッツ",
    "光ネクスト",
    "光ライト",
    "光電話",
    "homeでんわ",
)
