"""Alignment of the body paragraphs of the two versions (Gale–Church, with shared anchors).

Paragraph lengths are compared against the document's own English/Korean length ratio, and
pairs that share anchors (numbers, Latin-script names and acronyms, the values of the facts they
state — 43억원 and 4.3 billion —, the glossary's names — 조달청 and PPS — and people's names —
임기근 and Lim Ki-geun) are preferred, so that one
missing paragraph is reported once at its place and the rest still line up.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.model import Paragraph
from drafter.parity.budget import REMEMBERED
from drafter.parity.quotes import quotations
from drafter.parity.sentences import piece_spans
from drafter.parity.structure import BOX, BOX_TITLE, HEADING, LABEL, TITLES, kinds

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
_SQRT2 = math.sqrt(2)
_STEPS: tuple[tuple[int, int], ...] = ((0, 0), *_MOVES)  # a move by its number in the table of moves
_VARIANCE = 12.0  # per character; Korean↔English lengths vary more than European pairs (Gale–Church: 6.8)
_SHARED_BONUS = 3.0  # per anchor found on both sides of a pair
_LONE_PENALTY = 1.0  # per anchor of one side that the other side of the pair lacks
_BAND = 8  # how far from the diagonal the search goes, in paragraphs beyond the length difference
_MAX_CELLS = 300_000  # the band's size at most (a few seconds); very long lopsided texts get a narrower band
MAX_PARAGRAPHS = 5_000  # per side; longer texts (no release is) are paired by position, which never hangs
# Anchors: digit groups; in a run of letters (with & and -), the run from its first letter when a capital
# follows that letter (KONEPS, iPhone, K-Startup), else a capitalised word (Seoul). Read run by run, as the one
# pattern "\d[\d,.]*\d|\d|[A-Za-z][A-Za-z&-]*[A-Z][A-Za-z&-]*|[A-Z][a-z]{2,}" would find them, but without
# trying every letter of a long run of small letters again (quadratic).
_DIGIT_ANCHOR = re.compile(r"\d[\d,.]*\d|\d")
_LETTER_RUN = re.compile(r"[&-]*([A-Za-z][A-Za-z&-]*)")
_CAPITAL = re.compile(r"[A-Z]")
_CAPITALISED = re.compile(r"[A-Z][a-z]{2,}")


@dataclass(frozen=True)
class Pair:
    """Indices of Korean and English paragraphs aligned together; one side may be empty."""

    ko: tuple[int, ...]
    en: tuple[int, ...]
    optional: bool = False  # one side's summary box or section heading, which the other may leave out


def anchors(text: str) -> frozenset[str]:
    """Tokens that survive translation unchanged: digit groups and Latin-script names and acronyms."""
    return frozenset(t.replace(",", "") for t in _tokens(text) if len(t) > 1 or t.isdigit())


def _tokens(text: str) -> list[str]:
    """Digit groups and names that may be anchors (see _DIGIT_ANCHOR)."""
    found = _DIGIT_ANCHOR.findall(text)
    for m in _LETTER_RUN.finditer(text):
        run = m[1]
        if _CAPITAL.search(run, 1):
            found.append(run)
        elif capitalised := _CAPITALISED.match(run):
            found.append(capitalised.group())
    return found


@lru_cache(maxsize=REMEMBERED)
def _all_anchors(text: str, lang: str) -> frozenset[str]:
    """Remembered per paragraph, as its facts are: while typing, only the edited paragraph is new."""
    from drafter.parity.names import person_keys

    return anchors(text) | _fact_anchors(text, lang) | _term_anchors(text, lang) | person_keys(text, lang)


def _fact_anchors(text: str, lang: str) -> frozenset[str]:
    """The values the facts of a paragraph state, whichever way they are written: 43억원 and 4.3 billion."""
    from drafter.parity.extract import facts_of  # the extractors load with the checker

    found = set()
    for fact in facts_of(text, lang):
        if fact.value is not None and fact.value >= 10:
            found.add(f"={fact.value.normalize():f}")
        elif fact.date is not None and fact.date.month and fact.date.day:
            found.add(f"@{fact.date.month}.{fact.date.day}")
    return frozenset(found)


def _term_anchors(text: str, lang: str) -> frozenset[str]:
    """Glossary names on either side, by their Korean term: 조달청 and "Public Procurement Service" or PPS."""
    from drafter.parity.glossary import default

    g = default()
    if lang == "ko":
        return frozenset(f"~{t.ko}" for t, _s, _e in g.find_ko(text) if t.is_name)
    found = {f"~{t.ko}" for _r, terms, _s, _e in g.find_en(text) for t in terms}
    found |= {f"~{g.by_acronym[w].ko}" for w in _tokens(text) if w in g.by_acronym}
    return frozenset(found)


def _length_cost(ko_len: int, en_len: int, ratio: float) -> float:
    if ko_len == 0 and en_len == 0:
        return 0.0
    mean = (ko_len + en_len / ratio) / 2
    delta = (en_len - ko_len * ratio) / math.sqrt(max(mean, 1) * _VARIANCE * ratio)
    # Two-tailed probability of a difference this large under a normal distribution.
    p = math.erfc(abs(delta) / _SQRT2)
    return -math.log(max(p, 1e-12))


def _groups(items: list[frozenset[str]]) -> dict[tuple[int, int], frozenset[str]]:
    """Anchors of each single paragraph and each two neighbours: (start, end) -> union."""
    groups = {(i, i + 1): a for i, a in enumerate(items)}
    groups.update({(i, i + 2): items[i] | items[i + 1] for i in range(len(items) - 1)})
    return groups


def _pair_cost(
    k_set: frozenset[str], e_set: frozenset[str], e_figures: frozenset[str], k_lone: frozenset[str] | None = None
) -> float:
    shared = len(k_set & e_set)
    # English capitalises names the Korean writes in Hangul: only Korean anchors and English
    # figures count as missing from the other side (`k_lone`: only those of the Korean anchors).
    lone = len((k_set if k_lone is None else k_lone) - e_set) + len(e_figures - k_set)
    return _LONE_PENALTY * lone - _SHARED_BONUS * shared


def align(ko: list[str], en: list[str], ratio: float | None = None) -> list[Pair]:
    """The paragraph pairs, remembered for the last texts: a check after an approval or an acceptance,
    or of the same release again, does not align it again. `ratio`: the English/Korean length ratio to
    expect, when the texts are too few to tell it (the sentences of one paragraph: `align_sentences`)."""
    return list(_align(tuple(ko), tuple(en), ratio))


@lru_cache(maxsize=8192)
def _figure_anchors(text: str, lang: str) -> frozenset[str]:
    """Digits, Latin names and the facts' values: the anchors a sentence misses when the other lacks them.
    People and glossary names are shared where both sides write them, but within a paragraph the English
    names the speaker or the agency once ("said Minister Kim", "the KFS") where Korean repeats them."""
    return anchors(text) | _fact_anchors(text, lang)


@lru_cache(maxsize=8192)
def align_sentences(
    ko: str, en: str, ratio: float
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...], tuple[Pair, ...]]:
    """The pieces (`sentences.piece_spans`) of an aligned paragraph pair and their pairs, the document's
    length `ratio` expected: a Korean piece left alone is one the English leaves out. Remembered per pair
    (not in the memory of the last few whole bodies)."""
    ko_spans, en_spans = piece_spans(ko, "ko"), piece_spans(en, "en")
    ko_pieces, en_pieces = tuple(ko[s:e] for s, e in ko_spans), tuple(en[s:e] for s, e in en_spans)
    pairs = _align.__wrapped__(ko_pieces, en_pieces, ratio, True)
    return ko_spans, en_spans, tuple(p for pair in pairs for p in _quotes_apart(pair, ko_pieces, en_pieces, ratio))


def _quotes_apart(pair: Pair, ko: tuple[str, ...], en: tuple[str, ...], ratio: float) -> list[Pair]:
    """A merge of two Korean pieces that each quote a statement into an English piece that quotes fewer: the
    English said one half, the other stands alone (the half it fits better by length and names is paired)."""
    if len(pair.ko) != 2 or len(pair.en) != 1:
        return [pair]
    said = [sum(q.statement for q in quotations(ko[i])) for i in pair.ko]
    english = en[pair.en[0]]
    if not all(said) or len(quotations(english)) >= sum(said):
        return [pair]
    e_set = _all_anchors(english, "en")
    figures = frozenset(a for a in e_set if a[0].isdigit())
    costs = [
        _length_cost(len(ko[i]), len(english), ratio) + _pair_cost(_all_anchors(ko[i], "ko"), e_set, figures)
        for i in pair.ko
    ]
    kept, alone = (pair.ko[0], pair.ko[1]) if costs[0] <= costs[1] else (pair.ko[1], pair.ko[0])
    return sorted([Pair((kept,), pair.en), Pair((alone,), ())], key=lambda p: p.ko[0])


def align_body(ko: list[Paragraph], en: list[Paragraph]) -> list[Pair]:
    """The pairs of two bodies, their structure (`structure.kinds`) aside: a summary box or section headings
    that only one version has are left out of the alignment and stand alone, optional; one left alone by
    the alignment is optional too."""
    ko_kinds, en_kinds = kinds(ko), kinds(en)
    # A box or numbered headings that one side has and the other not stand aside (and the other's short
    # unnumbered lines with them: its headings, if any, are not numbered).
    aside = set()
    if any(k in (BOX, BOX_TITLE) for k in ko_kinds) != any(k in (BOX, BOX_TITLE) for k in en_kinds):
        aside |= {BOX, BOX_TITLE}
    if (HEADING in ko_kinds) != (HEADING in en_kinds):
        aside |= {HEADING, LABEL}
    aside_ko = {i for i, k in enumerate(ko_kinds) if k in aside}
    aside_en = {j for j, k in enumerate(en_kinds) if k in aside}
    kept_ko = [i for i in range(len(ko)) if i not in aside_ko]
    kept_en = [j for j in range(len(en)) if j not in aside_en]
    aligned = [
        Pair(tuple(kept_ko[i] for i in p.ko), tuple(kept_en[j] for j in p.en))
        for p in align([ko[i].text for i in kept_ko], [en[j].text for j in kept_en])
    ]
    pairs: list[Pair] = []
    lone_ko, lone_en = sorted(aside_ko), sorted(aside_en)
    for pair in aligned:
        while lone_ko and pair.ko and lone_ko[0] < pair.ko[0]:
            pairs.append(Pair((lone_ko.pop(0),), (), optional=True))
        while lone_en and pair.en and lone_en[0] < pair.en[0]:
            pairs.append(Pair((), (lone_en.pop(0),), optional=True))
        pairs += _peeled(pair, ko_kinds, en_kinds)
    pairs += [Pair((i,), (), optional=True) for i in lone_ko] + [Pair((), (j,), optional=True) for j in lone_en]
    return pairs


def _peeled(pair: Pair, ko_kinds: list[str], en_kinds: list[str]) -> list[Pair]:
    """`pair`, with a heading merged into the paragraph beside it taken out (a heading is never one paragraph
    with what it heads; its length only made the merge cheap), and optional where it is structure alone."""
    if not pair.ko or not pair.en:
        alone = [ko_kinds[i] for i in pair.ko] or [en_kinds[j] for j in pair.en]
        return [Pair(pair.ko, pair.en, optional=all(alone))]
    for side, kinds_ in (("ko", ko_kinds), ("en", en_kinds)):
        own = getattr(pair, side)
        if len(own) > 1 and kinds_[own[0]] in TITLES and not all(kinds_[i] in TITLES for i in own[1:]):
            head = Pair((own[0],), (), True) if side == "ko" else Pair((), (own[0],), True)
            rest = Pair(own[1:], pair.en) if side == "ko" else Pair(pair.ko, own[1:])
            return [head, *_peeled(rest, ko_kinds, en_kinds)]
        if len(own) > 1 and kinds_[own[-1]] in TITLES and not all(kinds_[i] in TITLES for i in own[:-1]):
            tail = Pair((own[-1],), (), True) if side == "ko" else Pair((), (own[-1],), True)
            rest = Pair(own[:-1], pair.en) if side == "ko" else Pair(pair.ko, own[:-1])
            return [*_peeled(rest, ko_kinds, en_kinds), tail]
    return [pair]


def _by_position(n: int, m: int) -> tuple[Pair, ...]:
    """Each paragraph of the longer side with the one at the same relative place on the other side."""
    if n >= m:
        return tuple(
            Pair((i,), (i * m // n,)) if i * m // n != (i - 1) * m // n or i == 0 else Pair((i,), ()) for i in range(n)
        )
    return tuple(
        Pair((j * n // m,), (j,)) if j * n // m != (j - 1) * n // m or j == 0 else Pair((), (j,)) for j in range(m)
    )


@lru_cache(maxsize=16)
def _align(
    ko: tuple[str, ...], en: tuple[str, ...], ratio: float | None = None, sentences: bool = False
) -> tuple[Pair, ...]:
    n, m = len(ko), len(en)
    if not n or not m:
        return tuple(Pair((i,), ()) for i in range(n)) + tuple(Pair((), (j,)) for j in range(m))
    if max(n, m) > MAX_PARAGRAPHS:
        return _by_position(n, m)
    ko_len = [0]
    for t in ko:
        ko_len.append(ko_len[-1] + len(t))  # prefix sums: the length of ko[a:b] is ko_len[b] - ko_len[a]
    en_len = [0]
    for t in en:
        en_len.append(en_len[-1] + len(t))
    ratio = ratio or (en_len[-1] or 1) / (ko_len[-1] or 1)
    ko_groups = _groups([_all_anchors(t, "ko") for t in ko])
    en_groups = _groups([_all_anchors(t, "en") for t in en])
    ko_lone = _groups([_figure_anchors(t, "ko") for t in ko]) if sentences else {}
    en_figures = {key: frozenset(a for a in group if a[0].isdigit()) for key, group in en_groups.items()}
    inf = float("inf")
    # Only a band around the diagonal (i * m / n) is searched and kept, row by row: time and memory grow
    # with the length, not its square. The band spans the difference in count (paragraphs missing on one
    # side) while that fits the budget, and always at least the step from one row's centre to the next.
    step = math.ceil(m / n)
    width = max(_BAND + step, min(abs(n - m) + _BAND + step, _MAX_CELLS // (2 * (n + 1))))
    starts: list[int] = []  # per row i: the first column j kept
    costs: list[list[float]] = []
    backs: list[bytes] = []  # per cell: the index in _STEPS of the move that reached it (0: none)
    p11, p10, p01, p21, p12 = (_MOVES[move] for move in _STEPS[1:])
    empty: list[float] = []
    for i in range(n + 1):
        centre = i * m // n
        lo, hi = max(0, centre - width), min(m, centre + width)
        row, back_row = [inf] * (hi - lo + 1), bytearray(hi - lo + 1)
        # the rows one and two above, and where they start (a row outside the table is empty)
        up, up_lo = (costs[i - 1], starts[i - 1]) if i >= 1 else (empty, 0)
        up2, up2_lo = (costs[i - 2], starts[i - 2]) if i >= 2 else (empty, 0)
        ko1 = ko_groups.get((i - 1, i))
        ko2 = ko_groups.get((i - 2, i))
        for j in range(lo, hi + 1):
            if i == j == 0:
                row[0] = 0.0
                continue
            # The moves in _STEPS order, each taken only if strictly better: ties go to the earlier one.
            best, move = inf, 0
            k = j - 1 - up_lo
            if 0 <= k < len(up) and up[k] != inf:  # (1, 1)
                c = up[k] + p11 + _length_cost(ko_len[i] - ko_len[i - 1], en_len[j] - en_len[j - 1], ratio)
                c += _pair_cost(ko1, en_groups[(j - 1, j)], en_figures[(j - 1, j)], ko_lone.get((i - 1, i)))  # type: ignore[arg-type]
                if c < best:
                    best, move = c, 1
            k = j - up_lo
            if 0 <= k < len(up) and up[k] != inf:  # (1, 0): a paragraph left alone costs its prior only
                c = up[k] + p10
                if c < best:
                    best, move = c, 2
            k = j - 1 - lo
            if k >= 0 and row[k] != inf:  # (0, 1)
                c = row[k] + p01
                if c < best:
                    best, move = c, 3
            # A merge or split is priced only when it can win: its length cost is never negative, so (the
            # sums rounding monotonically) it can only add to the rest.
            k = j - 1 - up2_lo
            if 0 <= k < len(up2) and up2[k] != inf:  # (2, 1)
                c = up2[k] + p21
                anchors = _pair_cost(ko2, en_groups[(j - 1, j)], en_figures[(j - 1, j)], ko_lone.get((i - 2, i)))  # type: ignore[arg-type]
                if c + anchors < best:
                    c = c + _length_cost(ko_len[i] - ko_len[i - 2], en_len[j] - en_len[j - 1], ratio) + anchors
                    if c < best:
                        best, move = c, 4
            k = j - 2 - up_lo
            if 0 <= k < len(up) and up[k] != inf:  # (1, 2)
                c = up[k] + p12
                anchors = _pair_cost(ko1, en_groups[(j - 2, j)], en_figures[(j - 2, j)], ko_lone.get((i - 1, i)))  # type: ignore[arg-type]
                if c + anchors < best:
                    c = c + _length_cost(ko_len[i] - ko_len[i - 1], en_len[j] - en_len[j - 2], ratio) + anchors
                    if c < best:
                        best, move = c, 5
            row[j - lo], back_row[j - lo] = best, move
        starts.append(lo)
        costs.append(row)
        backs.append(bytes(back_row))
        if i >= 2:
            costs[i - 2] = empty  # only the two rows above are read: older costs can go
    pairs: list[Pair] = []
    i, j = n, m
    while i or j:
        k = j - starts[i]
        move = backs[i][k] if 0 <= k < len(backs[i]) else 0
        # Never 0 (the rows of the band overlap, so every cell in it is reached), but a paragraph is
        # never dropped from the pairs: left alone, it would still be reported.
        di, dj = _STEPS[move] if move else ((1, 0) if i else (0, 1))
        pairs.append(Pair(tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    pairs.reverse()
    return tuple(pairs)
