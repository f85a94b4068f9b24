"""Who does what to whom (drafter/parity/roles.py): the roles each version gives two names, and the
findings where they are exchanged or where the flow of trade is turned around."""

from __future__ import annotations

import pytest

from drafter.parity import check, roles
from drafter.parity.glossary import default
from tests.parity.test_pairs import pair_release


def korean_roles(text: str) -> dict[str, str] | None:
    return roles._roles(roles._korean(default(), text))


def english_roles(text: str) -> dict[str, str] | None:
    return roles._roles(roles._english(default(), text))


KOREAN = [
    (
        "조달청은 국방부에 컨설팅을 지원한다.",
        {"Public Procurement Service": "agent", "Ministry of National Defense": "goal"},
    ),
    ("산림청은 몽골을 지원했다.", {"Korea Forest Service": "agent", "Mongolia": "goal"}),
    ("몽골국은 산림청으로부터 장비를 받았다.", {"Mongolia": "agent", "Korea Forest Service": "source"}),
    ("관세청은 일본과 합의했다.", None),  # 과: together, no role
    ("조달청의 국방부 지원", None),  # 의: whose, no role
]
ENGLISH = [
    (
        "PPS supports the Ministry of National Defense.",
        {"Public Procurement Service": "agent", "Ministry of National Defense": "goal"},
    ),
    (
        "Equipment was provided to Mongolia by the Korea Forest Service.",
        {"Mongolia": "goal", "Korea Forest Service": "agent"},
    ),
    (
        "Mongolia received equipment from the Korea Forest Service.",
        {"Mongolia": "agent", "Korea Forest Service": "source"},
    ),
    ("The Korea Customs Service agreed with Japan.", None),  # with: no role
    ("Korea and Japan agreed.", None),
]


@pytest.mark.parametrize(("text", "expected"), KOREAN)
def test_korean_roles_by_particle(text: str, expected: dict[str, str] | None):
    assert korean_roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_roles_by_place(text: str, expected: dict[str, str] | None):
    assert english_roles(text) == expected


def found(ko: str, en: str) -> list[tuple[str, str, str, str]]:
    return [
        (f.rule, f.ko.excerpt, f.en.excerpt, f.message.en)
        for f in check(pair_release(ko, en))
        if f.rule in ("roles-swapped", "trade-flow-differs", "figures-swapped")
        and f.ko
        and f.en
        and f.ko.exact
        and f.en.exact
    ]


def test_names_exchanged_are_one_finding_across_both_names():
    [(rule, ko, en, message)] = found(
        "조달청은 국방부에 컨설팅을 지원한다.", "The Ministry of National Defense provides consulting to PPS."
    )
    assert rule == "roles-swapped" and ko == "조달청은 국방부" and en.startswith("Ministry of National Defense")
    assert message == "Roles exchanged: 조달청 → 국방부 ≠ Ministry of National Defense → PPS"


def test_exports_turned_into_imports():
    [(rule, ko, en, message)] = found("대중국 수출은 112억 달러였다.", "Imports from China were USD 11.2 billion.")
    assert (rule, ko, en, message) == (
        "trade-flow-differs",
        "수출",
        "Imports",
        "Direction of trade: 수출 (exports) ≠ Imports",
    )


def test_the_export_import_bank_states_no_direction():
    assert (
        found(
            "한국수출입은행은 베트남에 3억 달러를 지원한다.",
            "The Export-Import Bank of Korea lends USD 300 million to Vietnam.",
        )
        == []
    )


def test_the_figures_of_a_list_of_countries_compared_by_country():
    ko = "국가별로는 태국발이 410kg으로 가장 많았으며, 미국발(260kg), 멕시코발(150kg) 순이었다."
    en = "By country, drugs from Thailand were the largest at 410 kg, followed by the United States (260 kg) and {}."
    assert found(ko, en.format("Mexico (150 kg)")) == []
    swapped = (
        "By country, drugs from Thailand led at 410 kg, followed by Mexico (260 kg) and the United States (150 kg)."
    )
    assert [(k, e, message) for _rule, k, e, message in found(ko, swapped)] == [
        ("미국발(260kg)", "Mexico (260 kg)", "Figures exchanged between names: 미국 260kg ≠ Mexico 260 kg"),
        (
            "멕시코발(150kg)",
            "United States (150 kg)",
            "Figures exchanged between names: 멕시코 150kg ≠ United States 150 kg",
        ),
    ]
    # a figure after the name or before it: "USD 730 million to China"
    ko = "국가별로는 중국 7억 3천만 달러, 일본 6억 8천만 달러 순으로 수출이 많았다."
    assert found(ko, "Exports went mostly to China (USD 730 million) and Japan (USD 680 million).") == []
    assert found(ko, "Exports were USD 730 million to China and USD 680 million to Japan.") == []
    assert len(found(ko, "Exports were USD 730 million to Japan and USD 680 million to China.")) == 2
