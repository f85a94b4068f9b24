"""Help: a short guide, the keyboard shortcuts (read from the menus, so that the list never lags behind
them) and About, with the versions and licences of what the program is built on."""

from __future__ import annotations

import platform
from html import escape
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import drafter
from drafter.gui.i18n import ui

# The libraries the program ships with or loads, and their licences (as their projects state them).
LIBRARIES = (
    ("PySide6-Essentials", "Qt for Python", "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
    ("python-docx", "python-docx", "MIT"),
    ("lxml", "lxml", "BSD-3-Clause"),
    ("Babel", "Babel", "BSD-3-Clause"),
    ("pyenchant", "PyEnchant", "LGPL-2.1-or-later"),
    ("python-hwpx", "python-hwpx", "Apache-2.0"),
    ("rapidfuzz", "RapidFuzz", "MIT"),
)
SYSTEM_LIBRARIES = (
    ("Qt", "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
    ("Enchant", "LGPL-2.1-or-later"),
    ("Hunspell", "MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later"),
)


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "—"


def about_html() -> str:
    rows = [(name, _version(dist), licence) for dist, name, licence in LIBRARIES]
    rows += [(name, qVersion() if name == "Qt" else "", licence) for name, licence in SYSTEM_LIBRARIES]
    header = (ui("Library"), ui("Version"), ui("Licence"))
    table = "".join(
        "<tr>" + "".join(f"<{cell} align='left'>{escape(text)}</{cell}>" for text in row) + "</tr>"
        for cell, row in [("th", header), *(("td", r) for r in rows)]
    )
    versions = ui("Python {python} · Qt {qt} · licence: MIT", python=platform.python_version(), qt=qVersion())
    made = drafter.build()
    paragraphs = [
        ui(
            "Draft a press release in Korean and English side by side, check that both say the same, "
            "export DOCX and text."
        ),
        ui("Build: {build}", build=made) if made else ui("Running from source, not from a packaged build."),
        versions,
        ui("Built with:"),
    ]
    dictionaries = ui("Spell-check dictionaries keep their own licences (hunspell-ko: GPL, LGPL or MPL; en_US: SCOWL).")
    if (drafter.RESOURCES / "fonts").is_dir():  # a packaged build ships them (packaging/build.py)
        dictionaries += " " + ui("Nanum fonts: SIL Open Font License 1.1.")
    return (
        f"<h3>Release Drafter {escape(drafter.__version__)}</h3>"
        + "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        + f"<table cellspacing='0' cellpadding='3'>{table}</table><p>{escape(dictionaries)}</p>"
    )


def shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(what, keys) for every menu action with a shortcut, in menu order, and the keys that have no menu."""
    found = []
    for top in menu_bar.actions():
        menu = top.menu()
        for action in menu.actions() if menu else ():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
            if keys:
                label = action.text().replace("&", "").rstrip("…").split("\t")[0]
                found.append((label, ", ".join(keys)))
    found += [
        (ui("Approve the pair and go to the next (review view)"), "Ctrl+Return"),
        (ui("Find bar: next match, previous match, close"), "Return, Shift+Return, Esc"),
        (ui("Find bar: replace this match (in the replace field)"), "Return"),
        (ui("Body: the level of the paragraph (at its start) down, up"), "Tab, Shift+Tab"),
    ]
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(ui("Keyboard shortcuts"))
        rows = shortcuts(menu_bar)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([ui("Command"), ui("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (label, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        _layout(self, self.table)
        self.resize(560, 620)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(ui("Quick guide"))
        browser = QTextBrowser()
        steps = [
            ui(
                "Write the Korean on the left and the English on the right, field by field: title, "
                "subtitle, body, footnotes, contact. Separate paragraphs with a blank line; lines "
                "starting with * or ※ under a paragraph are its notes."
            ),
            ui(
                "The checker compares both versions while you type. Findings are underlined in both "
                "editors and listed below; F8 and Shift+F8 go from the cursor to the next and the previous "
                "finding or misspelt word."
            ),
            ui(
                "Misspelt words have a dotted purple underline on a pale purple ground; right-click one for "
                "suggestions or to add it to your dictionary. Tools ▸ Check Spelling as You Type turns it off "
                "and on."
            ),
            ui(
                "Ctrl+F finds and Ctrl+H (or Ctrl+F2) replaces, in both versions or one. Korean words are "
                "found with their particles."
            ),
            ui(
                "In the review view, tick each pair of paragraphs once you have checked it; accept a "
                "finding with a reason when it is right as it is."
            ),
            ui(
                "Tab at the start of a body paragraph makes it an item (□, then ㅇ, then -) and Shift+Tab "
                "takes it back; the documents indent each level."
            ),
            ui(
                "Save keeps a .release.json; File ▸ Export writes DOCX, PDF and text, and File ▸ Print "
                "shows the pages before printing them. A recovery copy is kept while you type."
            ),
        ]
        browser.setHtml("<ol>" + "".join(f"<li><p>{escape(step)}</p></li>" for step in steps) + "</ol>")
        _layout(self, browser)
        self.resize(560, 480)


def about_dialog(parent: QWidget) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName("about_dialog")
    dialog.setWindowTitle(ui("About Release Drafter"))
    browser = QTextBrowser()
    browser.setObjectName("about_text")
    browser.setHtml(about_html())
    _layout(dialog, browser)
    dialog.resize(600, 460)
    return dialog


def _layout(dialog: QDialog, content: QWidget) -> None:
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
