"""Interchange files compared as records: each file also carries its sender's audit anchor,
which belongs to the database that made it, not to the records."""

from __future__ import annotations

import json
from typing import Any


def records(data: bytes) -> dict[str, Any]:
    """The file's content without its ``anclas_bitacora``."""
    document: dict[str, Any] = json.loads(data)
    document.pop("anclas_bitacora", None)
    return document
