"""Small text helpers shared by services: search keys and length limits."""

from __future__ import annotations

import unicodedata

NAME_MAX = 200
TEXT_MAX = 20_000


def search_key(*parts: str | None) -> str:
    """Lower-case, accent-free words, so «José» is found by «jose»."""
    joined = " ".join(p for p in parts if p)
    decomposed = unicodedata.normalize("NFKD", joined)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def clean(value: str | None) -> str:
    """Trim surrounding white space and compose accents (NFC); keep everything else exactly as
    typed. (What may be typed at all is services/validation.py's ``text_problem``.)"""
    return unicodedata.normalize("NFC", (value or "").strip())
