"""Messages in Korean and English, and dates as each document language prints them.

Message ids are the English text; the Korean catalog is `resources/locale/ko/LC_MESSAGES/drafter.po`,
compiled with Babel to `drafter.mo` (docs/translating.md) and read with the standard gettext module,
which is fast enough for start-up. It is shared by the core, the command line and the GUI. The core
always builds both languages, because a finding or an error may be shown in either.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from drafter import RESOURCES
from drafter.hangul import mark_particles, resolve_particles

CATALOG = RESOURCES / "locale" / "ko" / "LC_MESSAGES" / "drafter.po"
COMPILED = CATALOG.with_suffix(".mo")


@dataclass(frozen=True)
class Message:
    ko: str
    en: str

    def in_(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en

    def __str__(self) -> str:
        return self.in_(user_language())

    def as_dict(self) -> dict[str, str]:
        return {"ko": self.ko, "en": self.en}


@cache
def _korean() -> dict[str | tuple[str, int], str]:
    """The Korean catalog: msgid -> text, and (singular msgid, form) -> text for messages with a count."""
    import gettext

    try:
        with COMPILED.open("rb") as fh:
            catalog = gettext.GNUTranslations(fh)
    except (OSError, ValueError):  # a damaged install must still run, in English
        return {}
    return {k: v for k, v in catalog._catalog.items() if k}


def _fill(korean: str, english: str, values: dict[str, object]) -> Message:
    ko = {k: v.ko if isinstance(v, Message) else v for k, v in values.items()}
    en = {k: v.en if isinstance(v, Message) else v for k, v in values.items()}
    # Particles written in both forms ("{name}을(를)") agree with the word filled in before them.
    return Message(ko=resolve_particles(mark_particles(korean).format(**ko)), en=english.format(**en))


def tr(msgid: str, /, **values: object) -> Message:
    """The message `msgid` (English) in both languages, with `{name}` fields filled in.

    A value that is itself a Message is filled in with its text in the same language. In the Korean,
    a particle written in both forms (을(를), 이(가), 은(는), 와(과), (으)로) takes the form that follows
    the word before it.
    """
    korean = _korean().get(msgid, msgid)
    return _fill(korean, msgid, values)


def tr_n(singular: str, plural: str, count: int, /, **values: object) -> Message:
    """A message that says how many: `singular` for a count of 1, else `plural` (ngettext); Korean has
    one form. `{count}` is filled with `count` unless given among `values` (say, with thousands separators)."""
    korean = _korean().get((singular, 0), singular if count == 1 else plural)
    return _fill(korean, singular if count == 1 else plural, {"count": count, **values})


def user_language(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """ "ko" when the user's locale is Korean, else "en" (gettext's order of variables)."""
    env = os.environ if environ is None else environ
    override = env.get("DRAFTER_LANG", "")
    if override in ("ko", "en"):
        return override
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def format_date(day: date, lang: str) -> str:
    """A release date as the document language prints it: "2023. 11. 1.(수)" / "Wednesday, November 1, 2023"."""
    from babel.dates import format_date as babel_format

    if lang == "ko":
        return babel_format(day, "y. M. d.(E)", locale="ko")
    return babel_format(day, "EEEE, MMMM d, y", locale="en")


def format_moment(moment: datetime, lang: str) -> str:
    """A point in time in the reader's local time: "2026. 12. 3.(목) 19:49" / "Thu, Dec 3, 2026, 19:49"."""
    from babel.dates import format_datetime

    local = moment.astimezone() if moment.tzinfo else moment
    if lang == "ko":
        return format_datetime(local, "y. M. d.(E) HH:mm", locale="ko")
    return format_datetime(local, "EEE, MMM d, y, HH:mm", locale="en")
