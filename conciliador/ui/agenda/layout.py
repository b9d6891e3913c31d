"""Where each hearing block goes: overlapping hearings in one column share it side by side."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Placed:
    key: int
    lane: int
    lanes: int


def lanes(intervals: Sequence[tuple[int, dt.datetime, dt.datetime]]) -> dict[int, Placed]:
    """Assign each ``(key, start, end)`` a lane so that overlapping intervals never share one;
    every interval of a group of mutually connected overlaps gets the group's lane count."""
    placed: dict[int, Placed] = {}
    ordered = sorted(intervals, key=lambda item: (item[1], item[2], item[0]))
    group: list[tuple[int, int]] = []  # (key, lane)
    lane_ends: list[dt.datetime] = []
    group_end: dt.datetime | None = None

    def close_group() -> None:
        count = max((lane for _k, lane in group), default=-1) + 1
        for key, lane in group:
            placed[key] = Placed(key, lane, count)
        group.clear()
        lane_ends.clear()

    for key, start, end in ordered:
        if group_end is not None and start >= group_end:
            close_group()
            group_end = None
        for index, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[index] = end
                group.append((key, index))
                break
        else:
            lane_ends.append(end)
            group.append((key, len(lane_ends) - 1))
        group_end = end if group_end is None else max(group_end, end)
    close_group()
    return placed
