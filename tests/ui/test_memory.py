"""ui.memory.give_back: the heap's free memory back to the system, nothing in use touched."""

from __future__ import annotations

import ctypes
import platform
import sys

import pytest

from ui import memory


def test_give_back_keeps_every_object_in_use():
    kept = [bytearray([n % 251]) * 200_000 for n in range(40)]  # from malloc, not pymalloc
    freed = [bytearray(300_000) for _ in range(40)]
    del freed
    asked = memory.give_back()
    assert asked == (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc")
    assert all(block == bytearray([n % 251]) * 200_000 for n, block in enumerate(kept))
    again = bytearray(b"x") * 1_000_000  # and the heap still hands out memory
    assert again.count(b"x") == 1_000_000
    assert memory.give_back() == asked  # and again, as often as asked


def test_without_malloc_trim_give_back_does_nothing(monkeypatch: pytest.MonkeyPatch):
    def no_libc(*_args, **_kwargs):
        raise OSError("no such library")

    monkeypatch.setattr(memory, "_looked", False)
    monkeypatch.setattr(memory, "_trim", None)
    monkeypatch.setattr(ctypes, "CDLL", no_libc)
    assert memory.give_back() is False
    assert memory._trim is None and memory._looked  # looked once, not on every call
