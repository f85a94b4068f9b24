"""The document a release becomes before any file format: what stands where, in which role and size.

DOCX, PDF (and print) and HWPX all draw this, so they look alike: release-layout.md gives the form.
A Korean section is the cover row (logo, 보도자료, slogan), the 보도시점/배포 row, the title box with
its "- … -" subtitles, the body in item style (□ ㅇ - with hanging indents and the gaps between
levels) or paragraph style, notes under their paragraph, footnotes, 붙임 lines and the contact table;
an English section is the organisation, PRESS RELEASE, FOR IMMEDIATE RELEASE or EMBARGOED UNTIL …,
the date, the title, subtitles, the body in paragraphs (bullets for lower levels) with the dateline
before the first, attachments, the contact lines and ###.

Indents are in characters of the body size (a Korean character is as wide as the size is high),
gaps in points. Text carries its no-break joins (see `no_break`), which each format writes in its
own way. An English section prints no Hangul from the details: a detail left in Korean is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter.contacts import Department, departments, line_of
from drafter.formats.head import (
    CONTACT_LABEL,
    END_MARK,
    attachment_lines,
    english_date,
    english_embargo,
    english_organisation,
)
from drafter.hangul import HANGUL
from drafter.l10n import format_date
from drafter.labels import strip_attachment_label, strip_label
from drafter.model import Note, Paragraph, Release
from drafter.styles import HouseStyle, LanguageStyle

NBSP, NB_HYPHEN, WORD_JOINER = "\u00a0", "\u2011", "\u2060"

# Where the symbol and the text of each level stand, in characters of the body size (release-layout.md:
# the hierarchy comes from the spaces before the symbol; wrapped lines start under the text).
_ITEM_GEOMETRY = {1: (0.0, 1.5), 2: (0.5, 2.0), 3: (1.0, 2.5)}
_NOTE_MARKER_AT = 0.5  # a note's marker one space in from its paragraph's symbol …
_NOTE_TEXT_AFTER = {"*": 1.0, "**": 1.5, "※": 1.5}  # … and its text this far after the marker
_EN_BULLETS = {2: ("•", 1.0, 2.0), 3: ("–", 2.0, 3.0)}


@dataclass(frozen=True)
class Para:
    role: str  # title subtitle body note footnote attachment contact head end page
    text: str
    level: int = 0
    symbol: str = ""  # printed at `symbol_at`, the text at `text_at` (wrapped lines too): a hanging indent
    symbol_at: float = 0.0
    text_at: float = 0.0
    first_line: float = 0.0  # extra indent of the first line, paragraph style (문단식)
    gap_before: float = 0.0  # points of blank above
    align: str = "left"  # left, center, right, justify
    bold: bool = False
    size: float | None = None  # points; None: the role's size in the style
    keep_with_next: bool = False


@dataclass(frozen=True)
class Cell:
    text: str = ""
    role: str = "table"  # label (shaded), table, title, subtitle, head, logo
    span: int = 1  # columns
    rows: int = 1  # rows (the first row of a merged cell holds it)
    image: Path | None = None  # the logo; its cell's text (the organisation) is its alternative text, or
    # stands in its place when there is no image
    lines: tuple[str, ...] = ()  # more paragraphs in the cell (the title box's subtitles)
    align: str = "center"
    # What an image cell stands for, in words (the logo: the organisation's name): the image's alternative
    # text, and what a format prints in the cell when there is no image.
    alt: str = ""


@dataclass(frozen=True)
class Table:
    role: str  # cover, release, title, contact
    widths: tuple[float, ...]  # parts of the text width, summing to 1
    rows: tuple[tuple[Cell, ...], ...]
    borders: bool = True


@dataclass
class Section:
    """One language's pages."""

    lang: str
    style: HouseStyle
    blocks: list[Para | Table] = field(default_factory=list)

    @property
    def text_style(self) -> LanguageStyle:
        return self.style.lang(self.lang)


# --- no-break joins ---------------------------------------------------------------------------------

_KO_UNIT = (
    r"(?:억|만|천|백|조)?\s?(?:원|달러|유로|엔|위안|명|개|건|곳|개국|개사|개소|가구|채|회|차|배|%p|%|퍼센트|톤|kg|km|㎡|m²|"
    r"MW|GW|kW|세|년|월|일|시|분|초|주|개월|시간)"
)
_NUMBER_UNIT = re.compile(rf"(\d[\d,.]*)(\s?)({_KO_UNIT}|억|만|천|조)(?![가-힣])?")
_KO_DATE = re.compile(
    r"\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.(?:\s?\([월화수목금토일]\))?|\d{1,2}\.\s\d{1,2}\.\([월화수목금토일]\)"
)
_EN_NUMBER = re.compile(
    r"\b(KRW|USD|US\$|EUR|JPY|CNY|W|\$)\s(?=\d)|(\d[\d,.]*)\s(million|billion|trillion|percent|won|"
    r"percentage points?|people|companies|countries|units|cases|times|km|kg|tons?)\b"
)
_EN_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:,\s\d{4})?\b")
# A hyphen inside a Korean word ("K-전자조달", "한-아세안") is part of the word (어절), not a place to break it.
_KO_COMPOUND = re.compile(r"(?<=[A-Za-z0-9가-힣])-(?=[가-힣])")
_PHONE = re.compile(r"(?:\+\s?82[\s.-]?)?\(?0?\d{1,3}\)?[\s.-]\d{3,4}[\s.-]\d{4}\b|\b1[5-8]\d{2}-\d{4}\b")


def no_break(text: str) -> str:
    """`text` with its number and unit, dates and phone numbers held together at line ends: spaces
    inside them become no-break spaces, hyphens no-break hyphens (those inside a Korean word too), and a
    word joiner stands between a number and the unit written against it (120억원, 17.5%) and before a
    date's weekday (15.(일)), where a line may otherwise break."""

    def join_unit(m: re.Match[str]) -> str:
        return f"{m[1]}{NBSP if m[2] else WORD_JOINER}{m[3].replace(' ', NBSP)}"

    text = _NUMBER_UNIT.sub(join_unit, text)
    text = _KO_DATE.sub(lambda m: m[0].replace(" ", NBSP).replace(".(", f".{WORD_JOINER}("), text)
    text = _EN_DATE.sub(lambda m: m[0].replace(" ", NBSP), text)
    text = _EN_NUMBER.sub(lambda m: m[0].replace(" ", NBSP), text)
    text = _KO_COMPOUND.sub(NB_HYPHEN, text)
    return _PHONE.sub(lambda m: m[0].replace("-", NB_HYPHEN).replace(" ", NBSP), text)


def plain(text: str) -> str:
    """Text with the no-break joins undone, as a reader of our documents wants it back."""
    return text.replace(NBSP, " ").replace(NB_HYPHEN, "-").replace(WORD_JOINER, "").replace("\u200d", "")


# --- building the sections ------------------------------------------------------------------------


def sections(release: Release, layout: str, style: HouseStyle) -> list[Section]:
    """The sections of `layout` ("ko", "en", "bilingual"): bilingual starts each language on a new page."""
    langs = ("ko", "en") if layout == "bilingual" else (layout,)
    built = []
    for lang in langs:
        if len(langs) > 1 and release.version(lang).is_empty():
            continue
        built.append(_korean(release, style) if lang == "ko" else _english(release, style))
    return built


def _korean(release: Release, style: HouseStyle) -> Section:
    version, text_style = release.ko, style.ko
    details = version.details
    section = Section("ko", style)
    blocks = section.blocks
    logo = style.logo if style.logo and style.logo.is_file() else None
    organisation = details.organisation.strip() or style.organisation.get("ko", "")
    blocks.append(
        Table(
            "cover",
            (0.3, 0.4, 0.3),
            (
                (
                    Cell(organisation, "logo", image=logo, align="left", alt=organisation),
                    Cell("보도자료", "label"),
                    Cell(style.slogan.get("ko", ""), "head"),
                ),
            ),
            borders=False,
        )
    )
    day = format_date(release.meta.release_date, "ko") if release.meta.release_date else ""
    embargo = no_break(details.embargo) if details.embargo else "배포 즉시 보도"
    blocks.append(
        Table(
            "release",
            (0.16, 0.34, 0.16, 0.34),
            ((Cell("보도시점", "label"), Cell(embargo, "head"), Cell("배포", "label"), Cell(no_break(day), "head")),),
        )
    )
    subtitles = tuple(no_break(f"- {_undashed(s)} -") for s in version.subtitle if s.strip())
    if version.title or subtitles:
        blocks.append(Table("title", (1.0,), ((Cell(no_break(version.title), "title", lines=subtitles),),)))
    blocks += _korean_body(version.body, style, text_style)
    blocks += [_note(n, 0, "footnote", text_style) for n in version.footnotes]
    titles = _attachments(details.attachments)
    for number, text in enumerate(attachment_lines(titles, "ko"), 1):
        blocks.append(Para("attachment", no_break(text), gap_before=text_style.gap(0, 0) if number == 1 else 0))
    blocks += _korean_contact(version.contact)
    return section


def _attachments(titles: list[str]) -> list[str]:
    """The attachments' titles, without a "붙임 1." / "Attachment:" typed before them (never printed twice)."""
    return [t for t in (strip_attachment_label(title) for title in titles) if t]


def _undashed(line: str) -> str:
    return re.sub(r"^[-–]\s*|\s*[-–]$", "", line.strip())


def _korean_body(body: list[Paragraph], style: HouseStyle, text_style: LanguageStyle) -> list[Para]:
    blocks: list[Para] = []
    previous = None
    for paragraph in body:
        level = paragraph.level
        gap = text_style.gap(previous, level) if previous is not None else text_style.gaps_pt.get("title", 0)
        previous = level
        text = no_break(paragraph.text)
        if level:
            symbol_at, text_at = _ITEM_GEOMETRY[level]
            # The house style's symbol for the level; numbers ("1.") and other marks as written.
            standard = paragraph.bullet in ("□", "■", "ㅇ", "○", "◦", "●", "-", "–", "·", "•")
            symbol = style.symbols.get(level, paragraph.bullet) if standard else paragraph.bullet
            blocks.append(Para("body", text, level, symbol, symbol_at, text_at, gap_before=gap, align="justify"))
        else:
            blocks.append(Para("body", text, 0, first_line=1.0, gap_before=gap, align="justify"))
        blocks += [_note(n, level, "note", text_style) for n in paragraph.notes]
    return blocks


def _note(note: Note, level: int, role: str, text_style: LanguageStyle) -> Para:
    marker_at = _ITEM_GEOMETRY.get(level, (0.0, 0.0))[0] + _NOTE_MARKER_AT
    text_at = marker_at + _NOTE_TEXT_AFTER.get(note.marker, 1.0)
    gap = text_style.gaps_pt.get("note", 0) if role == "note" else 0
    return Para(role, no_break(note.text), level, note.marker, marker_at, text_at, gap_before=gap)


def _korean_contact(contact: str) -> list[Para | Table]:
    """담당 부서 | department | 책임자/담당자 | rank | name | phone: one table, a department's name over its rows."""
    found = departments(contact, "ko")
    if not found or not all(any(p.name or p.phone for p in d.people) for d in found):  # a table would lose a line
        lines = [strip_label(line).strip() for line in contact.split("\n")]  # a label typed is not printed twice
        return [Para("contact", no_break(CONTACT_LABEL["ko"] + line)) for line in lines if line]
    rows = []
    for department in found:
        for i, person in enumerate(department.people):
            role = "책임자" if person.role == "head" else "담당자"
            first = (
                (
                    Cell("담당 부서", "label", rows=len(department.people)),
                    Cell(department.name, "table", rows=len(department.people)),
                )
                if i == 0
                else (Cell(), Cell())
            )
            reach = no_break("\n".join(v for v in (person.phone, person.email) if v))
            rows.append((*first, Cell(role, "label"), Cell(person.rank), Cell(person.name), Cell(reach)))
    return [Table("contact", (0.14, 0.26, 0.12, 0.14, 0.14, 0.2), tuple(rows))]


def _english(release: Release, style: HouseStyle) -> Section:
    version, text_style = release.en, style.en
    details = version.details
    section = Section("en", style)
    blocks = section.blocks
    organisation = _latin(details.organisation) or _latin(english_organisation(release, style))
    if organisation:
        blocks.append(Para("head", organisation, bold=True, size=text_style.sizes["label"]))
    blocks.append(Para("head", "PRESS RELEASE", bold=True, size=text_style.sizes["label"] + 4, keep_with_next=True))
    embargo = english_embargo(release)
    if embargo is not None:
        statement = f"EMBARGOED UNTIL {embargo}" if embargo else "FOR IMMEDIATE RELEASE"
        blocks.append(Para("head", no_break(statement), bold=True, keep_with_next=True))
    if release.meta.release_date:
        blocks.append(Para("head", no_break(english_date(release.meta.release_date)), keep_with_next=True))
    if version.title:
        blocks.append(Para("title", no_break(version.title), align="center", bold=True, gap_before=18))
    blocks += [Para("subtitle", no_break(s), align="center") for s in version.subtitle if s.strip()]
    after = text_style.paragraph_after_pt
    dateline = _latin(details.dateline)
    numbered = 0
    for number, paragraph in enumerate(version.body, 1):
        text = no_break(paragraph.text)
        if number == 1 and dateline:
            text = f"{no_break(dateline)} {text}"
        gap = 14.0 if number == 1 else after
        if paragraph.level in _EN_BULLETS:
            symbol, symbol_at, text_at = _EN_BULLETS[paragraph.level]
            blocks.append(Para("body", text, paragraph.level, symbol, symbol_at, text_at, gap_before=gap))
        elif text_style.numbered:  # level 1 and plain paragraphs alike (a document reads the level back)
            numbered += 1
            blocks.append(
                Para("body", text, paragraph.level, f"{numbered}.", 0.0, 1.5, gap_before=gap, align="justify")
            )
        else:
            blocks.append(Para("body", text, paragraph.level, gap_before=gap, align="justify"))
        blocks += [_note(n, 0, "note", text_style) for n in paragraph.notes]
    blocks += [_note(n, 0, "footnote", text_style) for n in version.footnotes]
    for text in attachment_lines([t for t in _attachments(details.attachments) if _latin(t)], "en"):
        blocks.append(Para("attachment", no_break(text), gap_before=after))
    # One line a person ("Division, Name, Rank (+82-…)"): the form an English contact line is read in.
    people = [Department(d.name, [p]) for d in departments(version.contact, "en") for p in d.people]
    lines = [line for line in (_latin(line_of(d, "en")) for d in people) if line]
    for i, line in enumerate(lines):
        label = CONTACT_LABEL["en"] if i == 0 else ""
        blocks.append(Para("contact", no_break(label + line), gap_before=after * 2 if i == 0 else 0))
    blocks.append(Para("end", END_MARK, align="center", gap_before=after * 2))
    return section


def _latin(text: str) -> str:
    """A detail for an English document: itself, or "" when it has Hangul in it."""
    return "" if HANGUL.search(text) else text.strip()
