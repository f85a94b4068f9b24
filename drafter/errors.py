"""Typed errors of the core, each with a message in Korean and English naming the file."""

from __future__ import annotations

import re
from pathlib import Path

from drafter.l10n import Message, user_language

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


class DrafterError(Exception):
    """Base of every error the core raises on purpose; shown to users as one line."""

    def __init__(self, message: Message, path: str | Path | None = None) -> None:
        super().__init__(message.en)
        self.message = message
        self.path = None if path is None else str(path)

    def line(self, lang: str | None = None) -> str:
        """The message in `lang` (default: the user's), after the file's name, on one line."""
        text = " ".join(self.message.in_(lang or user_language()).splitlines())
        return f"{shown(self.path)}: {text}" if self.path else text


def shown(name: str) -> str:
    """A file name on one line, with any control character in it (a line break, ESC) written as `\\x0a`."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", name)


class InputError(DrafterError):
    """A file could not be read as what it claims to be (broken, foreign, wrong encoding, too large)."""


class FutureVersionError(InputError):
    """A release file written by a newer Release Drafter."""


class SaveError(DrafterError):
    """Writing a file failed; the previous file is intact."""
