"""What the sandbox is asked to do: run one program against its tests in a world."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from pytest_apiedit.sandbox.suite import TestSuite


@dataclass(frozen=True)
class Limits:
    test_timeout_s: float = 3.0
    """CPU time of the program in one test case (and in running the module body)."""
    sample_timeout_s: float = 10.0
    """CPU time of the program in all of a sample's tests together."""
    wall_factor: float = 3.0
    """Wall-clock backstop of each limit, as a multiple of it: a program that sleeps or blocks
    uses no CPU. Limits are CPU time so that a verdict does not depend on the machine's load."""
    memory_mb: int = 1024
    """Address space of the program process."""
    output_bytes: int = 1 << 20
    """Stdout of one stdio test case."""
    program_bytes: int = 256 << 10
    """Source of the program: parsing is not interruptible, so its size bounds its time."""

    def wall_backstop(self, cpu_s: float) -> float:
        return self.wall_factor * cpu_s

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Limits:
        return cls(**data)


@dataclass(frozen=True)
class SampleRequest:
    program: str
    suite: TestSuite
    world: tuple[str, ...] = ()
    """Ids of the modifications in force."""
    focus: tuple[str, ...] | None = None
    """Ids of the modifications the problem is about (for adoption); None means the world."""
    limits: Limits = field(default_factory=Limits)

    @property
    def focus_ids(self) -> tuple[str, ...]:
        return self.world if self.focus is None else self.focus

    def to_dict(self) -> dict[str, Any]:
        return {
            "program": self.program,
            "suite": self.suite.to_dict(),
            "world": list(self.world),
            "focus": None if self.focus is None else list(self.focus),
            "limits": asdict(self.limits),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SampleRequest:
        return cls(
            program=data["program"],
            suite=TestSuite.from_dict(data["suite"]),
            world=tuple(data["world"]),
            focus=None if data["focus"] is None else tuple(data["focus"]),
            limits=Limits.from_dict(data["limits"]),
        )
