"""Plain text in the layout of a published release: the Korean block, then the English.

Export writes: an optional header block ("보도시점 : …"), then per language the title and its
subtitle lines, a blank line, paragraphs separated by blank lines with their notes (`*`, `**`,
`※`) directly under them, footnotes, and the contact line. Import reads that back to the same
release, and also the looser forms real releases come in: the web-listing lines `제목 …` /
`등록 2023/11/01 (수)`, header blocks such as `배포일시 : 2014. 6. 15.(일)`, bullets, hard-wrapped
lines, and a Korean `* 문의:` line standing after the English text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.contacts import fold_legacy_contact, gives_reach
from drafter.dates import parse_date
from drafter.decoding import decode
from drafter.errors import InputError
from drafter.formats.body import BULLET_RE, NOTE_RE, note_line, paragraph_lines, parse_body
from drafter.formats.head import (
    DATELINE_RE,
    DOC_TYPE_RE,
    END_MARK,
    END_MARK_RE,
    HEADER_RE,
    ORGANISATION_DOC_TYPE_RE,
    attachment_lines,
    english_embargo,
    english_organisation,
    head_line,
    head_lines,
)
from drafter.l10n import Message, tr
from drafter.labels import (
    ATTACHMENT_LINE_RE,
    CONTACT_LABEL,
    LONE_ATTACHMENT_RE,
    SUBTITLE_DASHES,
    contact_language,
    dashed,
    undashed,
)
from drafter.model import Release, Version
from drafter.storage import atomic_write, read_bytes

if TYPE_CHECKING:
    from drafter.styles import HouseStyle

MAX_TEXT_BYTES = 16 * 1024 * 1024  # a release is a few KB; anything near this is not one


# --- labels (the head's are in drafter.formats.head) -------------------------------------------
_WEB_TITLE_RE = re.compile(r"^제\s*목\s*[:：]\s*(\S.*)$|^제목\s+(\S.*)$")  # 제 목 : …, 제목 …
_WEB_DATE_RE = re.compile(r"^등록\s+(\d{4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}.*)$")
# A head of several columns ("보도시점 : …    배포일시 : …") or led by the document number ("제 15-123호").
_DOC_NUMBER_RE = re.compile(r"^제\s*[0-9][0-9-]*\s*호\s*")
_COLUMNS_RE = re.compile(r"\s{3,}|\t+")
_SPACED_NAME_RE = re.compile(r"^(?:[가-힣] ){1,8}[가-힣]$")  # 외 교 부: the ministry's name spaced across the head
_BARE_DATE_LABEL_RE = re.compile(r"^(?:보\s*도\s*시\s*점|배\s*포\s*일\s*시)\s+(?=[0-9’'‘])(.*)$")

_HEAD_OVER_TITLE = ("doc_type", "organisation", "embargo", "release_date")


@dataclass
class Imported:
    """What an import produced, with what the reader had to decide on the user's behalf."""

    release: Release
    notices: list[Message] = field(default_factory=list)


# --- reading ----------------------------------------------------------------------------------


@dataclass
class _Block:
    first_line: int  # 1-based, for messages
    lines: list[str]  # stripped
    indented: list[str] = field(default_factory=list)  # as written, with the spaces before (a note's indent)

    @property
    def last_line(self) -> int:
        return self.first_line + len(self.lines) - 1


def _blocks(lines: list[tuple[int, str, str]]) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for number, line, indented in lines:
        if not line:
            current = None
        elif current is None:
            current = _Block(number, [line], [indented])
            blocks.append(current)
        else:
            current.lines.append(line)
            current.indented.append(indented)
    return blocks


def _language(text: str) -> str | None:
    """ "ko" or "en" by the share of Hangul among letters; None when the text has no letters."""
    hangul = latin = 0
    for ch in text:
        if "\uac00" <= ch <= "\ud7a3":  # syllables: a lone jamo is the ㅇ of an item, not Korean text
            hangul += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if not hangul and not latin:
        return None
    # Korean prose keeps most of its letters Hangul even with acronyms and names in Latin script.
    return "ko" if hangul >= 0.25 * (hangul + latin) else "en"


class _Reader:
    """One pass over the lines of a text file, filling a release and noting what it decided."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = path
        self.release = Release()
        self.notices: list[Message] = []
        self.web_title: str | None = None
        self.dated_by_embargo = False  # the release date so far is the embargo's, until a 배포 line gives it
        self.legacy: dict[str, dict[str, str]] = {}  # per language: department, contact person … of older heads

    # header blocks ------------------------------------------------------------------------
    def header(self, block: _Block, lang: str | None = None) -> bool:
        """Take `block` as the head of a version if every line of it is a head line; report whether it was.

        Its details go to `lang`, or to the language of the block's own words.
        """
        lines = [(n, column) for n, line in enumerate(block.lines, block.first_line) for column in _columns(line)]
        parsed = self._head_lines([line for _n, line in lines])
        if not all(p is not None for p in parsed):
            return False
        block_lang = lang or _language(" ".join(block.lines)) or "ko"
        for (key, value), (number, column) in zip(parsed, lines, strict=True):  # type: ignore[misc]
            # A head of both languages (a DOCX's tables) gives each line's details to the language of its
            # label ("전자우편 : intl@…" is Korean), or of the line when it has none.
            label = column.split(":", 1)[0] if ":" in column or "：" in column else column
            self._apply_header(key, value, number, lang or _language(label) or _language(column) or block_lang)
        return True

    def _head_lines(self, lines: list[str]) -> list[tuple[str, str] | None]:
        """Each line as a head line (key, value), or None."""
        parsed = [self._header_line(line) for line in lines]
        for i, found in enumerate(parsed):  # the organisation on the line above "PRESS RELEASE"
            if found is None and i + 1 < len(parsed) and parsed[i + 1] == ("doc_type", ""):
                parsed[i] = ("organisation", lines[i])
        return parsed

    def head_before_title(self, block: _Block, lang: str) -> _Block:
        """`block` without the head lines it starts with, read as the head: "조달청 보도자료" or "PPS Press
        Release" written directly over the title, in either language."""
        parsed = self._head_lines(block.lines)
        # Only what only a head says: a title may begin "제목 …" as the web listing's title line does.
        k = next(
            (i for i, found in enumerate(parsed) if found is None or found[0] not in _HEAD_OVER_TITLE), len(parsed)
        )
        if k == 0 or k == len(parsed):
            return block
        self.header(_Block(block.first_line, block.lines[:k], block.indented[:k]), lang)
        return _Block(block.first_line + k, block.lines[k:], block.indented[k:])

    def _header_line(self, line: str) -> tuple[str, str] | None:
        if not line:
            return "doc_type", ""  # the document number alone
        if (m := _WEB_TITLE_RE.match(line)) and not ORGANISATION_DOC_TYPE_RE.match(line):  # not "제목 보도자료"
            return "web_title", (m[1] or m[2]).strip()
        if m := _BARE_DATE_LABEL_RE.match(line):
            return "embargo" if line.startswith("보") else "release_date", m[1].strip()
        if m := _WEB_DATE_RE.match(line):
            return "release_date", m[1].strip()
        if not DOC_TYPE_RE.match(line) and _SPACED_NAME_RE.match(line):
            return "organisation", line.replace(" ", "")
        return head_line(line)

    def _apply_header(self, key: str, value: str, number: int, lang: str) -> None:
        meta, version = self.release.meta, self.release.version(lang)
        details = version.details
        if key == "web_title":
            self.web_title = value
        elif key == "release_date":
            day = parse_date(value)
            if day is None:
                self.notices.append(
                    tr(
                        'Line {line}: the date "{value}" could not be read; the release date is left empty.',
                        line=number,
                        value=value,
                    )
                )
            elif self.dated_by_embargo or meta.release_date is None:
                meta.release_date, self.dated_by_embargo = day, False  # 배포 says it better than 보도시점
        elif key == "attachments":
            details.attachments += [value]
        elif key == "embargo":
            details.embargo = value
            if meta.release_date is None and (day := parse_date(value)):
                meta.release_date, self.dated_by_embargo = day, True
        elif key == "organisation":
            details.organisation = value
        elif key in ("contact_ko", "contact_en"):
            self.add_contact(key[-2:], value)
        elif key in ("department", "contact_person", "phone", "email"):  # older heads: one person's parts
            self.legacy.setdefault(lang, {})[key] = value

    def add_contact(self, lang: str, line: str) -> None:
        """A line of the contact; the model takes off its label."""
        version = self.release.version(lang)
        version.contact = f"{version.contact}\n{line}"

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
        while blocks and self.header(blocks[0], lang):  # the English head stands after the Korean text
            blocks = blocks[1:]
        if blocks:
            blocks = [self.head_before_title(blocks[0], lang), *blocks[1:]]
        rest = blocks
        if blocks and not BULLET_RE.match(blocks[0].lines[0]) and not NOTE_RE.match(blocks[0].lines[0]):
            title_block, rest = blocks[0], blocks[1:]
            version.title = title_block.lines[0]
            version.subtitle = [undashed(s) for s in title_block.lines[1:]]
            # A lone title may have its "- … -" subtitle lines in the next block; "- " alone is a bullet.
            if len(title_block.lines) == 1 and rest and _is_subtitle_block(rest[0]):
                version.subtitle = [undashed(s) for s in rest[0].lines]
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
        legacy = self.legacy.get(lang)
        if legacy:
            fold_legacy_contact(version, **legacy)

    def _body(self, version: Version, blocks: list[_Block]) -> None:
        """Paragraphs and notes; the attachment lines ("붙임 1. …") and the end mark ("###") after them."""
        kept = []
        for index, block in enumerate(blocks):
            if all(END_MARK_RE.match(line) for line in block.lines):
                continue
            if all(ATTACHMENT_LINE_RE.match(line) for line in block.lines):
                version.details.attachments += [ATTACHMENT_LINE_RE.match(line)[1] for line in block.lines]  # type: ignore[index]
                continue
            lone = LONE_ATTACHMENT_RE.match(block.lines[0]) if len(block.lines) == 1 else None
            if lone and all(END_MARK_RE.match(line) for b in blocks[index + 1 :] for line in b.lines):
                version.details.attachments += [lone[1]]  # "붙임 …" after the last paragraph: the one attachment
                continue
            kept.append(block)
        body = parse_body("\n\n".join("\n".join(b.indented) for b in kept))
        version.body = body.paragraphs
        version.footnotes = body.loose  # notes after the last paragraph, in a block of their own
        if version.body and (m := DATELINE_RE.match(version.body[0].text)):
            version.details.dateline = m[1]
            version.body[0].text = version.body[0].text[m.end() :]


def _columns(line: str) -> list[str]:
    """A head line as its header columns: "제 15-123호 배포일시 : …" and "보도시점 : …    배포일시 : …"."""
    line = _DOC_NUMBER_RE.sub("", line)
    columns = _COLUMNS_RE.split(line)
    return columns if len(columns) > 1 and all(_header_key(c) for c in columns) else [line]


def _header_key(column: str) -> bool:
    return any(pattern.match(column) for pattern, _key in HEADER_RE) or bool(_BARE_DATE_LABEL_RE.match(column))


def _is_subtitle_block(block: _Block) -> bool:
    return all(SUBTITLE_DASHES.match(s) for s in block.lines) and any(s.endswith(("-", "–")) for s in block.lines)


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
    lines: list[tuple[int, str, str]] = []
    contact: str | None = None  # the language of the contact line just read, while its lines go on
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        contact_lang = contact_language(line)
        if contact_lang:
            # The contact line is found wherever it stands: the reference puts the Korean one last.
            contact = lang or contact_lang
            reader.add_contact(contact, line)  # without its label
            line = ""
        elif contact and gives_reach(line):  # a person or a department on the next line, without the label
            reader.add_contact(lang or _language(line) or contact, line)
            line = ""
        else:
            contact = None
        lines.append((number, line, raw.rstrip() if line else ""))
    blocks = _blocks(lines)
    while blocks and reader.header(blocks[0], lang):
        blocks.pop(0)
    if not blocks and reader.release == Release():
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
    release.meta.release_date = release.meta.release_date or en.release.meta.release_date
    return Imported(release, ko.notices + en.notices)


def read_text_pair(ko_path: str | Path, en_path: str | Path) -> Imported:
    return merge_pair(read_text_file(ko_path, "ko"), read_text_file(en_path, "en"))


# --- writing ----------------------------------------------------------------------------------


def version_blocks(release: Release, lang: str, style: HouseStyle) -> list[list[str]]:
    """One language's text: head, title and subtitles, body, footnotes, attachments, contact (and "###").
    What the documents print around the text is printed as they print it: the organisation (the house
    style's, or for English the English name of the Korean one), the symbols of the levels, a lone
    attachment without its number."""
    version = release.version(lang)
    if version.is_empty() and version.details.is_empty():
        return []
    details = version.details
    embargo = details.embargo if lang == "ko" else english_embargo(release, derive=False)
    organisation = details.organisation or (
        style.organisation.get("ko", "") if lang == "ko" else english_organisation(release, style)
    )
    blocks = [head_lines(organisation, embargo, release.meta.release_date, lang)]
    if version.title or version.subtitle:
        blocks.append([version.title, *(subtitle_line(s, lang) for s in version.subtitle)])
    body = list(version.body)
    if details.dateline and body:  # the dateline leads the first paragraph's text, after any symbol
        body[0] = replace(body[0], text=f"{details.dateline} {body[0].text}")
    blocks += [paragraph_lines(p, p.symbol(lang, style.symbols)) for p in body]
    if version.footnotes:
        blocks.append([note_line(n) for n in version.footnotes])
    if details.attachments:
        blocks.append(attachment_lines(details.attachments, lang))
    if version.contact:
        blocks.append([CONTACT_LABEL[lang] + line for line in version.contact.split("\n")])
    if lang == "en":
        blocks.append([END_MARK])
    return blocks


def subtitle_line(text: str, lang: str) -> str:
    """Korean subtitle lines are printed "- … -"; English ones as they are."""
    return dashed(text) if lang == "ko" else text


def format_text(release: Release, layout: str = "bilingual", style: HouseStyle | None = None) -> str:
    """The release as plain text: one language (`ko`, `en`) or both (`bilingual`, Korean first), in the
    house style `style` (default: the release's own)."""
    if style is None:
        from drafter.styles import load

        style = load(release.meta.style)
    langs = ("ko", "en") if layout == "bilingual" else (layout,)
    blocks = [block for lang in langs for block in version_blocks(release, lang, style)]
    return "\n\n".join("\n".join(b) for b in blocks) + "\n"


def write_text_file(
    release: Release, path: str | Path, layout: str = "bilingual", style: HouseStyle | None = None
) -> None:
    with atomic_write(path) as fh:
        fh.write(format_text(release, layout, style).encode("utf-8"))
