"""Statements about the same figure compared across the versions (compare_qualifiers): the finding's
words on both sides and its message in both languages. The pair corpus (data/pairs.tsv) holds the many
"same" and "differs" sentences; here, what a reviewer reads."""

from __future__ import annotations

from drafter.parity import check
from tests.parity.test_pairs import pair_release

QUALIFIER_RULES = ("direction-differs", "bound-differs", "modality-differs", "base-differs")


def findings(ko: str, en: str) -> list[tuple[str, str, str, str, str]]:
    return [
        (f.rule, f.ko.excerpt, f.en.excerpt, f.message.ko, f.message.en)
        for f in check(pair_release(ko, en))
        if f.rule in QUALIFIER_RULES and f.ko and f.en and f.ko.exact and f.en.exact
    ]


def test_a_direction_that_differs_names_both_words_in_both_languages():
    found = findings("반도체 수출은 3.4% 증가했다.", "Semiconductor exports fell 3.4 percent.")
    assert found == [
        (
            "direction-differs",
            "3.4% 증가",
            "fell 3.4 percent",
            "증감 방향: 증가 ≠ fell (감소)",
            "Direction of change: 증가 (increase) ≠ fell",
        )
    ]


def test_a_surplus_against_a_deficit():
    [(_rule, ko, en, message_ko, _en)] = findings(
        "경상수지는 68억 달러 흑자였다.", "The current account showed a deficit of USD 6.8 billion."
    )
    assert (ko, en, message_ko) == ("68억 달러 흑자", "deficit of USD 6.8 billion", "흑자·적자: 흑자 ≠ deficit (적자)")


def test_a_direction_stated_on_one_side_only_is_no_finding():
    assert (
        findings("수출은 612억 달러로 7.4% 증가했다.", "Exports came to USD 61.2 billion, 7.4 percent above last year.")
        == []
    )


def test_each_figure_pairs_with_the_one_that_agrees():
    ko = "수출은 3.4% 증가했고 수입은 3.4% 감소했다."
    assert findings(ko, "Imports fell 3.4 percent and exports rose 3.4 percent.") == []
    [(_rule, ko_words, en_words, *_m)] = findings(ko, "Exports rose 3.4 percent and imports rose 3.4 percent.")
    assert (ko_words, en_words) == ("3.4% 감소", "rose 3.4 percent")


def test_a_floor_against_a_ceiling_is_one_finding_on_the_bound_words():
    found = findings(
        "상시근로자 5인 미만 사업장에 지원한다.", "It supports workplaces with more than five regular workers."
    )
    assert found == [
        (
            "bound-differs",
            "5인 미만",
            "more than five regular workers",
            "상한·하한: 미만 ≠ more than (하한)",
            "Limit: 미만 (upper limit) ≠ more than",
        )
    ]
    assert [f.rule for f in check(pair_release("5인 미만 사업장", "workplaces with more than five workers"))] == [
        "bound-differs"
    ]  # no fact-differs besides: the figure is the same


def test_or_more_for_isang_is_no_finding():
    assert findings("300명 이상 사업장", "workplaces with 300 or more employees") == []


def test_what_a_sentence_says_must_be_done_is_one_finding_on_its_words():
    ko = "내년 1월 1일부터 50인 이상 사업장은 안전보건관리체계 구축이 의무화된다."
    en = "From January 1 next year, workplaces with 50 or more employees are recommended to set up safety systems."
    assert findings(ko, en) == [  # three figures in the sentence, one finding
        (
            "modality-differs",
            "의무",
            "recommended",
            "의무·권고: 의무 ≠ recommended (권고)",
            "Mandatory or recommended: 의무 (mandatory) ≠ recommended",
        )
    ]


def test_a_negated_plan_against_an_affirmed_one():
    ko = "정부는 내년 상반기 공공요금을 인상하지 않기로 했다."
    [(_rule, ko_words, en_words, *_m)] = findings(
        ko, "The government will raise public utility charges in the first half of next year."
    )
    assert (ko_words, en_words) == ("인상하지 않기로 했다", "will")
    assert findings(ko, "The government will freeze public utility charges for the first half of next year.") == []


def test_a_bound_under_a_negation_is_not_compared():
    ko = "정부는 공공요금을 3% 이상 인상하지 않기로 했다."  # not 3% or more: below 3%
    assert findings(ko, "The government will keep increases in public utility charges below 3 percent.") == []


def test_reported_speech_affirms_nothing():
    ko = "그는 한 번의 터치를 가했다고 말했다."
    assert findings(ko, "He said he didn't take one touch.") == []


def test_a_change_from_one_figure_to_another_states_its_direction():
    """A verb of change reaches the level across "from X" ("increase from 320 to 640") and after a base
    (3만 5천 톤으로 전년(3만 1천 톤)보다 늘었다); without a verb, the two figures say which way it went."""

    def words(ko: str, en: str) -> tuple[str, str]:
        [(_rule, ko_words, en_words, *_m)] = findings(ko, en)
        return ko_words, en_words

    ko = "감시 드론은 지난해 320대에서 올해 640대로 늘린다."
    assert words(ko, "Patrol drones will decrease from 320 last year to 640 this year.") == (
        "640대로 늘린다",
        "decrease from 320 last year to 640",
    )
    ko = "김 수출량은 3만 5천 톤으로 전년(3만 1천 톤)보다 늘었으며, 대상국도 늘었다."
    assert words(ko, "Laver exports fell to 35,000 tonnes from 31,000 tonnes.") == (
        "3만 5천 톤으로 전년(3만 1천 톤)보다 늘었으며",
        "fell to 35,000 tonnes",
    )
    assert words("사망자는 270명으로 지난해(312명)보다 줄었다.", "Deaths were 270, up from 312.") == (
        "270명으로 지난해(312명)보다 줄었다",
        "270, up",
    )
    assert words("충전기는 2만 기에서 5만 기로 줄어든다.", "Chargers will go from 20,000 to 50,000.") == (
        "5만 기로 줄어든다",
        "from 20,000 to 50,000",
    )


def test_groups_with_their_figures_in_brackets_take_the_verb_of_their_list():
    ko = "음·식료품(12.4%), 음식서비스(10.8%) 등에서 증가했고, 가전·전자·통신기기(-3.2%)는 증가했다."
    en = "Sales rose for food (12.4%) and food services (10.8%), while those for electronics decreased (-3.2%)."
    assert [(ko_words, en_words) for _r, ko_words, en_words, *_m in findings(ko, en)] == [
        ("-3.2%)는 증가", "decreased (-3.2%")
    ]
    en = "Sales fell for food (12.4%) and food services (10.8%), while those for electronics rose (-3.2%)."
    assert len(findings(ko.replace("(-3.2%)는 증가", "(-3.2%)는 감소"), en)) == 2  # one per pair of words


def test_the_base_a_figure_is_compared_with_is_one_finding_on_its_words():
    ko = "12월 온라인쇼핑 거래액은 22조 4천억 원으로 전년 같은 달보다 6.5% 증가했다."
    en = "Online shopping transactions came to KRW 22.4 trillion, up 6.5 percent from the previous month."
    assert [(rule, k, e, message_en) for rule, k, e, _ko, message_en in findings(ko, en)] == [
        (
            "base-differs",
            "전년 같은 달",
            "from the previous month",
            "Compared with: 전년 같은 달 (a year earlier) ≠ from the previous month",
        )
    ]
    assert findings(ko, en.replace("the previous month", "the same month a year earlier")) == []
    assert findings(ko, en.replace("from the previous month", "year-on-year")) == []
