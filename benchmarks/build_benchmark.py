"""Build the shipped benchmark from the raw HumanEval, MBPP and APPS data, deterministically.

    .venv/bin/python benchmarks/build_benchmark.py            # the full benchmark (about 2.5 min)
    .venv/bin/python benchmarks/build_benchmark.py --output /tmp/b.jsonl.gz --total 0

Steps, each a function below:
1. frame: every raw problem becomes a candidate: a completion-style prompt, its tests in the
   sandbox's terms, and its reference solution.
2. classify: which of the catalogue's modifications the reference uses (AST detectors). A
   candidate that uses none may be a specificity problem; one that uses exactly one belongs to
   that modification's group, with its reference migrated by the modification's AST rewrite
   (the rewrite must leave no old use and show the new one); two or more: dropped. A candidate
   whose prompt shows code (starter code included) that uses a modified API is dropped too, and
   a group's candidate whose prompt names the new API.
3. verify: the checks of `pytest_apiedit.benchmark.verify`, twice, each reference as it is and
   as a sample (prompt and completion); a problem that fails either run (wrong, flaky or slow,
   or whose tests never reach its API at run time) is dropped. The first run records on how
   many tests the original reaches the API (`api_tests`).
4. split: per group, one reliability problem (the first by a hash of group and id, preferring
   dataset references over written ones), the rest generalization; specificity problems dealt
   round-robin to the groups, in hash order, until the benchmark has `--total` problems. Those
   the previous benchmark (`--previous`, by default the file being replaced) dealt keep their
   group, so a repair moves no other problem.
5. write: canonical JSON lines, gzip without timestamp, and the manifest with the content hash.

The raw data come from `../shared/datasets` (or APIEDIT_DATASETS); see benchmarks/sources.py.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from sources import RawProblem, all_problems, apps_suite

from pytest_apiedit.api.catalogue import CATALOGUE, used_by
from pytest_apiedit.api.names import ProgramIndex
from pytest_apiedit.benchmark.problem import SOURCES, Problem, Split
from pytest_apiedit.benchmark.store import DEFAULT_PATH, Benchmark, encode
from pytest_apiedit.benchmark.verify import Failure, api_tests, judge, verify
from pytest_apiedit.sandbox import MalformedTests, Sandbox, TestSuite

TOTAL = 2040
STDIN_CONTRACT = "Read the input from standard input and print the answer to standard output."


class Unusable(Exception):
    """A raw problem that cannot become a benchmark problem; the message says why."""


@dataclass(frozen=True)
class Candidate:
    raw: RawProblem
    prompt: str
    suite: TestSuite
    starter: str = ""
    """Starter code the prompt shows in its docstring (a stdin problem's that runs code)."""

    @property
    def id(self) -> str:
        return self.raw.id.lower()


# -- 1. frame ------------------------------------------------------------------------------


def docstring(text: str, indent: str) -> str:
    body = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = [f"{indent}{line}".rstrip() for line in body.splitlines()]
    return f'{indent}"""{lines[0].lstrip()}\n' + "\n".join([*lines[1:], f'{indent}"""']) + "\n"


def frame(raw: RawProblem) -> Candidate:
    try:
        if raw.source == "humaneval":
            record = raw.record
            return Candidate(raw, record["prompt"],
                             TestSuite.from_python(record["test"], record["entry_point"]))
        if raw.source == "mbpp":
            return _frame_mbpp(raw)
        return _frame_apps(raw)
    except MalformedTests as exc:
        raise Unusable(f"tests: {exc}") from None


def _frame_mbpp(raw: RawProblem) -> Candidate:
    tests = raw.record["test_list"]
    called = [node.func.id for node in ast.walk(ast.parse(tests[0]))
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)]
    definitions = {node.name: node for node in ast.parse(raw.reference).body
                   if isinstance(node, ast.FunctionDef)}
    entry_point = next((name for name in called if name in definitions), None)
    if entry_point is None:
        raise Unusable("the tests call no function the reference defines")
    header = f"def {entry_point}({ast.unparse(definitions[entry_point].args)}):\n"
    prompt = header + docstring(f"{raw.record['text']}\n\n{tests[0]}", "    ")
    setup = raw.record.get("test_setup_code") or ""
    return Candidate(raw, prompt, TestSuite.from_python(setup + "\n" + "\n".join(tests),
                                                        entry_point))


def _frame_apps(raw: RawProblem) -> Candidate:
    record = raw.record
    suite = apps_suite(record)
    starter = record["starter_code"].replace("\r\n", "\n").rstrip()
    if suite.is_stdio:
        if not runs_code(starter):
            prompt = docstring(f"{record['question']}\n\n{STDIN_CONTRACT}", "")
            return Candidate(raw, prompt + (starter + "\n" if starter else ""), suite)
        # The model writes the whole program after the prompt and cannot take back what code
        # there runs (it reads the input first, calls a placeholder), so the starter code the
        # question refers to is shown in the docstring instead.
        shown = f"{record['question']}\n\nStarter code:\n\n{starter}\n\n{STDIN_CONTRACT}"
        return Candidate(raw, docstring(shown, ""), suite, starter)
    entry_point = suite.entry_point
    assert entry_point is not None
    lines = starter.splitlines()
    header = next((i for i, line in enumerate(lines)
                   if re.match(rf"\s*def {re.escape(entry_point)}\s*\(", line)), None)
    if header is None or "class " in starter:
        raise Unusable("the starter code does not define the entry point as a function")
    indent = re.match(r"\s*", lines[header])[0] + "    "  # type: ignore[index]
    prompt = "\n".join(lines[: header + 1]) + "\n" + docstring(record["question"], indent)
    return Candidate(raw, prompt, suite)


def runs_code(starter: str) -> bool:
    """Whether starter code does anything (more than comments)."""
    try:
        return bool(ast.parse(starter).body)
    except SyntaxError:
        return True


# -- 2. classify ---------------------------------------------------------------------------


def prompt_index(prompt: str) -> ProgramIndex:
    """The prompt as a program: a function prompt gets a body so that it parses."""
    try:
        return ProgramIndex.parse(prompt)
    except SyntaxError:
        indent = re.findall(r"^(\s+)\S", prompt, re.M)
        return ProgramIndex.parse(prompt + (indent[-1] if indent else "    ") + "pass\n")


def classify(candidate: Candidate) -> Problem:
    """The candidate as a problem of the group whose API it uses (split decided later)."""
    try:
        index = ProgramIndex.parse(candidate.raw.reference)
        prompt = prompt_index(candidate.prompt)
        starter = ProgramIndex.parse(candidate.starter) if candidate.starter else None
    except (SyntaxError, ValueError) as exc:
        raise Unusable(f"does not parse: {exc}") from None
    used = used_by(index)
    if len(used) > 1:
        raise Unusable(f"uses {len(used)} modified APIs: {', '.join(m.id for m in used)}")
    # Code the prompt shows is code the model is asked to write or continue: it may use no
    # modified API (its group's old one would give the answer away; another one would break
    # the problem with all edits in force).
    shown = used_by(prompt) or (used_by(starter) if starter else [])
    if shown:
        raise Unusable(f"the prompt's code uses the API changed by {shown[0].id}")
    problem = Problem(
        id=candidate.id, source=candidate.raw.source, prompt=candidate.prompt,
        tests=candidate.suite.to_dict(), original=candidate.raw.reference,
        migrated=candidate.raw.reference, reference_origin=candidate.raw.origin,
        group="", split=Split.SPECIFICITY,
    )
    if not used:
        return problem
    modification = used[0]
    if name := modification.named_in(candidate.prompt):
        raise Unusable(f"the prompt names {name!r}, the new API of {modification.id}")
    migrated = modification.migrate_source(candidate.raw.reference)
    after = ProgramIndex.parse(migrated)
    if modification.uses_old(after) or not modification.uses_new(after):
        raise Unusable(f"the migration to {modification.id} is incomplete")
    return replace(problem, group=modification.id, migrated=migrated,
                   split=Split.GENERALIZATION)


# -- 3. verify ------------------------------------------------------------------------------


def verified(problems: list[Problem], log: list[str]) -> list[Problem]:
    """The problems whose checks all hold, in two runs (a flaky or slow one fails one). The
    first run records on how many tests each original reaches its API (`api_tests`); the
    second, `verify` itself, checks that too."""
    failed: set[str] = set()

    def drop(problem: Problem, attempt: int, failure: object) -> None:
        if problem.id not in failed:
            failed.add(problem.id)
            log.append(f"dropped (verification run {attempt}) {failure}")

    reached: dict[str, int] = {}
    with Sandbox() as sandbox:
        for check, verdict in judge(problems, sandbox):
            if check.counts_api_tests:
                reached.setdefault(check.problem.id, api_tests(verdict))
            if not check.holds(verdict):
                drop(check.problem, 1, Failure(check.problem, check.what, verdict))
        problems = [replace(p, api_tests=reached.get(p.id, 0))
                    for p in problems if p.id not in failed]
        for failure in verify(problems, sandbox):
            drop(failure.problem, 2, failure)
    return [p for p in problems if p.id not in failed]


# -- 4. split -------------------------------------------------------------------------------


def rank(*parts: str) -> str:
    """A stable pseudo-random order: the same on every machine and run."""
    return hashlib.sha256("/".join(parts).encode()).hexdigest()


class Shortfall(Exception):
    """The verified problems cannot make the benchmark asked for; the message says what lacks."""


def split(problems: Iterable[Problem], total: int, partial: bool = False,
          previous: dict[str, str] | None = None) -> list[Problem]:
    """With `partial`, groups with too few problems are left out instead of failing the build
    (for building from a slice of the raw data); `previous`: see `deal`."""
    by_group: dict[str, list[Problem]] = defaultdict(list)
    specificity: list[Problem] = []
    for problem in problems:
        (by_group[problem.group] if problem.group else specificity).append(problem)
    too_few = {m.id for m in CATALOGUE if len(by_group[m.id]) < 2}
    if too_few and not partial:
        raise Shortfall(f"{len(too_few)} modifications have fewer than 2 verified problems"
                        f" (no generalization): {', '.join(sorted(too_few))}")
    result: list[Problem] = []
    for group, members in sorted(by_group.items()):
        if group in too_few:
            continue
        members.sort(key=lambda p: (p.reference_origin != "original", rank(group, p.id)))
        result.append(replace(members[0], split=Split.RELIABILITY))
        result.extend(members[1:])
    wanted = total - len(result) if total else len(specificity)
    if wanted > len(specificity):
        raise Shortfall(f"{len(specificity)} specificity problems, {wanted} wanted for a total of"
                        f" {total}; write more APPS solutions (benchmarks/write_apps.py)")
    if wanted < 0:
        raise Shortfall(f"{len(result)} group problems exceed the total of {total}")
    groups = [m.id for m in CATALOGUE if m.id not in too_few]
    result.extend(deal(specificity, wanted, groups, previous or {}))
    return sorted(result, key=lambda p: p.id)


def deal(specificity: list[Problem], wanted: int, groups: list[str],
         previous: dict[str, str]) -> list[Problem]:
    """`wanted` specificity problems, each given a group. A problem that the previous benchmark
    dealt (`previous`: id -> group) is chosen first and keeps its group, so repairing or
    replacing a few problems moves no other, and reports made before keep their records; the
    others go, in hash order, each to a group with the fewest so far (round-robin when nothing
    was dealt before)."""
    chosen = sorted(specificity, key=lambda p: (previous.get(p.id) not in groups, rank(p.id)))
    chosen = chosen[:wanted]
    counts = Counter(previous[p.id] for p in chosen if previous.get(p.id) in groups)
    dealt = []
    for problem in chosen:
        group = previous.get(problem.id)
        if group not in groups:
            group = min(groups, key=lambda g: counts[g])  # the first of the fewest
            counts[group] += 1
        dealt.append(replace(problem, group=group))
    return dealt


# -- 5. write -------------------------------------------------------------------------------


def build(raws: Iterable[RawProblem], total: int, log: list[str],
          partial: bool = False, previous: dict[str, str] | None = None) -> list[Problem]:
    problems = []
    for raw in raws:
        try:
            problems.append(classify(frame(raw)))
        except Unusable as exc:
            log.append(f"dropped {raw.id.lower()}: {exc}")
    kept = verified(problems, log)
    groups = Counter(p.group for p in kept if p.group)
    log.extend(f"verified problems of {m.id}: {groups[m.id]}" for m in CATALOGUE)
    log.append(f"verified specificity problems: {sum(not p.group for p in kept)}")
    return split(kept, total, partial, previous)


def dealt_before(path: str | None) -> dict[str, str]:
    """Specificity problem id -> group in the benchmark at `path` (nothing for no path)."""
    if not path:
        return {}
    previous = Benchmark.load(Path(path)).problems
    return {p.id: p.group for p in previous if p.split is Split.SPECIFICITY}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--total", type=int, default=TOTAL,
                        help="problems in the benchmark (0: every verified problem)")
    parser.add_argument("--source", choices=SOURCES, action="append",
                        help="only these sources (repeatable)")
    parser.add_argument("--partial", action="store_true",
                        help="leave out groups with too few problems (a slice of the raw data)")
    parser.add_argument("--log", type=Path, help="write what was dropped and why here")
    parser.add_argument("--previous", default=None, metavar="PATH",
                        help="the benchmark whose specificity groups stay (default: --output if"
                        " it exists; an empty string: deal them afresh)")
    args = parser.parse_args()
    if args.previous is None and args.output.exists():
        args.previous = str(args.output)
    log: list[str] = []
    raws = [r for r in all_problems() if not args.source or r.source in args.source]
    try:
        problems = build(raws, args.total, log, args.partial, dealt_before(args.previous))
    except Shortfall as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.log:
            args.log.write_text("".join(line + "\n" for line in log))
    data = encode(problems)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)
    print(f"{len(problems)} problems over {len({p.group for p in problems})} modifications"
          f" from {len(raws)} raw problems"
          f" ({sum(line.startswith('dropped') for line in log)} dropped);"
          f" sha256 {hashlib.sha256(data).hexdigest()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
