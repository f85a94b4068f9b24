"""The benchmark runner runs and writes its table (its numbers are not judged here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_quick_run_writes_every_measurement(tmp_path: Path):
    out = tmp_path / "results.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert results["check reference release, first (ms)"] > 0
    assert results["CLI check 300 / 10 (×)"] > 0
    assert "check reference release" in result.stdout
