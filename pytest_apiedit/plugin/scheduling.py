"""xdist scheduling by decoding unit: every item of a unit runs on one worker.

A unit (`evaluation.runner.decoding_units`) is decoded in one go by the first of its items that a
worker runs; its other items then read the cache. Scope scheduling keeps an edit group on one
worker; when groups share the unedited model a unit spans several groups, and this scheduler
makes the unit the scope, so no two workers decode the same unit. Imported only when xdist asks
for a scheduler.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from xdist.scheduler import LoadScopeScheduling


class UnitScheduling(LoadScopeScheduling):
    def __init__(self, config: pytest.Config, log: Any, unit_of_group: Mapping[str, str]) -> None:
        super().__init__(config, log)
        self.unit_of_group = unit_of_group
        """Each edit group's unit name; items of other groups (none here) keep their scope."""

    def _split_scope(self, nodeid: str) -> str:
        """`apiedit::<group>::<split>[<problem>]` -> the group's unit."""
        scope = super()._split_scope(nodeid)
        group = scope.removeprefix("apiedit::")
        return self.unit_of_group.get(group, scope)
