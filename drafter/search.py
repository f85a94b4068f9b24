"""Finding and replacing words in a release's text, Korean with its particles attached.

A whole-word search for 조달청 finds 조달청은 and 조달청의 (a particle may follow a Korean word) but not
조달청장. Replacing a Korean word puts the particle after it in the form that agrees with the new word:
조달청은 → 나라장터는.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.casing import same_case
from drafter.hangul import PARTICLES, agreeing

_PARTICLE = "|".join(PARTICLES)
_PARTICLE_AFTER = re.compile(rf"({_PARTICLE})(?!\w)")


@dataclass(frozen=True)
class Options:
    match_case: bool = False
    whole_word: bool = False


@lru_cache(maxsize=32)
def _pattern(needle: str, options: Options) -> re.Pattern[str]:
    pattern = re.escape(needle)
    if options.whole_word:
        # A word starts after no letter or digit and ends before none, a Korean word also before a particle.
        after = rf"(?=(?:{_PARTICLE})?(?!\w))" if "가" <= needle[-1] <= "힣" else r"(?!\w)"
        pattern = rf"(?<!\w){pattern}{after}"
    return re.compile(pattern, 0 if options.match_case else re.IGNORECASE)


def find_all(text: str, needle: str, options: Options = Options()) -> list[tuple[int, int]]:
    """The spans of `needle` in `text`, in order and not overlapping."""
    if not needle:
        return []
    return [m.span() for m in _pattern(needle, options).finditer(text)]


def replacement(text: str, start: int, end: int, new: str, keep_case: bool = False) -> tuple[int, int, str]:
    """What to put where, to replace `text[start:end]` by `new`: the span and its new text, which takes a
    particle right after the span in the form that agrees with `new`; with `keep_case` (a search that
    ignores case), a `new` typed in lower case takes the case pattern of what it replaces ("4.5 Billion" in
    a headline → "4.3 Billion"); one with capitals ("the PPS") is put in as typed."""
    if keep_case and new == new.lower():
        new = same_case(text[start:end], new)
    m = _PARTICLE_AFTER.match(text, end)
    if m and new:
        agreed = agreeing(new, m.group(1))
        if agreed != m.group(1):
            return start, m.end(1), new + agreed
    return start, end, new
