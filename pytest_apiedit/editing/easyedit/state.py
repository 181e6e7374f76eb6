"""EasyEdit's module-level state, held per editor.

EasyEdit keeps caches and edit histories in module globals: context templates sampled from the
first model it sees, covariances keyed by the model's name only, AlphaEdit's null-space projector
and the keys of earlier edits, WISE's edit history. Shared, they make a group's edit depend on what
ran before it in the process, and a second model collide with the first. Here every editor holds
its own values, puts them in place while it edits and takes them back after (whatever was there
before goes back too), and drops the part that records edits when it restores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from pytest_apiedit.editing.easyedit.source import easyedit_module


@dataclass(frozen=True)
class Global:
    module: str
    """Below `easyeditor.models`, e.g. `rome.rome_main`."""
    name: str
    fresh: Callable[[], Any]
    """Its value before any edit (a new object each time)."""
    records_edits: bool = False
    """It remembers edits made (so `restore` resets it); otherwise it is derived from the
    pristine model (caches that stay valid across restores)."""


def _none() -> None:
    return None


def _false() -> bool:
    return False


def _true() -> bool:
    return True


GLOBALS: dict[str, tuple[Global, ...]] = {
    "rome": (
        Global("rome.rome_main", "CONTEXT_TEMPLATES_CACHE", _none),
        Global("rome.compute_u", "inv_mom2_cache", dict),
    ),
    "memit": (
        Global("memit.memit_main", "CONTEXT_TEMPLATES_CACHE", _none),
        Global("memit.memit_main", "COV_CACHE", dict),
    ),
    "pmet": (
        Global("pmet.pmet_main", "CONTEXT_TEMPLATES_CACHE", _none),
        Global("pmet.pmet_main", "COV_CACHE", dict),
        Global("pmet.pmet_main", "KZ_CACHE", dict, records_edits=True),
    ),
    "alphaedit": (
        Global("alphaedit.AlphaEdit_main", "CONTEXT_TEMPLATES_CACHE", _none),
        Global("alphaedit.AlphaEdit_main", "COV_CACHE", dict),
        Global("alphaedit.AlphaEdit_main", "P", _none),
        Global("alphaedit.AlphaEdit_main", "P_loaded", _false),
        Global("alphaedit.AlphaEdit_main", "cache_c", _none, records_edits=True),
        Global("alphaedit.AlphaEdit_main", "cache_c_new", _false, records_edits=True),
    ),
    "wise": (
        Global("wise.utils", "CONTEXT_TEMPLATES_CACHE", _none),
        Global("wise.WISE", "edit_history", list, records_edits=True),
        Global("wise.WISE", "merge_group_edit_history", list, records_edits=True),
        Global("wise.wise_main", "WISEload", _true),
    ),
    "grace": (),
    "ft": (),
    "lora": (),
}
"""Per method, the module globals its code reads and writes (snapshot 14cea824)."""

_ABSENT = object()


class ModuleState:
    """One editor's values of its method's EasyEdit globals."""

    def __init__(self, method: str) -> None:
        self.globals = GLOBALS[method]
        self.values: dict[tuple[str, str], Any] = {
            (g.module, g.name): g.fresh() for g in self.globals
        }

    def value(self, module: str, name: str) -> Any:
        """This editor's value (a cache to fill before the first edit, say)."""
        return self.values[module, name]

    @contextmanager
    def in_place(self) -> Iterator[None]:
        """EasyEdit's modules hold this editor's values while the block runs."""
        modules = {g.module: easyedit_module(g.module) for g in self.globals}
        before = {g: getattr(modules[g.module], g.name, _ABSENT) for g in self.globals}
        for g in self.globals:
            setattr(modules[g.module], g.name, self.values[g.module, g.name])
        try:
            yield
        finally:
            for g, previous in before.items():
                self.values[g.module, g.name] = getattr(modules[g.module], g.name)
                if previous is _ABSENT:
                    delattr(modules[g.module], g.name)
                else:
                    setattr(modules[g.module], g.name, previous)

    def forget_edits(self) -> None:
        for g in self.globals:
            if g.records_edits:
                self.values[g.module, g.name] = g.fresh()
