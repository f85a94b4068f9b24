"""House styles: how an agency's releases look (fonts, sizes, spacing, margins, logo, symbols), as data.

A style is a JSON file (`"format": "drafter-style"`) in `resources/styles/` (the generic government
style, 조달청 and 외교부 ship) or in the user's own styles folder; a release names its style in
`meta.style`. Every value a file leaves out comes from the generic style, so a user's style may say
only what differs ("the title 19 pt, our logo"). Release-layout.md gives the figures.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from drafter import RESOURCES
from drafter.errors import InputError, shown
from drafter.l10n import Message, tr

FORMAT = "drafter-style"
BUILT_IN = RESOURCES / "styles"
DEFAULT = "generic"
MAX_BYTES = 1024 * 1024
PAGE_SIZES_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
ROLES = ("title", "subtitle", "body", "note", "head", "label", "table")


@dataclass(frozen=True)
class LanguageStyle:
    """The faces and sizes of one language's documents."""

    fonts: dict[str, str]  # role -> family, for ROLES
    sizes: dict[str, float]  # role -> points, for ROLES and "page_number"
    line_spacing: int  # percent of single spacing
    gaps_pt: dict[str, float]  # "1-2": the blank before a level-2 item under a level-1 one, "note", "title" …
    paragraph_after_pt: float  # English: the space after each paragraph
    numbered: bool  # English: number the body paragraphs (1., 2. …) as some ministries do

    def gap(self, before: int, after: int) -> float:
        """The blank (pt) above a paragraph of level `after` that follows one of level `before`."""
        return float(self.gaps_pt.get(f"{before}-{after}", self.gaps_pt.get("0-0", 0)))


@dataclass(frozen=True)
class HouseStyle:
    name: str
    title: dict[str, str]  # the style's own name, per language
    organisation: dict[str, str]  # printed when the release gives none
    page_mm: tuple[float, float]  # width, height
    margins_mm: dict[str, float]  # top bottom left right header footer
    logo: Path | None
    slogan: dict[str, str]
    body_style: str  # "item" (개조식) or "paragraph" (문단식)
    symbols: dict[int, str]  # level -> symbol
    ko: LanguageStyle
    en: LanguageStyle
    colors: dict[str, str]  # label_fill, table_header, rule: RRGGBB

    def lang(self, lang: str) -> LanguageStyle:
        return self.ko if lang == "ko" else self.en


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        merged[key] = _merge(base[key], value) if isinstance(value, dict) and isinstance(base.get(key), dict) else value
    return merged


def _read(path: Path) -> dict[str, Any]:
    from drafter.storage import read_bytes

    try:
        data = json.loads(read_bytes(path, MAX_BYTES).decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InputError(tr("The house style file is not valid JSON."), path) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(tr('This is not a house style file (no "format": "drafter-style").'), path)
    return data


# What a style may say. Sizes and gaps in points, margins in millimetres, line spacing in per cent.
SIZE_PT = (4, 100)
GAP_PT = (0, 100)
MARGIN_MM = (0, 80)
LINE_SPACING = (50, 400)
LONGEST_NAME = 100  # characters: a font's, the style's own name, its title
LONGEST_TEXT = 200  # the organisation and the slogan
LONGEST_SYMBOL = 4
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_COLOUR = re.compile("[0-9A-Fa-f]{6}")


class _Wrong(Exception):
    """The entry `key` of a style file is missing or not what it must be; `what` says which."""

    def __init__(self, key: str, what: Message) -> None:
        super().__init__(key)
        self.key, self.what = key, what


def _get(data: Any, key: str) -> Any:
    """`data["a"]["b"]` for the key "a.b"; _Wrong where it is missing or not a group of entries."""
    value, parts = data, key.split(".")
    for n, part in enumerate(parts):
        if not isinstance(value, dict):
            raise _Wrong(".".join(parts[:n]), tr("must be a group of entries"))
        if part not in value:
            raise _Wrong(key, tr("is missing"))
        value = value[part]
    return value


def _number(value: Any, key: str, bounds: tuple[float, float]) -> float:
    """A finite number within `bounds` (JSON's NaN and Infinity, 10**400 or "big" are not)."""
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise _Wrong(key, tr("must be a number from {low} to {high}", low=low, high=high))
    return float(value)


def _text(value: Any, key: str, longest: int) -> str:
    if not isinstance(value, str) or len(value) > longest or _CONTROL.search(value):
        raise _Wrong(key, tr("must be text of at most {count} characters, without control characters", count=longest))
    return value


def _texts(data: Any, key: str, longest: int) -> dict[str, str]:
    """A group of texts per language ("ko", "en"), each checked."""
    group = data.get(key, {})
    if not isinstance(group, dict):
        raise _Wrong(key, tr("must be a group of entries"))
    return {str(k): _text(v, f"{key}.{k}", longest) for k, v in group.items()}


def _language(data: dict[str, Any], lang: str) -> LanguageStyle:
    fonts = {role: _text(_get(data, f"{lang}.fonts.{role}"), f"{lang}.fonts.{role}", LONGEST_NAME) for role in ROLES}
    sizes = {
        role: _number(_get(data, f"{lang}.sizes.{role}"), f"{lang}.sizes.{role}", SIZE_PT)
        for role in (*ROLES, "page_number")
    }
    part = _get(data, lang)
    gaps = part.get("gaps_pt", {})
    if not isinstance(gaps, dict):
        raise _Wrong(f"{lang}.gaps_pt", tr("must be a group of entries"))
    numbered = part.get("numbered", False)
    if not isinstance(numbered, bool):
        raise _Wrong(f"{lang}.numbered", tr("must be true or false"))
    return LanguageStyle(
        fonts,
        sizes,
        int(_number(_get(data, f"{lang}.line_spacing"), f"{lang}.line_spacing", LINE_SPACING)),
        {_text(k, f"{lang}.gaps_pt", 8): _number(v, f"{lang}.gaps_pt.{k}", GAP_PT) for k, v in gaps.items()},
        _number(part.get("paragraph_after_pt", 0), f"{lang}.paragraph_after_pt", GAP_PT),
        numbered,
    )


def _logo(value: Any, path: Path, user_folder: Path | None) -> Path | None:
    """The logo's file: a picture in the style's folder or the user's styles folder (never elsewhere: a style
    file must not put any picture on disk into the documents); None where the style has none, or its file is
    not there."""
    name = _text(value or "", "logo", 260)
    if not name:
        return None
    inside = tr("must name a picture in the style's folder, from there (no absolute path, no ..)")
    parts = re.split(r"[/\\]", name)
    if name.startswith(("/", "\\")) or ".." in parts or re.match("[A-Za-z]:", name):
        raise _Wrong("logo", inside)
    file = (path.parent / name).resolve()
    folders_ = [path.parent.resolve(), (user_folder or _user_styles()).resolve()]
    if not any(file.is_relative_to(folder) for folder in folders_):  # a link out of the folder
        raise _Wrong("logo", inside)
    if not file.exists():
        return None
    if read_picture(file) is None:
        raise _Wrong(
            "logo", tr("must be a PNG, GIF or JPEG picture of at most {size} MB", size=MAX_IMAGE_BYTES // 2**20)
        )
    return file


def parse(data: dict[str, Any], path: Path, user_folder: Path | None = None) -> HouseStyle:
    """A style from a file's JSON, over the generic style; InputError naming the file and the entry that is
    missing or wrong (types, ranges, lengths, the logo)."""
    if path.resolve() != (BUILT_IN / f"{DEFAULT}.json").resolve():
        data = _merge(_read(BUILT_IN / f"{DEFAULT}.json"), data)
    try:
        size = _get(data, "page.size")
        if not isinstance(size, str) or size not in PAGE_SIZES_MM:
            raise _Wrong("page.size", tr("must be one of {names}", names=", ".join(PAGE_SIZES_MM)))
        width, height = PAGE_SIZES_MM[size]
        margins = {k: _number(_get(data, f"page.margins_mm.{k}"), f"page.margins_mm.{k}", MARGIN_MM) for k in _SIDES}
        body_style = _get(data, "body_style")
        if body_style not in ("item", "paragraph"):
            raise _Wrong("body_style", tr("must be one of {names}", names="item, paragraph"))
        symbols = _get(data, "symbols")
        if not isinstance(symbols, dict) or not set(symbols) <= {"1", "2", "3"}:
            raise _Wrong("symbols", tr("must be the symbols of the levels 1, 2 and 3"))
        colors = _texts(data, "colors", 6)
        for k, v in colors.items():
            if not _COLOUR.fullmatch(v):
                raise _Wrong(f"colors.{k}", tr("must be a colour written RRGGBB"))
        return HouseStyle(
            name=_text(_get(data, "name"), "name", LONGEST_NAME),
            title=_texts(data, "title", LONGEST_NAME),
            organisation=_texts(data, "organisation", LONGEST_TEXT),
            page_mm=(width, height),
            margins_mm=margins,
            logo=_logo(data.get("logo"), path, user_folder),
            slogan=_texts(data, "slogan", LONGEST_TEXT),
            body_style=body_style,
            symbols={int(k): _text(v, f"symbols.{k}", LONGEST_SYMBOL) for k, v in symbols.items()},
            ko=_language(data, "ko"),
            en=_language(data, "en"),
            colors=colors,
        )
    except _Wrong as wrong:
        raise InputError(
            tr('The house style file is damaged: the entry "{key}" {what}.', key=wrong.key, what=wrong.what),
            path,
        ) from None


_SIDES = ("top", "bottom", "left", "right", "header", "footer")


def load_file(path: str | Path, user_folder: Path | None = None) -> HouseStyle:
    p = Path(path)
    return parse(_read(p), p, user_folder)


def _user_styles() -> Path:
    from drafter.paths import user_styles

    return user_styles()


# --- logos: pictures read with a limit, measured from their own header ---------------------------------------

MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 40_000_000  # 8000 × 5000: a logo drawn 15 mm high needs a small part of that
_FORMATS = {b"\x89PNG\r\n\x1a\n": "png", b"GIF87a": "gif", b"GIF89a": "gif", b"\xff\xd8\xff": "jpg"}


def read_picture(path: Path) -> bytes | None:
    """The bytes of a PNG, GIF or JPEG file of at most MAX_IMAGE_BYTES and MAX_PIXELS, or None: what every
    export reads a logo with (DOCX, HWPX, PDF), so that no document embeds a 2 GiB file or something else."""
    from drafter.storage import read_bytes

    try:
        data = read_bytes(path, MAX_IMAGE_BYTES)
    except InputError:
        return None
    size = image_size(data)
    if not image_format(data) or size is None or min(size) <= 0 or size[0] * size[1] > MAX_PIXELS:
        return None
    return data


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) in pixels from a PNG, GIF or JPEG header, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little")
    if data.startswith(b"\xff\xd8"):
        at = 2
        while at + 9 < len(data) and data[at] == 0xFF:  # segment by segment to a start-of-frame marker
            marker, length = data[at + 1], int.from_bytes(data[at + 2 : at + 4], "big")
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                return int.from_bytes(data[at + 7 : at + 9], "big"), int.from_bytes(data[at + 5 : at + 7], "big")
            if length < 2:
                return None
            at += 2 + length
    return None


def image_format(data: bytes) -> str:
    return next((kind for magic, kind in _FORMATS.items() if data.startswith(magic)), "")


def folders(user_folder: Path | None = None) -> list[Path]:
    """Where styles are looked for: the user's folder first (a style of theirs may replace a built-in one)."""
    from drafter.paths import user_styles

    return [user_folder or user_styles(), BUILT_IN]


def available(user_folder: Path | None = None) -> list[str]:
    """The names of the styles there are, the generic one first."""
    names = {p.stem for folder in folders(user_folder) if folder.is_dir() for p in folder.glob("*.json")}
    return [DEFAULT, *sorted(names - {DEFAULT})]


def load(name: str = "", user_folder: Path | None = None, files: bool = False) -> HouseStyle:
    """The style called `name` ("": the generic style), looked for in the user's folder, then the shipped ones.

    Only with `files` (the command line's --style) may `name` be a style file's path: a release names its style,
    and must never make an export read a file elsewhere on disk."""
    name = name or DEFAULT
    if not _NAME.fullmatch(name):
        if files:
            return load_file(name, user_folder)
        raise InputError(tr('"{name}" is not the name of a house style.', name=shown(name)))
    for folder in folders(user_folder):
        path = folder / f"{name}.json"
        if path.is_file():
            return _cached(path, path.stat().st_mtime_ns, user_folder)
    raise InputError(
        tr(
            'There is no house style "{name}". The styles are: {names}.',
            name=name,
            names=", ".join(available(user_folder)),
        )
    )


_NAME = re.compile("[^./\\:\x00-\x1f\x7f-\x9f][^/\\:\x00-\x1f\x7f-\x9f]{0,99}")


@cache
def _cached(path: Path, _mtime: int, user_folder: Path | None) -> HouseStyle:
    return load_file(path, user_folder)
