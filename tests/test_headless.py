"""The core runs without Qt: the command line and the tests use it on machines with no display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import drafter
from tests.conftest import ROOT


def core_modules() -> list[str]:
    return sorted(
        m.name
        for m in pkgutil.walk_packages(drafter.__path__, "drafter.")
        if not m.name.startswith("drafter.gui") and m.name != "drafter.__main__"
    )


def test_every_core_module_imports_with_pyside6_blocked():
    modules = core_modules()
    assert "drafter.parity" in modules and "drafter.formats.plaintext" in modules
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        f"for name in {modules!r}: __import__(name)\n"
        "from drafter.cli import main\n"
        f"sys.exit(main(['check', {str(ROOT / 'resources' / 'samples' / 'pps-innovation-2026-11-24.txt')!r}]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr


def test_no_core_source_mentions_pyside6():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "drafter").rglob("*.py")
        if "gui" not in path.relative_to(ROOT / "drafter").parts
        and "PySide6" in path.read_text(encoding="utf-8")
        and path.name != "cli.py"  # cli.py names it only in a message when the window cannot start
    ]
    assert offenders == []


def test_a_pdf_export_without_pyside6_is_refused_in_one_line(tmp_path):
    out = tmp_path / "x.pdf"
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from drafter.cli import main\n"
        f"sys.exit(main(['export', {str(ROOT / 'resources' / 'samples' / 'pps-innovation-2026-11-24.txt')!r}, "
        f"'-o', {str(out)!r}]))\n"
    )
    env = {"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60, env=env)
    assert result.returncode == 2 and not out.exists()
    assert (
        result.stderr.strip() == f"{out}: Export to PDF document needs PySide6, which is not installed; install "
        "the program with the command in README.md."
    )
