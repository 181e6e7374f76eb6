"""What a report was computed from: enough to rerun it, or to tell why two runs differ."""

from __future__ import annotations

import hashlib
import platform
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import metadata
from typing import Any

from pytest_apiedit.sandbox.verdict import RULES_VERSION

PACKAGES = ("pytest-apiedit", "torch", "transformers", "pytest", "pytest-xdist", "hypothesis")


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in (*PACKAGES, "easyeditor"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions


def selection_digest(problem_ids: Iterable[str]) -> str:
    """Names a selection by its problems, whatever their order: what the shards of one run
    share in their manifests and, merged, must cover."""
    return hashlib.sha256("\n".join(sorted(problem_ids)).encode()).hexdigest()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def build_manifest(
    *,
    settings: dict[str, Any],
    model: dict[str, Any],
    hyperparameters: dict[str, Any] | None,
    benchmark: str,
    started: str,
    finished: str,
) -> dict[str, Any]:
    """`settings`: the run's options as plain values (method, regime, sampling, pass_k, ...);
    `model` and `hyperparameters`: what a worker loaded and resolved (None when nothing ran);
    `verdict_rules`: the version of the sandbox's verdict rules the samples were judged by."""
    return {
        **settings,
        "verdict_rules": RULES_VERSION,
        "model": model,
        "hyperparameters": hyperparameters,
        "benchmark": benchmark,
        "packages": package_versions(),
        "platform": f"{platform.system()} {platform.machine()}",
        "command": sys.argv,
        "started": started,
        "finished": finished,
    }
