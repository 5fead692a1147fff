"""Hypothesis strategies for property-testing a billing system against ``hikari_rules``.

Needs ``hypothesis`` (``pip install 'hikari-rules[strategies]'``).  The values are
biased towards the places billing code gets wrong:

- :func:`dates`, :func:`service_start_dates`, :func:`months`, :func:`calendar_dates`:
  month ends, the 1st, leap days, year ends, the edges of the holiday calendar;
- :func:`subscriptions`: purchase/cancellation pairs of a monthly service, with
  cancellations on the 1st of a later month and same-day purchase-and-cancel on a 1st
  (CHG-1, CHG-2);
- :func:`withdrawal_applications`: individual and corporate applications by every
  channel, around the 20th (WD-3), with removal dates around the 6/10-day lead
  (WD-5) and reversion dates around day 75 (NUM-2, NUM-3);
- :func:`amounts`, :func:`cap_amounts`, :func:`invoice_amounts`: yen around the
  100,000円 cap (CAP-1) and the 300,000円 invoice threshold (BIZ-2);
- :func:`instants`: aware datetimes around 13:00 JST (BIZ-1) and midnight JST, in any
  time zone;
- :func:`forwarding_digits`, :func:`remote_digits`: valid and invalid strings
  dialled after 142 / to the remote-control number (FWD-2, FWD-3);
- :func:`subscribers`, :func:`planner_inputs`, :func:`identity_submissions`,
  :func:`submitted_documents`, :func:`installments`, :func:`incoming_calls`: the inputs
  of the bill preview, the withdrawal planner, the identity check and 着信転送;
- :func:`statements`, :func:`timelines`, :func:`plans`, :func:`verdicts`,
  :func:`forwarding_settings`, :func:`forwarding_operations`, :func:`remote_operations`,
  :func:`explanations`, :func:`cases`: real results, drawn by calling the rule on drawn inputs.

Importing the module (or Hypothesis, through its entry point) registers a strategy for
every public value type, so ``st.from_type(T)`` works for each (see
:func:`register_type_strategies`).

The generators follow the rule catalog's statements, not the library's code, so they can also find
where the library and a billing system disagree about what an input is.

>>> from hypothesis import given
>>> @given(dates())
... def test_month_of(d):
...     assert Month.of(d).first_day <= d <= Month.of(d).last_day
>>> test_month_of()

``examples/differential_testing.py`` shows the whole use: a deliberately wrong
"billing system" tested against the oracle, and Hypothesis finding the disagreement.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import enum
import importlib
import typing
from collections.abc import Callable, Mapping
from typing import Annotated, Any, Final

import attrs

try:
    from hypothesis import strategies as st
except ImportError as exc:  # the optional extra is not installed
    raise ImportError(
        "hikari_rules.strategies needs Hypothesis: pip install 'hikari-rules[strategies]'", name=exc.name
    ) from exc

from hikari_rules._month import Month
from hikari_rules.billing import NTT_BILLING_CAP
from hikari_rules.errors import RuleInputError
from hikari_rules.payment import BARCODE_INVOICE_LIMIT

__all__ = [
    "FORWARDING_OPERATION_KINDS",
    "INVALID_CHANNEL",
    "WithdrawalApplication",
    "amounts",
    "calendar_dates",
    "cap_amounts",
    "cases",
    "dates",
    "destination_numbers",
    "explanations",
    "forwarding_digits",
    "forwarding_operations",
    "forwarding_settings",
    "identity_submissions",
    "incoming_calls",
    "installments",
    "instants",
    "invoice_amounts",
    "month_end_dates",
    "months",
    "planner_inputs",
    "plans",
    "register_type_strategies",
    "remote_digits",
    "remote_operations",
    "service_start_dates",
    "statements",
    "submitted_documents",
    "subscribers",
    "subscriptions",
    "time_zones",
    "timelines",
    "verdicts",
    "withdrawal_applications",
]

_LO = _dt.date(1990, 1, 1)
_HI = _dt.date(2090, 12, 31)


@st.composite
def month_end_dates(draw: st.DrawFn, min_value: _dt.date = _LO, max_value: _dt.date = _HI) -> _dt.date:
    """Days that sit on a month boundary: the 1st, the 28th–31st, 29 February, 31 December."""
    m = draw(months(min_value, max_value))
    day = draw(st.sampled_from((1, 2, 28, 29, 30, 31, m.days)))
    d = _dt.date(m.year, m.month, min(day, m.days))
    return min(max(d, min_value), max_value)


def dates(min_value: _dt.date = _LO, max_value: _dt.date = _HI) -> st.SearchStrategy[_dt.date]:
    """Any date in range, about half of them on a month boundary (1st, month end, leap day)."""
    return st.one_of(st.dates(min_value, max_value), month_end_dates(min_value, max_value))


def months(min_value: _dt.date = _LO, max_value: _dt.date = _HI) -> st.SearchStrategy[Month]:
    """Months in range, with December and January (year ends) and February drawn often."""
    lo = min_value.year * 12 + min_value.month - 1
    hi = max_value.year * 12 + max_value.month - 1
    plain = st.integers(lo, hi).map(Month.from_index)
    edges = (
        st.integers(min_value.year, max_value.year)
        .flatmap(lambda y: st.sampled_from([i for i in (y * 12, y * 12 + 1, y * 12 + 11) if lo <= i <= hi] or [lo]))
        .map(Month.from_index)
    )
    return st.one_of(plain, edges)


def amounts(*, around: tuple[int, ...] = (100_000, 300_000), max_value: int = 10_000_000) -> st.SearchStrategy[int]:
    """Whole yen, with values at and next to the given thresholds drawn often."""
    near = st.sampled_from(around).flatmap(lambda a: st.integers(max(0, a - 2), a + 2))
    return st.one_of(st.integers(0, max_value), near, st.just(0))


def calendar_dates() -> st.SearchStrategy[_dt.date]:
    """Dates the business-day calendar covers (1949-01-01..2099-12-31), biased to boundaries."""
    from hikari_rules.dates import CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY

    return dates(CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY)


def service_start_dates(
    min_value: _dt.date = _dt.date(2000, 1, 1), max_value: _dt.date = _dt.date(2060, 12, 31)
) -> st.SearchStrategy[_dt.date]:
    """Service start dates (TERM-1): :func:`dates` in a plausible range, biased to month boundaries."""
    return dates(min_value, max_value)


# -- monthly subscriptions (CHG-1, CHG-2) -------------------------------------------------


def _add_months(d: _dt.date, n: int) -> Month:
    return Month.from_index(d.year * 12 + d.month - 1 + n)


@st.composite
def _cancellation(draw: st.DrawFn, purchased_on: _dt.date, max_value: _dt.date) -> _dt.date:
    if purchased_on >= max_value:
        return purchased_on
    kind = draw(st.sampled_from(("same-day", "same-month", "first-of-later", "end-of-later", "any")))
    if kind == "same-day":
        return purchased_on
    if kind == "same-month":
        m = Month.of(purchased_on)
        return min(draw(st.dates(purchased_on, m.last_day)), max_value)
    months_later = draw(st.integers(1, 40))
    m = _add_months(purchased_on, months_later)
    c = m.first_day if kind == "first-of-later" else m.last_day
    if kind == "any":
        c = draw(st.dates(purchased_on, max_value))
    return min(max(c, purchased_on), max_value)


@st.composite
def subscriptions(
    draw: st.DrawFn,
    min_value: _dt.date = _dt.date(2000, 1, 1),
    max_value: _dt.date = _dt.date(2060, 12, 31),
    *,
    open_ended: bool = True,
) -> tuple[_dt.date, _dt.date | None]:
    """A monthly subscription as ``(purchased_on, cancelled_on)``; ``cancelled_on`` is None
    for one still running (only when ``open_ended``).

    Purchases fall on the 1st, month ends and leap days often; cancellations are the same
    day, later in the same month, on the 1st of a later month (CHG-2's exception), on a
    later month end, or anywhere later — never before the purchase.

    >>> from hypothesis import given
    >>> @given(subscriptions())
    ... def test_order(s):
    ...     assert s[1] is None or s[0] <= s[1]
    >>> test_order()
    """
    purchased_on = draw(dates(min_value, max_value))
    if open_ended and draw(st.integers(0, 7)) == 0:
        return purchased_on, None
    return purchased_on, draw(_cancellation(purchased_on, max_value))


# -- withdrawal applications (WD-*, NUM-*) -------------------------------------------------

INVALID_CHANNEL: Final = "invalid"
"""``withdrawal_applications(channels=INVALID_CHANNEL)`` draws only channels WD-2 does not allow."""


@attrs.frozen
class WithdrawalApplication:
    """A withdrawal (退会) application as a billing system records it.

    ``applicant``, ``channel`` and ``region`` are members of
    :class:`hikari_rules.withdrawal.Applicant`, ``Channel`` and ``Region``;
    ``requested_month`` is the month the user asked to leave at the end of;
    ``removal_completed_on`` (WD-5) and ``reversion_completed_on`` (NUM-2/3) are None
    when there was none.
    """

    application_date: _dt.date
    applicant: enum.Enum
    channel: enum.Enum
    region: enum.Enum
    requested_month: Month
    removal_completed_on: _dt.date | None = None
    reversion_completed_on: _dt.date | None = None


def _near(d: _dt.date, days: int, spread: int, max_value: _dt.date) -> st.SearchStrategy[_dt.date]:
    lo = d.toordinal() + max(0, days - spread)
    hi = d.toordinal() + days + spread
    top = max_value.toordinal()
    return st.integers(min(lo, top), min(hi, top)).map(_dt.date.fromordinal)


@st.composite
def withdrawal_applications(
    draw: st.DrawFn,
    min_value: _dt.date = _dt.date(2000, 1, 1),
    max_value: _dt.date = _dt.date(2060, 12, 31),
    *,
    channels: str = "allowed",
) -> WithdrawalApplication:
    """Withdrawal applications: individual or corporate, by any channel WD-2 allows (or,
    with ``channels="any"``, any channel; with :data:`INVALID_CHANNEL`, only disallowed ones).

    Application dates cluster on the 20th/21st (WD-3's arrival rule), month ends and
    year ends; the requested month is the application month, the next, or (corporate
    paper) a later one; removal completes around the 6-day (East) / 10-day (West) lead
    or later, often across a month end; analog reversion completes around day 75
    (74, 75, 76, …), the NUM-3 deadline, or not at all.
    """
    from hikari_rules import withdrawal
    from hikari_rules.withdrawal import Applicant, Channel, Region

    app = draw(
        st.one_of(
            dates(min_value, max_value),
            months(min_value, max_value).flatmap(
                lambda m: st.sampled_from([m.day(d) for d in (19, 20, 21) if m.day(d) <= max_value] or [m.first_day])
            ),
        )
    )
    applicant = draw(st.sampled_from(list(Applicant)))
    # WD-2 itself says which channels an applicant may use (no copy of its table here).
    allowed = [c for c in Channel if withdrawal.channel_allowed(applicant, c)]
    if channels == "allowed":
        pool = allowed
    elif channels == INVALID_CHANNEL:
        pool = [c for c in Channel if c not in allowed]
    elif channels == "any":
        pool = list(Channel)
    else:
        raise ValueError(f"channels: expected 'allowed', 'any' or 'invalid', got {channels!r}")
    channel = draw(st.sampled_from(pool))
    region = draw(st.sampled_from(list(Region)))
    later = draw(st.sampled_from((0, 1, 1, 2, 3) if channel.name == "PAPER" else (0, 1)))
    requested = _add_months(app, later)
    lead = 6 if region.name == "EAST" else 10
    removal = draw(st.none() | _near(app, lead, 3, max_value) | _near(app, 45, 45, max_value))
    reversion = draw(st.none() | _near(app, 75, 2, max_value) | _near(app, 40, 40, max_value))
    return WithdrawalApplication(app, applicant, channel, region, requested, removal, reversion)


# -- money around the thresholds -----------------------------------------------------------


def cap_amounts(cap: int = NTT_BILLING_CAP) -> st.SearchStrategy[int]:
    """Yen around the consolidated-billing cap (CAP-1): cap±2 often, 0..3×cap otherwise."""
    return st.one_of(st.integers(max(0, cap - 2), cap + 2), st.integers(0, 3 * cap), st.just(cap))


def invoice_amounts(threshold: int = BARCODE_INVOICE_LIMIT) -> st.SearchStrategy[int]:
    """Yen around the barcode-invoice threshold (BIZ-2): threshold±2 often, 0..3×threshold otherwise."""
    return cap_amounts(threshold)


# -- instants around 13:00 JST, in any time zone --------------------------------------------

_JST_OFFSET: Final = _dt.timezone(_dt.timedelta(hours=9))


def time_zones() -> st.SearchStrategy[_dt.tzinfo]:
    """Time zones a client may send: JST itself, UTC, whole and half/quarter-hour fixed
    offsets from −12:00 to +14:00, and a few IANA zones with daylight saving time."""
    from zoneinfo import ZoneInfo

    fixed = st.integers(-12 * 4, 14 * 4).map(lambda q: _dt.timezone(_dt.timedelta(minutes=15 * q)))
    named = st.sampled_from(
        ["Asia/Tokyo", "UTC", "America/New_York", "America/Los_Angeles", "Europe/London", "Asia/Kolkata",
         "Australia/Lord_Howe", "Pacific/Kiritimati", "Pacific/Pago_Pago"]
    ).map(ZoneInfo)  # fmt: skip
    return st.one_of(st.just(_JST_OFFSET), st.just(_dt.UTC), fixed, named)


@st.composite
def instants(
    draw: st.DrawFn,
    min_value: _dt.date = _dt.date(2000, 1, 1),
    max_value: _dt.date = _dt.date(2090, 12, 31),
    *,
    around: tuple[_dt.time, ...] = (_dt.time(13, 0), _dt.time(0, 0)),
    time_zone: st.SearchStrategy[_dt.tzinfo] | None = None,
) -> _dt.datetime:
    """Aware instants whose JST wall-clock time is often just before, at or just after one
    of ``around`` (13:00 JST, BIZ-1's order cutoff, and midnight JST, where the JST date
    changes), expressed in any time zone (:func:`time_zones`): the same instant shows a
    different local date and time, which is what a billing system must not be fooled by.
    """
    day = draw(dates(min_value, max_value))
    pick = draw(st.integers(0, 3))
    if pick == 0:
        wall = _dt.datetime.combine(day, draw(st.times()))
    else:
        t = draw(st.sampled_from(around))
        delta = draw(
            st.sampled_from((0, -1, 1, -60, 60)).map(lambda s: _dt.timedelta(seconds=s))
            | st.integers(-1, 1).map(lambda us: _dt.timedelta(microseconds=us))
            | st.integers(-3600, 3600).map(lambda s: _dt.timedelta(seconds=s))
        )
        wall = _dt.datetime.combine(day, t) + delta
    instant = wall.replace(tzinfo=_JST_OFFSET)
    tz = draw(time_zone if time_zone is not None else time_zones())
    return instant.astimezone(tz)


# -- 142 digit strings (FWD-2, FWD-3) ------------------------------------------------------

FORWARDING_OPERATION_KINDS: Final = (
    "11", "12", "13", "14", "0", "2", "40", "41", "80", "431", "430", "82",
)  # fmt: skip
"""The operations of the FWD-2 table, by their leading digits."""


def destination_numbers(*, valid: bool = True) -> st.SearchStrategy[str]:
    """Destination numbers as FWD-2 wants them dialled: ASCII digits from the area code,
    starting with 0, 10 (fixed) or 11 (mobile/IP) digits long.  ``valid=False`` gives
    near misses: 9 or 12 digits, no leading 0, a non-digit, full-width digits, empty."""
    if valid:
        return (
            st.sampled_from((9, 10))
            .flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n))
            .map(lambda rest: "0" + rest)
        )
    return st.one_of(
        st.sampled_from((8, 11))
        .flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n))
        .map(lambda r: "0" + r),
        st.sampled_from((10, 11)).flatmap(lambda n: st.text("123456789", min_size=n, max_size=n)),
        st.sampled_from(("03-1234-5678", "０３１２３４５６７８", "", "0312345*78", "+81312345678")),
    )


def _valid_operation() -> st.SearchStrategy[str]:
    pin = st.text("0123456789", min_size=4, max_size=4)
    return st.one_of(
        st.sampled_from(("11", "12", "13", "14", "0", "80", "430", "82")),
        destination_numbers().map(lambda n: "2" + n + "#"),
        st.tuples(st.integers(1, 4), destination_numbers()).map(lambda t: f"40{t[0]}{t[1]}#"),
        st.integers(0, 4).map(lambda slot: f"41{slot}"),
        pin.map(lambda p: "431" + p),
    )


def _invalid_operation() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(
            ("", "1", "15", "10", "3", "5", "6", "7", "9", "4", "42", "44", "81", "83", "8", "43", "432",
             "110", "00", "#", "*", "1 1", "１１", "4315", "405", "415", "400")
        ),
        destination_numbers(valid=False).map(lambda n: "2" + n + "#"),
        destination_numbers().map(lambda n: "2" + n),  # no closing #
        st.tuples(st.sampled_from((0, 5, 9)), destination_numbers()).map(lambda t: f"40{t[0]}{t[1]}#"),
        st.integers(5, 9).map(lambda slot: f"41{slot}"),
        st.sampled_from((0, 1, 2, 3, 5, 6)).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n)).map(
            lambda p: "431" + p
        ),
        _valid_operation().map(lambda s: s + "1"),
    )  # fmt: skip


def forwarding_digits(*, valid: bool | None = None) -> st.SearchStrategy[str]:
    """Strings dialled after 142 (FWD-2): every operation of the table with valid
    destinations, slots and PINs (``valid=True``); near misses — unknown codes, slots
    out of range, a missing ``#``, bad destination numbers, PINs of the wrong length,
    trailing digits, full-width digits (``valid=False``); or both (``None``).

    >>> from hypothesis import given
    >>> @given(forwarding_digits(valid=True))
    ... def test_ascii(s):
    ...     assert s.isascii() and s[:1] in "01248"
    >>> test_ascii()
    """
    if valid is True:
        return _valid_operation()
    if valid is False:
        return _invalid_operation()
    return st.one_of(_valid_operation(), _invalid_operation())


def remote_digits(*, valid: bool | None = None) -> st.SearchStrategy[str]:
    """Strings dialled after the remote-control access number (FWD-3): the contract
    line's 10-digit number starting with 0, ``#``, the 4-digit PIN, then ``1`` (start),
    ``0`` (stop) or ``2`` and a slot 0–4.  ``valid=False`` gives malformed ones (the PIN's
    correctness is a matter of state, not of form, so a wrong PIN is still "valid" here).
    """
    line = st.text("0123456789", min_size=9, max_size=9).map(lambda r: "0" + r)
    pin = st.text("0123456789", min_size=4, max_size=4)
    action = st.sampled_from(("1", "0")) | st.integers(0, 4).map(lambda s: f"2{s}")
    good = st.tuples(line, pin, action).map(lambda t: f"{t[0]}#{t[1]}{t[2]}")
    bad = st.one_of(
        st.tuples(line, pin).map(lambda t: f"{t[0]}#{t[1]}"),  # no action
        st.tuples(line, pin).map(lambda t: f"{t[0]}{t[1]}1"),  # no #
        st.tuples(line, pin, st.sampled_from(("3", "25", "29", "11", "2"))).map(lambda t: f"{t[0]}#{t[1]}{t[2]}"),
        st.tuples(destination_numbers(valid=False), pin).map(lambda t: f"{t[0]}#{t[1]}1"),
        st.tuples(line, st.text("0123456789", min_size=3, max_size=3)).map(lambda t: f"{t[0]}#{t[1]}1"),
        st.tuples(st.text("0123456789", min_size=10, max_size=10).map(lambda r: "0" + r), pin).map(
            lambda t: f"{t[0]}#{t[1]}1"
        ),
    )
    if valid is True:
        return good
    if valid is False:
        return bad
    return st.one_of(good, bad)


# -- every public value type: real results of the rules, real rows of their tables ---------------


def _rule(module: str, name: str) -> Callable[..., Any]:
    """The public rule function ``hikari_rules.<module>.<name>``, looked up at each call (so a
    test that wraps the module's function sees every call these strategies make)."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(f"hikari_rules.{module}"), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = f"{module}.{name}"
    return call


def _found_in(value: object, cls: type, out: dict[int, object], depth: int = 0) -> None:
    """Every instance of ``cls`` inside ``value`` (tuples, sets, mappings, attrs instances)."""
    if depth > 6:
        return
    if isinstance(value, cls):
        out.setdefault(id(value), value)
    elif isinstance(value, tuple | list | frozenset | set):
        for v in value:
            _found_in(v, cls, out, depth + 1)
    elif isinstance(value, Mapping):
        for k, v in value.items():
            _found_in(k, cls, out, depth + 1)
            _found_in(v, cls, out, depth + 1)
    elif attrs.has(type(value)):
        for f in attrs.fields(type(value)):  # type: ignore[arg-type]
            _found_in(getattr(value, f.name), cls, out, depth + 1)


def _table_rows(cls: type, *modules: str) -> st.SearchStrategy[Any]:
    """The rows of type ``cls`` of the source tables the given modules publish (their
    ``__all__`` constants), as the library holds them: a row is data, never invented."""
    out: dict[int, object] = {}
    for module in modules:
        mod = importlib.import_module(f"hikari_rules.{module}")
        for name in getattr(mod, "__all__", ()):
            value = getattr(mod, name)
            if not callable(value) or isinstance(value, Mapping):
                _found_in(value, cls, out)
    if not out:
        raise LookupError(f"no {cls.__name__} in the tables of {modules}")
    return st.sampled_from(list(out.values()))


# 着信転送 (FWD-2, FWD-3, FWD-4, FWD-5)


def _operation_digits() -> dict[str, st.SearchStrategy[str]]:
    """Valid digits of each operation of the FWD-2 table, by the class it parses to."""
    pin = st.text("0123456789", min_size=4, max_size=4)
    return {
        "Start": st.sampled_from(("11", "12", "13", "14")),
        "Stop": st.just("0"),
        "SetDestination": destination_numbers().map(lambda n: "2" + n + "#"),
        "StoreSlot": st.tuples(st.integers(1, 4), destination_numbers()).map(lambda t: f"40{t[0]}{t[1]}#"),
        "ChooseSlot": st.integers(0, 4).map(lambda slot: f"41{slot}"),
        "ReadList": st.just("80"),
        "EnableRemote": pin.map(lambda p: "431" + p),
        "DisableRemote": st.just("430"),
        "ReadRemote": st.just("82"),
    }


def forwarding_operations(kind: str | None = None) -> st.SearchStrategy[Any]:
    """Operations of the FWD-2 table as :func:`hikari_rules.call_forwarding.parse_operation`
    reads them from valid digits: any, or only those of one class (``kind="StoreSlot"``…)."""
    if kind is None:
        digits = forwarding_digits(valid=True)
    else:
        table = _operation_digits()
        if not isinstance(kind, str):
            raise TypeError(f"FWD-2: kind: expected a str or None, got {type(kind).__name__}")
        if kind not in table:
            raise RuleInputError(f"expected one of {sorted(table)}, got {kind[:20]!r}", parameter="kind", rule="FWD-2")
        digits = table[kind]
    return digits.map(_rule("call_forwarding", "parse_operation"))


def remote_operations() -> st.SearchStrategy[Any]:
    """Remote-control operations (FWD-3) as ``parse_remote_operation`` reads valid digits."""
    return remote_digits(valid=True).map(_rule("call_forwarding", "parse_remote_operation"))


_READ_LIST: Final = "80"  # FWD-2 「8 0」: read back the list; changes nothing, never refused


@st.composite
def forwarding_settings(draw: st.DrawFn, max_operations: int = 12) -> Any:
    """Settings a line reaches from ``INITIAL_SETTINGS``: up to ``max_operations`` drawn
    operations dialled after 142 (FWD-2) or by remote control with the registered PIN
    (FWD-3), each through ``apply`` / ``apply_remote`` (a refused one changes nothing).
    The last step is always a call of ``apply``, so every drawn value is its result."""
    from hikari_rules import call_forwarding as cf

    apply, apply_remote = _rule("call_forwarding", "apply"), _rule("call_forwarding", "apply_remote")
    parse_remote = _rule("call_forwarding", "parse_remote_operation")
    steps = draw(
        st.lists(st.one_of(forwarding_operations(), remote_digits(valid=True)), max_size=max(0, max_operations - 1))
    )
    # a line in use often has a destination (set, or stored in a list slot and chosen) and runs
    setup = draw(st.sampled_from(("", "destination", "slot")))
    if setup:
        table = _operation_digits()
        first = [draw(table["SetDestination"])] if setup == "destination" else []
        if setup == "slot":
            slot = draw(st.integers(1, 4))
            first = [f"40{slot}{draw(destination_numbers())}#", f"41{slot}"]
        first.append(draw(table["Start"]))
        parse = _rule("call_forwarding", "parse_operation")
        steps = [parse(d) for d in first] + steps
    s = cf.INITIAL_SETTINGS
    for step in steps:
        try:
            if isinstance(step, str):  # remote control: dial it with the registered PIN, if any
                if s.remote_pin is None:
                    continue
                line, rest = step.split("#")
                s = apply_remote(s, parse_remote(f"{line}#{s.remote_pin}{rest[4:]}"))
            else:
                s = apply(s, step)
        except RuleInputError:
            continue
    last = draw(forwarding_operations())
    try:
        return apply(s, last)
    except RuleInputError:
        return apply(s, cf.parse_operation(_READ_LIST))


def incoming_calls() -> st.SearchStrategy[Any]:
    """Incoming calls (FWD-4): every combination of busy, answered in time, number withheld,
    ナンバー・リクエスト and 着信拒否."""
    from hikari_rules.call_forwarding import IncomingCall

    return st.builds(IncomingCall, *(st.booleans() for _ in attrs.fields(IncomingCall)))


def _forwarded_calls() -> st.SearchStrategy[Any]:
    return st.builds(
        _rule("call_forwarding", "forwarded_call"),
        destination_numbers(),
        caller_number=st.none() | destination_numbers(),
        destination_displays_number=st.booleans(),
    )


# 本人確認 (IDV-2..5)


def _listed_kinds(applicant: Any) -> list[Any]:
    """The document kinds the IDV-2..4 tables list for ``applicant`` (read from the tables)."""
    from hikari_rules import identity as idv

    tables: tuple[object, ...] = (
        (idv.INDIVIDUAL_DOCUMENTS, idv.SUPPLEMENTARY_DOCUMENTS)
        if applicant is idv.Applicant.INDIVIDUAL
        else (idv.CORPORATE_DOCUMENTS, idv.CORPORATE_ADDRESS_DOCUMENTS)
    )
    out: dict[int, object] = {}
    _found_in(tables, idv.DocumentType, out)
    return sorted(out.values(), key=list(idv.DocumentType).index)


_REVIEW_FLAGS: Final = ("name_matches", "address_matches", "unclear", "painted_over")
_DEFECT_FLAGS: Final = ("altered", "shows_my_number", "shows_honseki", "back_has_changes", "holder_entries_filled",
                        "has_photo", *_REVIEW_FLAGS)  # fmt: skip


@st.composite
def submitted_documents(draw: st.DrawFn, on: _dt.date | None = None, applicant: Any = None) -> Any:
    """One uploaded document, checked ``on`` a date (drawn when None); with an ``applicant``,
    mostly of the kinds its tables list.  About half are clean (the sides the table asks
    for, valid on ``on``, dated within six months, health-insurance numbers masked), a fifth
    clean but for a mismatched name or address or an unclear or painted-over part (IDV-5's
    review), the others with defects: missing sides, expiry on, just before or after ``on``,
    dated around the six-month limit, masked parts, alteration, My Number or 本籍 shown."""
    from hikari_rules import identity as idv

    on = draw(calendar_dates()) if on is None else on
    every = list(idv.DocumentType)
    listed = _listed_kinds(applicant) if applicant is not None else every
    kind = (
        draw(st.sampled_from(listed) | st.sampled_from(every)) if listed is not every else draw(st.sampled_from(every))
    )
    quality = draw(st.sampled_from(("clean", "clean", "review", "defect", "defect")))
    clean = quality != "defect"
    sides = idv.required_sides(kind) if clean else tuple(draw(st.sets(st.sampled_from(list(idv.Side)), max_size=3)))
    days = st.integers(-400, 800).map(lambda n: on + _dt.timedelta(days=n))
    edge = st.sampled_from((-1, 0, 1)).map(lambda n: on + _dt.timedelta(days=n))
    expires = on + _dt.timedelta(days=draw(st.integers(0, 3_000))) if clean else draw(st.none() | days | edge)
    six = idv.six_months_before(on)
    within = st.integers(0, (on - six).days).map(lambda n: on - _dt.timedelta(days=n))
    dated: _dt.date | None
    if clean:
        dated = draw(within)
    else:
        dated = draw(
            st.none()
            | within
            | st.sampled_from((six, six - _dt.timedelta(days=1)))
            | st.integers(0, 900).map(lambda n: on - _dt.timedelta(days=n))
        )
    masked: tuple[Any, ...] = ()
    if kind is idv.DocumentType.HEALTH_INSURANCE_CARD and (clean or draw(st.booleans())):
        masked = idv.HEALTH_INSURANCE_MASKED_PARTS
    elif not clean:
        masked = tuple(draw(st.sets(st.sampled_from(list(idv.MaskedPart)), max_size=2)))
    defaults = {a.name: a.default for a in attrs.fields(idv.SubmittedDocument)}
    flags: dict[str, bool] = {}
    if quality != "clean":
        pool = _REVIEW_FLAGS if quality == "review" else _DEFECT_FLAGS
        for name in draw(st.sets(st.sampled_from(pool), min_size=1, max_size=3)):
            flags[name] = not defaults[name]
    stay = None
    if kind.name == "RESIDENCE_CARD":
        stay = draw(st.none() | edge | st.integers(1, 2_000).map(lambda n: on + _dt.timedelta(days=n)) | days)
    try:
        return idv.SubmittedDocument(kind, sides, expires_on=expires, dated_on=dated, stay_expires_on=stay,
                                     masked=masked, **flags)  # fmt: skip
    except RuleInputError:  # a kind that always prints an expiry date (IDV-5): give it one
        return idv.SubmittedDocument(kind, sides, expires_on=on + _dt.timedelta(days=30), dated_on=dated,
                                     stay_expires_on=stay, masked=masked, **flags)  # fmt: skip


@st.composite
def identity_submissions(draw: st.DrawFn) -> tuple[Any, tuple[Any, ...], _dt.date]:
    """``(applicant, documents, on)`` for :func:`hikari_rules.identity.verify`: one to three
    documents, mostly of the kinds the applicant's tables list (so complete, incomplete,
    review and invalid-extra-document submissions all occur), each dated no later than ``on``."""
    from hikari_rules import identity as idv

    applicant = draw(st.sampled_from(list(idv.Applicant)))
    on = draw(dates(_dt.date(2000, 1, 1), _dt.date(2060, 12, 31)))
    documents = tuple(draw(st.lists(submitted_documents(on, applicant), min_size=1, max_size=3)))
    return applicant, documents, on


def verdicts() -> st.SearchStrategy[Any]:
    """Verdicts of :func:`hikari_rules.identity.verify` on :func:`identity_submissions`."""
    verify = _rule("identity", "verify")
    return identity_submissions().map(lambda s: verify(*s))


# プレビュー (the composed bill preview) and the withdrawal planner


def _individual_methods() -> list[Any]:
    from hikari_rules.payment import PaymentMethod

    return [m for m in PaymentMethod if m.name not in ("CEDYNA", "USEN")]  # PAY-2: corporate only


@st.composite
def installments(draw: st.DrawFn, start: _dt.date | None = None) -> Any:
    """Construction installments (FEE-3): a total, a monthly installment, a first month."""
    from hikari_rules.preview import Installments

    first = Month.of(start) + draw(st.integers(0, 2)) if start is not None else draw(months())
    return Installments(draw(st.integers(0, 60_000)), draw(st.integers(0, 3_000)), first)


@st.composite
def subscribers(draw: st.DrawFn, *, withdrawn: bool | None = None) -> Any:
    """Subscribers for :func:`hikari_rules.preview.preview` and ``timeline``: individual or
    corporate, with payment methods PAY-2 allows, with or without construction installments,
    着信転送, まとめて支払い purchases (monthly and per use) and a withdrawal (``withdrawn``
    True / False forces one way; None draws either)."""
    from hikari_rules.billing import PerUsePurchase, Subscription
    from hikari_rules.fees import Dwelling
    from hikari_rules.payment import PaymentMethod
    from hikari_rules.preview import CallForwarding, PassportMonthly, PassportPerUse, Subscriber, Withdrawal
    from hikari_rules.withdrawal import Applicant, Channel, withdrawal_month_options

    start = draw(dates(_dt.date(2018, 1, 1), _dt.date(2030, 12, 31)))
    s_month = Month.of(start)
    applicant = draw(st.sampled_from(list(Applicant)))
    methods = list(PaymentMethod) if applicant is Applicant.CORPORATE else _individual_methods()
    applied = draw(st.none() | dates(start - _dt.timedelta(days=400), start))
    dwelling = (
        draw(st.sampled_from(list(Dwelling))) if applied is not None and applied > _dt.date(2022, 6, 30) else None
    )
    construction = draw(st.none() | installments(start))
    forwarding = None
    if draw(st.booleans()):
        forwarding = CallForwarding(
            draw(dates(start, (s_month + 12).last_day)), draw(st.booleans()), draw(st.none() | st.just(550))
        )
    wd = None
    if withdrawn is True or (withdrawn is None and draw(st.booleans())):
        lo = max(start, forwarding.started_on if forwarding else start)
        app = draw(dates(lo, lo + _dt.timedelta(days=2_000)))
        corporate = applicant is Applicant.CORPORATE
        channel = draw(st.sampled_from([Channel.PHONE, Channel.PAPER] if corporate else [Channel.PHONE, Channel.WEB]))
        requested = draw(st.sampled_from(withdrawal_month_options(app, applicant=applicant, channel=channel)))
        removal = draw(st.none() | dates(app, app + _dt.timedelta(days=60)))
        reversion = draw(st.none() | dates(app, app + _dt.timedelta(days=90)))
        wd = Withdrawal(app, requested, channel, removal, reversion)
    monthly = draw(
        st.lists(
            st.builds(
                lambda d, later, price: PassportMonthly(
                    "svc", price, Subscription(d, None if later is None else d + _dt.timedelta(days=later))
                ),
                dates(start - _dt.timedelta(days=60), start + _dt.timedelta(days=900)),
                st.none() | st.integers(0, 400),
                st.integers(0, 3_000),
            ),
            max_size=3,
        )
    )
    per_use = draw(
        st.lists(
            st.builds(
                lambda d, price: PassportPerUse(d, PerUsePurchase("item", price)),
                dates(start, start + _dt.timedelta(days=900)),
                st.integers(0, 2_000),
            ),
            max_size=3,
        )
    )
    return Subscriber(
        start,
        draw(cap_amounts()),
        draw(st.sampled_from(methods)),
        applicant=applicant,
        applied_on=applied,
        dwelling=dwelling,
        first_month_charge=draw(st.none() | amounts(max_value=200_000)),
        construction=construction,
        call_forwarding=forwarding,
        passport_monthly=tuple(monthly),  # type: ignore[arg-type]  # its converter is typed Iterable[T], T unbound
        passport_per_use=tuple(per_use),  # type: ignore[arg-type]
        withdrawal=wd,
    )


def _through(sub: Any, extra: int) -> Month | None:
    return None if sub.withdrawal is not None else Month.of(sub.service_start) + extra


def timelines() -> st.SearchStrategy[Any]:
    """Timelines of :func:`hikari_rules.preview.timeline` on :func:`subscribers` (up to about
    three years of statements without a withdrawal)."""
    timeline = _rule("preview", "timeline")
    return st.tuples(subscribers(), st.integers(0, 36)).map(lambda t: timeline(t[0], through=_through(t[0], t[1])))


@st.composite
def statements(draw: st.DrawFn) -> Any:
    """Statements of :func:`hikari_rules.preview.preview` for a drawn subscriber: a month from
    a year before the service start to four years after it or, for one who withdraws, often
    the months after the requested withdrawal month (where the fees and the last usage fall)."""
    from hikari_rules.preview import Withdrawal

    sub = draw(subscribers())
    start = Month.of(sub.service_start)
    month = st.integers(-12, 48).map(lambda k: start + k)
    if isinstance(sub.withdrawal, Withdrawal):
        requested = sub.withdrawal.requested_month
        month = month | st.integers(0, 4).map(lambda k: requested + k)
    return _rule("preview", "preview")(sub, draw(month))


@st.composite
def planner_inputs(draw: st.DrawFn, max_horizon: int = 48) -> tuple[Any, Any, _dt.date, int]:
    """``(contract, person, today, horizon)`` for :func:`hikari_rules.planner.plan`: any
    service start the calendar covers, today from the start month to about twelve years on,
    channels WD-2 allows, payment methods PAY-2 allows, removal, number keeping, a switch of
    operator, construction installments and a minimum-usage period."""
    from hikari_rules import withdrawal
    from hikari_rules.fees import Dwelling, MinimumUsage, RemovalTrigger
    from hikari_rules.payment import PaymentMethod
    from hikari_rules.planner import Contract, Leaving, Person
    from hikari_rules.withdrawal import Applicant, NumberOrigin, Region

    start = draw(dates(_dt.date(1990, 1, 1), _dt.date(2090, 12, 31)))
    today = start + _dt.timedelta(days=draw(st.integers(0, 40) | st.integers(0, 4_500)))
    applicant = draw(st.sampled_from(list(Applicant)))
    allowed = [c for c in withdrawal.Channel if withdrawal.channel_allowed(applicant, c)]
    channels = tuple(draw(st.lists(st.sampled_from(allowed), unique=True, max_size=len(allowed))))
    leaving = draw(st.sampled_from(list(Leaving)))
    removal = None if leaving is Leaving.OPERATOR_SWITCH else draw(st.none() | st.sampled_from(list(RemovalTrigger)))
    keep = draw(st.none() | st.sampled_from(list(NumberOrigin)))
    reversion = None
    if keep is not None:
        reversion = draw(st.none() | st.integers(-30, 200).map(lambda n: today + _dt.timedelta(days=n)))
    methods = list(PaymentMethod) if applicant is Applicant.CORPORATE else _individual_methods()
    applied_on = draw(st.none() | st.integers(0, 60).map(lambda n: start - _dt.timedelta(days=n)))
    dwelling = draw(st.sampled_from(list(Dwelling))) if applied_on is not None and applied_on.year >= 2022 else None
    contract = Contract(
        start,
        draw(st.sampled_from(methods)),
        monthly_charge=draw(st.none() | st.integers(0, 12_000)),
        first_month_charge=draw(st.none() | st.integers(0, 12_000)),
        applied_on=applied_on,
        dwelling=dwelling,
        minimum_usage=draw(st.none() | st.builds(MinimumUsage, st.integers(1, 40), st.integers(0, 30_000))),
        construction=draw(st.none() | installments(start)),
    )
    person = Person(
        applicant=applicant,
        channels=channels,
        region=draw(st.sampled_from(list(Region))),
        removal=removal,
        keep_number=keep,
        reversion_expected_on=reversion,
        leaving=leaving,
    )
    return contract, person, today, draw(st.integers(1, min(6, max_horizon)) | st.integers(1, max(1, max_horizon)))


def plans(max_horizon: int = 48) -> st.SearchStrategy[Any]:
    """Plans of :func:`hikari_rules.planner.plan` on :func:`planner_inputs` (horizons up to ``max_horizon``)."""
    plan = _rule("planner", "plan")
    return planner_inputs(max_horizon).map(lambda t: plan(t[0], t[1], t[2], horizon=t[3]))


# calls of the rule functions, their explanations and oracle cases


def _rule_calls() -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    """``(rule name, keyword arguments)`` of rule functions on inputs they accept."""
    term_calls = service_start_dates().flatmap(
        lambda d: months(d, _dt.date(2090, 12, 31)).map(lambda m: {"service_start": d, "month": m})
    )
    return st.one_of(
        term_calls.map(lambda kw: ("contract_term.contract_month", kw)),
        term_calls.map(lambda kw: ("contract_term.is_renewal_month", kw)),
        subscriptions(open_ended=False).map(
            lambda s: ("billing.charged_months", {"purchased_on": s[0], "cancelled_on": s[1]})
        ),
        cap_amounts().map(lambda a: ("billing.split_consolidated", {"amount": a})),
        invoice_amounts().map(lambda a: ("payment.invoice_kind", {"amount": a})),
        forwarding_digits(valid=True).map(lambda s: ("call_forwarding.parse_operation", {"digits": s})),
        identity_submissions().map(lambda s: ("identity.verify", {"applicant": s[0], "documents": s[1], "on": s[2]})),
    )


def _call_rule(call: tuple[str, dict[str, Any]]) -> Any:
    module, name = call[0].split(".")
    return _rule(module, name)(**call[1])


def explanations() -> st.SearchStrategy[Any]:
    """Explanations by :func:`hikari_rules.explain` of rule functions on accepted inputs."""
    explain = _rule("explanation", "explain")

    def run(call: tuple[str, dict[str, Any]]) -> Any:
        module, name = call[0].split(".")
        return explain(getattr(importlib.import_module(f"hikari_rules.{module}"), name), **call[1])

    return _rule_calls().map(run)


def _case_record(call: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    from hikari_rules.oracle import encode

    return {"rule": call[0], "args": {k: encode(v) for k, v in call[1].items()}, "expected": encode(_call_rule(call))}


def cases() -> st.SearchStrategy[Any]:
    """Cases as the oracle reads them from a file: a rule, its arguments and the result the
    rule gives (so they pass), at a drawn line of ``<hypothesis>``."""
    from hikari_rules.oracle import Case

    return st.builds(Case, st.just("<hypothesis>"), st.integers(1, 10_000), _rule_calls().map(_case_record))


def _case_results() -> st.SearchStrategy[Any]:
    run_case = _rule("oracle", "run_case")

    def wrong(record: dict[str, Any], kind: int) -> dict[str, Any]:
        if kind == 1:  # a billing system's wrong result
            return {**record, "expected": None if record["expected"] is not None else 0}
        if kind == 2:  # a malformed case
            return {**record, "rule": "no_module.no_function"}
        return record

    return st.tuples(_rule_calls().map(_case_record), st.integers(0, 2), st.integers(1, 10_000)).map(
        lambda t: run_case(wrong(t[0], t[1]), source="<hypothesis>", line=t[2])
    )


@st.composite
def _reports(draw: st.DrawFn) -> Any:
    from hikari_rules.oracle import FileProblem, Report

    results = draw(st.lists(_case_results(), max_size=5))
    count = {status: sum(r.status == status for r in results) for status in ("passed", "failed", "malformed")}
    files = draw(st.lists(st.builds(FileProblem, st.text(min_size=1), st.text(min_size=1)), max_size=2))
    problems = [r for r in results if r.status != "passed"]
    return Report(**count, files=files, problems=problems, stopped=draw(st.booleans()))


# -- registration with Hypothesis ----------------------------------------------------------------


def _value_classes() -> list[type]:
    """The attrs classes the rule functions take or return (and those their fields hold)."""
    import typing

    from hikari_rules.oracle.functions import rule_functions

    found: dict[type, None] = {}

    def walk(hint: object) -> None:
        if isinstance(hint, type) and attrs.has(hint) and hint not in found:
            found[hint] = None
            for field_hint in typing.get_type_hints(hint).values():
                walk(field_hint)
        for arg in typing.get_args(hint):
            walk(arg)

    for func in rule_functions().values():
        for hint in typing.get_type_hints(func).values():
            walk(hint)
    return list(found)


def _field_strategy(hint: object) -> st.SearchStrategy[object]:
    """Values of a field type as the rules expect them (whole yen are never negative)."""
    import typing

    if hint is int:
        return amounts()
    if hint is _dt.date:
        return dates()
    if hint is Month:
        return months()
    args = typing.get_args(hint)
    if type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return st.none() | st.one_of([_field_strategy(a) for a in rest])
    return st.from_type(hint)  # type: ignore[arg-type]


def _valid_instances(cls: type) -> st.SearchStrategy[object]:
    """Instances of an attrs class built field by field, keeping those its validators accept."""
    import typing

    hints = typing.get_type_hints(cls)
    fields = {a.name: _field_strategy(hints[a.name]) for a in attrs.fields(cls) if a.init and a.name in hints}

    def build(kwargs: dict[str, object]) -> object:
        try:
            return cls(**kwargs)
        except (RuleInputError, TypeError):
            return None

    return st.fixed_dictionaries(fields).map(build).filter(lambda x: x is not None)


def _lazy_instances(cls: type) -> st.SearchStrategy[object]:
    return st.deferred(lambda: _valid_instances(cls))


@st.composite
def _contract_terms(draw: st.DrawFn) -> object:
    from hikari_rules.contract_term import ContractTerm

    term = draw(st.sampled_from((36, 24, 12)) | st.integers(1, 120))
    return ContractTerm(term, draw(st.sampled_from((2, 1)).filter(lambda w: w <= term) | st.integers(1, term)))


def _picked(results: st.SearchStrategy[Any], part: Callable[[Any], tuple[Any, ...]]) -> st.SearchStrategy[Any]:
    """One of the values ``part`` takes out of a drawn result (results without one are redrawn)."""
    return results.map(part).filter(bool).flatmap(lambda values: st.sampled_from(values))


def _type_strategies() -> dict[type, st.SearchStrategy[Any]]:
    """The strategy of each public value type that is not built field by field."""
    from hikari_rules import billing, call_forwarding, desks, identity, passport_id, payment, planner, preview, rules
    from hikari_rules import withdrawal as wd
    from hikari_rules.contract_term import ContractTerm
    from hikari_rules.explanation import Explanation
    from hikari_rules.oracle import Case, CaseResult, FileProblem, Report
    from hikari_rules.oracle.columnar import Outcome as ColumnarOutcome
    from hikari_rules.oracle.functions import Signature

    cf = call_forwarding
    non_negative = st.integers(0, 10_000_000)
    strategies: dict[type, st.SearchStrategy[Any]] = {
        Month: months(),
        billing.Subscription: subscriptions().map(lambda pair: billing.Subscription(*pair)),
        billing.ConsolidatedSplit: st.builds(
            _rule("billing", "split_consolidated"), cap_amounts(), policy=st.sampled_from(list(billing.CapPolicy))
        ),
        ContractTerm: _contract_terms(),
        WithdrawalApplication: withdrawal_applications(),
        # 着信転送: operations as parsed from their digits, settings as reached by dialling them
        cf.Settings: forwarding_settings(),
        cf.RemoteOperation: remote_operations(),
        cf.CallDecision: st.builds(_rule("call_forwarding", "decide_call"), forwarding_settings(), incoming_calls()),
        cf.ForwardedCall: _forwarded_calls(),
        cf.LegCharge: _picked(_forwarded_calls(), lambda call: call.charges),
        cf.ServiceFees: st.builds(_rule("call_forwarding", "service_fees"), with_hikari_denwa=st.booleans()),
        cf.IncomingCall: incoming_calls(),
        cf.OperationRow: _table_rows(cf.OperationRow, "call_forwarding"),
        cf.RemoteActionRow: _table_rows(cf.RemoteActionRow, "call_forwarding"),
        # 本人確認: verdicts of verify, their reasons
        identity.SubmittedDocument: submitted_documents(),
        identity.Verdict: verdicts(),
        identity.Reason: _picked(verdicts(), lambda v: v.reasons),
        identity.DocumentRow: _table_rows(identity.DocumentRow, "identity"),
        identity.ListedDocuments: _table_rows(identity.ListedDocuments, "identity"),
        # tables
        passport_id.BillingNumberChangeRow: _table_rows(passport_id.BillingNumberChangeRow, "passport_id"),
        passport_id.LineChangeRow: _table_rows(passport_id.LineChangeRow, "passport_id"),
        passport_id.StatusRow: _table_rows(passport_id.StatusRow, "passport_id"),
        payment.CollectionTerms: _table_rows(payment.CollectionTerms, "payment"),
        payment.PaymentMethodsRow: _table_rows(payment.PaymentMethodsRow, "payment"),
        desks.DeskHours: _table_rows(desks.DeskHours, "desks"),
        rules.SourceDocument: _table_rows(rules.SourceDocument, "rules"),
        rules.RuleInfo: st.sampled_from(list(rules.catalog())),
        # results of the other rule functions
        passport_id.BillPlacement: st.builds(
            _rule("passport_id", "bill_placement"),
            st.sampled_from(list(passport_id.FletsPayment)),
            omatome_billing=st.booleans(),
        ),
        passport_id.LineChangeOutcome: st.builds(
            _rule("passport_id", "line_change_outcome"),
            st.sampled_from(list(passport_id.LineChange)),
            customer_id_changed=st.booleans(),
        ),
        payment.NttFallback: st.builds(
            _rule("payment", "ntt_fallback"),
            st.none()
            | st.sampled_from([m for m in payment.PaymentMethod if m is not payment.PaymentMethod.NTT_BILLING]),
        ),  # NTT-3: NTT請求 cannot replace itself
        wd.Charge: _picked(
            st.tuples(service_start_dates(), st.integers(0, 60), st.integers(0, 60_000))
            .map(lambda t: _rule("withdrawal", "final_charges")(t[0], Month.of(t[0]) + t[1], construction_total=t[2]))
            .filter(bool),
            lambda charges: charges,
        ),
        # the preview and the planner
        preview.Installments: installments(),
        preview.Subscriber: subscribers(),
        preview.Statement: statements(),
        preview.Timeline: timelines(),
        preview.LineItem: _picked(statements(), lambda s: s.items),
        preview.BillTotal: _picked(statements(), lambda s: s.bills),
        preview.PassportMonthly: _picked(subscribers(), lambda s: s.passport_monthly),
        preview.PassportPerUse: _picked(subscribers(), lambda s: s.passport_per_use),
        preview.CallForwarding: _picked(subscribers(), lambda s: (s.call_forwarding,) if s.call_forwarding else ()),
        preview.Withdrawal: _picked(
            subscribers(withdrawn=True),
            lambda s: (s.withdrawal,) if isinstance(s.withdrawal, preview.Withdrawal) else (),
        ),
        planner.Contract: planner_inputs().map(lambda t: t[0]),
        planner.Person: planner_inputs().map(lambda t: t[1]),
        planner.Plan: plans(),
        planner.Option: _picked(plans(6), lambda p: p.options),
        planner.ApplyBy: _picked(plans(6), lambda p: tuple(a for o in p.options for a in o.apply_by)),
        planner.RemovalWindow: _picked(plans(6), lambda p: tuple(o.removal for o in p.options if o.removal)),
        planner.NumberKeeping: _picked(plans(6), lambda p: tuple(o.number for o in p.options if o.number)),
        planner.PlannedCharge: _picked(plans(6), lambda p: tuple(c for o in p.options for c in o.charges)),
        # explanations and the oracle
        Explanation: explanations(),
        Case: cases(),
        CaseResult: _case_results(),
        Report: _reports(),
        FileProblem: st.builds(FileProblem, st.text(min_size=1), st.text(min_size=1)),
        ColumnarOutcome: non_negative.flatmap(
            lambda rows: st.builds(ColumnarOutcome, st.just(rows), st.integers(0, rows))
        ),
        Signature: st.sampled_from(sorted(_rule_names())).map(_rule("oracle.functions", "signature")),
    }
    for name in _operation_digits():
        strategies[getattr(cf, name)] = forwarding_operations(name)
    return strategies


def _rule_names() -> list[str]:
    from hikari_rules.oracle.functions import rule_functions

    return list(rule_functions())


def _field_overrides() -> dict[tuple[type, str], st.SearchStrategy[Any]]:
    """What ``st.builds`` draws for fields whose type alone says too little (formats, ranges)."""
    from hikari_rules import call_forwarding as cf
    from hikari_rules import identity
    from hikari_rules.fees import MinimumUsage
    from hikari_rules.oracle import Case
    from hikari_rules.withdrawal import Applicant, Channel, Region

    pin = st.text("0123456789", min_size=4, max_size=4)
    line = st.text("0123456789", min_size=9, max_size=9).map(lambda r: "0" + r)
    without_slot = [a for a in cf.RemoteAction if a.name != "CHOOSE_AND_START"]
    return {
        (Month, "year"): st.integers(1, 9999),
        (Month, "month"): st.integers(1, 12),
        (MinimumUsage, "months"): st.integers(1, 48),
        (cf.ChooseSlot, "slot"): st.integers(0, 4),
        (cf.StoreSlot, "slot"): st.integers(1, 4),
        (cf.StoreSlot, "number"): destination_numbers(),
        (cf.SetDestination, "number"): destination_numbers(),
        (cf.EnableRemote, "pin"): pin,
        (cf.RemoteOperation, "line_number"): line,
        (cf.RemoteOperation, "pin"): pin,
        (cf.RemoteOperation, "action"): st.sampled_from(without_slot),  # choosing needs a slot: pass one
        (identity.Reason, "rule_id"): st.sampled_from(("IDV-2", "IDV-3", "IDV-4", "IDV-5")),
        (Case, "data"): _rule_calls().map(_case_record),
        (WithdrawalApplication, "applicant"): st.sampled_from(list(Applicant)),
        (WithdrawalApplication, "channel"): st.sampled_from(list(Channel)),
        (WithdrawalApplication, "region"): st.sampled_from(list(Region)),
    }


def _annotate_fields(classes: list[type]) -> None:
    """Tell ``st.builds`` what to draw for the fields of ``classes`` that need more than their type.

    Hypothesis infers a field of an attrs class from its ``Attribute.type``; a plain ``int``
    gives negative numbers every rule refuses.  The resolved type of such a field becomes
    ``Annotated[<type>, <strategy>]`` (Hypothesis's own form for "draw this"): whole yen and
    counts never negative (:func:`amounts`), and the formats and ranges of
    :func:`_field_overrides`.  Only the attrs metadata changes, as ``attrs.resolve_types``
    changes it; the annotations, ``typing.get_type_hints`` and the classes' behaviour do not.
    """
    overrides = _field_overrides()
    for cls in classes:
        try:
            hints = typing.get_type_hints(cls)
        except NameError:  # a table row typed with private names: drawn from its table only
            continue
        for field in attrs.fields(cls):
            hint = hints.get(field.name)
            strategy = overrides.get((cls, field.name))
            if strategy is None and hint is int:
                strategy = amounts()
            elif strategy is None and hint == int | None:
                strategy = st.none() | amounts()
            if strategy is not None and field.init:
                object.__setattr__(field, "type", Annotated[hint, strategy])  # as attrs.resolve_types sets it


def register_type_strategies() -> dict[type, st.SearchStrategy[Any]]:
    """Register this module's strategies with Hypothesis, so that ``st.from_type(T)`` and
    type inference in ``@given`` draw valid, varied values of every public value type ``T``
    of the package, and ``st.builds`` can resolve the field types of its attrs classes.

    - Results of the rules are drawn by calling the rule on drawn inputs, so they are real
      results: ``Verdict`` (of ``identity.verify``), ``Statement`` / ``Timeline`` (of
      ``preview``), ``Plan`` and its parts (of ``planner.plan``), ``Settings`` (reached by
      dialling operations through ``call_forwarding.apply``), the operations (parsed from
      valid digits), ``Explanation`` (of ``explain``), ``CaseResult`` (of ``run_case``)…
    - Rows of the source tables are drawn from the tables themselves.
    - Inputs are drawn biased as this module's strategies are (:class:`Month`,
      ``Subscription``, ``ContractTerm``, ``Subscriber``, ``Contract``, ``Person``,
      ``SubmittedDocument``, :class:`WithdrawalApplication`…); any other attrs class a
      rule function takes is built field by field (dates, months, whole non-negative yen)
      and kept when its own validation accepts it.

    Enums need nothing: Hypothesis draws their members.  Returns the strategy registered
    for each type.  Hypothesis calls it itself through the ``hypothesis`` entry point group
    when the package is installed; calling it again is harmless.
    """
    special = _type_strategies()
    registered: dict[type, st.SearchStrategy[Any]] = {}
    for cls in _value_classes():
        if cls not in special:
            attrs.resolve_types(cls)
            registered[cls] = _lazy_instances(cls)
    for cls, strategy in special.items():
        if attrs.has(cls):
            with contextlib.suppress(NameError):  # a table row typed with private names needs no inference
                attrs.resolve_types(cls)
        registered[cls] = strategy
    for cls, strategy in registered.items():
        st.register_type_strategy(cls, strategy)
    _annotate_fields([cls for cls in registered if attrs.has(cls)])
    return registered


register_type_strategies()  # importing the module registers them (and so does Hypothesis's entry point)
