"""Plain Korean (공공언어): each kind of finding on clean and flagged Korean, particles and spacing, the
bracket particle both ways, accepting, turning the check off, the lists themselves."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from drafter.formats.plaintext import parse_text, read_text_file
from drafter.model import Note, Paragraph, Release, Review, Term, Version
from drafter.parity import Finding, Severity, check
from drafter.parity.plain import SENTENCE_LIMIT, put, reworded
from drafter.parity.plain_words import LISTS, PlainWord, builtin_words, format_words, parse_words, plain_list
from drafter.parity.review import accept, split_accepted


def release(*paragraphs: str, english: str = "The English.", title: str = "", notes: tuple[str, ...] = ()) -> Release:
    body = [Paragraph(t) for t in paragraphs]
    if notes:
        body[0].notes = [Note(n) for n in notes]
    return Release(ko=Version(title=title, body=body), en=Version(title="Title", body=[Paragraph(english)]))


def plain(r: Release, **options: object) -> list[Finding]:
    return [f for f in check(r, **options) if f.rule.startswith("plain-")]  # type: ignore[arg-type]


def found(*paragraphs: str, **kwargs: object) -> list[tuple[str, str, tuple[str, ...]]]:
    """(rule, excerpt, suggestions) of each plain-Korean finding."""
    return [(f.rule, f.ko.excerpt, f.suggestions) for f in plain(release(*paragraphs, **kwargs))]  # type: ignore[union-attr, arg-type]


# -- foreign, Japanese-style and hard words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "first"),
    [
        ("정부는 로드맵을 발표했다.", "로드맵", "단계별 이행안"),
        ("로드 맵의 첫 단계다.", "로드 맵", "단계별 이행안"),  # the entry's space: any spacing
        ("거버넌스는 중요하다.", "거버넌스", "협치"),
        ("지역 인프라가 부족하다.", "인프라", "기반 시설"),
        ("범부처 컨트롤타워가 생긴다.", "컨트롤타워", "총괄 기구"),
        ("범부처 컨트롤 타워의 역할", "컨트롤 타워", "총괄 기구"),
        ("태스크포스는 해산했다.", "태스크포스", "전담 조직"),
        ("두 기관은 MOU를 맺었다.", "MOU", "업무 협약"),
        ("시설을 모니터링하여 보고한다.", "모니터링", "점검"),  # before 하다
        ("리뉴얼된 누리집을 연다.", "리뉴얼", "새 단장"),  # before 되다
        ("익일 오전에 발표한다.", "익일", "다음 날"),  # Japanese-style
        ("경쟁력 제고를 위해 노력한다.", "제고", "높임"),  # hard Sino-Korean
    ],
)
def test_a_word_with_plainer_korean_is_found_with_its_particle_and_spacing(text: str, excerpt: str, first: str):
    [f] = plain(release(text))
    assert (f.rule, f.severity, f.field) == ("plain-word", Severity.INFO, "body")
    assert f.ko is not None and f.ko.excerpt == excerpt and text[f.ko.start : f.ko.end] == excerpt
    assert f.suggestions[0] == first and f.en is None
    assert excerpt in f.message.en and first in f.message.en and first in f.message.ko


@pytest.mark.parametrize(
    "text",
    [
        "정부는 단계별 이행안을 발표했다.",  # the plain Korean itself
        "두 기관은 업무 협약을 맺었다.",
        "MOUs and AMOU are English.",  # not inside a longer Latin word
        "오픈AI는 회사 이름이다.",  # glued to Latin letters: a name
        "교통인프라스트럭처",  # inside a longer word
        "스파이가 잡혔다.",  # 스파 is not in the list, and 이 ends no word here anyway
        "하나의 팀이 되었다.",
    ],
)
def test_plain_words_and_look_alikes_are_not_flagged(text: str):
    assert [(f.rule, f.ko.excerpt) for f in plain(release(text)) if f.rule == "plain-word"] == []  # type: ignore[union-attr]


def test_a_foreign_word_the_english_names_as_a_name_is_left_alone():
    r = release("브리티시 오픈 우승자", english="The British Open champion")
    assert plain(r) == []
    r = release("매장을 오픈했다.", english="The British Open champion opened a shop.")
    assert [f.ko.excerpt for f in plain(r)] == []  # the same word of a name: left alone in that paragraph
    r = release("매장을 오픈했다.", english="He opened a shop.")
    assert [f.ko.excerpt for f in plain(r)] == ["오픈"]  # type: ignore[union-attr]
    r = release("로드맵을 세웠다.", title="로드맵 발표")
    r.en.title = "Roadmap Announced"  # an English headline capitalises every word: not a name
    assert [f.ko.excerpt for f in plain(r)] == ["로드맵", "로드맵"]  # type: ignore[union-attr]


def test_a_word_the_text_gives_as_a_name_is_left_alone_everywhere():
    r = release("모멘텀(Momentum)의 활동가들이 투표했다.", "하원 모멘텀에게 전한다.", "경제의 모멘텀이 약하다.")
    assert plain(r) == []  # Momentum is a group here, in every paragraph
    assert [f.ko.excerpt for f in plain(release("경제의 모멘텀이 약하다."))] == ["모멘텀"]  # type: ignore[union-attr]


def test_the_kind_of_word_is_the_reason_given():
    by_excerpt = {f.ko.excerpt: f.message for f in plain(release("로드맵과 익일과 제고"))}  # type: ignore[union-attr]
    assert "foreign word" in by_excerpt["로드맵"].en and "외국어" in by_excerpt["로드맵"].ko
    assert "Japanese-style" in by_excerpt["익일"].en and "일본어 투" in by_excerpt["익일"].ko
    assert "Sino-Korean" in by_excerpt["제고"].en and "한자어" in by_excerpt["제고"].ko


def test_every_occurrence_is_a_finding_of_its_own():
    [a, b, c] = plain(release("노하우를 전했다. 그 노하우는 크다.", "노하우를 배운다."))
    assert [(f.ko.paragraph, f.ko.start) for f in (a, b, c)] == [(0, 0), (0, 12), (1, 0)]  # type: ignore[union-attr]
    assert len({a.fingerprint, b.fingerprint, c.fingerprint}) == 3


def test_notes_title_and_footnotes_are_read_but_not_the_contact_or_the_english():
    r = release("본문은 평범하다.", title="로드맵 발표", notes=("* 거버넌스: 설명",))
    r.ko.footnotes = [Note("※ 인센티브 안내")]
    r.ko.contact = "글로벌협력과 김민지 사무관(042-724-7000)"
    r.en.body[0] = Paragraph("The roadmap (로드맵) is new.")
    assert [(f.field, f.ko.excerpt) for f in plain(r)] == [  # type: ignore[union-attr]
        ("title", "로드맵"),
        ("notes", "거버넌스"),
        ("footnotes", "인센티브"),
    ]


# -- abbreviations ------------------------------------------------------------------------------------


def test_a_bare_abbreviation_at_first_use_gets_its_korean():
    [f] = plain(release("R&D 예산을 늘렸다. R&D 성과도 크다."))
    assert (f.rule, f.ko.excerpt, f.ko.start, f.suggestions) == ("plain-abbreviation", "R&D", 0, ("연구 개발(R&D)",))  # type: ignore[union-attr]
    assert "연구 개발(R&D)" in f.message.ko


@pytest.mark.parametrize(
    "text",
    [
        "연구 개발(R&D) 예산을 늘렸다. R&D 성과도 크다.",  # explained, later uses bare
        "연구 개발 (R&D) 예산",
        "R&D(연구 개발) 예산을 늘렸다.",  # the Korean in brackets after it
        "인공 지능(AI, Artificial Intelligence)을 쓴다. AI가 돕는다.",
        "BBC와 CNN이 보도했다.",  # names the lists do not know: left alone
        "KF-21과 K-water",  # parts of hyphenated names
    ],
)
def test_an_explained_or_unknown_abbreviation_is_not_flagged(text: str):
    assert [f for f in plain(release(text)) if f.rule == "plain-abbreviation"] == []


def test_the_first_use_counts_even_in_the_title_and_a_later_explanation_comes_too_late():
    [f] = plain(release("인공 지능(AI) 기술을 쓴다.", title="AI 시대"))
    assert (f.field, f.ko.excerpt, f.suggestions[0]) == ("title", "AI", "인공 지능(AI)")  # type: ignore[union-attr]


def test_the_glossary_and_the_english_name_an_abbreviation_the_lists_lack():
    [f] = plain(release("KOICA와 협력한다.", english="It works with the Korea International Cooperation Agency."))
    assert f.suggestions == ("한국국제협력단(KOICA)",)  # the glossary's name, not its short form 코이카
    # The glossary's MMA is 병무청, the Military Manpower Administration: not in news of a fight.
    assert plain(release("MMA 경기가 열렸다.", english="An MMA fight was held.")) == []
    r = release("KRG 청사를 방문했다.", english="They visited the Kurdistan Regional Government (KRG).")
    [f] = plain(r)
    assert (f.ko.excerpt, f.suggestions) == ("KRG", ()) and "Kurdistan Regional Government" in f.message.en  # type: ignore[union-attr]


# -- the particle after a bracket ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "right"),
    [
        ("연구 개발(R&D)를 늘렸다.", "개발(R&D)를", "개발(R&D)을"),  # Korean ends in a consonant, R&D in a vowel
        ("고객 관계 관리(CRM)을 도입한다.", "관리(CRM)을", "관리(CRM)를"),  # Korean in a vowel, CRM in a consonant
        ("연구 개발(R&D)으로 이어진다.", "개발(R&D)으로", "개발(R&D)로"),  # 로 after ㄹ
        ("R&D(연구 개발)을 늘렸다.", "R&D(연구 개발)을", "R&D(연구 개발)를"),  # the abbreviation before the bracket
        ("인공 지능(AI)는 돕는다.", "지능(AI)는", "지능(AI)은"),
        ("경제 협력 개발 기구(OECD)과 만났다.", "기구(OECD)과", "기구(OECD)와"),
    ],
)
def test_the_particle_after_a_bracket_agrees_with_the_word_before_it(text: str, excerpt: str, right: str):
    [f] = [f for f in plain(release(text)) if f.rule == "plain-particle"]
    assert f.severity is Severity.WARNING and f.ko.excerpt == excerpt and f.suggestions == (right,)  # type: ignore[union-attr]
    assert right in f.message.en


@pytest.mark.parametrize(
    "text",
    [
        "연구 개발(R&D)을 늘렸다.",
        "고객 관계 관리(CRM)를 도입한다.",
        "연구 개발(R&D)로 이어진다.",
        "R&D(연구 개발)를 늘렸다.",
        "김윤상(Kim Yoon-sang) 청장이 말했다.",
        "Inrupt(인럽트)는 회사다.",  # a Latin word whose sound is uncertain is left alone
        "나라장터(KONEPS)이다.",  # 이다 after a vowel is right too
        "(사진)은 참고용이다.",
    ],
)
def test_a_right_particle_after_a_bracket_is_not_flagged(text: str):
    assert [f for f in plain(release(text)) if f.rule == "plain-particle"] == []


# -- expressions -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("정책에 있어서 중요하다.", "정책에 있어서", "정책에서"),
        ("사업을 추진함에 있어 협력한다.", "추진함에 있어", "추진할 때"),
        ("이는 혁신에 다름 아니다.", "혁신에 다름 아니다", "혁신과 다름없다"),  # the particle agrees: 과
        ("국민으로부터의 신뢰", "국민으로부터의", "국민의"),
        ("협력을 필요로 한다.", "협력을 필요로 한다", "협력이 필요하다"),  # 이 after 력
        ("자료를 필요로 한다.", "자료를 필요로 한다", "자료가 필요하다"),  # 가 after 료
        ("큰 변화를 가져다주었다.", "가져다주었다", "가져왔다"),
        ("간담회를 가졌다.", "가졌다", "열었다"),
        ("개선되어진 제도", "개선되어진", "개선된"),  # double passive
        ("그렇게 보여진다.", "보여진다", "보인다"),
        ("보다 나은 서비스", "보다", "더"),
    ],
)
def test_a_japanese_or_translation_style_expression_is_flagged(text: str, before: str, after: str):
    [f] = plain(release(text))
    assert f.rule == "plain-expression" and f.severity is Severity.INFO
    assert f.ko is not None and text[f.ko.start : f.ko.end] == f.ko.excerpt
    assert reworded(f.rule, text, f.ko.start, f.ko.end, f.suggestions[0]) == (before, after)
    assert f'"{before}"' in f.message.en and f'"{after}"' in f.message.en


@pytest.mark.parametrize(
    "text",
    [
        "정책에서 중요하다.",
        "협력이 필요하다.",
        "서울에 있는 기관",
        "영화를 보다가 잠들었다.",  # 보다 as a verb
        "제도가 개선되었다.",
        "주어진 조건",  # 주어지다 is standard Korean
        "행사를 열었다.",
    ],
)
def test_plain_expressions_are_not_flagged(text: str):
    assert plain(release(text)) == []


# -- long sentences ------------------------------------------------------------------------------------------


def test_a_sentence_over_the_limit_is_flagged_with_its_count_and_the_limit():
    long = " ".join(["단어를"] * (SENTENCE_LIMIT + 1)) + " 썼다."
    short = " ".join(["단어를"] * (SENTENCE_LIMIT - 1)) + " 썼다."
    [f] = plain(release(f"{short} {long} 끝으로 짧은 문장이다."))
    assert (f.rule, f.severity, f.ko.excerpt) == ("plain-sentence", Severity.INFO, long)  # type: ignore[union-attr]
    assert str(SENTENCE_LIMIT + 2) in f.message.en and str(SENTENCE_LIMIT) in f.message.en
    assert f"{SENTENCE_LIMIT + 2}어절" in f.message.ko


# -- turning it off, the user's words, accepting ---------------------------------------------------------


def test_off_for_a_release_or_for_every_release():
    r = release("로드맵을 만든다.")
    assert plain(r) and plain(r, plain_words=None) == []
    r.review = Review(plain_korean=False)
    assert plain(r) == []


def test_the_users_words_are_found_too_and_win_over_the_built_in_ones():
    mine = (PlainWord("시큐리티", ("보안",)), PlainWord("로드 맵", ("추진 일정",)))
    result = {f.ko.excerpt: f.suggestions for f in plain(release("시큐리티 로드맵"), plain_words=mine)}  # type: ignore[union-attr]
    assert result == {"시큐리티": ("보안",), "로드맵": ("추진 일정",)}


def test_an_accepted_finding_stays_accepted_until_its_sentence_changes():
    r = release("노하우를 전했다. 예산은 크다.", "다른 문단이다.")
    [f] = plain(r)
    r.review = accept(r.review, f, "기관 이름에 들어간 말")
    r.ko.body[1] = Paragraph("다른 문단을 고쳤다.")  # an edit elsewhere
    r.ko.body[0] = Paragraph("노하우를 전했다. 예산은 아주 크다.")  # and in another sentence of its paragraph
    open_, accepted = split_accepted(r.review, plain(r))
    assert open_ == [] and [a.ko.excerpt for a, _why in accepted] == ["노하우"]  # type: ignore[union-attr]
    r.ko.body[0] = Paragraph("노하우를 모두 전했다.")  # its own sentence changed: it comes back
    open_, accepted = split_accepted(r.review, plain(r))
    assert [o.ko.excerpt for o in open_] == ["노하우"] and accepted == []  # type: ignore[union-attr]


def test_never_an_error():
    r = release("R&D 예산. 연구 개발(R&D)를 늘렸다. 로드맵에 있어서 " + "말 " * 40 + "끝.")
    kinds = {f.rule for f in plain(r)}
    assert kinds == {"plain-abbreviation", "plain-particle", "plain-word", "plain-expression", "plain-sentence"}
    assert all(f.severity is not Severity.ERROR for f in plain(r))


def test_replacing_puts_a_word_with_its_particle_and_an_expression_as_it_is():
    assert put("plain-word", "로드맵을 세웠다", 0, 3, "단계별 이행안") == (0, 3, "단계별 이행안")  # 을 agrees
    assert put("plain-word", "인프라가 없다", 0, 3, "기반 시설") == (0, 4, "기반 시설이")
    assert put("plain-expression", "가졌다", 0, 2, "열었") == (0, 2, "열었")  # 다 is no particle here


# -- the lists -------------------------------------------------------------------------------------------------


def test_the_lists_hold_over_500_entries_each_with_a_replacement():
    words = builtin_words()
    plain_ = plain_list()
    assert len(words) + len(plain_.abbreviations) + len(plain_.expressions) >= 500 and len(words) >= 500
    assert all(w.suggestions and w.word not in w.suggestions for w in words)
    assert all(plain_.abbreviations.values()) and all(e.suggestions for e in plain_.expressions)
    assert len({re.sub(r"\s", "", w.word) for w in words}) == len(words)  # one entry per word, whatever its spacing
    for e in plain_.expressions:
        re.compile(e.pattern)
    readme = (LISTS / "README.md").read_text(encoding="utf-8")
    assert "저작권법" in readme and "공공누리" in readme


def test_the_users_word_list_round_trips_and_a_broken_one_is_refused():
    mine = [PlainWord("시큐리티", ("보안", "안전"), "foreign", "IT 부서 요청")]
    assert parse_words(format_words(mine)) == mine
    from drafter.errors import InputError

    with pytest.raises(InputError, match="word, suggestions"):
        parse_words("ko\ten\n로드맵\troadmap\n", "mine.tsv")


# -- real text: the reference release and our own releases ------------------------------------------------------


def test_the_reference_releases_plain_sentences_give_nothing(reference_path: Path):
    """Read by the developer as a 공공언어 reviewer would (its text is not copied here). Judged plain, and
    giving no finding: the title, the subtitle and body paragraphs 1, 5 and 6 (counted from 1). Flagged, and
    rightly: in paragraph 2 the bare KEPS (the English spells it out; the Korean writes it after its Korean
    name without brackets), in paragraph 3 콜센터 (전화 상담실) and 노하우 twice, in paragraph 4 노하우 again
    (in a quotation, which the office wrote). Passed, as a reviewer would: 나라장터, KOICA bracketed after
    한국국제협력단, K-전자조달, 시스템."""
    r = read_text_file(reference_path).release
    findings = plain(r)
    assert [(f.rule, f.field, f.ko.paragraph, f.ko.excerpt) for f in findings] == [  # type: ignore[union-attr]
        ("plain-abbreviation", "body", 1, "KEPS"),
        ("plain-word", "body", 2, "콜센터"),
        ("plain-word", "body", 2, "노하우"),
        ("plain-word", "body", 2, "노하우"),
        ("plain-word", "body", 3, "노하우"),
    ]


RELEASES = Path(__file__).parent / "data" / "releases"
# Our releases in ministries' styles: what a 공공언어 reviewer would mark in them (a Japanese-style word, two
# loanwords 국립국어원 has plain Korean for: 실시간 방송 판매, 이용권); everything else in them is plain.
# (한-중앙아시아 협력 포럼 is not flagged: its English, the Korea-Central Asia Cooperation Forum, shows it is a name.)
EXPECTED = {
    "mois-winter-safety": [("plain-word", "내역")],
    "kostat-online-shopping": [("plain-word", "라이브커머스")],
    "mof-seafood-exports": [("plain-word", "바우처")],
    "me-fine-dust": [  # the minister's quote: two quoted sentences in one, 36 어절
        (
            "plain-sentence",
            '김성환 환경부 장관은 "지난 겨울 초미세먼지 농도는 계절관리제 도입 이후 가장 낮았지만, 중국 등 국외 영향과 '
            '기상 여건에 따라 언제든 고농도가 발생할 수 있다"며, "국민 건강을 지키기 위해 계절관리제 기간 배출 저감 '
            '조치를 빈틈없이 이행하겠다"고 말했다.',
        )
    ],
    "msit-ai-budget": [
        ("plain-word", "인프라"),
        ("plain-word", "내역"),
        ("plain-word", "인프라"),
        ("plain-word", "바우처"),
    ],
}


@pytest.mark.parametrize("name", sorted(p.stem for p in RELEASES.glob("*.txt")))
def test_our_releases_in_ministries_styles(name: str):
    r = parse_text((RELEASES / f"{name}.txt").read_text(encoding="utf-8")).release
    assert [(f.rule, f.ko.excerpt) for f in plain(r)] == EXPECTED.get(name, [])  # type: ignore[union-attr]


def test_the_glossary_term_is_a_user_term_not_a_plain_word():
    """A glossary term of the release is still checked: the glossary says how to translate, not that it is plain."""
    r = release("거버넌스 회의")
    r.review = Review(glossary=[Term("거버넌스", ("governance",), note="term")])
    assert [f.ko.excerpt for f in plain(r)] == ["거버넌스"]  # type: ignore[union-attr]


def test_the_pairs_file_has_no_plain_korean_surprises():
    """The parity pairs are checked without plain Korean (test_pairs.py); here, that turning it on adds only
    plain-Korean findings, never changes the others."""
    rows = list(
        csv.DictReader(
            (Path(__file__).parent / "data" / "pairs.tsv").open(encoding="utf-8"),
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
        )
    )
    for row in rows[:60]:
        r = release(row["ko"], english=row["en"])
        with_plain = [f for f in check(r) if not f.rule.startswith("plain-")]
        assert with_plain == check(r, plain_words=None)
