"""The words a screen shows for the domain's codes, in the office's country.

``domain/enums.py`` keeps codes (and Nicaragua's labels, used where no office is in view);
an office's screens name ID documents, birth records and matters as its criteria profile's
``[terminos]`` does: «DNI» and «Tenencia» in Peru, «Cédula de identidad (RUN)» and «Cuidado
personal» in Chile.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from conciliador.criteria import Profile
from conciliador.criteria.terms import lower_first
from conciliador.domain.attachments import AttachmentKind
from conciliador.domain.enums import IdType, Matter


@dataclass(frozen=True)
class OfficeWords:
    """What an office's screens call each code."""

    #: «conciliación», «mediación».
    procedure: str
    #: The cited party's title: «Parte citada», «Parte requerida» (Chile), «Parte invitada»
    #: (Peru).
    respondent: str
    #: The column of a child's birth record: «Partida de nacimiento», «Acta de nacimiento (RENIEC)».
    birth_document: str
    id_documents: Mapping[IdType, str]
    matters: Mapping[Matter, str]
    #: A matter's name short enough for a list's column.
    short_matters: Mapping[Matter, str]

    def id_document(self, id_type: IdType) -> str:
        return self.id_documents[id_type]

    def matter(self, matter: Matter) -> str:
        return self.matters[matter]

    def matter_text(self, matter: Matter) -> str:
        """A matter inside a sentence: «pensión de alimentos», «tenencia»."""
        return lower_first(self.matters[matter])

    def short_matter(self, matter: Matter) -> str:
        return self.short_matters[matter]

    @property
    def birth_document_text(self) -> str:
        """The birth record inside a sentence: «partida de nacimiento», «acta de nacimiento
        (RENIEC)»."""
        return lower_first(self.birth_document)

    @property
    def national_id(self) -> str:
        """The usual ID document inside a sentence: «cédula de identidad», «DNI»."""
        return lower_first(self.id_documents[IdType.CEDULA])

    def attachment_kind(self, kind: AttachmentKind) -> str | None:
        """The country's name of an attached document's kind where the country names it
        (the ID document and the birth record: «DNI u otro documento de identidad», «Acta de
        nacimiento (RENIEC)»); None for the kinds named alike everywhere."""
        if kind == AttachmentKind.DOCUMENTO_IDENTIDAD:
            return f"{self.id_documents[IdType.CEDULA]} u otro documento de identidad"
        if kind == AttachmentKind.PARTIDA_NACIMIENTO:
            return self.birth_document
        return None


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def words_of(profile: Profile) -> OfficeWords:
    terms = profile.terms
    return OfficeWords(
        procedure=terms.procedure,
        respondent=upper_first(terms.respondent),
        birth_document=terms.birth_document,
        id_documents=dict(terms.id_documents),
        matters=dict(terms.matters),
        short_matters={m: terms.short_matters.get(m, terms.matters[m]) for m in Matter},
    )
