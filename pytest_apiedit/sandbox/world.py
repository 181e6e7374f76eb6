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
from typing import Any

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
        self._removed_modules: set[str] = set()
        self._removed: set[tuple[str, str]] = set()
        self._wrapped: set[str] = set()
        self._renamed_methods: set[tuple[type, str]] = set()
        self._surface_types: list[type] = []

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
        self._removed.add((module, name))
        return self.namespace(module).pop(name)

    def add(self, module: str, name: str, value: Any) -> None:
        self.namespace(module)[name] = value

    def replace(self, module: str, name: str, replacement: Callable[..., Any]) -> None:
        """Put a wrapper in place of `module.name`; its TypeErrors count as signature errors."""
        self._wrapped.add(name)
        self.namespace(module)[name] = replacement

    def define(self, source: str, **env: Any) -> dict[str, Any]:
        """Execute world code (wrappers, result types) so tracebacks show it as the API surface."""
        exec(compile(source, WORLD_FILENAME, "exec"), env)
        return env

    def add_module(self, name: str, module: types.ModuleType) -> None:
        self._views[name] = module

    def remove_module(self, name: str) -> None:
        self._removed_modules.add(name)

    def add_surface_type(self, cls: type) -> None:
        """A type the world introduced (e.g. a result record); misuse of it is a signature error."""
        self._surface_types.append(cls)

    def rename_method(self, owner: type, old: str, new: str) -> None:
        """Rename a method of a builtin type in place. Only ever call this in a child process."""
        original = vars(owner)[old]
        type_dict = gc.get_referents(vars(owner))[0]
        type_dict[new] = original
        type_dict[old] = RemovedMethod(owner, old, original)
        ctypes.pythonapi.PyType_Modified(ctypes.py_object(owner))
        self._renamed_methods.add((owner, old))

    # -- use by the sandbox -----------------------------------------------------------------

    def program_globals(self, name: str) -> dict[str, Any]:
        return {"__builtins__": self.builtins, "__name__": name}

    def classify(self, exc: BaseException) -> str | None:
        """`removed_api` or `signature` when `exc` comes from the modified API surface, else None."""
        if isinstance(exc, ImportError):
            match = _CANNOT_IMPORT.match(str(exc))
            if exc.name in self._removed_modules or (
                match and (match[2], match[1]) in self._removed
            ):
                return "removed_api"
        elif isinstance(exc, NameError) and ("builtins", exc.name) in self._removed:
            return "removed_api"
        elif isinstance(exc, AttributeError):
            return self._classify_attribute_error(exc)
        elif isinstance(exc, TypeError):
            message = str(exc)
            if (
                _innermost_filename(exc) == WORLD_FILENAME
                or any(message.startswith(f"{name}() ") for name in self._wrapped)
                or any(f"'{cls.__name__}'" in message or f" {cls.__name__} " in message
                       for cls in self._surface_types)
            ):
                return "signature"
        return None

    def _classify_attribute_error(self, exc: AttributeError) -> str | None:
        obj = exc.obj
        if isinstance(obj, types.ModuleType) and (obj.__name__, exc.name) in self._removed:
            return "removed_api"
        if any(
            exc.name == name and (obj is owner or isinstance(obj, owner))
            for owner, name in self._renamed_methods
        ):
            return "removed_api"
        if isinstance(obj, tuple(self._surface_types)):
            return "signature"
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


def _innermost_filename(exc: BaseException) -> str | None:
    tb = exc.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_filename
