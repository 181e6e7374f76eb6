"""Where a session's report goes: `report.json` (`report.json.gz` when it is kept compressed),
`summary.md`, `report.html` in one folder, and the Markdown summary appended to
`$GITHUB_STEP_SUMMARY` when a GitHub job sets it."""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pytest_apiedit import diskcache
from pytest_apiedit.reporting.render import html, markdown
from pytest_apiedit.reporting.report import Report

REPORT, SUMMARY, PAGE = "report.json", "summary.md", "report.html"
PACKED = REPORT + ".gz"


def write_reports(
    report: Report, folder: Path, gates: Sequence[Any] = (), *, compressed: bool = False
) -> list[Path]:
    """`compressed`: the report as `report.json.gz`, how a repository keeps it."""
    written = [folder / (PACKED if compressed else REPORT), folder / SUMMARY, folder / PAGE]
    summary = markdown(report, gates)
    write_json(report, written[0])
    atomic_write(written[1], summary)
    atomic_write(written[2], html(report, gates))
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if step_summary:
        with open(step_summary, "a") as out:
            out.write(summary + "\n")
    return written


def write_json(report: Report, path: Path) -> None:
    """Gzip-compressed (with no name or time in the header) when `path` ends in `.gz`."""
    text = json.dumps(report.to_dict(), indent=1, sort_keys=True) + "\n"
    if path.suffix == ".gz":
        atomic_write(path, gzip.compress(text.encode(), mtime=0))
    else:
        atomic_write(path, text)


def atomic_write(path: Path, content: str | bytes) -> None:
    """An interrupted write never leaves half a file where a whole one was."""
    diskcache.atomic_write(path, content)
