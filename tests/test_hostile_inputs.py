"""Every public rule function and every exported class, fed hostile values: only TypeError or
RuleInputError may escape.

The shared fuzz tool covers the functions API.md lists; this covers every function the
package marks with ``@implements`` (desks, identity, call forwarding helpers, preview…) and
the constructor of every class a rule module exports (``__all__``): result classes, table
rows, operations, subscriptions — a public constructor follows the same error convention.
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


_NOT_RULE_MODULES = {"cli", "strategies", "batch", "planner_batch", "cases", "oracle", "testing"}


def _rule_modules() -> list[Any]:
    return [
        importlib.import_module(f"hikari_rules.{info.name}")
        for info in pkgutil.iter_modules(hikari_rules.__path__)
        if not info.name.startswith("_") and info.name not in _NOT_RULE_MODULES
    ]


def _public_rule_functions() -> list[tuple[str, Callable[..., Any]]]:
    found: dict[str, Callable[..., Any]] = {}
    for module in _rule_modules():
        for name, obj in vars(module).items():
            if not name.startswith("_") and callable(obj) and rule_ids_of(obj) is not None:
                found.setdefault(f"{obj.__module__}.{obj.__name__}", obj)
    return sorted(found.items())


def _exported_classes() -> list[tuple[str, type]]:
    """Every non-enum, non-exception class in a rule module's ``__all__``."""
    found: dict[str, type] = {}
    for module in _rule_modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if isinstance(obj, type) and not issubclass(obj, enum.Enum | BaseException):
                found.setdefault(f"{obj.__module__}.{obj.__qualname__}", obj)
    return sorted(found.items())


FUNCTIONS = _public_rule_functions()
CLASSES = _exported_classes()


def _enum_members_for(func: Callable[..., Any]) -> list[object]:
    """Members of the enums a function's module defines: real values among the hostile ones."""
    module = importlib.import_module(func.__module__)
    members: list[object] = []
    for obj in vars(module).values():
        if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj is not Alien:
            members.extend(list(obj)[:2])
    return members


def _sweep(name: str, func: Callable[..., Any], pool: list[object]) -> None:
    """300 calls with hostile positional arguments and (half the time each) hostile keywords.

    Positional parameters with a default are sometimes passed by keyword instead, and
    sometimes left out, so defaults and keyword handling are exercised too.
    """
    rng = random.Random(name)
    sig = inspect.signature(func)
    positional = [p for p in sig.parameters.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    keyword = [p for p in sig.parameters.values() if p.kind == p.KEYWORD_ONLY]
    for _ in range(300):
        args: list[object] = []
        kwargs: dict[str, object] = {}
        by_keyword = False
        for p in positional:
            has_default = p.default is not p.empty
            if has_default and rng.random() < 0.25:
                by_keyword = True  # from here on, positionals go by keyword or not at all
            if by_keyword and p.kind is p.POSITIONAL_OR_KEYWORD:
                if not has_default or rng.random() < 0.5:
                    kwargs[p.name] = rng.choice(pool)
            elif not by_keyword:
                args.append(rng.choice(pool))
        kwargs.update({p.name: rng.choice(pool) for p in keyword if p.default is p.empty or rng.random() < 0.5})
        try:
            func(*args, **kwargs)
        except (TypeError, RuleInputError):
            pass
        except Exception as exc:  # pragma: no cover - the assertion below reports it
            pytest.fail(f"{name}{tuple(args)!r:.200} {kwargs!r:.100} raised {type(exc).__name__}: {exc}")


@pytest.mark.parametrize(("name", "func"), FUNCTIONS, ids=[n for n, _ in FUNCTIONS])
def test_only_type_and_rule_input_errors_escape(name: str, func: Callable[..., Any]) -> None:
    _sweep(name, func, HOSTILE + _enum_members_for(func))


@pytest.mark.parametrize(("name", "cls"), CLASSES, ids=[n for n, _ in CLASSES])
def test_exported_constructors_raise_only_type_and_rule_input_errors(name: str, cls: type) -> None:
    _sweep(name, cls, HOSTILE + _enum_members_for(cls))


def test_the_sweep_finds_the_rule_functions() -> None:
    names = {n for n, _ in FUNCTIONS}
    assert "hikari_rules.fees.cancellation_fee" in names
    assert "hikari_rules.desks.desk_open" in names
    assert len(names) >= 60


def test_the_sweep_finds_the_exported_classes() -> None:
    names = {n for n, _ in CLASSES}
    assert "hikari_rules.call_forwarding.OperationRow" in names
    assert "hikari_rules.call_forwarding.RemoteActionRow" in names
    assert "hikari_rules.contract_term.ContractTerm" in names
    assert "hikari_rules.identity.Submission" in names or len(names) >= 30
