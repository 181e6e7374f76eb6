"""xdist scheduling by decoding unit: every item of a unit runs on one worker.

A unit (`evaluation.runner.decoding_units`) is decoded in one go by the first of its items that a
worker runs; its other items then read the cache. Scope scheduling keeps an edit group on one
worker; when groups share the unedited model a unit spans several groups, and this scheduler
makes the unit the scope, so no two workers decode the same unit. Imported only when xdist asks
for a scheduler.

A worker that dies loses only the item it was running, which xdist reports as failed: the rest
of its units go to the others and to its replacement. pytest-xdist 3.8's scope scheduling hangs
there (pytest-xdist#1323, #1327, #1378), and two methods below mend it.
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

    def remove_node(self, node: Any) -> str | None:
        """A worker is gone: the item it was running (when it died) is returned to be reported
        as crashed, and is not run again (it may kill the next worker too); its unfinished units
        go back to the queue. xdist 3.8 put back its finished units too, which were then sent
        as empty batches that never complete."""
        workload = self.assigned_work.pop(node)
        unfinished = {scope: unit for scope, unit in workload.items() if not all(unit.values())}
        if not unfinished:
            return None
        crashed = next(i for unit in unfinished.values() for i, done in unit.items() if not done)
        unfinished[self._split_scope(crashed)][crashed] = True
        self.workqueue.update(
            (scope, unit) for scope, unit in unfinished.items() if not all(unit.values())
        )
        for other in self.assigned_work:
            self._reschedule(other)
        return crashed

    def _reschedule(self, node: Any) -> None:
        """Once the queue is empty the node is told so: a worker holds its last item until more
        work or a shutdown arrives, and a replacement given a one-item unit would wait forever
        (xdist 3.8 tells only the workers of the first distribution)."""
        super()._reschedule(node)
        if not self.workqueue and not node.shutting_down:
            node.shutdown()
