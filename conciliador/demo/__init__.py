"""Demonstration data and the machinery that loads it fast (``conciliador demo``, ``bench/``).

Not a use case of the offices: it sits above ``services/`` (``ui``/``cli`` → ``demo`` →
``services``; nothing in ``services/`` imports it) and goes through the services wherever a real
use case would — the permission check, the audit record, the password and agreement rules, the
acta and the payments of the follow-up families. What is its own is the speed: bulk sinks,
worker processes, caches.

- ``spec``: what to generate (``DemoSpec``) and what was generated (``DemoSummary``);
- ``generator``: the rows of the organisation and of each office's cases and hearings;
- ``terms``: the agreements' structured clauses; ``followup``: payment histories;
- ``bulkload``: sinks that write rows in batches, side files, indexes dropped and rebuilt;
- ``workers``: worker processes; ``shards``: the offices shared among them;
- ``load``: ``generate_demo`` (the whole load in one unit of work) and ``generate_rows``.
"""

from conciliador.demo.load import generate_demo, generate_rows
from conciliador.demo.shards import default_workers
from conciliador.demo.spec import MAX_CASES, DemoSpec, DemoSummary

__all__ = [
    "MAX_CASES",
    "DemoSpec",
    "DemoSummary",
    "default_workers",
    "generate_demo",
    "generate_rows",
]
