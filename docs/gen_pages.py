"""Write the generated pages (run by mkdocs-gen-files at build time).

The catalog, the sources index and the interpretations page come from the rule
registry (see ``_pages.py``); one API reference page is written for each
``reference/<module>.md`` the navigation names (``hooks.py`` has already dropped the
modules that do not import yet).
"""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs_gen_files

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _pages
import hooks


def main() -> None:
    for name, build in (
        ("catalog.md", _pages.catalog_page),
        ("sources.md", _pages.sources_page),
        ("interpretations.md", _pages.interpretations_page),
    ):
        with mkdocs_gen_files.open(name, "w") as f:
            f.write(build())
    for page in hooks.nav_pages(mkdocs_gen_files.config["nav"] or []):
        module = hooks.reference_module(page)
        if module is not None:
            with mkdocs_gen_files.open(page, "w") as f:
                f.write(_pages.reference_page(module))


main()
