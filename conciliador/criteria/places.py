"""Where an office can be: the country's first-level divisions (departments, regions) and,
where the list is shipped, their municipalities — data in ``resources/places/<profile>.toml``.

The acta's «En …» is the office's municipality as chosen from here, never a guess from the
office's name.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from conciliador.criteria.files import resources_dir


@dataclass(frozen=True)
class Division:
    name: str
    #: Empty where the country's municipalities are not listed yet (the office types its own).
    municipalities: tuple[str, ...] = ()


@dataclass(frozen=True)
class Places:
    country: str
    first_level: str
    second_level: str
    divisions: tuple[Division, ...]

    def division(self, name: str) -> Division | None:
        return next((d for d in self.divisions if d.name == name), None)

    @property
    def lists_municipalities(self) -> bool:
        return any(d.municipalities for d in self.divisions)


@functools.cache
def load_places(profile_code: str) -> Places | None:
    """The places of a profile (``NI``, ``CO``…), or None when no list is shipped."""
    if not (profile_code.isascii() and profile_code.isalnum() and len(profile_code) <= 10):
        return None  # not a profile's code (the profile check names the field)
    path = resources_dir() / "places" / f"{profile_code.lower()}.toml"
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return Places(
        country=str(data["pais"]),
        first_level=str(data.get("tipo_primer_nivel", "Departamento")),
        second_level=str(data.get("tipo_segundo_nivel", "Municipio")),
        divisions=tuple(
            Division(str(d["nombre"]), tuple(str(m) for m in d.get("municipios", ())))
            for d in data["division"]
        ),
    )
