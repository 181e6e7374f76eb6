"""Census: which builtin and standard-library APIs the reference solutions actually use.

Counted by AST, per problem (a problem that calls `len` ten times counts once), per source.
Names are resolved through imports and shadowing (`pytest_apiedit.api.names.ProgramIndex`), so
`from math import sqrt as s; s(2)` counts for `math.sqrt` and a program's own `len` does not
count for `builtins.len`. Four kinds of use are counted:

- `call`: a call of a builtin or standard-library function or class, `math.sqrt`;
- `keyword`: a keyword argument of such a call, `builtins.sorted(reverse=)`;
- `method`: a method called on something the AST cannot type, `.split`, with the builtin
  types that have such a method (the candidates of a builtin-type method rename);
- `module`: an imported standard-library module, `heapq` (the candidates of a module move).

The modifications of the benchmark are chosen from this table: an API needs problems beyond its
reliability problem to have generalization problems, and must not be so common that no
specificity problem is left.

    .venv/bin/python benchmarks/census.py --top 60
    .venv/bin/python benchmarks/census.py --json > census.json
"""

from __future__ import annotations

import argparse
import ast
import builtins
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sources import RawProblem, all_problems

from pytest_apiedit.api.names import ProgramIndex
from pytest_apiedit.benchmark.problem import SOURCES

BUILTIN_TYPES = (str, list, dict, set, frozenset, tuple, bytes, int, float, complex, range)


@dataclass
class Census:
    problems: Counter[str] = field(default_factory=Counter)
    """Problems read, per source."""
    unparsable: list[str] = field(default_factory=list)
    uses: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """Use (e.g. `call math.sqrt`) -> source -> number of problems."""

    def add(self, problem: RawProblem) -> None:
        self.problems[problem.source] += 1
        try:
            index = ProgramIndex.parse(problem.reference)
        except (SyntaxError, ValueError):
            self.unparsable.append(problem.id)
            return
        for use in set(uses_of(index)):
            self.uses[use][problem.source] += 1

    def rows(self) -> list[dict[str, object]]:
        rows = [
            {"use": use, **{s: counts[s] for s in SOURCES}, "total": sum(counts.values())}
            for use, counts in self.uses.items()
        ]
        return sorted(rows, key=lambda row: (-int(row["total"]), str(row["use"])))


def uses_of(index: ProgramIndex) -> Iterable[str]:
    for node in ast.walk(index.tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if node.module and node.level == 0 else [])
            for name in names:
                if name.partition(".")[0] in sys.stdlib_module_names:
                    yield f"module {name}"
        if not isinstance(node, ast.Call):
            continue
        qualname = index.qualname(node.func)
        if qualname is not None and _is_standard(qualname):
            yield f"call {qualname}"
            for keyword in node.keywords:
                if keyword.arg is not None:
                    yield f"keyword {qualname}({keyword.arg}=)"
        elif qualname is None and isinstance(node.func, ast.Attribute):
            types = [t.__name__ for t in BUILTIN_TYPES
                     if callable(getattr(t, node.func.attr, None))]
            if types:
                yield f"method .{node.func.attr} ({', '.join(types)})"


def _is_standard(qualname: str) -> bool:
    top, _, name = qualname.partition(".")
    return hasattr(builtins, name) if top == "builtins" else top in sys.stdlib_module_names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--top", type=int, default=80, help="rows to print (default 80)")
    parser.add_argument("--kind", choices=("call", "keyword", "method", "module"),
                        help="only this kind of use")
    parser.add_argument("--json", action="store_true", help="print everything as JSON")
    args = parser.parse_args()

    census = Census()
    for problem in all_problems():
        census.add(problem)
    rows = [r for r in census.rows() if not args.kind or str(r["use"]).startswith(args.kind)]
    if args.json:
        json.dump({"problems": dict(census.problems), "unparsable": census.unparsable,
                   "uses": rows}, sys.stdout, indent=1)
        print()
        return
    print(f"problems: {dict(census.problems)}; unparsable references: {len(census.unparsable)}")
    print(f"{'use':58} {'humaneval':>9} {'mbpp':>6} {'apps':>6} {'total':>6}")
    for row in rows[: args.top]:
        print(f"{row['use']!s:58} {row['humaneval']:>9} {row['mbpp']:>6} {row['apps']:>6} "
              f"{row['total']:>6}")


if __name__ == "__main__":
    main()
