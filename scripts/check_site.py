"""Check the built documentation site (``site/``) as a reader opening it from ``file://`` sees it.

    python scripts/check_site.py [SITE_DIR]        # default: site/ (run after `bash scripts/docs.sh`)

Fails (exit 1, one line per problem) when:

- a link or resource of a page points to a file the site does not have, or to an anchor
  (``#id``) the target page does not have;
- a link points to a folder (from ``file://`` that opens a folder listing, not a page) or
  is absolute (``/page.html``: from ``file://`` the root of the disk);
- a page or style sheet would fetch anything from the internet: a script, style sheet,
  font, image or frame from ``http(s)://`` or ``//host``, or a CSS ``url()`` / ``@import``
  of one.  Links a reader may follow to the web (``<a href="https://…">``) are allowed:
  they fetch nothing until followed.

``404.html`` is left out: only a web server shows it (for a missing address), and it
links from the server's root on purpose.
"""

from __future__ import annotations

import html.parser
import pathlib
import re
import sys
from urllib.parse import unquote, urlsplit

EXTERNAL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?//[^'")\s]+)""")


class _Page(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v for k, v in attrs if v is not None}
        for key in ("id", "name"):
            if key in values and (key == "id" or tag == "a"):
                self.ids.add(values[key])
        for key in ("href", "src"):
            if key in values:
                rel = values.get("rel", "")
                self.links.append((f"{tag}[rel={rel}]" if tag == "link" else tag, key, values[key]))


def _parse(path: pathlib.Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def check(site: pathlib.Path) -> list[str]:
    problems: list[str] = []
    pages = {p.resolve(): _parse(p) for p in sorted(site.rglob("*.html"))}
    checked = {path: page for path, page in pages.items() if path.name != "404.html" or path.parent != site.resolve()}
    if not pages:
        return [f"{site}: no pages (build the site first: bash scripts/docs.sh)"]
    for path, page in checked.items():
        where = path.relative_to(site.resolve())
        for tag, attr, value in page.links:
            if EXTERNAL.match(value):
                scheme = value.split(":", 1)[0].lower() if not value.startswith("//") else "//"
                if scheme in ("http", "https", "//") and tag != "a":
                    problems.append(f"{where}: <{tag} {attr}> fetches {value} from the internet")
                continue
            parts = urlsplit(value)
            if parts.path.startswith("/"):
                problems.append(f"{where}: {value} is absolute (from file:// the root of the disk)")
                continue
            if not parts.path:  # "#anchor" on the same page
                target = path
            else:
                target = (path.parent / unquote(parts.path)).resolve()
                if parts.path.endswith("/") or target.is_dir():
                    problems.append(f"{where}: {value} is a folder (from file:// a folder listing, not a page)")
                    continue
                if not target.is_file():
                    problems.append(f"{where}: {value} does not exist")
                    continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{where}: {value}: no #{unquote(parts.fragment)} on that page")
    for css in sorted(site.rglob("*.css")):
        for m in CSS_URL.finditer(css.read_text(encoding="utf-8", errors="replace")):
            problems.append(f"{css.relative_to(site)}: fetches {m.group(1)} from the internet")
    return problems


def main(argv: list[str]) -> int:
    site = pathlib.Path(argv[0] if argv else "site")
    problems = check(site)
    for problem in problems:
        print(problem)
    pages = len(list(site.rglob("*.html")))
    links = sum(len(_parse(p).links) for p in site.rglob("*.html"))
    if problems:
        print(f"check_site: {len(problems)} problems in {pages} pages", file=sys.stderr)
        return 1
    print(f"check_site: {pages} pages, {links} links and resources resolve; nothing is fetched from the internet")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
