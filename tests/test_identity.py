"""IDV-1..5: identity verification for 着信転送サービス and So-net 光 電話."""

from __future__ import annotations

import contextlib
import datetime as dt
import pathlib
import re
import unicodedata
from collections import Counter
from fractions import Fraction

import attrs
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from hikari_rules import RuleInputError, explain, rules
from hikari_rules.dates import JST, Month
from hikari_rules.identity import (
    CORPORATE_ADDRESS_DOCUMENTS,
    CORPORATE_DOCUMENTS,
    HEALTH_INSURANCE_MASKED_PARTS,
    INDIVIDUAL_DOCUMENTS,
    NOT_ACCEPTED,
    SERVICES_REQUIRING_VERIFICATION,
    SUPPLEMENTARY_DOCUMENTS,
    Applicant,
    DocumentType,
    MaskedPart,
    Outcome,
    Reason,
    ReasonCode,
    Route,
    Service,
    Side,
    SubmittedDocument,
    Verdict,
    can_schedule_construction,
    is_expired,
    required_sides,
    six_months_before,
    verification_required,
    verify,
    within_six_months,
)
from hikari_rules.strategies import dates

D = dt.date
T = DocumentType
S = Side
IND = Applicant.INDIVIDUAL
CORP = Applicant.CORPORATE
ON = D(2026, 9, 1)
LATER = D(2030, 1, 1)

HEALTH_INSURANCE = INDIVIDUAL_DOCUMENTS[-1].documents
SUPPLEMENTARY = tuple(t for item in SUPPLEMENTARY_DOCUMENTS for t in item.documents)
CORPORATE_ADDRESS = tuple(t for item in CORPORATE_ADDRESS_DOCUMENTS for t in item.documents)
IDENTITY = tuple(t for row in INDIVIDUAL_DOCUMENTS for t in row.documents)
PHOTO_IDS = tuple(t for t in IDENTITY if t not in HEALTH_INSURANCE)
PRINTS_EXPIRY = {
    T.DRIVERS_LICENCE,
    T.PASSPORT,
    T.JUKI_CARD,
    T.RESIDENCE_CARD,
    T.SPECIAL_PERMANENT_RESIDENT_CERTIFICATE,
    T.ALIEN_REGISTRATION_CERTIFICATE_SPECIAL_PERMANENT_RESIDENT,
    T.MY_NUMBER_CARD,
}
FULL_SIDES = {
    T.DRIVERS_LICENCE: (S.FRONT,),
    T.PASSPORT: (S.PHOTO_PAGE, S.HOLDER_PAGE),
    T.JUKI_CARD: (S.FRONT,),
    T.RESIDENCE_CARD: (S.FRONT, S.BACK),
    T.SPECIAL_PERMANENT_RESIDENT_CERTIFICATE: (S.FRONT, S.BACK),
    T.ALIEN_REGISTRATION_CERTIFICATE_SPECIAL_PERMANENT_RESIDENT: (S.FRONT, S.BACK),
    T.MY_NUMBER_CARD: (S.FRONT,),
    **dict.fromkeys(HEALTH_INSURANCE, (S.NAME_BIRTH_DATE_SIDE,)),
    **dict.fromkeys(SUPPLEMENTARY, (S.ADDRESS_ISSUE_DATE_SIDE,)),
}


def doc(kind: DocumentType, **kw: object) -> SubmittedDocument:
    """A clean document of ``kind`` as of ON, with the given fields changed."""
    base: dict[str, object] = {"sides": FULL_SIDES.get(kind, ())}
    if kind in PRINTS_EXPIRY:
        base["expires_on"] = LATER
    if kind in HEALTH_INSURANCE:
        base["masked"] = HEALTH_INSURANCE_MASKED_PARTS
    if kind in SUPPLEMENTARY or kind in CORPORATE_DOCUMENTS.documents or kind in CORPORATE_ADDRESS:
        base["dated_on"] = D(2026, 8, 20)
    base.update(kw)
    return SubmittedDocument(kind, **base)  # type: ignore[arg-type]


def codes(verdict: Verdict) -> list[tuple[str, str, int | None]]:
    return [(r.rule_id, r.code.name, r.document) for r in verdict.reasons]


def own(verdict: Verdict) -> tuple[Reason, ...]:
    """The reasons about the documents themselves (the set's own reasons left out)."""
    return tuple(r for r in verdict.reasons if r.document is not None)


def own_codes(verdict: Verdict) -> list[tuple[str, str, int | None]]:
    return [(r.rule_id, r.code.name, r.document) for r in own(verdict)]


# -- the tables read like the source --------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_every_table_cell_is_the_source_text(shared_dir: pathlib.Path) -> None:
    source = _norm((shared_dir / "sources" / "sonet-call-forwarding.txt").read_text(encoding="utf-8"))
    cells: list[str] = []
    for row in (*INDIVIDUAL_DOCUMENTS, CORPORATE_DOCUMENTS):
        cells += [row.kind_ja, row.pages_ja, *row.notes_ja]
    cells += [item.kind_ja for item in (*CORPORATE_ADDRESS_DOCUMENTS, *SUPPLEMENTARY_DOCUMENTS)]
    cells += list(NOT_ACCEPTED.values())
    for cell in cells:
        for line in cell.splitlines():
            assert _norm(line) in source, line


def test_every_document_type_is_placed_in_exactly_one_table() -> None:
    placed = Counter(
        [*IDENTITY, *NOT_ACCEPTED, *SUPPLEMENTARY, *CORPORATE_DOCUMENTS.documents]
        + [t for t in CORPORATE_ADDRESS if t not in SUPPLEMENTARY]
    )
    assert set(placed) == set(DocumentType)
    assert all(n == 1 for n in placed.values())


def test_health_insurance_row_lists_the_four_equivalents() -> None:
    assert HEALTH_INSURANCE == (
        T.HEALTH_INSURANCE_CARD,
        T.NATIONAL_PUBLIC_SERVANT_MUTUAL_AID_CARD,
        T.LOCAL_PUBLIC_SERVANT_MUTUAL_AID_CARD,
        T.PRIVATE_SCHOOL_MUTUAL_AID_CARD,
        T.SDF_MEDICAL_CARD,
    )
    assert [m.value for m in HEALTH_INSURANCE_MASKED_PARTS] == ["記号", "番号", "保険者番号"]


# -- IDV-1 ----------------------------------------------------------------------------------------


def test_call_forwarding_and_hikari_denwa_need_verification_on_every_route() -> None:
    # 「転用、事業者変更時に「So-net 光 電話」として継続する場合も、So-netでの本人確認が必要です。」
    for route in Route:
        assert verification_required(Service.CALL_FORWARDING, route) is True
        assert verification_required(Service.HIKARI_DENWA, route) is True
        assert verification_required(Service.INTERNET, route) is False
    assert SERVICES_REQUIRING_VERIFICATION == (Service.CALL_FORWARDING, Service.HIKARI_DENWA)


def test_hikari_denwa_continued_by_tenyou_and_operator_change() -> None:
    assert verification_required(Service.HIKARI_DENWA, Route.TENYOU)
    assert verification_required(Service.HIKARI_DENWA, Route.OPERATOR_CHANGE)
    e = explain(verification_required, Service.HIKARI_DENWA, Route.TENYOU)
    assert e.rule_ids == ("IDV-1",)
    assert "転用" in e.text("ja")


def test_construction_is_scheduled_only_after_verification() -> None:
    rejected = verify(IND, (), ON)
    accepted = verify(IND, (doc(T.DRIVERS_LICENCE),), ON)
    for service in SERVICES_REQUIRING_VERIFICATION:
        assert can_schedule_construction(service, None) is False
        assert can_schedule_construction(service, rejected, Route.OPERATOR_CHANGE) is False
        assert can_schedule_construction(service, accepted) is True
    assert can_schedule_construction(Service.INTERNET, None) is True
    assert explain(can_schedule_construction, Service.CALL_FORWARDING, None).rule_ids == ("IDV-1",)


def test_idv1_bad_inputs() -> None:
    with pytest.raises(TypeError):
        verification_required("CALL_FORWARDING")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        verification_required(Service.CALL_FORWARDING, "転用")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        can_schedule_construction(Service.CALL_FORWARDING, True)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        can_schedule_construction(Route.NEW, None)  # type: ignore[arg-type]


# -- IDV-2: every row of the individual's table ------------------------------------------------------


@pytest.mark.parametrize("kind", PHOTO_IDS, ids=lambda k: k.name)
def test_each_photo_id_row_verifies_alone(kind: DocumentType) -> None:
    v = verify(IND, (doc(kind),), ON)
    assert v.accepted, codes(v)
    assert v.reasons == ()


@pytest.mark.parametrize("kind", HEALTH_INSURANCE, ids=lambda k: k.name)
@pytest.mark.parametrize("supplement", SUPPLEMENTARY, ids=lambda k: k.name)
def test_each_health_insurance_card_verifies_with_each_supplementary_document(
    kind: DocumentType, supplement: DocumentType
) -> None:
    assert verify(IND, (doc(kind), doc(supplement)), ON).accepted


@pytest.mark.parametrize(
    ("kind", "side"),
    [(k, s) for k in IDENTITY + SUPPLEMENTARY for s in FULL_SIDES[k]],
    ids=lambda x: x.name,
)
def test_each_required_side_missing_is_a_reason(kind: DocumentType, side: Side) -> None:
    sides = tuple(s for s in FULL_SIDES[kind] if s is not side)
    docs = [doc(kind, sides=sides)]
    if kind in HEALTH_INSURANCE:
        docs.append(doc(T.WATER_RECEIPT))
    elif kind in SUPPLEMENTARY:
        docs.insert(0, doc(T.HEALTH_INSURANCE_CARD))
    v = verify(IND, docs, ON)
    rule_id = "IDV-4" if kind in SUPPLEMENTARY else "IDV-2"
    index = 1 if kind in SUPPLEMENTARY else 0
    assert own(v) == (Reason(rule_id, ReasonCode.MISSING_SIDE, index, kind, side),)


@pytest.mark.parametrize("kind", [T.DRIVERS_LICENCE, T.JUKI_CARD], ids=lambda k: k.name)
def test_back_is_needed_only_when_it_has_change_entries(kind: DocumentType) -> None:
    assert verify(IND, (doc(kind, back_has_changes=True, sides=(S.FRONT, S.BACK)),), ON).accepted
    v = verify(IND, (doc(kind, back_has_changes=True, sides=(S.FRONT,)),), ON)
    assert own(v) == (Reason("IDV-2", ReasonCode.MISSING_SIDE, 0, kind, S.BACK),)
    assert required_sides(kind) == (S.FRONT,)
    assert required_sides(kind, back_has_changes=True) == (S.FRONT, S.BACK)


def test_passport_holder_entries_must_be_filled() -> None:
    v = verify(IND, (doc(T.PASSPORT, holder_entries_filled=False),), ON)
    assert own_codes(v) == [("IDV-2", "HOLDER_ENTRIES_BLANK", 0)]


@pytest.mark.parametrize("kind", [T.JUKI_CARD, T.MY_NUMBER_CARD], ids=lambda k: k.name)
def test_juki_and_my_number_card_without_photo(kind: DocumentType) -> None:
    assert own_codes(verify(IND, (doc(kind, has_photo=False),), ON)) == [("IDV-2", "NO_PHOTO", 0)]


def test_residence_card_within_the_period_of_stay() -> None:
    assert verify(IND, (doc(T.RESIDENCE_CARD, stay_expires_on=ON),), ON).accepted  # ends today: still within
    assert verify(IND, (doc(T.RESIDENCE_CARD, stay_expires_on=None),), ON).accepted  # no period (永住者)
    v = verify(IND, (doc(T.RESIDENCE_CARD, stay_expires_on=ON - dt.timedelta(days=1)),), ON)
    assert own_codes(v) == [("IDV-2", "OUTSIDE_PERIOD_OF_STAY", 0)]


def test_back_of_my_number_card_uploaded() -> None:
    v = verify(IND, (doc(T.MY_NUMBER_CARD, sides=(S.FRONT, S.BACK)),), ON)
    assert own(v) == (Reason("IDV-2", ReasonCode.FORBIDDEN_SIDE, 0, T.MY_NUMBER_CARD, S.BACK),)
    # only the back: the front is missing as well
    v = verify(IND, (doc(T.MY_NUMBER_CARD, sides=(S.BACK,)),), ON)
    assert [r.code for r in own(v)] == [ReasonCode.MISSING_SIDE, ReasonCode.FORBIDDEN_SIDE]


def test_back_of_my_number_card_beside_a_good_licence_is_reported_but_the_licence_verifies() -> None:
    v = verify(IND, (doc(T.DRIVERS_LICENCE), doc(T.MY_NUMBER_CARD, sides=(S.FRONT, S.BACK))), ON)
    assert codes(v) == [("IDV-2", "FORBIDDEN_SIDE", 1)]
    assert v.invalid_documents == (1,)
    assert v.outcome is Outcome.VERIFIED


@pytest.mark.parametrize("kind", list(NOT_ACCEPTED), ids=lambda k: k.name)
def test_excluded_documents_notification_card_international_permit(kind: DocumentType) -> None:
    v = verify(IND, (doc(kind),), ON)
    assert codes(v) == [("IDV-2", "NOT_ACCEPTED", 0), ("IDV-2", "NO_IDENTITY_DOCUMENT", None)]


def test_notification_card_beside_a_my_number_card_is_reported_and_the_card_verifies() -> None:
    v = verify(IND, (doc(T.MY_NUMBER_CARD), doc(T.NOTIFICATION_CARD)), ON)
    assert codes(v) == [("IDV-2", "NOT_ACCEPTED", 1)]
    assert v.outcome is Outcome.VERIFIED


def test_document_showing_a_my_number_is_refused() -> None:
    v = verify(IND, (doc(T.DRIVERS_LICENCE, shows_my_number=True),), ON)
    assert own_codes(v) == [("IDV-2", "MY_NUMBER_SHOWN", 0)]


# -- health-insurance card and IDV-4 supplementary documents ---------------------------------------


def test_health_insurance_card_without_supplementary_document() -> None:
    v = verify(IND, (doc(T.HEALTH_INSURANCE_CARD),), ON)
    assert codes(v) == [("IDV-2", "NEEDS_SUPPLEMENTARY_DOCUMENT", None)]


def test_health_insurance_card_beside_a_licence_needs_no_supplement() -> None:
    assert verify(IND, (doc(T.HEALTH_INSURANCE_CARD), doc(T.DRIVERS_LICENCE)), ON).accepted


def test_health_insurance_card_with_unmasked_numbers() -> None:
    v = verify(IND, (doc(T.HEALTH_INSURANCE_CARD, masked=()), doc(T.WATER_RECEIPT)), ON)
    assert [(r.code, r.detail) for r in own(v)] == [
        (ReasonCode.NUMBER_NOT_MASKED, MaskedPart.INSURANCE_SYMBOL),
        (ReasonCode.NUMBER_NOT_MASKED, MaskedPart.INSURANCE_NUMBER),
        (ReasonCode.NUMBER_NOT_MASKED, MaskedPart.INSURER_NUMBER),
    ]
    partly = doc(T.SDF_MEDICAL_CARD, masked={MaskedPart.INSURANCE_SYMBOL, MaskedPart.INSURANCE_NUMBER})
    v = verify(IND, (partly, doc(T.WATER_RECEIPT)), ON)
    assert own(v) == (Reason("IDV-2", ReasonCode.NUMBER_NOT_MASKED, 0, T.SDF_MEDICAL_CARD, MaskedPart.INSURER_NUMBER),)


def test_health_insurance_card_masked_elsewhere_is_hidden() -> None:
    masked = (*HEALTH_INSURANCE_MASKED_PARTS, MaskedPart.OTHER)
    v = verify(IND, (doc(T.HEALTH_INSURANCE_CARD, masked=masked), doc(T.WATER_RECEIPT)), ON)
    assert own(v) == (Reason("IDV-5", ReasonCode.HIDDEN, 0, T.HEALTH_INSURANCE_CARD, MaskedPart.OTHER),)


def test_masking_the_insurance_numbers_on_another_document_is_hidden() -> None:
    v = verify(IND, (doc(T.DRIVERS_LICENCE, masked=(MaskedPart.INSURANCE_NUMBER,)),), ON)
    assert own_codes(v) == [("IDV-5", "HIDDEN", 0)]


def test_resident_record_showing_honseki_or_my_number() -> None:
    card = doc(T.HEALTH_INSURANCE_CARD)
    v = verify(IND, (card, doc(T.RESIDENT_RECORD_COPY, shows_honseki=True)), ON)
    assert own_codes(v) == [("IDV-4", "HONSEKI_SHOWN", 1)]
    v = verify(IND, (card, doc(T.RESIDENT_RECORD_COPY, shows_my_number=True, shows_honseki=True)), ON)
    assert own_codes(v) == [("IDV-4", "MY_NUMBER_SHOWN", 1), ("IDV-4", "HONSEKI_SHOWN", 1)]


def test_supplementary_document_dated_exactly_six_months_before() -> None:
    card = doc(T.HEALTH_INSURANCE_CARD)
    on = D(2026, 9, 15)
    assert verify(IND, (card, doc(T.ELECTRICITY_RECEIPT, dated_on=D(2026, 3, 15))), on).accepted
    v = verify(IND, (card, doc(T.ELECTRICITY_RECEIPT, dated_on=D(2026, 3, 14))), on)
    assert own_codes(v) == [("IDV-4", "OLDER_THAN_SIX_MONTHS", 1)]


def test_six_months_before_a_month_end_clamps() -> None:
    card = doc(T.HEALTH_INSURANCE_CARD)
    on = D(2026, 8, 31)  # six months before: 2026-02-31 does not exist → 2026-02-28
    assert verify(IND, (card, doc(T.CITY_GAS_RECEIPT, dated_on=D(2026, 2, 28))), on).accepted
    assert not verify(IND, (card, doc(T.CITY_GAS_RECEIPT, dated_on=D(2026, 2, 27))), on).accepted
    assert six_months_before(D(2024, 8, 31)) == D(2024, 2, 29)
    assert six_months_before(D(2026, 3, 31)) == D(2025, 9, 30)
    assert six_months_before(D(2027, 1, 1)) == D(2026, 7, 1)


def test_undated_supplementary_document() -> None:
    v = verify(IND, (doc(T.HEALTH_INSURANCE_CARD), doc(T.WATER_RECEIPT, dated_on=None)), ON)
    assert own_codes(v) == [("IDV-4", "NOT_DATED", 1)]


# -- IDV-3: corporate ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", CORPORATE_DOCUMENTS.documents, ids=lambda k: k.name)
def test_each_corporate_certificate_verifies_alone(kind: DocumentType) -> None:
    assert verify(CORP, (doc(kind),), ON).accepted


@pytest.mark.parametrize("kind", CORPORATE_DOCUMENTS.documents, ids=lambda k: k.name)
def test_corporate_certificate_issued_exactly_six_months_before(kind: DocumentType) -> None:
    assert verify(CORP, (doc(kind, dated_on=D(2026, 3, 1)),), ON).accepted
    v = verify(CORP, (doc(kind, dated_on=D(2026, 2, 28)),), ON)
    assert own_codes(v) == [("IDV-3", "OLDER_THAN_SIX_MONTHS", 0)]
    assert own_codes(verify(CORP, (doc(kind, dated_on=None),), ON)) == [("IDV-3", "NOT_DATED", 0)]


def test_head_office_different_from_the_application_address() -> None:
    cert = doc(T.CERTIFICATE_OF_REGISTERED_MATTERS, address_matches=False)
    assert codes(verify(CORP, (cert,), ON)) == [("IDV-3", "NEEDS_ADDRESS_DOCUMENT", None)]


@pytest.mark.parametrize("kind", CORPORATE_ADDRESS, ids=lambda k: k.name)
def test_each_address_document_completes_a_different_head_office(kind: DocumentType) -> None:
    cert = doc(T.SEAL_REGISTRATION_CERTIFICATE, address_matches=False)
    assert verify(CORP, (cert, doc(kind)), ON).accepted
    v = verify(CORP, (cert, doc(kind, dated_on=D(2026, 2, 28))), ON)
    assert own_codes(v) == [("IDV-3", "OLDER_THAN_SIX_MONTHS", 1)]
    v = verify(CORP, (cert, doc(kind, address_matches=False)), ON)
    assert own_codes(v) == [("IDV-5", "ADDRESS_MISMATCH", 1)]


def test_one_certificate_at_the_application_address_is_enough() -> None:
    elsewhere = doc(T.CERTIFICATE_OF_REGISTERED_MATTERS, address_matches=False)
    here = doc(T.SEAL_REGISTRATION_CERTIFICATE)
    assert verify(CORP, (elsewhere, here), ON).accepted


def test_corporate_and_individual_tables_do_not_mix() -> None:
    v = verify(CORP, (doc(T.DRIVERS_LICENCE), doc(T.RESIDENT_RECORD_COPY)), ON)
    assert codes(v) == [
        ("IDV-3", "NOT_LISTED", 0),
        ("IDV-3", "NOT_LISTED", 1),
        ("IDV-3", "NO_CORPORATE_CERTIFICATE", None),
    ]
    v = verify(IND, (doc(T.CERTIFICATE_OF_REGISTERED_MATTERS), doc(T.TAX_RECEIPT)), ON)
    assert codes(v) == [("IDV-2", "NOT_LISTED", 0), ("IDV-2", "NOT_LISTED", 1), ("IDV-2", "NO_IDENTITY_DOCUMENT", None)]


def test_corporate_name_mismatch() -> None:
    v = verify(CORP, (doc(T.CERTIFICATE_OF_REGISTERED_MATTERS, name_matches=False),), ON)
    assert codes(v) == [("IDV-5", "NAME_MISMATCH", 0)]


# -- IDV-5 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", PHOTO_IDS, ids=lambda k: k.name)
def test_expiry_on_the_checking_date_is_still_valid(kind: DocumentType) -> None:
    assert verify(IND, (doc(kind, expires_on=ON),), ON).accepted
    v = verify(IND, (doc(kind, expires_on=ON - dt.timedelta(days=1)),), ON)
    assert own_codes(v) == [("IDV-5", "EXPIRED", 0)]


def test_altered_and_mismatching_documents() -> None:
    v = verify(IND, (doc(T.PASSPORT, altered=True, name_matches=False, address_matches=False),), ON)
    assert own_codes(v) == [("IDV-5", "ALTERED", 0), ("IDV-5", "NAME_MISMATCH", 0), ("IDV-5", "ADDRESS_MISMATCH", 0)]
    assert v.outcome is Outcome.NOT_VERIFIED  # altered: invalid, nothing else counts


def test_every_reason_is_reported_not_just_the_first() -> None:
    licence = doc(
        T.DRIVERS_LICENCE,
        sides=(),
        back_has_changes=True,
        expires_on=D(2026, 1, 1),
        masked=(MaskedPart.OTHER,),
        shows_my_number=True,
        name_matches=False,
    )
    record = doc(T.RESIDENT_RECORD_COPY, dated_on=D(2025, 1, 1), shows_honseki=True, address_matches=False)
    v = verify(IND, (licence, record, doc(T.NOTIFICATION_CARD)), ON)
    assert own_codes(v) == [
        ("IDV-2", "MISSING_SIDE", 0),
        ("IDV-2", "MISSING_SIDE", 0),
        ("IDV-2", "MY_NUMBER_SHOWN", 0),
        ("IDV-5", "EXPIRED", 0),
        ("IDV-5", "HIDDEN", 0),
        ("IDV-5", "NAME_MISMATCH", 0),
        ("IDV-4", "HONSEKI_SHOWN", 1),
        ("IDV-4", "OLDER_THAN_SIX_MONTHS", 1),
        ("IDV-5", "ADDRESS_MISMATCH", 1),
        ("IDV-2", "NOT_ACCEPTED", 2),
    ]
    assert not v.accepted


def test_nothing_submitted() -> None:
    assert codes(verify(IND, (), ON)) == [("IDV-2", "NO_IDENTITY_DOCUMENT", None)]
    assert codes(verify(CORP, [], ON)) == [("IDV-3", "NO_CORPORATE_CERTIFICATE", None)]


def test_reason_messages_name_the_document_in_both_languages() -> None:
    v = verify(IND, (doc(T.MY_NUMBER_CARD, sides=(S.FRONT, S.BACK)),), ON)
    (r,) = own(v)
    # Documents are counted from 1 in words (``Reason.document`` stays the index from 0).
    assert r.message == "document 1 (My Number card): its back side must never be uploaded"
    assert r.message_ja == "書類1(マイナンバーカード):裏面はアップロードできない"
    for code in ReasonCode:
        for reason in (Reason("IDV-5", code, 3, T.PASSPORT, S.FRONT), Reason("IDV-5", code)):
            assert reason.message
            assert reason.message_ja


# -- helpers ----------------------------------------------------------------------------------------


def test_is_expired_and_within_six_months_boundaries() -> None:
    assert is_expired(ON, ON) is False
    assert is_expired(ON - dt.timedelta(days=1), ON) is True
    assert within_six_months(D(2026, 3, 1), ON) is True
    assert within_six_months(D(2026, 2, 28), ON) is False
    assert within_six_months(ON, ON) is True
    assert within_six_months(D(1, 1, 1), D(1, 6, 30)) is True  # no day six months before: no bound
    with pytest.raises(RuleInputError, match="dated_on"):
        within_six_months(ON + dt.timedelta(days=1), ON)


def test_the_six_month_window_is_explained_under_both_clauses_that_state_it() -> None:
    # 「6か月以内」 is the corporate clause's (IDV-3) and the supplementary clause's (IDV-4): one decision, two rules.
    for e in (explain(six_months_before, ON), explain(within_six_months, D(2026, 2, 28), ON)):
        assert e.rule_ids == ("IDV-3", "IDV-4")
        assert [step.outcome for step in e.steps] == [e.result, e.result]
        assert "登記事項証明書" in e.steps[0].note_ja
        assert "補助書類" in e.steps[1].note_ja
    assert [s.say() for s in explain(within_six_months, D(2026, 2, 28), ON).steps] == [
        "a corporate certificate or application-address document dated 28 February 2026 is not within 6 months of "
        "the check on 1 September 2026 (it must be dated 1 March 2026 or later)",
        "a supplementary document dated 28 February 2026 is not within 6 months of the check on 1 September 2026 "
        "(it must be dated 1 March 2026 or later)",
    ]


def test_helpers_at_the_ends_of_the_calendar() -> None:
    with pytest.raises(RuleInputError, match="IDV-4"):
        six_months_before(D(1, 6, 30))
    assert six_months_before(D(1, 7, 31)) == D(1, 1, 31)
    assert six_months_before(D.max) == D(9999, 6, 30)
    assert is_expired(D.max, D.min) is False
    assert verify(IND, (doc(T.PASSPORT, expires_on=D.max),), D.max).accepted
    assert verify(CORP, (doc(T.TAX_RECEIPT, dated_on=D.min),), D.min).reasons[-1].code is (
        ReasonCode.NO_CORPORATE_CERTIFICATE
    )


def test_required_sides_of_every_table() -> None:
    assert required_sides(T.MY_NUMBER_CARD) == (S.FRONT,)
    assert required_sides(T.RESIDENCE_CARD) == (S.FRONT, S.BACK)
    assert required_sides(T.HEALTH_INSURANCE_CARD) == (S.NAME_BIRTH_DATE_SIDE,)
    assert required_sides(T.RESIDENT_RECORD_COPY) == (S.ADDRESS_ISSUE_DATE_SIDE,)
    assert required_sides(T.CERTIFICATE_OF_REGISTERED_MATTERS) == ()
    assert explain(required_sides, T.WATER_RECEIPT).rule_ids == ("IDV-4",)


# -- errors ----------------------------------------------------------------------------------------


def test_verify_bad_inputs() -> None:
    good = (doc(T.PASSPORT),)
    with pytest.raises(TypeError):
        verify("INDIVIDUAL", good, ON)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        verify(IND, set(good), ON)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        verify(IND, doc(T.PASSPORT), ON)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        verify(IND, ({"kind": "PASSPORT"},), ON)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        verify(IND, good, dt.datetime(2026, 9, 1, tzinfo=JST))
    with pytest.raises(TypeError):
        verify(IND, good, Month(2026, 9))  # type: ignore[arg-type]
    with pytest.raises(RuleInputError, match=r"IDV-4: documents\[1\].dated_on"):
        verify(IND, (doc(T.HEALTH_INSURANCE_CARD), doc(T.WATER_RECEIPT, dated_on=D(2026, 9, 2))), ON)


def test_submitted_document_bad_fields() -> None:
    with pytest.raises(TypeError):
        SubmittedDocument("PASSPORT", ())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        SubmittedDocument(T.WATER_RECEIPT, "FRONT")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        SubmittedDocument(T.WATER_RECEIPT, ["FRONT"])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        SubmittedDocument(T.WATER_RECEIPT, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        SubmittedDocument(T.WATER_RECEIPT, (), dated_on=dt.datetime(2026, 9, 1))
    with pytest.raises(TypeError):
        SubmittedDocument(T.WATER_RECEIPT, (), masked=(Side.FRONT,))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        SubmittedDocument(T.WATER_RECEIPT, (), altered=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        SubmittedDocument(T.WATER_RECEIPT, (), name_matches=None)  # type: ignore[arg-type]
    with pytest.raises(RuleInputError, match="IDV-5: expires_on"):
        SubmittedDocument(T.MY_NUMBER_CARD, (S.FRONT,))
    with pytest.raises(TypeError):
        Verdict([])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Reason("IDV-5", "EXPIRED")  # type: ignore[arg-type]
    with pytest.raises(RuleInputError):
        Reason("FEE-1", ReasonCode.EXPIRED)
    with pytest.raises(RuleInputError):
        Reason("IDV-5", ReasonCode.EXPIRED, -1, T.PASSPORT)
    with pytest.raises(TypeError):
        Reason("IDV-5", ReasonCode.HIDDEN, 0, T.PASSPORT, "OTHER")  # type: ignore[arg-type]


HOSTILE: list[object] = [
    None,
    "",
    "2026-09",
    -1,
    10**30,
    True,
    1.5,
    float("nan"),
    Fraction(1, 3),
    D.min,
    D.max,
    dt.datetime(2026, 9, 30, 12),
    Month(9999, 12),
    Route.NEW,
    [],
    {},
    (1, 2),
    object(),
]


def test_hostile_values_raise_only_type_or_rule_errors() -> None:
    good = (IND, (doc(T.PASSPORT),), ON)
    for position in range(3):
        for value in HOSTILE:
            args = list(good)
            args[position] = value
            with contextlib.suppress(TypeError, RuleInputError):
                verify(*args)  # type: ignore[arg-type]
    for value in HOSTILE:
        for call in (
            lambda v: six_months_before(v),
            lambda v: within_six_months(v, ON),
            lambda v: is_expired(ON, v),
            lambda v: required_sides(v),
            lambda v: verification_required(Service.HIKARI_DENWA, v),
            lambda v: SubmittedDocument(T.WATER_RECEIPT, v),
        ):
            with contextlib.suppress(TypeError, RuleInputError):
                call(value)


# -- explanations ------------------------------------------------------------------------------------


def test_explanation_lists_the_deciding_rules_in_order() -> None:
    e = explain(
        verify,
        IND,
        (doc(T.HEALTH_INSURANCE_CARD, masked=()), doc(T.RESIDENT_RECORD_COPY, dated_on=D(2026, 1, 1))),
        ON,
    )
    # In the order decided: the card against its row (IDV-2), found invalid (IDV-5), then the 住民票 (IDV-4).
    assert e.rule_ids == ("IDV-2", "IDV-5", "IDV-4")
    assert isinstance(e.result, Verdict)
    assert not e.result.accepted
    text = e.text("en")
    assert (
        "a supplementary document dated 1 January 2026 is not within 6 months of the check on 1 September 2026" in text
    )
    assert "書類1(健康保険証):「記号」を判読不可能な状態にする必要がある" in e.text("ja")
    assert (
        "補助書類の日付2026年1月1日は、確認日2026年9月1日から6か月以内ではない(2026年3月1日以降であること)"
        in e.text("ja")
    )
    expired = explain(verify, IND, (doc(T.PASSPORT, expires_on=D(2026, 8, 31)),), ON)
    assert expired.rule_ids == ("IDV-2", "IDV-5")
    assert expired.result.outcome is Outcome.NOT_VERIFIED
    assert "valid through 31 August 2026: checked on 1 September 2026, it has expired" in expired.text()
    assert "有効期限は2026年8月31日で、確認日2026年9月1日時点で有効期限切れ" in expired.text("ja")
    assert expired.to_json()["result"]["accepted"] is False


def test_explanation_of_a_corporate_verdict() -> None:
    e = explain(verify, CORP, (doc(T.CERTIFICATE_OF_REGISTERED_MATTERS),), ON)
    assert e.rule_ids == ("IDV-3", "IDV-5")
    assert e.result == Verdict(())
    assert "本人確認完了" in e.text("ja")


# -- IDV-5's three outcomes ---------------------------------------------------------------------------


def test_idv_5_names_its_interpretation_and_the_other_reading() -> None:
    info = rules.get("IDV-5")
    assert info.interpretation is not None
    assert "verified, to be reviewed" in info.interpretation
    assert not re.search(r"[A-Z]{2,}_[A-Z]", info.interpretation)  # no code identifier in the rule text
    assert info.other_reading == "Any invalid document fails the whole submission."
    assert info.ambiguity is None


def test_a_valid_licence_beside_an_expired_passport_verifies_and_the_explanation_says_why() -> None:
    documents = (doc(T.DRIVERS_LICENCE), doc(T.PASSPORT, expires_on=D(2026, 8, 31)))
    verdict = verify(IND, documents, ON)
    assert codes(verdict) == [("IDV-5", "EXPIRED", 1)]  # reported, and only that document is invalid
    assert verdict.outcome is Outcome.VERIFIED
    assert verdict.accepted
    e = explain(verify, IND, documents, ON)
    per_document = [s.note for s in e.steps if s.template.startswith("document {n} ({kind}) ")]
    assert per_document[-2:] == [
        "document 2 (passport) has expired",
        "document 2 (passport) is invalid: it does not count, and only it",
    ]
    assert "document 1 (driver's licence) is valid: it counts" in per_document
    last = e.steps[-1]
    assert (last.rule_id, last.outcome) == ("IDV-5", Outcome.VERIFIED)
    assert "(interpretation)" in last.note
    assert last.note_ja == (
        "確認日2026年9月1日時点で、有効な書類だけで必要な書類が揃っている。無効な書類(書類2)があっても"
        "提出全体を不承認にはしない(解釈)。判定は「本人確認完了」"
    )
    assert rules.get("IDV-5").other_reading_ja in e.text("ja")


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"name_matches": False}, "NAME_MISMATCH"),
        ({"address_matches": False}, "ADDRESS_MISMATCH"),
        ({"unclear": True}, "UNCLEAR"),
        ({"painted_over": True}, "PAINTED_OVER"),
    ],
)
def test_a_mismatch_or_an_unclear_part_is_a_review_never_a_refusal(changes: dict[str, bool], code: str) -> None:
    v = verify(IND, (doc(T.DRIVERS_LICENCE, **changes),), ON)
    assert codes(v) == [("IDV-5", code, 0)]
    assert v.outcome is Outcome.NEEDS_REVIEW
    assert not v.accepted  # construction waits (IDV-1)
    assert v.review_reasons == v.reasons
    assert v.invalid_documents == ()
    e = explain(verify, IND, (doc(T.DRIVERS_LICENCE, **changes),), ON)
    assert "自動的に非承認とはしない" in e.text("ja")


def test_a_review_reason_on_an_invalid_extra_document_does_not_call_for_review() -> None:
    bad = doc(T.PASSPORT, expires_on=D(2026, 8, 31), name_matches=False)
    v = verify(IND, (doc(T.DRIVERS_LICENCE), bad), ON)
    assert codes(v) == [("IDV-5", "EXPIRED", 1), ("IDV-5", "NAME_MISMATCH", 1)]
    assert v.outcome is Outcome.VERIFIED


def test_an_invalid_only_document_leaves_the_submission_incomplete() -> None:
    v = verify(IND, (doc(T.PASSPORT, expires_on=D(2026, 8, 31)),), ON)
    assert codes(v) == [("IDV-5", "EXPIRED", 0), ("IDV-2", "NO_IDENTITY_DOCUMENT", None)]
    assert v.outcome is Outcome.NOT_VERIFIED


def test_a_corporate_certificate_beside_an_old_address_document_is_not_verified() -> None:
    documents = (
        doc(T.CERTIFICATE_OF_REGISTERED_MATTERS, address_matches=False),
        doc(T.WATER_RECEIPT, dated_on=D(2025, 1, 1)),
    )
    v = verify(CORP, documents, ON)
    assert codes(v) == [("IDV-3", "OLDER_THAN_SIX_MONTHS", 1), ("IDV-3", "NEEDS_ADDRESS_DOCUMENT", None)]
    assert v.outcome is Outcome.NOT_VERIFIED
    # with the head office at the application address the old receipt is only an invalid extra
    v = verify(CORP, (doc(T.CERTIFICATE_OF_REGISTERED_MATTERS), documents[1]), ON)
    assert v.outcome is Outcome.VERIFIED


# -- properties --------------------------------------------------------------------------------------

flags = st.booleans()


@st.composite
def any_document(draw: st.DrawFn, on: dt.date) -> SubmittedDocument:
    kind = draw(st.sampled_from(list(DocumentType)))
    expires = draw(st.one_of(st.none(), dates(D(2000, 1, 1), D(2060, 12, 31))))
    if kind in PRINTS_EXPIRY and expires is None:
        expires = on
    return SubmittedDocument(
        kind,
        draw(st.sets(st.sampled_from(list(Side)))),
        expires_on=expires,
        dated_on=draw(st.one_of(st.none(), dates(on - dt.timedelta(days=400), on))),
        stay_expires_on=draw(st.one_of(st.none(), dates(on - dt.timedelta(days=30), on + dt.timedelta(days=30)))),
        masked=draw(st.sets(st.sampled_from(list(MaskedPart)))),
        altered=draw(st.integers(0, 9)) == 0,
        shows_my_number=draw(flags) and draw(flags),
        shows_honseki=draw(flags) and draw(flags),
        back_has_changes=draw(flags),
        holder_entries_filled=draw(flags) or draw(flags),
        has_photo=draw(flags) or draw(flags),
        name_matches=draw(flags) or draw(flags),
        address_matches=draw(flags) or draw(flags),
    )


@st.composite
def clean_document(
    draw: st.DrawFn, applicant: Applicant, on: dt.date, kinds: tuple[DocumentType, ...] | None = None
) -> SubmittedDocument:
    """A document with no defect of its own for ``applicant`` checked on ``on`` (of one of ``kinds``)."""
    if kinds is not None:
        kind = draw(st.sampled_from(kinds))
    elif applicant is IND:
        kind = draw(st.sampled_from(IDENTITY + SUPPLEMENTARY))
    else:
        kind = draw(st.sampled_from(CORPORATE_DOCUMENTS.documents + CORPORATE_ADDRESS))
    cutoff = six_months_before(on)
    changes = draw(flags)
    sides = set(required_sides(kind, back_has_changes=changes)) if applicant is IND else set()
    if kind is not T.MY_NUMBER_CARD:
        sides |= draw(st.sets(st.sampled_from(list(Side))))
    return SubmittedDocument(
        kind,
        sides,
        expires_on=draw(dates(on, D(2090, 12, 31))) if kind in PRINTS_EXPIRY or draw(flags) else None,
        dated_on=draw(dates(cutoff, on)),
        stay_expires_on=draw(st.one_of(st.none(), dates(on, D(2090, 12, 31)))),
        masked=HEALTH_INSURANCE_MASKED_PARTS if kind in HEALTH_INSURANCE else (),
        back_has_changes=changes,
        # a corporate certificate may show a head office other than the application address
        address_matches=draw(flags) if kind in CORPORATE_DOCUMENTS.documents else True,
    )


check_dates = dates(D(1990, 1, 1), D(2090, 12, 31))
all_dates = dates(D(1, 7, 1), D.max)
applicants = st.sampled_from(list(Applicant))


@given(st.data(), check_dates, applicants)
def test_outcome_follows_the_valid_documents_and_reasons_are_ordered(
    data: st.DataObject, on: dt.date, applicant: Applicant
) -> None:
    docs = data.draw(st.lists(any_document(on), max_size=4))
    v = verify(applicant, docs, on)
    assert v.accepted == (v.outcome is Outcome.VERIFIED)
    if not v.reasons:
        assert v.outcome is Outcome.VERIFIED
    # IDV-5 (interpretation): only the invalid documents are disregarded; the valid ones alone decide
    valid = [d for i, d in enumerate(docs) if i not in v.invalid_documents]
    alone = verify(applicant, valid, on)
    assert alone.outcome is v.outcome
    assert alone.invalid_documents == ()
    assert (v.outcome is Outcome.NOT_VERIFIED) == any(r.document is None for r in v.reasons)
    indices = [len(docs) if r.document is None else r.document for r in v.reasons]
    assert indices == sorted(indices)
    for r in v.reasons:
        assert r.rule_id in ("IDV-2", "IDV-3", "IDV-4", "IDV-5")
        assert (r.document is None) == (r.document_type is None)
        if r.document is not None:
            assert docs[r.document].kind is r.document_type
    if v.accepted:  # then the valid documents hold an identity document of the applicant's table
        kinds = {d.kind for d in valid}
        if applicant is IND:
            assert kinds & set(PHOTO_IDS) or (kinds & set(HEALTH_INSURANCE) and kinds & set(SUPPLEMENTARY))
        else:
            assert kinds & set(CORPORATE_DOCUMENTS.documents)
        assert all(d.expires_on is None or d.expires_on >= on for d in valid)


@given(st.data(), check_dates, applicants)
def test_the_verdict_verify_builds_is_the_one_the_public_constructors_build(
    data: st.DataObject, on: dt.date, applicant: Applicant
) -> None:
    """verify fills its Reasons and Verdict slot by slot, skipping the validators: the values must be
    the ones the constructors build (equal, same hash, same repr)."""
    docs = data.draw(st.lists(any_document(on), max_size=4))
    v = verify(applicant, docs, on)
    rebuilt = Verdict(tuple(Reason(r.rule_id, r.code, r.document, r.document_type, r.detail) for r in v.reasons))
    assert rebuilt == v
    assert hash(rebuilt) == hash(v)
    assert repr(rebuilt) == repr(v)
    assert (rebuilt.outcome, rebuilt.accepted) == (v.outcome, v.accepted)


@given(st.data(), check_dates, applicants)
def test_the_order_of_the_documents_does_not_change_the_reasons(
    data: st.DataObject, on: dt.date, applicant: Applicant
) -> None:
    docs = data.draw(st.lists(any_document(on), max_size=4))
    order = data.draw(st.permutations(range(len(docs))))
    shuffled = [docs[i] for i in order]
    a = verify(applicant, docs, on)
    b = verify(applicant, shuffled, on)

    def bag(v: Verdict, mapping: list[int]) -> Counter[tuple[object, ...]]:
        return Counter(
            (r.rule_id, r.code, None if r.document is None else mapping[r.document], r.detail) for r in v.reasons
        )

    assert bag(a, list(range(len(docs)))) == bag(b, list(order))
    assert a.accepted == b.accepted


@st.composite
def complete_set(draw: st.DrawFn, applicant: Applicant, on: dt.date) -> list[SubmittedDocument]:
    """Clean documents that make a complete submission, built rather than filtered: an individual's
    photo ID, or a health-insurance card with a supplementary document; a corporation's certificate
    at the application address, or a certificate with an address document; then up to two more
    clean documents, in any order."""
    if applicant is IND:
        if draw(flags):
            core = [draw(clean_document(IND, on, PHOTO_IDS))]
        else:
            core = [draw(clean_document(IND, on, HEALTH_INSURANCE)), draw(clean_document(IND, on, SUPPLEMENTARY))]
    else:
        certificate = draw(clean_document(CORP, on, CORPORATE_DOCUMENTS.documents))
        if draw(flags):
            core = [attrs.evolve(certificate, address_matches=True)]
        else:
            core = [certificate, draw(clean_document(CORP, on, CORPORATE_ADDRESS))]
    docs = core + draw(st.lists(clean_document(applicant, on), max_size=2))
    return list(draw(st.permutations(docs)))


@given(st.data(), check_dates, applicants)
def test_adding_a_clean_document_keeps_an_accepted_set_accepted(
    data: st.DataObject, on: dt.date, applicant: Applicant
) -> None:
    docs = data.draw(complete_set(applicant, on))
    assert verify(applicant, docs, on).accepted
    extra = data.draw(clean_document(applicant, on))
    at = data.draw(st.integers(0, len(docs)))
    assert verify(applicant, [*docs[:at], extra, *docs[at:]], on).accepted


@given(st.data(), check_dates)
def test_clean_photo_id_alone_verifies_and_its_expired_version_never_does(data: st.DataObject, on: dt.date) -> None:
    d = data.draw(clean_document(IND, on, PHOTO_IDS))
    assert verify(IND, (d,), on).accepted
    days = data.draw(st.integers(1, 5000))
    expired = attrs.evolve(d, expires_on=on - dt.timedelta(days=days))
    v = verify(IND, (expired,), on)
    assert not v.accepted
    assert Reason("IDV-5", ReasonCode.EXPIRED, 0, d.kind) in v.reasons


@given(all_dates)
def test_six_months_before_over_the_whole_calendar(on: dt.date) -> None:
    assert six_months_before(on) == on - relativedelta(months=6)


@given(check_dates, st.sampled_from(SUPPLEMENTARY), st.sampled_from(HEALTH_INSURANCE))
def test_six_month_boundary_is_the_same_day_six_months_before(
    on: dt.date, supplement: DocumentType, card: DocumentType
) -> None:
    cutoff = six_months_before(on)
    assert cutoff == on - relativedelta(months=6)  # dateutil clamps to the month end the same way
    m = Month.of(on) - 6
    assert Month.of(cutoff) == m
    assert cutoff.day == min(on.day, m.last_day.day)
    at = doc(supplement, dated_on=cutoff)
    before = doc(supplement, dated_on=cutoff - dt.timedelta(days=1))
    assert verify(IND, (doc(card), at), on).accepted
    assert own_codes(verify(IND, (doc(card), before), on)) == [("IDV-4", "OLDER_THAN_SIX_MONTHS", 1)]
    assert within_six_months(cutoff, on)
    assert not within_six_months(cutoff - dt.timedelta(days=1), on)


@given(check_dates, st.sampled_from(PHOTO_IDS))
def test_expiry_day_itself_is_valid_and_the_day_after_is_not(on: dt.date, kind: DocumentType) -> None:
    assert verify(IND, (doc(kind, expires_on=on),), on).accepted
    assert verify(IND, (doc(kind, expires_on=on - dt.timedelta(days=1)),), on).reasons == (
        Reason("IDV-5", ReasonCode.EXPIRED, 0, kind),
        Reason("IDV-2", ReasonCode.NO_IDENTITY_DOCUMENT),
    )


@given(st.sampled_from(list(Service)), st.sampled_from(list(Route)))
def test_the_route_never_changes_whether_verification_is_needed(service: Service, route: Route) -> None:
    assert verification_required(service, route) == verification_required(service)
    assert can_schedule_construction(service, None, route) == (not verification_required(service, route))


# -- what the explanations say (issue 12) ------------------------------------------------------------


def test_the_six_month_window_clamps_to_the_month_end_and_says_so() -> None:
    e = explain(six_months_before, D(2026, 8, 31))
    assert e.result == D(2026, 2, 28)
    assert e.steps[1].note == (
        "checking on 31 August 2026, a supplementary document must be dated 28 February 2026 or later "
        "(6 months before, or the end of that month when it is shorter)"
    )
    assert e.steps[1].note_ja == (
        "確認日が2026年8月31日の場合、補助書類は2026年2月28日以降の日付であること(6か月前の同じ日。その月にその日がなければ月末)"
    )
    assert six_months_before(D(2028, 8, 31)) == D(2028, 2, 29)  # a leap year's February
    # The day on the clamped bound is within, the day before is not, in verify as in within_six_months.
    for dated_on, within in ((D(2026, 2, 28), True), (D(2026, 2, 27), False)):
        assert within_six_months(dated_on, D(2026, 8, 31)) is within
        v = verify(IND, (doc(T.PASSPORT), doc(T.WATER_RECEIPT, dated_on=dated_on)), D(2026, 8, 31))
        assert (("IDV-4", "OLDER_THAN_SIX_MONTHS", 1) in codes(v)) is not within


def test_expiry_on_the_checking_day_is_explained_as_within_its_validity() -> None:
    e = explain(is_expired, ON, ON)
    assert e.result is False
    assert e.steps[0].note == "valid through 1 September 2026: checked on 1 September 2026, it is within its validity"
    assert e.steps[0].note_ja == "有効期限は2026年9月1日で、確認日2026年9月1日時点で有効期限内"
    assert explain(is_expired, ON - dt.timedelta(days=1), ON).steps[0].template.endswith("it has expired")


def test_idv_1_explanations_in_natural_japanese() -> None:
    e = explain(verification_required, Service.HIKARI_DENWA, Route.TENYOU)
    assert e.steps[0].note_ja == "So-net 光 電話(セットプラン)(転用)は本人確認が必要なサービスに含まれる"
    assert e.text("ja").startswith(
        "質問: So-net 光 電話(セットプラン)を転用で申し込む場合、本人確認は必要か\n結果: はい"
    )
    review = verify(IND, (doc(T.DRIVERS_LICENCE, name_matches=False),), ON)
    e = explain(can_schedule_construction, Service.CALL_FORWARDING, review)
    assert (
        e.steps[0].note_ja == "着信転送サービスは本人確認が必要で、判定は「要確認」。工事日は本人確認の完了後に決まる"
    )
    assert explain(can_schedule_construction, Service.INTERNET, None).steps[0].note == (
        "the So-net 光 internet connection needs no identity verification: construction can be scheduled"
    )


def test_a_review_is_explained_as_a_review_never_a_refusal_in_japanese() -> None:
    e = explain(verify, IND, (doc(T.DRIVERS_LICENCE, address_matches=False),), ON)
    assert e.text("ja").splitlines()[1] == "結果: 要確認"
    assert e.steps[-1].note_ja == (
        "確認日2026年9月1日時点で必要な書類は揃っているが、確認が必要な点がある(住所の不一致)。"
        "非承認となる場合や再提出をお願いすることがあるが、自動的に非承認とはしない。判定は「要確認」"
    )


def test_corporate_explanation_names_the_head_office_reading() -> None:
    cert = doc(T.CERTIFICATE_OF_REGISTERED_MATTERS, address_matches=False)
    e = explain(verify, CORP, (cert, doc(T.WATER_RECEIPT)), ON)
    assert e.result.outcome is Outcome.VERIFIED
    assert (
        "有効な書類に登記事項証明書または印鑑登録証明書(登記事項証明書)があり、本店所在地が申込住所と異なるため"
        "申込住所の記載された書類(公共料金領収証(水道))も併せて提出されている"
    ) in e.text("ja")
    missing = explain(verify, CORP, (cert,), ON)
    assert missing.result.outcome is Outcome.NOT_VERIFIED
    assert missing.rule_ids == ("IDV-3", "IDV-5")


def test_every_reason_speaks_without_code_identifiers() -> None:
    for code in ReasonCode:
        for reason in (Reason("IDV-5", code, 3, T.PASSPORT, S.FRONT), Reason("IDV-5", code)):
            for text in (reason.message, reason.message_ja):
                assert not re.search(r"[a-z]+_[a-z]+|[A-Z]{2,}_|\[\d+\]", text), text
    assert Reason("IDV-5", ReasonCode.EXPIRED, 0, T.PASSPORT).message_ja == "書類1(パスポート)は有効期限切れ"


def test_errors_name_their_rule_and_parameter() -> None:
    cases = [
        (lambda: six_months_before(D(1, 6, 30)), "IDV-4", "on"),
        (lambda: within_six_months(ON + dt.timedelta(days=1), ON), "IDV-4", "dated_on"),
        (lambda: verify(IND, (doc(T.PASSPORT), doc(T.WATER_RECEIPT, dated_on=LATER)), ON), "IDV-4",
         "documents[1].dated_on"),
        (lambda: SubmittedDocument(T.PASSPORT, (S.PHOTO_PAGE,)), "IDV-5", "expires_on"),
        (lambda: Reason("TERM-1", ReasonCode.EXPIRED), "IDV-5", "rule_id"),
        (lambda: Reason("IDV-5", ReasonCode.EXPIRED, -1), "IDV-5", "document"),
    ]  # fmt: skip
    for call, rule_id, parameter in cases:
        with pytest.raises(RuleInputError) as info:
            call()
        assert (info.value.rule, info.value.parameter) == (rule_id, parameter)


# -- every error says what is wrong, with which rule and field (what a user reads) ---------------------


@pytest.mark.parametrize(
    ("field", "bad", "error", "message"),
    [
        ("kind", "PASSPORT", TypeError, "IDV-2: kind: expected DocumentType, got str"),
        ("sides", "FRONT", TypeError, "IDV-2: sides: expected a collection of Side, got str"),
        ("sides", 7, TypeError, "IDV-2: sides: expected a collection of Side, got int"),
        ("sides", ["FRONT"], TypeError, "IDV-2: sides: expected Side, got str"),
        ("masked", b"x", TypeError, "IDV-2: masked: expected a collection of MaskedPart, got bytes"),
        ("masked", (S.FRONT,), TypeError, "IDV-2: masked: expected MaskedPart, got Side"),
        ("expires_on", "2030-01-01", TypeError, "IDV-5: expires_on: expected a datetime.date, got str"),
        ("dated_on", 20260820, TypeError, "IDV-4: dated_on: expected a datetime.date, got int"),
        ("stay_expires_on", Month(2027, 1), TypeError, "IDV-2: stay_expires_on: expected a datetime.date, got Month"),
        ("altered", 1, TypeError, "IDV-5: altered: expected a bool, got int"),
        ("shows_my_number", "no", TypeError, "IDV-2: shows_my_number: expected a bool, got str"),
        ("shows_honseki", None, TypeError, "IDV-4: shows_honseki: expected a bool, got NoneType"),
        ("back_has_changes", 0, TypeError, "IDV-2: back_has_changes: expected a bool, got int"),
        ("holder_entries_filled", 1.0, TypeError, "IDV-2: holder_entries_filled: expected a bool, got float"),
        ("has_photo", "yes", TypeError, "IDV-2: has_photo: expected a bool, got str"),
        ("name_matches", None, TypeError, "IDV-5: name_matches: expected a bool, got NoneType"),
        ("address_matches", 1, TypeError, "IDV-5: address_matches: expected a bool, got int"),
        ("unclear", (), TypeError, "IDV-5: unclear: expected a bool, got tuple"),
        ("painted_over", 0, TypeError, "IDV-5: painted_over: expected a bool, got int"),
        ("expires_on", None, RuleInputError,
         "IDV-5: expires_on: a passport always prints an expiry date (有効期限): give it"),
    ],
)  # fmt: skip
def test_each_field_of_a_document_says_what_is_wrong(
    field: str, bad: object, error: type[Exception], message: str
) -> None:
    good: dict[str, object] = {"kind": T.PASSPORT, "sides": (S.PHOTO_PAGE, S.HOLDER_PAGE), "expires_on": LATER}
    with pytest.raises(error) as info:
        SubmittedDocument(**{**good, field: bad})  # type: ignore[arg-type]
    assert str(info.value) == message


def test_each_field_of_a_reason_and_a_verdict_says_what_is_wrong() -> None:
    long = "IDV-5 as the rule of this reason"
    cases: list[tuple[object, type[Exception], str]] = [
        (lambda: Reason(5, ReasonCode.EXPIRED), TypeError, "IDV-5: rule_id: expected a str, got int"),
        (lambda: Reason("FEE-1", ReasonCode.EXPIRED), RuleInputError,
         "IDV-5: rule_id: expected one of ('IDV-1', 'IDV-2', 'IDV-3', 'IDV-4', 'IDV-5'), got 'FEE-1'"),
        (lambda: Reason(long, ReasonCode.EXPIRED), RuleInputError,  # a long value is cut to its first 20 characters
         "IDV-5: rule_id: expected one of ('IDV-1', 'IDV-2', 'IDV-3', 'IDV-4', 'IDV-5'), got 'IDV-5 as the rule of'"),
        (lambda: Reason("IDV-5", "EXPIRED"), TypeError, "IDV-5: code: expected ReasonCode, got str"),
        (lambda: Reason("IDV-5", ReasonCode.EXPIRED, 0.0), TypeError, "IDV-5: document: expected an int, got float"),
        (lambda: Reason("IDV-5", ReasonCode.EXPIRED, 0, "PASSPORT"), TypeError,
         "IDV-5: document_type: expected DocumentType, got str"),
        (lambda: Reason("IDV-5", ReasonCode.HIDDEN, 0, T.PASSPORT, "OTHER"), TypeError,
         "IDV-5: detail: expected a Side, a MaskedPart or None, got str"),
        (lambda: Verdict([]), TypeError, "IDV-5: reasons: expected a tuple of Reason"),
        (lambda: Verdict(("EXPIRED",)), TypeError, "IDV-5: reasons: expected a tuple of Reason"),
        (lambda: verify(IND, [doc(T.PASSPORT), "PASSPORT"], ON), TypeError,
         "IDV-2: documents[1]: expected a SubmittedDocument, got str"),
        (lambda: verify(IND, [doc(T.HEALTH_INSURANCE_CARD), doc(T.WATER_RECEIPT, dated_on=D(2026, 9, 2))], ON),
         RuleInputError, "IDV-4: documents[1].dated_on: dated 2026-09-02, after the checking date 2026-09-01"),
    ]  # fmt: skip
    for call, error, message in cases:
        with pytest.raises(error) as info:
            call()  # type: ignore[operator]
        assert str(info.value) == message


def test_a_reason_about_the_whole_set_decides_the_outcome_wherever_it_stands() -> None:
    """verify puts what the set lacks last; a Verdict built by hand may put it anywhere (IDV-5)."""
    lacks = Reason("IDV-2", ReasonCode.NO_IDENTITY_DOCUMENT)
    review = Reason("IDV-5", ReasonCode.NAME_MISMATCH, 0, T.PASSPORT)
    expired = Reason("IDV-5", ReasonCode.EXPIRED, 1, T.DRIVERS_LICENCE)
    for reasons in ((lacks, review), (review, lacks, expired), (expired, lacks)):
        v = Verdict(reasons)
        assert (v.outcome, v.accepted) == (Outcome.NOT_VERIFIED, False)


def test_the_explanation_names_only_the_photo_identity_documents_that_make_the_set() -> None:
    water = doc(T.WATER_RECEIPT, dated_on=D(2026, 8, 1))
    card = doc(T.HEALTH_INSURANCE_CARD)
    licence = doc(T.DRIVERS_LICENCE)
    e = explain(verify, IND, [water, card, licence], ON)
    step = next(s for s in e.steps if s.template.startswith("the valid documents include an identity document"))
    assert step.inputs == (("kinds", (T.DRIVERS_LICENCE,)),)
    lacking = explain(verify, IND, [water], ON).steps[-2]
    assert (lacking.rule_id, lacking.outcome) == ("IDV-2", ReasonCode.NO_IDENTITY_DOCUMENT)
    assert lacking.inputs == (("n", None), ("kind", None), ("detail", None))


def test_a_subclass_of_submitted_document_is_checked_like_one() -> None:
    @attrs.frozen
    class Upload(SubmittedDocument):
        pass

    licence = doc(T.DRIVERS_LICENCE)
    upload = Upload(**attrs.asdict(licence, recurse=False))
    assert verify(IND, [upload], ON) == verify(IND, [licence], ON)


def test_a_verdict_built_from_reasons_decides_the_outcome_as_verify_does() -> None:
    """The public constructor decides the outcome from the reasons (IDV-5, interpretation)."""
    incomplete = Verdict(
        (Reason("IDV-5", ReasonCode.EXPIRED, 0, T.PASSPORT), Reason("IDV-2", ReasonCode.NO_IDENTITY_DOCUMENT))
    )
    assert (incomplete.outcome, incomplete.accepted) == (Outcome.NOT_VERIFIED, False)
    review = Verdict((Reason("IDV-5", ReasonCode.NAME_MISMATCH, 0, T.PASSPORT),))
    assert (review.outcome, review.accepted) == (Outcome.NEEDS_REVIEW, False)
    extra = Verdict(
        (Reason("IDV-5", ReasonCode.EXPIRED, 1, T.PASSPORT), Reason("IDV-5", ReasonCode.NAME_MISMATCH, 1, T.PASSPORT))
    )
    assert (extra.outcome, extra.accepted, extra.invalid_documents) == (Outcome.VERIFIED, True, (1,))
    for documents in ((doc(T.DRIVERS_LICENCE, name_matches=False),), (doc(T.PASSPORT, expires_on=D(2026, 8, 31)),)):
        v = verify(IND, documents, ON)
        assert Verdict(v.reasons) == v


# -- each reason names its document, and the rule that found it -------------------------------------


def test_each_defect_names_its_document_and_rule() -> None:
    cases = [
        (doc(T.JUKI_CARD, has_photo=False), ("IDV-2", ReasonCode.NO_PHOTO),
         "document 2 (Basic Resident Register card (住民基本台帳カード)) has no photo: only one with a photo counts"),
        (doc(T.PASSPORT, holder_entries_filled=False), ("IDV-2", ReasonCode.HOLDER_ENTRIES_BLANK),
         "document 2 (passport): the holder's name and address are not filled in on the holder's entries page"),
        (doc(T.RESIDENCE_CARD, stay_expires_on=D(2026, 8, 31)), ("IDV-2", ReasonCode.OUTSIDE_PERIOD_OF_STAY),
         "document 2 (residence card): the period of stay has ended"),
        (doc(T.PASSPORT, unclear=True), ("IDV-5", ReasonCode.UNCLEAR),
         "document 2 (passport): part of it is unclear (a resubmission may be requested)"),
        (doc(T.PASSPORT, painted_over=True), ("IDV-5", ReasonCode.PAINTED_OVER),
         "document 2 (passport): part of it was intentionally painted over (a resubmission may be requested)"),
        # a 住民票 showing a My Number breaks IDV-4; any other supplementary document IDV-2's 「マイナンバー」
        (doc(T.RESIDENT_RECORD_COPY, shows_my_number=True), ("IDV-4", ReasonCode.MY_NUMBER_SHOWN),
         "document 2 (copy of the resident record (住民票の写し)) shows a My Number: it cannot be accepted"),
        (doc(T.WATER_RECEIPT, shows_my_number=True), ("IDV-2", ReasonCode.MY_NUMBER_SHOWN),
         "document 2 (water bill receipt) shows a My Number: it cannot be accepted"),
        # only a health-insurance card may mask its numbers: on anything else it is hiding a part (IDV-5)
        (doc(T.WATER_RECEIPT, masked=(MaskedPart.INSURANCE_NUMBER,)), ("IDV-5", ReasonCode.HIDDEN),
         "document 2 (water bill receipt): part of it is hidden (insurance number (番号))"),
    ]  # fmt: skip
    for document, (rule_id, code), message in cases:
        v = verify(IND, (doc(T.DRIVERS_LICENCE), document), ON)
        (r,) = own(v)
        assert (r.rule_id, r.code, r.document, r.document_type) == (rule_id, code, 1, document.kind)
        assert r.message == message
    masked = doc(T.SEAL_REGISTRATION_CERTIFICATE, masked=(MaskedPart.INSURER_NUMBER,))
    assert own_codes(verify(CORP, (masked,), ON)) == [("IDV-5", "HIDDEN", 0)]
    # a corporation's document showing a My Number: IDV-2's 「マイナンバー」の記載がある書類は受付できません
    receipt = doc(T.TAX_RECEIPT, shows_my_number=True)
    (r,) = own(verify(CORP, (doc(T.SEAL_REGISTRATION_CERTIFICATE), receipt), ON))
    assert (r.rule_id, r.code, r.document, r.document_type) == ("IDV-2", ReasonCode.MY_NUMBER_SHOWN, 1, T.TAX_RECEIPT)
    assert r.message == "document 2 (national or local tax receipt) shows a My Number: it cannot be accepted"


# -- what each step of an explanation decided (its outcome, beside its sentence) ---------------------


def steps(e: object) -> list[tuple[str, object]]:
    return [(s.rule_id, s.outcome) for s in e.steps]  # type: ignore[attr-defined]


def test_each_step_of_a_health_card_explanation_records_what_it_decided() -> None:
    documents = (doc(T.HEALTH_INSURANCE_CARD), doc(T.RESIDENT_RECORD_COPY, dated_on=D(2026, 3, 1)))
    e = explain(verify, IND, documents, ON)
    assert steps(e) == [
        ("IDV-2", "A:健康保険証+\nB:補助書類"),  # the row of the individual's table the card is in
        ("IDV-5", True),  # the card counts
        ("IDV-4", T.RESIDENT_RECORD_COPY),  # a supplementary document
        ("IDV-4", True),  # dated exactly six months before: within
        ("IDV-5", True),
        ("IDV-2", True),  # a card and a supplementary document
        ("IDV-5", Outcome.VERIFIED),
    ]
    assert e.steps[5].note == (
        "the valid documents include a health-insurance card or its equivalent (health-insurance card) and a "
        "supplementary document (copy of the resident record (住民票の写し))"
    )


def test_each_step_of_a_residence_card_explanation_records_what_it_decided() -> None:
    # the period of stay ending on the checking day is still within it (在留期限内)
    e = explain(verify, IND, (doc(T.RESIDENCE_CARD, stay_expires_on=ON),), ON)
    assert steps(e) == [
        ("IDV-2", "在留カード\n特別永住者証明書"),
        ("IDV-2", True),
        ("IDV-5", False),  # not expired
        ("IDV-5", True),
        ("IDV-2", True),
        ("IDV-5", Outcome.VERIFIED),
    ]
    assert e.steps[1].note == (
        "document 1 (residence card): the period of stay ends on 1 September 2026, not before the check on "
        "1 September 2026"
    )
    assert e.steps[4].note == "the valid documents include an identity document: residence card"


def test_each_step_of_an_invalid_document_explanation_records_what_it_decided() -> None:
    e = explain(verify, IND, (doc(T.PASSPORT, sides=(S.PHOTO_PAGE,), unclear=True),), ON)
    assert steps(e) == [
        ("IDV-2", "パスポート"),
        ("IDV-2", ReasonCode.MISSING_SIDE),
        ("IDV-5", False),
        ("IDV-5", ReasonCode.UNCLEAR),
        ("IDV-5", False),  # invalid: a side is missing
        ("IDV-2", ReasonCode.NO_IDENTITY_DOCUMENT),
        ("IDV-5", Outcome.NOT_VERIFIED),
    ]
    assert e.steps[4].note == "document 1 (passport) is invalid: it does not count, and only it"
    review = explain(verify, IND, (doc(T.DRIVERS_LICENCE, name_matches=False),), ON)
    assert steps(review)[-3:] == [("IDV-5", True), ("IDV-2", True), ("IDV-5", Outcome.NEEDS_REVIEW)]


def test_each_step_of_a_corporate_explanation_records_what_it_decided() -> None:
    at_address = explain(verify, CORP, (doc(T.SEAL_REGISTRATION_CERTIFICATE, dated_on=D(2026, 3, 1)),), ON)
    assert steps(at_address) == [
        ("IDV-3", T.SEAL_REGISTRATION_CERTIFICATE),
        ("IDV-3", True),
        ("IDV-5", True),
        ("IDV-3", True),
        ("IDV-5", Outcome.VERIFIED),
    ]
    assert at_address.steps[3].note == (
        "the valid documents include a corporate certificate (seal registration certificate (印鑑登録証明書)) whose "
        "head office is the application address"
    )
    old = doc(T.SEAL_REGISTRATION_CERTIFICATE, dated_on=D(2026, 2, 28), address_matches=False)
    e = explain(verify, CORP, (old, doc(T.TAX_RECEIPT, dated_on=D(2026, 8, 1))), ON)
    assert steps(e) == [
        ("IDV-3", T.SEAL_REGISTRATION_CERTIFICATE),
        ("IDV-3", False),  # not within six months
        ("IDV-3", ReasonCode.OLDER_THAN_SIX_MONTHS),
        ("IDV-5", False),
        ("IDV-3", T.TAX_RECEIPT),
        ("IDV-3", True),
        ("IDV-5", True),
        ("IDV-3", ReasonCode.NO_CORPORATE_CERTIFICATE),
        ("IDV-5", Outcome.NOT_VERIFIED),
    ]
    with_address = explain(verify, CORP, (attrs.evolve(old, dated_on=ON), doc(T.TAX_RECEIPT)), ON)
    assert steps(with_address)[-2:] == [("IDV-3", True), ("IDV-5", Outcome.VERIFIED)]


def test_the_window_before_the_calendar_begins_is_explained_in_verify_too() -> None:
    on = D(1, 3, 1)  # six months before falls before 1 January 1: every date is within
    documents = (doc(T.HEALTH_INSURANCE_CARD), doc(T.WATER_RECEIPT, dated_on=D(1, 1, 1)))
    e = explain(verify, IND, documents, on)
    assert e.result.outcome is Outcome.VERIFIED
    window = e.steps[3]
    assert (window.rule_id, window.outcome) == ("IDV-4", True)
    assert window.template == (
        "checking on {on}, 6 months before falls before the calendar begins: a supplementary document dated "
        "{dated_on} is within 6 months"
    )
    assert dict(window.inputs) == {"dated_on": D(1, 1, 1), "on": on}


def test_every_reason_says_what_the_step_that_found_it_says() -> None:
    """A reason's message is the sentence of the clause that found it, under whichever rule: the step
    that records a reason (its outcome is the reason's code) and the reason say the same, in both languages."""
    submissions = [
        (IND, [doc(T.NOTIFICATION_CARD), doc(T.TAX_RECEIPT), doc(T.MY_NUMBER_CARD, sides=(S.BACK,), has_photo=False)]),
        (IND, [doc(T.PASSPORT, holder_entries_filled=False, shows_my_number=True, altered=True, unclear=True)]),
        (IND, [doc(T.RESIDENCE_CARD, stay_expires_on=D(2026, 8, 1), masked=(MaskedPart.OTHER,), painted_over=True)]),
        (IND, [doc(T.HEALTH_INSURANCE_CARD, masked=(), name_matches=False)]),
        (IND, [doc(T.HEALTH_INSURANCE_CARD), doc(T.RESIDENT_RECORD_COPY, sides=(), dated_on=None, shows_honseki=True,
                                                 shows_my_number=True, address_matches=False)]),
        (IND, [doc(T.HEALTH_INSURANCE_CARD), doc(T.WATER_RECEIPT, dated_on=D(2026, 2, 28), expires_on=D(2026, 8, 1))]),
        (CORP, [doc(T.PASSPORT), doc(T.CERTIFICATE_OF_REGISTERED_MATTERS, dated_on=None, address_matches=False)]),
        (CORP, [doc(T.SEAL_REGISTRATION_CERTIFICATE, dated_on=D(2025, 1, 1))]),
        (CORP, [doc(T.SEAL_REGISTRATION_CERTIFICATE, address_matches=False)]),
    ]  # fmt: skip
    found: set[ReasonCode] = set()
    for applicant, documents in submissions:
        e = explain(verify, applicant, documents, ON)
        recorded = [s for s in e.steps if isinstance(s.outcome, ReasonCode)]
        assert [(s.rule_id, s.outcome) for s in recorded] == [(r.rule_id, r.code) for r in e.result.reasons]
        assert [s.note for s in recorded] == [r.message for r in e.result.reasons]
        assert [s.note_ja for s in recorded] == [r.message_ja for r in e.result.reasons]
        found |= {r.code for r in e.result.reasons}
    assert found == set(ReasonCode)  # every reason, each found at least once


def test_a_reason_speaks_english_by_default_japanese_on_request_and_nothing_else() -> None:
    r = Reason("IDV-5", ReasonCode.EXPIRED, 0, T.PASSPORT)
    assert r.say() == r.message == "document 1 (passport) has expired"
    assert r.say("ja") == r.message_ja == "書類1(パスポート)は有効期限切れ"
    for lang in ("fr", "EN", None):
        with pytest.raises(RuleInputError) as info:
            r.say(lang)  # type: ignore[arg-type]
        assert (info.value.rule, info.value.parameter) == ("IDV-5", "lang")
        assert str(info.value) == f"IDV-5: lang: expected one of ('en', 'ja'), got {lang!r}"
