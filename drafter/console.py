"""What the command lines print: messages in the user's language, text from files made safe for a terminal,
and the one check every command that writes a file makes (the output is not an input)."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from typing import TextIO

from drafter.errors import SaveError, shown
from drafter.l10n import Message, tr, user_language

_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def say(message: Message | str, stream: TextIO | None = None) -> None:
    """A message in the user's language, on standard error unless `stream` says otherwise: one line, as error
    messages are, with any line break or tab in it (from a file's name) shown escaped."""
    text = message.in_(user_language()) if isinstance(message, Message) else message
    print(shown(text), file=stream or sys.stderr)


def out(text: str, stream: TextIO | None = None) -> None:
    """Print text that may come from a file: its control characters shown as `\\x1b`, never sent to a
    terminal as commands."""
    print(_UNPRINTABLE.sub(lambda m: f"\\x{ord(m[0]):02x}", text), file=stream or sys.stdout)


def refuse_to_replace(output: str, *inputs: str | None, what: Message | None = None) -> None:
    """The output must not be a file being read: `export a.txt -o a.txt` would destroy what it reads. `what`
    says what it is instead of "the file being read"."""
    for source in inputs:
        with contextlib.suppress(OSError):
            if source and os.path.samefile(source, output):
                raise SaveError(
                    what
                    or tr("This is the file being read; writing here would replace it. Give the output another name."),
                    output,
                )
