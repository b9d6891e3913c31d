"""Load and validate criteria profiles from ``resources/criteria/*.toml``."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from conciliador.criteria.files import criteria_dir
from conciliador.criteria.messages import first_errors
from conciliador.criteria.schema import Profile
from conciliador.domain.money import CurrencyRule

DEFAULT_PROFILE = "NI"
_CODE = re.compile(r"[A-Za-z]{2,10}")


class ProfileError(Exception):
    """A criteria profile that cannot be used; the message names the file and the key."""


def load_profile_file(path: Path) -> Profile:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProfileError(
            f"No se pudo leer el perfil de criterios «{path}»: {exc.strerror}"
        ) from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(
            f"El perfil de criterios «{path.name}» no está guardado en UTF-8"
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(
            f"El perfil de criterios «{path.name}» no es TOML válido: {exc}"
        ) from exc
    try:
        profile = Profile.model_validate(raw)
    except ValidationError as exc:
        details = "; ".join(f"clave «{loc}»: {msg}" for loc, msg in first_errors(exc, limit=3))
        raise ProfileError(f"Perfil de criterios «{path.name}»: {details}") from exc
    expected = path.stem.upper()
    if profile.code != expected:
        raise ProfileError(
            f"Perfil de criterios «{path.name}»: clave «perfil.codigo» vale «{profile.code}»"
            f" pero el archivo se llama {path.name}; deben coincidir"
        )
    return profile


@cache
def _load_cached(path: Path, mtime_ns: int) -> Profile:
    return load_profile_file(path)


def available_profiles(folder: Path | None = None) -> list[str]:
    """Codes of the profiles shipped (the file names, upper-cased)."""
    base = folder or criteria_dir()
    return sorted(p.stem.upper() for p in base.glob("*.toml"))


def load_profile(code: str, folder: Path | None = None) -> Profile:
    """The profile with this code (``NI``, ``CO`` …), validated, cached until the file changes."""
    base = folder or criteria_dir()
    if not isinstance(code, str) or not _CODE.fullmatch(code):  # never a path, never a NUL
        known = ", ".join(available_profiles(base)) or "ninguno"
        raise ProfileError(f"No existe el perfil de criterios «{code!r}» (disponibles: {known})")
    path = base / f"{code.lower()}.toml"
    if not path.is_file():
        known = ", ".join(available_profiles(base)) or "ninguno"
        raise ProfileError(f"No existe el perfil de criterios «{code}» (disponibles: {known})")
    return _load_cached(path, path.stat().st_mtime_ns)


def currency_rule(currency: str, folder: Path | None = None) -> CurrencyRule:
    """The legal rule of a currency, as stated by the profile(s) that use it (``[moneda]``).

    An amount's currency is stored with it (``NIO``, ``CLP``); its digits and rounding come
    from the profiles, never from a library's locale data. Two profiles that use the same
    currency must state the same rule.
    """
    base = folder or criteria_dir()
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(base.glob("*.toml")))
    return _currency_rule(currency, base, stamp)


@cache
def _currency_rule(currency: str, base: Path, _stamp: tuple[tuple[str, int], ...]) -> CurrencyRule:
    rules = {
        profile.currency_rule
        for profile in (load_profile(code, base) for code in available_profiles(base))
        if profile.regional.currency == currency
    }
    if not rules:
        raise ProfileError(f"Ningún perfil de criterios define la moneda «{currency}»")
    if len(rules) > 1:
        raise ProfileError(
            f"Los perfiles de criterios no coinciden en las reglas de la moneda «{currency}»"
        )
    return rules.pop()
