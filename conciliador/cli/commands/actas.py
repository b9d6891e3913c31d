"""``conciliador actas render`` (one hearing's acta) and ``conciliador actas batch`` (a
month's actas), as .docx and, with --pdf, PDF — many PDFs in one LibreOffice run."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from conciliador.cli.common import command_line_actor, database, progress_printer
from conciliador.cli.parser import record_id
from conciliador.documents import pdf as pdfs
from conciliador.documents.atomic import write_atomically
from conciliador.services.actas import acta_document, acta_of_hearing, sheet_document
from conciliador.services.actas.batch import month_actas


def _month(text: str) -> tuple[int, int]:
    found = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"«{text}» no es un mes AAAA-MM (por ejemplo 2026-11)")
    return int(found.group(1)), int(found.group(2))


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "actas",
        help="genera actas en Word (.docx) y PDF",
        description="Genera los documentos de las actas: las emitidas con su texto "
        "congelado, las firmadas con sus firmas, los borradores marcados como tales.",
    )
    orders = p.add_subparsers(dest="actas_order", title="órdenes", metavar="ORDEN", required=True)
    r = orders.add_parser(
        "render",
        parents=[common],
        help="el acta de una audiencia y su hoja explicativa",
        description="Escribe en la carpeta el acta de la audiencia (y la hoja explicativa "
        "para la familia). Con --pdf también en PDF; un acta firmada se entrega con su PDF "
        "sellado.",
    )
    r.add_argument(
        "--hearing", type=record_id, required=True, metavar="N", help="número de la audiencia"
    )
    r.add_argument("--out", required=True, metavar="CARPETA", help="carpeta de salida")
    r.add_argument("--pdf", action="store_true", help="también en PDF (LibreOffice)")
    r.set_defaults(handler=run_render)
    b = orders.add_parser(
        "batch",
        parents=[common],
        help="todas las actas de un mes",
        description="Escribe en la carpeta el acta de cada resultado registrado en el mes "
        "(de una oficina o de todas), con una barra de progreso. Con --pdf convierte todas "
        "en una sola ejecución de LibreOffice.",
    )
    b.add_argument("--month", type=_month, required=True, metavar="AAAA-MM", help="mes")
    b.add_argument("--office", metavar="CÓDIGO", help="código de la oficina (por omisión todas)")
    b.add_argument("--out", required=True, metavar="CARPETA", help="carpeta de salida")
    b.add_argument("--pdf", action="store_true", help="también en PDF (LibreOffice)")
    b.set_defaults(handler=run_batch)


def run_render(args: argparse.Namespace) -> int:
    db = database(args)
    actor = command_line_actor()
    out = Path(args.out)
    acta = acta_of_hearing(db, actor, args.hearing)
    assert acta.acta_id is not None
    documents = [acta_document(db, actor, acta.acta_id), sheet_document(db, actor, acta.acta_id)]
    problem = None
    if args.pdf:
        if pdfs.available():
            documents += [
                acta_document(db, actor, acta.acta_id, pdf=True),
                sheet_document(db, actor, acta.acta_id, pdf=True),
            ]
        else:
            problem = str(pdfs.PdfUnavailable())
    for document in documents:
        write_atomically(out / document.name, document.data)
        print(out / document.name)
    state = acta.state_label.lower()
    print(f"Acta {acta.number or '(borrador)'} — {acta.outcome.label} — {state}.")
    if problem:
        print(f"conciliador: error: {problem}", file=sys.stderr)
        return 1
    return 0


def run_batch(args: argparse.Namespace) -> int:
    db = database(args)
    actor = command_line_actor()
    year, month = args.month
    out = Path(args.out)
    bar: dict[str, Any] = {}

    def progress(done: int, total: int) -> None:
        if "show" not in bar:
            bar["show"] = progress_printer(total, "Actas")
        bar["show"](done)

    result = month_actas(
        db, actor, year, month, out, office_code=args.office, pdf=args.pdf, progress=progress
    )
    pdf_count = len([p for p in result.written if p.suffix == ".pdf"])
    print(
        f"{result.documents} acta(s) de {dt.date(year, month, 1):%m/%Y} en {out}"
        + (f"; {pdf_count} PDF" if args.pdf else "")
        + "."
    )
    if result.pdf_problem:
        print(f"conciliador: error: {result.pdf_problem}", file=sys.stderr)
        return 1
    return 0
