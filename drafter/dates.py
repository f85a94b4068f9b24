"""What a release's dates and its embargo mean, whatever the format they are written in: a date as officers
write it ("2026. 11. 24.(화)", "2026년 11월 24일", "November 24, 2026"), the embargo that says there is
none ("배포 즉시 보도", "For immediate release"), and a Korean embargo written the English way.

Below the checker and the formats, which both need it: the checker reports an English embargo missing
where the documents could not print one, the formats print and read it.
"""

from __future__ import annotations

import re
from datetime import date

# The embargo that says there is none.
IMMEDIATE_RE = re.compile(r"^(?:배포\s*즉시\s*보도|즉시\s*보도|(?:for\s+)?immediate\s+release)$", re.I)
_DATE_FORMS = [
    re.compile(r"(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})"),
    re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일"),
]
_MONTHS = {name: i for i, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_EN_DATE = re.compile(r"(?<![a-z])([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)  # from a word's start


def parse_date(value: str) -> date | None:
    """The date a value gives, in the forms Korean and English releases write it; None if none or no real date."""
    for pattern in _DATE_FORMS:
        if m := pattern.search(value):
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    m = _EN_DATE.search(value)
    if m and m[1][:3].lower() in _MONTHS:
        try:
            return date(int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))
        except ValueError:
            return None
    return None


def embargo_given(text: str) -> str:
    """An embargo as typed, "" for none: "배포 즉시 보도" and "For immediate release" say there is none."""
    text = text.strip()
    return "" if IMMEDIATE_RE.match(text) else text


_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*:\s*([0-5]\d)(?!\d)")


def embargo_in_english(korean: str) -> str:
    """ "2026. 12. 4.(금) 12:00" as English releases write it, "12:00 KST, December 4, 2026"; "" when the
    Korean gives no date and time (조간, 석간: left to the translator)."""
    day, time = parse_date(korean), _TIME.search(korean)
    if day is None or time is None:
        return ""
    return f"{int(time[1]):02d}:{time[2]} KST, {english_date(day)}"


def english_date(day: date) -> str:
    """A release date as English releases write it: "November 24, 2026"."""
    from babel.dates import format_date as babel_format

    return babel_format(day, "MMMM d, y", locale="en")
