"""How the modules stand to each other: no two import each other, directly or round a circle (style.md),
counting the imports inside functions, which are edges all the same."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter

from tests.conftest import ROOT


def imports() -> dict[str, set[str]]:
    """Each module of drafter/ and the modules of drafter/ it imports (a package's __init__ only when the
    package itself is imported, not for `from package import module`)."""
    modules = {}
    for path in (ROOT / "drafter").rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        modules[name] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("drafter"):
                subs = {f"{node.module}.{a.name}" for a in node.names} & modules.keys()
                targets = subs if len(subs) == len(node.names) else {node.module, *subs}
            elif isinstance(node, ast.Import):
                targets = {a.name for a in node.names}
            else:
                continue
            graph[name] |= (targets & modules.keys()) - {name}
    return graph


def test_no_modules_import_each_other_round_a_circle():
    graph = imports()
    assert "drafter.parity.extract" in graph["drafter.parity.align"]
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as error:
        raise AssertionError(f"import circle: {' → '.join(error.args[1])}") from None
