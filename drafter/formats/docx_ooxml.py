"""WordprocessingML details shared by the DOCX template builder and writer: schema order, fonts, styles.

Word refuses (or "repairs") a document whose property elements stand out of the order the schema
(ECMA-376 Part 1) gives, so every element this program adds goes through `put`, which inserts it
at its place. python-docx itself is not imported here: the template builder uses plain lxml.
"""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSMAP = {"w": W_NS}


def qn(name: str) -> str:
    """`w:tag` → `{namespace}tag` (only the `w` prefix is needed here)."""
    prefix, _, local = name.rpartition(":")
    if prefix not in ("", "w"):
        raise ValueError(name)
    return f"{{{W_NS}}}{local}"


# --- schema order of the property elements we write ---------------------------------------------
# CT_PPrBase + rPr/sectPr/pPrChange (17.3.1.26)
PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
    "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd "
    "snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
).split()
# EG_RPrBase (17.3.2.28)
RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid "
    "vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs "
    "em lang eastAsianLayout specVanish oMath"
).split()
# CT_Style (17.7.4.17)
STYLE_ORDER = (
    "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat locked "
    "personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr"
).split()
# CT_SectPr (17.6.17); header and footer references come first, in any order among themselves
SECTPR_ORDER = (
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType "
    "pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings "
    "sectPrChange"
).split()
# CT_TblPr (17.4.60)
TBLPR_ORDER = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing tblInd "
    "tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange"
).split()
# CT_TcPr (17.4.70)
TCPR_ORDER = (
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark "
    "headers cellIns cellDel cellMerge tcPrChange"
).split()
# CT_Settings (17.15.1.78), the part we touch
SETTINGS_ORDER = (
    "writeProtection view zoom removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries "
    "displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth printFormsData "
    "embedTrueTypeFonts embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges "
    "bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors hideGrammaticalErrors "
    "activeWritingStyle proofState formsDesign attachedTemplate linkStyles stylePaneFormatFilter "
    "stylePaneSortMethod documentType mailMerge revisionView trackRevisions doNotTrackMoves "
    "doNotTrackFormatting documentProtection autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop "
    "autoHyphenation consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength "
    "clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting "
    "bookFoldPrintingSheets drawingGridHorizontalSpacing drawingGridVerticalSpacing "
    "displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin "
    "drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData noPunctuationKerning "
    "characterSpacingControl printTwoOnOne strictFirstAndLastChars noLineBreaksAfter noLineBreaksBefore "
    "savePreviewPicture doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText "
    "doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags "
    "alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids mathPr "
    "attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures "
    "forceUpgrade captions readModeInkLockDown smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags "
    "decimalSymbol listSeparator"
).split()

ORDERS: dict[str, list[str]] = {
    "pPr": PPR_ORDER,
    "rPr": RPR_ORDER,
    "style": STYLE_ORDER,
    "sectPr": SECTPR_ORDER,
    "tblPr": TBLPR_ORDER,
    "tcPr": TCPR_ORDER,
    "settings": SETTINGS_ORDER,
}


def local(element: etree._Element) -> str:
    return etree.QName(element).localname


def put(parent: etree._Element, name: str, attrs: dict[str, str] | None = None) -> etree._Element:
    """The child `w:name` of `parent` (created at its schema place if missing), with `attrs` set.

    The order comes from `ORDERS` by the parent's local name; children the list does not know
    (extensions of later Word versions) are passed over.
    """
    order = ORDERS[local(parent)]
    tag = qn(name)
    child = parent.find(tag)
    if child is None:
        rank = order.index(name)
        child = etree.Element(tag)
        successor = next(
            (c for c in parent if isinstance(c.tag, str) and local(c) in order and order.index(local(c)) > rank),
            None,
        )
        if successor is None:
            parent.append(child)
        else:
            successor.addprevious(child)
    for key, value in (attrs or {}).items():
        child.set(qn(key), value)
    return child


def in_schema_order(parent: etree._Element) -> bool:
    """Whether the known children of `parent` stand in schema order (for tests and assertions)."""
    order = ORDERS[local(parent)]
    ranks = [order.index(local(c)) for c in parent if isinstance(c.tag, str) and local(c) in order]
    if local(parent) == "sectPr":  # header and footer references share the first place
        ranks = [max(r, 1) if r == 0 else r for r in ranks]
    return ranks == sorted(ranks)


# CT_TblBorders / CT_TcBorders (17.4.39, 17.4.66)
BORDERS_ORDER = "top start left bottom end right insideH insideV tl2br tr2bl".split()
# CT_TrPr: its children may stand in any order (a choice); cantSplit first is what Word writes
TRPR_ORDER = (
    "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader tblCellSpacing jc hidden"
).split()
ORDERS.update({"tblBorders": BORDERS_ORDER, "tcBorders": BORDERS_ORDER, "trPr": TRPR_ORDER})


# --- fonts ----------------------------------------------------------------------------------------

# What Word needs to substitute a missing face well: the English name (Word on a non-Korean system
# and LibreOffice look fonts up by it), PANOSE where known, character set (0x81 = Hangul) and family.
FONT_INFO: dict[str, tuple[str, str, str, str]] = {
    "함초롬바탕": ("HCR Batang", "", "81", "roman"),
    "함초롬돋움": ("HCR Dotum", "", "81", "swiss"),
    "휴먼명조": ("", "", "81", "roman"),
    "맑은 고딕": ("Malgun Gothic", "020B0503020000020004", "81", "modern"),
    "바탕": ("Batang", "02030600000101010101", "81", "roman"),
    "돋움": ("Dotum", "020B0600000101010101", "81", "modern"),
    "돋움체": ("DotumChe", "", "81", "modern"),
    "굴림": ("Gulim", "020B0600000101010101", "81", "modern"),
    "Times New Roman": ("", "02020603050405020304", "00", "roman"),
    "Arial": ("", "020B0604020202020204", "00", "swiss"),
    "Calibri": ("", "020F0502020204030204", "00", "swiss"),
    "Georgia": ("", "02040502050405020303", "00", "roman"),
}

# Latin text in a Korean release is mostly English words and names: w:val stays en-US so that Word
# breaks and checks them as English; w:eastAsia says the Hangul is Korean. `w:val="ko-KR"` would
# make Word treat Latin words as Korean (wrong hyphenation and word breaking).
LANG_ATTRS = {"val": "en-US", "eastAsia": "ko-KR", "bidi": "ar-SA"}
_THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def set_fonts(rpr: etree._Element, face: str, east_asian: str, korean: bool) -> None:
    """All four font slots of `rpr` set, theme references removed, language tagged.

    Korean text: the Korean face in every slot, with `w:hint="eastAsia"` so that characters shared
    by both scripts (“ ” · ※ …) take the Korean face. English text: the English face for Latin and
    complex scripts and `east_asian` (the Korean face of the same role) for East Asian text, so that
    a Hangul word left in the English is not set in a Japanese fallback.
    """
    rfonts = put(rpr, "rFonts")
    for attr in _THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    rfonts.attrib.pop(qn("hint"), None)
    for slot in ("ascii", "hAnsi", "cs"):
        rfonts.set(qn(slot), face)
    rfonts.set(qn("eastAsia"), east_asian)
    if korean:
        rfonts.set(qn("hint"), "eastAsia")
    put(rpr, "lang", LANG_ATTRS)


def line_spacing(percent: int) -> dict[str, str]:
    """`w:spacing` attributes for a line height of `percent` of single spacing (240 = single)."""
    return {"line": str(240 * percent // 100), "lineRule": "auto"}


def set_line_breaking(ppr: etree._Element) -> None:
    """East Asian line-breaking rules on (no line starts with a closing mark) and Korean broken between
    words (어절), never inside one: `w:wordWrap` on. MS-OI29500 (2.1.67) says Word applies wordWrap
    to Korean text; off, or absent in a Korean Word's defaults, Word breaks Hangul words anywhere."""
    put(ppr, "kinsoku", {"val": "1"})
    put(ppr, "wordWrap", {"val": "1"})
    # No extra gap between Hangul and Latin letters or digits ("35개사", not "35 개사"): Korean
    # typesetting does not add one, and Word does by default. (LibreOffice 7.4 reads neither.)
    put(ppr, "autoSpaceDE", {"val": "0"})
    put(ppr, "autoSpaceDN", {"val": "0"})


# --- labels printed in documents (they follow the document's language, not the user's) -----------

SUBJECT = {"ko": "보도자료", "en": "Press release"}
REVIEW_HEADINGS = ("국문 · Korean", "영문 · English", "검토 · Findings")
REVIEW_BANNER = "국영문 대조 검토표 · Korean–English review"
