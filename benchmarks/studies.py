"""What the studies share: their pytest sessions with wall times, reports kept gzipped, tables.

A study is a list of named runs, each one `pytest` session with the study's common options; its
reports go to `<reports>/RUN/` (`report.json` gzipped, reproducibly) and its exact command and
wall time to `<reports>/timings.json`. `smollm2_study.py` and `qwen_study.py` define theirs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pytest_apiedit.benchmark.problem import SOURCES, Problem, Split
from pytest_apiedit.reporting import load_report
from pytest_apiedit.sandbox import Adoption

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Study:
    reports: Path
    """The study's folder under the repository, e.g. `reports/smollm2`."""
    runs: dict[str, list[str]]
    """Each run's own pytest options."""
    common: list[str]
    """The options of every run (model, problems, references, workers)."""
    default: Callable[[], list[str]] | None = None
    """The runs `run` makes when none is named (None: all of them, in order). A function: a
    study's default may follow from another study's reports."""

    def run(self, names: list[str]) -> None:
        timings_path = ROOT / self.reports / "timings.json"
        environment = {**os.environ, "HF_HUB_OFFLINE": "1"}
        for name in names:
            command = [
                *("python", "-m", "pytest", *self.runs[name], *self.common),
                *(f"--apiedit-report-dir={self.reports / name}", "-p", "no:cacheprovider", "-q"),
            ]
            print("$", " ".join(command), flush=True)
            start = time.perf_counter()
            done = subprocess.run([sys.executable, *command[1:]], cwd=ROOT, env=environment)
            wall = time.perf_counter() - start
            if done.returncode not in (0, 1):  # 1: some items failed, as expected
                sys.exit(f"{name}: pytest exited {done.returncode}; its timing is not recorded")
            compress(ROOT / self.reports / name / "report.json")
            # Read again now: runs of another invocation may have finished meanwhile.
            timings = json.loads(timings_path.read_text()) if timings_path.exists() else {}
            timings[name] = {"command": " ".join(command), "wall_s": round(wall, 1)}
            timings_path.write_text(json.dumps(timings, indent=1) + "\n")
            print(f"{name}: {wall:.0f} s", flush=True)

    def metrics(self, name: str) -> dict[str, float]:
        return load_report(ROOT / self.reports / name / "report.json.gz").flat()

    def done(self) -> list[str]:
        """The runs whose reports are there, in the study's order."""
        return [n for n in self.runs if (ROOT / self.reports / n / "report.json.gz").is_file()]

    def table(self) -> None:
        """Two Markdown tables from the runs' reports: pass@1 levels by split with the wall
        time, then the adoption classes of the reliability and generalization samples and the
        Shapley parts of the overall pass@1."""
        timings = json.loads((ROOT / self.reports / "timings.json").read_text())
        runs = {name: self.metrics(name) for name in self.done()}
        print(
            "| run | reliability adopt@1 | generalization adopt@1 | reliability pass@1"
            " | generalization pass@1 | specificity pass@1 | compile@1 | wall time |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for name, m in runs.items():
            cells = [
                m["reliability.adopt@1"],
                m["generalization.adopt@1"],
                m["reliability.pass@1"],
                m["generalization.pass@1"],
                m["specificity.pass@1"],
                m["overall.compile@1"],
            ]
            wall = timings[name]["wall_s"]
            print(
                f"| {name} | "
                + " | ".join(f"{c:.3f}" for c in cells)
                + f" | {int(wall // 60)} min {wall % 60:02.0f} s |"
            )
        print()
        print(
            "| run | " + " | ".join(Adoption) + " | workaround share of full passes"
            " | gap: compile / quality | from base: compile / quality |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        for name, m in runs.items():
            shares = {kind: m[f"adoption.overall.{kind}"] for kind in Adoption}
            passes = shares[Adoption.CORRECT_ADOPTION] + shares[Adoption.WORKAROUND]
            workaround = f"{shares[Adoption.WORKAROUND] / passes:.0%}" if passes else "no pass"
            gap = [m[f"shapley.overall.gap.{part}@1"] for part in ("compile", "quality")]
            change = [m[f"shapley.overall.from_base.{part}@1"] for part in ("compile", "quality")]
            print(
                f"| {name} | "
                + " | ".join(f"{share:.1%}" for share in shares.values())
                + f" | {workaround} | {gap[0]:+.3f} / {gap[1]:+.3f}"
                + f" | {change[0]:+.3f} / {change[1]:+.3f} |"
            )


def with_specificity_share(group: list[Problem]) -> list[Problem]:
    """One group's problems for a study: its reliability and generalization problems, and as many
    of its specificity problems (HumanEval, then MBPP, then APPS, by id), so that a subset's
    specificity weighs what its edited splits weigh."""
    edited = [p for p in group if p.split is Split.RELIABILITY]
    edited += [p for p in group if p.split is Split.GENERALIZATION]
    unrelated = sorted(
        (p for p in group if p.split is Split.SPECIFICITY),
        key=lambda p: (SOURCES.index(p.source), p.id),
    )
    return edited + unrelated[: len(edited)]


def compress(report: Path) -> None:
    """`report.json` to a reproducible `report.json.gz` (no name, no time), as committed."""
    report.with_suffix(".json.gz").write_bytes(gzip.compress(report.read_bytes(), 9, mtime=0))
    report.unlink()


def known_runs(study: Study, names: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """`names`, each one of the study's runs; a parser error naming the runs otherwise."""
    unknown = [name for name in names if name not in study.runs]
    if unknown:
        parser.error(f"no run named {unknown[0]!r}: the runs are {', '.join(study.runs)}")
    return names


def command_line(studies: list[Study], doc: str, subset: Callable[[], None]) -> None:
    """A study script's commands: `subset`, `run [RUN ...]` (the study's default when none is
    named) and `table`. With more than one study (one per model), `--model` picks one by its
    reports folder's name; the first is the default."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    by_model = {study.reports.name: study for study in studies}
    parser.set_defaults(model=studies[0].reports.name)
    if len(studies) > 1:
        parser.add_argument(
            "--model",
            choices=list(by_model),
            help="whose runs `run` and `table` mean (default: %(default)s)",
        )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("subset", help="write the subset's problem list")
    commands.add_parser("table", help="print the README's tables from the runs' reports")
    runs = commands.add_parser("run", help="run the study's sessions")
    runs.add_argument(
        "runs",
        nargs="*",
        metavar="RUN",
        help="; ".join(f"{model}: {', '.join(study.runs)}" for model, study in by_model.items()),
    )
    args = parser.parse_args()
    study = by_model[args.model]
    known_runs(study, getattr(args, "runs", []), parser)
    if args.command == "subset":
        subset()
    elif args.command == "table":
        study.table()
    else:
        study.run(args.runs or (study.default() if study.default else list(study.runs)))
