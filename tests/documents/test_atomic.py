"""An atomic write killed at its one named step: what it leaves is hidden, and the next write in
that folder sweeps it (a crash test once found such a file in a batch folder)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conciliador.documents.atomic import write_atomically

ROOT = Path(__file__).resolve().parents[2]

# A writer that stops for good between giving its file a hidden name and renaming it into place.
_STOPPED_WRITER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from conciliador.documents.atomic import write_atomically

    def stop(src, dst):
        print("nombrado", flush=True)
        time.sleep(600)

    os.replace = stop
    write_atomically(Path(sys.argv[1]), b"nuevo contenido")
    """
)


def _writer_stopped_at_rename(target: Path) -> subprocess.Popen[str]:
    writer = subprocess.Popen(
        [sys.executable, "-c", _STOPPED_WRITER, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "nombrado"
    return writer


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.slow
def test_a_writer_killed_before_its_rename_leaves_only_a_hidden_file_the_next_write_sweeps(
    tmp_path: Path,
) -> None:
    target = tmp_path / "citacion.docx"
    target.write_bytes(b"contenido anterior")
    with _writer_stopped_at_rename(target) as writer:
        os.kill(writer.pid, signal.SIGKILL)
    assert target.read_bytes() == b"contenido anterior"
    assert len(_hidden(tmp_path)) == 1

    write_atomically(tmp_path / "otra.docx", b"otro")

    assert _hidden(tmp_path) == []
    assert target.read_bytes() == b"contenido anterior"


@pytest.mark.slow
def test_a_writer_still_at_work_keeps_its_file(tmp_path: Path) -> None:
    target = tmp_path / "citacion.docx"
    with _writer_stopped_at_rename(target) as writer:
        try:
            left = _hidden(tmp_path)
            write_atomically(tmp_path / "otra.docx", b"otro")
            assert _hidden(tmp_path) == left and len(left) == 1
        finally:
            writer.kill()
