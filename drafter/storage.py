"""The native file `*.release.json`: versioned, human-diffable JSON, saved atomically with a backup."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import stat
import tempfile
import time
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import IO, Any

from drafter import processes
from drafter.contacts import fold_legacy_contact
from drafter.errors import FutureVersionError, InputError, SaveError
from drafter.l10n import tr
from drafter.model import (
    DETAIL_LINES,
    LANGUAGES,
    LEVELS,
    Accepted,
    Details,
    Meta,
    Note,
    Paragraph,
    Release,
    Review,
    Source,
    Term,
    Version,
)

FORMAT = "drafter-release"
VERSION = 3  # 2 added "review"; 3 moved the details into each language (they were one "meta") and added levels
SUFFIX = ".release.json"
MAX_BYTES = 64 * 1024 * 1024  # far above any release; refuses a mistaken multi-GB file before reading it
# A temporary file whose process cannot be told (another computer's, or an older version's) is left by a save
# that was killed when it is this old: no save takes so long.
STALE_TEMP_S = 600


def file_stem(release: Release, name: str = "") -> str:
    """A name to suggest for the release's file, without suffix: the name of the file it came from, else
    the first words of its title (English, else Korean), else its release date; "" when it has none."""
    if name:
        lower = name.lower()
        return name[: -len(SUFFIX)] if lower.endswith(SUFFIX) else Path(name).stem
    english = re.findall(r"[A-Za-z0-9]+", release.en.title)
    if english:
        return "-".join(english[:6]).lower()
    korean = re.findall(r"\w+", release.ko.title)
    if korean:
        return "-".join(korean[:4])
    return release.meta.release_date.isoformat() if release.meta.release_date else ""


# --- writing ----------------------------------------------------------------------------------


def _note(n: Note) -> dict[str, Any]:
    return {"marker": n.marker, "text": n.text}


def _version(v: Version) -> dict[str, Any]:
    d = v.details
    return {
        "title": v.title,
        "subtitle": list(v.subtitle),
        "body": [
            {"level": p.level, "bullet": p.bullet, "text": p.text, "notes": [_note(n) for n in p.notes]} for p in v.body
        ],
        "footnotes": [_note(n) for n in v.footnotes],
        "contact": v.contact,
        "details": {**{name: getattr(d, name) for name in DETAIL_LINES}, "attachments": list(d.attachments)},
    }


def to_dict(release: Release) -> dict[str, Any]:
    """The file's content; keys in a fixed order so that saved files diff cleanly."""
    m = release.meta
    return {
        "format": FORMAT,
        "version": VERSION,
        "meta": {"release_date": m.release_date.isoformat() if m.release_date else None, "style": m.style},
        "ko": _version(release.ko),
        "en": _version(release.en),
        "review": _review(release.review),
    }


def _review(r: Review) -> dict[str, Any]:
    return {
        "glossary": [{"ko": t.ko, "en": list(t.en), "acronym": t.acronym, "note": t.note} for t in r.glossary],
        "sources": [{"field": s.field, "en": s.en, "ko": s.ko} for s in r.sources],
        "approved": list(r.approved),
        "accepted": [
            {"fingerprint": a.fingerprint, "reason": a.reason, "rule": a.rule, "accepted_on": a.accepted_on}
            for a in r.accepted
        ],
        "plain_korean": r.plain_korean,
    }


def dumps(release: Release) -> str:
    return json.dumps(to_dict(release), ensure_ascii=False, indent=2) + "\n"


@contextlib.contextmanager
def atomic_write(path: str | Path, backup: bool = False, follow: bool = True) -> Iterator[IO[bytes]]:
    """Write `path` all or nothing: a temporary file in the same folder, fsync, then replace.

    A user's symbolic link is written through to its target (`follow`), in the target's folder; our own
    side files (recovery copies) pass `follow=False`, so a planted link is replaced, never written through.
    A folder, device, pipe or socket is refused. With `backup`, the file being replaced is first copied
    to `path + ".bak"`. On any failure the temporary file is removed, `path` is untouched and SaveError
    names the file and the cause.
    """
    target = output_target(Path(path)) if follow else Path(path)
    remove_stale_temps(target)
    try:
        fd, tmp_name = temp_file(target)
    except OSError as exc:
        raise SaveError(tr("Cannot write in this folder: {reason}", reason=_reason(exc)), path) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _copy_mode(target, tmp)
        if backup and target.exists():
            _replace_via_temp(target, target.with_name(target.name + ".bak"))
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SaveError(tr("Could not save the file: {reason}", reason=_reason(exc)), path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def output_target(path: Path) -> Path:
    """The file a write to `path` must replace: a symbolic link's target; SaveError for what is no file."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return target  # a new file (or a folder that does not exist, which writing reports)
    if stat.S_ISDIR(mode):
        raise SaveError(tr("This is a folder; give the name of a file to write."), path)
    if not stat.S_ISREG(mode):
        raise SaveError(
            tr("This is not a regular file but a device, pipe or socket; give the name of a file to write."), path
        )
    return target


def temp_file(target: Path) -> tuple[int, str]:
    """A new temporary file beside `target` (descriptor, name), named `.NAME.~PID-TICK-HOST.random.tmp`: the
    process that writes it, so that once that process is gone the next save knows it was left behind."""
    tag = f"~{os.getpid()}-{processes.start_tick(os.getpid()) or ''}-{_host_tag()}."
    prefix = f".{target.name}.{tag if len(target.name) < 200 else ''}"  # a name's length is limited (255)
    return tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent or ".")


@cache
def _host_tag() -> str:
    return f"{zlib.crc32(socket.gethostname().encode('utf-8', 'replace')):08x}"


_OWNER = re.compile(r"\.~(?P<pid>[0-9]{1,10})-(?P<tick>[0-9]*)-(?P<host>[0-9a-f]{8})\.[a-z0-9_]+\.tmp$")


def remove_stale_temps(target: Path) -> None:
    """Remove the temporary files that saves of `target` killed midway left behind (`.NAME.*.tmp`): those of
    a process of this computer that has ended, and others (or untagged ones) once they are STALE_TEMP_S old.
    A save still going on, in this process or another, keeps its file."""
    prefix, now = f".{target.name}.", time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent or "."):
            if (
                entry.name.startswith(prefix)
                and entry.name.endswith(".tmp")
                and entry.is_file(follow_symlinks=False)
                and _left_behind(entry.name, entry.stat(follow_symlinks=False).st_mtime, now)
            ):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _left_behind(name: str, written: float, now: float) -> bool:
    owner = _OWNER.search(name)
    if owner is None or owner["host"] != _host_tag():
        return now - written > STALE_TEMP_S
    started = f"{processes.boot_id()}:{owner['tick']}" if owner["tick"] else None
    return not processes.alive({"pid": int(owner["pid"]), "started": started})


def move_aside(path: Path, companions: tuple[str, ...] = ()) -> Path:
    """Rename a file that cannot be read (and the files named like it plus each of `companions`) to
    `NAME.damaged-YYYYmmdd-HHMMSS`, where the user finds it and nothing writes over it; OSError if it cannot."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, aside)
    for suffix in companions:
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    return aside


def _copy_mode(target: Path, tmp: Path) -> None:
    """Give the new file the old one's permissions, or the usual ones for a new file (mkstemp uses 0600)."""
    if target.exists():
        shutil.copymode(target, tmp)
    else:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)


def _replace_via_temp(source: Path, dest: Path) -> None:
    """Copy `source` over `dest` atomically, so a crash never leaves a half-written backup."""
    fd, name = temp_file(dest)
    os.close(fd)
    try:
        shutil.copy2(source, name)
        os.replace(name, dest)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on every platform (Windows); the data is synced already
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def save(release: Release, path: str | Path) -> None:
    with atomic_write(path, backup=True) as fh:
        fh.write(dumps(release).encode("utf-8"))


# --- reading ----------------------------------------------------------------------------------


class _Shape(Exception):
    """The JSON parsed but is not shaped like a release; `where` says which key."""

    def __init__(self, where: str, broken_text: bool = False) -> None:
        super().__init__(where)
        self.where = where
        self.broken_text = broken_text  # a string holding half of a UTF-16 surrogate pair ("\ud800")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _field(obj: Any, key: str, kind: type, where: str, default: Any = None) -> Any:
    if not isinstance(obj, dict):
        raise _Shape(where)
    value = obj.get(key, default)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Shape(f"{where}.{key}" if where else key)
    if isinstance(value, str) and _SURROGATE.search(value):
        raise _Shape(f"{where}.{key}" if where else key, broken_text=True)
    return value


def _strings(obj: Any, key: str, where: str) -> list[str]:
    values = _field(obj, key, list, where, [])
    for i, v in enumerate(values):
        if not isinstance(v, str) or _SURROGATE.search(v):
            raise _Shape(f"{where}.{key}[{i}]", broken_text=isinstance(v, str))
    return values


def _notes(obj: Any, key: str, where: str) -> list[Note]:
    items = _field(obj, key, list, where, [])
    return [
        Note(
            text=_field(n, "text", str, f"{where}.{key}[{i}]"),
            marker=_field(n, "marker", str, f"{where}.{key}[{i}]", "*"),
        )
        for i, n in enumerate(items)
    ]


def _version_from(obj: Any, where: str) -> Version:
    body = []
    for i, p in enumerate(_field(obj, "body", list, where, [])):
        at = f"{where}.body[{i}]"
        level = _field(p, "level", int, at, -1)  # -1: a file before version 3, the bullet says it
        if level not in (-1, *LEVELS):
            raise _Shape(f"{at}.level")
        body.append(
            Paragraph(
                text=_field(p, "text", str, at),
                notes=_notes(p, "notes", at),
                bullet=_field(p, "bullet", str, at, ""),
                level=level,
            )
        )
    details = _field(obj, "details", dict, where, {})
    return Version(
        title=_field(obj, "title", str, where, ""),
        subtitle=_strings(obj, "subtitle", where),
        body=body,
        footnotes=_notes(obj, "footnotes", where),
        contact=_field(obj, "contact", str, where, ""),
        details=Details(
            **{k: _field(details, k, str, f"{where}.details", "") for k in DETAIL_LINES},
            attachments=_strings(details, "attachments", f"{where}.details"),
        ),
    )


def _meta_from(obj: Any) -> Meta:
    raw_date = _field(obj, "release_date", (str, type(None)), "meta")
    try:
        release_date = date.fromisoformat(raw_date) if raw_date else None
    except ValueError:
        raise _Shape("meta.release_date") from None
    return Meta(release_date=release_date, style=_field(obj, "style", str, "meta", ""))


def _move_old_details(meta: dict[str, Any], ko: Version) -> None:
    """Versions 1 and 2 kept one set of details, typed in Korean: they become the Korean version's, and
    the contact person, department, phone and e-mail a line of its contact (unless it says them already)."""
    details = ko.details
    ko.details = Details(  # made anew, so that it is normalised as any other (labels, NFC, controls)
        organisation=details.organisation or _field(meta, "organisation", str, "meta", ""),
        embargo=details.embargo or _field(meta, "embargo", str, "meta", ""),
        dateline=details.dateline,
        attachments=details.attachments or _strings(meta, "attachments", "meta"),
    )
    fold_legacy_contact(
        ko, **{k: _field(meta, k, str, "meta", "") for k in ("department", "contact_person", "phone", "email")}
    )


def _records(obj: Any, key: str, kind: type, names: tuple[str, ...]) -> list[Any]:
    """`obj[key]` as a list of `kind`, built from the objects' string fields `names` (the first required)."""
    where = f"review.{key}"
    return [
        kind(**{n: _field(item, n, str, f"{where}[{i}]", None if j == 0 else "") for j, n in enumerate(names)})
        for i, item in enumerate(_field(obj, key, list, "review", []))
    ]


def _review_from(obj: Any) -> Review:
    terms = [
        Term(
            ko=_field(t, "ko", str, f"review.glossary[{i}]"),
            en=tuple(_strings(t, "en", f"review.glossary[{i}]")),
            acronym=_field(t, "acronym", str, f"review.glossary[{i}]", ""),
            note=_field(t, "note", str, f"review.glossary[{i}]", ""),
        )
        for i, t in enumerate(_field(obj, "glossary", list, "review", []))
    ]
    return Review(
        glossary=terms,
        sources=_records(obj, "sources", Source, ("en", "field", "ko")),
        approved=_strings(obj, "approved", "review"),
        accepted=_records(obj, "accepted", Accepted, ("fingerprint", "reason", "rule", "accepted_on")),
        plain_korean=_field(obj, "plain_korean", bool, "review", True),
    )


def from_dict(data: Any, path: str | Path | None = None) -> Release:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(tr('This is not a Release Drafter file (no "format": "drafter-release").'), path)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(tr("The file has no valid format version."), path)
    if version > VERSION:
        raise FutureVersionError(
            tr(
                "The file was written by a newer Release Drafter (file format {found}; "
                "this program reads up to {known}). Please update the program.",
                found=version,
                known=VERSION,
            ),
            path,
        )
    try:
        meta = _field(data, "meta", dict, "", {})
        release = Release(
            meta=_meta_from(meta),
            **{lang: _version_from(_field(data, lang, dict, "", {}), lang) for lang in LANGUAGES},
            review=_review_from(_field(data, "review", dict, "", {})),  # version 1: none yet
        )
        if version < 3:
            _move_old_details(meta, release.ko)
        return release
    except _Shape as shape:
        if shape.broken_text:
            message = tr(
                'The file is damaged: the entry "{key}" holds a broken character (half a UTF-16 pair).', key=shape.where
            )
        else:
            message = tr('The file is damaged: the entry "{key}" has the wrong type.', key=shape.where)
        raise InputError(message, path) from None


def loads(text: str, path: str | Path | None = None) -> Release:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            tr(
                "The file is damaged or incomplete (invalid JSON at line {line}, column {column}).",
                line=exc.lineno,
                column=exc.colno,
            ),
            path,
        ) from None
    except RecursionError:
        raise InputError(tr("The file is damaged: its JSON is nested too deeply."), path) from None
    except ValueError:  # an integer of thousands of digits, which Python refuses to convert
        raise InputError(tr("The file is damaged: it holds a number thousands of digits long."), path) from None
    return from_dict(data, path)


def read_bytes(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The whole file, refusing files larger than `limit` and whatever is not a regular file (a pipe or a
    device would block or never end); OS errors become InputError."""
    p = Path(path)
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused just below.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError(tr("The file does not exist."), p) from None
    except IsADirectoryError:
        raise InputError(tr("This is a folder, not a file."), p) from None
    except OSError as exc:
        raise InputError(tr("The file cannot be read: {reason}", reason=_reason(exc)), p) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(tr("This is a folder, not a file."), p)
        raise InputError(tr("This is not a regular file but a device, pipe or socket."), p)
    with os.fdopen(fd, "rb") as fh:
        try:
            data = fh.read(limit + 1) if info.st_size <= limit else b""
        except OSError as exc:
            raise InputError(tr("The file cannot be read: {reason}", reason=_reason(exc)), p) from None
    if info.st_size > limit or len(data) > limit:
        raise InputError(tr("The file is too large ({size} MB at most).", size=limit // (1024 * 1024)), p)
    return data


def load(path: str | Path) -> Release:
    data = read_bytes(path)
    if not data.strip():
        raise InputError(tr("The file is empty."), path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(tr("The file is not UTF-8 text; a release file is always UTF-8 JSON."), path) from None
    return loads(text, path)
