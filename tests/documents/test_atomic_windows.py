"""Atomic writes under Windows' rules for files: no unnamed temporary files (``O_TMPFILE``),
and a file still open can be neither renamed nor removed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conciliador.documents.atomic import atomic_output, write_atomically


def _open_here(path: str | os.PathLike[str]) -> bool:
    """Whether this process holds ``path`` open (Linux's /proc, standing in for Windows)."""
    target = os.path.realpath(path)
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == target:
                return True
        except OSError:
            continue
    return False


@pytest.fixture
def windows_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "O_TMPFILE", raising=False)

    def refuse_if_open(real: Callable[..., Any]) -> Callable[..., Any]:
        def operation(src: str | os.PathLike[str], *args: Any, **kwargs: Any) -> Any:
            if _open_here(src):
                raise PermissionError(13, "El proceso no tiene acceso al archivo", str(src))
            return real(src, *args, **kwargs)

        return operation

    monkeypatch.setattr(os, "replace", refuse_if_open(os.replace))
    monkeypatch.setattr(os, "unlink", refuse_if_open(os.unlink))


@pytest.mark.usefixtures("windows_rules")
def test_the_new_content_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "acta.pdf"
    target.write_bytes(b"antes")
    write_atomically(target, b"despues")
    assert target.read_bytes() == b"despues"
    assert [p.name for p in tmp_path.iterdir()] == ["acta.pdf"]


@pytest.mark.usefixtures("windows_rules")
def test_a_failed_write_leaves_the_old_file_and_tells_its_own_error(tmp_path: Path) -> None:
    target = tmp_path / "acta.pdf"
    target.write_bytes(b"antes")

    def half_write() -> None:
        with atomic_output(target) as fh:
            fh.write(b"desp")
            raise RuntimeError("a medias")

    with pytest.raises(RuntimeError, match="a medias"):
        half_write()
    assert target.read_bytes() == b"antes"
    assert [p.name for p in tmp_path.iterdir()] == ["acta.pdf"]
