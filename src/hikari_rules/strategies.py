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
  dialled after 142 / to the remote-control number (FWD-2, FWD-3).

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

import datetime as _dt
import enum
from typing import Final

import attrs

try:
    from hypothesis import strategies as st
except ImportError as exc:  # the optional extra is not installed
    raise ImportError(
        "hikari_rules.strategies needs Hypothesis: pip install 'hikari-rules[strategies]'", name=exc.name
    ) from exc

from hikari_rules._month import Month
from hikari_rules.billing import NTT_BILLING_CAP
from hikari_rules.payment import BARCODE_INVOICE_LIMIT

__all__ = [
    "FORWARDING_OPERATION_KINDS",
    "INVALID_CHANNEL",
    "WithdrawalApplication",
    "amounts",
    "calendar_dates",
    "cap_amounts",
    "dates",
    "destination_numbers",
    "forwarding_digits",
    "instants",
    "invoice_amounts",
    "month_end_dates",
    "months",
    "remote_digits",
    "service_start_dates",
    "subscriptions",
    "time_zones",
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

    from hikari_rules.errors import RuleInputError

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


def register_type_strategies() -> None:
    """Register this module's strategies with Hypothesis, so that ``st.from_type(Month)``,
    ``st.from_type(Subscription)``, ``st.builds(Subscription)`` and type inference in
    ``@given`` draw values biased the same way.

    Every attrs class the rule functions take or return gets its field types resolved
    (so ``st.builds`` can infer them) and a registered strategy: the biased ones of this
    module for :class:`Month`, ``Subscription``, ``ContractTerm`` and
    :class:`WithdrawalApplication`; for the others, instances built field by field (dates,
    months and amounts as above) that the class's own validation accepts.

    Hypothesis calls it itself through the ``hypothesis`` entry point group when the
    package is installed; calling it again is harmless.
    """
    from hikari_rules.billing import Subscription
    from hikari_rules.contract_term import ContractTerm

    st.register_type_strategy(Month, months())
    special: dict[type, st.SearchStrategy[object]] = {
        Subscription: subscriptions().map(lambda pair: Subscription(*pair)),
        ContractTerm: _contract_terms(),
        WithdrawalApplication: withdrawal_applications(),
    }
    for cls in _value_classes():
        if cls is Month:
            continue
        attrs.resolve_types(cls)
        if cls not in special:
            st.register_type_strategy(cls, _lazy_instances(cls))
    for cls, strategy in special.items():
        attrs.resolve_types(cls)
        st.register_type_strategy(cls, strategy)


register_type_strategies()  # importing the module registers them (and so does Hypothesis's entry point)
