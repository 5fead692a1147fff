"""Withdrawal (退会) timing, number retention and the final charges (WD-1..8, NUM-1..3, FEE-2).

Source: WITHDRAW, from 「退会の申請はいつまでにすればいい?」 on.  A withdrawal takes
effect only at a month end (WD-1); the *withdrawal month* is the last month of service,
and withdrawal completes at 00:00 JST on the 1st of the next month, the *completion
month* (WD-4), in which the cancellation fee and the other one-off charges arise (FEE-2).
Removal construction (WD-5) sets the withdrawal month, and the reversion of a kept phone
number to an analog line (NUM-2) can push it later; the number is lost unless the
reversion completes within 75 days of the application (NUM-3).  A switch of operator
(事業者変更) ends the membership on the day the line opens at the new operator (WD-8).

Each rule is declared right above the code that implements it, with the clauses that
say how it decides; the branch that decides records its clause while an explanation runs.

>>> import datetime
>>> withdrawal_month_options(datetime.date(2026, 9, 3))
(Month(2026, 9), Month(2026, 10))
>>> completion_instant(Month(2026, 9))
datetime.datetime(2026, 10, 1, 0, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Tokyo'))
>>> [(c.kind.name, c.amount, str(c.charge_month), str(c.billing_month))
...  for c in final_charges(datetime.date(2024, 4, 10), Month(2026, 9))]
[('MONTHLY_USAGE', None, '2026-09', '2026-10'), ('CANCELLATION_FEE', 20000, '2026-10', '2026-11')]
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NoReturn

import attrs

from hikari_rules import fees as _fees
from hikari_rules._check import check_date, check_enum, check_money, check_optional_date, month_index
from hikari_rules._month import Month
from hikari_rules._registry import TRACE, Trace, implements, rule
from hikari_rules._text import fmt, labels
from hikari_rules.contract_term import SONET_HIKARI_PLUS, ContractTerm, _check_term
from hikari_rules.dates import JST
from hikari_rules.errors import RuleInputError
from hikari_rules.fees import Dwelling, MinimumUsage

__all__ = [
    "APPROVAL_NUMBER_DELIVERY_HOURS",
    "CORPORATE_PAPER_CUTOFF_DAY",
    "MYPAGE_MONTHS_AFTER_WITHDRAWAL",
    "NUMBER_RETENTION_DAYS",
    "PROOF_OF_WITHDRAWAL",
    "REMOVAL_LEAD_DAYS",
    "WITHDRAWAL_CERTIFICATE_ISSUED",
    "WITHDRAWAL_CHANNELS",
    "Applicant",
    "Channel",
    "Charge",
    "ChargeKind",
    "NumberOrigin",
    "ProofDocument",
    "Region",
    "can_keep_number",
    "channel_allowed",
    "completion_instant",
    "completion_month",
    "earliest_removal_date",
    "earliest_withdrawal_month",
    "effective_withdrawal_month",
    "final_charges",
    "mypage_available_until",
    "needs_analog_reversion",
    "number_retained",
    "number_retention_deadline",
    "operator_switch_withdrawal_month",
    "proof_of_withdrawal",
    "withdrawal_month_options",
]

# -- month and day arithmetic shared by the rules below --------------------------------------------

_MAX_INDEX: Final = 9999 * 12 + 11
_MAX_ORDINAL: Final = _dt.date.max.toordinal()
_from_index: Final = Month.from_index  # bound once: the hot path skips the attribute look-up
_date = _dt.date


def _month(index: int, parameter: str, rule: str) -> Month:
    if index > _MAX_INDEX:
        raise RuleInputError(
            "the result would be after 9999-12 (the last month a date can have)", parameter=parameter, rule=rule
        )
    return Month.from_index(index)


def _add_days(d: _dt.date, days: int, parameter: str, rule: str) -> _dt.date:
    o = d.toordinal() + days
    if o > _MAX_ORDINAL:
        raise RuleInputError(f"{d.isoformat()} + {days} days is after 9999-12-31", parameter=parameter, rule=rule)
    return _date.fromordinal(o)


def _index(value: object, parameter: str, rule: str) -> int:
    if type(value) is Month:
        return value.year * 12 + value.month - 1
    return month_index(value, parameter, rule)


# -- WD-1 Monthly contract; month-end only, WD-2 Channels, WD-3 Corporate written application ---------

WD_1 = rule(
    "WD-1",
    title="Monthly contract; month-end only",
    title_ja="月単位の契約・月末退会のみ",
    source="WITHDRAW",
    section="退会の申請はいつまでにすればいい?",
    quote=(
        "ソネット光プラスの契約は全て月単位の契約です。\n"
        "そのため退会できるのは当月末か翌月末となります。\n"
        "例えば9月3日に申請しても9月20日に申請しても、退会できるのは9月末退会か10月末退会となります。\n"
        "料金は月額料金満額発生します。"
    ),
    statement=(
        "A withdrawal applied for on any day of month M takes effect at the end of month M or of month M+1, "
        "at the user's choice; no other dates. The final month is charged in full (no proration)."
    ),
    statement_ja="M月のどの日に申請しても、退会はM月末かM+1月末のどちらか。最終月の料金は満額(日割りなし)。",
)
ANY_DAY_OF_THE_MONTH = WD_1.clause(
    "applied for on {application_date}: withdrawal at the {first:end} or at the {second:end}, "
    "the last month charged in full (no proration)"
)
REQUESTED_MONTH = WD_1.clause("the user asked to withdraw at the {requested_month:end}")
LAST_MONTH_IN_FULL = WD_1.clause(
    "the last month, {withdrawal_month}, is charged in full (no proration): the plan's monthly charge, not known here"
)

WD_2 = rule(
    "WD-2",
    title="Channels",
    title_ja="退会申請の方法",
    source="WITHDRAW",
    section="法人区分の退会手続きについて",
    quote=(
        "退会申請の基本は電話で問い合わせることです。\n"
        "webから退会申請をする場合はユーザーIDとユーザーIDPWを用意しましょう。\n"
        "受付時間は9:00~18:00までとなっています。\n"
        "LINEで退会をする場合は会員情報を連携しておく必要があります。\n"
        "法人区分の契約をしている方は電話か書面での退会手続きが可能です。\n"
        "ただし退会申請書の請求は電話窓口での依頼が必要です。\n"
        "オンラインから申請は出来ません。"
    ),
    statement=(
        "Individuals may apply by phone, web (user ID and password), chat (9:00–18:00) or LINE (account "
        "linking). Corporate contracts only by phone or in writing, never online (the form is requested by "
        "phone); a corporate application by phone follows WD-1."
    ),
    statement_ja=(
        "個人は電話・web(ユーザーIDとパスワード)・チャット(9:00〜18:00)・LINE(会員情報の連携)で申請できる。"
        "法人区分は電話か書面のみでオンライン不可(申請書は電話で請求)。法人の電話申請はWD-1に従う。"
    ),
)
CHANNEL_ALLOWED = WD_2.clause("{applicant} may apply for withdrawal {channel}")
CHANNEL_REFUSED = WD_2.clause("{applicant} may not apply for withdrawal {channel}: only {allowed}")

WD_3 = rule(
    "WD-3",
    title="Corporate written application: the 20th rule",
    title_ja="法人の書面申請:20日ルール",
    source="WITHDRAW",
    section="【法人限定】書面で手続きをする場合",
    quote=(
        "毎月20日までにso-netに届いた場合はその月の月末で退会が出来ます\n"
        "しかし、21日以降に到着した場合は翌月末以降でしか退会できません。\n"
        "郵便事情などは一切考慮されません。"
    ),
    statement=(
        "A written application that reaches So-net on or before the 20th of month M can take effect at the end "
        "of M; one arriving on the 21st or later at the end of M+1 at the earliest (later months allowed). "
        "The arrival date counts, not the posting date."
    ),
    statement_ja=(
        "書面が毎月20日までにso-netに届けばその月末で退会でき、21日以降の到着なら翌月末以降。"
        "消印ではなく到着日で判断する。"
    ),
)
PAPER_BY_THE_20TH = WD_3.clause(
    "the written application reached So-net on {arrived}, on or before the 20th: withdrawal at the {first:end} or later"
)
PAPER_FROM_THE_21ST = WD_3.clause(
    "the written application reached So-net on {arrived}, the 21st or later: withdrawal at the {first:end} "
    "at the earliest (the posting date does not count)"
)


class Applicant(enum.Enum):
    """Who holds the contract (WD-2)."""

    INDIVIDUAL = "individual"
    CORPORATE = "corporate"  # 法人区分


labels(Applicant, INDIVIDUAL="an individual", CORPORATE="a corporate contract")


class Channel(enum.Enum):
    """How a withdrawal is applied for (WD-2)."""

    PHONE = "phone"
    WEB = "web"
    CHAT = "chat"
    LINE = "line"
    PAPER = "paper"  # 書面


labels(Channel, PHONE="by phone", WEB="on the web", CHAT="by chat", LINE="through LINE", PAPER="in writing")

WITHDRAWAL_CHANNELS: Final[tuple[tuple[Applicant, Channel, str, str], ...]] = (
    # applicant, channel, what it needs (en), (ja)                                       (WD-2)
    (Applicant.INDIVIDUAL, Channel.PHONE, "withdrawal desk 0120-80-7761 → 3 → 2 → 3", "退会窓口 0120-80-7761→③→②→③"),
    (Applicant.INDIVIDUAL, Channel.WEB, "user ID and user ID password", "ユーザーIDとユーザーIDPW"),
    (Applicant.INDIVIDUAL, Channel.CHAT, "staffed 9:00–18:00", "受付時間 9:00~18:00"),
    (Applicant.INDIVIDUAL, Channel.LINE, "member information linked to LINE", "会員情報の連携"),
    (
        Applicant.CORPORATE,
        Channel.PHONE,
        "法人窓口 0120-80-7765, 9:00–18:00, closed Sat/Sun/holidays",
        "法人窓口 0120-80-7765 9:00~18:00(土日祝日休み)",
    ),
    (
        Applicant.CORPORATE,
        Channel.PAPER,
        "the form is requested by phone; arrival by the 20th (WD-3)",
        "退会申請書は電話窓口で請求、20日までの到着(WD-3)",
    ),
)
"""Who may apply for withdrawal how (WD-2); a pair not listed is not allowed (corporate: never online)."""

# The table by applicant, as tuples: ``channel in tuple`` tests identity first, so the hot
# path never hashes an enum member (Enum.__hash__ is Python code).
_CHANNELS_OF: Final[Mapping[Applicant, tuple[Channel, ...]]] = MappingProxyType(
    {a: tuple(c for a2, c, _en, _ja in WITHDRAWAL_CHANNELS if a2 is a) for a in Applicant}
)
_INDIVIDUAL_CHANNELS: Final = _CHANNELS_OF[Applicant.INDIVIDUAL]
_CORPORATE_CHANNELS: Final = _CHANNELS_OF[Applicant.CORPORATE]
# Channels every applicant may use and on which WD-1 alone decides: the plain call skips the look-up.
_OPEN_TO_ALL: Final = tuple(c for c in _INDIVIDUAL_CHANNELS if c in _CORPORATE_CHANNELS and c is not Channel.PAPER)

CORPORATE_PAPER_CUTOFF_DAY: Final = 20
"""A corporate written application arriving on or before this day of month M can end in M (WD-3)."""


def _check_applicant_channel(applicant: object, channel: object) -> tuple[Applicant, Channel]:
    if type(applicant) is not Applicant:
        applicant = check_enum(applicant, Applicant, "applicant", "WD-2")
    if type(channel) is not Channel:
        channel = check_enum(channel, Channel, "channel", "WD-2")
    return applicant, channel


def _is_allowed(applicant: Applicant, channel: Channel, trace: Trace | None = None) -> bool:
    """WD-2: the table's row for ``applicant`` decides (and records the decision when tracing)."""
    allowed_channels = _INDIVIDUAL_CHANNELS if applicant is Applicant.INDIVIDUAL else _CORPORATE_CHANNELS
    if channel in allowed_channels:
        if trace is not None:
            trace.add(CHANNEL_ALLOWED, True, applicant=applicant, channel=channel)
        return True
    if trace is not None:
        trace.add(CHANNEL_REFUSED, False, applicant=applicant, channel=channel, allowed=allowed_channels)
    return False


def _refuse_channel(applicant: Applicant, channel: Channel) -> NoReturn:
    raise RuleInputError(
        f"{fmt(applicant)} cannot apply for withdrawal {fmt(channel)} (only {fmt(_CHANNELS_OF[applicant])})",
        parameter="channel",
        rule="WD-2",
    )


def _first_option(d: _dt.date, applicant: Applicant, channel: Channel, trace: Trace | None = None) -> int:
    """Index of the earliest allowed withdrawal month (WD-2 allows the channel, WD-3 or WD-1 decides)."""
    if not _is_allowed(applicant, channel, trace):
        _refuse_channel(applicant, channel)
    m = d.year * 12 + d.month - 1
    if channel is Channel.PAPER:  # WD-3: the day the form arrived decides, once
        if d.day <= CORPORATE_PAPER_CUTOFF_DAY:
            if trace is not None:
                first = _from_index(m)
                trace.add(PAPER_BY_THE_20TH, first, arrived=d, first=first)
            return m
        if trace is not None:
            first = _month(m + 1, "application_date", "WD-3")
            trace.add(PAPER_FROM_THE_21ST, first, arrived=d, first=first)
        return m + 1
    if trace is not None:
        first = _from_index(m)
        second = _month(m + 1, "application_date", "WD-1")
        trace.add(ANY_DAY_OF_THE_MONTH, (first, second), application_date=d, first=first, second=second)
    return m


@implements(
    "WD-2",
    question="May {applicant} apply for withdrawal {channel}?",
)
def channel_allowed(applicant: Applicant, channel: Channel) -> bool:
    """Whether ``applicant`` may apply for withdrawal through ``channel`` (WD-2).

    Individuals: phone, web, chat, LINE.  Corporate (法人区分): phone or in writing only.

    >>> channel_allowed(Applicant.CORPORATE, Channel.WEB), channel_allowed(Applicant.CORPORATE, Channel.PAPER)
    (False, True)
    """
    applicant, channel = _check_applicant_channel(applicant, channel)
    return _is_allowed(applicant, channel, TRACE.get())


@implements(
    "WD-1",
    "WD-2",
    "WD-3",
    question="Which withdrawal months can {applicant} choose from, applying {channel} on {application_date}?",
)
def withdrawal_month_options(
    application_date: _dt.date, *, applicant: Applicant = Applicant.INDIVIDUAL, channel: Channel = Channel.PHONE
) -> tuple[Month, ...]:
    """The withdrawal months an application on ``application_date`` can choose from.

    Individuals (any channel an individual may use) and corporate applications by phone:
    exactly ``(M, M+1)`` for an application in month M (WD-1).  Corporate written
    applications (WD-3): ``application_date`` is the day the form *arrived*; by the 20th
    → ``(M, M+1)``, the 21st or later → ``(M+1, M+2)`` — the earliest allowed month and
    the one after it (later months are allowed too: 「翌月末以降」).

    A channel the applicant may not use (WD-2) is a :class:`~hikari_rules.RuleInputError`.

    >>> import datetime
    >>> withdrawal_month_options(datetime.date(2026, 9, 20))
    (Month(2026, 9), Month(2026, 10))
    >>> withdrawal_month_options(datetime.date(2026, 9, 21), applicant=Applicant.CORPORATE, channel=Channel.PAPER)
    (Month(2026, 10), Month(2026, 11))
    """
    if type(application_date) is not _date:
        application_date = check_date(application_date, "application_date", "WD-1")
    if type(applicant) is not Applicant or type(channel) is not Channel:
        applicant, channel = _check_applicant_channel(applicant, channel)
    trace = TRACE.get()
    if trace is None and channel in _OPEN_TO_ALL:  # WD-2 allows it to every applicant, WD-1 decides
        first = application_date.year * 12 + application_date.month - 1
    else:
        first = _first_option(application_date, applicant, channel, trace)
    if first < _MAX_INDEX:  # Month.from_index returns Month's shared instances
        return (_from_index(first), _from_index(first + 1))
    # an application in 9999-12 (or from 9999-11-21 on paper): no month after the first, or no first
    rule_id = "WD-3" if channel is Channel.PAPER else "WD-1"
    return (_month(first, "application_date", rule_id), _month(first + 1, "application_date", rule_id))


@implements(
    "WD-1",
    "WD-2",
    "WD-3",
    question="What is the earliest withdrawal month for {applicant} applying {channel} on {application_date}?",
    answer="{result:end}",
)
def earliest_withdrawal_month(
    application_date: _dt.date, *, applicant: Applicant = Applicant.INDIVIDUAL, channel: Channel = Channel.PHONE
) -> Month:
    """The earliest withdrawal month an application on ``application_date`` allows (WD-1, WD-3).

    >>> import datetime
    >>> earliest_withdrawal_month(datetime.date(2026, 12, 21), applicant=Applicant.CORPORATE, channel=Channel.PAPER)
    Month(2027, 1)
    """
    d = check_date(application_date, "application_date", "WD-1")
    applicant, channel = _check_applicant_channel(applicant, channel)
    first = _first_option(d, applicant, channel, TRACE.get())
    return _month(first, "application_date", "WD-3" if channel is Channel.PAPER else "WD-1")


# -- WD-4 Completion instant ----------------------------------------------------------------------------

WD_4 = rule(
    "WD-4",
    title="Completion instant",
    title_ja="退会完了の時点",
    source="WITHDRAW",
    section="退会後の請求はいつまで続くのか?",
    quote="退会が完了するのは厳密にいうと翌月1日の0時です。\n9月いっぱいでの退会の場合、10月1日0時に退会が完了します。",
    statement="Withdrawal completes at 00:00 JST on the 1st day of the month after the withdrawal month.",
    statement_ja="退会は退会月の翌月1日0時(日本時間)に完了する。",
)
COMPLETES_ON_THE_FIRST = WD_4.clause(
    "withdrawal at the {withdrawal_month:end} completes at {instant}: the completion month is {completion_month}"
)


def _completion(m: int, trace: Trace | None) -> Month:
    nxt = _month(m + 1, "withdrawal_month", "WD-4")
    if trace is not None:
        trace.add(
            COMPLETES_ON_THE_FIRST,
            nxt,
            withdrawal_month=_from_index(m),
            instant=_dt.datetime(nxt.year, nxt.month, 1, tzinfo=JST),
            completion_month=nxt,
        )
    return nxt


@implements("WD-4", question="In which month does a withdrawal at the {withdrawal_month:end} complete?")
def completion_month(withdrawal_month: Month | _dt.date) -> Month:
    """The completion month (退会完了月): the month after the withdrawal month (WD-4).

    >>> completion_month(Month(2026, 12))
    Month(2027, 1)
    """
    return _completion(_index(withdrawal_month, "withdrawal_month", "WD-4"), TRACE.get())


@implements("WD-4", question="When does a withdrawal at the {withdrawal_month:end} complete?")
def completion_instant(withdrawal_month: Month | _dt.date) -> _dt.datetime:
    """The instant withdrawal completes: 00:00 JST on the 1st of the next month (WD-4).

    >>> completion_instant(Month(2026, 12)).isoformat()
    '2027-01-01T00:00:00+09:00'
    """
    nxt = _completion(_index(withdrawal_month, "withdrawal_month", "WD-4"), TRACE.get())
    return _dt.datetime(nxt.year, nxt.month, 1, tzinfo=JST)


# -- WD-5 Removal construction --------------------------------------------------------------------------

WD_5 = rule(
    "WD-5",
    title="Removal construction",
    title_ja="撤去工事",
    source="WITHDRAW",
    section="撤去工事が発生した場合の退会月の考え方",
    quote=(
        "最短で東日本の方は6日後から、西日本は10日後から希望が出せます。 … "
        "撤去工事を実施した場合の退会月は撤去工事完了した月の末日となります。\n"
        "例えば9月いっぱいでの退会を申請していたとしても撤去工事が10月になった場合は、"
        "利用しているしていないに関わらず、10月分の料金が発生します。"
    ),
    statement=(
        "The earliest removal date that can be requested is 6 days after the application in NTT East's area "
        "and 10 days after in NTT West's. If removal construction is carried out, the withdrawal month is the "
        "month in which it is completed, and that month is charged in full whether used or not."
    ),
    statement_ja=(
        "撤去工事の希望日は最短で東日本は申請の6日後、西日本は10日後から。撤去工事を実施した場合、"
        "退会月は撤去工事が完了した月となり、利用の有無に関わらずその月の料金が満額かかる。"
    ),
    interpretation=(
        "The source states it without condition, so the removal completion month replaces the requested "
        "withdrawal month whether it is later or earlier: a line removed on 28 September ends the service at "
        "the end of September even if the end of October was requested. The analog reversion (NUM-2) can "
        "still hold the withdrawal past the removal month."
    ),
    other_reading=(
        "The removal month counts only when it is later than the requested withdrawal month (a removal on "
        "28 September leaves a withdrawal at the end of October where it was)."
    ),
    interpretation_ja=(
        "原文は条件を付けずに述べているため、撤去工事の完了月が退会希望月より後でも前でも、完了月を退会月とする"
        "(9月28日に撤去した回線は、10月末退会を希望していても9月末で退会となる)。"
        "アナログ戻し(NUM-2)は撤去工事の完了月より後まで退会を引き止めうる。"
    ),
    other_reading_ja=(
        "撤去工事の完了月が退会希望月より後の場合だけ完了月を退会月とする読み方"
        "(9月28日の撤去でも、10月末退会の希望はそのまま)。"
    ),
)
REMOVAL_LEAD_TIME = WD_5.clause(
    "in {region} removal construction can be requested from {days} days after the application on "
    "{application_date}: from {earliest}"
)
REMOVAL_LATER = WD_5.clause(
    "removal construction was completed on {removal_completed_on}, later than the requested {requested_month}: "
    "the withdrawal month becomes the month of completion, {removal_month}, charged in full whether used or not"
)
REMOVAL_EARLIER = WD_5.clause(
    "removal construction was completed on {removal_completed_on}, before the requested {requested_month}: "
    "the service ends earlier, in the month of completion, {removal_month} (interpretation), charged in full"
)
REMOVAL_IN_THE_REQUESTED_MONTH = WD_5.clause(
    "removal construction was completed on {removal_completed_on}, in the requested month: the withdrawal "
    "month is the month of completion, {removal_month}, charged in full whether used or not"
)


class Region(enum.Enum):
    """NTT's service areas (WD-5 removal lead time, FWD-3 remote access number)."""

    EAST = "east"  # NTT東日本
    WEST = "west"  # NTT西日本


labels(Region, EAST="NTT East's area", WEST="NTT West's area")

REMOVAL_LEAD_DAYS: Final[Mapping[Region, int]] = MappingProxyType(
    {
        # 「最短で東日本の方は6日後から、西日本は10日後から希望が出せます」 (calendar days)
        Region.EAST: 6,
        Region.WEST: 10,
    }
)
"""Earliest removal date that can be requested, in days after the application (WD-5)."""


@implements(
    "WD-5",
    question="From which day can removal construction be requested, for an application on {application_date} "
    "in {region}?",
)
def earliest_removal_date(application_date: _dt.date, region: Region) -> _dt.date:
    """The earliest removal-construction date that can be requested (WD-5):
    6 calendar days after the application in NTT East's area, 10 in NTT West's.

    >>> import datetime
    >>> earliest_removal_date(datetime.date(2026, 9, 26), Region.EAST), earliest_removal_date(
    ...     datetime.date(2026, 9, 26), Region.WEST)
    (datetime.date(2026, 10, 2), datetime.date(2026, 10, 6))
    """
    d = check_date(application_date, "application_date", "WD-5")
    region = check_enum(region, Region, "region", "WD-5")
    days = REMOVAL_LEAD_DAYS[region]
    result = _add_days(d, days, "application_date", "WD-5")
    trace = TRACE.get()
    if trace is not None:
        trace.add(REMOVAL_LEAD_TIME, result, region=region, days=days, application_date=d, earliest=result)
    return result


# -- NUM-1 Who can keep a number ------------------------------------------------------------------------

NUM_1 = rule(
    "NUM-1",
    title="Who can keep a number",
    title_ja="番号を継続できる場合",
    source="WITHDRAW",
    section="【!要注意!】番ポ後の退会の場合",
    quote=(
        "もともとNTTのアナログ電話で発番している番号は継続することが出来ます。\n"
        "しかしそのためにはNTTにアナログ電話に戻す申請が必要です。\n"
        "これはユーザー自身で行う必要があります。\n"
        "電話番号を継続する場合は必ずアナログ電話に戻す(事業者変更なら不要)"
    ),
    statement=(
        "Only a number originally issued for an NTT analog line can be kept after withdrawal from ソネット光電話, "
        "and only by the user's own application to NTT to revert to an analog line. A switch of operator "
        "(事業者変更) needs no reversion."
    ),
    statement_ja=(
        "退会後も継続できるのは、もともとNTTのアナログ電話で発番した番号だけで、"
        "ユーザー自身がNTTにアナログ戻しを申請する必要がある。事業者変更ならアナログ戻しは不要。"
    ),
)
KEPT_ON_A_SWITCH = NUM_1.clause(
    "a number {origin} is kept on a switch of operator, with no reversion to an analog line"
)
KEPT_BY_REVERSION = NUM_1.clause(
    "a number {origin} can be kept, if the user applies to NTT to revert it to an analog line"
)
UNKNOWN_ON_A_SWITCH = NUM_1.clause(
    "unknown: for a number {origin} the source says only that a switch of operator needs no reversion, "
    "not whether the number carries over"
)
NOT_KEPT = NUM_1.clause(
    "a number {origin} cannot be kept after withdrawal: only numbers first issued for an NTT analog line can"
)
NO_REVERSION_ON_A_SWITCH = NUM_1.clause("a switch of operator needs no reversion to an analog line")
REVERSION_NEEDED = NUM_1.clause(
    "to keep a number {origin}, the user must apply to NTT to revert it to an analog line before withdrawal completes"
)
NO_REVERSION_POSSIBLE = NUM_1.clause("a number {origin} cannot be kept by a reversion to an analog line")


class NumberOrigin(enum.Enum):
    """Where a ソネット光電話 number was originally issued (NUM-1)."""

    NTT_ANALOG = "ntt_analog"  # もともとNTTのアナログ電話で発番 (ported in)
    OTHER = "other"  # issued for the IP phone service itself, or anywhere else


labels(
    NumberOrigin,
    NTT_ANALOG="first issued for an NTT analog line",
    OTHER="not first issued for an NTT analog line",
)


def _check_switch(operator_switch: object) -> bool:
    if type(operator_switch) is not bool:
        raise TypeError(f"NUM-1: operator_switch: expected a bool, got {type(operator_switch).__name__}")
    return operator_switch


@implements(
    "NUM-1",
    question="Can a number {origin} be kept after withdrawal (switch of operator: {operator_switch})?",
)
def can_keep_number(origin: NumberOrigin, *, operator_switch: bool = False) -> bool | None:
    """Whether a ソネット光電話 number can be kept after withdrawal (NUM-1).

    Without a switch of operator: only a number originally issued for an NTT analog
    line (``NumberOrigin.NTT_ANALOG``), by the user's own reversion application to NTT
    (see :func:`needs_analog_reversion`, NUM-2, NUM-3).  With a switch of operator
    (事業者変更, ``operator_switch=True``) an analog-origin number is kept without
    reversion; for any other number the source says nothing, so the answer is
    ``None`` (unknown), never a guess.

    >>> can_keep_number(NumberOrigin.NTT_ANALOG), can_keep_number(NumberOrigin.OTHER)
    (True, False)
    >>> print(can_keep_number(NumberOrigin.OTHER, operator_switch=True))
    None
    """
    origin = check_enum(origin, NumberOrigin, "origin", "NUM-1")
    switch = _check_switch(operator_switch)
    trace = TRACE.get()
    if origin is NumberOrigin.NTT_ANALOG:
        if trace is not None:
            trace.add(KEPT_ON_A_SWITCH if switch else KEPT_BY_REVERSION, True, origin=origin)
        return True
    if switch:
        if trace is not None:
            trace.add(UNKNOWN_ON_A_SWITCH, None, origin=origin)
        return None
    if trace is not None:
        trace.add(NOT_KEPT, False, origin=origin)
    return False


@implements(
    "NUM-1",
    question="Does keeping a number {origin} need a reversion to an analog line "
    "(switch of operator: {operator_switch})?",
)
def needs_analog_reversion(origin: NumberOrigin, *, operator_switch: bool = False) -> bool:
    """Whether keeping the number needs the user's reversion to an NTT analog line (NUM-1).

    True exactly for an analog-origin number on a plain withdrawal; a switch of operator
    (事業者変更) needs no reversion, and any other number cannot be kept that way.

    >>> needs_analog_reversion(NumberOrigin.NTT_ANALOG)
    True
    >>> needs_analog_reversion(NumberOrigin.NTT_ANALOG, operator_switch=True)
    False
    """
    origin = check_enum(origin, NumberOrigin, "origin", "NUM-1")
    switch = _check_switch(operator_switch)
    trace = TRACE.get()
    if switch:
        if trace is not None:
            trace.add(NO_REVERSION_ON_A_SWITCH, False, origin=origin)
        return False
    if origin is NumberOrigin.NTT_ANALOG:
        if trace is not None:
            trace.add(REVERSION_NEEDED, True, origin=origin)
        return True
    if trace is not None:
        trace.add(NO_REVERSION_POSSIBLE, False, origin=origin)
    return False


# -- NUM-3 75-day deadline ----------------------------------------------------------------------------

NUM_3 = rule(
    "NUM-3",
    title="75-day deadline",
    title_ja="75日の期限",
    source="WITHDRAW",
    section="【!要注意!】番ポ後の退会の場合",
    quote=(
        "アナログ戻しをせずに退会完了すると電話番号は消滅します。\n"
        "消滅した電話番号は復活させることは出来ません。\n"
        "退会申請から75日の間にアナログ電話への移行が完了しない場合も電話番号は消滅します"
    ),
    statement=(
        "If the reversion is not complete within 75 days of the withdrawal application, the number is lost "
        "permanently; it is also lost if withdrawal completes without reversion."
    ),
    statement_ja="退会申請から75日以内にアナログ戻しが完了しないと番号は消滅し、復活できない。アナログ戻しなしで退会完了しても消滅する。",
    interpretation=(
        "The application day itself is not counted (Civil Code art. 140, 初日不算入): the deadline is the "
        "application date + 75 days, and a reversion completed on that date keeps the number."
    ),
    other_reading=(
        "The application day counts as day 1, so the deadline is application date + 74 days and a reversion "
        "on day +75 loses the number."
    ),
    interpretation_ja=(
        "申請日当日は算入しない(民法140条、初日不算入)。期限は申請日の75日後で、その日に完了すれば番号は継続する。"
    ),
    other_reading_ja="申請日を1日目と数え、期限を申請日の74日後とする(75日後の完了では番号が消滅する)読み方。",
)
DEADLINE = NUM_3.clause(
    "the reversion must complete within {days} days of the application on {application_date}; the application "
    "day is not counted, so the deadline is {deadline}"
)
NO_REVERSION_LOSES_THE_NUMBER = NUM_3.clause(
    "no reversion to an analog line: the number is lost when withdrawal completes, permanently"
)
REVERSION_IN_TIME = NUM_3.clause(
    "the reversion completed on {reversion_completed_on}, by the deadline {deadline}: the number is kept"
)
REVERSION_TOO_LATE = NUM_3.clause(
    "the reversion completed on {reversion_completed_on}, after the deadline {deadline}: the number is lost, "
    "permanently"
)

NUMBER_RETENTION_DAYS: Final = 75
"""Days after the withdrawal application within which the analog reversion must complete (NUM-3)."""


_RETENTION_PERIOD: Final = _dt.timedelta(days=NUMBER_RETENTION_DAYS)


def _deadline(d: _dt.date, trace: Trace | None = None) -> _dt.date:
    """NUM-3: the application date + 75 days (the application day not counted)."""
    try:
        deadline = d + _RETENTION_PERIOD
    except OverflowError:
        raise RuleInputError(
            f"{d.isoformat()} + {NUMBER_RETENTION_DAYS} days is after 9999-12-31",
            parameter="application_date",
            rule="NUM-3",
        ) from None
    if trace is not None:
        trace.add(DEADLINE, deadline, days=NUMBER_RETENTION_DAYS, application_date=d, deadline=deadline)
    return deadline


@implements(
    "NUM-3",
    question="By which day must the reversion to an analog line complete, for a withdrawal applied for on "
    "{application_date}?",
)
def number_retention_deadline(application_date: _dt.date) -> _dt.date:
    """The last day the analog reversion may complete and keep the number (NUM-3):
    the application date + 75 days (interpretation: 初日不算入, the application day is not counted).

    >>> import datetime
    >>> number_retention_deadline(datetime.date(2026, 9, 3))
    datetime.date(2026, 11, 17)
    """
    if type(application_date) is not _date:
        application_date = check_date(application_date, "application_date", "NUM-3")
    return _deadline(application_date, TRACE.get())


@implements(
    "NUM-3",
    question="Is the number kept, for a withdrawal applied for on {application_date} "
    "(reversion to an analog line completed on: {reversion_completed_on})?",
)
def number_retained(application_date: _dt.date, reversion_completed_on: _dt.date | None) -> bool:
    """Whether the number survives withdrawal (NUM-3): the reversion to an analog line
    completed on or before :func:`number_retention_deadline`.

    ``None`` (no reversion) loses the number.  A reversion completed before the
    application date counts as done in time: the source bounds only how late it may be
    (the user may apply to NTT first).

    >>> import datetime
    >>> app = datetime.date(2026, 9, 3)
    >>> number_retained(app, datetime.date(2026, 11, 17)), number_retained(app, datetime.date(2026, 11, 18))
    (True, False)
    """
    d = check_date(application_date, "application_date", "NUM-3")
    rev = check_optional_date(reversion_completed_on, "reversion_completed_on", "NUM-3")
    trace = TRACE.get()
    deadline = _deadline(d, trace)
    if rev is None:
        if trace is not None:
            trace.add(NO_REVERSION_LOSES_THE_NUMBER, False)
        return False
    if rev <= deadline:
        if trace is not None:
            trace.add(REVERSION_IN_TIME, True, reversion_completed_on=rev, deadline=deadline)
        return True
    if trace is not None:
        trace.add(REVERSION_TOO_LATE, False, reversion_completed_on=rev, deadline=deadline)
    return False


# -- NUM-2 Withdrawal waits for reversion, and the effective withdrawal month (WD-1, WD-5, NUM-2) ---------

NUM_2 = rule(
    "NUM-2",
    title="Withdrawal waits for reversion",
    title_ja="アナログ戻し完了まで退会できない",
    source="WITHDRAW",
    section="【!要注意!】番ポ後の退会の場合",
    quote="退会後も電話番号を継続する場合、前述の手続きを完了するまでは退会することが出来ません。",
    statement=(
        "When the user keeps the number, withdrawal cannot complete before the reversion is complete: the "
        "withdrawal month becomes the month of reversion completion when that is later than the requested "
        "withdrawal month."
    ),
    statement_ja=(
        "番号を継続する場合、アナログ戻しが完了するまで退会できない。完了月が退会希望月より後なら、その月が退会月となる。"
    ),
    interpretation=(
        "The source is silent on a reversion that never completes: the hold ends at the NUM-3 deadline at the "
        "latest. A reversion completed after the deadline no longer holds the withdrawal (the number is lost), "
        "and the deadline's month counts instead."
    ),
    other_reading=(
        "A reversion that misses the deadline does not hold the withdrawal at all: the withdrawal stays at the "
        "requested month and only the number is lost."
    ),
    interpretation_ja=(
        "アナログ戻しが完了しない場合について原文は述べていない。本ライブラリは、退会を待つのは75日の期限(NUM-3)までとする。"
        "期限後に完了したアナログ戻しは退会を引き止めず(番号は消滅)、期限日の月を退会月とする。"
    ),
    other_reading_ja="期限に間に合わないアナログ戻しは退会を引き止めず、退会は希望月のままで番号だけが消滅する、という読み方。",
)
REVERSION_WITHOUT_DEADLINE = NUM_2.clause(
    "the reversion to an analog line completed on {reversion_completed_on}; no application date was given, "
    "so the 75-day deadline was not checked"
)
REVERSION_BY_THE_DEADLINE = NUM_2.clause(
    "the reversion to an analog line completed on {reversion_completed_on}, by the deadline {deadline}"
)
REVERSION_AFTER_THE_DEADLINE = NUM_2.clause(
    "the reversion to an analog line completed on {reversion_completed_on}, after the deadline {deadline}: "
    "it holds the withdrawal only until the deadline, and the number is lost (interpretation)"
)
HELD_LATER = NUM_2.clause(
    "withdrawal cannot complete before {held_until}: the withdrawal month becomes {month}, later than {before}"
)
NOT_HELD_LATER = NUM_2.clause("withdrawal waits until {held_until}, within {month}: the withdrawal month stays {month}")


def _effective_month(
    req: int, removal: _dt.date | None, reversion: _dt.date | None, app: _dt.date | None, trace: Trace | None
) -> tuple[int, str]:
    """The effective withdrawal month's index and the rule that set it (WD-1, WD-5 or NUM-2), on checked inputs."""
    if app is not None:
        if req < app.year * 12 + app.month - 1:
            raise RuleInputError(
                f"{Month.from_index(req)} is before the month of the application ({app.isoformat()})",
                parameter="requested_month",
                rule="WD-1",
            )
        if removal is not None and removal < app:
            raise RuleInputError(
                f"removal construction completed on {removal.isoformat()}, before the application on {app.isoformat()}",
                parameter="removal_completed_on",
                rule="WD-5",
            )
    if trace is not None:
        trace.add(REQUESTED_MONTH, Month.from_index(req), requested_month=Month.from_index(req))
    result, decided_by = req, "WD-1"
    if removal is not None:
        # WD-5: 「撤去工事を実施した場合の退会月は撤去工事完了した月の末日」, later or earlier.
        result, decided_by = removal.year * 12 + removal.month - 1, "WD-5"
        if trace is not None:  # the same decision, said against what was asked
            trace.add(
                REMOVAL_LATER if result > req else REMOVAL_EARLIER if result < req else REMOVAL_IN_THE_REQUESTED_MONTH,
                Month.from_index(result),
                removal_completed_on=removal,
                removal_month=Month.from_index(result),
                requested_month=Month.from_index(req),
            )
    if reversion is not None:
        # NUM-2 holds the withdrawal until the reversion, and (interpretation) no later than NUM-3's deadline.
        held_until = reversion
        if app is None:
            if trace is not None:
                trace.add(REVERSION_WITHOUT_DEADLINE, reversion, reversion_completed_on=reversion)
        else:
            deadline = _deadline(app, trace)
            if reversion <= deadline:
                if trace is not None:
                    trace.add(REVERSION_BY_THE_DEADLINE, reversion, reversion_completed_on=reversion, deadline=deadline)
            else:
                held_until = deadline
                if trace is not None:
                    trace.add(
                        REVERSION_AFTER_THE_DEADLINE, deadline, reversion_completed_on=reversion, deadline=deadline
                    )
        hold_month = held_until.year * 12 + held_until.month - 1
        if hold_month > result:
            if trace is not None:
                trace.add(
                    HELD_LATER,
                    Month.from_index(hold_month),
                    held_until=held_until,
                    month=Month.from_index(hold_month),
                    before=Month.from_index(result),
                )
            result, decided_by = hold_month, "NUM-2"
        elif trace is not None:
            trace.add(NOT_HELD_LATER, Month.from_index(result), held_until=held_until, month=Month.from_index(result))
    return result, decided_by


@implements(
    "WD-1",
    "WD-5",
    "NUM-2",
    "NUM-3",
    question="In which month does service end, for a withdrawal requested at the {requested_month:end} "
    "(removal construction completed on: {removal_completed_on}; reversion to an analog line completed on: "
    "{reversion_completed_on}; applied for on: {application_date})?",
)
def effective_withdrawal_month(
    requested_month: Month | _dt.date,
    *,
    removal_completed_on: _dt.date | None = None,
    reversion_completed_on: _dt.date | None = None,
    application_date: _dt.date | None = None,
) -> Month:
    """The month service actually ends.

    The requested month (WD-1), unless removal construction was carried out: then the
    month it was completed (WD-5, interpretation: whether that is later *or earlier*
    than the requested month, as the source states it without condition).  The analog
    reversion of a kept number can hold it later still (NUM-2): the month the
    reversion completed, when that is later.

    With ``application_date``: a requested month before the application month is a
    :class:`~hikari_rules.RuleInputError`, so is a removal completed before the
    application; and a reversion completed after the NUM-3 deadline (application + 75
    days) no longer holds the withdrawal (the number is lost): the deadline's month
    counts instead (NUM-2, interpretation).  Without it the deadline cannot be checked
    and the reversion month counts as given.  The explanation names the rule that decided.

    >>> import datetime
    >>> effective_withdrawal_month(Month(2026, 9), removal_completed_on=datetime.date(2026, 10, 2))
    Month(2026, 10)
    >>> effective_withdrawal_month(Month(2026, 10), removal_completed_on=datetime.date(2026, 9, 28),
    ...                            application_date=datetime.date(2026, 9, 3))   # removed earlier: ends earlier
    Month(2026, 9)
    >>> effective_withdrawal_month(Month(2026, 9), reversion_completed_on=datetime.date(2027, 1, 10),
    ...                            application_date=datetime.date(2026, 9, 3))   # deadline 2026-11-17
    Month(2026, 11)
    """
    req = _index(requested_month, "requested_month", "WD-1")
    removal = check_optional_date(removal_completed_on, "removal_completed_on", "WD-5")
    reversion = check_optional_date(reversion_completed_on, "reversion_completed_on", "NUM-2")
    app = check_optional_date(application_date, "application_date", "WD-1")
    return Month.from_index(_effective_month(req, removal, reversion, app, TRACE.get())[0])


# -- WD-8 Withdrawal by a switch of operator ------------------------------------------------------------

WD_8 = rule(
    "WD-8",
    title="Withdrawal by a switch of operator (事業者変更)",
    title_ja="事業者変更による退会",
    source="WITHDRAW",
    section="So-netから事業者変更で退会する場合",
    quote=(
        "事業者変更で他社光コラボに移行する場合、so-netから事業者変更承諾番号を発行してもらう必要があります。\n"
        "電話をしてから約2時間後にメール・ SMSで連絡が来ます。\n"
        "あとは切り替え先の光コラボ事業者に申し込み連絡をしてください。\n"
        "移行先の光コラボ事業者で開通するとso-netは退会となります。"
    ),
    statement=(
        "A user who moves to another 光コラボ operator first obtains an approval number (事業者変更承諾番号) "
        "from So-net by phone (the desk is in DESK-1; the number arrives by e-mail or SMS about two hours "
        "after the call), then applies to the new operator. So-net membership ends when the line opens at the "
        "new operator: that date (事業者変更日) fixes the withdrawal month, not a month-end choice of WD-1."
    ),
    statement_ja=(
        "他社の光コラボへ移る場合は、まずSo-netに電話して事業者変更承諾番号を発行してもらい(窓口はDESK-1。"
        "番号は電話の約2時間後にメール・SMSで届く)、移行先の事業者に申し込む。移行先で開通した時点でSo-netは退会となり、"
        "退会月はWD-1の月末の選択ではなく、その開通日(事業者変更日)で決まる。"
    ),
    interpretation=(
        "The withdrawal month is the month containing the date of the switch (事業者変更日) and is charged "
        "in full (CHG-1's no-proration applies; the source states no proration for this case); the "
        "cancellation fee is judged on that month (FEE-7: "
        "「『事業者変更日』が契約更新期間以外の月だった場合に、解約金が発生します」); no number reversion is "
        "needed (NUM-1)."
    ),
    other_reading="The month of the switch is charged pro rata up to the date of the switch, or not at all.",
    interpretation_ja=(
        "退会月は事業者変更日を含む月とし、その月の料金は満額とする(日割りしない。原文はこの場合の日割りについて述べていない)。"
        "解約金はその月で判定し(FEE-7「『事業者変更日』が契約更新期間以外の月だった場合に、解約金が発生します」)、"
        "アナログ戻しは不要(NUM-1)。"
    ),
    other_reading_ja="事業者変更の月は事業者変更日までの日割り、または請求なしとする読み方。",
)
SWITCH_ENDS_THE_MEMBERSHIP = WD_8.clause(
    "the line opened at the new operator on {switch_date}, the date of the switch of operator: So-net "
    "membership ends then, and the withdrawal month is {month}, charged in full (interpretation: no proration)"
)

APPROVAL_NUMBER_DELIVERY_HOURS: Final = 2
"""WD-8: the 事業者変更承諾番号 arrives by e-mail/SMS 「約2時間後」 after the call (an estimate, not a deadline)."""


@implements(
    "WD-8",
    question="What is the withdrawal month of a switch of operator whose line opens at the new operator on "
    "{switch_date}?",
)
def operator_switch_withdrawal_month(switch_date: _dt.date, *, approval_requested_on: _dt.date | None = None) -> Month:
    """The withdrawal month of a switch of operator (事業者変更, WD-8): the month containing
    ``switch_date``, the day the line opens at the new operator (the 事業者変更日).

    The month is charged in full (interpretation: no proration, as CHG-1); pass it to
    :func:`final_charges` as the withdrawal month (the cancellation fee is judged on it,
    FEE-7).  No analog reversion is needed to keep the number (NUM-1).  With
    ``approval_requested_on`` (the day the 事業者変更承諾番号 was asked for by phone), a
    switch before it is a :class:`~hikari_rules.RuleInputError`: the new operator needs
    the number first.

    >>> import datetime
    >>> operator_switch_withdrawal_month(datetime.date(2026, 10, 14))
    Month(2026, 10)
    """
    d = check_date(switch_date, "switch_date", "WD-8")
    asked = check_optional_date(approval_requested_on, "approval_requested_on", "WD-8")
    if asked is not None and d < asked:
        raise RuleInputError(
            f"the line opened at the new operator on {d.isoformat()}, before the approval number was asked for "
            f"on {asked.isoformat()}",
            parameter="switch_date",
            rule="WD-8",
        )
    result = Month.of(d)
    trace = TRACE.get()
    if trace is not None:
        trace.add(SWITCH_ENDS_THE_MEMBERSHIP, result, switch_date=d, month=result)
    return result


# -- WD-6 My Page after withdrawal ----------------------------------------------------------------------

WD_6 = rule(
    "WD-6",
    title="My Page after withdrawal",
    title_ja="退会後のマイページ",
    source="WITHDRAW",
    section="6ヵ月間はマイページで契約の確認ができる",
    quote="退会後も6か月間はマイページにログインができます。",
    statement="My Page stays available for 6 months after withdrawal.",
    statement_ja="退会後も6カ月間はマイページにログインできる。",
    interpretation=(
        "Through the last day of the 6th month after the withdrawal month: withdrawal at the end of "
        "September completes on 1 October and My Page is available through 31 March."
    ),
    other_reading=(
        "Six months counted day for day from the completion instant (1 October → until 1 April), or the "
        "6th month counted from the completion month (through 31 March vs. 30 April)."
    ),
    interpretation_ja=(
        "退会月の6カ月後の月の末日まで。9月末退会なら10月1日に退会完了し、3月31日までマイページを利用できる。"
    ),
    other_reading_ja="退会完了時点から日単位で6カ月(10月1日→4月1日まで)、または退会完了月から数えて6カ月目の末日まで、という読み方。",
)
MYPAGE_UNTIL = WD_6.clause(
    "withdrawal at the {withdrawal_month:end}: My Page stays available for {months} months, through {until}"
)

MYPAGE_MONTHS_AFTER_WITHDRAWAL: Final = 6
"""My Page stays available through the last day of the 6th month after the withdrawal month (WD-6)."""


@implements("WD-6", question="Until which day can My Page be used after a withdrawal at the {withdrawal_month:end}?")
def mypage_available_until(withdrawal_month: Month | _dt.date) -> _dt.date:
    """The last day My Page can be used after withdrawal (WD-6, interpretation): the last
    day of the 6th month after the withdrawal month.

    >>> mypage_available_until(Month(2026, 9))
    datetime.date(2027, 3, 31)
    >>> mypage_available_until(Month(2023, 8))      # February of a leap year
    datetime.date(2024, 2, 29)
    """
    m = _index(withdrawal_month, "withdrawal_month", "WD-6")
    result = _month(m + MYPAGE_MONTHS_AFTER_WITHDRAWAL, "withdrawal_month", "WD-6").last_day
    trace = TRACE.get()
    if trace is not None:
        trace.add(
            MYPAGE_UNTIL,
            result,
            withdrawal_month=Month.from_index(m),
            months=MYPAGE_MONTHS_AFTER_WITHDRAWAL,
            until=result,
        )
    return result


# -- WD-7 Proof of withdrawal ---------------------------------------------------------------------------

WD_7 = rule(
    "WD-7",
    title="Proof of withdrawal",
    title_ja="退会の証明",
    source="WITHDRAW",
    section="退会証明書は貰える?",
    quote=(
        "そもそも退会証明書というものはso-netにはありません。\n"
        "退会したという証明になるものとすれば「退会完了メール」か「違約金明細書」になります。"
    ),
    statement=(
        "There is no withdrawal certificate; the completion e-mail or the fee statement (FEE-5) serves as proof."
    ),
    statement_ja="退会証明書はない。「退会完了メール」か「違約金明細書」(FEE-5)が証明になる。",
)
NO_CERTIFICATE = WD_7.clause("So-net issues no withdrawal certificate; what proves a withdrawal instead: {documents}")


class ProofDocument(enum.Enum):
    """What serves as proof of withdrawal (WD-7)."""

    COMPLETION_EMAIL = "退会完了メール"  # sent to the so-net address (and the contact address, if registered)
    FEE_STATEMENT = "違約金明細書"  # FEE-5: free from My Page


labels(
    ProofDocument,
    COMPLETION_EMAIL="the withdrawal completion e-mail",
    FEE_STATEMENT="the cancellation-fee statement",
)

WITHDRAWAL_CERTIFICATE_ISSUED: Final = False
"""So-net issues no withdrawal certificate (退会証明書) (WD-7)."""

PROOF_OF_WITHDRAWAL: Final[tuple[ProofDocument, ...]] = (ProofDocument.COMPLETION_EMAIL, ProofDocument.FEE_STATEMENT)
"""The documents that serve as proof of withdrawal instead (WD-7)."""


@implements("WD-7", question="What proves a withdrawal?")
def proof_of_withdrawal() -> tuple[ProofDocument, ...]:
    """What proves a withdrawal (WD-7): no certificate exists; the completion e-mail or
    the fee statement (FEE-5, free from My Page) serves instead.

    >>> [d.value for d in proof_of_withdrawal()]
    ['退会完了メール', '違約金明細書']
    """
    trace = TRACE.get()
    if trace is not None:
        trace.add(NO_CERTIFICATE, PROOF_OF_WITHDRAWAL, documents=PROOF_OF_WITHDRAWAL)
    return PROOF_OF_WITHDRAWAL


# -- FEE-2 When the fee is charged: the final charges -----------------------------------------------------

FEE_2 = rule(
    "FEE-2",
    title="When the fee is charged",
    title_ja="違約金の請求時期",
    source="WITHDRAW",
    section="退会後の請求はいつまで続くのか?",
    quote=(
        "前提として退会月の料金は翌月になって請求をされます。\n"
        "また違約金や工事費の残債などは退会完了月の翌月に請求されます。\n"
        "退会完了月は10月となり、その時点で初めて違約金が発生する … 違約金は10月分として請求される"
    ),
    statement=(
        "The withdrawal month's usage is billed in the month after it. The cancellation fee and any remaining "
        "construction-fee balance arise in the completion month and are billed in the month after it: "
        "withdrawal at the end of September → September usage billed in October, the fee is October's "
        "charge billed in November."
    ),
    statement_ja=(
        "退会月の料金は翌月に請求される。違約金や工事費の残債は退会完了月に発生し、その翌月に請求される"
        "(9月末退会なら9月分は10月に、違約金は10月分として11月に請求)。"
    ),
)
USAGE_BILLED_NEXT_MONTH = FEE_2.clause("{withdrawal_month}'s usage is billed in the month after it, {billing_month}")
ONE_OFF_CHARGES = FEE_2.clause(
    "withdrawal completes at {instant}: the one-off charges arise then, as {completion_month}'s charges, "
    "billed in {billing_month}"
)
NO_ONE_OFF_CHARGE = FEE_2.clause("no one-off charge is due after withdrawal")


class ChargeKind(enum.Enum):
    """The items of the last bills after withdrawal (FEE-2)."""

    MONTHLY_USAGE = "monthly_usage"  # the withdrawal month's usage, in full (WD-1)
    CANCELLATION_FEE = "cancellation_fee"  # FEE-1, FEE-7
    CONSTRUCTION_BALANCE = "construction_balance"  # FEE-3
    MINIMUM_USAGE_PENALTY = "minimum_usage_penalty"  # FEE-4


labels(
    ChargeKind,
    MONTHLY_USAGE="the withdrawal month's usage",
    CANCELLATION_FEE="cancellation fee",
    CONSTRUCTION_BALANCE="construction fee balance",
    MINIMUM_USAGE_PENALTY="minimum-usage penalty",
)


@attrs.frozen
class Charge:
    """One item of the final bills: what, how much, which month it belongs to and when it is billed.

    ``amount`` is ``None`` for the withdrawal month's usage: it is the plan's monthly
    charge, which these rules do not know.
    """

    kind: ChargeKind = attrs.field(metadata={"label": "item"})
    amount: int | None = attrs.field(metadata={"label": "amount", "spec": "yen"})
    charge_month: Month = attrs.field(metadata={"label": "charge month"})
    billing_month: Month = attrs.field(metadata={"label": "billing month"})


@implements(
    "FEE-2",
    "WD-1",
    question="What is charged after a withdrawal at the {withdrawal_month:end}, for a service that started on "
    "{service_start}?",
)
def final_charges(
    service_start: _dt.date,
    withdrawal_month: Month | _dt.date,
    *,
    construction_total: int = 0,
    construction_paid: int = 0,
    term: ContractTerm = SONET_HIKARI_PLUS,
    applied_on: _dt.date | None = None,
    dwelling: Dwelling | None = None,
    minimum_usage: MinimumUsage | None = None,
) -> tuple[Charge, ...]:
    """The charges that follow withdrawal in ``withdrawal_month``, in billing order (FEE-2).

    1. the withdrawal month's usage, in full (WD-1): ``amount`` ``None`` (the plan's
       monthly charge, unknown here), charged for the withdrawal month and billed in the
       month after it;
    2. the cancellation fee (FEE-1, FEE-7), the construction-fee balance (FEE-3) and the
       minimum-usage penalty (FEE-4): they arise in the completion month and are billed
       in the month after it.

    Items of 0円 are left out.

    >>> import datetime
    >>> for c in final_charges(datetime.date(2026, 9, 20), Month(2027, 3), construction_total=26_400,
    ...                        construction_paid=4_400):
    ...     print(c.kind.name, c.amount, c.charge_month, c.billing_month)
    MONTHLY_USAGE None 2027-03 2027-04
    CANCELLATION_FEE 20000 2027-04 2027-05
    CONSTRUCTION_BALANCE 22000 2027-04 2027-05
    """
    term = _check_term(term)
    d = check_date(service_start, "service_start", "FEE-1")
    w = _index(withdrawal_month, "withdrawal_month", "FEE-2")
    total = check_money(construction_total, "construction_total", "FEE-3")
    paid = check_money(construction_paid, "construction_paid", "FEE-3")
    applied = check_optional_date(applied_on, "applied_on", "FEE-7")
    dw = None if dwelling is None else check_enum(dwelling, Dwelling, "dwelling", "FEE-7")
    if minimum_usage is not None and not isinstance(minimum_usage, MinimumUsage):
        raise TypeError(f"FEE-4: minimum_usage: expected a MinimumUsage or None, got {type(minimum_usage).__name__}")
    start = d.year * 12 + d.month - 1
    wm = Month.from_index(w)
    completion = _month(w + 1, "withdrawal_month", "FEE-2")
    fee_billing = _month(w + 2, "withdrawal_month", "FEE-2")
    trace = TRACE.get()
    if trace is not None:
        trace.add(LAST_MONTH_IN_FULL, None, withdrawal_month=wm)
        trace.add(USAGE_BILLED_NEXT_MONTH, completion, withdrawal_month=wm, billing_month=completion)
    charges = [Charge(ChargeKind.MONTHLY_USAGE, None, wm, completion)]
    fee = _fees._cancellation_fee(start, w, term, applied, dw)
    if fee:
        charges.append(Charge(ChargeKind.CANCELLATION_FEE, fee, completion, fee_billing))
    if total or paid:
        balance = _fees._construction_fee_balance(total, paid)
        if balance:
            charges.append(Charge(ChargeKind.CONSTRUCTION_BALANCE, balance, completion, fee_billing))
    penalty = _fees._minimum_usage_penalty(start, w, minimum_usage)
    if penalty:
        charges.append(Charge(ChargeKind.MINIMUM_USAGE_PENALTY, penalty, completion, fee_billing))
    if trace is not None:
        if len(charges) > 1:
            trace.add(
                ONE_OFF_CHARGES,
                fee_billing,
                instant=_dt.datetime(completion.year, completion.month, 1, tzinfo=JST),
                completion_month=completion,
                billing_month=fee_billing,
            )
        else:
            trace.add(NO_ONE_OFF_CHARGE, None)
    return tuple(charges)
