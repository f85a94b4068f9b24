"""Quotations by role: speech, quoted words and titles, whatever the glyph; apostrophes are no quotes."""

from __future__ import annotations

import pytest

from drafter.parity.quotes import SPEECH, TITLE, WORDS, quotations
from tests.parity.test_rules_text import body, rules


def roles(text: str) -> list[tuple[str, str]]:
    return [(q.role, text[q.start : q.end]) for q in quotations(text)]


def test_each_glyph_has_its_role():
    text = "청장은 “협력하겠다”고 했고, ‘K-조달’을 「국가계약법」과 『백서』에 담았다."
    assert roles(text) == [
        (SPEECH, "“협력하겠다”"),
        (WORDS, "‘K-조달’"),
        (TITLE, "「국가계약법」"),
        (TITLE, "『백서』"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Korea’s exports and the teachers' union grew in the '90s.",
        "수출은 ’23년 대비, ‘23년 대비, ’25.3.1.부터, ‘15~‘18 동안 늘었다.",
        'He staged a coup d"état.',  # a double mark typed for an apostrophe
    ],
)
def test_apostrophes_are_no_quotations(text: str):
    assert quotations(text) == []


def test_single_marks_inside_speech_belong_to_it_and_mixed_glyphs_close():
    assert roles("그는 \"미국은 '비핵화 우선'을 주장한다\"고 했다.") == [
        (SPEECH, "\"미국은 '비핵화 우선'을 주장한다\"")
    ]
    assert roles('그는 ‘우리는 논평하지 않겠다."라고 말했다.') == [(WORDS, '‘우리는 논평하지 않겠다."')]


def test_a_quotation_left_open_counts():
    [q] = quotations('He said: "We will expand the programme next year.')
    assert q.role == SPEECH and q.statement


def test_statements_and_quoted_words():
    assert [q.statement for q in quotations("그는 “협력하겠다”고 말하며 ‘혁신’을 강조했다.")] == [True, False]
    assert [q.statement for q in quotations('He called it "folly" and said "we will act now."')] == [False, True]


def test_korean_single_quotes_answer_english_double_quotes():
    assert (
        rules(body(["청장은 이를 ‘혁신의 첫걸음’이라고 불렀다."], ['The Administrator called it "a first step."']))
        == []
    )


def test_title_marks_are_not_missing_quotations():
    ko = ["조달청은 「국가계약법」 제27조에 따라 제재한다."]
    assert rules(body(ko, ["PPS imposes sanctions under Article 27 of the State Contract Act."])) == []


def test_a_quoted_statement_missing_is_found_at_the_quotation():
    ko = ["청장은 “해외 진출을 적극 지원하겠다”고 말했다."]
    [(rule, ko_excerpt, en_excerpt)] = rules(body(ko, ["The Administrator said PPS would support exports."]))
    assert (rule, ko_excerpt) == ("quotes", "“해외 진출을 적극 지원하겠다”")
    assert en_excerpt == "The Administrator said PPS would support exports."  # where it is missing
    en = ['"We will expand the programme," the Administrator said.']
    [(rule, ko_excerpt, en_excerpt)] = rules(body(["청장은 사업을 확대하겠다고 말했다."], en))
    assert (rule, en_excerpt) == ("quotes", '"We will expand the programme,"')


def test_a_quoted_word_is_style():
    assert rules(body(["그는 결과에 분노했다."], ['He was "furious" at the result.'])) == []


def test_a_quotation_cut_in_two_is_style_and_korean_single_quotes_are_no_statement():
    ko = ["그는 “모든 영토에서 테러 그룹을 뿌리 뽑을 때까지 전투를 계속하겠다”고 말했다."]
    en = ['He would continue "fighting until we purge all territories" of "any illegal presence."']
    assert rules(body(ko, en)) == []
    assert rules(body(["그는 ‘나는 셀러브러티다’의 진행자가 된다."], ["She will host I'm A Celebrity."])) == []


def test_a_typo_for_an_apostrophe_after_a_letter_opens_no_quotation():
    assert quotations('He left Dragons" Den star Peter Jones fuming.') == []
