"""Finding people by the beginning of their names or ID number, fast at a million people.

A typed word matches a person when some word of their name or ID number starts with it
(accents and case ignored): «mar lop» finds «María López», «001-0101» finds the cédula
001-010190-0001A. Migration ``0003_person_search`` keeps an index of those words:

- SQLite: an FTS5 table (``person_search``) over ``persons.search_key``, kept in step by
  triggers, queried with prefix terms (``"mar"* AND "lop"*``);
- PostgreSQL: a trigram (pg_trgm) GIN index on ``' ' || search_key``, queried with
  ``LIKE '% mar%'`` per word.

Search as you type needs the first screenful, not every match: at most ``CANDIDATES`` of the
most recently registered matches are ordered by name. A common prefix («mar») says there are
more, and the next keystroke narrows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Integer, Select, String, literal_column, select, text
from sqlalchemy.orm import Session

from conciliador.models import Person
from conciliador.services.text import search_key

#: Matches ordered by name per keystroke; beyond it the user is told to keep typing.
CANDIDATES = 500
MAX_WORDS = 6


@dataclass(frozen=True)
class SearchWords:
    words: tuple[str, ...]

    @classmethod
    def of(cls, query: str) -> SearchWords:
        return cls(tuple(search_key(query).split()[:MAX_WORDS]))

    def __bool__(self) -> bool:
        return bool(self.words)


def _fts_query(words: tuple[str, ...]) -> str:
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _like_word(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped}%"


def candidate_ids(session: Session, words: SearchWords, cap: int = CANDIDATES) -> Select[int]:
    """A query for the ids of at most ``cap`` matching people, newest first."""
    if session.get_bind().dialect.name == "sqlite":
        matches = (
            text(
                "SELECT rowid AS id FROM person_search WHERE person_search MATCH :q "
                "ORDER BY rowid DESC LIMIT :cap"
            )
            .bindparams(q=_fts_query(words.words), cap=cap)
            .columns(id=Integer)
            .subquery("matches")
        )
        return select(matches.c.id)
    stmt = select(Person.id)
    spaced = literal_column("' '", String) + Person.search_key
    for word in words.words:
        stmt = stmt.where(spaced.like(_like_word(word), escape="\\"))
    return stmt.order_by(Person.id.desc()).limit(cap)
