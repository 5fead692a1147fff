"""Griffe extension: render the package's reST-flavoured docstrings as Markdown, and
keep special methods (``__init__``, ``__attrs_post_init__``, ``__reduce__``, …) out of
the API reference (the constructor's parameters are in the class signature).

Docstrings stay plain doctests (pytest runs them with ``--doctest-modules``); for the
site, each run of ``>>>`` lines (up to a blank line) becomes a ``pycon`` code block,
``:func:`x``` style roles become code, and a paragraph ending ``::`` keeps a single
colon (its indented block is already a Markdown code block).
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|class|meth|data|attr|mod|obj|exc|const):`~?([^`]+)`")


def to_markdown(text: str) -> str:
    out: list[str] = []
    in_example = False
    in_fence = False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if in_fence or stripped.startswith("```"):
            out.append(line)
            continue
        if in_example:
            if not stripped:
                out += ["```", ""]
                in_example = False
                continue
            out.append(line)
            continue
        if stripped.startswith(">>>"):
            if out and out[-1].strip():
                out.append("")
            out.append("```pycon")
            out.append(line)
            in_example = True
            continue
        line = _ROLE.sub(lambda m: f"`{m.group(1).rsplit('.', 1)[-1] if m.group(0).count('~') else m.group(1)}`", line)
        if line.rstrip().endswith("::") and not line.rstrip().endswith(":::"):
            line = line.rstrip()[:-1]
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


def is_special(name: str) -> bool:
    """``__add__``, ``__init__``, …: a method Python calls, not one a reader calls."""
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


# A class re-exported by another module (``Month`` in ``hikari_rules.dates``) is rendered
# through an alias whose members are fresh aliases that forget the target's ``public``;
# let a special method's alias keep what the extension decided for the method itself.
_alias_public = griffe.Alias.public


def _public_of_alias(alias: griffe.Alias) -> bool | None:
    decided: bool | None = _alias_public.fget(alias)  # type: ignore[misc]
    if decided is None and is_special(alias.name):
        try:
            return alias.final_target.public
        except griffe.AliasResolutionError:
            return None
    return decided


griffe.Alias.public = property(_public_of_alias, _alias_public.fset)  # type: ignore[assignment,method-assign]


class ReSTDocstrings(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = to_markdown(obj.docstring.value)
        if is_special(obj.name) and obj.parent is not None and obj.parent.is_class:
            obj.public = False
