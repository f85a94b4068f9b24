"""Put the first page of the sample's HWPX as rhwp draws it beside the program's own PDF of the same release:
docs/hwpx-ko.png and docs/hwpx-en.png (left rhwp, right the PDF), the release docs/pdf_pages.py shows, in the
조달청 style. Needs the readers extra (rhwp-python), the system's FreeType, pdftoppm and ImageMagick.

.venv/bin/python docs/hwpx_pages.py [--dpi 60]
"""

from __future__ import annotations

import argparse
import ctypes.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# rhwp-python's wheel carries a FreeType older than the fontconfig it loads: the system's goes first.
_DRAW = "import rhwp, sys; open(sys.argv[2], 'wb').write(rhwp.parse(sys.argv[1]).render_png(0, dpi=float(sys.argv[3])))"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()

    from drafter.formats import ExportOptions, write_export
    from tests.gui.test_pdf import full_release

    env = {**os.environ, "LD_PRELOAD": ctypes.util.find_library("freetype") or ""}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for lang in ("ko", "en"):
            for suffix in ("hwpx", "pdf"):
                write_export(full_release(), folder / f"{lang}.{suffix}", lang, ExportOptions())
            drawn, printed = folder / f"{lang}-rhwp.png", folder / f"{lang}-pdf"
            subprocess.run(
                [sys.executable, "-c", _DRAW, folder / f"{lang}.hwpx", drawn, str(args.dpi)], env=env, check=True
            )
            command = [
                "pdftoppm",
                "-r",
                str(args.dpi),
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                folder / f"{lang}.pdf",
            ]
            subprocess.run(list(map(str, [*command, printed])), check=True)
            out = ROOT / "docs" / f"hwpx-{lang}.png"
            pair = [drawn, f"{printed}.png"]
            subprocess.run(
                list(
                    map(
                        str,
                        [
                            "convert",
                            *pair,
                            "-resize",
                            f"x{round(297 / 25.4 * args.dpi)}",
                            "+repage",
                            "-background",
                            "#888888",
                            "-splice",
                            "6x0",
                            "+append",
                            out,
                        ],
                    )
                ),
                check=True,
            )
            print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
