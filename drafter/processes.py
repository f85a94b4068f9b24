"""Who is running: a process known by its id *and* its start time, so that an id used again (after a
reboot, or PID 1 in every container) is not taken for the process that wrote a lock, a recovery copy or
a temporary file.

Linux gives the start time in /proc (the boot's id and the start tick); elsewhere the id alone is used.
Asking whether a process runs never signals it: on Windows, os.kill(pid, 0) would end it, so there the
system is asked through OpenProcess instead.
"""

from __future__ import annotations

import os
import socket
import sys
from functools import cache
from typing import Any


def start_tick(pid: int) -> str | None:
    """When process `pid` started, in clock ticks since boot; "" for a process that has ended but not been
    reaped yet (a zombie), None where this is unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            line = fh.read()
    except OSError:
        return None
    fields = line[line.rfind(b")") + 2 :].split()  # the name in (…) may hold spaces; field 3 follows it
    if len(fields) <= 19:
        return None
    if fields[0] in (b"Z", b"X"):  # field 3, the state: a killed program stays a zombie until reaped
        return ""
    return str(int(fields[19]))  # field 22: the start, in clock ticks since boot


def process_start(pid: int) -> str | None:
    """When process `pid` started, in a form that differs for every process this machine ever runs;
    "" for a zombie, None where this is unknown."""
    tick = start_tick(pid)
    return tick if not tick else f"{boot_id()}:{tick}"


@cache
def boot_id() -> str:
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as fh:
            return fh.read().strip()
    except OSError:
        return ""


def identity() -> dict[str, Any]:
    """This process, as recorded in lock files and recovery copies."""
    return {"pid": os.getpid(), "started": process_start(os.getpid()), "host": socket.gethostname()}


def alive(record: dict[str, Any]) -> bool:
    """Whether the process that wrote `record` (its pid, start and host) still runs on this machine."""
    pid = record.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return False
    started = record.get("started")
    if pid == os.getpid():
        return not isinstance(started, str) or started == process_start(pid)
    if not _exists(pid):
        return False
    now = process_start(pid)
    if now == "":
        return False
    if isinstance(started, str):
        return now is None or now == started  # another process has that id now
    return True


def _exists(pid: int) -> bool:
    """Whether a process with this id exists (someone else's too), without signalling it."""
    if sys.platform == "win32":
        return _exists_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: it runs
    except (OSError, OverflowError):  # no such id on this system (larger than any pid)
        return False
    return True


def _exists_on_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists, and is not ours to ask
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
