"""tools/system-packages.sh: what `make run` and `make test` do about the system's packages.

The script is run for real, with stand-ins for dpkg-query, id, sudo and apt-get first on PATH,
so the test neither needs nor changes the machine's packages.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "system-packages.sh"


def _shim(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


def _run(
    tmp_path: Path, purpose: str, *, uid: int, missing: set[str], sudo: bool
) -> tuple[subprocess.CompletedProcess[str], str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "apt.log"
    absent = " ".join(sorted(missing))
    _shim(
        bin_dir,
        "dpkg-query",
        # the package name is the last argument
        f'for last; do :; done\ncase " {absent} " in *" $last "*) exit 1;; esac\n'
        'echo "install ok installed"',
    )
    _shim(bin_dir, "id", f"echo {uid}")
    _shim(bin_dir, "apt-get", f'echo "$@" >> {log}')
    if sudo:
        _shim(bin_dir, "sudo", 'if [ "$1" = "-n" ]; then exit 0; fi\n"$@"')
    env = {**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin"}
    result = subprocess.run(
        ["bash", str(SCRIPT), purpose], capture_output=True, text=True, env=env, check=False
    )
    return result, (log.read_text("utf-8") if log.exists() else "")


def test_nothing_missing_does_nothing(tmp_path: Path) -> None:
    result, apt = _run(tmp_path, "test", uid=1000, missing=set(), sudo=False)
    assert result.returncode == 0 and result.stdout == result.stderr == "" and apt == ""


def test_a_plain_user_is_told_the_exact_command_in_one_spanish_line(tmp_path: Path) -> None:
    result, apt = _run(
        tmp_path, "test", uid=1000, missing={"libreoffice-writer-nogui", "postgresql"}, sudo=False
    )
    assert result.returncode == 1 and apt == ""
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Faltan paquetes del sistema; instálelos con: sudo apt-get update")
    assert line.endswith("--no-install-recommends libreoffice-writer-nogui postgresql")


def test_root_installs_what_is_missing(tmp_path: Path) -> None:
    result, apt = _run(tmp_path, "run", uid=0, missing={"libreoffice-writer-nogui"}, sudo=False)
    assert result.returncode == 0, result.stderr
    assert (
        "update" in apt and "install -y -qq --no-install-recommends libreoffice-writer-nogui" in apt
    )


def test_sudo_without_a_password_is_used(tmp_path: Path) -> None:
    result, apt = _run(tmp_path, "test", uid=1000, missing={"xvfb"}, sudo=True)
    assert result.returncode == 0, result.stderr
    assert "--no-install-recommends xvfb" in apt


@pytest.mark.parametrize("purpose", ["run", "test"])
def test_the_desktop_needs_libreoffice_and_the_suite_also_postgresql(
    tmp_path: Path, purpose: str
) -> None:
    result, _ = _run(
        tmp_path, purpose, uid=1000, missing={"libreoffice-writer-nogui", "postgresql"}, sudo=False
    )
    line = result.stderr.strip()
    assert "libreoffice-writer-nogui" in line
    assert ("postgresql" in line.split("libreoffice-writer-nogui", 1)[1]) == (purpose == "test")
