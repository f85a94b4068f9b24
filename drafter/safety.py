"""Keeping work safe between saves: recovery copies, lock files, and noticing changes on disk.

No Qt here: the window decides when to call these, the files and rules live in the core.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from drafter import storage
from drafter.errors import DrafterError, InputError
from drafter.l10n import tr
from drafter.model import Release

RECOVERY_FORMAT = "drafter-recovery"
RECOVERY_SUFFIX = ".recovery.json"


# --- recovery copies ------------------------------------------------------------------------


@dataclass(frozen=True)
class RecoveryCopy:
    file: Path  # the recovery copy itself
    original: Path | None  # the file the work belongs to; None for a release never saved
    written: datetime
    release: Release


def write_recovery(folder: Path, session: str, release: Release, original: Path | None) -> Path:
    """Write the whole release to this session's recovery copy (never over the user's file)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{session}{RECOVERY_SUFFIX}"
    data = {
        "format": RECOVERY_FORMAT,
        "pid": os.getpid(),
        "original": str(original) if original else None,
        "written": datetime.now().astimezone().isoformat(timespec="seconds"),
        "release": storage.to_dict(release),
    }
    with storage.atomic_write(target) as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    return target


def find_recovery(folder: Path) -> list[RecoveryCopy]:
    """Recovery copies left by sessions that did not end cleanly (their process is gone), newest first."""
    found = []
    for file in sorted(folder.glob(f"*{RECOVERY_SUFFIX}")) if folder.is_dir() else []:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            if data.get("format") != RECOVERY_FORMAT or _alive(data.get("pid")):
                continue
            found.append(
                RecoveryCopy(
                    file,
                    Path(data["original"]) if data.get("original") else None,
                    datetime.fromisoformat(data["written"]),
                    storage.from_dict(data["release"], file),
                )
            )
        except (OSError, ValueError, KeyError, TypeError, DrafterError):
            continue  # a damaged copy is no use to anyone; it is left for the user to look at
    return sorted(found, key=lambda c: c.written, reverse=True)


def discard(file: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        file.unlink()


def _alive(pid: Any) -> bool:
    """Whether a process of this machine with this id still runs."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


# --- lock files -----------------------------------------------------------------------------


class LockedError(InputError):
    """Somebody else has the file open."""


@dataclass(frozen=True)
class Lock:
    file: Path
    taken_over: str = ""  # who held the stale lock this one replaced, for a notice

    def release(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            data = json.loads(self.file.read_text(encoding="utf-8"))
            if data.get("pid") == os.getpid() and data.get("host") == socket.gethostname():
                self.file.unlink()


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def acquire(path: Path, force: bool = False) -> Lock:
    """Mark `path` as being edited here. Raises LockedError if another live session has it open.

    A lock whose process is gone (on this machine) is stale and taken over; `force` takes over any.
    """
    file = lock_path(path)
    me = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": _user(),
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    taken_over = ""
    try:
        holder = json.loads(file.read_text(encoding="utf-8"))
        if not isinstance(holder, dict):
            raise ValueError
    except FileNotFoundError:
        holder = None
    except (OSError, ValueError):
        holder = {}  # unreadable: treat as stale
    if holder is not None:
        same_machine = holder.get("host") == me["host"]
        mine = same_machine and holder.get("pid") == me["pid"]
        stale = not holder or (same_machine and not _alive(holder.get("pid")))
        if not (mine or stale or force):
            raise LockedError(
                tr(
                    "{user} on {host} has this file open since {since}.",
                    user=holder.get("user", "?"),
                    host=holder.get("host", "?"),
                    since=holder.get("since", "?"),
                ),
                path,
            )
        if not mine:
            taken_over = f"{holder.get('user', '?')}@{holder.get('host', '?')}"
    # In a read-only folder there is no lock, but the file cannot be saved there either, and saving says so.
    with contextlib.suppress(OSError):
        file.write_text(json.dumps(me), encoding="utf-8")
    return Lock(file, taken_over)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


# --- changes on disk --------------------------------------------------------------------------


def fingerprint(path: Path) -> str | None:
    """A digest of the file as it is now, to notice that someone else changed it; None if absent."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
