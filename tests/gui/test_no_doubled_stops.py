"""No user-visible text ends an ellipsis or a sentence with a second full stop ("New goal…." or "done..")."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import coachdesk

# An ellipsis followed by a full stop, or two stops after a letter that are not a three-dot ellipsis
# or a relative path ("../").
_DOUBLED = re.compile(r"…\.|(?<=\w)\.\.(?![./])")


def _strings(path: Path) -> list[tuple[int, str]]:
    """The string constants in ``path`` other than docstrings and comments (text a coach may read)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_no_string_in_the_package_has_a_doubled_stop() -> None:
    root = Path(coachdesk.__file__).parent
    found = [
        f"{path.relative_to(root)}:{line}: {text!r}"
        for path in sorted(root.rglob("*.py"))
        for line, text in _strings(path)
        if _DOUBLED.search(text)
    ]
    assert found == []
