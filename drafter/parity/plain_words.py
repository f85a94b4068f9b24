"""The plain-Korean lists (resources/plain_korean/, README.md there) and how they are found in Korean text.

- words.tsv: foreign words, Japanese-style words and hard Sino-Korean words with their plain Korean
  (로드맵 → 단계별 이행안). A word is found as the glossary finds its Korean terms (drafter.parity.glossary):
  with its particles (로드맵을, 로드맵의), with any spacing where the entry has a space (컨트롤타워 for
  컨트롤 타워), not inside a longer word; and here also before 하다/되다 (모니터링하여, 리뉴얼된).
- abbreviations.tsv: Latin abbreviations and the Korean they stand for (R&D → 연구 개발).
- expressions.tsv: Japanese- and translation-style expressions as regular expressions, each with the
  words to put instead of what it matches (or of its group `x`).

The user's own words (the glossary dialog's Plain Korean tab) are kept as a words.tsv of their own.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from drafter import RESOURCES
from drafter.errors import InputError
from drafter.hangul import agreeing
from drafter.l10n import tr
from drafter.model import Term
from drafter.parity.glossary import Glossary, unspaced

LISTS = RESOURCES / "plain_korean"
KINDS = ("foreign", "japanese", "hanja")  # of words; expressions are "japanese", "translation" or "passive"
_LATIN = re.compile(r"[A-Za-z0-9]")
# After a word, the syllables that make a verb of it (모니터링하여, 리뉴얼된, 업그레이드시킨); not the 하 of a
# word that goes on (하나, 하이, 하우스, 하드, 하프, 하모니).
_VERB = "(?:하(?!나|이|우|드|프|모)|한|할|함|합|해|했|되|된|될|됨|됩|돼|됐|시키|시킨|시켜|시켰)"


@dataclass(frozen=True)
class PlainWord:
    """A word with a plainer Korean: the word as the list writes it, the words to write instead, its kind."""

    word: str
    suggestions: tuple[str, ...]
    kind: str = "foreign"
    note: str = ""
    origin: tuple[str, ...] = ()  # the foreign word(s) it comes from, lower case: "road map", "roadmap"


@dataclass(frozen=True)
class Expression:
    """A Japanese- or translation-style expression: its name in the list, kind, pattern and replacements."""

    name: str
    kind: str
    pattern: str
    suggestions: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    """Where a word or an expression stands in a text, and what to put there instead (agreeing with the
    word before it: 협력을 필요로 한다 → 협력이 필요하다)."""

    start: int
    end: int
    suggestions: tuple[str, ...]
    word: PlainWord | None = None
    expression: Expression | None = None


class PlainList:
    """The words, abbreviations and expressions of the built-in lists with the user's words over them."""

    def __init__(
        self, words: Iterable[PlainWord], abbreviations: dict[str, tuple[str, ...]], expressions: list[Expression]
    ) -> None:
        self.words: dict[str, PlainWord] = {}
        for w in words:  # a later entry (the user's) wins
            self.words[unspaced(w.word)] = w
        self.abbreviations = abbreviations
        self.expressions = expressions
        self._glossary = Glossary([Term(w.word, ()) for w in self.words.values()])
        by_length = sorted(self.words.values(), key=lambda w: len(unspaced(w.word)), reverse=True)
        alternatives = "|".join(r"\s*".join(map(re.escape, w.word.split())) for w in by_length)
        self._verbs = re.compile(rf"(?<![가-힣A-Za-z0-9])(?:{alternatives})(?={_VERB})" if by_length else "(?!)")
        # Each expression is looked for only in a text that holds its literal words (있어서, 필요로): a hundred
        # patterns tried at every position of every paragraph took over a millisecond a sentence.
        self._triggers = [_trigger(e.pattern) for e in expressions]

    def hits(self, text: str) -> tuple[Hit, ...]:
        """The listed words and expressions in `text`, in order, not overlapping."""
        found = [
            Hit(start, end, self.words[unspaced(term.ko)].suggestions, word=self.words[unspaced(term.ko)])
            for term, start, end in self._glossary.find_ko(text)
            if _stands_alone(text, start, end)
        ]
        for m in self._verbs.finditer(text):
            word = self.words[unspaced(m.group())]
            found.append(Hit(m.start(), m.end(), word.suggestions, word=word))
        for expression, trigger in zip(self.expressions, self._triggers, strict=True):
            if trigger not in text:
                continue
            for m in _compiled(expression.pattern).finditer(text):
                start, end = m.span("x") if "x" in m.re.groupindex and m.group("x") is not None else m.span()
                agreed = tuple(_agreeing(text[:start], s) for s in expression.suggestions)
                found.append(Hit(start, end, agreed, expression=expression))
        found.sort(key=lambda h: (h.start, -h.end))  # stable: at one place, the longest, then the list's first
        kept: list[Hit] = []
        for hit in found:
            if not kept or hit.start >= kept[-1].end:
                kept.append(hit)
        return tuple(kept)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _trigger(pattern: str) -> str:
    """The longest run of literal characters every match of `pattern` holds ("" if none can be told): read
    from the parse tree of Python's own regular-expression compiler."""
    try:
        from re import _constants as op  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        tree = _parser.parse(pattern)
    except (ImportError, AttributeError, re.error):
        return ""
    runs = [""]

    def walk(items) -> None:  # type: ignore[no-untyped-def]
        for kind, arg in items:
            if kind is op.LITERAL:
                runs[-1] += chr(arg)
            elif kind is op.SUBPATTERN:
                walk(arg[3])
            elif kind in (op.MAX_REPEAT, op.MIN_REPEAT) and arg[0] >= 1:
                runs.append("")
                walk(arg[2])  # its content once, at least
                runs.append("")
            else:  # an alternation, an optional part, a class, an assertion: nothing certain
                runs.append("")

    walk(tree)
    return max(runs, key=len)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A word in Latin letters (MOU) is not part of a longer one (MOUs, AMOU); a Korean one is not glued to
    Latin letters after it (오픈AI is a name)."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if _LATIN.match(text[start]) and _LATIN.match(before):
        return False
    return not _LATIN.match(after)


def _agreeing(before: str, suggestion: str) -> str:
    """A suggestion whose first word is a particle, in the form that follows `before` (이 필요하다 after 협력)."""
    first, space, rest = suggestion.partition(" ")
    return agreeing(before, first) + space + rest


# -- the lists as files ---------------------------------------------------------------------------


def _rows(text: str, name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text), dialect="excel-tab", quoting=csv.QUOTE_NONE)
    if not reader.fieldnames or not set(columns) <= set(reader.fieldnames):
        raise InputError(tr("A plain-Korean list needs the columns {columns}.", columns=", ".join(columns)), name)
    return list(reader)


def _choices(value: str) -> tuple[str, ...]:
    return tuple(s.rstrip() for s in value.split("|") if s.strip())


def parse_words(text: str, name: str = "plain_korean.tsv") -> list[PlainWord]:
    """Words from TSV with the columns word, suggestions (separated by |) and perhaps kind, origin and note."""
    words = []
    for row in _rows(text, name, ("word", "suggestions")):
        word, suggestions = (row.get("word") or "").strip(), _choices(row.get("suggestions") or "")
        kind = (row.get("kind") or "").strip()
        if word and suggestions:
            kind = kind if kind in KINDS else "foreign"
            note = (row.get("note") or "").strip()
            origin = tuple(o.strip().lower() for o in _choices(row.get("origin") or ""))
            words.append(PlainWord(word, tuple(s.strip() for s in suggestions), kind, note, origin))
    return words


def format_words(words: Iterable[PlainWord]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel-tab", lineterminator="\n")
    writer.writerow(["word", "suggestions", "kind", "origin", "note"])
    for w in sorted(words, key=lambda w: w.word):
        writer.writerow([w.word, "|".join(w.suggestions), w.kind, "|".join(w.origin), w.note])
    return out.getvalue()


def load_words(path: str | Path) -> list[PlainWord]:
    from drafter.decoding import decode
    from drafter.storage import read_bytes

    return parse_words(decode(read_bytes(path, 8 * 1024 * 1024), path), str(path))


def _read(name: str) -> str:
    try:
        return (LISTS / name).read_text(encoding="utf-8")
    except OSError:  # an installation without the lists still checks everything else
        return ""


@cache
def builtin_words() -> tuple[PlainWord, ...]:
    text = _read("words.tsv")
    return tuple(parse_words(text, "words.tsv")) if text else ()


@cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    text = _read("abbreviations.tsv")
    rows = _rows(text, "abbreviations.tsv", ("abbreviation", "korean")) if text else []
    return {row["abbreviation"].strip(): tuple(s.strip() for s in _choices(row["korean"])) for row in rows}


@cache
def _expressions() -> list[Expression]:
    text = _read("expressions.tsv")
    rows = _rows(text, "expressions.tsv", ("expression", "kind", "pattern", "suggestions")) if text else []
    return [Expression(r["expression"], r["kind"], r["pattern"], _choices(r["suggestions"])) for r in rows]


@lru_cache(maxsize=8)
def plain_list(user_words: tuple[PlainWord, ...] = ()) -> PlainList:
    """The built-in lists with the user's words over them."""
    return PlainList((*builtin_words(), *user_words), _abbreviations(), _expressions())
