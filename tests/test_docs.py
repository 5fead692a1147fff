"""The documentation is executed: every example in docs/**/*.md runs, and the generated pages are complete.

In a Markdown page, ``pycon`` blocks are doctests, ``python`` blocks are executed, and
``console`` blocks are shell sessions: each ``$ command`` runs in the repository root
(with ``.venv/bin`` first on ``PATH``) and must print the lines that follow it.  The
blocks of one page share one namespace, in page order, as a reader would type them.
Docstring examples run through ``--doctest-modules`` (``pyproject.toml``).
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import pathlib
import re
import shlex
import subprocess
import sys
from types import ModuleType
from typing import Any

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.M | re.S)
EXECUTED = ("pycon", "python", "console")
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_docs_{name}", DOCS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _pages() -> list[pathlib.Path]:
    # The README's usage example is a page like any other: it must run.
    return [*sorted(p for p in DOCS.rglob("*.md") if "site" not in p.parts), ROOT / "README.md"]


def _blocks(text: str) -> list[tuple[str, str, int]]:
    out = []
    for m in FENCE.finditer(text):
        indent = len(m.group("indent"))
        body = "\n".join(line[indent:] for line in m.group("body").splitlines())
        out.append((m.group("lang"), body, text.count("\n", 0, m.start()) + 1))
    return out


def _run_console(body: str, where: str) -> None:
    env = dict(os.environ)
    env["PATH"] = f"{ROOT / '.venv' / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["COLUMNS"] = "200"
    commands: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line)
    assert commands, f"{where}: a console block without a $ command"
    for command, expected in commands:
        done = subprocess.run(
            shlex.split(command), cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        got = (done.stdout + done.stderr).strip()
        want = "\n".join(expected).strip()
        checker = doctest.OutputChecker()
        assert checker.check_output(want + "\n", got + "\n", FLAGS), f"{where}: `{command}` printed\n{got}"


@pytest.mark.parametrize("page", _pages(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_example_of_the_page_runs(page: pathlib.Path) -> None:
    text = page.read_text(encoding="utf-8")
    globs: dict[str, Any] = {"__name__": f"docs.{page.stem}"}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    for lang, body, line in _blocks(text):
        where = f"{page.relative_to(ROOT)}:{line}"
        if lang == "pycon":
            test = parser.get_doctest(body, globs, where, str(page), line)
            result = runner.run(test, clear_globs=False)
            globs.update(test.globs)  # DocTest works on a copy: carry the names to the next block
            assert result.failed == 0, f"{where}: doctest failed (see the output above)"
        elif lang == "python":
            exec(compile(body, where, "exec"), globs)
        elif lang == "console":
            _run_console(body, where)


@pytest.mark.parametrize("page", sorted((DOCS / "guides").glob("*.md")), ids=lambda p: p.name)
def test_every_guide_has_executed_examples(page: pathlib.Path) -> None:
    langs = [lang for lang, _, _ in _blocks(page.read_text(encoding="utf-8"))]
    assert any(lang in EXECUTED for lang in langs), f"{page.name} has no executed example"


def test_guides_show_no_code_that_is_not_run() -> None:
    # A Python example in a block the tests do not run could drift from the code.
    for page in (DOCS / "guides").glob("*.md"):
        if page.name == "batch.md":  # written by the batch engineer
            continue
        for lang, body, line in _blocks(page.read_text(encoding="utf-8")):
            if lang not in EXECUTED:
                assert lang in {"json", "text", "csv"}, f"{page.name}:{line}: a {lang or 'plain'} block is not executed"
                assert ">>>" not in body


# -- the generated pages -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pages() -> ModuleType:
    return _load("_pages")


def test_catalog_page_lists_every_rule_id_of_rules_md(pages: ModuleType, shared_dir: pathlib.Path) -> None:
    wanted = re.findall(r"^\*\*([A-Z]{2,4}-\d+) ", (shared_dir / "RULES.md").read_text(encoding="utf-8"), re.M)
    catalog = pages.catalog_page()
    for rid in wanted:
        assert f"## {rid} " in catalog, f"{rid} is not in the catalog page"
        assert f"{{#{rid}}}" in catalog


def test_catalog_entries_carry_clause_statement_and_implementation(pages: ModuleType) -> None:
    from hikari_rules import rules

    catalog = pages.catalog_page()
    for info in rules.catalog():
        entry = catalog.split(f"## {info.id} ", 1)[1].split("\n## ", 1)[0]
        assert info.title_ja in entry
        assert info.statement in entry
        assert info.statement_ja in entry
        for line in info.quote.splitlines():
            assert f"> {line}" in entry
        if info.interpretation:
            assert info.interpretation in entry
            assert str(info.other_reading) in entry
        for func in rules.implementing_functions(info.id):
            assert f"[{func.__module__}.{func.__name__}]" in entry


def test_sources_page_places_every_rule_under_its_document(pages: ModuleType) -> None:
    from hikari_rules import rules

    text = pages.sources_page()
    for info in rules.catalog():
        part = text.split(f"## {info.source}: ", 1)[1].split("\n## ", 1)[0]
        assert f"[{info.id}](catalog.md#{info.id})" in part


def test_sources_page_orders_sections_as_the_document_does(pages: ModuleType) -> None:
    # The line numbers come from the project's outline data: no source text is needed.
    text = pages.sources_page()
    for part in text.split("\n## ")[1:]:
        lines = [int(m) for m in re.findall(r"^\| (\d+) \|", part, re.M)]
        assert lines == sorted(lines)
        assert len(lines) >= 1 or "**Stored copy:** none" in part
    # FWD-4..6 sit under the second 注意事項 heading of the forwarding page, not the identity one.
    from hikari_rules import rules

    assert pages.section_line(rules.get("FWD-4")) > pages.section_line(rules.get("IDV-5"))


@pytest.mark.parametrize(
    "rule_id",
    [
        "TERM-3",
        "FEE-7",
        "CAP-1",
        "NUM-2",
        "NUM-3",
        "NTT-3",
        "WD-6",
        "PID-3",
        "BIZ-1",
        "BIZ-2",
        "FWD-1",
        "FWD-7",
        "PAY-2",
        "DESK-1",
    ],
)
def test_interpretations_page_covers_the_known_ambiguities(pages: ModuleType, rule_id: str) -> None:
    text = pages.interpretations_page()
    assert f"## {rule_id} " in text
    entry = text.split(f"## {rule_id} ", 1)[1].split("\n## ", 1)[0]
    assert "**What the library does:**" in entry or "**Where the source is unclear:**" in entry
    assert "**解釈:**" in entry or "**原文の不明確な点:**" in entry


def test_every_interpretation_of_the_registry_is_on_the_page(pages: ModuleType) -> None:
    from hikari_rules import rules

    text = pages.interpretations_page()
    for info in rules.catalog():
        if info.interpretation:
            assert info.interpretation in text
            assert str(info.other_reading_ja) in text


def test_every_ambiguity_note_of_the_registry_is_on_both_pages(pages: ModuleType) -> None:
    # The notes live in the rules' own declarations; the pages only render them.
    from hikari_rules import rules

    catalog, interpretations = pages.catalog_page(), pages.interpretations_page()
    noted = [info for info in rules.catalog() if info.ambiguity]
    assert {"FEE-7", "NTT-3", "FWD-1", "DESK-1"} <= {info.id for info in noted}
    for info in noted:
        entry = interpretations.split(f"## {info.id} ", 1)[1].split("\n## ", 1)[0]
        assert f"**Where the source is unclear:** {info.ambiguity}" in entry
        assert f"**原文の不明確な点:** {info.ambiguity_ja}" in entry
        assert f"    {info.ambiguity}" in catalog.split(f"## {info.id} ", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize("rule_id", ["WD-5", "NUM-2", "WD-8", "IDV-5"])
def test_interpretations_page_lists_the_revised_catalog_s_interpretations(pages: ModuleType, rule_id: str) -> None:
    from hikari_rules import rules

    info = rules.get(rule_id)
    entry = pages.interpretations_page().split(f"## {rule_id} ", 1)[1].split("\n## ", 1)[0]
    assert f"**What the library does:** {info.interpretation}" in entry
    assert str(info.other_reading) in entry
    assert str(info.other_reading_ja) in entry


def test_catalog_page_says_where_the_source_text_is_damaged(pages: ModuleType) -> None:
    from hikari_rules import rules

    catalog = pages.catalog_page()
    damaged = {info.id for info in rules.catalog() if info.source_damaged}
    assert {"PID-4", "PID-5", "PID-9", "CHG-3"} <= damaged
    for info in rules.catalog():
        entry = catalog.split(f"## {info.id} ", 1)[1].split("\n## ", 1)[0]
        assert (pages.DAMAGED_NOTE in entry) == (info.id in damaged), info.id


def test_fee_7_note_names_the_date_boundary(pages: ModuleType) -> None:
    entry = pages.interpretations_page().split("## FEE-7 ", 1)[1].split("\n## ", 1)[0]
    assert "30 June 2022" in entry
    assert "1 July 2022" in entry


# -- the build helpers -----------------------------------------------------------------------------


def test_doctests_render_as_code_blocks() -> None:
    rst = _load("griffe_rst")
    md = rst.to_markdown("Count months with :func:`~hikari_rules.dates.Month`::\n\n    x\n\n>>> 1 + 1\n2\n\nAfter.")
    assert md == "Count months with `Month`:\n\n    x\n\n```pycon\n>>> 1 + 1\n2\n```\n\nAfter."


def test_navigation_keeps_existing_pages_and_drops_absent_ones() -> None:
    hooks = _load("hooks")
    nav = [
        {"Home": "index.md"},
        {"Spec": [{"Catalog": "catalog.md"}, {"Missing": "nowhere.md"}]},
        {"API": [{"fees": "reference/fees.md"}, {"nope": "reference/not_a_module.md"}]},
    ]
    kept = hooks._filter(nav, DOCS)
    assert kept == [
        {"Home": "index.md"},
        {"Spec": [{"Catalog": "catalog.md"}]},
        {"API": [{"fees": "reference/fees.md"}]},
    ]
    assert list(hooks.nav_pages(kept)) == ["index.md", "catalog.md", "reference/fees.md"]
    assert hooks.reference_module("reference/hikari_rules.md") == "hikari_rules"


def test_the_site_check_finds_what_breaks_a_file_url_reader(tmp_path: pathlib.Path) -> None:
    spec = importlib.util.spec_from_file_location("_check_site", ROOT / "scripts" / "check_site.py")
    assert spec is not None
    assert spec.loader is not None
    check_site = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_site)
    (tmp_path / "sub").mkdir()
    (tmp_path / "style.css").write_text("body { font: 1em serif; }", encoding="utf-8")
    (tmp_path / "page.html").write_text(
        '<h2 id="here">x</h2><link rel="stylesheet" href="style.css">', encoding="utf-8"
    )
    good = '<a href="page.html#here">ok</a> <a href="https://example.org/">out</a> <a href="#top" id="top">top</a>'
    (tmp_path / "index.html").write_text(good, encoding="utf-8")
    assert check_site.check(tmp_path) == []
    (tmp_path / "index.html").write_text(
        good
        + '<a href="sub/">folder</a><a href="gone.html">gone</a><a href="page.html#nowhere">anchor</a>'
        + '<a href="/page.html">absolute</a><script src="https://cdn.example.org/x.js"></script>',
        encoding="utf-8",
    )
    (tmp_path / "style.css").write_text("@import 'https://fonts.example.org/css';", encoding="utf-8")
    problems = "\n".join(check_site.check(tmp_path))
    for expected in (
        "sub/ is a folder",
        "gone.html does not exist",
        "no #nowhere",
        "/page.html is absolute",
        "fetches https://cdn.example.org/x.js",
        "style.css: fetches https://fonts.example.org/css",
    ):
        assert expected in problems
    assert len(check_site.check(tmp_path)) == 6


def test_the_api_reference_leaves_out_special_methods_and_undeclared_names() -> None:
    # What mkdocstrings renders with `filters: public`: __all__ members, no __init__/__add__/…,
    # also through a re-export (Month is documented in hikari_rules and hikari_rules.dates).
    import griffe

    rst = _load("griffe_rst")
    package = griffe.load(
        "hikari_rules", search_paths=[str(ROOT / "src")], extensions=griffe.load_extensions(rst.ReSTDocstrings())
    )
    for month in (package["dates.Month"], package["Month"]):
        public = {name for name, member in month.members.items() if member.is_public}
        assert {"of", "parse", "first_day"} <= public
        assert not {name for name in public if name.startswith("__")}, public
    term = package["contract_term"]
    assert term["contract_month"].is_public
    assert not term["TERM_1"].is_public  # a rule(...) declaration: in the catalog pages, not the API
    assert not term["__all__"].is_public
