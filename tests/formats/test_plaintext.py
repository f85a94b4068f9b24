from __future__ import annotations

import codecs
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter import storage, styles
from drafter.errors import InputError
from drafter.formats.body import as_printed
from drafter.formats.head import english_organisation
from drafter.formats.plaintext import decode, format_text, parse_text, read_text_file, read_text_pair
from drafter.model import LANGUAGES, Details, Meta, Note, Paragraph, Release, Version
from tests.conftest import SAMPLES

DATA = Path(__file__).parent / "data"
SAMPLE = SAMPLES / "pps-innovation-2026-11-24.txt"


def printed(release: Release) -> Release:
    """A release as its text export reads back: with the symbols and the organisation the documents print
    (the house style's symbols of the levels, English • and – below plain paragraphs; the house style's
    organisation, the English name of the Korean one)."""
    style = styles.load(release.meta.style)
    back = storage.loads(storage.dumps(release))
    for lang in LANGUAGES:
        version = back.version(lang)
        if version.is_empty() and version.details.is_empty():
            continue
        version.body = [as_printed(p, lang, style.symbols) for p in version.body]
        if not version.details.organisation:
            korean = style.organisation.get("ko", "")
            version.details.organisation = korean if lang == "ko" else english_organisation(release, style)
    return back


# --- the reference release, exactly as published -------------------------------------------


def test_reference_titles_dates_notes_and_contact(reference_path: Path):
    imported = read_text_file(reference_path)
    r = imported.release
    assert imported.notices == []
    assert r.meta.release_date == date(2023, 11, 1)
    assert r.ko.title == "K-전자조달, 메소포타미아의 이라크에 경험 전수"
    assert r.en.title == "Sharing Korea’s E-Procurement Experience with Iraqi Kurdistan Gov’t"
    assert r.ko.subtitle == ["이라크 전자조달 연수단 14명 방문, 나라장터 우수성 경험, 공유"]
    assert len(r.en.subtitle) == 1 and r.en.subtitle[0].endswith("government delegates")
    # The Korean contact stands last, after the English text, and still belongs to the Korean version.
    assert r.ko.contact == "국제협력담당관실 염동현 사무관(042-724-7654)"
    assert r.en.contact == ""
    assert r.en.body[0].notes == [Note("KONEPS (Korea ON-line E-Procurement System)", "*")]
    assert r.en.body[0].text.startswith("Fourteen Iraqi-Kurdistan")
    assert r.en.body[1].notes[0].text.startswith("KEPS (Kurdistan E-Procurement System)")
    assert [len(p.notes) for p in r.ko.body] == [0] * 6
    assert r.ko.body[0].text.startswith("이라크 전자조달 연수단은 1일")
    # Two quoted paragraphs written on consecutive lines are two paragraphs, as in the Korean.
    assert len(r.ko.body) == len(r.en.body) == 6
    assert r.en.body[4].text.startswith("Mr. Kim Yoonsang")


def test_reference_round_trips_through_export(reference_path: Path):
    first = read_text_file(reference_path).release
    assert parse_text(format_text(first)).release == first


def test_own_sample_round_trips_and_reads_as_written():
    r = read_text_file(SAMPLE).release
    assert r.meta.release_date == date(2026, 11, 24)
    assert r.ko.subtitle[1] == "내년 상반기 해외실증 지원 대상 50개 제품으로 확대"
    assert r.en.contact.startswith("Park Seo-yeon")
    assert r.ko.body[0].notes[0].text.startswith("혁신제품: 기술 혁신성과")
    assert parse_text(format_text(r)).release == r


# --- what the documents print around the body ------------------------------------------------


def _mofa_release() -> Release:
    ko = Version(
        title="중앙아시아 협력 강화",
        body=[
            Paragraph("외교부는 회의를 열었다.", bullet="□"),
            Paragraph("5개국이 참석했다.", bullet="ㅇ"),
            Paragraph("협력 사업 12건을 논의했다.", bullet="-"),
        ],
        details=Details(attachments=["회의 결과 1부."]),
    )
    en = Version(
        title="Central Asia cooperation",
        body=[
            Paragraph("The Ministry held a meeting.", bullet="□"),
            Paragraph("Five countries took part.", bullet="ㅇ"),
        ],
    )
    return Release(meta=Meta(release_date=date(2026, 11, 24), style="mofa"), ko=ko, en=en)


def test_the_text_prints_the_house_styles_symbols_and_english_its_own():
    lines = format_text(_mofa_release()).split("\n")
    assert [line for line in lines if "다." in line] == [
        "□ 외교부는 회의를 열었다.",
        " ○ 5개국이 참석했다.",
        "   - 협력 사업 12건을 논의했다.",
    ]
    assert "The Ministry held a meeting." in lines and " • Five countries took part." in lines
    assert not any(line.startswith(("□", " ㅇ")) for line in lines[lines.index("PRESS RELEASE") :])


def test_one_attachment_prints_without_its_number_as_the_documents_do():
    release = _mofa_release()
    assert "붙임 회의 결과 1부." in format_text(release, "ko").split("\n")
    assert parse_text(format_text(release, "ko")).release.ko.details.attachments == ["회의 결과 1부."]
    release.ko.details.attachments.append("참석자 명단")
    assert "붙임 2. 참석자 명단" in format_text(release, "ko").split("\n")


def test_the_text_prints_the_organisation_the_documents_print():
    lines = format_text(_mofa_release()).split("\n")
    assert lines[0] == "외교부 보도자료"  # the house style's organisation
    assert lines[lines.index("PRESS RELEASE") - 1] == "Ministry of Foreign Affairs"
    generic = replace(_mofa_release(), meta=Meta(release_date=date(2026, 11, 24)))
    generic.ko.details.organisation = "조달청"
    english = format_text(generic, "en").split("\n")
    assert english[0] == "Public Procurement Service"  # the glossary's name of the Korean one


def test_a_contact_line_under_the_contact_label_is_contact():
    text = (
        "제목\n\n본문이다.\n\n"
        "* 문의: 혁신조달기획과 이정민 과장(042-724-7300)\n국제협력담당관실 염동현 사무관(042-724-7654)\n"
    )
    release = parse_text(text).release
    assert release.ko.contact.split("\n") == [
        "혁신조달기획과 이정민 과장(042-724-7300)",
        "국제협력담당관실 염동현 사무관(042-724-7654)",
    ]
    assert [p.text for p in release.ko.body] == ["본문이다."]


# --- other forms ---------------------------------------------------------------------------


def test_header_block_bullets_numbered_items_and_footnotes():
    imported = read_text_file(DATA / "header-bullets.txt")
    r = imported.release
    details = r.ko.details
    assert details.embargo == "2026. 6. 12.(금) 조간"
    assert r.meta.release_date == date(2026, 6, 11)
    assert details.attachments == ["행사 사진 2부"]
    assert r.ko.title == "한-아세안 공공조달 협력 포럼 개최"
    assert r.ko.subtitle == ["아세안 10개국 조달 담당자 40명 참석"]
    assert [p.bullet for p in r.ko.body] == ["□", "○", "○", "□", "1.", "2."]
    assert r.ko.body[2].notes == [Note("나라장터: 조달청이 운영하는 국가종합전자조달시스템", "*")]
    assert r.ko.footnotes == [Note("포럼 자료는 조달청 누리집(www.pps.go.kr)에 게시할 예정", "※")]
    # The head's department, people, phone and e-mail join the contact line: it names the phone already.
    assert r.ko.contact == "국제협력담당관실 한지민 사무관(042-724-7210)"
    assert r.en.is_empty()
    assert parse_text(format_text(r)).release == printed(r)  # ○ printed as the house style's ㅇ


def test_2014_style_header_with_padded_labels():
    text = "배포일시 : 2014. 6. 15.(일)\n문 의 : 국제협력과 홍길동(042-000-0000)\n\n제목입니다\n\n본문입니다.\n"
    r = parse_text(text).release
    assert r.meta.release_date == date(2014, 6, 15)
    assert r.ko.contact == "국제협력과 홍길동(042-000-0000)"
    assert r.ko.title == "제목입니다" and r.ko.body == [Paragraph("본문입니다.")]


def test_a_mofa_style_head_with_the_document_number_and_a_title_line():
    text = (
        "외 교 부\n보 도 자 료\n제 15-123호 배포일시 : 2015. 3. 2.(월)\n제 목 : 한-중동 협력 포럼 개최\n\n"
        "1. 외교부는 3.2.(월) 포럼을 개최하였습니다.\n\n2. 12개국 대표가 참석하였습니다.\n\n"
        "문 의 : 중동과 02-2100-7000\n"
    )
    r = parse_text(text).release
    assert r.meta.release_date == date(2015, 3, 2) and r.ko.details.organisation == "외교부"
    assert r.ko.title == "한-중동 협력 포럼 개최" and r.ko.subtitle == []
    assert [p.text for p in r.ko.body] == ["외교부는 3.2.(월) 포럼을 개최하였습니다.", "12개국 대표가 참석하였습니다."]


def test_the_embargo_gives_the_release_date_unless_the_distribution_date_is_given():
    r = parse_text("보도시점 2026. 11. 24.(화) 조간\n\n제목\n\n본문.\n").release
    assert r.meta.release_date == date(2026, 11, 24) and r.ko.details.embargo == "2026. 11. 24.(화) 조간"
    r = parse_text(
        "보도시점 : 2026. 11. 24.(화) 12:00    배포일시 : 2026. 11. 23.(월) 14:00\n\n제목\n\n본문.\n"
    ).release
    assert r.meta.release_date == date(2026, 11, 23) and r.ko.details.embargo == "2026. 11. 24.(화) 12:00"


def test_dates_in_english_headers():
    r = parse_text("Release date: Wednesday, November 1, 2023\n\nA title\n\nBody.\n").release
    assert r.meta.release_date == date(2023, 11, 1)
    assert r.en.title == "A title"


def test_unreadable_header_date_is_reported_not_guessed():
    imported = parse_text("배포일시 : 다음 주\n\n제목\n\n본문.\n")
    assert imported.release.meta.release_date is None
    assert any("다음 주" in n.en for n in imported.notices)


def test_hard_wrapped_english_lines_join_into_one_paragraph():
    text = (
        "Title\n\nThe Public Procurement Service said on Monday that it had signed a\n"
        "memorandum of understanding with the procurement agency of Vietnam.\n"
        "A second paragraph follows here.\n"
    )
    body = parse_text(text).release.en.body
    assert [p.text for p in body] == [
        "The Public Procurement Service said on Monday that it had signed a memorandum of understanding "
        "with the procurement agency of Vietnam.",
        "A second paragraph follows here.",
    ]


def test_a_table_written_as_lines_keeps_each_line_a_paragraph():
    # A caption "< … >" and "label: figure" rows without a final stop are a table's lines, not a wrapped sentence.
    text = (
        "2027년 AI 예산\n\n본문이다.\n\n< 2027년 AI 분야 예산안 주요 내역 >\n"
        " ㅇ AI 반도체·컴퓨팅 인프라: 1조 1,200억원\n ㅇ AI 핵심기술 연구개발: 6,450억원\n\n"
        "AI Budget for 2027\n\nThe body.\n\n< Main Items of the 2027 AI Budget Proposal >\n"
        "AI chips and computing infrastructure: KRW 1.12 trillion\nCore AI technology R&D: KRW 645 billion\n\n"
        "Rows without a caption, written one under another, are rows too:\n\n"
        "AI talent development at universities: KRW 398 billion\n"
        "Spreading AI in industry and the public sector: KRW 255 billion\n"
    )
    r = parse_text(text).release
    assert [p.text for p in r.ko.body[1:]] == [
        "< 2027년 AI 분야 예산안 주요 내역 >",
        "AI 반도체·컴퓨팅 인프라: 1조 1,200억원",
        "AI 핵심기술 연구개발: 6,450억원",
    ]
    assert [p.text for p in r.en.body[1:]] == [
        "< Main Items of the 2027 AI Budget Proposal >",
        "AI chips and computing infrastructure: KRW 1.12 trillion",
        "Core AI technology R&D: KRW 645 billion",
        "Rows without a caption, written one under another, are rows too:",
        "AI talent development at universities: KRW 398 billion",
        "Spreading AI in industry and the public sector: KRW 255 billion",
    ]
    # A wrapped sentence with a colon and a figure in one of its lines still joins.
    wrapped = parse_text(
        "Title\n\nThe ministry set out what it will fund next year as follows: KRW 645\nbillion for R&D.\n"
    )
    assert [p.text for p in wrapped.release.en.body] == [
        "The ministry set out what it will fund next year as follows: KRW 645 billion for R&D."
    ]


def test_lone_title_with_dashed_subtitles_in_the_next_block():
    r = parse_text("제목\n\n- 부제 하나 -\n- 부제 둘\n\n본문.\n").release
    assert r.ko.subtitle == ["부제 하나", "부제 둘"]
    assert [p.text for p in r.ko.body] == ["본문."]


def test_two_files_make_one_release(tmp_path: Path):
    ko, en = tmp_path / "ko.txt", tmp_path / "en.txt"
    ko.write_text(
        "배포일시 : 2026. 11. 24.(화)\n\n국문 제목\n\n첫 단락이다.\n\n* 문의: 과 이름(042-000-0000)\n", encoding="utf-8"
    )
    en.write_text("English title\n\nFirst paragraph.\n\nContact: Division (+82-42-000-0000)\n", encoding="utf-8")
    r = read_text_pair(ko, en).release
    assert (r.ko.title, r.en.title) == ("국문 제목", "English title")
    assert r.ko.contact == "과 이름(042-000-0000)" and r.en.contact == "Division (+82-42-000-0000)"
    assert r.meta.release_date == date(2026, 11, 24)


def test_a_file_given_as_korean_that_is_english_is_noted(tmp_path: Path):
    path = tmp_path / "ko.txt"
    path.write_text("English title\n\nAll of this is English.\n", encoding="utf-8")
    imported = read_text_file(path, "ko")
    assert imported.release.ko.title == "English title"
    assert imported.notices and "국문" in imported.notices[0].ko


def test_alternating_languages_are_refused_not_guessed():
    blocks = ["국문 제목", "English title", "국문 단락이다.", "An English paragraph.", "또 국문 단락.", "More English."]
    with pytest.raises(InputError) as info:
        parse_text("\n\n".join(blocks), "mixed.txt")
    assert "--ko" in info.value.line("en") and info.value.path == "mixed.txt"


def test_one_stray_block_is_kept_in_place_with_a_notice():
    text = (
        "국문 제목\n\n국문 단락이다.\n\nA quoted English sentence.\n\n국문 단락 둘.\n\n국문 단락 셋.\n\n"
        "English title\n\nEnglish body.\n"
    )
    imported = parse_text(text)
    assert len(imported.release.ko.body) == 4
    assert imported.release.ko.body[1].text == "A quoted English sentence."
    assert imported.release.en.title == "English title"
    assert len(imported.notices) == 1 and "Lines 5–5" in imported.notices[0].en


def test_two_equally_likely_splits_are_refused():
    text = (
        "국문 제목\n\n국문 단락이다.\n\nA quoted English sentence.\n\n국문 단락 둘.\n\nEnglish title\n\nEnglish body.\n"
    )
    with pytest.raises(InputError, match="Cannot tell"):
        parse_text(text)


# --- encodings and bad input ---------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp949"])
def test_encodings(tmp_path: Path, encoding: str):
    text = SAMPLE.read_text(encoding="utf-8").replace("·", ", ")  # · is not in every Korean code page
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert read_text_file(path).release == parse_text(text).release


def test_crlf_and_decomposed_hangul_are_normalised():
    import unicodedata

    text = unicodedata.normalize("NFD", "제목\r\n\r\n본문이다.\r\n")
    r = parse_text(decode(text.encode("utf-8"))).release
    assert r.ko.title == "제목" and r.ko.body[0].text == "본문이다."


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "no text"),
        (b"\n\n  \n", "no text"),
        (bytes(range(256)) * 4, "binary"),
        (b"PK\x03\x04\x14\x00\x00\x00" + b"\x00" * 40, "binary"),
        (b"ok\x01text", "U+0001"),
        (codecs.BOM_UTF8 + b"\xff\xfe bad", "damaged"),
        (b"\x81\x20\xff\xfe\x80", "unknown encoding"),
    ],
)
def test_bad_text_files_are_refused_by_name(tmp_path: Path, content: bytes, problem: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_text_file(path)
    line = info.value.line("en")
    assert problem in line and str(path) in line and "\n" not in line


def test_huge_text_is_refused(tmp_path: Path, monkeypatch):
    from drafter.formats import plaintext

    monkeypatch.setattr(plaintext, "MAX_TEXT_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("가" * 2000, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        read_text_file(path)


# --- round trip over generated releases ----------------------------------------------------

_HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
_PUNCT = st.sampled_from(list(" ,.()%·“”-'0123456789"))
_LATIN = st.characters(min_codepoint=ord("a"), max_codepoint=ord("z")) | st.sampled_from(list("ABCKPS"))


def _line(letters: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A single line of prose: starts with a letter, no marker or label the format gives meaning to (a lone
    "o" before a space is a bullet, as real releases type ◦)."""
    body = st.text(letters | _PUNCT, min_size=0, max_size=60)
    return st.builds(lambda first, rest: (first + rest).strip(), letters, body).filter(
        lambda s: ":" not in s and not s.endswith("-") and not s.startswith("o ")
    )


def _words(letters: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A single value of the head (organisation, embargo, an attachment's title): words, no figures
    (a date in the embargo would be read as the release date, as 보도시점 gives it)."""
    return st.lists(st.text(letters, min_size=1, max_size=8), min_size=1, max_size=4).map(" ".join)


def _details(letters: st.SearchStrategy[str], datelines: list[str]) -> st.SearchStrategy[Details]:
    value = st.one_of(st.just(""), _words(letters))
    return st.builds(
        Details,
        organisation=value,
        embargo=value,
        dateline=st.sampled_from(datelines),
        attachments=st.lists(_words(letters), max_size=2),
    )


def _version(
    letters: st.SearchStrategy[str], sentence_end: str, datelines: list[str], bullets: list[str]
) -> st.SearchStrategy[Version]:
    line = _line(letters)
    # A paragraph ends its sentence, as written prose does; an unfinished one may be continued by a wrap.
    para_text = line.map(lambda s: s + sentence_end)
    note = st.builds(Note, line, st.sampled_from(["*", "**", "※"]))
    paragraph = st.builds(Paragraph, para_text, st.lists(note, max_size=2), st.sampled_from(bullets))
    return st.builds(
        Version,
        title=line,
        subtitle=st.lists(line, max_size=3),
        body=st.lists(paragraph, min_size=1, max_size=6),
        footnotes=st.lists(note, max_size=2),
        contact=st.one_of(st.just(""), line, st.lists(line, min_size=2, max_size=3).map("\n".join)),
        details=_details(letters, datelines),
    )


_KOREAN = _version(_HANGUL, "다.", [""], ["", "□", "○", "ㅇ", "-", "1."])
_ENGLISH = _version(_LATIN, ".", ["", "DAEJEON, Nov. 24 (PPS) –", "SEOUL, Dec. 3 –"], ["", "□", "•", "-", "1."])
_meta = st.builds(
    Meta,
    release_date=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))),
    style=st.just(""),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    meta=_meta,
    ko=_KOREAN,
    en=st.one_of(st.builds(Version), _ENGLISH),
    layout=st.sampled_from(["bilingual", "ko"]),
)
def test_export_then_import_gives_the_same_release(meta: Meta, ko: Version, en: Version, layout: str):
    release = Release(meta=meta, ko=ko, en=en)
    text = format_text(release, layout)
    back = parse_text(text).release
    if layout == "ko":
        release.en = Version()
    assert back == printed(release)


@settings(max_examples=50, deadline=None)
@given(en=_ENGLISH)
def test_english_only_export_round_trips(en: Version):
    release = Release(meta=Meta(release_date=date(2026, 11, 24)), en=en)
    assert parse_text(format_text(release, "en")).release == printed(release)


def test_a_release_with_a_summary_box_headings_and_notes_without_a_star():
    text = (
        "산림청 보도자료\n보도시점 : 2027. 2. 25.(목) 11:00\n\n봄철 산불조심기간 시작\n\n"
        "◇ 주요 내용\n ○ 감시인력 1만 2천 명 배치\n\nⅠ. 추진 배경\n\n"
        " o 지난해 봄철(2~5월) 피해면적은 1,860ha였다.\n      최근 10년 평균은 1,330ha\n\n"
        "□ 진화헬기 207대가 대기한다.\n  주: 207대 중 산림청 보유 50대\n"
    )
    release = parse_text(text, lang="ko").release
    body = release.ko.body
    assert [(p.bullet, p.level, p.text) for p in body] == [
        ("◇", 1, "주요 내용"),
        ("○", 2, "감시인력 1만 2천 명 배치"),
        ("", 0, "Ⅰ. 추진 배경"),
        ("o", 2, "지난해 봄철(2~5월) 피해면적은 1,860ha였다."),
        ("□", 1, "진화헬기 207대가 대기한다."),
    ]
    assert [(n.marker, n.text) for p in body for n in p.notes] == [
        ("", "최근 10년 평균은 1,330ha"),
        ("주:", "207대 중 산림청 보유 50대"),
    ]
    assert parse_text(format_text(release), lang="ko").release == printed(release)


@pytest.mark.parametrize(
    ("korean_head", "english_head", "organisations"),
    [
        ("조달청 보도자료\n\n", "PPS Press Release\n\n", ("조달청", "PPS")),  # heads in a block of their own
        ("조달청 보도자료\n", "PPS Press Release\n", ("조달청", "PPS")),  # written directly over the title
        ("보도자료\n", "Press Release\n", ("", "")),
        ("조달청 보도자료\n", "Public Procurement Service\nPRESS RELEASE\n", ("조달청", "Public Procurement Service")),
    ],
)
def test_the_heads_of_both_languages_are_read_alike(korean_head: str, english_head: str, organisations: tuple):
    ko = korean_head + "혁신제품 구매 1조원 돌파\n\n조달청은 올해 혁신제품 구매액이 1조 2천억원을 넘었다고 밝혔다.\n"
    en = english_head + "Innovative Product Purchases Top KRW 1 Trillion\n\nPPS bought KRW 1.2 trillion of them.\n"
    ko_version, en_version = parse_text(ko, lang="ko").release.ko, parse_text(en, lang="en").release.en
    assert (ko_version.title, en_version.title) == (
        "혁신제품 구매 1조원 돌파",
        "Innovative Product Purchases Top KRW 1 Trillion",
    )
    assert (len(ko_version.body), len(en_version.body)) == (1, 1)
    assert (ko_version.details.organisation, en_version.details.organisation) == organisations
    both = parse_text(ko + "\n" + en).release  # one file with both languages
    assert (both.ko.title, both.en.title, len(both.en.body)) == (ko_version.title, en_version.title, 1)


def test_an_organisation_named_like_a_label_is_the_organisation_of_its_head():
    """"제목 보도자료" is the head of an organisation called 제목 (found by Hypothesis through the HWPX
    reader), not the web listing's title line "제목 …"."""
    release = parse_text("제목 보도자료\n\n가\n\n가다.\n", lang="ko").release
    assert (release.ko.details.organisation, release.ko.title) == ("제목", "가")


@pytest.mark.parametrize(
    "typed", ["녹색제품 우대", "- 녹색제품 우대", "녹색제품 우대 -", "- 녹색제품 우대 -", "–녹색제품 우대–"]
)
def test_a_korean_subtitle_prints_between_one_pair_of_dashes_whichever_dashes_were_typed(typed: str):
    r = Release()
    r.ko.title, r.ko.subtitle = "녹색제품 구매 확대", [typed]
    assert "\n- 녹색제품 우대 -\n" in format_text(r, "ko")
