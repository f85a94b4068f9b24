"""Build `template.docx`, the package every DOCX export starts from, reproducibly.

    .venv/bin/python resources/docx/build_template.py [OUT.docx]

Starts from python-docx's default template and keeps what is sound in it (the theme, the latent
style list, web settings); replaces the rest: A4 with 15 mm top/bottom and 20 mm left/right
margins (an export sets its house style's), Word 2013+ compatibility mode, East Asian theme language Korean (python-docx's is
Japanese, so Hangul would fall back to a Japanese face), our styles with fonts in all four slots,
empty core properties (no "python-docx" author, no 2013 dates; the writer fills them), no
thumbnail. Members are written in a fixed order with fixed timestamps, so the same inputs give
the same package.
"""

from __future__ import annotations

import copy
import sys
import zipfile
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from drafter.formats.docx_ooxml import FONT_INFO, LANG_ATTRS, W_NS, put, qn  # noqa: E402
from drafter.formats.docx_styles import BASE, dress_styles, make_style  # noqa: E402
from drafter.styles import load  # noqa: E402

OUT = Path(__file__).resolve().parent / "template.docx"

MM = 1440 / 25.4  # twips per millimetre
A4 = {"w": "11906", "h": "16838"}
MARGINS = {
    "top": str(round(15 * MM)),
    "right": str(round(20 * MM)),
    "bottom": str(round(15 * MM)),
    "left": str(round(20 * MM)),
    "header": str(round(8 * MM)),
    "footer": str(round(8 * MM)),
    "gutter": "0",
}

CT = "application/vnd.openxmlformats-officedocument"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships"
WORD_URI = "http://schemas.microsoft.com/office/word"

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{CT}.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="{CT}.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="{CT}.wordprocessingml.settings+xml"/>
<Override PartName="/word/webSettings.xml" ContentType="{CT}.wordprocessingml.webSettings+xml"/>
<Override PartName="/word/fontTable.xml" ContentType="{CT}.wordprocessingml.fontTable+xml"/>
<Override PartName="/word/theme/theme1.xml" ContentType="{CT}.theme+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="{CT}.extended-properties+xml"/>
</Types>
"""

PACKAGE_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_R}">
<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="{PKG_R}/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="{R}/extended-properties" Target="docProps/app.xml"/>
</Relationships>
"""

DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_R}">
<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{R}/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="{R}/webSettings" Target="webSettings.xml"/>
<Relationship Id="rId4" Type="{R}/fontTable" Target="fontTable.xml"/>
<Relationship Id="rId5" Type="{R}/theme" Target="theme/theme1.xml"/>
</Relationships>
"""

# Filled in by the writer at export time; empty here so that nothing stale survives.
CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title></dc:title>
<dc:subject></dc:subject>
<dc:creator></dc:creator>
<cp:lastModifiedBy></cp:lastModifiedBy>
<cp:revision>1</cp:revision>
</cp:coreProperties>
"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<Template>Normal.dotm</Template>
<TotalTime>0</TotalTime>
<Application>Release Drafter</Application>
<DocSecurity>0</DocSecurity>
<ScaleCrop>false</ScaleCrop>
<LinksUpToDate>false</LinksUpToDate>
<SharedDoc>false</SharedDoc>
<HyperlinksChanged>false</HyperlinksChanged>
</Properties>
"""


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(remove_blank_text=True, resolve_entities=False))


def document_xml(default: bytes) -> bytes:
    """python-docx's empty body (its namespace declarations) with an A4 section."""
    root = _parse(default)
    body = root.find(qn("body"))
    for child in list(body):
        body.remove(child)
    sect = etree.SubElement(body, qn("sectPr"))
    put(sect, "pgSz", A4)
    put(sect, "pgMar", MARGINS)
    put(sect, "cols", {"space": "425"})
    put(sect, "docGrid", {"linePitch": "360"})  # no type: lines are not snapped to a grid
    return _xml(root)


def styles_xml(default: bytes) -> bytes:
    """Our styles after python-docx's latent-style list (which Word's style gallery uses)."""
    old = _parse(default)
    root = etree.Element(old.tag, nsmap=old.nsmap)
    for key, value in old.attrib.items():
        root.set(key, value)
    root.append(etree.Element(qn("docDefaults")))
    latent = old.find(qn("latentStyles"))
    if latent is not None:
        root.append(copy.deepcopy(latent))
    root.append(make_style(BASE[0]))  # Normal
    root.append(_builtin("character", "DefaultParagraphFont", "Default Paragraph Font", ui="1"))
    root.append(_table_normal())
    root.append(_builtin("numbering", "NoList", "No List", ui="99"))
    for spec in BASE[1:]:
        style = make_style(spec)
        if spec.kind == "table":
            _grid_borders(style)
        root.append(style)
    # The release styles of the generic house style; an export makes them anew for its own.
    dress_styles(root, load("generic"), ("ko", "en"))
    return _xml(root)


def _builtin(kind: str, style_id: str, name: str, default: bool = True, ui: str = "") -> etree._Element:
    style = etree.Element(qn("style"))
    style.set(qn("type"), kind)
    if default:
        style.set(qn("default"), "1")
    style.set(qn("styleId"), style_id)
    put(style, "name", {"val": name})
    if ui:
        put(style, "uiPriority", {"val": ui})
    put(style, "semiHidden")
    put(style, "unhideWhenUsed")
    return style


def _table_normal() -> etree._Element:
    style = _builtin("table", "TableNormal", "Normal Table", ui="99")
    tblpr = put(style, "tblPr")
    put(tblpr, "tblInd", {"w": "0", "type": "dxa"})
    margins = put(tblpr, "tblCellMar")
    for side, width in (("top", "0"), ("left", "108"), ("bottom", "0"), ("right", "108")):
        etree.SubElement(margins, qn(side), {qn("w"): width, qn("type"): "dxa"})
    return style


def _grid_borders(style: etree._Element) -> None:
    tblpr = put(style, "tblPr")
    borders = put(tblpr, "tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        etree.SubElement(borders, qn(side), {qn("val"): "single", qn("sz"): "4", qn("space"): "0", qn("color"): "auto"})
    margins = put(tblpr, "tblCellMar")
    for side, width in (("top", "57"), ("left", "85"), ("bottom", "57"), ("right", "85")):
        etree.SubElement(margins, qn(side), {qn("w"): width, qn("type"): "dxa"})


def settings_xml(default: bytes) -> bytes:
    """python-docx's settings for Word 2013+ (mode 15), Korean East Asian theme language, no leftovers."""
    root = _parse(default)
    w14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
    for name in ("rsids", "savePreviewPicture", "proofState"):
        for el in root.findall(qn(name)):
            root.remove(el)
    for el in root.findall(f"{w14}docId"):
        root.remove(el)
    put(root, "zoom", {"percent": "100"}).attrib.pop(qn("val"), None)
    put(root, "defaultTabStop", {"val": "800"})
    compat = put(root, "compat")
    for el in list(compat):
        compat.remove(el)
    etree.SubElement(compat, qn("useFELayout"))  # East Asian layout code on, as Korean Word writes it
    for name, value in (
        ("compatibilityMode", "15"),
        ("overrideTableStyleFontSizeAndJustification", "1"),
        ("enableOpenTypeFeatures", "1"),
        ("doNotFlipMirrorIndents", "1"),
        ("differentiateMultirowTableHeaders", "1"),
    ):
        etree.SubElement(compat, qn("compatSetting"), {qn("name"): name, qn("uri"): WORD_URI, qn("val"): value})
    put(root, "themeFontLang", {"val": LANG_ATTRS["val"], "eastAsia": LANG_ATTRS["eastAsia"]})
    return _xml(root)


def font_table_xml() -> bytes:
    root = etree.Element(qn("fonts"), nsmap={"w": W_NS})
    for face, (alt, panose, charset, family) in FONT_INFO.items():
        font = etree.SubElement(root, qn("font"), {qn("name"): face})
        if alt:
            etree.SubElement(font, qn("altName"), {qn("val"): alt})
        if panose:
            etree.SubElement(font, qn("panose1"), {qn("val"): panose})
        etree.SubElement(font, qn("charset"), {qn("val"): charset})
        etree.SubElement(font, qn("family"), {qn("val"): family})
        etree.SubElement(font, qn("pitch"), {qn("val"): "variable"})
    return _xml(root)


def members() -> dict[str, bytes]:
    """Every part of the template, by member name, in the order they are written."""
    import docx

    default = Path(docx.__file__).parent / "templates" / "default.docx"
    with zipfile.ZipFile(default) as z:
        old = {name: z.read(name) for name in z.namelist()}
    return {
        "[Content_Types].xml": CONTENT_TYPES.encode(),
        "_rels/.rels": PACKAGE_RELS.encode(),
        "docProps/app.xml": APP.encode(),
        "docProps/core.xml": CORE.encode(),
        "word/_rels/document.xml.rels": DOCUMENT_RELS.encode(),
        "word/document.xml": document_xml(old["word/document.xml"]),
        "word/fontTable.xml": font_table_xml(),
        "word/settings.xml": settings_xml(old["word/settings.xml"]),
        "word/styles.xml": styles_xml(old["word/styles.xml"]),
        "word/theme/theme1.xml": old["word/theme/theme1.xml"],
        "word/webSettings.xml": old["word/webSettings.xml"],
    }


def build(out: Path = OUT) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in members().items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
