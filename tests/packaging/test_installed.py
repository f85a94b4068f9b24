"""The packaged program (packaging/build.py) as a user gets it: the .deb unpacked (dpkg -x) under a folder
whose path has Korean and spaces, run from there. It must behave like the source program: the same
findings, the documents, one-line errors, the window with a file, the shipped dictionaries and fonts, and
no network connection.

Uses the build in dist/ when it was made from the current source; otherwise builds one when
DRAFTER_BUILD_PACKAGE=1 or in CI (CI=true, which CI sets), and is skipped, saying why, when not."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import drafter
from tests.conftest import ROOT, SAMPLES

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is built and tested on Linux"),
]
SAMPLE = SAMPLES / "pps-innovation-2026-11-24.txt"
TIMEOUT = 180


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("drafter_build", ROOT / "packaging" / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _current_deb(build: ModuleType) -> Path | None:
    """The .deb in dist/, if it was built from the source as it is now."""
    info = build.FOLDER / "_internal" / "resources" / "build.json"
    debs = sorted(build.DIST.glob(f"release-drafter_{drafter.__version__}_*.deb"))
    if not info.is_file() or not debs or json.loads(info.read_text())["source"] != build.source_digest():
        return None
    return debs[-1] if debs[-1].stat().st_mtime >= info.stat().st_mtime else None


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb's files under `…/홍길동 문서/설치 위치/`; the program is opt/release-drafter/release-drafter."""
    for tool in ("dpkg-deb", "dpkg"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    build = _build_script()
    deb = _current_deb(build)
    if deb is None:
        if not (os.environ.get("DRAFTER_BUILD_PACKAGE") or os.environ.get("CI") == "true"):
            pytest.skip(
                "no build of the current source in dist/: run `python packaging/build.py` "
                "(or set DRAFTER_BUILD_PACKAGE=1 to have this test build it, as CI=true does)"
            )
        subprocess.run(["nice", sys.executable, str(ROOT / "packaging" / "build.py")], check=True, timeout=3600)
        deb = _current_deb(build)
        assert deb is not None, "packaging/build.py made no .deb"
    root = tmp_path_factory.mktemp("user") / "홍길동 문서" / "설치 위치"
    root.mkdir(parents=True)
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=TIMEOUT)
    return root


@pytest.fixture
def program(installed: Path) -> Path:
    return installed / "opt" / "release-drafter" / "release-drafter"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A work folder whose path has Korean and spaces, with the sample in it."""
    place = tmp_path / "홍길동 문서" / "보도 자료"
    place.mkdir(parents=True)
    shutil.copy(SAMPLE, place / "혁신 제품.txt")
    return place


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=TIMEOUT, env={**os.environ, **(env or {})}
    )


def test_the_deb_installs_the_command_the_menu_entry_the_icon_and_the_file_type(installed: Path):
    link = installed / "usr" / "bin" / "release-drafter"
    assert link.is_symlink() and os.readlink(link) == "/opt/release-drafter/release-drafter"
    share = installed / "usr" / "share"
    entry = (share / "applications" / "release-drafter.desktop").read_text(encoding="utf-8")
    assert "Exec=release-drafter %f" in entry and "Name[ko]=" in entry
    assert "MimeType=application/x-release-drafter;" in entry
    assert 'glob pattern="*.release.json"' in (share / "mime" / "packages" / "release-drafter.xml").read_text()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "release-drafter.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "release-drafter.svg").is_file()
    if shutil.which("desktop-file-validate"):
        assert run("desktop-file-validate", share / "applications" / "release-drafter.desktop").stdout == ""


def test_version_names_the_build(program: Path):
    done = run(program, "--version")
    info = json.loads((program.parent / "_internal" / "resources" / "build.json").read_text())
    assert done.returncode == 0
    assert done.stdout.strip() == f"Release Drafter {drafter.__version__} (build {info['commit']}, {info['date']})"


def test_check_finds_what_the_source_program_finds(program: Path, folder: Path):
    for sample in sorted(SAMPLES.glob("*.txt")):
        copy = folder / f"{sample.stem} 사본.txt"
        shutil.copy(sample, copy)
        frozen = run(program, "check", copy, "--json")
        source = run(sys.executable, "-m", "drafter", "check", copy, "--json", env={"PYTHONPATH": str(ROOT)})
        assert frozen.returncode == source.returncode and frozen.returncode in (0, 1), frozen.stderr
        assert json.loads(frozen.stdout) == json.loads(source.stdout)


def test_errors_are_one_line_naming_the_command(program: Path, folder: Path):
    unknown = run(program, "frobnicate")
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert unknown.stderr.count("\n") == 1 and '"release-drafter --help"' in unknown.stderr
    missing = run(program, "check", folder / "없는 파일.txt")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "없는 파일.txt" in missing.stderr


def test_exports_docx_hwpx_and_pdf_with_the_shipped_fonts(program: Path, folder: Path, tmp_path: Path):
    """The same documents as the source program's; the PDF drawn with the build's own Nanum faces, as
    fontconfig is given no font of the system."""
    from drafter.formats import read_release

    no_fonts = tmp_path / "fonts.conf"
    no_fonts.write_text("<?xml version='1.0'?><fontconfig></fontconfig>\n", encoding="utf-8")
    source = folder / "혁신 제품.txt"
    for suffix in ("docx", "hwpx", "pdf"):
        out = folder / f"보도 자료.{suffix}"
        done = run(program, "export", source, "-o", out, env={"FONTCONFIG_FILE": str(no_fonts)})
        assert done.returncode == 0 and done.stderr == "", done.stderr
        if suffix != "pdf":
            theirs = tmp_path / f"source.{suffix}"
            run(sys.executable, "-m", "drafter", "export", source, "-o", theirs, env={"PYTHONPATH": str(ROOT)})
            assert read_release(out).release == read_release(theirs).release
            assert _document_text(out) == _document_text(theirs)
    title = read_release(source).release.ko.title
    if shutil.which("pdftotext") and shutil.which("pdffonts"):
        text = run("pdftotext", folder / "보도 자료.pdf", "-").stdout.replace("\u2060", "")
        assert " ".join(title.split()) in " ".join(text.split())
        fonts = run("pdffonts", folder / "보도 자료.pdf").stdout.splitlines()[2:]
        assert any(line.startswith("Nanum") for line in fonts)
        assert all(line.split()[-5] == "yes" for line in fonts)  # every face embedded


def _document_text(path: Path) -> str:
    """The text of a DOCX or HWPX package's XML parts (read with the standard library), tags left out."""
    import zipfile

    with zipfile.ZipFile(path) as package:
        parts = sorted(n for n in package.namelist() if n.endswith(".xml") and ("word/" in n or "Contents/" in n))
        return "\n".join(re.sub(r"<[^>]+>", " ", package.read(n).decode("utf-8")) for n in parts)


def test_the_window_opens_a_file_with_the_shipped_dictionaries_and_no_network(program: Path, folder: Path):
    """Offscreen, with a release in the Korean-named folder; DRAFTER_CLOSE_AFTER_START closes the window once
    the file is open, as a user would. strace shows what it opened and that it connected to no network."""
    release = folder / "보도 자료.release.json"
    assert run(program, "convert", folder / "혁신 제품.txt", "-o", release).returncode == 0
    window = [program, release]
    trace = folder.parent / "strace.txt"
    if shutil.which("strace"):
        window = ["strace", "-f", "-qq", "-e", "trace=connect,openat", "-o", trace, *window]
    done = run(*window, env={"DRAFTER_CLOSE_AFTER_START": "1", "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert not (folder / ".~lock.보도 자료.release.json#").exists()  # closed normally: its lock is gone
    data = Path(os.environ["XDG_DATA_HOME"]) / "Release Drafter"
    assert (data / "crash.log").exists() and not any((data / "recovery").glob("*"))
    if not trace.exists():
        pytest.skip("strace is not installed: what the window opened and connected to is not checked")
    # strace writes the bytes of paths outside ASCII as octal escapes (\355\231\215 for 홍)
    calls = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m[1], 8)]), trace.read_bytes()).decode("utf-8", "replace")
    assert str(release) in calls
    shipped = program.parent / "_internal" / "share" / "hunspell"
    for dictionary in ("ko_KR.aff", "ko_KR.dic", "en_US.aff", "en_US.dic"):
        assert f'"{shipped / dictionary}"' in calls, f"the shipped {dictionary} was not opened"
    assert not re.search(r"connect\(\d+, \{sa_family=AF_INET6?", calls), "a network connection was made"
