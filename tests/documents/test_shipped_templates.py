"""The shipped .docx are the only source of the templates: what the retired generator
(tools/build_templates.py) made sure of is checked here on the files themselves, for every
template shipped in templates/actas/ (whatever templates are shipped, not a fixed list).

- every shipped file is a template the program knows, a real Word document, and compiles
  against its context (only known variables, no syntax error);
- its tags are well-formed: each tag whole inside one run (one format), every ``{%p`` and
  ``{%tr`` tag in a paragraph of its own, every block opened is closed;
- its fonts are the ones shipped in resources/fonts (the PDF looks the same everywhere);
- the actas have their numbered sections, in order, with what each outcome requires
  (agreements, pending matters, citations), for every country's profile;
- the template's own text names no country: a country's wording comes from its profile.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from lxml import etree

from conciliador.criteria import available_profiles, load_profile
from conciliador.documents.docx_engine import compile_template, template_variables
from conciliador.domain.actas import ACTA_TEMPLATES, ALL_TEMPLATES, FAILED_MEDIATION
from conciliador.domain.enums import Outcome
from conciliador.services.actas.catalog import sample_context, shipped_dir
from tests.documents.test_country_actas import OWN, _says, _text
from tests.support.docx_text import paragraphs

SHIPPED = sorted(shipped_dir().glob("*.docx"))
FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
#: The parts of a .docx that carry text or run formatting.
PARTS = re.compile(r"word/(document|styles|header\d*|footer\d*)\.xml")
TAG = re.compile(r"\{[{%].*?[%}]\}")
BLOCK = re.compile(r"\{%-?\s*(?:p|tr|tc|r)?\s*(if|for|endif|endfor)\b")
HEADING = re.compile(r"^([IVX]+)\. (.+)$")
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
AGREEMENT = (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL)
CITED = (
    Outcome.INASISTENCIA_CITADO,
    Outcome.INASISTENCIA_SOLICITANTE,
    Outcome.INASISTENCIA_AMBAS,
    Outcome.DOMICILIO_DESCONOCIDO,
)


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def _parts(path: Path) -> Iterator[tuple[str, etree._Element]]:
    with zipfile.ZipFile(path) as archive:
        for item in archive.namelist():
            if PARTS.fullmatch(item):
                yield item, etree.fromstring(archive.read(item))


def _runs(paragraph: etree._Element) -> list[str]:
    return ["".join(t.text or "" for t in run.iter(qn("w:t"))) for run in paragraph.iter(qn("w:r"))]


def test_templates_are_shipped() -> None:
    assert len(SHIPPED) >= len(ALL_TEMPLATES)


@pytest.mark.parametrize("path", SHIPPED, ids=_ids(SHIPPED))
def test_every_shipped_template_is_known_and_compiles_against_its_context(path: Path) -> None:
    assert path.stem in ALL_TEMPLATES, f"{path.name}: el programa no conoce esta plantilla"
    Document(io.BytesIO(path.read_bytes()))
    context = sample_context(path.stem)
    template = compile_template(path.stem, path.read_bytes(), context)
    assert template_variables(template) <= set(context)


@pytest.mark.parametrize("path", SHIPPED, ids=_ids(SHIPPED))
def test_every_tag_is_whole_in_one_run_and_blocks_are_closed(path: Path) -> None:
    opened: list[str] = []
    for part, root in _parts(path):
        for paragraph in root.iter(qn("w:p")):
            runs = _runs(paragraph)
            for run in runs:
                # a tag cut between two runs is a tag in two formats: Word shows it whole but
                # docxtpl may read it broken
                assert run.count("{{") == run.count("}}"), f"{path.name} ({part}): «{run}»"
                assert run.count("{%") == run.count("%}"), f"{path.name} ({part}): «{run}»"
            text = "".join(runs)
            if re.search(r"\{%-?\s*(p|tr)\s", text):
                assert TAG.fullmatch(text.strip()), (
                    f"{path.name} ({part}): «{text}» debe ir en un párrafo propio"
                )
            for tag in TAG.findall(text):
                found = BLOCK.match(tag)
                if not found:
                    continue
                word = found.group(1)
                if word in ("if", "for"):
                    opened.append(word)
                else:
                    assert opened and opened.pop() == word[3:], (
                        f"{path.name}: «{tag}» cierra un bloque que no está abierto"
                    )
    assert not opened, f"{path.name}: bloques sin cerrar: {opened}"


@pytest.mark.parametrize("path", SHIPPED, ids=_ids(SHIPPED))
def test_every_font_is_shipped(path: Path) -> None:
    shipped = {f.stem.split("-")[0] for f in FONTS_DIR.glob("*.ttf")}
    used: set[str] = set()
    for part, root in _parts(path):
        # the text's runs, and the document's default font (styles.xml also lists Word's
        # built-in styles, which no paragraph uses)
        where = root.find(f".//{qn('w:docDefaults')}") if part.endswith("styles.xml") else root
        for fonts in where.iter(qn("w:rFonts")) if where is not None else ():
            used |= {v for k, v in fonts.attrib.items() if k.endswith(("}ascii", "}hAnsi"))}
    assert used, f"{path.name} no fija su tipo de letra"
    assert {u.replace(" ", "") for u in used} <= shipped, f"{path.name}: {used}"


def _headings(texts: list[str]) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2).lower()) for t in texts if (m := HEADING.match(t.strip()))]


def _required(outcome: Outcome, template: str = "") -> list[str]:
    required = ["partes", "niñas, niños y adolescentes", "objeto de la solicitud"]
    if template == FAILED_MEDIATION:
        # states the end of the mediation «sin agregar otros antecedentes» (Ley 19.968, art. 111)
        return [*required, "constancia"]
    if outcome in AGREEMENT:
        required.append("acuerdos")
    if outcome == Outcome.ACUERDO_PARCIAL:
        required.append("materias pendientes")
    if outcome in CITED:
        required.append("citaciones")
    return required


def _check_sections(where: str, texts: list[str], outcome: Outcome, template: str = "") -> None:
    headings = _headings(texts)
    numbers = [n for n, _ in headings]
    assert numbers == ROMAN[: len(numbers)], f"{where}: secciones {numbers}"
    titles = [t for _, t in headings]
    for title in _required(outcome, template):
        assert title in titles, f"{where}: falta la sección «{title}»"
    assert titles[:3] == _required(outcome, template)[:3], f"{where}: {titles}"
    assert titles[-1] == "cierre", f"{where}: la última sección es «{titles[-1]}»"
    rest = [t.strip().lower() for t in texts if t.strip()]
    assert "firmas" in rest[rest.index(f"{numbers[-1].lower()}. cierre") :], (
        f"{where}: las firmas no siguen al cierre"
    )


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_acta_template_has_its_sections_in_order(outcome: Outcome) -> None:
    path = shipped_dir() / f"{ACTA_TEMPLATES[outcome]}.docx"
    _check_sections(path.name, paragraphs(path.read_bytes(), headers=False), outcome)


@pytest.mark.parametrize("outcome", list(Outcome))
@pytest.mark.parametrize("code", available_profiles())
def test_every_countrys_acta_keeps_its_sections(code: str, outcome: Outcome) -> None:
    template = load_profile(code).actas.template(outcome)
    _check_sections(f"{template} ({code})", _text(code, outcome).splitlines(), outcome, template)


def test_the_failed_mediation_acta_has_its_sections_in_order() -> None:
    path = shipped_dir() / f"{FAILED_MEDIATION}.docx"
    texts = paragraphs(path.read_bytes(), headers=False)
    _check_sections(path.name, texts, Outcome.FALTA_DE_ACUERDO, FAILED_MEDIATION)


@pytest.mark.parametrize("path", SHIPPED, ids=_ids(SHIPPED))
def test_the_template_text_names_no_country(path: Path) -> None:
    # the words between the tags: the profile gives each country's institutions and words
    text = TAG.sub(" ", "\n".join(paragraphs(path.read_bytes())))
    found = {code: [w for w in words if _says(text, w)] for code, words in OWN.items()}
    assert not any(found.values()), f"{path.name}: {found}"
