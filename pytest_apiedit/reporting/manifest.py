"""What a report was computed from: enough to rerun it, or to tell why two runs differ."""

from __future__ import annotations

import platform
import sys
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
