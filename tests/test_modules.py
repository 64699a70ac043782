"""The code's own shape: no module names a thing twice.

A module-level name bound twice (two `def`s, or a pattern assigned twice)
leaves only the last one in force, for every caller, wherever they stand in
the file: a rule written for one place silently becomes another's."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "generator"
TESTS = Path(__file__).resolve().parent


def _bound_twice(source: str) -> list[str]:
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        names: list[str] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return sorted(n for n, count in seen.items() if count > 1 and n != "__all__")


def test_the_check_sees_a_name_bound_twice():
    assert _bound_twice("A = 1\ndef f(): pass\nA = 2\ndef f(): pass\n") == ["A", "f"]
    assert _bound_twice("A = 1\nB = 2\n") == []


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_top_level_name_twice(path):
    assert _bound_twice(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", sorted(TESTS.rglob("*.py")), ids=lambda p: str(p.relative_to(TESTS)))
def test_no_test_module_binds_a_top_level_name_twice(path):
    """A test defined twice never runs its first body; a page constant bound
    twice feeds the earlier tests the later page."""
    assert _bound_twice(path.read_text(encoding="utf-8")) == []
