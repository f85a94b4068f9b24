"""The facts of one paragraph in either language: the one door to the extractors, remembered per text,
so that while typing only the edited paragraph is read again. The alignment, the rules and the
translation memory all ask here."""

from __future__ import annotations

from functools import lru_cache

from drafter.parity import facts_en, facts_ko
from drafter.parity.budget import REMEMBERED
from drafter.parity.facts import Fact


@lru_cache(maxsize=REMEMBERED)
def facts_of(text: str, lang: str) -> tuple[Fact, ...]:
    return tuple((facts_ko.extract if lang == "ko" else facts_en.extract)(text))
