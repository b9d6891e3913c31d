"""On Windows the program puts itself in a job object that kills its children when it dies
(issue 13 §7). Only a real Windows proves the kill; here, on Linux, the structure handed to the
system has Windows' 64-bit layout and the calls are made in the right order with the right
flag, against a stand-in that records what the Windows API would receive."""

from __future__ import annotations

import ctypes
from typing import Any

import pytest

from conciliador.documents import children


def test_the_extended_limits_have_windows_64_bit_layout() -> None:
    if ctypes.sizeof(ctypes.c_void_p) != 8:
        pytest.skip("the layout checked is the 64-bit one")
    # JOBOBJECT_EXTENDED_LIMIT_INFORMATION is 144 bytes on x64; LimitFlags at offset 16.
    assert ctypes.sizeof(children._ExtendedLimits) == 144
    assert children._BasicLimits.LimitFlags.offset == 16
    assert ctypes.sizeof(children._BasicLimits) == 64
    assert children._ExtendedLimits.IoInfo.offset == 64


class _Kernel32:
    """What the Windows API receives, recorded."""

    def __init__(self, *, assign_ok: bool = True) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.assign_ok = assign_ok

    def CreateJobObjectW(self, attributes: Any, name: Any) -> int:
        self.calls.append(("create", (attributes, name)))
        return 77

    def SetInformationJobObject(self, job: int, kind: int, info: Any, size: int) -> int:
        limits = ctypes.cast(info, ctypes.POINTER(children._ExtendedLimits)).contents
        self.calls.append(("set", (job, kind, limits.BasicLimitInformation.LimitFlags, size)))
        return 1

    def GetCurrentProcess(self) -> int:
        return -1

    def AssignProcessToJobObject(self, job: int, process: int) -> int:
        self.calls.append(("assign", (job, process)))
        return 1 if self.assign_ok else 0

    def CloseHandle(self, handle: int) -> int:
        self.calls.append(("close", handle))
        return 1


def test_the_program_joins_a_job_that_kills_on_close_and_keeps_its_handle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(children, "_job", [])
    k = _Kernel32()
    assert children.contain_on_windows(k)
    assert k.calls == [
        ("create", (None, None)),
        ("set", (77, 9, 0x2000, ctypes.sizeof(children._ExtendedLimits))),
        ("assign", (77, -1)),
    ]  # never closed: the system closes it when the program dies, killing the children
    assert children.contain_on_windows(k)  # once
    assert len(k.calls) == 3


def test_a_job_that_cannot_take_the_program_is_closed_not_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(children, "_job", [])
    k = _Kernel32(assign_ok=False)
    assert not children.contain_on_windows(k)
    assert k.calls[-1] == ("close", 77)
    assert children._job == []


def test_elsewhere_nothing_is_asked_of_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(children, "_job", [])
    assert not children.contain_on_windows()
