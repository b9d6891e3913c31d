"""Whatever a person typed comes back exactly from the document's text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conciliador.documents.docx_engine import render
from conciliador.documents.xmltext import restore_controls, xml_safe
from conciliador.services.actas.catalog import load_template, sample_context
from tests.support.docx_text import paragraphs

HOSTILE = (
    "Fulana <b>&amp; \"comillas\" 'simples' </w:t></w:r>{{ 7*7 }} {% if %}\n"
    "segunda línea\tcon tabulador ␀ literal, \x00\x01\x07\x1b\x7f controles, "
    "emoji 👩‍👧‍👦🇳🇮, עברית и русский, العربية مرحبا, "
    "  espacios  dobles  y al final  "
)


def _typed_back(value: str) -> str:
    """Render ``value`` as the requester's account in an acta and read it back."""
    name = "acta_falta_de_acuerdo"
    context = sample_context(name)
    context["caso"]["relato"] = value
    data = render(load_template(name), context)
    marker = "Relato de la parte solicitante, en sus palabras: «"
    found = [p for p in paragraphs(data) if p.startswith(marker)]
    assert len(found) == 1, found
    return restore_controls(found[0][len(marker) : -1])


def _as_typed(value: str) -> str:
    """What the document promises to give back: line breaks as «\\n», the characters XML
    cannot hold at all (U+FFFE, U+FFFF) as U+FFFD."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\ufffe", "\ufffd").replace("\uffff", "\ufffd")


def test_hostile_text_comes_back_exactly() -> None:
    assert _typed_back(HOSTILE) == HOSTILE.replace("␀", "\x00")  # the literal ␀ reads as U+0000


def test_five_thousand_characters_come_back_whole() -> None:
    long = ("Relato extenso de la situación familiar, con detalles. " * 100)[:5000]
    assert len(long) == 5000
    assert _typed_back(long) == long


#: Any text but the «control pictures» themselves (typed literally, they read back as the
#: control character they picture: the one ambiguity, documented in ``xmltext``).
TYPED = st.text(
    alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=200
).filter(lambda s: not any("\u2400" <= c <= "\u2421" for c in s))


@settings(max_examples=60, deadline=None)
@given(TYPED)
def test_any_text_comes_back(value: str) -> None:
    assert _typed_back(value) == _as_typed(value)


def test_control_characters_become_visible_pictures() -> None:
    assert xml_safe("a\x01b\x1bc\x7f") == "a␁b␛c␡"
    assert restore_controls("a␁b␛c␡") == "a\x01b\x1bc\x7f"
    assert xml_safe("tab\tline\n") == "tab\tline\n"
