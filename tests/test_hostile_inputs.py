"""Every public rule function, fed hostile values: only TypeError or RuleInputError may escape.

The shared fuzz tool covers the functions API.md lists; this covers every function the
package marks with ``@implements`` (desks, identity, call forwarding helpers, preview…).
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import inspect
import pkgutil
import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import pytest

import hikari_rules
from hikari_rules import Month, RuleInputError
from hikari_rules._registry import rule_ids_of


class Alien(enum.Enum):
    X = 1


JST9 = dt.timezone(dt.timedelta(hours=9))
HOSTILE: list[object] = [
    None, "", "2026-09", "x" * 300, "\x00", "２０２６", "11", "431１２３４", -1, 0, 1, 10**30, -(10**30), True, False,
    1.5, float("nan"), float("inf"), Fraction(1, 3), dt.date.min, dt.date.max, dt.date(2026, 9, 30),
    dt.date(1948, 12, 31), dt.date(2100, 1, 1), dt.datetime(2026, 9, 30, 12), dt.datetime(2026, 9, 30, 12, tzinfo=JST9),
    dt.datetime.max.replace(tzinfo=dt.UTC), dt.datetime.min.replace(tzinfo=dt.UTC), Month(1, 1), Month(9999, 12),
    Month(2026, 9), Alien.X, [], {}, {"a": -1}, {"a": "x"}, (1, 2), ("a",), object(),
]  # fmt: skip


def _public_rule_functions() -> list[tuple[str, Callable[..., Any]]]:
    found: dict[str, Callable[..., Any]] = {}
    for info in pkgutil.iter_modules(hikari_rules.__path__):
        if info.name.startswith("_") or info.name in {"cli", "strategies", "batch", "cases"}:
            continue
        module = importlib.import_module(f"hikari_rules.{info.name}")
        for name, obj in vars(module).items():
            if not name.startswith("_") and callable(obj) and rule_ids_of(obj) is not None:
                found.setdefault(f"{obj.__module__}.{obj.__name__}", obj)
    return sorted(found.items())


FUNCTIONS = _public_rule_functions()


def _enum_members_for(func: Callable[..., Any]) -> list[object]:
    """Members of the enums a function's module defines: real values among the hostile ones."""
    module = importlib.import_module(func.__module__)
    members: list[object] = []
    for obj in vars(module).values():
        if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj is not Alien:
            members.extend(list(obj)[:2])
    return members


@pytest.mark.parametrize(("name", "func"), FUNCTIONS, ids=[n for n, _ in FUNCTIONS])
def test_only_type_and_rule_input_errors_escape(name: str, func: Callable[..., Any]) -> None:
    rng = random.Random(name)
    pool = HOSTILE + _enum_members_for(func)
    sig = inspect.signature(func)
    positional = [p for p in sig.parameters.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    keyword = [p for p in sig.parameters.values() if p.kind == p.KEYWORD_ONLY]
    for _ in range(300):
        args = [rng.choice(pool) for _ in positional]
        kwargs = {p.name: rng.choice(pool) for p in keyword if rng.random() < 0.5}
        try:
            func(*args, **kwargs)
        except (TypeError, RuleInputError):
            pass
        except Exception as exc:  # pragma: no cover - the assertion below reports it
            pytest.fail(f"{name}{tuple(args)!r:.200} {kwargs!r:.100} raised {type(exc).__name__}: {exc}")


def test_the_sweep_finds_the_rule_functions() -> None:
    names = {n for n, _ in FUNCTIONS}
    assert "hikari_rules.fees.cancellation_fee" in names
    assert "hikari_rules.desks.desk_open" in names
    assert len(names) >= 60
