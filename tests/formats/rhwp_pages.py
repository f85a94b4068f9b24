"""Run as a script: every page of the HWPX files named on the command line drawn by rhwp, as JSON.

For each file, a list of pages; each page a list of the table cells rhwp drew (its clip rectangle, in
SVG pixels at 96 to the inch) with the characters drawn in it (text, baseline, font size), and the
characters drawn outside any cell. The tests run this in a process of its own, with the system's
FreeType preloaded: rhwp-python's wheel carries a FreeType older than the fontconfig it loads.
"""

from __future__ import annotations

import json
import re
import sys

import rhwp

_CLIP = re.compile(r'<clipPath id="(cell-clip-\d+)"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"')
_GROUP = re.compile(r'<g clip-path="url\(#(cell-clip-\d+)\)">(.*?)</g>', re.S)
_TEXT = re.compile(r'<text x="([\d.]+)" y="([\d.]+)"[^>]*?font-size="([\d.]+)"[^>]*>([^<]*)</text>')


def page(svg: str) -> dict[str, object]:
    rects = {m[1]: [float(m[i]) for i in range(2, 6)] for m in _CLIP.finditer(svg)}
    cells = []
    for m in _GROUP.finditer(svg):
        chars = [(t[4], float(t[2]), float(t[3])) for t in _TEXT.finditer(m[2])]
        cells.append({"rect": rects.get(m[1]), "chars": chars})
    outside = _GROUP.sub("", svg)
    return {"cells": cells, "chars": [(t[4], float(t[2]), float(t[3])) for t in _TEXT.finditer(outside)]}


def main(paths: list[str]) -> None:
    out = {}
    for path in paths:
        document = rhwp.parse(path)
        out[path] = [page(document.render_svg(n)) for n in range(document.page_count)]
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
