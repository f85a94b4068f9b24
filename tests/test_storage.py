from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from drafter import storage
from drafter.errors import FutureVersionError, InputError, SaveError
from drafter.model import Accepted, Details, Meta, Note, Paragraph, Release, Review, Source, Term, Version


def sample() -> Release:
    return Release(
        meta=Meta(release_date=date(2026, 11, 24), style="pps"),
        ko=Version(
            title="제목",
            subtitle=["부제"],
            body=[Paragraph("본문*", [Note("주석")], "□"), Paragraph("하위 항목", bullet="ㅇ"), Paragraph("문단")],
            footnotes=[Note("각주", "※")],
            contact="혁신조달기획과 박서연 사무관(042-724-7311)",
            details=Details("조달청", "2026. 11. 24.(화) 조간", "", ["사진 1부"]),
        ),
        en=Version(
            title="Title",
            body=[Paragraph("Body")],
            details=Details("Public Procurement Service", "", "DAEJEON, Nov. 24 (PPS) –", ["Photo"]),
        ),
    )


def test_save_and_load_give_the_same_release(tmp_path: Path):
    path = tmp_path / "a.release.json"
    storage.save(sample(), path)
    assert storage.load(path) == sample()


def test_file_is_versioned_readable_json_in_a_fixed_key_order(tmp_path: Path):
    path = tmp_path / "a.release.json"
    storage.save(sample(), path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert list(data) == ["format", "version", "meta", "ko", "en", "review"]
    assert data["format"] == "drafter-release" and data["version"] == storage.VERSION
    assert "조달청" in text  # not \uXXXX escapes: the file diffs and reads as text
    storage.save(sample(), path)
    assert path.read_text(encoding="utf-8") == text


def test_saving_again_keeps_the_previous_file_as_backup(tmp_path: Path):
    path = tmp_path / "a.release.json"
    first = sample()
    storage.save(first, path)
    second = sample()
    second.ko.title = "바뀐 제목"
    storage.save(second, path)
    assert storage.load(path).ko.title == "바뀐 제목"
    assert storage.load(tmp_path / "a.release.json.bak").ko.title == "제목"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.release.json", "a.release.json.bak"]


@pytest.mark.parametrize("failing", ["os.replace", "os.fsync"])
def test_a_failed_save_leaves_the_old_file_intact_and_no_debris(tmp_path: Path, monkeypatch, failing: str):
    path = tmp_path / "a.release.json"
    storage.save(sample(), path)
    before = path.read_bytes()
    changed = sample()
    changed.ko.title = "저장되면 안 됨"

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(failing, boom)
    with pytest.raises(SaveError) as info:
        storage.save(changed, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert "No space left on device" in info.value.line("en")
    assert str(path) in info.value.line("en")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_write_failure_while_writing_content(tmp_path: Path):
    path = tmp_path / "a.release.json"
    storage.save(sample(), path)
    before = path.read_bytes()
    with pytest.raises(SaveError), storage.atomic_write(path) as fh:
        fh.write(b"half")
        raise OSError(5, "Input/output error")
    assert path.read_bytes() == before
    assert len(list(tmp_path.iterdir())) == 1


def test_saving_into_a_missing_folder_is_a_clear_error(tmp_path: Path):
    with pytest.raises(SaveError) as info:
        storage.save(sample(), tmp_path / "nowhere" / "a.release.json")
    assert "nowhere" in info.value.line("en")


def test_permissions_of_the_existing_file_are_kept(tmp_path: Path):
    path = tmp_path / "a.release.json"
    storage.save(sample(), path)
    os.chmod(path, 0o640)
    storage.save(sample(), path)
    assert path.stat().st_mode & 0o777 == 0o640


BROKEN = {
    "truncated": lambda text: text[: len(text) // 2],
    "not-json": lambda text: "hello",
    "foreign-json": lambda text: '{"name": "x"}',
    "array": lambda text: "[1, 2]",
    "wrong-type": lambda text: text.replace('"title": "제목"', '"title": 5'),
    "wrong-body": lambda text: text.replace('"body": [', '"body": [7, '),
    "bad-date": lambda text: text.replace("2026-11-24", "2026-13-45"),
    "bool-version": lambda text: text.replace(f'"version": {storage.VERSION}', '"version": true'),
    "deep": lambda text: "[" * 100000,
    "review-not-object": lambda text: text.replace('"review": {', '"review": [{').replace("\n  }\n}", "\n  }]\n}"),
    "review-source-without-en": lambda text: text.replace('"sources": []', '"sources": [{"field": "body", "ko": "x"}]'),
    "review-approved-numbers": lambda text: text.replace('"approved": []', '"approved": [1, 2]'),
    "review-glossary-en-text": lambda text: text.replace(
        '"glossary": []', '"glossary": [{"ko": "조달청", "en": "PPS"}]'
    ),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_broken_files_raise_a_typed_error_in_both_languages(tmp_path: Path, kind: str):
    path = tmp_path / "a.release.json"
    path.write_text(BROKEN[kind](storage.dumps(sample())), encoding="utf-8")
    with pytest.raises(InputError) as info:
        storage.load(path)
    error = info.value
    assert error.path == str(path)
    assert error.message.ko != error.message.en
    assert any("\uac00" <= ch <= "\ud7a3" for ch in error.message.ko)


def test_a_newer_format_version_is_refused_with_its_own_error(tmp_path: Path):
    path = tmp_path / "a.release.json"
    data = storage.to_dict(sample())
    data["version"] = storage.VERSION + 1
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FutureVersionError) as info:
        storage.load(path)
    assert "newer" in info.value.line("en")


@pytest.mark.parametrize("content", [b"", b"   \n", os.urandom(512), b"\xff\xfe\x00garbage"])
def test_empty_or_binary_files_are_refused(tmp_path: Path, content: bytes):
    path = tmp_path / "a.release.json"
    path.write_bytes(content)
    with pytest.raises(InputError):
        storage.load(path)


def test_missing_file_and_folder(tmp_path: Path):
    with pytest.raises(InputError, match="does not exist"):
        storage.load(tmp_path / "none.release.json")
    with pytest.raises(InputError, match="folder"):
        storage.load(tmp_path)


def test_oversized_file_is_refused_before_reading_it_whole(tmp_path: Path):
    path = tmp_path / "big.release.json"
    path.write_bytes(b" " * 2048)
    with pytest.raises(InputError, match="too large"):
        storage.read_bytes(path, limit=1024)


def version_2(release: Release, **meta: str) -> dict:
    """`release` as version 2 wrote it: one set of details in "meta", no levels."""
    data = storage.to_dict(release)
    data["version"] = 2
    data["meta"] = {"release_date": data["meta"]["release_date"], "attachments": [], **meta}
    for lang in ("ko", "en"):
        del data[lang]["details"]
        for paragraph in data[lang]["body"]:
            del paragraph["level"]
    return data


def test_a_version_1_file_opens_with_an_empty_review_and_is_saved_as_the_current_version(tmp_path: Path):
    path = tmp_path / "old.release.json"
    expected = replace(sample(), ko=replace(sample().ko, details=Details()), en=replace(sample().en, details=Details()))
    expected.meta.style = ""
    data = version_2(expected)
    del data["review"]
    data["version"] = 1
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    release = storage.load(path)
    assert release == expected and release.review == Review()
    assert [p.level for p in release.ko.body] == [1, 2, 0]  # levels from the symbols
    storage.save(release, path)
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == storage.VERSION


def test_the_details_of_a_version_2_file_become_the_korean_versions(tmp_path: Path):
    path = tmp_path / "old.release.json"
    bare = replace(
        sample(), ko=replace(sample().ko, details=Details(), contact=""), en=replace(sample().en, details=Details())
    )
    data = version_2(
        bare,
        embargo="2026. 11. 24.(화) 조간",
        organisation="조달청",
        department="혁신조달기획과",
        contact_person="박서연 사무관",
        phone="042-724-7311",
        email="press@pps.go.kr",
    )
    data["meta"]["attachments"] = ["사진 1부", "붙임 2. 세부 계획"]  # a label typed is not printed twice
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    release = storage.load(path)
    assert release.ko.details == Details("조달청", "2026. 11. 24.(화) 조간", "", ["사진 1부", "세부 계획"])
    assert release.en.details == Details()
    assert release.ko.contact == "혁신조달기획과 박서연 사무관(042-724-7311, press@pps.go.kr)"
    # A contact that says the phone already is not given it twice.
    data["ko"]["contact"] = "혁신조달기획과(042-724-7311)"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert storage.load(path).ko.contact == "혁신조달기획과(042-724-7311)"


def test_the_review_is_kept_in_the_file(tmp_path: Path):
    review = Review(
        glossary=[Term("혁신장터", ("Innovation Marketplace", "i-Market"), "", "name")],
        sources=[Source("body", "0123456789abcdef", "본문*")],
        approved=["fedcba9876543210"],
        accepted=[Accepted("00112233aabbccdd", "부처 확인 완료", "fact-differs", "2026-11-30")],
        plain_korean=False,
    )
    path = tmp_path / "a.release.json"
    storage.save(replace(sample(), review=review), path)
    assert storage.load(path).review == review
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["review"]["plain_korean"] is False
    del data["review"]["plain_korean"]  # a file from before the plain-Korean check: checked
    path.write_text(json.dumps(data), encoding="utf-8")
    assert storage.load(path).review.plain_korean is True
    data["review"]["accepted"][0]["reason"] = 5
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as info:
        storage.load(path)
    assert "review.accepted[0].reason" in info.value.line("en")


def test_the_suggested_file_name_comes_from_the_file_the_title_or_the_date():
    from drafter.storage import file_stem

    release = Release(meta=Meta(release_date=date(2026, 11, 24)))
    assert file_stem(release) == "2026-11-24"
    release.ko.title = "조달청, 혁신제품 구매 확대"
    assert file_stem(release) == "조달청-혁신제품-구매-확대"
    release.en.title = "PPS expands purchases of innovative products: 1.2 trillion won"
    assert file_stem(release) == "pps-expands-purchases-of-innovative-products"
    assert file_stem(release, "pps-innovation.txt") == "pps-innovation"
    assert file_stem(release, "v1.2.release.json") == "v1.2"
    assert file_stem(Release()) == ""
