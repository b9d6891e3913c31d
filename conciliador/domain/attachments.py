"""Documents attached to a case (a scanned ID, a birth certificate, pay slips, the signed
paper acta): their kinds, and which files are accepted.

A file's type is read from its first bytes, not from its name: a renamed executable is not a
PDF. The limits are the desk's (a scanner's PDF of a few pages, a phone's photo); they are
not law.
"""

from __future__ import annotations

from enum import StrEnum


class AttachmentKind(StrEnum):
    """What a document is; the values are stored."""

    DOCUMENTO_IDENTIDAD = "documento_identidad"
    PARTIDA_NACIMIENTO = "partida_nacimiento"
    CONSTANCIA_INGRESOS = "constancia_ingresos"
    ACTA_FIRMADA = "acta_firmada"
    OTRO = "otro"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    AttachmentKind.DOCUMENTO_IDENTIDAD: "Documento de identidad",
    AttachmentKind.PARTIDA_NACIMIENTO: "Partida de nacimiento",
    AttachmentKind.CONSTANCIA_INGRESOS: "Constancia de ingresos o colilla de pago",
    AttachmentKind.ACTA_FIRMADA: "Acta firmada en papel",
    AttachmentKind.OTRO: "Otro documento",
}

#: The largest file accepted, in bytes (10 MB: a scanned document of many pages).
MAX_BYTES = 10 * 1024 * 1024

#: Accepted types: media type, the extension a copy takes, and the file's first bytes.
MEDIA_TYPES: dict[str, tuple[str, tuple[bytes, ...]]] = {
    "application/pdf": (".pdf", (b"%PDF-",)),
    "image/jpeg": (".jpg", (b"\xff\xd8\xff",)),
    "image/png": (".png", (b"\x89PNG\r\n\x1a\n",)),
    "image/tiff": (".tif", (b"II*\x00", b"MM\x00*")),
}


def media_type_of(content: bytes) -> str | None:
    """The accepted media type ``content`` starts as, or None."""
    for media_type, (_ext, signatures) in MEDIA_TYPES.items():
        if any(content.startswith(s) for s in signatures):
            return media_type
    return None


def extension_of(media_type: str) -> str:
    return MEDIA_TYPES[media_type][0]
