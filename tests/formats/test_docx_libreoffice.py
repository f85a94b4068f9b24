"""The DOCX through LibreOffice: every string on the page in a Korean face, each language numbering its own
pages, lines that never break inside a phone number, a date or an amount, and the round trip — export,
save again with LibreOffice (`soffice --convert-to docx`), import — giving the same release.

LibreOffice runs once per fixture over all files (a private profile, so no clash with one the user runs);
these tests are skipped only where soffice or poppler-utils are not installed (tests/run.sh installs them).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from drafter.formats.docx_writer import LAYOUTS, build_docx
from drafter.formats.plaintext import read_text_file
from drafter.model import Details, Meta, Note, Paragraph, Release, Version
from drafter.styles import HouseStyle, load
from tests.conftest import REFERENCE, SAMPLES
from tests.formats.docx_helpers import (
    FIXED_FINDINGS,
    NOW,
    korean_details_only,
    needs_soffice,
    paragraph_texts,
    part,
    printed,
    read_docx_bytes,
    sample_release,
    soffice,
)
from tests.formats.test_plaintext import _ENGLISH, _KOREAN, _meta

pytestmark = needs_soffice
GENERIC = load("generic")
JAPANESE_FACE = re.compile(
    r"JP|Japan|Mincho|MS-?P?Gothic|IPA|Takao|VL-?Gothic|Ume|Kochi|Sazanami|Meiryo|YuGothic|YuMincho|Hiragino", re.I
)
KOREAN_FACE = re.compile(r"Nanum|CJK-?KR|CJKkr|Malgun|Batang|Gulim|Dotum|UnBatang|UnDotum|Baekmuk|HCR|Hangul", re.I)


def pdf_lines(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode()


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    release = sample_release()
    for layout in LAYOUTS:
        (folder / f"{layout}.docx").write_bytes(build_docx(release, layout, GENERIC, now=NOW, findings=FIXED_FINDINGS))
    (folder / "breaks.docx").write_bytes(build_docx(line_ends(), "bilingual", GENERIC, now=NOW))
    soffice(folder, "pdf", *(folder / f"{name}.docx" for name in (*LAYOUTS, "breaks")))
    return {name: folder / f"{name}.pdf" for name in (*LAYOUTS, "breaks")}


# --- every string, in a Korean face, on numbered pages ----------------------------------------------


def release_strings(release: Release, langs: tuple[str, ...], details: bool = True) -> list[str]:
    out = []
    for lang in langs:
        v = release.version(lang)
        out += [v.title, *v.subtitle, *(v.details.attachments if details else ())]
        for p in v.body:
            out.append(p.text)
            out += [n.text for n in p.notes]
        out += [n.text for n in v.footnotes]
    return [s for s in out if s]


def squeeze(text: str) -> str:
    """Text without whitespace and hyphens: lines wrap anywhere, and pdftotext drops a hyphen that ends a line."""
    return re.sub(r"[\s\-‐\u2011]+", "", text)


def pdf_text(pdf: Path, noise: tuple[str, ...] = ()) -> str:
    """The PDF's text without page numbers and running heads, squeezed."""
    lines = [line for line in pdf_lines(pdf).splitlines() if not re.fullmatch(r"\s*-\s*\d+\s*-\s*", line)]
    joined = squeeze("".join(lines))
    for repeated in noise:
        joined = joined.replace(squeeze(repeated), "")
    return joined


@pytest.mark.parametrize("layout", LAYOUTS)
def test_pdf_holds_every_string_of_the_release(pdfs: dict[str, Path], layout: str):
    release = sample_release()
    langs = {"ko": ("ko",), "en": ("en",)}.get(layout, ("ko", "en"))
    noise: tuple[str, ...] = ()
    if layout == "review":
        header = part(build_docx(release, "review", GENERIC, now=NOW, findings=FIXED_FINDINGS), "word/header1.xml")
        noise = ("국문 · Korean", "영문 · English", "검토 · Findings", *paragraph_texts(header))
    text = pdf_text(pdfs[layout], noise)
    strings = release_strings(release, langs, layout != "review")
    if layout == "review":  # pdftotext may interleave the lines of the sheet's columns: every word is there
        strings = [word for s in strings for word in s.split()]
    missing = [s for s in strings if squeeze(s) not in text]
    assert missing == [], text
    labels = {
        "ko": [
            "보도자료",
            "보도시점",
            "배포",
            "붙임1.",
            "담당부서",
            "혁신조달기획과",
            "책임자",
            "과장이정민0427247301",
        ],
        "en": ["PRESSRELEASE", "EMBARGOEDUNTIL", "DAEJEON,Nov.24(PPS)", "Contact:", "ParkSeoyeon", "###"],
    }
    for lang in langs if layout != "review" else ():
        assert [label for label in labels[lang] if label not in text] == [], lang


@pytest.mark.parametrize("layout", LAYOUTS)
def test_pdf_sets_korean_in_a_korean_face_never_a_japanese_fallback(pdfs: dict[str, Path], layout: str):
    listing = subprocess.run(["pdffonts", str(pdfs[layout])], capture_output=True, check=True, text=True).stdout
    faces = [line.split()[0].split("+")[-1] for line in listing.splitlines()[2:] if line.strip()]
    assert faces
    assert [f for f in faces if JAPANESE_FACE.search(f)] == [], listing
    assert [f for f in faces if KOREAN_FACE.search(f)] or layout == "en", listing  # English: no Hangul at all


def test_each_language_numbers_its_pages_from_1(pdfs: dict[str, Path]):
    pages = pdf_lines(pdfs["bilingual"]).split("\f")[:-1]  # the text ends with a form feed
    english = next(i for i, page in enumerate(pages) if "PRESS RELEASE" in page)
    assert english >= 1  # the English starts on a page of its own
    numbers = [int(m[1]) for page in pages if (m := re.search(r"^-\s*(\d+)\s*-$", page, re.M))]
    assert numbers == [*range(1, english + 1), *range(1, len(pages) - english + 1)]


# --- where lines break ----------------------------------------------------------------------------------

PHONE, DATE, AMOUNT = "042-724-7301", "2026. 11. 24.(화)", "KRW 12.5 billion"
KOREAN_WORDS = "조달청은 올해 혁신제품 지정 기업이 공공기관에 납품한 실적을 집계해 발표했다".split()
ENGLISH_WORDS = "the public procurement service said on monday that it had counted the sales of".split()


def line_ends() -> Release:
    """Paragraphs that put a phone number, a date and an amount at every place of a line: some of them
    fall where a line ends."""
    ko, en = [], []
    for k in range(24):
        words = " ".join((KOREAN_WORDS * 3)[:k])
        ko.append(Paragraph(f"{'가' * (k % 4)} {words} 문의는 {PHONE}으로, 시행은 {DATE}부터 한다."))
        words = " ".join((ENGLISH_WORDS * 3)[:k])
        en.append(Paragraph(f"{'x' * (k % 4)} {words} {AMOUNT} in sales, call +82-42-724-7301 after {DATE[:4]}."))
    return Release(ko=Version("줄 끝", body=ko), en=Version("Line ends", body=en))


def broken_inside(text: str, token: str) -> list[str]:
    """The places `token` stands split over two lines of `text`."""
    pattern = r"\n?".join(re.escape(ch) if not ch.isspace() else r"\s" for ch in token)
    return [m[0] for m in re.finditer(pattern, text) if "\n" in m[0]]


_WEEKDAY_BREAK = pytest.mark.xfail(
    reason="LibreOffice 7.4 breaks a date before its weekday ('24.' | '(화)'), which Word keeps as one word (어절) "
    "with wordWrap on; the word joiner that held it in LibreOffice is no longer written (issue 23: no invisible "
    "characters in a document)",
    strict=False,
)


@pytest.mark.parametrize("token", [PHONE, pytest.param(DATE, marks=_WEEKDAY_BREAK), AMOUNT, "+82-42-724-7301"])
def test_no_line_breaks_inside_a_phone_number_a_date_or_an_amount(pdfs: dict[str, Path], token: str):
    text = pdf_lines(pdfs["breaks"])
    assert text.count(token.replace("-", "")[:3]) >= 24  # the token is there, on every line of the test
    assert broken_inside(text, token) == []


def test_korean_lines_break_between_words_never_inside_one(pdfs: dict[str, Path]):
    words = set(KOREAN_WORDS)
    lines = pdf_lines(pdfs["breaks"]).splitlines()
    ends = [line.split()[-1] for line in lines if line.split() and line.split()[-1][:1] in "조올혁지기공납실집발"]
    assert len(ends) > 5
    assert [end for end in ends if end not in words] == []


@pytest.mark.xfail(
    reason="LibreOffice 7.4 breaks between a digit and Hangul whatever joins them: U+2060, U+200D, U+FEFF and "
    "U+00A0 were measured; Word keeps the 어절 (120억원) whole with wordWrap on",
    strict=False,
)
def test_a_number_and_its_korean_unit_stay_on_one_line(tmp_path: Path):
    body = [Paragraph(f"{'가' * (k % 4)} {' '.join((KOREAN_WORDS * 3)[:k])} 총 120억원을 썼다.") for k in range(24)]
    (tmp_path / "units.docx").write_bytes(build_docx(Release(ko=Version("단위", body=body)), "ko", GENERIC))
    soffice(tmp_path, "pdf", tmp_path / "units.docx")
    assert broken_inside(pdf_lines(tmp_path / "units.pdf"), "120억원") == []


# --- the round trip through LibreOffice --------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    release: Release
    style: HouseStyle
    layout: str


def _cases() -> dict[str, Case]:
    green = read_text_file(SAMPLES / "pps-green-purchases-2026-12-04.txt").release
    green.meta.style = "pps"
    cases = {
        "sample": Case(sample_release(), GENERIC, "bilingual"),
        "green": Case(green, load("pps"), "bilingual"),
        "green-ko": Case(green, load("pps"), "ko"),
        "green-en": Case(green, load("pps"), "en"),
        "korean-details-only": Case(korean_details_only(), GENERIC, "bilingual"),
        "mofa": Case(_numbered(), load("mofa"), "bilingual"),
        "immediate": Case(_immediate(), GENERIC, "bilingual"),
    }
    if REFERENCE.exists():
        cases["reference"] = Case(read_text_file(REFERENCE).release, load("pps"), "bilingual")
    return cases


def _numbered() -> Release:
    """외교부's style: paragraphs, numbered English paragraphs, two departments."""
    r = sample_release()
    r.meta.style = "mofa"
    for p in r.ko.body:
        p.level, p.bullet = 0, ""
    r.ko.contact = "동북아국 정병원 심의관(02-2100-7334)\n대변인실 김민지 사무관(02-2100-7020)"
    return r


def _immediate() -> Release:
    """No embargo, no release date, one attachment, notes without their paragraph's level."""
    r = sample_release()
    r.meta = Meta()
    r.ko.details = Details(attachments=["행사 사진 2부"])
    r.en.details = Details(attachments=["Photos"])
    r.ko.body[3].notes = [Note("주석", "※"), Note("둘째 주석", "**")]
    return r


@pytest.fixture(scope="module")
def resaved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Case, bytes]]:
    folder = tmp_path_factory.mktemp("resave")
    (folder / "out").mkdir()
    cases = _cases()
    for name, case in cases.items():
        (folder / f"{name}.docx").write_bytes(build_docx(case.release, case.layout, case.style, now=NOW))
    soffice(folder, "docx:MS Word 2007 XML", *(folder / f"{n}.docx" for n in cases), outdir=folder / "out")
    return {name: (case, (folder / "out" / f"{name}.docx").read_bytes()) for name, case in cases.items()}


@pytest.mark.parametrize("name", sorted(_cases()))
def test_a_docx_saved_again_by_libreoffice_reads_back_to_the_same_release(
    resaved: dict[str, tuple[Case, bytes]], name: str
):
    case, data = resaved[name]
    ids = etree.tostring(part(data, "word/styles.xml"))
    assert b'w:styleId="KOTitle"' in ids or b'w:styleId="ENTitle"' in ids  # LibreOffice renamed our styles' ids
    imported = read_docx_bytes(data)
    langs = {"ko": ("ko",), "en": ("en",)}.get(case.layout, ("ko", "en"))
    assert imported.notices == []
    assert imported.release == printed(case.release, case.style, langs)


@settings(max_examples=6, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(meta=_meta, ko=_KOREAN, en=_ENGLISH)
def test_generated_releases_saved_again_by_libreoffice_read_back_the_same(meta: Meta, ko: Version, en: Version):
    """A few generated releases (LibreOffice takes seconds a file): levels, notes, details, contacts."""
    release = Release(meta=meta, ko=ko, en=en)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "out").mkdir()
        (folder / "g.docx").write_bytes(build_docx(release, "bilingual", GENERIC, now=NOW))
        soffice(folder, "docx:MS Word 2007 XML", folder / "g.docx", outdir=folder / "out")
        back = read_docx_bytes((folder / "out" / "g.docx").read_bytes()).release
    assert back == printed(release, GENERIC, ("ko", "en"))
