"""Our HWPX files read by engines we did not write (the `readers` extra of pyproject.toml).

rhwp (rhwp-python: a Rust HWP/HWPX parser and renderer) draws every page to SVG: no table cell is lower
than a line of its text, and the title stands below the 보도시점 row. hwp-hwpx-parser and openhanji (text
extractors of the kind search indexers and government converters use) give back every title, subtitle,
paragraph, note and contact cell, whitespace aside. Every layout in every house style, for the reference
release and our samples. 한글 itself is not among them: README says what that leaves unchecked.
"""

from __future__ import annotations

import ctypes.util
import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from drafter import styles
from drafter.formats import layout as model
from drafter.formats.hwpx_writer import build_hwpx
from drafter.formats.plaintext import read_text_file
from drafter.model import Paragraph, Release, Version
from tests.conftest import REFERENCE, ROOT, SAMPLES
from tests.formats.hwpx_helpers import sample_release

hwp_hwpx_parser = pytest.importorskip("hwp_hwpx_parser", reason="the readers extra is not installed")
openhanji = pytest.importorskip("openhanji", reason="the readers extra is not installed")

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
LAYOUTS = ("ko", "en", "bilingual")
STYLES = ("generic", "pps", "mofa")
PX_PER_PT = 96 / 72


def releases() -> dict[str, Release]:
    found = {p.stem: read_text_file(p).release for p in sorted(SAMPLES.glob("*.txt"))}
    found["full"] = sample_release()
    if REFERENCE.exists():
        found["reference"] = read_text_file(REFERENCE).release
    return found


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], Path]:
    folder = tmp_path_factory.mktemp("readers")
    made = {}
    for name, release in releases().items():
        for style in STYLES:
            for layout in LAYOUTS:
                path = folder / f"{name}-{style}-{layout}.hwpx"
                path.write_bytes(build_hwpx(release, layout, styles.load(style), NOW))
                made[(name, style, layout)] = path
    return made


def draw(paths: list[Path]) -> dict[str, list[dict]]:
    """rhwp's pages of `paths`, drawn in a process that has the system's FreeType preloaded."""
    probe = subprocess.run(
        [sys.executable, "-c", "import importlib.util as u; print(bool(u.find_spec('rhwp')))"],
        capture_output=True,
        text=True,
        check=True,
    )
    if probe.stdout.strip() != "True":
        pytest.skip("rhwp-python (the readers extra) is not installed")
    freetype = ctypes.util.find_library("freetype")
    if freetype is None:
        pytest.skip("rhwp needs the system's FreeType (Debian: libfreetype6)")
    env = {"LD_PRELOAD": freetype, "PATH": "/usr/bin:/bin", "HOME": str(paths[0].parent)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "formats" / "rhwp_pages.py"), *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def drawn(files: dict[tuple[str, str, str], Path]) -> dict[str, list[dict]]:
    return draw(list(files.values()))


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", model.plain(text))


def printed_texts(release: Release, layout: str, style: str) -> list[str]:
    """Every title, subtitle, paragraph, note and contact cell (and head) the layout prints."""
    texts = []
    for section in model.sections(release, layout, styles.load(style)):
        for block in section.blocks:
            if isinstance(block, model.Para):
                texts.append(block.text)
            else:
                texts += [
                    line for row in block.rows for cell in row if not cell.image for line in (cell.text, *cell.lines)
                ]
    return [t for t in texts if t.strip()]


CASES = [(name, style, layout) for name in releases() for style in STYLES for layout in LAYOUTS]


@pytest.mark.parametrize("case", CASES, ids="-".join)
def test_text_extractors_give_back_every_printed_text(
    files: dict[tuple[str, str, str], Path], case: tuple[str, str, str]
):
    name, style, layout = case
    path = files[case]
    with hwp_hwpx_parser.Reader(str(path)) as reader:
        extracted = {"hwp-hwpx-parser": _compact(reader.text)}
    extracted["openhanji"] = _compact(openhanji.open(path).to_text())
    for text in printed_texts(releases()[name], layout, style):
        for reader_name, got in extracted.items():
            assert _compact(text) in got, (reader_name, text)


@pytest.mark.parametrize("case", CASES, ids="-".join)
def test_rhwp_draws_every_cell_as_high_as_its_text_and_the_title_below_the_release_row(
    drawn: dict[str, list[dict]], files: dict[tuple[str, str, str], Path], case: tuple[str, str, str]
):
    name, _style, layout = case
    pages = drawn[str(files[case])]
    assert pages
    for number, page in enumerate(pages):
        for cell in page["cells"]:
            if not cell["chars"] or cell["rect"] is None:
                continue
            height = cell["rect"][3]
            tallest = max(size for _text, _y, size in cell["chars"])
            assert height >= tallest, (number, "".join(t for t, _y, _s in cell["chars"]), height, tallest)
    release = releases()[name]
    if layout == "en" or not release.ko.title:
        return
    first = pages[0]["cells"]
    label = next(c for c in first if "".join(t for t, _y, _s in c["chars"]) == "보도시점")
    row_bottom = label["rect"][1] + label["rect"][3]
    title_start = _compact(release.ko.title)[:4]
    title = next(c for c in first if "".join(t for t, _y, _s in c["chars"]).startswith(title_start))
    assert min(y - size for _t, y, size in title["chars"]) >= row_bottom


def test_rhwp_numbers_each_language_from_one(drawn: dict[str, list[dict]], files: dict[tuple[str, str, str], Path]):
    case = ("reference", "pps", "bilingual") if REFERENCE.exists() else ("full", "pps", "bilingual")
    footers = ["".join(t for t, y, _s in page["chars"] if y > 1000) for page in drawn[str(files[case])]]
    numbers = [re.sub(r"\D", "", f) for f in footers]
    assert all(f.startswith("-") and f.endswith("-") for f in footers), footers
    english = numbers.index("1", 1)  # the English part's first page
    assert numbers == [str(n) for n in range(1, english + 1)] + [str(n) for n in range(1, len(numbers) - english + 1)]


def test_rhwp_never_ends_a_line_inside_words_held_by_a_no_break_space(tmp_path: Path):
    """U+00A0, as we write a no-break space, holds "KRW 3.2 Trillion" and "November 24, 2026" together
    wherever the line ends fall (a plain space there lets rhwp break them: measured)."""
    words = "The agency said exports reached".split()
    body = [
        Paragraph(" ".join((words * 12)[: 8 + k]) + " KRW 3.2 Trillion in total on November 24, 2026, it said.")
        for k in range(30)
    ]
    path = tmp_path / "held.hwpx"
    path.write_bytes(build_hwpx(Release(en=Version("Held", body=body)), "en", styles.load("generic"), NOW))
    ends = []
    for page in draw([path])[str(path)]:
        lines: dict[float, str] = {}
        for text, y, _size in page["chars"]:
            lines[round(y, 1)] = lines.get(round(y, 1), "") + text
        ends += [line for line in lines.values() if line.endswith(("KRW", "3.2", "November", "24,"))]
    assert len(lines) > 5 and ends == []
