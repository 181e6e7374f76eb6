"""`python -m pytest_apiedit`: judge one program, describe and verify the shipped benchmark,
render and re-judge reports, warm the generation cache from one."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from pytest_apiedit.api.catalogue import CATALOGUE, UnknownModification, get_modification
from pytest_apiedit.benchmark.problem import Problem
from pytest_apiedit.benchmark.store import DEFAULT_PATH, Benchmark, MalformedBenchmark
from pytest_apiedit.benchmark.verify import EVERY_MODIFICATION, verify
from pytest_apiedit.reporting import MalformedReport, load_report
from pytest_apiedit.reporting.compare import compare, runs_table
from pytest_apiedit.reporting.files import atomic_write, write_reports
from pytest_apiedit.reporting.gates import evaluate, parse_gate
from pytest_apiedit.reporting.merge import MergeError, merge
from pytest_apiedit.reporting.rejudge import RejudgeError, rejudge, unedited_programs
from pytest_apiedit.reporting.render import html, markdown, markdown_table
from pytest_apiedit.sandbox import Limits, MalformedTests, SampleRequest, Sandbox, TestSuite

WORLDS = ("edited", "original", "all")


class UsageError(Exception):
    """Bad input: reported as one line on stderr with exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pytest_apiedit")
    parser.add_argument(
        "--benchmark",
        type=Path,
        default=DEFAULT_PATH,
        help="the benchmark file (default: the one shipped in the package)",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="run a program against tests in a world")
    check.add_argument("program", type=Path, help="the Python program to judge")
    check.add_argument(
        "--problem",
        metavar="ID",
        help="a benchmark problem (e.g. humaneval/12): its tests and worlds",
    )
    check.add_argument(
        "--tests",
        type=Path,
        help="Python tests (check(candidate) or assert lines), or with --stdio a "
        'JSON file {"inputs": [...], "outputs": [...]}',
    )
    check.add_argument("--entry-point", help="the function the tests call (call-based tests)")
    check.add_argument(
        "--world",
        action="append",
        default=[],
        metavar="WORLD",
        help="with --problem: edited (default), original or all; else a "
        "modification in force (repeatable; none: the original world)",
    )
    check.add_argument("--stdio", action="store_true", help="the tests feed stdin, read stdout")
    defaults = Limits()
    check.add_argument("--test-timeout", type=float, default=defaults.test_timeout_s)
    check.add_argument("--sample-timeout", type=float, default=defaults.sample_timeout_s)
    check.add_argument("--memory-mb", type=int, default=defaults.memory_mb)
    commands.add_parser("list", help="list the API modifications as JSON lines")
    stats = commands.add_parser("stats", help="count the benchmark's problems")
    stats.add_argument("--json", action="store_true", help="one JSON object")
    report = commands.add_parser(
        "report", help="rebuild a report from its records; print its summary or a comparison"
    )
    report.add_argument(
        "report",
        type=Path,
        nargs="+",
        help="a report.json written by a session; several: one table of them by method and"
        " regime; `merge SHARD ...`: the reports of a run's shards as the whole run's",
    )
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="with merge: the folder to write the merged report, summary.md and report.html to",
    )
    report.add_argument(
        "--complete",
        action="store_true",
        help="with merge: the shards must also cover the selection (all N shards, every problem)",
    )
    report.add_argument(
        "--baseline",
        type=Path,
        metavar="REPORT",
        help="with merge: the report that `baseline` in the run's gates refers to",
    )
    report.add_argument("--html", type=Path, metavar="OUT", help="write the HTML page here")
    report.add_argument("--markdown", type=Path, metavar="OUT", help="write the summary here")
    report.add_argument(
        "--compare",
        type=Path,
        metavar="OTHER",
        help="print this report's metrics beside OTHER's, with the differences",
    )
    report.add_argument(
        "--all",
        action="store_true",
        help="with --compare: also every source, category and modification",
    )
    rejudge_parser = commands.add_parser(
        "rejudge",
        help="judge a report's recorded programs again by the current verdict rules and write"
        " the report again",
    )
    rejudge_parser.add_argument(
        "report", type=Path, help="a report.json or report.json.gz written by a session"
    )
    rejudge_parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="the folder to write the report, summary.md and report.html to (default: the"
        " report's own); the report keeps its file's compression",
    )
    rejudge_parser.add_argument(
        "--unedited",
        type=Path,
        metavar="NONE_REPORT",
        help="a report of the none method with the same model, sampling and problems: its"
        " samples are the unedited programs the references judge, for reports that do not"
        " keep them",
    )
    rejudge_parser.add_argument(
        "--jobs", type=int, metavar="N", help="samples judged at once (default: one per CPU)"
    )
    warm_parser = commands.add_parser(
        "warm",
        help="put a none report's samples in the generation cache, so a session with the same"
        " model, sampling and problems reads them (`none` again, or any method's references)"
        " instead of drawing them",
    )
    warm_parser.add_argument(
        "report", type=Path, nargs="+", help="report.json or report.json.gz of the none method"
    )
    verify_parser = commands.add_parser("verify", help="re-run the benchmark's verification")
    verify_parser.add_argument(
        "--problem", action="append", metavar="ID", help="only this problem (repeatable)"
    )
    return parser


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text()
    except OSError as exc:
        raise UsageError(f"cannot read {what} {str(path)!r}: {exc.strerror}") from None


def _problem(benchmark: Benchmark, problem_id: str) -> Problem:
    try:
        return benchmark.by_id[problem_id.lower()]
    except KeyError:
        raise UsageError(
            f"no problem {problem_id!r} in the benchmark; ids look like "
            "humaneval/12, mbpp/57, apps/3021"
        ) from None


def problem_request(args: argparse.Namespace, program: str, limits: Limits) -> SampleRequest:
    if args.tests or args.entry_point or args.stdio:
        raise UsageError("--problem brings its own tests: drop --tests, --entry-point, --stdio")
    problem = _problem(Benchmark.load(args.benchmark), args.problem)
    world_name = args.world[-1] if args.world else "edited"
    if len(args.world) > 1 or world_name not in WORLDS:
        raise UsageError(f"with --problem, --world is one of {', '.join(WORLDS)}")
    focus = (problem.group,) if problem.uses_modified_api else ()
    world = {"edited": (problem.group,), "original": (), "all": EVERY_MODIFICATION}[world_name]
    return SampleRequest(program, problem.suite, world, focus=focus, limits=limits)


def check_request(args: argparse.Namespace) -> SampleRequest:
    limits = Limits(
        test_timeout_s=args.test_timeout,
        sample_timeout_s=args.sample_timeout,
        memory_mb=args.memory_mb,
    )
    if args.problem:
        return problem_request(args, _read(args.program, "program"), limits)
    for modification_id in args.world:
        get_modification(modification_id)
    program = _read(args.program, "program")
    if not args.tests:
        raise UsageError("check needs --problem ID, or --tests FILE")
    tests = _read(args.tests, "tests")
    if args.stdio:
        suite = TestSuite.from_stdio_json(tests)
    elif not args.entry_point:
        raise UsageError("call-based tests need --entry-point NAME (or pass --stdio)")
    else:
        suite = TestSuite.from_python(tests, args.entry_point)
    return SampleRequest(program, suite, tuple(args.world), limits=limits)


def run_verify(args: argparse.Namespace) -> int:
    benchmark = Benchmark.load(args.benchmark)
    problems = (
        [_problem(benchmark, i) for i in args.problem] if args.problem else list(benchmark.problems)
    )
    failed: set[str] = set()
    with Sandbox() as sandbox:
        for failure in verify(problems, sandbox):
            print(failure)
            failed.add(failure.problem.id)
    print(f"{len(problems) - len(failed)} verified, {len(failed)} failed")
    return 1 if failed else 0


def print_stats(args: argparse.Namespace) -> int:
    stats = Benchmark.load(args.benchmark).stats()
    if args.json:
        print(json.dumps(stats))
        return 0
    for key, value in stats.items():
        if isinstance(value, dict):
            print(f"{key}: " + ", ".join(f"{k} {v}" for k, v in value.items()))
        else:
            print(f"{key}: {value}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    """Metrics are recomputed from the records, so a report reads the same by this version's
    definitions; the files are written only where asked."""
    if args.report[0] == Path("merge"):
        return run_merge(args.report[1:], args)
    if args.output or args.complete or args.baseline:
        raise UsageError("-o, --complete and --baseline go with `report merge SHARD ...`")
    reports = [load_report(path).rebuilt() for path in args.report]
    if len(reports) > 1:
        if args.html or args.markdown or args.compare:
            raise UsageError("--html, --markdown and --compare take one report")
        print(markdown_table(runs_table(reports)))
        return 0
    report = reports[0]
    if args.html:
        atomic_write(args.html, html(report))
    if args.markdown:
        atomic_write(args.markdown, markdown(report))
    if args.compare:
        print("\n".join(compare(report, load_report(args.compare).rebuilt(), args.all)))
    elif not (args.html or args.markdown):
        print(markdown(report))
    return 0


def run_merge(paths: list[Path], args: argparse.Namespace) -> int:
    """The shards' reports merged and written; the run's gates decide the exit status, as at the
    end of a session (0: held or none, 1: one failed)."""
    if not paths or args.output is None:
        raise UsageError("report merge SHARD.json ... -o OUT: give the shards' reports, a folder")
    merged = merge([(str(path), load_report(path)) for path in paths], args.complete)
    texts = merged.manifest.field("gates") or []
    gates = [parse_gate(text) for text in texts]
    relative = [gate.text for gate in gates if gate.relative]
    if relative and args.baseline is None:
        raise UsageError(f"the run's gate {relative[0]!r} needs --baseline REPORT.json")
    baseline = load_report(args.baseline).flat() if args.baseline else None
    results = evaluate(gates, merged.flat(), baseline, merged.manifest.uncovered)
    written = write_reports(merged, args.output, results)
    for result in results:
        print(result.line())
    print(f"merged {len(paths)} shards ({len(merged.records)} problems): {written[0]}")
    return 0 if all(result.held for result in results) else 1


def run_rejudge(args: argparse.Namespace) -> int:
    """The report written again (records, metrics, Markdown, HTML) with fresh verdicts; what
    was done is in its manifest's `rejudged`, and in one line here."""
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs is at least 1")
    report = load_report(args.report)
    unedited = None
    if args.unedited:
        unedited = unedited_programs(report, load_report(args.unedited), str(args.unedited))
    benchmark = Benchmark.load(args.benchmark)
    with Sandbox(parallelism=args.jobs) as sandbox:
        result = rejudge(report, benchmark, sandbox, unedited)
    folder = args.output or args.report.parent
    written = write_reports(result.report, folder, compressed=args.report.suffix == ".gz")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(result.summary)
    print(f"reports: {', '.join(str(path) for path in written)}")
    return 0


def run_warm(args: argparse.Namespace) -> int:
    """Loads the report's model (to check its weights and frame its prompts): torch is imported
    here, by this command alone."""
    from pytest_apiedit.session.warm import WarmError, warm

    benchmark = Benchmark.load(args.benchmark)
    for path in args.report:
        try:
            print(warm(load_report(path), benchmark, str(path)).line())
        except WarmError as error:
            raise UsageError(str(error)) from None
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "list":
            for m in CATALOGUE:
                print(json.dumps({"id": m.id, "category": m.category.value, "note": m.note}))
            return 0
        if args.command == "stats":
            return print_stats(args)
        if args.command == "verify":
            return run_verify(args)
        if args.command == "report":
            return run_report(args)
        if args.command == "rejudge":
            return run_rejudge(args)
        if args.command == "warm":
            return run_warm(args)
        request = check_request(args)
    except (
        UsageError,
        UnknownModification,
        MalformedTests,
        MalformedBenchmark,
        MalformedReport,
        RejudgeError,
        MergeError,
    ) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with Sandbox(parallelism=1) as sandbox:
        verdict = sandbox.run(request)
    print(json.dumps(verdict.to_dict()))
    return 0
