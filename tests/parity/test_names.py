from __future__ import annotations

import pytest

from drafter.parity.names import (
    differing_syllable,
    english_names,
    family_mentions,
    find_person,
    korean_names,
    other_family,
    person_keys,
    romanise,
    same_person,
    suggested_romanisation,
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('임기근 조달청장은 "혁신제품이 공공시장에 자리 잡도록 하겠다"고 밝혔다.', ["임기근"]),
        ("문의: 혁신조달기획과 박서연 사무관(042-724-7311)", ["박서연"]),
        ("국제협력담당관실 염동현 사무관", ["염동현"]),
        ("김윤상 조달청장은 이날 정부대전청사에서", ["김윤상"]),
        ("남궁민 대표는", ["남궁민"]),
        ("오세훈 서울시장은", ["오세훈"]),
        ("김윤상 장관과 한지민 차관이", ["김윤상", "한지민"]),
        ("김윤상 씨는", ["김윤상"]),
        ("최상목 기획재정부장관께서", ["최상목"]),
        ("조달청(청장 임기근)은 간담회를 열었다.", ["임기근"]),  # 기관(직함 이름)
        ("대책을 마련했다(김민지 행정안전부 장관).", ["김민지"]),  # (이름 기관 직함)
        ("조달청 차장 김철수는 현장을 찾았다.", ["김철수"]),  # 기관 직함 이름
        ("(조달청장 임기근)", ["임기근"]),
    ],
)
def test_korean_names_with_a_title(text: str, names: list[str]):
    found = korean_names(text)
    assert [name for name, _, _ in found] == names
    assert all(text[start:end] == name for name, start, end in found)


@pytest.mark.parametrize(
    "text",
    [
        "이번 행사는 정부대전청사에서 열린다.",
        "조달청장은 이날 현장을 찾았다.",
        "한국형 전자조달 시스템을 수출한다.",
        "문의 사항은 아래로.",
        "김윤상은 말했다.",  # a particle without a title is not enough
        "김윤상이 참석했다.",
        "조달 시장에서 혁신제품이 늘었다.",  # 시장 as "market"
        "국내 시장 규모",
        "신임 사장은 취임했다.",
        "공동 대표는",
        "정부 대변인은",
        "한국 대사관에서",  # 대사관 is a building, not 대사 with a particle
        "국방부 장관은",
        "조달청 차장은",
        "유엔 사무총장은",
        "전 국회의원",
        "강남구 구청장은",
        "양평군 군수는",
        "김 청장은",  # family name alone
        "김윤상씨는",  # written solid: missed on purpose
        "정부 대표단이",
        "이번 회장 선거",  # 회장 followed by another word, not a particle
        "경찰 대변인은",  # two syllables: a word, not a full name
        "노동당 대변인은",  # a party
        "백악관 대변인은",  # an office
        "모리스 대변인은",  # 스: a transliterated foreign name
        "사업의 대표는",  # a particle
        "조사는 장관이 지시했다.",  # an ordinary word before a title
        "발표는 장관이 직접 했다.",
        "행정안전부 장관 표창장이 수여됐다.",
        "특별 선거에서 승리한 하원 의원",  # a verb before a two-syllable body
        "장관 주재로 회의를 열었다.",
    ],
)
def test_ordinary_words_are_not_names(text: str):
    assert korean_names(text) == []


def test_name_inside_a_longer_word_is_not_found():
    assert korean_names("대김윤상 장관") == []


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [
        ("김윤상", "gim yunsang"),
        ("염동현", "yeom donghyeon"),
        ("임기근", "im gigeun"),
        ("박서연", "bak seoyeon"),
        ("최상목", "choe sangmok"),
        ("정은경", "jeong eungyeong"),
        ("남궁민", "namgung min"),
        ("황보관", "hwangbo gwan"),
        ("김", "gim"),
    ],
)
def test_romanise_syllable_by_syllable(hangul: str, latin: str):
    assert romanise(hangul) == latin


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("김윤상", "Kim Yoon-sang"),
        ("김윤상", "Kim Yoonsang"),
        ("김윤상", "Kim Yoon Sang"),
        ("김윤상", "Yoon-sang Kim"),
        ("김윤상", "KIM YOON-SANG"),
        ("김윤상", "Gim Yun-sang"),
        ("김윤상", "Mr. Kim Yoonsang"),
        ("김윤상", "Kim, Yoon-sang"),
        ("임기근", "Lim Ki-geun"),
        ("임기근", "Im Gi-geun"),
        ("임기근", "Rim Kee-keun"),
        ("박서연", "Park Seo-yeon"),
        ("박서연", "Pak Suh-yun"),
        ("김지아", "Kim Ji-ah"),
        ("이소희", "Lee So-hee"),
        ("염동현", "Yeom Dong-hyun"),
        ("염동현", "Yum Dong-hyeon"),
        ("이재용", "Lee Jae-yong"),
        ("이재용", "Rhee Jai-yong"),
        ("정은경", "Jeong Eun-kyeong"),
        ("정은경", "Chung Eun-kyung"),
        ("최상목", "Choi Sang-mok"),
        ("류현진", "Ryu Hyun-jin"),
        ("우상호", "Woo Sang-ho"),
        ("남궁민", "Namgung Min"),
        ("선우용여", "Sunwoo Yong-yeo"),
        # 형 is Hyung, Hyeong or Hyoung; customary family names and syllables (Jee, Rhee, Chey, Duck, Sye …)
        ("김형준", "Kim Hyung-joon"),
        ("김형준", "Kim Hyeong-jun"),
        ("김형준", "Kim Hyoung-joon"),
        ("김형준", "Kim Hyungjoon"),
        ("지현우", "Jee Hyun-woo"),
        ("이형석", "Rhee Hyoung-suk"),
        ("이형석", "Yi Hyung-seok"),
        ("박은정", "Pak Eun-jeong"),
        ("최태원", "Chey Tae-won"),
        ("최민수", "Choe Min-soo"),
        ("유승민", "Ryu Seung-min"),
        ("류승범", "Yoo Seung-bum"),
        ("임종훈", "Im Jong-hoon"),
        ("정세균", "Chung Sye-kyun"),
        ("강덕수", "Gang Duck-soo"),
        ("조민", "Jo Min"),
        ("신혜원", "Sin Hye-won"),
        ("김윤상", "Gim Yun-sang"),
        ("한덕수", "Han Duck-soo"),
        ("심상정", "Sim Sang-jeung"),
        ("유은혜", "Yoo Eun-hae"),
        ("강경화", "Kang Kyung-wha"),
        ("반기문", "Ban Ki-moon"),
        ("추경호", "Choo Kyung-ho"),
        ("금태섭", "Keum Tae-seop"),
    ],
)
def test_same_person_accepts_usual_spellings(korean: str, english: str):
    assert same_person(korean, english)


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("김윤상", "Kim Yoon-seok"),  # different syllable
        ("김윤상", "Lee Yoon-sang"),  # different family name
        ("김윤상", "Kim Yong-sang"),  # 용 is not 윤: final ng against n
        ("김윤상", "Kim Yoon"),  # given name cut short
        ("김윤상", "Kim"),
        ("김윤상", "Kim Yoo-nsang"),  # hyphen inside a syllable
        ("김윤상", "Kim Yoon-sang-ho"),
        ("임기근", "Lim Ki-geum"),
        ("박서연", "Park Seo-young"),  # 영, not 연
        ("염동현", "Yeom Dong-hoon"),  # 훈, not 현
        ("정은경", "Jeong Eun-hee"),
        ("김윤상", "Park Hyatt"),
        ("이소희", "Lee So-ee"),  # the h of 희 is not the silent h of "Suh"
        ("이소이", "Lee Sohee"),
        ("김형준", "Kim Kyung-jun"),  # 형 is never Kyung (경)
        ("김형준", "Kim Kyungjun"),
        ("김형준", "Kim Hyungjun-ho"),
        ("지현우", "Jee Hyun-joo"),
    ],
)
def test_same_person_refuses_other_names(korean: str, english: str):
    assert not same_person(korean, english)


@pytest.mark.parametrize(
    ("korean", "english", "syllable", "written"),
    [
        ("김형준", "Kim Kyung-jun", "형", "Kyung"),
        ("김형준", "Kim Kyungjun", "형", "Kyung"),
        ("김형준", "Hyung-jin Kim", "준", "jin"),
        ("임기근", "Lim Ki-geum", "근", "geum"),
        ("김윤상", "Kim Yoonseok", "상", "seok"),
        ("남궁민", "Namgung Man", "민", "Man"),
    ],
)
def test_the_syllable_that_differs(korean: str, english: str, syllable: str, written: str):
    index, start, end = differing_syllable(korean, english)  # type: ignore[misc]
    assert (korean[index], english[start:end]) == (syllable, written)


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("김형준", "Kim Hyung-joon"),  # the same name
        ("김형준", "Kim Kyung-jin"),  # two syllables differ
        ("김형준", "Lee Hyung-joon"),  # the family name differs
        ("김형준", "Kim Hyung"),  # a syllable short
    ],
)
def test_no_single_syllable_differs(korean: str, english: str):
    assert differing_syllable(korean, english) is None


@pytest.mark.parametrize(
    ("korean", "suggested"),
    [("김윤상", "Kim Yun-sang"), ("박서연", "Park Seo-yeon"), ("이형석", "Lee Hyeong-seok"), ("지현우", "Ji Hyeon-u")],
)
def test_suggested_romanisation_is_a_spelling_the_checker_accepts(korean: str, suggested: str):
    assert suggested_romanisation(korean) == suggested
    assert same_person(korean, suggested)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("said Lim Ki-geun, the PPS Administrator.", ["Lim Ki-geun"]),
        ("PPS Administrator Lim Ki-geun said.", ["Lim Ki-geun"]),
        ("Contact: Park Seo-yeon, Deputy Director (042-724-7311)", ["Park Seo-yeon"]),
        ("Mr. Kim Yoonsang, the PPS Administrator", ["Kim Yoonsang"]),
        ("Yoon-sang Kim and Lee Min Ho met.", ["Yoon-sang Kim", "Lee Min Ho"]),
        ("Chairman Lee Jae-yong", ["Lee Jae-yong"]),
        ("An Ji-hoon spoke.", ["An Ji-hoon"]),
        ("a dinner at the Park Hyatt Seoul", []),  # "Hyatt" is not a romanised syllable
        ("In Seoul, the Public Procurement Service said", []),
        ("The Song Contest in Busan", []),
        ("Minister Kim said", []),  # family name alone
        ("Kim Seoul", []),
        ("Minister Jee Hyun-woo and Chey Tae-won", ["Jee Hyun-woo", "Chey Tae-won"]),
        ("Prime Minister Han Duck-soo", ["Han Duck-soo"]),
    ],
)
def test_english_names(text: str, names: list[str]):
    found = english_names(text)
    assert [name for name, _, _ in found] == names
    assert all(text[start:end] == name for name, start, end in found)


@pytest.mark.parametrize(
    ("korean_text", "english_text", "english_name"),
    [
        (
            '임기근 조달청장은 "혁신제품이 공공시장에 자리 잡도록 하겠다"고 밝혔다.',
            '"We will help innovative products take root," said Lim Ki-geun, the PPS Administrator.',
            "Lim Ki-geun",
        ),
        (
            "문의: 혁신조달기획과 박서연 사무관(042-724-7311)",
            "Contact: Park Seo-yeon, Deputy Director, Innovation Procurement Planning Division (+82-42-724-7311)",
            "Park Seo-yeon",
        ),
        ("국제협력담당관실 염동현 사무관", "Yeom Dong-hyun, Deputy Director", "Yeom Dong-hyun"),
        ("김윤상 조달청장은 이날", "Mr. Kim Yoonsang, the PPS Administrator, said on the day", "Kim Yoonsang"),
    ],
)
def test_find_person_pairs_release_sentences(korean_text: str, english_text: str, english_name: str):
    [(name, _, _)] = korean_names(korean_text)
    span = find_person(name, english_text)
    assert span is not None
    assert english_text[span[0] : span[1]] == english_name


@pytest.mark.parametrize(
    "english_text",
    [
        "said Lee Yoon-sang, the PPS Administrator",  # wrong family name
        "said Kim Yoon-seok, the PPS Administrator",  # wrong given name
        "said the PPS Administrator",  # no name at all
        "said Administrator Kim",
    ],
)
def test_find_person_reports_missing_or_wrong_name(english_text: str):
    assert find_person("김윤상", english_text) is None


def test_find_person_picks_the_right_one_of_two():
    text = "Lim Ki-geun met Kim Yoon-sang in Daejeon."
    assert find_person("김윤상", text) == (16, 29)
    assert find_person("임기근", text) == (0, 11)


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("임기근 조달청장은", "said Lim Ki-geun, the PPS Administrator"),
        ("김윤상 조달청장은", "Mr. Kim Yoonsang, the PPS Administrator"),
        ("염동현 사무관", "Yeom Dong-hyun"),
        ("최상대 차관", "Vice Minister Choi Sang-dae"),
        ("정은경 청장", "Jeong Eun-kyeong"),
    ],
)
def test_person_keys_are_the_same_on_both_sides(korean: str, english: str):
    assert person_keys(korean, "ko") == person_keys(english, "en") != frozenset()


def test_person_keys_differ_for_different_people():
    assert person_keys("임기근 조달청장은", "ko").isdisjoint(person_keys("Lim Sang-ho", "en"))
    assert person_keys("임기근 조달청장은", "ko").isdisjoint(person_keys("Park Ki-geun", "en"))


def test_later_mentions_by_family_name():
    assert family_mentions("임 청장은 말했다. 김 장관이 답했다.") == [("임", 0, 1), ("김", 11, 12)]
    assert family_mentions("이 장관은, 전 장관은, 현 장관은") == []  # this, former, current


def test_another_family_named_after_a_title_in_the_english():
    assert other_family({"임"}, "Administrator Park said so.") == (14, 18)
    assert other_family({"임"}, "Administrator Lim said so.") is None
    assert other_family({"임"}, "He said so, and the Administrator agreed.") is None
