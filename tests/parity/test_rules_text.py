from __future__ import annotations

from drafter.model import Note, Paragraph, Release, Version
from drafter.parity import check
from drafter.parity.names import english_suggestion
from tests.parity.test_pairs import VOCABULARY


def body(
    ko: list[str], en: list[str], ko_notes: list[list[str]] | None = None, en_notes: list[list[str]] | None = None
) -> Release:
    def paras(texts: list[str], notes: list[list[str]] | None) -> list[Paragraph]:
        return [Paragraph(t, [Note(n) for n in (notes[i] if notes else [])]) for i, t in enumerate(texts)]

    return Release(
        ko=Version(title="제목", body=paras(ko, ko_notes)), en=Version(title="Title", body=paras(en, en_notes))
    )


def rules(release: Release) -> list[tuple[str, str | None, str | None]]:
    return [
        (f.rule, f.ko.excerpt if f.ko else None, f.en.excerpt if f.en else None)
        for f in check(release)
        if f.rule not in VOCABULARY
    ]


def test_hangul_left_in_the_english_is_pointed_at():
    found = rules(body(["조달청은 회의를 열었다."], ["PPS held a 정부조달 회의 today."]))
    assert found == [("hangul-in-english", "조달청은 회의를 열었다.", "정부조달 회의")]


def test_a_paragraph_copied_untranslated():
    found = rules(body(["조달청은 회의를 열었다."], ["조달청은 회의를 열었다."]))
    assert [r for r, *_ in found] == ["untranslated-identical"]


def test_quotations_per_paragraph():
    quoted = "청장은 “협력을 강화하겠다”고 말했다."
    assert rules(body([quoted], ["The Administrator said, “We will strengthen cooperation.”"])) == []
    assert [r for r, *_ in rules(body([quoted], ["The Administrator said cooperation would grow."]))] == ["quotes"]


def test_length_ratio_against_the_release_own_ratio():
    ko = ["조달청은 올해 혁신제품 지정 기업의 해외 진출을 지원하는 사업을 확대했다고 밝혔다."] * 4
    en = ["PPS said it had expanded its programme supporting companies with innovative products abroad."] * 3
    en.append("PPS expanded it.")
    found = rules(body(ko, en))
    assert [(r, e) for r, _k, e in found] == [("length-ratio", "PPS expanded it.")]


def test_a_korean_note_without_english_note():
    r = body(
        ["혁신제품* 지정 기업이 늘었다."],
        ["More companies hold innovative product* designations."],
        ko_notes=[["혁신제품: 조달청이 지정한 제품"]],
        en_notes=[[]],
    )
    assert [f for f, *_ in rules(r)] == ["notes-missing"]
    r.en.body[0].notes.append(Note("innovative products: designated by PPS"))
    assert rules(r) == []
    r.en.body[0].notes.append(Note("PPS (Public Procurement Service)"))  # English may add an expansion
    assert rules(r) == []


def test_a_persons_name_is_checked_in_its_romanisation():
    ko = ["임기근 조달청장은 현장을 둘러봤다.", "문의는 혁신조달기획과 박서연 사무관에게 하면 된다."]
    right = ["Lim Ki-geun, the PPS Administrator, toured the site.", "Contact Park Seo-yeon, Deputy Director."]
    assert rules(body(ko, right)) == []
    wrong = ["Lim Ki-geum, the PPS Administrator, toured the site.", "Contact the Deputy Director."]
    assert rules(body(ko, wrong)) == [
        ("person-name-differs", "근", "geum"),  # the syllable that differs, on both sides
        ("person-name-missing", "박서연", "Contact the Deputy Director."),
    ]
    [differs] = [f for f in check(body(ko, wrong)) if f.rule == "person-name-differs"]
    assert differs.message.en == (
        'The English writes the name 임기근 as "Lim Ki-geum": expected "Lim Ki-geun", or another romanisation of '
        'it such as "Lim Gi-geun".'  # the name as written with its wrong syllable put right, and as suggested
    )
    [missing] = [f for f in check(body(ko, wrong)) if f.rule == "person-name-missing"]
    # The spelling suggested is the one the English contact suggestion gives (family name as customary).
    assert '"Park Seo-yeon"' in missing.message.en and "박서연" in missing.message.ko
    assert "Park Seo-yeon" in english_suggestion("혁신조달기획과 박서연 사무관(042-724-7311)")


def test_a_name_misspelt_in_the_body_is_reported_there_only_not_also_at_the_title_that_names_nobody():
    release = body(["임기근 조달청장은 현장을 둘러봤다."], ["Lim Ki-geum, the PPS Administrator, toured the site."])
    release.ko.title, release.en.title = "임기근 조달청장, 현장 점검", "PPS Administrator Tours the Site"
    assert [(f.field, f.en.excerpt if f.en else None) for f in check(release) if f.rule.startswith("person")] == [
        ("body", "geum")
    ]
    release.en.title = "Administrator Lim Ki-geum Tours the Site"  # misspelt in the title too: both places
    assert [f.field for f in check(release) if f.rule.startswith("person")] == ["title", "body"]


def test_a_name_in_a_customary_spelling_gives_no_finding():
    ko = ["지현우 산림청장과 이형석 차장, 최태원 국장, 한덕수 과장이 참석했다."]
    others = "Vice Minister Rhee Hyoung-suk, Director General Chey Tae-won and Director Han Duck-soo attended."
    en = [f"Minister Jee Hyun-woo, {others}"]
    assert [r for r in rules(body(ko, en)) if r[0].startswith("person")] == []
    en = [f"Minister Jee Kyun-woo, {others}"]
    assert [r for r in rules(body(ko, en)) if r[0].startswith("person")] == [("person-name-differs", "현", "Kyun")]
    [differs] = [f for f in check(body(ko, en)) if f.rule == "person-name-differs"]
    assert differs.message.en == (
        'The English writes the name 지현우 as "Jee Kyun-woo": expected "Jee Hyeon-woo", or another romanisation of '
        'it such as "Ji Hyeon-u".'
    )


def test_names_in_every_release_pattern_are_checked():
    ko = ["조달청(청장 임기근)은 간담회를 열었다.", "대책을 마련했다(김민지 행정안전부 장관)."]
    right = ["PPS (Administrator Lim Ki-geun) held a meeting.", "Measures were prepared (Minister Kim Min-ji)."]
    assert [r for r in rules(body(ko, right)) if r[0].startswith("person")] == []
    wrong = ["PPS (Administrator Lim Ki-geum) held a meeting.", "Measures were prepared (Minister Kim Min-jae)."]
    assert [r for r in rules(body(ko, wrong)) if r[0].startswith("person")] == [
        ("person-name-differs", "근", "geum"),
        ("person-name-differs", "지", "jae"),
    ]


def test_a_later_mention_by_family_name_against_another_person():
    ko = ["임기근 조달청장은 현장을 찾았다.", '임 청장은 "판로를 넓히겠다"고 말했다.']
    en = ["Administrator Lim Ki-geun visited the site.", 'Administrator Park said, "We will widen the market."']
    assert [r for r in rules(body(ko, en)) if r[0].startswith("person")] == [("person-name-differs", "임", "Park")]
    en[1] = 'He said, "We will widen the market."'
    assert [r for r in rules(body(ko, en)) if r[0].startswith("person")] == []


def test_a_note_that_only_converts_a_figure_may_be_left_out():
    ko, en = ["올해 임산물 수출액은 1억 달러*로 늘었다."], ["Exports of forest products rose to USD 100 million."]
    assert rules(body(ko, en, [["1억 달러 = 약 1,300억원"]], [[]])) == []
    assert rules(body(ko, en, [["환율 1달러 = 1,300원 기준"]], [[]])) == []
    assert rules(body(ko, en, [["1억 달러 = 약 1,300억원"]], [["USD 100 million = about KRW 130 billion"]])) == []
    assert [r[0] for r in rules(body(ko, en, [["임산물: 목재, 버섯, 밤 등"]], [[]]))] == ["notes-missing"]


QUOTE_KO = (
    '김형준 산림청장은 "산불의 대부분은 사람의 부주의로 발생한다"며 '
    '"산에 갈 때는 라이터 등 인화물질을 가져가지 말아 달라"고 당부했다.'
)
QUOTE_EN = (
    '"Most wildfires are caused by human carelessness," said KFS Minister Kim Hyung-joon. '
    '"When you go to the mountains, please do not take lighters or other flammable materials with you."'
)
SENTENCES_KO = (
    "산림청은 올해 산불감시원 1만 2천 명을 전국 산림에 배치한다. 감시원은 산불 위험이 높은 지역을 날마다 순찰하며 "
    "입산자의 인화물질 소지 여부를 확인한다. 산불이 나면 감시원은 곧바로 관할 지방자치단체에 신고한다."
)
SENTENCES_EN = (
    "The Korea Forest Service (KFS) will deploy 12,000 wildfire watchers in forests nationwide this year. "
    "The watchers will patrol high-risk areas every day and check whether visitors carry flammable materials. "
    "When a fire breaks out, they will report it at once to the local government."
)


def sentence_findings(ko: list[str], en: list[str]) -> list[tuple[str, str | None, bool | None]]:
    return [
        (f.rule, f.ko.excerpt if f.ko else None, f.ko.exact if f.ko else None)
        for f in check(body(ko, en))
        if f.rule == "sentence-missing"
    ]


def test_the_half_of_a_quotation_left_out_is_reported_at_its_korean_words():
    assert sentence_findings([QUOTE_KO], [QUOTE_EN]) == []
    first_half = QUOTE_EN[: QUOTE_EN.index(' "When')]
    assert sentence_findings([QUOTE_KO], [first_half]) == [
        ("sentence-missing", '"산에 갈 때는 라이터 등 인화물질을 가져가지 말아 달라"고 당부했다.', True)
    ]
    # both halves in one English quotation: nothing left out
    merged = (
        '"Most wildfires are caused by human carelessness, so when you go to the mountains, please do not take '
        'lighters or other flammable materials with you," said KFS Minister Kim Hyung-joon.'
    )
    assert sentence_findings([QUOTE_KO], [merged]) == []


def test_a_sentence_left_out_of_a_paragraph_is_reported_at_its_korean_words():
    assert sentence_findings([SENTENCES_KO], [SENTENCES_EN]) == []
    second = "The watchers will patrol high-risk areas every day and check whether visitors carry flammable materials. "
    assert sentence_findings([SENTENCES_KO], [SENTENCES_EN.replace(second, "")]) == [
        (
            "sentence-missing",
            "감시원은 산불 위험이 높은 지역을 날마다 순찰하며 입산자의 인화물질 소지 여부를 확인한다.",
            True,
        )
    ]


def test_korean_sentences_an_english_sentence_joins_are_not_missing():
    ko = ["해당 차량의 운전자는 곧바로 멈췄다. 그리고 구급대원들이 현장에 도착했다. 그러나 그 남성은 현장에서 숨졌다."]
    en = ["The driver of the car stopped at once and paramedics arrived, but the man died at the scene."]
    assert sentence_findings(ko, en) == []
    en = ["The driver stopped at once. Paramedics arrived, and the man died at the scene."]
    assert sentence_findings(ko, en) == []


def test_another_family_name_after_a_title_for_a_korean_full_name_is_located_on_it():
    ko = ['권형석 장관은 "새로운 효자 품목을 키우겠다"고 말했다.']
    found = rules(body(ko, ['"We will grow new star items," said Minister Kang.']))
    assert [r for r in found if r[0].startswith("person")] == [("person-name-differs", "권형석", "Kang")]
    assert rules(body(ko, ['"We will grow new star items," said Minister Kwon.'])) == []


def test_a_second_sentence_left_out_leaves_one_english_sentence_far_too_short():
    ko = [
        "다음 동향은 3월 5일(금) 오전 8시에 공표한다. "
        "올해부터는 라이브커머스 거래액을 별도 항목으로 추가해 공표할 예정이다.",
        *["통계청은 온라인쇼핑 동향을 매월 공표한다."] * 8,
    ]
    en = [
        "The next trends will be published at 8 a.m. on Friday, March 5.",
        *["Statistics Korea publishes online shopping trends every month."] * 8,
    ]
    assert sentence_findings(ko, en) == [
        ("sentence-missing", "올해부터는 라이브커머스 거래액을 별도 항목으로 추가해 공표할 예정이다.", True)
    ]


def test_the_half_of_a_quotation_is_found_when_the_halves_are_alike_in_length():
    ko = [
        '신형민 기상청장은 "기후위기로 극한 현상이 잦아지고 있다"며 '
        '"예보와 특보 체계를 현장 중심으로 개선하겠다"고 말했다.'
    ]
    en = ['"Extreme weather is becoming more frequent with the climate crisis," said Administrator Shin Hyung-min.']
    assert sentence_findings(ko, en) == [
        ("sentence-missing", '"예보와 특보 체계를 현장 중심으로 개선하겠다"고 말했다.', True)
    ]


def test_a_sentence_whose_figures_the_one_english_sentence_leaves_all_out_is_missing():
    ko = ["항목별로는 동물용의약품 잔류 기준 초과가 8건으로 가장 많았다. 세균수 초과는 6건, 중금속 초과는 3건이었다."]
    en = ["By item, veterinary drug residues above the limit were the most common, with eight cases."]
    assert sentence_findings(ko, en) == [("sentence-missing", "세균수 초과는 6건, 중금속 초과는 3건이었다.", True)]
    # one English sentence that states its figures, in words or digits, says what the two Korean ones do
    joined = "Drug residues were the most common, with eight cases, followed by bacteria (6) and metals (three)."
    assert sentence_findings(ko, [joined]) == []
