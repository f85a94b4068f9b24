"""The memory's commands: `tm import PATH…`, `tm export -o X.tmx`, `tm search TEXT [--json]`, `fill RELEASE -o OUT`.

drafter/cli.py adds these parsers and dispatches to `run`; its contract holds here too: exit 0
when done, 2 for bad usage or a file that cannot be read (one line per file, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from typing import TYPE_CHECKING

from drafter.console import out, refuse_to_replace, say
from drafter.l10n import Message, tr, tr_n, user_language

if TYPE_CHECKING:
    from drafter.model import Release, Version
    from drafter.tm.store import Memory

COMMANDS = ("tm", "fill")
EXIT_OK, EXIT_BAD = 0, 2


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    tm = sub.add_parser("tm", help="the translation memory: import, export, search")
    tm_sub = tm.add_subparsers(dest="tm_command", required=True, parser_class=type(tm))
    imp = tm_sub.add_parser("import", help="add releases (.release.json, .txt, .docx, .hwpx; folders) or TMX files")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    exp = tm_sub.add_parser("export", help="write the whole memory as TMX 1.4")
    exp.add_argument("-o", "--output", required=True, metavar="X.tmx")
    search = tm_sub.add_parser("search", help="suggestions for a Korean text, adapted to its figures")
    search.add_argument("text")
    search.add_argument("--json", action="store_true", help="print the suggestions as JSON")
    search.add_argument("--limit", type=int, default=5)
    fill = sub.add_parser("fill", help="fill empty English paragraphs from exact and adapted matches")
    fill.add_argument("release", help=".release.json, .txt or .docx")
    fill.add_argument("-o", "--output", required=True, help="OUT.release.json (or .txt, .docx)")
    for parser in (imp, exp, search, fill):
        parser.add_argument("--memory", metavar="FILE", help="the memory's database (default: in your data folder)")


def _open(args: argparse.Namespace) -> Memory:
    from drafter.tm.store import Memory

    if getattr(args, "output", None):  # `tm export -o m.sqlite3 --memory m.sqlite3` would destroy the memory
        memory_itself = tr(
            "This is the translation memory; writing here would replace it. Give the output another name."
        )
        refuse_to_replace(args.output, *_memory_files(args), what=memory_itself)
    memory = Memory.open(args.memory)
    for notice in memory.notices:
        say(notice)
    return memory


def _memory_files(args: argparse.Namespace) -> list[str]:
    """The memory's database and the files SQLite keeps beside it."""
    from drafter.tm.store import default_path

    database = str(args.memory or default_path())
    return [database, *(database + suffix for suffix in ("-wal", "-shm", "-journal"))]


def run(args: argparse.Namespace) -> int:
    if args.command == "fill":
        return _fill(args)
    return {"import": _import, "export": _export, "search": _search}[args.tm_command](args)


def _import(args: argparse.Namespace) -> int:
    from drafter.tm.importer import import_paths

    with _open(args) as memory:
        report = import_paths(memory, args.paths)
        for problem in report.problems:
            say(problem.line())
        say(
            tr(
                "{files} {new} {total}",
                files=tr_n("Imported {count} file:", "Imported {count} files:", report.files),
                new=tr_n("{count} new pair;", "{count} new pairs;", report.new_pairs),
                total=tr_n("the memory holds {count} pair.", "the memory holds {count} pairs.", memory.count()),
            ),
            sys.stdout,
        )
    return EXIT_BAD if report.problems else EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from drafter.tm.tmx import export

    with _open(args) as memory:
        count = export(memory, args.output)
    say(
        tr_n("Exported {count} pair to {file}.", "Exported {count} pairs to {file}.", count, file=args.output),
        sys.stdout,
    )
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    from drafter.tm.suggest import for_paragraph

    with _open(args) as memory:
        found = for_paragraph(memory, args.text, max(1, args.limit))
    if args.json:
        print(json.dumps({"query": args.text, "suggestions": [asdict(s) for s in found]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        say(tr("No suggestions."), sys.stdout)
    for n, s in enumerate(found, 1):
        label = _kind_label(s.kind, s.adapted)
        out(f"{n}. {s.score}%  {label.in_(user_language())}")
        out(f"   KO: {s.stored_ko}")
        out(f"   EN: {s.en}")
    return EXIT_OK


def _kind_label(kind: str, adapted: bool) -> Message:
    if kind == "exact":
        return tr("exact match")
    if kind == "assembled":
        return tr("from sentences, adapted") if adapted else tr("from sentences")
    if kind == "facts":
        return tr("figures adapted") if adapted else tr("figures differ, not adapted")
    return tr("similar")


# --- fill -------------------------------------------------------------------------------------------


def _fill(args: argparse.Namespace) -> int:
    from drafter.formats import read_release, write_export

    refuse_to_replace(args.output, args.release)
    release = read_release(args.release).release
    with _open(args) as memory:
        filled, empty, release = fill(memory, release)
    write_export(release, args.output)
    say(
        tr_n(
            "Filled {filled} of {count} empty English passage from the memory; it is not approved: "
            "review it before release.",
            "Filled {filled} of {count} empty English passages from the memory; they are not approved: "
            "review them before release.",
            empty,
            filled=filled,
        ),
        sys.stdout,
    )
    return EXIT_OK


def fill(memory: Memory, release: Release) -> tuple[int, int, Release]:
    """The release with each empty English passage (title, subtitle, body paragraph, note, footnote, contact
    line) filled from an exact or adapted match; (filled, empty, release). A paragraph takes the English
    symbol of its Korean's level (drafter.formats.body.as_printed); filled pairs are left unapproved."""
    from drafter.formats.body import as_printed
    from drafter.model import Note, Paragraph
    from drafter.parity.align import align
    from drafter.tm.suggest import whole_match

    year = release.meta.release_date.year if release.meta.release_date else None
    counts = [0, 0]

    def best(ko: str) -> str | None:
        counts[1] += 1
        found = whole_match(memory, ko, year)
        if found is None:
            return None
        counts[0] += 1
        return found.en

    def lines(korean: list[str]) -> list[str]:
        return [s for s in (best(line) for line in korean if line.strip()) if s]

    def notes(korean: list[Note]) -> list[Note]:
        return [Note(text, note.marker) for note in korean if (text := best(note.text))]

    ko, en = release.ko, release.en
    title = en.title or (best(ko.title) or "" if ko.title else "")
    contact = en.contact or "\n".join(lines(ko.contact.split("\n")))
    subtitle = list(en.subtitle) or lines(ko.subtitle)
    footnotes = list(en.footnotes) or notes(ko.footnotes)
    body: list[Paragraph] = []
    for pair in align([p.text for p in ko.body], [p.text for p in en.body]):
        korean = [ko.body[i] for i in pair.ko]
        if pair.en:
            english = [en.body[j] for j in pair.en]
            if not any(p.notes for p in english) and any(p.notes for p in korean):  # the notes alone are empty
                english[-1] = replace(english[-1], notes=notes([n for p in korean for n in p.notes]))
            body.extend(english)
            continue
        for paragraph in korean:
            text = best(paragraph.text)
            if text is not None:
                filled = Paragraph(text, notes(paragraph.notes), paragraph.bullet, paragraph.level)
                body.append(as_printed(filled, "en", {}))
    filled_en: Version = replace(en, title=title, subtitle=subtitle, body=body, footnotes=footnotes, contact=contact)
    return counts[0], counts[1], replace(release, en=filled_en)
