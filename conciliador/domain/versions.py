"""The life of a version of the unified criteria (a profile version)."""

from __future__ import annotations

from enum import StrEnum


class VersionStatus(StrEnum):
    #: Being prepared: nothing uses it.
    BORRADOR = "borrador"
    #: Published with its effective date: used from that day on, never changed again.
    PUBLICADA = "publicada"
