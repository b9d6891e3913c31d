"""Run Python code in a child process that looks like Windows to the code it imports: the
POSIX-only modules cannot be imported and the POSIX-only ``os`` functions are gone.

The real Windows is not here; what this catches is a POSIX-only import or call on a path the
desktop takes (``import fcntl`` at the top of a module reached from ``ui/app.py``, say).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

POSIX_ONLY_MODULES = ("fcntl", "pwd", "grp", "termios", "resource", "pty", "tty", "posix_ipc")
#: Removed from ``os`` in the child. ``getuid`` and its kind stay: libraries pick their Linux
#: side at import (platformdirs' ``unix`` module imports ``os.getuid``) and would pick their
#: Windows side there; ``test_no_posix_only_call_in_the_code`` covers the project's own code.
POSIX_ONLY_OS = (
    "fchmod",
    "fchown",
    "setsid",
    "getpgid",
    "killpg",
    "fork",
    "statvfs",
    "mkfifo",
    "O_TMPFILE",
)

_HOOK = f"""
import importlib.abc, os, sys

class _NotOnWindows(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in {POSIX_ONLY_MODULES!r}:
            raise ImportError(f"{{name}} no existe en Windows", name=name)
        return None

for _name in {POSIX_ONLY_MODULES!r}:
    sys.modules.pop(_name, None)
sys.meta_path.insert(0, _NotOnWindows())
for _name in {POSIX_ONLY_OS!r}:
    if hasattr(os, _name):
        delattr(os, _name)
"""


def run_without_posix(
    code: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` (after the hook) in a fresh interpreter whose working folder is ``cwd``."""
    script = cwd / "sin_posix.py"
    script.write_text(_HOOK + "\n" + textwrap.dedent(code), encoding="utf-8")
    repo = Path(__file__).resolve().parents[2]
    full_env = {
        **os.environ,
        "PYTHONPATH": str(repo),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(cwd / "estado"),
        "XDG_DATA_HOME": str(cwd / "datos"),
        "XDG_CACHE_HOME": str(cwd / "cache"),
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, str(script)],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
