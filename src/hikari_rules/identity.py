"""Identity verification (本人確認) for So-net 光 着信転送サービス and So-net 光 電話 (IDV-1..5).

Source: FORWARD, 「本人確認手続き」 and 「本人確認書類について」.  :func:`verify` decides
whether the documents an applicant uploaded verify them on a given date and returns
**every** reason they do not, each tied to its rule ID; :func:`verification_required`
says which services need verification at all (IDV-1).

The module reads like the source: each rule, then the clauses it decides by, then its
table as data, then the code that reads the table.  The tables are
:data:`INDIVIDUAL_DOCUMENTS` (IDV-2, 個人), :data:`CORPORATE_DOCUMENTS` and
:data:`CORPORATE_ADDRESS_DOCUMENTS` (IDV-3, 法人) and :data:`SUPPLEMENTARY_DOCUMENTS`
(IDV-4, ■補助書類); the look-up of a document in its applicant's table is the decision
that places it.

How :func:`verify` reads the source (each reading is stated where it is coded):

* **Expiry.** 「有効期限内の書類」: a document is expired when its expiry date is
  *before* the checking date; a document that expires *on* the checking date is still
  within its validity that day.
* **Within 6 months.** 「6か月以内」: dated (receipt or issue date) on or after the same
  day six months before the checking date, clamped to the end of a shorter month
  (checking on 31 August → dated 28/29 February or later).  The checking date stands
  for the source's 「事業者が送付を指示または送付を受ける日」.
* **Invalid documents, review and the outcome (IDV-5, interpretation).** Every
  submitted document is checked and every defect of every document is reported.  A
  document with a defect of its own (expired, hidden, altered, not meeting its table) is
  *invalid*: it does not count, and only it.  The valid documents must then contain
  what the tables ask for: one identity document (a health-insurance card only with a
  supplementary document), or for a corporation a 登記事項証明書 / 印鑑登録証明書 plus,
  when its head office is not the application address, an address document.  The
  :class:`Verdict` is VERIFIED, NEEDS_REVIEW (complete, but a name or address does not
  match — 「非承認となる場合があります」, never an automatic refusal — or a part is unclear
  or painted over and a resubmission may be requested) or NOT_VERIFIED (incomplete
  without the invalid documents).  So an invalid extra document never fails a
  submission that is complete without it.
* **Health-insurance row.** 「A:氏名・生年月日記載面 B:住所・発行日記載面」 is read
  column by column: the card's name/birth-date side and the supplementary document's
  address/issue-date side.
* **Name and address.** The source says a mismatch 「非承認となる場合があります」
  (may be refused): the library reports it for review and never refuses on it.

>>> import datetime
>>> licence = SubmittedDocument(DocumentType.DRIVERS_LICENCE, (Side.FRONT,), expires_on=datetime.date(2028, 5, 1))
>>> verify(Applicant.INDIVIDUAL, (licence,), datetime.date(2026, 9, 1)).outcome.name
'VERIFIED'
>>> card = SubmittedDocument(DocumentType.HEALTH_INSURANCE_CARD, (Side.NAME_BIRTH_DATE_SIDE,))   # numbers not masked
>>> v = verify(Applicant.INDIVIDUAL, (card,), datetime.date(2026, 9, 1))
>>> [r.code.name for r in v.reasons], v.outcome.name
(['NUMBER_NOT_MASKED', 'NUMBER_NOT_MASKED', 'NUMBER_NOT_MASKED', 'NO_IDENTITY_DOCUMENT'], 'NOT_VERIFIED')
"""

from __future__ import annotations

import calendar
import datetime as _dt
import enum
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Final, TypeVar

import attrs

from hikari_rules._check import (
    IdentityHashEnum,
    check_bool,
    check_date,
    check_enum,
    check_int,
    check_optional_date,
    check_str,
)
from hikari_rules._registry import TRACE, Clause, Trace, implements, rule
from hikari_rules._text import LANGS, label_of, labels, render
from hikari_rules._values import slot_setters
from hikari_rules.errors import RuleInputError
from hikari_rules.withdrawal import Applicant

__all__ = [
    "CORPORATE_ADDRESS_DOCUMENTS",
    "CORPORATE_DOCUMENTS",
    "HEALTH_INSURANCE_MASKED_PARTS",
    "INDIVIDUAL_DOCUMENTS",
    "NOT_ACCEPTED",
    "REASON_KINDS",
    "SERVICES_REQUIRING_VERIFICATION",
    "SIX_MONTHS",
    "SUPPLEMENTARY_DOCUMENTS",
    "Applicant",
    "DocumentRow",
    "DocumentType",
    "ListedDocuments",
    "MaskedPart",
    "Outcome",
    "Reason",
    "ReasonCode",
    "ReasonKind",
    "Route",
    "Service",
    "Side",
    "SubmittedDocument",
    "Verdict",
    "can_schedule_construction",
    "is_expired",
    "required_sides",
    "six_months_before",
    "verification_required",
    "verify",
    "within_six_months",
]

# -- the vocabulary every rule below uses -----------------------------------------------------------
# (Enum members hash by identity here: they are singletons compared by identity, and the tables
# look them up several times per document, where Enum's own __hash__ is a Python-level call.)


class DocumentType(IdentityHashEnum):
    """Every document the source names (IDV-2, IDV-3, IDV-4), accepted or not; values are its Japanese name."""

    DRIVERS_LICENCE = "運転免許証"
    INTERNATIONAL_DRIVING_PERMIT = "国際免許証"  # 国際免許証は除く
    PASSPORT = "パスポート"
    JUKI_CARD = "住民基本台帳カード"  # with photo only (has_photo)
    RESIDENCE_CARD = "在留カード"
    SPECIAL_PERMANENT_RESIDENT_CERTIFICATE = "特別永住者証明書"
    # 「特別永住者の方で現在も有効な外国人登録証明書」: only a special permanent resident's one counts.
    ALIEN_REGISTRATION_CERTIFICATE_SPECIAL_PERMANENT_RESIDENT = "外国人登録証明書(特別永住者)"
    ALIEN_REGISTRATION_CERTIFICATE = "外国人登録証明書"
    MY_NUMBER_CARD = "マイナンバーカード"
    NOTIFICATION_CARD = "通知カード"  # 通知カードは対象となりません
    HEALTH_INSURANCE_CARD = "健康保険証"
    NATIONAL_PUBLIC_SERVANT_MUTUAL_AID_CARD = "国家公務員共済組合員証"
    LOCAL_PUBLIC_SERVANT_MUTUAL_AID_CARD = "地方公務員共済組合員証"
    PRIVATE_SCHOOL_MUTUAL_AID_CARD = "私立学校教職員共済加入者証"
    SDF_MEDICAL_CARD = "自衛官診療証"
    CERTIFICATE_OF_REGISTERED_MATTERS = "登記事項証明書"
    SEAL_REGISTRATION_CERTIFICATE = "印鑑登録証明書"
    TAX_RECEIPT = "国税又は地方税の領収書"
    TAX_CERTIFICATE = "納税証明書"
    SOCIAL_INSURANCE_RECEIPT = "社会保険料の領収書"
    ELECTRICITY_RECEIPT = "公共料金領収証(電気)"
    CITY_GAS_RECEIPT = "公共料金領収証(都市ガス)"
    WATER_RECEIPT = "公共料金領収証(水道)"
    RESIDENT_RECORD_COPY = "住民票の写し"


labels(
    DocumentType,
    DRIVERS_LICENCE="driver's licence",
    INTERNATIONAL_DRIVING_PERMIT="international driving permit",
    PASSPORT="passport",
    JUKI_CARD="Basic Resident Register card (住民基本台帳カード)",
    RESIDENCE_CARD="residence card",
    SPECIAL_PERMANENT_RESIDENT_CERTIFICATE="special permanent resident certificate",
    ALIEN_REGISTRATION_CERTIFICATE_SPECIAL_PERMANENT_RESIDENT=(
        "alien registration certificate of a special permanent resident"
    ),
    ALIEN_REGISTRATION_CERTIFICATE="alien registration certificate",
    MY_NUMBER_CARD="My Number card",
    NOTIFICATION_CARD="My Number notification card (通知カード)",
    HEALTH_INSURANCE_CARD="health-insurance card",
    NATIONAL_PUBLIC_SERVANT_MUTUAL_AID_CARD="national public servants' mutual aid card",
    LOCAL_PUBLIC_SERVANT_MUTUAL_AID_CARD="local public servants' mutual aid card",
    PRIVATE_SCHOOL_MUTUAL_AID_CARD="private school teachers' mutual aid card",
    SDF_MEDICAL_CARD="Self-Defense Forces medical card",
    CERTIFICATE_OF_REGISTERED_MATTERS="certificate of registered matters (登記事項証明書)",
    SEAL_REGISTRATION_CERTIFICATE="seal registration certificate (印鑑登録証明書)",
    TAX_RECEIPT="national or local tax receipt",
    TAX_CERTIFICATE="tax payment certificate",
    SOCIAL_INSURANCE_RECEIPT="social insurance premium receipt",
    ELECTRICITY_RECEIPT="electricity bill receipt",
    CITY_GAS_RECEIPT="city gas bill receipt",
    WATER_RECEIPT="water bill receipt",
    RESIDENT_RECORD_COPY="copy of the resident record (住民票の写し)",
)


class Side(IdentityHashEnum):
    """The pages and sides (必要なページ/面) the tables name."""

    FRONT = "表面"
    BACK = "裏面"
    PHOTO_PAGE = "顔写真入りページ"
    HOLDER_PAGE = "所持人記入欄"
    NAME_BIRTH_DATE_SIDE = "氏名・生年月日記載面"
    ADDRESS_ISSUE_DATE_SIDE = "住所・発行日記載面"


labels(
    Side,
    FRONT="front side",
    BACK="back side",
    PHOTO_PAGE="photo page",
    HOLDER_PAGE="holder's entries page",
    NAME_BIRTH_DATE_SIDE="side showing the name and date of birth",
    ADDRESS_ISSUE_DATE_SIDE="side showing the address and issue date",
)


class MaskedPart(IdentityHashEnum):
    """A part of a document made unreadable before upload (塗りつぶしなど)."""

    INSURANCE_SYMBOL = "記号"
    INSURANCE_NUMBER = "番号"
    INSURER_NUMBER = "保険者番号"
    OTHER = "その他の部分"


labels(
    MaskedPart,
    INSURANCE_SYMBOL="insurance symbol (記号)",
    INSURANCE_NUMBER="insurance number (番号)",
    INSURER_NUMBER="insurer number (保険者番号)",
    OTHER="another part",
)


class ReasonCode(IdentityHashEnum):
    """Why a document does not count, or what needs review; :attr:`Reason.rule_id` says which rule.

    :data:`REASON_KINDS` says what each does to the verdict (:class:`ReasonKind`).
    """

    NOT_ACCEPTED = "not accepted"  # a document the source excludes (IDV-2)
    NOT_LISTED = "not listed"  # not in this applicant's table (IDV-2 / IDV-3)
    MISSING_SIDE = "missing side"  # IDV-2 / IDV-4
    FORBIDDEN_SIDE = "forbidden side"  # the back of a My Number card (IDV-2)
    NO_PHOTO = "no photo"  # IDV-2
    HOLDER_ENTRIES_BLANK = "holder entries blank"  # passport 所持人記入欄 (IDV-2)
    OUTSIDE_PERIOD_OF_STAY = "outside period of stay"  # IDV-2
    NUMBER_NOT_MASKED = "number not masked"  # health-insurance 記号/番号/保険者番号 (IDV-2)
    MY_NUMBER_SHOWN = "My Number shown"  # IDV-2 / IDV-4
    HONSEKI_SHOWN = "本籍 shown"  # IDV-4
    NOT_DATED = "not dated"  # IDV-3 / IDV-4
    OLDER_THAN_SIX_MONTHS = "older than six months"  # IDV-3 / IDV-4
    EXPIRED = "expired"  # IDV-5
    HIDDEN = "hidden"  # IDV-5
    ALTERED = "altered"  # IDV-5
    NAME_MISMATCH = "name mismatch"  # IDV-5: may be refused (a review)
    ADDRESS_MISMATCH = "address mismatch"  # IDV-5: may be refused (a review)
    UNCLEAR = "unclear"  # IDV-5: resubmission may be requested
    PAINTED_OVER = "painted over"  # IDV-5: resubmission may be requested
    NO_IDENTITY_DOCUMENT = "no identity document"  # IDV-2 (set)
    NEEDS_SUPPLEMENTARY_DOCUMENT = "needs supplementary document"  # IDV-2 (set)
    NO_CORPORATE_CERTIFICATE = "no corporate certificate"  # IDV-3 (set)
    NEEDS_ADDRESS_DOCUMENT = "needs address document"  # IDV-3 (set)


labels(
    ReasonCode,
    NOT_ACCEPTED="document not accepted",
    NOT_LISTED="not among this applicant's documents",
    MISSING_SIDE="a required side is missing",
    FORBIDDEN_SIDE="a side that must not be uploaded",
    NO_PHOTO="no photo",
    HOLDER_ENTRIES_BLANK="holder's entries not filled in",
    OUTSIDE_PERIOD_OF_STAY="period of stay ended",
    NUMBER_NOT_MASKED="insurance numbers not made unreadable",
    MY_NUMBER_SHOWN="My Number shown",
    HONSEKI_SHOWN="registered domicile (本籍) shown",
    NOT_DATED="no receipt or issue date",
    OLDER_THAN_SIX_MONTHS="dated more than 6 months before",
    EXPIRED="expired",
    HIDDEN="partly hidden",
    ALTERED="altered",
    NAME_MISMATCH="name does not match",
    ADDRESS_MISMATCH="address does not match",
    UNCLEAR="partly unclear",
    PAINTED_OVER="partly painted over",
    NO_IDENTITY_DOCUMENT="no identity document",
    NEEDS_SUPPLEMENTARY_DOCUMENT="supplementary document missing",
    NO_CORPORATE_CERTIFICATE="no corporate certificate",
    NEEDS_ADDRESS_DOCUMENT="application-address document missing",
)


class ReasonKind(IdentityHashEnum):
    """What a reason does to the verdict (IDV-5's three outcomes)."""

    INVALID_DOCUMENT = "invalid document"
    """The document does not count (「無効となります」, or it does not meet its table): that document only."""
    MAY_BE_REFUSED = "may be refused"
    """「非承認となる場合があります」: a case for review, never an automatic refusal."""
    RESUBMISSION_MAY_BE_REQUESTED = "resubmission may be requested"
    """「再度提出をお願いすることがあります」: a case for review."""
    INCOMPLETE = "incomplete"
    """The valid documents do not make up what the tables ask for (IDV-2 / IDV-3)."""


labels(
    ReasonKind,
    INVALID_DOCUMENT="invalid document",
    MAY_BE_REFUSED="may be refused",
    RESUBMISSION_MAY_BE_REQUESTED="a resubmission may be requested",
    INCOMPLETE="documents incomplete",
)


class Outcome(enum.Enum):
    """The verdict of :func:`verify` (IDV-5)."""

    VERIFIED = "本人確認完了"
    NEEDS_REVIEW = "要確認"
    NOT_VERIFIED = "本人確認未完了"


labels(Outcome, VERIFIED="verified", NEEDS_REVIEW="to be reviewed", NOT_VERIFIED="not verified")

_SIDE_ORDER: Final = MappingProxyType({s: i for i, s in enumerate(Side)})
_MASK_ORDER: Final = MappingProxyType({m: i for i, m in enumerate(MaskedPart)})

_REVIEW_CODES: Final = {
    ReasonCode.NAME_MISMATCH: ReasonKind.MAY_BE_REFUSED,
    ReasonCode.ADDRESS_MISMATCH: ReasonKind.MAY_BE_REFUSED,
    ReasonCode.UNCLEAR: ReasonKind.RESUBMISSION_MAY_BE_REQUESTED,
    ReasonCode.PAINTED_OVER: ReasonKind.RESUBMISSION_MAY_BE_REQUESTED,
}
_SET_CODES: Final = (
    ReasonCode.NO_IDENTITY_DOCUMENT,
    ReasonCode.NEEDS_SUPPLEMENTARY_DOCUMENT,
    ReasonCode.NO_CORPORATE_CERTIFICATE,
    ReasonCode.NEEDS_ADDRESS_DOCUMENT,
)
REASON_KINDS: Final[Mapping[ReasonCode, ReasonKind]] = MappingProxyType(
    {
        code: _REVIEW_CODES.get(code, ReasonKind.INCOMPLETE if code in _SET_CODES else ReasonKind.INVALID_DOCUMENT)
        for code in ReasonCode
    }
)
"""What each reason does to the verdict (IDV-5)."""
_KIND_OF: Final = dict(REASON_KINDS)  # a plain dict: one C-level look-up on verify's path
# The members verify reads on every call, as plain names: on Python 3.11 an ``Enum.MEMBER`` read goes
# through EnumType.__getattr__'s hook, about 40 ns more than a module global.
_INVALID_DOCUMENT: Final = ReasonKind.INVALID_DOCUMENT
_INCOMPLETE: Final = ReasonKind.INCOMPLETE
_INDIVIDUAL: Final = Applicant.INDIVIDUAL


# A defect's clause (facts: the document's number ``n`` counted from 1, its ``kind`` and the
# ``detail`` side or part, where there is one) is also what a :class:`Reason` of its code says
# (``_MESSAGES``, above :class:`Reason`).  A code found under two rules says the same under both:
# the second rule's clause takes the first's sentence.


# -- how verify collects what each rule finds (each rule's check stands under that rule) -------------

_new = object.__new__


class _Check:
    """The reasons :func:`verify` finds, and the trace it records them in (None on a plain call)."""

    __slots__ = ("on", "out", "trace")

    def __init__(self, on: _dt.date, trace: Trace | None) -> None:
        self.on = on
        self.out: list[Reason] = []
        self.trace = trace

    def defect(
        self,
        clause: Clause,
        code: ReasonCode,
        i: int | None,
        doc: SubmittedDocument | None,
        detail: Side | MaskedPart | None = None,
    ) -> None:
        """Record the reason ``code`` under ``clause``'s rule, about document ``i`` (None: the set)."""
        if doc is None:  # what the valid documents as a whole lack: one reason per code, built once
            kind = None
            self.out.append(_WHOLE_SET_REASONS[code])
        else:
            kind = doc.kind
            # A Reason from values verify made itself: Reason's validators guard callers' values.
            r: Reason = _new(Reason)
            _SET_RULE_ID(r, clause.rule_id)
            _SET_CODE(r, code)
            _SET_DOCUMENT(r, i)
            _SET_DOCUMENT_TYPE(r, kind)
            _SET_DETAIL(r, detail)
            self.out.append(r)
        if self.trace is not None:
            self.trace.add(clause, code, n=None if i is None else i + 1, kind=kind, detail=detail)


# -- IDV-1 When identity verification is needed ------------------------------------------------------

IDV_1 = rule(
    "IDV-1",
    title="When identity verification is needed",
    title_ja="本人確認が必要なサービス",
    source="FORWARD",
    section="本人確認が必要なサービス",
    quote=(
        "「着信転送サービス」をご利用になる場合、本人確認書類の提出が必要です。\n"
        "・着信転送サービス\n"
        "・So-net 光 電話(セットプラン)\n"
        "※転用、事業者変更時に「So-net 光 電話」として継続する場合も、So-netでの本人確認が必要です。\n"
        "※工事日は、本人確認完了後に決定します。"
    ),
    statement=(
        "着信転送サービス and So-net 光 電話 (set plan) need identity verification, also when 光 電話 continues "
        "through 転用 or 事業者変更; construction is scheduled only after verification completes."
    ),
    statement_ja=(
        "着信転送サービスとSo-net 光 電話(セットプラン)は本人確認が必要で、"
        "転用・事業者変更で光電話を継続する場合も同様。工事日は本人確認の完了後に決まる。"
    ),
)
NEEDS_VERIFICATION = IDV_1.clause(
    "{service} ({route}) is on the source's list of services that need identity verification"
)
NEEDS_NO_VERIFICATION = IDV_1.clause(
    "{service} ({route}) is not on the source's list of services that need identity verification"
)
NOTHING_TO_WAIT_FOR = IDV_1.clause("{service} needs no identity verification: construction can be scheduled")
VERIFICATION_NOT_DONE = IDV_1.clause(
    "{service} needs identity verification, which has not been done yet: the construction date is set only after "
    "it is complete"
)
VERIFICATION_COMPLETE = IDV_1.clause(
    "{service} needs identity verification, and the documents are {outcome}: construction can be scheduled"
)
VERIFICATION_PENDING = IDV_1.clause(
    "{service} needs identity verification, and the documents are {outcome}: the construction date is set only "
    "after verification is complete"
)


class Service(enum.Enum):
    """Services an application may include (IDV-1)."""

    CALL_FORWARDING = "着信転送サービス"
    HIKARI_DENWA = "So-net 光 電話(セットプラン)"
    INTERNET = "So-net 光(インターネット接続)"  # not in the source's list


labels(
    Service,
    CALL_FORWARDING="the call forwarding service (着信転送サービス)",
    HIKARI_DENWA="the So-net 光 phone service (set plan)",
    INTERNET="the So-net 光 internet connection",
)


class Route(enum.Enum):
    """How the line comes to So-net (IDV-1)."""

    NEW = "新規"
    TENYOU = "転用"
    OPERATOR_CHANGE = "事業者変更"


labels(Route, NEW="a new line", TENYOU="conversion (転用)", OPERATOR_CHANGE="a switch of operator (事業者変更)")

SERVICES_REQUIRING_VERIFICATION: Final[tuple[Service, ...]] = (Service.CALL_FORWARDING, Service.HIKARI_DENWA)
"""IDV-1: 本人確認が必要なサービス — ・着信転送サービス ・So-net 光 電話(セットプラン)."""


def _check_route(route: object) -> Route:
    return check_enum(route, Route, "route", "IDV-1")


@implements("IDV-1", question="Does {service} need identity verification, applied for as {route}?")
def verification_required(service: Service, route: Route = Route.NEW) -> bool:
    """Whether ``service`` needs identity verification by So-net (IDV-1).

    着信転送サービス and So-net 光 電話 (set plan) do, whatever the route: the source adds
    that 光 電話 continuing through 転用 or 事業者変更 needs it too.  Internet connection
    alone is not in the source's list, so this source asks for no verification for it.

    >>> verification_required(Service.HIKARI_DENWA, Route.OPERATOR_CHANGE)
    True
    >>> verification_required(Service.INTERNET, Route.TENYOU)
    False
    """
    service = check_enum(service, Service, "service", "IDV-1")
    route = _check_route(route)
    result = service in SERVICES_REQUIRING_VERIFICATION
    trace = TRACE.get()
    if trace is not None:
        trace.add(NEEDS_VERIFICATION if result else NEEDS_NO_VERIFICATION, result, service=service, route=route)
    return result


@implements("IDV-1", question="Can the opening construction for {service} be scheduled yet ({route})?")
def can_schedule_construction(service: Service, verdict: Verdict | None, route: Route = Route.NEW) -> bool:
    """Whether the opening construction (開通工事) for ``service`` can be scheduled (IDV-1).

    「工事日は、本人確認完了後に決定します」: a service that needs verification can be
    scheduled only once a verdict accepts the documents (``verdict`` None = no verdict yet).

    >>> can_schedule_construction(Service.CALL_FORWARDING, None)
    False
    >>> can_schedule_construction(Service.CALL_FORWARDING, Verdict(()))
    True
    """
    service = check_enum(service, Service, "service", "IDV-1")
    route = _check_route(route)
    if verdict is not None and not isinstance(verdict, Verdict):
        raise TypeError(f"IDV-1: verdict: expected a Verdict or None, got {type(verdict).__name__}")
    trace = TRACE.get()
    if service not in SERVICES_REQUIRING_VERIFICATION:
        if trace is not None:
            trace.add(NOTHING_TO_WAIT_FOR, True, service=service)
        return True
    if verdict is None:
        if trace is not None:
            trace.add(VERIFICATION_NOT_DONE, False, service=service)
        return False
    result = verdict.accepted
    if trace is not None:
        trace.add(
            VERIFICATION_COMPLETE if result else VERIFICATION_PENDING, result, service=service, outcome=verdict.outcome
        )
    return result


# -- IDV-2 Individual identity documents ------------------------------------------------------------

IDV_2 = rule(
    "IDV-2",
    title="Individual identity documents",
    title_ja="本人確認書類(個人)",
    source="FORWARD",
    section="個人 ※下記の書類のうち、いずれか1種類",
    quote=(
        "個人 ※下記の書類のうち、いずれか1種類\n"
        "各都道府県公安委員会が発行のもの(国際免許証は除く)\n"
        "裏面に変更の記載がある場合、裏面も確認させていただきます。\n"
        "所持人記入欄は、裏表紙の内側にあります。\n"
        "ご自身の指名、住所を記入してください。\n"
        "顔写真付きのもののみ有効。\n"
        "在留期限内のものを提出してください。\n"
        "表面・裏面合わせて提出してください。\n"
        "特別永住者の方で現在も有効な外国人登録証明書\n"
        "顔写真付きのもので有効期限内のもの。\n"
        "*通知カードは対象となりません。\n"
        "裏面はアップロードしないでください。\n"
        "「マイナンバー」の記載がある書類は受付できません。\n"
        "健康保険証を本人確認とする場合、補助書類が必要です。\n"
        "健康保険証を本人確認書類とされる場合は、「記号」「番号」「保険者番号」の部分を判読不可能な状態"
        "(塗りつぶしなど)にした上でアップロードしてください。"
    ),
    statement=(
        "An individual submits any one document of the table (driver's licence, passport, 住民基本台帳カード with "
        "photo, residence card / special permanent resident certificate, My Number card, or a health-insurance "
        "card with a supplementary document) with the pages and sides the table requires."
    ),
    statement_ja=(
        "個人は表の書類のいずれか1種類(運転免許証、パスポート、顔写真付き住民基本台帳カード、在留カード・特別永住者証明書、"
        "マイナンバーカード、または健康保険証+補助書類)を、表が求めるページ・面とともに提出する。"
    ),
)
IDENTITY_DOCUMENT = IDV_2.clause(
    "document {n} ({kind}) is an identity document of the individual's table, which asks for its {sides}"
)
SIDES_OF_ROW = IDV_2.clause("the individual's table asks for the {sides} of a {kind}")
SIDES_WITH_CHANGES = IDV_2.clause("the individual's table asks for the {sides} of a {kind} whose back carries changes")
NO_SIDES = IDV_2.clause("the individual's tables name no side to upload for a {kind}")
WITHIN_STAY = IDV_2.clause(
    "document {n} ({kind}): the period of stay ends on {stay_ends}, not before the check on {on}"
)
NOT_ACCEPTED_2 = IDV_2.clause("document {n} ({kind}) is not accepted as an identity document")
NOT_LISTED_2 = IDV_2.clause("document {n} ({kind}) is not among the documents of this applicant's table")
MISSING_SIDE_2 = IDV_2.clause("document {n} ({kind}): its {detail} must be uploaded")
FORBIDDEN_SIDE_2 = IDV_2.clause("document {n} ({kind}): its {detail} must never be uploaded")
NO_PHOTO_2 = IDV_2.clause("document {n} ({kind}) has no photo: only one with a photo counts")
HOLDER_ENTRIES_BLANK_2 = IDV_2.clause(
    "document {n} ({kind}): the holder's name and address are not filled in on the holder's entries page"
)
OUTSIDE_STAY_2 = IDV_2.clause("document {n} ({kind}): the period of stay has ended")
NUMBER_NOT_MASKED_2 = IDV_2.clause("document {n} ({kind}): the {detail} must be made unreadable")
MY_NUMBER_SHOWN_2 = IDV_2.clause("document {n} ({kind}) shows a My Number: it cannot be accepted")
HAS_IDENTITY_DOCUMENT = IDV_2.clause("the valid documents include an identity document: {kinds}")
HAS_CARD_AND_SUPPLEMENTARY = IDV_2.clause(
    "the valid documents include a health-insurance card or its equivalent ({kinds}) and a supplementary "
    "document ({supplementary})"
)
NO_IDENTITY_DOCUMENT_2 = IDV_2.clause("no valid identity document of the individual's table was submitted")
NEEDS_SUPPLEMENTARY_2 = IDV_2.clause(
    "a health-insurance card counts only with a supplementary document (a utility receipt or a copy of the "
    "resident record), and none valid was submitted"
)


@attrs.frozen
class DocumentRow:
    """One row of an identity-document table: 種別 | 必要なページ/面 | 注意事項.

    ``documents`` are the kinds the row accepts; ``required_sides`` the pages marked
    (必須), ``sides_if_changes`` those needed 「変更の記載がある場合」, ``never_upload``
    those that must not be uploaded.  The ``*_ja`` fields are the source's cells verbatim.
    """

    documents: tuple[DocumentType, ...]
    kind_ja: str
    required_sides: tuple[Side, ...]
    sides_if_changes: tuple[Side, ...]
    never_upload: tuple[Side, ...]
    pages_ja: str
    notes_ja: tuple[str, ...]


@attrs.frozen
class ListedDocuments:
    """One item of a numbered list of documents (IDV-3's address documents, IDV-4's 補助書類)."""

    kind_ja: str
    documents: tuple[DocumentType, ...]


_T = DocumentType
E = TypeVar("E", bound=enum.Enum)
_S = Side

INDIVIDUAL_DOCUMENTS: Final[tuple[DocumentRow, ...]] = (
    # 種別 | 必要なページ/面 | 注意事項  (個人 ※下記の書類のうち、いずれか1種類)
    DocumentRow(
        (_T.DRIVERS_LICENCE,),
        "運転免許証",
        (_S.FRONT,),
        (_S.BACK,),
        (),
        "1)表面(必須)\n2)裏面(変更の記載がある場合)",
        (
            "各都道府県公安委員会が発行のもの(国際免許証は除く)",
            "裏面に変更の記載がある場合、裏面も確認させていただきます。",
        ),
    ),
    DocumentRow(
        (_T.PASSPORT,),
        "パスポート",
        (_S.PHOTO_PAGE, _S.HOLDER_PAGE),
        (),
        (),
        "1)顔写真入りページ(必須)\n2)所持人記入欄(必須)",
        ("所持人記入欄は、裏表紙の内側にあります。", "ご自身の指名、住所を記入してください。"),
    ),
    DocumentRow(
        (_T.JUKI_CARD,),
        "住民基本台帳カード\n(顔写真付き)",
        (_S.FRONT,),
        (_S.BACK,),
        (),
        "1)表面(必須)\n2)裏面(変更の記載がある場合)",
        (
            "顔写真が掲載されているもの",
            "顔写真付きのもののみ有効。",
            "裏面に変更の記載がある場合、裏面も確認させていただきます。",
        ),
    ),
    DocumentRow(
        (
            _T.RESIDENCE_CARD,
            _T.SPECIAL_PERMANENT_RESIDENT_CERTIFICATE,
            _T.ALIEN_REGISTRATION_CERTIFICATE_SPECIAL_PERMANENT_RESIDENT,
        ),
        "在留カード\n特別永住者証明書",
        (_S.FRONT, _S.BACK),
        (),
        (),
        "1)表面(必須)\n2)裏面(必須)",
        (
            "在留資格のあるもの",
            "在留期限内のものを提出してください。",
            "表面・裏面合わせて提出してください。",
            "以下の書類もご利用可能です。",
            "特別永住者の方で現在も有効な外国人登録証明書",
        ),
    ),
    DocumentRow(
        (_T.MY_NUMBER_CARD,),
        "マイナンバーカード",
        (_S.FRONT,),
        (),
        (_S.BACK,),
        "表面(必須)",
        (
            "顔写真が掲載されているもの",
            "顔写真付きのもので有効期限内のもの。",
            "*通知カードは対象となりません。",
            "裏面はアップロードしないでください。",
            "「マイナンバー」の記載がある書類は受付できません。",
        ),
    ),
    DocumentRow(
        (
            _T.HEALTH_INSURANCE_CARD,
            _T.NATIONAL_PUBLIC_SERVANT_MUTUAL_AID_CARD,
            _T.LOCAL_PUBLIC_SERVANT_MUTUAL_AID_CARD,
            _T.PRIVATE_SCHOOL_MUTUAL_AID_CARD,
            _T.SDF_MEDICAL_CARD,
        ),
        "A:健康保険証+\nB:補助書類",
        (_S.NAME_BIRTH_DATE_SIDE,),  # A:氏名・生年月日記載面 (B's side: SUPPLEMENTARY_SIDES)
        (),
        (),
        "A:氏名・生年月日記載面\nB:住所・発行日記載面",
        (
            "健康保険証を本人確認とする場合、補助書類が必要です。",
            "健康保険証を本人確認書類とされる場合は、「記号」「番号」「保険者番号」の部分を判読不可能な状態"
            "(塗りつぶしなど)にした上でアップロードしてください。",
            "以下の書類もご利用可能です。",
            "国家公務員共済組合員証",
            "地方公務員共済組合員証",
            "私立学校教職員共済加入者証",
            "自衛官診療証",
        ),
    ),
)
"""IDV-2: the individual's table, row by row (種別 | 必要なページ/面 | 注意事項)."""

NOT_ACCEPTED: Final[Mapping[DocumentType, str]] = MappingProxyType(
    {
        _T.INTERNATIONAL_DRIVING_PERMIT: "各都道府県公安委員会が発行のもの(国際免許証は除く)",
        _T.ALIEN_REGISTRATION_CERTIFICATE: "特別永住者の方で現在も有効な外国人登録証明書",
        _T.NOTIFICATION_CARD: "*通知カードは対象となりません。",
    }
)
"""IDV-2: documents the individual's table names only to exclude, with the clause that excludes them."""

HEALTH_INSURANCE_MASKED_PARTS: Final[tuple[MaskedPart, ...]] = (
    MaskedPart.INSURANCE_SYMBOL,
    MaskedPart.INSURANCE_NUMBER,
    MaskedPart.INSURER_NUMBER,
)
"""IDV-2: 「記号」「番号」「保険者番号」 — masked on a health-insurance card, the only masking allowed (IDV-5)."""

SIX_MONTHS: Final = 6
"""IDV-3, IDV-4: 「6か月以内」."""

_ROW_OF: Final[Mapping[DocumentType, DocumentRow]] = {t: row for row in INDIVIDUAL_DOCUMENTS for t in row.documents}
_HEALTH_INSURANCE_ROW: Final = INDIVIDUAL_DOCUMENTS[-1]
_ALLOWED_HI_MASKS: Final = frozenset(HEALTH_INSURANCE_MASKED_PARTS)
# Documents that always print an expiry date: without it the rule cannot be applied (an input error).
_PRINTS_EXPIRY: Final = frozenset(
    {
        DocumentType.DRIVERS_LICENCE,
        DocumentType.PASSPORT,
        DocumentType.JUKI_CARD,
        DocumentType.RESIDENCE_CARD,
        DocumentType.SPECIAL_PERMANENT_RESIDENT_CERTIFICATE,
        DocumentType.ALIEN_REGISTRATION_CERTIFICATE_SPECIAL_PERMANENT_RESIDENT,
        DocumentType.MY_NUMBER_CARD,
    }
)


def _identity_document(c: _Check, i: int, doc: SubmittedDocument, row: DocumentRow) -> None:
    """IDV-2: an identity document against its row of the individual's table."""
    kind = doc.kind
    sides = doc.sides
    required = row.required_sides + row.sides_if_changes if doc.back_has_changes else row.required_sides
    if c.trace is not None:
        c.trace.add(IDENTITY_DOCUMENT, row.kind_ja, n=i + 1, kind=kind, sides=required)
    for side in required:
        if side not in sides:
            c.defect(MISSING_SIDE_2, ReasonCode.MISSING_SIDE, i, doc, side)
    for side in row.never_upload:
        if side in sides:
            c.defect(FORBIDDEN_SIDE_2, ReasonCode.FORBIDDEN_SIDE, i, doc, side)
    if not doc.has_photo and (kind is DocumentType.JUKI_CARD or kind is DocumentType.MY_NUMBER_CARD):
        c.defect(NO_PHOTO_2, ReasonCode.NO_PHOTO, i, doc)  # 顔写真付きのもののみ有効 / 顔写真付きのもの
    if not doc.holder_entries_filled and kind is DocumentType.PASSPORT:
        c.defect(HOLDER_ENTRIES_BLANK_2, ReasonCode.HOLDER_ENTRIES_BLANK, i, doc)
    stay_ends = doc.stay_expires_on
    if stay_ends is not None and kind is DocumentType.RESIDENCE_CARD:  # 在留期限内のもの
        if stay_ends < c.on:
            c.defect(OUTSIDE_STAY_2, ReasonCode.OUTSIDE_PERIOD_OF_STAY, i, doc)
        elif c.trace is not None:
            c.trace.add(WITHIN_STAY, True, n=i + 1, kind=kind, stay_ends=stay_ends, on=c.on)
    if row is _HEALTH_INSURANCE_ROW:
        for part in HEALTH_INSURANCE_MASKED_PARTS:
            if part not in doc.masked:
                c.defect(NUMBER_NOT_MASKED_2, ReasonCode.NUMBER_NOT_MASKED, i, doc, part)
    if doc.shows_my_number:
        c.defect(MY_NUMBER_SHOWN_2, ReasonCode.MY_NUMBER_SHOWN, i, doc)


def _individual_set(c: _Check, docs: list[SubmittedDocument]) -> None:
    """IDV-2: the valid documents hold an identity document (a health-insurance card only with a
    supplementary document)."""
    row_hi = _HEALTH_INSURANCE_ROW
    for d in docs:  # the common case: an identity document other than the health-insurance card
        row = _ROW_OF.get(d.kind)
        if row is not None and row is not row_hi:
            if c.trace is not None:
                photo_ids = [e.kind for e in docs if _ROW_OF.get(e.kind, _HEALTH_INSURANCE_ROW) is not row_hi]
                c.trace.add(HAS_IDENTITY_DOCUMENT, True, kinds=photo_ids)
            return
    identity = [d.kind for d in docs if d.kind in _ROW_OF]  # health-insurance cards only, if any
    if not identity:
        c.defect(NO_IDENTITY_DOCUMENT_2, ReasonCode.NO_IDENTITY_DOCUMENT, None, None)
        return
    supplementary = [d.kind for d in docs if d.kind in _SUPPLEMENTARY]
    if not supplementary:
        c.defect(NEEDS_SUPPLEMENTARY_2, ReasonCode.NEEDS_SUPPLEMENTARY_DOCUMENT, None, None)
    elif c.trace is not None:
        c.trace.add(HAS_CARD_AND_SUPPLEMENTARY, True, kinds=identity, supplementary=supplementary)


# -- IDV-3 Corporate identity documents -------------------------------------------------------------

IDV_3 = rule(
    "IDV-3",
    title="Corporate identity documents",
    title_ja="本人確認書類(法人)",
    source="FORWARD",
    section="法人",
    quote=(
        "登記事項証明書\nもしくは\n印鑑登録証明書\n"
        "発行後6か月以内のものを提出してください。\n"
        "左記書類に記載されている本店又は主たる事務所の所在地と申込住所が異なる場合、"
        "左記書類と併せて申込住所が記載された以下の書類を提出してください。\n"
        "国税又は地方税の領収書または納税証明書\n"
        "社会保険料の領収書\n"
        "公共料金の領収書\n"
        "(いずれも領収日付または発行日の記載があり、その日付が事業者が送付を指示または送付を受ける日より"
        "6か月以内であるもの)"
    ),
    statement=(
        "A corporation submits a 登記事項証明書 or 印鑑登録証明書 issued within 6 months; if its head office differs "
        "from the application address, also a tax receipt or certificate, social insurance receipt or utility "
        "receipt showing the application address, dated within 6 months."
    ),
    statement_ja=(
        "法人は発行後6か月以内の登記事項証明書または印鑑登録証明書を提出する。本店所在地が申込住所と異なる場合は、"
        "申込住所が記載された6か月以内の税の領収書・納税証明書、社会保険料の領収書または公共料金の領収書を併せて提出する。"
    ),
)
CORPORATE_CERTIFICATE = IDV_3.clause("document {n} ({kind}) is a corporate certificate of the corporate table")
ADDRESS_DOCUMENT = IDV_3.clause(
    "document {n} ({kind}) is one of the documents that show the application address when the head office is elsewhere"
)
NOT_LISTED_3 = IDV_3.clause(NOT_LISTED_2.template)
NOT_DATED_3 = IDV_3.clause("document {n} ({kind}) shows no receipt or issue date")
OLDER_3 = IDV_3.clause("document {n} ({kind}) is dated more than 6 months before the check")
HEAD_OFFICE_AT_ADDRESS = IDV_3.clause(
    "the valid documents include a corporate certificate ({kinds}) whose head office is the application address"
)
ADDRESS_DOCUMENT_GIVEN = IDV_3.clause(
    "the valid documents include a corporate certificate ({kinds}) and, as its head office is elsewhere, a "
    "document showing the application address ({address})"
)
NO_CORPORATE_CERTIFICATE_3 = IDV_3.clause(
    "no valid certificate of registered matters or seal registration certificate was submitted"
)
NEEDS_ADDRESS_DOCUMENT_3 = IDV_3.clause(
    "the head office differs from the application address: a tax, social insurance or utility receipt showing "
    "the application address must be added"
)

CORPORATE_DOCUMENTS: Final[DocumentRow] = DocumentRow(
    (_T.CERTIFICATE_OF_REGISTERED_MATTERS, _T.SEAL_REGISTRATION_CERTIFICATE),
    "登記事項証明書\nもしくは\n印鑑登録証明書",
    (),
    (),
    (),
    "以下の記載があるもの\n・名称\n・本店または主たる事務所の所在地",
    (
        "発行後6か月以内のものを提出してください。",
        "左記書類に記載されている本店又は主たる事務所の所在地と申込住所が異なる場合、"
        "左記書類と併せて申込住所が記載された以下の書類を提出してください。",
    ),
)
"""IDV-3: the corporate table's row (種別 | 必要ページ/面 | 注意事項)."""

CORPORATE_ADDRESS_DOCUMENTS: Final[tuple[ListedDocuments, ...]] = (
    ListedDocuments("国税又は地方税の領収書または納税証明書", (_T.TAX_RECEIPT, _T.TAX_CERTIFICATE)),
    ListedDocuments("社会保険料の領収書", (_T.SOCIAL_INSURANCE_RECEIPT,)),
    ListedDocuments("公共料金の領収書", (_T.ELECTRICITY_RECEIPT, _T.CITY_GAS_RECEIPT, _T.WATER_RECEIPT)),
)
"""IDV-3: 1.–3., one of which (showing the application address, dated within 6 months) is added when the
head office differs from the application address.  公共料金 is read as the three utilities the source's
補助書類 table names (電気・都市ガス・水道)."""


_CORPORATE: Final = frozenset(CORPORATE_DOCUMENTS.documents)
_CORPORATE_ADDRESS: Final = frozenset(t for item in CORPORATE_ADDRESS_DOCUMENTS for t in item.documents)


def _corporate_document(c: _Check, i: int, doc: SubmittedDocument, certificate: bool) -> None:
    """IDV-3: a corporate certificate or an application-address document."""
    if c.trace is not None:
        c.trace.add(CORPORATE_CERTIFICATE if certificate else ADDRESS_DOCUMENT, doc.kind, n=i + 1, kind=doc.kind)
    if doc.shows_my_number:
        c.defect(MY_NUMBER_SHOWN_2, ReasonCode.MY_NUMBER_SHOWN, i, doc)
    _dated(c, i, doc, NOT_DATED_3, OLDER_3, 0)


def _corporate_set(c: _Check, docs: list[SubmittedDocument]) -> None:
    """IDV-3: the valid documents hold a corporate certificate and, when no certificate's head
    office is the application address, an application-address document."""
    certificates = []
    at_address = False  # a certificate whose head office is the application address
    address = []
    for d in docs:
        if d.kind in _CORPORATE:
            certificates.append(d.kind)
            at_address = at_address or d.address_matches
        elif d.kind in _CORPORATE_ADDRESS:
            address.append(d.kind)
    if not certificates:
        c.defect(NO_CORPORATE_CERTIFICATE_3, ReasonCode.NO_CORPORATE_CERTIFICATE, None, None)
        return
    if at_address:
        if c.trace is not None:
            c.trace.add(HEAD_OFFICE_AT_ADDRESS, True, kinds=certificates)
        return
    if not address:
        c.defect(NEEDS_ADDRESS_DOCUMENT_3, ReasonCode.NEEDS_ADDRESS_DOCUMENT, None, None)
    elif c.trace is not None:
        c.trace.add(ADDRESS_DOCUMENT_GIVEN, True, kinds=certificates, address=address)


# -- IDV-4 Supplementary documents ------------------------------------------------------------------

IDV_4 = rule(
    "IDV-4",
    title="Supplementary documents",
    title_ja="補助書類",
    source="FORWARD",
    section="■補助書類",
    quote=(
        "・公共料金領収証(電気・都市ガス・水道の料金領収書)\n"
        "・住民票の写し\n"
        "領収日付または発行日の記載があり、その日付が事業者が送付を指示または送付をうける日より6か月以内であること。\n"
        "本籍地およびマイナンバーの記載のある住民票の写しはアップロードしないでください。"
    ),
    statement=(
        "A supplementary document is a utility receipt (electricity, city gas, water) or a copy of the resident "
        "record (住民票), dated within 6 months; a resident record showing 本籍 or My Number must not be submitted."
    ),
    statement_ja=(
        "補助書類は公共料金領収証(電気・都市ガス・水道)または住民票の写しで、領収日付または発行日が6か月以内のもの。"
        "本籍地・マイナンバーの記載のある住民票の写しは提出できない。"
    ),
)

SUPPLEMENTARY_DOCUMENT = IDV_4.clause(
    "document {n} ({kind}) is a supplementary document, which asks for its {sides}, dated within 6 months"
)
SUPPLEMENTARY_SIDE = IDV_4.clause("a supplementary document ({kind}) is uploaded with its {sides}")
MISSING_SIDE_4 = IDV_4.clause(MISSING_SIDE_2.template)
MY_NUMBER_SHOWN_4 = IDV_4.clause(MY_NUMBER_SHOWN_2.template)
HONSEKI_SHOWN_4 = IDV_4.clause("document {n} ({kind}) shows the registered domicile (本籍): it must not be submitted")
NOT_DATED_4 = IDV_4.clause(NOT_DATED_3.template)
OLDER_4 = IDV_4.clause(OLDER_3.template)

SUPPLEMENTARY_DOCUMENTS: Final[tuple[ListedDocuments, ...]] = (
    ListedDocuments(
        "・公共料金領収証(電気・都市ガス・水道の料金領収書)",
        (_T.ELECTRICITY_RECEIPT, _T.CITY_GAS_RECEIPT, _T.WATER_RECEIPT),
    ),
    ListedDocuments("・住民票の写し", (_T.RESIDENT_RECORD_COPY,)),
)
"""IDV-4: ■補助書類 (種別 | 注意事項: dated within 6 months; no 本籍 or My Number on a 住民票)."""

SUPPLEMENTARY_SIDES: Final[tuple[Side, ...]] = (_S.ADDRESS_ISSUE_DATE_SIDE,)
"""IDV-2's health-insurance row, column B: 「B:住所・発行日記載面」."""

_SUPPLEMENTARY: Final = frozenset(t for item in SUPPLEMENTARY_DOCUMENTS for t in item.documents)


def _supplementary_document(c: _Check, i: int, doc: SubmittedDocument) -> None:
    """IDV-4: a supplementary document (with IDV-2's column B: its address and issue-date side)."""
    kind = doc.kind
    if c.trace is not None:
        c.trace.add(SUPPLEMENTARY_DOCUMENT, kind, n=i + 1, kind=kind, sides=SUPPLEMENTARY_SIDES)
    for side in SUPPLEMENTARY_SIDES:
        if side not in doc.sides:
            c.defect(MISSING_SIDE_4, ReasonCode.MISSING_SIDE, i, doc, side)
    resident_record = kind is DocumentType.RESIDENT_RECORD_COPY
    if doc.shows_my_number:  # a 住民票's is IDV-4's; any other document's is IDV-2's 「マイナンバー」の記載
        c.defect(MY_NUMBER_SHOWN_4 if resident_record else MY_NUMBER_SHOWN_2, ReasonCode.MY_NUMBER_SHOWN, i, doc)
    if resident_record and doc.shows_honseki:
        c.defect(HONSEKI_SHOWN_4, ReasonCode.HONSEKI_SHOWN, i, doc)
    _dated(c, i, doc, NOT_DATED_4, OLDER_4, 1)


@implements(
    "IDV-2",
    "IDV-4",
    question=(
        "Which pages or sides of a {kind} must an individual upload (changes entered on the back: {back_has_changes})?"
    ),
)
def required_sides(kind: DocumentType, *, back_has_changes: bool = False) -> tuple[Side, ...]:
    """The pages/sides an individual must upload for ``kind`` (必要なページ/面).

    Documents outside the individual's tables, and corporate documents (whose table
    names contents, not sides), need none.

    >>> required_sides(DocumentType.DRIVERS_LICENCE, back_has_changes=True)
    (<Side.FRONT: '表面'>, <Side.BACK: '裏面'>)
    >>> required_sides(DocumentType.PASSPORT)
    (<Side.PHOTO_PAGE: '顔写真入りページ'>, <Side.HOLDER_PAGE: '所持人記入欄'>)
    """
    kind = check_enum(kind, DocumentType, "kind", "IDV-2")
    back_has_changes = check_bool(back_has_changes, "back_has_changes", "IDV-2")
    trace = TRACE.get()
    row = _ROW_OF.get(kind)
    if row is not None:
        if back_has_changes and row.sides_if_changes:
            result = row.required_sides + row.sides_if_changes
            if trace is not None:
                trace.add(SIDES_WITH_CHANGES, result, kind=kind, sides=result)
            return result
        if trace is not None:
            trace.add(SIDES_OF_ROW, row.required_sides, kind=kind, sides=row.required_sides)
        return row.required_sides
    if kind in _SUPPLEMENTARY:
        if trace is not None:
            trace.add(SUPPLEMENTARY_SIDE, SUPPLEMENTARY_SIDES, kind=kind, sides=SUPPLEMENTARY_SIDES)
        return SUPPLEMENTARY_SIDES
    if trace is not None:
        trace.add(NO_SIDES, (), kind=kind)
    return ()


# -- 「6か月以内」, stated by IDV-3 and IDV-4 alike ---------------------------------------------------
# RULES.md: "Within 6 months" (IDV-3, IDV-4).  One window, stated by two clauses: the public
# functions below decide it for both and record it under each, naming the documents each governs.

EARLIEST_3 = IDV_3.clause(
    "checking on {on}, a corporate certificate or application-address document must be dated {earliest} or later "
    "(6 months before, or the end of that month when it is shorter)"
)
EARLIEST_4 = IDV_4.clause(
    "checking on {on}, a supplementary document must be dated {earliest} or later "
    "(6 months before, or the end of that month when it is shorter)"
)
WITHIN_3 = IDV_3.clause(
    "a corporate certificate or application-address document dated {dated_on} is within 6 months of the check on "
    "{on} (dated {earliest} or later)"
)
NOT_WITHIN_3 = IDV_3.clause(
    "a corporate certificate or application-address document dated {dated_on} is not within 6 months of the check "
    "on {on} (it must be dated {earliest} or later)"
)
WITHIN_4 = IDV_4.clause(
    "a supplementary document dated {dated_on} is within 6 months of the check on {on} (dated {earliest} or later)"
)
NOT_WITHIN_4 = IDV_4.clause(
    "a supplementary document dated {dated_on} is not within 6 months of the check on {on} (it must be dated "
    "{earliest} or later)"
)
NO_BOUND_3 = IDV_3.clause(
    "checking on {on}, 6 months before falls before the calendar begins: a corporate certificate or "
    "application-address document dated {dated_on} is within 6 months"
)
NO_BOUND_4 = IDV_4.clause(
    "checking on {on}, 6 months before falls before the calendar begins: a supplementary document dated {dated_on} "
    "is within 6 months"
)
_WINDOW_CLAUSES: Final = (
    (EARLIEST_3, WITHIN_3, NOT_WITHIN_3, NO_BOUND_3),
    (EARLIEST_4, WITHIN_4, NOT_WITHIN_4, NO_BOUND_4),
)
_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _six_months_before(on: _dt.date) -> _dt.date | None:
    """The earliest date still 「6か月以内」 of ``on``, or None when it would fall before 0001-01-01.

    The same day six months earlier, clamped to the end of a shorter month — what
    ``on - dateutil.relativedelta(months=6)`` gives, in O(1) integer arithmetic.
    """
    index = on.year * 12 + on.month - 1 - SIX_MONTHS
    if index < 12:  # before 0001-01
        return None
    year, month0 = divmod(index, 12)
    last = _MONTH_DAYS[month0] if month0 != 1 or not calendar.isleap(year) else 29
    day = on.day
    return _dt.date(year, month0 + 1, day if day <= last else last)


@implements("IDV-3", "IDV-4", question="Checking on {on}, what is the earliest date still within 6 months?")
def six_months_before(on: _dt.date) -> _dt.date:
    """The earliest receipt/issue date that is still 「6か月以内」 when checking on ``on`` (IDV-3, IDV-4).

    The same day six months earlier, clamped to the end of a shorter month; a date
    before 0001-07-01 has no such day (:class:`~hikari_rules.RuleInputError`).

    >>> import datetime
    >>> six_months_before(datetime.date(2026, 9, 15))
    datetime.date(2026, 3, 15)
    >>> six_months_before(datetime.date(2026, 8, 31))
    datetime.date(2026, 2, 28)
    """
    on = check_date(on, "on", "IDV-4")
    cutoff = _six_months_before(on)
    if cutoff is None:
        raise RuleInputError("six months before it is before 0001-01-01", parameter="on", rule="IDV-4")
    trace = TRACE.get()
    if trace is not None:
        for earliest, _, _, _ in _WINDOW_CLAUSES:
            trace.add(earliest, cutoff, on=on, earliest=cutoff)
    return cutoff


@implements("IDV-3", "IDV-4", question="Is a document dated {dated_on} within 6 months, when checked on {on}?")
def within_six_months(dated_on: _dt.date, on: _dt.date) -> bool:
    """Whether a document dated ``dated_on`` is 「6か月以内」 when checked on ``on`` (IDV-3, IDV-4).

    A date after ``on`` is a :class:`~hikari_rules.RuleInputError` (no upload is dated after its check).

    >>> import datetime
    >>> within_six_months(datetime.date(2026, 3, 15), datetime.date(2026, 9, 15))
    True
    >>> within_six_months(datetime.date(2026, 3, 14), datetime.date(2026, 9, 15))
    False
    """
    dated_on = check_date(dated_on, "dated_on", "IDV-4")
    on = check_date(on, "on", "IDV-4")
    if dated_on > on:
        raise RuleInputError(f"{dated_on} is after the checking date {on}", parameter="dated_on", rule="IDV-4")
    cutoff = _six_months_before(on)
    trace = TRACE.get()
    if cutoff is None:
        if trace is not None:
            for _, _, _, no_bound in _WINDOW_CLAUSES:
                trace.add(no_bound, True, dated_on=dated_on, on=on)
        return True
    result = dated_on >= cutoff
    if trace is not None:
        for _, within, not_within, _ in _WINDOW_CLAUSES:
            trace.add(within if result else not_within, result, dated_on=dated_on, on=on, earliest=cutoff)
    return result


def _dated(c: _Check, i: int, doc: SubmittedDocument, not_dated: Clause, older: Clause, window: int) -> None:
    """IDV-3 / IDV-4: dated, and within 6 months of the check."""
    dated_on = doc.dated_on
    if dated_on is None:
        c.defect(not_dated, ReasonCode.NOT_DATED, i, doc)
        return
    cutoff = _six_months_before(c.on)
    if cutoff is not None and dated_on < cutoff:
        if c.trace is not None:
            c.trace.add(_WINDOW_CLAUSES[window][2], False, dated_on=dated_on, on=c.on, earliest=cutoff)
        c.defect(older, ReasonCode.OLDER_THAN_SIX_MONTHS, i, doc)
    elif c.trace is not None:
        if cutoff is None:
            c.trace.add(_WINDOW_CLAUSES[window][3], True, dated_on=dated_on, on=c.on)
        else:
            c.trace.add(_WINDOW_CLAUSES[window][1], True, dated_on=dated_on, on=c.on, earliest=cutoff)


# -- IDV-5 Invalid documents, refusal and resubmission ----------------------------------------------

IDV_5 = rule(
    "IDV-5",
    title="Invalid documents, refusal and resubmission",
    title_ja="無効・非承認・再提出となる場合",
    source="FORWARD",
    section="本人確認書類について",
    quote=(
        "有効期限内の書類をご提示ください。有効期限切れの書類は受け付けできません。\n"
        "お申し込み時に入力された氏名、住所が本人確認書類の内容と一致しない場合は、本人確認が非承認となる場合があります。\n"
        "本人確認書類は、一部を隠したり改ざんしたものは無効となります。\n"
        "「不鮮明な部分がある」「意図的に塗りつぶされた部分がある」といった場合、再度提出をお願いすることがあります。"
    ),
    statement=(
        "Three outcomes, each reported with its reason and rule ID. An expired, partly hidden or altered document is "
        "invalid (masking the health-insurance numbers is the only allowed masking): that document only. A name or "
        "address not matching the application may lead to refusal: a case for review, never an automatic refusal. "
        "Unclear parts or parts intentionally blacked out may lead to a request to resubmit."
    ),
    statement_ja=(
        "有効期限切れ・一部を隠した・改ざんした書類は無効(健康保険証の番号の塗りつぶしのみ可)で、無効となるのはその書類だけ。"
        "申込の氏名・住所と一致しない場合は非承認となる場合があり、自動的に非承認とはせず確認が必要とする。"
        "不鮮明な部分や意図的に塗りつぶされた部分がある場合は、再提出を求められることがある。"
    ),
    interpretation=(
        "Verification passes when the valid documents alone satisfy IDV-2 (any one primary document, with its "
        "supplementary document where required) or IDV-3: an extra invalid document does not fail a submission that "
        "is complete without it (「いずれか1種類」). The result is verified, to be reviewed (complete, but a "
        "name or address does not match, or a resubmission may be requested) or not verified (incomplete without "
        "the invalid documents)."
    ),
    other_reading="Any invalid document fails the whole submission.",
    interpretation_ja=(
        "無効な書類を除いた有効な書類だけで、個人の書類の表"
        "(IDV-2: いずれか1種類の本人確認書類と、必要な場合はその補助書類)または法人の書類の表(IDV-3)を満たせば"
        "本人確認は完了とする。それだけで足りる提出に無効な書類が余分に含まれていても、不承認にはしない"
        "(「いずれか1種類」)。結果は「本人確認完了」「要確認」(書類は揃っているが、非承認となりうる理由や再提出を求められうる"
        "理由がある)「本人確認未完了」(無効な書類を除くと書類が揃わない)のいずれか。"
    ),
    other_reading_ja="無効な書類が1つでもあれば提出全体を不承認とする読み方。",
)
WITHIN_VALIDITY = IDV_5.clause("valid through {expires_on}: checked on {on}, it is within its validity")
PAST_VALIDITY = IDV_5.clause("valid through {expires_on}: checked on {on}, it has expired")
EXPIRED_5 = IDV_5.clause("document {n} ({kind}) has expired")
HIDDEN_5 = IDV_5.clause("document {n} ({kind}): part of it is hidden ({detail})")
ALTERED_5 = IDV_5.clause("document {n} ({kind}) has been altered")
NAME_MISMATCH_5 = IDV_5.clause(
    "document {n} ({kind}): the name does not match the application (verification may be refused: a case for review)"
)
ADDRESS_MISMATCH_5 = IDV_5.clause(
    "document {n} ({kind}): the address does not match the application (verification may be refused: a case for review)"
)
UNCLEAR_5 = IDV_5.clause("document {n} ({kind}): part of it is unclear (a resubmission may be requested)")
PAINTED_OVER_5 = IDV_5.clause(
    "document {n} ({kind}): part of it was intentionally painted over (a resubmission may be requested)"
)
DOCUMENT_INVALID = IDV_5.clause("document {n} ({kind}) is invalid: it does not count, and only it")
DOCUMENT_COUNTS = IDV_5.clause("document {n} ({kind}) is valid: it counts")
VERIFIED_ON = IDV_5.clause("checked on {on}, the documents make up what the table asks for: {outcome}")
VERIFIED_BESIDE_INVALID = IDV_5.clause(
    "checked on {on}, the valid documents alone make up what the table asks for: the documents found invalid "
    "(numbered {invalid}) do not fail the submission (interpretation): {outcome}"
)
TO_BE_REVIEWED = IDV_5.clause(
    "checked on {on}, the documents make up what the table asks for, but there is something to review ({reasons}): "
    "a mismatch may lead to refusal, or a resubmission may be requested, never an automatic refusal: {outcome}"
)
INCOMPLETE = IDV_5.clause("checked on {on}, the valid documents do not make up what the table asks for: {outcome}")


def _sorted_members(value: object, cls: type[E], order: Mapping[E, int], name: str) -> tuple[E, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(f"IDV-2: {name}: expected a collection of {cls.__name__}, got {type(value).__name__}")
    items: set[E] = set()
    for v in value:
        items.add(check_enum(v, cls, name, "IDV-2"))
    return tuple(sorted(items, key=order.__getitem__))


def _to_sides(value: Iterable[Side]) -> tuple[Side, ...]:
    return _sorted_members(value, Side, _SIDE_ORDER, "sides")


def _to_masked(value: Iterable[MaskedPart]) -> tuple[MaskedPart, ...]:
    return _sorted_members(value, MaskedPart, _MASK_ORDER, "masked")


def _kind(_i: object, _a: object, value: Any) -> None:
    check_enum(value, DocumentType, "kind", "IDV-2")


def _opt_date(_i: object, a: attrs.Attribute[Any], value: Any) -> None:
    """A date or None; an error names the field and the rule in its ``rule`` metadata."""
    check_optional_date(value, a.name, a.metadata["rule"])


def _flag(_i: object, a: attrs.Attribute[Any], value: Any) -> None:
    """A bool; an error names the field and the rule in its ``rule`` metadata."""
    check_bool(value, a.name, a.metadata["rule"])


@attrs.frozen
class SubmittedDocument:
    """One uploaded document, described by the facts the rules look at.

    Only ``kind`` and ``sides`` are required; every other field defaults to the clean
    document (nothing masked or altered, no My Number or 本籍 visible, no change entries,
    name and address matching the application).

    - ``sides``: the pages/sides uploaded (any collection of :class:`Side`; kept sorted).
    - ``expires_on``: the expiry date printed on it (有効期限), or None when it prints
      none.  Documents that always print one (licence, passport, 住基カード, residence
      card, special permanent resident certificate and its 外国人登録証明書, My Number
      card) must give it: leaving it out is a :class:`~hikari_rules.RuleInputError`.
    - ``dated_on``: the receipt or issue date (領収日付または発行日) where the rules need one
      (IDV-3, IDV-4); None when the document shows none.
    - ``stay_expires_on``: a residence card's end of the period of stay (在留期間の満了日);
      None when the holder has no period of stay (e.g. a permanent resident).
    - ``masked``: the parts made unreadable (:class:`MaskedPart`).
    - ``altered``: changed after issue (改ざん).
    - ``shows_my_number`` / ``shows_honseki``: a My Number / 本籍 is readable on the upload.
    - ``back_has_changes``: the back carries change entries (変更の記載).
    - ``holder_entries_filled``: a passport's 所持人記入欄 has the holder's name and address.
    - ``has_photo``: a 住基カード / My Number card carries the holder's photo.
    - ``name_matches`` / ``address_matches``: the name / address shown equals the one in
      the application (leave True when the document shows none).  On a 登記事項証明書 or
      印鑑登録証明書 ``address_matches`` says whether the head office is the application address.
    - ``unclear``: part of the upload is unclear (不鮮明な部分がある).
    - ``painted_over``: part of it was intentionally painted over (意図的に塗りつぶされた部分がある),
      other than the health-insurance numbers IDV-2 asks to mask.

    >>> SubmittedDocument(DocumentType.PASSPORT, [Side.HOLDER_PAGE, Side.PHOTO_PAGE],
    ...                   expires_on=__import__("datetime").date(2030, 1, 1)).sides
    (<Side.PHOTO_PAGE: '顔写真入りページ'>, <Side.HOLDER_PAGE: '所持人記入欄'>)
    """

    kind: DocumentType = attrs.field(validator=_kind, metadata={"label": "document"})
    sides: tuple[Side, ...] = attrs.field(converter=_to_sides, metadata={"label": "sides uploaded"})
    expires_on: _dt.date | None = attrs.field(
        default=None, validator=_opt_date, metadata={"rule": "IDV-5", "label": "expiry date"}
    )
    dated_on: _dt.date | None = attrs.field(
        default=None, validator=_opt_date, metadata={"rule": "IDV-4", "label": "receipt or issue date"}
    )
    stay_expires_on: _dt.date | None = attrs.field(
        default=None, validator=_opt_date, metadata={"rule": "IDV-2", "label": "end of the period of stay"}
    )
    masked: tuple[MaskedPart, ...] = attrs.field(
        default=(), converter=_to_masked, metadata={"label": "parts made unreadable"}
    )
    altered: bool = attrs.field(default=False, validator=_flag, metadata={"rule": "IDV-5", "label": "altered"})
    shows_my_number: bool = attrs.field(
        default=False, validator=_flag, metadata={"rule": "IDV-2", "label": "My Number shown"}
    )
    shows_honseki: bool = attrs.field(
        default=False, validator=_flag, metadata={"rule": "IDV-4", "label": "registered domicile (本籍) shown"}
    )
    back_has_changes: bool = attrs.field(
        default=False, validator=_flag, metadata={"rule": "IDV-2", "label": "changes entered on the back"}
    )
    holder_entries_filled: bool = attrs.field(
        default=True, validator=_flag, metadata={"rule": "IDV-2", "label": "holder's entries filled in"}
    )
    has_photo: bool = attrs.field(default=True, validator=_flag, metadata={"rule": "IDV-2", "label": "with a photo"})
    name_matches: bool = attrs.field(
        default=True, validator=_flag, metadata={"rule": "IDV-5", "label": "name matches the application"}
    )
    address_matches: bool = attrs.field(
        default=True, validator=_flag, metadata={"rule": "IDV-5", "label": "address matches the application"}
    )
    unclear: bool = attrs.field(default=False, validator=_flag, metadata={"rule": "IDV-5", "label": "partly unclear"})
    painted_over: bool = attrs.field(
        default=False, validator=_flag, metadata={"rule": "IDV-5", "label": "partly painted over"}
    )

    def __attrs_post_init__(self) -> None:
        if self.expires_on is None and self.kind in _PRINTS_EXPIRY:
            raise RuleInputError(
                f"a {label_of(self.kind)} always prints an expiry date (有効期限): give it",
                parameter="expires_on",
                rule="IDV-5",
            )


def _expired(expires_on: _dt.date, on: _dt.date, trace: Trace | None) -> bool:
    """IDV-5: expired when the expiry date is before the checking date (recorded when explaining)."""
    result = expires_on < on
    if trace is not None:
        trace.add(PAST_VALIDITY if result else WITHIN_VALIDITY, result, expires_on=expires_on, on=on)
    return result


@implements("IDV-5", question="Is a document valid through {expires_on} expired when checked on {on}?")
def is_expired(expires_on: _dt.date, on: _dt.date) -> bool:
    """Whether a document with expiry date ``expires_on`` is expired on ``on`` (IDV-5).

    Reading: a document that expires *on* the checking date is still within its
    validity that day; it is expired from the next day.

    >>> import datetime
    >>> is_expired(datetime.date(2026, 9, 1), datetime.date(2026, 9, 1))
    False
    >>> is_expired(datetime.date(2026, 8, 31), datetime.date(2026, 9, 1))
    True
    """
    expires_on = check_date(expires_on, "expires_on", "IDV-5")
    on = check_date(on, "on", "IDV-5")
    return _expired(expires_on, on, TRACE.get())


def _validity(c: _Check, i: int, doc: SubmittedDocument, health_insurance: bool, certificate: bool) -> None:
    """IDV-5: invalid when expired, hidden or altered; a review when the name or address does not
    match, or a part is unclear or painted over."""
    if doc.expires_on is not None and _expired(doc.expires_on, c.on, c.trace):
        c.defect(EXPIRED_5, ReasonCode.EXPIRED, i, doc)
    for part in doc.masked:
        if not (health_insurance and part in _ALLOWED_HI_MASKS):
            c.defect(HIDDEN_5, ReasonCode.HIDDEN, i, doc, part)
    if doc.altered:
        c.defect(ALTERED_5, ReasonCode.ALTERED, i, doc)
    if not doc.name_matches:
        c.defect(NAME_MISMATCH_5, ReasonCode.NAME_MISMATCH, i, doc)
    # A corporate certificate's head office may differ: IDV-3 then asks for an address document.
    if not doc.address_matches and not certificate:
        c.defect(ADDRESS_MISMATCH_5, ReasonCode.ADDRESS_MISMATCH, i, doc)
    if doc.unclear:
        c.defect(UNCLEAR_5, ReasonCode.UNCLEAR, i, doc)
    if doc.painted_over:
        c.defect(PAINTED_OVER_5, ReasonCode.PAINTED_OVER, i, doc)


# -- reasons and the verdict (IDV-5) ------------------------------------------------------------------

_IDV_RULES: Final = ("IDV-1", "IDV-2", "IDV-3", "IDV-4", "IDV-5")


def _reason_rule(_i: object, _a: object, value: Any) -> None:
    if check_str(value, "rule_id", "IDV-5") not in _IDV_RULES:
        raise RuleInputError(f"expected one of {_IDV_RULES}, got {value[:20]!r}", parameter="rule_id", rule="IDV-5")


def _reason_code(_i: object, _a: object, value: Any) -> None:
    check_enum(value, ReasonCode, "code", "IDV-5")


def _reason_document(_i: object, _a: object, value: Any) -> None:
    if value is not None:
        check_int(value, "document", "IDV-5", minimum=0)


def _reason_type(_i: object, _a: object, value: Any) -> None:
    if value is not None:
        check_enum(value, DocumentType, "document_type", "IDV-5")


def _reason_detail(_i: object, _a: object, value: Any) -> None:
    if value is not None and not isinstance(value, Side | MaskedPart):
        raise TypeError(f"IDV-5: detail: expected a Side, a MaskedPart or None, got {type(value).__name__}")


_MESSAGES: Final[Mapping[ReasonCode, str]] = MappingProxyType(
    {
        ReasonCode.NOT_ACCEPTED: NOT_ACCEPTED_2.template,
        ReasonCode.NOT_LISTED: NOT_LISTED_2.template,
        ReasonCode.MISSING_SIDE: MISSING_SIDE_2.template,
        ReasonCode.FORBIDDEN_SIDE: FORBIDDEN_SIDE_2.template,
        ReasonCode.NO_PHOTO: NO_PHOTO_2.template,
        ReasonCode.HOLDER_ENTRIES_BLANK: HOLDER_ENTRIES_BLANK_2.template,
        ReasonCode.OUTSIDE_PERIOD_OF_STAY: OUTSIDE_STAY_2.template,
        ReasonCode.NUMBER_NOT_MASKED: NUMBER_NOT_MASKED_2.template,
        ReasonCode.MY_NUMBER_SHOWN: MY_NUMBER_SHOWN_2.template,
        ReasonCode.NO_IDENTITY_DOCUMENT: NO_IDENTITY_DOCUMENT_2.template,
        ReasonCode.NEEDS_SUPPLEMENTARY_DOCUMENT: NEEDS_SUPPLEMENTARY_2.template,
        ReasonCode.NOT_DATED: NOT_DATED_3.template,
        ReasonCode.OLDER_THAN_SIX_MONTHS: OLDER_3.template,
        ReasonCode.NO_CORPORATE_CERTIFICATE: NO_CORPORATE_CERTIFICATE_3.template,
        ReasonCode.NEEDS_ADDRESS_DOCUMENT: NEEDS_ADDRESS_DOCUMENT_3.template,
        ReasonCode.HONSEKI_SHOWN: HONSEKI_SHOWN_4.template,
        ReasonCode.EXPIRED: EXPIRED_5.template,
        ReasonCode.HIDDEN: HIDDEN_5.template,
        ReasonCode.ALTERED: ALTERED_5.template,
        ReasonCode.NAME_MISMATCH: NAME_MISMATCH_5.template,
        ReasonCode.ADDRESS_MISMATCH: ADDRESS_MISMATCH_5.template,
        ReasonCode.UNCLEAR: UNCLEAR_5.template,
        ReasonCode.PAINTED_OVER: PAINTED_OVER_5.template,
    }
)
"""What each reason says, in English: the sentence of the clause that finds it (:attr:`Reason.message`)."""


@attrs.frozen
class Reason:
    """One reason a submission fails or needs review: the rule, what is wrong, and with which document.

    ``document`` is the index of the document in the submission, from 0 (None for what
    the set as a whole lacks); ``detail`` is the side or masked part concerned, where
    there is one.  The messages number documents from 1, as a person counts them.

    >>> Reason("IDV-5", ReasonCode.EXPIRED, 0, DocumentType.PASSPORT).message
    'document 1 (passport) has expired'
    """

    rule_id: str = attrs.field(validator=_reason_rule, metadata={"label": "rule ID"})
    code: ReasonCode = attrs.field(validator=_reason_code, metadata={"label": "reason"})
    document: int | None = attrs.field(
        default=None, validator=_reason_document, metadata={"label": "document index (from 0)"}
    )
    document_type: DocumentType | None = attrs.field(
        default=None, validator=_reason_type, metadata={"label": "kind of document"}
    )
    detail: Side | MaskedPart | None = attrs.field(
        default=None, validator=_reason_detail, metadata={"label": "side or part"}
    )

    def say(self, lang: str = "en") -> str:
        """The reason in English (``"en"``) or Japanese (``"ja"``): the sentence of the clause that found it.

        Another language is a :class:`~hikari_rules.RuleInputError`, as for an explanation's text."""
        if lang not in LANGS:
            raise RuleInputError(f"expected one of {LANGS}, got {lang!r}", parameter="lang", rule="IDV-5")
        n = None if self.document is None else self.document + 1
        facts = {"n": n, "kind": self.document_type, "detail": self.detail}
        return render(_MESSAGES[self.code], facts, "ja" if lang == "ja" else "en")

    @property
    def kind(self) -> ReasonKind:
        """What this reason does to the verdict (IDV-5)."""
        return REASON_KINDS[self.code]

    @property
    def message(self) -> str:
        """The reason in English."""
        return self.say("en")

    @property
    def message_ja(self) -> str:
        """The reason in Japanese."""
        return self.say("ja")


_SET_RULE_ID, _SET_CODE, _SET_DOCUMENT, _SET_DOCUMENT_TYPE, _SET_DETAIL = slot_setters(Reason)

_WHOLE_SET_REASONS: Final[Mapping[ReasonCode, Reason]] = {
    code: Reason(clause.rule_id, code)
    for clause, code in (
        (NO_IDENTITY_DOCUMENT_2, ReasonCode.NO_IDENTITY_DOCUMENT),
        (NEEDS_SUPPLEMENTARY_2, ReasonCode.NEEDS_SUPPLEMENTARY_DOCUMENT),
        (NO_CORPORATE_CERTIFICATE_3, ReasonCode.NO_CORPORATE_CERTIFICATE),
        (NEEDS_ADDRESS_DOCUMENT_3, ReasonCode.NEEDS_ADDRESS_DOCUMENT),
    )
}
"""The reasons about the set of valid documents as a whole (no document), each built once (frozen: shared;
a plain dict, read-only by convention: one C-level look-up on verify's path)."""


def _check_reasons(_i: object, _a: object, value: object) -> None:
    if type(value) is not tuple or not all(isinstance(r, Reason) for r in value):
        raise TypeError("IDV-5: reasons: expected a tuple of Reason")


_REVIEW_KINDS: Final = (ReasonKind.MAY_BE_REFUSED, ReasonKind.RESUBMISSION_MAY_BE_REQUESTED)


def _outcome_of(reasons: tuple[Reason, ...], trace: Trace | None = None, on: _dt.date | None = None) -> Outcome:
    """The outcome a list of reasons of :func:`verify` gives (IDV-5, interpretation), recorded when explaining.

    A reason about the set (``INCOMPLETE``: the valid documents do not make up what the
    tables ask for) → NOT_VERIFIED; otherwise a review reason on a document that counts
    → NEEDS_REVIEW; otherwise VERIFIED (invalid extra documents are only reported).
    """
    invalid: set[int | None] = set()
    review: list[Reason] = []
    # verify puts what the set lacks last: one look-up decides the commonest refusal
    incomplete = bool(reasons) and _KIND_OF[reasons[-1].code] is _INCOMPLETE
    if not incomplete:
        for r in reasons:
            kind = _KIND_OF[r.code]
            if kind is _INCOMPLETE:
                incomplete = True
                break
            if kind is _INVALID_DOCUMENT:
                invalid.add(r.document)
            else:
                review.append(r)
    if incomplete:
        if trace is not None:
            trace.add(INCOMPLETE, Outcome.NOT_VERIFIED, on=on, outcome=Outcome.NOT_VERIFIED)
        return Outcome.NOT_VERIFIED
    review_codes = [r.code for r in review if r.document not in invalid]
    if review_codes:
        if trace is not None:
            trace.add(TO_BE_REVIEWED, Outcome.NEEDS_REVIEW, on=on, reasons=review_codes, outcome=Outcome.NEEDS_REVIEW)
        return Outcome.NEEDS_REVIEW
    if trace is not None:
        if invalid:
            numbers = tuple(sorted(i + 1 for i in invalid if i is not None))
            trace.add(VERIFIED_BESIDE_INVALID, Outcome.VERIFIED, on=on, invalid=numbers, outcome=Outcome.VERIFIED)
        else:
            trace.add(VERIFIED_ON, Outcome.VERIFIED, on=on, outcome=Outcome.VERIFIED)
    return Outcome.VERIFIED


@attrs.frozen
class Verdict:
    """The outcome of :func:`verify` and **every** reason behind it (IDV-5).

    ``outcome`` is VERIFIED, NEEDS_REVIEW or NOT_VERIFIED; ``accepted`` is True exactly
    when it is VERIFIED (construction can then be scheduled, IDV-1).  ``reasons`` may be
    non-empty for a verified submission: an invalid extra document is reported, and
    does not fail a submission complete without it.

    >>> Verdict(()).outcome.name, Verdict(()).accepted
    ('VERIFIED', True)
    """

    reasons: tuple[Reason, ...] = attrs.field(validator=_check_reasons, metadata={"label": "reasons"})
    outcome: Outcome = attrs.field(init=False, metadata={"label": "verification outcome"})
    accepted: bool = attrs.field(init=False, metadata={"label": "verification complete"})

    def __attrs_post_init__(self) -> None:
        outcome = _outcome_of(self.reasons) if self.reasons else Outcome.VERIFIED
        object.__setattr__(self, "outcome", outcome)
        object.__setattr__(self, "accepted", outcome is Outcome.VERIFIED)

    @property
    def invalid_documents(self) -> tuple[int, ...]:
        """The indices of the documents that do not count (sorted)."""
        return tuple(
            sorted(
                {r.document for r in self.reasons if r.kind is ReasonKind.INVALID_DOCUMENT and r.document is not None}
            )
        )

    @property
    def review_reasons(self) -> tuple[Reason, ...]:
        """The reasons that call for a review (may be refused, resubmission may be requested)."""
        return tuple(r for r in self.reasons if r.kind in _REVIEW_KINDS)


_SET_REASONS, _SET_OUTCOME, _SET_ACCEPTED = slot_setters(Verdict)
_VERIFIED: Final = Verdict(())
"""The verdict of a submission without a reason, built once (frozen, so shared)."""


def _verdict(reasons: tuple[Reason, ...], outcome: Outcome) -> Verdict:
    """A :class:`Verdict` of :func:`verify`'s own reasons and the outcome it decided on them: the
    public constructor's checks guard callers' values, and would decide the outcome a second time."""
    v: Verdict = _new(Verdict)
    _SET_REASONS(v, reasons)
    _SET_OUTCOME(v, outcome)
    _SET_ACCEPTED(v, outcome is Outcome.VERIFIED)
    return v


# -- verify: each document against its table (IDV-2, IDV-3, IDV-4) and IDV-5, then the set ------------


def _check_document(c: _Check, i: int, doc: SubmittedDocument, individual: bool) -> bool:
    """Every defect of one document, in a fixed order (its table, then IDV-5); whether it counts."""
    start = len(c.out)
    kind = doc.kind
    if individual:
        row = _ROW_OF.get(kind)
        if row is not None:
            _identity_document(c, i, doc, row)
            _validity(c, i, doc, row is _HEALTH_INSURANCE_ROW, False)
        elif kind in _SUPPLEMENTARY:
            _supplementary_document(c, i, doc)
            _validity(c, i, doc, False, False)
        elif kind in NOT_ACCEPTED:
            c.defect(NOT_ACCEPTED_2, ReasonCode.NOT_ACCEPTED, i, doc)
        else:
            c.defect(NOT_LISTED_2, ReasonCode.NOT_LISTED, i, doc)
    else:
        certificate = kind in _CORPORATE
        if certificate or kind in _CORPORATE_ADDRESS:
            _corporate_document(c, i, doc, certificate)
            _validity(c, i, doc, False, certificate)
        else:
            c.defect(NOT_LISTED_3, ReasonCode.NOT_LISTED, i, doc)
    if len(c.out) == start:  # no defect: the common case
        if c.trace is not None:
            c.trace.add(DOCUMENT_COUNTS, True, n=i + 1, kind=kind)
        return True
    counts = True
    for r in c.out[start:]:
        if _KIND_OF[r.code] is _INVALID_DOCUMENT:
            counts = False
            break
    if c.trace is not None:
        c.trace.add(DOCUMENT_COUNTS if counts else DOCUMENT_INVALID, counts, n=i + 1, kind=kind)
    return counts


def _documents(documents: object, on: _dt.date) -> tuple[SubmittedDocument, ...] | list[SubmittedDocument]:
    if type(documents) is not list and not isinstance(documents, tuple | list):
        raise TypeError(
            f"IDV-2: documents: expected a tuple or list of SubmittedDocument, got {type(documents).__name__}"
        )
    for i, d in enumerate(documents):
        if type(d) is not SubmittedDocument and not isinstance(d, SubmittedDocument):
            raise TypeError(f"IDV-2: documents[{i}]: expected a SubmittedDocument, got {type(d).__name__}")
        if d.dated_on is not None and d.dated_on > on:
            raise RuleInputError(
                f"dated {d.dated_on}, after the checking date {on}", parameter=f"documents[{i}].dated_on", rule="IDV-4"
            )
    return documents


@implements(
    "IDV-2",
    "IDV-3",
    "IDV-4",
    "IDV-5",
    question="Do the documents submitted for {applicant} verify the applicant's identity, checked on {on}?",
    answer="{result.outcome}",
)
def verify(
    applicant: Applicant,
    documents: tuple[SubmittedDocument, ...] | list[SubmittedDocument],
    on: _dt.date,
) -> Verdict:
    """Whether ``documents`` verify an ``applicant`` when checked on ``on``, with **every** reason behind it.

    ``on`` is the date So-net checks the upload (the source's 「事業者が送付を指示または
    送付を受ける日」).  Each submitted document is checked against its table (IDV-2 for an
    individual's identity documents, IDV-4 for supplementary documents, IDV-3 for a
    corporation's) and IDV-5.  A document with a defect of its own is *invalid*: it does
    not count, and only it (IDV-5).  Then the valid documents must contain one identity
    document (a health-insurance card only together with a supplementary document), or
    for a corporation a 登記事項証明書 / 印鑑登録証明書 and, when no certificate's head
    office is the application address, an address document.

    The :class:`Verdict`'s outcome (IDV-5, interpretation): NOT_VERIFIED when the valid
    documents are incomplete; NEEDS_REVIEW when they are complete but a name or address
    does not match (「非承認となる場合があります」: never an automatic refusal) or a part is
    unclear or painted over (a resubmission may be requested); VERIFIED otherwise, even
    beside an invalid extra document.

    Reasons come in a fixed order: documents in submission order, each in the order
    IDV-2, IDV-3/IDV-4, IDV-5; then what the valid documents as a whole lack
    (``document`` None).  A document of a kind not accepted for the applicant gets that
    one reason only.  Expiry *on* the checking date is still valid; 「6か月以内」 is dated
    on or after :func:`six_months_before` ``on``.  A document dated after ``on`` is a
    :class:`~hikari_rules.RuleInputError`.

    >>> import datetime
    >>> on = datetime.date(2026, 9, 1)
    >>> cert = SubmittedDocument(DocumentType.CERTIFICATE_OF_REGISTERED_MATTERS, (),
    ...                          dated_on=datetime.date(2026, 3, 1), address_matches=False)
    >>> [r.code.name for r in verify(Applicant.CORPORATE, [cert], on).reasons]
    ['NEEDS_ADDRESS_DOCUMENT']
    >>> water = SubmittedDocument(DocumentType.WATER_RECEIPT, (), dated_on=datetime.date(2026, 8, 10))
    >>> verify(Applicant.CORPORATE, [cert, water], on).outcome.name
    'VERIFIED'
    >>> licence = SubmittedDocument(DocumentType.DRIVERS_LICENCE, (Side.FRONT,), expires_on=datetime.date(2028, 5, 1),
    ...                             address_matches=False)
    >>> verify(Applicant.INDIVIDUAL, [licence], on).outcome.name
    'NEEDS_REVIEW'
    """
    if type(applicant) is not Applicant:
        applicant = check_enum(applicant, Applicant, "applicant", "IDV-2")
    if type(on) is not _dt.date:
        on = check_date(on, "on", "IDV-5")
    docs = _documents(documents, on)
    trace = TRACE.get()
    c = _Check(on, trace)
    individual = applicant is _INDIVIDUAL
    # IDV-5 (interpretation): only the valid documents make up the set.
    valid = []
    for i, doc in enumerate(docs):
        if _check_document(c, i, doc, individual):
            valid.append(doc)
    if individual:
        _individual_set(c, valid)
    else:
        _corporate_set(c, valid)
    if not c.out and trace is None:
        return _VERIFIED
    reasons = tuple(c.out)
    return _verdict(reasons, _outcome_of(reasons, trace, on))
