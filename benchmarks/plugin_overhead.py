"""What an installed pytest-apiedit costs a test suite that never turns it on.

pytest imports every installed `pytest11` entry point in every session. This times
`pytest --co -q` on a small folder of ordinary tests with the plugin loaded against the same
command with `-p no:apiedit` (the plugin blocked), the two alternating so that both see the same
machine, and prints the medians and their difference:

    python benchmarks/plugin_overhead.py [--runs 20]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TESTS = {
    f"test_module_{i}.py": "\n".join(
        f"def test_{j}():\n    assert {j} + {j} == {2 * j}\n" for j in range(10)
    )
    for i in range(5)
}
"""Five modules of ten trivial tests: a small project's suite."""


def timed(command: list[str], folder: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=folder, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="runs of each command (default 20)")
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, text in TESTS.items():
            (root / name).write_text(text)
        base = [sys.executable, "-m", "pytest", "--co", "-q", "-p", "no:cacheprovider"]
        commands = {"plugin loaded": base, "-p no:apiedit": [*base, "-p", "no:apiedit"]}
        for command in commands.values():  # warm the file cache and bytecode once
            timed(command, root)
        times: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(runs):
            for label, command in commands.items():
                times[label].append(timed(command, root))
    medians = {label: statistics.median(values) for label, values in times.items()}
    for label, median in medians.items():
        print(f"{label:>14}: median {median * 1000:6.1f} ms over {runs} runs")
    difference = medians["plugin loaded"] - medians["-p no:apiedit"]
    print(f"{'difference':>14}: {difference * 1000:+6.1f} ms")


if __name__ == "__main__":
    main()
