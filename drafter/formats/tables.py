"""What a table of a DOCX or an HWPX is, by the same steps for both readers.

A release's tables are its head and its contact: the cover row (logo | 보도자료 | slogan), a table of
labels and values (보도시점 | … | 배포 | …), a banner ("조달청 보도자료" alone), the contact table (담당
부서 | … or 부서 | 직위 | 성명 | 연락처), and the title box (one cell: the title, its subtitles under it).
A table of anything else is content, which the reader reads cell by cell as body paragraphs. Each reader
gives the cells' text, a cell's paragraphs one line each (a picture's description where it has no text:
the logo names the organisation), and says whether a title box may stand where the table does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.formats.contact_table import contact_lines
from drafter.formats.head import DOC_TYPE_RE, ORGANISATION_DOC_TYPE_RE, header_lines

_ORGANISATION_MAX = 40  # characters: a cell before 보도자료 longer than this is not the organisation's name


@dataclass
class TableParts:
    """A table as the lines of the plain-text layout it stands for."""

    head: list[str] = field(default_factory=list)  # "조달청 보도자료", "보도시점 : …"
    contact: list[str] = field(default_factory=list)  # one line per department, without the label
    title: list[str] = field(default_factory=list)  # the title box: the title, then its subtitles
    content: list[int] = field(default_factory=list)  # rows of other content, to be read as body


def classify(rows: list[list[str]], title_box: bool, grid: list[list[str]] | None = None) -> TableParts:
    """The parts of a table whose cells hold `rows` (a cell's lines joined by "\\n"); `grid`, when the reader
    has one, holds a merged cell's text in every position it covers (the contact table's department). A
    one-cell table is the title box only where `title_box` says one may stand."""
    parts = TableParts()
    kept = list(range(len(rows)))  # the rows' places in the table
    flat = [[" ".join(text.split()) for text in row] for row in rows]
    cover = next((r for r, row in enumerate(flat) if any(DOC_TYPE_RE.match(t) for t in row)), None)
    if cover is not None:
        row = flat[cover]
        at = next(i for i, t in enumerate(row) if DOC_TYPE_RE.match(t))
        organisation = next((t for t in row[:at] if t and len(t) <= _ORGANISATION_MAX), "")
        parts.head.append(f"{organisation} 보도자료" if organisation else "보도자료")
        rows, flat, grid = rows[:cover] + rows[cover + 1 :], flat[:cover] + flat[cover + 1 :], None
        del kept[cover]
        if not any(any(row) for row in flat):
            return parts
    texts = [t for row in flat for t in row if t]
    if len(texts) == 1 and ORGANISATION_DOC_TYPE_RE.match(texts[0]):  # a banner: "조달청 보도자료"
        parts.head.append(texts[0])
    elif (head := header_lines(flat)) is not None:  # first: a detail may hold any word (담당자)
        parts.head += head
    elif contact := contact_lines(grid if grid is not None else rows):
        parts.contact = contact
    elif title_box and sum(len(row) for row in rows) == 1:
        parts.title = [line.strip() for line in rows[0][0].split("\n") if line.strip()]
    else:
        parts.content = kept
    return parts
