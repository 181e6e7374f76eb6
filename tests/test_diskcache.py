"""The one atomic write every layer saves files with."""

from __future__ import annotations

from pathlib import Path

import pytest

from pytest_apiedit.diskcache import atomic_write


def test_text_bytes_or_a_writer_land_whole_in_a_folder_made_for_them(tmp_path: Path) -> None:
    path = tmp_path / "made" / "entry.json"
    atomic_write(path, "text")
    assert path.read_text() == "text"
    atomic_write(path, b"bytes")
    assert path.read_bytes() == b"bytes"
    atomic_write(path, lambda partial: partial.write_text("written"))
    assert path.read_text() == "written"
    assert [p.name for p in path.parent.iterdir()] == ["entry.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_partial(tmp_path: Path) -> None:
    path = tmp_path / "entry.pt"
    atomic_write(path, "old")

    def interrupted(partial: Path) -> None:
        partial.write_text("half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(path, interrupted)
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["entry.pt"]
