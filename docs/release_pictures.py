"""Render the DOCX of a release page by page to PNG through LibreOffice and poppler, to look at the layout.

.venv/bin/python docs/release_pictures.py [RELEASE] [--style pps] [--layout bilingual] [--out FOLDER] [--dpi 80]

Without RELEASE: the sample with levels (resources/samples/pps-green-purchases-2026-12-04.txt) in the 조달청
style, written to docs/release-ko.png and docs/release-en.png (its first Korean and first English page).
With RELEASE: every page as FOLDER/<name>-<page>.png. Needs soffice (LibreOffice) and pdftoppm (poppler-utils).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "resources" / "samples" / "pps-green-purchases-2026-12-04.txt"


def pages(release_path: Path, style: str, layout: str, folder: Path, dpi: int) -> list[Path]:
    """The PNG pages of `release_path` exported as DOCX in `style` and `layout`, in `folder`."""
    from drafter.formats import ExportOptions, read_release, write_export

    release = read_release(release_path).release
    docx = folder / f"{release_path.name.split('.')[0]}-{layout}.docx"
    write_export(release, docx, layout, ExportOptions(style=style))
    profile = folder / "lo-profile"
    convert = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf"]
    subprocess.run(
        [*convert, "--outdir", str(folder), str(docx)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    stem = folder / docx.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(stem.with_suffix(".pdf")), str(stem)], check=True)
    return sorted(folder.glob(f"{docx.stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("release", nargs="?", type=Path)
    parser.add_argument("--style", default="pps")
    parser.add_argument("--layout", default="bilingual", choices=("ko", "en", "bilingual"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        found = pages(args.release or SAMPLE, args.style, args.layout, Path(tmp), args.dpi)
        if args.release is None:
            shutil.copy(found[0], args.out / "release-ko.png")
            shutil.copy(found[_first_english_page(Path(tmp))], args.out / "release-en.png")
            print(args.out / "release-ko.png", args.out / "release-en.png")
            return 0
        args.out.mkdir(parents=True, exist_ok=True)
        for page in found:
            shutil.copy(page, args.out / page.name)
            print(args.out / page.name)
    return 0


def _first_english_page(folder: Path) -> int:
    """The index of the page "PRESS RELEASE" stands on: the English starts on a page of its own."""
    text = subprocess.run(
        ["pdftotext", str(next(folder.glob("*-bilingual.pdf"))), "-"], capture_output=True, text=True, check=True
    ).stdout
    return next(i for i, page in enumerate(text.split("\f")) if "PRESS RELEASE" in page)


if __name__ == "__main__":
    sys.exit(main())
