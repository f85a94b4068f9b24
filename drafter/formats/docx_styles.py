"""The styles of an exported release: defined once here, built into the template, dressed at export.

The template builder (resources/docx/build_template.py) writes these definitions into
template.docx; at export the writer dresses every style of the document (fonts in all four slots,
language, line breaking) for the configured faces and drops the styles of a language the layout
does not use. Sizes are in half-points, spacing in twentieths of a point.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from drafter.formats.docx_ooxml import NSMAP, DocxFonts, line_spacing, put, qn, set_fonts, set_line_breaking

# --- styles ---------------------------------------------------------------------------------------

Props = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


def props(**elements: dict[str, str] | None) -> Props:
    """Property elements as data: `props(jc={"val": "center"}, b=None)`."""
    return tuple((name, tuple((attrs or {}).items())) for name, attrs in elements.items())


@dataclass(frozen=True)
class StyleSpec:
    style_id: str
    name: str
    lang: str  # "ko", "en", or "" for the document's main language
    role: str  # "heading" or "body": which face of DocxFonts
    kind: str = "paragraph"
    based_on: str | None = "Normal"
    ppr: Props = ()
    rpr: Props = ()
    extra: dict[str, str] = field(default_factory=dict)  # other CT_Style children with a w:val

    @property
    def language_specific(self) -> bool:
        return bool(self.lang)


def _sp(before: int = 0, after: int = 0, percent: int = 160) -> dict[str, str]:
    return {"before": str(before), "after": str(after), **line_spacing(percent)}


_CENTER = {"val": "center"}
_BOTH = {"val": "both"}


def _pair(lang: str) -> list[StyleSpec]:
    """The styles of one language's part of a release."""
    p = lang.capitalize()
    ko = lang == "ko"
    n = lang.upper()
    size = {  # half-points
        "banner": "44" if ko else "40",
        "title": "40" if ko else "36",
        "subtitle": "26" if ko else "24",
        "body": "26" if ko else "24",
        "note": "22" if ko else "20",
        "table": "21" if ko else "20",
        "finding": "17" if ko else "16",
    }
    banner_spacing = {"val": "200" if ko else "60"}  # letter-spacing in twentieths of a point
    return [
        StyleSpec(
            f"{p}Banner",
            f"{n} Banner",
            lang,
            "heading",
            ppr=props(keepNext=None, spacing=_sp(0, 120, 100), jc=_CENTER),
            rpr=props(
                b=None, bCs=None, spacing=banner_spacing, sz={"val": size["banner"]}, szCs={"val": size["banner"]}
            ),
        ),
        StyleSpec(
            f"{p}Title",
            f"{n} Title",
            lang,
            "heading",
            ppr=props(keepNext=None, keepLines=None, spacing=_sp(360, 120, 130), jc=_CENTER, outlineLvl={"val": "0"}),
            rpr=props(b=None, bCs=None, sz={"val": size["title"]}, szCs={"val": size["title"]}),
        ),
        StyleSpec(
            f"{p}Subtitle",
            f"{n} Subtitle",
            lang,
            "heading",
            ppr=props(keepNext=None, keepLines=None, spacing=_sp(60, 0, 130), jc=_CENTER),
            rpr=props(**({} if ko else {"i": None}), sz={"val": size["subtitle"]}, szCs={"val": size["subtitle"]}),
        ),
        StyleSpec(
            f"{p}Body",
            f"{n} Body",
            lang,
            "body",
            ppr=props(spacing=_sp(240, 0, 160), jc=_BOTH if ko else {"val": "left"}),
            rpr=props(sz={"val": size["body"]}, szCs={"val": size["body"]}),
        ),
        StyleSpec(
            f"{p}Note",
            f"{n} Note",
            lang,
            "heading",
            ppr=props(
                keepLines=None,
                spacing=_sp(40, 0, 130),
                ind={"left": "567", "hanging": "284"},
                jc={"val": "left"},
            ),
            rpr=props(sz={"val": size["note"]}, szCs={"val": size["note"]}),
        ),
        StyleSpec(
            f"{p}Footnote",
            f"{n} Footnote",
            lang,
            "heading",
            based_on=f"{p}Note",
            ppr=props(spacing=_sp(360, 0, 130), ind={"left": "284", "hanging": "284"}, contextualSpacing=None),
        ),
        StyleSpec(
            f"{p}Contact",
            f"{n} Contact",
            lang,
            "heading",
            ppr=props(keepNext=None, spacing=_sp(480, 120, 130), jc={"val": "left"}),
            rpr=props(b=None, bCs=None, sz={"val": size["note"]}, szCs={"val": size["note"]}),
        ),
        StyleSpec(
            f"{p}Table",
            f"{n} Table Text",
            lang,
            "heading",
            ppr=props(spacing=_sp(0, 0, 115), jc={"val": "left"}),
            rpr=props(sz={"val": size["table"]}, szCs={"val": size["table"]}),
        ),
        StyleSpec(
            f"{p}TableLabel",
            f"{n} Table Label",
            lang,
            "heading",
            based_on=f"{p}Table",
            ppr=props(jc=_CENTER),
            rpr=props(b=None, bCs=None),
        ),
        StyleSpec(
            f"{p}CellNote",
            f"{n} Table Note",
            lang,
            "heading",
            based_on=f"{p}Table",
            ppr=props(spacing=_sp(20, 0, 115), ind={"left": "284", "hanging": "284"}),
            rpr=props(sz={"val": size["finding"]}, szCs={"val": size["finding"]}),
        ),
        StyleSpec(
            f"{p}Finding",
            f"{n} Finding",
            lang,
            "heading",
            based_on=f"{p}Table",
            ppr=props(spacing=_sp(0, 40, 110)),
            rpr=props(sz={"val": size["finding"]}, szCs={"val": size["finding"]}),
        ),
    ]


STYLES: tuple[StyleSpec, ...] = (
    StyleSpec(
        "Normal",
        "Normal",
        "",
        "body",
        based_on=None,
        ppr=props(spacing=_sp(0, 0, 160), jc=_BOTH),
        extra={"uiPriority": "0"},
    ),
    StyleSpec(
        "Header",
        "header",
        "",
        "heading",
        ppr=props(spacing=_sp(0, 0, 100), jc={"val": "right"}),
        rpr=props(sz={"val": "16"}, szCs={"val": "16"}),
    ),
    StyleSpec(
        "Footer",
        "footer",
        "",
        "heading",
        ppr=props(spacing=_sp(0, 0, 100), jc=_CENTER),
        rpr=props(sz={"val": "18"}, szCs={"val": "18"}),
    ),
    StyleSpec(
        "TableGrid",
        "Table Grid",
        "",
        "heading",
        kind="table",
        based_on="TableNormal",
        extra={"uiPriority": "59"},
    ),
    *_pair("ko"),
    *_pair("en"),
)


def style_spec(style_id: str) -> StyleSpec | None:
    return next((s for s in STYLES if s.style_id == style_id), None)


def _apply_props(parent: etree._Element, items: Props) -> None:
    for name, attrs in items:
        put(parent, name, dict(attrs))


def make_style(spec: StyleSpec) -> etree._Element:
    """A `w:style` element for `spec`, its children in schema order (fonts are set by `dress_style`)."""
    style = etree.Element(qn("style"), nsmap=NSMAP)
    style.set(qn("type"), spec.kind)
    style.set(qn("styleId"), spec.style_id)
    if spec.style_id == "Normal":
        style.set(qn("default"), "1")
    put(style, "name", {"val": spec.name})
    if spec.based_on:
        put(style, "basedOn", {"val": spec.based_on})
    for name, value in spec.extra.items():
        put(style, name, {"val": value})
    if spec.lang or spec.style_id == "Normal":
        put(style, "qFormat")
    if spec.kind == "paragraph":
        _apply_props(put(style, "pPr"), spec.ppr)
    _apply_props(put(style, "rPr"), spec.rpr)
    return style


def dress_style(style: etree._Element, fonts: DocxFonts, main_lang: str) -> None:
    """Fonts in all four slots, language and line breaking on one paragraph or table style.

    Styles this program does not define (Word's built-in defaults, a user's own) take the main
    language's body face. The default character style and numbering styles stay empty: Word
    expects them so.
    """
    kind = style.get(qn("type"))
    if kind not in ("paragraph", "table"):
        return
    spec = style_spec(style.get(qn("styleId"), ""))
    lang = (spec.lang if spec else "") or main_lang
    role = spec.role if spec else "body"
    if kind == "paragraph":
        set_line_breaking(put(style, "pPr"))
    set_fonts(put(style, "rPr"), fonts, lang, role)


def dress_defaults(styles_root: etree._Element, fonts: DocxFonts, main_lang: str) -> None:
    """The document defaults (`w:docDefaults`): the main language's body face, language, line breaking."""
    defaults = styles_root.find(qn("docDefaults"))
    if defaults is None:
        defaults = etree.Element(qn("docDefaults"))
        styles_root.insert(0, defaults)
    rpr_default = defaults.find(qn("rPrDefault"))
    if rpr_default is None:
        rpr_default = etree.SubElement(defaults, qn("rPrDefault"))
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("rPr"))
    if rpr is None:
        rpr = etree.SubElement(rpr_default, qn("rPr"))
    set_fonts(rpr, fonts, main_lang, "body")
    put(rpr, "sz", {"val": "22"})
    put(rpr, "szCs", {"val": "22"})
    ppr_default = defaults.find(qn("pPrDefault"))
    if ppr_default is None:
        ppr_default = etree.SubElement(defaults, qn("pPrDefault"))
    ppr = ppr_default.find(qn("pPr"))
    if ppr is None:
        ppr = etree.SubElement(ppr_default, qn("pPr"))
    set_line_breaking(ppr)
    put(ppr, "spacing", {"after": "0", **line_spacing(160)})


def dress_styles(styles_root: etree._Element, fonts: DocxFonts, main_lang: str, langs: tuple[str, ...]) -> None:
    """Every style of the part dressed for the document; the styles of a language it lacks removed."""
    dress_defaults(styles_root, fonts, main_lang)
    for style in styles_root.findall(qn("style")):
        spec = style_spec(style.get(qn("styleId"), ""))
        if spec and spec.lang and spec.lang not in langs:
            styles_root.remove(style)
        else:
            dress_style(style, fonts, main_lang)
