"""Plain text in the layout of a published release: the Korean block, then the English.

Export writes: an optional header block ("보도시점 : …"), then per language the title and its
subtitle lines, a blank line, paragraphs separated by blank lines with their notes (`*`, `**`,
`※`) directly under them, footnotes, and the contact line. Import reads that back to the same
release, and also the looser forms real releases come in: the web-listing lines `제목 …` /
`등록 2023/11/01 (수)`, header blocks such as `배포일시 : 2014. 6. 15.(일)`, bullets, hard-wrapped
lines, and a Korean `* 문의:` line standing after the English text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from drafter.errors import InputError
from drafter.formats.body import BULLET_RE, NOTE_RE, note_line, paragraph_lines, parse_body
from drafter.l10n import Message, format_date, tr
from drafter.model import Meta, Release, Version, nfc
from drafter.storage import atomic_write, read_bytes

MAX_TEXT_BYTES = 16 * 1024 * 1024  # a release is a few KB; anything near this is not one

LAYOUTS = ("ko", "en", "bilingual")

# --- labels -----------------------------------------------------------------------------------
# Korean labels tolerate inner spaces ("문 의", "배포 일시"): releases pad them to align colons.
_HEADER_LABELS: dict[str, str] = {
    r"보\s*도\s*(?:시\s*점|일\s*시)|엠\s*바\s*고|embargo(?:ed until)?|for release": "embargo",
    r"배\s*포\s*(?:일\s*시|일)?|release date|date of release|date": "release_date",
    r"기\s*관|organi[sz]ation|agency|ministry": "organisation",
    r"(?:담\s*당\s*)?부\s*서|department|division": "department",
    r"담\s*당\s*자|contact person": "contact_person",
    r"연\s*락\s*처|전\s*화|phone|tel(?:ephone)?": "phone",
    r"전\s*자\s*우\s*편|이\s*메\s*일|e-?mail": "email",
    r"붙\s*임|첨\s*부|attachments?|enclosures?": "attachments",
    r"문\s*의": "contact_ko",
    r"contacts?|inquiries|enquiries|media contact": "contact_en",
}
_HEADER_RE = [(re.compile(rf"^(?:{pat})\s*[:：]\s*(.*)$", re.I), key) for pat, key in _HEADER_LABELS.items()]
_WEB_TITLE_RE = re.compile(r"^제\s*목\s*[:：]\s*(\S.*)$|^제목\s+(\S.*)$")  # 제 목 : …, 제목 …
_WEB_DATE_RE = re.compile(r"^등록\s+(\d{4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}.*)$")
_DOC_TYPE_RE = re.compile(r"^(?:보\s*도\s*자\s*료|보도참고자료|press release|news release)$", re.I)
# A head of several columns ("보도시점 : …    배포일시 : …") or led by the document number ("제 15-123호").
_DOC_NUMBER_RE = re.compile(r"^제\s*[0-9][0-9-]*\s*호\s*")
_COLUMNS_RE = re.compile(r"\s{3,}|\t+")
_SPACED_NAME_RE = re.compile(r"^(?:[가-힣] ){1,8}[가-힣]$")  # 외 교 부: the ministry's name spaced across the head
_BARE_DATE_LABEL_RE = re.compile(r"^(?:보\s*도\s*시\s*점|배\s*포\s*일\s*시)\s+(?=[0-9’'‘])(.*)$")

_CONTACT_RE = {
    "ko": re.compile(r"^(?:[*※]\s*)?문\s*의\s*[:：]\s*(.*)$"),
    "en": re.compile(
        r"^(?:[*※]\s*)?(?:contacts?|inquiries|enquiries|media contact|"
        r"for (?:further|more) information(?:,? (?:please )?contact)?)\s*[:：]\s*(.*)$",
        re.I,
    ),
}
_CONTACT_LABEL = {"ko": "* 문의: ", "en": "Contact: "}

_SUBTITLE_DASHES = re.compile(r"^[-–]\s*(.*?)(?:\s*[-–])?$")

_DATE_FORMS = [
    re.compile(r"(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})"),
    re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일"),
]
_MONTHS = {name: i for i, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_EN_DATE = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)


@dataclass
class Imported:
    """What an import produced, with what the reader had to decide on the user's behalf."""

    release: Release
    notices: list[Message] = field(default_factory=list)


# --- decoding ---------------------------------------------------------------------------------


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


# --- reading ----------------------------------------------------------------------------------


@dataclass
class _Block:
    first_line: int  # 1-based, for messages
    lines: list[str]

    @property
    def last_line(self) -> int:
        return self.first_line + len(self.lines) - 1


def _blocks(lines: list[tuple[int, str]]) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for number, line in lines:
        if not line:
            current = None
        elif current is None:
            current = _Block(number, [line])
            blocks.append(current)
        else:
            current.lines.append(line)
    return blocks


def _language(text: str) -> str | None:
    """ "ko" or "en" by the share of Hangul among letters; None when the text has no letters."""
    hangul = latin = 0
    for ch in text:
        if "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e":
            hangul += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if not hangul and not latin:
        return None
    # Korean prose keeps most of its letters Hangul even with acronyms and names in Latin script.
    return "ko" if hangul >= 0.25 * (hangul + latin) else "en"


def _parse_date(value: str) -> date | None:
    for pattern in _DATE_FORMS:
        m = pattern.search(value)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    m = _EN_DATE.search(value)
    if m and m[1][:3].lower() in _MONTHS:
        try:
            return date(int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))
        except ValueError:
            return None
    return None


class _Reader:
    """One pass over the lines of a text file, filling a release and noting what it decided."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = path
        self.release = Release()
        self.notices: list[Message] = []
        self.web_title: str | None = None

    # header blocks ------------------------------------------------------------------------
    def header(self, block: _Block) -> bool:
        """Take `block` as metadata if every line of it is a header line; report whether it was."""
        lines = [(n, column) for n, line in enumerate(block.lines, block.first_line) for column in _columns(line)]
        parsed = [self._header_line(line) for _n, line in lines]
        if not all(p is not None for p in parsed):
            return False
        for (line, key, value), (number, _column) in zip(parsed, lines, strict=True):  # type: ignore[misc]
            self._apply_header(key, value, line, number)
        return True

    def _header_line(self, line: str) -> tuple[str, str, str] | None:
        if not line:
            return line, "doc_type", ""  # the document number alone
        if m := _WEB_TITLE_RE.match(line):
            return line, "web_title", (m[1] or m[2]).strip()
        if m := _BARE_DATE_LABEL_RE.match(line):
            return line, "embargo" if line.startswith("보") else "release_date", m[1].strip()

        if m := _WEB_DATE_RE.match(line):
            return line, "release_date", m[1].strip()
        if _DOC_TYPE_RE.match(line):
            return line, "doc_type", ""
        if _SPACED_NAME_RE.match(line):
            return line, "organisation", line.replace(" ", "")
        for pattern, key in _HEADER_RE:
            if m := pattern.match(line):
                return line, key, m[1].strip()
        return None

    def _apply_header(self, key: str, value: str, line: str, number: int) -> None:
        meta = self.release.meta
        if key == "web_title":
            self.web_title = value
        elif key == "release_date":
            day = _parse_date(value)
            if day is None:
                self.notices.append(
                    tr(
                        'Line {line}: the date "{value}" could not be read; the release date is left empty.',
                        line=number,
                        value=value,
                    )
                )
            else:
                meta.release_date = day
        elif key == "attachments":
            meta.attachments.append(value)
        elif key == "embargo":
            meta.embargo = value
            meta.release_date = meta.release_date or _parse_date(value)  # 배포일시, when given, says it better
        elif key in ("contact_ko", "contact_en"):
            self.release.version(key[-2:]).contact = value
        elif key != "doc_type":
            setattr(meta, key, value)

    # language split -----------------------------------------------------------------------
    def split(self, blocks: list[_Block], forced: str | None) -> dict[str, list[_Block]]:
        if forced:
            wrong = [b for b in blocks if _language(" ".join(b.lines)) not in (forced, None)]
            if wrong and len(wrong) * 2 > len(blocks):
                language = tr("Korean") if forced == "ko" else tr("English")
                self.notices.append(
                    tr(
                        "The file was given as {language} but most of it looks like the other language.",
                        language=language,
                    )
                )
            return {forced: blocks, _other(forced): []}
        langs = _block_languages(blocks)
        present = set(langs)
        if len(present) < 2:
            only = present.pop() if present else "ko"
            return {only: blocks, _other(only): []}
        first = langs[0]
        second = _other(first)
        # The split point that leaves the fewest blocks in the other language's part, counted in one pass.
        wrong_at, wrong = {}, langs.count(first)
        for k in range(1, len(blocks)):
            wrong += 1 if langs[k - 1] == second else -1
            wrong_at[k] = wrong
        fewest = min(wrong_at.values())
        best = [k for k, wrong in wrong_at.items() if wrong == fewest]
        best_k = best[0]
        misplaced = [b for i, b in enumerate(blocks) if langs[i] != (first if i < best_k else second)]
        if len(best) > 1 or len(misplaced) > max(1, len(blocks) // 5):
            lines = ", ".join(str(b.first_line) for b in misplaced[:6])
            raise InputError(
                tr(
                    "Cannot tell where the Korean text ends and the English begins: the two languages alternate "
                    "(blocks at lines {lines}). Split the file in two and import it with --ko and --en.",
                    lines=lines,
                ),
                self.path,
            )
        for b in misplaced:
            self.notices.append(
                tr(
                    "Lines {first}–{last} look like another language than the text around them; "
                    "they were kept with the text around them.",
                    first=b.first_line,
                    last=b.last_line,
                )
            )
        return {first: blocks[:best_k], second: blocks[best_k:]}

    # one language's blocks -----------------------------------------------------------------
    def version(self, lang: str, blocks: list[_Block]) -> None:
        version = self.release.version(lang)
        if not blocks:
            return
        rest = blocks
        if not BULLET_RE.match(blocks[0].lines[0]) and not NOTE_RE.match(blocks[0].lines[0]):
            title_block, rest = blocks[0], blocks[1:]
            version.title = title_block.lines[0]
            version.subtitle = [_strip_dashes(s) for s in title_block.lines[1:]]
            # A lone title may have its "- … -" subtitle lines in the next block; "- " alone is a bullet.
            if len(title_block.lines) == 1 and rest and _is_subtitle_block(rest[0]):
                version.subtitle = [_strip_dashes(s) for s in rest[0].lines]
                rest = rest[1:]
        elif lang == "ko" and self.web_title:
            version.title = self.web_title
        if lang == "ko" and self.web_title and version.title != self.web_title:
            self.notices.append(
                tr(
                    'The listing title "{listed}" differs from the title in the text; the text\'s title was kept.',
                    listed=self.web_title,
                )
            )
        self._body(version, rest)

    def _body(self, version: Version, blocks: list[_Block]) -> None:
        body = parse_body("\n\n".join("\n".join(b.lines) for b in blocks))
        version.body = body.paragraphs
        version.footnotes = body.loose  # notes after the last paragraph, in a block of their own


def _columns(line: str) -> list[str]:
    """A head line as its header columns: "제 15-123호 배포일시 : …" and "보도시점 : …    배포일시 : …"."""
    line = _DOC_NUMBER_RE.sub("", line)
    columns = _COLUMNS_RE.split(line)
    return columns if len(columns) > 1 and all(_header_key(c) for c in columns) else [line]


def _header_key(column: str) -> bool:
    return any(pattern.match(column) for pattern, _key in _HEADER_RE) or bool(_BARE_DATE_LABEL_RE.match(column))


def _is_subtitle_block(block: _Block) -> bool:
    return all(_SUBTITLE_DASHES.match(s) for s in block.lines) and any(s.endswith(("-", "–")) for s in block.lines)


def _strip_dashes(line: str) -> str:
    m = _SUBTITLE_DASHES.match(line)
    return m[1] if m else line


def _other(lang: str) -> str:
    return "en" if lang == "ko" else "ko"


def _block_languages(blocks: list[_Block]) -> list[str]:
    langs: list[str | None] = [_language(" ".join(b.lines)) for b in blocks]
    # A block without letters (a lone figure, a rule) goes with the block before it.
    last = next((lang for lang in langs if lang), "ko")
    result = []
    for lang in langs:
        last = lang or last
        result.append(last)
    return result


def parse_text(text: str, path: str | Path | None = None, lang: str | None = None) -> Imported:
    """Read a release from text in the published layout; `lang` forces a single-language file."""
    reader = _Reader(path)
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        contact_lang = next((code for code, rx in _CONTACT_RE.items() if rx.match(line)), None)
        if contact_lang:
            # The contact line is found wherever it stands: the reference puts the Korean one last.
            target = lang or contact_lang
            reader.release.version(target).contact = _CONTACT_RE[contact_lang].match(line)[1].strip()  # type: ignore[index]
            line = ""
        lines.append((number, line))
    blocks = _blocks(lines)
    while blocks and reader.header(blocks[0]):
        blocks.pop(0)
    if not blocks and reader.release.ko.is_empty() and reader.release.en.is_empty() and reader.release.meta == Meta():
        raise InputError(tr("The file holds no text."), path)
    for code, part in reader.split(blocks, lang).items():
        reader.version(code, part)
    return Imported(reader.release, reader.notices)


def read_text_file(path: str | Path, lang: str | None = None) -> Imported:
    return parse_text(decode(read_bytes(path, MAX_TEXT_BYTES), path), path, lang)


def merge_pair(ko: Imported, en: Imported) -> Imported:
    """One release from a Korean and an English file; metadata from the Korean file's first."""
    release = ko.release
    release.en = en.release.en
    for name, value in vars(en.release.meta).items():
        if value and not getattr(release.meta, name):
            setattr(release.meta, name, value)
    return Imported(release, ko.notices + en.notices)


def read_text_pair(ko_path: str | Path, en_path: str | Path) -> Imported:
    return merge_pair(read_text_file(ko_path, "ko"), read_text_file(en_path, "en"))


# --- writing ----------------------------------------------------------------------------------

_HEADER_OUT = {
    "ko": [
        ("embargo", "보도시점"),
        ("release_date", "배포일시"),
        ("organisation", "기관"),
        ("department", "담당부서"),
        ("contact_person", "담당자"),
        ("phone", "연락처"),
        ("email", "전자우편"),
    ],
    "en": [
        ("embargo", "Embargo"),
        ("release_date", "Release date"),
        ("organisation", "Organisation"),
        ("department", "Department"),
        ("contact_person", "Contact person"),
        ("phone", "Phone"),
        ("email", "E-mail"),
    ],
}
_ATTACHMENT_OUT = {"ko": "붙임", "en": "Attachment"}


def _header_lines(meta: Meta, lang: str) -> list[str]:
    lines = []
    for key, label in _HEADER_OUT[lang]:
        value = getattr(meta, key)
        if isinstance(value, date):
            value = format_date(value, lang)
        if value:
            lines.append(f"{label} : {value}")
    lines += [f"{_ATTACHMENT_OUT[lang]} : {name}" for name in meta.attachments]
    return lines


def _version_blocks(version: Version, lang: str) -> list[list[str]]:
    if version.is_empty():
        return []
    blocks = [[version.title, *version.subtitle]] if version.title or version.subtitle else []
    blocks += [paragraph_lines(p) for p in version.body]
    if version.footnotes:
        blocks.append([note_line(n) for n in version.footnotes])
    if version.contact:
        blocks.append([_CONTACT_LABEL[lang] + version.contact])
    return blocks


def format_text(release: Release, layout: str = "bilingual") -> str:
    """The release as plain text: one language (`ko`, `en`) or both (`bilingual`, Korean first)."""
    langs = ("ko", "en") if layout == "bilingual" else (layout,)
    blocks: list[list[str]] = []
    header = _header_lines(release.meta, langs[0])
    if header:
        blocks.append(header)
    for lang in langs:
        blocks += _version_blocks(release.version(lang), lang)
    return "\n\n".join("\n".join(b) for b in blocks) + "\n"


def write_text_file(release: Release, path: str | Path, layout: str = "bilingual") -> None:
    with atomic_write(path) as fh:
        fh.write(format_text(release, layout).encode("utf-8"))
