"""A wheel (a non-editable install) carries what the program reads at run time."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT

NEEDED = [
    "drafter/resources/glossary/default.tsv",
    "drafter/resources/plain_korean/words.tsv",
    "drafter/resources/plain_korean/abbreviations.tsv",
    "drafter/resources/plain_korean/expressions.tsv",
    "drafter/resources/plain_korean/README.md",
    "drafter/resources/docx/template.docx",
    "drafter/resources/locale/ko/LC_MESSAGES/drafter.mo",
    "drafter/resources/samples/pps-innovation-2026-11-24.txt",
    "drafter/resources/styles/generic.json",
    "drafter/resources/styles/pps.json",
    "drafter/resources/styles/logos/pps.png",
    "drafter/resources/icons/release-drafter-256.png",
    "drafter/gui/pdf.py",
    "drafter/gui/main_window.py",
    "drafter/parity/review.py",
    "drafter/formats/docx_reader.py",
]


def test_the_wheel_carries_the_resources(tmp_path: Path):
    source = tmp_path / "source"  # a copy, so that no build/ folder is left (or reused) in the checkout
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source)
    for name in ("drafter", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(tmp_path), str(source)]
    subprocess.run(build, check=True, capture_output=True, timeout=300, cwd=tmp_path)
    [wheel] = tmp_path.glob("release_drafter-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert [n for n in NEEDED if n not in names] == []
    # What only development needs stays out: the catalog sources and the template's build script.
    assert not any(n.endswith((".po", ".pot", "build_template.py", "make_logos.py", "make_icons.py")) for n in names)
