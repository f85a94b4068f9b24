"""Where the sentences of a paragraph start and end, in Korean and in English: the translation memory pairs
them, and the plain-Korean check measures them."""

from __future__ import annotations

import re

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
