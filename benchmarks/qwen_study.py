"""The Qwen2.5-Coder study: the whole benchmark unedited, then a subset the model relies on.

    .venv/bin/python benchmarks/qwen_study.py run whole       # point 1: the whole benchmark
    .venv/bin/python benchmarks/qwen_study.py subset          # the subset, from that run alone
    .venv/bin/python benchmarks/qwen_study.py run [RUN ...]   # the runs (default: all but whole)
    .venv/bin/python benchmarks/qwen_study.py table           # the tables of the README
    .venv/bin/python benchmarks/qwen_study.py --model qwen2.5-coder-1.5b run   # point 4 below

1. `whole`: the 2,040 problems on Qwen2.5-Coder-0.5B, unedited, greedy, with references: what
   the model can do at all and, per modification, its reliance (the share of its reliability and
   generalization problems whose unedited sample names the old API).
2. The subset is chosen by a rule that reads only that run, never an edited result: of the
   modifications whose reliability problem relies, the `MODIFICATIONS` with the highest
   reliance (ties: fewest generalization problems, then id); all their reliability and
   generalization problems, and from each one's specificity problems as many as it has of
   those (HumanEval, then MBPP, then APPS, by id), as in the SmolLM2 study.
3. The runs on the subset: n = 5 and the default sampling, with references, two xdist workers;
   and `none`, `grace` and `memit` on the SmolLM2 study's subset, so the models line up.
Reports go to `reports/qwen2.5-coder-0.5b/RUN/`, commands and wall times to its `timings.json`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from smollm2_study import SUBSET as SMOLLM2_SUBSET
from studies import ROOT, Study, command_line, with_specificity_share

from pytest_apiedit.benchmark.problem import Problem, Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.evaluation.records import ProblemRecord
from pytest_apiedit.metrics.reliance import relies
from pytest_apiedit.reporting import load_report

MODEL = "qwen2.5-coder-0.5b"
REPORTS = Path(f"reports/{MODEL}")
SUBSET = Path(f"benchmarks/study/{MODEL}-subset.txt")
MODIFICATIONS = 20

SINGLE = ["none", "prompt", "ft", "lora", "grace", "wise", "rome", "memit", "pmet", "alphaedit"]
SUCCESSIVE = ["grace", "wise", "memit", "alphaedit"]
ON_SUBSET = [f"--problems={SUBSET}", "--apiedit-reference", "-n", "2"]
RUNS = {
    "whole": [
        "--edit-method=none",
        "--apiedit-reference",
        "--samples=1",
        "--temperature=0",
        "--pass-k=1",
        "-n",
        "2",
    ],
    **{method: [f"--edit-method={method}", *ON_SUBSET] for method in SINGLE},
    **{
        f"{method}-successive": [f"--edit-method={method}", "--regime=successive", *ON_SUBSET]
        for method in SUCCESSIVE
    },
    **{
        f"smollm2-subset-{method}": [
            f"--edit-method={method}",
            f"--problems={SMOLLM2_SUBSET}",
            "--apiedit-reference",
            "-n",
            "2",
        ]
        for method in ("none", "grace", "memit")
    },
}
STUDY = Study(REPORTS, RUNS, [f"--model={MODEL}"], lambda: [n for n in RUNS if n != "whole"])

LARGER_MODEL = "qwen2.5-coder-1.5b"
LOCATE = ["rome", "memit", "pmet", "alphaedit"]


def best_locate() -> str:
    """The 0.5B study's best locate-then-edit method: the highest reliability adopt@1, then
    reliability pass@1, then specificity pass@1 (ties: `LOCATE`'s order)."""
    missing = [m for m in LOCATE if m not in STUDY.done()]
    if missing:
        sys.exit(f"the 1.5B's runs follow the 0.5B's: run `qwen_study.py run {' '.join(missing)}`")
    keys = ("reliability.adopt@1", "reliability.pass@1", "specificity.pass@1")
    scores = {m: tuple(STUDY.metrics(m)[k] for k in keys) for m in LOCATE}
    return max(LOCATE, key=lambda m: (scores[m], -LOCATE.index(m)))


LARGER = Study(
    Path(f"reports/{LARGER_MODEL}"),
    {method: [f"--edit-method={method}", *ON_SUBSET] for method in ["none", "grace", *LOCATE]},
    [f"--model={LARGER_MODEL}"],
    lambda: ["none", "grace", best_locate()],
)
"""Point 7: the 1.5B on the 0.5B's subset, single regime: `none` (its reliance), `grace` and
the 0.5B's best locate-then-edit method."""


def subset() -> None:
    """Write the subset's list by the rule of the module docstring, from the `whole` run."""
    records = load_report(ROOT / REPORTS / "whole" / "report.json.gz").records
    labelled = [r for r in records if r.split is not Split.SPECIFICITY]
    by_group: dict[str, list[ProblemRecord]] = {}
    for record in labelled:
        by_group.setdefault(record.group, []).append(record)
    reliance = {g: sum(map(relies, rs)) / len(rs) for g, rs in by_group.items()}
    eligible = [
        g
        for g, rs in by_group.items()
        if any(r.split is Split.RELIABILITY and relies(r) for r in rs)
    ]
    benchmark = Benchmark.load()
    groups: dict[str, list[Problem]] = {}
    for problem in benchmark.problems:
        groups.setdefault(problem.group, []).append(problem)

    def generalization(group: str) -> int:
        return sum(p.split is Split.GENERALIZATION for p in groups[group])

    chosen = sorted(eligible, key=lambda g: (-reliance[g], generalization(g), g))[:MODIFICATIONS]
    picked = [p for group in sorted(chosen) for p in with_specificity_share(groups[group])]
    header = [
        f"# The {MODEL} study's subset: `benchmarks/qwen_study.py subset` (its rule), from",
        f"# {REPORTS / 'whole'} (benchmark sha256 {benchmark.content_hash}).",
        "# " + ", ".join(f"{sum(p.split is s for p in picked)} {s}" for s in Split),
        "# reliance of each modification: " + ", ".join(f"{g} {reliance[g]:.2f}" for g in chosen),
    ]
    lines = [f"{p.id}  # {p.group} {p.split}" for p in picked]
    (ROOT / SUBSET).write_text("\n".join(header + lines) + "\n")
    print(
        f"{ROOT / SUBSET}: {len(picked)} problems of {len(chosen)} modifications"
        f" ({len(eligible)} had a reliant reliability problem)"
    )


def main() -> None:
    command_line([STUDY, LARGER], __doc__, subset)


if __name__ == "__main__":
    main()
