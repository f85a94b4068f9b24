"""The interface language of the window: the user's choice, else the system locale."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from drafter.l10n import Message, tr, tr_n

if TYPE_CHECKING:
    from drafter.errors import DrafterError

ORGANISATION = "Release Drafter"
APPLICATION = "Release Drafter"
LANGUAGE_KEY = "ui/language"  # "ko", "en", or "" for the system's

_language = "en"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def system_language() -> str:
    """DRAFTER_LANG when it says ko or en (as the command line reads it), else the system's language."""
    override = os.environ.get("DRAFTER_LANG", "")
    if override in ("ko", "en"):
        return override
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def chosen_language() -> str:
    value = settings().value(LANGUAGE_KEY, "", type=str)
    return value if value in ("ko", "en") else ""


def load_language() -> str:
    """Set the interface language from the settings (or the system) for this run; return it."""
    global _language
    _language = chosen_language() or system_language()
    return _language


def language() -> str:
    return _language


def ui(msgid: str, /, **values: object) -> str:
    """A message of the interface in its language."""
    return tr(msgid, **values).in_(_language)


def ui_n(singular: str, plural: str, count: int, /, **values: object) -> str:
    """A message of the interface that says how many (see `tr_n`), in its language."""
    return tr_n(singular, plural, count, **values).in_(_language)


def text(message: Message) -> str:
    return message.in_(_language)


def show_error(
    parent: QWidget, error: DrafterError, name: str = "error_dialog", title: str = "Release Drafter"
) -> None:
    """The core's message in the interface language, with the other language below it; not blocking."""
    other = "en" if _language == "ko" else "ko"
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.line(_language), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setInformativeText(error.line(other))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
