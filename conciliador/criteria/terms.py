"""``[terminos]``: the words a country's documents use for what the domain keeps as codes.

The domain knows *that* a person showed an ID of type ``cedula`` or that a case is about
``cuido``; what a lawyer of the country reads — «cédula de ciudadanía», «RUN», «DNI»;
«custodia y cuidado personal», «tenencia» — is the profile's. So is the procedure's own name
(conciliation or mediation), the officer's title, the parties' names and the acta titles.
Every code must be worded: a profile that forgets one fails when it loads, naming the key.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from conciliador.domain.enums import IdType, Matter, Outcome, Sex

NonEmpty = Annotated[str, Field(min_length=1)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class OfficerTitles(_Section):
    female: NonEmpty = Field(alias="femenino")
    male: NonEmpty = Field(alias="masculino")
    #: When the officer's sex is not recorded («Conciliador/a»).
    neutral: NonEmpty = Field(alias="neutro")


class Terms(_Section):
    """What each code is called in this country's documents."""

    #: The procedure's name, lower case: «conciliación», «mediación».
    procedure: NonEmpty = Field(alias="procedimiento")
    #: «el trámite conciliatorio», «la mediación» (what concludes).
    proceeding: NonEmpty = Field(alias="tramite")
    #: The meeting with the parties: «audiencia», «sesión» (feminine in every profile).
    session: NonEmpty = Field(alias="audiencia")
    #: The officer as the acta names them in the third person: «la persona conciliadora».
    officer_person: NonEmpty = Field(alias="persona_facilitadora")
    officer_titles: OfficerTitles = Field(alias="titulo_facilitador")
    #: The parties' names, lower case and feminine («parte solicitante», «parte requerida»).
    claimant: NonEmpty = Field(alias="parte_solicitante")
    respondent: NonEmpty = Field(alias="parte_citada")
    #: The column of the children's birth record («Partida de nacimiento», «Registro civil»).
    birth_document: NonEmpty = Field(alias="documento_nacimiento")
    #: Heading of the closing box of an acta with an agreement («Mérito ejecutivo»).
    agreement_note_title: NonEmpty = Field(alias="titulo_nota_acuerdo")
    #: What a partial agreement is worth while matters stay pending.
    partial_agreement_note: NonEmpty = Field(alias="nota_acuerdo_parcial")
    #: The explanation sheet's plain words on when the agreement binds («Lo acordado ya es
    #: obligatorio.»; where a court approves it first, that it binds once approved).
    plain_binding: NonEmpty = Field(alias="hoja_acuerdo_obliga")
    id_documents: dict[IdType, NonEmpty] = Field(alias="documentos_identidad")
    matters: dict[Matter, NonEmpty] = Field(alias="materias")
    #: The matters' names short enough for a list's column («Alimentos», «Tenencia»); a
    #: profile published before they existed shows the full names.
    short_matters: dict[Matter, NonEmpty] = Field(default_factory=dict, alias="materias_breves")
    acta_titles: dict[Outcome, NonEmpty] = Field(alias="titulos_actas")

    @model_validator(mode="after")
    def _every_code_worded(self) -> Terms:
        for key, enum, given in (
            ("documentos_identidad", IdType, self.id_documents),
            ("materias", Matter, self.matters),
            ("titulos_actas", Outcome, self.acta_titles),
        ):
            missing = [m.value for m in enum if m not in given]
            if missing:
                raise ValueError(f"«{key}» no nombra: {', '.join(missing)}")
        return self

    def officer_title(self, sex: Sex) -> str:
        t = self.officer_titles
        return {Sex.FEMALE: t.female, Sex.MALE: t.male}.get(sex, t.neutral)

    def matter(self, matter: Matter) -> str:
        return self.matters[matter]

    def id_document(self, id_type: IdType) -> str:
        return self.id_documents[id_type]

    def acta_title(self, outcome: Outcome) -> str:
        return self.acta_titles[outcome]

    def context(self) -> dict[str, str]:
        """The words a template reads as ``terminos.…``."""
        return {
            "procedimiento": self.procedure,
            "tramite": self.proceeding,
            "audiencia": self.session,
            "persona_facilitadora": self.officer_person,
            "facilitador": self.officer_titles.neutral,
            "parte_solicitante": self.claimant,
            "parte_citada": self.respondent,
            "documento_nacimiento": self.birth_document,
            "documento_nacimiento_texto": lower_first(self.birth_document),
            "titulo_nota_acuerdo": self.agreement_note_title,
            "nota_acuerdo_parcial": self.partial_agreement_note,
            "alimentos": self.matters[Matter.ALIMENTOS],
            "visitas": self.matters[Matter.VISITAS],
            "cuido": self.matters[Matter.CUIDO],
        }


def lower_first(text: str) -> str:
    """«Cédula de identidad» → «cédula de identidad»; a name in capitals (DNI, DPI, RUN)
    keeps them."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return text
    return text[:1].lower() + text[1:]
