"""The layering of docs/architecture.md, held by the code.

Every module of the package is parsed (nothing is imported): each import, at module scope,
inside a function or for type checking, is an arrow from its module's package to the imported
one, and must be one the document's table allows. Import-time closures (module scope, outside
`if TYPE_CHECKING`) must keep torch out of the packages the table marks torch-free and the
sandbox out of the model side. The light faces are then checked for real, in fresh interpreters.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pytest_apiedit"
DOCUMENT = PACKAGE.parent / "docs" / "architecture.md"
HEAVY = ("torch", "transformers")
MODEL_SIDE = ("models", "generation", "editing")


@dataclass
class Module:
    name: str
    """`pytest_apiedit.editing.config`."""
    imports: set[str] = field(default_factory=set)
    """Every module named by an import anywhere in the file (top-level names for others)."""
    at_import: set[str] = field(default_factory=set)
    """What importing it runs: module-scope imports outside `if TYPE_CHECKING`."""

    @property
    def package(self) -> str:
        """`editing` for `pytest_apiedit.editing.config`, `cli` for `pytest_apiedit.cli`."""
        parts = self.name.split(".")
        return parts[1] if len(parts) > 1 else ""


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The modules an import statement loads (a `from m import x` may load the module m.x)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = module if is_package else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        base = base.rpartition(".")[0]
    source = f"{base}.{node.module}" if node.level and node.module else node.module or base
    return [source, *(f"{source}.{alias.name}" for alias in node.names)]


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


@cache
def modules() -> dict[str, Module]:
    found: dict[str, Module] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _name(path)
        is_package = path.name == "__init__.py"
        module = found[name] = Module(name)
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                module.imports.update(_targets(node, name, is_package))

        def scope(body: list[ast.stmt], module: Module = module, is_package: bool = is_package):
            for node in body:
                if isinstance(node, ast.Import | ast.ImportFrom):
                    module.at_import.update(_targets(node, module.name, is_package))
                elif isinstance(node, ast.If) and not _is_type_checking(node):
                    scope(node.body)
                    scope(node.orelse)
                elif isinstance(node, ast.Try):
                    scope(node.body)
                    for handler in node.handlers:
                        scope(handler.body)

        scope(tree.body)
    for module in found.values():  # keep names that are modules (not `from m import function`)
        module.imports = {_owner(target, found) for target in module.imports}
        module.at_import = {_owner(target, found) for target in module.at_import}
    return found


def _owner(target: str, found: dict[str, Module]) -> str:
    """The module a dotted name is (ours), or the top-level package (others')."""
    if not target.startswith("pytest_apiedit"):
        return target.split(".")[0]
    while target not in found:
        target = target.rpartition(".")[0]
    return target


@dataclass(frozen=True)
class Row:
    package: str
    may_import: frozenset[str]
    torch: bool


@cache
def table() -> dict[str, Row]:
    rows = {}
    for line in DOCUMENT.read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and re.fullmatch(r"`[\w_]+`", cells[0]):
            package = cells[0].strip("`")
            allowed = frozenset(p.strip() for p in cells[2].split(",") if p.strip())
            rows[package] = Row(package, allowed, {"yes": True, "no": False}[cells[3]])
    return rows


def closure(start: str) -> set[str]:
    """Everything importing `start` runs: its import-time imports, their parent packages, and
    so on (names outside the package stay top-level names)."""
    found = modules()
    seen: set[str] = set()
    todo = [start]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in found:
            parents = [".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)]
            todo += [*found[name].at_import, *parents]
    return seen


def test_the_table_names_every_package_once_and_only_packages_that_exist() -> None:
    packages = {module.package for module in modules().values()} - {""}
    assert set(table()) == packages
    for row in table().values():
        assert row.may_import <= packages, row
        assert row.package not in row.may_import


def test_every_import_is_an_arrow_the_table_allows() -> None:
    wrong = []
    for module in modules().values():
        if not module.package:  # the root `__init__`: a version string
            continue
        for target in sorted(module.imports):
            if not target.startswith("pytest_apiedit."):
                continue
            package = modules()[target].package
            allowed = table()[module.package].may_import
            if package not in (module.package, "") and package not in allowed:
                wrong.append(f"{module.name} -> {target}")
    assert not wrong, "imports docs/architecture.md does not allow:\n" + "\n".join(wrong)


def _cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph, or None (depth-first search with colours)."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == "open":
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = "done"
        path.pop()
        return None

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_cycles_between_packages_or_modules() -> None:
    packages = {row.package: set(row.may_import) for row in table().values()}
    assert _cycle(packages) is None, "the table allows a cycle"
    ours = {
        m.name: {t for t in m.imports if t.startswith("pytest_apiedit.") and t != m.name}
        for m in modules().values()
    }
    for name in ours:  # a package's `__init__` is not a cycle with the modules under it
        ours[name] = {t for t in ours[name] if not name.startswith(t + ".")}
    assert (cycle := _cycle(ours)) is None, " -> ".join(cycle)


def test_pytest_is_imported_only_by_the_plugin() -> None:
    found = modules().values()
    assert not [m.name for m in found if "pytest" in m.imports and m.package != "plugin"]


def test_torch_free_packages_load_no_torch_and_the_model_side_no_sandbox() -> None:
    problems = []
    for module in modules().values():
        loaded = closure(module.name)
        row = table().get(module.package)
        if row is not None and not row.torch and (heavy := loaded & set(HEAVY)):
            problems.append(f"{module.name} loads {', '.join(sorted(heavy))}")
        if module.package in MODEL_SIDE:
            sandbox = sorted(n for n in loaded if n.startswith("pytest_apiedit.sandbox"))
            if sandbox:
                problems.append(f"{module.name} loads {sandbox[0]}")
    light = ("plugin", "plugin.options", "session.settings")  # loaded before --edit-method is read
    for entry in (f"pytest_apiedit.{name}" for name in light):
        if heavy := closure(entry) & set(HEAVY):
            problems.append(f"{entry} loads {', '.join(sorted(heavy))}")
    assert not problems, "\n".join(problems)


def _loaded_after(code: str) -> dict[str, bool]:
    """Run `code` in a fresh interpreter; whether torch and transformers were imported."""
    report = f"import json, sys; print(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))"
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\n{report}"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "module",
    [
        "pytest_apiedit.plugin",
        "pytest_apiedit.metrics",
        "pytest_apiedit.reporting",
        "pytest_apiedit.api",
        "pytest_apiedit.benchmark",
        "pytest_apiedit.sandbox",
    ],
)
def test_light_modules_import_without_torch(module: str) -> None:
    assert _loaded_after(f"import {module}") == dict.fromkeys(HEAVY, False)


def test_the_command_line_runs_without_torch(tmp_path: Path) -> None:
    from pytest_apiedit.benchmark.store import Benchmark

    problem = Benchmark.load().problems[0]
    program = tmp_path / "program.py"
    program.write_text(problem.original)
    commands = [
        ["list"],
        ["stats"],
        ["check", str(program), "--problem", problem.id],
        ["verify", "--problem", problem.id],
        ["report", str(PACKAGE.parent / "reports" / "grace" / "report.json.gz")],
    ]
    code = (
        "import contextlib, io\n"
        "from pytest_apiedit.cli import main\n"
        f"for argv in {commands!r}:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        assert main(argv) == 0, argv"
    )
    assert _loaded_after(code) == dict.fromkeys(HEAVY, False)
