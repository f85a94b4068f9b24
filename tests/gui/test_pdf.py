"""PDF through Qt: what the pages say (pdftotext), in which faces (pdffonts), where lines break and
where wrapped lines start (pdftotext -bbox-layout), and the command line without a display."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree

import pytest

from drafter import styles
from drafter.errors import SaveError
from drafter.formats import ExportOptions, read_release, write_export
from drafter.formats.layout import HANGUL, no_break, plain
from drafter.gui import pdf
from drafter.model import Details, Note, Paragraph, Release
from tests.conftest import ROOT, SAMPLES

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed; tests/run.sh installs it",
)
SAMPLE = SAMPLES / "pps-innovation-2026-11-24.txt"
LEVELS = [(1, "□"), (2, "ㅇ"), (2, "ㅇ"), (3, "-"), (1, "□")]


def full_release() -> Release:
    """The sample with the details filled in both languages, a two-person contact, and item levels."""
    release = read_release(SAMPLE).release
    release.meta.style = "pps"
    body = [replace(p, level=level, bullet=bullet) for p, (level, bullet) in zip(release.ko.body, LEVELS, strict=True)]
    body[2].notes.append(Note("해외실증: 해외 공공기관이 혁신제품을 써 보고 성능을 확인하는 사업", "※"))
    release.ko = replace(
        release.ko,
        body=body,
        contact="혁신조달기획과 이정민 과장(042-724-7300), 박서연 사무관(042-724-7311)",
        details=Details("조달청", "2026. 11. 24.(화) 12:00", attachments=["국가별 수출 현황", "성과보고회 사진"]),
    )
    release.en = replace(
        release.en,
        details=Details(
            "Public Procurement Service",
            "12:00 KST, November 24, 2026",
            "DAEJEON, Nov. 24 (PPS) –",
            ["Exports by country", "Photos of the briefing"],
        ),
    )
    return release


def export(release: Release, path: Path, layout: str, style: str = "") -> Path:
    write_export(release, path, layout, ExportOptions(style=style))
    return path


def pages(path: Path, *options: str) -> list[str]:
    out = subprocess.run(["pdftotext", *options, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8").split("\f")[:-1]


def fonts(path: Path) -> list[tuple[str, str]]:
    """(name, embedded) of each font of the PDF."""
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    rows = listing.splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows]


def words(path: Path) -> list[list[dict[str, float | str]]]:
    """The lines of the first page top to bottom, each a list of words with their boxes (points from the
    top left). pdftotext cuts a justified line at its wide spaces: words are put together by height."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True)
    root = ElementTree.fromstring(re.sub(rb"<!DOCTYPE[^>]*>", b"", out.stdout))
    lines: dict[float, list[dict[str, float | str]]] = {}
    for w in root.iter("{http://www.w3.org/1999/xhtml}word"):
        word = {"text": w.text or "", **{k: float(w.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax")}}
        at = next((y for y in lines if abs(y - float(word["yMax"])) < 1.0), float(word["yMax"]))
        lines.setdefault(at, []).append(word)
    return [sorted(lines[y], key=lambda w: w["xMin"]) for y in sorted(lines)]


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(full_release(), tmp_path_factory.mktemp("pdf") / "release.pdf", "bilingual")


def test_every_font_is_embedded_and_korean_is_set_in_a_korean_face(bilingual: Path):
    listed = fonts(bilingual)
    assert listed and all(embedded == "yes" for _name, embedded in listed), listed
    assert any(re.search(r"Nanum|NotoS\w*CJK|NotoS\w*KR", name) for name, _e in listed), listed


def test_the_korean_head_title_box_body_attachments_and_contact_table(bilingual: Path):
    texts = pages(bilingual, "-layout")
    korean = "".join(texts[: next(i for i, text in enumerate(texts) if "PRESS RELEASE" in text)])
    lines = [" ".join(line.split()) for line in korean.splitlines() if line.strip()]
    assert "보도자료 공정하고 투명한 공공조달" in lines[0]
    assert lines[1] == "보도시점 2026. 11. 24.(화) 12:00 배포 2026. 11. 24.(화)"
    assert "- 미국·베트남 등 12개국 공공기관에 납품, 전년 대비 15% 증가 -" in lines
    at = {name: next(i for i, line in enumerate(lines) if name in line) for name in ("붙임 1.", "붙임 2.", "책임자")}
    assert at["붙임 1."] < at["붙임 2."] < at["책임자"]
    # the department's cell spans both rows: pdftotext puts it on a line of its own between them
    assert lines[at["책임자"] : at["책임자"] + 3] == [
        "책임자 과장 이정민 042-724-7300",
        "담당 부서 혁신조달기획과",
        "담당자 사무관 박서연 042-724-7311",
    ]
    # NanumGothic's space maps back to U+0001 unless fixed (spaces_as_spaces): the title is in it
    assert "혁신제품 해외조달시장 진출 지원, 올해 35개사 120억원" in lines[2]
    assert "\x01" not in korean


def test_each_language_starts_a_page_and_numbers_its_own(bilingual: Path):
    texts = pages(bilingual)
    numbers = [int(re.findall(r"^-\s*(\d+)\s*-$", text, re.M)[-1]) for text in texts]
    english = next(i for i, text in enumerate(texts) if "PRESS RELEASE" in text)
    assert english > 0 and "보도자료" not in texts[english]
    assert numbers == [*range(1, english + 1), *range(1, len(texts) - english + 1)]


def test_the_english_head_dateline_contact_and_end(bilingual: Path):
    english = [" ".join(line.split()) for line in pages(bilingual)[-1].splitlines() if line.strip()]
    assert english[:4] == [
        "Public Procurement Service",
        "PRESS RELEASE",
        "EMBARGOED UNTIL 12:00 KST, November 24, 2026",
        "November 24, 2026",
    ]
    assert any(line.startswith("DAEJEON, Nov. 24 (PPS) – The Public Procurement Service") for line in english)
    assert "Attachment 1. Exports by country" in english and "###" in english


def test_an_english_pdf_prints_no_hangul_from_korean_only_details(tmp_path: Path):
    release = full_release()
    release.en = replace(release.en, details=Details())
    release.en.contact = "혁신조달기획과 박서연 사무관(042-724-7311)"  # a contact left in Korean is left out
    text = "".join(pages(export(release, tmp_path / "en.pdf", "en")))
    assert "PRESS RELEASE" in text and "FOR IMMEDIATE RELEASE" not in text  # the Korean is embargoed
    assert not HANGUL.search(text), [line for line in text.splitlines() if HANGUL.search(line)]


def test_wrapped_lines_start_under_the_text_not_under_the_symbol(tmp_path: Path):
    lines = words(export(full_release(), tmp_path / "ko.pdf", "ko"))
    style = styles.load("pps")
    margin, em = style.margins_mm["left"] * 72 / 25.4, style.ko.sizes["body"]
    starts = {f"{w[0]['text']} {w[1]['text']}": i for i, w in enumerate(lines) if len(w) > 1}
    first = starts["□ 조달청은"]  # level 1: □ at the margin, its text 1.5 characters in, wrapped lines there too
    assert lines[first][0]["xMin"] == pytest.approx(margin, abs=1.5)
    assert lines[first][1]["xMin"] == pytest.approx(margin + 1.5 * em, abs=1.5)
    assert lines[first + 1][0]["xMin"] == pytest.approx(margin + 1.5 * em, abs=1.5)
    second = starts["ㅇ 올해"]  # level 2: ㅇ half a character in, its text two characters in
    assert lines[second][0]["xMin"] == pytest.approx(margin + 0.5 * em, abs=1.5)
    assert lines[second + 1][0]["xMin"] == pytest.approx(margin + 2.0 * em, abs=1.5)
    dash = starts["- 조달청은"]  # level 3
    assert lines[dash + 1][0]["xMin"] == pytest.approx(margin + 2.5 * em, abs=1.5)


def test_notes_stand_under_their_paragraph_in_the_smaller_note_face(tmp_path: Path):
    lines = words(export(full_release(), tmp_path / "ko.pdf", "ko"))
    texts = [" ".join(str(w["text"]) for w in line) for line in lines]
    note = next(i for i, t in enumerate(texts) if t.startswith("* 혁신제품:"))
    assert texts[note - 1].endswith("밝혔다.")  # the last line of the paragraph it explains
    height = lines[note][1]["yMax"] - lines[note][1]["yMin"]
    body = lines[note - 1][0]["yMax"] - lines[note - 1][0]["yMin"]
    assert height < body * 0.9  # 12 pt against the body's 15 pt
    aside = next(i for i, t in enumerate(texts) if t.startswith("※ 해외실증:"))
    assert texts[aside - 1].endswith("뒤를 이었다.")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_lines_break_between_words_never_inside_a_number_a_date_or_a_phone(tmp_path: Path, lang: str):
    """The same sentences shifted one character at a time, so that the joins fall at many line ends:
    every line printed is whole words of the text as laid out, where a date's spaces are no-break ones."""
    if lang == "ko":
        sentence = (
            "조달청은 혁신제품 지정 기업이 120억원 규모의 제품을 수출하여 전년보다 17.5% 늘었다고 "
            "2026. 3. 15.(일) 밝혔으며 문의는 042-724-7311 번으로 하면 되고 35개사 3만 5천 명이 참여했다."
        )
    else:
        sentence = (
            "The Public Procurement Service said exports reached KRW 12 billion, up 17.5 percent, on Nov. 24, "
            "2026, and that 35 companies took part; call +82-42-724-7311 for details on the program."
        )
    release = Release()
    text = " ".join([sentence] * 3)
    version = replace(
        release.version(lang), title="Line breaks", body=[Paragraph(f"{'가' * n} {text}".strip()) for n in range(14)]
    )
    setattr(release, lang, version)
    printed = [
        " ".join(plain(line).split())
        for line in "".join(pages(export(release, tmp_path / "x.pdf", lang), "-layout")).splitlines()
    ]
    body = [w for p in version.body for w in no_break(p.text).split(" ")]
    first = next(i for i, line in enumerate(printed) if line.startswith(plain(body[0])))
    position, ends = 0, []
    for line in printed[first:]:
        if not line or re.fullmatch(r"-\s*\d+\s*-|###", line):
            continue
        n = next(
            (n for n in range(1, len(line.split()) + 1) if plain(" ".join(body[position : position + n])) == line), 0
        )
        assert n, f"a line broke inside a word: {line!r}"
        position += n
        ends.append(body[position - 1])
    assert position == len(body)
    assert any(plain(word) != word for word in ends)  # some line ended right after a joined number or date


def test_the_reference_release_in_every_layout(tmp_path: Path, reference_path: Path):
    release = read_release(reference_path).release
    for layout in ("ko", "en", "bilingual"):
        texts = pages(export(release, tmp_path / f"{layout}.pdf", layout, style="pps"), "-layout")
        assert all(re.search(r"^\s*-\s*\d+\s*-$", text, re.M) for text in texts)
        joined = " ".join(" ".join(texts).split())
        if layout != "en":
            assert "K-전자조달, 메소포타미아의 이라크에 경험 전수" in joined
            assert "담당 부서 국제협력담당관실 담당자 사무관 염동현 042-724-7654" in joined
        if layout != "ko":
            assert "Sharing Korea’s E-Procurement Experience with Iraqi Kurdistan Gov’t" in joined


def test_no_korean_font_is_one_save_error_and_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pdf, "korean_installed", lambda: False)
    out = tmp_path / "ko.pdf"
    with pytest.raises(SaveError, match="No Korean font is installed") as caught:
        export(full_release(), out, "ko")
    assert "\n" not in caught.value.line("en") and not out.exists()
    english = replace(full_release(), ko=Release().ko)  # no Hangul to draw: no face needed
    english.en = replace(english.en, contact="Park Seo-yeon (+82-42-724-7311)")
    assert export(english, tmp_path / "en.pdf", "en").read_bytes().startswith(b"%PDF")


def test_the_command_line_writes_a_pdf_without_a_display_and_says_one_line_when_it_cannot(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env |= {"LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)}

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "drafter", "export", SAMPLE, *args]
        return subprocess.run(list(map(str, command)), capture_output=True, text=True, env=env, timeout=120)

    out = tmp_path / "sample.pdf"
    done = run("-o", out, "--layout", "en", "--style", "mofa")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF") and "Innovative Products Reach" in "".join(pages(out))
    failed = run("-o", tmp_path / "missing" / "x.pdf")
    assert failed.returncode == 2 and len(failed.stderr.strip().splitlines()) == 1, failed.stderr
    assert "x.pdf" in failed.stderr and "Traceback" not in failed.stderr


def test_text_maps_are_fixed_in_place():
    head = b"%PDF-1.4\n7 0 obj\n<< /Font 8 0 R /ToUnicode 9 0 R >>\nendobj\n"
    cmap = b"2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<ACF5> <0001> <0009>]\nendbfrange\n"
    stream = b"9 0 obj\n<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream\nendobj\n"
    fixed = pdf.spaces_as_spaces(head + stream)
    assert len(fixed) == len(head + stream)
    assert b"<0001> <0003> [<ACF5> <0020> <0020>]" in fixed  # the range's own codes stay
