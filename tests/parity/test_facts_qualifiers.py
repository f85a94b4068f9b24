"""What a sentence states about its figures besides their values (facts_ko_qualifiers, facts_en_qualifiers).

Each row: a text written for these tests, the figure (by its exact excerpt), and what is attached to it
as (aspect, value, the words that state it), or nothing.
"""

from __future__ import annotations

import pytest

from drafter.parity import facts_en, facts_ko
from drafter.parity.compare_qualifiers import SENTENCE_ASPECTS
from drafter.parity.facts import Fact
from tests.parity.facts_helpers import fact_in

KOREAN = [
    ("수출은 7.4% 증가한 612억 달러를 기록했다", "7.4%", ("change", "up", "증가")),
    ("수출은 7.4% 증가한 612억 달러를 기록했다", "612억 달러", None),  # a level, not the change
    ("수입은 564억 달러로 3.1% 늘었으며", "3.1%", ("change", "up", "늘었으며")),
    ("수입은 564억 달러로 3.1% 늘었으며", "564억 달러", None),
    ("무역수지는 48억 달러 흑자로 7개월 연속 흑자를 이어갔다", "48억 달러", ("balance", "surplus", "흑자")),
    ("무역수지는 48억 달러 흑자로 7개월 연속 흑자를 이어갔다", "7개월", None),
    ("관리재정수지는 54조 원의 적자를 냈다", "54조 원", ("balance", "deficit", "적자")),
    ("비중은 23.2%로 1.8%p 높아졌다", "1.8%p", ("change", "up", "높아졌다")),
    ("사망자는 2,551명으로 5.8% 줄었다", "5.8%", ("change", "down", "줄었다")),
    ("기준금리를 0.25%p 인하했다", "0.25%p", ("change", "down", "인하")),
    ("고용률이 0.4%p 개선됐다", "0.4%p", ("quality", "better", "개선")),
    ("농도가 8% 악화됐다", "8%", ("quality", "worse", "악화")),
    ("공급을 12만 가구로 확대한다", "12만 가구", ("change", "up", "확대")),
    ("가격이 5%나 올랐다", "5%", ("change", "up", "올랐다")),
    ("385마일 떨어진 곳에 있었다", "385마일", None),  # a distance away
    ("30곳 늘봄학교를 연다", "30곳", None),  # 늘봄 is a name
    ("10년 내에 마친다", "10년", None),
    # bounds: the floor or ceiling the figure is written with, on its words
    ("300명 이상 사업장", "300명 이상", ("bound", "over", "이상")),
    ("최대 5천만 원을 지원", "최대 5천만 원", ("bound", "under", "최대")),
    ("120여 개국이 참석", "120여 개국", ("bound", "over", "여")),
    ("역대 최대 142억 달러를 기록", "142억 달러", None),  # a record, not "up to"
    ("약 300명", "약 300명", None),  # an approximation is no bound
]

ENGLISH = [
    ("exports rose 7.4 percent from a year earlier to USD 61.2 billion", "7.4 percent", ("change", "up", "rose")),
    ("exports rose 7.4 percent from a year earlier to USD 61.2 billion", "USD 61.2 billion", None),
    ("Imports increased 3.1 percent to USD 56.4 billion", "USD 56.4 billion", None),
    ("a surplus of USD 4.8 billion", "USD 4.8 billion", ("balance", "surplus", "surplus")),
    ("a 54 trillion won deficit", "54 trillion won", ("balance", "deficit", "deficit")),
    ("23.2 percent, up 1.8 percentage points", "1.8 percentage points", ("change", "up", "up")),
    ("an 18.2 percent increase from last year", "18.2 percent", ("change", "up", "increase")),
    ("a 7.4% on-year rise", "7.4%", ("change", "up", "rise")),
    ("traffic deaths fell 5.8 percent to 2,551", "5.8 percent", ("change", "down", "fell")),
    ("traffic deaths fell 5.8 percent to 2,551", "2,551", None),
    ("raised the base rate by 0.25 percentage points", "0.25 percentage points", ("change", "up", "raised")),
    ("exports were down 2 percent", "2 percent", ("change", "down", "down")),
    ("prices 5 percent higher than a year ago", "5 percent", ("change", "up", "higher")),
    ("the ministry set up 3 centres", "3 centres", None),  # "set up" moves nothing
    ("it rose and reached 3 percent", "3 percent", None),  # "and" ends the verb's reach
    ("workplaces with 300 employees or fewer", "300 employees or fewer", ("bound", "under", "or fewer")),
    ("a maximum of 500 million won", "a maximum of 500 million won", ("bound", "under", "a maximum of")),
    ("people aged 65 and over", "65 and over", ("bound", "over", "and over")),
    ("about 300 people", "about 300 people", None),
]


def stated(text: str, fact: Fact, sentence: bool = False) -> list[tuple[str, str, str]]:
    """What is attached to the figure itself (or, with `sentence`, what its sentence states)."""
    return [(s.aspect, s.value, text[s.start : s.end]) for s in fact.said if (s.aspect in SENTENCE_ASPECTS) == sentence]


@pytest.mark.parametrize(("text", "excerpt", "said"), KOREAN)
def test_korean_statement(text: str, excerpt: str, said: tuple[str, str, str] | None):
    assert stated(text, fact_in(facts_ko.extract, text, excerpt)) == ([said] if said else [])


@pytest.mark.parametrize(("text", "excerpt", "said"), ENGLISH)
def test_english_statement(text: str, excerpt: str, said: tuple[str, str, str] | None):
    assert stated(text, fact_in(facts_en.extract, text, excerpt)) == ([said] if said else [])


SENTENCES_KO = [
    # what the sentence of the figure states may, must or will not happen
    (
        "12월 1일부터 취사를 금지한다.",
        "12월 1일",
        [("permission", "forbid", "금지")],
    ),
    (
        "50인 이상 사업장은 의무화된다.",
        "50인 이상",
        [("obligation", "oblige", "의무"), ("polarity", "affirm", "의무화된다")],
    ),
    ("공공요금을 3% 인상하지 않기로 했다.", "3%", [("polarity", "negate", "인상하지 않기로 했다")]),
    ("요금을 3% 인상하지 않을 것이라고 밝혔다.", "3%", []),  # a verb of saying: its clause is another's
    ("요금 3%를 유지한다.", "3%", []),  # a negation in other words: no affirmation either
    ("허용하되 3명 이상은 금지한다.", "3명 이상", []),  # allowed and banned: neither
]
SENTENCES_EN = [
    (
        "Cooking will be banned from December 1.",
        "December 1",
        [("permission", "forbid", "banned")],
    ),
    ("It will not raise fees by 3 percent.", "3 percent", [("polarity", "negate", "will not")]),
    ('"I didn\'t think about it for 3 minutes," he said.', "3 minutes", []),  # not what a release says will be
    ("It will keep increases below 3 percent.", "below 3 percent", []),  # "keep": no plain affirmation
]


@pytest.mark.parametrize(("text", "excerpt", "said"), SENTENCES_KO)
def test_korean_sentence(text: str, excerpt: str, said: list[tuple[str, str, str]]):
    assert stated(text, fact_in(facts_ko.extract, text, excerpt), sentence=True) == said


@pytest.mark.parametrize(("text", "excerpt", "said"), SENTENCES_EN)
def test_english_sentence(text: str, excerpt: str, said: list[tuple[str, str, str]]):
    assert stated(text, fact_in(facts_en.extract, text, excerpt), sentence=True) == said
