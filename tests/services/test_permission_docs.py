"""docs/permissions.md is generated from the code and kept current; no service forgets to ask."""

from __future__ import annotations

import ast
from pathlib import Path

from conciliador.services.permission_docs import PermissionFinder, render_markdown, service_files

DOC = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"

#: Use cases (they open their own unit of work on ``db`` for an ``actor``) that check no
#: permission of the matrix, and why. Helpers that work inside the caller's unit of work
#: (``session`` instead of ``db``) are covered by the use case that calls them.
NO_PERMISSION_NEEDED = {
    "accounts.change_own_password": "cada persona cambia su propia contraseña",
    "accounts.password_change_required": "cada persona sabe si debe cambiar la suya",
    "offices.list_offices": "lista solo las oficinas que el actor alcanza",
    "setup.initialize": "primer inicio: crea con offices.new_office y users.new_user, que piden",
    "setup.check_first_office": "primer inicio: comprueba con offices.new_office y no escribe",
    "reports.export.report_office_id": "solo averigua de qué oficina es un reporte",
    "accounts.create_account": "crea con users.new_user, que pide administrar usuarios",
    "reminders.reminder_calls": "lee con agenda.agenda, que pide ver la agenda",
}
INFRASTRUCTURE = {"audit", "permissions", "permission_docs"}


def test_committed_permissions_document_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == render_markdown(), (
        "docs/permissions.md no está al día: conciliador permissions --out docs/permissions.md"
    )


def test_every_service_that_acts_for_someone_checks_a_permission() -> None:
    unchecked = []
    for module, path in service_files():
        if module in INFRASTRUCTURE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        finder = PermissionFinder()
        finder.visit(tree)
        checks = finder.public_checks()
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            params = {a.arg for a in (*node.args.args, *node.args.kwonlyargs)}
            name = f"{module}.{node.name}"
            if {"db", "actor"} <= params and not checks.get(node.name):
                unchecked.append(name)
    assert sorted(unchecked) == sorted(NO_PERMISSION_NEEDED)


def test_document_lists_every_role_and_the_command_line_rule() -> None:
    text = render_markdown()
    for role in ("Conciliador/a", "Secretario/a", "Supervisor/a (delegado/a)", "Administrador/a"):
        assert role in text
    assert "## La línea de órdenes" in text and "todos los permisos" in text
    assert "| Registrar solicitudes | ✔ | — | ✔ | — |" in text
