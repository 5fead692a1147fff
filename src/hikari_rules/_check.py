"""Argument checks shared by every public function (internal).

Each check returns the value in the form the rule code wants, raises ``TypeError``
for a wrong type and :class:`~hikari_rules.errors.RuleInputError` (naming the
parameter and the rule) for a wrong value.  They are written for the hot path:
one ``type()`` comparison in the common case, no allocation.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import TypeVar

from hikari_rules._month import Month
from hikari_rules.errors import RuleInputError

__all__ = [
    "check_bool",
    "check_date",
    "check_enum",
    "check_instant",
    "check_int",
    "check_money",
    "check_month",
    "check_optional_date",
    "check_str",
    "month_index",
]

_date = _dt.date
_datetime = _dt.datetime
E = TypeVar("E", bound=enum.Enum)


class IdentityHashEnum(enum.Enum):
    """An ``enum.Enum`` whose members hash by identity.

    ``Enum.__hash__`` is a Python-level call (it hashes the member's name); members are
    singletons compared by identity, so ``object.__hash__`` (a C call) is equivalent
    for sets and dict keys, and a rule that looks its members up in its tables several
    times per call stops paying a Python call for each look-up.
    """

    __hash__ = object.__hash__


def _type_name(value: object) -> str:
    return type(value).__name__


def check_date(value: object, parameter: str, rule: str) -> _dt.date:
    """A calendar date; a ``datetime`` is refused (its time zone would decide the day)."""
    if type(value) is _date:
        return value
    if isinstance(value, _datetime):
        raise TypeError(
            f"{rule}: {parameter}: expected a datetime.date, got a datetime (convert the instant to a JST date first)"
        )
    if isinstance(value, _date):
        return value
    raise TypeError(f"{rule}: {parameter}: expected a datetime.date, got {_type_name(value)}")


def check_optional_date(value: object, parameter: str, rule: str) -> _dt.date | None:
    if value is None:
        return None
    return check_date(value, parameter, rule)


def month_index(value: object, parameter: str, rule: str) -> int:
    """The month index (``year * 12 + month - 1``) of a :class:`Month` or a ``date``."""
    t = type(value)
    if t is Month:
        return value.index  # type: ignore[attr-defined, no-any-return]
    if t is _date:
        return value.year * 12 + value.month - 1  # type: ignore[attr-defined, no-any-return]
    if isinstance(value, Month):
        return value.index
    d = check_date(value, parameter, rule)
    return d.year * 12 + d.month - 1


def check_month(value: object, parameter: str, rule: str) -> Month:
    """A :class:`Month`, or a ``date`` meaning the month that contains it."""
    if type(value) is Month:
        return value
    return Month.from_index(month_index(value, parameter, rule))


def check_int(
    value: object,
    parameter: str,
    rule: str,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
) -> int:
    """An ``int`` (``bool`` is refused) within the given bounds."""
    if type(value) is not int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{rule}: {parameter}: expected an int, got {_type_name(value)}")
        value = int(value)
    if minimum is not None and value < minimum:
        raise RuleInputError(f"must be at least {minimum}, got {value}", parameter=parameter, rule=rule)
    if maximum is not None and value > maximum:
        raise RuleInputError(f"must be at most {maximum}, got {value}", parameter=parameter, rule=rule)
    return value


def check_money(value: object, parameter: str, rule: str) -> int:
    """Whole yen: a non-negative ``int``; ``bool`` is not money."""
    if type(value) is int:
        if value < 0:
            raise RuleInputError(f"must not be negative, got {value}", parameter=parameter, rule=rule)
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{rule}: {parameter}: expected whole yen as int, got {_type_name(value)}")
    return check_money(int(value), parameter, rule)


def check_bool(value: object, parameter: str, rule: str) -> bool:
    if type(value) is not bool:
        raise TypeError(f"{rule}: {parameter}: expected a bool, got {_type_name(value)}")
    return value


def check_str(value: object, parameter: str, rule: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{rule}: {parameter}: expected a str, got {_type_name(value)}")
    return value


def check_enum(value: object, cls: type[E], parameter: str, rule: str) -> E:
    """A member of ``cls`` (not its value, not its name)."""
    if type(value) is cls:
        return value
    if isinstance(value, cls):
        return value
    raise TypeError(f"{rule}: {parameter}: expected {cls.__name__}, got {_type_name(value)}")


def check_instant(value: object, parameter: str, rule: str) -> _dt.datetime:
    """An aware ``datetime``; a naive one is a :class:`RuleInputError`."""
    if not isinstance(value, _datetime):
        raise TypeError(f"{rule}: {parameter}: expected an aware datetime, got {_type_name(value)}")
    try:
        offset = value.utcoffset()
    except Exception as exc:  # a broken tzinfo implementation
        raise RuleInputError(f"its time zone failed: {exc}", parameter=parameter, rule=rule) from None
    if offset is None:
        raise RuleInputError(
            "naive datetime: give a time zone (e.g. hikari_rules.dates.JST)", parameter=parameter, rule=rule
        )
    return value
