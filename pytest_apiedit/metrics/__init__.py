"""The numbers a run is reduced to: Pass@k at four levels, taxonomies, the Shapley split, and
reliance on the old API with the run seen on the problems that rely.

Plain functions over per-problem records, separately tested; reporting renders what they return.
Definitions: docs/definitions.md ("Levels", "Pass@k", "Shapley split", "References");
reliance: docs/metrics.md.
"""

from pytest_apiedit.metrics.passk import LEVELS, Level, pass_at_k
from pytest_apiedit.metrics.reliance import reliance, reliant_view, relies
from pytest_apiedit.metrics.scores import Scores, breakdowns, score, taxonomies
from pytest_apiedit.metrics.shapley import ShapleySplit, shapley

__all__ = [
    "LEVELS",
    "Level",
    "Scores",
    "ShapleySplit",
    "breakdowns",
    "pass_at_k",
    "reliance",
    "reliant_view",
    "relies",
    "score",
    "shapley",
    "taxonomies",
]
