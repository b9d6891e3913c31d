"""Timings and the figures a benchmark reports."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    """Seconds per repetition, after the warm-up ones were thrown away."""

    seconds: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def p90(self) -> float:
        ordered = sorted(self.seconds)
        return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]

    @property
    def count(self) -> int:
        return len(self.seconds)


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


@dataclass(frozen=True)
class Figure:
    """One line of the results table.

    ``value`` and ``naive`` are in ``unit``; ``target`` too (the value must stay below it, or
    reach it when ``higher``: a throughput); ``naive_how`` says what the naive figure is,
    ``detail`` how the value was measured.
    """

    key: str
    title: str
    unit: str
    value: float
    target: float | None
    naive: float | None
    naive_how: str
    detail: str
    higher: bool = False

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.value >= self.target if self.higher else self.value < self.target

    @property
    def speedup(self) -> float | None:
        if self.naive is None or self.value <= 0:
            return None
        return self.naive / self.value

    def as_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "title": self.title,
            "unit": self.unit,
            "value": self.value,
            "target": self.target,
            "naive": self.naive,
            "naive_how": self.naive_how,
            "detail": self.detail,
            "higher": self.higher,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Figure:
        def number(name: str) -> float | None:
            value = data.get(name)
            return None if value is None else float(value)  # type: ignore[arg-type]

        return cls(
            key=str(data["key"]),
            title=str(data["title"]),
            unit=str(data["unit"]),
            value=float(data["value"]),  # type: ignore[arg-type]
            target=number("target"),
            naive=number("naive"),
            naive_how=str(data.get("naive_how", "")),
            detail=str(data.get("detail", "")),
            higher=bool(data.get("higher", False)),
        )


def ms(seconds: float) -> float:
    return seconds * 1000
