"""The glossary and its rules, on a small glossary written here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from drafter.errors import InputError
from drafter.model import Meta, Note, Paragraph, Release, Version
from drafter.parity.glossary import Glossary, agency_titles, format_glossary, parse, valid_years
from drafter.parity.rules_glossary import acronyms, consistency, english_names, glossary_terms
from drafter.parity.units import Context

TSV = (
    "ko\ten\tacronym\tnote\n"
    "조달청\tPublic Procurement Service | PPS\tPPS\tagency\n"
    "나라장터\tKONEPS | Korea ON-line E-Procurement System\tKONEPS\tsystem\n"
    "차세대 나라장터\tNext-Generation KONEPS\t\tsystem\n"
    "청장\tAdministrator | Commissioner\t\ttitle\n"
)
G = parse(TSV)


def ctx(ko: list[str], en: list[str], en_notes: list[list[str]] | None = None) -> Context:
    notes = en_notes or [[] for _ in en]
    return Context.of(
        Release(
            ko=Version(title="제목", body=[Paragraph(t) for t in ko]),
            en=Version(title="Title", body=[Paragraph(t, [Note(n) for n in notes[i]]) for i, t in enumerate(en)]),
        )
    )


def test_parse_tsv_and_csv_and_write_back():
    assert [t.ko for t in G.terms][:2] == ["차세대 나라장터", "나라장터"]  # longest first
    assert G.by_acronym["PPS"].expansion == "Public Procurement Service"
    again = parse(format_glossary(G.terms))
    assert sorted(t.ko for t in again.terms) == sorted(t.ko for t in G.terms)
    csv = parse("ko,en,acronym\n조달청,Public Procurement Service | PPS,PPS\n")
    assert csv.terms[0].en == ("Public Procurement Service", "PPS")
    with pytest.raises(InputError, match="columns ko and en"):
        parse("korean\tenglish\n조달청\tPPS\n")


def test_korean_terms_with_particles_but_not_inside_other_words():
    found = [(t.ko, s) for t, s, _e in G.find_ko("조달청은 나라장터와 차세대 나라장터를 운영한다. 국조달청")]
    assert found == [("조달청", 0), ("나라장터", 5), ("차세대 나라장터", 11)]


def test_english_renderings_in_any_case_plural_or_possessive():
    term = G.by_acronym["PPS"]
    assert Glossary.find_rendering(term, "The PPS's new system") == ("PPS", 4, 9)
    assert Glossary.find_rendering(term, "the public procurement service said") is not None
    assert Glossary.find_rendering(term, "PPSX") is None


def test_a_term_without_its_rendering_is_reported_and_with_it_not():
    [f] = glossary_terms(ctx(["조달청은 회의를 열었다."], ["The Procurement Office held a meeting."]), G)
    assert f.rule == "glossary" and f.ko.excerpt == "조달청" and "Public Procurement Service" in f.message.en
    assert list(glossary_terms(ctx(["조달청은 회의를 열었다."], ["Public Procurement Service (PPS) met."]), G)) == []
    assert list(glossary_terms(ctx(["조달청은 회의를 열었다."], ["PPS held a meeting."]), G)) == []


def test_acronyms_spelled_out_at_first_use_or_in_a_note():
    [f] = acronyms(ctx(["조달청이 발표했다."], ["PPS announced it."]), G)
    assert f.rule == "acronym" and f.en.excerpt == "PPS" and "Public Procurement Service (PPS)" in f.message.en
    assert list(acronyms(ctx(["조달청이 발표했다."], ["Public Procurement Service (PPS) announced it."]), G)) == []
    with_note = ctx(["나라장터를 썼다."], ["It used KONEPS*."], [["KONEPS (Korea ON-line E-Procurement System)"]])
    assert list(acronyms(with_note, G)) == []
    assert list(acronyms(ctx(["OECD 회원국"], ["OECD members and ON-line services"]), G)) == []
    [unknown] = acronyms(ctx(["KDCA가 밝혔다."], ["KDCA said so."]), G)
    assert "full name" in unknown.message.en


def test_one_rendering_per_term_in_a_version():
    c = ctx(["청장이 말했다.", "청장은 덧붙였다."], ["The Administrator said.", "The Commissioner added."])
    [f] = consistency(c, G)
    assert f.rule == "glossary-consistency" and f.en.excerpt == "Commissioner" and "Administrator" in f.message.en


def test_korean_terms_are_found_with_any_spacing():
    found = [(t.ko, s, e) for t, s, e in G.find_ko("내년에 차세대나라장터와 차세대  나라장터가")]
    assert found == [("차세대 나라장터", 4, 11), ("차세대 나라장터", 13, 22)]


def test_english_names_are_found_by_words_in_any_case_and_form():
    found = [
        (r, [t.ko for t in terms], s, e)
        for r, terms, s, e in G.find_en("the Next-Generation KONEPS and PUBLIC procurement services' staff")
    ]
    assert found == [
        ("Next-Generation KONEPS", ["차세대 나라장터"], 4, 26),
        ("Public Procurement Service", ["조달청"], 31, 58),
    ]
    assert G.find_en("PPS and KONEPS") == []  # acronyms are not English names
    assert G.find_en("Public, Procurement Service") == []


def test_an_english_name_without_its_korean_term_is_reported_as_info():
    [f] = english_names(ctx(["회의를 열었다."], ["The Public Procurement Service held a meeting."]), G)
    assert f.rule == "glossary-korean" and f.severity.value == "info" and f.en.excerpt == "Public Procurement Service"
    assert '"조달청"' in f.message.en
    assert list(english_names(ctx(["조달청은 회의를 열었다."], ["The Public Procurement Service met."]), G)) == []
    # Generic words and single words are left alone: "the next-generation koneps" is not written as a name.
    assert (
        list(english_names(ctx(["회의를 열었다."], ["An Administrator met the next-generation koneps team."]), G)) == []
    )


def dated(ko: list[str], en: list[str], day: date | None) -> Context:
    c = ctx(ko, en)
    release = replace(c.release, meta=Meta(release_date=day))
    return Context.of(release)


def test_a_renamed_ministry_is_expected_under_its_name_of_the_release_date():
    ko, old = (
        ["행정안전부는 지침을 발표했다."],
        ["The Ministry of Public Administration and Security issued guidelines."],
    )
    assert list(glossary_terms(dated(ko, old, date(2012, 5, 2)))) == []
    [f] = glossary_terms(dated(ko, old, date(2026, 11, 24)))
    assert f.ko.excerpt == "행정안전부" and "Ministry of the Interior and Safety" in f.message.en
    assert list(glossary_terms(dated(ko, old, None))) == []  # no date: any of its names will do
    now = ["The Ministry of the Interior and Safety issued guidelines."]
    assert [f.ko.excerpt for f in glossary_terms(dated(ko, now, date(2012, 5, 2)))] == ["행정안전부"]
    assert valid_years("ministry; years 2008-2013") == (2008, 2013)
    assert valid_years("ministry; years 2017-") == (2017, None)
    assert valid_years("ministry") is None


def test_a_longer_name_that_contains_a_rendering_is_not_that_rendering():
    g = parse(
        TSV + "공공구매\tpublic procurement\t\tinstitution\n장관\tMinister\t\ttitle\n총리\tPrime Minister\t\ttitle\n"
    )
    term = next(t for t in g.terms if t.ko == "공공구매")
    assert g.rendered(term, "The Public Procurement Service said so.") is None
    assert g.rendered(term, "Public procurement grew.") is not None
    minister = next(t for t in g.terms if t.ko == "장관")
    assert g.rendered(minister, "The Prime Minister spoke.") is None
    assert g.rendered(minister, "The Prime Minister and the Minister spoke.") == ("Minister", 27, 35)


def test_korean_terms_end_their_word():
    g = parse(TSV + "교수\tProfessor\t\ttitle\n대통령\tPresident\t\ttitle\n장관\tMinister\t\ttitle\n")
    assert [t.ko for t, _s, _e in g.find_ko("교수진과 대통령답게 장관급 회의")] == []
    assert [t.ko for t, _s, _e in g.find_ko("교수는 대통령이 조달청 측과 조달청장관")] == [
        "교수",
        "대통령",
        "조달청",
        "조달청",
    ]


def test_acronyms_with_dots_and_ministries_in_short_form():
    g = parse(
        "ko\ten\tacronym\tnote\n유엔\tUnited Nations | UN\tUN\tintl\n통일부\tMinistry of Unification\t\tministry\n"
    )
    un, unification = (next(t for t in g.terms if t.ko == ko) for ko in ("유엔", "통일부"))
    assert g.rendered(un, "the U.N. General Assembly") is not None
    assert g.rendered(un, "an un-American idea") is None  # acronyms in capitals only
    assert g.rendered(unification, "the South's unification ministry said") is not None


def test_titles_of_people_named_before_them_and_other_countries_bodies():
    g = parse(TSV + "장관\tMinister\t\ttitle\n법무부\tMinistry of Justice\t\tministry\n")
    assert list(glossary_terms(ctx(["폼페이오 장관은 평양을 방문했다."], ["Pompeo visited Pyongyang."]), g)) == []
    assert list(glossary_terms(ctx(["김 장관은 평양을 방문했다."], ["Kim visited Pyongyang."]), g)) == []
    assert list(glossary_terms(ctx(["미국 법무부는 밝혔다."], ["The Justice Department said."]), g)) == []
    # A Korean official by full name, and a title on its own, are checked.
    [f] = glossary_terms(ctx(["김민지 장관은 평양을 방문했다."], ["Kim Min-ji visited Pyongyang."]), g)
    assert f.ko.excerpt == "장관"
    [f] = glossary_terms(ctx(["장관은 평양을 방문했다."], ["The Secretary visited Pyongyang."]), g)
    assert f.ko.excerpt == "장관"


def test_a_title_given_once_in_the_english_holds_for_later_mentions():
    g = parse(TSV + "장관\tMinister\t\ttitle\n")
    c = ctx(
        ["장관은 회의를 열었다.", "장관은 이어 현장을 찾았다."],
        ["The Minister held a meeting.", "She then visited the site."],
    )
    assert list(glossary_terms(c, g)) == []


def test_an_organisation_named_in_full_once_may_be_called_by_its_kind_later():
    g = parse(TSV + "고용노동부\tMinistry of Employment and Labor | MOEL\tMOEL\tministry\n")
    ko = ["고용노동부는 최저임금을 고시했다.", "고용노동부는 사업장 3,000곳을 점검한다."]
    named = "The Ministry of Employment and Labor announced the minimum wage."
    assert list(glossary_terms(ctx(ko, [named, "The ministry will inspect 3,000 workplaces."]), g)) == []
    # Never named in full: "the ministry" is no rendering of it.
    [f] = glossary_terms(ctx(ko[1:], ["The ministry will inspect 3,000 workplaces."]), g)
    assert f.ko.excerpt == "고용노동부"
    # Another kind of body is not it ("the service"), nor another ministry named in full.
    for later in ("The service will inspect 3,000 workplaces.", "The Ministry of Economy will inspect them."):
        [f] = glossary_terms(ctx(ko, [named, later]), g)
        assert f.ko.excerpt == "고용노동부" and f.ko.paragraph == 1


def test_a_ministry_named_once_may_be_left_out_before_its_ministers_title():
    g = parse(TSV + "환경부\tMinistry of Environment\t\tministry\n장관\tMinister\t\ttitle\n")
    ko = ["환경부는 계절관리제 결과를 발표했다.", '김성환 환경부 장관은 "총력을 다하겠다"고 말했다.']
    named = "The Ministry of Environment announced the results of the seasonal management system."
    quote = 'Minister Kim Sung-hwan said, "We will do everything we can."'
    assert list(glossary_terms(ctx(ko, [named, quote]), g)) == []
    # Never named in the English: the minister's ministry is asked for.
    [f] = glossary_terms(ctx(ko[1:], [quote]), g)
    assert f.ko.excerpt == "환경부"
    # Not before a title, the ministry named alone is still to be rendered.
    alone = ctx([ko[0], "환경부는 내년에 측정소를 늘린다."], [named, "Next year it will add stations."])
    [f] = glossary_terms(alone, g)
    assert f.ko.excerpt == "환경부" and f.ko.paragraph == 1


def test_an_agency_entry_carries_its_own_english_for_its_titles():
    titles = "titles 청장 = Minister, 차장 = Vice Minister"
    forest_service = f"산림청\tKorea Forest Service | KFS\tKFS\tagency (청); {titles}\n"
    g = parse(TSV + forest_service)
    forest = next(t for t in g.terms if t.ko == "산림청")
    assert agency_titles(forest.note) == {"청장": ("Minister",), "차장": ("Vice Minister",)}
    assert agency_titles("agency (청)") == {}
    minister = ["The Korea Forest Service (KFS, Minister Kim Hyung-joon) announced its plan."]
    assert list(glossary_terms(ctx(["산림청(청장 김형준)은 계획을 발표했다."], minister), g)) == []
    administrator = ["The KFS (Administrator Kim Hyung-joon) announced its plan."]
    assert list(glossary_terms(ctx(["산림청(청장 김형준)은 계획을 발표했다."], administrator), g)) == []
    # Another agency's 청장 is not the Forest Service's: "Minister" is no rendering of it.
    [f] = glossary_terms(ctx(["조달청(청장 임기근)은 계획을 발표했다."], ["PPS (Minister Lim Ki-geun) announced."]), g)
    assert f.ko.excerpt == "청장" and '"Administrator"' in f.message.en
    # The release's own organisation holds for a title standing alone.
    c = ctx(["김 청장은 현장을 찾았다."], ["Minister Kim visited the site."])
    c.release.ko.details.organisation = "산림청"
    assert list(glossary_terms(Context.of(c.release), g)) == []


def test_the_built_in_glossary_gives_the_forest_service_its_minister():
    from drafter.parity.glossary import default

    forest = default().term("산림청")
    assert forest is not None and agency_titles(forest.note)["청장"] == ("Minister",)
    # and stays readable as the four columns it always had
    assert format_glossary([forest]).splitlines()[0] == "ko\ten\tacronym\tnote"


def test_a_province_by_its_short_name():
    from drafter.parity.glossary import default

    c = ctx(
        ["충남 서산에는 시간당 최대 114.9mm의 비가 내렸다."],
        ["Up to 114.9 mm of rain fell per hour in Seosan, South Chungcheong."],
    )
    assert list(glossary_terms(c, default())) == [] and list(english_names(c, default())) == []


def test_an_acronym_with_a_decimal_is_one_word_and_pollutants_need_no_spelling_out():
    c = ctx(["초미세먼지 농도", "미세먼지와 이산화황"], ["Average PM2.5 concentration", "PM10 and SO2 levels"])
    assert list(acronyms(c, G)) == []
    [f] = acronyms(ctx(["기준"], ["The XY2.5 standard"]), G)
    assert f.en.excerpt == "XY2.5" and '"XY2.5"' in f.message.en


def test_a_roman_numeral_is_no_acronym():
    c = ctx(["Ⅱ. 주요 대책", "3단계 사업을 시작한다."], ["II. Key Measures", "Phase III of the project begins."])
    assert list(acronyms(c, G)) == []
