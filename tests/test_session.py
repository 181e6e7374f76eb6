"""A session as plain code: settings from raw option values, and the whole session without
pytest giving what the plugin gives."""

from __future__ import annotations

import json

import pytest

from pytest_apiedit.session.session import run_session
from pytest_apiedit.session.settings import SettingsError, read_settings

OPTIONS = {
    "edit_method": "grace",
    "api": "abs_to_absolute",
    "split": "reliability,generalization",
    "samples": "1",
    "pass_k": "1",
    "max_new_tokens": "16",
    "apiedit_reference": True,
}
"""One group's labelled problems, on the embedded default model."""


def test_raw_values_become_settings_with_the_defaults_filled_in() -> None:
    assert read_settings({}) is None  # no method: the benchmark is off
    settings = read_settings(OPTIONS)
    assert settings is not None
    assert (settings.method, settings.apis) == ("grace", ("abs_to_absolute",))
    assert (settings.sampling.samples, settings.pass_k) == (1, (1,))
    assert settings.sampling.top_p == 0.95 and settings.batch_rows == 64  # the table's defaults
    with pytest.raises(SettingsError, match=r"--samples 'two' is not a valid int"):
        read_settings({**OPTIONS, "samples": "two"})
    with pytest.raises(SettingsError, match=r"unknown option \['sample'\]"):
        read_settings({**OPTIONS, "sample": "2"})


@pytest.mark.usefixtures("apiedit_env")
def test_the_session_without_pytest_gives_the_plugins_records(pytester: pytest.Pytester) -> None:
    settings = read_settings(OPTIONS)
    assert settings is not None
    outcome = run_session(settings)
    problems = [record.problem for record in outcome.report.records]
    assert problems == sorted(problems)
    assert {record.group for record in outcome.report.records} == {"abs_to_absolute"}
    manifest = outcome.report.manifest
    assert manifest.method == "grace" and manifest.values["hyperparameters"]
    plain = outcome.report.to_dict()

    flags = [f"--{name.replace('_', '-')}={value}" for name, value in OPTIONS.items()]
    flags[-1] = "--apiedit-reference"
    pytester.runpytest_subprocess(*flags, "-p", "no:cacheprovider")
    through_pytest = json.loads((pytester.path / "reports" / "report.json").read_text())

    def judged(report: dict) -> list[tuple]:
        """What each problem's samples were and how they were judged (not when, where or how
        long the sandbox took)."""

        def verdict(data: dict) -> dict:
            return {key: value for key, value in data.items() if key != "wall_s"}

        return [
            (
                r["problem"],
                [(s["completion"], verdict(s["verdict"])) for s in r["samples"]],
                {name: [verdict(v) for v in vs] for name, vs in r["references"].items()},
            )
            for r in report["records"]
        ]

    assert judged(through_pytest) == judged(plain)
    assert through_pytest["metrics"] == plain["metrics"]
