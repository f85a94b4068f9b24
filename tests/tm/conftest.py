from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from drafter.tm.store import Memory

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def memory(tmp_path: Path) -> Iterator[Memory]:
    with Memory.open(tmp_path / "memory.sqlite3") as m:
        yield m
