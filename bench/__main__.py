"""``python -m bench [NAME ...]`` (``make bench``): run the benchmarks, print the results, and
rewrite the figures section of docs/benchmarks.md. Names: conflicts, agenda, generation, reports,
desktop, trust, actas, followup, desks.

Exit status: 0 when every target is met or its miss is declared in bench/bounds.py for this
machine (reported as «bounded», with the page section that explains it); 1 when a target is
missed without such a bound. The table and that verdict are printed last."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from bench import (
    actas,
    agenda,
    conflicts,
    desks,
    desktop,
    followup,
    generation,
    reports,
    trust,
)
from bench.bounds import summary
from bench.context import Context
from bench.data import MILLION, BuildReport, database_path, million_hearings_db
from bench.figures import Figure
from bench.machine import describe
from bench.report import DOC, rewrite, table

BENCHMARKS: dict[str, Callable[[Context], list[Figure]]] = {
    "conflicts": conflicts.run,
    "agenda": agenda.run,
    "reports": reports.figures,
    "desktop": desktop.figures,
    "trust": trust.figures,
    "actas": actas.run,
    # Before generation: it copies the big database once (into the cache) and signs the
    # agreements of its last two years on the copy.
    "followup": followup.run,
    # Its own PostgreSQL server and data (bench/desks.py); writes its own section too.
    "desks": desks.figures,
    # Last: it writes another multi-gigabyte file, which pushes the big database out of the
    # page cache the others read from warm.
    "generation": generation.run,
}
#: Benchmarks that keep their own section of the doc (written by their own module).
OWN_SECTION: dict[str, Callable[[list[Figure]], None]] = {"actas": actas.rewrite}
ORDER = [
    "conflicts",
    "check_booking",
    "agenda",
    "generation",
    "summary",
    "main_window",
    "week_view",
    "person_search",
    "gui_thread",
    "agreement_keystroke",
    "verify_chain",
    "audit_page",
    "backup",
    "alerts_office",
    "alerts_department",
    "summary_followed",
    "payment",
]


def _progress(total: int) -> Callable[[int], None]:
    start = time.perf_counter()
    last = [0.0]

    def show(done: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 5 or done >= total:
            last[0] = now
            print(f"  {done:>9,} / {total:,} cases  ({now - start:5.1f} s)", flush=True)

    return show


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help=f"which benchmarks ({', '.join(BENCHMARKS)}); all by default",
    )
    parser.add_argument(
        "--no-doc", action="store_true", help=f"print only; leave {DOC.name} as it is"
    )
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(
            f"unknown benchmark: {', '.join(unknown)} (choose from {', '.join(BENCHMARKS)})"
        )
    names = args.names or list(BENCHMARKS)
    machine = describe()
    print("\n".join(machine.lines()))
    if machine.load > 0.5:
        print(f"warning: the machine is busy (load {machine.load:.2f}); timings will be slower")
    path = database_path(MILLION)
    built: list[BuildReport] = []
    if not path.exists():
        print(f"Building the 1M-hearing database (once) into {path.parent} …")
    database = million_hearings_db(progress=_progress(MILLION.cases), on_build=built.append)
    print(f"Database: {database}")
    context = Context(database, built[0] if built else None)
    figures: list[Figure] = []
    sections: dict[str, list[Figure]] = {}
    for name in names:
        print(f"Running {name} …", flush=True)
        found = BENCHMARKS[name](context)
        figures += found
        if name in OWN_SECTION:
            sections[name] = found
    if not args.no_doc:
        own = {id(f) for found in sections.values() for f in found}
        rewrite(machine, [f for f in figures if id(f) not in own], ORDER)
        for name, found in sections.items():
            OWN_SECTION[name](found)
        print(f"\nFigures written to {DOC}")
    # The summary last, where the terminal leaves it: a target met, missed, or missed for a
    # reason bench/bounds.py declares (which does not fail the run).
    lines, status = summary(figures, machine)
    print()
    print(table(figures, machine))
    if lines:
        print()
        print("\n".join(lines))
    print(f"\nmake bench: {'FAILED, a target missed' if status else 'every target met or bounded'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
