"""The final sound of a word and the particle forms that follow it."""

from __future__ import annotations

import pytest

from drafter.hangul import agreeing, final, mark_particles, particle, resolve_particles


@pytest.mark.parametrize(
    ("word", "sound"),
    [
        ("조달청", "other"),
        ("나라장터", ""),
        ("서울", "ㄹ"),
        ('"공공구매"', ""),
        ("“조달청”", "other"),
        ("김윤상(Kim Yoon-sang)", "other"),  # the word before the parenthesis decides
        ("(설명)", "other"),  # nothing before it: what is inside
        ("3", "other"),  # 삼
        ("2", ""),  # 이
        ("1", "ㄹ"),  # 일
        ("10", "other"),  # 십
        ("100", "other"),  # 백
        ("1,000", "other"),  # 천
        ("20000", "other"),  # 만
        ("1000000000000", ""),  # 조
        ("4.5", ""),  # 사 점 오
        ("0", "other"),  # 영
        ("30%", ""),  # 퍼센트
        ("2026. 11. 24.", "ㄹ"),  # …24일
        ("PPS", ""),  # 피피에스
        ("HTML", "ㄹ"),  # 엘
        ("KOTRA", ""),
        ("sample.txt", ""),  # 텍스트
        ("visit.release.json", "other"),  # 제이슨
        ("report.docx", ""),
        ("profile", "ㄹ"),  # 파일
        ("web", "other"),
        ("", ""),
    ],
)
def test_final_sound_as_read_in_korean(word: str, sound: str):
    assert final(word) == sound


@pytest.mark.parametrize(
    ("written", "before", "form"),
    [
        ("을(를)", "조달청", "을"),
        ("을(를)", "나라장터", "를"),
        ("이(가)", '"공공구매"', "가"),
        ("이(가)", "14명", "이"),
        ("은(는)", "2026. 11. 31.", "은"),
        ("와(과)", "Lim Ki-geun", "과"),
        ("와(과)", "PPS", "와"),
        ("(으)로", "서울", "로"),  # ㄹ takes 로
        ("(으)로", "조달청", "으로"),
        ("(으)로", "sample.docx", "로"),
        ("(이)", "조달청", "이"),
        ("(이)", "나라장터", ""),
    ],
)
def test_particle_follows_the_word_before_it(written: str, before: str, form: str):
    assert particle(written, before) == form


def test_only_the_templates_particles_are_resolved_not_those_in_a_value():
    template = mark_particles('"{name}"을(를) 찾았습니다: {text}')
    filled = template.format(name="나라장터", text="값을(를) 그대로")
    assert resolve_particles(filled) == '"나라장터"를 찾았습니다: 값을(를) 그대로'


@pytest.mark.parametrize(
    ("word", "follows", "form"),
    [
        ("나라장터", "은", "는"),
        ("조달청", "는", "은"),
        ("서울", "으로", "로"),
        ("조달청", "로서", "으로서"),
        ("PPS", "이", "가"),
    ],
)
def test_a_particle_agrees_with_a_new_word(word: str, follows: str, form: str):
    assert agreeing(word, follows) == form
    assert agreeing(word, "의") == "의"  # the same after any word
