"""Quotations by their role, not their glyph: direct speech, quoted words, and titles.

Korean releases quote speech with “…” (or "…"), single words and phrases with ‘…’, and the names
of laws and books with 「…」 and 『…』 (also 《…》, 〈…〉); English quotes all of them with "…"
(or '…' in British style) and often writes a title without marks. So a Korean ‘…’ is matched by an
English "…", and an apostrophe (Korea’s, teachers', ’23년, ‘23년, the '90s) is no quotation mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

SPEECH, WORDS, TITLE = "speech", "words", "title"
_MARK = re.compile(r"[\"“”'‘’`「」『』《》〈〉]")
_TITLE_OPEN, _TITLE_CLOSE = "「『《〈", "」』》〉"
_DOUBLE = '"“”'
_YEAR_AFTER = re.compile(r"[0-9]{2}(?![0-9])(?:s\b|\s?년|\.\s?[0-9]|[~∼\-–]|(?![가-힣]))")


_HANGUL = re.compile("[가-힣]")
_STATEMENT_WORDS, _STATEMENT_SYLLABLES = 5, 12
# A Korean sentence ending (…하겠다, …입니다, …할까) or English words closed by sentence punctuation.
# (English words from the start of a word, the last one's letters taken whole: no quadratic retries on "aaaa…")
_SENTENCE_END = re.compile(r"(?:[다요까죠][.!?]?|(?<![A-Za-z])[A-Za-z]+\s+[A-Za-z]++[^\s]*[.!?,])$")


@dataclass(frozen=True)
class Quotation:
    start: int  # the opening mark (or, for a quotation left open, the mark that opened it)
    end: int  # after the closing mark; the end of the text when it is left open
    role: str  # SPEECH, WORDS or TITLE
    statement: bool = False  # a sentence quoted, not a word or a phrase: 5 words, or 12 Hangul syllables


def _inside_word(text: str, i: int) -> bool:
    """A mark between two Latin letters is an apostrophe whatever its glyph (d"état, as some texts type it)."""
    before, after = text[i - 1 : i], text[i + 1 : i + 2]
    return before.isalpha() and after.isalpha() and not ("가" <= before <= "힣" or "가" <= after <= "힣")


def _glued_after_letter(text: str, i: int) -> bool:
    """A double mark right after a letter with no quotation open closes nothing: a typo for an apostrophe
    ("the Lakers" official website"), never an opening mark, which follows a space or punctuation."""
    before = text[i - 1 : i]
    return before.isalpha() and not ("가" <= before <= "힣")


def _apostrophe(text: str, i: int, quote_open: bool) -> bool:
    """Whether the single mark at `i` is an apostrophe: Korea’s, don't, ’23년, the '90s, teachers' union."""
    before, after = text[i - 1 : i], text[i + 1 : i + 2]
    if before.isalnum() and after.isalpha() and not ("가" <= after <= "힣"):
        return True  # Korea’s, don't (a Hangul particle after a closing quote is no letter of the word)
    if not (before.isalnum()) and _YEAR_AFTER.match(text, i + 1):
        return True  # ’23년, ‘15~‘18, the '90s
    return not quote_open and before in ("s", "S") and not after.isalnum()  # teachers' union


def quotations(text: str) -> list[Quotation]:
    """The quotations of a paragraph in order of their opening marks; a mark left open counts as one."""
    found: list[Quotation] = []
    title: int | None = None  # where an open title started
    quote: tuple[int, str] | None = None  # where an open quotation started, and its role
    for m in _MARK.finditer(text):
        i, mark = m.start(), m.group()
        if mark in _TITLE_OPEN:
            title = i if title is None else title
        elif mark in _TITLE_CLOSE:
            if title is not None:
                found.append(Quotation(title, i + 1, TITLE))
                title = None
        elif mark in _DOUBLE:
            if _inside_word(text, i) or (quote is None and _glued_after_letter(text, i)):
                continue
            if quote is None:
                quote = (i, SPEECH)
            else:  # closes speech, or words opened with a single mark and closed with a double one
                found.append(Quotation(quote[0], i + 1, quote[1]))
                quote = None
        elif not _apostrophe(text, i, quote is not None and quote[1] == WORDS):
            if quote is None:
                quote = (i, WORDS)
            elif quote[1] == WORDS:
                found.append(Quotation(quote[0], i + 1, WORDS))
                quote = None
            # a single mark inside speech quotes the speaker's words: part of the speech
    if title is not None:
        found.append(Quotation(title, len(text), TITLE))
    if quote is not None:
        found.append(Quotation(quote[0], len(text), quote[1]))
    return sorted((replace(q, statement=_is_statement(text, q)) for q in found), key=lambda q: q.start)


def _is_statement(text: str, q: Quotation) -> bool:
    """A sentence quoted: one that ends as a sentence does (…하겠다, …said.), or a long quotation."""
    content = text[q.start + 1 : q.end - 1].strip()
    if q.role == TITLE:
        return False
    if len(_HANGUL.findall(content)) >= _STATEMENT_SYLLABLES or len(content.split()) >= _STATEMENT_WORDS:
        return True
    return bool(_SENTENCE_END.search(content))
