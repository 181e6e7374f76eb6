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

from collections import defaultdict
from pathlib import Path

from studies import ROOT, Study, command_line, with_specificity_share

from pytest_apiedit.benchmark.problem import Problem, Split
from pytest_apiedit.benchmark.store import Benchmark

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
STUDY = Study(REPORTS, RUNS, COMMON)


def subset(problems: tuple[Problem, ...]) -> list[Problem]:
    """The study's problems, by the rule in the module docstring."""
    groups: dict[str, list[Problem]] = defaultdict(list)
    for problem in problems:
        groups[problem.group].append(problem)

    def of(group: str, split: Split) -> list[Problem]:
        return [p for p in groups[group] if p.split is split]

    eligible = [g for g in groups if of(g, Split.RELIABILITY)[0].source != "apps"]
    chosen = sorted(eligible, key=lambda g: (len(of(g, Split.GENERALIZATION)), g))[:MODIFICATIONS]
    return [p for group in sorted(chosen) for p in with_specificity_share(groups[group])]


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


def main() -> None:
    command_line([STUDY], __doc__, write_subset)


if __name__ == "__main__":
    main()
