"""The command line: `check`, `export`, `convert`, the memory's `tm` and `fill`; with no command, the window.

A stable contract (design.md): exit 0 when no errors are found, 1 when the checker finds
errors, 2 for bad usage or unreadable input, always with one line naming the file and the
problem in the user's language, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from typing import NoReturn

from drafter import __version__, build
from drafter.console import out, refuse_to_replace, say
from drafter.errors import DrafterError
from drafter.l10n import tr, user_language
from drafter.model import Release, Term

COMMANDS = ("check", "export", "convert", "tm", "fill")
EXIT_OK, EXIT_FINDINGS, EXIT_BAD = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # what a shell reports for a program whose reader went away (128 + SIGPIPE)
# What `python -m drafter FILE` may open in the window; any other first word is an unknown command.
DOCUMENT_SUFFIXES = (".json", ".txt", ".text", ".docx", ".doc", ".hwpx", ".hwp", ".odt", ".pdf")
# How the user starts the command line: the packaged program (packaging/build.py) is one command.
PROGRAM = "release-drafter" if getattr(sys, "frozen", False) else "python -m drafter"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROGRAM, description="Release Drafter: Korean/English press releases.")
    made = build()
    version = f"Release Drafter {__version__}" + (f" (build {made})" if made else "")
    parser.add_argument("--version", action="version", version=version)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = sub.add_parser("check", help="compare the Korean and English versions")
    check.add_argument("release", nargs="?", help=".release.json, .txt, .docx or .hwpx")
    check.add_argument("--ko", help="Korean file (.txt, .docx or .hwpx)")
    check.add_argument("--en", help="English file (.txt, .docx or .hwpx)")
    check.add_argument("--json", action="store_true", help="print findings as JSON")
    check.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the release date, for relative years (작년, next year) and weekdays; "
        "otherwise read from the text (배포일시, 보도시점, 등록) when it says",
    )
    _glossary_option(check)
    export = sub.add_parser("export", help="write the release as DOCX, HWPX, PDF or plain text")
    export.add_argument("release", help=".release.json, .txt, .docx or .hwpx")
    export.add_argument(
        "-o", "--output", required=True, help="OUT.docx, OUT.hwpx, OUT.pdf or OUT.txt: the type follows the name"
    )
    export.add_argument(
        "--layout",
        choices=("ko", "en", "bilingual", "review"),
        default="bilingual",
        help="ko or en: one language; bilingual: Korean, then English (in DOCX on a new page); "
        "review (DOCX only): a Korean | English | findings table for reviewers",
    )
    export.add_argument(
        "--style",
        default="",
        metavar="NAME",
        help="the house style (generic, pps, mofa, or a style file); default: the release's own",
    )
    _glossary_option(export)
    convert = sub.add_parser("convert", help="read text, DOCX or HWPX into a .release.json")
    convert.add_argument("source", nargs="?")
    convert.add_argument("--ko")
    convert.add_argument("--en")
    convert.add_argument("-o", "--output", required=True)
    from drafter.tm.cli import add_parsers  # the translation memory's commands live with the memory

    add_parsers(sub)
    return parser


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date as YYYY-MM-DD") from None


def _glossary_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--glossary",
        action="append",
        default=[],
        metavar="FILE",
        help="a glossary (TSV or CSV: ko, en, acronym, note) over the built-in one; may be repeated",
    )
    parser.add_argument(
        "--no-plain-korean",
        action="store_true",
        help="leave out the plain-Korean findings (공공언어: foreign words, abbreviations, long sentences …)",
    )


def _user_terms(args: argparse.Namespace) -> tuple[Term, ...]:
    from drafter.parity.glossary import load

    return tuple(t for path in args.glossary for t in load(path).terms)


def _plain_words(args: argparse.Namespace) -> tuple[()] | None:
    """The built-in plain-Korean lists, or None: not checked (a release can also turn it off itself)."""
    return None if args.no_plain_korean else ()


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
        say(tr("{file}: note: {notice}", file=source or f"{ko}, {en}", notice=notice))
    return imported.release


def _check(args: argparse.Namespace) -> int:
    from drafter.parity import check, summary
    from drafter.parity.findings import place
    from drafter.parity.limits import check_size
    from drafter.parity.review import split_accepted

    release = _read(args, args.release)
    if args.date is not None:
        release.meta.release_date = args.date
    check_size(release, args.release or f"{args.ko}, {args.en}")  # a release too long names its file
    findings, accepted = split_accepted(release.review, check(release, _user_terms(args), _plain_words(args)))
    if args.json:
        report: dict[str, object] = {"findings": [f.as_dict() for f in findings], "summary": summary(findings)}
        if accepted:  # only then: the output of a release without accepted findings is as it always was
            report["accepted"] = [{**f.as_dict(), "reason": reason} for f, reason in accepted]
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        lang = user_language()
        for f in findings:
            out(f"{f.severity.value.upper():8} {place(f).in_(lang)}  [{f.rule}]  {f.message.in_(lang)}")
            for side, loc in (("KO", f.ko), ("EN", f.en)):
                if loc and loc.excerpt:
                    out(f"         {side}: {_clip(loc.excerpt)}")
        counts = summary(findings)
        say(tr("Findings: {total} (errors {error}, warnings {warning}, info {info}).", **counts), sys.stdout)
        if accepted:
            say(tr("Accepted findings not shown: {count} (see --json).", count=len(accepted)), sys.stdout)
    return EXIT_FINDINGS if any(f.severity.value == "error" for f in findings) else EXIT_OK


def _clip(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _export(args: argparse.Namespace) -> int:
    from drafter.formats import ExportOptions, write_export
    from drafter.parity.limits import check_size

    refuse_to_replace(args.output, args.release)
    if args.style:
        from drafter.styles import load

        load(args.style, files=True)  # an unknown style is named before anything is read or written
    release = _read(args, args.release)
    if args.layout == "review":  # the review sheet lists the checker's findings
        check_size(release, args.release)
    options = ExportOptions(style=args.style, user_terms=_user_terms(args), plain_words=_plain_words(args))
    write_export(release, args.output, args.layout, options)
    return EXIT_OK


def _convert(args: argparse.Namespace) -> int:
    from drafter import storage
    from drafter.parity.review import stamp

    refuse_to_replace(args.output, args.source, args.ko, args.en)
    # Converted together: each English was written from the Korean beside it (stale once that changes).
    storage.save(stamp(_read(args, args.source)), args.output)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or _is_document(argv[0]):
        return gui_main(argv)
    # Text from files goes out as it is; a character the terminal's encoding lacks is shown escaped.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    try:
        if argv[0] not in COMMANDS and not argv[0].startswith("-"):
            raise DrafterError(
                tr(
                    'Unknown command "{command}". The commands are check, export, convert, tm and fill '
                    '(see "{program} --help"); a release file given alone opens in the window.',
                    command=argv[0],
                    program=PROGRAM,
                )
            )
        args = _parser().parse_args(argv)
        if args.command in ("tm", "fill"):
            from drafter.tm.cli import run

            status = run(args)
        else:
            status = {"check": _check, "export": _export, "convert": _convert}[args.command](args)
        sys.stdout.flush()  # here, so that a reader gone away is noticed while it can be handled
        return status
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0)
    except BrokenPipeError:
        # The reader of the output went away (`check … | head -1`): stop quietly, as other tools do.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except _UsageError as exc:
        say(tr('Bad command line: {detail}. See "{program} --help".', detail=str(exc), program=PROGRAM))
    except DrafterError as exc:
        say(exc.line())
    except KeyboardInterrupt:
        say(tr("Interrupted."))
    except MemoryError:
        say(tr("Out of memory: the input is too large for this computer."))
    except Exception as exc:  # a bug: still one line, and the details when asked for
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        say(
            tr(
                "Internal error ({kind}: {detail}). Set DRAFTER_DEBUG=1 to see the details.",
                kind=type(exc).__name__,
                detail=" ".join(str(exc).split()),
            )
        )
    return EXIT_BAD


def _is_document(arg: str) -> bool:
    """Whether `python -m drafter ARG` means "open ARG in the window" rather than a command."""
    if arg in COMMANDS or arg.startswith("-"):
        return False
    return arg.lower().endswith(DOCUMENT_SUFFIXES) or os.path.isfile(arg)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Open the window (with a file when one is given)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if _no_display():
        say(
            tr(
                "No display was found, so the window cannot open. The commands check, export and convert "
                "work without one (see {program} --help).",
                program=PROGRAM,
            )
        )
        return EXIT_BAD
    try:
        from drafter.gui.app import run  # type: ignore[import-not-found]
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("drafter.gui"):
            say(
                tr(
                    "This version has no window yet. Use the command line: python -m drafter check | export | convert "
                    "(see --help)."
                )
            )
            return EXIT_BAD
        if exc.name and exc.name.startswith("PySide6"):
            say(tr("PySide6 is not installed; install the program with the command in README.md."))
            return EXIT_BAD
        raise
    return int(run(argv))


def _no_display() -> bool:
    """On X11/Wayland systems, no screen to show a window on (Qt would abort with a plug-in message)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
