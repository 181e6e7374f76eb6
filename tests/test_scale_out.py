"""Scaling out. Shards (`--apiedit-shard K/N`) and `report merge`: the merge of a run's shards
is the report of the unsplit run, in both regimes, and reports of other runs are refused. A
worker that dies loses only its item in flight. Workers on other hosts (`--tx`, by popen and by
ssh to an sshd on the loopback address) are scheduled like `-n` workers."""

from __future__ import annotations

import getpass
import json
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from sample_records import MANIFEST, RECORDS

from pytest_apiedit.benchmark.problem import Split
from pytest_apiedit.benchmark.store import Benchmark
from pytest_apiedit.reporting.files import write_reports
from pytest_apiedit.reporting.manifest import selection_digest
from pytest_apiedit.reporting.report import build_report
from pytest_apiedit.session.options import OPTIONS
from pytest_apiedit.session.session import Session
from pytest_apiedit.session.settings import read_settings
from pytest_apiedit.session.shards import Shard, ShardError, assign

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.usefixtures("apiedit_env")


@given(
    costs=st.dictionaries(st.text(min_size=1, max_size=6), st.integers(1, 60), max_size=30),
    count=st.integers(1, 9),
)
def test_groups_are_dealt_once_each_and_balanced_within_the_heaviest_group(
    costs: dict[str, int], count: int
) -> None:
    shards = assign(costs, count)
    assert len(shards) == count
    assert sorted(group for shard in shards for group in shard) == sorted(costs)
    loads = [sum(costs[group] for group in shard) for shard in shards]
    assert max(loads) - min(loads) <= max(costs.values(), default=0)
    assert assign(dict(reversed(costs.items())), count) == shards  # the order given is no input


@pytest.mark.parametrize(
    ("text", "message"),
    [("2", "is not K/N"), ("a/b", "is not K/N"), ("0/2", "between 1 and N"), ("3/2", "between")],
)
def test_a_bad_shard_is_one_line(text: str, message: str) -> None:
    with pytest.raises(ShardError, match=message):
        Shard.parse(text)


def test_shard_parse_reads_k_of_n() -> None:
    assert Shard.parse(" 2 / 7 ") == Shard(2, 7) and str(Shard(2, 7)) == "2/7"


def test_with_references_an_edited_run_is_scheduled_by_the_unedited_units() -> None:
    """An edited run's references are drawn in the packed units of the unedited model, so with
    `--apiedit-reference` a packed unit's groups go to one worker (and one shard) together, as
    in a `none` run; without references each edit group is a unit of its own."""

    def units(**given: Any) -> dict[str, str]:
        settings = read_settings(given)
        assert settings is not None
        return Session(settings).unit_of_group()

    alone = units(edit_method="grace")
    groups = {problem.group for problem in Benchmark.load().problems}
    assert set(alone) == groups and len(set(alone.values())) == len(groups)
    packed = units(edit_method="grace", apiedit_reference=True)
    assert packed == units(edit_method="none") == units(edit_method="none", apiedit_reference=True)
    assert set(packed) == groups and len(set(packed.values())) < len(groups) / 2


# --- real sessions on the default model ----------------------------------------------------------

FAST = ("--max-new-tokens=24", "--samples=2", "--pass-k=1,2", "-p", "no:cacheprovider", "-q")
APIS = ",".join(
    sorted({p.group for p in Benchmark.load().problems if p.split is Split.RELIABILITY})[:8]
)
"""Eight edit groups: enough for seven shards."""


def session(pytester: pytest.Pytester, folder: str, *args: str) -> dict[str, Any]:
    """One benchmark session on the eight groups' reliability problems; its report."""
    pytester.runpytest_subprocess(
        "--edit-method=grace",
        "--split=reliability",
        f"--api={APIS}",
        f"--apiedit-report-dir={folder}",
        *FAST,
        *args,
    )
    return json.loads((pytester.path / folder / "report.json").read_text())


def merge(pytester: pytest.Pytester, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest_apiedit", "report", "merge", *args],
        capture_output=True,
        text=True,
        cwd=pytester.path,
        timeout=120,
    )


def same_run(merged: dict[str, Any], whole: dict[str, Any]) -> None:
    """The merged report holds the whole run's records and metrics, exactly."""
    assert merged["metrics"] == whole["metrics"]
    assert [what(r) for r in merged["records"]] == [what(r) for r in whole["records"]]


def what(record: dict[str, Any]) -> dict[str, Any]:
    """A record without where and when it was made (worker, edit serial, cache hit, time)."""
    kept = {k: v for k, v in record.items() if k not in ("worker", "edit_serial", "generated")}
    samples = [{**s, "verdict": {**s["verdict"], "wall_s": None}} for s in record["samples"]]
    return {**kept, "samples": samples}


def test_the_merge_of_n_shards_is_the_unsplit_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """N in {2, 3, 7}: each shard is a session of its own (the 2 shards with a cache of their
    own, so their samples are generated again), and `report merge --complete` of their reports
    gives the unsplit session's records and metrics."""
    whole = session(pytester, "whole")
    assert len(whole["records"]) == 8 and whole["manifest"]["shard"] is None
    monkeypatch.setenv("PYTEST_APIEDIT_CACHE", str(tmp_path / "shards-cache"))
    for count in (2, 3, 7):
        shards = [
            session(pytester, f"s{count}-{k}", f"--apiedit-shard={k}/{count}")
            for k in range(1, count + 1)
        ]
        sizes = [len(shard["records"]) for shard in shards]
        assert max(sizes) - min(sizes) <= 1  # one problem per group: balanced to one group
        assert {s["manifest"]["shard"]["selection_problems"] for s in shards} == {8}
        done = merge(
            pytester,
            *(f"s{count}-{k}/report.json" for k in range(1, count + 1)),
            "-o",
            f"merged{count}",
            "--complete",
        )
        assert done.returncode == 0, done.stderr
        merged = json.loads((pytester.path / f"merged{count}" / "report.json").read_text())
        same_run(merged, whole)
        assert [s["index"] for s in merged["manifest"]["shards"]] == list(range(1, count + 1))
        assert (pytester.path / f"merged{count}" / "summary.md").is_file()
    incomplete = merge(
        pytester, "s3-1/report.json", "s3-3/report.json", "-o", "partial", "--complete"
    )
    assert incomplete.returncode == 2 and "shard 2/3 is missing" in incomplete.stderr
    assert merge(pytester, "s3-1/report.json", "s3-3/report.json", "-o", "partial").returncode == 0


def test_shards_of_a_successive_run_each_apply_the_whole_sequence(
    pytester: pytest.Pytester,
) -> None:
    """Every shard puts the selection's whole sequence in force before judging its own groups,
    so the merge of its shards is the unsplit successive run."""
    whole = session(pytester, "whole", "--regime=successive")
    shards = [
        session(pytester, f"s{k}", "--regime=successive", f"--apiedit-shard={k}/2") for k in (1, 2)
    ]
    order = whole["manifest"]["successive_order"]
    assert len(order) == 8 and all(s["manifest"]["successive_order"] == order for s in shards)
    assert all(r["world"] == order for s in shards for r in s["records"])
    assert (
        merge(pytester, "s1/report.json", "s2/report.json", "-o", "merged", "--complete").returncode
        == 0
    )
    same_run(json.loads((pytester.path / "merged" / "report.json").read_text()), whole)


def test_more_shards_than_groups_is_one_line(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess(
        "--edit-method=grace", "--split=reliability", f"--api={APIS}", "--apiedit-shard=9/9", *FAST
    )
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*--apiedit-shard 9/9: the selection decodes as 8 units*so at most 8 shards*"]
    )


# --- reports that are not the shards of one run --------------------------------------------------


def shard_report(folder: Path, index: int, count: int = 2, **changes: Any) -> Path:
    """A shard's report of the sample records (the odd ones in shard 1, the others in 2)."""
    records = [r for i, r in enumerate(RECORDS) if i % count == index - 1]
    entry = {
        "index": index,
        "count": count,
        "selection_problems": len(RECORDS),
        "selection_sha256": selection_digest(r.problem for r in RECORDS),
    }
    times = {
        "started": f"2026-12-0{index}T10:00:00+00:00",
        "finished": f"2026-12-0{index}T11:00:00",
    }
    manifest = {**MANIFEST, **times, "shard": entry, **changes}
    return write_reports(build_report(manifest, records, [1, 2]), folder)[0]


@pytest.mark.parametrize(
    ("second", "message"),
    [
        ({"index": 1}, "shard 1/2 is given twice"),
        ({"method": "rome"}, "differ in method: not one run"),
        ({"sampling": {**MANIFEST["sampling"], "seed": 1}}, "differ in sampling: not one run"),
        ({"benchmark": "f" * 64}, "differ in benchmark: not one run"),
        ({"count": 3}, "differ in shard.count: not one run"),
        ({"shard": None}, "is not a shard's report: run with --apiedit-shard K/N"),
    ],
)
def test_reports_of_other_runs_are_refused_with_one_line(
    pytester: pytest.Pytester, second: dict[str, Any], message: str
) -> None:
    first = shard_report(pytester.path / "a", 1)
    index, count = second.pop("index", 2), second.pop("count", 2)
    other = shard_report(pytester.path / "b", index, count, **second)
    done = merge(pytester, str(first), str(other), "-o", "out")
    assert done.returncode == 2 and message in done.stderr and done.stderr.count("\n") == 1
    assert not (pytester.path / "out").exists()


def test_the_merge_applies_the_runs_gates(pytester: pytest.Pytester) -> None:
    gates = ["reliability.pass@1>=0.5", "specificity.pass@1>=baseline"]
    first = shard_report(pytester.path / "a", 1, gates=gates)
    second = shard_report(pytester.path / "b", 2, gates=gates)
    assert "needs --baseline" in merge(pytester, str(first), str(second), "-o", "out").stderr
    held = merge(pytester, str(first), str(second), "-o", "out", "--baseline", str(second))
    assert held.returncode == 0, held.stdout + held.stderr
    lines = held.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:2]] == [f"PASS {gate}" for gate in gates]
    manifest = json.loads((pytester.path / "out" / "report.json").read_text())["manifest"]
    assert manifest["shard"] is None and [s["index"] for s in manifest["shards"]] == [1, 2]
    assert (manifest["started"], manifest["finished"]) == (
        "2026-12-01T10:00:00+00:00",
        "2026-12-02T11:00:00",
    )
    failing = [*gates[:1], "reliability.pass@1>=0.9"]
    first = shard_report(pytester.path / "c", 1, gates=failing)
    second = shard_report(pytester.path / "d", 2, gates=failing)
    assert merge(pytester, str(first), str(second), "-o", "out2").returncode == 1


# --- a worker that dies ------------------------------------------------------------------------

KILLER = """
import os, signal
from pathlib import Path

def pytest_runtest_call(item):
    marker = Path(__file__).parent / "killed"
    if not os.environ.get("PYTEST_XDIST_WORKER") or os.environ.get("APIEDIT_SPARED") == "1":
        return
    try:  # O_EXCL: of two workers starting together, exactly one creates the marker and dies
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError:
        return
    os.write(fd, item.nodeid.encode())
    os.close(fd)
    os.kill(os.getpid(), signal.SIGKILL)
"""
"""The first item any worker runs kills its worker, once in the session: a real `kill -9`
mid-run (a worker started with `APIEDIT_SPARED=1` is left alone). The marker is created
atomically, so two workers reaching their first item together cannot both die."""


def test_a_worker_killed_mid_run_loses_only_its_item_in_flight(pytester: pytest.Pytester) -> None:
    """xdist replaces the worker and reports the item it was running as a failure naming the
    crash; the rest of its units run elsewhere, the session ends, and its report says it is
    partial, names the crashed problem and lets no gate pass."""
    pytester.makeconftest(KILLER)
    apis = ",".join(APIS.split(",")[:3])
    gate = "reliability.compile@1>=0"
    result = pytester.runpytest_subprocess(
        *("--edit-method=grace", "-n", "2", "--split=reliability", f"--api={apis}", *FAST),
        f"--apiedit-gate={gate}",
    )
    assert "INTERNALERROR" not in result.stdout.str() + result.stderr.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    killed = (pytester.path / "killed").read_text()
    assert f"crashed while running '{killed}'" in result.stdout.str()
    result.stdout.fnmatch_lines([f"FAIL {gate}: not judged on a partial report*"])
    report = json.loads((pytester.path / "reports" / "report.json").read_text())
    problem = killed[killed.index("[") + 1 : -1]
    assert report["manifest"]["coverage"] == {"selected": 3, "recorded": 2, "crashed": [problem]}
    assert problem not in {r["problem"] for r in report["records"]}
    summary = (pytester.path / "reports" / "summary.md").read_text()
    assert f"PARTIAL: 2 of 3 problems recorded; a worker died running {problem}" in summary


# --- workers on other hosts: --tx ----------------------------------------------------------------


def assert_groups_kept_together(report: dict[str, Any], workers: set[str]) -> None:
    """Every problem recorded once, each edit group on one worker, edited once there."""
    records = report["records"]
    assert len(records) == len({r["problem"] for r in records}) == 8
    by_group: dict[str, set[tuple[str, int]]] = {}
    for record in records:
        by_group.setdefault(record["group"], set()).add((record["worker"], record["edit_serial"]))
    assert all(len(seen) == 1 for seen in by_group.values())
    assert {worker for seen in by_group.values() for worker, _ in seen} <= workers


def test_popen_tx_workers_get_the_group_scheduling(pytester: pytest.Pytester) -> None:
    """`-d --tx 2*popen//python=...`: the workers xdist starts from gateway specs are scheduled
    by unit and hand their records to the controller, as `-n 2` workers are."""
    report = session(pytester, "tx", "-d", "--tx", f"2*popen//python={sys.executable}")
    assert_groups_kept_together(report, {"gw0", "gw1"})


@pytest.fixture
def loopback_ssh(tmp_path: Path) -> Iterator[Path]:
    """An sshd on 127.0.0.1 that this test starts, with a key of its own; the ssh_config that
    reaches it as host `loop`. Skipped, with the reason, where there is no sshd."""
    sshd = shutil.which("sshd") or "/usr/sbin/sshd"
    if not Path(sshd).is_file() or shutil.which("ssh") is None:
        pytest.skip("no sshd/ssh here: install openssh-server (CI's .ci/run does, where it can)")
    keys = tmp_path / "ssh"
    keys.mkdir(mode=0o700)
    for name in ("host", "client"):
        subprocess.run(
            ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", keys / name], check=True
        )
    (keys / "authorized_keys").write_text((keys / "client.pub").read_text())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = keys / "sshd_config"
    config.write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {keys / 'host'}\n"
        f"AuthorizedKeysFile {keys / 'authorized_keys'}\nPidFile {keys / 'sshd.pid'}\n"
        "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\n"
        "StrictModes no\nPermitRootLogin prohibit-password\nPermitUserEnvironment no\n"
    )
    try:
        Path("/run/sshd").mkdir(exist_ok=True)  # sshd's privilege separation directory
    except OSError as error:
        pytest.skip(f"sshd needs /run/sshd: {error} (.ci/run creates it)")
    log = keys / "sshd.log"
    daemon = subprocess.Popen([sshd, "-D", "-e", "-f", config], stderr=log.open("w"))
    client = keys / "ssh_config"
    client.write_text(
        f"Host loop\n  HostName 127.0.0.1\n  Port {port}\n  User {getpass.getuser()}\n"
        f"  IdentityFile {keys / 'client'}\n  IdentitiesOnly yes\n  BatchMode yes\n"
        "  StrictHostKeyChecking no\n  UserKnownHostsFile /dev/null\n  LogLevel ERROR\n"
    )
    try:
        for _ in range(50):
            probe = ["ssh", "-F", client, "loop", "true"]
            if subprocess.run(probe, capture_output=True, timeout=30).returncode == 0:
                break
            time.sleep(0.2)
        else:
            pytest.skip(f"the test's sshd let no one in: {log.read_text().strip()[-300:]}")
        yield client
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)


def test_an_ssh_tx_worker_on_another_host_runs_groups_and_survives_a_kill(
    pytester: pytest.Pytester, loopback_ssh: Path, apiedit_env: Path
) -> None:
    """A worker reached by ssh (the loopback address standing for another host: what a remote
    host needs is the package, run from its `python`, and the cache in `env:`) gets the group
    scheduling; killed with `kill -9`, it is replaced and loses only the item it was running."""
    pytester.makeconftest(KILLER)
    remote = (
        f"ssh=loop//python={sys.executable}//chdir={pytester.path}//ssh_config={loopback_ssh}"
        f"//env:PYTEST_APIEDIT_CACHE={apiedit_env}//env:HF_HUB_OFFLINE=1"
    )
    report = session(
        pytester,
        "ssh",
        "-d",
        "--tx",
        remote,
        "--tx",
        f"popen//python={sys.executable}//env:APIEDIT_SPARED=1",
    )
    killed = (pytester.path / "killed").read_text()
    problem = killed[killed.index("[") + 1 : -1]
    assert report["manifest"]["coverage"] == {"selected": 8, "recorded": 7, "crashed": [problem]}
    assert {r["worker"] for r in report["records"]} <= {"gw1", "gw2"}  # gw2 replaced gw0


def test_the_ci_example_uses_options_that_exist() -> None:
    """`examples/apiedit-shards.yml`: valid YAML whose apiedit options are the plugin's and the
    merge command's."""
    workflow = yaml.safe_load((ROOT / "examples" / "apiedit-shards.yml").read_text())
    commands = " ".join(
        step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step
    )
    ours = {f"--{option.name}" for option in OPTIONS}
    used = set(re.findall(r"--(?:edit|apiedit|model)[a-z-]*", commands))
    assert used and used <= ours
    assert "report merge" in commands and "--complete" in commands
