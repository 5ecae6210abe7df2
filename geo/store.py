"""The local SQLite store of stories, analyst corrections and saved views (stdlib sqlite3).

The file is the repository's `data/store.sqlite` (wherever the command runs from) unless
`GEO_STORE` or the `path` argument names another. Every story is written in one
`BEGIN IMMEDIATE` transaction, so a process killed half-way leaves the story either fully
stored or absent. The database runs in WAL mode with a busy timeout, so several processes
(the dashboard, a batch run) can share one file.

Story ids are `secrets.token_urlsafe(16)`: 128 random bits, 22 URL-safe characters (never a
leading "-").
"""

from __future__ import annotations

import json
import os
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from geo.errors import InputError, NotFoundError, StoreError
from geo.models import Candidate, Story
from geo.names import normalise
from geo.serialize import story_from_json, story_to_json

__all__ = [
    "DEFAULT_PATH",
    "MIGRATIONS",
    "STORY_ID_RE",
    "Store",
    "StorySummary",
    "new_story_id",
    "normalise_mention",
]

DEFAULT_PATH: Final = Path(__file__).resolve().parent.parent / "data" / "store.sqlite"
ENV_VAR: Final = "GEO_STORE"
BUSY_TIMEOUT_MS: Final = 30_000
STORY_ID_RE: Final = re.compile(r"[A-Za-z0-9_-]{16,64}")

# The registry of schema migrations: (version, SQL). Append new entries; never edit applied ones.
MIGRATIONS: Final[list[tuple[int, str]]] = [
    (
        1,
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            published TEXT,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            story_json TEXT NOT NULL
        );
        CREATE TABLE documents (
            story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
            id TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            published TEXT,
            source TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE places (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            mention TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            name TEXT,
            lat REAL,
            lon REAL,
            kind TEXT,
            country_code TEXT,
            confidence REAL NOT NULL,
            section TEXT NOT NULL,
            corrected INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (story_id, idx)
        );
        CREATE INDEX places_name ON places(name);
        CREATE TABLE events (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            date TEXT,
            date_text TEXT NOT NULL,
            date_precision TEXT NOT NULL,
            place TEXT,
            lat REAL,
            lon REAL,
            actors_json TEXT NOT NULL,
            action TEXT NOT NULL,
            event_type TEXT NOT NULL,
            sentence TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            section TEXT NOT NULL,
            confidence REAL NOT NULL,
            PRIMARY KEY (story_id, idx)
        );
        CREATE INDEX events_date ON events(date);
        CREATE TABLE routes (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            actor TEXT NOT NULL,
            stops_json TEXT NOT NULL,
            length_km REAL NOT NULL,
            PRIMARY KEY (story_id, idx)
        );
        CREATE TABLE meetings (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            place TEXT NOT NULL,
            lat REAL NOT NULL,
            lon REAL NOT NULL,
            date TEXT,
            participants_json TEXT NOT NULL,
            sentence TEXT NOT NULL,
            PRIMARY KEY (story_id, idx)
        );
        CREATE TABLE corrections (
            workspace TEXT NOT NULL DEFAULT 'default',
            mention_norm TEXT NOT NULL,
            chosen_json TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (workspace, mention_norm)
        );
        CREATE TABLE views (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            query TEXT NOT NULL,
            PRIMARY KEY (story_id, name)
        );
        """,
    ),
    (
        2,
        """
        CREATE TABLE story_edits (
            story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
            edits_json TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        """,
    ),
    (
        3,
        """
        CREATE TABLE story_parts (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            id TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            published TEXT,
            source TEXT NOT NULL DEFAULT '',
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (story_id, idx)
        );
        """,
    ),
]


@dataclass(frozen=True)
class StorySummary:
    """One line of the story list."""

    id: str
    title: str
    published: date | None
    created: datetime
    n_places: int  # place mentions, resolved or not
    n_documents: int = 1  # articles combined in the story (story_parts), else 1


def new_story_id() -> str:
    """A fresh unguessable story id: 128 random bits, URL-safe, never opening with "-" (one
    id in 64 would, and `geo export --story -x...` reads that as an option)."""
    while True:
        story_id = secrets.token_urlsafe(16)
        if not story_id.startswith("-"):
            return story_id


def normalise_mention(text: str) -> str:
    """The key of a correction: `geo.names.normalise`, as the resolver looks them up."""
    return normalise(text)


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _statements(sql: str) -> Iterator[str]:
    """Split a script into complete statements (executescript would commit our transaction)."""
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                yield buf.strip()
            buf = ""
    if buf.strip():
        raise StoreError("incomplete SQL statement in a migration")


def _valid_id(story_id: object) -> bool:
    return isinstance(story_id, str) and STORY_ID_RE.fullmatch(story_id) is not None


def _not_found() -> NotFoundError:
    # The message names no id at all, neither stored ones nor the caller's (it may be a URL's).
    return NotFoundError("no such story: the id is unknown or the story was deleted")


class Store:
    """A handle on one store file; use as a context manager or call `close()`.

    One handle may be shared by threads (calls are serialised by a lock); processes each open
    their own.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        if path is None:
            path = os.environ.get(ENV_VAR) or DEFAULT_PATH
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,  # we issue BEGIN/COMMIT ourselves
                check_same_thread=False,
            )
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the store {str(self.path)!r}: {exc}") from exc
        try:
            self._conn.row_factory = sqlite3.Row
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._set_wal()
            self._migrate()
        except StoreError:
            self._conn.close()
            raise
        except sqlite3.Error as exc:
            self._conn.close()
            raise StoreError(f"cannot prepare the store {str(self.path)!r}: {exc}") from exc

    # -- lifecycle ----------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _set_wal(self) -> None:
        # Switching to WAL needs a moment of exclusive access; another process opening the same
        # new file at the same time can make it report "locked" once.
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self._conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception; sqlite errors -> StoreError."""
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"the store is busy or unwritable: {exc}") from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"store operation failed: {exc}") from exc
                raise

    @contextmanager
    def _story_transaction(self, story_id: str) -> Iterator[sqlite3.Connection]:
        """A write transaction about one stored story; NotFoundError when there is none."""
        if not _valid_id(story_id):
            raise _not_found()
        with self._transaction() as conn:
            if conn.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is None:
                raise _not_found()
            yield conn

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"store query failed: {exc}") from exc

    def _migrate(self) -> None:
        with self._transaction() as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"
            )
            done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
            for version, sql in sorted(MIGRATIONS):
                if version in done:
                    continue
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations (version, applied) VALUES (?, ?)",
                    (version, _now()),
                )

    def schema_version(self) -> int:
        rows = self._query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
        return int(rows[0][0])

    # -- stories ------------------------------------------------------------------------------

    def save_story(self, story: Story) -> str:
        """Write the whole story in one transaction and return its id.

        A story whose document id is the id of a stored story replaces it (a re-save after
        `load_story`); otherwise a new unguessable id is generated, and the document's own id,
        if any, is kept in `documents.id`.
        """
        doc = story.document
        data = story_to_json(story)
        now = _now()
        with self._transaction() as conn:
            story_id = ""
            source_id = doc.id
            if _valid_id(doc.id):
                row = conn.execute(
                    "SELECT id FROM documents WHERE story_id = ?", (doc.id,)
                ).fetchone()
                if row is not None:
                    story_id, source_id = doc.id, row[0]
            if not story_id:
                story_id = new_story_id()
            data["id"] = story_id
            conn.execute(
                "INSERT INTO stories (id, title, published, created, updated, story_json) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
                "published = excluded.published, updated = excluded.updated, "
                "story_json = excluded.story_json",
                (story_id, doc.title, _iso(doc.published), now, now, json.dumps(data)),
            )
            for table in ("documents", "story_parts", "places", "events", "routes", "meetings"):
                conn.execute(f"DELETE FROM {table} WHERE story_id = ?", (story_id,))
            conn.execute(
                "INSERT INTO documents (story_id, id, title, published, source, text) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (story_id, source_id, doc.title, _iso(doc.published), doc.source, doc.text),
            )
            conn.executemany(
                "INSERT INTO story_parts (story_id, idx, id, title, published, source, start, "
                '"end") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                [
                    (story_id, i, p.id, p.title, _iso(p.published), p.source, p.start, p.end)
                    for i, p in enumerate(story.parts)
                ],
            )
            conn.executemany(
                'INSERT INTO places (story_id, idx, mention, start, "end", name, lat, lon, kind, '
                "country_code, confidence, section, corrected) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        story_id,
                        i,
                        p["mention"],
                        p["start"],
                        p["end"],
                        p["name"],
                        p["lat"],
                        p["lon"],
                        p["kind"],
                        p["country_code"],
                        p["confidence"],
                        p["section"],
                        int(p["corrected"]),
                    )
                    for i, p in enumerate(data["places"])
                ],
            )
            conn.executemany(
                "INSERT INTO events (story_id, idx, date, date_text, date_precision, place, lat, "
                'lon, actors_json, action, event_type, sentence, start, "end", section, '
                "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        story_id,
                        i,
                        e["date"],
                        e["date_text"],
                        e["date_precision"],
                        e["place"],
                        e["lat"],
                        e["lon"],
                        json.dumps(e["actors"]),
                        e["action"],
                        e["event_type"],
                        e["sentence"],
                        e["start"],
                        e["end"],
                        e["section"],
                        e["confidence"],
                    )
                    for i, e in enumerate(data["events"])
                ],
            )
            conn.executemany(
                "INSERT INTO routes (story_id, idx, actor, stops_json, length_km) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (story_id, i, r["actor"], json.dumps(r["stops"]), r["length_km"])
                    for i, r in enumerate(data["routes"])
                ],
            )
            conn.executemany(
                "INSERT INTO meetings (story_id, idx, place, lat, lon, date, participants_json, "
                "sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        story_id,
                        i,
                        m["place"],
                        m["lat"],
                        m["lon"],
                        m["date"],
                        json.dumps(m["participants"]),
                        m["sentence"],
                    )
                    for i, m in enumerate(data["meetings"])
                ],
            )
        return story_id

    def load_story(self, story_id: str) -> Story:
        """The stored story; its document id is the story id. NotFoundError if there is none."""
        if not _valid_id(story_id):
            raise _not_found()
        rows = self._query(
            "SELECT s.story_json, d.text, d.source FROM stories s "
            "JOIN documents d ON d.story_id = s.id WHERE s.id = ?",
            (story_id,),
        )
        if not rows:
            raise _not_found()
        data = json.loads(rows[0]["story_json"])
        data["source"] = rows[0]["source"]
        return story_from_json(data, text=rows[0]["text"])

    def exists(self, story_id: str) -> bool:
        if not _valid_id(story_id):
            return False
        return bool(self._query("SELECT 1 FROM stories WHERE id = ?", (story_id,)))

    def story_version(self, story_id: str) -> str:
        """When the story was last saved (every change re-saves it): a cache key for what is
        made from it. NotFoundError if there is none."""
        if not _valid_id(story_id):
            raise _not_found()
        rows = self._query("SELECT updated FROM stories WHERE id = ?", (story_id,))
        if not rows:
            raise _not_found()
        return str(rows[0][0])

    def list_stories(self, search: str = "") -> list[StorySummary]:
        """Stories, most recently updated first; `search` matches (case-insensitively for ASCII)
        the title, the source, any place mention or place name, or the title or source of any
        article combined in the story."""
        sql = (
            "SELECT s.id, s.title, s.published, s.created, "
            "(SELECT COUNT(*) FROM places p WHERE p.story_id = s.id) AS n_places, "
            "(SELECT COUNT(*) FROM story_parts a WHERE a.story_id = s.id) AS n_parts "
            "FROM stories s JOIN documents d ON d.story_id = s.id"
        )
        params: tuple[Any, ...] = ()
        if search.strip():
            pattern = "%" + re.sub(r"([\\%_])", r"\\\1", search.strip()) + "%"
            sql += (
                " WHERE s.title LIKE ?1 ESCAPE '\\' OR d.source LIKE ?1 ESCAPE '\\' "
                "OR EXISTS (SELECT 1 FROM places p WHERE p.story_id = s.id "
                "AND (p.mention LIKE ?1 ESCAPE '\\' OR p.name LIKE ?1 ESCAPE '\\')) "
                "OR EXISTS (SELECT 1 FROM story_parts a WHERE a.story_id = s.id "
                "AND (a.title LIKE ?1 ESCAPE '\\' OR a.source LIKE ?1 ESCAPE '\\'))"
            )
            params = (pattern,)
        sql += " ORDER BY s.updated DESC, s.id"
        return [
            StorySummary(
                id=row["id"],
                title=row["title"],
                published=date.fromisoformat(row["published"]) if row["published"] else None,
                created=datetime.fromisoformat(row["created"]),
                n_places=int(row["n_places"]),
                n_documents=max(1, int(row["n_parts"])),
            )
            for row in self._query(sql, params)
        ]

    def delete_story(self, story_id: str) -> None:
        """Remove a story and everything attached to it; NotFoundError if there is none."""
        if not _valid_id(story_id):
            raise _not_found()
        with self._transaction() as conn:
            if conn.execute("DELETE FROM stories WHERE id = ?", (story_id,)).rowcount == 0:
                raise _not_found()

    # -- corrections --------------------------------------------------------------------------

    def save_correction(
        self, mention_text: str, candidate: Candidate, workspace: str = "default"
    ) -> None:
        """Remember that `mention_text` means `candidate` (the latest correction wins)."""
        key = normalise_mention(mention_text)
        if not key:
            raise InputError(
                f"cannot store a correction for {mention_text!r}: no letters or digits"
            )
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO corrections (workspace, mention_norm, chosen_json, created) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (workspace, mention_norm) DO UPDATE SET "
                "chosen_json = excluded.chosen_json, created = excluded.created",
                (workspace, key, json.dumps(asdict(candidate)), _now()),
            )

    def corrections(self, workspace: str = "default") -> dict[str, Candidate]:
        """Corrections of a workspace, keyed by normalised mention text."""
        rows = self._query(
            "SELECT mention_norm, chosen_json FROM corrections WHERE workspace = ? "
            "ORDER BY mention_norm",
            (workspace,),
        )
        return {row[0]: Candidate(**json.loads(row[1])) for row in rows}

    # -- story-level edits (dropped places, stop order and roles; JSON from geo.corrections) ------

    def save_edits(self, story_id: str, edits_json: str) -> None:
        """Store the analyst's story-level edits (replacing earlier ones)."""
        with self._story_transaction(story_id) as conn:
            conn.execute(
                "INSERT INTO story_edits (story_id, edits_json, updated) VALUES (?, ?, ?) "
                "ON CONFLICT (story_id) DO UPDATE SET edits_json = excluded.edits_json, "
                "updated = excluded.updated",
                (story_id, edits_json, _now()),
            )

    def edits(self, story_id: str) -> str | None:
        """The story-level edits as stored (JSON), or None."""
        if not _valid_id(story_id):
            return None
        rows = self._query("SELECT edits_json FROM story_edits WHERE story_id = ?", (story_id,))
        return str(rows[0][0]) if rows else None

    # -- views --------------------------------------------------------------------------------

    def save_view(self, story_id: str, name: str, query: str) -> None:
        """Save a named map view (its URL query string) for a story."""
        with self._story_transaction(story_id) as conn:
            conn.execute(
                "INSERT INTO views (story_id, name, query) VALUES (?, ?, ?) "
                "ON CONFLICT (story_id, name) DO UPDATE SET query = excluded.query",
                (story_id, name, query),
            )

    def views(self, story_id: str) -> dict[str, str]:
        """Saved views of a story: name -> query string."""
        if not _valid_id(story_id):
            return {}
        rows = self._query(
            "SELECT name, query FROM views WHERE story_id = ? ORDER BY name", (story_id,)
        )
        return {row[0]: row[1] for row in rows}
