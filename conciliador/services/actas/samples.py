"""Complete sample values for each kind of document, made without a database.

They fill every key the context builders produce (every optional section present), so the
template checker knows every name a template may read; the tests render them as the golden
documents, so they must stay deterministic.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from conciliador.criteria import Profile, load_profile
from conciliador.domain.actas import ActaStatus, SignatureMode, SignerRole
from conciliador.domain.agreement_terms import (
    AdjustmentKind,
    Decider,
    LivesWith,
    Party,
    PaymentMethod,
    Periodicity,
    SupportBasis,
    VisitFrequency,
    Weekday,
)
from conciliador.domain.enums import (
    CitationMethod,
    HearingMode,
    IdType,
    Matter,
    OfficeLevel,
    Outcome,
    Sex,
)
from conciliador.services.actas.facts import (
    ActaFacts,
    AgreementFacts,
    ChildFacts,
    CitationFacts,
    HearingFacts,
    OfficerFacts,
    PartyFacts,
    PersonFacts,
    ReplacedFacts,
)
from conciliador.services.actas.overlay import SignatureLine
from conciliador.services.agreements.context import (
    AgreementContext,
    ChildInfo,
    OfficerInfo,
    PartyInfo,
    SafeguardingInfo,
)
from conciliador.services.agreements.evaluation import Draft, evaluate
from conciliador.services.agreements.terms import (
    Addition,
    Adjustment,
    AgreementTerms,
    Care,
    CareArrangement,
    ChildAmount,
    Income,
    Payment,
    Support,
    Visitation,
    VisitBlock,
)


def signature_png(width: int = 300, height: int = 100, seed: int = 1) -> bytes:
    """A white PNG with a pen stroke on it, like a signature pad's (made without Pillow)."""
    import math
    import struct
    import zlib

    ink = set()
    for step in range(4000):
        t = step / 4000
        x = int(15 + t * (width - 30))
        y = int(height / 2 + math.sin(t * 18 + seed) * height * 0.28 * math.cos(t * 5))
        for dx in (0, 1):
            for dy in (0, 1, 2):
                ink.add((x + dx, y + dy))
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows += b"\x1f\x2a\x44" if (x, y) in ink else b"\xff\xff\xff"

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


#: The sample «captured signature».
TINY_PNG = signature_png()
SAMPLE_DAY = dt.date(2026, 11, 23)
_UIDS = ("0190a6a0-0000-7000-8000-000000000001", "0190a6a0-0000-7000-8000-000000000002")


def _zone(profile: Profile) -> ZoneInfo:
    return ZoneInfo(profile.regional.timezone)


def sample_terms(currency: str = "NIO") -> AgreementTerms:
    return AgreementTerms(
        support=Support(
            payer=Party.RESPONDENT,
            basis=SupportBasis.NET_INCOME_SHARE,
            percentage=Decimal(35),
            income=Income(
                gross=Decimal("30000.00"),
                social_security=Decimal("2100.00"),
                income_tax=Decimal("3185.00"),
                thirteenth_month=Decimal("30000.00"),
                source="Colilla de pago de octubre de 2026",
            ),
            children=tuple(ChildAmount(child=u, amount=Decimal(0)) for u in _UIDS),
            currency=currency,
            periodicity=Periodicity.MONTHLY,
            due_days=(15,),
            first_payment=dt.date(2026, 12, 15),
            payment=Payment(method=PaymentMethod.CASH_AT_OFFICE),
            thirteenth_month_share=Decimal(35),
            adjustment=Adjustment(
                kind=AdjustmentKind.INDEX,
                index="la variación del salario mínimo",
                first_date=dt.date(2028, 1, 1),
            ),
        ),
        visitation=Visitation(
            visitor=Party.RESPONDENT,
            children=_UIDS,
            schedule=(
                VisitBlock(
                    frequency=VisitFrequency.ALTERNATE_WEEKS,
                    from_day=Weekday.SATURDAY,
                    from_time=dt.time(9),
                    to_day=Weekday.SUNDAY,
                    to_time=dt.time(17),
                    first_date=dt.date(2026, 11, 28),
                ),
            ),
            pickup_place="la casa de la madre, Barrio Monseñor Lezcano",
            pickup_person="María Ruiz Pérez",
            return_place="la casa de la madre, Barrio Monseñor Lezcano",
            return_person="María Ruiz Pérez",
        ),
        care=Care(
            children=tuple(
                CareArrangement(
                    child=u,
                    lives_with=LivesWith.CLAIMANT,
                    residence="Barrio Monseñor Lezcano, casa n.º 12, Managua",
                    school=Decider.BOTH,
                    health=Decider.BOTH,
                )
                for u in _UIDS
            )
        ),
        additions=(
            Addition(matter=Matter.VISITAS, text="El padre llevará a las niñas a la escuela."),
        ),
    )


def sample_facts(
    outcome: Outcome = Outcome.ACUERDO_TOTAL,
    *,
    profile_code: str = "NI",
    status: ActaStatus = ActaStatus.EMITIDA,
    replaced: bool = True,
    pending: tuple[Matter, ...] = (),
    profile: Profile | None = None,
) -> ActaFacts:
    """A complete acta of two children on Monday 23 November 2026, with every section
    (under ``profile`` when given: a draft version being previewed)."""
    profile = profile or load_profile(profile_code)
    zone = _zone(profile)
    start = dt.datetime(2026, 11, 23, 9, 0, tzinfo=zone)
    claimant = PersonFacts(
        full_name="María Ruiz Pérez",
        id_type=IdType.CEDULA,
        id_number="001-010190-0001A",
        sex=Sex.FEMALE,
        nationality="nicaragüense",
        address="Barrio Monseñor Lezcano, casa n.º 12, Managua",
        phone="8888-0000",
        occupation="comerciante",
        employer="",
        monthly_income=Decimal("9500.00"),
    )
    respondent = PersonFacts(
        full_name="José López Díaz",
        id_type=IdType.CEDULA,
        id_number="001-050588-0002B",
        sex=Sex.MALE,
        nationality="nicaragüense",
        address="Reparto Schick, casa n.º 40, Managua",
        phone="8777-1111",
        occupation="operario",
        employer="Zona Franca Las Mercedes",
        monthly_income=Decimal("30000.00"),
    )
    children = (
        ChildFacts(_UIDS[0], "Ana López Ruiz", dt.date(2014, 5, 4), "PN-2014-000123"),
        ChildFacts(_UIDS[1], "Inés López Ruiz", dt.date(2017, 2, 11), "PN-2017-004567"),
    )
    agreement = None
    if outcome in (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL):
        pending = pending or ((Matter.CUIDO,) if outcome == Outcome.ACUERDO_PARCIAL else ())
        terms = sample_terms(profile.regional.currency)
        if Matter.CUIDO in pending:
            terms = terms.model_copy(update={"care": None})
        ctx = AgreementContext(
            profile=profile,
            office_id=1,
            office_name="Delegación Distrital II de Managua",
            office_municipality="Managua",
            case_id=1,
            case_number="MN-D2-2026-00012",
            matters=(Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO),
            claimant=PartyInfo(Party.CLAIMANT, claimant.full_name, Sex.FEMALE, None, ""),
            respondent=PartyInfo(
                Party.RESPONDENT,
                respondent.full_name,
                Sex.MALE,
                Decimal("30000.00"),
                respondent.employer,
            ),
            children=tuple(ChildInfo(c.uid, c.full_name, c.birth_date) for c in children),
            hearing_id=1,
            hearing_date=SAMPLE_DAY,
            officer=OfficerInfo("Ana Martínez", "Conciliadora", "Acuerdo ministerial 12-2026"),
            safeguarding=SafeguardingInfo(False, (), (), ()),
        )
        evaluation = evaluate(ctx, Draft(outcome=outcome, terms=terms, pending=pending))
        agreement = AgreementFacts(
            terms=evaluation.terms,
            clauses=evaluation.clauses,
            guideline=evaluation.guideline,
            pending=pending,
            departure_reason="",
            monthly_support=evaluation.monthly_support,
        )
    no_show = outcome in (
        Outcome.INASISTENCIA_CITADO,
        Outcome.INASISTENCIA_SOLICITANTE,
        Outcome.INASISTENCIA_AMBAS,
    )
    absent = {
        Outcome.INASISTENCIA_CITADO: (True, False),
        Outcome.INASISTENCIA_SOLICITANTE: (False, True),
        Outcome.INASISTENCIA_AMBAS: (False, False),
    }.get(outcome, (True, True))
    return ActaFacts(
        profile=profile,
        office_name="Delegación Distrital II de Managua",
        office_code="MN-D2",
        office_address="Costado sur del parque Las Palmas, Managua",
        office_phone="2266-1234",
        office_level=OfficeLevel.MUNICIPAL,
        place="Managua",
        office_article="la",
        case_number="MN-D2-2026-00012",
        request_date=dt.date(2026, 11, 13),
        matters=(Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO),
        account="Solicita que se fije la pensión alimenticia y el régimen de visitas.",
        claimant=PartyFacts(claimant, None, absent[0]),
        respondent=PartyFacts(
            respondent,
            PersonFacts("Lic. Carlos Mena Ortiz", IdType.CEDULA, "001-111170-0003C"),
            absent[1],
        ),
        children=children,
        officer=OfficerFacts(
            "Ana Martínez",
            "001-000000-0000X",
            "Conciliadora",
            "Acuerdo ministerial 12-2026",
            Sex.FEMALE,
        ),
        hearing=HearingFacts(
            starts_at=start,
            ends_at=start + dt.timedelta(hours=1, minutes=20),
            session_number=1,
            citation_round=2 if outcome == Outcome.INASISTENCIA_CITADO else 1,
            mode=HearingMode.IN_PERSON,
            room="Sala 1",
            status_reason="",
            # The hearing's own record: held, it started a little late and ran over.
            started_at=None if no_show else start + dt.timedelta(minutes=5),
            concluded_at=None if no_show else start + dt.timedelta(hours=1, minutes=20),
        ),
        closed_at=start + dt.timedelta(hours=1, minutes=20),
        outcome=outcome,
        notes="" if agreement else "Las partes expusieron sus razones; consta en el expediente.",
        agreement=agreement,
        citations=(
            CitationFacts(
                "citado",
                respondent.full_name,
                1,
                start - dt.timedelta(days=7),
                start - dt.timedelta(days=10),
                CitationMethod.PERSONAL,
                "Notificador de la delegación",
            ),
        ),
        referrals=("Comisaría de la Mujer y la Niñez de la Policía Nacional",),
        status=status,
        number="MN-D2-2026-0007" if status != ActaStatus.BORRADOR else None,
        issued_at=start + dt.timedelta(hours=1, minutes=25)
        if status != ActaStatus.BORRADOR
        else None,
        replaces=ReplacedFacts("MN-D2-2026-0003", dt.date(2026, 11, 20), "error en la cédula")
        if replaced
        else None,
    )


def sample_signature_lines(signed: bool = True) -> list[SignatureLine]:
    moment = dt.datetime(2026, 11, 23, 10, 25, tzinfo=ZoneInfo("America/Managua"))
    lines = [
        SignatureLine(SignerRole.SOLICITANTE, "María Ruiz Pérez", "cédula n.º 001-010190-0001A"),
        SignatureLine(SignerRole.CITADO, "José López Díaz", "cédula n.º 001-050588-0002B"),
        SignatureLine(SignerRole.CONCILIADOR, "Ana Martínez", "cédula n.º 001-000000-0000X"),
    ]
    if not signed:
        return lines
    return [
        SignatureLine(
            lines[0].role,
            lines[0].name,
            lines[0].id_text,
            SignatureMode.FIRMA,
            moment,
            image=TINY_PNG,
        ),
        SignatureLine(
            lines[1].role,
            lines[1].name,
            lines[1].id_text,
            SignatureMode.HUELLA_Y_TESTIGO,
            moment,
            witness_name="Pedro Ruiz",
            witness_id_text="cédula n.º 001-020280-0009Z",
        ),
        SignatureLine(lines[2].role, lines[2].name, lines[2].id_text, SignatureMode.FIRMA, moment),
    ]
