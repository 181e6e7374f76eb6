"""One benchmark problem evaluated: edit state, generation, judging, and the record it leaves.

Plain code the pytest glue calls into; nothing here imports pytest.
"""

from pytest_apiedit.evaluation.edits import (
    UNEDITED,
    EditSchedule,
    Regime,
    edit_requests,
    successive_order,
)
from pytest_apiedit.evaluation.records import ProblemRecord, SampleRecord
from pytest_apiedit.evaluation.runner import ProblemRunner, RunSettings, decoding_units

__all__ = [
    "UNEDITED",
    "EditSchedule",
    "ProblemRecord",
    "ProblemRunner",
    "Regime",
    "RunSettings",
    "SampleRecord",
    "decoding_units",
    "edit_requests",
    "successive_order",
]
