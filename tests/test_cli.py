"""The command line as scripts use it: real processes, exit codes, one-line errors, nothing written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafter import storage
from drafter.formats.plaintext import read_text_file
from tests.conftest import ROOT, SAMPLES

SAMPLE = SAMPLES / "pps-innovation-2026-11-24.txt"


def run(*args: str | Path, lang: str = "C.UTF-8", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "drafter", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or ROOT,
        timeout=60,
    )


def test_convert_reference_release(tmp_path: Path, reference_path: Path):
    out = tmp_path / "r.release.json"
    result = run("convert", reference_path, "-o", out)
    assert result.returncode == 0, result.stderr
    r = storage.load(out)
    assert r.ko.title == "K-전자조달, 메소포타미아의 이라크에 경험 전수"
    assert r.en.title == "Sharing Korea’s E-Procurement Experience with Iraqi Kurdistan Gov’t"
    assert r.en.body[0].notes[0].text == "KONEPS (Korea ON-line E-Procurement System)"
    assert r.ko.contact == "국제협력담당관실 염동현 사무관(042-724-7654)"
    assert r.meta.release_date.isoformat() == "2023-11-01"


@pytest.mark.parametrize("source", ["reference", "sample"])
def test_export_and_convert_back_is_the_same_release(tmp_path: Path, request, source: str):
    src = request.getfixturevalue("reference_path") if source == "reference" else SAMPLE
    first, txt, second = tmp_path / "a.release.json", tmp_path / "a.txt", tmp_path / "b.release.json"
    assert run("convert", src, "-o", first).returncode == 0
    assert run("export", first, "-o", txt).returncode == 0
    assert run("convert", txt, "-o", second).returncode == 0
    assert storage.load(second) == storage.load(first)


def test_export_one_language(tmp_path: Path):
    out = tmp_path / "en.txt"
    assert run("export", SAMPLE, "-o", out, "--layout", "en").returncode == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("PRESS RELEASE\nFOR IMMEDIATE RELEASE\nNovember 24, 2026\n")
    assert "조달청" not in text and "Contact: Park Seo-yeon" in text and text.endswith("\n###\n")


def test_convert_two_files(tmp_path: Path):
    ko, en, out = tmp_path / "ko.txt", tmp_path / "en.txt", tmp_path / "out.release.json"
    ko.write_text("제목\n\n본문이다.\n", encoding="utf-8")
    en.write_text("Title\n\nBody.\n", encoding="utf-8")
    assert run("convert", "--ko", ko, "--en", en, "-o", out).returncode == 0
    assert storage.load(out).en.body[0].text == "Body."


def test_check_reports_the_missing_english_contact(reference_path: Path):
    result = run("check", reference_path, "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert set(data) == {"findings", "summary"}
    contact = [f for f in data["findings"] if f["field"] == "contact"]
    assert len(contact) == 1
    f = contact[0]
    assert f["severity"] == "error"
    assert f["en"] == {"paragraph": 0, "start": 0, "end": 0, "excerpt": "", "exact": False}  # where it is missing
    assert "042-724-7654" in f["ko"]["excerpt"] and f["ko"]["exact"] is True
    assert set(f["message"]) == {"ko", "en"}
    assert data["summary"]["error"] >= 1


def test_check_two_files_reports_a_missing_paragraph_at_its_place(tmp_path: Path):
    ko, en = tmp_path / "ko.txt", tmp_path / "en.txt"
    ko.write_text(
        "제목\n\n조달청은 2025년 KOICA와 협약을 맺었다.\n\n연수단 14명이 방문했다.\n\n행사는 PPS 본부에서 열렸다.\n",
        encoding="utf-8",
    )
    en.write_text(
        "Title\n\nIn 2025, PPS signed an agreement with KOICA.\n\nThe event was held at PPS headquarters.\n",
        encoding="utf-8",
    )
    result = run("check", "--ko", ko, "--en", en, "--json")
    assert result.returncode == 1
    missing = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "missing-paragraph"]
    assert len(missing) == 1
    assert missing[0]["ko"]["paragraph"] == 1 and missing[0]["en"]["paragraph"] == 1


def test_check_reads_the_release_date_from_the_text_or_takes_it_given(tmp_path: Path):
    ko, en = tmp_path / "ko.txt", tmp_path / "en.txt"
    ko.write_text("제목\n\n조달청은 작년 실적을 발표했다. 행사는 3.2.(월)에 열린다.\n", encoding="utf-8")
    en.write_text("Title\n\nPPS announced its results for 2025. The event is on Monday, March 2.\n", encoding="utf-8")

    def found(*extra: str) -> list[str]:
        findings = json.loads(run("check", "--ko", ko, "--en", en, "--json", *extra).stdout)["findings"]
        return [f["message"]["en"] for f in findings if f["rule"] in ("fact-differs", "weekday")]

    assert found() == []  # no date: 작년 and 2025 are not compared by year, the weekday not checked
    assert found("--date", "2026-02-20") == []  # 작년 = 2025; 2026-03-02 is a Monday
    assert found("--date", "2025-02-20") == ["작년 = 2024 ≠ 2025", "2025-03-02 is a Sunday, not a Monday."]
    ko.write_text("배포일시 : 2025. 2. 20.(목)\n\n" + ko.read_text(encoding="utf-8"), encoding="utf-8")
    assert found() == found("--date", "2025-02-20")  # read from the head of the Korean text
    bad = run("check", "--ko", ko, "--en", en, "--date", "24/11/2025")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_check_clean_release_exits_zero(tmp_path: Path):
    assert run("check", SAMPLE).returncode == 0


def test_plain_korean_findings_are_printed_with_their_suggestions_and_never_change_the_exit_status(tmp_path: Path):
    ko, en = tmp_path / "ko.txt", tmp_path / "en.txt"
    ko.write_text("제목\n\n정부는 로드맵을 세우고 연구 개발(R&D)를 늘린다.\n", encoding="utf-8")
    en.write_text("Title\n\nThe government sets out a roadmap and raises R&D.\n", encoding="utf-8")
    result = run("check", "--ko", ko, "--en", en, "--json")
    assert result.returncode == 0  # information and warnings only
    plain = {f["rule"]: f for f in json.loads(result.stdout)["findings"] if f["rule"].startswith("plain-")}
    assert plain["plain-word"]["ko"]["excerpt"] == "로드맵" and plain["plain-word"]["suggestions"][0] == "단계별 이행안"
    assert plain["plain-particle"]["suggestions"] == ["개발(R&D)을"] and plain["plain-particle"]["en"] is None
    text = run("check", "--ko", ko, "--en", en, lang="ko_KR.UTF-8").stdout
    assert "[plain-word]" in text and "단계별 이행안" in text and "KO: 로드맵" in text
    without = json.loads(run("check", "--ko", ko, "--en", en, "--json", "--no-plain-korean").stdout)["findings"]
    assert not [f for f in without if f["rule"].startswith("plain-")]


def test_check_human_output_in_korean(reference_path: Path):
    result = run("check", reference_path, "--no-plain-korean", lang="ko_KR.UTF-8")
    assert "영문의 문의처 항목이 비어 있습니다" in result.stdout
    assert "검사 결과 1건" in result.stdout


BAD_INPUTS = {
    "truncated.release.json": lambda: storage.dumps(read_text_file(SAMPLE).release)[:300].encode(),
    "future.release.json": lambda: json.dumps({"format": "drafter-release", "version": 99}).encode(),
    "random.release.json": lambda: os.urandom(2000),
    "random.txt": lambda: bytes(range(256)) * 8,
    "empty.txt": lambda: b"",
    "empty.release.json": lambda: b"",
    "draft.docx": lambda: b"PK\x03\x04 not really",
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
@pytest.mark.parametrize("command", ["check", "convert", "export"])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path: Path, name: str, command: str):
    bad = tmp_path / name
    bad.write_bytes(BAD_INPUTS[name]())
    out = tmp_path / ("out.txt" if command == "export" else "out.release.json")
    args = [command, bad] + ([] if command == "check" else ["-o", out])
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0], result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not out.exists()


def test_errors_follow_the_users_language(tmp_path: Path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    assert "본문이 없습니다" in run("check", bad, lang="ko_KR.UTF-8").stderr
    assert "holds no text" in run("check", bad, lang="en_US.UTF-8").stderr


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "a.txt", "--ko", "b.txt"],
        ["export", "x.txt"],
        ["convert", "--ko", "a.txt", "-o", "o.json"],
        ["check", "--bogus"],
        ["export", "x.txt", "-o", "y.txt", "--layout", "nope"],
    ],
)
def test_bad_usage_exits_2_with_one_line(args: list[str]):
    result = run(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "--help" in result.stderr


def test_unwritable_output_exits_2(tmp_path: Path):
    result = run("convert", SAMPLE, "-o", tmp_path / "missing" / "out.release.json")
    assert result.returncode == 2 and "missing" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_review_layout_is_refused_for_text_until_docx(tmp_path: Path):
    result = run("export", SAMPLE, "-o", tmp_path / "r.txt", "--layout", "review")
    assert result.returncode == 2 and ".docx" in result.stderr and not (tmp_path / "r.txt").exists()


def test_help_exits_0():
    result = run("--help")
    assert result.returncode == 0 and "check" in result.stdout


def test_check_reports_a_glossary_name_missing_from_the_english(tmp_path: Path):
    ko, en = tmp_path / "ko.txt", tmp_path / "en.txt"
    ko.write_text("제목\n\n조달청은 회의를 열었다.\n", encoding="utf-8")
    en.write_text("Title\n\nThe Procurement Office held a meeting.\n", encoding="utf-8")
    found = json.loads(run("check", "--ko", ko, "--en", en, "--json").stdout)["findings"]
    assert [(f["rule"], f["ko"]["excerpt"]) for f in found] == [("glossary", "조달청")]
    en.write_text("Title\n\nThe Public Procurement Service (PPS) held a meeting.\n", encoding="utf-8")
    assert json.loads(run("check", "--ko", ko, "--en", en, "--json").stdout)["findings"] == []


def test_a_korean_paragraph_changed_after_convert_is_reported_stale_and_nothing_else(tmp_path: Path):
    out = tmp_path / "r.release.json"
    assert run("convert", SAMPLE, "-o", out).returncode == 0
    before = {f["fingerprint"] for f in json.loads(run("check", out, "--json").stdout)["findings"]}
    data = json.loads(out.read_text(encoding="utf-8"))
    data["ko"]["body"][1]["text"] = data["ko"]["body"][1]["text"].replace("다.", "다고 덧붙였다.", 1)
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    after = json.loads(run("check", out, "--json").stdout)["findings"]
    new = [f for f in after if f["fingerprint"] not in before]
    assert [(f["rule"], f["field"], f["ko"]["paragraph"], f["en"]["paragraph"]) for f in new] == [
        ("stale-translation", "body", 1, 1)
    ]
    assert "덧붙였다" in new[0]["message"]["en"]


def test_accepted_findings_are_left_out_of_the_count_and_listed_apart(tmp_path: Path):
    from dataclasses import replace

    from drafter.parity import check
    from drafter.parity.review import accept

    release = read_text_file(SAMPLE).release
    release.en.body[0].text = release.en.body[0].text.replace("35", "53", 1)
    errors = [f for f in check(release) if f.severity.value == "error"]
    assert errors
    path = tmp_path / "r.release.json"
    review = release.review
    for f in errors:
        review = accept(review, f, "Checked with the department.")
    storage.save(replace(release, review=review), path)
    result = run("check", path, "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["summary"]["error"] == 0
    assert [a["fingerprint"] for a in data["accepted"]] == [f.fingerprint for f in errors]
    assert {a["reason"] for a in data["accepted"]} == {"Checked with the department."}
    assert f"Accepted findings not shown: {len(errors)}" in run("check", path).stdout


def test_check_uses_a_glossary_given_on_the_command_line(tmp_path: Path):
    ko, en, glossary = tmp_path / "ko.txt", tmp_path / "en.txt", tmp_path / "mine.csv"
    ko.write_text("제목\n\n혁신장터에서 구매할 수 있다.\n", encoding="utf-8")
    en.write_text("Title\n\nIt can be bought on the innovation market.\n", encoding="utf-8")
    assert json.loads(run("check", "--ko", ko, "--en", en, "--json").stdout)["findings"] == []
    glossary.write_text("ko,en,acronym,note\n혁신장터,Innovation Marketplace,,\n", encoding="utf-8")
    found = json.loads(run("check", "--ko", ko, "--en", en, "--glossary", glossary, "--json").stdout)["findings"]
    assert [(f["rule"], f["ko"]["excerpt"]) for f in found] == [("glossary", "혁신장터")]
    broken = tmp_path / "broken.tsv"
    broken.write_bytes(b"\x00\x01\x02binary")
    result = run("check", "--ko", ko, "--en", en, "--glossary", broken)
    assert result.returncode == 2 and "broken.tsv" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_review_export_checks_with_the_glossary_given(tmp_path: Path):
    import zipfile

    ko, en, glossary, out = tmp_path / "ko.txt", tmp_path / "en.txt", tmp_path / "mine.tsv", tmp_path / "r.docx"
    ko.write_text("제목\n\n혁신장터에서 구매할 수 있다.\n", encoding="utf-8")
    en.write_text("Title\n\nIt can be bought on the innovation market.\n", encoding="utf-8")
    glossary.write_text("ko\ten\tacronym\tnote\n혁신장터\tInnovation Marketplace\t\t\n", encoding="utf-8")
    assert run("convert", "--ko", ko, "--en", en, "-o", tmp_path / "r.release.json").returncode == 0
    for extra, expected in (((), False), (("--glossary", glossary), True)):
        args = ("export", tmp_path / "r.release.json", "--layout", "review", "-o", out, *extra)
        assert run(*args).returncode == 0
        document = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
        assert ("Innovation Marketplace" in document) == expected


def test_korean_details_only_give_an_english_export_without_hangul_and_findings(tmp_path: Path):
    import re

    from drafter.model import Details

    path = tmp_path / "r.release.json"
    assert run("convert", SAMPLE, "-o", path).returncode == 0
    release = storage.load(path)
    release.ko.details = Details("조달청", "2026. 11. 24.(화) 조간", "", ["성과 현황 1부."])
    release.ko.contact = "* 문의: 혁신조달기획과 박서연 사무관(042-724-7311)"
    storage.save(release, path)
    out = tmp_path / "en.txt"
    assert run("export", path, "-o", out, "--layout", "en").returncode == 0
    assert not re.search("[가-힣]", out.read_text(encoding="utf-8"))
    result = run("check", path, "--json")
    rules = [(f["rule"], f["field"]) for f in json.loads(result.stdout)["findings"]]
    assert rules.count(("detail-missing", "details")) == 3 and result.returncode == 1
    lines = [line for line in run("check", path).stdout.splitlines() if "  [" in line]
    places = [line.split("  [")[0].split(None, 1)[1] for line in lines]  # "ERROR    details: embargo  [rule] …"
    assert {"details: organisation", "details: embargo", "details: attachment 1"} <= set(places)
    ko = tmp_path / "ko.txt"
    assert run("export", path, "-o", ko, "--layout", "ko").returncode == 0
    assert ko.read_text(encoding="utf-8").count("문의") == 1  # the typed "* 문의:" is printed once


def test_an_unknown_house_style_is_named_before_anything_is_written(tmp_path: Path):
    result = run("export", SAMPLE, "-o", tmp_path / "x.docx", "--style", "nope")
    assert result.returncode == 2 and "nope" in result.stderr and "generic, mofa, pps" in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_a_one_paragraph_release_in_two_files_with_their_heads(tmp_path: Path):
    ko, en = tmp_path / "ko.txt", tmp_path / "en.txt"
    ko.write_text(
        "조달청 보도자료\n혁신제품 구매 1조원 돌파\n\n조달청은 혁신제품 구매액이 1조 2천억원을 넘었다고 밝혔다.\n",
        "utf-8",
    )
    en.write_text(
        "PPS Press Release\nInnovative Products Top KRW 1 Trillion\n\nThe Public Procurement Service (PPS) said"
        " its purchases of innovative products passed KRW 1.2 trillion.\n",
        "utf-8",
    )
    result = run("check", "--ko", ko, "--en", en, "--json")
    assert json.loads(result.stdout)["findings"] == [] and result.returncode == 0
