"""Render the first Korean and the first English page of the sample release's PDF to docs/pdf-ko.png and
docs/pdf-en.png: the sample with its details filled in, item levels and a two-person contact (the
release tests/gui/test_pdf.py checks), in the 조달청 style. Needs pdftoppm (poppler-utils).

.venv/bin/python docs/pdf_pages.py [--dpi 60]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()

    from drafter.formats import ExportOptions, write_export
    from tests.gui.test_pdf import full_release

    with tempfile.TemporaryDirectory() as folder:
        for lang in ("ko", "en"):
            pdf = Path(folder) / f"{lang}.pdf"
            write_export(full_release(), pdf, lang, ExportOptions())
            out = ROOT / "docs" / f"pdf-{lang}"
            command = ["pdftoppm", "-r", str(args.dpi), "-png", "-f", "1", "-l", "1", "-singlefile", pdf, out]
            subprocess.run(list(map(str, command)), check=True)
            print(f"{out}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
