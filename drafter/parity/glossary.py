"""The Korean↔English glossary: official names, titles and terms, and how to find them in text.

A term is found in Korean text as a word with its particles (조달청은, 조달청이, 조달청의), not inside a
longer word (교수진, 대통령답게), and its English renderings as words in any case, plural or possessive
("PPS's", "ministries"); acronyms in capitals only, also with dots (UN, U.N.).

Ministries are renamed: an entry whose note says "years 2008-2013" (or "years 2017-", "years -2013")
is the name's rendering in those years only, and the release date chooses among the entries of one
Korean name (행정안전부 was the Ministry of Public Administration and Security until 2013).
"""

from __future__ import annotations

import bisect
import csv
import io
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeVar

from drafter import RESOURCES
from drafter.errors import InputError
from drafter.l10n import tr
from drafter.model import Term

DEFAULT = RESOURCES / "glossary" / "default.tsv"
_T = TypeVar("_T")
_LONGEST_REMEMBERED = 20_000  # characters: the longest paragraph the checker reads (limits.MAX_FIELD_CHARS)
_HANGUL = "\uac00-\ud7a3"


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Longest Korean terms first, so that 차세대 나라장터 is found before 나라장터; spacing varies in
        # Korean (차세대나라장터), so a space in a term matches any spacing.
        self.terms.sort(key=lambda t: len(unspaced(t.ko)), reverse=True)
        alternatives = "|".join(r"\s*".join(map(re.escape, t.ko.split())) for t in self.terms)
        self._ko_re = re.compile(rf"(?<![{_HANGUL}])(?:{alternatives})" if self.terms else r"(?!)")
        self._ko_next = re.compile(alternatives if self.terms else r"(?!)")  # a term run into the one before
        self._by_ko = {unspaced(t.ko): t for t in reversed(self.terms)}
        self.by_acronym = {t.acronym: t for t in self.terms if t.acronym}
        # English names of two words or more (not acronyms) by their first word, longest first:
        # "First Vice Minister" before "Vice Minister".
        self._by_first_word: dict[str, list[tuple[tuple[str, ...], str, list[Term]]]] = {}
        named: dict[tuple[str, ...], tuple[str, list[Term]]] = {}
        for t in self.terms:
            for rendering in t.en:
                words = tuple(w.lower() for w in _WORD.findall(rendering))
                if t.is_name and rendering != t.acronym and len(words) > 1:
                    named.setdefault(words, (rendering, []))[1].append(t)
        for words, (rendering, terms) in sorted(named.items(), key=lambda item: -len(item[0])):
            self._by_first_word.setdefault(words[0], []).append((words, rendering, terms))
        self._en_found: dict[str, list[tuple[str, list[Term], int, int]]] = {}
        self._ko_found: dict[str, list[tuple[Term, int, int]]] = {}

    def term(self, korean: str) -> Term | None:
        """The entry for a Korean name written whole (any spacing): 조달청, 혁신조달 기획과."""
        return self._by_ko.get(unspaced(korean))

    def find_ko(self, text: str) -> list[tuple[Term, int, int]]:
        """Korean terms in `text`, as (term, start, end), the longest where they overlap; a term must end
        its word (조달청은, 조달청 측), or run into another term (행정안전부장관), not into a longer word (교수진).

        Remembered per text, as the facts are: the rules and the alignment ask about each paragraph.
        """
        return _remembered(self._ko_found, text, self._scan_ko)

    def _scan_ko(self, text: str) -> list[tuple[Term, int, int]]:
        return [
            (self._by_ko[unspaced(m.group())], m.start(), m.end())
            for m in self._ko_re.finditer(text)
            if _KO_WORD_END.match(text, m.end()) or self._ko_next.match(text, m.end())
        ]

    def rendered(
        self, term: Term, text: str, names: list[tuple[str, list[Term], int, int]] | None = None
    ) -> tuple[str, int, int] | None:
        """The first of the term's renderings standing in `text` on its own, not as part of a longer name
        of another term ("Minister" in "Prime Minister", "public procurement" in "Public Procurement Service").
        `names`: find_en(text), when the caller has it (a whole version's text is not remembered)."""
        names = self.find_en(text) if names is None else names  # in order, never overlapping
        starts = [s for _r, _t, s, _e in names]
        best = None
        for rendering in term.en:
            for m in _english(rendering).finditer(text):
                i = bisect.bisect_right(starts, m.start()) - 1
                inside = i >= 0 and names[i][3] >= m.end() and names[i][3] - names[i][2] > m.end() - m.start()
                if not inside or any(t.ko == term.ko for t in names[i][1]):
                    if best is None or m.start() < best[1]:
                        best = (rendering, m.start(), m.end())
                    break
        return best

    def find_en(self, text: str) -> list[tuple[str, list[Term], int, int]]:
        """English names of two words or more in `text` (any case, the last word inflected), as
        (rendering, its terms, start, end).

        Remembered per text, as the facts are, so that re-checking while typing costs nothing.
        """
        return _remembered(self._en_found, text, self._scan_en)

    def _scan_en(self, text: str) -> list[tuple[str, list[Term], int, int]]:
        found: list[tuple[str, list[Term], int, int]] = []
        after = 0  # where the last name found ends: a word before it is inside it
        for m in _WORD.finditer(text):  # one word at a time: a whole release's words are never all held
            first = m.group().lower()
            if first not in self._by_first_word or m.start() < after:
                continue
            for names, rendering, terms in self._by_first_word[first]:
                span = [m, *itertools.islice(_WORD.finditer(text, m.end()), len(names) - 1)]
                if (
                    len(span) == len(names)
                    and all(w == t.group().lower() for w, t in zip(names[1:-1], span[1:-1], strict=True))
                    and _inflected(span[-1].group().lower(), names[-1])
                    and all(_JOIN.fullmatch(text, a.end(), b.start()) for a, b in itertools.pairwise(span))
                ):
                    found.append((rendering, terms, m.start(), span[-1].end()))
                    after = span[-1].end()
                    break
        return found

    @staticmethod
    def find_rendering(term: Term, text: str) -> tuple[str, int, int] | None:
        """The first of the term's English renderings standing in `text`, with its span."""
        best = None
        for rendering in term.en:
            m = _english(rendering).search(text)
            if m and (best is None or m.start() < best[1]):
                best = (rendering, m.start(), m.end())
        return best


def _remembered(found: dict[str, _T], text: str, scan: Callable[[str], _T]) -> _T:
    """`scan(text)`, remembered in `found` (emptied beyond 4,096 texts) if `text` is no longer than a
    paragraph: a whole version's text is new at every check, and long. The memory's thread asks too: no
    step here fails if the other thread empties `found` in between."""
    result = found.get(text)
    if result is None:
        result = scan(text)
        if len(text) > _LONGEST_REMEMBERED:
            return result
        if len(found) > 4096:
            found.clear()
        found[text] = result
    return result


def unspaced(text: str) -> str:
    return "".join(text.split())


_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# What may follow a Korean name in the same word: a particle or a suffix such as 측 (side), 내 (within).
_KO_WORD_END = re.compile(
    rf"(?![{_HANGUL}])|(?:은|는|이|가|을|를|의|에|와|과|도|만|로|으로|께|서|등|및|측|내|쪽|부터|까지|처럼|보다|마다|이라|이며|이고"
    r"|이다|입니다|이자|란|뿐|간|으로서|로서|에서|에게|한테|과의|와의|이나|나|랑|이랑|측은)"
)
_JOIN = re.compile(r"\s+|\s*-\s*")  # between the words of a name: "Trade-Investment", "Vice Minister"
_ENDINGS = ("'s", "’s", "es", "s", "ed", "d", "ing")


def _inflected(word: str, base: str) -> bool:
    """`word` is `base` or `base` with a plural, possessive or verb ending ("Ministries" aside)."""
    return word == base or any(word == base + ending for ending in _ENDINGS)


@cache
def _english(rendering: str) -> re.Pattern[str]:
    if _ACRONYM.fullmatch(rendering):  # UN or U.N., but never the word "un"; IT is not "it"
        dotted = r"\.?".join(re.escape(c) for c in rendering)
        return re.compile(rf"(?<![A-Za-z0-9]){dotted}\.?(?:'s|’s|s)?(?![A-Za-z0-9])")
    words = r"\s+".join(re.escape(w) for w in rendering.split())
    ministry = _MINISTRY_OF.fullmatch(rendering)
    if ministry:  # "Ministry of Justice" is also "the Justice Ministry", another country's "Department", and
        # is named in its minister's title ("Minister of the Interior and Safety Kim": 행정안전부 장관 김…)
        field = r"\s+".join(re.escape(w) for w in ministry["field"].split())
        body = "Ministry|Department|Minister"
        words = rf"(?:{words}|(?:{body})\s+of\s+(?:the\s+)?{field}|{field}\s+(?:{body}))"
    return re.compile(rf"(?<![A-Za-z0-9]){words}(?:'s|’s|s|es|ed|d|ing)?(?![A-Za-z0-9])", re.IGNORECASE)


_MINISTRY_OF = re.compile(r"Ministry of (?:the )?(?P<field>[A-Z][a-z]+(?:,? (?:and )?[A-Z][a-z]+)*)")


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def parse(text: str, name: str = "glossary") -> Glossary:
    """A glossary from TSV or CSV text with the columns ko, en (renderings separated by |), acronym, note."""
    dialect = "excel-tab" if "\t" in text.split("\n", 1)[0] else "excel"
    terms: list[Term] = []
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    if not reader.fieldnames or not {"ko", "en"} <= set(reader.fieldnames):
        raise InputError(tr("A glossary needs the columns ko and en (and may have acronym and note)."), name)
    for row in reader:
        ko, en = (row.get("ko") or "").strip(), (row.get("en") or "").strip()
        if ko and en:
            renderings = tuple(r.strip() for r in en.split("|") if r.strip())
            terms.append(Term(ko, renderings, (row.get("acronym") or "").strip(), (row.get("note") or "").strip()))
    return Glossary(terms)


def format_glossary(terms: Iterable[Term], tab: bool = True) -> str:
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel-tab" if tab else "excel", lineterminator="\n")
    writer.writerow(["ko", "en", "acronym", "note"])
    for t in sorted(terms, key=lambda t: t.ko):
        writer.writerow([t.ko, " | ".join(t.en), t.acronym, t.note])
    return out.getvalue()


def load(path: str | Path) -> Glossary:
    from drafter.formats.decoding import decode
    from drafter.storage import read_bytes

    return parse(decode(read_bytes(path, 8 * 1024 * 1024), path), str(path))


@cache
def default() -> Glossary:
    """The glossary shipped with the program; empty (and the rules quiet) if it is missing."""
    try:
        return load(DEFAULT)
    except InputError:
        return Glossary()


def layered(*layers: Iterable[Term], day: date | None = None) -> Glossary:
    """The built-in glossary with the user's and the release's terms over it (a later layer wins), as it
    was on `day`: of the entries of one Korean name, those valid that day (all of them when unknown)."""
    return _layered(tuple(t for layer in layers for t in layer), day)


@lru_cache(maxsize=8)
def _layered(extra: tuple[Term, ...], day: date | None) -> Glossary:
    by_ko: dict[str, list[Term]] = {}
    for t in default().terms:
        by_ko.setdefault(t.ko, []).append(t)
    by_ko |= {t.ko: [t] for t in extra}
    return Glossary([_on(entries, day) for entries in by_ko.values()])


_YEARS = re.compile(r"\byears\s+(?P<first>[0-9]{4})?\s*[-–~]\s*(?P<last>[0-9]{4})?")


def valid_years(note: str) -> tuple[int | None, int | None] | None:
    """The years a term's rendering was in use ("years 2008-2013" in its note), or None: always."""
    m = _YEARS.search(note)
    if m is None:
        return None
    return (int(m["first"]) if m["first"] else None, int(m["last"]) if m["last"] else None)


def _on(entries: list[Term], day: date | None) -> Term:
    """The entry of one Korean name for `day`; with no date (or none valid), one entry with every rendering."""
    if day is not None:
        for t in entries:
            years = valid_years(t.note)
            if years is None or ((years[0] or 0) <= day.year <= (years[1] or 9999)):
                return t
    if len(entries) == 1:
        return entries[0]
    renderings = tuple(dict.fromkeys(r for t in entries for r in t.en))
    return replace(entries[0], en=renderings)
