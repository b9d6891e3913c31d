"""Telling the environment's faults from the program's.

A database that is locked, unreachable or out of disk is not a bug: the user can wait, call
the administrator or free space, and should be told so in Spanish. Anything else that escapes
a service is a defect, logged with its traceback. The desktop asks here because it may not
import SQLAlchemy itself.
"""

from __future__ import annotations

import errno

from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from conciliador.db import DatabaseError, first_line
from conciliador.documents.atomic import NotARegularFile


def _where(exc: OSError) -> str:
    return f" «{exc.filename}»" if exc.filename else ""


def _os_problem(exc: OSError) -> str:
    if isinstance(exc, NotARegularFile):
        return f"{exc.strerror}: elija el nombre de un archivo común (no se escribió nada)."
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return "El disco está lleno: libere espacio y vuelva a intentarlo."
    if code == errno.EROFS:
        return f"El disco{_where(exc)} es de solo lectura: elija otra carpeta."
    if code in (errno.EACCES, errno.EPERM):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"No hay permiso para escribir en esa ubicación{where}: elija otra carpeta."
    if code == errno.EISDIR:
        return f"{_where(exc).strip() or 'El destino'} es una carpeta: indique un archivo."
    if code in (errno.ENOENT, errno.ENOTDIR):
        return f"No existe el archivo o la carpeta{_where(exc)}: revise la ruta."
    reason = exc.strerror or type(exc).__name__
    return f"El sistema no permitió leer o escribir{_where(exc)}: {reason}."


def environment_problem(exc: BaseException) -> str | None:
    """A Spanish explanation when ``exc`` is the environment's fault; None for a bug.

    The command line and the desktop both ask here: an environment fault is told in Spanish
    (the command line exits with 2), anything else is a defect (logged; exit 3).
    """
    if isinstance(exc, DatabaseError):
        return str(exc)
    if isinstance(exc, OSError) and not isinstance(exc, DBAPIError):
        return _os_problem(exc)
    if isinstance(exc, MemoryError):
        return "No hay memoria suficiente para esta operación: cierre otros programas."
    if isinstance(exc, ArgumentError):
        return (
            f"La dirección de la base de datos no es válida ({first_line(exc)}): use "
            "sqlite:///ruta/archivo.sqlite o postgresql://usuario@servidor/base."
        )
    if isinstance(exc, OperationalError) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    ):
        detail = first_line(exc)
        lowered = detail.lower()
        if "lock timeout" in lowered or "canceling statement due to lock" in lowered:
            return (
                "Otro escritorio está guardando un cambio largo (una importación, una carga o "
                "una restauración) y esta tarea esperó demasiado su turno. Vuelva a intentarlo "
                "cuando termine; no se guardó nada a medias."
            )
        if "locked" in lowered or "busy" in lowered:
            return (
                "La base de datos está ocupada por otro escritorio. Espere unos segundos y "
                "vuelva a intentarlo; no se guardó nada a medias."
            )
        if ("disk" in lowered and ("full" in lowered or "space" in lowered)) or (
            "no space" in lowered
        ):
            return "El disco de la base de datos está lleno: avise al administrador."
        if "readonly" in lowered or "read-only" in lowered:
            return (
                "La base de datos está en un disco o archivo de solo lectura: no se guardó "
                "nada. Avise al administrador."
            )
        return (
            "No se pudo completar la operación en la base de datos "
            f"({detail}). Compruebe la conexión con el servidor o avise al administrador; "
            "no se guardó nada a medias."
        )
    return None
