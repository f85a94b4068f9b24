from __future__ import annotations

import pytest

from drafter.parity.identifiers import contains_name, find


@pytest.mark.parametrize(
    ("text", "key", "excerpt"),
    [
        ("문의(042-724-7654)로", "0427247654", "042-724-7654"),
        ("at +82-42-724-7654.", "0427247654", "+82-42-724-7654"),
        ("(042) 724-7654", "0427247654", "(042) 724-7654"),
        ("+82 44 202 7123", "0442027123", "+82 44 202 7123"),
        ("+82-2-2100-7890", "0221007890", "+82-2-2100-7890"),
        ("콜센터(1588-0800)", "15880800", "1588-0800"),
        ("010-1234-5678", "01012345678", "010-1234-5678"),
    ],
)
def test_phone_numbers_normalise(text: str, key: str, excerpt: str):
    [phone] = [i for i in find(text) if i.kind == "phone"]
    assert (phone.key, phone.text) == (key, excerpt)
    assert text[phone.start : phone.end] == excerpt


def test_email_and_urls_with_particles_and_full_stops():
    found = {(i.kind, i.key) for i in find("www.kipo.go.kr에서 받아 apply@kipo.go.kr로. https://www.weather.go.kr/.")}
    assert found >= {("url", "www.kipo.go.kr"), ("email", "apply@kipo.go.kr"), ("url", "www.weather.go.kr")}


def test_numbers_are_not_urls_or_phones():
    assert [i.kind for i in find("4.3 billion, 2023.11.1, 12.5%, 1,234", names=False)] == []


def test_latin_names_in_korean_text():
    names = [i.key for i in find("KOICA와 협력해 KEPS의 KF-21, G20, 5G 그리고 K-전자조달") if i.kind == "name"]
    assert names == ["KOICA", "KEPS", "KF-21", "G20", "5G"]


def test_contains_name_as_a_word():
    assert contains_name("KOICA's ODA program", "KOICA")
    assert not contains_name("KOICAS", "KOICA")


def test_a_name_written_another_way_in_the_english():
    assert contains_name("Visitors read the FAQs.", "FAQ")
    assert contains_name("at the U.N. General Assembly", "UN")
    assert contains_name("Biden said so, the Associated Press reported.", "AP")
    assert contains_name("the Board of Audit and Inspection found", "BAI")
    assert contains_name('run on a "just-in-time" basis', "JIT")
    assert contains_name("on social media", "SNS")  # an acronym Korean uses as a word
    assert not contains_name("the Associated Press reported", "NYP")
    assert not contains_name("Some people and Places", "SPP")  # initials of words that are no name


def test_measures_are_no_names():
    names = [i.text for i in find("시속 85mph, 300km 구간, 36bn 파운드, 5G, KF-21") if i.kind == "name"]
    assert names == ["5G", "KF-21"]


def test_a_url_before_a_korean_particle():
    assert [i.key for i in find("weather.com이 발표했다") if i.kind == "url"] == ["weather.com"]


def test_a_versions_paragraphs_are_read_one_by_one_and_never_across():
    from drafter.parity.identifiers import names_of

    names = names_of(["KOICA's ODA program", "the U.N. and the Associated Press", "FAQs"])
    assert all(contains_name(names, n) for n in ("KOICA", "ODA", "UN", "AP", "FAQ"))
    assert not contains_name(names_of(["the Associated", "Press said"]), "AP")
    assert contains_name("the Associated Press said", "AP")
