"""ZIP packages (DOCX, HWPX) that may come from anyone, checked before any library opens them.

Only stored and deflated parts are read (what Word, 한글 and LibreOffice write). Every part is inflated
once, in small chunks, counting the bytes it really gives (a part may lie
about its size, and a zip reader asked for a whole part would inflate it at once) and the XML
elements it holds (a few kilobytes of zip can hold millions of empty paragraphs). The CRC of
each part is checked on the way. Anything past a limit is refused with the limit named, before
parsing; the XML parsers resolve no entities and load nothing from the network.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from drafter.errors import InputError
from drafter.l10n import Message, tr, tr_n

MB = 1024 * 1024
MAX_FILE_BYTES = 64 * MB  # the package on disk
MAX_PART_BYTES = 50 * MB  # one part, unpacked
MAX_TOTAL_BYTES = 200 * MB  # all parts, unpacked
MAX_PARTS = 2000
MAX_XML_ELEMENTS = 500_000  # all XML parts together; a long release has a few thousand
_CHUNK = MB
# What Word, 한글 and LibreOffice write: stored and deflated parts. zipfile asks its deflate decompressor for a
# chunk at a time, but its bzip2 and LZMA ones for all a block gives: 100 bytes can give 2 GiB at once.
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def parser() -> etree.XMLParser:
    """The XML parser for parts of a package: no entities, no DTD, nothing fetched."""
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def check_package(data: bytes, path: str | Path | None, kind: str) -> zipfile.ZipFile:
    """The ZIP package in `data` after checking every part; InputError naming the file and the problem.

    `kind` ("DOCX", "HWPX") names the format in messages. The check inflates each part once.
    """
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError):
        raise InputError(not_a_zip(kind), path) from None
    if len(infos) > MAX_PARTS:
        raise InputError(
            tr_n(
                "The {kind} file is refused: it has {count} part ({limit} at most).",
                "The {kind} file is refused: it has {count} parts ({limit} at most).",
                len(infos),
                kind=kind,
                limit=MAX_PARTS,
            ),
            path,
        )
    total, elements = 0, 0
    for info in infos:
        if info.compress_type not in _METHODS:  # bzip2 and LZMA inflate a whole block of any size at once
            raise InputError(
                tr(
                    "The {kind} file is refused: its part {part} is packed with a method that Word, 한글 and "
                    "LibreOffice never use (ZIP method {method}); only stored and deflated parts are read.",
                    kind=kind,
                    part=info.filename,
                    method=info.compress_type,
                ),
                path,
            )
        declared = max(info.file_size, 0)
        if declared > MAX_PART_BYTES:
            raise InputError(_too_big_part(kind, info.filename, declared), path)
        size, counter = 0, _ElementCounter() if info.filename.lower().endswith((".xml", ".rels", ".hpf")) else None
        try:
            with package.open(info) as part:
                while chunk := part.read(_CHUNK):
                    size += len(chunk)
                    if size > MAX_PART_BYTES:
                        raise InputError(_too_big_part(kind, info.filename, size), path)
                    if total + size > MAX_TOTAL_BYTES:
                        raise InputError(_too_big(kind, total + size), path)
                    if counter is not None and elements + counter.feed(chunk) > MAX_XML_ELEMENTS:
                        raise InputError(
                            tr(
                                "The {kind} file is refused: its parts hold more than {limit} XML elements, "
                                "far more than any release.",
                                kind=kind,
                                limit=f"{MAX_XML_ELEMENTS:,}",
                            ),
                            path,
                        )
        except InputError:
            raise
        except RuntimeError as exc:
            if isinstance(exc, NotImplementedError) or "encrypted" not in str(exc):  # an unknown compression
                raise InputError(_damaged(kind, info.filename, exc), path) from None
            message = tr("The {kind} file is protected with a password; save it without one.", kind=kind)
            raise InputError(message, path) from None
        except Exception as exc:  # zipfile, zlib, lzma and bz2 errors on broken or hostile parts
            raise InputError(_damaged(kind, info.filename, exc), path) from None
        total += size
        elements += counter.count if counter else 0
    return package


class _ElementCounter:
    """Counts the elements of XML fed in chunks, keeping none of them."""

    def __init__(self) -> None:
        self.count = 0
        self._parser: etree.XMLPullParser | None = etree.XMLPullParser(
            events=("end",), resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False
        )

    def feed(self, chunk: bytes) -> int:
        if self._parser is None:
            return self.count
        try:
            self._parser.feed(chunk)
            for _event, element in self._parser.read_events():
                self.count += 1
                element.clear()
        except etree.XMLSyntaxError:
            self._parser = None  # broken XML: the reader that parses the part says so, with the place
        return self.count


def _damaged(kind: str, part: str, exc: BaseException) -> Message:
    detail = " ".join(str(exc).split())
    return tr(
        "The {kind} file is damaged: its part {part} cannot be unpacked ({detail}).",
        kind=kind,
        part=part,
        detail=detail,
    )


def not_a_zip(kind: str) -> Message:
    if kind == "DOCX":
        return tr(
            "This is not a DOCX file: it is not a ZIP package (perhaps an old .doc, a password-protected "
            "document or another kind of file). Save it in Word as .docx."
        )
    return tr("This is not an {kind} file: it is not a ZIP package.", kind=kind)


def _too_big_part(kind: str, part: str, size: int) -> Message:
    return tr(
        "The {kind} file is refused: its part {part} would unpack to {size} MB ({limit} MB at most).",
        kind=kind,
        part=part,
        size=-(-size // MB),
        limit=MAX_PART_BYTES // MB,
    )


def _too_big(kind: str, size: int) -> Message:
    return tr(
        "The {kind} file is refused: it would unpack to {size} MB ({limit} MB at most).",
        kind=kind,
        size=-(-size // MB),
        limit=MAX_TOTAL_BYTES // MB,
    )
