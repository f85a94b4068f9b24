"""The interface language of the window: the user's choice, else the system locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from drafter.l10n import Message, tr

ORGANISATION = "Release Drafter"
APPLICATION = "Release Drafter"
LANGUAGE_KEY = "ui/language"  # "ko", "en", or "" for the system's

_language = "en"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def system_language() -> str:
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


def text(message: Message) -> str:
    return message.in_(_language)
