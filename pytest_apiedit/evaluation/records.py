"""What one item leaves behind: every sample's program and verdict, as plain JSON-able data.

Records travel from xdist workers to the controller on their item's report, so they are dicts of
plain values; `ProblemRecord.from_dict(record.to_dict())` gives the record back.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.sandbox import Adoption, Verdict


@dataclass(frozen=True)
class SampleRecord:
    completion: str
    program: str
    verdict: Verdict

    def to_dict(self) -> dict[str, Any]:
        return {
            "completion": self.completion,
            "program": self.program,
            "verdict": self.verdict.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SampleRecord:
        return cls(data["completion"], data["program"], Verdict.from_dict(data["verdict"]))


@dataclass(frozen=True)
class ProblemRecord:
    problem: str
    group: str
    split: Split
    source: str
    category: str
    world: tuple[str, ...]
    """Modifications in force when the samples were judged."""
    samples: tuple[SampleRecord, ...]
    generated: bool
    """False: the samples came from the generation cache."""
    worker: str
    edit_serial: int
    """Which application of an edit on this worker the samples were drawn under (0: none was
    needed, e.g. a cache hit or the `none` method); one group, one serial, per worker."""
    references: dict[str, tuple[Verdict, ...]] = field(default_factory=dict)
    """`base` (unedited model, this world) and `oracle` (unedited model, original world)."""
    reference_programs: tuple[str, ...] = ()
    """The unedited model's programs both references judged, so `rejudge` can judge them again;
    empty without references, and in reports written before they were kept."""

    @property
    def solved(self) -> bool:
        """The item's bar: a correct adoption of the new API, or for specificity a full pass."""
        if self.split is Split.SPECIFICITY:
            return any(s.verdict.passed for s in self.samples)
        return any(s.verdict.adoption is Adoption.CORRECT_ADOPTION for s in self.samples)

    def labels(self) -> list[str]:
        """Each sample's class: its adoption class, else `passed` or its error class."""
        return [
            str(s.verdict.adoption or ("passed" if s.verdict.passed else s.verdict.error_class))
            for s in self.samples
        ]

    def summary(self) -> str:
        """One line for per-item views (JUnit XML): the samples' classes with counts."""
        counts = Counter(self.labels()).most_common()
        return f"{len(self.samples)} samples: " + ", ".join(f"{c} x{n}" for c, n in counts)

    def failure_message(self) -> str:
        """Why no sample met the bar: classes with counts, and the first error of each."""
        wanted = "passed" if self.split is Split.SPECIFICITY else "adopted the new API correctly"
        first_error: dict[str, str] = {}
        for label, sample in zip(self.labels(), self.samples, strict=True):
            if sample.verdict.error and label not in first_error:
                first_error[label] = sample.verdict.error.splitlines()[0][:160]
        parts = [
            f"{label} x{count}" + (f" ({first_error[label]})" if label in first_error else "")
            for label, count in Counter(self.labels()).most_common()
        ]
        return f"no sample of {len(self.samples)} {wanted} in {self.problem}: " + "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["samples"] = [sample.to_dict() for sample in self.samples]
        data["references"] = {
            name: [verdict.to_dict() for verdict in verdicts]
            for name, verdicts in self.references.items()
        }
        data["world"] = list(self.world)
        data["reference_programs"] = list(self.reference_programs)
        data["solved"] = self.solved
        return json.loads(json.dumps(data))  # enums as their strings: execnet sends only plain data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProblemRecord:
        data = {key: value for key, value in data.items() if key != "solved"}
        return cls(
            **{
                **data,
                "split": Split(data["split"]),
                "world": tuple(data["world"]),
                "reference_programs": tuple(data.get("reference_programs", ())),
                "samples": tuple(SampleRecord.from_dict(s) for s in data["samples"]),
                "references": {
                    name: tuple(Verdict.from_dict(v) for v in verdicts)
                    for name, verdicts in data["references"].items()
                },
            }
        )
