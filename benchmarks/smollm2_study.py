"""The SmolLM2-135M study: a fixed subset of the benchmark, eight runs, their reports and times.

    .venv/bin/python benchmarks/smollm2_study.py subset        # writes the subset's problem list
    .venv/bin/python benchmarks/smollm2_study.py run [RUN ...]  # the runs (default: all, in order)
    .venv/bin/python benchmarks/smollm2_study.py table          # the tables of the README

The subset is chosen by a rule that reads the benchmark, never a model's results: the 20
modifications whose reliability problem comes from HumanEval or MBPP (short prompts a 135M model
can read; APPS statements run to pages), fewest generalization problems first, ties by id; all
their reliability and generalization problems; and from each group's specificity share as many
problems as the group has reliability and generalization ones (HumanEval, then MBPP, then APPS,
by id). Each run is one `pytest` session on that list with the unedited references, two xdist
workers and the default sampling (n = 5, temperature 0.2); its reports go to
`reports/smollm2/RUN/` (`report.json` gzipped) and its wall time to `reports/smollm2/timings.json`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from pytest_apiedit.benchmark.problem import SOURCES, Problem, Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.reporting import flat_metrics, load_report
from pytest_apiedit.sandbox import Adoption

ROOT = Path(__file__).resolve().parent.parent
SUBSET = Path("benchmarks/study/smollm2-subset.txt")
REPORTS = Path("reports/smollm2")
MODIFICATIONS = 20

RUNS = {
    "none": ["--edit-method=none"],
    "prompt": ["--edit-method=prompt"],
    "ft": ["--edit-method=ft"],
    "grace": ["--edit-method=grace"],
    "rome": ["--edit-method=rome"],
    "memit": ["--edit-method=memit"],
    "grace-successive": ["--edit-method=grace", "--regime=successive"],
    "memit-successive": ["--edit-method=memit", "--regime=successive"],
}
COMMON = ["--model=smollm2-135m", f"--problems={SUBSET}", "--apiedit-reference", "-n", "2"]


def subset(problems: tuple[Problem, ...]) -> list[Problem]:
    """The study's problems, by the rule in the module docstring."""
    groups: dict[str, list[Problem]] = defaultdict(list)
    for problem in problems:
        groups[problem.group].append(problem)

    def of(group: str, split: Split) -> list[Problem]:
        return [p for p in groups[group] if p.split is split]

    eligible = [g for g in groups if of(g, Split.RELIABILITY)[0].source != "apps"]
    chosen = sorted(eligible, key=lambda g: (len(of(g, Split.GENERALIZATION)), g))[:MODIFICATIONS]
    picked = []
    for group in sorted(chosen):
        edited = of(group, Split.RELIABILITY) + of(group, Split.GENERALIZATION)
        unrelated = sorted(
            of(group, Split.SPECIFICITY), key=lambda p: (SOURCES.index(p.source), p.id)
        )
        picked += edited + unrelated[: len(edited)]
    return picked


def write_subset() -> None:
    benchmark = Benchmark.load()
    picked = subset(benchmark.problems)
    counts = {split: sum(p.split is split for p in picked) for split in Split}
    header = [
        "# The SmolLM2-135M study's subset: `benchmarks/smollm2_study.py subset` (its rule).",
        f"# benchmark sha256 {benchmark.content_hash}",
        "# " + ", ".join(f"{n} {split}" for split, n in counts.items()),
    ]
    lines = [f"{p.id}  # {p.group} {p.split}" for p in picked]
    (ROOT / SUBSET).parent.mkdir(parents=True, exist_ok=True)
    (ROOT / SUBSET).write_text("\n".join(header + lines) + "\n")
    print(f"{ROOT / SUBSET}: {len(picked)} problems of {len({p.group for p in picked})} groups")


def run(names: list[str]) -> None:
    timings_path = ROOT / REPORTS / "timings.json"
    environment = {**os.environ, "HF_HUB_OFFLINE": "1"}
    for name in names:
        command = [
            *("python", "-m", "pytest", *RUNS[name], *COMMON),
            *(f"--apiedit-report-dir={REPORTS / name}", "-p", "no:cacheprovider", "-q"),
        ]
        print("$", " ".join(command), flush=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, *command[1:]], cwd=ROOT, env=environment)
        wall = time.perf_counter() - start
        if done.returncode not in (0, 1):  # 1: some items failed, as expected of a weak model
            sys.exit(f"{name}: pytest exited {done.returncode}; its timing is not recorded")
        compress(ROOT / REPORTS / name / "report.json")
        # Read again now: runs of another invocation may have finished meanwhile.
        timings = json.loads(timings_path.read_text()) if timings_path.exists() else {}
        timings[name] = {"command": " ".join(command), "wall_s": round(wall, 1)}
        timings_path.write_text(json.dumps(timings, indent=1) + "\n")
        print(f"{name}: {wall:.0f} s", flush=True)


def compress(report: Path) -> None:
    """`report.json` to a reproducible `report.json.gz` (no name, no time), as committed."""
    report.with_suffix(".json.gz").write_bytes(gzip.compress(report.read_bytes(), 9, mtime=0))
    report.unlink()


def table() -> None:
    """Two Markdown tables from the runs' reports: pass@1 levels by split with the wall time,
    then the adoption classes of the reliability and generalization samples and the Shapley
    parts of the overall pass@1."""
    timings = json.loads((ROOT / REPORTS / "timings.json").read_text())
    runs = {name: _metrics(name) for name in RUNS if (ROOT / REPORTS / name).is_dir()}
    print("| run | reliability adopt@1 | generalization adopt@1 | reliability pass@1"
          " | generalization pass@1 | specificity pass@1 | compile@1 | wall time |")
    print("|---|---|---|---|---|---|---|---|")
    for name, m in runs.items():
        cells = [
            m["reliability.adopt@1"], m["generalization.adopt@1"], m["reliability.pass@1"],
            m["generalization.pass@1"], m["specificity.pass@1"], m["overall.compile@1"],
        ]
        wall = timings[name]["wall_s"]
        print(f"| {name} | " + " | ".join(f"{c:.3f}" for c in cells)
              + f" | {int(wall // 60)} min {wall % 60:02.0f} s |")
    print()
    print("| run | " + " | ".join(Adoption) + " | workaround share of full passes"
          " | gap: compile / quality | from base: compile / quality |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, m in runs.items():
        shares = {kind: m[f"adoption.overall.{kind}"] for kind in Adoption}
        passes = shares[Adoption.CORRECT_ADOPTION] + shares[Adoption.WORKAROUND]
        workaround = f"{shares[Adoption.WORKAROUND] / passes:.0%}" if passes else "no pass"
        gap = [m[f"shapley.overall.gap.{part}@1"] for part in ("compile", "quality")]
        change = [m[f"shapley.overall.from_base.{part}@1"] for part in ("compile", "quality")]
        print(f"| {name} | " + " | ".join(f"{share:.1%}" for share in shares.values())
              + f" | {workaround} | {gap[0]:+.3f} / {gap[1]:+.3f}"
              + f" | {change[0]:+.3f} / {change[1]:+.3f} |")


def _metrics(name: str) -> dict[str, float]:
    return flat_metrics(load_report(ROOT / REPORTS / name / "report.json.gz"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("subset", help="write the subset's problem list")
    commands.add_parser("table", help="print the README's tables from the runs' reports")
    runs = commands.add_parser("run", help="run the study's sessions")
    runs.add_argument("runs", nargs="*", metavar="RUN", help=", ".join(RUNS))
    args = parser.parse_args()
    unknown = [name for name in getattr(args, "runs", []) if name not in RUNS]
    if unknown:
        parser.error(f"no run named {unknown[0]!r}: the runs are {', '.join(RUNS)}")
    if args.command == "subset":
        write_subset()
    elif args.command == "table":
        table()
    else:
        run(args.runs or list(RUNS))


if __name__ == "__main__":
    main()
