"""Where the PostgreSQL client programs (pg_dump, psql) are looked for, on Linux and Windows."""

from __future__ import annotations

import pytest

from conciliador.services import pg_tools


def test_windows_looks_in_the_installers_program_files_folders(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ProgramW6432", r"D:\Programas")
    monkeypatch.setenv("ProgramFiles", r"C:\Program Files")
    assert pg_tools.version_folders("win32") == [
        r"D:\Programas\PostgreSQL\*\bin",
        r"C:\Program Files\PostgreSQL\*\bin",
    ]
    assert pg_tools.version_folders("linux") == ["/usr/lib/postgresql/*/bin"]


def test_the_newest_version_comes_first_on_both_systems() -> None:
    folders = [r"C:\Program Files\PostgreSQL\9\bin", r"C:\Program Files\PostgreSQL\16\bin"]
    assert sorted(folders, key=pg_tools._version, reverse=True)[0].endswith(r"\16\bin")
    linux = ["/usr/lib/postgresql/9/bin", "/usr/lib/postgresql/15/bin"]
    assert sorted(linux, key=pg_tools._version, reverse=True)[0] == "/usr/lib/postgresql/15/bin"
