"""The session's options, one table: name, help, default. What each value may be is `settings`.

The help strings list every choice, from the modules that own the names; none of those imports
torch, the catalogue or the sandbox, so a pytest session that never turns the benchmark on pays
only for this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from pytest_apiedit.benchmark.problem import SOURCES
from pytest_apiedit.editing.config import BACKENDS, METHODS
from pytest_apiedit.generation.framing import AUTO, CHAT_MODELS
from pytest_apiedit.models.aliases import ALIASES, DEFAULT_MODEL, DTYPES


@dataclass(frozen=True)
class Option:
    name: str
    help: str
    default: str | None = None
    flag: bool = False
    repeated: bool = False
    """Given once per value (`--apiedit-gate A --apiedit-gate B`; one per line in the ini)."""
    path: bool = False
    """The value may be a file or folder."""

    @property
    def dest(self) -> str:
        return self.name.replace("-", "_")


OPTIONS = (
    Option("edit-method", f"editing method: {', '.join(METHODS)} (turns the benchmark on)"),
    Option("edit-hparams", "hyperparameter YAML (ours or EasyEdit's layout)", path=True),
    Option("edit-backend", f"{' or '.join(BACKENDS)} (EasyEdit's own editors)", "native"),
    Option(
        "model",
        f"hub id or local folder of a causal LM, {DEFAULT_MODEL} (embedded) or an alias:"
        f" {', '.join(ALIASES)} (read offline from PyPI wheels, converted once)",
        DEFAULT_MODEL,
        path=True,
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
    Option(
        "problems", "only the problems listed in this file (one id a line, # comments)", path=True
    ),
    Option(
        "apiedit-shard",
        "run the K-th of N shards of the selection (K/N): whole decoding units (edit groups),"
        " balanced by problems; `python -m pytest_apiedit report merge` joins the shards' reports",
    ),
    Option("apiedit-report-dir", "where per-problem records and reports go", "reports", path=True),
    Option("apiedit-reference", "also run base and oracle (unedited model)", flag=True),
    Option(
        "apiedit-gate",
        "a release gate, e.g. generalization.pass@1>=0.2 or specificity.pass@1>=0.95*baseline"
        " (repeatable; gates decide the exit status)",
        repeated=True,
    ),
    Option("apiedit-baseline", "the report.json that `baseline` in a gate refers to", path=True),
)
