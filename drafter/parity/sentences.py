"""Sentences of a paragraph, in either language: where each starts and ends.

The checker finds a sentence dropped from a paragraph with them (`align.align_sentences`), and the
translation memory pairs sentences of aligned paragraphs (`tm.segment`).
"""

from __future__ import annotations

import re
from functools import lru_cache

# A Korean sentence ends with . ? ! after a Hangul syllable (다. 요. 함.), perhaps behind a closing
# quote or bracket; "2023. 11. 1." and "4.3" end nothing. English: . ? ! then a space and a capital,
# a digit or an opening quote, not after a title, an initial or a month's abbreviation.
_KO_END = re.compile(r"(?<=[\uac00-\ud7a3][.?!])[\"'”’)\]]*(?=\s+\S)|(?<=[\uac00-\ud7a3][\"'”’)\]][.?!])(?=\s+\S)")
_EN_END = re.compile(r"(?<=[.?!])[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_EN_NO_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sr|Jr|St|No|Nos|Vol|vs|etc|e\.g|i\.e|Inc|Co|Corp|Ltd|approx|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|a\.m|p\.m)|\b[A-Z])\.[\"'”’)\]]*$"
)
MIN_SENTENCE = 4  # characters: shorter pieces ("1.", "※") are no sentence of their own


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where each sentence of a paragraph starts and ends (spaces between sentences left out)."""
    spans, start = [], 0
    pattern = _KO_END if lang == "ko" else _EN_END
    for m in pattern.finditer(text):
        end = m.end()
        if lang == "en" and _EN_NO_END.search(text[start:end]):
            continue
        if end - start >= MIN_SENTENCE:
            spans.append((start, end))
            start = end
            while start < len(text) and text[start].isspace():
                start += 1
    if start < len(text) and text[start:].strip():
        if spans and len(text) - start < MIN_SENTENCE:
            spans[-1] = (spans[-1][0], len(text))
        else:
            spans.append((start, len(text.rstrip())))
    return spans


def sentences(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, lang)]


@lru_cache(maxsize=8192)
def piece_spans(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """The sentences (one that ends inside a quotation goes on to the quotation's end), and a sentence that
    quotes two statements or more cut before each quotation after its first: 김 청장은 "A하겠다"며
    "B하겠다"고 말했다 is two pieces, each half of what was said."""
    from drafter.parity.quotes import quotations  # the checker's own reading of quotation marks

    quoted = [(q.start, q.end) for q in quotations(text)]
    sentences_: list[tuple[int, int]] = []
    for start, end in sentence_spans(text, lang):
        if sentences_ and any(a < start < b for a, b in quoted):
            sentences_[-1] = (sentences_[-1][0], end)  # "맞아요. 제가 …": the quotation's sentences are one
        else:
            sentences_.append((start, end))
    spans = []
    for start, end in sentences_:
        cuts = [start + q.start for q in quotations(text[start:end]) if q.statement][1:]
        for a, b in zip([start, *cuts], [*cuts, end], strict=True):
            b_text = text[a:b].rstrip()
            if b_text.strip():
                spans.append((a, a + len(b_text)))
    return tuple(spans)  # remembered per paragraph, as its facts are
