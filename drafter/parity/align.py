"""Alignment of the body paragraphs of the two versions (Gale–Church, with shared anchors).

Paragraph lengths are compared against the document's own English/Korean length ratio, and
pairs that share anchors (numbers, Latin-script names and acronyms) are preferred, so that one
missing paragraph is reported once at its place and the rest still line up.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# Moves (Korean paragraphs, English paragraphs) and their prior costs: most pairs are 1–1.
# Tuned on the NTREX documents with benchmarks/align_eval.py (Gale and Church's 0.0099 / 0.089 for
# deletions / merges let merges swallow missing paragraphs).
_MOVES: dict[tuple[int, int], float] = {
    (1, 1): -math.log(0.89),
    (1, 0): -math.log(0.01),
    (0, 1): -math.log(0.01),
    (2, 1): -math.log(0.01),
    (1, 2): -math.log(0.01),
}
_VARIANCE = 12.0  # per character; Korean↔English lengths vary more than European pairs (Gale–Church: 6.8)
_SHARED_BONUS = 3.0  # per anchor found on both sides of a pair
_LONE_PENALTY = 1.0  # per anchor of one side that the other side of the pair lacks
_BAND = 12  # how far from the diagonal the search goes, in paragraphs beyond the length difference
_ANCHOR_RE = re.compile(r"\d[\d,.]*\d|\d|[A-Za-z][A-Za-z&-]*[A-Z][A-Za-z&-]*|[A-Z][a-z]{2,}")


@dataclass(frozen=True)
class Pair:
    """Indices of Korean and English paragraphs aligned together; one side may be empty."""

    ko: tuple[int, ...]
    en: tuple[int, ...]


def anchors(text: str) -> frozenset[str]:
    """Tokens that survive translation unchanged: digit groups and Latin-script names and acronyms."""
    return frozenset(t.replace(",", "") for t in _ANCHOR_RE.findall(text) if len(t) > 1 or t.isdigit())


def _length_cost(ko_len: int, en_len: int, ratio: float) -> float:
    if ko_len == 0 and en_len == 0:
        return 0.0
    mean = (ko_len + en_len / ratio) / 2
    delta = (en_len - ko_len * ratio) / math.sqrt(max(mean, 1) * _VARIANCE * ratio)
    # Two-tailed probability of a difference this large under a normal distribution.
    p = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(max(p, 1e-12))


def align(ko: list[str], en: list[str]) -> list[Pair]:
    n, m = len(ko), len(en)
    if not n or not m:
        return [Pair((i,), ()) for i in range(n)] + [Pair((), (j,)) for j in range(m)]
    ko_len = [len(t) for t in ko]
    en_len = [len(t) for t in en]
    ratio = (sum(en_len) or 1) / (sum(ko_len) or 1)
    ko_anchor = [anchors(t) for t in ko]
    en_anchor = [anchors(t) for t in en]
    band = abs(n - m) + _BAND
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m / n
        for j in range(max(0, int(centre) - band), min(m, int(centre) + band) + 1):
            if i == j == 0:
                continue
            best, best_move = inf, None
            for (di, dj), prior in _MOVES.items():
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or cost[pi][pj] == inf:
                    continue
                c = cost[pi][pj] + prior
                if di and dj:  # a paragraph left alone costs its prior only: its length says nothing
                    c += _length_cost(sum(ko_len[pi:i]), sum(en_len[pj:j]), ratio)
                    k_set = frozenset().union(*ko_anchor[pi:i])
                    e_set = frozenset().union(*en_anchor[pj:j])
                    shared = len(k_set & e_set)
                    # English capitalises names the Korean writes in Hangul: only Korean anchors and
                    # English figures count as missing from the other side.
                    lone = len(k_set - e_set) + sum(1 for a in e_set - k_set if a[0].isdigit())
                    c += _LONE_PENALTY * lone - _SHARED_BONUS * shared
                if c < best:
                    best, best_move = c, (di, dj)
            cost[i][j], back[i][j] = best, best_move
    pairs: list[Pair] = []
    i, j = n, m
    while i or j:
        move = back[i][j]
        if move is None:  # outside the band: cannot happen with band >= |n - m|, but never loop forever
            break
        di, dj = move
        pairs.append(Pair(tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    pairs.reverse()
    return pairs
