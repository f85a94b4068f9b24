"""What a paragraph or table of a DOCX is in a release: its role (title, level 2, note, contact …) and language.

Our exports name each role in a style ("KO Subtitle"); LibreOffice saves them again as "KOSubtitle",
a user may rename or copy one ("My subtitle" based on it), and a draft written in Word uses Word's
own names ("Title", "Subtitle", in a Korean Word "제목", "부제") or no style at all, only direct
formatting: a large bold centred line first is a title, centred lines under it its subtitles, a
bordered one-cell table after the head the title box. This module says which; the reader
(docx_reader) turns what it finds into the lines of the plain-text layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from drafter.formats.docx_ooxml import qn
from drafter.formats.docx_styles import ROLES

_ROLE_OF_NAME = {re.sub(r"\s", "", name).lower(): role for role, (_id, name, _f, _s) in ROLES.items()}
_ROLE_OF_NAME["banner"] = "head"  # "KO Banner" of the exports before the layout: "조달청 보도자료"
# Word's own names, in English and as a Korean Word or LibreOffice shows them.
_WORD_NAMES = {"title": "title", "제목": "title", "표제": "title", "subtitle": "subtitle", "부제": "subtitle"}
_WORD_NAMES["부제목"] = "subtitle"
for _kind in ("listbullet", "listnumber", "글머리기호", "번호매기기"):  # Word's lists: List Bullet 2 is level 2
    _WORD_NAMES.update({_kind: "level1", f"{_kind}2": "level2", f"{_kind}3": "level3"})
TITLE_MIN_HALF_POINTS = 32  # 16 pt: a line this large, bold and centred is a title


@dataclass(frozen=True)
class Role:
    role: str  # a key of docx_styles.ROLES, or "title"/"subtitle" from Word's names
    lang: str | None  # "ko", "en", or None when the style does not say


def _name_role(name: str) -> Role | None:
    key = re.sub(r"[\s_-]", "", name).lower()
    if key in _WORD_NAMES:
        return Role(_WORD_NAMES[key], None)
    if key[:2] in ("ko", "en") and key[2:] in _ROLE_OF_NAME:
        return Role(_ROLE_OF_NAME[key[2:]], key[:2])
    return None


class StyleRoles:
    """The role of each paragraph style of a document, by its name or the style it is based on."""

    def __init__(self, styles_root: etree._Element | None) -> None:
        self.names: dict[str, str] = {}
        self.parents: dict[str, str] = {}
        self.bold: set[str] = set()
        for style in styles_root.findall(qn("style")) if styles_root is not None else ():
            sid = style.get(qn("styleId"), "")
            name, parent = style.find(qn("name")), style.find(qn("basedOn"))
            self.names[sid] = name.get(qn("val"), "") if name is not None else sid
            if parent is not None:
                self.parents[sid] = parent.get(qn("val"), "")
            if _on(style.find(f"{qn('rPr')}/{qn('b')}")):
                self.bold.add(sid)
        self._cache: dict[str, Role | None] = {}

    def of(self, style_id: str) -> Role | None:
        if style_id not in self._cache:
            found, seen, sid = None, set(), style_id
            while sid and sid not in seen and found is None:  # a user's style based on ours says the same
                seen.add(sid)
                found = _name_role(self.names.get(sid, sid)) or _name_role(sid)
                sid = self.parents.get(sid, "")
            self._cache[style_id] = found
        return self._cache[style_id]

    def is_bold(self, style_id: str) -> bool:
        seen = set()
        while style_id and style_id not in seen:
            if style_id in self.bold:
                return True
            seen.add(style_id)
            style_id = self.parents.get(style_id, "")
        return False


def _on(element: etree._Element | None) -> bool:
    return element is not None and element.get(qn("val"), "1") not in ("0", "false", "off")


def style_of(p: etree._Element) -> str:
    style = p.find(f"{qn('pPr')}/{qn('pStyle')}")
    return style.get(qn("val"), "") if style is not None else ""


def looks_like_title(p: etree._Element, roles: StyleRoles) -> bool:
    """A paragraph set large, bold and centred by hand: what a title looks like without its style."""
    jc = p.find(f"{qn('pPr')}/{qn('jc')}")
    if jc is None or jc.get(qn("val")) != "center":
        return False
    runs = [r for r in p.iter(qn("r")) if "".join(t.text or "" for t in r.iter(qn("t"))).strip()]
    if not runs:
        return False
    style_bold = roles.is_bold(style_of(p))
    sizes = []
    for r in runs:
        rpr = r.find(qn("rPr"))
        bold = rpr.find(qn("b")) if rpr is not None else None
        if not (_on(bold) or (bold is None and style_bold)):
            return False
        size = rpr.find(qn("sz")) if rpr is not None else None
        sizes.append(int(size.get(qn("val"), "0")) if size is not None and size.get(qn("val"), "").isdigit() else 0)
    return min(sizes) >= TITLE_MIN_HALF_POINTS


def is_centred(p: etree._Element) -> bool:
    jc = p.find(f"{qn('pPr')}/{qn('jc')}")
    return jc is not None and jc.get(qn("val")) == "center"


def has_borders(tbl: etree._Element) -> bool:
    """Whether a table draws a frame: borders of its own, of its cells, or of a grid style."""
    for borders in (*tbl.iter(qn("tblBorders")), *tbl.iter(qn("tcBorders"))):
        if any(side.get(qn("val"), "nil") not in ("nil", "none") for side in borders):
            return True
    style = tbl.find(f"{qn('tblPr')}/{qn('tblStyle')}")
    return style is not None and "grid" in style.get(qn("val"), "").lower()
