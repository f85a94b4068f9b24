"""Spell checking without the window: the dictionaries, compounds, glossary terms, names, the word list."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import spelling
from drafter.model import Term
from drafter.spelling import Speller, words


def _dictionaries() -> str:
    """Why the dictionary tests cannot run here, or ""."""
    try:
        import enchant
    except ImportError:
        return "the Enchant library is not installed (Debian: libenchant-2-2)"
    for lang, package in (("ko", "hunspell-ko"), ("en", "hunspell-en-us")):
        if not any(enchant.dict_exists(tag) for tag in spelling.LANGUAGES[lang]):
            return f"no {lang} Hunspell dictionary (Debian: {package})"
    return ""


MISSING = _dictionaries()
needs_dictionaries = pytest.mark.skipif(bool(MISSING), reason=MISSING)


@pytest.fixture
def speller(tmp_path: Path) -> Speller:
    checker = Speller(tmp_path / "words.txt")
    checker.load()
    return checker


def test_words_worth_checking():
    text = "KONEPS is used by 3D printers, COVID19 and a Procurment office."
    assert [w for _s, _e, w in words(text, "en")] == ["is", "used", "by", "printers", "and", "Procurment", "office"]
    assert [w for _s, _e, w in words("조달청은 2차 공공조딜을 PPS 와", "ko")] == ["조달청은", "공공조딜을"]


@needs_dictionaries
def test_hunspell_is_asked_before_aspell(speller: Speller):
    """Debian's Enchant asks aspell first for English; ours asks Hunspell, whose dictionaries the README
    names and a packaged build ships (with aspell-en installed, English was aspell's before)."""
    assert {lang: d.provider.name for lang, d in speller._dicts.items()} == {"ko": "hunspell", "en": "hunspell"}


@needs_dictionaries
def test_misspelt_words_in_both_languages_and_compounds(speller: Speller):
    assert not speller.correct("Procurment", "en") and speller.correct("Procurement", "en")
    assert not speller.correct("공공조딜", "ko")
    assert speller.correct("공공조달", "ko")  # 공공 + 조달, written together as Korean does
    assert speller.correct("연수단", "ko")  # 연수 + the suffix 단
    assert "Procurement" in speller.suggest("Procurment", "en")


@needs_dictionaries
def test_glossary_terms_and_names_are_never_flagged(speller: Speller):
    assert not speller.correct("쿠팡이츠는", "ko") and not speller.correct("Coupang", "en")
    speller.set_terms([Term("쿠팡이츠", ("Coupang Eats",))])
    assert speller.correct("쿠팡이츠는", "ko")  # a term, with a particle
    assert speller.correct("Coupang", "en")
    assert not speller.correct("곽빈섭", "ko") and not speller.correct("Yoonsang", "en")
    speller.learn_names("곽빈섭 조달청장은 말했다.", "ko")
    speller.learn_names("Administrator Kim Yoonsang said.", "en")
    assert speller.correct("곽빈섭", "ko") and speller.correct("Yoonsang", "en")


@needs_dictionaries
def test_the_personal_word_list_is_kept(speller: Speller, tmp_path: Path):
    assert not speller.correct("Procurment", "en")
    speller.add("Procurment")
    assert speller.correct("Procurment", "en")
    again = Speller(tmp_path / "words.txt")
    again.load()
    assert again.correct("Procurment", "en")
    assert (tmp_path / "words.txt").read_text(encoding="utf-8") == "Procurment\n"


def test_without_a_dictionary_a_language_is_not_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(spelling.LANGUAGES, "ko", ("zz_ZZ",))
    checker = Speller(tmp_path / "words.txt")
    checker.load()
    assert "ko" in checker.missing and not checker.available("ko")
    assert checker.correct("공공조딜", "ko")  # nothing flagged
