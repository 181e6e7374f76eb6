"""One value among named choices, or one line that names the choices and the close ones.

Every option, hyperparameter and lookup by name checks its value here, so a typo reads the same
wherever it is made.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection

SHOWN = 12
"""Choices listed in the message at most; longer lists are named by `listing`."""


def choose(
    value: str,
    allowed: Collection[str],
    what: str,
    error: type[Exception] = ValueError,
    listing: str = "",
) -> str:
    """`value` when it is one of `allowed`; otherwise raises `error` with one line: `what` and
    the value, the choices (or `listing` when there are more than `SHOWN`), the close ones."""
    if value in allowed:
        return value
    names = [str(name) for name in allowed]
    close = difflib.get_close_matches(value, names, n=3, cutoff=0.6)
    close += [n for n in names if value.lower() in n.lower() and n not in close][: 3 - len(close)]
    hint = f" (did you mean {', '.join(close)}?)" if close and value else ""
    shown = ", ".join(names) if len(names) <= SHOWN or not listing else listing
    raise error(f"{what} {value!r} is not one of {shown}{hint}")
