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
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import TypeVar

from drafter import RESOURCES
from drafter.errors import InputError
from drafter.l10n import tr
from drafter.model import Term
from drafter.parity.budget import REMEMBERED, steps

DEFAULT = RESOURCES / "glossary" / "default.tsv"
_T = TypeVar("_T")
_LONGEST_REMEMBERED = 20_000  # characters: the longest paragraph the checker reads (limits.MAX_FIELD_CHARS)
MAX_TERM_CHARS = 100  # a Korean term, without its spaces: no name is longer
_HANGUL = "\uac00-\ud7a3"


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Longest Korean terms first, so that 차세대 나라장터 is found before 나라장터; spacing varies in
        # Korean (차세대나라장터), so a space in a term matches any spacing.
        self.terms.sort(key=lambda t: len(unspaced(t.ko)), reverse=True)
        self._by_ko = {unspaced(t.ko): t for t in reversed(self.terms)}
        self.by_acronym = {t.acronym: t for t in self.terms if t.acronym}
        self._en_found: dict[str, list[tuple[str, list[Term], int, int]]] = {}
        self._ko_found: dict[str, list[tuple[Term, int, int]]] = {}

    # The indexes are made when first needed: a glossary read only for its terms (a file given on the
    # command line, which the check puts over the built-in one) never needs them.
    @cached_property
    def _korean(self) -> _KoreanIndex:
        return _KoreanIndex(self.terms)

    @cached_property
    def _names(self) -> dict[tuple[str, ...], tuple[str, list[Term], int]]:
        """English names of two words or more (not acronyms), by their words in lower case, with the order in
        which they come: the longest that stands in a text is taken ("First Vice Minister", not "Vice
        Minister"), of two as long the first."""
        named: dict[tuple[str, ...], tuple[str, list[Term]]] = {}
        for t in self.terms:
            if not t.is_name:
                continue
            for rendering in t.en:
                words = tuple(w.lower() for w in _WORD.findall(rendering))
                if rendering != t.acronym and len(words) > 1:
                    named.setdefault(words, (rendering, []))[1].append(t)
        return {words: (rendering, terms, n) for n, (words, (rendering, terms)) in enumerate(named.items())}

    @cached_property
    def _name_words(self) -> list[tuple[str, ...]]:
        """The names' word tuples, sorted: those a text's words begin are a range of the list."""
        return sorted(self._names)

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
        found = []
        at = 0
        while at < len(text):
            if text[at].isspace() or (at and _is_hangul(text[at - 1])):  # a term starts a word (교수진 is no 수진)
                at += 1
                continue
            match = self._korean.longest(text, at)
            if match is None:
                at += 1
                continue
            term, end = match
            if _KO_WORD_END.match(text, end) or self._korean.longest(text, end) is not None:
                found.append((self._by_ko[unspaced(term.ko)], at, end))
            at = end
        return found

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
        words = list(
            _WORD.finditer(text)
        )  # a paragraph's words (a whole version's text is read paragraph by paragraph)
        lower = [w.group().lower() for w in words]
        i = 0
        while i < len(words):
            best = None  # (words, (rendering, terms, order)) of the longest name starting here
            lo, hi = 0, len(self._name_words)
            for j in range(i, min(len(words), i + _LONGEST_NAME)):
                if j > i:
                    if not _JOIN.fullmatch(text, words[j - 1].end(), words[j].start()):
                        break
                    for base in _bases(lower[j]):  # the last word may be inflected: "Ministries", "PPS's"
                        name = self._names.get((*lower[i:j], base))
                        if name is not None and (best is None or (j - i, -name[2]) > (len(best[0]) - 1, -best[1][2])):
                            best = ((*lower[i:j], base), name)
                steps.add()
                prefix = tuple(lower[i : j + 1])
                lo = bisect.bisect_left(self._name_words, prefix, lo, hi)
                hi = bisect.bisect_left(self._name_words, (*prefix[:-1], prefix[-1] + "\0"), lo, hi)
                if lo >= hi:
                    break  # no name begins with these words
            if best is None:
                i += 1
                continue
            (rendering, terms, _order), end = best[1], words[i + len(best[0]) - 1].end()
            found.append((rendering, terms, words[i].start(), end))
            i += len(best[0])
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
    """`scan(text)`, remembered in `found` (emptied beyond REMEMBERED texts) if `text` is no longer than a
    paragraph: a whole version's text is new at every check, and long. The memory's thread asks too: no
    step here fails if the other thread empties `found` in between."""
    result = found.get(text)
    if result is None:
        result = scan(text)
        if len(text) > _LONGEST_REMEMBERED:
            return result
        if len(found) > REMEMBERED:
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


def _bases(word: str) -> list[str]:
    """`word`, and `word` without a plural, possessive or verb ending ("Ministries" aside)."""
    return [word, *(word[: -len(ending)] for ending in _ENDINGS if word.endswith(ending) and len(word) > len(ending))]


_LONGEST_NAME = 16  # words of an English name looked for


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


class _KoreanIndex:
    """The Korean terms, to find the longest one standing at a place in a text, with any spacing between its
    words (차세대 나라장터, 차세대나라장터) but none inside them.

    The terms without their spaces, sorted: the terms a text's next characters begin are a range of this list,
    narrowed character by character (two bisections each), so that finding a term costs as many steps as its
    length whatever the size of the glossary: a regular expression of 180,000 alternatives took 41 s to build
    and tried each at every place. A dictionary of dictionaries (a trie) would do the same with ten times the
    memory in Python; a compiled automaton (pyahocorasick) finds matches without the spacing rules."""

    def __init__(self, terms: list[Term]) -> None:
        self._keys: list[str] = []
        self._terms: dict[str, list[tuple[Term, frozenset[int]]]] = {}  # in the glossary's order: the first wins
        for term in terms:
            words = term.ko.split()
            key = "".join(words)
            if not key or len(key) > MAX_TERM_CHARS:
                continue
            gaps = frozenset(itertools.accumulate(len(w) for w in words[:-1]))  # where spaces may stand
            self._terms.setdefault(key, []).append((term, gaps))
        self._keys = sorted(self._terms)

    def longest(self, text: str, at: int) -> tuple[Term, int] | None:
        """The longest term standing at `at` (a term's first character), with where it ends in `text`."""
        if not self._keys:
            return None
        best = None
        lo, hi = 0, len(self._keys)
        key, spaced, i = "", [], at
        while i < len(text) and len(key) < MAX_TERM_CHARS:
            gap = i
            while i < len(text) and text[i].isspace():
                i += 1
            if i == len(text) or (i > gap and not key):
                break
            if i > gap:
                spaced.append(len(key))
            key += text[i]
            i += 1
            steps.add()
            lo = bisect.bisect_left(self._keys, key, lo, hi)
            hi = bisect.bisect_left(self._keys, key + "\U0010ffff", lo, hi)
            if lo >= hi:
                break
            if self._keys[lo] == key:
                term = next((t for t, gaps in self._terms[key] if gaps.issuperset(spaced)), None)
                if term is not None:
                    best = (term, i)
        return best


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
    read = 0  # lines read before the row being read
    try:
        if not reader.fieldnames or not {"ko", "en"} <= set(reader.fieldnames):
            raise InputError(tr("A glossary needs the columns ko and en (and may have acronym and note)."), name)
        read = reader.line_num
        for row in reader:
            ko, en, acronym, note = (_uncell((row.get(key) or "").strip()) for key in _COLUMNS)
            if ko and en:
                renderings = tuple(r.strip() for r in en.split("|") if r.strip())
                terms.append(Term(ko, renderings, acronym, note))
            read = reader.line_num
    except csv.Error:  # a field longer than the csv module reads: a quotation mark opened and never closed
        raise InputError(
            tr(
                "The glossary is damaged at line {line}: a field is longer than {limit} characters "
                "(a quotation mark left open?).",
                line=read + 1,
                limit=f"{csv.field_size_limit():,}",
            ),
            name,
        ) from None
    return Glossary(terms)


_COLUMNS = ("ko", "en", "acronym", "note")
# What a spreadsheet takes for a formula at the start of a cell (OWASP, "CSV Injection"): written with an
# apostrophe before it, which the spreadsheet shows as text, and which reading the file back takes away.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _uncell(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA_START) else value


def format_glossary(terms: Iterable[Term], tab: bool = True) -> str:
    """The terms as TSV (or CSV), a cell that a spreadsheet would run as a formula (=, +, -, @) made text."""
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel-tab" if tab else "excel", lineterminator="\n")
    writer.writerow(_COLUMNS)
    for t in sorted(terms, key=lambda t: t.ko):
        writer.writerow([_cell(value) for value in (t.ko, " | ".join(t.en), t.acronym, t.note)])
    return out.getvalue()


def load(path: str | Path) -> Glossary:
    from drafter.decoding import decode
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
# An agency's own English for the titles of its people, in its entry's note: "titles 청장 = Minister,
# 차장 = Deputy Minister" (the Korea Forest Service calls its 청장 "Minister", not "Administrator").
_TITLES = re.compile(r"\btitles\s+(?P<list>[^;]+)")
_TITLE_ITEM = re.compile(r"(?P<ko>[가-힣]+)\s*=\s*(?P<en>[^,]+)")


def agency_titles(note: str) -> dict[str, tuple[str, ...]]:
    """The titles an entry's note gives its agency: {"청장": ("Minister",)} for "titles 청장 = Minister"."""
    m = _TITLES.search(note)
    if m is None:
        return {}
    return {
        item["ko"]: tuple(r.strip() for r in item["en"].split("|") if r.strip())
        for item in _TITLE_ITEM.finditer(m["list"])
    }


def titled(title: Term, agencies: Iterable[Term]) -> Term:
    """The title `title` (청장) as the first of `agencies` that names its own renders it, before the general
    renderings: 산림청's 청장 is "Minister", or as any 청장 is."""
    for agency in agencies:
        own = agency_titles(agency.note).get(title.ko)
        if own:
            return replace(title, en=tuple(dict.fromkeys(own + title.en)))
    return title


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
