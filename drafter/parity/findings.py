"""What the checker reports: a rule, a severity, where in each version, and a bilingual message."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from drafter.l10n import Message, tr


class Severity(StrEnum):
    ERROR = "error"  # a fact differs or text is missing
    WARNING = "warning"  # probably wrong
    INFO = "info"  # style

    @property
    def rank(self) -> int:
        return ("error", "warning", "info").index(self.value)


@dataclass(frozen=True)
class Location:
    """A span in one version: `paragraph` indexes the field's items (body paragraph, subtitle line).

    `exact`: the excerpt is the words the finding is about; False when it is only the place where
    something is missing (the counterpart paragraph, or an empty gap), to put the cursor at.
    """

    paragraph: int | None
    start: int
    end: int
    excerpt: str
    exact: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "exact": self.exact,
        }


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    field: str  # "title", "subtitle", "body", "notes", "footnotes", "contact", "meta"
    ko: Location | None
    en: Location | None
    message: Message
    suggestions: tuple[str, ...] = ()  # words to put in place of the Korean excerpt (plain Korean)
    context: str = ""  # what tells apart findings of the same words (a plain-Korean word's sentence); not shown

    @property
    def fingerprint(self) -> str:
        """Stable across runs and unrelated edits: the rule, the field and the two excerpts (and the context,
        if any), not positions."""
        parts = [self.rule, self.field, self.ko.excerpt if self.ko else "", self.en.excerpt if self.en else ""]
        parts += [self.context] if self.context else []
        return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]

    def sort_key(self) -> tuple[Any, ...]:
        where = self.ko or self.en
        order = ("title", "subtitle", "body", "notes", "footnotes", "contact", "meta")
        field_rank = order.index(self.field) if self.field in order else len(order)
        para = -1 if where is None or where.paragraph is None else where.paragraph
        return (field_rank, para, where.start if where else 0, self.severity.rank, self.rule, self.fingerprint)

    def as_dict(self) -> dict[str, Any]:
        found = {
            "rule": self.rule,
            "severity": self.severity.value,
            "field": self.field,
            "ko": self.ko.as_dict() if self.ko else None,
            "en": self.en.as_dict() if self.en else None,
            "message": self.message.as_dict(),
            "fingerprint": self.fingerprint,
        }
        return found | ({"suggestions": list(self.suggestions)} if self.suggestions else {})


def summary(findings: list[Finding]) -> dict[str, int]:
    counts = {s.value: 0 for s in Severity}
    for f in findings:
        counts[f.severity.value] += 1
    return {"total": len(findings), **counts}


FIELDS = ("title", "subtitle", "body", "footnotes", "contact")
# The details a document prints, as parts of the "details" unit: their index (a location's paragraph)
# says which (the dateline is English only and is not compared).
DETAIL_INDEX = {"organisation": 0, "embargo": 1}
ATTACHMENT_INDEX = 10  # attachments from here on


def field_name(name: str) -> Message:
    names = {
        "title": tr("title"),
        "subtitle": tr("subtitle"),
        "body": tr("body"),
        "notes": tr("notes"),
        "details": tr("details"),
        "footnotes": tr("footnotes"),
        "contact": tr("contact"),
    }
    return names[name]


def detail_name(name: str) -> Message:
    """A detail's name in a message: "organisation", "embargo", "attachment"."""
    names = {"organisation": tr("organisation"), "embargo": tr("embargo"), "attachment": tr("attachment")}
    return names[name]


def place(finding: Finding) -> Message:
    """Where a finding is, as the findings list and `check` name it: "body 3", "title", "details:
    attachment 2"."""
    loc = finding.ko or finding.en
    known = finding.field in (*FIELDS, "details", "notes")
    name = field_name(finding.field) if known else Message(finding.field, finding.field)
    if loc is None or loc.paragraph is None or finding.field in ("title", "contact"):
        return name
    if finding.field == "details":
        index = loc.paragraph
        part = (
            tr("attachment {n}", n=index - ATTACHMENT_INDEX + 1)
            if index >= ATTACHMENT_INDEX
            else detail_name(next(n for n, i in DETAIL_INDEX.items() if i == index))
        )
        return tr("{field}: {part}", field=name, part=part)
    return tr("{field} {n}", field=name, n=loc.paragraph + 1)
