"""How much text the checker reads: far beyond any press release, and named in the message that refuses more.

Everything else (reading, saving, exporting) takes longer texts; only the check, whose rules compare
each paragraph with its counterpart, stops here, so that no input keeps it busy for more than a few
seconds or a few hundred MB.
"""

from __future__ import annotations

from pathlib import Path

from drafter.errors import InputError
from drafter.l10n import Message, tr
from drafter.model import Release
from drafter.parity.align import MAX_PARAGRAPHS
from drafter.parity.findings import field_name

MAX_FIELD_CHARS = 20_000  # one paragraph, note or other field
MAX_CHARS = 1_500_000  # all the text of one version (about 500 pages)


class TooLongError(InputError):
    """The release is longer than the checker reads."""


def check_size(release: Release, path: str | Path | None = None) -> None:
    """Raise TooLongError, naming the limit, if a version of `release` is longer than the checker reads."""
    for lang in ("ko", "en"):
        version = release.version(lang)
        side = tr("Korean version") if lang == "ko" else tr("English version")
        if len(version.body) > MAX_PARAGRAPHS:
            raise TooLongError(
                tr(
                    "The {side} has {count} paragraphs; the checker reads {limit} at most.",
                    side=side,
                    count=f"{len(version.body):,}",
                    limit=f"{MAX_PARAGRAPHS:,}",
                ),
                path,
            )
        fields = [
            ("title", 0, version.title),
            *(("subtitle", i, t) for i, t in enumerate(version.subtitle)),
            *(("body", i, p.text) for i, p in enumerate(version.body)),
            *(("notes", i, n.text) for i, p in enumerate(version.body) for n in p.notes),
            *(("footnotes", i, n.text) for i, n in enumerate(version.footnotes)),
            ("contact", 0, version.contact),
        ]
        for field, index, text in fields:
            if len(text) > MAX_FIELD_CHARS:
                name = field_name(field)
                where = (
                    Message(f"{name.ko} {index + 1}", f"{name.en} {index + 1}") if index or field != "title" else name
                )
                raise TooLongError(
                    tr(
                        "The {side} has {count} characters in one paragraph ({where}); the checker reads {limit} at "
                        "most in one. Put blank lines between its paragraphs.",
                        side=side,
                        count=f"{len(text):,}",
                        where=where,
                        limit=f"{MAX_FIELD_CHARS:,}",
                    ),
                    path,
                )
        total = sum(len(text) for _field, _index, text in fields)
        if total > MAX_CHARS:
            raise TooLongError(
                tr(
                    "The {side} has {count} characters; the checker reads {limit} at most.",
                    side=side,
                    count=f"{total:,}",
                    limit=f"{MAX_CHARS:,}",
                ),
                path,
            )
