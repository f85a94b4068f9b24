from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.formats.plaintext import read_text_file
from drafter.model import Meta, Paragraph, Release, Version
from drafter.parity import Severity, check
from tests.conftest import SAMPLES
from tests.parity.test_pairs import VOCABULARY


def rules_of(release: Release) -> list[str]:
    return [f.rule for f in check(release)]


def test_reference_reports_only_the_missing_english_contact(reference_path: Path):
    findings = check(read_text_file(reference_path).release, plain_words=None)  # plain Korean: test_plain.py
    assert [(f.rule, f.field) for f in findings] == [("empty-field", "contact")]
    f = findings[0]
    assert f.severity is Severity.ERROR
    assert f.ko is not None and "042-724-7654" in f.ko.excerpt
    assert f.en is not None and (f.en.start, f.en.end, f.en.excerpt) == (0, 0, "")
    assert "contact" in f.message.en and "문의처" in f.message.ko


def test_an_english_version_not_begun_is_one_finding():
    r = Release(ko=Version(title="제목", body=[Paragraph("본문")], contact="과(042)"))
    assert rules_of(r) == ["empty-version"]
    assert check(Release()) == []


def test_each_empty_field_on_either_side():
    r = Release(
        ko=Version(title="제목", subtitle=["부제"], body=[Paragraph("본문")]),
        en=Version(title="Title", body=[Paragraph("Body")], contact="Contact"),
    )
    found = {(f.rule, f.field, f.ko.excerpt if f.ko else None) for f in check(r)}
    assert found == {("empty-field", "subtitle", "부제"), ("empty-field", "contact", "")}


def test_missing_paragraph_points_at_both_places():
    ko = ["조달청은 2025년 KOICA와 협약을 맺었다.", "연수단 14명이 방문했다.", "행사는 PPS 본부에서 열렸다."]
    en = ["In 2025, PPS signed an agreement with KOICA.", "The event was held at PPS headquarters."]
    r = Release(
        ko=Version(title="제목", body=[Paragraph(t) for t in ko]),
        en=Version(title="Title", body=[Paragraph(t) for t in en]),
    )
    [f] = [f for f in check(r, plain_words=None) if f.rule not in VOCABULARY]
    assert f.rule == "missing-paragraph" and f.severity is Severity.ERROR
    assert (f.ko.paragraph, f.ko.excerpt) == (1, ko[1])
    assert (f.en.paragraph, f.en.excerpt) == (1, "")
    assert "2" in f.message.en


def test_findings_are_deterministic_and_fingerprints_stable(reference_path: Path):
    release = read_text_file(reference_path).release
    a, b = check(release), check(release)
    assert a == b and [f.fingerprint for f in a] == [f.fingerprint for f in b]
    assert len({f.fingerprint for f in a}) == len(a)


_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list("0123456789억만원명%.,-~()년월일 ")), max_size=80
)


@settings(max_examples=200, deadline=None)
@given(
    ko=st.lists(_TEXT, min_size=1, max_size=4),
    en=st.lists(_TEXT, min_size=1, max_size=4),
    day=st.one_of(st.none(), st.dates()),
)
def test_any_text_gives_findings_that_point_at_real_text(ko: list[str], en: list[str], day):
    r = Release(
        meta=Meta(release_date=day),
        ko=Version(title="제목", body=[Paragraph(t) for t in ko]),
        en=Version(title="Title", body=[Paragraph(t) for t in en]),
    )
    for f in check(r):
        for lang, loc in (("ko", f.ko), ("en", f.en)):
            if loc is None or f.field != "body" or not loc.excerpt:
                continue
            text = r.version(lang).body[loc.paragraph].text
            assert text[loc.start : loc.end] == loc.excerpt


def test_details_given_in_korean_only_are_reported_for_the_english():
    from drafter.model import Details

    release = read_text_file(SAMPLES / "pps-innovation-2026-11-24.txt").release
    release.ko.details = Details("조달청", "2026. 11. 24.(화) 조간", "", ["성과 현황 1부", "기업 명단"])
    release.en.details = Details(attachments=["Results"])
    missing = [f for f in check(release) if f.rule == "detail-missing"]
    assert [(f.severity.value, f.ko.excerpt, f.en.exact) for f in missing] == [
        ("warning", "조달청", False),
        ("error", "2026. 11. 24.(화) 조간", False),
        ("error", "기업 명단", False),
    ]
    assert all(f.field == "details" for f in missing)
    assert "영문 보도 정보에 보도시점이 없습니다" in missing[1].message.ko
    release.ko.details.embargo = "2026. 11. 24.(화) 12:00"  # the documents print 12:00 KST, November 24, 2026
    embargo = next(f for f in check(release) if f.rule == "detail-missing" and f.ko and f.ko.paragraph == 1)
    assert embargo.severity.value == "warning"
    release.ko.details.embargo = "배포 즉시 보도"  # no embargo, as an empty one: FOR IMMEDIATE RELEASE is right
    assert not [f for f in check(release) if f.rule == "detail-missing" and f.ko and f.ko.paragraph == 1]
    release.ko.details.embargo = "2026. 11. 24.(화) 조간"
    # "1부" (one copy) is a Korean convention, not a count the English must repeat.
    assert not [f for f in check(release) if f.rule.startswith("fact") and f.field == "details"]
    release.en.details = Details(
        "Public Procurement Service",
        "the morning papers of Tuesday, November 24, 2026",
        "",
        ["Results", "List of companies"],
    )
    assert [f for f in check(release) if f.field == "details"] == []


def test_a_summary_box_and_headings_the_english_leaves_out_are_no_missing_paragraphs():
    from drafter.formats.body import parse_body

    ko = parse_body(
        "◇ 주요 내용\n ○ 감시인력 1만 2천 명 배치\n\nⅠ. 추진 배경\n\n"
        "□ 산림청은 산불조심기간을 3월 1일부터 운영한다.\n\nⅡ. 주요 대책\n\n"
        "□ 감시인력 1만 2천 명을 전국에 배치한다.\n\n□ 진화헬기 207대가 대기한다."
    ).paragraphs
    en = [
        Paragraph("The Korea Forest Service (KFS) will run the wildfire caution period from March 1."),
        Paragraph("A total of 12,000 watch personnel will be deployed nationwide."),
        Paragraph("A total of 207 firefighting helicopters will stand by."),
    ]
    r = Release(ko=Version(title="제목", body=ko), en=Version(title="Title", body=en))
    assert rules_of(r) == []
    r.en.body.pop(1)  # a statement left out is still missing, at its place
    [f] = check(r)
    assert (f.rule, f.ko.excerpt if f.ko else None) == ("missing-paragraph", "감시인력 1만 2천 명을 전국에 배치한다.")


def test_one_empty_english_embargo_is_one_finding_at_the_embargo():
    from drafter.model import Details
    from drafter.parity.findings import DETAIL_INDEX

    release = read_text_file(SAMPLES / "pps-innovation-2026-11-24.txt").release
    release.ko.details = Details("조달청", "2026. 11. 24.(화) 12:00", attachments=["사진 2매"])
    release.en.details = Details("Public Procurement Service", "", "DAEJEON, Nov. 24 (PPS) –")
    details = [f for f in check(release) if f.field == "details"]
    assert [(f.rule, f.ko.excerpt, f.en.paragraph) for f in details] == [
        ("detail-missing", "2026. 11. 24.(화) 12:00", DETAIL_INDEX["embargo"]),
        ("detail-missing", "사진 2매", details[1].ko.paragraph),  # and not "2 is not in the English"
    ]
