"""Distinct text for the benchmarks: the checker remembers each paragraph, so a repeated one costs nothing.

- `ntrex(n)`: n Korean/English paragraph pairs of real news (NTREX), three consecutive sentences each;
  beyond the 665 such paragraphs the sentences are grouped again from another offset and in twos, so
  every paragraph text differs from every other.
- `generated(n)`: n paragraph pairs of our own release sentences (the memory benchmark's frames) with
  fresh amounts, counts, percentages, dates, organisations, and Latin-script project names and codes.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

from benchmarks.align_eval import DATA

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "pps-innovation-2026-11-24.txt"
REFERENCE = ROOT.parent / "shared" / "reference" / "pps-2023-11-01-release.txt"

# (sentences per paragraph, first sentence): each round groups the whole corpus once more
_ROUNDS = ((3, 0), (3, 1), (3, 2), (2, 0), (2, 1), (4, 0), (4, 2))


@cache
def _sentences() -> tuple[tuple[str, ...], tuple[str, ...]]:
    ko = (DATA / "newstest2019-ref.kor.txt").read_text(encoding="utf-8").splitlines()
    en = (DATA / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    return tuple(ko), tuple(en)


def ntrex(n: int) -> tuple[list[str], list[str]]:
    """n distinct paragraph pairs of NTREX news, in corpus order."""
    ko, en = _sentences()
    seen: set[str] = set()
    out_ko: list[str] = []
    out_en: list[str] = []
    for size, first in _ROUNDS:
        for i in range(first, len(ko) - size + 1, size):
            k, e = " ".join(ko[i : i + size]), " ".join(en[i : i + size])
            if k in seen or e in seen:
                continue
            seen.update((k, e))
            out_ko.append(k)
            out_en.append(e)
            if len(out_ko) == n:
                return out_ko, out_en
    raise ValueError(f"NTREX gives {len(out_ko)} distinct paragraphs, not {n}")


def _code(rng: random.Random) -> tuple[str, str]:
    """A made-up project name or product code, written the same on both sides: K-ABX 3, SmartGrid-217."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(2, 4)))
    kind = rng.randrange(3)
    if kind == 0:
        code = f"K-{letters}"
    elif kind == 1:
        code = f"{letters}-{rng.randint(10, 999)}"
    else:
        code = f"{rng.choice(('Smart', 'Green', 'Open', 'Bio', 'Data'))}{letters.title()}"
    return code, code


def generated(n: int, seed: int = 11) -> tuple[list[str], list[str]]:
    """n distinct generated paragraph pairs of two or three sentences, one in two naming a project."""
    from benchmarks.tm_scale import _names, pair

    rng, names = random.Random(seed), _names()
    out_ko: list[str] = []
    out_en: list[str] = []
    while len(out_ko) < n:
        sentences = [pair(rng, names) for _ in range(rng.randint(2, 3))]
        ko, en = [s.ko for s in sentences], [s.en for s in sentences]
        if rng.random() < 0.5:
            code_ko, code_en = _code(rng)
            ko.append(f"이 사업은 {code_ko} 과제로 추진된다.")
            en.append(f"The work is carried out as the {code_en} project.")
        out_ko.append(" ".join(ko))
        out_en.append(" ".join(en))
    return out_ko, out_en


def release(kind: str, n: int):  # type: ignore[no-untyped-def]
    """A release whose body is `n` distinct paragraph pairs of `kind` ("ntrex" or "generated")."""
    from datetime import date

    from drafter.model import Meta, Paragraph, Release, Version

    ko, en = ntrex(n) if kind == "ntrex" else generated(n)
    return Release(
        meta=Meta(release_date=date(2026, 11, 24)),
        ko=Version(title="보도자료", body=[Paragraph(t) for t in ko], contact="문의: 혁신조달기획과(042-724-7311)"),
        en=Version(title="Press release", body=[Paragraph(t) for t in en], contact="Contact: (+82-42-724-7311)"),
    )


def reference_release():  # type: ignore[no-untyped-def]
    """The real release design.md describes (its size is a typical release's), or our sample without it."""
    from drafter.formats.plaintext import read_text_file

    return read_text_file(REFERENCE if REFERENCE.exists() else SAMPLE).release


def po_file(ko: list[str], en: list[str], path: Path) -> None:
    """The pairs as a gettext PO file (msgid the Korean source, msgstr the English), for pofilter."""

    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    entries = ['msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n']
    entries += [
        f"#: body:{i + 1}\nmsgid {quoted(k)}\nmsgstr {quoted(e)}\n" for i, (k, e) in enumerate(zip(ko, en, strict=True))
    ]
    path.write_text("\n".join(entries), encoding="utf-8")
