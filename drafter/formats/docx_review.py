"""The review layout: a landscape table, Korean | English | findings, one row per aligned pair.

Rows follow the checker's own alignment (drafter.parity.units.Context), so a reviewer sees each
finding beside the two paragraphs it concerns: title, subtitle, every aligned body pair with its
notes, footnotes, contact, and a last row for findings that belong to no part (metadata). The
top of the document and the page header give the summary of the findings and the reviewer's
progress; accepted findings are listed in grey with their reasons, approved pairs are marked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime

from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run
from lxml import etree

from drafter.formats.docx_base import DocxBuilder
from drafter.formats.docx_ooxml import REVIEW_BANNER, REVIEW_HEADINGS, put, qn
from drafter.formats.plaintext import subtitle_line
from drafter.l10n import tr, tr_n
from drafter.model import Paragraph, Release, Version
from drafter.parity import Finding, check, summary
from drafter.parity.align import Pair
from drafter.parity.review import is_approved, progress, reasons, review_units, split_accepted
from drafter.parity.units import Context, note_parts
from drafter.styles import HouseStyle

SEVERITY_LABELS = {"error": ("오류", "error"), "warning": ("경고", "warning"), "info": ("참고", "info")}
SEVERITY_COLOURS = {"error": "C00000", "warning": "B45F06", "info": "595959"}
HEADING_FILL = "D9E2F3"
GREY = "7F7F7F"
APPROVED_COLOUR = "38761D"
# Which row each field's findings go to when they carry no body paragraph.
_ROW_OF_FIELD = {"title": "title", "subtitle": "subtitle", "footnotes": "footnotes", "contact": "contact"}
_ROW_NAMES = {
    "title": "제목 · Title",
    "subtitle": "부제 · Subtitle",
    "footnotes": "각주 · Footnotes",
    "contact": "문의 · Contact",
    "other": "기타 · Other",
}


class ReviewDocx(DocxBuilder):
    def __init__(self, release: Release, house: HouseStyle, findings: list[Finding] | None = None) -> None:
        super().__init__(house, ("ko", "en"))
        self.release = release
        self.context = Context.of(release)
        everything = check(release) if findings is None else findings
        self.findings, accepted = split_accepted(release.review, everything)
        self.reasons = reasons(release.review)
        self.accepted = [f for f, _reason in accepted]

    def build(self, now: datetime) -> bytes:
        self.landscape()
        self.page_numbers(self.doc.sections[0])
        counts = summary(self.findings)
        totals = tr("Findings: {total} (errors {error}, warnings {warning}, info {info}).", **counts)
        title = self.release.ko.title or self.release.en.title
        self.page_header([(f"{title} — {totals.ko} {totals.en}", "Header")])
        self.para(self.doc, REVIEW_BANNER, "KoTitle")
        self.para(self.doc, totals.ko, "KoSubtitle")
        self.para(self.doc, totals.en, "EnSubtitle")
        approved, pairs = progress(self.release.review, self.context)
        state = tr_n(
            "Approved: {approved} of {pairs} pair. Accepted findings: {accepted} (listed in grey).",
            "Approved: {approved} of {pairs} pairs. Accepted findings: {accepted} (listed in grey).",
            pairs,
            approved=approved,
            pairs=pairs,
            accepted=len(self.accepted),
        )
        self.para(self.doc, state.ko, "KoSubtitle")
        self.para(self.doc, state.en, "EnSubtitle")
        self.para(self.doc, "", "KoTable")
        self.review_table()
        self.properties(self.release, "ko", now)
        return self.to_bytes()

    # rows -----------------------------------------------------------------------------------
    def rows(self) -> list[tuple[str, str, list[Finding]]]:
        """(row key, locator, findings) in document order; the key says what the two cells show."""
        grouped = self.group_findings()
        ko, en = self.release.ko, self.release.en
        keys: list[tuple[str, str]] = []
        if ko.title or en.title:
            keys.append(("title", _ROW_NAMES["title"]))
        if ko.subtitle or en.subtitle:
            keys.append(("subtitle", _ROW_NAMES["subtitle"]))
        for i, pair in enumerate(self.context.pairs):
            keys.append((f"pair:{i}", _pair_locator(pair)))
        if ko.footnotes or en.footnotes:
            keys.append(("footnotes", _ROW_NAMES["footnotes"]))
        if ko.contact or en.contact:
            keys.append(("contact", _ROW_NAMES["contact"]))
        rows = [(key, locator, grouped.pop(key, [])) for key, locator in keys]
        leftover = [f for group in grouped.values() for f in group]
        if leftover:
            rows.append(("other", _ROW_NAMES["other"], leftover))
        return rows

    def group_findings(self) -> dict[str, list[Finding]]:
        """Findings, open then accepted, by the row they belong to."""
        pair_of = {"ko": {}, "en": {}}  # body paragraph index → pair index, per side
        for i, pair in enumerate(self.context.pairs):
            for j in pair.ko:
                pair_of["ko"][j] = i
            for j in pair.en:
                pair_of["en"][j] = i
        note_owner = {lang: _note_owners(self.release.version(lang)) for lang in ("ko", "en")}
        grouped: dict[str, list[Finding]] = defaultdict(list)
        for f in self.findings + self.accepted:
            key = "other"
            if f.field in _ROW_OF_FIELD:
                key = _ROW_OF_FIELD[f.field]
            elif f.field in ("body", "notes"):
                for lang, loc in (("ko", f.ko), ("en", f.en)):
                    if loc is None or loc.paragraph is None:
                        continue
                    index = loc.paragraph if f.field == "body" else note_owner[lang].get(loc.paragraph)
                    if index is not None and index in pair_of[lang]:
                        key = f"pair:{pair_of[lang][index]}"
                        break
            grouped[key].append(f)
        return grouped

    # the table --------------------------------------------------------------------------------
    def review_table(self) -> None:
        side = self.text_width * 2 // 5
        widths = [side, side, self.text_width - 2 * side]
        rows = self.rows()
        table = self.table(len(rows) + 1, widths)
        heading = table.rows[0]
        heading._tr.get_or_add_trPr().append(etree.Element(qn("tblHeader")))  # repeated on every page
        for cell, text, style in zip(
            heading.cells, REVIEW_HEADINGS, ("KoTableLabel", "EnTableLabel", "KoTableLabel"), strict=True
        ):
            self.cell_text(cell, text, style)
            self.shade(cell, HEADING_FILL)
        fields = {u.field: u for u in review_units(self.context) if u.field != "body"}  # title, contact …
        for row, (key, locator, findings) in zip(table.rows[1:], rows, strict=True):
            # A pair is read side by side: its row moves to the next page whole (Word still splits a
            # row taller than a page).
            row._tr.get_or_add_trPr().append(etree.Element(qn("cantSplit")))
            ko_cell, en_cell, finding_cell = row.cells
            self.side_cell(ko_cell, "ko", key)
            self.side_cell(en_cell, "en", key)
            unit = self.context.body_units[int(key[5:])] if key.startswith("pair:") else fields.get(key)
            approved = unit is not None and is_approved(self.release.review, unit)
            self.finding_cell(finding_cell, locator, findings, approved)

    def side_cell(self, cell: _Cell, lang: str, key: str) -> None:
        version = self.release.version(lang)
        p = lang.capitalize()
        first = True

        def add(text: str, style: str, bold: bool = False) -> None:
            nonlocal first
            para = self.cell_text(cell, text, style, first)
            first = False
            if bold and para.runs:
                para.runs[0].bold = True

        if key == "title":
            add(version.title, f"{p}Table", bold=True)
        elif key == "subtitle":
            for line in version.subtitle:
                add(subtitle_line(line, lang), f"{p}Table")
        elif key.startswith("pair:"):
            pair = self.context.pairs[int(key[5:])]
            for index in pair.ko if lang == "ko" else pair.en:
                self.paragraph(version.body[index], index, add, p)
        elif key == "footnotes":
            for note in version.footnotes:
                add(f"{note.marker}\t{note.text}", f"{p}CellNote")
        elif key == "contact" and version.contact:
            add(version.contact, f"{p}Table")
        if first:  # nothing on this side: say so, greyed
            add("—", f"{p}TableLabel")
            _grey(cell.paragraphs[0])

    @staticmethod
    def paragraph(paragraph: Paragraph, index: int, add: Callable[[str, str], None], p: str) -> None:
        text = f"{paragraph.bullet} {paragraph.text}" if paragraph.bullet else paragraph.text
        add(f"¶{index + 1}  {text}", f"{p}Table")
        for note in paragraph.notes:
            add(f"{note.marker}\t{note.text}", f"{p}CellNote")

    def finding_cell(self, cell: _Cell, locator: str, findings: Sequence[Finding], approved: bool) -> None:
        head = self.cell_text(cell, locator, "KoFinding")
        _grey(head)
        if approved:
            run = head.add_run("   ✓ 승인 · Approved")
            run.bold = True
            _colour(run, APPROVED_COLOUR)
        for f in findings:
            reason = self.reasons.get(f.fingerprint)
            ko_label, en_label = SEVERITY_LABELS[f.severity.value]
            line = self.para(cell, "", "KoFinding")
            run = line.add_run(f"● {ko_label} · {en_label}" if reason is None else f"○ {ko_label} · {en_label}")
            run.bold = True
            _colour(run, SEVERITY_COLOURS[f.severity.value] if reason is None else GREY)
            line.add_run(f"  [{f.rule}]")
            lines = [line, self.para(cell, f.message.ko, "KoFinding"), self.para(cell, f.message.en, "EnFinding")]
            if reason is not None:
                lines.append(self.para(cell, f"수용 · Accepted: {reason}", "KoFinding"))
                for paragraph in lines:
                    _grey(paragraph)


def _pair_locator(pair: Pair) -> str:
    def side(indices: tuple[int, ...]) -> str:
        if not indices:
            return "—"
        if len(indices) == 1:
            return f"¶{indices[0] + 1}"
        return f"¶{indices[0] + 1}–{indices[-1] + 1}"

    return f"본문 · Body  {side(pair.ko)} ↔ {side(pair.en)}"


def _note_owners(version: Version) -> dict[int, int]:
    """Note index (counted across the version, as findings give it) → index of its body paragraph."""
    return {part.index: i for i, parts in enumerate(note_parts(version)) for part in parts}


def _colour(run: Run, hex_colour: str) -> None:
    put(run._r.get_or_add_rPr(), "color", {"val": hex_colour})


def _grey(paragraph: DocxParagraph) -> None:
    for run in paragraph.runs:
        _colour(run, GREY)
