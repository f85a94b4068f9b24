"""How much work one check may do, and a count of it.

Within the checker's size limits (limits.py: 20,000 characters a paragraph) a paragraph can still hold
thousands of figures, names or terms, and a rule that compares them pair by pair would take minutes. The
rules pair what is equal through indexes first, and compare the rest one by one only up to these limits,
so that every check ends in a few seconds; a release has a few figures a paragraph, far below them.

`steps` counts the comparisons made (pairs of facts, candidates looked at, names and terms tried): a cheap
counter that tests read to show that the work stays bounded, whatever the text (never seconds).
"""

from __future__ import annotations

MAX_COMPARED = 20_000  # pairs of facts compared one by one in one unit, after the equal ones are paired
MAX_CANDIDATES = 200  # facts elsewhere in a version looked at for one fact left over
MAX_NAMES = 100  # people's names, glossary terms and acronyms of one unit checked one by one
# Texts whose facts, anchors, names and identifiers are remembered (per kind): every paragraph of both versions
# at the checker's limit (5,000 each) with their notes, so that a check reads each paragraph once.
REMEMBERED = 16_384


class Counter:
    """A count that the rules add their steps to."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0

    def add(self, n: int = 1) -> None:
        self.count += n


steps = Counter()  # every comparison of every check in this process (a test reads the difference)


class Budget:
    """What one rule may still spend on one unit (the comparisons themselves count in `steps`)."""

    __slots__ = ("left",)

    def __init__(self, limit: int) -> None:
        self.left = limit

    def take(self, n: int = 1) -> bool:
        """Spend `n` steps; False once the budget is spent (nothing more is compared)."""
        if self.left < n:
            return False
        self.left -= n
        return True

    @property
    def spent(self) -> bool:
        return self.left <= 0
