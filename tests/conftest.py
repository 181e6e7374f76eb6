"""What the tests share: the environment a real benchmark session runs in here."""

from __future__ import annotations

from pathlib import Path

import pytest
from tiny_sessions import run_none_session


@pytest.fixture
def apiedit_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Offline (no hub on this machine or in CI), with one cache folder (models, covariances,
    generations) for the tests of this worker, and no CI step summary to append to; returns
    the cache folder."""
    cache = tmp_path_factory.getbasetemp() / "apiedit-cache"
    monkeypatch.setenv("PYTEST_APIEDIT_CACHE", str(cache))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return cache


@pytest.fixture(scope="session")
def weights_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where `editing_models` keeps its trained weights: one folder every xdist worker of this
    session shares (the parent of the per-worker temp), so each model trains once."""
    path = tmp_path_factory.getbasetemp().parent / "editing-models"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture(scope="session")
def tiny_none_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `report.json` of the tiny `none` session with references (`tiny_sessions.py`), run
    once per test process for the tests that start from it (rejudge, warm)."""
    root = tmp_path_factory.mktemp("tiny-none")
    return run_none_session(root, root / "cache", "none")
