"""The vocabulary of actas and the other documents a conciliation produces.

Stored values are stable Spanish codes; ``label`` is what a person reads.
"""

from __future__ import annotations

from enum import StrEnum

from conciliador.domain.enums import Outcome


class ActaStatus(StrEnum):
    """borrador → emitida → firmada. A replaced acta keeps its status and gains a mark."""

    BORRADOR = "borrador"
    EMITIDA = "emitida"
    FIRMADA = "firmada"

    @property
    def label(self) -> str:
        return {"borrador": "Borrador", "emitida": "Emitida", "firmada": "Firmada"}[self.value]


class SignerRole(StrEnum):
    """Who signs an acta, in the order the signature lines appear."""

    CONCILIADOR = "conciliador"
    SOLICITANTE = "solicitante"
    CITADO = "citado"
    REPRESENTANTE_SOLICITANTE = "representante_solicitante"
    REPRESENTANTE_CITADO = "representante_citado"

    @property
    def label(self) -> str:
        return _SIGNER_LABELS[self]


_SIGNER_LABELS = {
    SignerRole.CONCILIADOR: "Conciliador/a",
    SignerRole.SOLICITANTE: "Parte solicitante",
    SignerRole.CITADO: "Parte citada",
    SignerRole.REPRESENTANTE_SOLICITANTE: "Representante de la parte solicitante",
    SignerRole.REPRESENTANTE_CITADO: "Representante de la parte citada",
}


class SignatureMode(StrEnum):
    """How a signer put their mark on the acta."""

    FIRMA = "firma"
    #: Could not sign: a fingerprint, and a witness signs at their request (testigo a ruego).
    HUELLA_TESTIGO = "huella_testigo"
    #: Refused to sign (the acta says so; the officer's signature still seals it).
    SE_NEGO = "se_nego"
    #: Not present (e.g. the absent party of a no-show acta).
    AUSENTE = "ausente"

    @property
    def label(self) -> str:
        return {
            "firma": "Firmó",
            "huella_testigo": "Huella digital y firma de testigo a ruego",
            "se_nego": "Se negó a firmar",
            "ausente": "No compareció",
        }[self.value]


#: The template of each outcome's acta (``templates/actas/<name>.docx``).
ACTA_TEMPLATES: dict[Outcome, str] = {
    Outcome.ACUERDO_TOTAL: "acta_acuerdo_total",
    Outcome.ACUERDO_PARCIAL: "acta_acuerdo_parcial",
    Outcome.FALTA_DE_ACUERDO: "acta_falta_de_acuerdo",
    Outcome.INASISTENCIA_CITADO: "acta_inasistencia_citado",
    Outcome.INASISTENCIA_SOLICITANTE: "acta_inasistencia_solicitante",
    Outcome.INASISTENCIA_AMBAS: "acta_inasistencia_ambas",
    Outcome.CONCLUSION_MOTIVADA: "acta_conclusion_motivada",
    Outcome.DOMICILIO_DESCONOCIDO: "acta_domicilio_desconocido",
    Outcome.NO_CONCILIABLE: "acta_no_conciliable",
    Outcome.DESISTIMIENTO: "acta_desistimiento",
}
#: Chile (Ley 19.968, art. 111, incisos 3 y 4): the acta of a failed mediation, which states
#: only that the mediation ended, «sin agregar otros antecedentes». A profile chooses it for
#: its outcomes in ``[actas] plantillas``.
FAILED_MEDIATION = "acta_mediacion_frustrada"
#: The acta templates a profile may choose instead of an outcome's own.
ACTA_VARIANTS: tuple[str, ...] = (FAILED_MEDIATION,)
CITATION_FIRST = "citacion_primera"
CITATION_LAST = "citacion_segunda"
REFERRAL_LETTER = "carta_derivacion"
EXPLANATION_SHEET = "hoja_explicativa"
#: Acompañamiento: the family's payment statement and the certificate of non-compliance.
PAYMENT_STATEMENT = "estado_de_cuenta"
NONCOMPLIANCE_CERTIFICATE = "constancia_incumplimiento"

#: Every template the application ships, in the order docs/templates.md lists them.
ALL_TEMPLATES: tuple[str, ...] = (
    *ACTA_TEMPLATES.values(),
    *ACTA_VARIANTS,
    CITATION_FIRST,
    CITATION_LAST,
    REFERRAL_LETTER,
    EXPLANATION_SHEET,
    PAYMENT_STATEMENT,
    NONCOMPLIANCE_CERTIFICATE,
)
