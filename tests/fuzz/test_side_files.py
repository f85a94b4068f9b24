"""Lock files, recovery copies and output paths of any content or kind: a typed answer, never a crash."""

from __future__ import annotations

import json
import os
import socket
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter import cli, safety, storage, styles
from drafter.errors import InputError
from drafter.formats.plaintext import read_text_file
from drafter.model import Paragraph, Release, Version
from tests.conftest import SAMPLES

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SAMPLE = SAMPLES / "pps-innovation-2026-11-24.txt"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
lock_like = st.fixed_dictionaries(
    {},
    optional={
        "pid": st.integers(-5, 2**31) | st.text(max_size=5) | st.none(),
        "started": st.text(max_size=20) | st.integers() | st.none(),
        "host": st.sampled_from([socket.gethostname(), "other-pc", ""]) | st.integers(),
        "user": st.text(max_size=10) | st.integers(),
        "since": st.text(max_size=30) | st.integers() | st.none(),
    },
)


@FUZZ
@given(
    content=st.binary(max_size=300)
    | lock_like.map(lambda d: json.dumps(d).encode())
    | json_values.map(lambda v: json.dumps(v).encode())
)
def test_any_lock_file_gives_a_lock_or_a_locked_error(tmp_path_factory: pytest.TempPathFactory, content: bytes):
    folder = tmp_path_factory.mktemp("lock")
    path = folder / "a.release.json"
    safety.lock_path(path).write_bytes(content)
    try:
        lock = safety.acquire(path)
    except safety.LockedError as error:
        assert "\n" not in error.line("en") and error.message.ko
        lock = safety.acquire(path, force=True)
    assert lock.file == safety.lock_path(path)
    assert json.loads(safety.lock_path(path).read_text(encoding="utf-8"))["pid"] == os.getpid()
    lock.release()
    assert not safety.lock_path(path).exists()


recovery_like = st.fixed_dictionaries(
    {"format": st.sampled_from(["drafter-recovery", "other"])},
    optional={
        "pid": st.integers(-5, 2**31) | st.text(max_size=5),
        "started": st.text(max_size=10) | st.none(),
        "original": st.text(max_size=30) | st.none() | st.integers(),
        "on_disk": st.text(max_size=10) | st.none() | st.integers(),
        "written": st.sampled_from(["2026-12-03T10:00:00+09:00", "yesterday", ""]) | st.integers(),
        "release": json_values | st.just(storage.to_dict(Release(ko=Version(title="제목", body=[Paragraph("글")])))),
    },
)


@FUZZ
@given(copies=st.lists(st.binary(max_size=200) | recovery_like.map(lambda d: json.dumps(d).encode()), max_size=4))
def test_any_recovery_folder_gives_a_list_of_copies(tmp_path_factory: pytest.TempPathFactory, copies: list[bytes]):
    folder = tmp_path_factory.mktemp("recovery")
    for i, content in enumerate(copies):
        (folder / f"s{i}{safety.RECOVERY_SUFFIX}").write_bytes(content)
    for copy in safety.find_recovery(folder):
        assert copy.release.ko is not None and copy.file.parent == folder


# --- the command line's output paths --------------------------------------------------------------------

kinds = st.sampled_from(["new", "file", "input", "link-to-input", "link-to-file", "dangling-link", "folder", "pipe"])
names = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\0"), min_size=1, max_size=12
).filter(lambda n: n not in (".", ".."))


@FUZZ
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and pipes")
@given(kind=kinds, name=names, suffix=st.sampled_from([".txt", ".docx", ".release.json", ""]))
def test_any_output_path_is_written_or_refused_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str], kind: str, name: str, suffix: str
):
    folder = tmp_path_factory.mktemp("out")
    source = folder / "input.txt"
    source.write_bytes(SAMPLE.read_bytes())
    other = folder / "other.txt"
    other.write_text("다른 파일", encoding="utf-8")
    out = folder / f"{name}{suffix}"
    if out.name in (source.name, other.name):
        return
    {
        "new": lambda: None,
        "file": lambda: out.write_text("이전 내용", encoding="utf-8"),
        "input": lambda: out.hardlink_to(source),
        "link-to-input": lambda: out.symlink_to(source),
        "link-to-file": lambda: out.symlink_to(other),
        "dangling-link": lambda: out.symlink_to(folder / "nowhere.txt"),
        "folder": lambda: out.mkdir(),
        "pipe": lambda: os.mkfifo(out),
    }[kind]()
    capsys.readouterr()
    status = cli.main(["export", str(source), "-o", str(out)])
    err = capsys.readouterr().err
    assert source.read_bytes() == SAMPLE.read_bytes()  # the input is never touched
    if status == 0:
        assert kind in ("new", "file", "link-to-file", "dangling-link")
        assert out.resolve().stat().st_size > 0 and out.is_symlink() == ("link" in kind)
    else:
        assert status == 2 and len(err.strip().splitlines()) == 1 and "Internal error" not in err
        assert kind in ("input", "link-to-input", "folder", "pipe") or suffix not in (".txt", ".docx", ".release.json")


# --- house style files ----------------------------------------------------------------------------------------

PPS_STYLE = json.loads((styles.BUILT_IN / "pps.json").read_text(encoding="utf-8"))
style_values = (
    json_values
    | st.floats()  # NaN and the infinities too
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
)


def _replace_at(data: object, path: list[int], value: object) -> object:
    if not path or not isinstance(data, dict | list) or not data:
        return value
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[path[0] % len(keys)]
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[key] = _replace_at(data[key], path[1:], value)  # type: ignore[index]
    return copy


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.lists(st.integers(0, 40), min_size=1, max_size=4), value=style_values)
def test_any_house_style_file_gives_a_style_that_exports_or_one_line(
    tmp_path_factory: pytest.TempPathFactory, where: list[int], value: object
):
    folder = tmp_path_factory.mktemp("style")
    (folder / "logos").mkdir()
    (folder / "logos" / "pps.png").write_bytes((styles.BUILT_IN / "logos" / "pps.png").read_bytes())
    path = folder / "pps.json"
    path.write_text(json.dumps(_replace_at(PPS_STYLE, where, value), ensure_ascii=False), encoding="utf-8")
    try:
        style = styles.load_file(path, folder)
    except InputError as error:
        assert "\n" not in error.line("en") and "pps.json" in error.line("en") and error.message.ko
        return
    from drafter.formats.docx_writer import build_docx
    from drafter.formats.hwpx_writer import build_hwpx

    release = read_text_file(SAMPLE).release
    assert build_docx(release, "bilingual", style) and build_hwpx(release, "bilingual", style)
