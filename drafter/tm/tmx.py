"""TMX 1.4, the exchange format of translation tools: the memory written out and read back.

Our own export keeps what the memory knows of each pair (its kind, approval, and every use with
its source and date) in `<prop type="x-drafter-…">` elements, so that exporting and importing
gives the same memory; other tools' TMX files give plain pairs. Reading is safe against hostile
files: lxml with entities, DTDs and the network off, a size limit, and no entity declarations.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from drafter import __version__
from drafter.errors import InputError
from drafter.l10n import tr
from drafter.storage import atomic_write, read_bytes
from drafter.tm.segment import Segment
from drafter.tm.store import Memory

# What imports in about a minute (some 120,000 units: 1,000,000 of 138 MB took 297 s and 800 MB); a larger
# memory is imported in several files.
MAX_BYTES = 32 * 1024 * 1024
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class Unit:
    """One translation unit read from a TMX file, with its uses (source, ISO date, approved)."""

    segment: Segment
    uses: tuple[tuple[str, str, bool], ...]


def _tmx_date(iso: str) -> str:
    return iso.replace("-", "") + "T000000Z" if iso else ""


def _iso(tmx: str | None) -> str:
    if not tmx or len(tmx) < 8 or not tmx[:8].isdigit():
        return ""
    return f"{tmx[:4]}-{tmx[4:6]}-{tmx[6:8]}"


def export(memory: Memory, path: str | Path) -> int:
    """Write every pair of the memory to a TMX 1.4 file (all or nothing); return how many."""
    from lxml import etree

    count = 0
    with atomic_write(path) as fh, etree.xmlfile(fh, encoding="UTF-8") as xf:
        xf.write_declaration()
        with xf.element("tmx", version="1.4"):
            xf.write(
                etree.Element(
                    "header",
                    creationtool="Release Drafter",
                    creationtoolversion=__version__,
                    datatype="plaintext",
                    segtype="sentence",
                    adminlang="en",
                    srclang="ko",
                    **{"o-tmf": "drafter-memory"},
                )
            )
            with xf.element("body"):
                for stored in memory.pairs():
                    uses = memory.uses(stored.id)
                    tu = etree.Element("tu", usagecount=str(stored.uses))
                    if stored.last_used:
                        tu.set("lastusagedate", _tmx_date(stored.last_used))
                    if uses:
                        tu.set("creationdate", _tmx_date(uses[0].used_on))
                    _prop(tu, "x-drafter-kind", stored.kind)
                    _prop(tu, "x-drafter-approved", "1" if stored.approved else "0")
                    for use in uses:
                        _prop(tu, "x-drafter-use", f"{use.used_on}\t{int(use.approved)}\t{use.source}")
                    for lang, text in (("ko", stored.ko), ("en", stored.en)):
                        tuv = etree.SubElement(tu, "tuv", {_XML_LANG: lang})
                        etree.SubElement(tuv, "seg").text = text
                    xf.write(tu)
                    count += 1
    return count


def _prop(tu, kind: str, value: str) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    etree.SubElement(tu, "prop", type=kind).text = value


def read(path: str | Path) -> Iterator[Unit]:
    """The Korean→English units of a TMX file. InputError (naming the file) when it is not a readable TMX."""
    from lxml import etree

    data = read_bytes(path, MAX_BYTES)
    if not data.strip():
        raise InputError(tr("The TMX file is empty."), path)
    if b"<!ENTITY" in data[:65536]:
        raise InputError(tr("The TMX file is refused: it declares XML entities."), path)
    name = Path(path).name
    today = date.today().isoformat()
    events = etree.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
    )
    try:
        first = True
        for event, element in events:
            tag = etree.QName(element).localname if isinstance(element.tag, str) else ""
            if first:
                if tag != "tmx":
                    raise InputError(tr("This is not a TMX file (its root element is not <tmx>)."), path)
                first = False
            if event != "end" or tag != "tu":
                continue
            unit = _unit(element, name, today)
            element.clear(keep_tail=False)
            if unit is not None:
                yield unit
    except etree.XMLSyntaxError as exc:
        raise InputError(tr("The TMX file is damaged: {reason}", reason=str(exc)), path) from None


def _unit(tu, source: str, today: str) -> Unit | None:  # type: ignore[no-untyped-def]
    from lxml import etree

    texts: dict[str, str] = {}
    props: dict[str, list[str]] = {}
    for child in tu:
        if not isinstance(child.tag, str):
            continue
        tag = etree.QName(child).localname
        if tag == "prop":
            props.setdefault(child.get("type", ""), []).append(child.text or "")
        elif tag == "tuv":
            lang = (child.get(_XML_LANG) or child.get("lang") or "").lower()[:2]
            seg = next((c for c in child if isinstance(c.tag, str) and etree.QName(c).localname == "seg"), None)
            if lang in ("ko", "en") and seg is not None and lang not in texts:
                texts[lang] = _seg_text(seg)
    if not texts.get("ko", "").strip() or not texts.get("en", "").strip():
        return None
    kind = (props.get("x-drafter-kind") or ["sentence"])[0] or "sentence"
    approved = (props.get("x-drafter-approved") or ["0"])[0] == "1"
    uses = []
    for value in props.get("x-drafter-use", []):
        on, flag, where = ([*value.split("\t", 2), "", "", ""])[:3]
        uses.append((where or source, on or today, flag == "1"))
    if not uses:
        on = _iso(tu.get("changedate")) or _iso(tu.get("creationdate")) or today
        uses.append((source, on, approved))
    return Unit(Segment(kind, texts["ko"], texts["en"], approved), tuple(uses))


def _seg_text(seg) -> str:  # type: ignore[no-untyped-def]
    """The text of a <seg>, without the native codes of inline tags (<bpt>, <ept>, <ph>, <it>)."""
    from lxml import etree

    parts = [seg.text or ""]
    for child in seg:
        if isinstance(child.tag, str) and etree.QName(child).localname in ("hi", "sub"):
            parts.append(_seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def import_file(memory: Memory, path: str | Path) -> int:
    """Add a TMX file's units to the memory with their uses; return how many pairs were new.

    The file is read whole before anything is added, so a broken file adds nothing.
    """
    units = list(read(path))
    return memory.add_uses(
        (replace(unit.segment, approved=approved), where, on) for unit in units for where, on, approved in unit.uses
    )
