"""How the modules stand to each other, as the import-linter contracts in pyproject.toml state it: the layers
model < storage < parity < formats < tm < gui (each imports only those below it), nothing below the window
importing Qt, and no modules importing each other round a circle (style.md). import-linter reads every
import, those inside functions too, which are edges all the same."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import ROOT

_LINT = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True, no_logo=True))"


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports over the drafter/ in `root`, with the contracts of its pyproject.toml."""
    return subprocess.run(
        [sys.executable, "-c", _LINT],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(root)},
    )


def test_the_import_contracts_hold():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_a_lower_layer_importing_a_higher_one_breaks_the_contract(tmp_path: Path):
    shutil.copytree(ROOT / "drafter", tmp_path / "drafter", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    model = tmp_path / "drafter" / "model.py"
    model.write_text(model.read_text(encoding="utf-8") + "\n\ndef _late():\n    from drafter.formats import layout\n")
    result = _lint(tmp_path)
    assert result.returncode == 1
    assert "Layers: model < storage < parity < formats < tm < gui BROKEN" in result.stdout
    assert "drafter.model -> drafter.formats.layout" in result.stdout


def test_every_module_below_the_window_is_kept_from_qt():
    """The contract against Qt names every module but the window's and the command line's, which starts it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [contract] = [c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "no-qt-below-gui"]
    children = {
        f"drafter.{path.stem}"
        for path in (ROOT / "drafter").iterdir()
        if (path.suffix == ".py" and path.stem != "__init__") or (path / "__init__.py").is_file()
    }
    assert children - set(contract["source_modules"]) == {"drafter.gui", "drafter.cli", "drafter.__main__"}
