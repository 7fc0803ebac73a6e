"""The one size-capped reader for files users bring, and the one formatter for sizes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cjm_desktop.storage.bounded_read import CHUNK_BYTES, read_bounded, shown_path
from cjm_desktop.user_message import UserError, format_size


def test_reads_a_file_up_to_the_limit_and_refuses_one_byte_more(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"x" * 1000)
    assert read_bounded(path, 1000) == b"x" * 1000
    with pytest.raises(UserError, match=r"too large to open \(1000 bytes; the limit is 999"):
        read_bounded(path, 999)


def test_reads_in_chunks_across_the_chunk_size(tmp_path):
    path = tmp_path / "f"
    data = os.urandom(CHUNK_BYTES * 2 + 17)
    path.write_bytes(data)
    assert read_bounded(path, len(data)) == data


def test_a_file_that_says_it_is_small_but_is_not_stops_at_the_limit(tmp_path, monkeypatch):
    # /proc files and files that grow while read report a size stat cannot be trusted with.
    path = tmp_path / "f"
    path.write_bytes(b"y" * 5000)
    real_fstat = os.fstat

    class Small:
        def __init__(self, info):
            self.st_mode, self.st_size = info.st_mode, 0

    monkeypatch.setattr(os, "fstat", lambda fd: Small(real_fstat(fd)))
    with pytest.raises(UserError, match=r"too large to open \(more than 4 KiB\)"):
        read_bounded(path, 4096)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_devices_are_refused_without_reading():
    with pytest.raises(UserError, match="is a device, a pipe or a socket"):
        read_bounded("/dev/zero", 10)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_with_no_writer_is_refused_at_once(tmp_path):
    os.mkfifo(tmp_path / "p")
    with pytest.raises(UserError, match="is a device, a pipe or a socket"):
        read_bounded(tmp_path / "p", 10)


def test_missing_folder_and_permission(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        read_bounded(tmp_path / "nope", 10)
    with pytest.raises(UserError, match="is a folder, not a file"):
        read_bounded(tmp_path, 10)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_a_name_that_is_not_utf8_is_shown_with_escapes(tmp_path):
    name = os.fsdecode(b"caf\xe9.cjm")
    assert shown_path(name) == "caf\\xe9.cjm"
    with pytest.raises(UserError) as info:
        read_bounded(tmp_path / name, 10)
    assert "caf\\xe9.cjm does not exist" in info.value.render()
    info.value.render().encode("utf-8")  # printable anywhere


@pytest.mark.parametrize(
    "size, text",
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (1023, "1023 bytes"),
        (1024, "1 KiB"),
        (1536, "1.5 KiB"),
        (100 * 1024 * 1024, "100 MiB"),
        (100 * 1024 * 1024 + 1, "100 MiB"),
        (int(1.25 * 1024**3), "1.2 GiB"),
        (5 * 1024**5, "5120 TiB"),
    ],
)
def test_sizes_are_in_binary_units(size, text):
    assert format_size(size) == text
