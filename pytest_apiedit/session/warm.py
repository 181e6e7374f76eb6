"""Warm the generation cache from a `none` report: the unedited model's draws it records, under
the keys a session with the same model, sampling and problems looks them up by.

A `none` report's samples are the unedited model's completions, drawn in the same decoding units
as every run's references (`evaluation/runner.py`). Put back into the cache, they spare a later
run drawing them again: `none` itself, or any method's `--apiedit-reference` (for the 332
problems of the Qwen2.5-Coder-0.5B study, about 100 minutes on two cores). They also rebuild a
cache that was lost, from the committed report.

A report keeps a sample's text and program, not whether it ended on its own (`finished`), which
only the program's extraction reads: a sample is put back with the flag that gives back its
recorded program (True where both do). A problem whose program neither gives back (a report
made by another extraction) is left out, and counted.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from pytest_apiedit.benchmark.extract import ProgramStyle, extract_program
from pytest_apiedit.benchmark.problem import Problem
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.diskcache import cache_root
from pytest_apiedit.evaluation.edits import UNEDITED
from pytest_apiedit.evaluation.records import SampleRecord
from pytest_apiedit.evaluation.runner import unit_keys
from pytest_apiedit.generation.cache import GenerationCache
from pytest_apiedit.generation.framing import Framing, FramingError
from pytest_apiedit.generation.generator import Completion
from pytest_apiedit.models.aliases import DTYPES
from pytest_apiedit.models.loading import ModelLoadError, load_model
from pytest_apiedit.reporting.report import Manifest, Report
from pytest_apiedit.session.session import Session
from pytest_apiedit.session.settings import Settings, SettingsError, read_settings


class WarmError(ValueError):
    """A report the cache cannot be warmed from: one line naming why and the fix."""


@dataclass(frozen=True)
class Warmed:
    problems: int
    """Problems whose completions were put in the cache."""
    samples: int
    units: int
    """Decoding units they belong to."""
    unmatched: tuple[str, ...]
    """Problems left out: no `finished` flag gives back their recorded programs."""
    cache: Path

    def line(self) -> str:
        left_out = f"; {len(self.unmatched)} left out" if self.unmatched else ""
        return (
            f"warmed {self.problems} problems ({self.samples} samples, {self.units} decoding"
            f" units) into {self.cache}{left_out}"
        )


def warm(report: Report, benchmark: Benchmark, source: str) -> Warmed:
    """Put `report`'s samples in the generation cache (`source` names it in errors)."""
    manifest = report.manifest
    if manifest.method != UNEDITED:
        raise WarmError(
            f"{source} is a report of method {manifest.method!r}: only a {UNEDITED!r} report"
            " holds the unedited model's completions (an edited one keeps its references'"
            " programs, not their text)"
        )
    made_on = manifest.field("benchmark")
    if made_on != benchmark.content_hash:
        raise WarmError(
            f"{source} was made on the benchmark {str(made_on)[:12]}, this one is"
            f" {benchmark.content_hash[:12]}: its prompts may differ; warm from a report of"
            " this benchmark"
        )
    settings = _settings(manifest, source)
    try:
        session = Session(settings, benchmark)
        loaded = load_model(settings.model, settings.model_dtype, settings.model_device)
        framing = Framing(settings.prompt_format, loaded.tokenizer)
    except (SettingsError, ModelLoadError, FramingError) as error:
        raise WarmError(f"{source}: {error}") from None
    recorded = manifest.model.get("weights")
    if loaded.weights != recorded:
        raise WarmError(
            f"{source}: --model {settings.model} loads weights {loaded.weights[:12]} here, the"
            f" report's were {str(recorded)[:12]}: a session here would never look its"
            " completions up"
        )
    return _put(report, session, loaded.weights, framing)


def _put(report: Report, session: Session, weights: str, framing: Framing) -> Warmed:
    """Each recorded problem's samples under the key its decoding unit gives it."""
    records = {record.problem: record for record in report.records}
    root = cache_root()
    cache = GenerationCache(root)
    problems = samples = units = 0
    unmatched: list[str] = []
    for unit in session.units:
        prompts = [framing.prompt(p.prompt, ProgramStyle.of(p)) for p in unit]
        keys = unit_keys(weights, UNEDITED, unit, prompts, session.run_settings)
        warmed_here = 0
        for problem, key in zip(unit, keys, strict=True):
            record = records.get(problem.id)
            if record is None:
                continue
            drawn = [_as_drawn(problem, sample) for sample in record.samples]
            complete = [completion for completion in drawn if completion is not None]
            if len(complete) < len(drawn):
                unmatched.append(problem.id)
                continue
            cache.put(key, [completion.to_dict() for completion in complete])
            warmed_here += 1
            samples += len(complete)
        problems += warmed_here
        units += warmed_here > 0
    return Warmed(problems, samples, units, tuple(unmatched), root)


def _settings(manifest: Manifest, source: str) -> Settings:
    """The settings of a `none` session that draws what the report's session drew."""
    sampling, selection = manifest.sampling, manifest.field("selection") or {}
    dtype = manifest.model.get("dtype", "auto")
    given = {
        "edit_method": UNEDITED,
        "model": manifest.model["name"],
        "prompt_format": manifest.prompt_format,
        "model_dtype": dtype if dtype in DTYPES else "auto",
        "samples": sampling["samples"],
        "temperature": sampling["temperature"],
        "top_p": sampling["top_p"],
        "max_new_tokens": sampling["max_new_tokens"],
        "seed": sampling["seed"],
        "pass_k": ",".join(map(str, manifest.pass_k)),
        "batch_rows": manifest.field("batch_rows"),
        "split": ",".join(selection.get("splits", [])),
        "source": ",".join(selection.get("sources", [])),
        "api": ",".join(selection.get("apis", [])),
    }
    if given["batch_rows"] is None:
        raise WarmError(f"{source} predates the batched decoder: its draws are keyed otherwise")
    try:
        settings = read_settings(given)
    except SettingsError as error:
        raise WarmError(f"{source}: {error}") from None
    assert settings is not None  # an edit method is given
    listed = selection.get("problems")
    return dataclasses.replace(settings, problems=None if listed is None else frozenset(listed))


def _as_drawn(problem: Problem, sample: SampleRecord) -> Completion | None:
    """The completion as the model drew it, with the `finished` flag that gives back the
    recorded program; None when neither does."""
    style = ProgramStyle.of(problem)
    for finished in (True, False):
        if extract_program(problem.prompt, sample.completion, style, finished) == sample.program:
            return Completion(sample.completion, finished)
    return None
