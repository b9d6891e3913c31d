"""``conciliador user …``: accounts from the command line (list, reset a password, unlock,
deactivate, activate). Runs as the local command line (see docs/permissions.md)."""

from __future__ import annotations

import argparse
from typing import Any

from conciliador.cli.common import ask, command_line_actor, database, interactive, secret_from
from conciliador.services.accounts import (
    account_by_login,
    accounts_in_reach,
    reset_password,
    set_account_active,
    temporary_password,
    unlock,
)
from conciliador.services.errors import ServiceError

PASSWORD_ENV = "CONCILIADOR_NEW_PASSWORD"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "user",
        parents=[common],
        help="cuentas de usuario: listar, restablecer contraseña, desbloquear, desactivar",
        description="Administra las cuentas de usuario desde la línea de órdenes.",
    )
    actions = p.add_subparsers(
        dest="action", title="acciones", metavar="ACCIÓN", required=True, parser_class=type(p)
    )

    a = actions.add_parser("list", parents=[common], help="lista las cuentas y su estado")
    a.add_argument("--active", action="store_true", help="solo las cuentas activas")
    a.set_defaults(handler=run_list)

    a = actions.add_parser(
        "reset-password",
        parents=[common],
        help="asigna una contraseña temporal (la persona la cambia al entrar)",
        description="Asigna una contraseña temporal y desbloquea la cuenta; la persona debe "
        "cambiarla al iniciar sesión. La contraseña se lee de --password-file, de la "
        f"variable {PASSWORD_ENV}, se genera con --generate, o se pregunta en la terminal.",
    )
    a.add_argument("login", metavar="USUARIO")
    source = a.add_mutually_exclusive_group()
    source.add_argument(
        "--password-file", metavar="ARCHIVO", help="archivo cuya primera línea es la contraseña"
    )
    source.add_argument(
        "--generate", action="store_true", help="genera una contraseña temporal y la muestra"
    )
    a.set_defaults(handler=run_reset)

    a = actions.add_parser("unlock", parents=[common], help="desbloquea tras intentos fallidos")
    a.add_argument("login", metavar="USUARIO")
    a.set_defaults(handler=run_unlock)

    a = actions.add_parser("deactivate", parents=[common], help="desactiva una cuenta")
    a.add_argument("login", metavar="USUARIO")
    a.add_argument(
        "--reason", required=True, metavar="MOTIVO", help="motivo (queda en la bitácora)"
    )
    a.set_defaults(handler=run_deactivate)

    a = actions.add_parser("activate", parents=[common], help="reactiva una cuenta")
    a.add_argument("login", metavar="USUARIO")
    a.add_argument("--reason", default="", metavar="MOTIVO", help="motivo (queda en la bitácora)")
    a.set_defaults(handler=run_activate)


def run_list(args: argparse.Namespace) -> int:
    accounts = accounts_in_reach(database(args), command_line_actor())
    if args.active:
        accounts = [a for a in accounts if a.active]
    if not accounts:
        print("No hay cuentas.")
        return 0
    width = max(len(a.login) for a in accounts)
    for a in accounts:
        print(
            f"{a.login:<{width}}  {a.role.label:<13}  {a.office_code:<10}  "
            f"{a.state:<19}  {a.full_name}"
        )
    return 0


def _new_password(args: argparse.Namespace) -> tuple[str, bool]:
    if args.generate:
        return temporary_password(), True
    given = secret_from(None, args.password_file, PASSWORD_ENV)
    if given:
        return given, False
    if not interactive():
        raise ServiceError(
            f"Falta la contraseña: use --password-file, la variable {PASSWORD_ENV} o --generate."
        )
    first = ask("Contraseña temporal (mínimo 10 caracteres)", secret=True)
    if ask("Repita la contraseña", secret=True) != first:
        raise ServiceError("Las contraseñas no coinciden; no se cambió nada.")
    return first, False


def run_reset(args: argparse.Namespace) -> int:
    db = database(args)
    actor = command_line_actor()
    account = account_by_login(db, actor, args.login)
    password, generated = _new_password(args)
    reset_password(db, actor, account.id, password, expected_version=account.version)
    print(f"Contraseña temporal asignada a «{account.login}»; deberá cambiarla al iniciar sesión.")
    if generated:
        print(f"Contraseña temporal: {password}")
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    db = database(args)
    actor = command_line_actor()
    account = unlock(db, actor, account_by_login(db, actor, args.login).id)
    print(f"Cuenta «{account.login}» desbloqueada.")
    return 0


def _set_active(args: argparse.Namespace, active: bool) -> int:
    db = database(args)
    actor = command_line_actor()
    account = account_by_login(db, actor, args.login)
    set_account_active(
        db, actor, account.id, active, reason=args.reason, expected_version=account.version
    )
    print(f"Cuenta «{account.login}» {'activada' if active else 'desactivada'}.")
    return 0


def run_deactivate(args: argparse.Namespace) -> int:
    return _set_active(args, False)


def run_activate(args: argparse.Namespace) -> int:
    return _set_active(args, True)
