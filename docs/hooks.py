"""MkDocs hook: keep the navigation to pages that exist, without weakening strict mode.

Modules are written in parallel, and two pages (``case-format.md``, ``guides/batch.md``)
belong to other parts of the project: a navigation entry is kept when its page is a
file of ``docs/``, a page ``gen_pages.py`` writes from the registry, or the API
reference of a module that imports.  Everything else in the build stays strict: a
broken link, anchor or cross-reference still fails it.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.hikari_rules")

GENERATED = frozenset({"catalog.md", "sources.md", "interpretations.md"})


def reference_module(page: str) -> str | None:
    """``reference/fees.md`` → ``hikari_rules.fees`` (``reference/hikari_rules.md`` → the package)."""
    if not page.startswith("reference/") or not page.endswith(".md"):
        return None
    name = page.removeprefix("reference/").removesuffix(".md")
    return "hikari_rules" if name == "hikari_rules" else f"hikari_rules.{name}"


def _imports(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def _keep(page: str, docs_dir: Path) -> bool:
    module = reference_module(page)
    if module is not None:
        return _imports(module)
    return page in GENERATED or (docs_dir / page).is_file()


def _filter(items: list[Any], docs_dir: Path) -> list[Any]:
    kept: list[Any] = []
    for item in items:
        if isinstance(item, dict):
            ((title, value),) = item.items()
            if isinstance(value, list):
                sub = _filter(value, docs_dir)
                if sub:
                    kept.append({title: sub})
            elif isinstance(value, str) and not _keep(value, docs_dir):
                log.info("nav: %s (%s) left out: not written yet", title, value)
            else:
                kept.append(item)
        elif isinstance(item, str) and not _keep(item, docs_dir):
            log.info("nav: %s left out: not written yet", item)
        else:
            kept.append(item)
    return kept


def nav_pages(items: list[Any]) -> Iterator[str]:
    """Every page path the navigation names, in order."""
    for item in items:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            yield from nav_pages(value)
        elif isinstance(value, str):
            yield value


def on_config(config: Any) -> Any:
    if config["nav"]:
        config["nav"] = _filter(config["nav"], Path(config["docs_dir"]))
    return config
