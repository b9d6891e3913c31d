"""Where LibreOffice's program is, for every PDF the application makes (actas, citaciones,
reports): one lookup, so an office where one kind of document works has the other too.

In order: the ``CONCILIADOR_SOFFICE`` variable (the program's full path; if it names nothing,
LibreOffice counts as missing, so a desk can turn PDFs off on purpose), the PATH (``soffice``,
``libreoffice``), then where LibreOffice's installers put it on Windows, macOS and Linux.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path, PurePosixPath, PureWindowsPath

ENV_SOFFICE = "CONCILIADOR_SOFFICE"
PROGRAM_NAMES = ("soffice", "libreoffice")

_WINDOWS_DEFAULTS = (r"C:\Program Files", r"C:\Program Files (x86)")
_WINDOWS_VARIABLES = ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")
_MACOS = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "~/Applications/LibreOffice.app/Contents/MacOS/soffice",
)
_LINUX = (
    "/usr/lib/libreoffice/program/soffice",
    "/usr/lib64/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/snap/bin/libreoffice",
)


def usual_places(
    platform: str = sys.platform, environ: Mapping[str, str] | None = None
) -> list[str]:
    """Where LibreOffice's installer puts the program on ``platform``, most likely first."""
    env = os.environ if environ is None else environ
    if platform == "win32":
        folders = [env[name] for name in _WINDOWS_VARIABLES if env.get(name)]
        folders += [f for f in _WINDOWS_DEFAULTS if f not in folders]
        programs = [
            str(PureWindowsPath(f, "LibreOffice", "program", "soffice.exe")) for f in folders
        ]
        return list(dict.fromkeys(programs))
    if platform == "darwin":
        home = env.get("HOME", "~")
        return [str(PurePosixPath(p.replace("~", home, 1))) for p in _MACOS]
    return list(_LINUX)


def find_soffice(environ: Mapping[str, str] | None = None) -> str | None:
    """LibreOffice's program, or None when this machine has none (or ``CONCILIADOR_SOFFICE``
    names a program that is not there)."""
    env = os.environ if environ is None else environ
    explicit = env.get(ENV_SOFFICE)
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for name in PROGRAM_NAMES:
        found = shutil.which(name, path=env.get("PATH", os.defpath))
        if found:
            return found
    return next((p for p in usual_places(environ=env) if Path(p).is_file()), None)
