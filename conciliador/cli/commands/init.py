"""``conciliador init``: create or upgrade the database, then the first office and administrator."""

from __future__ import annotations

import argparse
from typing import Any

from conciliador.cli.common import ask, command_line_actor, database, interactive, secret_from
from conciliador.criteria import DEFAULT_PROFILE, available_profiles, load_profile
from conciliador.domain.enums import OfficeLevel
from conciliador.services.errors import ServiceError
from conciliador.services.setup import FirstAdmin, FirstOffice, database_state, initialize

_LEVELS = {level.value: level for level in OfficeLevel}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "init",
        parents=[common],
        help="crea o actualiza la base de datos, con la primera oficina y su administrador",
        description="Crea o actualiza la base de datos. Si está vacía, crea la primera oficina "
        "y su administrador: pregunta lo que falte cuando corre en una terminal; "
        "para instalaciones automáticas, dé todo como opciones.",
    )
    p.add_argument("--office-code", metavar="CÓDIGO", help="código de la oficina (p. ej. MN)")
    p.add_argument("--office-name", metavar="NOMBRE", help="nombre de la oficina")
    p.add_argument("--level", choices=sorted(_LEVELS), help="nivel de la oficina")
    p.add_argument(
        "--profile",
        metavar="CÓDIGO",
        help=f"perfil de criterios ({', '.join(available_profiles())}); "
        f"por omisión {DEFAULT_PROFILE}",
    )
    p.add_argument(
        "--subdivision",
        metavar="CÓDIGO",
        help="departamento o región para los feriados locales (p. ej. MN)",
    )
    p.add_argument(
        "--department",
        metavar="NOMBRE",
        help="departamento o región donde está la oficina, como en la lista del país "
        "(resources/places/; p. ej. «Managua»)",
    )
    p.add_argument(
        "--municipality",
        metavar="NOMBRE",
        help="municipio donde está la oficina: las actas dicen «En <municipio>, …» "
        "(p. ej. «Tipitapa»)",
    )
    p.add_argument(
        "--article",
        choices=["la", "el", "las", "los", "ninguno"],
        help="artículo del nombre de la oficina en una frase («Acuda a la Delegación…»)",
    )
    p.add_argument("--admin-login", metavar="USUARIO", help="usuario del administrador")
    p.add_argument("--admin-name", metavar="NOMBRE", help="nombre completo del administrador")
    p.add_argument(
        "--admin-password-file",
        metavar="ARCHIVO",
        help="archivo cuya primera línea es la contraseña del administrador "
        "(o la variable CONCILIADOR_ADMIN_PASSWORD)",
    )
    p.set_defaults(handler=run)


def _article(answer: str) -> str:
    return "" if answer.strip().lower() in ("ninguno", "-") else answer.strip().lower()


def run(args: argparse.Namespace) -> int:
    db = database(args)
    state = database_state(db)
    if not state.empty:
        print(
            f"Base de datos al día en {db.display_url}: {state.offices} oficina(s), "
            f"{state.users} usuario(s)."
        )
        return 0
    asking = interactive()

    def value(current: str | None, prompt: str, default: str | None = None) -> str:
        if current:
            return current
        if not asking:
            raise ServiceError(
                f"Falta {prompt.lower()} (dé la opción correspondiente; "
                "vea conciliador init --help)."
            )
        return ask(prompt, default)

    profile_code = (
        args.profile or (ask("Perfil de criterios", DEFAULT_PROFILE) if asking else DEFAULT_PROFILE)
    ).upper()
    profile = load_profile(profile_code)
    office = FirstOffice(
        code=value(args.office_code, "Código de la oficina"),
        name=value(args.office_name, "Nombre de la oficina"),
        level=_LEVELS[value(args.level, "Nivel (nacional, departamental, municipal)", "municipal")]
        if (args.level or asking)
        else OfficeLevel.MUNICIPAL,
        profile_code=profile.code,
        subdivision=args.subdivision
        or (
            ask("Subdivisión para feriados", profile.regional.holidays_subdivision or "")
            if asking
            else None
        )
        or None,
        department=value(args.department, "Departamento o región de la oficina"),
        municipality=value(args.municipality, "Municipio de la oficina"),
        name_article=_article(
            value(args.article, "Artículo del nombre (la, el, las, los, ninguno)", "la")
        ),
    )
    password = secret_from(None, args.admin_password_file, "CONCILIADOR_ADMIN_PASSWORD")
    if not password:
        if not asking:
            raise ServiceError(
                "Falta la contraseña del administrador: use "
                "--admin-password-file o la variable CONCILIADOR_ADMIN_PASSWORD."
            )
        password = ask("Contraseña del administrador (mínimo 10 caracteres)", secret=True)
        if ask("Repita la contraseña", secret=True) != password:
            raise ServiceError("Las contraseñas no coinciden; no se creó nada.")
    admin = FirstAdmin(
        login=value(args.admin_login, "Usuario del administrador", "admin"),
        full_name=value(args.admin_name, "Nombre completo del administrador"),
        password=password,
    )
    created_office, user = initialize(db, command_line_actor(), office, admin)
    print(
        f"Listo: oficina {created_office.code} «{created_office.name}» (perfil "
        f"{created_office.profile_code}) y administrador «{user.login}» en {db.display_url}."
    )
    return 0
