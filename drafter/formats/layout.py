"""The document a release becomes before any file format: what stands where, in which role and size.

DOCX, PDF (and print) and HWPX all draw this, so they look alike: release-layout.md gives the form.
A Korean section is the cover row (logo, 보도자료, slogan), the 보도시점/배포 row, the title box with
its "- … -" subtitles, the body in item style (□ ㅇ - with hanging indents and the gaps between
levels) or paragraph style, notes under their paragraph, footnotes, 붙임 lines and the contact table;
an English section is the organisation, PRESS RELEASE, FOR IMMEDIATE RELEASE or EMBARGOED UNTIL …,
the date, the title, subtitles, the body in paragraphs (bullets for lower levels) with the dateline
before the first, attachments, the contact lines and ###.

Indents are in characters of the body size (a Korean character is as wide as the size is high),
gaps in points. Text carries its no-break joins (see `no_break`): no-break spaces and hyphens only,
never an invisible character, which each format writes in its own way. The faces, sizes and weights of
table cells (`cell_font`), the cells' padding and the logo's height are decided here once, so that the
PDF, the DOCX and the HWPX of one release and style show the same page. An English section prints no
Hangul from the details: a detail left in Korean is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from drafter.contacts import PHONE, Department, departments, line_of
from drafter.dates import english_date
from drafter.formats.head import (
    END_MARK,
    attachment_lines,
    english_embargo,
    english_organisation,
)
from drafter.hangul import HANGUL
from drafter.l10n import format_date
from drafter.labels import CONTACT_LABEL, dashed
from drafter.model import ENGLISH_SYMBOLS, LEVEL_SYMBOLS, SPACES_BEFORE, Note, Paragraph, Release
from drafter.styles import HouseStyle, LanguageStyle

NBSP, NB_HYPHEN = "\u00a0", "\u2011"
# Characters no document of ours holds: copied from Word or 한글 into a web form or a search box, they
# would make "120억원" another word than the one typed.
INVISIBLE = ("\u2060", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad")
# Characters XML 1.0 cannot hold (lxml refuses them), and the invisible ones: a release pasted from elsewhere
# may carry some. The DOCX and the HWPX writers leave them out of every text they write (`clean`).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff" + "".join(INVISIBLE) + "]")


def clean(text: str) -> str:
    """`text` without the characters no document of ours holds (XML's illegal ones, the invisible ones)."""
    return _NOT_XML.sub("", text)


# The rules for administrative documents (release-layout.md): the hierarchy comes from the spaces before
# the symbol, one space follows it, and wrapped lines start under the text (a hanging indent). A space is
# half a character of the body size; □ ㅇ ※ a whole one, "-" and "*" half of one.
_NOTE_SPACES = 1  # a note's marker one space in from its paragraph's symbol
# English bullets (model.ENGLISH_SYMBOLS): the symbol one character in per level below the first, the text one after.
_EN_BULLETS = {level: (symbol, level - 1.0, float(level)) for level, symbol in ENGLISH_SYMBOLS.items()}
LOGO_HEIGHT_MM = 15.0  # the cover row's logo, at most (a narrow cell makes it smaller)
_COMPACT = 130  # line spacing (%) of notes and of table cells, whatever the body's


def page_margins_mm(style: HouseStyle) -> dict[str, float]:
    """The style's margins as Word and the PDF measure them. A style gives 한글's page setup, where the
    header's area stands between the top margin and the text and the footer's between the text and the
    bottom margin; Word's (and our PDF's) text margins hold the header and the footer inside them, at the
    header and footer distances from the page's edge. The same text area in every format."""
    m = style.margins_mm
    return {
        "left": m["left"],
        "right": m["right"],
        "top": m["top"] + m["header"],
        "bottom": m["bottom"] + m["footer"],
        "header": m["top"],
        "footer": m["bottom"],
    }


def symbol_width(symbol: str) -> float:
    """A level symbol's width in characters of the body size, as the rules count it."""
    return sum(0.5 if ch.isascii() or ch in "–•·" else 1.0 for ch in symbol)


def item_geometry(spaces: int, symbol: str) -> tuple[float, float]:
    """Where a symbol with `spaces` before it stands, and where its text starts after one space."""
    at = spaces * 0.5
    return at, at + symbol_width(symbol) + 0.5


def columns(lang: str, level: int, marker: str = "") -> tuple[float, float] | None:
    """Where the documents put a level's symbol (with `marker`, a note's marker) and where its text starts,
    in characters of the body's size, as `_korean_body`, `_english` and `_note` place them; None where they
    print no symbol (plain paragraphs, English level 1). The editors draw their columns from it."""
    if marker:
        return item_geometry((SPACES_BEFORE.get(level, 0) if lang == "ko" else 0) + _NOTE_SPACES, marker)
    if lang == "ko":
        return item_geometry(SPACES_BEFORE[level], LEVEL_SYMBOLS[level]) if level in SPACES_BEFORE else None
    found = _EN_BULLETS.get(level)
    return found[1:] if found else None


def line_spacing(role: str, text_style: LanguageStyle) -> int:
    """The line spacing (%) of a paragraph of `role`: notes are set closer than the body."""
    return _COMPACT if role in ("note", "footnote") else text_style.line_spacing


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

    @property
    def padding_mm(self) -> tuple[float, float]:
        """The room inside each cell, left and right, top and bottom."""
        return (3.0, 3.0) if self.role == "title" else (2.0, 1.2)

    @property
    def min_row_mm(self) -> float:
        return 7.0 if self.role in ("release", "contact") else 0.0


@dataclass(frozen=True)
class CellFont:
    face: str  # the house style's font role: title, subtitle, head, label, table
    size: float  # points
    bold: bool
    spacing: int  # line spacing, percent


def cell_font(table_role: str, cell_role: str, text_style: LanguageStyle) -> CellFont:
    """The face, size, weight and line spacing of a table cell's text, the same in every format: the
    cover's 보도자료 in the style's label face and size, regular; the 보도시점/배포 row in the head face,
    bold; the title box's title bold and its subtitles regular; the contact table's labels bold."""
    sizes = text_style.sizes
    if cell_role == "title":
        return CellFont("title", sizes["title"], True, 120)
    if cell_role == "subtitle":
        return CellFont("subtitle", sizes["subtitle"], False, _COMPACT)
    if table_role == "cover":
        if cell_role == "label":
            return CellFont("label", sizes["label"], False, 100)
        return CellFont("head", sizes["head"], True, 100)  # the slogan, or the organisation in the logo's place
    if table_role == "release":
        return CellFont("head", sizes["head"], True, _COMPACT)
    return CellFont("table", sizes["table"], cell_role == "label", _COMPACT)


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
# A number from the start of its run of digits and separators (the separators before its first digit in group 1):
# tried at every digit of "0000…", it would read the run again each time.
_NUMBER_UNIT = re.compile(rf"((?<![\d,.])[,.]*)(\d[\d,.]*+)(\s?)({_KO_UNIT}|억|만|천|조)")
_KO_DATE = re.compile(
    r"\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.(?:\s?\([월화수목금토일]\))?|\d{1,2}\.\s\d{1,2}\.\([월화수목금토일]\)"
)
# A headline writes its unit in title case ("KRW 3.2 Trillion"): the unit is held whatever its case.
_EN_NUMBER = re.compile(
    r"\b(KRW|USD|US\$|EUR|JPY|CNY|W|\$)\s(?=\d)|(?<![\d,.])[,.]*(\d[\d,.]*+)\s((?i:million|billion|trillion|percent|"
    r"won|percentage points?|people|companies|countries|units|cases|times|km|kg|tons?))\b"
)
_EN_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:,\s\d{4})?\b")
# A hyphen inside a Korean word ("K-전자조달", "한-아세안") is part of the word (어절), not a place to break it.
_KO_COMPOUND = re.compile(r"(?<=[A-Za-z0-9가-힣])-(?=[가-힣])")


def no_break(text: str) -> str:
    """`text` with its number and unit, dates and phone numbers held together at line ends: the spaces
    inside them become no-break spaces, their hyphens no-break hyphens (a hyphen inside a Korean word too).
    A number written against its unit (120억원, 17.5%) and a date's weekday (15.(일)) need no mark: they
    are one word (어절), which each format keeps whole by its paragraphs' Korean line breaking."""

    text = _NUMBER_UNIT.sub(lambda m: m[0].replace(" ", NBSP), text)
    text = _KO_DATE.sub(lambda m: m[0].replace(" ", NBSP), text)
    text = _EN_DATE.sub(lambda m: m[0].replace(" ", NBSP), text)
    text = _EN_NUMBER.sub(lambda m: m[0].replace(" ", NBSP), text)
    text = _KO_COMPOUND.sub(NB_HYPHEN, text)
    return PHONE.sub(lambda m: m[0].replace("-", NB_HYPHEN).replace(" ", NBSP), text)


def plain(text: str) -> str:
    """Text with the no-break joins undone, as a reader of our documents wants it back (the word joiners
    of our older exports removed too)."""
    return text.replace(NBSP, " ").replace(NB_HYPHEN, "-").replace("\u2060", "").replace("\u200d", "")


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
    # Each dash held to its word: a long subtitle never leaves its closing dash alone on a line.
    subtitles = tuple(no_break(dashed(s, NBSP)) for s in version.subtitle if s.strip())
    if version.title or subtitles:
        blocks.append(Table("title", (1.0,), ((Cell(no_break(version.title), "title", lines=subtitles),),)))
    blocks += _korean_body(version.body, style, text_style)
    blocks += [_note(n, 0, "footnote", text_style) for n in version.footnotes]
    for number, text in enumerate(attachment_lines(details.attachments, "ko"), 1):
        gap = text_style.gap(0, 0) if number == 1 else 0
        blocks.append(Para("attachment", no_break(text), gap_before=gap, keep_with_next=True))
    contact = _korean_contact(version.contact)
    if contact and isinstance(contact[0], Table) and blocks and isinstance(blocks[-1], Para):
        blocks[-1] = replace(blocks[-1], keep_with_next=True)  # the contact table never stands alone on a page
    blocks += contact
    return section


def _korean_body(body: list[Paragraph], style: HouseStyle, text_style: LanguageStyle) -> list[Para]:
    blocks: list[Para] = []
    previous = None
    for paragraph in body:
        level = paragraph.level
        gap = text_style.gap(previous, level) if previous is not None else text_style.gaps_pt.get("title", 0)
        previous = level
        text = no_break(paragraph.text)
        if level:
            symbol = paragraph.symbol("ko", style.symbols)  # the house style's; numbers ("1.") as written
            symbol_at, text_at = item_geometry(SPACES_BEFORE[level], symbol)
            blocks.append(Para("body", text, level, symbol, symbol_at, text_at, gap_before=gap, align="justify"))
        else:
            blocks.append(Para("body", text, 0, first_line=1.0, gap_before=gap, align="justify"))
        blocks += [_note(n, level, "note", text_style) for n in paragraph.notes]
    return blocks


def _note(note: Note, level: int, role: str, text_style: LanguageStyle) -> Para:
    marker_at, text_at = item_geometry(SPACES_BEFORE.get(level, 0) + _NOTE_SPACES, note.marker)
    gap = text_style.gaps_pt.get("note", 0) if role == "note" else 0
    return Para(role, no_break(note.text), level, note.marker, marker_at, text_at, gap_before=gap)


def _korean_contact(contact: str) -> list[Para | Table]:
    """담당 부서 | department | 책임자/담당자 | rank | name | phone: one table, a department's name over its rows."""
    found = departments(contact, "ko")
    if not found or not all(any(p.name or p.phone for p in d.people) for d in found):  # a table would lose a line
        lines = contact.split("\n") if contact else []  # each without the label the user typed (model.Version)
        return [Para("contact", no_break(CONTACT_LABEL["ko"] + line)) for line in lines]
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
    for text in attachment_lines([t for t in details.attachments if _latin(t)], "en"):
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
