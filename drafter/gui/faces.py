"""The faces a house style names, as Qt finds them on this machine: the style's family first, then the
same kind of face under its other names and the free faces that stand in for it.

Styles name the faces of Korean releases (함초롬바탕, 함초롬돋움, 휴먼명조, 돋움체, 맑은 고딕) and of
English ones (Times New Roman, Arial). Windows and 한글 have them; Linux mostly has Nanum or Noto CJK
(and Liberation for the Latin ones). A QFont with a list of families takes, glyph by glyph, the first
that has it: a Korean face that is missing becomes NanumMyeongjo or NanumGothic, as LibreOffice
substitutes them, and Hangul in an English face comes from a Korean face of the same kind.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from drafter import RESOURCES
from drafter.hangul import HANGUL

# Other names of the same face (Windows installs them under their English names).
_ALIASES = {
    "함초롬바탕": ("HCR Batang",),
    "함초롬돋움": ("HCR Dotum",),
    "맑은 고딕": ("Malgun Gothic",),
    "바탕": ("Batang",),
    "바탕체": ("BatangChe",),
    "돋움": ("Dotum",),
    "돋움체": ("DotumChe",),
    "굴림": ("Gulim",),
    "굴림체": ("GulimChe",),
    "궁서": ("Gungsuh",),
    "휴먼명조": ("HYMyeongJo", "Hancom Hoonminjeongeum"),
}
KOREAN_SERIF = ("NanumMyeongjo", "Noto Serif CJK KR", "Noto Serif KR", "UnBatang", "Baekmuk Batang", "AppleMyungjo")
KOREAN_SANS = (
    "NanumGothic",
    "NanumBarunGothic",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "UnDotum",
    "Baekmuk Gulim",
    "Apple SD Gothic Neo",
)
LATIN_SERIF = ("Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif")
LATIN_SANS = ("Arial", "Liberation Sans", "Arimo", "Helvetica", "DejaVu Sans")
_SERIF = re.compile(r"바탕|명조|궁서|batang|myeongjo|myungjo|gungsuh|serif|times|georgia|garamond|cambria", re.I)


def is_serif(family: str) -> bool:
    """Whether a face is of the serif kind (바탕/명조, Times) rather than the sans (돋움/고딕, Arial)."""
    return bool(_SERIF.search(family)) and "sans" not in family.lower()


def families(family: str, korean: bool) -> list[str]:
    """The families to try for a style's `family`, in order; `korean`: the text is mostly Korean, so a
    Korean face stands in before a Latin one."""
    serif = is_serif(family)
    korean_faces = KOREAN_SERIF if serif else KOREAN_SANS
    latin_faces = LATIN_SERIF if serif else LATIN_SANS
    named = [family, *_ALIASES.get(family, ())]
    stand_ins = [*korean_faces, *latin_faces] if korean or HANGUL.search(family) else [*latin_faces, *korean_faces]
    return list(dict.fromkeys([*named, *stand_ins]))


def font(family: str, points: float, korean: bool, bold: bool = False) -> QFont:
    """A QFont for a style's face at `points`, with its stand-ins."""
    f = QFont()
    f.setFamilies(families(family, korean))
    f.setPointSizeF(points)
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # print metrics, not the screen's
    f.setKerning(True)
    return f


@cache
def korean_installed() -> bool:
    """Whether any face here can write Korean (fonts-nanum or fonts-noto-cjk on Debian, or those a packaged
    build ships). Asked before pages are drawn, so that is when the shipped faces are added."""
    _add_shipped_faces()
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))


def _add_shipped_faces() -> None:
    """The Nanum faces a packaged build carries (resources/fonts, SIL OFL 1.1; packaging/build.py), for this
    program only: the documents' Korean stand-ins where the system lacks them (Windows has no Nanum). Not
    at start-up, where adding them costs some 20 ms and the window needs only the system's faces."""
    folder = RESOURCES / "fonts"
    for path in sorted(folder.glob("*.ttf")) if folder.is_dir() else ():
        QFontDatabase.addApplicationFont(str(path))
