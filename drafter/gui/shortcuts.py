"""The window's keyboard shortcuts in one table: the keys the README names, bound as they are written on
every platform, and beside them the platform's own keys for the command.

Qt's standard keys differ by platform theme: under X11 without a desktop session *Replace* has no key at
all (and Ctrl+Y does not redo), under KDE it is Ctrl+R, and under Windows and GNOME *Find Previous* is
also Ctrl+Shift+G, the glossary's key. So the README's keys come first (the menus show the first), then
the platform's own key unless another command of the table names it. 한글 users' habits are second
bindings: Alt+S saves, Ctrl+F2 finds and replaces, F8 goes to the next finding or misspelling.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QKeySequence

_S = QKeySequence.StandardKey

# command: (the keys the README names, the platform's standard key or None)
COMMANDS: dict[str, tuple[tuple[str, ...], QKeySequence.StandardKey | None]] = {
    "new": (("Ctrl+N",), _S.New),
    "open": (("Ctrl+O",), _S.Open),
    "save": (("Ctrl+S", "Alt+S"), _S.Save),
    "save_as": (("Ctrl+Shift+S",), _S.SaveAs),
    "print": (("Ctrl+P",), _S.Print),
    "close": (("Ctrl+W",), _S.Close),
    "quit": (("Ctrl+Q",), _S.Quit),
    "undo": (("Ctrl+Z",), _S.Undo),
    "redo": (("Ctrl+Y", "Ctrl+Shift+Z"), _S.Redo),
    "cut": (("Ctrl+X",), _S.Cut),
    "copy": (("Ctrl+C",), _S.Copy),
    "paste": (("Ctrl+V",), _S.Paste),
    "select_all": (("Ctrl+A",), _S.SelectAll),
    "find": (("Ctrl+F",), _S.Find),
    "replace": (("Ctrl+H", "Ctrl+F2"), _S.Replace),
    "find_next": (("F3", "Ctrl+G"), _S.FindNext),
    "find_previous": (("Shift+F3",), _S.FindPrevious),
    "next_finding": (("F8",), None),
    "previous_finding": (("Shift+F8",), None),
    "suggestion_1": (("Ctrl+1",), None),
    "suggestion_2": (("Ctrl+2",), None),
    "suggestion_3": (("Ctrl+3",), None),
    "edit_view": (("Ctrl+PgUp",), None),
    "review_view": (("Ctrl+PgDown",), None),
    "zoom_in": (("Ctrl++", "Ctrl+="), _S.ZoomIn),
    "zoom_out": (("Ctrl+-",), _S.ZoomOut),
    "actual_size": (("Ctrl+0",), None),
    "glossary": (("Ctrl+Shift+G",), None),
    "concordance": (("Ctrl+K",), None),
    "guide": (("F1",), _S.HelpContents),
    "shortcuts": (("Ctrl+/",), None),
}


@cache
def _named() -> frozenset[str]:
    """Every key the table names for some command."""
    return frozenset(QKeySequence(k).toString() for keys, _standard in COMMANDS.values() for k in keys)


def sequences(command: str) -> list[QKeySequence]:
    """The keys of a command: the table's, then the platform's own (its first) unless another command of
    the table names it."""
    keys, standard = COMMANDS[command]
    found = [QKeySequence(k) for k in keys]
    platform = QKeySequence(standard) if standard is not None else QKeySequence()
    if not platform.isEmpty() and platform.toString() not in _named():
        found.append(platform)
    return found
