"""Checks the import-linter contracts cannot express, and reports the graph's shape.

    .venv/bin/python scripts/check_shape.py [--report]

Fails (exit 1) when
- two modules of ``mentorjournal`` or ``ui`` import each other, directly or in a
  cycle (imports under ``if TYPE_CHECKING:`` do not count: they never run);
- a module uses another module's private name (``from x import _y``,
  ``x._y``).
``--report`` also prints the import graph's depth (the longest chain of
imports between the project's own modules).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("mentorjournal", "ui")


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    modules = sorted(m for m in graph.modules if m.split(".")[0] in PACKAGES)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(10_000)

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.find_modules_directly_imported_by(node)):
            if nxt.split(".")[0] not in PACKAGES or _is_parent(nxt, node):
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return found


def _is_parent(package: str, module: str) -> bool:
    """``module`` importing its own package's ``__init__`` (Python runs it first anyway)."""
    return module.startswith(package + ".")


def depth(graph: grimp.ImportGraph) -> tuple[int, list[str]]:
    """The longest import chain between the project's modules (the graph must be acyclic)."""
    memo: dict[str, list[str]] = {}

    def longest(node: str) -> list[str]:
        if node not in memo:
            best: list[str] = []
            for nxt in graph.find_modules_directly_imported_by(node):
                if nxt.split(".")[0] in PACKAGES and not _is_parent(nxt, node):
                    chain = longest(nxt)
                    if len(chain) > len(best):
                        best = chain
            memo[node] = [node, *best]
        return memo[node]

    chains = [longest(m) for m in graph.modules if m.split(".")[0] in PACKAGES]
    chain = max(chains, key=len)
    return len(chain) - 1, chain


def private_uses() -> list[str]:
    """``from x import _y`` and ``alias._y`` where the alias is an imported project module."""
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            aliases: set[str] = set()
            here = path.relative_to(ROOT).with_suffix("").parts
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and (node.module or node.level):
                    if node.level:  # relative: resolve against the module's package
                        package = here[: len(here) - node.level]
                        module = ".".join([*package, *([node.module] if node.module else [])])
                    else:
                        module = node.module or ""
                    if module.split(".")[0] not in PACKAGES:
                        continue
                    for name in node.names:
                        if name.name.startswith("_") and not name.name.startswith("__"):
                            found.append(
                                f"{path.relative_to(ROOT)}:{node.lineno} imports {module}.{name.name}"
                            )
                        aliases.add(name.asname or name.name)
                elif isinstance(node, ast.Import):
                    for name in node.names:
                        if name.name.split(".")[0] in PACKAGES:
                            aliases.add((name.asname or name.name).split(".")[0])
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Attribute)
                    and isinstance(node.value, ast.Name)
                    and node.value.id in aliases
                    and node.attr.startswith("_")
                    and not node.attr.startswith("__")
                ):
                    found.append(
                        f"{path.relative_to(ROOT)}:{node.lineno} uses {node.value.id}.{node.attr}"
                    )
    return found


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    graph = grimp.build_graph(*PACKAGES, exclude_type_checking_imports=True)
    problems = [f"import cycle: {' <-> '.join(group)}" for group in cycles(graph)]
    problems += [f"private name: {use}" for use in private_uses()]
    for problem in problems:
        print(problem, file=sys.stderr)
    if "--report" in argv and not problems:
        length, chain = depth(graph)
        print(
            f"import graph: {len([m for m in graph.modules if m.split('.')[0] in PACKAGES])} modules, "
            f"depth {length}: {' -> '.join(chain)}"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
