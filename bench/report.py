"""The results: a table on the terminal and the figures section of docs/benchmarks.md."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from bench.bounds import summary, verdict
from bench.figures import Figure
from bench.machine import Machine

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
START = "<!-- bench:figures:start (rewritten by `make bench`; edit the text around it) -->"
END = "<!-- bench:figures:end -->"
_DATA = re.compile(r"<!-- bench:data (.*?) -->", re.S)


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:,.1f} s" if value < 10_000 else f"{value:,.0f} s ({value / 3600:.1f} h)"
    if unit != "ms":
        return f"{value:,.1f}{unit}"
    return f"{value:.2f} ms" if value < 100 else f"{value:,.0f} ms"


def _row(figure: Figure, machine: Machine) -> list[str]:
    met = verdict(figure, machine).value
    sign = "≥" if figure.higher else "<"
    target = "—" if figure.target is None else f"{sign} {_number(figure.target, figure.unit)}"
    speedup = figure.speedup
    return [
        figure.title,
        _number(figure.value, figure.unit),
        target,
        met,
        _number(figure.naive, figure.unit),
        "—" if speedup is None else f"{speedup:,.0f}×" if speedup >= 10 else f"{speedup:.1f}×",
    ]


HEADER = ["Benchmark", "Measured", "Target", "Met", "Naive", "Naive ÷ measured"]


def table(figures: Iterable[Figure], machine: Machine) -> str:
    rows = [HEADER] + [_row(f, machine) for f in figures]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown(machine: Machine, figures: list[Figure]) -> str:
    out = [START, "", "Measured on:", ""]
    out += [f"- {line}" for line in machine.lines()]
    out += ["", "| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    out += ["| " + " | ".join(_row(f, machine)) + " |" for f in figures]
    verdicts, _ = summary(figures, machine)
    if verdicts:
        out += [""] + [f"- {line}" for line in verdicts]
    out += ["", "How each figure was taken:", ""]
    for figure in figures:
        line = f"- **{figure.title}**: {figure.detail}."
        if figure.naive_how:
            line += f" Naive: {figure.naive_how}."
        out.append(line)
    data = {"machine": machine.__dict__, "figures": [f.as_dict() for f in figures]}
    out += ["", f"<!-- bench:data {json.dumps(data, ensure_ascii=False)} -->", "", END]
    return "\n".join(out)


def previous_figures(text: str) -> dict[str, Figure]:
    found = _DATA.search(text)
    if not found:
        return {}
    data = json.loads(found.group(1))
    return {f["key"]: Figure.from_dict(f) for f in data.get("figures", [])}


def rewrite(machine: Machine, figures: list[Figure], order: list[str], doc: Path = DOC) -> None:
    """Put this run's figures in the doc, keeping the others' last ones (a run of one
    benchmark updates its own lines only)."""
    text = doc.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{doc}: the markers of the figures section are missing")
    merged = previous_figures(text)
    merged.update({f.key: f for f in figures})
    ordered = [merged[k] for k in order if k in merged]
    ordered += [f for k, f in merged.items() if k not in order]
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    doc.write_text(head + markdown(machine, ordered) + tail, encoding="utf-8")
