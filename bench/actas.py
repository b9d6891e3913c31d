"""Benchmark: actas to .docx and to PDF, each beside the naive way, measured in the same run.

    python -m bench.actas [--quick]        (``make bench`` once bench/__main__.py runs it)

- one acta .docx with the template compiled once (target: median ≤ 40 ms), against opening
  the template with docxtpl for every document (the usual way);
- 1,000 actas of a demonstration database to .docx files, through the services (data read,
  values built, rendered, written atomically), against the same with docxtpl per document;
- 100 actas to PDF in ONE LibreOffice run, against one LibreOffice run per document (the way
  most tools do it); target: the batch at least 5 times faster per acta.

``run()`` returns the figures (``bench.figures.Figure`` when the shared bench package has it,
plain dicts otherwise) and rewrites this benchmark's section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from sqlalchemy import select

from conciliador.db import Database
from conciliador.demo import DemoSpec, generate_demo
from conciliador.documents import pdf as pdfs
from conciliador.documents.atomic import write_atomically
from conciliador.documents.docx_engine import render
from conciliador.documents.xmltext import xml_safe
from conciliador.models import Agreement
from conciliador.services.actas.catalog import load_template, sample_context, template_path
from conciliador.services.actas.context import acta_context
from conciliador.services.actas.rendering import file_stem, transient_acta, values_for
from conciliador.services.actas.samples import sample_facts
from conciliador.services.actor import Actor

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
START = "<!-- bench:actas:start (rewritten by `python -m bench.actas`) -->"
END = "<!-- bench:actas:end -->"
NAME = "acta_acuerdo_total"
SPEC = DemoSpec(cases=1_500, months=2, seed=5, password="bench-2026!", today=dt.date(2026, 11, 23))


def _median_ms(run: Callable[[], object], repeat: int, warmup: int = 5) -> tuple[float, float]:
    for _ in range(warmup):
        run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.9 * (len(times) - 1))]


def _naive_docx(values: dict[str, Any]) -> bytes:
    """docxtpl as most tools use it: open the template, render, save — per document."""
    template = DocxTemplate(str(template_path(NAME)))
    template.render(_plain(values), autoescape=True)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def _plain(values: Any) -> Any:
    if isinstance(values, str):
        return xml_safe(values)
    if isinstance(values, dict):
        return {k: _plain(v) for k, v in values.items()}
    if isinstance(values, list):
        return [_plain(v) for v in values]
    return values


def _demo_db(folder: Path) -> Database:
    cache = Path(tempfile.gettempdir()) / f"conciliador-bench-actas-{SPEC.cases}-{SPEC.seed}.sqlite"
    if not cache.exists():
        partial = cache.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        db = Database(f"sqlite:///{partial}")
        db.upgrade()
        generate_demo(db, Actor.command_line("bench"), SPEC)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        partial.replace(cache)
    return Database(f"sqlite:///{cache}")


def _figure(
    key: str,
    title: str,
    unit: str,
    value: float,
    target: float | None,
    naive: float | None,
    naive_how: str,
    detail: str,
) -> Any:
    data = {
        "key": key,
        "title": title,
        "unit": unit,
        "value": value,
        "target": target,
        "naive": naive,
        "naive_how": naive_how,
        "detail": detail,
    }
    try:  # the shared bench package, where the branch that writes it has been merged
        from bench.figures import Figure  # type: ignore[import-not-found]

        return Figure(**data)
    except ImportError:
        return data


def run(context: object = None, *, quick: bool = False) -> list[Any]:
    say: Callable[[str], None] = getattr(context, "say", print)
    figures = []
    # 1. one acta, template compiled once ------------------------------------------------
    template = load_template(NAME)
    facts = sample_facts()
    moment = dt.datetime(2026, 11, 23, 16, tzinfo=dt.UTC)
    # What a printing adds on top of the acta's own values (copy, signatures, marks…): every
    # key of the sample the facts do not make, so a new one reaches the benchmark too.
    own = acta_context(facts, generated_at=moment)
    extra = {k: v for k, v in sample_context(NAME).items() if k not in own}
    extra["firmas"] = [dict(f, imagen="", tiene_imagen=False) for f in extra["firmas"]]

    def one() -> bytes:
        return render(template, acta_context(facts, generated_at=moment) | extra)

    values = acta_context(facts, generated_at=moment) | extra
    repeat = 50 if quick else 300
    median, p90 = _median_ms(one, repeat)
    naive, _ = _median_ms(lambda: _naive_docx(values), max(10, repeat // 5), warmup=2)
    say(f"  one acta: {median:.1f} ms median (p90 {p90:.1f}); docxtpl per document {naive:.1f} ms")
    figures.append(
        _figure(
            "actas_one_docx",
            "Acta .docx, template compiled once (median)",
            "ms",
            median,
            40.0,
            naive,
            "docxtpl's DocxTemplate opened, rendered and saved for each document",
            f"acta de acuerdo total with two children and every section, values built from its "
            f"facts and rendered, median of {repeat} after 5 warm-up; p90 {p90:.1f} ms",
        )
    )
    # 2. 1,000 actas of a demo database -------------------------------------------------------
    count = 100 if quick else 1_000
    with tempfile.TemporaryDirectory(prefix="conciliador-bench-") as tmp:
        folder = Path(tmp)
        db = _demo_db(folder)
        with db.read() as session:
            agreements = list(
                session.scalars(select(Agreement).order_by(Agreement.id).limit(count))
            )
            start = time.perf_counter()
            for agreement in agreements:
                acta = transient_acta(agreement)
                tpl, vals = values_for(session, acta)
                write_atomically(
                    folder / "docx" / f"{file_stem(session, acta)}.docx", render(tpl, vals)
                )
            ours = time.perf_counter() - start
            start = time.perf_counter()
            for agreement in agreements[: max(50, count // 10)]:
                acta = transient_acta(agreement)
                _, vals = values_for(session, acta)
                naive_template = DocxTemplate(str(template_path(template_name(acta))))
                naive_template.render(_plain(vals), autoescape=True)
                naive_template.save(str(folder / "naive.docx"))
            naive_each = (time.perf_counter() - start) / max(50, count // 10)
        db.dispose()
        naive_total = naive_each * len(agreements)
        say(f"  {len(agreements)} actas to .docx: {ours:.1f} s; naive {naive_total:.1f} s")
        figures.append(
            _figure(
                "actas_1000_docx",
                f"{len(agreements):,} actas to .docx (total)",
                "s",
                ours,
                None,
                naive_each * len(agreements),
                "the same with docxtpl opening each template per document (measured on a tenth, "
                "scaled)",
                f"the first {len(agreements):,} outcome records of a demo database "
                f"({SPEC.cases:,} cases): read from SQLite, values built, rendered and written "
                "atomically, one file each",
            )
        )
        # 3. PDF: one LibreOffice run against one run per document --------------------------
        if not pdfs.available():
            say("  LibreOffice is not installed: PDF figures skipped")
            return figures
        sources = sorted((folder / "docx").glob("*.docx"))[: 20 if quick else 100]
        start = time.perf_counter()
        pdfs.convert_many(sources, folder / "pdf-batch", archival=False)
        batch = (time.perf_counter() - start) / len(sources)
        start = time.perf_counter()
        for source in sources:
            pdfs.convert_many([source], folder / "pdf-each", archival=False, workers=1)
        each = (time.perf_counter() - start) / len(sources)
        say(f"  PDF per acta: batch {batch * 1000:.0f} ms, one run each {each * 1000:.0f} ms")
        figures.append(
            _figure(
                "actas_pdf_batch",
                f"PDF per acta, {len(sources)} in one batch (a LibreOffice run per core)",
                "ms",
                batch * 1000,
                each * 1000 / 5,
                each * 1000,
                "one LibreOffice run per document, same documents, same run",
                "LibreOffice headless with its own throw-away profile and only the shipped fonts; "
                "the target is 5 times faster per acta than one run per document",
            )
        )
    return figures


def template_name(acta: Any) -> str:
    from conciliador.domain.actas import ACTA_TEMPLATES

    return ACTA_TEMPLATES[acta.outcome]


def _as_dict(figure: Any) -> dict[str, Any]:
    return figure if isinstance(figure, dict) else figure.as_dict()


def markdown(figures: list[Any]) -> str:
    import os
    import platform

    lines = [
        START,
        "",
        f"Measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}; load average "
        f"{os.getloadavg()[0]:.2f} when the run ended.",
        "",
        "| Benchmark | Measured | Target | Naive | Naive ÷ measured |",
        "|---|---|---|---|---|",
    ]
    for f in map(_as_dict, figures):
        unit = f["unit"]
        target = "—" if f["target"] is None else f"≤ {f['target']:,.1f} {unit}"
        naive = "—" if f["naive"] is None else f"{f['naive']:,.1f} {unit}"
        ratio = "—" if not f["naive"] else f"{f['naive'] / f['value']:,.1f}×"
        lines.append(f"| {f['title']} | {f['value']:,.1f} {unit} | {target} | {naive} | {ratio} |")
    lines += ["", "How each figure was taken:", ""]
    for f in map(_as_dict, figures):
        lines.append(f"- **{f['title']}**: {f['detail']}. Naive: {f['naive_how']}.")
    lines += ["", END]
    return "\n".join(lines)


def rewrite(figures: list[Any], doc: Path = DOC) -> None:
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    section = markdown(figures)
    if START in text and END in text:
        head, rest = text.split(START, 1)
        _, tail = rest.split(END, 1)
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    doc.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.actas", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    parser.add_argument("--no-doc", action="store_true", help="print only")
    args = parser.parse_args(argv)
    figures = run(quick=args.quick)
    if not args.no_doc:
        rewrite(figures)
        print(f"Figures written to {DOC}")
    missed = [
        f["title"]
        for f in map(_as_dict, figures)
        if f["target"] is not None and f["value"] > f["target"]
    ]
    if missed:
        print(f"Targets missed: {'; '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
