# ruff: noqa: E501  (template text is data: one tag per line reads better than split strings)
"""Write the .docx templates of templates/actas/ (``python tools/build_templates.py``).

The templates are data an administrator may edit in Word or LibreOffice; this script is how
the shipped ones are made, so they can be rebuilt the same way after a change here. Tags are
docxtpl's jinja2 (``{{ … }}``, ``{%p … %}`` for a paragraph of its own, ``{%tr … %}`` for a
table row); docs/templates.md lists every variable. Text in ``**…**`` is bold, ``__…__``
italic. Every template is checked against its context builder when it is loaded and by
``tests/documents/test_templates.py``.

Fonts: Liberation Serif (body) and Liberation Sans (headings), shipped in resources/fonts,
so the PDF looks the same on every machine.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "templates" / "actas"
BODY_FONT = "Liberation Serif"
HEAD_FONT = "Liberation Sans"
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
INK = RGBColor(0x1F, 0x2A, 0x44)
RED = RGBColor(0xB0, 0x1E, 0x1E)
_MARK = re.compile(r"(\*\*.*?\*\*|__.*?__)")


def _fonts(run, font: str) -> None:
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)


def _border(paragraph, sides=("top", "left", "bottom", "right"), color="1F2A44") -> None:
    ppr = paragraph._element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in sides:
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "6")
        edge.set(qn("w:space"), "4")
        edge.set(qn("w:color"), color)
        borders.append(edge)
    ppr.append(borders)


def _shade(cell, fill: str) -> None:
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _widths(table, widths: list[float]) -> None:
    """Fixed column widths (Word reads the cells', LibreOffice the grid's)."""
    table.autofit = False
    for i, width in enumerate(widths):
        table.columns[i].width = Cm(width)
        for cell in table.columns[i].cells:
            cell.width = Cm(width)


def _field(paragraph, instruction: str, size: float) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._element.append(fld)


class Builder:
    """A document with the house style: Letter paper, serif body, sans headings."""

    def __init__(self, header: list[str], footer: str, *, legend: bool, marks: bool) -> None:
        self.d = Document()
        self.clause_counter = 0
        section = self.d.sections[0]
        section.page_width, section.page_height = Cm(21.59), Cm(27.94)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
        section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)
        normal = self.d.styles["Normal"]
        normal.font.name = BODY_FONT
        normal.font.size = Pt(11)
        rpr = normal.element.get_or_add_rPr()
        fonts = OxmlElement("w:rFonts")
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), BODY_FONT)
        rpr.insert(0, fonts)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "es-NI")
        rpr.append(lang)
        pf = normal.paragraph_format
        pf.space_after = Pt(5)
        pf.line_spacing = 1.12
        self._header(header, legend=legend, marks=marks)
        self._footer(footer)

    # ------------------------------------------------------------------ page furniture
    def _header(self, lines: list[str], *, legend: bool, marks: bool) -> None:
        header = self.d.sections[0].header
        first = header.paragraphs[0]
        for i, line in enumerate(lines):
            p = first if i == 0 else header.add_paragraph()
            p.alignment = C
            p.paragraph_format.space_after = Pt(0)
            self._runs(p, line, size=10 if i == 0 else 9, font=HEAD_FONT, bold=i == 0, color=INK)
        rule = header.add_paragraph()
        rule.paragraph_format.space_after = Pt(2)
        _border(rule, sides=("bottom",))
        if legend:
            p = header.add_paragraph("{%p if copia.leyenda %}")
            p = header.add_paragraph()
            p.alignment = R
            p.paragraph_format.space_after = Pt(2)
            self._runs(p, "**{{ copia.leyenda }}**", size=9, font=HEAD_FONT, color=INK)
            header.add_paragraph("{%p endif %}")
        if marks:
            header.add_paragraph("{%p if marca.texto %}")
            p = header.add_paragraph()
            p.alignment = C
            _border(p, color="B01E1E")
            self._runs(p, "**{{ marca.texto }}**", size=10, font=HEAD_FONT, color=RED)
            header.add_paragraph("{%p endif %}")

    def _footer(self, text: str) -> None:
        footer = self.d.sections[0].footer
        p = footer.paragraphs[0]
        p.alignment = C
        _border(p, sides=("top",))
        self._runs(p, text + " — página ", size=8, font=HEAD_FONT, color=INK)
        _field(p, "PAGE", 8)
        self._runs(p, " de ", size=8, font=HEAD_FONT, color=INK)
        _field(p, "NUMPAGES", 8)

    # ------------------------------------------------------------------ text
    def _runs(
        self,
        paragraph,
        text: str,
        *,
        size: float | None = None,
        font: str | None = None,
        bold: bool = False,
        italic: bool = False,
        color: RGBColor | None = None,
    ) -> None:
        for piece in _MARK.split(text):
            if not piece:
                continue
            b, i = bold, italic
            if piece.startswith("**") and piece.endswith("**"):
                piece, b = piece[2:-2], True
            elif piece.startswith("__") and piece.endswith("__"):
                piece, i = piece[2:-2], True
            run = paragraph.add_run(piece)
            run.bold, run.italic = b or None, i or None
            if size:
                run.font.size = Pt(size)
            if font:
                _fonts(run, font)
            if color is not None:
                run.font.color.rgb = color

    def p(
        self,
        text: str = "",
        *,
        align=J,
        size: float | None = None,
        after: float | None = None,
        before: float | None = None,
        indent: float | None = None,
        keep: bool = False,
        bold: bool = False,
        italic: bool = False,
        color: RGBColor | None = None,
        font: str | None = None,
    ):
        para = self.d.add_paragraph()
        para.alignment = align
        if after is not None:
            para.paragraph_format.space_after = Pt(after)
        if before is not None:
            para.paragraph_format.space_before = Pt(before)
        if indent is not None:
            para.paragraph_format.left_indent = Cm(indent)
        if keep:
            para.paragraph_format.keep_with_next = True
        self._runs(para, text, size=size, bold=bold, italic=italic, color=color, font=font)
        return para

    def tag(self, text: str) -> None:
        """A control tag on a paragraph of its own ({%p …%}), removed when rendered."""
        self.d.add_paragraph(text)

    def title(self, text: str, subtitle: str | None = None) -> None:
        self.p(text, align=C, size=14, bold=True, font=HEAD_FONT, color=INK, after=2, before=4)
        if subtitle:
            self.p(subtitle, align=C, size=11, font=HEAD_FONT, color=INK, after=10)

    def heading(self, text: str) -> None:
        # Upper-case the words, not the {{ tags }} (a profile's word is upper-cased by jinja).
        parts = re.split(r"(\{\{.*?\}\})", text)
        upper = "".join(
            p[:-2].rstrip() + "|upper }}" if p.startswith("{{") else p.upper() for p in parts
        )
        para = self.p(
            upper,
            align=L,
            size=10.5,
            bold=True,
            font=HEAD_FONT,
            color=INK,
            before=10,
            after=4,
            keep=True,
        )
        _border(para, sides=("bottom",), color="9AA5B8")

    def box(self, text: str, *, color: str = "1F2A44", size: float = 10.5) -> None:
        para = self.p(text, size=size, before=6, after=8)
        _border(para, color=color)

    def table(
        self,
        rows: list[list[str]],
        widths: list[float],
        *,
        header: bool = False,
        size: float = 10,
        shade_first_col: bool = False,
    ) -> None:
        table = self.d.add_table(rows=len(rows), cols=len(widths))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                cell.width = Cm(widths[c])
                para = cell.paragraphs[0]
                para.paragraph_format.space_after = Pt(1)
                para.alignment = L
                bold = header and r == 0
                self._runs(para, text, size=size, bold=bold)
                if (header and r == 0) or (shade_first_col and c == 0):
                    _shade(cell, "E8ECF3")
        _widths(table, widths)
        self.d.add_paragraph().paragraph_format.space_after = Pt(2)

    def page_break(self) -> None:
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def save(self, name: str) -> Path:
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"{name}.docx"
        core = self.d.core_properties
        core.author = "Conciliador"
        core.title = name
        core.comments = "Plantilla de Conciliador; variables en docs/templates.md"
        self.d.save(path)
        return path


# ============================================================================ actas
ACTA_HEADER = [
    "{{ institucion.nombre }} ({{ institucion.siglas }})",
    "{{ oficina.nombre }} · {{ institucion.pais }}",
]
ACTA_FOOTER = "{{ acta.titulo }}{% if acta.tiene_numero %} n.º {{ acta.numero }}{% endif %} · caso {{ caso.numero }}"


def acta(outcome_title: str) -> Builder:
    b = Builder(ACTA_HEADER, ACTA_FOOTER, legend=True, marks=True)
    b.title(
        "{{ acta.titulo|upper }}",
        "{% if acta.tiene_numero %}N.º {{ acta.numero }}{% else %}Borrador sin número{% endif %}"
        " · Caso n.º {{ caso.numero }}",
    )
    b.table(
        [
            ["**Lugar**", "{{ audiencia.lugar }}"],
            ["**Fecha**", "{{ audiencia.fecha_larga }}"],
            [
                "**Hora**",
                "{% if audiencia.registrada %}de {{ audiencia.hora_inicio }} a {{ audiencia.hora_fin }}{% if audiencia.fin_otro_dia %} del {{ audiencia.fecha_fin }}{% endif %}{% elif audiencia.celebrada %}señalada para las {{ audiencia.hora_senalada }}{% else %}sin audiencia celebrada{% endif %}",
            ],
            [
                "**Sesión y citación**",
                "{% if audiencia.celebrada %}{{ audiencia.sesion_texto|capitalize }}, por {{ audiencia.citacion_texto }}{% else %}—{% endif %}",
            ],
            [
                "**Modalidad**",
                "{% if audiencia.celebrada %}{{ audiencia.modalidad }}{% if audiencia.sala %} · {{ audiencia.sala }}{% endif %}{% else %}—{% endif %}",
            ],
            ["**Resultado**", outcome_title],
        ],
        [4.2, 12.3],
        shade_first_col=True,
    )
    b.tag("{%p if acta.reemplaza %}")
    b.box(
        "**Acta que reemplaza a otra.** Esta acta reemplaza y deja sin efecto el acta "
        "n.º {{ acta.reemplaza_numero }}{% if acta.reemplaza_fecha %} de fecha "
        "{{ acta.reemplaza_fecha }}{% endif %}, por el siguiente motivo: "
        "{{ acta.reemplaza_motivo }}",
        color="B01E1E",
    )
    b.tag("{%p endif %}")
    b.p(
        "En {{ audiencia.lugar }}, {{ audiencia.fecha_letras }}"
        "{% if audiencia.registrada %}, siendo las {{ audiencia.hora_inicio }}{% endif %}, "
        "ante {{ conciliador.nombre }}{% if conciliador.documento %}, "
        "{{ conciliador.documento }}{% endif %}, {{ conciliador.cargo }} "
        "{{ oficina.de_con_articulo }} {{ institucion.de_nombre }}, quien actúa en virtud de "
        "lo dispuesto en {{ conciliador.capacidad }} (base legal: {{ institucion.base_legal }}), se "
        "levanta la presente acta en el proceso de {{ terminos.procedimiento }} n.º {{ caso.numero }}, "
        "iniciado a solicitud de parte el {{ caso.fecha_solicitud }}."
    )
    b.tag("{%p if audiencia.motivo_inicio %}")
    b.p(
        "La {{ terminos.audiencia }}, señalada para las {{ audiencia.hora_senalada }} del "
        "{{ audiencia.fecha_senalada }}, se inició por el siguiente motivo, que la "
        "{{ terminos.persona_facilitadora }} deja registrado: {{ audiencia.motivo_inicio }}"
    )
    b.tag("{%p endif %}")
    return b


def parties(b: Builder) -> None:
    b.heading("I. Partes")
    b.tag("{%p for p in partes %}")
    b.p("**{{ p.rol }}**", keep=True, after=2)
    b.table(
        [
            ["Nombre completo", "**{{ p.nombre }}**"],
            [
                "Documento de identidad",
                "{{ p.documento_tipo }}{% if p.documento_numero %}: {{ p.documento_numero }}{% endif %}",
            ],
            [
                "Nacionalidad",
                "{% if p.nacionalidad %}{{ p.nacionalidad }}{% else %}no consta{% endif %}",
            ],
            ["Domicilio", "{% if p.direccion %}{{ p.direccion }}{% else %}no consta{% endif %}"],
            ["Teléfono", "{% if p.telefono %}{{ p.telefono }}{% else %}no consta{% endif %}"],
            [
                "Ocupación y empleador",
                "{% if p.ocupacion %}{{ p.ocupacion }}{% else %}ocupación no consta{% endif %}{% if p.empleador %} · {{ p.empleador }}{% endif %}",
            ],
            [
                "Ingreso mensual declarado",
                "{% if p.tiene_ingreso %}{{ p.ingreso }} ({{ p.ingreso_letras }}){% else %}no declarado{% endif %}",
            ],
            [
                "Representante",
                "{% if p.representante.existe %}{{ p.representante.nombre }}, {{ p.representante.documento }}{% else %}no tiene{% endif %}",
            ],
            ["Asistencia", "{{ p.asistencia }}"],
        ],
        [5.0, 11.5],
        size=9.5,
        shade_first_col=True,
    )
    b.tag("{%p endfor %}")


def children(b: Builder) -> None:
    b.heading("II. Niñas, niños y adolescentes")
    t = b.d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["Nombre", "Fecha de nacimiento", "Edad", "{{ terminos.documento_nacimiento }}"]
    cells = [
        "{{ h.nombre }}",
        "{{ h.fecha_nacimiento }}",
        "{% if h.edad %}{{ h.edad }}{% else %}no consta{% endif %}",
        "{{ h.partida }}",
    ]
    widths = [6.5, 3.6, 2.4, 4.0]
    for c, text in enumerate(heads):
        cell = t.cell(0, c)
        cell.width = Cm(widths[c])
        b._runs(cell.paragraphs[0], text, size=9.5, bold=True)
        _shade(cell, "E8ECF3")
    t.cell(1, 0).paragraphs[0].add_run("{%tr for h in hijos %}")
    for c, text in enumerate(cells):
        cell = t.cell(2, c)
        cell.width = Cm(widths[c])
        b._runs(cell.paragraphs[0], text, size=9.5)
    row = t.add_row()
    row.cells[0].paragraphs[0].add_run("{%tr endfor %}")
    _widths(t, widths)
    b.d.add_paragraph().paragraph_format.space_after = Pt(2)


def claims(b: Builder) -> None:
    b.heading("III. Objeto de la solicitud")
    b.p(
        "La {{ terminos.parte_solicitante }} pidió la {{ terminos.procedimiento }} sobre: "
        "**{{ caso.materias_texto }}**."
    )
    b.tag("{%p if caso.relato %}")
    b.p("Relato de la {{ terminos.parte_solicitante }}, en sus palabras: «{{ caso.relato }}»")
    b.tag("{%p endif %}")


def agreement_clauses(b: Builder, section: str) -> None:
    b.heading(f"{section}. Acuerdos")
    b.p(
        "Escuchadas las partes y analizadas sus propuestas, con la orientación de la "
        "{{ terminos.persona_facilitadora }}, las partes acuerdan libre y voluntariamente lo siguiente, en beneficio "
        "del interés superior de {{ hijos_texto }}:"
    )
    b.tag("{%p for m in acuerdo.materias %}")
    b.p("**{{ m.titulo }}**", keep=True, before=4, after=2, size=10.5)
    b.tag("{%p for c in m.clausulas %}")
    b.p(
        "**{{ c.ordinal }}.** {{ c.texto }}{% if c.texto_libre %} __(texto redactado por las "
        "partes)__{% endif %}",
        indent=0.4,
    )
    b.tag("{%p endfor %}")
    b.tag("{%p endfor %}")
    b.tag("{%p if acuerdo.pension_mensual %}")
    b.p(
        "**Total mensual por {{ terminos.alimentos|lower }}:** {{ acuerdo.pension_mensual }} "
        "({{ acuerdo.pension_mensual_letras }}){% if acuerdo.pension_mensual_calculo %}, "
        "que resulta de {{ acuerdo.pension_mensual_calculo }}{% endif %}.",
        before=4,
    )
    b.tag("{%p endif %}")
    b.tag("{%p if acuerdo.pauta.hay %}")
    b.p("**Cálculo de la pauta alimentaria.** {{ acuerdo.pauta.base_legal }}", size=9.5, before=4)
    b.tag("{%p for l in acuerdo.pauta.lineas %}")
    b.p(
        "{{ l.concepto }}: {{ l.resultado }}{% if l.calculo %} ({{ l.calculo }}){% endif %}",
        size=9.5,
        indent=0.6,
        after=1,
    )
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if acuerdo.apartarse.hay %}")
    b.p("**Motivo por el que se aparta de la pauta:** {{ acuerdo.apartarse.motivo }}", size=9.5)
    b.tag("{%p endif %}")


def citations_record(b: Builder, section: str) -> None:
    b.heading(f"{section}. Citaciones")
    b.tag("{%p for c in citaciones %}")
    b.p(
        "{{ c.numero_texto|capitalize }} a {{ c.persona }} ({{ c.parte }}) para la {{ terminos.audiencia }} del "
        "{{ c.fecha_audiencia }}: {% if c.entregada %}entregada el {{ c.fecha_entrega }}"
        "{% if c.metodo %} ({{ c.metodo|lower }}){% endif %}{% if c.entregada_por %}, por "
        "{{ c.entregada_por }}{% endif %}{% else %}sin constancia de entrega{% endif %}.",
        indent=0.4,
        after=2,
    )
    b.tag("{%p endfor %}")
    b.tag("{%p if not citaciones %}")
    b.p("No consta ninguna citación emitida en este proceso.")
    b.tag("{%p endif %}")


def closure(
    b: Builder, section: str, *, agreement: bool, read: bool = True, notes: bool = True
) -> None:
    """``notes``: print the officer's observations (not when the body already states them
    as the outcome's cause)."""
    b.heading(f"{section}. Cierre")
    if notes:
        b.tag("{%p if acta.motivo %}")
        b.p("**Observaciones:** {{ acta.motivo }}")
        b.tag("{%p endif %}")
    if read:
        b.p(
            "La presente acta fue leída y explicada a los comparecientes en lenguaje claro; "
            "enterados de su contenido, alcance y efectos, la ratifican"
            "{% if not firmada.otro_dia %} y firman{% endif %}"
            "{% if audiencia.registrada %}, siendo las {{ audiencia.hora_fin }} del "
            "{% if audiencia.fin_otro_dia %}{{ audiencia.fecha_fin }}{% else %}mismo día"
            "{% endif %}{% endif %}"
            "{% if firmada.otro_dia %}; la presente acta fue firmada el {{ firmada.fecha }}"
            "{% endif %}."
        )
    else:
        b.tag("{%p if firmada.otro_dia %}")
        b.p("La presente acta fue firmada el {{ firmada.fecha }}.")
        b.tag("{%p endif %}")
    if agreement:
        b.box("**{{ terminos.titulo_nota_acuerdo }}.** {{ cierre.nota_merito }}")
    b.p(
        "Se extienden {{ cierre.copias_texto }} de igual tenor: "
        "{% for c in cierre.copias %}{{ c|lower }}{% if not loop.last %}; {% endif %}{% endfor %}.",
        keep=True,
    )
    signatures(b)


def signatures(b: Builder) -> None:
    b.heading("Firmas")
    t = b.d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.cell(0, 0).paragraphs[0].add_run("{%tr for f in firmas %}")
    left, right = t.cell(1, 0), t.cell(1, 1)
    p = left.paragraphs[0]
    p.paragraph_format.space_before = Pt(14)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.keep_with_next = True
    b._runs(p, "{% if f.tiene_imagen %}{{ f.imagen }}{% endif %}")
    p = left.add_paragraph()
    p.paragraph_format.space_before = Pt(22)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.keep_with_next = True
    _border(p, sides=("top",))
    b._runs(p, "**{{ f.nombre }}**", size=10)
    p = left.add_paragraph()
    p.paragraph_format.space_after = Pt(10)
    b._runs(p, "{{ f.rol }}{% if f.documento %} · {{ f.documento }}{% endif %}", size=9)
    p = right.paragraphs[0]
    p.paragraph_format.space_before = Pt(30)
    b._runs(p, "{{ f.estado }}", size=9, italic=True)
    t.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
    _widths(t, [8.5, 8.0])


def build_actas() -> list[Path]:
    made = []

    # --- acuerdo total
    b = acta("Acuerdo total")
    parties(b)
    children(b)
    claims(b)
    agreement_clauses(b, "IV")
    closure(b, "V", agreement=True)
    made.append(b.save("acta_acuerdo_total"))

    # --- acuerdo parcial
    b = acta("Acuerdo parcial")
    parties(b)
    children(b)
    claims(b)
    agreement_clauses(b, "IV")
    b.heading("V. Materias pendientes")
    b.p("{{ acuerdo.pendientes_clausula }}")
    b.p("{{ terminos.nota_acuerdo_parcial }}")
    closure(b, "VI", agreement=True)
    made.append(b.save("acta_acuerdo_parcial"))

    # --- falta de acuerdo
    b = acta("Falta de acuerdo")
    parties(b)
    children(b)
    claims(b)
    b.heading("IV. Constancia")
    b.p(
        "Instalada la {{ terminos.audiencia }} con la presencia de ambas partes, la "
        "{{ terminos.persona_facilitadora }} explicó el objeto y las reglas de la "
        "{{ terminos.procedimiento }} y ayudó a las partes a buscar fórmulas de arreglo. "
        "Escuchadas sus posiciones, **las partes no llegaron a un acuerdo** sobre "
        "{{ caso.materias_texto }}."
    )
    b.p(
        "Se informó a las partes que pueden acudir ante la autoridad judicial competente para "
        "que resuelva sobre {{ caso.materias_texto }}, y que esta acta acredita que se intentó "
        "la {{ terminos.procedimiento }}. Sigue siendo posible un acuerdo posterior ante esta "
        "oficina."
    )
    closure(b, "V", agreement=False)
    made.append(b.save("acta_falta_de_acuerdo"))

    # --- inasistencia del citado
    b = acta("Inasistencia de la parte citada")
    parties(b)
    children(b)
    claims(b)
    citations_record(b, "IV")
    b.heading("V. Constancia de inasistencia")
    b.p(
        "**{{ citado.nombre }}**, {{ terminos.parte_citada }}, a quien se citó en legal forma por "
        "{{ audiencia.citacion_texto }}, no compareció a la {{ terminos.audiencia }} señalada para las "
        "{{ audiencia.hora_senalada }} del {{ audiencia.fecha_senalada }}, ni presentó justificación de "
        "su inasistencia. Compareció {{ solicitante.nombre }}, {{ terminos.parte_solicitante }}."
    )
    b.p(
        "En consecuencia, se da por concluido el {{ terminos.tramite }} por inasistencia de la "
        "{{ terminos.parte_citada }}, y se informa a la {{ terminos.parte_solicitante }} de su "
        "derecho a acudir ante la autoridad judicial competente con esta acta."
    )
    b.tag("{%p if acta.copia_a %}")
    b.box(
        "**Remisión.** Remítase copia certificada de la presente acta al {{ acta.copia_a }}, "
        "para lo de su cargo, conforme a los criterios unificados de {{ institucion.siglas }}."
    )
    b.tag("{%p endif %}")
    closure(b, "VI", agreement=False)
    made.append(b.save("acta_inasistencia_citado"))

    # --- inasistencia del solicitante
    b = acta("Inasistencia de la parte solicitante")
    parties(b)
    children(b)
    claims(b)
    citations_record(b, "IV")
    b.heading("V. Constancia de inasistencia")
    b.p(
        "**{{ solicitante.nombre }}**, {{ terminos.parte_solicitante }}, no compareció a la "
        "{{ terminos.audiencia }} señalada para las {{ audiencia.hora_senalada }} del "
        "{{ audiencia.fecha_senalada }}, ni presentó justificación de su inasistencia. "
        "Compareció {{ citado.nombre }}, {{ terminos.parte_citada }}."
    )
    b.p(
        "En consecuencia, se da por concluido el {{ terminos.tramite }} por inasistencia de la "
        "{{ terminos.parte_solicitante }}, quien podrá presentar una nueva solicitud si lo desea."
    )
    closure(b, "VI", agreement=False)
    made.append(b.save("acta_inasistencia_solicitante"))

    # --- inasistencia de ambas
    b = acta("Inasistencia de ambas partes")
    parties(b)
    children(b)
    claims(b)
    citations_record(b, "IV")
    b.heading("V. Constancia de inasistencia")
    b.p(
        "Ni **{{ solicitante.nombre }}**, {{ terminos.parte_solicitante }}, ni "
        "**{{ citado.nombre }}**, {{ terminos.parte_citada }}, comparecieron a la "
        "{{ terminos.audiencia }} señalada para las {{ audiencia.hora_senalada }} del "
        "{{ audiencia.fecha_senalada }}, ni justificaron su inasistencia."
    )
    b.p(
        "En consecuencia, se da por concluido el {{ terminos.tramite }}. Cualquiera de las "
        "partes podrá presentar una nueva solicitud."
    )
    closure(b, "VI", agreement=False, read=False)
    made.append(b.save("acta_inasistencia_ambas"))

    # --- conclusión motivada
    b = acta("Conclusión motivada")
    parties(b)
    children(b)
    claims(b)
    b.heading("IV. Causa de la conclusión")
    b.p(
        "El proceso de {{ terminos.procedimiento }} concluye sin acuerdo{% if acta.motivo %}, por la causa "
        "que se expone a continuación{% endif %}."
    )
    b.tag("{%p if acta.motivo %}")
    b.p("**Causa de la conclusión:** {{ acta.motivo }}")
    b.tag("{%p endif %}")
    b.p(
        "Se informa a las partes de su derecho a acudir ante la autoridad judicial competente, "
        "y de que esta acta acredita que se intentó la {{ terminos.procedimiento }}."
    )
    closure(b, "V", agreement=False, notes=False)
    made.append(b.save("acta_conclusion_motivada"))

    # --- domicilio desconocido
    b = acta("Domicilio desconocido")
    parties(b)
    children(b)
    claims(b)
    citations_record(b, "IV")
    b.heading("V. Constancia")
    b.p(
        "No fue posible citar a **{{ citado.nombre }}**, {{ terminos.parte_citada }}, por "
        "desconocerse su domicilio. La {{ terminos.parte_solicitante }} no aportó otra dirección donde pueda ser citada."
    )
    b.tag("{%p if acta.motivo %}")
    b.p(
        "**Gestiones realizadas para localizar a la {{ terminos.parte_citada }}:** {{ acta.motivo }}"
    )
    b.tag("{%p endif %}")
    b.p(
        "En consecuencia, se da por concluido el {{ terminos.tramite }} y se informa a la "
        "{{ terminos.parte_solicitante }} de su derecho a acudir ante la autoridad judicial competente, que puede "
        "ordenar otras formas de notificación."
    )
    closure(b, "VI", agreement=False, notes=False)
    made.append(b.save("acta_domicilio_desconocido"))

    # --- no conciliable
    b = acta("Asunto no conciliable")
    parties(b)
    children(b)
    claims(b)
    b.heading("IV. Constancia")
    b.p(
        "Examinada la solicitud, se determina que el asunto **no es susceptible de "
        "{{ terminos.procedimiento }}** ante esta oficina{% if acta.motivo %}, por la causa que se expone a "
        "continuación{% endif %}."
    )
    b.tag("{%p if acta.motivo %}")
    b.p("**Causa:** {{ acta.motivo }}")
    b.tag("{%p endif %}")
    b.tag("{%p if derivaciones %}")
    b.p(
        "El caso fue derivado, conforme a la ruta de atención interinstitucional, a: "
        "{{ derivaciones_texto }}."
    )
    b.tag("{%p endif %}")
    b.p("Se orienta a las partes sobre las instituciones y la vía judicial competentes.")
    closure(b, "V", agreement=False, notes=False)
    made.append(b.save("acta_no_conciliable"))

    # --- desistimiento
    b = acta("Desistimiento")
    parties(b)
    children(b)
    claims(b)
    b.heading("IV. Constancia de desistimiento")
    b.p(
        "**{{ solicitante.nombre }}**, {{ terminos.parte_solicitante }}, manifiesta de forma libre "
        "y voluntaria su decisión de desistir de la solicitud de {{ terminos.procedimiento }}"
        "{% if acta.motivo %}, por el "
        "motivo que se expone a continuación{% endif %}."
    )
    b.tag("{%p if acta.motivo %}")
    b.p("**Motivo del desistimiento:** {{ acta.motivo }}")
    b.tag("{%p endif %}")
    b.p(
        "Se le informa que el desistimiento no le impide presentar una nueva solicitud en el "
        "futuro, y que los derechos de {{ hijos_texto }} a recibir alimentos son "
        "irrenunciables."
    )
    closure(b, "V", agreement=False, notes=False)
    made.append(b.save("acta_desistimiento"))
    return made


# ============================================================================ citations
CITATION_HEADER = [
    "{{ institucion.nombre }} ({{ institucion.siglas }})",
    "{{ oficina.nombre }}{% if oficina.direccion %} · {{ oficina.direccion }}{% endif %}{% if oficina.telefono %} · Tel. {{ oficina.telefono }}{% endif %}",
]


def build_citation(last: bool) -> Path:
    b = Builder(CITATION_HEADER, "Citación · caso {{ caso.numero }}", legend=False, marks=False)
    b.title(
        "SEGUNDA Y ÚLTIMA CITACIÓN" if last else "CITACIÓN",
        "A {{ terminos.audiencia }} de {{ terminos.procedimiento }} · Caso n.º {{ caso.numero }}",
    )
    b.p("{{ oficina.lugar }}, {{ citacion.fecha_emision }}", align=R)
    b.p("**{{ destinatario.tratamiento }} {{ destinatario.nombre }}**", after=0)
    b.p("{{ destinatario.documento }}", after=0)
    b.p("{{ destinatario.direccion }}", after=10)
    b.p(
        "Por este medio se le cita, en calidad de {{ destinatario.rol }}, a la "
        "{{ terminos.audiencia }} de {{ terminos.procedimiento }} sobre **{{ caso.materias_texto }}** en favor de {{ hijos_texto }}, "
        "{% if destinatario.es_solicitante %}solicitada por usted respecto de "
        "{{ otra_parte.nombre }}{% else %}solicitada por {{ otra_parte.nombre }}{% endif %}."
    )
    b.table(
        [
            ["**Día**", "**{{ audiencia.fecha_larga }}**"],
            ["**Hora**", "**{{ audiencia.hora_inicio }}** (por favor, llegue 15 minutos antes)"],
            [
                "**Lugar**",
                "{% if audiencia.a_distancia %}{{ audiencia.modalidad }}: se le llamará al teléfono registrado{% else %}{{ oficina.nombre }}{% if audiencia.sala %}, {{ audiencia.sala }}{% endif %}{% if oficina.direccion %} — {{ oficina.direccion }}{% endif %}{% endif %}",
            ],
            ["**{{ conciliador.titulo }}**", "{{ conciliador.nombre }}"],
        ],
        [4.0, 12.5],
        shade_first_col=True,
    )
    b.p(
        "**Traiga consigo:** su documento de identidad; copia de "
        "{{ terminos.documento_nacimiento_texto }} de {{ hijos_texto }}; y, si corresponde, constancias de sus ingresos (colilla de pago o "
        "constancia salarial) y de los gastos de las niñas, niños y adolescentes."
    )
    b.p(
        "La {{ terminos.procedimiento }} es gratuita, confidencial y voluntaria: busca que "
        "ustedes mismos lleguen a un acuerdo, con la ayuda de una "
        "{{ terminos.persona_facilitadora }}, sobre lo que más "
        "conviene a sus hijas e hijos. Puede venir acompañado de un abogado o abogada si lo "
        "desea. Si no puede asistir, comuníquelo antes de la fecha"
        "{% if oficina.telefono %} al teléfono {{ oficina.telefono }}{% endif %} y explique el "
        "motivo."
    )
    if last:
        b.box(
            "**ADVERTENCIA.** Esta es la **segunda y última citación**. Si usted no comparece "
            "ni justifica su inasistencia, se levantará acta de inasistencia y se dará por "
            "concluido el {{ terminos.tramite }}"
            "{% if citacion.copia_a and destinatario.es_citado %}, y se remitirá copia del "
            "acta al {{ citacion.copia_a }}{% endif %}; la otra parte podrá acudir "
            "directamente ante la autoridad judicial.",
            color="B01E1E",
        )
    b.p("")
    line = b.p("**{{ conciliador.nombre }}**", align=C, after=0, before=40)
    _border(line, sides=("top",))
    line.paragraph_format.left_indent = line.paragraph_format.right_indent = Cm(4.5)
    b.p("{{ conciliador.cargo }}", align=C, size=10)
    b.heading("Constancia de entrega")
    b.table(
        [
            ["Recibida por (nombre y firma)", ""],
            ["Documento de identidad", ""],
            ["Fecha y hora", ""],
            ["Entregada por", ""],
        ],
        [6.0, 10.5],
        size=9.5,
        shade_first_col=True,
    )
    return b.save("citacion_segunda" if last else "citacion_primera")


# ============================================================================ referral
def build_referral() -> Path:
    b = Builder(
        CITATION_HEADER, "Carta de derivación · caso {{ caso.numero }}", legend=False, marks=False
    )
    b.p("{{ oficina.lugar }}, {{ derivacion.fecha }}", align=R)
    b.p("**CONFIDENCIAL**", align=R, color=RED, font=HEAD_FONT, size=10)
    b.p("Señores", after=0)
    b.p("**{{ derivacion.institucion }}**", after=0)
    b.p("Presente.", after=12)
    b.p(
        "**Asunto: derivación por la ruta de atención interinstitucional — caso n.º "
        "{{ caso.numero }}**",
        after=10,
    )
    b.p(
        "Por este medio les remitimos a **{{ solicitante.nombre }}**, {{ solicitante.documento }}, "
        "{% if solicitante.direccion %}con domicilio en {{ solicitante.direccion }}"
        "{% if solicitante.telefono %} y teléfono {{ solicitante.telefono }}{% endif %}, "
        "{% elif solicitante.telefono %}con teléfono {{ solicitante.telefono }}, {% endif %}"
        "quien acudió {{ oficina.a_con_articulo }} el "
        "{{ caso.fecha_solicitud }} para solicitar una {{ terminos.procedimiento }} sobre "
        "{{ caso.materias_texto }} en favor de {{ hijos_texto }}."
    )
    b.p(
        "En la entrevista inicial se aplicó el tamizaje de salvaguarda de los criterios "
        "unificados, que identificó las siguientes señales:"
    )
    b.tag("{%p for s in derivacion.senales %}")
    b.p("• {{ s }}", indent=0.6, after=2)
    b.tag("{%p endfor %}")
    b.p(
        "Ante señales de violencia, la {{ terminos.procedimiento }} no es la vía adecuada. Conforme a la ruta "
        "de atención interinstitucional, derivamos el caso a esa institución para la atención "
        "y, en su caso, las medidas de protección que correspondan."
    )
    b.tag("{%p if derivacion.observaciones %}")
    b.p("**Observaciones:** {{ derivacion.observaciones }}")
    b.tag("{%p endif %}")
    b.heading("Niñas, niños y adolescentes")
    b.tag("{%p for h in hijos %}")
    b.p("• {{ h.nombre }}{% if h.edad %}, {{ h.edad }}{% endif %}", indent=0.6, after=2)
    b.tag("{%p endfor %}")
    b.p(
        "La otra parte señalada es {{ citado.nombre }}. Esta carta contiene datos personales "
        "sensibles: manéjela con reserva y no la entregue a la otra parte.",
        before=8,
    )
    b.p("Atentamente,", before=8)
    line = b.p("**{{ derivacion.responsable }}**", align=C, after=0, before=40)
    _border(line, sides=("top",))
    line.paragraph_format.left_indent = line.paragraph_format.right_indent = Cm(4.5)
    b.p("{{ derivacion.cargo }} · {{ oficina.nombre }}", align=C, size=10)
    return b.save("carta_derivacion")


# ============================================================================ sheet
def build_sheet() -> Path:
    b = Builder(
        CITATION_HEADER, "Hoja explicativa · caso {{ caso.numero }}", legend=False, marks=False
    )
    normal = b.d.styles["Normal"]
    normal.font.size = Pt(12)
    b.title("{{ hoja.titulo }}", "Caso n.º {{ caso.numero }} · {{ audiencia.fecha }}")
    b.box("{{ hoja.intro }}", size=11)
    b.tag("{%p if hoja.pension.hay %}")
    b.heading("{{ terminos.alimentos }}")
    b.p(
        "**¿Cuánto?** {{ hoja.pension.quien_paga }} paga **{{ hoja.pension.monto }}** "
        "({{ hoja.pension.monto_letras }}) {{ hoja.pension.periodicidad }} para "
        "{{ hoja.pension.para }}."
    )
    b.p(
        "**¿Cuándo?** {{ hoja.pension.cuando|capitalize }}. El primer pago es el "
        "**{{ hoja.pension.desde }}**."
    )
    b.p("**¿Dónde y cómo?** {{ hoja.pension.donde }}.")
    b.tag("{%p for x in hoja.pension.extras %}")
    b.p("• {{ x }}", indent=0.6, after=3)
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if hoja.visitas.hay %}")
    b.heading("{{ terminos.visitas }}")
    b.tag("{%p for x in hoja.visitas.lineas %}")
    b.p("• {{ x }}", indent=0.6, after=3)
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if hoja.cuido.hay %}")
    b.heading("{{ terminos.cuido }}: con quién viven")
    b.tag("{%p for x in hoja.cuido.lineas %}")
    b.p("• {{ x }}", indent=0.6, after=3)
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if hoja.resultado.hay %}")
    b.heading("Qué pasó")
    b.p("{{ hoja.resultado.explicacion }}")
    b.heading("Qué puede hacer ahora")
    b.p("{{ hoja.resultado.que_sigue }}")
    b.tag("{%p endif %}")
    b.tag("{%p if hoja.incumplimiento %}")
    b.heading("¿Y si no se cumple?")
    b.p("{{ hoja.incumplimiento }}")
    b.tag("{%p endif %}")
    b.heading("¿Dudas?")
    b.p(
        "Acuda {{ oficina.a_con_articulo }}{% if oficina.direccion %} ({{ oficina.direccion }})"
        "{% endif %}{% if oficina.telefono %} o llame al {{ oficina.telefono }}{% endif %}. "
        "Lleve esta hoja y su copia del acta."
    )
    return b.save("hoja_explicativa")


# ============================================================================ acompañamiento
def _loop_table(
    b: Builder, heads: list[str], cells: list[str], widths: list[float], loop: str
) -> None:
    """A table with a header row and one row per item (``{%tr for … %}`` rows of their own)."""
    t = b.d.add_table(rows=3, cols=len(heads))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, text in enumerate(heads):
        cell = t.cell(0, c)
        cell.width = Cm(widths[c])
        b._runs(cell.paragraphs[0], text, size=9.5, bold=True)
        _shade(cell, "E8ECF3")
    t.cell(1, 0).paragraphs[0].add_run("{%tr " + loop + " %}")
    for c, text in enumerate(cells):
        cell = t.cell(2, c)
        cell.width = Cm(widths[c])
        b._runs(cell.paragraphs[0], text, size=9.5)
    t.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
    _widths(t, widths)
    b.d.add_paragraph().paragraph_format.space_after = Pt(2)


def _instalments_table(b: Builder, rows: str) -> None:
    """The instalments of ``rows`` (a list of cuotas), one row each."""
    _loop_table(
        b,
        ["Vence", "Concepto", "Monto", "Pagado", "Saldo", "Estado"],
        [
            "{{ c.vence }}",
            "{{ c.concepto }}",
            "{{ c.monto }}",
            "{{ c.pagado }}",
            "{{ c.saldo }}",
            "{{ c.estado }}",
        ],
        [2.3, 3.6, 2.6, 2.6, 2.6, 2.9],
        f"for c in {rows}",
    )


def build_statement() -> Path:
    b = Builder(
        CITATION_HEADER, "Estado de cuenta · caso {{ caso.numero }}", legend=False, marks=False
    )
    b.title("HOJA DE ESTADO DE CUENTA", "{{ terminos.alimentos }} · caso n.º {{ caso.numero }}")
    b.p(
        "Acuerdo contenido en el acta n.º **{{ acta.numero }}**, firmada el "
        "{{ acta.fecha_firma }}. Alimentante: **{{ alimentante.nombre }}** "
        "({{ alimentante.documento }}). Recibe: **{{ receptor.nombre }}** "
        "({{ receptor.documento }})."
    )
    b.heading("Resumen")
    b.p("Al {{ estado.fecha }}:", after=2)
    b.table(
        [
            ["Total vencido", "{{ estado.adeudado }}"],
            ["Total pagado", "{{ estado.pagado }}"],
            ["Saldo pendiente", "**{{ estado.saldo }}**"],
        ],
        [6.0, 5.0],
        shade_first_col=True,
    )
    b.tag("{%p if estado.al_dia %}")
    b.box(
        "Al {{ estado.fecha }} los pagos están al día{% if estado.a_favor %}, con "
        "{{ estado.a_favor }} pagados por adelantado{% endif %}."
    )
    b.tag("{%p else %}")
    b.box(
        "Al {{ estado.fecha }} hay un saldo pendiente de **{{ estado.saldo }}**"
        "{% if estado.atraso %}, con {{ estado.atraso }} de atraso{% endif %}.",
        color="B01E1E",
    )
    b.tag("{%p endif %}")
    b.heading("Cuotas vencidas")
    _instalments_table(b, "cuotas")
    b.heading("Pagos registrados")
    b.tag("{%p if pagos %}")
    _loop_table(
        b,
        ["Fecha", "Monto", "Forma de pago", "Recibo"],
        ["{{ p.fecha }}", "{{ p.monto }}", "{{ p.forma }}", "{{ p.recibo }}"],
        [2.6, 3.2, 6.4, 4.4],
        "for p in pagos",
    )
    b.tag("{%p else %}")
    b.p("No hay pagos registrados hasta esa fecha.")
    b.tag("{%p endif %}")
    b.p(
        "Los saldos se calculan con lo acordado en el acta y los pagos informados a la "
        "oficina; cada pago cubre primero la cuota más antigua. Si un pago no aparece, "
        "traiga su comprobante a {{ oficina.con_articulo }}.",
        size=10,
        before=6,
    )
    b.p("{{ oficina.lugar }}, {{ emitido.fecha }}.", before=6)
    line = b.p("**{{ emitido.responsable }}**", align=C, after=0, before=36)
    _border(line, sides=("top",))
    line.paragraph_format.left_indent = line.paragraph_format.right_indent = Cm(4.5)
    b.p("{{ emitido.cargo }} · {{ oficina.nombre }}", align=C, size=10)
    return b.save("estado_de_cuenta")


def build_noncompliance() -> Path:
    b = Builder(
        CITATION_HEADER,
        "Constancia de incumplimiento · caso {{ caso.numero }}",
        legend=False,
        marks=False,
    )
    b.title("CONSTANCIA DE INCUMPLIMIENTO", "{{ terminos.alimentos }} · caso n.º {{ caso.numero }}")
    b.p(
        "{{ oficina.nombre }} hace constar que en el acta n.º "
        "**{{ acta.numero }}**, firmada el {{ acta.fecha_firma }}, **{{ alimentante.nombre }}** "
        "({{ alimentante.documento }}) se obligó a pagar {{ terminos.alimentos|lower }} a favor de sus "
        "hijas e hijos, que recibe **{{ receptor.nombre }}** ({{ receptor.documento }})."
    )
    b.p(
        "Según los pagos informados a esta oficina, al {{ estado.fecha }} sigue sin pagarse "
        "{{ incumplimiento.cuotas_texto }} hace {{ incumplimiento.plazo }} o más, la primera "
        "el {{ incumplimiento.desde }}, por un total de **{{ incumplimiento.total }}** "
        "({{ incumplimiento.total_letras }}):"
    )
    _instalments_table(b, "incumplimiento.cuotas")
    b.table(
        [
            ["Total vencido según el acta", "{{ estado.adeudado }}"],
            ["Total pagado", "{{ estado.pagado }}"],
            ["Saldo pendiente", "**{{ estado.saldo }}**"],
            ["Meses de atraso", "{{ incumplimiento.meses }}"],
        ],
        [7.0, 5.0],
        shade_first_col=True,
    )
    b.p(
        "Se extiende la presente a solicitud de la parte interesada, para presentarla ante "
        "la autoridad judicial competente o el Ministerio Público, en {{ oficina.lugar }}, el "
        "{{ emitido.fecha }}.",
        before=6,
    )
    line = b.p("**{{ emitido.responsable }}**", align=C, after=0, before=40)
    _border(line, sides=("top",))
    line.paragraph_format.left_indent = line.paragraph_format.right_indent = Cm(4.5)
    b.p("{{ emitido.cargo }} · {{ oficina.nombre }}", align=C, size=10)
    return b.save("constancia_incumplimiento")


def main() -> int:
    made = [
        *build_actas(),
        build_citation(False),
        build_citation(True),
        build_referral(),
        build_sheet(),
        build_statement(),
        build_noncompliance(),
    ]
    for path in made:
        print(path.relative_to(OUT.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
