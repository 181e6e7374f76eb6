"""Native and EasyEdit editors side by side: ROME, MEMIT and GRACE on the default model's
reliability split, each method from one EasyEdit-layout file that both backends run.

    PYTHONPATH=EasyEdit python benchmarks/easyedit_side_by_side.py [RUN ...]  # default: all
    python -m pytest_apiedit report reports/easyedit/*/report.json.gz       # the README's table

The files (`benchmarks/easyedit/*.yaml`) hold the native defaults for the default model, so the
runs differ only where the two implementations do (see the README). Each run is one `pytest`
session, `--split reliability -n 2` at the default sampling; its reports go to
`reports/easyedit/RUN/` and its command and wall time to `reports/easyedit/timings.json`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from studies import Study, known_runs

FILES = Path("benchmarks/easyedit")
METHODS = ("rome", "memit", "grace")
RUNS = {
    f"{method}-{backend}": [
        f"--edit-method={method}",
        f"--edit-backend={backend}",
        f"--edit-hparams={FILES / method}.yaml",
    ]
    for method in METHODS
    for backend in ("native", "easyedit")
}
STUDY = Study(Path("reports/easyedit"), RUNS, ["--split", "reliability", "-n", "2"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="*", metavar="RUN", help=", ".join(RUNS))
    STUDY.run(known_runs(STUDY, parser.parse_args().runs, parser) or list(RUNS))


if __name__ == "__main__":
    main()
