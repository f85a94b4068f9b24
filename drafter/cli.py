"""The command line: `check`, `export`, `convert`, the memory's `tm` and `fill`; with no command, the window.

A stable contract (design.md): exit 0 when no errors are found, 1 when the checker finds
errors, 2 for bad usage or unreadable input, always with one line naming the file and the
problem in the user's language, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from drafter.errors import DrafterError
from drafter.l10n import Message, tr, user_language
from drafter.model import Release, Term

COMMANDS = ("check", "export", "convert", "tm", "fill")
EXIT_OK, EXIT_FINDINGS, EXIT_BAD = 0, 1, 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m drafter", description="Release Drafter: Korean/English press releases.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = sub.add_parser("check", help="compare the Korean and English versions")
    check.add_argument("release", nargs="?", help=".release.json, .txt or .docx")
    check.add_argument("--ko", help="Korean file (.txt or .docx)")
    check.add_argument("--en", help="English file (.txt or .docx)")
    check.add_argument("--json", action="store_true", help="print findings as JSON")
    _glossary_option(check)
    export = sub.add_parser("export", help="write the release as DOCX or plain text")
    export.add_argument("release", help=".release.json, .txt or .docx")
    export.add_argument("-o", "--output", required=True, help="OUT.docx or OUT.txt (the type follows the name)")
    export.add_argument(
        "--layout",
        choices=("ko", "en", "bilingual", "review"),
        default="bilingual",
        help="ko or en: one language; bilingual: Korean, then English (in DOCX on a new page); "
        "review (DOCX only): a Korean | English | findings table for reviewers",
    )
    _glossary_option(export)
    convert = sub.add_parser("convert", help="read text or DOCX into a .release.json")
    convert.add_argument("source", nargs="?")
    convert.add_argument("--ko")
    convert.add_argument("--en")
    convert.add_argument("-o", "--output", required=True)
    from drafter.tm.cli import add_parsers  # the translation memory's commands live with the memory

    add_parsers(sub)
    return parser


def _glossary_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--glossary",
        action="append",
        default=[],
        metavar="FILE",
        help="a glossary (TSV or CSV: ko, en, acronym, note) over the built-in one; may be repeated",
    )


def _user_terms(args: argparse.Namespace) -> tuple[Term, ...]:
    from drafter.parity.glossary import load

    return tuple(t for path in args.glossary for t in load(path).terms)


def _say(message: Message | str, stream=None) -> None:  # type: ignore[no-untyped-def]
    text = message.in_(user_language()) if isinstance(message, Message) else message
    print(text, file=stream or sys.stderr)


def _read(args: argparse.Namespace, source: str | None) -> Release:
    from drafter.formats import read_pair, read_release

    ko, en = getattr(args, "ko", None), getattr(args, "en", None)
    if source and (ko or en):
        raise _UsageError("give either a release file or --ko and --en, not both")
    if source:
        imported = read_release(source)
    elif ko and en:
        imported = read_pair(ko, en)
    else:
        raise _UsageError("give a release file, or both --ko and --en")
    for notice in imported.notices:
        _say(tr("{file}: note: {notice}", file=source or f"{ko}, {en}", notice=notice))
    return imported.release


def _check(args: argparse.Namespace) -> int:
    from drafter.parity import check, summary
    from drafter.parity.findings import FIELDS, field_name
    from drafter.parity.review import split_accepted

    release = _read(args, args.release)
    findings, accepted = split_accepted(release.review, check(release, _user_terms(args)))
    if args.json:
        out: dict[str, object] = {"findings": [f.as_dict() for f in findings], "summary": summary(findings)}
        if accepted:  # only then: the output of a release without accepted findings is as it always was
            out["accepted"] = [{**f.as_dict(), "reason": reason} for f, reason in accepted]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        lang = user_language()
        for f in findings:
            where = f.ko or f.en
            para = f" ¶{where.paragraph + 1}" if where and where.paragraph is not None else ""
            field = field_name(f.field).in_(lang) if f.field in FIELDS else f.field
            print(f"{f.severity.value.upper():8} {field}{para}  [{f.rule}]  {f.message.in_(lang)}")
            for side, loc in (("KO", f.ko), ("EN", f.en)):
                if loc and loc.excerpt:
                    print(f"         {side}: {_clip(loc.excerpt)}")
        counts = summary(findings)
        _say(tr("Findings: {total} (errors {error}, warnings {warning}, info {info}).", **counts), sys.stdout)
        if accepted:
            _say(tr("Accepted findings not shown: {count} (see --json).", count=len(accepted)), sys.stdout)
    return EXIT_FINDINGS if any(f.severity.value == "error" for f in findings) else EXIT_OK


def _clip(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _export(args: argparse.Namespace) -> int:
    from drafter.formats import write_export

    write_export(_read(args, args.release), args.output, args.layout, user_terms=_user_terms(args))
    return EXIT_OK


def _convert(args: argparse.Namespace) -> int:
    from drafter import storage
    from drafter.parity.review import stamp

    # Converted together: each English was written from the Korean beside it (stale once that changes).
    storage.save(stamp(_read(args, args.source)), args.output)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        return gui_main(argv)
    try:
        args = _parser().parse_args(argv)
        if args.command in ("tm", "fill"):
            from drafter.tm.cli import run

            return run(args)
        return {"check": _check, "export": _export, "convert": _convert}[args.command](args)
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    except _UsageError as exc:
        _say(tr('Bad command line: {detail}. See "python -m drafter --help".', detail=str(exc)))
    except DrafterError as exc:
        _say(exc.line())
    except KeyboardInterrupt:
        _say(tr("Interrupted."))
    except Exception as exc:  # a bug: still one line, and the details when asked for
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        _say(
            tr(
                "Internal error ({kind}: {detail}). Set DRAFTER_DEBUG=1 to see the details.",
                kind=type(exc).__name__,
                detail=exc,
            )
        )
    return EXIT_BAD


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Open the window (with a file when one is given)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        from drafter.gui.app import run  # type: ignore[import-not-found]
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("drafter.gui"):
            _say(
                tr(
                    "This version has no window yet. Use the command line: python -m drafter check | export | convert "
                    "(see --help)."
                )
            )
            return EXIT_BAD
        if exc.name and exc.name.startswith("PySide6"):
            _say(tr("PySide6 is not installed; install the program with the command in README.md."))
            return EXIT_BAD
        raise
    return int(run(argv))
