"""House styles: how an agency's releases look (fonts, sizes, spacing, margins, logo, symbols), as data.

A style is a JSON file (`"format": "drafter-style"`) in `resources/styles/` (the generic government
style, 조달청 and 외교부 ship) or in the user's own styles folder; a release names its style in
`meta.style`. Every value a file leaves out comes from the generic style, so a user's style may say
only what differs ("the title 19 pt, our logo"). Release-layout.md gives the figures.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from drafter import RESOURCES
from drafter.errors import InputError
from drafter.l10n import tr

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


def _language(data: dict[str, Any], lang: str, path: Path) -> LanguageStyle:
    try:
        part = data[lang]
        fonts = {role: str(part["fonts"][role]) for role in ROLES}
        sizes = {role: float(part["sizes"][role]) for role in (*ROLES, "page_number")}
        gaps = {str(k): float(v) for k, v in part.get("gaps_pt", {}).items()}
        return LanguageStyle(
            fonts,
            sizes,
            int(part["line_spacing"]),
            gaps,
            float(part.get("paragraph_after_pt", 0)),
            bool(part.get("numbered", False)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(
            tr('The house style file is damaged: the entry "{key}" is missing or wrong.', key=f"{lang}.{exc}"), path
        ) from None


def parse(data: dict[str, Any], path: Path) -> HouseStyle:
    """A style from a file's JSON, over the generic style."""
    if path.resolve() != (BUILT_IN / f"{DEFAULT}.json").resolve():
        data = _merge(_read(BUILT_IN / f"{DEFAULT}.json"), data)
    try:
        width, height = PAGE_SIZES_MM[data["page"]["size"]]
        margins = {
            k: float(data["page"]["margins_mm"][k]) for k in ("top", "bottom", "left", "right", "header", "footer")
        }
        logo = str(data.get("logo") or "")
        body_style = data["body_style"]
        if body_style not in ("item", "paragraph"):
            raise ValueError("body_style")
        return HouseStyle(
            name=str(data["name"]),
            title={k: str(v) for k, v in data["title"].items()},
            organisation={k: str(v) for k, v in data.get("organisation", {}).items()},
            page_mm=(width, height),
            margins_mm=margins,
            logo=(path.parent / logo) if logo else None,
            slogan={k: str(v) for k, v in data.get("slogan", {}).items()},
            body_style=body_style,
            symbols={int(k): str(v) for k, v in data["symbols"].items()},
            ko=_language(data, "ko", path),
            en=_language(data, "en", path),
            colors={k: str(v) for k, v in data["colors"].items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(
            tr('The house style file is damaged: the entry "{key}" is missing or wrong.', key=str(exc).strip("'")),
            path,
        ) from None


def load_file(path: str | Path) -> HouseStyle:
    p = Path(path)
    return parse(_read(p), p)


def folders(user_folder: Path | None = None) -> list[Path]:
    """Where styles are looked for: the user's folder first (a style of theirs may replace a built-in one)."""
    from drafter.paths import user_styles

    return [user_folder or user_styles(), BUILT_IN]


def available(user_folder: Path | None = None) -> list[str]:
    """The names of the styles there are, the generic one first."""
    names = {p.stem for folder in folders(user_folder) if folder.is_dir() for p in folder.glob("*.json")}
    return [DEFAULT, *sorted(names - {DEFAULT})]


def load(name: str = "", user_folder: Path | None = None) -> HouseStyle:
    """The style called `name` ("" or unknown names: an error naming it; "": the generic style)."""
    name = name or DEFAULT
    if "/" in name or "\\" in name or name.startswith("."):
        return load_file(name)
    for folder in folders(user_folder):
        path = folder / f"{name}.json"
        if path.is_file():
            return _cached(path, path.stat().st_mtime_ns)
    raise InputError(
        tr(
            'There is no house style "{name}". The styles are: {names}.',
            name=name,
            names=", ".join(available(user_folder)),
        )
    )


@cache
def _cached(path: Path, _mtime: int) -> HouseStyle:
    return load_file(path)
