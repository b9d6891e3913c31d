"""Finding people by the beginning of their names or ID number, fast at a million people.

A typed word matches a person when some word of their name or ID number starts with it
(accents and case ignored): «mar lop» finds «María López», «001-0101» finds the cédula
001-010190-0001A. Migration ``0003_person_search`` keeps an index of those words:

- SQLite: an FTS5 table (``person_search``) over ``persons.search_key``, kept in step by
  triggers, queried with prefix terms (``"mar"* AND "lop"*``);
- PostgreSQL: a GIN index of every word and its first 1 to 6 characters
  (``person_search_words(search_key)``, migration ``0011_s19_person_word_prefixes``), queried
  with one exact lexeme per typed word (its first six characters), the whole typed word checked
  with ``LIKE '% word%'`` on the rows it returns.

Search as you type needs the first screenful, not every match: at most ``CANDIDATES`` of the
most recently registered matches are ordered by name. A common prefix («mar») says there are
more, and the next keystroke narrows it.

On PostgreSQL the newest ``CANDIDATES`` matches are found one of two ways, chosen per keystroke
by how common the typed words are together, in one statement:

- a common combination («m», «maria», «ana g») walks the primary key from the newest person,
  testing the words on each row, and stops at ``CANDIDATES``: few rows read when matches are
  dense, while the index would return tens of thousands of matches to sort;
- a rare one («maria lop», an ID number) asks the word index for all its matches and keeps the
  newest: few rows, while the walk would read hundreds of thousands to find them.

How common the words are together (their *share* of the people) is measured on a fixed
sample of the table's pages (``TABLESAMPLE SYSTEM … REPEATABLE``, about 0.5 % of the people)
in the same statement. The walk reads about ``CANDIDATES / share`` rows, in id order; the index
returns ``share × people`` rows from pages all over the table, each about ``ROW_COST_RATIO``
times dearer: the walk is tried when it is expected to cost less, and bounded by what the index
would cost (and by four times its expected length). When the walk finds fewer than
``CANDIDATES`` the index answers instead, so either way the result is exactly the newest
``CANDIDATES`` matches.
PostgreSQL's own choice failed here: it cannot know that «maria» and «lop» are each common but
rare together, and walked 400,000 rows for «maria lop» (docs/benchmarks.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Integer, Select, TextClause, select, text
from sqlalchemy.orm import Session

from conciliador.services.text import search_key

#: Matches ordered by name per keystroke; beyond it the user is told to keep typing.
CANDIDATES = 500
MAX_WORDS = 6
#: PostgreSQL: the longest word prefix the index keeps (migration 0011_s19_person_word_prefixes).
PREFIX_MAX = 6
#: PostgreSQL: how much dearer a row the word index returns is than a row the walk reads
#: (measured at 1.5 million people, bench/pgreads.py: about 6 µs against 0.5 µs). The walk and
#: the index then cost the same when the typed words match about 0.6 % of 1.5 million people.
ROW_COST_RATIO = 10
#: PostgreSQL: how a keystroke's candidates are found (``candidate_ids``).
Way = Literal["cheaper", "walk", "index"]
#: PostgreSQL: percentage of the table's pages sampled to measure how common the words are.
SAMPLE_PERCENT = 0.5


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


def _lexeme(word: str) -> str:
    """A tsquery lexeme, quoted: the word's first ``PREFIX_MAX`` characters, as indexed."""
    return "'" + word[:PREFIX_MAX].replace("\\", "\\\\").replace("'", "''") + "'"


def _postgres_query(words: tuple[str, ...], cap: int, way: Way) -> TextClause:
    likes = " AND ".join(f"(' ' || search_key) LIKE :w{i} ESCAPE '\\'" for i in range(len(words)))
    sql = f"""
WITH counted AS MATERIALIZED (
  SELECT CAST(count(*) FILTER (WHERE {likes}) AS float8) / greatest(count(*), 1) AS share,
         count(*) * 100 / CAST(:sample AS float8) AS people
  FROM persons TABLESAMPLE SYSTEM (CAST(:sample AS real)) REPEATABLE (19)
), sample AS (
  SELECT :cap / greatest(share, 1e-9) AS walk_rows, :ratio * share * people AS index_cost
  FROM counted
), walk AS MATERIALIZED (
  SELECT id FROM (
    SELECT id, search_key FROM persons ORDER BY id DESC
    LIMIT (SELECT CAST(CASE
             WHEN :way = 'walk' THEN 1e15
             WHEN :way = 'index' OR walk_rows > index_cost THEN 0
             ELSE ceil(least(4 * walk_rows, index_cost)) END AS bigint) FROM sample)
  ) AS newest
  WHERE {likes} ORDER BY id DESC LIMIT :cap
)
SELECT id FROM walk WHERE (SELECT count(*) FROM walk) = :cap
UNION ALL
(SELECT id FROM persons
 WHERE person_search_words(search_key) @@ CAST(:lexemes AS tsquery) AND {likes}
   AND (SELECT count(*) FROM walk) < :cap
 ORDER BY id + 0 DESC LIMIT :cap)"""
    values: dict[str, object] = {f"w{i}": _like_word(w) for i, w in enumerate(words)}
    values.update(
        sample=SAMPLE_PERCENT,
        ratio=ROW_COST_RATIO,
        way=way,
        cap=cap,
        lexemes=" & ".join(_lexeme(w) for w in words),
    )
    return text(sql).bindparams(**values)


def candidate_ids(
    session: Session, words: SearchWords, cap: int = CANDIDATES, *, way: Way = "cheaper"
) -> Select[int]:
    """A query for the ids of at most ``cap`` matching people, newest first.

    ``way`` (PostgreSQL): ``"cheaper"`` chooses by the sample; ``"walk"`` always walks (the
    index still answers when the walk finds fewer than ``cap``), ``"index"`` never does (the
    tests compare them)."""
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
    found = _postgres_query(words.words, cap, way).columns(id=Integer).subquery("matches")
    return select(found.c.id)
