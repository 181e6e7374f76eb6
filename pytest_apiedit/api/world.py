"""The world a sandboxed program sees: the standard library with some modifications in force.

Modifications are scoped to the program. It gets its own builtins namespace and its own
`__import__`, which hands out *views* of modified modules (copies of their namespace with the
change applied), so the standard library's own code keeps calling the real APIs and a program
that uses `re` is not broken because `len` was renamed. Every route by which a program finds a
module leads to the same views: `import`, `from m import *`, `__import__`,
`importlib.import_module`, `sys.modules`. Builtin-type methods cannot be copied per program;
they are edited in the type itself (child processes only) and guarded so that only the
program's own code sees the change.

An error raised by the API surface (a removed name reached, a call that breaks a modified
signature) is told from an ordinary bug of the program by what raised it, never by its message:
the world's own code marks the errors it raises (`ApiError`), and the few that Python raises
itself (a missing module attribute, a missing builtin name) are recognised by the object and
name they carry.
"""

from __future__ import annotations

import builtins
import ctypes
import gc
import importlib
import importlib.util
import re
import sys
import types
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any, Protocol


class Change(Protocol):
    """What a world puts in force: an API modification of the catalogue (`Modification`)."""

    id: str

    def apply(self, world: WorldBuilder) -> None: ...


PROGRAM_FILENAME = "<solution>"
_MARK = "_apiedit_api"
"""The attribute under which the world's code marks the errors it raises as API-surface errors."""
_real_import = builtins.__import__


@dataclass(frozen=True)
class ApiError:
    """Why an exception is an API-surface error: its class, the modification whose surface
    raised it, and whether the program used the API as it was (`stale`) or misused it as it is
    now (a wrong call of the new signature, a missing field of a new record)."""

    error_class: str
    """`removed_api` or `signature`."""
    owner: str
    stale: bool = True

    def mark(self, exc: BaseException) -> BaseException:
        setattr(exc, _MARK, self)
        return exc


class RemovedMethod:
    """Stands in a type's dict for a renamed method: gone for the program, intact for the stdlib."""

    def __init__(self, owner: type, name: str, original: Any, modification_id: str) -> None:
        self.owner, self.name, self.original = owner, name, original
        self.modification_id = modification_id

    def __get__(self, obj: object, objtype: type | None = None) -> Any:
        if sys._getframe(1).f_code.co_filename == PROGRAM_FILENAME:
            if obj is None:
                obj = objtype or self.owner
                message = f"type object '{obj.__name__}' has no attribute"
            else:
                message = f"'{type(obj).__name__}' object has no attribute"
            error = AttributeError(f"{message} '{self.name}'", name=self.name, obj=obj)
            raise ApiError("removed_api", self.modification_id).mark(error)
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
        self._rewordings: list[tuple[re.Pattern[str], str]] = []
        self._star_imported: set[str] = set()
        """Modules the program imported `*` from: their removed names are removed free names."""
        self._views["sys"] = _live_view(sys, {"modules": _WorldModules(self)})
        loader = self.view("importlib")
        loader.import_module = self._import_module
        loader.__import__ = self._import

    def apply(self, modifications: Iterable[Change]) -> WorldBuilder:
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
        namespace = self.namespace(module)
        if module != "builtins" and name in namespace.get("__all__", ()):
            namespace["__all__"] = [n for n in namespace["__all__"] if n != name]
        return namespace.pop(name)

    def add(self, module: str, name: str, value: Any) -> None:
        namespace = self.namespace(module)
        if module != "builtins" and "__all__" in namespace:
            namespace["__all__"] = [*namespace["__all__"], name]  # `from m import *` brings it
        namespace[name] = value

    def rename(self, module: str, old: str, new: str) -> None:
        """`module.old` becomes `module.new`; errors the function raises name it by `new`."""
        self.add(module, new, self.remove(module, old))
        prefix = "" if module == "builtins" else rf"(?:{re.escape(module)}\.)?"
        self._reword(rf"(?<![\w.]){prefix}{old}(?=\(\)| expected )", new if not prefix
                      else f"{module}.{new}")

    def replace(self, module: str, name: str, replacement: Callable[..., Any]) -> None:
        """Put a wrapper in place of `module.name` (it marks its own API-surface errors)."""
        self.namespace(module)[name] = replacement

    def define(self, source: str, **env: Any) -> dict[str, Any]:
        """Execute world code (wrappers, result types); it marks its API-surface errors with
        `_apiedit_error(exc, stale)` (see `marker`)."""
        env["_apiedit_error"] = self.marker()
        exec(compile(source, "<apiedit-world>", "exec"), env)
        return env

    def marker(self) -> Callable[..., BaseException]:
        """`mark(exc, stale=True, error_class="signature")`: marks `exc` as an API-surface error
        of the modification being applied (wrappers take it at `apply` time and call it when a
        call breaks the signature)."""
        owner = self._owner

        def mark(exc: BaseException, stale: bool = True,
                 error_class: str = "signature") -> BaseException:
            return ApiError(error_class, owner, stale).mark(exc)

        return mark

    def add_module(self, name: str, module: types.ModuleType) -> None:
        self._views[name] = module

    def remove_module(self, name: str) -> None:
        self._removed_modules[name] = self._owner

    def move_module(self, old: str, new: str) -> None:
        """The whole module `old` is importable only as `new`, with the same contents."""
        source = self.view(old)
        if isinstance(source, _LiveModule):
            moved = source.renamed(new)
        else:
            moved = types.ModuleType(new)
            # The old namespace, except for the identity a fresh module has (`__name__`, ...).
            vars(moved).update({k: v for k, v in vars(source).items() if k not in vars(moved)})
        self.add_module(new, moved)
        self.remove_module(old)
        parent, _, child = old.rpartition(".")
        if parent:
            self.remove(parent, child)

    def rename_method(self, owner: type, old: str, new: str) -> None:
        """Rename a method of a builtin type in place. Only ever call this in a child process."""
        original = vars(owner)[old]
        type_dict = gc.get_referents(vars(owner))[0]
        type_dict[new] = original
        type_dict[old] = RemovedMethod(owner, old, original, self._owner)
        ctypes.pythonapi.PyType_Modified(ctypes.py_object(owner))
        self._reword(rf"(?<![\w.]){owner.__name__}\.{old}(?=\(\))", f"{owner.__name__}.{new}")
        self._reword(rf"(?<=descriptor '){old}(?=')", new)

    def _reword(self, pattern: str, replacement: str) -> None:
        self._rewordings.append((re.compile(pattern), replacement))

    # -- use by the sandbox -----------------------------------------------------------------

    def program_globals(self, name: str) -> dict[str, Any]:
        return {"__builtins__": self.builtins, "__name__": name}

    def classify(self, exc: BaseException) -> ApiError | None:
        """Why `exc` is an API-surface error, or None when it is the program's own."""
        marked = getattr(exc, _MARK, None)
        if isinstance(marked, ApiError):
            return marked
        owner = None
        if isinstance(exc, NameError) and not isinstance(exc, UnboundLocalError):
            owner = self._removed.get(("builtins", exc.name or "")) or next(
                (self._removed[module, exc.name] for module in sorted(self._star_imported)
                 if (module, exc.name) in self._removed), None)
        elif isinstance(exc, AttributeError) and isinstance(exc.obj, types.ModuleType):
            owner = self._removed.get((exc.obj.__name__, exc.name or ""))
        return ApiError("removed_api", owner) if owner else None

    def reword(self, message: str) -> str:
        """An error message of a renamed API, naming it by its new name: CPython's functions
        name themselves in their errors (`math.sqrt() takes exactly one argument`)."""
        for pattern, replacement in self._rewordings:
            message = pattern.sub(replacement, message)
        return message

    def module(self, name: str) -> types.ModuleType | None:
        """The program's module `name` if it is a view or removed (raises), else None."""
        for prefix in _prefixes(name):
            if prefix in self._removed_modules:
                error = ModuleNotFoundError(f"No module named '{prefix}'", name=prefix)
                raise ApiError("removed_api", self._removed_modules[prefix]).mark(error)
        if name == "builtins":
            return self._builtins_view()
        return self._views.get(name)

    def views(self) -> dict[str, types.ModuleType]:
        return dict(self._views)

    def _builtins_view(self) -> types.ModuleType:
        """`import builtins` gives the program its own builtins, not the real ones."""
        if "builtins" not in self._views:
            view = types.ModuleType("builtins", builtins.__doc__)
            vars(view).update(self.builtins)
            self._views["builtins"] = view
        return self._views["builtins"]

    def _import(
        self,
        name: str,
        globals: dict[str, Any] | None = None,
        locals: dict[str, Any] | None = None,
        fromlist: Iterable[str] | None = (),
        level: int = 0,
    ) -> types.ModuleType:
        fromlist = tuple(fromlist or ())
        if level:
            return _real_import(name, globals, locals, fromlist, level)
        top = name.partition(".")[0]
        view = self.module(name)
        if view is not None and (fromlist or name == top):
            module = view
        else:
            real = _real_import(name, globals, locals, fromlist, level)
            self._attach_submodules(name)
            module = self.module(real.__name__) or real
        for item in fromlist:
            if item == "*":
                self._star_imported.add(module.__name__)
            elif (module.__name__, item) in self._removed:
                error = ImportError(f"cannot import name '{item}' from '{module.__name__}'",
                                    name=module.__name__)
                raise ApiError("removed_api", self._removed[module.__name__, item]).mark(error)
        return module

    def _import_module(self, name: str, package: str | None = None) -> types.ModuleType:
        """`importlib.import_module`, in the program's world."""
        absolute = importlib.util.resolve_name(name, package) if name.startswith(".") else name
        view = self.module(absolute)
        if view is not None:
            return view
        real = importlib.import_module(absolute)
        self._attach_submodules(absolute)
        return real

    def _attach_submodules(self, name: str) -> None:
        """After `import a.b`, a view of `a` has the attribute `b`, as the real `a` has."""
        for prefix in _prefixes(name)[1:]:
            parent, _, child = prefix.rpartition(".")
            view = self._views.get(parent)
            if view is not None and (parent, child) not in self._removed \
                    and not hasattr(view, child) and prefix in sys.modules:
                setattr(view, child, self._views.get(prefix, sys.modules[prefix]))


def _prefixes(name: str) -> list[str]:
    """`a`, `a.b`, `a.b.c` for `a.b.c`."""
    parts = name.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


class _LiveModule(types.ModuleType):
    """A module whose state the program shares with the interpreter (`sys`: its streams, its
    recursion limit): reads and writes go to the real module, but for the world's overrides."""

    _real: types.ModuleType

    def __getattr__(self, name: str) -> Any:
        return getattr(type(self)._real, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in vars(self):
            vars(self)[name] = value
        else:
            setattr(type(self)._real, name, value)

    def __dir__(self) -> list[str]:
        return sorted({*dir(type(self)._real), *vars(self)})

    def renamed(self, name: str) -> _LiveModule:
        overrides = {k: v for k, v in vars(self).items() if not k.startswith("__")}
        return _live_view(type(self)._real, overrides, name)


def _live_view(real: types.ModuleType, overrides: dict[str, Any],
               name: str | None = None) -> _LiveModule:
    # One class per view keeps the real module off the instance, where `vars()` would show it.
    cls = type("module", (_LiveModule,), {"_real": real, "__slots__": ()})
    view = cls(name or real.__name__, real.__doc__)
    public = [n for n in dir(real) if not n.startswith("_")]
    vars(view).update(overrides, __all__=sorted({*public, *overrides}))
    return view


class _WorldModules(MutableMapping[str, types.ModuleType]):
    """`sys.modules` as the program sees it: the world's views in place of the real modules,
    and no removed module."""

    def __init__(self, world: WorldBuilder) -> None:
        self._world = world

    def __getitem__(self, name: str) -> types.ModuleType:
        try:
            view = self._world.module(name)
        except ModuleNotFoundError as exc:
            raise ApiError("removed_api", getattr(exc, _MARK).owner).mark(KeyError(name)) \
                from None
        return view if view is not None else sys.modules[name]

    def __contains__(self, name: object) -> bool:
        try:
            self[name]  # type: ignore[index]
        except (KeyError, TypeError):
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return iter([name for name in {**sys.modules, **self._world.views()} if name in self])

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __setitem__(self, name: str, module: types.ModuleType) -> None:
        sys.modules[name] = module

    def __delitem__(self, name: str) -> None:
        del sys.modules[name]
