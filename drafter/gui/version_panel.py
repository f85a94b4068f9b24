"""One language's side of the window: the template's fields, top to bottom, in editors."""

from __future__ import annotations

import bisect
from functools import lru_cache

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from drafter.formats.body import NOTE_RE, Body, Placed, format_body, note_line, parse_body
from drafter.gui.editors import FieldEdit
from drafter.gui.i18n import ui
from drafter.gui.levels import BodyEdit, LevelChoice
from drafter.l10n import tr
from drafter.labels import strip_label
from drafter.model import Note, Paragraph, Version
from drafter.parity.findings import Location

FIELDS = ("title", "subtitle", "body", "footnotes", "contact")
_HEIGHTS = {"title": 3, "subtitle": 4, "body": 0, "footnotes": 4, "contact": 4}  # the most lines shown


class VersionPanel(QWidget):
    """Editors for title, subtitle, body, footnotes and contact of the Korean or the English version."""

    changed = Signal()
    cursor_moved = Signal()  # in the body
    cursor_rests = Signal(str)  # the cursor moved in a field: its name
    file_dropped = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName(f"panel_{lang}")
        # The captions stand to the left of their fields, the body's level choice beside the version's name:
        # the editors take the height (the body most of it), the captions no row of their own.
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setVerticalSpacing(4)
        layout.setColumnStretch(1, 1)
        header = QLabel(ui("Korean version") if lang == "ko" else ui("English version"))
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        top = QHBoxLayout()
        top.addWidget(header, 1)
        layout.addLayout(top, 0, 0, 1, 2)
        captions = {
            "title": ui("Title"),
            "subtitle": ui("Subtitle"),
            "body": ui("Body"),
            "footnotes": ui("Footnotes"),
            "contact": ui("Contact"),
        }
        self.editors: dict[str, FieldEdit] = {}
        for name in FIELDS:
            editor = (
                BodyEdit(lang, _HEIGHTS[name])
                if name == "body"
                else FieldEdit(_HEIGHTS[name], single_line=name == "title", notes=name == "footnotes")
            )
            editor.setObjectName(f"{lang}_{name}")
            editor.setPlaceholderText(_placeholder(name, lang))
            if name == "title":
                bold = QFont(editor.font())
                bold.setBold(True)
                editor.setFont(bold)
            editor.edited.connect(self.changed)
            editor.cursorPositionChanged.connect(lambda n=name: self.cursor_rests.emit(n))
            editor.file_dropped.connect(self.file_dropped)
            label = QLabel(captions[name])
            label.setBuddy(editor)
            row = layout.rowCount()
            caption = QVBoxLayout()
            caption.addWidget(label)
            if isinstance(editor, BodyEdit):  # the level of the paragraph the cursor is in, and a way to set it
                self.level_choice = LevelChoice(editor)
                top.addWidget(self.level_choice)
                layout.setRowStretch(row, 1)
            if name == "contact" and lang == "en":  # the English the Korean contact suggests, on request
                self.fill_contact = QToolButton()
                self.fill_contact.setObjectName("fill_contact")
                self.fill_contact.setText(ui("Fill"))
                self.fill_contact.setToolTip(
                    ui("Fill from the Korean")
                    + ": "
                    + ui("Departments and ranks from the glossary, names romanised, phones in international form.")
                )
                self.fill_contact.hide()
                self.fill_contact.clicked.connect(self._fill_contact)
                editor.textChanged.connect(self._show_fill)
                caption.addWidget(self.fill_contact)
            caption.addStretch(1)
            layout.addLayout(caption, row, 0)
            layout.addWidget(editor, row, 1)
            self.editors[name] = editor
        self.editors["body"].cursorPositionChanged.connect(self.cursor_moved)
        self._level_shown = QTimer(self, singleShot=True, interval=150, timeout=self.level_choice.show_level)
        self.editors["body"].cursorPositionChanged.connect(self._level_shown.start)  # when the cursor rests
        self._body = Body()
        self._body_state = (-1, -1)  # the body document's state (_state) that _body was parsed from
        self._starts: dict[str, list[int]] = {}
        self._contact_at = Placed()  # where each line of the contact stands in its editor
        self._starts_of: tuple[Body | None, list[int]] = (None, [])  # where the paragraphs of a body start
        self._counted: dict[FieldEdit, tuple[tuple[int, int], tuple[int, int]]] = {}  # per field: state, counts
        body = self.editors["body"]
        if isinstance(body, BodyEdit):  # the level choice finds the paragraphs in the sketch kept here
            body.sketch = self._current_body

    def suggest_contact(self, text: str) -> None:
        """Show `text` greyed in the empty English contact, with a button to take it."""
        editor = self.editors["contact"]
        editor.setPlaceholderText(text or _placeholder("contact", self.lang))
        self._suggested = text
        self._show_fill()

    def _show_fill(self) -> None:
        self.fill_contact.setVisible(
            bool(getattr(self, "_suggested", "")) and not self.editors["contact"].toPlainText()
        )

    def _fill_contact(self) -> None:
        editor = self.editors["contact"]
        editor.setFocus()
        editor.insertPlainText(self._suggested)  # one undo step

    def set_symbols(self, symbols: dict[int, str]) -> None:
        """The house style's symbols of the levels, which Tab and the level choice write (Korean)."""
        body = self.editors["body"]
        if isinstance(body, BodyEdit):
            body.set_symbols(symbols)
            self.level_choice.fill()

    def set_zoom(self, steps: int) -> None:
        for editor in self.editors.values():
            editor.set_zoom(steps)

    # -- model <-> editors -----------------------------------------------------------------------
    def set_version(self, version: Version) -> None:
        texts = {
            "title": version.title,
            "subtitle": "\n".join(version.subtitle),
            "body": format_body(version.body),
            "footnotes": "\n".join(note_line(n) for n in version.footnotes),
            "contact": version.contact,
        }
        for name, value in texts.items():
            self.editors[name].setPlainText(value)
            self.editors[name].document().clearUndoRedoStacks()
        self._body_state = (-1, -1)  # a new text: its revision number says nothing about the old parse
        self._counted.clear()  # … nor about the old counts
        if self.lang == "en":
            self.suggest_contact("")  # the suggestion came from the Korean of the release before

    def version(self) -> Version:
        """The version as the editors hold it now; also remembers where each item stands, for findings."""
        title, title_at = _stripped(self.editors["title"].toPlainText())
        contact, self._contact_at = _contact(self.editors["contact"].toPlainText())
        subtitle = _lines(self.editors["subtitle"].toPlainText())
        footnotes = []
        for text, at in _lines(self.editors["footnotes"].toPlainText()):
            m = NOTE_RE.match(text)
            footnotes.append((Note(m[2], m[1]), at + m.start(2)) if m else (Note(text, "*"), at))
        self._body = body = parse_body(self.editors["body"].toPlainText())
        self._body_state = _state(self.editors["body"])
        paragraphs = body.paragraphs
        if body.loose:  # notes typed above the first or below the last paragraph stay with it
            if paragraphs:
                paragraphs[-1].notes.extend(body.loose)
                body.places[-1].notes.extend(body.loose_at)
            else:
                paragraphs = [Paragraph("", list(body.loose))]
        self._starts = {
            "title": [title_at],
            "subtitle": [at for _t, at in subtitle],
            "footnotes": [at for _n, at in footnotes],
        }
        return Version(
            title=title,
            subtitle=[t for t, _a in subtitle],
            body=paragraphs,
            footnotes=[n for n, _a in footnotes],
            contact=contact,
        )

    # -- where things are ------------------------------------------------------------------------
    def place(self, field: str, loc: Location | None) -> tuple[FieldEdit, int, int] | None:
        """The editor and the span in it of a finding's location, as of the last `version()`."""
        if loc is None:
            return None
        if field == "body":
            editor = self.editors["body"]
            places = self._body.places
            if loc.paragraph is None or loc.paragraph >= len(places):
                end = len(editor.toPlainText())
                return editor, end, end
            place = places[loc.paragraph]
            return editor, place.to_source(loc.start), place.to_source(loc.end)
        if field == "notes":
            flat = [at for place in self._body.places for at in place.notes]
            if loc.paragraph is None or loc.paragraph >= len(flat):
                return None
            at = flat[loc.paragraph]
            return self.editors["body"], at + loc.start, at + loc.end
        editor = self.editors.get(field)
        if editor is None:
            return None
        if field == "contact":  # one text of several lines, each without the label typed before it
            if loc.paragraph is None or not self._contact_at.segments:
                end = len(editor.toPlainText())
                return editor, end, end
            return editor, self._contact_at.to_source(loc.start), self._contact_at.to_source(loc.end)
        starts = self._starts.get(field, [])
        if loc.paragraph is None or loc.paragraph >= len(starts):
            end = len(editor.toPlainText())
            return editor, end, end
        at = starts[loc.paragraph]
        return editor, at + loc.start, at + loc.end

    def _current_body(self) -> Body:
        """The body's paragraphs and places as typed now, read again (sketched) only if the body changed.
        On the typing path: only the lines typed in since are read anew, and no model object is made."""
        editor = self.editors["body"]
        if _state(editor) != self._body_state:
            self._body = parse_body(editor.toPlainText(), sketch=True)
            self._body_state = _state(editor)
        return self._body

    def paragraph_at(self, position: int) -> int | None:
        """The body paragraph at a position of the body editor."""
        body = self._current_body()
        if body is not self._starts_of[0]:
            self._starts_of = (body, [place.segments[0][1] for place in body.places])
        index = bisect.bisect_right(self._starts_of[1], position) - 1
        return index if index >= 0 else None

    def paragraph_span(self, index: int) -> tuple[int, int] | None:
        body = self._current_body()
        if not 0 <= index < len(body.places):
            return None
        place = body.places[index]
        return place.segments[0][1], place.to_source(len(body.paragraphs[index].text))

    def lines(self, field: str) -> list[tuple[str, int, int]]:
        """The non-empty lines of a field (subtitle, footnotes, title): their text stripped, where it
        starts and ends in the editor."""
        return [(text, at, at + len(text)) for text, at in _lines(self.editors[field].toPlainText())]

    def line_at(self, field: str, position: int) -> int | None:
        """Which non-empty line of a field a position of its editor is on."""
        block = self.editors[field].document().findBlock(position)
        return next(
            (i for i, (_t, start, _e) in enumerate(self.lines(field)) if block.contains(start)),
            None,
        )

    def notes_of(self, index: int) -> list[tuple[str, str, int, int]]:
        """The notes of a body paragraph as the editor holds them: marker, text, where the text starts and
        where its line ends."""
        body = self._current_body()
        if not 0 <= index < len(body.places):
            return []
        document = self.editors["body"].document()
        found = []
        for at in body.places[index].notes:
            block = document.findBlock(at)
            line = block.text()
            marker = line[: at - block.position()].strip()
            found.append((marker, line[at - block.position() :].strip(), at, block.position() + len(line.rstrip())))
        return found

    def paragraph_bullet(self, index: int) -> str:
        """The symbol a body paragraph is written with ("" for none)."""
        body = self._current_body()
        return body.paragraphs[index].bullet if 0 <= index < len(body.paragraphs) else ""

    def paragraph_end(self, index: int) -> int | None:
        """Where a body paragraph's last line ends, after its notes."""
        span = self.paragraph_span(index)
        notes = self.notes_of(index)
        if span is None:
            return None
        return notes[-1][3] if notes else span[1]

    def counts(self) -> tuple[int, int]:
        """Characters without spaces (자, as Korean counts) and words (as English counts) of all fields.

        Run on every keystroke: each field is counted again only if it changed, line by line, and each
        line only if it is new (the fields and lines are separated by whitespace, so the counts add up).
        """
        total = [0, 0]
        for editor in self.editors.values():
            state, counted = self._counted.get(editor, ((-1, -1), (0, 0)))
            if state != _state(editor):
                lines = [_line_counts(line) for line in editor.toPlainText().split("\n")]
                counted = (sum(c for c, _w in lines), sum(w for _c, w in lines))
                self._counted[editor] = (_state(editor), counted)
            total[0] += counted[0]
            total[1] += counted[1]
        return total[0], total[1]


def _state(editor: FieldEdit) -> tuple[int, int]:
    """What tells an editor's text from its earlier ones, cheaply: its count of text edits (not the
    document's revision, which every re-highlighting of a block raises), and the length, for a reader
    that Qt tells of an edit before the editor has counted it."""
    return editor.text_edits, editor.document().characterCount()


@lru_cache(maxsize=16384)
def _line_counts(line: str) -> tuple[int, int]:
    words = line.split()
    return sum(map(len, words)), len(words)


def _contact(text: str) -> tuple[str, Placed]:
    """The contact as typed, a person or a department a line, without the "* 문의:" / "Contact:" the user
    may have typed before a line (printed once, by the documents), and where each line stands in the editor."""
    lines, place = [], Placed()
    at = 0
    for line, start in _lines(text):
        label = len(line) - len(strip_label(line))
        if line[label:]:
            place.segments.append((at, start + label))
            lines.append(line[label:])
            at += len(line) - label + 1
    return "\n".join(lines), place


def _stripped(text: str) -> tuple[str, int]:
    line = " ".join(text.split("\n"))
    return line.strip(), len(line) - len(line.lstrip())


def _lines(text: str) -> list[tuple[str, int]]:
    """Non-empty lines, stripped, with the offset of each line's first character."""
    found, offset = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            found.append((raw.strip(), offset + len(raw) - len(raw.lstrip())))
        offset += len(raw) + 1
    return found


def _placeholder(field: str, lang: str) -> str:
    """What to write where, in the document's language: the template filled in for the writer."""
    hints = {
        "title": tr("Title of the release"),
        "subtitle": tr("Subtitle lines, one per line"),
        "body": tr(
            "Paragraphs, separated by a blank line. Lines starting with * or ※ directly under a "
            "paragraph are its notes."
        ),
        "footnotes": tr("Notes for the whole release, one per line, starting with * or ※"),
        "contact": tr("Department, name, title (phone)"),
    }
    return hints[field].in_(lang)
