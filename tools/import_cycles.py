"""Import cycles among the modules of geomap and gazetteer:

    python tools/import_cycles.py          # one line per cycle, the imports that close it below

Every import counts, those inside functions too (they are edges of the design even when they
do not run at import time), except those under ``if TYPE_CHECKING:`` (they never run). A
package's ``__init__`` is a module like the others: a submodule that imports from its package,
whose ``__init__`` imports the submodule, is a cycle.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("geomap", "gazetteer")


def modules(root: Path = ROOT) -> dict[str, tuple[Path, bool]]:
    """Module name → (file, is a package)."""
    found = {}
    for package in PACKAGES:
        for path in (root / package).rglob("*.py"):
            parts = list(path.relative_to(root).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


def _runs(tree: ast.AST):
    """The nodes of *tree*, without the bodies of ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in [child, *_runs(child)])
            continue
        yield node
        yield from _runs(node)


def imports(root: Path = ROOT) -> dict[str, set[str]]:
    """Module → the modules of ours it imports."""
    mods = modules(root)

    def ours(name: str | None) -> str | None:
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {m: set() for m in mods}
    for name, (path, is_package) in mods.items():
        package = name if is_package else name.rpartition(".")[0]
        for node in _runs(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
                prefix = ".".join(base + ([node.module] if node.module else []))
                targets = [prefix] + [f"{prefix}.{a.name}" for a in node.names]
            else:
                continue
            graph[name].update(t for t in map(ours, targets) if t and t != name)
    return graph


def cycles(root: Path = ROOT) -> list[list[str]]:
    """The strongly connected sets of more than one module (Tarjan), each sorted."""
    graph = imports(root)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def main() -> int:
    graph = imports()
    found = cycles()
    for component in found:
        print(" ↔ ".join(component))
        for a in component:
            for b in sorted(graph[a] & set(component)):
                print(f"    {a} → {b}")
    print(f"{len(found)} import cycle(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.setrecursionlimit(10_000)
    sys.exit(main())
