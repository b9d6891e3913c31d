"""Cheap argon2 for the test processes.

The application hashes passwords with argon2id at RFC 9106's low-memory cost (64 MiB, three
passes, four lanes: about 0.15 s of CPU a hash or a check, slow on purpose). The suite hashes
and checks a few hundred passwords (every user made, every sign-in), which cost about 64 s
of make check's CPU. The tests assert what a password does — it is argon2id, it signs in, a
wrong one is refused, it never reaches the audit trail — never how long it takes (speed is
measured in ``bench/``), so the test processes hash with the same algorithm at its smallest
cost. Processes the tests start (the command line, the desks) keep the application's cost;
a hash one side made is still checked by the other (argon2 reads the cost from the hash).
"""

from __future__ import annotations

from argon2 import PasswordHasher

from conciliador.services import users

#: argon2id, same salt and hash lengths as the application, at the smallest cost.
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def cheap_password_hashing() -> None:
    """Hash and check passwords in this process with ``CHEAP``."""
    users._hasher = CHEAP
