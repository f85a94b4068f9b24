"""A paragraph's pieces for the checker: its sentences (drafter.sentences), a quotation's sentences kept
together, and a sentence that quotes two statements cut before each, so that a dropped sentence or half of
a quotation is found (`align.align_sentences`).
"""

from __future__ import annotations

from functools import lru_cache

from drafter.sentences import sentence_spans


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
