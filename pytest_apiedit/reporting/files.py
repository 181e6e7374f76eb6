"""Where a session's report goes: `report.json`, `summary.md`, `report.html` in one folder, and
the Markdown summary appended to `$GITHUB_STEP_SUMMARY` when a GitHub job sets it."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pytest_apiedit.reporting.render import html, markdown

REPORT, SUMMARY, PAGE = "report.json", "summary.md", "report.html"


def write_reports(report: dict[str, Any], folder: Path, gates: Sequence[Any] = ()) -> list[Path]:
    written = [folder / REPORT, folder / SUMMARY, folder / PAGE]
    summary = markdown(report, gates)
    write_json(report, written[0])
    atomic_write(written[1], summary)
    atomic_write(written[2], html(report, gates))
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if step_summary:
        with open(step_summary, "a") as out:
            out.write(summary + "\n")
    return written


def write_json(report: dict[str, Any], path: Path) -> None:
    atomic_write(path, json.dumps(report, indent=1, sort_keys=True) + "\n")


def atomic_write(path: Path, text: str) -> None:
    """An interrupted write never leaves half a file where a whole one was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.write_text(text)
    os.replace(partial, path)
