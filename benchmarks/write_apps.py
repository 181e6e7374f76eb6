"""Write reference solutions for APPS problems that come without one (`written_apps/ID.py`).

The raw APPS data holds 2,625 problems with questions and tests but no solution; the benchmark
needs more problems than HumanEval, MBPP and the solved APPS problems give. A solution written
here must pass all of its problem's APPS tests in the sandbox (original world); the tests are
never changed. The benchmark record marks such problems `"reference_origin": "written"`.

    python benchmarks/write_apps.py todo --shard 3/8 --limit 20   # problems to solve
    python benchmarks/write_apps.py show 4242 4243                 # question, starter code, tests
    python benchmarks/write_apps.py check 4242 4243                # run written solutions
    python benchmarks/write_apps.py check                          # all of written_apps/

`check` prints, per solution, PASS or FAIL with the first error, and which of the catalogue's
modifications the solution uses: a benchmark problem may use at most one, so a solution that
uses more (as its statement asks: apps/2565) keeps its problem out of the benchmark.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from typing import Any

from sources import WRITTEN_APPS, apps, apps_suite, apps_unsolved

from pytest_apiedit.api.catalogue import used_by
from pytest_apiedit.api.names import ProgramIndex
from pytest_apiedit.sandbox import Limits, SampleRequest, Sandbox


def candidates() -> dict[int, dict[str, Any]]:
    """Unsolved problems a solution can be written for: function or stdin problems, not
    LeetCode-style `class Solution` ones (the sandbox calls functions, not methods)."""
    solved = {int(p.id.removeprefix("APPS/")) for p in apps() if p.origin == "original"}
    return {
        record["problem_id"]: record
        for record in apps_unsolved()
        if record["problem_id"] not in solved and "class Solution" not in record["starter_code"]
    }


def modifications_used(source: str) -> list[str]:
    try:
        index = ProgramIndex.parse(source)
    except SyntaxError:
        return []
    return [m.id for m in used_by(index)]


def todo(problems: dict[int, dict[str, Any]], shard: str, limit: int) -> None:
    index, count = (int(x) for x in shard.split("/"))
    open_ids = [
        pid for pid in sorted(problems)
        if pid % count == index % count and not (WRITTEN_APPS / f"{pid}.py").exists()
    ]
    open_ids.sort(key=lambda pid: len(problems[pid]["question"]))
    print(" ".join(str(pid) for pid in open_ids[:limit]))


def show(problems: dict[int, dict[str, Any]], ids: list[int]) -> None:
    for pid in ids:
        record = problems[pid]
        io = json.loads(record["input_output"])
        kind = f"call-based, function {io['fn_name']}" if io.get("fn_name") else "stdin/stdout"
        print(f"=== APPS/{pid} ({record['difficulty']}, {kind}, {len(io['inputs'])} tests)")
        print(record["question"].strip())
        if record["starter_code"].strip():
            print("--- starter code\n" + record["starter_code"].rstrip())
        for args, want in list(zip(io["inputs"], io["outputs"], strict=True))[:3]:
            print(f"--- test: {json.dumps(args)[:300]} -> {json.dumps(want)[:200]}")
        print()


def check(problems: dict[int, dict[str, Any]], ids: list[int]) -> int:
    requests, names = [], []
    for pid in ids:
        source = (WRITTEN_APPS / f"{pid}.py").read_text()
        try:
            ast.parse(source)
        except SyntaxError as exc:
            print(f"APPS/{pid}: FAIL syntax error: {exc}")
            continue
        requests.append(SampleRequest(source, apps_suite(problems[pid]),
                                      limits=Limits(test_timeout_s=2, sample_timeout_s=10)))
        names.append(pid)
    failed = 0
    with Sandbox(parallelism=2) as sandbox:
        for pid, request, verdict in zip(names, requests, sandbox.run_many(requests),
                                         strict=True):
            used = modifications_used(request.program)
            status = "PASS" if verdict.passed else f"FAIL {verdict.error_class}: {verdict.error}"
            warning = "  LEFT OUT (uses more than one)" if len(used) > 1 else ""
            print(f"APPS/{pid}: {status} ({verdict.tests_passed}/{verdict.tests_total},"
                  f" {verdict.wall_s:.2f}s) uses {used or 'none'}{warning}")
            failed += not verdict.passed
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    todo_parser = commands.add_parser("todo")
    todo_parser.add_argument("--shard", default="0/1", help="K/N: ids equal to K modulo N")
    todo_parser.add_argument("--limit", type=int, default=20)
    commands.add_parser("show").add_argument("ids", type=int, nargs="+")
    commands.add_parser("check").add_argument("ids", type=int, nargs="*")
    args = parser.parse_args()
    problems = candidates()
    if args.command == "todo":
        todo(problems, args.shard, args.limit)
    elif args.command == "show":
        show(problems, args.ids)
    else:
        ids = args.ids or sorted(int(path.stem) for path in WRITTEN_APPS.glob("*.py"))
        return check(problems, ids)
    return 0


if __name__ == "__main__":
    sys.exit(main())
