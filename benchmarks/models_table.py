"""The study by model: methods by model in one table, then the study's claims answered per model.

    .venv/bin/python benchmarks/models_table.py      # the README's tables, from the reports

Reads committed reports only: the embedded default's runs in `reports/` (the whole benchmark, or
its reliability split), the SmolLM2-135M study (`reports/smollm2/`), the Qwen2.5-Coder-0.5B
study (`reports/qwen2.5-coder-0.5b/`) and the 1.5B runs (`reports/qwen2.5-coder-1.5b/`). A run
a model does not have is a dash. A third table puts the two real models side by side on the
same problems: the Qwen 0.5B's `smollm2-subset-*` runs beside the SmolLM2 study's. Reports are
rebuilt from their records by the current code, so every one has the reliant view where it has
references.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from studies import ROOT

from pytest_apiedit.reporting import load_report
from pytest_apiedit.sandbox import Adoption

RUNS = [
    "none",
    "prompt",
    "ft",
    "lora",
    "rome",
    "memit",
    "pmet",
    "alphaedit",
    "grace",
    "wise",
    "grace-successive",
    "wise-successive",
    "memit-successive",
    "alphaedit-successive",
]
FAMILIES = {
    "memory": ("grace", "wise"),
    "fine-tuning": ("ft", "lora"),
    "locate-then-edit": ("rome", "memit", "pmet", "alphaedit"),
}


@dataclass(frozen=True)
class Model:
    name: str
    scope: str
    """What its runs cover, for the table's header."""
    reports: dict[str, Path]
    """Run name -> report folder (those that exist)."""

    def metrics(self) -> dict[str, dict[str, float]]:
        return {
            run: run_metrics(folder)
            for run, folder in self.reports.items()
            if (ROOT / folder / "report.json.gz").is_file()
        }


@functools.cache
def run_metrics(folder: Path) -> dict[str, float]:
    """A report's metrics, rebuilt from its records once however many tables read them."""
    return load_report(ROOT / folder / "report.json.gz").rebuilt().flat()


def study(name: str, scope: str, folder: str) -> Model:
    return Model(name, scope, {run: Path(folder) / run for run in RUNS})


MODELS = [
    Model(
        "embedded default",
        "whole benchmark (none, grace); reliability split (prompt, ft, rome)",
        {
            "none": Path("reports/none"),
            "prompt": Path("reports/prompt-reliability"),
            "ft": Path("reports/ft-reliability"),
            "rome": Path("reports/rome-reliability"),
            "grace": Path("reports/grace"),
        },
    ),
    study("SmolLM2-135M", "SmolLM2 subset (123 problems)", "reports/smollm2"),
    study("Qwen2.5-Coder-0.5B", "Qwen subset", "reports/qwen2.5-coder-0.5b"),
    study("Qwen2.5-Coder-1.5B", "Qwen subset", "reports/qwen2.5-coder-1.5b"),
]
LINED_UP_RUNS = ["none", "grace", "memit"]
LINED_UP = [
    Model("SmolLM2-135M", "", {run: Path("reports/smollm2") / run for run in LINED_UP_RUNS}),
    Model(
        "Qwen2.5-Coder-0.5B",
        "",
        {run: Path(f"reports/qwen2.5-coder-0.5b/smollm2-subset-{run}") for run in LINED_UP_RUNS},
    ),
]
"""Both real models on the same problems, the SmolLM2 study's subset (`--problems
benchmarks/study/smollm2-subset.txt`), so their runs compare cell by cell."""


def row(label: str, cells: list[str]) -> None:
    print(f"| {label} | " + " | ".join(cells) + " |")


def header(label: str, models: list[Model]) -> None:
    row(label, [model.name for model in models])
    print("|---|" + "---|" * len(models))


def cell(m: dict[str, float] | None) -> str:
    """Reliability adopt@1 / generalization adopt@1 / specificity pass@1, dashes where a run
    has no such split."""
    if m is None:
        return "-"
    keys = ("reliability.adopt@1", "generalization.adopt@1", "specificity.pass@1")
    return " / ".join(f"{m[k]:.2f}" if k in m else "-" for k in keys)


def share(runs: list[dict[str, float]], kind: str) -> tuple[float, int]:
    """One adoption class's share of the reliability and generalization samples, pooled over
    runs, with the pooled count."""
    samples = sum(m["adoption.overall.samples"] for m in runs)
    hits = sum(m[f"adoption.overall.{kind}"] * m["adoption.overall.samples"] for m in runs)
    return (hits / samples if samples else 0.0), int(samples)


def reach(run: str, m: dict[str, float]) -> str:
    """A run's adopt@1 on the edited prompt and beyond it, over all generalization problems and
    over those where the model relies, with the samples behind each."""
    text = (
        f"{run}: reliability adopt@1 {m['reliability.adopt@1']:.2f}, generalization"
        f" {m.get('generalization.adopt@1', float('nan')):.3f}"
        f" ({int(m.get('generalization.samples', 0))} samples)"
    )
    if "reliant.generalization.adopt@1" in m:
        text += (
            f", {m['reliant.generalization.adopt@1']:.3f} where the model relies"
            f" ({int(m['reliant.generalization.samples'])} samples)"
        )
    return text


def claims(metrics: dict[str, dict[str, float]]) -> dict[str, str]:
    edited = {r: m for r, m in metrics.items() if r not in ("none", "prompt")}
    single = {r: m for r, m in edited.items() if not r.endswith("-successive")}
    answers: dict[str, str] = {}
    if single:

        def beyond(run: str) -> float:
            return single[run].get("generalization.adopt@1", 0.0)

        best = max(single, key=lambda r: single[r].get("reliability.adopt@1", 0.0))
        widest = max(single, key=beyond)
        answers["generalization"] = reach(best, single[best])
        if beyond(widest) > beyond(best):
            answers["generalization"] += "; most: " + reach(widest, single[widest])
        correct, n = share(list(single.values()), Adoption.CORRECT_ADOPTION)
        answers["correct adoption"] = f"{correct:.1%} of {n} samples"
        work, _ = share(list(single.values()), Adoption.WORKAROUND)
        answers["workarounds"] = (
            f"{work / (work + correct):.0%} of full passes" if work + correct else "no pass"
        ) + f" ({n} samples)"
    if "none" in metrics and "specificity.pass@1" in metrics["none"]:
        base = metrics["none"]["specificity.pass@1"]
        parts = []
        for family, members in FAMILIES.items():
            values = [
                single[r]["specificity.pass@1"]
                for r in members
                if "specificity.pass@1" in single.get(r, {})
            ]
            if values:
                parts.append(f"{family} {sum(values) / len(values) - base:+.3f}")
        samples = int(metrics["none"]["specificity.samples"])
        answers["specificity"] = ", ".join(parts) + f" vs none ({samples} samples per run)"
    collapse = []
    for run in metrics:
        if run.endswith("-successive") and run.removesuffix("-successive") in metrics:
            one, many = metrics[run.removesuffix("-successive")], metrics[run]
            collapse.append(
                f"{run.removesuffix('-successive')} compile@1 {one['overall.compile@1']:.2f}"
                f" -> {many['overall.compile@1']:.2f}, pass@1 {one['overall.pass@1']:.3f}"
                f" -> {many['overall.pass@1']:.3f}"
            )
    if collapse:
        answers["successive"] = "; ".join(collapse)
    if "none" in metrics and "shapley.overall.gap.compile@1" in metrics["none"]:
        m = metrics["none"]
        answers["compile vs quality"] = (
            f"unedited gap: compile {m['shapley.overall.gap.compile@1']:+.3f},"
            f" quality {m['shapley.overall.gap.quality@1']:+.3f}"
        )
    return answers


def lined_up() -> None:
    """The third table: the real models on the SmolLM2 subset, side by side, from the unedited
    run's reliance and pass@1 to each edited run's cells."""
    metrics = {model.name: model.metrics() for model in LINED_UP}
    header("SmolLM2 subset", LINED_UP)
    unedited = [metrics[model.name].get("none") for model in LINED_UP]
    reliant = [
        f"{m['reliance.overall.reliant']:.0f} of {m['reliance.overall.problems']:.0f}" if m else "-"
        for m in unedited
    ]
    row("reliant problems (none)", reliant)
    row("pass@1 (none)", [f"{m['overall.pass@1']:.3f}" if m else "-" for m in unedited])
    for run in LINED_UP_RUNS:
        row(run, [cell(metrics[model.name].get(run)) for model in LINED_UP])


def main() -> None:
    metrics = {model.name: model.metrics() for model in MODELS}
    header("run", MODELS)
    row("(runs cover)", [model.scope for model in MODELS])
    for run in RUNS:
        if any(run in metrics[model.name] for model in MODELS):
            row(run, [cell(metrics[model.name].get(run)) for model in MODELS])
    print()
    answered = {model.name: claims(metrics[model.name]) for model in MODELS}
    topics = [
        "generalization",
        "workarounds",
        "correct adoption",
        "specificity",
        "successive",
        "compile vs quality",
    ]
    header("claim", MODELS)
    for topic in topics:
        row(topic, [answered[model.name].get(topic, "-") for model in MODELS])
    print()
    lined_up()


if __name__ == "__main__":
    main()
