"""The window's File ▸ Export menu and Open filters, made from the format registry (drafter.formats):
a format added there (with its layouts) appears here without a change to the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from drafter import storage
from drafter.formats import FORMATS, Format, readable
from drafter.gui.i18n import text, ui


def layout_label(layout: str) -> str:
    """A layout's name in a menu or a list, with its accelerator."""
    labels = {
        "ko": ui("&Korean"),
        "en": ui("&English"),
        "bilingual": ui("Korean &and English"),
        "review": ui("&Review table"),
    }
    return labels.get(layout, layout)


def exportable() -> list[Format]:
    """The formats a release is exported to (the release file itself is saved, not exported)."""
    return [f for f in FORMATS if f.writer and storage.SUFFIX not in f.suffixes]


def fill_export_menu(menu: QMenu, export: Callable[[str, str], None]) -> list[QAction]:
    """One submenu per format, one entry per layout; `export(layout, suffix)` runs when chosen."""
    actions, taken = [], set()
    for fmt in exportable():
        submenu = menu.addMenu(with_mnemonic(text(fmt.name), fmt.name.en, taken))
        submenu.setObjectName(f"export{fmt.suffixes[0]}")
        for layout in fmt.layouts:
            action = submenu.addAction(layout_label(layout))
            action.setObjectName(f"export_{layout}{fmt.suffixes[0]}")
            action.triggered.connect(lambda _c=False, lay=layout, suf=fmt.suffixes[0]: export(lay, suf))
            actions.append(action)
    return actions


def with_mnemonic(label: str, english: str, taken: set[str]) -> str:
    """`label` with an accelerator no other entry of its menu has: a letter of the English name, marked
    in it or, for a Korean label, after it as Korean menus write it ("텍스트(&T)")."""
    letter = next((c for c in english if c.isascii() and c.isalnum() and c.lower() not in taken), "")
    if not letter:
        return label
    taken.add(letter.lower())
    if label == english:
        at = english.index(letter)
        return f"{label[:at]}&{label[at:]}"
    return f"{label}(&{letter.upper()})"


def open_filters() -> str:
    """The Open dialog's filters: every readable type at once, each type alone, and all files."""
    formats = readable()
    patterns = [f"*{suffix}" for f in formats for suffix in f.suffixes]
    each = [f"{text(f.name)} ({' '.join(f'*{s}' for s in f.suffixes)})" for f in formats]
    every = ui("Releases and documents ({patterns})", patterns=" ".join(patterns))
    return ";;".join([every, *each, ui("All files (*)")])
