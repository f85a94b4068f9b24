"""The translation memory on disk: one SQLite database (WAL, a schema version), pairs stored once.

Tables: `pairs` (each Korean→English pair once, with its kind and Korean skeleton), `uses` (where
and when each pair was used: a release file, a TMX file; approved or not), `postings` and `df` (the
n-gram index of the skeletons, for fuzzy matches). A database that SQLite cannot read is moved
aside under a dated name and a new one is started, with a message: never silently lost.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from drafter import storage
from drafter.errors import FutureVersionError, InputError, SaveError
from drafter.l10n import Message, tr
from drafter.paths import data_folder
from drafter.tm.keys import grams, normalise, skeleton
from drafter.tm.segment import Segment

SCHEMA = 1
FILE_NAME = "memory.sqlite3"
_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pairs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ko TEXT NOT NULL,
    en TEXT NOT NULL,
    skeleton TEXT NOT NULL,
    approved INTEGER NOT NULL DEFAULT 0,
    uses INTEGER NOT NULL DEFAULT 0,
    last_used TEXT NOT NULL DEFAULT '',
    UNIQUE (ko, en)
);
CREATE INDEX IF NOT EXISTS pairs_skeleton ON pairs (skeleton);
CREATE TABLE IF NOT EXISTS uses (
    pair INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    used_on TEXT NOT NULL,
    approved INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (pair, source)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS postings (gram TEXT NOT NULL, pair INTEGER NOT NULL, PRIMARY KEY (gram, pair)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS df (gram TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
"""


def default_path() -> Path:
    """The memory in the user's data folder (the window's, drafter/gui/folders.py), or $DRAFTER_MEMORY."""
    override = os.environ.get("DRAFTER_MEMORY")
    return Path(override) if override else data_folder() / FILE_NAME


@dataclass(frozen=True)
class Stored:
    """A pair as the memory holds it."""

    id: int
    kind: str
    ko: str
    en: str
    skeleton: str
    approved: bool
    uses: int
    last_used: str  # ISO date


@dataclass(frozen=True)
class Use:
    source: str
    used_on: str
    approved: bool


class Damaged(Exception):
    """SQLite could not read the database (not a database, malformed)."""


class Foreign(sqlite3.DatabaseError):
    """A database SQLite reads, of another program: never changed, never moved aside."""


class Memory:
    """An open translation memory. Use one per thread (SQLite connections stay on their thread)."""

    def __init__(self, path: str | Path, notices: list[Message] | None = None) -> None:
        self.path = Path(path)
        self.notices: list[Message] = notices if notices is not None else []
        self._con = _connect(self.path)

    # -- opening -----------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None) -> Memory:
        """Open (or create) the memory; a damaged one is moved aside and replaced, with a notice."""
        p = Path(path) if path is not None else default_path()
        if p.exists() and not p.is_file():  # a folder, a pipe or a device: SQLite would say "disk I/O error"
            raise InputError(
                tr("This is a folder, not a file.")
                if p.is_dir()
                else tr("This is not a regular file but a device, pipe or socket."),
                p,
            )
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(tr("Cannot write in this folder: {reason}", reason=exc.strerror or exc), p.parent) from exc
        try:
            return cls(p)
        except Damaged:
            aside = move_aside(p)
            return cls(p, [_damaged_notice(p, aside)])

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._con.close()

    def __enter__(self) -> Memory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _guard(self) -> Iterator[sqlite3.Connection]:
        """SQLite's errors as the core's. A damaged database is moved aside and a new one started at once,
        so the next use works; this use fails with a message saying so."""
        try:
            yield self._con
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and not _damage(exc):
                message = tr("The translation memory cannot be used: {reason}", reason=str(exc))
                raise SaveError(message, self.path) from exc
            self.close()
            aside = move_aside(self.path)
            self._con = _connect(self.path)
            notice = _damaged_notice(self.path, aside)
            self.notices.append(notice)
            raise InputError(notice) from exc

    # -- adding ------------------------------------------------------------------------------------
    def add(self, segments: Iterable[Segment], source: str, used_on: str | None = None) -> int:
        """Remember `segments` as used in `source` on `used_on` (ISO date; default today); return how many are new."""
        on = used_on or date.today().isoformat()
        return self.add_uses((seg, source, on) for seg in segments)

    def add_uses(self, uses: Iterable[tuple[Segment, str, str]]) -> int:
        """Remember each (pair, source, ISO date) in one transaction; return how many pairs are new."""
        new = 0
        with self._guard() as con, con:
            for seg, source, on in uses:
                ko, en = normalise(seg.ko), normalise(seg.en)
                if not ko or not en:
                    continue
                row = con.execute("SELECT id FROM pairs WHERE ko = ? AND en = ?", (ko, en)).fetchone()
                if row is None:
                    skel = skeleton(ko)
                    pair = con.execute(
                        "INSERT INTO pairs (kind, ko, en, skeleton) VALUES (?, ?, ?, ?)", (seg.kind, ko, en, skel)
                    ).lastrowid
                    found = grams(skel)
                    con.executemany("INSERT INTO postings (gram, pair) VALUES (?, ?)", ((g, pair) for g in found))
                    con.executemany(
                        "INSERT INTO df (gram, n) VALUES (?, 1) ON CONFLICT (gram) DO UPDATE SET n = n + 1",
                        ((g,) for g in found),
                    )
                    new += 1
                else:
                    pair = row[0]
                con.execute(
                    "INSERT INTO uses (pair, source, used_on, approved) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (pair, source) DO UPDATE SET used_on = excluded.used_on, "
                    "approved = max(approved, excluded.approved)",
                    (pair, source, on, int(seg.approved)),
                )
                con.execute(
                    "UPDATE pairs SET approved = max(approved, ?), last_used = max(last_used, ?), "
                    "uses = (SELECT count(*) FROM uses WHERE pair = ?) WHERE id = ?",
                    (int(seg.approved), on, pair, pair),
                )
        return new

    def clear(self) -> None:
        """Forget everything (the user asked to)."""
        with self._guard() as con:
            with con:
                for table in ("uses", "postings", "df", "pairs"):
                    con.execute(f"DELETE FROM {table}")
            con.execute("VACUUM")

    # -- reading -----------------------------------------------------------------------------------
    def count(self) -> int:
        with self._guard() as con:
            return int(con.execute("SELECT count(*) FROM pairs").fetchone()[0])

    def pairs(self) -> Iterator[Stored]:
        """Every pair, oldest first."""
        with self._guard() as con:
            yield from (_stored(r) for r in con.execute(f"SELECT {_COLUMNS} FROM pairs ORDER BY id"))

    def uses(self, pair: int) -> list[Use]:
        with self._guard() as con:
            rows = con.execute("SELECT source, used_on, approved FROM uses WHERE pair = ? ORDER BY used_on", (pair,))
            return [Use(s, on, bool(a)) for s, on, a in rows]

    def same_form(self, skel: str, limit: int = 20) -> list[Stored]:
        """Pairs whose Korean has this skeleton: the same text, or the same but for its facts."""
        with self._guard() as con:
            rows = con.execute(
                f"SELECT {_COLUMNS} FROM pairs WHERE skeleton = ? ORDER BY approved DESC, last_used DESC, uses DESC "
                "LIMIT ?",
                (skel, limit),
            )
            return [_stored(r) for r in rows]

    def similar(self, skel: str, limit: int = 30) -> list[Stored]:
        """Pairs sharing the most n-grams with a skeleton, found through the index's rarest grams.

        Reading the posting lists of the rarest grams first (prefix filtering) finds every text that
        shares at least half of the grams while reading a small part of the index; a budget on the
        postings read keeps very common grams ("했다") from making a query slow.
        """
        wanted = grams(skel)
        if not wanted:
            return []
        with self._guard() as con:
            marks = ",".join("?" * len(wanted))
            counts = sorted(con.execute(f"SELECT n, gram FROM df WHERE gram IN ({marks})", list(wanted)))
            need = len(wanted) - (len(wanted) + 1) // 2 + 1
            chosen, read = [], 0
            for n, gram in counts:
                if chosen and (read + n > _HARD_BUDGET or (len(chosen) >= need and read + n > _BUDGET)):
                    break
                chosen.append(gram)
                read += n
            if not chosen:
                return []
            marks = ",".join("?" * len(chosen))
            ids = [
                r[0]
                for r in con.execute(
                    f"SELECT pair FROM postings WHERE gram IN ({marks}) GROUP BY pair ORDER BY count(*) DESC LIMIT ?",
                    [*chosen, limit],
                )
            ]
            return self._by_ids(con, ids)

    def containing(self, words: str, lang: str, limit: int = 200) -> list[Stored]:
        """Pairs whose Korean (or English) contains `words`: the concordance, most used first."""
        needle = normalise(words)
        if not needle:
            return []
        with self._guard() as con:
            if lang == "ko":
                wanted = sorted(grams(needle))
                marks = ",".join("?" * len(wanted))
                if wanted and not any(ch.isdigit() for ch in needle):
                    rows = con.execute(
                        f"SELECT {_COLUMNS} FROM pairs WHERE id IN (SELECT pair FROM postings WHERE gram IN ({marks}) "
                        "GROUP BY pair HAVING count(*) = ?) AND instr(ko, ?) ORDER BY uses DESC, last_used DESC "
                        "LIMIT ?",
                        [*wanted, len(wanted), needle, limit],
                    )
                else:
                    rows = con.execute(
                        f"SELECT {_COLUMNS} FROM pairs WHERE instr(ko, ?) ORDER BY uses DESC LIMIT ?", (needle, limit)
                    )
            else:
                pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                rows = con.execute(
                    f"SELECT {_COLUMNS} FROM pairs WHERE en LIKE ? ESCAPE '\\' ORDER BY uses DESC, last_used DESC "
                    "LIMIT ?",
                    (pattern, limit),
                )
            return [_stored(r) for r in rows]

    def _by_ids(self, con: sqlite3.Connection, ids: list[int]) -> list[Stored]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = {r[0]: _stored(r) for r in con.execute(f"SELECT {_COLUMNS} FROM pairs WHERE id IN ({marks})", ids)}
        return [rows[i] for i in ids if i in rows]


_COLUMNS = "id, kind, ko, en, skeleton, approved, uses, last_used"
_BUDGET = 8_000  # postings read for one query once enough grams are chosen
_HARD_BUDGET = 20_000  # postings read for one query at most


def _stored(row: tuple) -> Stored:  # type: ignore[type-arg]
    return Stored(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7])


def _connect(path: Path) -> sqlite3.Connection:
    """Open the database, create or check its schema; Damaged when SQLite cannot read it."""
    try:
        con = sqlite3.connect(path, timeout=10, isolation_level="DEFERRED")
    except sqlite3.OperationalError as exc:
        raise SaveError(tr("The translation memory cannot be opened: {reason}", reason=str(exc)), path) from exc
    try:
        con.execute("PRAGMA foreign_keys = ON")
        found = _schema_version(con)  # before anything changes the file: another program's database is left alone
        mode = con.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":  # a file system without shared memory: the rollback journal is safe too
            con.execute("PRAGMA journal_mode = DELETE")
        con.execute("PRAGMA synchronous = NORMAL")  # in WAL mode: never corrupt, at worst the last commit lost
        if found is None:
            with con:
                con.executescript(_DDL)
                con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)", (str(SCHEMA),))
                con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('created', ?)", (_now(),))
        elif found > SCHEMA:
            con.close()
            raise FutureVersionError(
                tr(
                    "The translation memory was written by a newer Release Drafter (schema {found}; this program "
                    "reads up to {known}). Please update the program.",
                    found=found,
                    known=SCHEMA,
                ),
                path,
            )
        con.execute("SELECT count(*) FROM pairs WHERE id = 1").fetchone()  # reads the table's root page
    except Foreign:
        con.close()
        raise InputError(
            tr(
                "This is another program's SQLite database, not a translation memory; it was left as it is "
                "(move it, or choose another file with --memory)."
            ),
            path,
        ) from None
    except sqlite3.OperationalError as exc:
        con.close()
        if not _damage(exc):
            raise SaveError(tr("The translation memory cannot be opened: {reason}", reason=str(exc)), path) from exc
        raise Damaged(str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        con.close()
        raise Damaged(str(exc)) from exc
    return con


def _schema_version(con: sqlite3.Connection) -> int | None:
    has_meta = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if not has_meta:
        if con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise Foreign("not a translation memory (no meta table)")
        return None
    row = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    if row is None or not str(row[0]).isdigit():
        raise sqlite3.DatabaseError("no schema version")
    return int(row[0])


def _damage(exc: sqlite3.OperationalError) -> bool:
    """An operational error that means the file is not what it should be (a table or column gone)."""
    return str(exc).startswith(("no such table", "no such column"))


def _damaged_notice(path: Path, aside: Path) -> Message:
    return tr(
        "The translation memory {path} was damaged; it was moved to {aside} and a new, empty memory was started.",
        path=str(path),
        aside=aside.name,
    )


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL and shared-memory files) to `NAME.damaged-YYYYmmdd-HHMMSS`."""
    try:
        return storage.move_aside(path, ("-wal", "-shm"))
    except OSError as exc:
        raise InputError(
            tr("The translation memory is damaged and could not be moved aside: {reason}", reason=exc.strerror or exc),
            path,
        ) from exc
