"""A real, tiny `none` session of the default model with references, run as a child pytest: the
report the rejudge and warm tests start from."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NONE_SESSION = (
    "--edit-method=none",
    "--apiedit-reference",
    "--api=abs_to_absolute",
    "-k",
    "humaneval or mbpp",  # reliability, generalization and specificity problems
    "--max-new-tokens=24",  # short enough that some samples end on the limit, not on their own
    "--samples=2",
    "--pass-k=1,2",
    "-p",
    "no:cacheprovider",
    "-q",
)


def run_none_session(root: Path, cache: Path, name: str) -> Path:
    """Run the session in `root` with its own cache folder; the path of its `report.json`
    (under `root / name`)."""
    env = {**os.environ, "PYTEST_APIEDIT_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", *NONE_SESSION, "--apiedit-report-dir", str(root / name)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    path = root / name / "report.json"
    assert path.exists(), run.stdout[-2000:] + run.stderr[-2000:]
    return path
