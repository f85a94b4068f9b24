"""F8 and Shift+F8, as in 한글: from the cursor to the next (or previous) thing to look at, the checker's
findings and the misspelt words together, in the order of the release: the Korean fields top to bottom,
then the English, then the release details."""

from __future__ import annotations

from dataclasses import dataclass

from drafter.parity.findings import Finding


@dataclass(frozen=True)
class Stop:
    """A place F8 stops at: a finding (where it stands first) or a misspelt word."""

    order: int  # the editor's place in the walk (the details after every editor)
    start: int
    end: int
    finding: Finding | None = None  # None: a misspelt word
    word: str = ""

    @property
    def key(self) -> tuple[int, int]:
        return self.order, self.start


def step(stops: list[Stop], here: tuple[int, int], delta: int, last: Stop | None = None) -> Stop | None:
    """The stop after (delta +1) or before (-1) `here` (editor order, cursor position), round the end; from
    `last`, the stop gone to before, when the cursor still stands on it (two stops may share a place)."""
    if not stops:
        return None
    ordered = sorted(stops, key=lambda s: (s.key, s.finding is None, s.end))
    if last is not None and last in ordered and last.key == here:
        return ordered[(ordered.index(last) + delta) % len(ordered)]
    if delta > 0:
        return next((s for s in ordered if s.key > here), ordered[0])
    return next((s for s in reversed(ordered) if s.key < here), ordered[-1])
