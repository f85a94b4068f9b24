"""DOCX import: one of our own exports, a copy LibreOffice or Word saved again, or a draft written in Word.

The document's paragraphs and tables become the lines of the published plain-text layout
(drafter.formats.docx_lines), one text per language when the document's styles say the language
(each of our exports' languages is a section of its own), and go through the plain-text reader: both
imports share one set of heuristics, and what our exports print reads back to the same release.

The file may come from anyone: the package is checked before python-docx opens it (declared
sizes of the parts, their number), python-docx's XML parser resolves no entities and loads no
DTD (`docx.oxml.parser`: `resolve_entities=False`; lxml's defaults `load_dtd=False`,
`no_network=True`), and every failure becomes an InputError naming the file and the problem.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.document import Document
from lxml import etree

from drafter.errors import InputError
from drafter.formats import package
from drafter.formats.docx_lines import DocxLines
from drafter.formats.plaintext import Imported, merge_pair, parse_text
from drafter.l10n import tr
from drafter.model import nfc
from drafter.storage import read_bytes


def read_docx(path: str | Path, lang: str | None = None) -> Imported:
    """A release from a DOCX file; `lang` forces a single-language document."""
    document = open_docx(read_bytes(path, package.MAX_FILE_BYTES), path)
    try:
        texts = DocxLines(document, path).texts()
    except InputError:
        raise
    except Exception as exc:  # python-docx meets a package whose parts are not what their names say
        raise InputError(tr("The DOCX file could not be read ({detail}).", detail=_one_line(exc)), path) from None
    if lang or list(texts) == [None]:
        imported = parse_text(nfc("\n\n".join(texts.values())), path, lang)
    else:
        read = {code: parse_text(nfc(text), path, code) for code, text in texts.items() if code}
        imported = next(iter(read.values())) if len(read) == 1 else merge_pair(read["ko"], read["en"])
    imported.release.meta.style = house_style_of(document)
    return imported


def house_style_of(document: Document) -> str:
    """The house style our export names in the core properties' category, if it is one there is."""
    from drafter.styles import available

    try:
        name = (document.core_properties.category or "").strip()
    except Exception:  # a package whose core-properties part is something else: no style named, no harm
        return ""
    return name if name in available() else ""


def _one_line(exc: BaseException) -> str:
    """An exception's text on one line (lxml's messages end with a line break), with its kind when bare."""
    text = " ".join(str(exc).split())
    return text if isinstance(exc, (etree.XMLSyntaxError, ValueError)) else f"{type(exc).__name__}: {text}"


# --- opening the package ------------------------------------------------------------------------


def open_docx(data: bytes, path: str | Path | None = None) -> Document:
    """The python-docx Document in `data`, after checking the package; InputError for anything wrong."""
    check_package(data, path)
    try:
        return docx.Document(io.BytesIO(data))
    except KeyError as exc:  # a part named in the package's relationships or content types is missing
        raise InputError(
            tr("The DOCX file is incomplete: the part {part} is missing.", part=_strip_quotes(exc)), path
        ) from None
    except etree.XMLSyntaxError as exc:
        raise InputError(
            tr("The DOCX file is damaged: a part is not well-formed XML ({detail}).", detail=_one_line(exc)), path
        ) from None
    except ValueError as exc:
        if "is not a Word file" in str(exc):
            raise InputError(
                tr("This is not a Word document but another kind of Office file (spreadsheet, slides or template)."),
                path,
            ) from None
        raise InputError(tr("The DOCX file could not be read ({detail}).", detail=_one_line(exc)), path) from None
    except Exception as exc:  # zlib, CRC and python-docx errors on hostile or broken input
        raise InputError(tr("The DOCX file could not be read ({detail}).", detail=_one_line(exc)), path) from None


def check_package(data: bytes, path: str | Path | None = None) -> None:
    """Refuse what is not a ZIP package, or would unpack to far more than any release (a zip bomb)."""
    names = {info.filename for info in package.check_package(data, path, "DOCX").infolist()}
    if "[Content_Types].xml" not in names:
        raise InputError(
            tr("This is not a DOCX file: the ZIP package has no [Content_Types].xml (an .odt or .hwpx file?)."),
            path,
        )


def _strip_quotes(exc: KeyError) -> str:
    text = str(exc.args[0]) if exc.args else str(exc)
    return text.strip("'\"")
