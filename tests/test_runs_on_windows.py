"""An office desk runs Windows: nothing the desktop or the command line imports at start-up
may need a POSIX-only module, and the daily backup's lock works without ``fcntl``.

Checked here, on Linux, in a child process where ``fcntl``, ``pwd``, ``grp``, ``termios``,
``resource``… cannot be imported and ``os.fchmod``, ``os.getuid``… are gone
(``tests/support/without_posix.py``). Only a real Windows proves the rest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.without_posix import run_without_posix


@pytest.mark.slow
def test_every_module_of_the_desktop_and_the_command_line_imports_without_posix_modules(
    tmp_path: Path,
) -> None:
    result = run_without_posix(
        """
        import pkgutil, importlib, sys
        import conciliador
        from conciliador.__main__ import main

        failed = []
        for info in pkgutil.walk_packages(conciliador.__path__, "conciliador."):
            if info.name.startswith("conciliador.migrations"):  # read by Alembic, not imported
                continue
            try:
                importlib.import_module(info.name)
            except Exception as exc:
                failed.append(f"{info.name}: {exc!r}")
        print("\\n".join(failed) or "todo importado")
        assert "conciliador.ui.app" in sys.modules and "conciliador.services.backups" in sys.modules
        try:
            main(["--help"])
        except SystemExit as exit:
            print("ayuda", exit.code)
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == "todo importado", result.stdout
    assert "ayuda 0" in result.stdout, result.stdout + result.stderr


@pytest.mark.slow
def test_the_daily_backup_lock_works_without_fcntl(tmp_path: Path) -> None:
    result = run_without_posix(
        """
        from pathlib import Path
        from conciliador.documents.portable import try_lock
        from conciliador.services.backups import daily_backups, run_daily_backup
        from conciliador.services.context import open_database

        db = open_database("sqlite:///" + str(Path("conciliador.sqlite").resolve()))
        folder = Path("copias").resolve()
        folder.mkdir()
        with try_lock(folder / ".copia-diaria.lock") as got:
            assert got
            print("otro escritorio:", run_daily_backup(db, folder=folder).skipped)
        made = run_daily_backup(db, folder=folder)
        print("copia hecha:", made.created is not None, len(daily_backups(folder)))
        print("lock libre:", not (folder / ".copia-diaria.lock").exists())
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "otro escritorio: otra copia diaria está en curso",
        "copia hecha: True 1",
        "lock libre: True",
    ], result.stdout + result.stderr


#: POSIX-only names of ``os`` and ``signal`` (``os.kill`` exists on Windows, but ``kill(pid, 0)``
#: sends a Ctrl+C there instead of asking whether the process lives).
_POSIX_ONLY = {
    "os": {
        "fchmod",
        "fchown",
        "chown",
        "lchown",
        "getuid",
        "geteuid",
        "getgid",
        "getegid",
        "getgroups",
        "setsid",
        "getpgid",
        "killpg",
        "fork",
        "statvfs",
        "mkfifo",
        "pread",
        "pwrite",
        "sync",
        "uname",
        "nice",
        "getloadavg",
        "O_TMPFILE",
        "kill",
    },
    "time": {"tzset"},
    "signal": {"SIGKILL", "SIGHUP", "SIGALRM", "SIGUSR1", "SIGUSR2", "SIGCHLD", "SIGQUIT"},
}
_POSIX_MODULES = {"fcntl", "pwd", "grp", "termios", "resource", "pty", "tty"}
#: Where a POSIX-only name is used on purpose, behind a check of the system.
_ALLOWED = {
    ("documents/portable.py", "os.kill"),  # the POSIX side of process_alive
    ("documents/atomic.py", "os.O_TMPFILE"),  # behind hasattr(os, "O_TMPFILE")
    ("documents/atomic.py", "os.pread"),  # only for an O_TMPFILE file (Linux)
    ("services/pg_tools.py", "signal.SIGKILL"),  # preexec_fn given on Linux only
    ("documents/children.py", "os.killpg"),  # behind sys.platform.startswith("linux")
    ("documents/children.py", "signal.SIGKILL"),  # the same branch; process.kill() elsewhere
}


def test_no_posix_only_call_in_the_code_outside_its_checked_places() -> None:
    import ast

    package = Path(__file__).resolve().parents[1] / "conciliador"
    found = set()
    for path in package.rglob("*.py"):
        where = path.relative_to(package).as_posix()
        if where.startswith("migrations/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = {alias.name.split(".")[0] for alias in node.names}
                found |= {(where, f"import {n}") for n in names & _POSIX_MODULES}
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module in _POSIX_MODULES:
                    found.add((where, f"import {node.module}"))
                for alias in node.names:
                    if alias.name in _POSIX_ONLY.get(node.module, set()):
                        found.add((where, f"{node.module}.{alias.name}"))
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.attr in _POSIX_ONLY.get(node.value.id, set())
            ):
                found.add((where, f"{node.value.id}.{node.attr}"))
    assert found - _ALLOWED == set()
