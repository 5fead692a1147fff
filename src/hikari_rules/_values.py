"""Building frozen result values the rules made themselves (internal).

A frozen attrs class sets each field in ``__init__`` through ``object.__setattr__``
(its own ``__setattr__`` refuses), and its validators guard what *callers* pass.  A
rule that builds a result from values it checked or made itself can skip both: it
creates the instance with ``object.__new__`` and fills each slot through the slot's
own descriptor (``Cls.__dict__[name].__set__``), a C call that costs about half of
``object.__setattr__``.  The value is the same one ``Cls(...)`` would build; tests
compare the two.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["slot_setters"]


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of the slots of the attrs class ``cls``'s fields, in field order.

    >>> @attrs.frozen
    ... class P:
    ...     x: int
    ...     y: int
    >>> set_x, set_y = slot_setters(P)
    >>> p = object.__new__(P); set_x(p, 1); set_y(p, 2); p == P(1, 2)
    True
    """
    setters = []
    for field in attrs.fields(cls):
        slot = cls.__dict__.get(field.name)
        if slot is None or not hasattr(slot, "__set__"):  # a field of a base class, or no slots
            raise TypeError(f"{cls.__name__}.{field.name} is not a slot of {cls.__name__}")
        setters.append(slot.__set__)
    return tuple(setters)
