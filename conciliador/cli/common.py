"""What every order shares: opening the database, the acting identity, asking, progress."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from conciliador.db import Database, open_database
from conciliador.services.actor import Actor
from conciliador.services.leftovers import sweep_leftovers


def database(args: argparse.Namespace) -> Database:
    """Open (and upgrade) the database named by --db, CONCILIADOR_DB or the default, and sweep
    what a program killed half-way left around it."""
    db = open_database(getattr(args, "db", None))
    sweep_leftovers(db)
    return db


def command_line_actor() -> Actor:
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = ""
    return Actor.command_line(who)


def interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def ask(prompt: str, default: str | None = None, *, secret: bool = False) -> str:
    suffix = f" [{default}]" if default else ""
    while True:
        answer = (
            getpass.getpass(f"{prompt}: ") if secret else input(f"{prompt}{suffix}: ")
        ).strip()
        if answer:
            return answer
        if default is not None:
            return default
        print("  (es obligatorio)")


def progress_printer(total: int, label: str) -> Callable[[int], None]:
    """A one-line progress bar on stderr (only when stderr is a terminal)."""
    if not sys.stderr.isatty() or total <= 0:
        return lambda _done: None
    width = 30

    def show(done: int) -> None:
        done = min(done, total)
        filled = int(width * done / total)
        sys.stderr.write(
            f"\r{label} [{'#' * filled}{'.' * (width - filled)}] "
            f"{done}/{total} ({100 * done // total} %)"
        )
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def secret_from(option: str | None, file: str | None, env: str) -> str | None:
    """A password from a file, an environment variable or (discouraged) an option."""
    if file:
        with open(file, encoding="utf-8") as fh:
            return fh.readline().rstrip("\n")
    return os.environ.get(env) or option
