"""The benchmark runners run and write their tables (their numbers are not judged here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.align_eval import DATA
from tests.conftest import ROOT

needs_ntrex = pytest.mark.skipif(not DATA.is_dir(), reason="NTREX (../shared/data) is not beside the checkout")


def quick_run(module: str, out: Path) -> tuple[str, dict[str, float]]:
    """Run `python -m MODULE --quick --json OUT`; its standard output and results."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", module, "--quick", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout, json.loads(out.read_text(encoding="utf-8"))["results"]


@needs_ntrex
def test_quick_run_writes_every_measurement(tmp_path: Path):
    stdout, results = quick_run("benchmarks", tmp_path / "results.json")
    assert "bytecode compiled first" in stdout
    assert results["check reference release, first (ms)"] > 0
    assert results["check ntrex 300, first (ms)"] > 0
    assert results["check generated 300, allocated (MB)"] > 0
    assert results["align 300 (ms)"] > 0
    assert results["CLI check ntrex 300 / 10 (×)"] > 0
    assert results["text import 300 (ms)"] > 0
    assert "check reference release" in stdout


@needs_ntrex
def test_the_benchmark_text_is_distinct():
    from benchmarks import corpus

    for ko, en in (corpus.ntrex(3000), corpus.generated(300)):
        assert len(set(ko)) == len(ko) and len(set(en)) == len(en)


def test_the_memory_benchmark_compiles_first_and_writes_every_measurement(tmp_path: Path):
    stdout, results = quick_run("benchmarks.tm_scale", tmp_path / "tm.json")
    assert "bytecode compiled first" in stdout
    assert results["suggestions for a paragraph, median (ms)"] > 0
    assert results["pairs from those releases"] > 100
