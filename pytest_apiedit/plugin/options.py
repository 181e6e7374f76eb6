"""The plugin's options: one table, read from the command line or `[tool.pytest.ini_options]`.

Every option is checked here, at configuration time, so a bad value stops the session before a
model is loaded, with one line naming the fix.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pytest_apiedit.api.catalogue import CATALOGUE
from pytest_apiedit.benchmark import SOURCES, ProblemListError, Split, read_problem_list
from pytest_apiedit.diskcache import CacheError, check_cache_writable
from pytest_apiedit.editing import METHODS, EditConfigError
from pytest_apiedit.editing.easyedit import ENTRY_POINTS
from pytest_apiedit.editing.hparams import read_yaml
from pytest_apiedit.editing.registry import BACKENDS
from pytest_apiedit.evaluation.edits import Regime
from pytest_apiedit.generation import Sampling
from pytest_apiedit.generation.framing import AUTO, CHAT_MODELS, PromptFormat
from pytest_apiedit.models import DEFAULT_MODEL
from pytest_apiedit.models.aliases import ALIASES
from pytest_apiedit.models.loading import DTYPES
from pytest_apiedit.models.packaged import MissingWeights
from pytest_apiedit.reporting import MalformedReport, flat_metrics, load_report
from pytest_apiedit.reporting.gates import Gate, GateError, MetricNames, parse_gate
from pytest_apiedit.reporting.report import REFERENCES


@dataclass(frozen=True)
class Option:
    name: str
    help: str
    default: str | None = None
    flag: bool = False
    repeated: bool = False
    """Given once per value (`--apiedit-gate A --apiedit-gate B`; one per line in the ini)."""

    @property
    def dest(self) -> str:
        return self.name.replace("-", "_")


OPTIONS = (
    Option("edit-method", f"editing method: {', '.join(METHODS)} (turns the benchmark on)"),
    Option("edit-hparams", "hyperparameter YAML (ours or EasyEdit's layout)"),
    Option("edit-backend", f"{' or '.join(BACKENDS)} (EasyEdit's own editors)", "native"),
    Option(
        "model",
        f"hub id or local folder of a causal LM, {DEFAULT_MODEL} (embedded) or an alias:"
        f" {', '.join(ALIASES)} (read offline from PyPI wheels, converted once)",
        DEFAULT_MODEL,
    ),
    Option(
        "prompt-format",
        f"completion (text to continue), chat (a turn of the chat template) or auto ({AUTO}:"
        f" chat for {', '.join(sorted(CHAT_MODELS))}, completion otherwise)",
        AUTO,
    ),
    Option("model-dtype", f"{', '.join(DTYPES)}", "auto"),
    Option("model-device", "auto (xdist worker gwI: GPU I mod count), cpu, cuda:N", "auto"),
    Option("regime", "single (restore after each group) or successive", "single"),
    Option("successive-n", "edits in the successive regime (default: all)"),
    Option("samples", "samples per problem (n)", "5"),
    Option("pass-k", "k values of pass@k, comma-separated", "1,3,5"),
    Option("temperature", "sampling temperature (0: greedy)", "0.2"),
    Option("top-p", "nucleus sampling mass", "0.95"),
    Option("max-new-tokens", "tokens per sample", "256"),
    Option("seed", "seed of sampling, edits and the successive order", "0"),
    Option(
        "batch-rows",
        "rows (samples) decoding at once, refilled from the unit as rows end; lower it if memory"
        " runs out",
        "64",
    ),
    Option("split", "only these splits (comma-separated)"),
    Option("source", f"only these sources: {', '.join(SOURCES)} (comma-separated)"),
    Option("api", "only these modification ids (comma-separated)"),
    Option("problems", "only the problems listed in this file (one id a line, # comments)"),
    Option("apiedit-report-dir", "where per-problem records and reports go", "reports"),
    Option("apiedit-reference", "also run base and oracle (unedited model)", flag=True),
    Option(
        "apiedit-gate",
        "a release gate, e.g. generalization.pass@1>=0.2 or specificity.pass@1>=0.95*baseline"
        " (repeatable; gates decide the exit status)",
        repeated=True,
    ),
    Option("apiedit-baseline", "the report.json that `baseline` in a gate refers to"),
)


def add_options(parser: pytest.Parser) -> None:
    group = parser.getgroup("apiedit", "pytest-apiedit: does model editing teach an API change")
    for option in OPTIONS:
        kind = "bool" if option.flag else "linelist" if option.repeated else "string"
        parser.addini(option.dest, option.help, type=kind, default=option.default)
        if option.flag:
            group.addoption(f"--{option.name}", action="store_true", default=None, help=option.help)
        elif option.repeated:
            group.addoption(f"--{option.name}", dest=option.dest, action="append", help=option.help)
        else:
            default = f" (default {option.default})" if option.default else ""
            group.addoption(f"--{option.name}", dest=option.dest, help=option.help + default)


def raw(config: pytest.Config, option: Option) -> Any:
    given = config.getoption(option.dest)
    return given if given is not None else config.getini(option.dest)


@dataclass(frozen=True)
class BenchmarkOptions:
    method: str
    hparams: Path | None
    backend: str
    model: str
    prompt_format: PromptFormat
    model_dtype: str
    model_device: str
    regime: Regime
    successive_n: int | None
    sampling: Sampling
    batch_rows: int
    pass_k: tuple[int, ...]
    splits: tuple[Split, ...]
    sources: tuple[str, ...]
    apis: tuple[str, ...]
    problems: frozenset[str] | None
    """The ids `--problems` lists; None: no list."""
    report_dir: Path
    reference: bool
    gates: tuple[Gate, ...] = ()
    baseline: dict[str, float] | None = None
    """The flat metrics of `--apiedit-baseline`."""

    @classmethod
    def from_config(cls, config: pytest.Config) -> BenchmarkOptions | None:
        """The options, checked; None when the benchmark is off (no `--edit-method`)."""
        values = {option.dest: raw(config, option) for option in OPTIONS}
        if not values["edit_method"]:
            return None
        backend = _choice(values["edit_backend"], BACKENDS, "edit-backend")
        methods = METHODS if backend == "native" else {"none", "prompt", *ENTRY_POINTS}
        method = _choice(values["edit_method"], methods, "edit-method")
        hparams = Path(values["edit_hparams"]) if values["edit_hparams"] else None
        if hparams is not None:
            _check(hparams.is_file(), f"--edit-hparams {hparams} does not exist")
            try:
                read_yaml(hparams, method)
            except EditConfigError as error:
                raise pytest.UsageError(str(error)) from None
        sampling = Sampling(
            samples=_number(values["samples"], int, "samples", low=1),
            temperature=_number(values["temperature"], float, "temperature", low=0),
            top_p=_number(values["top_p"], float, "top-p", low=0),
            max_new_tokens=_number(values["max_new_tokens"], int, "max-new-tokens", low=1),
            seed=_number(values["seed"], int, "seed"),
        )
        pass_k = tuple(_number(k, int, "pass-k", low=1) for k in _items(values["pass_k"]))
        _check(
            max(pass_k, default=1) <= sampling.samples,
            f"--pass-k {max(pass_k, default=1)} is larger than --samples {sampling.samples}:"
            " raise --samples or lower --pass-k",
        )
        try:
            check_cache_writable()
        except CacheError as error:
            raise pytest.UsageError(str(error)) from None
        successive = values["successive_n"]
        reference = bool(values["apiedit_reference"])
        gates = _gates(values["apiedit_gate"] or [], pass_k, reference)
        baseline = _baseline(values["apiedit_baseline"], gates)
        return cls(
            method=method,
            hparams=hparams,
            backend=backend,
            model=_model(values["model"]),
            prompt_format=PromptFormat.resolve(
                _choice(values["prompt_format"], [AUTO, *PromptFormat], "prompt-format"),
                values["model"],
            ),
            model_dtype=_choice(values["model_dtype"], DTYPES, "model-dtype"),
            model_device=_device(values["model_device"]),
            regime=Regime(_choice(values["regime"], [r.value for r in Regime], "regime")),
            successive_n=None
            if successive is None
            else _number(successive, int, "successive-n", low=1),
            sampling=sampling,
            batch_rows=_number(values["batch_rows"], int, "batch-rows", low=1),
            pass_k=pass_k,
            splits=tuple(
                Split(_choice(s, [x.value for x in Split], "split"))
                for s in _items(values["split"])
            ),
            sources=tuple(_choice(s, SOURCES, "source") for s in _items(values["source"])),
            apis=tuple(_choice(a, [m.id for m in CATALOGUE], "api") for a in _items(values["api"])),
            problems=_problem_list(values["problems"]),
            report_dir=Path(values["apiedit_report_dir"]),
            reference=reference,
            gates=gates,
            baseline=baseline,
        )


def _gates(texts: list[str], pass_k: tuple[int, ...], reference: bool) -> tuple[Gate, ...]:
    names = MetricNames(
        ks=pass_k,
        splits=[str(split) for split in Split],
        values={
            "source": SOURCES,
            "category": {str(m.category) for m in CATALOGUE},
            "modification": {m.id for m in CATALOGUE},
        },
        references=REFERENCES if reference else (),
    )
    gates = []
    for text in texts:
        try:
            gate = parse_gate(text)
        except GateError as error:
            raise pytest.UsageError(f"--apiedit-gate: {error}") from None
        problem = names.problem(gate.metric)
        _check(problem is None, f"--apiedit-gate {text!r}: {problem}")
        gates.append(gate)
    return tuple(gates)


def _baseline(path: str | None, gates: tuple[Gate, ...]) -> dict[str, float] | None:
    relative = [gate.text for gate in gates if gate.relative]
    if path is None:
        if relative:
            raise pytest.UsageError(
                f"--apiedit-gate {relative[0]!r} needs --apiedit-baseline REPORT.json"
            )
        return None
    try:
        return flat_metrics(load_report(Path(path)))
    except MalformedReport as error:
        raise pytest.UsageError(f"--apiedit-baseline: {error}") from None


def _problem_list(path: str | None) -> frozenset[str] | None:
    try:
        return None if path is None else read_problem_list(Path(path))
    except ProblemListError as error:
        raise pytest.UsageError(f"--problems {error}") from None


def _items(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise pytest.UsageError(message)


def _choice(value: str, allowed: Any, option: str) -> str:
    if value in allowed:
        return value
    close = [a for a in allowed if value.lower() in a.lower()][:5]
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    shown = ", ".join(allowed) if len(allowed) <= 12 else "see `python -m pytest_apiedit list`"
    raise pytest.UsageError(f"--{option} {value!r} is not one of {shown}{hint}")


def _number(value: Any, kind: Callable[[Any], Any], option: str, low: float | None = None) -> Any:
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise pytest.UsageError(f"--{option} {value!r} is not a valid {kind.__name__}") from None
    _check(low is None or number >= low, f"--{option} must be at least {low}, not {value}")
    return number


def _device(value: str) -> str:
    _check(
        re.fullmatch(r"auto|cpu|mps|cuda(:\d+)?", value) is not None,
        f"--model-device {value!r} is not auto, cpu, mps, cuda or cuda:N",
    )
    return value


def _model(name: str) -> str:
    """A missing local folder, an alias without what it needs installed, or a hub id absent from
    the cache while offline, fails now."""
    if name == DEFAULT_MODEL:
        return name
    if name in ALIASES:
        try:
            ALIASES[name].source.check()  # cheap: what is installed; downloads wait for the load
        except MissingWeights as missing:
            _check(False, str(missing))
        return name
    path = Path(name).expanduser()
    if path.exists() or name.startswith((".", "/", "~")):
        _check(
            (path / "config.json").is_file(),
            f"--model {name}: no such folder with a config.json; give a save_pretrained folder"
            " or a hub id",
        )
        return name
    if os.environ.get("HF_HUB_OFFLINE") == "1":
        from huggingface_hub import try_to_load_from_cache

        found = try_to_load_from_cache(name, "config.json")
        _check(
            isinstance(found, str),
            f"--model {name} is not in the Hugging Face cache and HF_HUB_OFFLINE=1:"
            " download it first or give a local folder",
        )
    return name
