"""One language per identifier family: an enum of the users' words names each member after
its stored value (``HearingStatus.PROGRAMADA = "programada"``), so member and value never
tell two stories. ``PENDING`` lists the enums still to rename (docs/developing.md, «Names»);
it may only shrink."""

from __future__ import annotations

import enum
import importlib
import pkgutil

import conciliador.domain

#: Values that are codes, not words: the members keep descriptive names.
CODES = {"enums.Sex"}

#: Enums whose members are not yet named after their values (renames still to do).
PENDING: set[str] = set()


def _domain_enums() -> dict[str, type[enum.Enum]]:
    found: dict[str, type[enum.Enum]] = {}
    for module in pkgutil.iter_modules(conciliador.domain.__path__):
        mod = importlib.import_module(f"conciliador.domain.{module.name}")
        for name, obj in vars(mod).items():
            if (
                isinstance(obj, type)
                and issubclass(obj, enum.Enum)
                and obj.__module__ == mod.__name__
                and list(obj)
            ):
                found[f"{module.name}.{name}"] = obj
    return found


def _named_after_values(members: type[enum.Enum]) -> bool:
    return all(m.name == str(m.value).upper() for m in members)


def test_every_new_enum_names_its_members_after_their_values() -> None:
    wrong = {
        key
        for key, members in _domain_enums().items()
        if key not in CODES | PENDING and not _named_after_values(members)
    }
    assert wrong == set()


def test_the_list_of_renames_still_to_do_is_true() -> None:
    enums = _domain_enums()
    done = {key for key in PENDING if key in enums and _named_after_values(enums[key])}
    gone = PENDING - set(enums)
    assert done == set() and gone == set(), "remove them from PENDING and docs/developing.md"
