"""Labels users type before a value that the documents print themselves: "* 문의:", "Contact:", "붙임 1.".

Taken off once wherever a value enters the model, so that a document never prints them twice.
"""

from __future__ import annotations

import re

# Labels that lead a contact line, as officers type them: "* 문의: …", "문 의 : …", "☎ 문의 …", "Contact: …".
_LABEL = re.compile(
    r"^\s*(?:[*※☎]\s*)?(?:문\s*의(?:\s*처)?|contacts?|inquiries|enquiries|media contacts?|"
    r"for (?:further|more) information(?:,? (?:please )?contact)?)\s*[:：]\s*",
    re.I,
)
# "붙임 1.", "붙임:", "Attachment 2." — a label only with its number or colon ("Annex report" is a title).
_ATTACHMENT_LABEL = re.compile(
    r"^\s*(?:붙\s*임|첨\s*부|attachments?|annex(?:es)?|enclosures?)\s*(?:\d+\s*[.):：]?|[:：])\s*", re.I
)


def strip_label(text: str) -> str:
    """A contact line without the label the user may have typed before it: never printed twice."""
    return "\n".join(_LABEL.sub("", line, count=1) if _LABEL.match(line) else line for line in text.split("\n"))


def strip_attachment_label(text: str) -> str:
    """An attachment's title without "붙임 1." / "Attachment:" typed before it."""
    return _ATTACHMENT_LABEL.sub("", text, count=1).strip()
