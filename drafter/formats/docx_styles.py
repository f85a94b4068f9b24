"""The styles of an exported release, made from its house style: one paragraph style per role and language.

Each part of the layout (drafter.formats.layout) has its style, "KO Title", "KO Level 2", "EN Head" …,
with the house style's face in all four font slots, its size and line spacing; what varies from one
paragraph to the next (the gap above it, a note's indent under its paragraph) is written on the
paragraph. The names say the role, so a reader finds it again after LibreOffice or Word saved the
file (drafter.formats.docx_roles). Sizes are in half-points, spacing in twentieths of a point.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from drafter.formats.docx_ooxml import NSMAP, line_spacing, put, qn, set_fonts, set_line_breaking
from drafter.styles import HouseStyle

Props = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


def props(**elements: dict[str, str] | None) -> Props:
    """Property elements as data: `props(jc={"val": "center"}, b=None)`."""
    return tuple((name, tuple((attrs or {}).items())) for name, attrs in elements.items())


@dataclass(frozen=True)
class StyleSpec:
    style_id: str
    name: str
    lang: str  # "ko", "en", or "" for the document's main language
    font: str  # the house style's font role: title, subtitle, body, note, head, label, table
    size: float = 0.0  # points; 0: no size of its own
    kind: str = "paragraph"
    based_on: str | None = "Normal"
    ppr: Props = ()
    rpr: Props = ()
    extra: dict[str, str] = field(default_factory=dict)  # other CT_Style children with a w:val

    def jc(self) -> str:
        return next((dict(attrs)["val"] for name, attrs in self.ppr if name == "jc"), "")


# Each role's style: (id suffix, name suffix, font role, size role). The id is the language's prefix and
# the suffix (KoTitle); the name its upper-case code and the name suffix (KO Title).
ROLES: dict[str, tuple[str, str, str, str]] = {
    "title": ("Title", "Title", "title", "title"),
    "subtitle": ("Subtitle", "Subtitle", "subtitle", "subtitle"),
    "body": ("Body", "Body", "body", "body"),
    "level1": ("Level1", "Level 1", "body", "body"),
    "level2": ("Level2", "Level 2", "body", "body"),
    "level3": ("Level3", "Level 3", "body", "body"),
    "note": ("Note", "Note", "note", "note"),
    "footnote": ("Footnote", "Footnote", "note", "note"),
    "attachment": ("Attachment", "Attachment", "body", "body"),
    "contact": ("Contact", "Contact", "body", "body"),
    "head": ("Head", "Head", "head", "head"),
    "headlabel": ("HeadLabel", "Head Label", "head", "head"),
    "label": ("Label", "Label", "label", "label"),
    "logo": ("Logo", "Logo", "head", "head"),  # the organisation's name where the style has no logo
    "table": ("Table", "Table Text", "table", "table"),
    "tablelabel": ("TableLabel", "Table Label", "table", "table"),
    "end": ("End", "End", "body", "body"),
    "footer": ("Footer", "Footer", "body", "page_number"),
    "cellnote": ("CellNote", "Table Note", "table", "table"),  # the review layout's
    "finding": ("Finding", "Finding", "table", "table"),
}
_CENTER = {"val": "center"}
_BOTH = {"val": "both"}
_LEFT = {"val": "left"}


def style_id(lang: str, role: str) -> str:
    return lang.capitalize() + ROLES[role][0]


def _sp(before: float = 0, after: float = 0, percent: int = 100) -> dict[str, str]:
    return {"before": str(round(before * 20)), "after": str(round(after * 20)), **line_spacing(percent)}


def language_styles(house: HouseStyle, lang: str) -> list[StyleSpec]:
    """The styles of one language's pages in `house`."""
    text = house.lang(lang)
    ko = lang == "ko"
    spacing = text.line_spacing
    paragraph = {
        "title": props(keepNext=None, keepLines=None, spacing=_sp(0, 0, 120), jc=_CENTER, outlineLvl={"val": "0"}),
        "subtitle": props(keepNext=None, keepLines=None, spacing=_sp(3, 0, 130), jc=_CENTER),
        "body": props(spacing=_sp(0, 0, spacing), jc=_BOTH),
        "note": props(keepLines=None, spacing=_sp(0, 0, min(spacing, 130)), jc=_LEFT),
        "attachment": props(keepNext=None, spacing=_sp(0, 0, spacing), jc=_LEFT),
        "contact": props(keepNext=None, spacing=_sp(0, 0, 115), jc=_LEFT),
        "head": props(spacing=_sp(0, 0, 100), jc=_CENTER if ko else _LEFT),
        "headlabel": props(jc=_CENTER),
        "label": props(spacing=_sp(0, 0, 100), jc=_CENTER),
        "logo": props(spacing=_sp(0, 0, 100), jc=_LEFT),
        "table": props(spacing=_sp(0, 0, 130), jc=_LEFT),
        "tablelabel": props(jc=_CENTER),
        "end": props(spacing=_sp(0, 0, spacing), jc=_CENTER),
        "footer": props(jc=_CENTER),
        "cellnote": props(spacing=_sp(1, 0, 115), ind={"left": "284", "hanging": "284"}, jc=_LEFT),
        "finding": props(spacing=_sp(0, 2, 110), jc=_LEFT),
    }
    bold = props(b=None, bCs=None)
    run = {"title": bold, "headlabel": bold, "tablelabel": bold, "logo": bold}  # 보도자료 (label) regular
    based = {"footnote": "note", "headlabel": "head", "tablelabel": "table", "cellnote": "table", "finding": "table"}
    smaller = {"cellnote": 2.0, "finding": 2.5}  # the review sheet's notes and findings, below the table text
    code = lang.upper()
    specs = []
    for role, (suffix, name, font, size_role) in ROLES.items():
        if role in based:
            size = text.sizes[size_role] - smaller[role] if role in smaller else 0.0
            parent = style_id(lang, based[role])
        else:
            size, parent = text.sizes[size_role], "Footer" if role == "footer" else "Normal"
        own = paragraph.get(role, paragraph["body"] if role.startswith("level") else ())
        specs.append(
            StyleSpec(
                lang.capitalize() + suffix,
                f"{code} {name}",
                lang,
                font,
                size,
                based_on=parent,
                ppr=own,
                rpr=run.get(role, ()),
            )
        )
    return specs


BASE: tuple[StyleSpec, ...] = (
    StyleSpec("Normal", "Normal", "", "body", based_on=None, ppr=props(spacing=_sp(0, 0, 160), jc=_BOTH)),
    StyleSpec("Header", "header", "", "head", 8, ppr=props(spacing=_sp(0, 0, 100), jc={"val": "right"})),
    StyleSpec("Footer", "footer", "", "body", 9, ppr=props(spacing=_sp(0, 0, 100), jc=_CENTER)),
    StyleSpec("TableGrid", "Table Grid", "", "table", kind="table", based_on="TableNormal"),
)
_BASE_EXTRA = {"Normal": {"uiPriority": "0"}, "TableGrid": {"uiPriority": "59"}}


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
    for name, value in {**_BASE_EXTRA.get(spec.style_id, {}), **spec.extra}.items():
        put(style, name, {"val": value})
    if spec.lang or spec.style_id == "Normal":
        put(style, "qFormat")
    if spec.kind == "paragraph":
        _apply_props(put(style, "pPr"), spec.ppr)
    rpr = put(style, "rPr")
    _apply_props(rpr, spec.rpr)
    if spec.size:
        half_points = str(round(spec.size * 2))
        put(rpr, "sz", {"val": half_points})
        put(rpr, "szCs", {"val": half_points})
    return style


def dress_style(style: etree._Element, house: HouseStyle, spec: StyleSpec | None, main_lang: str) -> None:
    """Fonts in all four slots, language and line breaking on one paragraph or table style.

    Styles this program does not define (Word's built-in ones, a user's own) take the main language's
    body face. The default character style and numbering styles stay empty: Word expects them so.
    """
    kind = style.get(qn("type"))
    if kind not in ("paragraph", "table"):
        return
    lang = (spec.lang if spec else "") or main_lang
    role = spec.font if spec else "body"
    if kind == "paragraph":
        set_line_breaking(put(style, "pPr"))
    set_fonts(put(style, "rPr"), house.lang(lang).fonts[role], house.ko.fonts[role], lang == "ko")


def dress_defaults(styles_root: etree._Element, house: HouseStyle, main_lang: str) -> None:
    """The document defaults (`w:docDefaults`): the main language's body face, size, language, line breaking."""
    defaults = styles_root.find(qn("docDefaults"))
    if defaults is None:
        defaults = etree.Element(qn("docDefaults"))
        styles_root.insert(0, defaults)
    rpr_default = defaults.find(qn("rPrDefault"))
    if rpr_default is None:
        rpr_default = etree.Element(qn("rPrDefault"))
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("rPr"))
    if rpr is None:
        rpr = etree.SubElement(rpr_default, qn("rPr"))
    text = house.lang(main_lang)
    set_fonts(rpr, text.fonts["body"], house.ko.fonts["body"], main_lang == "ko")
    half_points = str(round(text.sizes["body"] * 2))
    put(rpr, "sz", {"val": half_points})
    put(rpr, "szCs", {"val": half_points})
    ppr_default = defaults.find(qn("pPrDefault"))
    if ppr_default is None:
        ppr_default = etree.SubElement(defaults, qn("pPrDefault"))
    ppr = ppr_default.find(qn("pPr"))
    if ppr is None:
        ppr = etree.SubElement(ppr_default, qn("pPr"))
    set_line_breaking(ppr)
    put(ppr, "spacing", {"after": "0", **line_spacing(text.line_spacing)})


def dress_styles(styles_root: etree._Element, house: HouseStyle, langs: tuple[str, ...]) -> None:
    """The styles part made for `house` and the languages of the layout: ours replaced, the others dressed."""
    main_lang = langs[0]
    dress_defaults(styles_root, house, main_lang)
    specs = {s.style_id: s for s in (*BASE, *(s for lang in langs for s in language_styles(house, lang)))}
    ours = dict(specs)  # those still to be made
    every_language = {style_id(lang, role) for lang in ("ko", "en") for role in ROLES}
    for style in styles_root.findall(qn("style")):
        sid = style.get(qn("styleId"), "")
        spec = ours.pop(sid, None)
        if spec is not None and spec.kind == "paragraph":
            style.addprevious(make_style(spec))  # made anew, in its place
            styles_root.remove(style)
        elif spec is None and sid in every_language:
            styles_root.remove(style)  # the styles of a language the layout does not print
    for spec in ours.values():
        if spec.kind == "paragraph":
            styles_root.append(make_style(spec))
    for style in styles_root.findall(qn("style")):
        dress_style(style, house, specs.get(style.get(qn("styleId"), "")), main_lang)
