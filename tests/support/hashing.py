"""Cheap argon2 for the test processes.

The application hashes passwords with argon2id at RFC 9106's low-memory cost (64 MiB, three
passes, four lanes: about 0.15 s of CPU a hash or a check, slow on purpose). The suite hashes
and checks a few hundred passwords (every user made, every sign-in), which cost about 64 s
of make check's CPU. The tests assert what a password does — it is argon2id, it signs in, a
wrong one is refused, it never reaches the audit trail — never how long it takes (speed is
measured in ``bench/``), so the test processes hash with the same algorithm at its smallest
cost. Processes the tests start (the command line, the desks) keep the application's cost;
a hash one side made is still checked by the other (argon2 reads the cost from the hash).
The one test about the time a sign-in takes runs under ``application_password_hashing``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from argon2 import PasswordHasher
from sqlalchemy import update

from conciliador.db import Database
from conciliador.models import User
from conciliador.services import users

#: What the application hashes with (taken before ``cheap_password_hashing`` replaces it).
APPLICATION = users._hasher

#: argon2id, same salt and hash lengths as the application, at the smallest cost.
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def cheap_password_hashing() -> None:
    """Hash and check passwords in this process with ``CHEAP``."""
    users._hasher = CHEAP


@contextmanager
def application_password_hashing(db: Database, password: str) -> Iterator[None]:
    """The application's cost for a while: its hasher in this process, a fresh dummy hash for
    the logins nobody has, and every user of ``db`` with ``password`` hashed at that cost."""
    dummy = list(users._DUMMY_HASH)
    users._DUMMY_HASH.clear()
    users._hasher = APPLICATION
    try:
        with db.write() as session:
            session.execute(update(User).values(password_hash=APPLICATION.hash(password)))
        yield
    finally:
        users._hasher = CHEAP
        users._DUMMY_HASH[:] = dummy
