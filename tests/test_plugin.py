"""The plugin loads through its entry point and its sandbox fixture works in a real session."""

import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("apiedit_env")


def test_sandbox_fixture_in_a_pytest_session(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from pytest_apiedit.sandbox import SampleRequest, TestSuite

        def test_double(apiedit_sandbox):
            suite = TestSuite.from_python("assert double(2) == 4\\n", "double")
            verdict = apiedit_sandbox.run(
                SampleRequest("def double(x):\\n    return 2 * x\\n", suite))
            assert verdict.passed
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_plugin_is_registered_by_entry_point(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("--fixtures")
    result.stdout.fnmatch_lines(["*apiedit_sandbox*"])


# --- the benchmark session: --edit-method turns it on -------------------------------------------

FAST = ("--max-new-tokens=24", "--samples=2", "--pass-k=1,2", "-p", "no:cacheprovider")


def records(pytester: pytest.Pytester) -> list[dict]:
    return json.loads((pytester.path / "reports" / "report.json").read_text())["records"]


def test_one_item_per_problem_with_ids_that_k_selects(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("--edit-method=none", "--collect-only", "-q")
    result.stdout.fnmatch_lines(
        ["apiedit::math_sqrt_to_square_root::reliability[[]*]", "2040 tests collected*"]
    )
    narrowed = pytester.runpytest_subprocess(
        "--edit-method=none", "--collect-only", "-q", "-k", "square_root"
    )
    ids = [line for line in narrowed.outlines if line.startswith("apiedit::")]
    assert ids and all(i.startswith("apiedit::math_sqrt_to_square_root::") for i in ids)
    mbpp = pytester.runpytest_subprocess(
        "--edit-method=none", "--collect-only", "-q", "-k", "mbpp and generalization"
    )
    ids = [line for line in mbpp.outlines if line.startswith("apiedit::")]
    assert ids and all("::generalization[mbpp/" in i for i in ids)


def test_xdist_keeps_groups_on_one_worker_and_edits_once(pytester: pytest.Pytester) -> None:
    selection = ("-k", "square_root or min_to_min_of or abs_to_absolute")
    pytester.runpytest_subprocess("--edit-method=grace", "-n", "2", *FAST, *selection)
    got = records(pytester)
    assert len(got) == len({r["problem"] for r in got}) > 10
    by_group: dict[str, set[tuple[str, int]]] = {}
    for record in got:
        by_group.setdefault(record["group"], set()).add((record["worker"], record["edit_serial"]))
    assert len(by_group) == 3
    assert all(len(seen) == 1 for seen in by_group.values())  # one worker, one edit
    assert {worker for seen in by_group.values() for worker, _ in seen} <= {"gw0", "gw1"}
    per_worker: dict[str, list[int]] = {}
    for seen in by_group.values():
        for worker, serial in seen:
            per_worker.setdefault(worker, []).append(serial)
    assert all(sorted(s) == list(range(1, len(s) + 1)) for s in per_worker.values())

    # The same seed again: nothing is generated or edited, and every verdict is the same.
    (pytester.path / "reports" / "report.json").rename(pytester.path / "first.json")
    pytester.runpytest_subprocess("--edit-method=grace", *FAST, *selection)
    again = {r["problem"]: r for r in records(pytester)}
    assert all(not r["generated"] and r["edit_serial"] == 0 for r in again.values())
    for record in got:
        for one, other in zip(record["samples"], again[record["problem"]]["samples"], strict=True):
            one["verdict"].pop("wall_s"), other["verdict"].pop("wall_s")
            assert one == other


def test_a_dist_mode_the_user_names_is_kept(pytester: pytest.Pytester) -> None:
    """`loadfile` sends every item (one 'file': apiedit) to one worker; scope scheduling would
    have spread the two groups over both."""
    selection = ("-k", "reliability and (square_root or abs_to_absolute)")
    pytester.runpytest_subprocess("--edit-method=grace", "-n", "2", *FAST, *selection)
    assert len({r["worker"] for r in records(pytester)}) == 2
    pytester.runpytest_subprocess(
        "--edit-method=grace", "-n", "2", "--dist", "loadfile", *FAST, *selection
    )
    assert len({r["worker"] for r in records(pytester)}) == 1


def test_groups_that_share_the_unedited_model_are_one_unit_on_one_worker(
    pytester: pytest.Pytester
) -> None:
    """Unedited, the first two groups of the benchmark (18 and 10 problems, 2 samples each) fit
    one unit of 4 x 64 rows: one worker decodes them together; at 4 rows a batch (units of 16
    rows) each is a unit of its own. (`-k` does not change the units: they are cut from the
    whole selection, so the two groups must be neighbours in it.)"""
    selection = ("-k", "abs_to_absolute or accumulate_func_keyword_only")
    pytester.runpytest_subprocess("--edit-method=none", "-n", "2", *FAST, *selection)
    packed = records(pytester)
    assert len({r["group"] for r in packed}) == 2 and len({r["worker"] for r in packed}) == 1
    pytester.runpytest_subprocess(
        "--edit-method=none", "-n", "2", "--batch-rows=4", *FAST, *selection
    )
    alone = records(pytester)
    workers = {r["group"]: {x["worker"] for x in alone if x["group"] == r["group"]} for r in alone}
    assert all(len(seen) == 1 for seen in workers.values())
    assert len(set.union(*workers.values())) == 2


def test_one_report_counts_every_item_once_and_xdist_changes_no_number(
    pytester: pytest.Pytester, apiedit_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    selection = ("-k", "square_root or min_to_min_of or abs_to_absolute")
    pytester.runpytest_subprocess("--edit-method=grace", "-n", "2", *FAST, *selection)
    spread = json.loads((pytester.path / "reports" / "report.json").read_text())
    items = pytester.runpytest_subprocess("--edit-method=grace", "--collect-only", "-q", *selection)
    collected = [line for line in items.outlines if line.startswith("apiedit::")]
    assert (
        len(spread["records"]) == len(collected) == spread["metrics"]["run"]["overall"]["problems"]
    )
    assert len({r["problem"] for r in spread["records"]}) == len(collected)
    assert {r["worker"] for r in spread["records"]} == {"gw0", "gw1"}
    fresh = apiedit_env.parent / "fresh-cache"  # nothing generated yet: the plain run redoes it all
    monkeypatch.setenv("PYTEST_APIEDIT_CACHE", str(fresh))
    pytester.runpytest_subprocess("--edit-method=grace", *FAST, *selection)
    plain = json.loads((pytester.path / "reports" / "report.json").read_text())
    assert all(r["generated"] for r in plain["records"])
    assert plain["metrics"] == spread["metrics"]
    assert plain["manifest"]["model"] == spread["manifest"]["model"]
    assert plain["manifest"]["hyperparameters"] == spread["manifest"]["hyperparameters"]
    assert plain["manifest"]["hyperparameters"]["layers"]  # the resolved values, not {}


def test_gates_decide_the_exit_status(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    selection = ("-k", "abs_to_absolute and not specificity")
    usual = pytester.runpytest_subprocess("--edit-method=none", *FAST, *selection)
    assert usual.ret == pytest.ExitCode.TESTS_FAILED  # the unedited default writes the removed API
    measured = json.loads((pytester.path / "reports" / "report.json").read_text())
    compiled = measured["metrics"]["run"]["overall"]["compile@1"]
    held = pytester.runpytest_subprocess(
        "--edit-method=none", *FAST, *selection, f"--apiedit-gate=overall.compile@1>={compiled}"
    )
    assert held.ret == pytest.ExitCode.OK
    held.stdout.fnmatch_lines([f"PASS overall.compile@1>={compiled}: measured*"])
    (pytester.path / "reports" / "report.json").rename(pytester.path / "baseline.json")
    step_summary = pytester.path / "step_summary.md"
    step_summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(step_summary))
    failed = pytester.runpytest_subprocess(
        "--edit-method=none",
        *FAST,
        *selection,
        "--apiedit-baseline=baseline.json",
        "--apiedit-gate=overall.pass@1>=baseline",
        f"--apiedit-gate=overall.compile@1>{compiled}",
    )
    assert failed.ret == pytest.ExitCode.TESTS_FAILED
    failed.stdout.fnmatch_lines(
        [
            "PASS overall.pass@1>=baseline: measured*",
            f"FAIL overall.compile@1>{compiled}: measured {compiled:.4f}, needs > {compiled:.4f}",
        ]
    )
    summary = (pytester.path / "reports" / "summary.md").read_text()
    assert f"| FAIL | overall.compile@1>{compiled} |" in summary
    assert step_summary.read_text() == "earlier step\n" + summary + "\n"  # appended


def test_an_interrupted_run_resumes_without_regenerating(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makeconftest(
        """
        import os, pytest
        done = []
        def pytest_runtest_logreport(report):
            if report.when == "call" and os.environ.get("STOP_AFTER"):
                done.append(report.nodeid)
                if len(done) == int(os.environ["STOP_AFTER"]):
                    raise KeyboardInterrupt
        """
    )
    selection = ("-k", "round_ndigits_keyword_only", "--seed=11")
    monkeypatch.setenv("STOP_AFTER", "3")
    pytester.runpytest_subprocess("--edit-method=ft", *FAST, *selection)
    first = records(pytester)
    assert len(first) == 3 and all(r["generated"] for r in first)
    monkeypatch.delenv("STOP_AFTER")
    pytester.runpytest_subprocess("--edit-method=ft", *FAST, *selection)
    resumed = records(pytester)
    assert len(resumed) > 3
    regenerated = {r["problem"] for r in resumed if r["generated"]}
    assert regenerated.isdisjoint({r["problem"] for r in first})


@pytest.mark.parametrize("variant", ["FT-M", "FT-L"])
def test_an_easyedit_ft_file_runs_through_the_plugin(
    pytester: pytest.Pytester, variant: str
) -> None:
    """EasyEdit writes `alg_name: FT-M` or `FT-L` in its fine-tuning files; the plugin takes
    the file as `make_editor` does, and the run uses its values."""
    objective = {"FT-M": "target_new", "FT-L": "prompt_last"}[variant]
    pytester.makefile(
        ".yaml",
        ft=f'alg_name: "{variant}"\nmodel_name: "./hugging_cache/gpt2-xl"\ndevice: 0\n'
        f"num_steps: 2\nlr: 5e-4\nobjective_optimization: {objective}\n",
    )
    selection = ("-k", "abs_to_absolute and reliability")
    result = pytester.runpytest_subprocess("--edit-method=ft", "--edit-hparams=ft.yaml", *FAST,
                                           *selection)
    assert result.ret in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED)
    report = json.loads((pytester.path / "reports" / "report.json").read_text())
    assert len(report["records"]) == 1
    used = report["manifest"]["hyperparameters"]
    assert (used["num_steps"], used["objective_optimization"]) == (2, objective)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--edit-method=romeo"], "--edit-method 'romeo' is not one of none, prompt*"),
        (["--edit-method=grace", "--model=./absent"], "--model ./absent: no such folder*"),
        (["--edit-method=grace", "--samples=2"], "--pass-k 5 is larger than --samples 2*"),
        (["--edit-method=grace", "--split=reliable"], "--split 'reliable' is not one of*"),
        (["--edit-method=grace", "--edit-hparams=nope.yaml"], "--edit-hparams nope.yaml does*"),
        (["--edit-method=grace", "--model-device=gpu"], "--model-device 'gpu' is not auto*"),
        (["--edit-method=none", "--apiedit-gate=pass=>0"], "--apiedit-gate: gate *is not METRIC*"),
        (
            ["--edit-method=none", "--apiedit-gate=overall.pass@2>=0.1"],
            "--apiedit-gate 'overall.pass@2>=0.1': no metric*(K in --pass-k: 1,3,5)",
        ),
        (
            ["--edit-method=none", "--apiedit-gate=specificity.pass@1>=0.9*baseline"],
            "--apiedit-gate 'specificity.pass@1>=0.9*baseline' needs --apiedit-baseline*",
        ),
        (["--edit-method=none", "--apiedit-baseline=no.json"], "--apiedit-baseline: cannot read*"),
        (["--edit-method=none", "--problems=absent.txt"], "--problems absent.txt: cannot read*"),
        (["--edit-method=none", "--prompt-format=xml"], "--prompt-format 'xml' is not one of*"),
    ],
)
def test_bad_options_stop_at_configuration(pytester: pytest.Pytester, args, message) -> None:
    result = pytester.runpytest(*args)  # in process: nothing is loaded before the error
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {message}"])


def test_a_cache_folder_that_cannot_be_written_stops_at_configuration(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    occupied = pytester.makefile(".txt", occupied="a file where the cache folder should be")
    monkeypatch.setenv("PYTEST_APIEDIT_CACHE", str(occupied / "cache"))
    result = pytester.runpytest("--edit-method=none", "-k", "abs_to_absolute")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [f"ERROR: cannot write the cache folder {occupied}/cache (*): set PYTEST_APIEDIT_CACHE*"]
    )


@pytest.mark.parametrize("workers", [[], ["-n", "2"]])
def test_a_model_that_fails_to_load_stops_the_session_with_one_line(
    pytester: pytest.Pytester, workers
) -> None:
    folder = pytester.mkdir("broken")
    (folder / "config.json").write_text('{"model_type": "llama"}')
    (folder / "model.safetensors").write_text("not weights")
    result = pytester.runpytest_subprocess(
        "--edit-method=none", "--model=broken", "-k", "square_root", *workers, *FAST
    )
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*Interrupted: apiedit: cannot load model 'broken'*"])
    assert result.stdout.str().count("ERROR apiedit::") <= 2  # no error per item
    assert "INTERNALERROR" not in result.stdout.str()


def test_chat_prompts_for_a_model_without_a_chat_template_stop_with_one_line(
    pytester: pytest.Pytester
) -> None:
    result = pytester.runpytest_subprocess(
        "--edit-method=none", "--prompt-format=chat", "-k", "abs_to_absolute", *FAST
    )
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(
        ["*Interrupted: apiedit: --prompt-format chat: the model's tokenizer has no chat template*"]
    )


def test_options_can_live_in_the_ini_file(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nedit_method = none\napi = abs_to_absolute\nsplit = reliability\n")
    result = pytester.runpytest_subprocess("--collect-only", "-q")
    result.stdout.fnmatch_lines(["apiedit::abs_to_absolute::reliability[[]*]", "1 test collected*"])


def test_a_problem_list_selects_its_problems_and_a_successive_run_edits_only_their_groups(
    pytester: pytest.Pytester
) -> None:
    listed = ["humaneval/2", "mbpp/3", "apps/4004"]
    pytester.path.joinpath("subset.txt").write_text(
        "# the study's subset\n" + "\n".join(f"{i}  # why" for i in listed) + "\n\n"
    )
    result = pytester.runpytest_subprocess(
        "--edit-method=none", "--problems=subset.txt", "--regime=successive", "--collect-only"
    )
    result.stdout.fnmatch_lines(["apiedit: none * successive regime of 3 edits, 3 problems*"])
    ids = sorted(line.strip() for line in result.outlines if "<ProblemItem" in line)
    assert len(ids) == 3 and all(any(i in line for line in ids) for i in listed)
    one_api = pytester.runpytest_subprocess(
        "--edit-method=none", "--api=abs_to_absolute", "--regime=successive", "--collect-only"
    )
    one_api.stdout.fnmatch_lines(["*successive regime of 1 edits*"])

    pytester.path.joinpath("typo.txt").write_text("mbpp/3\nmbpp/99999\n")
    typo = pytester.runpytest_subprocess("--edit-method=none", "--problems=typo.txt")
    assert typo.ret == pytest.ExitCode.USAGE_ERROR
    typo.stderr.fnmatch_lines(["ERROR: --problems: 'mbpp/99999' is not a benchmark problem*"])
    pytester.path.joinpath("empty.txt").write_text("# nothing yet\n")
    empty = pytester.runpytest_subprocess("--edit-method=none", "--problems=empty.txt")
    empty.stderr.fnmatch_lines(["ERROR: --problems empty.txt lists no problem*"])


def test_reference_runs_judge_the_unedited_model_in_both_worlds(
    pytester: pytest.Pytester
) -> None:
    pytester.runpytest_subprocess(
        "--edit-method=grace", "--api=abs_to_absolute", "--apiedit-reference", *FAST
    )
    got = records(pytester)
    assert got and all(set(r["references"]) == {"base", "oracle"} for r in got)
    for record in got:
        assert len(record["references"]["base"]) == len(record["references"]["oracle"]) == 2
        focused = record["split"] != "specificity"
        assert all((v["adoption"] is not None) == focused for v in record["references"]["base"])
        assert all(v["adoption"] is None for v in record["references"]["oracle"])


# --- pytest's own features on benchmark items ---------------------------------------------------

KEEP_CACHE = ("--max-new-tokens=24", "--samples=2", "--pass-k=1,2")
"""`FAST` with pytest's cache on: `--lf` and `--sw` keep their state in it."""


def test_last_and_failed_first_rerun_the_failed_problems_and_junit_xml_has_a_line_each(
    pytester: pytest.Pytester,
) -> None:
    import xml.etree.ElementTree as ElementTree

    selection = ("--api=abs_to_absolute",)  # the unedited default solves one of its problems
    first = pytester.runpytest_subprocess(
        "--edit-method=none", *KEEP_CACHE, *selection, "--junitxml=out.xml"
    )
    failed = first.parseoutcomes()["failed"]
    assert 0 < failed < len(records(pytester))
    assert (pytester.path / ".pytest_cache").is_dir()  # in the rootdir, the invocation folder
    cases = list(ElementTree.parse(pytester.path / "out.xml").getroot().iter("testcase"))
    lines = [p.get("value") for case in cases for p in case.iter("property")]
    assert len(lines) == len(cases) == len(records(pytester))
    assert all(line.startswith("2 samples: ") and len(line) < 200 for line in lines)
    assert all(record["samples"][0]["program"] for record in records(pytester))  # all there

    again = pytester.runpytest_subprocess("--edit-method=none", *KEEP_CACHE, *selection, "--lf")
    again.stdout.fnmatch_lines([f"run-last-failure: rerun previous {failed} failure*"])
    assert again.parseoutcomes() == {"failed": failed, "deselected": 1}
    first_failures = pytester.runpytest_subprocess(
        "--edit-method=none", *KEEP_CACHE, *selection, "--ff"
    )
    first_failures.stdout.fnmatch_lines([f"run-last-failure: rerun previous {failed} fail*first*"])


def test_stepwise_resumes_at_the_problem_that_failed(pytester: pytest.Pytester) -> None:
    pytester.makefile(".txt", problems="apps/3651\napps/4108\n")  # solved, then not
    selection = ("--sw", "--problems=problems.txt")

    def stepwise() -> tuple[int | None, list[str]]:
        """Items stepwise skipped (None: it knew no earlier failure), and those that failed."""
        run = pytester.runpytest_subprocess("--edit-method=none", *KEEP_CACHE, *selection)
        found = re.search(r"stepwise: skipping (\d+) already passed", run.stdout.str())
        failed = re.findall(r"^FAILED (\S+)", run.stdout.str(), re.MULTILINE)
        return (int(found.group(1)) if found else None), failed

    skipped, failed = stepwise()
    assert skipped is None and len(failed) == 1
    resumed, failed_again = stepwise()
    assert resumed == 1 and failed_again == failed  # it started at the failed problem


def test_a_path_option_outside_the_folder_must_use_equals(pytester: pytest.Pytester) -> None:
    """pytest chooses its rootdir before plugin options are known: `--apiedit-report-dir DIR`
    would make DIR a test path to it, and move the rootdir (and `--lf`'s cache) out."""
    outside = pytester.path.parent / f"{pytester.path.name}-reports"
    outside.mkdir()
    spaced = pytester.runpytest("--edit-method=none", "--apiedit-report-dir", str(outside), "--co")
    assert spaced.ret == pytest.ExitCode.USAGE_ERROR
    spaced.stderr.fnmatch_lines([f"ERROR: --apiedit-report-dir {outside}: write *={outside} *"])
    joined = pytester.runpytest_subprocess(
        "--edit-method=none", f"--apiedit-report-dir={outside}", "--co", "-k", "abs_to_absolute"
    )
    joined.stdout.fnmatch_lines([f"rootdir: {pytester.path}"])
