"""Spell checking of Korean and English text with Hunspell dictionaries, through Enchant (pyenchant).

Enchant finds the system's Hunspell dictionaries on Linux (Debian: hunspell-ko, hunspell-en-us) and
those in its own folders on Windows and macOS (README); a packaged build ships its own (packaging/).
Without Enchant or a language's dictionary, that language is simply not checked, and `Speller.missing`
says which.

Besides the dictionary, a word is correct when it is in the personal word list, a word of a glossary
term or acronym (조달청, KONEPS), or part of a person's name the text gives (임기근 조달청장, Lim Ki-geun).
A Korean word the dictionary lacks is also correct when it is made of known words of two syllables
or more (공공 + 조달, as Korean writes compounds without spaces), a particle after the last.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from drafter.errors import InputError
from drafter.hangul import PARTICLES
from drafter.model import Term

LANGUAGES = {"ko": ("ko_KR", "ko"), "en": ("en_US", "en_GB", "en_CA", "en_AU", "en")}
_WORDS = {
    "ko": re.compile(r"[가-힣]+"),
    "en": re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*"),
}
_MAX_SUGGESTIONS = 6
MAX_WORDS_BYTES = 2 * 1024 * 1024  # the personal word list: some 200,000 words
# Sino-Korean suffixes that make a new noun of a known one (연수단, 보고회, 혁신적); the dictionary lacks most.
_SUFFIXES = frozenset(
    "단 회 청 부 처 원 장 식 적 화 성 률 율 비 품 관 국 과 실 팀 제 권 액 량 금 료 소 자 들 형 용 별".split()
)


def words(text: str, lang: str) -> list[tuple[int, int, str]]:
    """The words of `text` worth checking in `lang`, as (start, end, word): Hangul words in Korean, Latin
    words in English; not single letters or syllables, acronyms in capitals, or words glued to digits."""
    found = []
    for m in _WORDS[lang].finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        if len(word) < 2 or (lang == "en" and word.isupper()):
            continue
        if (start and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit()):
            continue  # 3D, COVID19, 2차
        found.append((start, end, word))
    return found


class Speller:
    """The dictionaries of both languages and what else counts as correct. Thread-safe: the window checks
    in a worker thread and asks for suggestions on its own."""

    def __init__(self, personal: Path) -> None:
        self.personal_file = personal
        self.personal: set[str] = set()
        self.personal_problem: InputError | None = None  # why the word list cannot be read: it is then never written
        self.missing: list[str] = []  # languages without a dictionary
        self.no_enchant = False  # Enchant itself could not be loaded
        self._dicts: dict[str, Any] = {}
        self._known: set[str] = set()  # glossary words and names, as written, and English ones lowercased
        self._names: set[str] = set()
        self._lock = threading.Lock()

    def load(self) -> None:
        """Open the dictionaries (Korean takes a few tenths of a second) and the personal word list."""
        try:
            self.personal = read_words(self.personal_file)
        except InputError as error:
            self.personal_problem = error
        try:
            import enchant
        except ImportError:  # no Enchant C library on this system
            self.no_enchant, self.missing = True, list(LANGUAGES)
            return
        broker = enchant.Broker()
        for lang, tags in LANGUAGES.items():
            for t in tags:  # Hunspell's dictionaries, which a packaged build ships, before aspell's (Debian
                broker.set_ordering(t, "hunspell,nuspell,aspell")  # asks aspell first for English)
            tag = next((t for t in tags if _exists(broker, t)), None)
            if tag is None:
                self.missing.append(lang)
            else:
                self._dicts[lang] = broker.request_dict(tag)

    def available(self, lang: str) -> bool:
        return lang in self._dicts

    def set_terms(self, terms: Iterable[Term]) -> None:
        """The glossary's terms (and acronyms) are never flagged."""
        known = set()
        for term in terms:
            known.update(term.ko.split())
            for rendering in (*term.en, term.acronym):
                known.update(w.lower() for w in _WORDS["en"].findall(rendering))
        with self._lock:
            self._known = known | self._names

    def learn_names(self, text: str, lang: str) -> set[str]:
        """Remember the words of people's names in `text` as correct; returns those new."""
        from drafter.parity.names import english_names, korean_names

        if lang == "ko":
            found = {name for name, _s, _e in korean_names(text)}
        else:
            found = {w.lower() for name, _s, _e in english_names(text) for w in _WORDS["en"].findall(name)}
        with self._lock:
            new = found - self._known
            self._names = self._names | new
            self._known |= new
        return new

    def correct(self, word: str, lang: str) -> bool:
        """Whether `word` is spelt correctly (True where the language has no dictionary)."""
        if word in self.personal or (word if lang == "ko" else word.lower()) in self._known:
            return True
        dictionary = self._dicts.get(lang)
        if dictionary is None:
            return True
        with self._lock:
            if dictionary.check(word) or (lang == "en" and dictionary.check(word.lower())):
                return True
            return lang == "ko" and (self._glossary_stem(word) or self._compound(dictionary, word, 3))

    def _glossary_stem(self, word: str) -> bool:
        """A glossary word or name with a particle after it: 조달청은, 나라장터를."""
        return any(word[:i] in self._known and word[i:] in PARTICLES for i in range(2, len(word)))

    def _compound(self, dictionary: Any, word: str, parts: int) -> bool:
        """`word` is known words of two syllables or more written together (공공조달), at most `parts`, the
        last maybe a suffix (연수단)."""
        if parts == 1:
            return False
        for i in range(2, len(word)):
            head, rest = word[:i], word[i:]
            if (head in self._known or dictionary.check(head)) and (
                rest in _SUFFIXES
                or rest in self._known
                or dictionary.check(rest)
                or self._glossary_stem(rest)
                or self._compound(dictionary, rest, parts - 1)
            ):
                return True
        return False

    def suggest(self, word: str, lang: str) -> list[str]:
        dictionary = self._dicts.get(lang)
        if dictionary is None:
            return []
        with self._lock:
            return dictionary.suggest(word)[:_MAX_SUGGESTIONS]

    def add(self, word: str) -> None:
        """Put `word` in the personal word list (kept in the user's data folder), with the words the file holds
        now (another window may have added some). A list that cannot be read is never written: InputError
        says why, and the word counts as correct until the program ends. A link is replaced by a file of its
        own, never written through."""
        from drafter.storage import atomic_write

        self.personal.add(word)
        if self.personal_problem is not None:
            raise self.personal_problem
        words = read_words(self.personal_file) | {word}
        self.personal |= words
        with atomic_write(self.personal_file, follow=False) as fh:
            fh.write("".join(f"{w}\n" for w in sorted(words)).encode("utf-8"))


def read_words(path: Path) -> set[str]:
    """The words of a word list, one a line (UTF-8, UTF-16 or CP949); none if there is no file. InputError for
    anything else that cannot be read: a folder, a pipe, binary data, more than MAX_WORDS_BYTES."""
    from drafter.decoding import decode
    from drafter.storage import read_bytes

    if not os.path.lexists(path):
        return set()
    text = decode(read_bytes(path, MAX_WORDS_BYTES), path)
    return {line.strip() for line in text.splitlines() if line.strip()}


def _exists(broker: Any, tag: str) -> bool:
    try:
        return bool(broker.dict_exists(tag))
    except Exception:  # a broken provider must not stop the program
        return False
