"""Identity verification (本人確認) for So-net 光 着信転送サービス and So-net 光 電話 (IDV-1..5).

Source: FORWARD, 「本人確認手続き」 and 「本人確認書類について」.  :func:`verify` decides
whether the documents an applicant uploaded verify them on a given date and returns
**every** reason they do not, each tied to its rule ID; :func:`verification_required`
says which services need verification at all (IDV-1).

The document tables of the source are module-level data that read like the source:
:data:`INDIVIDUAL_DOCUMENTS` (IDV-2, 個人), :data:`CORPORATE_DOCUMENTS` and
:data:`CORPORATE_ADDRESS_DOCUMENTS` (IDV-3, 法人) and :data:`SUPPLEMENTARY_DOCUMENTS`
(IDV-4, ■補助書類).

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

from hikari_rules._check import check_bool, check_date, check_enum, check_int, check_optional_date, check_str
from hikari_rules._ja import en_date as _en
from hikari_rules._ja import ja_date as _ja
from hikari_rules._registry import TRACE, Trace, implements, rule
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

# -- the rules, as the source states them ------------------------------------------------

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

# -- vocabulary ------------------------------------------------------------------------------


class DocumentType(enum.Enum):
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


class Side(enum.Enum):
    """The pages and sides (必要なページ/面) the tables name."""

    FRONT = "表面"
    BACK = "裏面"
    PHOTO_PAGE = "顔写真入りページ"
    HOLDER_PAGE = "所持人記入欄"
    NAME_BIRTH_DATE_SIDE = "氏名・生年月日記載面"
    ADDRESS_ISSUE_DATE_SIDE = "住所・発行日記載面"


class MaskedPart(enum.Enum):
    """A part of a document made unreadable before upload (塗りつぶしなど)."""

    INSURANCE_SYMBOL = "記号"
    INSURANCE_NUMBER = "番号"
    INSURER_NUMBER = "保険者番号"
    OTHER = "その他の部分"


class Service(enum.Enum):
    """Services an application may include (IDV-1)."""

    CALL_FORWARDING = "着信転送サービス"
    HIKARI_DENWA = "So-net 光 電話(セットプラン)"
    INTERNET = "So-net 光(インターネット接続)"  # not in the source's list


class Route(enum.Enum):
    """How the line comes to So-net (IDV-1)."""

    NEW = "新規"
    TENYOU = "転用"
    OPERATOR_CHANGE = "事業者変更"


class ReasonCode(enum.Enum):
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


class ReasonKind(enum.Enum):
    """What a reason does to the verdict (IDV-5's three outcomes)."""

    INVALID_DOCUMENT = "invalid document"
    """The document does not count (「無効となります」, or it does not meet its table): that document only."""
    MAY_BE_REFUSED = "may be refused"
    """「非承認となる場合があります」: a case for review, never an automatic refusal."""
    RESUBMISSION_MAY_BE_REQUESTED = "resubmission may be requested"
    """「再度提出をお願いすることがあります」: a case for review."""
    INCOMPLETE = "incomplete"
    """The valid documents do not make up what the tables ask for (IDV-2 / IDV-3)."""


class Outcome(enum.Enum):
    """The verdict of :func:`verify` (IDV-5)."""

    VERIFIED = "本人確認完了"
    NEEDS_REVIEW = "要確認"
    NOT_VERIFIED = "本人確認未完了"


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


# -- the tables, as the source lays them out ---------------------------------------------------


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

SERVICES_REQUIRING_VERIFICATION: Final[tuple[Service, ...]] = (Service.CALL_FORWARDING, Service.HIKARI_DENWA)
"""IDV-1: 本人確認が必要なサービス — ・着信転送サービス ・So-net 光 電話(セットプラン)."""

# -- derived lookups (built once) ----------------------------------------------------------------

_ROW_OF: Final[Mapping[DocumentType, DocumentRow]] = MappingProxyType(
    {t: row for row in INDIVIDUAL_DOCUMENTS for t in row.documents}
)
_HEALTH_INSURANCE: Final = frozenset(INDIVIDUAL_DOCUMENTS[-1].documents)
_SUPPLEMENTARY: Final = frozenset(t for item in SUPPLEMENTARY_DOCUMENTS for t in item.documents)
_CORPORATE: Final = frozenset(CORPORATE_DOCUMENTS.documents)
_CORPORATE_ADDRESS: Final = frozenset(t for item in CORPORATE_ADDRESS_DOCUMENTS for t in item.documents)
_NEEDS_PHOTO: Final = frozenset({_T.JUKI_CARD, _T.MY_NUMBER_CARD})  # 顔写真付きのもののみ有効 / 顔写真付きのもの
_STAY_LIMITED: Final = frozenset({_T.RESIDENCE_CARD})  # 在留期限内のもの
# Documents that always print an expiry date: without it the rule cannot be applied (an input error).
_PRINTS_EXPIRY: Final = frozenset(
    {
        _T.DRIVERS_LICENCE,
        _T.PASSPORT,
        _T.JUKI_CARD,
        _T.RESIDENCE_CARD,
        _T.SPECIAL_PERMANENT_RESIDENT_CERTIFICATE,
        _T.ALIEN_REGISTRATION_CERTIFICATE_SPECIAL_PERMANENT_RESIDENT,
        _T.MY_NUMBER_CARD,
    }
)
_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_SIDE_ORDER: Final = MappingProxyType({s: i for i, s in enumerate(Side)})
_MASK_ORDER: Final = MappingProxyType({m: i for i, m in enumerate(MaskedPart)})
_ALLOWED_HI_MASKS: Final = frozenset(HEALTH_INSURANCE_MASKED_PARTS)

# -- the submitted documents -----------------------------------------------------------------------


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


def _opt_date(rule_id: str):  # type: ignore[no-untyped-def]
    def validate(_i: object, a: attrs.Attribute[Any], value: Any) -> None:
        check_optional_date(value, a.name, rule_id)

    return validate


def _flag(rule_id: str):  # type: ignore[no-untyped-def]
    def validate(_i: object, a: attrs.Attribute[Any], value: Any) -> None:
        check_bool(value, a.name, rule_id)

    return validate


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

    kind: DocumentType = attrs.field(validator=_kind)
    sides: tuple[Side, ...] = attrs.field(converter=_to_sides)
    expires_on: _dt.date | None = attrs.field(default=None, validator=_opt_date("IDV-5"))
    dated_on: _dt.date | None = attrs.field(default=None, validator=_opt_date("IDV-4"))
    stay_expires_on: _dt.date | None = attrs.field(default=None, validator=_opt_date("IDV-2"))
    masked: tuple[MaskedPart, ...] = attrs.field(default=(), converter=_to_masked)
    altered: bool = attrs.field(default=False, validator=_flag("IDV-5"))
    shows_my_number: bool = attrs.field(default=False, validator=_flag("IDV-2"))
    shows_honseki: bool = attrs.field(default=False, validator=_flag("IDV-4"))
    back_has_changes: bool = attrs.field(default=False, validator=_flag("IDV-2"))
    holder_entries_filled: bool = attrs.field(default=True, validator=_flag("IDV-2"))
    has_photo: bool = attrs.field(default=True, validator=_flag("IDV-2"))
    name_matches: bool = attrs.field(default=True, validator=_flag("IDV-5"))
    address_matches: bool = attrs.field(default=True, validator=_flag("IDV-5"))
    unclear: bool = attrs.field(default=False, validator=_flag("IDV-5"))
    painted_over: bool = attrs.field(default=False, validator=_flag("IDV-5"))

    def __attrs_post_init__(self) -> None:
        if self.expires_on is None and self.kind in _PRINTS_EXPIRY:
            raise RuleInputError(
                f"a {self.kind.value} always prints an expiry date (有効期限): give it",
                parameter="expires_on",
                rule="IDV-5",
            )


# -- reasons and the verdict ------------------------------------------------------------------------

_EN_NAMES: Final[Mapping[DocumentType, str]] = MappingProxyType(
    {t: t.name.lower().replace("_", " ") for t in DocumentType}
)

_TEMPLATES: Final[Mapping[ReasonCode, tuple[str, str]]] = MappingProxyType(
    {
        ReasonCode.NOT_ACCEPTED: ("{doc} is not accepted", "{doc_ja}は本人確認書類の対象外です"),
        ReasonCode.NOT_LISTED: (
            "{doc} is not among the documents for this applicant",
            "{doc_ja}はこの申込者区分の本人確認書類に含まれません",
        ),
        ReasonCode.MISSING_SIDE: ("{doc}: the {detail} must be uploaded", "{doc_ja}:{detail_ja}の提出が必要です"),
        ReasonCode.FORBIDDEN_SIDE: (
            "{doc}: the {detail} must never be uploaded",
            "{doc_ja}:{detail_ja}はアップロードできません",
        ),
        ReasonCode.NO_PHOTO: (
            "{doc} has no photo: only one with a photo counts",
            "{doc_ja}は顔写真付きのもののみ有効です",
        ),
        ReasonCode.HOLDER_ENTRIES_BLANK: (
            "{doc}: the holder's name and address are not filled in",
            "{doc_ja}:所持人記入欄に氏名・住所が記入されていません",
        ),
        ReasonCode.OUTSIDE_PERIOD_OF_STAY: (
            "{doc}: the period of stay has ended",
            "{doc_ja}:在留期限を過ぎています",
        ),
        ReasonCode.NUMBER_NOT_MASKED: (
            "{doc}: the {detail} must be made unreadable",
            "{doc_ja}:「{detail_ja}」を判読不可能な状態にする必要があります",
        ),
        ReasonCode.MY_NUMBER_SHOWN: (
            "{doc} shows a My Number: it cannot be accepted",
            "{doc_ja}にマイナンバーの記載があるため受付できません",
        ),
        ReasonCode.HONSEKI_SHOWN: (
            "{doc} shows the registered domicile (本籍): it must not be submitted",
            "{doc_ja}に本籍地の記載があるため提出できません",
        ),
        ReasonCode.NOT_DATED: (
            "{doc} shows no receipt or issue date",
            "{doc_ja}に領収日付または発行日の記載がありません",
        ),
        ReasonCode.OLDER_THAN_SIX_MONTHS: (
            "{doc} is dated more than 6 months before the check",
            "{doc_ja}の日付が6か月以内ではありません",
        ),
        ReasonCode.EXPIRED: ("{doc} has expired", "{doc_ja}は有効期限切れです"),
        ReasonCode.HIDDEN: ("{doc}: part of it is hidden ({detail})", "{doc_ja}:一部が隠されています({detail_ja})"),
        ReasonCode.ALTERED: ("{doc} has been altered", "{doc_ja}は改ざんされています"),
        ReasonCode.NAME_MISMATCH: (
            "{doc}: the name does not match the application (verification may be refused: a case for review)",
            "{doc_ja}:氏名がお申し込み内容と一致しません(非承認となる場合があるため要確認)",
        ),
        ReasonCode.ADDRESS_MISMATCH: (
            "{doc}: the address does not match the application (verification may be refused: a case for review)",
            "{doc_ja}:住所がお申し込み内容と一致しません(非承認となる場合があるため要確認)",
        ),
        ReasonCode.UNCLEAR: (
            "{doc}: part of it is unclear (a resubmission may be requested)",
            "{doc_ja}:不鮮明な部分があります(再提出をお願いすることがあります)",
        ),
        ReasonCode.PAINTED_OVER: (
            "{doc}: part of it was intentionally painted over (a resubmission may be requested)",
            "{doc_ja}:意図的に塗りつぶされた部分があります(再提出をお願いすることがあります)",
        ),
        ReasonCode.NO_IDENTITY_DOCUMENT: (
            "no valid identity document of the individual's table was submitted",
            "有効な個人の本人確認書類が提出されていません",
        ),
        ReasonCode.NEEDS_SUPPLEMENTARY_DOCUMENT: (
            "a health-insurance card needs a supplementary document (utility receipt or 住民票)",
            "健康保険証を本人確認書類とする場合、補助書類(公共料金領収証または住民票の写し)が必要です",
        ),
        ReasonCode.NO_CORPORATE_CERTIFICATE: (
            "no valid 登記事項証明書 or 印鑑登録証明書 was submitted",
            "有効な登記事項証明書もしくは印鑑登録証明書が提出されていません",
        ),
        ReasonCode.NEEDS_ADDRESS_DOCUMENT: (
            "the head office differs from the application address: add a tax, social insurance or utility receipt "
            "showing the application address",
            "本店所在地と申込住所が異なるため、申込住所が記載された税・社会保険料・公共料金の領収書等が必要です",
        ),
    }
)


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


_IDV_RULES: Final = ("IDV-1", "IDV-2", "IDV-3", "IDV-4", "IDV-5")


@attrs.frozen
class Reason:
    """One reason a submission fails: the rule, what is wrong, and with which document.

    ``document`` is the index of the document in the submission (None for what the set
    as a whole lacks); ``detail`` is the side or masked part concerned, where there is one.

    >>> Reason("IDV-5", ReasonCode.EXPIRED, 0, DocumentType.PASSPORT).message
    'documents[0] (passport) has expired'
    """

    rule_id: str = attrs.field(validator=_reason_rule)
    code: ReasonCode = attrs.field(validator=_reason_code)
    document: int | None = attrs.field(default=None, validator=_reason_document)
    document_type: DocumentType | None = attrs.field(default=None, validator=_reason_type)
    detail: Side | MaskedPart | None = attrs.field(default=None, validator=_reason_detail)

    def _render(self, ja: bool) -> str:
        template = _TEMPLATES[self.code][1 if ja else 0]
        t = self.document_type
        if t is None:
            doc = doc_ja = "the submission"
        else:
            doc = f"documents[{self.document}] ({_EN_NAMES[t]})"
            doc_ja = f"書類{self.document}({t.value})"
        d = self.detail
        detail = d.name.lower().replace("_", " ") if d is not None else ""
        detail_ja = d.value if d is not None else ""
        return template.format(doc=doc, doc_ja=doc_ja, detail=detail, detail_ja=detail_ja)

    @property
    def kind(self) -> ReasonKind:
        """What this reason does to the verdict (IDV-5)."""
        return REASON_KINDS[self.code]

    @property
    def message(self) -> str:
        """The reason in English."""
        return self._render(False)

    @property
    def message_ja(self) -> str:
        """The reason in Japanese."""
        return self._render(True)


def _check_reasons(_i: object, _a: object, value: object) -> None:
    if type(value) is not tuple or not all(isinstance(r, Reason) for r in value):
        raise TypeError("IDV-5: reasons: expected a tuple of Reason")


def _outcome_of(reasons: tuple[Reason, ...]) -> Outcome:
    """The outcome a list of reasons of :func:`verify` gives (IDV-5, interpretation).

    A reason about the set (``INCOMPLETE``: the valid documents do not make up what the
    tables ask for) → NOT_VERIFIED; otherwise a review reason on a document that counts
    → NEEDS_REVIEW; otherwise VERIFIED (invalid extra documents are only reported).
    """
    if any(r.kind is ReasonKind.INCOMPLETE for r in reasons):
        return Outcome.NOT_VERIFIED
    invalid = {r.document for r in reasons if r.kind is ReasonKind.INVALID_DOCUMENT}
    for r in reasons:
        if (
            r.kind in (ReasonKind.MAY_BE_REFUSED, ReasonKind.RESUBMISSION_MAY_BE_REQUESTED)
            and r.document not in invalid
        ):
            return Outcome.NEEDS_REVIEW
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

    reasons: tuple[Reason, ...] = attrs.field(validator=_check_reasons)
    outcome: Outcome = attrs.field(init=False)
    accepted: bool = attrs.field(init=False)

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
        return tuple(
            r for r in self.reasons if r.kind in (ReasonKind.MAY_BE_REFUSED, ReasonKind.RESUBMISSION_MAY_BE_REQUESTED)
        )


# -- dates ------------------------------------------------------------------------------------------


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


# 「6か月以内」 is one window stated by two clauses (RULES.md: "Within 6 months" (IDV-3, IDV-4)): the
# helpers below decide it for both, so they record it under each, naming the documents each governs.
_SIX_MONTH_WINDOW: Final = (
    (
        "IDV-3",
        "a corporate certificate (登記事項証明書, 印鑑登録証明書) or application-address document "
        "(tax, social insurance or utility receipt)",
        "法人の登記事項証明書・印鑑登録証明書、または申込住所を示す書類(税・社会保険料・公共料金の領収書等)",
    ),
    ("IDV-4", "a supplementary document (utility receipt, 住民票の写し)", "補助書類(公共料金領収証、住民票の写し)"),
)


def _trace_window(trace: Trace, outcome: object, en: str, ja: str, **inputs: object) -> None:
    for rule_id, documents, documents_ja in _SIX_MONTH_WINDOW:
        trace.step(rule_id, outcome, note=f"{documents}: {en}", note_ja=f"{documents_ja}: {ja}", **inputs)


@implements("IDV-3", "IDV-4")
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
        _trace_window(
            trace,
            cutoff,
            f"checking on {on}, dated {cutoff} or later is within 6 months",
            f"{on}時点では{cutoff}以降の日付のものが6か月以内",
            on=on,
        )
    return cutoff


@implements("IDV-3", "IDV-4")
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
    result = cutoff is None or dated_on >= cutoff
    trace = TRACE.get()
    if trace is not None:
        if cutoff is None:
            earliest, earliest_ja = "there is no earlier bound (six months before is before 0001-01-01)", "下限はない"
        else:
            earliest, earliest_ja = (
                f"the earliest date within 6 months is {cutoff}",
                f"6か月以内となる最も古い日付は{cutoff}",
            )
        _trace_window(
            trace,
            result,
            f"dated {dated_on}; checking on {on}, {earliest}: {'within' if result else 'not within'} 6 months",
            f"日付{dated_on}。{on}時点で{earliest_ja}。6か月以内{'である' if result else 'ではない'}",
            dated_on=dated_on,
            on=on,
            earliest=cutoff,
        )
    return result


@implements("IDV-5")
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
    result = expires_on < on
    trace = TRACE.get()
    if trace is not None:
        trace.step(
            "IDV-5",
            result,
            expires_on=expires_on,
            on=on,
            note=f"valid through {expires_on}; checked on {on}: {'expired' if result else 'within its validity'}",
            note_ja=f"有効期限{expires_on}、確認日{on}:{'有効期限切れ' if result else '有効期限内'}",
        )
    return result


# -- IDV-2: the sides a document needs -------------------------------------------------------------


def _required_sides(kind: DocumentType, back_has_changes: bool, applicant: Applicant) -> tuple[Side, ...]:
    row = _ROW_OF.get(kind) if applicant is Applicant.INDIVIDUAL else None
    if row is not None:
        return row.required_sides + row.sides_if_changes if back_has_changes else row.required_sides
    if applicant is Applicant.INDIVIDUAL and kind in _SUPPLEMENTARY:
        return SUPPLEMENTARY_SIDES
    return ()


@implements("IDV-2", "IDV-4")
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
    result = _required_sides(kind, back_has_changes, Applicant.INDIVIDUAL)
    trace = TRACE.get()
    if trace is not None:
        rule_id = "IDV-4" if kind in _SUPPLEMENTARY else "IDV-2"
        names = "、".join(s.value for s in result) or "なし"
        trace.step(
            rule_id,
            result,
            kind=kind,
            back_has_changes=back_has_changes,
            note=f"a {_EN_NAMES[kind]} needs: {', '.join(s.name for s in result) or 'no particular side'}",
            note_ja=f"{kind.value}に必要なページ/面:{names}",
        )
    return result


# -- IDV-1 ------------------------------------------------------------------------------------------


def _check_route(route: object) -> Route:
    return check_enum(route, Route, "route", "IDV-1")


@implements("IDV-1")
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
        trace.step(
            "IDV-1",
            result,
            service=service,
            route=route,
            note=(
                f"{service.value} ({route.value}) "
                + ("is in the list of services that need verification" if result else "is not in the list")
            ),
            note_ja=f"{service.value}({route.value})は本人確認が必要なサービス" + ("である" if result else "ではない"),
        )
    return result


@implements("IDV-1")
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
    needed = service in SERVICES_REQUIRING_VERIFICATION
    result = not needed or (verdict is not None and verdict.accepted)
    trace = TRACE.get()
    if trace is not None:
        if verdict is None:
            state, state_ja = "not done yet", "未完了"
        else:
            state = {
                Outcome.VERIFIED: "complete",
                Outcome.NEEDS_REVIEW: "waiting for a review",
                Outcome.NOT_VERIFIED: "not complete",
            }[verdict.outcome]
            state_ja = verdict.outcome.value
        trace.step(
            "IDV-1",
            result,
            service=service,
            route=route,
            verification=state,
            note=(
                f"{service.value} "
                + (f"needs verification, which is {state}" if needed else "needs no verification")
                + ("; construction can be scheduled" if result else "; construction waits for verification")
            ),
            note_ja=(
                f"{service.value}:"
                + (f"本人確認は「{state_ja}」" if needed else "本人確認不要")
                + ("。工事日を決められる" if result else "。工事日は本人確認完了後に決定")
            ),
        )
    return result


# -- IDV-2..5: the verdict ----------------------------------------------------------------------------


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
        "is complete without it (「いずれか1種類」). The result is VERIFIED, NEEDS_REVIEW (complete, but a "
        "may-be-refused or resubmission reason applies) or NOT_VERIFIED (incomplete without the invalid documents)."
    ),
    other_reading="Any invalid document fails the whole submission.",
    interpretation_ja=(
        "無効な書類を除いた有効な書類だけでIDV-2(いずれか1種類の本人確認書類と、必要な場合はその補助書類)またはIDV-3を"
        "満たせば本人確認は完了とする。それだけで足りる提出に無効な書類が余分に含まれていても、不承認にはしない"
        "(「いずれか1種類」)。結果は「本人確認完了」「要確認」(書類は揃っているが、非承認となりうる理由や再提出を求められうる"
        "理由がある)「本人確認未完了」(無効な書類を除くと書類が揃わない)のいずれか。"
    ),
    other_reading_ja="無効な書類が1つでもあれば提出全体を不承認とする読み方。",
)


def _check_document(
    i: int, doc: SubmittedDocument, applicant: Applicant, on: _dt.date, cutoff: _dt.date | None, out: list[Reason]
) -> None:
    """Append every defect of one document, in a fixed order: IDV-2, IDV-3/IDV-4, then IDV-5."""
    kind = doc.kind
    individual = applicant is Applicant.INDIVIDUAL

    def add(rule_id: str, code: ReasonCode, detail: Side | MaskedPart | None = None) -> None:
        out.append(Reason(rule_id, code, i, kind, detail))

    # Is the document one of this applicant's tables at all?
    if individual:
        if kind in NOT_ACCEPTED:
            add("IDV-2", ReasonCode.NOT_ACCEPTED)
            return
        if kind not in _ROW_OF and kind not in _SUPPLEMENTARY:
            add("IDV-2", ReasonCode.NOT_LISTED)
            return
    elif kind not in _CORPORATE and kind not in _CORPORATE_ADDRESS:
        add("IDV-3", ReasonCode.NOT_LISTED)
        return

    supplementary = individual and kind in _SUPPLEMENTARY
    side_rule = "IDV-4" if supplementary else "IDV-2"
    # IDV-2: pages and sides.
    for side in _required_sides(kind, doc.back_has_changes, applicant):
        if side not in doc.sides:
            add(side_rule, ReasonCode.MISSING_SIDE, side)
    row = _ROW_OF.get(kind) if individual else None
    if row is not None:
        for side in row.never_upload:
            if side in doc.sides:
                add("IDV-2", ReasonCode.FORBIDDEN_SIDE, side)
    if kind in _NEEDS_PHOTO and not doc.has_photo:
        add("IDV-2", ReasonCode.NO_PHOTO)
    if kind is _T.PASSPORT and not doc.holder_entries_filled:
        add("IDV-2", ReasonCode.HOLDER_ENTRIES_BLANK)
    if kind in _STAY_LIMITED and doc.stay_expires_on is not None and doc.stay_expires_on < on:
        add("IDV-2", ReasonCode.OUTSIDE_PERIOD_OF_STAY)
    health_insurance = kind in _HEALTH_INSURANCE
    if health_insurance:
        for part in HEALTH_INSURANCE_MASKED_PARTS:
            if part not in doc.masked:
                add("IDV-2", ReasonCode.NUMBER_NOT_MASKED, part)
    resident_record = kind is _T.RESIDENT_RECORD_COPY
    if doc.shows_my_number:
        add("IDV-4" if resident_record else "IDV-2", ReasonCode.MY_NUMBER_SHOWN)
    if resident_record and doc.shows_honseki:
        add("IDV-4", ReasonCode.HONSEKI_SHOWN)
    # IDV-3 / IDV-4: dated within 6 months.
    if not individual or supplementary:
        dated_rule = "IDV-4" if supplementary else "IDV-3"
        if doc.dated_on is None:
            add(dated_rule, ReasonCode.NOT_DATED)
        elif cutoff is not None and doc.dated_on < cutoff:
            add(dated_rule, ReasonCode.OLDER_THAN_SIX_MONTHS)
    # IDV-5: invalid when expired, hidden or altered (that document only).
    if doc.expires_on is not None and doc.expires_on < on:
        add("IDV-5", ReasonCode.EXPIRED)
    for part in doc.masked:
        if not (health_insurance and part in _ALLOWED_HI_MASKS):
            add("IDV-5", ReasonCode.HIDDEN, part)
    if doc.altered:
        add("IDV-5", ReasonCode.ALTERED)
    # IDV-5: may be refused (a review, never an automatic refusal).
    if not doc.name_matches:
        add("IDV-5", ReasonCode.NAME_MISMATCH)
    # A corporate certificate's head office may differ: IDV-3 then asks for an address document.
    if not doc.address_matches and (individual or kind not in _CORPORATE):
        add("IDV-5", ReasonCode.ADDRESS_MISMATCH)
    # IDV-5: a resubmission may be requested.
    if doc.unclear:
        add("IDV-5", ReasonCode.UNCLEAR)
    if doc.painted_over:
        add("IDV-5", ReasonCode.PAINTED_OVER)


def _check_set(docs: tuple[SubmittedDocument, ...], applicant: Applicant, out: list[Reason]) -> None:
    """Append what the submission as a whole lacks (presence of the kinds the tables ask for)."""
    kinds = [d.kind for d in docs]
    if applicant is Applicant.INDIVIDUAL:
        identity = [k for k in kinds if k in _ROW_OF]
        if not identity:
            out.append(Reason("IDV-2", ReasonCode.NO_IDENTITY_DOCUMENT))
        elif all(k in _HEALTH_INSURANCE for k in identity) and not any(k in _SUPPLEMENTARY for k in kinds):
            out.append(Reason("IDV-2", ReasonCode.NEEDS_SUPPLEMENTARY_DOCUMENT))
    else:
        certificates = [d for d in docs if d.kind in _CORPORATE]
        if not certificates:
            out.append(Reason("IDV-3", ReasonCode.NO_CORPORATE_CERTIFICATE))
        elif not any(d.address_matches for d in certificates) and not any(k in _CORPORATE_ADDRESS for k in kinds):
            out.append(Reason("IDV-3", ReasonCode.NEEDS_ADDRESS_DOCUMENT))


def _documents(documents: object, on: _dt.date) -> tuple[SubmittedDocument, ...]:
    if not isinstance(documents, tuple | list):
        raise TypeError(
            f"IDV-2: documents: expected a tuple or list of SubmittedDocument, got {type(documents).__name__}"
        )
    for i, d in enumerate(documents):
        if not isinstance(d, SubmittedDocument):
            raise TypeError(f"IDV-2: documents[{i}]: expected a SubmittedDocument, got {type(d).__name__}")
        if d.dated_on is not None and d.dated_on > on:
            raise RuleInputError(
                f"dated {d.dated_on}, after the checking date {on}", parameter=f"documents[{i}].dated_on", rule="IDV-4"
            )
    return tuple(documents)


def _facts(doc: SubmittedDocument | None, reason: Reason, on: _dt.date, cutoff: _dt.date | None) -> tuple[str, str]:
    """The dates behind a reason, for the explanation (English, Japanese)."""
    if doc is None:
        return "", ""
    code = reason.code
    if code is ReasonCode.EXPIRED:
        return f" (valid through {doc.expires_on}, checked on {on})", f"(有効期限{doc.expires_on}、確認日{on})"
    if code is ReasonCode.OLDER_THAN_SIX_MONTHS:
        return f" (dated {doc.dated_on}, earliest accepted {cutoff})", f"(日付{doc.dated_on}、{cutoff}以降のものが有効)"
    if code is ReasonCode.OUTSIDE_PERIOD_OF_STAY:
        return f" (stay ended {doc.stay_expires_on}, checked on {on})", f"(在留期限{doc.stay_expires_on}、確認日{on})"
    return "", ""


def _trace_verdict(
    trace: Trace,
    applicant: Applicant,
    docs: tuple[SubmittedDocument, ...],
    on: _dt.date,
    cutoff: _dt.date | None,
    verdict: Verdict,
) -> None:
    individual = applicant is Applicant.INDIVIDUAL
    reasons = verdict.reasons
    invalid = verdict.invalid_documents
    for i, doc in enumerate(docs):
        own = tuple(r.code for r in reasons if r.document == i)
        table = ("IDV-4" if doc.kind in _SUPPLEMENTARY else "IDV-2") if individual else "IDV-3"
        if i in invalid:
            state, state_ja = "invalid: it does not count", "無効のため数えない"
        elif own:
            state, state_ja = "valid, with a point to review", "有効(要確認の点あり)"
        else:
            state, state_ja = "valid, no problem", "有効(不備なし)"
        trace.step(
            table,
            own or "ok",
            document=i,
            kind=doc.kind,
            sides=doc.sides,
            note=f"documents[{i}] ({_EN_NAMES[doc.kind]}): {state}",
            note_ja=f"書類{i}({doc.kind.value}):{state_ja}",
        )
    for r in reasons:
        d = docs[r.document] if r.document is not None else None
        facts, facts_ja = _facts(d, r, on, cutoff)
        trace.step(
            r.rule_id,
            r.code,
            document=r.document,
            detail=r.detail,
            note=r.message + facts,
            note_ja=r.message_ja + facts_ja,
        )
    outcome = verdict.outcome
    complete = outcome is not Outcome.NOT_VERIFIED
    if invalid and complete:
        bad = ", ".join(f"documents[{i}]" for i in invalid)
        bad_ja = "・".join(f"書類{i}" for i in invalid)
        trace.step(
            "IDV-5",
            outcome,
            invalid_documents=invalid,
            note=(
                f"{bad} is invalid, but the valid documents alone make up what the table asks for: only that "
                "document is invalid, and the submission is not failed for it (interpretation)"
            ),
            note_ja=(
                f"{bad_ja}は無効だが、有効な書類だけで必要な書類が揃っている。無効となるのはその書類だけで、"
                "提出全体を不承認にはしない(解釈)"
            ),
        )
    if outcome is Outcome.VERIFIED:
        note, note_ja = f"verified on {_en(on)}", f"{_ja(on)}時点で本人確認完了"
    elif outcome is Outcome.NEEDS_REVIEW:
        n = len(verdict.review_reasons)
        note = (
            f"on {_en(on)} the documents are complete, but {n} point(s) call for a review (a mismatch may lead to "
            "refusal, or a resubmission may be requested): not refused automatically"
        )
        note_ja = (
            f"{_ja(on)}時点で書類は揃っているが、確認が必要な点が{n}件ある"
            "(非承認となる場合がある、または再提出をお願いすることがある)。自動的に非承認とはしない"
        )
    else:
        note = f"not verified on {_en(on)}: without the invalid documents, what the table asks for is missing"
        note_ja = f"{_ja(on)}時点で本人確認未完了。無効な書類を除くと必要な書類が揃わない"
    trace.step(
        "IDV-5",
        outcome,
        applicant=applicant,
        on=on,
        documents=len(docs),
        reasons=len(reasons),
        note=note,
        note_ja=note_ja,
    )


@implements("IDV-2", "IDV-3", "IDV-4", "IDV-5")
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
    applicant = check_enum(applicant, Applicant, "applicant", "IDV-2")
    on = check_date(on, "on", "IDV-5")
    docs = _documents(documents, on)
    cutoff = _six_months_before(on)
    out: list[Reason] = []
    for i, doc in enumerate(docs):
        _check_document(i, doc, applicant, on, cutoff, out)
    if out:  # IDV-5 (interpretation): only the valid documents make up the set
        invalid = {r.document for r in out if REASON_KINDS[r.code] is ReasonKind.INVALID_DOCUMENT}
        _check_set(tuple(d for i, d in enumerate(docs) if i not in invalid), applicant, out)
    else:
        _check_set(docs, applicant, out)
    verdict = Verdict(tuple(out))
    trace = TRACE.get()
    if trace is not None:
        _trace_verdict(trace, applicant, docs, on, cutoff, verdict)
    return verdict
