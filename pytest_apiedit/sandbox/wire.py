"""Messages between sandbox processes, and the only values a program can hand to its judge.

A program's return value crosses to the judge as *plain data* of exactly the builtin types
(None, bool, int, float, complex, str, bytes, list, tuple, dict, set, frozenset). Anything else,
including subclasses with a forged `__eq__`, cannot be encoded, and the judge decodes with
`json` only, so nothing a program sends can run code or lie about equality on the judge's side.
"""

from __future__ import annotations

import json
import os
import struct
from typing import Any

_HEADER = struct.Struct(">I")
MAX_DEPTH = 200


class Unencodable(TypeError):
    """The value is not plain data (a custom class, a function, a subclass, too deep)."""


class ChannelClosed(EOFError):
    """The other end closed the channel (it exited or was killed)."""


def encode(value: Any, depth: int = 0) -> Any:
    """Turn plain data into JSON-compatible data, tagging every type JSON cannot tell apart."""
    if depth > MAX_DEPTH:
        raise Unencodable("value nested too deeply")
    kind = type(value)
    if value is None or kind in (bool, int, float, str):
        return value
    if kind is list:
        return [encode(item, depth + 1) for item in value]
    if kind is tuple:
        return {"$tuple": [encode(item, depth + 1) for item in value]}
    if kind is dict:
        return {"$dict": [[encode(k, depth + 1), encode(v, depth + 1)] for k, v in value.items()]}
    if kind is set or kind is frozenset:
        return {"$" + kind.__name__: [encode(item, depth + 1) for item in value]}
    if kind is bytes:
        return {"$bytes": value.hex()}
    if kind is complex:
        return {"$complex": [value.real, value.imag]}
    raise Unencodable(f"a value of type {kind.__name__} is not plain data")


def _decode_tagged(tagged: dict[str, Any]) -> Any:
    """Tags are one-key objects whose key starts with `$`; other objects are messages."""
    if len(tagged) != 1:
        return tagged
    ((tag, payload),) = tagged.items()
    if not tag.startswith("$"):
        return tagged
    if tag == "$tuple":
        return tuple(payload)
    if tag == "$dict":
        return {_hashable(k): v for k, v in payload}
    if tag == "$set":
        return {_hashable(item) for item in payload}
    if tag == "$frozenset":
        return frozenset(_hashable(item) for item in payload)
    if tag == "$bytes":
        return bytes.fromhex(payload)
    if tag == "$complex":
        return complex(*payload)
    raise ValueError(f"unknown tag {tag!r}")


def _hashable(value: Any) -> Any:
    if isinstance(value, list):  # JSON arrays decode as lists; keys were tuples or scalars
        raise ValueError("unhashable key")
    return value


def dumps(message: Any) -> bytes:
    return json.dumps(message, separators=(",", ":")).encode()


def loads(payload: bytes) -> Any:
    """Inverse of `dumps` of encoded data: tagged objects come back as their types."""
    return json.loads(payload, object_hook=_decode_tagged)


def unframe(data: bytes) -> Any:
    """The one message `Channel.send` framed into `data`, which must hold all of it."""
    (size,) = _HEADER.unpack_from(data)
    if size != len(data) - _HEADER.size:
        raise ValueError("truncated or trailing data")
    return loads(data[_HEADER.size :])


class Channel:
    """Length-prefixed JSON messages over a pair of pipe file descriptors."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self.read_fd, self.write_fd = read_fd, write_fd

    def send(self, message: Any) -> None:
        payload = dumps(message)
        data = memoryview(_HEADER.pack(len(payload)) + payload)
        while data:
            data = data[os.write(self.write_fd, data) :]

    def receive(self, limit: int) -> Any:
        """Block until one message arrives. `limit` caps its size (a hostile sender's flood)."""
        (size,) = _HEADER.unpack(self._read_exactly(_HEADER.size))
        if size > limit:
            raise ValueError(f"message of {size} bytes exceeds the limit of {limit}")
        return loads(self._read_exactly(size))

    def _read_exactly(self, size: int) -> bytes:
        chunks, remaining = [], size
        while remaining:
            chunk = os.read(self.read_fd, min(remaining, 1 << 20))
            if not chunk:
                raise ChannelClosed
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        for fd in {self.read_fd, self.write_fd} - {-1}:
            os.close(fd)
