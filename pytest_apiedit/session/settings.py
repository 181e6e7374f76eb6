"""A session's settings: the options' raw values, each checked, as one typed record.

Every value is checked here, before a model is loaded, and a bad one is a `SettingsError` with
one line naming the fix; the pytest plugin shows it as a usage error.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pytest_apiedit.api.catalogue import CATALOGUE
from pytest_apiedit.benchmark.problem import SOURCES, Split
from pytest_apiedit.benchmark.store import ProblemListError, read_problem_list
from pytest_apiedit.choices import choose
from pytest_apiedit.diskcache import CacheError, check_cache_writable
from pytest_apiedit.editing.config import EditConfig, check_edit_config
from pytest_apiedit.editing.errors import EditConfigError
from pytest_apiedit.evaluation.edits import Regime
from pytest_apiedit.generation.framing import AUTO, PromptFormat
from pytest_apiedit.generation.sampling import Sampling
from pytest_apiedit.models.aliases import ALIASES, DEFAULT_MODEL, DTYPES
from pytest_apiedit.models.packaged import MissingWeights
from pytest_apiedit.reporting.gates import Gate, GateError, MetricNames, parse_gate
from pytest_apiedit.reporting.report import REFERENCES, MalformedReport, load_report
from pytest_apiedit.session.options import OPTIONS
from pytest_apiedit.session.shards import Shard, ShardError

CATALOGUE_LISTING = "see `python -m pytest_apiedit list`"


class SettingsError(ValueError):
    """An option value the session cannot run with: one line naming the fix."""


@dataclass(frozen=True)
class Settings:
    edit: EditConfig
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
    shard: Shard | None = None
    """This session's part of the selection; None: all of it."""
    gates: tuple[Gate, ...] = ()
    baseline: dict[str, float] | None = None
    """The flat metrics of `--apiedit-baseline`."""

    @property
    def method(self) -> str:
        return self.edit.method


def read_settings(given: Mapping[str, Any]) -> Settings | None:
    """The settings from the options' raw values by `Option.dest` (`{"edit_method": "grace"}`;
    an option not given has its default); None when the benchmark is off (no edit method)."""
    unknown = sorted(set(given) - {option.dest for option in OPTIONS})
    _check(not unknown, f"unknown option {unknown[:1]}: see session/options.py")
    values = {option.dest: option.default for option in OPTIONS} | dict(given)
    if not values["edit_method"]:
        return None
    hparams = Path(values["edit_hparams"]) if values["edit_hparams"] else None
    _check(hparams is None or hparams.is_file(), f"--edit-hparams {hparams} does not exist")
    try:
        edit = check_edit_config(values["edit_method"], values["edit_backend"], hparams)
        check_cache_writable()
    except (EditConfigError, CacheError) as error:
        raise SettingsError(str(error)) from None
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
    successive = values["successive_n"]
    reference = bool(values["apiedit_reference"])
    gates = _gates(values["apiedit_gate"] or [], pass_k, reference)
    return Settings(
        edit=edit,
        model=_model(values["model"]),
        prompt_format=PromptFormat.resolve(
            _choice(values["prompt_format"], [AUTO, *PromptFormat], "prompt-format"),
            values["model"],
        ),
        model_dtype=_choice(values["model_dtype"], DTYPES, "model-dtype"),
        model_device=_device(values["model_device"]),
        regime=Regime(_choice(values["regime"], list(Regime), "regime")),
        successive_n=None if successive is None else _number(successive, int, "successive-n", 1),
        sampling=sampling,
        batch_rows=_number(values["batch_rows"], int, "batch-rows", low=1),
        pass_k=pass_k,
        splits=tuple(Split(_choice(s, list(Split), "split")) for s in _items(values["split"])),
        sources=tuple(_choice(s, SOURCES, "source") for s in _items(values["source"])),
        apis=tuple(_choice(a, [m.id for m in CATALOGUE], "api") for a in _items(values["api"])),
        problems=_problem_list(values["problems"]),
        report_dir=Path(values["apiedit_report_dir"]),
        reference=reference,
        shard=_shard(values["apiedit_shard"]),
        gates=gates,
        baseline=_baseline(values["apiedit_baseline"], gates),
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
            raise SettingsError(f"--apiedit-gate: {error}") from None
        problem = names.problem(gate.metric)
        _check(problem is None, f"--apiedit-gate {text!r}: {problem}")
        gates.append(gate)
    return tuple(gates)


def _baseline(path: str | None, gates: tuple[Gate, ...]) -> dict[str, float] | None:
    relative = [gate.text for gate in gates if gate.relative]
    if path is None:
        if relative:
            raise SettingsError(
                f"--apiedit-gate {relative[0]!r} needs --apiedit-baseline REPORT.json"
            )
        return None
    try:
        return load_report(Path(path)).flat()
    except MalformedReport as error:
        raise SettingsError(f"--apiedit-baseline: {error}") from None


def _shard(text: str | None) -> Shard | None:
    try:
        return None if text is None else Shard.parse(text)
    except ShardError as error:
        raise SettingsError(str(error)) from None


def _problem_list(path: str | None) -> frozenset[str] | None:
    try:
        return None if path is None else read_problem_list(Path(path))
    except ProblemListError as error:
        raise SettingsError(f"--problems {error}") from None


def _items(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SettingsError(message)


def _choice(value: str, allowed: list[str] | tuple[str, ...], option: str) -> str:
    return choose(value, [str(a) for a in allowed], f"--{option}", SettingsError, CATALOGUE_LISTING)


def _number(value: Any, kind: Callable[[Any], Any], option: str, low: float | None = None) -> Any:
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise SettingsError(f"--{option} {value!r} is not a valid {kind.__name__}") from None
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
            raise SettingsError(str(missing)) from None
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
