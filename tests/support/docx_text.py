"""A .docx's text as a reader sees it, in order: headers, body paragraphs and table cells."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


def paragraphs(data: bytes, *, headers: bool = True) -> list[str]:
    doc = Document(io.BytesIO(data))
    out: list[str] = []
    if headers:
        for section in doc.sections:
            out += [p.text for p in section.header.paragraphs]
    for element in doc.element.body.iter(qn("w:p")):
        out.append(Paragraph(element, doc).text)
    return out


def document_text(data: bytes, *, headers: bool = True) -> str:
    """Non-empty paragraphs joined by new lines (the golden files' form)."""
    return "\n".join(p for p in paragraphs(data, headers=headers) if p.strip())
