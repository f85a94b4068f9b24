"""Find and replace in release text: Korean words with their particles, whole words, case."""

from __future__ import annotations

from drafter.search import Options, find_all, replacement

TEXT = "조달청은 조달청장과 함께 PPS의 조달청 혁신을 알렸다. pps and PPS's"


def found(needle: str, options: Options | None = None) -> list[str]:
    return [TEXT[s:e] for s, e in find_all(TEXT, needle, options or Options())]


def test_a_korean_word_is_found_with_its_particle_attached():
    assert found("조달청") == ["조달청", "조달청", "조달청"]  # in 조달청은, 조달청장과, 조달청
    whole = find_all(TEXT, "조달청", Options(whole_word=True))
    assert [TEXT[s : e + 1] for s, e in whole] == ["조달청은", "조달청 "]  # not 조달청장


def test_case_and_whole_words_in_english():
    assert found("pps") == ["PPS", "pps", "PPS"]
    assert found("pps", Options(match_case=True)) == ["pps"]
    assert found("PP", Options(whole_word=True)) == []
    assert found("", Options()) == []


def test_a_replacement_takes_the_particle_that_agrees_with_it():
    text = "조달청은 나라장터를 운영한다"
    start, end = find_all(text, "조달청")[0]
    assert replacement(text, start, end, "나라장터") == (0, 4, "나라장터는")
    start, end = find_all(text, "나라장터")[0]
    assert replacement(text, start, end, "조달청") == (5, 10, "조달청을")
    assert replacement("PPS는 알렸다", 0, 3, "조달청") == (0, 4, "조달청은")
    assert replacement("조달청장", 0, 3, "나라장터") == (0, 3, "나라장터")  # 장 is no particle


def test_a_replacement_keeps_the_case_of_what_it_replaces_unless_case_is_matched():
    headline = "Exports Reach KRW 4.5 Billion"
    start, end = find_all(headline, "4.5 billion")[0]
    assert replacement(headline, start, end, "4.3 billion", keep_case=True) == (start, end, "4.3 Billion")
    assert replacement(headline, start, end, "4.3 billion") == (start, end, "4.3 billion")  # Match case: as typed
    assert replacement("EXPORTS ROSE", 0, 7, "imports", keep_case=True)[2] == "IMPORTS"
    assert replacement("Exports Rose", 0, 12, "imports fell", keep_case=True)[2] == "Imports Fell"
    assert replacement("Exports rose", 0, 12, "imports fell", keep_case=True)[2] == "Imports fell"
    assert replacement("exports rose", 0, 7, "KOTRA imports", keep_case=True)[2] == "KOTRA imports"
