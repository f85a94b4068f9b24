"""Text files' bytes to text: UTF-8 (with or without a byte-order mark), UTF-16 or CP949, with \\n line ends,
in NFC; binary data refused. Used by the plain-text reader and by the glossary's TSV and CSV files."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from drafter.errors import InputError
from drafter.l10n import tr
from drafter.model import nfc


def decode(data: bytes, path: str | Path | None = None) -> str:
    """Text from UTF-8 (with or without BOM), UTF-16 or CP949 bytes, with \\n line ends, in NFC."""
    text = _decode_bytes(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    for number, line in enumerate(text.split("\n"), 1):
        bad = next((ch for ch in line if unicodedata.category(ch) == "Cc" and ch != "\t"), None)
        if bad is not None:
            raise InputError(
                tr(
                    "This is not a text file: it holds binary data (control character U+{code:04X} on line {line}).",
                    code=ord(bad),
                    line=number,
                ),
                path,
            )
    return nfc(text)


def _decode_bytes(data: bytes, path: str | Path | None) -> str:
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        utf16 = _utf16_without_bom(data)
        if utf16:
            return data.decode(utf16)
    except UnicodeDecodeError:
        raise InputError(
            tr("The text is damaged: it is not valid in the encoding its start announces."), path
        ) from None
    if b"\x00" in data:
        raise InputError(tr("This is not a text file: it holds binary data."), path)
    for encoding in ("utf-8", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(tr("The text is in an unknown encoding (not UTF-8, UTF-16 or CP949/EUC-KR)."), path)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: its spaces, digits and line ends put NUL in every other byte.

    Hangul syllables rarely have a NUL byte (U+C800 does), so a Korean text shows few, nearly all on one
    side; binary data shows about as many on both sides.
    """
    sample = data[:8192]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.05 and odd > 8 * even:
        return "utf-16-le"
    if even > half * 0.05 and even > 8 * odd:
        return "utf-16-be"
    return None
