"""Telling the environment's faults from the program's.

A database that is locked, unreachable or out of disk is not a bug: the user can wait, call
the administrator or free space, and should be told so in Spanish. Anything else that escapes
a service is a defect, logged with its traceback. The desktop asks here because it may not
import SQLAlchemy itself.
"""

from __future__ import annotations

import errno

from sqlalchemy.exc import DBAPIError, OperationalError

from conciliador.db import first_line


def environment_problem(exc: BaseException) -> str | None:
    """A Spanish explanation when ``exc`` is the environment's fault; None for a bug."""
    if isinstance(exc, OSError) and not isinstance(exc, DBAPIError):
        if exc.errno == errno.ENOSPC:
            return "El disco está lleno: libere espacio y vuelva a intentarlo."
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            where = f" ({exc.filename})" if exc.filename else ""
            return f"No hay permiso para escribir en esa ubicación{where}: elija otra carpeta."
        return None
    if isinstance(exc, OperationalError) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    ):
        detail = first_line(exc)
        lowered = detail.lower()
        if "locked" in lowered or "busy" in lowered:
            return (
                "La base de datos está ocupada por otro escritorio. Espere unos segundos y "
                "vuelva a intentarlo; no se guardó nada a medias."
            )
        if "disk" in lowered and ("full" in lowered or "space" in lowered):
            return "El disco de la base de datos está lleno: avise al administrador."
        return (
            "No se pudo completar la operación en la base de datos "
            f"({detail}). Compruebe la conexión con el servidor o avise al administrador; "
            "no se guardó nada a medias."
        )
    return None
