"""`python -m pytest_apiedit`: check one program in the sandbox, list the modifications."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from pytest_apiedit.api.catalogue import CATALOGUE, UnknownModification, get_modification
from pytest_apiedit.sandbox import Limits, MalformedTests, SampleRequest, Sandbox, TestSuite


class UsageError(Exception):
    """Bad input: reported as one line on stderr with exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pytest_apiedit")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="run a program against tests in a world")
    check.add_argument("program", type=Path, help="the Python program to judge")
    check.add_argument("--tests", type=Path, required=True,
                       help="Python tests (check(candidate) or assert lines), or with --stdio a "
                            'JSON file {"inputs": [...], "outputs": [...]}')
    check.add_argument("--entry-point", help="the function the tests call (call-based tests)")
    check.add_argument("--world", action="append", default=[], metavar="MOD_ID",
                       help="a modification in force (repeatable; none: the original world)")
    check.add_argument("--stdio", action="store_true", help="the tests feed stdin, read stdout")
    defaults = Limits()
    check.add_argument("--test-timeout", type=float, default=defaults.test_timeout_s)
    check.add_argument("--sample-timeout", type=float, default=defaults.sample_timeout_s)
    check.add_argument("--memory-mb", type=int, default=defaults.memory_mb)
    commands.add_parser("list", help="list the API modifications as JSON lines")
    return parser


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text()
    except OSError as exc:
        raise UsageError(f"cannot read {what} {str(path)!r}: {exc.strerror}") from None


def check_request(args: argparse.Namespace) -> SampleRequest:
    for modification_id in args.world:
        get_modification(modification_id)
    program = _read(args.program, "program")
    tests = _read(args.tests, "tests")
    if args.stdio:
        suite = TestSuite.from_stdio_json(tests)
    elif not args.entry_point:
        raise UsageError("call-based tests need --entry-point NAME (or pass --stdio)")
    else:
        suite = TestSuite.from_python(tests, args.entry_point)
    limits = Limits(test_timeout_s=args.test_timeout, sample_timeout_s=args.sample_timeout,
                    memory_mb=args.memory_mb)
    return SampleRequest(program, suite, tuple(args.world), limits=limits)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "list":
        for m in CATALOGUE:
            print(json.dumps({"id": m.id, "category": m.category.value, "note": m.note}))
        return 0
    try:
        request = check_request(args)
    except (UsageError, UnknownModification, MalformedTests) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with Sandbox(parallelism=1) as sandbox:
        verdict = sandbox.run(request)
    print(json.dumps(verdict.to_dict()))
    return 0
