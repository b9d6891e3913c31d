"""One identity of a party: ``domain.agreement_terms.Party``. A bare «solicitante» or «citado»
standing for a party in the application is a second spelling of it that nothing checks, so
a rename or a typo there would silently make a comparison false."""

from __future__ import annotations

import ast
from pathlib import Path

from conciliador.domain.agreement_terms import Party

PACKAGE = Path(__file__).resolve().parents[2] / "conciliador"
WORDS = {p.value for p in Party}

#: Formats that spell the value out on purpose: the interchange format's published field
#: (docs/intercambio.schema.json is generated from this ``Literal``).
_ALLOWED = {("services/interchange/schema.py", "Literal")}


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def bare_party_words(source: str, name: str) -> list[str]:
    """Each string literal in ``source`` that spells a party instead of naming ``Party``.

    Allowed: a member's definition in a class of ``domain/`` (``CITADO = "citado"``, the enums
    whose values are these words), and a dict literal's key (a template variable's name or a
    JSON key is a format; compare against ``Party`` where it is read)."""
    tree = ast.parse(source)
    parents = _parents(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and node.value in WORDS):
            continue
        parent = parents[node]
        if isinstance(parent, ast.Dict) and any(k is node for k in parent.keys):
            continue
        if (
            name.startswith("domain/")
            and isinstance(parent, ast.Assign)
            and isinstance(parents[parent], ast.ClassDef)
        ):
            continue
        holder = parent if isinstance(parent, ast.Tuple) else node
        subscripted = parents.get(holder)
        if (
            isinstance(subscripted, ast.Subscript)
            and isinstance(subscripted.value, ast.Name)
            and (name, subscripted.value.id) in _ALLOWED
        ):
            continue
        found.append(f"{name}:{node.lineno}: {ast.unparse(parent)}")
    return found


def test_no_bare_party_word_stands_for_a_party() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        name = path.relative_to(PACKAGE).as_posix()
        found += bare_party_words(path.read_text("utf-8"), name)
    assert found == [], "use Party.SOLICITANTE / Party.CITADO instead:\n" + "\n".join(found)


def test_the_guard_sees_a_comparison_and_a_stored_value() -> None:
    source = (
        "def f(citation, session):\n"
        "    if citation.party == 'citado':\n"
        "        session.add(Citation(party='solicitante'))\n"
        "    return {'citado': 1}\n"
    )
    found = bare_party_words(source, "services/x.py")
    assert [line.split(":")[1] for line in found] == ["2", "3"]
