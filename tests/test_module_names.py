"""Each module of geo/ binds a top-level name once: a second binding silently replaces the
first for every function that reads it (a regex defined twice under one name did)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

GEO = Path(__file__).resolve().parent.parent / "geo"


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", sorted(GEO.glob("*.py")), ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_a_second_binding_is_found() -> None:
    tree = ast.parse("A = 1\ndef f(): pass\nA = 2\n")
    assert _top_level_names(tree)["A"] == 2
