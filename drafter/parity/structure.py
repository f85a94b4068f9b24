"""Body paragraphs that are the release's structure rather than its statements: the summary box at its top
(◇ 주요 내용 with its ○ items; "Key points" with its bullets) and section headings (Ⅰ. 추진 배경,
II. Key Measures, a short "Background").

An English version often leaves the box or the headings out, as it may: what only one version has of
them is no missing paragraph (see `align.align_body`).
"""

from __future__ import annotations

import re

from drafter.model import Paragraph

BOX, BOX_TITLE, HEADING, LABEL = "box", "box title", "heading", "label"  # LABEL: a short line ("Background")
TITLES = (BOX_TITLE, HEADING, LABEL)  # what heads something else, and is never one paragraph with a statement
_BOX_SYMBOLS = ("◇", "◆")
_BOX_TITLE = re.compile(
    r"(?:주요\s?내용|핵심\s?내용|주요\s?골자|요\s?약|key (?:points|facts)|highlights|summary|at a glance|main points)"
    r"\s?:?",
    re.I,
)
ROMAN = re.compile(r"(?:[Ⅰ-Ⅻ][.)]?|(?:I{1,3}|IV|VI{0,3}|IX|X)[.)])\s")  # Ⅰ. 추진 배경, II. Key Measures
_NUMBERED = re.compile(r"\d{1,2}[.)]")
_HEADING_LONGEST = 40  # characters: "Ⅱ. 분야별 주요 추진 과제", "Measures to Prevent Wildfires"
_SENTENCE_END = re.compile(r"[.!?。:;다]['\"”’)]*$")


def kinds(paragraphs: list[Paragraph]) -> list[str]:
    """Per paragraph: BOX (an item of the summary box), BOX_TITLE (its title: 주요 내용, Key points), HEADING,
    LABEL or "" (a statement)."""
    found = ["" for _ in paragraphs]
    in_box = bool(paragraphs) and _opens_box(paragraphs[0])
    for i, p in enumerate(paragraphs):
        if in_box and (i == 0 or p.bullet in _BOX_SYMBOLS or p.level >= 2):
            # the box's title and its items, down to the first paragraph of the body proper
            found[i] = BOX_TITLE if _BOX_TITLE.fullmatch(p.text.strip()) else BOX
            continue
        in_box = False
        found[i] = heading(p)
    return found


def _opens_box(p: Paragraph) -> bool:
    return p.bullet in _BOX_SYMBOLS or bool(_BOX_TITLE.fullmatch(p.text.strip()))


def heading(p: Paragraph) -> str:
    """HEADING for a section heading numbered in Roman numerals (Ⅰ. 추진 배경) or in digits and short, with no
    figure, ending no sentence ("1. 추진 배경"); LABEL for such a short line without a number ("Key Measures");
    else ""."""
    text = p.text.strip()
    if ROMAN.match(text) and len(text) <= _HEADING_LONGEST:
        return HEADING
    if not (0 < len(text) <= _HEADING_LONGEST and not any(ch.isdigit() for ch in text)) or _SENTENCE_END.search(text):
        return ""
    return HEADING if _NUMBERED.fullmatch(p.bullet) else LABEL if not p.bullet else ""
