"""``docs/permissions.md`` generated from the code: the matrix, and where each permission is
checked.

The matrix is ``permissions.MATRIX``; where each permission is enforced is read from the
services' own source (every ``require(…, Permission.X, …)`` call), so the document cannot
drift from what the code does. A test keeps the committed file current.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from conciliador.domain.enums import Role
from conciliador.services.permissions import MATRIX, Permission

ROLES = (Role.CONCILIADOR, Role.SECRETARIO, Role.SUPERVISOR, Role.ADMINISTRADOR)
_CHECKERS = {"require", "allowed"}
_ENUM_NAMES = {"Permission", "P"}


def service_files() -> Iterator[tuple[str, Path]]:
    """The services' source files, then the demo package's (``conciliador/demo``, above the
    services: it loads its data for an actor too); read as text, never imported."""
    root = Path(str(resources.files("conciliador.services")))
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).with_suffix("")
        yield ".".join(relative.parts), path
    demo = root.parent / "demo"
    for path in sorted(demo.rglob("*.py")):
        relative = path.relative_to(demo).with_suffix("")
        yield ".".join(("demo", *relative.parts)), path


def _permission_of(node: ast.expr) -> Permission | None:
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in _ENUM_NAMES
        and node.attr in Permission.__members__
    ):
        return Permission[node.attr]
    return None


class PermissionFinder(ast.NodeVisitor):
    """Per top-level function: the permissions it checks and the local functions it calls."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.checks: dict[str, set[Permission]] = {}
        self.calls: dict[str, set[str]] = {}

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.stack.append(node.name)
        self.checks.setdefault(self.stack[0], set())
        self.calls.setdefault(self.stack[0], set())
        self.generic_visit(node)
        self.stack.pop()

    visit_FunctionDef = _function
    visit_AsyncFunctionDef = _function

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if self.stack and isinstance(func, ast.Name):
            self.calls[self.stack[0]].add(func.id)
        if name in _CHECKERS and self.stack:
            for arg in node.args:
                permission = _permission_of(arg)
                if permission is not None:
                    self.checks[self.stack[0]].add(permission)
        self.generic_visit(node)

    def public_checks(self) -> dict[str, set[Permission]]:
        """What each public function checks, itself or through the functions of its module
        that it calls."""

        def reached(function: str, seen: set[str]) -> set[Permission]:
            found = set(self.checks.get(function, ()))
            for callee in self.calls.get(function, ()):
                if callee in self.checks and callee not in seen:
                    found |= reached(callee, seen | {callee})
            return found

        result = {f: reached(f, {f}) for f in self.checks if not f.startswith("_")}
        covered = set().union(*result.values()) if result else set()
        for function, permissions in self.checks.items():
            if function.startswith("_") and permissions - covered:
                result[function] = permissions - covered
        return result


def checked_in() -> dict[Permission, list[str]]:
    """For each permission, the service functions that check it (``module.function``)."""
    found: dict[Permission, set[str]] = {}
    for module, path in service_files():
        if module in ("permissions", "permission_docs"):
            continue
        finder = PermissionFinder()
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for function, permissions in finder.public_checks().items():
            for permission in permissions:
                found.setdefault(permission, set()).add(f"{module}.{function}")
    return {p: sorted(found.get(p, ())) for p in Permission}


_PREAMBLE = """\
# Permisos por rol

<!-- Generado por «conciliador permissions --out docs/permissions.md» a partir del código
     (conciliador/services/permissions.py y las llamadas a require() de los servicios).
     No lo edite a mano: una prueba comprueba que está al día. -->

Cada caso de uso comprueba el permiso **en la capa de servicios**, la puerta por la que pasan
la aplicación de escritorio, la línea de órdenes, la importación y las pruebas. La aplicación
oculta lo que un rol no puede hacer, pero quien decide es el servicio: si se le pide algo no
permitido responde «Su rol (…) no permite …» y no cambia nada.
"""

_RULES = """\
## Alcance por oficina

- Conciliador/a y Secretario/a ven y cambian solo los registros **de su propia oficina**.
- Supervisor/a y Administrador/a alcanzan **su oficina y todas las que dependen de ella**
  (una delegación departamental ve sus delegaciones municipales; la sede nacional, todas).
- Cada lectura de un expediente, de la agenda, de la bitácora o de una exportación filtra por
  ese alcance. La búsqueda de personas por nombre solo encuentra a las partes de casos de las
  oficinas alcanzadas; el número exacto de un documento de identidad encuentra a la persona
  donde esté registrada (quien lo escribe tiene el documento en la mano), para no registrarla
  dos veces.

## Cuentas

- Contraseñas con argon2; ninguna contraseña por omisión: `conciliador init` hace elegir la
  del primer administrador, y cada persona elige la suya.
- Cinco intentos fallidos seguidos bloquean la cuenta 15 minutos (cada intento fallido queda en
  la bitácora). Un administrador puede desbloquearla o asignar una **contraseña temporal**
  (`conciliador user reset-password USUARIO`); con una contraseña temporal no se permite nada
  salvo cambiarla.
- Una cuenta **desactivada** no puede iniciar sesión ni guardar ningún cambio, aunque siga
  abierta en otro escritorio; su historial se conserva. No se puede desactivar la propia
  cuenta ni la última cuenta de administración.

## La línea de órdenes

Las órdenes de `conciliador` (init, demo, export, import, backup, restore, verify, user…)
actúan como **«línea de comandos»**, con todos los permisos y alcance sobre todas las
oficinas, y lo que hacen queda en la bitácora con ese nombre y el usuario del sistema
operativo. No es un atajo: quien puede ejecutarlas ya tiene el archivo de la base de datos
(SQLite, legible solo por su usuario) o las credenciales del servidor PostgreSQL, y con ellos
podría leer o cambiar los datos sin pasar por la aplicación. Proteja esas credenciales y la
cuenta del sistema operativo como protege las llaves de la oficina; la bitácora encadenada
(`conciliador verify`) delata cualquier cambio hecho por fuera.
"""


def render_markdown() -> str:
    where = checked_in()
    header = "| Caso de uso | " + " | ".join(r.label for r in ROLES) + " |"
    rule = "|---|" + "---|" * len(ROLES)
    rows = [
        "| "
        + permission.value[:1].upper()
        + permission.value[1:]
        + " | "
        + " | ".join("✔" if permission in MATRIX[r] else "—" for r in ROLES)
        + " |"
        for permission in Permission
    ]
    places = []
    for permission in Permission:
        functions = where[permission]
        text = (
            ", ".join(f"`{f}`" for f in functions)
            if functions
            else "(todavía ningún servicio la usa)"
        )
        places.append(f"- **{permission.value}** (`{permission.name}`): {text}")
    return (
        _PREAMBLE
        + "\n## La matriz\n\n"
        + "\n".join([header, rule, *rows])
        + "\n\n## Dónde se comprueba cada permiso\n\n"
        + "\n".join(places)
        + "\n\n"
        + _RULES
    )
