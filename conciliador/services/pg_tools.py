"""PostgreSQL's own tools (pg_dump, pg_restore, psql) for backups of a shared server.

The newest installed version is used (pg_dump must be at least as new as the server). The
connection goes through environment variables, so a password never shows on a command line.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path, PureWindowsPath

from conciliador.db import Database
from conciliador.documents.children import preexec
from conciliador.documents.portable import program_env
from conciliador.services.errors import ServiceError

BINDIR_ENV = "CONCILIADOR_PG_BINDIR"
_PR_SET_PDEATHSIG = 1


class ToolMissing(ServiceError):
    pass


def version_folders(platform: str = sys.platform) -> list[str]:
    """Where PostgreSQL's packages put each version's programs (Debian's, the Windows
    installer's), as glob patterns."""
    if platform == "win32":
        roots = [os.environ.get(v, "") for v in ("ProgramW6432", "ProgramFiles")]
        roots = list(dict.fromkeys([*(r for r in roots if r), r"C:\Program Files"]))
        return [str(PureWindowsPath(r, "PostgreSQL", "*", "bin")) for r in roots]
    return ["/usr/lib/postgresql/*/bin"]


def _version(folder: str) -> int:
    number = PureWindowsPath(folder).parent.name if "\\" in folder else Path(folder).parent.name
    return int(number) if number.isdigit() else 0


def tool(name: str) -> Path:
    """The path of a PostgreSQL client program, newest version first."""
    program = f"{name}.exe" if sys.platform == "win32" else name
    explicit = os.environ.get(BINDIR_ENV)
    candidates = [Path(explicit) / program] if explicit else []
    found_folders = [f for pattern in version_folders() for f in glob.glob(pattern)]
    versions = sorted(found_folders, key=_version, reverse=True)
    candidates += [Path(v) / program for v in versions]
    found = shutil.which(name)
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.exists():
            return candidate
    raise ToolMissing(
        f"No se encuentra «{name}» de PostgreSQL: instale el paquete postgresql-client "
        f"o indique su carpeta en {BINDIR_ENV}."
    )


#: libpq's connection parameters that a URL may carry in its query (``?host=/socket``,
#: ``sslmode=require``), and the environment variable each becomes for pg_dump and psql.
_LIBPQ_ENV = {
    "host": "PGHOST",
    "hostaddr": "PGHOSTADDR",
    "port": "PGPORT",
    "dbname": "PGDATABASE",
    "user": "PGUSER",
    "passfile": "PGPASSFILE",
    "options": "PGOPTIONS",
    "application_name": "PGAPPNAME",
    "sslmode": "PGSSLMODE",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcrl": "PGSSLCRL",
    "sslnegotiation": "PGSSLNEGOTIATION",
    "channel_binding": "PGCHANNELBINDING",
    "gssencmode": "PGGSSENCMODE",
    "krbsrvname": "PGKRBSRVNAME",
    "service": "PGSERVICE",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
    "connect_timeout": "PGCONNECT_TIMEOUT",
}


def connection_env(db: Database) -> dict[str, str]:
    """The URL as libpq's environment: its parts, then its query's parameters (a socket
    folder in ``?host=``, ``sslmode``…), which the tools would otherwise never see."""
    url = db.url
    env = {k: v for k, v in program_env().items() if not k.startswith("PG")}
    env["PGCONNECT_TIMEOUT"] = "15"
    for key, value in (
        ("PGHOST", url.host),
        ("PGPORT", str(url.port) if url.port else None),
        ("PGUSER", url.username),
        ("PGPASSWORD", url.password),
        ("PGDATABASE", url.database),
    ):
        if value:
            env[key] = str(value)
    for key, given in url.query.items():
        variable = _LIBPQ_ENV.get(key)
        if variable is not None:
            env[variable] = given if isinstance(given, str) else ",".join(given)
    return env


def run(db: Database, name: str, *args: str, what: str) -> subprocess.CompletedProcess[str]:
    """Run a PostgreSQL tool against ``db``; a failure becomes one Spanish line."""
    result = subprocess.run(
        [str(tool(name)), *args],
        env=connection_env(db),
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=preexec(),  # dies with us, in its own process group
    )
    if result.returncode != 0:
        lines = [line.strip() for line in result.stderr.splitlines() if line.strip()]
        detail = lines[0] if lines else f"terminó con el código {result.returncode}"
        raise ServiceError(f"No se pudo {what}: {detail}")
    return result
