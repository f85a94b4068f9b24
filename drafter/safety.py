"""Keeping work safe between saves: recovery copies, lock files, and noticing changes on disk.

No Qt here: the window decides when to call these, the files and rules live in the core.

A process is known by its id *and* its start time (drafter.processes), so a recovery copy or a lock
whose id is reused — after a reboot, or PID 1 in every container — is still known as left behind.
Our side files are never written through a symbolic link: a lock is made under a private
temporary name and linked into place (atomic, and it never follows a link or meets a half-written
lock), and is only removed when it is still ours.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import stat
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from drafter import storage
from drafter.errors import DrafterError, InputError, SaveError
from drafter.l10n import Message, format_moment, tr
from drafter.model import Release
from drafter.processes import alive, identity

RECOVERY_FORMAT = "drafter-recovery"
RECOVERY_SUFFIX = ".recovery.json"
_LOCK_BYTES = 64 * 1024  # a lock holds a few names; anything larger is not one of ours
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def _same_process(record: dict[str, Any]) -> bool:
    me = identity()
    return all(record.get(key) == me[key] for key in ("pid", "host")) and (
        not isinstance(record.get("started"), str) or record.get("started") == me["started"]
    )


# --- recovery copies ------------------------------------------------------------------------


@dataclass(frozen=True)
class RecoveryCopy:
    file: Path  # the recovery copy itself
    original: Path | None  # the file the work belongs to; None for a release never saved
    written: datetime
    release: Release
    on_disk: str | None = None  # fingerprint of `original` as the crashed session last read or saved it


def write_recovery(
    folder: Path, session: str, release: Release, original: Path | None, on_disk: str | None = None
) -> Path:
    """Write the whole release to this session's recovery copy (never over the user's file)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(tr("Cannot write in this folder: {reason}", reason=exc.strerror or exc), folder) from exc
    target = folder / f"{session}{RECOVERY_SUFFIX}"
    data = {
        "format": RECOVERY_FORMAT,
        **identity(),
        "original": str(original.absolute()) if original else None,  # found again from any folder
        "on_disk": on_disk,
        "written": datetime.now().astimezone().isoformat(timespec="seconds"),
        "release": storage.to_dict(release),
    }
    with storage.atomic_write(target, follow=False) as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    return target


def find_recovery(folder: Path) -> list[RecoveryCopy]:
    """Recovery copies left by sessions that did not end cleanly (their process is gone), newest first."""
    found = []
    for file in sorted(folder.glob(f"*{RECOVERY_SUFFIX}")) if folder.is_dir() else []:
        storage.remove_stale_temps(file)  # of saves of this copy that were killed midway
        try:
            data = json.loads(storage.read_bytes(file).decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT or alive(data):
                continue
            on_disk = data.get("on_disk")
            found.append(
                RecoveryCopy(
                    file,
                    Path(data["original"]) if data.get("original") else None,
                    datetime.fromisoformat(data["written"]),
                    storage.from_dict(data["release"], file),
                    on_disk if isinstance(on_disk, str) else None,
                )
            )
        except (OSError, ValueError, KeyError, TypeError, RecursionError, DrafterError):
            continue  # a damaged copy is no use to anyone; it is left for the user to look at
    return sorted(found, key=lambda c: c.written, reverse=True)


def discard(file: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        file.unlink()


# --- lock files -----------------------------------------------------------------------------


class LockedError(InputError):
    """Somebody else has the file open."""


@dataclass(frozen=True)
class Lock:
    file: Path | None  # None: the file is open without a lock (read-only folder, or a foreign lock kept)
    taken_over: str = ""  # who held the stale lock this one replaced, for a notice

    def release(self) -> None:
        """Remove the lock if it is still ours; never anyone else's, never a link."""
        if self.file is None:
            return
        kind, holder = _read_lock(self.file)
        if kind == "lock" and _same_process(holder):
            with contextlib.suppress(OSError):
                self.file.unlink()


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def acquire(path: Path, force: bool = False) -> Lock:
    """Mark `path` as being edited here. Raises LockedError if another live session has it open.

    A lock whose process is gone (on this machine) is stale and taken over; `force` takes over any.
    Something at the lock's place that is no lock file (a link, a folder) is never replaced: with
    `force`, the file is opened without a lock.
    """
    file = lock_path(path)
    me = {**identity(), "user": _user(), "since": datetime.now().astimezone().isoformat(timespec="seconds")}
    storage.remove_stale_temps(file)
    for _attempt in range(5):
        try:
            if _create_lock(file, me):
                return Lock(file)
        except OSError:
            # A read-only folder or a full disk: no lock, but no half-written one either. The file
            # cannot be saved there either, and saving says so.
            return Lock(None)
        kind, holder = _read_lock(file)
        if kind == "none":
            continue  # removed meanwhile: try again
        if kind == "lock" and _same_process(holder):
            return Lock(file)
        stale = kind == "lock" and holder.get("host") == me["host"] and not alive(holder)
        if not (stale or force):
            raise LockedError(_locked_message(kind, holder, file), path)
        if kind == "foreign":
            return Lock(None)
        if _set_aside(file, holder):
            taken = Lock(file, f"{holder.get('user', '?')}@{holder.get('host', '?')}")
            if _create_lock(file, me):
                return taken
    return Lock(None)  # others keep taking and dropping it: open without a lock rather than wait


def _create_lock(file: Path, me: dict[str, Any]) -> bool:
    """Create `file` holding `me`, whole and at once; False if something is already there."""
    fd, tmp = storage.temp_file(file)
    try:
        os.chmod(tmp, 0o644)  # colleagues must be able to read who has the file open (mkstemp makes it 0600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(json.dumps(me).encode("utf-8"))
        try:
            os.link(tmp, file)  # fails if anything (a link too) is at `file`; never follows it
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive creation, which follows no link either
            try:
                out = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
            except FileExistsError:
                return False
            try:
                os.write(out, json.dumps(me).encode("utf-8"))
            except OSError:
                os.close(out)
                os.unlink(file)
                raise
            os.close(out)
        return True
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _read_lock(file: Path) -> tuple[str, dict[str, Any]]:
    """("none", {}) when there is no lock, ("lock", holder) for a lock file (holder {} when unreadable),
    ("foreign", {}) for something that is not a regular file: a link, a folder, a pipe."""
    try:
        fd = os.open(file, _OPEN_FLAGS)
    except FileNotFoundError:
        return "none", {}
    except OSError:
        return "foreign", {}  # a symbolic link (O_NOFOLLOW), or not ours to read
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return "foreign", {}
        data = fh.read(_LOCK_BYTES)
    try:
        holder = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return "lock", {}
    return "lock", holder if isinstance(holder, dict) else {}


def _set_aside(file: Path, holder: dict[str, Any]) -> bool:
    """Move the stale lock `holder` out of the way; False if another session took the place first.

    Sessions taking over in the same folder do it one at a time (a kernel lock on the folder, which
    the system drops with the process): each looks again under it, so a session that read the stale
    lock before another replaced it never moves the fresh one."""
    with _folder_held(file.parent):
        kind, now = _read_lock(file)
        if kind != "lock" or now != holder:
            return False
        aside = file.with_name(f"{file.name}{uuid.uuid4().hex}.stale")
        try:
            os.rename(file, aside)  # atomic; without the folder lock (Windows, network drives) one moves it
        except OSError:
            return False
        kind, moved = _read_lock(aside)
        if kind == "lock" and moved != holder:  # a fresh lock came in between: give it back
            with contextlib.suppress(OSError):
                os.link(aside, file)
            with contextlib.suppress(OSError):
                os.unlink(aside)
            return False
        with contextlib.suppress(OSError):
            os.unlink(aside)
        return True


@contextlib.contextmanager
def _folder_held(folder: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on `folder` where the system has one (flock); else nothing."""
    try:
        import fcntl

        fd = os.open(folder, os.O_RDONLY)
    except (ImportError, OSError):
        yield
        return
    try:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _locked_message(kind: str, holder: dict[str, Any], file: Path) -> Message:
    if kind == "foreign" or not holder:
        return tr(
            "The file is marked as open by another program: {name} beside it is not a lock file of Release Drafter.",
            name=file.name,
        )
    return tr(
        "{user} on {host} has this file open since {since}.",
        user=holder.get("user", "?"),
        host=holder.get("host", "?"),
        since=_readable_time(holder.get("since")),
    )


def _readable_time(value: Any) -> Message | str:
    """An ISO time from a lock file as people read it, in this computer's time zone and each language's
    form: "2026. 12. 3.(목) 19:49" / "Thu, Dec 3, 2026, 19:49"."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return "?"
    return Message(ko=format_moment(moment, "ko"), en=format_moment(moment, "en"))


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


# --- changes on disk --------------------------------------------------------------------------


def fingerprint(path: Path) -> str | None:
    """A digest of the file as it is now, to notice that someone else changed it; None if absent."""
    try:
        return hashlib.sha256(storage.read_bytes(path)).hexdigest()
    except InputError:
        return None
