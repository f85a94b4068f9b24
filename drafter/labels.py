"""What users type around a value that the documents print themselves, defined once: the contact label
("* 문의:", "Contact:"), the attachment label ("붙임 1.", "Attachment:") and the dashes of a Korean
subtitle ("- … -"); with the forms the documents print them in.

Taken off once wherever a value enters the model, so that a document never prints them twice; the
readers find the lines of a document by the same words.
"""

from __future__ import annotations

import re

# The words of a contact label, per language, as officers write them: "문의", "문 의", "문의처"; "Contact",
# "Inquiries", "Media contact", "For further information, please contact".
CONTACT_WORDS = {
    "ko": r"문\s*의(?:\s*처)?",
    "en": r"contacts?|inquiries|enquiries|media contacts?|for (?:further|more) information(?:,? (?:please )?contact)?",
}
CONTACT_LABEL = {"ko": "* 문의: ", "en": "Contact: "}  # as the documents print it
# A label leading a contact line: "* 문의: …", "문 의 : …", "☎ 문의: …", "Contact: …".
_CONTACT = {
    lang: re.compile(rf"^\s*(?:[*※☎]\s*)?(?:{words})\s*[:：]\s*", re.I) for lang, words in CONTACT_WORDS.items()
}

# The words of an attachment label: "붙임", "첨부", "Attachment", "Annex", "Enclosure".
ATTACHMENT_WORDS = r"붙\s*임|첨\s*부|attachments?|annex(?:es)?|enclosures?"
# "붙임 1.", "붙임:", "Attachment 2." — a label only with its number or colon ("Annex report" is a title).
_ATTACHMENT_LABEL = re.compile(rf"^\s*(?:{ATTACHMENT_WORDS})\s*(?:\d+\s*[.):：]?|[:：])\s*", re.I)
# A line of the attachments as a text gives it: "붙임 1. 계약 현황", "Attachment 2: Contracts".
ATTACHMENT_LINE_RE = re.compile(rf"^(?:{ATTACHMENT_WORDS})\s*\d+\s*[.:)]\s*(\S.*)$", re.I)
# A Korean release's one attachment, printed without a number: "붙임 계약 현황".
LONE_ATTACHMENT_RE = re.compile(r"^(?:붙\s*임|첨\s*부)\s+(?!\d+\s*[.:)])(\S.*)$")

# A Korean subtitle as printed, between dashes: "- 혁신제품 구매 확대 -".
# Either dash may be missing as typed ("abc -", "- abc"); a closing dash without an opening one must stand
# apart from the word, so that "abc-" keeps its hyphen.
SUBTITLE_DASHES = re.compile(r"^(?:[-–]\s*(.*?)(?:\s*[-–])?|(.*?)\s+[-–])$")


def contact_language(line: str) -> str | None:
    """The language of the contact label leading `line` ("ko" for "* 문의:", "en" for "Contact:"), or None."""
    return next((lang for lang, label in _CONTACT.items() if label.match(line)), None)


def strip_label(text: str) -> str:
    """A contact line without the label the user may have typed before it: never printed twice."""
    lines = text.split("\n")
    return "\n".join(_strip_contact_label(line) for line in lines)


def _strip_contact_label(line: str) -> str:
    for label in _CONTACT.values():
        if label.match(line):
            return label.sub("", line, count=1)
    return line


def strip_attachment_label(text: str) -> str:
    """An attachment's title without "붙임 1." / "Attachment:" typed before it."""
    return _ATTACHMENT_LABEL.sub("", text, count=1).strip()


def undashed(line: str) -> str:
    """A subtitle without the dashes a Korean document prints around it ("- … -" → "…")."""
    line = line.strip()
    m = SUBTITLE_DASHES.match(line)
    return (m[1] if m[1] is not None else m[2]) if m else line


def dashed(line: str, space: str = " ") -> str:
    """A Korean subtitle as the documents print it: "- … -" (`space`: what holds each dash to its word)."""
    return f"-{space}{undashed(line)}{space}-"
