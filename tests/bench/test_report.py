"""The figures section that ``make bench`` rewrites: the text around it stays, and a run of
one benchmark keeps the other benchmarks' last figures."""

from __future__ import annotations

from pathlib import Path

from bench.figures import Figure
from bench.machine import describe
from bench.report import END, START, rewrite


def figure(key: str, value: float, target: float | None = 2.0) -> Figure:
    return Figure(key, f"The {key}", "ms", value, target, value * 100, "no index", "median")


def test_a_partial_run_keeps_the_other_figures(tmp_path: Path) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text(f"# Benchmarks\n\nIntro.\n\n{START}\nnothing yet\n{END}\n\nAfter.\n")
    first = [figure("conflicts", 0.5), figure("agenda", 3.0, 20.0)]
    rewrite(describe(), first, ["conflicts", "agenda"], doc=doc)
    rewrite(describe(), [figure("agenda", 30.0, 20.0)], ["conflicts", "agenda"], doc=doc)

    text = doc.read_text()
    assert text.startswith("# Benchmarks\n\nIntro.\n") and text.endswith("\n\nAfter.\n")
    assert "nothing yet" not in text
    rows = [line for line in text.splitlines() if line.startswith("| The ")]
    assert rows == [
        "| The conflicts | 0.50 ms | < 2.00 ms | yes | 50.00 ms | 100× |",
        "| The agenda | 30.00 ms | < 20.00 ms | **NO** | 3,000 ms | 100× |",
    ]
    assert "CPU:" in text and "load average" in text
