"""The world a sandboxed program sees: the standard library with some modifications in force.

Modifications are scoped to the program. It gets its own builtins namespace and its own
`__import__`, which hands out *views* of modified modules (copies of their namespace with the
change applied), so the standard library's own code keeps calling the real APIs and a program
that uses `re` is not broken because `len` was renamed. Builtin-type methods cannot be copied
per program; they are edited in the type itself (child processes only) and guarded so that only
the program's own code sees the change.

The builder also remembers what it changed, to tell an error that comes from the API surface
(a removed name, a changed signature) from an ordinary bug in the program.
"""

from __future__ import annotations

import builtins
import ctypes
import gc
import importlib
import re
import sys
import types
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pytest_apiedit.api.modification import Modification

WORLD_FILENAME = "<apiedit-world>"
PROGRAM_FILENAME = "<solution>"

_CANNOT_IMPORT = re.compile(r"cannot import name '(\w+)' from '([\w.]+)'")
_real_import = builtins.__import__


class RemovedMethod:
    """Stands in a type's dict for a renamed method: gone for the program, intact for the stdlib."""

    def __init__(self, owner: type, name: str, original: Any) -> None:
        self.owner, self.name, self.original = owner, name, original

    def __get__(self, obj: object, objtype: type | None = None) -> Any:
        if sys._getframe(1).f_code.co_filename == PROGRAM_FILENAME:
            if obj is None:
                obj = objtype or self.owner
                message = f"type object '{obj.__name__}' has no attribute"
            else:
                message = f"'{type(obj).__name__}' object has no attribute"
            raise AttributeError(f"{message} '{self.name}'", name=self.name, obj=obj)
        return self.original.__get__(obj, objtype)


class WorldBuilder:
    """Collects the modifications of one world and builds the program's namespace from them."""

    def __init__(self) -> None:
        self.builtins: dict[str, Any] = dict(vars(builtins))
        self.builtins["__import__"] = self._import
        self._views: dict[str, types.ModuleType] = {}
        # What was changed, each mapped to the id of the modification that changed it.
        self._owner = ""
        self._removed_modules: dict[str, str] = {}
        self._removed: dict[tuple[str, str], str] = {}
        self._wrapped: dict[str, str] = {}
        self._renamed_methods: dict[tuple[type, str], str] = {}
        self._surface_types: dict[type, str] = {}

    def apply(self, modifications: Iterable[Modification]) -> WorldBuilder:
        for modification in modifications:
            self._owner = modification.id
            modification.apply(self)
        return self

    # -- building blocks for Modification.apply ------------------------------------------

    def namespace(self, module: str) -> dict[str, Any]:
        """The program's (mutable) namespace of `module`."""
        return self.builtins if module == "builtins" else vars(self.view(module))

    def view(self, module: str) -> types.ModuleType:
        if module not in self._views:
            real = importlib.import_module(module)
            view = types.ModuleType(real.__name__, real.__doc__)
            vars(view).update(vars(real))
            self._views[module] = view
        return self._views[module]

    def remove(self, module: str, name: str) -> Any:
        """Delete `module.name` from the program's world; returns the original object."""
        self._removed[module, name] = self._owner
        return self.namespace(module).pop(name)

    def add(self, module: str, name: str, value: Any) -> None:
        self.namespace(module)[name] = value

    def replace(self, module: str, name: str, replacement: Callable[..., Any]) -> None:
        """Put a wrapper in place of `module.name`; its TypeErrors count as signature errors."""
        self._wrapped[name] = self._owner
        self.namespace(module)[name] = replacement

    def define(self, source: str, **env: Any) -> dict[str, Any]:
        """Execute world code (wrappers, result types) so tracebacks show it as the API surface."""
        env["__apiedit_owner__"] = self._owner
        exec(compile(source, WORLD_FILENAME, "exec"), env)
        return env

    def add_module(self, name: str, module: types.ModuleType) -> None:
        self._views[name] = module

    def remove_module(self, name: str) -> None:
        self._removed_modules[name] = self._owner

    def add_surface_type(self, cls: type) -> None:
        """A type the world introduced (e.g. a result record); misuse of it is a signature error."""
        self._surface_types[cls] = self._owner

    def rename_method(self, owner: type, old: str, new: str) -> None:
        """Rename a method of a builtin type in place. Only ever call this in a child process."""
        original = vars(owner)[old]
        type_dict = gc.get_referents(vars(owner))[0]
        type_dict[new] = original
        type_dict[old] = RemovedMethod(owner, old, original)
        ctypes.pythonapi.PyType_Modified(ctypes.py_object(owner))
        self._renamed_methods[owner, old] = self._owner

    # -- use by the sandbox -----------------------------------------------------------------

    def program_globals(self, name: str) -> dict[str, Any]:
        return {"__builtins__": self.builtins, "__name__": name}

    def classify(self, exc: BaseException) -> tuple[str, str] | None:
        """(error class, modification id) when `exc` comes from the modified API surface."""
        if isinstance(exc, ImportError):
            match = _CANNOT_IMPORT.match(str(exc))
            owner = self._removed_modules.get(exc.name or "") or (
                match and self._removed.get((match[2], match[1]))
            )
            return ("removed_api", owner) if owner else None
        if isinstance(exc, NameError):
            owner = self._removed.get(("builtins", exc.name or ""))
            return ("removed_api", owner) if owner else None
        if isinstance(exc, AttributeError):
            return self._classify_attribute_error(exc)
        if isinstance(exc, TypeError):
            owner = self._classify_type_error(exc)
            return ("signature", owner) if owner else None
        return None

    def _classify_attribute_error(self, exc: AttributeError) -> tuple[str, str] | None:
        obj, name = exc.obj, exc.name or ""
        if isinstance(obj, types.ModuleType) and (obj.__name__, name) in self._removed:
            return "removed_api", self._removed[obj.__name__, name]
        for (owner, old), modification_id in self._renamed_methods.items():
            if name == old and (obj is owner or isinstance(obj, owner)):
                return "removed_api", modification_id
        for cls, modification_id in self._surface_types.items():
            if isinstance(obj, cls):
                return "signature", modification_id
        return None

    def _classify_type_error(self, exc: TypeError) -> str | None:
        message = str(exc)
        for name, modification_id in self._wrapped.items():
            if message.startswith(f"{name}() "):
                return modification_id
        for cls, modification_id in self._surface_types.items():
            if f"'{cls.__name__}'" in message or f" {cls.__name__} " in message:
                return modification_id
        frame = _innermost_frame(exc)
        if frame is not None and frame.f_code.co_filename == WORLD_FILENAME:
            return frame.f_globals.get("__apiedit_owner__")
        return None

    def _import(
        self,
        name: str,
        globals: dict[str, Any] | None = None,
        locals: dict[str, Any] | None = None,
        fromlist: Iterable[str] | None = (),
        level: int = 0,
    ) -> types.ModuleType:
        if level == 0:
            top = name.partition(".")[0]
            for missing in (top, name):
                if missing in self._removed_modules:
                    raise ModuleNotFoundError(f"No module named '{missing}'", name=missing)
            if name in self._views and (fromlist or name == top):
                return self._views[name]
        module = _real_import(name, globals, locals, fromlist, level)
        return self._views.get(module.__name__, module)


def _innermost_frame(exc: BaseException) -> types.FrameType | None:
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame if tb else None
