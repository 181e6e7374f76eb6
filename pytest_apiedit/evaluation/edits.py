"""Which edit is in force on a worker's model, and the step to another, taken (by the runner)
only when a generation needs it.

Single regime: the model holds at most one group's edit; the step to another group restores the
pristine weights (checked bitwise by the editor) and applies that group's edit. Items of a group
run together on one worker, so each edit is made once per worker. Successive regime: the whole
seeded sequence is applied once, and every group is evaluated on the result.

Edits are lazy: a group whose generations are all cached is never edited, so a resumed run costs
neither generation nor editing for what it already has. `state_key` names the edit state without
applying it, for the generation cache: by everything the edited weights depend on besides the
pristine ones (which the generation key names by their fingerprint).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from pytest_apiedit.benchmark.problem import Problem, Split
from pytest_apiedit.editing.request import EditRequest
from pytest_apiedit.generation.framing import PLAIN, Framing

if TYPE_CHECKING:
    from pytest_apiedit.editing.editor import Editor

UNEDITED = "none"
"""The state key of the unedited model (the `none` method, and the reference runs)."""


class Regime(StrEnum):
    """How edits are put in force. Definitions: docs/definitions.md, "Regimes"."""

    SINGLE = "single"
    SUCCESSIVE = "successive"


def edit_requests(
    problems: Sequence[Problem], framing: Framing = PLAIN
) -> dict[str, EditRequest]:
    """Per group, the request built from its reliability problem, framed as generation frames
    prompts; the group's first specificity prompt is the unrelated prompt the edit must leave
    alone (WISE trains its margin on it)."""
    unrelated: dict[str, str] = {}
    for problem in problems:
        if problem.split is Split.SPECIFICITY:
            unrelated.setdefault(problem.group, framing.prompt_of(problem))
    return {
        problem.group: EditRequest.for_group(
            problem,
            tuple(p for p in [unrelated.get(problem.group)] if p),
            framing.prompt_of(problem),
            framing.target_of(problem),
        )
        for problem in problems
        if problem.split is Split.RELIABILITY
    }


def successive_order(groups: Sequence[str], seed: int, count: int | None = None) -> tuple[str, ...]:
    """The first `count` groups of a seeded shuffle of all of them (sorted first: the order does
    not depend on how the groups were listed)."""
    order = sorted(groups)
    random.Random(seed).shuffle(order)
    return tuple(order[:count])


@dataclass(frozen=True)
class EditStep:
    """From the edit state in force to another: restore the pristine model first (when an edit
    is in force), then apply these edits one at a time, in order."""

    state: str | None
    """The state wanted: a group's edit, `successive` (the whole sequence), None (pristine)."""
    restore: bool
    apply: tuple[EditRequest, ...] = ()


class EditSchedule:
    def __init__(
        self,
        editor: Editor,
        requests: Mapping[str, EditRequest],
        regime: Regime = Regime.SINGLE,
        order: Sequence[str] = (),
        benchmark: str = "",
    ) -> None:
        """`benchmark`: the sha256 of the benchmark file the requests were built from (empty for
        requests written by hand); the edit-state keys name it."""
        self.editor = editor
        self.requests = requests
        self.regime = regime
        self.order = tuple(order)
        self.applications = 0
        """Edit states this worker has put in force (one per group in single, one in successive)."""
        self._current: str | None = None
        self._setting = {
            "method": editor.name,
            "hyperparameters": editor.params.resolved(),
            "corpus": None if editor.statistics is None else editor.statistics.corpus_identity,
            "benchmark": benchmark,
            "regime": str(regime),
            "seed": editor.seed,
        }
        """What every edit of this schedule depends on besides its requests."""
        self._keys: dict[str, str] = {}

    def state_key(self, group: str) -> str:
        """Names the edit in force for `group` by everything it is made from: the method, its
        hyperparameters, the covariance corpus, the benchmark version, the seed, and each
        request applied (prompt, target, note, unrelated prompts), in order. Readable prefix,
        sha256 of the rest."""
        if self.editor.name == UNEDITED:
            return UNEDITED
        if group not in self._keys:
            applied = self.world(group)
            material = {**self._setting, "requests": [asdict(self.requests[g]) for g in applied]}
            digest = hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()
            label = "successive" if self.regime is Regime.SUCCESSIVE else group
            self._keys[group] = f"{self.editor.name}:{label}:{digest}"
        return self._keys[group]

    def world(self, group: str) -> tuple[str, ...]:
        """The modifications in force when `group`'s problems are judged."""
        return self.order if self.regime is Regime.SUCCESSIVE else (group,)

    def step_to(self, group: str | None) -> EditStep | None:
        """What puts `group`'s edit state in force (None: the pristine model), or None when it
        is in force already. The schedule asks; the runner restores and applies
        (`runner.put_in_force`), then reports the step `entered`."""
        wanted = None if group is None else self._state_of(group)
        if self._current == wanted:
            return None
        edits = () if group is None else tuple(self.requests[g] for g in self.world(group))
        return EditStep(wanted, self._current is not None, edits)

    def entered(self, step: EditStep) -> None:
        """`step` was taken: its state is the model's now."""
        self._current = step.state
        if step.state is not None:
            self.applications += 1

    @property
    def serial(self) -> int:
        """The application number of the edit state in force (0: none yet, or pristine)."""
        return self.applications if self._current is not None else 0

    def _state_of(self, group: str) -> str:
        return "successive" if self.regime is Regime.SUCCESSIVE else group

    def prepare_prompt(self, prompt: str) -> str:
        return self.editor.prepare_prompt(prompt)

    @property
    def frames_after_edit(self) -> bool:
        """Whether a group's edit must be in force before its prompts are framed (an
        in-context method writes the edit into the prompt)."""
        return self.editor.edits_prompts
