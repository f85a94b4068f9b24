"""The head and the end of a release as text, in each language: what is printed, and how it is read back.

Korean:                                   English:
    조달청 보도자료                            Public Procurement Service
    보도시점 : 2026. 11. 24.(화) 조간          PRESS RELEASE
    배포 : 2026. 11. 23.(월)                   EMBARGOED UNTIL 12:00 KST, November 24, 2026
                                              November 23, 2026
    … title, - subtitles -, body …            … title, subtitles, DAEJEON, Nov. 24 (PPS) – body …
    붙임 1. 계약 현황                          Attachment 1. Contracts
    * 문의: 혁신조달기획과 …                    Contact: Innovation Procurement Planning Division, …
                                              ###

Reading also takes the head lines of other releases and of older versions of this program
("배포일시 : …", "담당부서 : …", "Release date : …", "제 15-123호"); a detail goes to the version whose
language its line is in.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from drafter.dates import IMMEDIATE_RE, embargo_given, embargo_in_english, english_date
from drafter.hangul import HANGUL
from drafter.labels import ATTACHMENT_WORDS, CONTACT_WORDS
from drafter.model import Release

if TYPE_CHECKING:
    from drafter.styles import HouseStyle

# Korean labels tolerate inner spaces ("문 의", "배포 일시"): releases pad them to align colons.
HEADER_LABELS: dict[str, str] = {
    r"보\s*도\s*(?:시\s*점|일\s*시)|엠\s*바\s*고|embargo(?:ed until)?|for release": "embargo",
    r"배\s*포\s*(?:일\s*시|일)?|release date|date of release|date": "release_date",
    r"기\s*관|organi[sz]ation|agency|ministry": "organisation",
    r"(?:담\s*당\s*)?부\s*서|department|division": "department",
    r"담\s*당\s*자|contact person": "contact_person",
    r"연\s*락\s*처|전\s*화|phone|tel(?:ephone)?": "phone",
    r"전\s*자\s*우\s*편|이\s*메\s*일|e-?mail": "email",
    ATTACHMENT_WORDS: "attachments",
    CONTACT_WORDS["ko"]: "contact_ko",
    CONTACT_WORDS["en"]: "contact_en",
}
HEADER_RE = [(re.compile(rf"^(?:{pat})\s*[:：]\s*(.*)$", re.I), key) for pat, key in HEADER_LABELS.items()]
DOC_TYPE_RE = re.compile(r"^(?:보\s*도\s*자\s*료|보도참고자료|press release|news release)$", re.I)
# 조달청 보도자료; PPS Press Release, Public Procurement Service News Release
ORGANISATION_DOC_TYPE_RE = re.compile(
    r"^(\S.*?)\s*보\s*도\s*(?:참\s*고\s*)?자\s*료$|^(\S.*?)\s+(?:press|news)\s+release$", re.I
)
EMBARGOED_RE = re.compile(r"^embargoed\s+until\s*[:：]?\s*(\S.*)$", re.I)
END_MARK_RE = re.compile(r"^(?:#{3}|-\s*(?:end|끝)\s*-|끝\.?|\(끝\))$", re.I)
# "DAEJEON, Nov. 24 (PPS) –" before an English release's first paragraph.
DATELINE_RE = re.compile(
    r"^([A-Z][A-Z.' -]*[A-Z.],\s+(?:[A-Z][a-z]{2,8}\.?|[A-Z][a-z]+)\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\([^)]{1,30}\))?"
    r"(?:\s*[–—-])?)\s+(?=\S)"
)

_BARE_DATE_RE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s*)?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}$"
    r"|^\d{4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.?\s*(?:\([월화수목금토일]\))?$",
    re.I,
)

END_MARK = "###"


def head_line(line: str) -> tuple[str, str] | None:
    """(key, value) of a line of a release's head, or None: the labelled lines, "조달청 보도자료",
    "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL …", and a date standing alone."""
    if DOC_TYPE_RE.match(line):
        return "doc_type", ""
    if m := ORGANISATION_DOC_TYPE_RE.match(line):
        return "organisation", (m[1] or m[2]).strip()
    if IMMEDIATE_RE.match(line):
        return "embargo", ""
    if m := EMBARGOED_RE.match(line):
        return "embargo", m[1].strip()
    if _BARE_DATE_RE.match(line):
        return "release_date", line
    for pattern, key in HEADER_RE:
        if m := pattern.match(line):
            value = m[1].strip()
            if key == "embargo" and IMMEDIATE_RE.match(value):
                value = ""
            return key, value  # an attachment's "1." after "붙임 :" the model takes off
    return None


def attachment_line(number: int, title: str, lang: str) -> str:
    return f"붙임 {number}. {title}" if lang == "ko" else f"Attachment {number}. {title}"


def attachment_lines(titles: list[str], lang: str) -> list[str]:
    """The attachments as the documents print them: numbered, but a Korean release's only one as "붙임 …"."""
    if lang == "ko" and len(titles) == 1:
        return [f"붙임 {titles[0]}"]
    return [attachment_line(number, title, lang) for number, title in enumerate(titles, 1)]


def english_organisation(release: Release, style: HouseStyle) -> str:
    """The English name of the Korean organisation, from the house style or the glossary: what an English
    document names when its own organisation is left empty."""
    korean = release.ko.details.organisation.strip() or style.organisation.get("ko", "")
    if not korean:
        return ""
    if korean == style.organisation.get("ko"):
        return style.organisation.get("en", "")
    from drafter.parity.glossary import default

    term = default().term(korean)
    return term.en[0] if term and term.en else ""


def english_embargo(release: Release, derive: bool = True) -> str | None:
    """The English embargo to print: its own; "" (immediate release) when neither language has one; with
    `derive`, the Korean one written the English way when it gives a date and a time (the documents, as
    they print the glossary's name of the organisation); else None, no statement at all: an English
    document prints no Hangul, and no FOR IMMEDIATE RELEASE for an embargoed release (the checker
    reports the missing English embargo). The text format, which is read back, prints only what was typed."""
    embargo = embargo_given(release.en.details.embargo)
    if embargo and not HANGUL.search(embargo):
        return embargo
    korean = embargo_given(release.ko.details.embargo)
    if not (embargo or korean):
        return ""
    return (embargo_in_english(korean) if derive else "") or None


def head_lines(organisation: str, embargo: str | None, day: date | None, lang: str) -> list[str]:
    """The head of one language's text: doc type, embargo, date. An English `embargo` of None (the
    Korean is embargoed, the English does not say until when) prints no statement rather than a false one."""
    from drafter.l10n import format_date

    if lang == "ko":
        lines = [f"{organisation} 보도자료" if organisation else "보도자료"]
        lines.append(f"보도시점 : {embargo or '배포 즉시 보도'}")
        return lines + ([f"배포 : {format_date(day, 'ko')}"] if day else [])
    lines = [organisation] if organisation else []
    lines.append("PRESS RELEASE")
    if embargo is not None:
        lines.append(f"EMBARGOED UNTIL {embargo}" if embargo else "FOR IMMEDIATE RELEASE")
    return lines + ([english_date(day)] if day else [])


def _key_of(line: str) -> str | None:
    """The metadata field a "label : value" line sets, by the plain-text reader's labels."""
    return next((key for pattern, key in HEADER_RE if pattern.match(line)), None)


def _is_label(text: str) -> bool:
    return _key_of(f"{text} : x") is not None


def header_lines(rows: list[list[str]]) -> list[str] | None:
    """ "label : value" lines from a table whose every row pairs labels with values, else None.

    "For immediate release" / "배포 즉시 보도" stand for an empty embargo; "Embargoed until …" is
    the English header's embargo.
    """
    lines: list[str] = []
    for cells in rows:
        i = 0
        while i < len(cells):
            text = cells[i].rstrip(":： ").strip()
            if not text or IMMEDIATE_RE.match(text):
                i += 1
            elif m := EMBARGOED_RE.match(text):
                lines.append(f"Embargo : {m[1]}")
                i += 1
            elif _is_label(text) and i + 1 < len(cells):
                value = cells[i + 1].strip()
                if value and not IMMEDIATE_RE.match(value):
                    lines.append(f"{text} : {value}")
                i += 2
            else:
                return None
    return lines
