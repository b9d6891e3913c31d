"""Word templates: compiled once, checked when loaded, rendered fast.

Templates are ordinary .docx files with docxtpl's jinja2 tags (``{{ acta.numero }}``,
``{%p if … %}``, ``{%tr for … %}``). A template is read, cleaned by docxtpl's own XML patching
and compiled by jinja2 once (``compile_template``); each document is then a jinja2 render of
its XML parts and a new zip of the template's other parts, byte for byte — an order of
magnitude faster than opening the template with python-docx for every document
(docs/benchmarks.md).

Compiling checks the template against its context builder's sample context: a syntax error,
an unknown variable or an unknown attribute is a ``TemplateProblem`` whose Spanish message
names the template, the tag and what is available there.

Every string value is escaped for XML by ``run_markup`` (``xmltext``), so user text appears
exactly as typed; images (captured signatures) are ``DocxImage`` values.
"""

from __future__ import annotations

import hashlib
import io
import re
import struct
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import jinja2
from docxtpl import DocxTemplate
from markupsafe import Markup

from conciliador.documents.template_check import children_of, schema_of, unknown_names
from conciliador.documents.xmltext import run_markup

#: The parts of a .docx that hold text a template may fill.
_TEMPLATED = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_XML = re.compile(r"<[^>]+>")
_EMU_PER_MM = 36_000
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_REL_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


class TemplateProblem(Exception):
    """A template that cannot be used; the message (Spanish) names it and the tag."""


@dataclass(frozen=True)
class DocxImage:
    """A PNG placed inline where its tag stands, as large as fits in ``width_mm`` by
    ``height_mm`` with its proportions kept (a captured signature is wide and low)."""

    png: bytes
    width_mm: float = 50.0
    height_mm: float = 20.0

    def size_emu(self) -> tuple[int, int]:
        width, height = png_size(self.png)
        scale = min(self.width_mm / width, self.height_mm / height)
        return (
            max(1, int(width * scale * _EMU_PER_MM)),
            max(1, int(height * scale * _EMU_PER_MM)),
        )


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, from its header; ValueError if it is not a PNG."""
    if len(data) < 24 or not data.startswith(_PNG_MAGIC) or data[12:16] != b"IHDR":
        raise ValueError("no es una imagen PNG")
    width, height = struct.unpack(">II", data[16:24])
    if not width or not height:
        raise ValueError("la imagen PNG no tiene tamaño")
    return width, height


@dataclass
class CompiledTemplate:
    name: str
    sha256: str
    content: bytes
    #: (zip entry, raw bytes) of every part, in the template's order.
    parts: list[tuple[zipfile.ZipInfo, bytes]]
    compiled: dict[str, jinja2.Template] = field(default_factory=dict)
    schema: frozenset[str] = frozenset()

    @property
    def file_name(self) -> str:
        return f"{self.name}.docx"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["r"] = lambda value: value  # docxtpl's {{r …}} needs no RichText here
    return env


_ENV = _environment()


def _paragraph_text(source: str, lineno: int) -> str:
    lines = source.splitlines()
    if 1 <= lineno <= len(lines):
        return " ".join(_XML.sub("", lines[lineno - 1]).split())
    return ""


def _tag_reading(source: str, path: str) -> str:
    """The first tag of the source that mentions ``path`` (or its last part)."""
    wanted = path.replace("[]", "")
    last = wanted.split(".")[-1]
    for tag in _TAG.findall(source):
        text = " ".join(_XML.sub("", tag).split())
        compact = text.replace(" ", "")
        if wanted in compact or re.search(rf"\.{re.escape(last)}\b", compact):
            return text
    return f"{{{{ {wanted} }}}}"


def _spanish_syntax(message: str) -> str:
    known = [
        (
            r"Unexpected end of template\. Jinja was looking for the following tags: (.*)",
            r"falta cerrar un bloque (se esperaba \1)",
        ),
        (r"Encountered unknown tag '(\w+)'.*", r"la etiqueta «\1» no existe o sobra"),
        (r"unexpected '(.*)'", r"sobra o falta «\1»"),
        (r"expected token '(.*)', got '(.*)'", r"se esperaba «\1» y hay «\2»"),
        (r"unexpected end of template, expected '(.*)'\.?", r"falta «\1»"),
    ]
    for pattern, replacement in known:
        if re.fullmatch(pattern, message, flags=re.S):
            return re.sub(pattern, replacement, message, flags=re.S)
    return f"error de sintaxis ({message})"


def _patched_parts(name: str, content: bytes) -> dict[str, str]:
    try:
        template = DocxTemplate(io.BytesIO(content))
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise TemplateProblem(
            f"La plantilla «{name}.docx» no es un documento de Word (.docx) válido."
        ) from exc
    out = {}
    for info in archive.infolist():
        if _TEMPLATED.match(info.filename):
            xml = archive.read(info.filename).decode("utf-8")
            patched = template.patch_xml(xml)
            # One paragraph per line, so an error's line number points at its paragraph.
            out[info.filename] = re.sub(r"<w:p([ >])", r"\n<w:p\1", patched)
    return out


def compile_template(
    name: str, content: bytes, sample_context: Mapping[str, Any] | None = None
) -> CompiledTemplate:
    """Compile a template, checking it against ``sample_context`` (every key the context
    builder produces); ``TemplateProblem`` names the template and the tag."""
    patched = _patched_parts(name, content)
    archive = zipfile.ZipFile(io.BytesIO(content))
    parts = [(info, archive.read(info.filename)) for info in archive.infolist()]
    schema = schema_of(sample_context) if sample_context is not None else frozenset()
    compiled: dict[str, jinja2.Template] = {}
    for part, source in patched.items():
        for tag in _TAG.findall(source):
            text = " ".join(_XML.sub("", tag).split())
            inner = text[2:-2].strip()
            if text.startswith("{{"):
                try:
                    _ENV.parse(f"{{{{ {inner.removeprefix('r ').removeprefix('p ')} }}}}")
                except jinja2.TemplateSyntaxError as exc:
                    raise TemplateProblem(
                        f"La plantilla «{name}.docx» tiene un error en la etiqueta {text}: "
                        f"{_spanish_syntax(exc.message or '')}."
                    ) from exc
        try:
            tree = _ENV.parse(source)
            template = _ENV.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            paragraph = _paragraph_text(source, exc.lineno)
            where = f" en el párrafo «{paragraph[:120]}»" if paragraph else ""
            raise TemplateProblem(
                f"La plantilla «{name}.docx» tiene un error{where}: "
                f"{_spanish_syntax(exc.message or '')}."
            ) from exc
        if sample_context is not None:
            for unknown in unknown_names(tree, schema):
                tag = _tag_reading(source, unknown.path)
                if unknown.parent is None:
                    roots = sorted({p.split(".")[0].split("[")[0] for p in schema})
                    hint = f"las variables disponibles son: {', '.join(roots)}"
                else:
                    hint = (
                        f"en «{unknown.parent}» hay: "
                        f"{', '.join(children_of(schema, unknown.parent))}"
                    )
                raise TemplateProblem(
                    f"La plantilla «{name}.docx» usa una variable desconocida en la etiqueta "
                    f"{tag}: «{unknown.path.replace('[]', '')}» no existe ({hint})."
                )
        compiled[part] = template
    return CompiledTemplate(
        name=name,
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        parts=parts,
        compiled=compiled,
        schema=schema,
    )


# ------------------------------------------------------------------------------ rendering
class _Images:
    def __init__(self) -> None:
        self.items: list[tuple[str, str, DocxImage]] = []

    def drawing(self, image: DocxImage) -> Markup:
        n = len(self.items) + 1
        rid, target = f"rIdConciliador{n}", f"media/conciliador_{n}.png"
        self.items.append((rid, target, image))
        cx, cy = image.size_emu()
        pid = 90_000 + n
        return Markup(
            '</w:t><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{pid}" name="Imagen {n}"/>'
            "<wp:cNvGraphicFramePr><a:graphicFrameLocks "
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:nvPicPr><pic:cNvPr id="{pid}" name="imagen{n}.png"/><pic:cNvPicPr/>'
            f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/>'
            '</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            "</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>"
            '</w:drawing><w:t xml:space="preserve">'
        )


def _prepare(value: Any, images: _Images) -> Any:
    """Strings become escaped run markup; images become drawings; containers recurse."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return run_markup(value)
    if isinstance(value, DocxImage):
        return images.drawing(value)
    if isinstance(value, Mapping):
        return {k: _prepare(v, images) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_prepare(v, images) for v in value]
    return value


def _with_images(name: str, data: bytes, images: _Images) -> bytes:
    if name == "word/_rels/document.xml.rels":
        text = data.decode("utf-8")
        rels = "".join(
            f'<Relationship Id="{rid}" Type="{_REL_IMAGE}" Target="{target}"/>'
            for rid, target, _ in images.items
        )
        return text.replace("</Relationships>", f"{rels}</Relationships>").encode("utf-8")
    if name == "[Content_Types].xml":
        text = data.decode("utf-8")
        if 'Extension="png"' not in text:
            text = text.replace(
                "</Types>", '<Default Extension="png" ContentType="image/png"/></Types>'
            )
        return text.encode("utf-8")
    return data


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip entry with a fixed date: the same content gives the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def render(template: CompiledTemplate, context: Mapping[str, Any]) -> bytes:
    """The .docx of ``template`` filled with ``context``."""
    images = _Images()
    prepared = _prepare(context, images)
    rendered: dict[str, bytes] = {}
    for part, compiled in template.compiled.items():
        try:
            xml = compiled.render(prepared)
        except jinja2.UndefinedError as exc:
            raise TemplateProblem(
                f"La plantilla «{template.file_name}» usa un dato que no existe: {exc.message}."
            ) from exc
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        xml = (
            xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        )
        rendered[part] = xml.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for info, raw in template.parts:
            data = rendered.get(info.filename, raw)
            if images.items:
                data = _with_images(info.filename, data, images)
            archive.writestr(_entry(info.filename), data)
        for _, target, image in images.items:
            archive.writestr(_entry(f"word/{target}"), image.png)
    return out.getvalue()


def template_variables(template: CompiledTemplate) -> set[str]:
    """The top-level names the template reads (jinja2's undeclared variables)."""
    from jinja2 import meta

    names: set[str] = set()
    for part in template.compiled:
        source = _patched_parts(template.name, template.content)[part]
        names |= meta.find_undeclared_variables(_ENV.parse(source))
    return names - {"loop"}


__all__ = [
    "CompiledTemplate",
    "DocxImage",
    "TemplateProblem",
    "compile_template",
    "png_size",
    "render",
    "template_variables",
]
