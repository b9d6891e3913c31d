"""Complete sample values for each kind of document, made without a database.

They fill every key the context builders produce (every optional section present), so the
template checker knows every name a template may read; the tests render them as the golden
documents, so they must stay deterministic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
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


@dataclass(frozen=True)
class SampleLocal:
    """Where a sample acta happens, per profile: invented people and an invented office with
    the country's own kind of document numbers and places (so a document of one country
    never shows another's)."""

    office_name: str
    office_code: str
    office_address: str
    office_phone: str
    place: str
    article: str
    nationality: str
    claimant_address: str
    respondent_address: str
    claimant_phone: str
    respondent_phone: str
    claimant_id: str
    respondent_id: str
    lawyer_id: str
    officer_id: str
    officer_capacity: str
    employer: str
    birth_records: tuple[str, str]
    neighbourhood: str
    referral: str
    #: Gross pay, social security and income tax of the payer, in the profile's currency.
    income: tuple[str, str, str]
    adjustment_index: str
    #: The officer's registry number, where the profile asks the acta to name it (Peru).
    officer_registry: str = ""


SAMPLE_LOCAL: dict[str, SampleLocal] = {
    "NI": SampleLocal(
        "Delegación Distrital II de Managua",
        "MN-D2",
        "Costado sur del parque Las Palmas, Managua",
        "2266-1234",
        "Managua",
        "la",
        "nicaragüense",
        "Barrio Monseñor Lezcano, casa n.º 12, Managua",
        "Reparto Schick, casa n.º 40, Managua",
        "8888-0000",
        "8777-1111",
        "001-010190-0001A",
        "001-050588-0002B",
        "001-111170-0003C",
        "001-000000-0000X",
        "Acuerdo ministerial 12-2026",
        "Zona Franca Las Mercedes",
        ("PN-2014-000123", "PN-2017-004567"),
        "Barrio Monseñor Lezcano",
        "Comisaría de la Mujer y la Niñez de la Policía Nacional",
        ("30000.00", "2100.00", "3185.00"),
        "la variación del salario mínimo",
    ),
    "CO": SampleLocal(
        "Centro Zonal Engativá",
        "BO-ENG",
        "Calle 71 n.º 73A-44, Bogotá",
        "601 437 7630",
        "Bogotá, D. C.",
        "el",
        "colombiana",
        "Carrera 78 n.º 70-15, barrio Boyacá Real, Bogotá",
        "Calle 80 n.º 95-20, barrio Bachué, Bogotá",
        "310 555 0101",
        "311 555 0202",
        "52.123.456",
        "79.654.321",
        "80.111.222",
        "39.000.111",
        "Resolución de nombramiento 0456 de 2026",
        "Textiles La Sabana S. A. S.",
        ("NUIP 1.010.123.456", "NUIP 1.011.234.567"),
        "barrio Boyacá Real",
        "Comisaría de Familia",
        ("3000000", "240000", "0"),
        "la variación anual del índice de precios al consumidor (IPC)",
    ),
    "CL": SampleLocal(
        "Centro de Mediación Familiar Santiago Centro",
        "RM-STG",
        "Agustinas 1070, Santiago",
        "+56 2 2345 6789",
        "Santiago",
        "el",
        "chilena",
        "Pasaje Los Aromos 1234, Puente Alto",
        "Avenida Matta 456, Santiago",
        "+56 9 5555 0101",
        "+56 9 5555 0202",
        "12.345.678-5",
        "11.222.333-9",
        "10.111.222-3",
        "13.444.555-6",
        "su inscripción n.º 1234 en el Registro de Mediadores del Ministerio de Justicia "
        "(Ley n.º 19.968, art. 112)",
        "Comercial Andes SpA",
        ("RUN 23.456.789-1", "RUN 24.567.890-2"),
        "Puente Alto",
        "Centro de la Mujer del Servicio Nacional de la Mujer y la Equidad de Género (SernamEG)",
        ("900000", "0", "0"),
        "la variación del índice de precios al consumidor (IPC)",
    ),
    "PE": SampleLocal(
        "Sede de San Juan de Lurigancho",
        "LI-SJL",
        "Avenida Próceres de la Independencia 1632, San Juan de Lurigancho",
        "01 458 1234",
        "San Juan de Lurigancho, Lima",
        "la",
        "peruana",
        "Jirón Los Amautas 345, San Juan de Lurigancho",
        "Avenida Wiesse 2100, San Juan de Lurigancho",
        "987 654 321",
        "912 345 678",
        "41234567",
        "40765432",
        "09876543",
        "42111222",
        "su acreditación como conciliadora extrajudicial ante el Ministerio de Justicia y "
        "Derechos Humanos",
        "Textiles del Norte S. A. C.",
        ("CUI 78123456", "CUI 79234567"),
        "Jirón Los Amautas",
        "Centro Emergencia Mujer (CEM) del Programa Nacional Warmi Ñan — Línea 100",
        ("2500.00", "225.00", "0"),
        "la variación del índice de precios al consumidor de Lima Metropolitana",
        officer_registry="12345",
    ),
    "GT": SampleLocal(
        "Delegación Regional de Quetzaltenango",
        "QZ-01",
        "4.ª calle 11-45, zona 1, Quetzaltenango",
        "7761 2345",
        "Quetzaltenango",
        "la",
        "guatemalteca",
        "7.ª avenida 5-20, zona 3, Quetzaltenango",
        "15 calle 8-30, zona 1, Quetzaltenango",
        "5555 0101",
        "5555 0202",
        "2456 78901 0901",
        "2567 89012 0901",
        "2678 90123 0101",
        "2789 01234 0901",
        "su nombramiento por Acuerdo de la Procuraduría General de la Nación n.º 45-2026",
        "Distribuidora Altense, S. A.",
        ("3456 78901 0901", "3567 89012 0901"),
        "zona 3",
        "Ministerio Público — Modelo de Atención Integral para Mujeres Víctimas de Violencia "
        "(MAIMI)",
        ("5000.00", "241.50", "0"),
        "la variación del índice de precios al consumidor",
    ),
}


def sample_terms(currency: str = "NIO", local: SampleLocal | None = None) -> AgreementTerms:
    here = local or SAMPLE_LOCAL["NI"]
    gross, social, tax = (Decimal(v) for v in here.income)
    return AgreementTerms(
        support=Support(
            payer=Party.CITADO,
            basis=SupportBasis.PORCENTAJE_INGRESO,
            percentage=Decimal(35),
            income=Income(
                gross=gross,
                social_security=social,
                income_tax=tax,
                thirteenth_month=gross,
                source="Colilla de pago de octubre de 2026",
            ),
            children=tuple(ChildAmount(child=u, amount=Decimal(0)) for u in _UIDS),
            currency=currency,
            periodicity=Periodicity.MENSUAL,
            due_days=(15,),
            first_payment=dt.date(2026, 12, 15),
            payment=Payment(method=PaymentMethod.EFECTIVO_OFICINA),
            thirteenth_month_share=Decimal(35),
            adjustment=Adjustment(
                kind=AdjustmentKind.INDICE,
                index=here.adjustment_index,
                first_date=dt.date(2028, 1, 1),
            ),
        ),
        visitation=Visitation(
            visitor=Party.CITADO,
            children=_UIDS,
            schedule=(
                VisitBlock(
                    frequency=VisitFrequency.SEMANAS_ALTERNAS,
                    from_day=Weekday.SABADO,
                    from_time=dt.time(9),
                    to_day=Weekday.DOMINGO,
                    to_time=dt.time(17),
                    first_date=dt.date(2026, 11, 28),
                ),
            ),
            pickup_place=f"la casa de la madre, {here.neighbourhood}",
            pickup_person="María Ruiz Pérez",
            return_place=f"la casa de la madre, {here.neighbourhood}",
            return_person="María Ruiz Pérez",
        ),
        care=Care(
            children=tuple(
                CareArrangement(
                    child=u,
                    lives_with=LivesWith.SOLICITANTE,
                    residence=here.claimant_address,
                    school=Decider.AMBOS,
                    health=Decider.AMBOS,
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
    here = SAMPLE_LOCAL[profile.code]
    zone = _zone(profile)
    start = dt.datetime(2026, 11, 23, 9, 0, tzinfo=zone)
    claimant = PersonFacts(
        full_name="María Ruiz Pérez",
        id_type=IdType.CEDULA,
        id_number=here.claimant_id,
        sex=Sex.FEMALE,
        nationality=here.nationality,
        address=here.claimant_address,
        phone=here.claimant_phone,
        occupation="comerciante",
        employer="",
        monthly_income=Decimal("9500.00"),
    )
    respondent = PersonFacts(
        full_name="José López Díaz",
        id_type=IdType.CEDULA,
        id_number=here.respondent_id,
        sex=Sex.MALE,
        nationality=here.nationality,
        address=here.respondent_address,
        phone=here.respondent_phone,
        occupation="operario",
        employer=here.employer,
        monthly_income=Decimal(here.income[0]),
    )
    children = (
        ChildFacts(_UIDS[0], "Ana López Ruiz", dt.date(2014, 5, 4), here.birth_records[0]),
        ChildFacts(_UIDS[1], "Inés López Ruiz", dt.date(2017, 2, 11), here.birth_records[1]),
    )
    agreement = None
    if outcome in (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL):
        pending = pending or ((Matter.CUIDO,) if outcome == Outcome.ACUERDO_PARCIAL else ())
        terms = sample_terms(profile.regional.currency, here)
        if Matter.CUIDO in pending:
            terms = terms.model_copy(update={"care": None})
        ctx = AgreementContext(
            profile=profile,
            office_id=1,
            office_name=here.office_name,
            office_municipality=here.place,
            case_id=1,
            case_number=f"{here.office_code}-2026-00012",
            matters=(Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO),
            claimant=PartyInfo(Party.SOLICITANTE, claimant.full_name, Sex.FEMALE, None, ""),
            respondent=PartyInfo(
                Party.CITADO,
                respondent.full_name,
                Sex.MALE,
                Decimal(here.income[0]),
                respondent.employer,
            ),
            children=tuple(ChildInfo(c.uid, c.full_name, c.birth_date) for c in children),
            hearing_id=1,
            hearing_date=SAMPLE_DAY,
            officer=OfficerInfo(
                "Ana Martínez",
                profile.terms.officer_title(Sex.FEMALE),
                here.officer_capacity,
                here.officer_registry,
            ),
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
        office_name=here.office_name,
        office_code=here.office_code,
        office_address=here.office_address,
        office_phone=here.office_phone,
        office_level=OfficeLevel.MUNICIPAL,
        place=here.place,
        office_article=here.article,
        case_number=f"{here.office_code}-2026-00012",
        request_date=dt.date(2026, 11, 13),
        matters=(Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO),
        account=(
            "Solicita que se fije la pensión alimenticia y el régimen de visitas."
            if profile.code == "NI"
            else "Pide que el padre aporte a los gastos de las niñas y las vea cada dos semanas."
        ),
        claimant=PartyFacts(claimant, None, absent[0]),
        respondent=PartyFacts(
            respondent,
            PersonFacts("Lic. Carlos Mena Ortiz", IdType.CEDULA, here.lawyer_id),
            absent[1],
        ),
        children=children,
        officer=OfficerFacts(
            "Ana Martínez",
            here.officer_id,
            profile.terms.officer_title(Sex.FEMALE),
            here.officer_capacity,
            Sex.FEMALE,
            here.officer_registry,
        ),
        hearing=HearingFacts(
            starts_at=start,
            ends_at=start + dt.timedelta(hours=1, minutes=20),
            session_number=1,
            citation_round=2 if outcome == Outcome.INASISTENCIA_CITADO else 1,
            mode=HearingMode.PRESENCIAL,
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
                Party.CITADO,
                respondent.full_name,
                1,
                start - dt.timedelta(days=7),
                start - dt.timedelta(days=10),
                CitationMethod.PERSONAL,
                "Notificador de la oficina"
                if profile.code != "NI"
                else "Notificador de la delegación",
            ),
        ),
        referrals=(here.referral,),
        status=status,
        number=f"{here.office_code}-2026-0007" if status != ActaStatus.BORRADOR else None,
        issued_at=start + dt.timedelta(hours=1, minutes=25)
        if status != ActaStatus.BORRADOR
        else None,
        replaces=ReplacedFacts(
            f"{here.office_code}-2026-0003",
            dt.date(2026, 11, 20),
            "error en la cédula" if profile.code == "NI" else "error en el número de documento",
        )
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
            SignatureMode.HUELLA_TESTIGO,
            moment,
            witness_name="Pedro Ruiz",
            witness_id_text="documento de identidad n.º 001-020280-0009Z",
        ),
        SignatureLine(lines[2].role, lines[2].name, lines[2].id_text, SignatureMode.FIRMA, moment),
    ]
