"""Many documents at once — the day's citations, a month's actas — with progress and cancel.

Each .docx is rendered and written as it goes (atomically: a crash leaves whole files only);
with ``pdf`` the documents are then converted by LibreOffice in runs of ``PDF_CHUNK`` (one
start-up per run instead of one per document), checking for a cancel between runs. PDFs are
made in a private folder and moved into place whole. Without LibreOffice the .docx files are
still written and ``pdf_problem`` says what to install.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.documents import pdf as pdfs
from conciliador.documents.atomic import sweep_dead_work_dirs, work_dir, write_atomically
from conciliador.documents.docx_engine import render
from conciliador.models import Acta, Agreement, Case, Citation, Hearing, Office
from conciliador.services.actas.citations import citation_stem, day_citation_ids, render_citation
from conciliador.services.actas.queries import outcome_moment
from conciliador.services.actas.rendering import file_stem, transient_acta, values_for
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldProblem, NotFound, ValidationFailed
from conciliador.services.fields import ActaFields
from conciliador.services.offices import office_by_code
from conciliador.services.permissions import Permission, require

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
PDF_CHUNK = 100
#: The work folder of a PDF conversion, inside the output folder, named after its process.
PDF_WORK = ".conciliador-pdf-"


@dataclass
class BatchResult:
    #: Files written, in order (.docx, then the PDFs when asked for).
    written: list[Path] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False
    #: Why no PDF was made (LibreOffice missing or failing), when it was asked for.
    pdf_problem: str | None = None

    @property
    def documents(self) -> int:
        return len([p for p in self.written if p.suffix == ".docx"])


def _never() -> bool:
    return False


def write_batch(
    items: Iterator[tuple[str, bytes]],
    total: int,
    out_dir: Path,
    *,
    pdf: bool,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> BatchResult:
    """Write each (stem, .docx) into ``out_dir``, then convert them (see the module)."""
    report = progress or (lambda _d, _t: None)
    stop = cancel or _never
    result = BatchResult(total=total)
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    sweep_dead_work_dirs(out_dir, PDF_WORK)  # what a batch killed half-way left
    steps = total * (2 if pdf else 1)
    sources: list[Path] = []
    for done, (stem, data) in enumerate(items, start=1):
        if stop():
            result.cancelled = True
            return result
        path = out_dir / f"{stem}.docx"
        write_atomically(path, data, mode=0o600)
        result.written.append(path)
        sources.append(path)
        report(done, steps)
    if not pdf or not sources:
        return result
    if not pdfs.available():
        result.pdf_problem = str(pdfs.PdfUnavailable())
        return result
    converted = 0
    for start in range(0, len(sources), PDF_CHUNK):
        if stop():
            result.cancelled = True
            return result
        chunk = sources[start : start + PDF_CHUNK]
        with work_dir(out_dir, PDF_WORK) as tmp:
            try:
                made = pdfs.convert_many(chunk, Path(tmp), archival=False)
            except pdfs.PdfConversionFailed as exc:
                result.pdf_problem = str(exc)
                return result
            for produced in made:
                target = out_dir / produced.name
                os.replace(produced, target)
                result.written.append(target)
        converted += len(chunk)
        report(total + converted, steps)
    return result


# ------------------------------------------------------------------------------ citations
def print_citations(
    db: Database,
    actor: Actor,
    office_id: int,
    day: dt.date,
    out_dir: Path,
    *,
    by_hearing_day: bool = False,
    pdf: bool = True,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> BatchResult:
    """The day's citations of an office, one file each (see ``day_citation_ids``)."""
    actor = require(db, actor, Permission.PRINT_DOCUMENTS, office_id)
    with db.read() as session:
        ids = day_citation_ids(session, office_id, day, by_hearing_day=by_hearing_day)

        def items() -> Iterator[tuple[str, bytes]]:
            for citation_id in ids:
                citation = session.get(Citation, citation_id)
                assert citation is not None
                yield citation_stem(session, citation), render_citation(session, citation)

        return write_batch(items(), len(ids), out_dir, pdf=pdf, progress=progress, cancel=cancel)


# ------------------------------------------------------------------------------ a month
def _month_agreements(
    session: Session, year: int, month: int, offices: list[Office]
) -> list[Agreement]:
    """Outcome records of the month in each office's own calendar, oldest first: the month
    of the hearing that reached them (of the closure, without a hearing), never the month in
    which they were typed."""
    if not 1 <= month <= 12:
        raise ValidationFailed(FieldProblem(ActaFields.MONTH, "entre 01 y 12"))
    start = dt.datetime(year, month, 1, tzinfo=dt.UTC) - dt.timedelta(days=1)
    end = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=1)
    zones = {o.id: ZoneInfo(o.timezone) for o in offices}
    moment = outcome_moment()
    rows = session.execute(
        select(Agreement, moment)
        .join(Case, Case.id == Agreement.case_id)
        .outerjoin(Hearing, Hearing.id == Agreement.hearing_id)
        .where(Case.office_id.in_(list(zones)), moment >= start, moment < end)
        .order_by(moment, Agreement.id)
    ).all()
    out = []
    for agreement, instant in rows:
        local = instant.astimezone(zones[agreement.case.office_id]).date()
        if (local.year, local.month) == (year, month):
            out.append(agreement)
    return out


def month_actas(
    db: Database,
    actor: Actor,
    year: int,
    month: int,
    out_dir: Path,
    *,
    office_code: str | None = None,
    pdf: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> BatchResult:
    """Every acta of the month (of an office, or of every office the actor reaches): the
    issued text once issued, the borrador otherwise (marked as such)."""
    with db.read() as session:
        if office_code:
            office = office_by_code(session, office_code)
            actor = require(session, actor, Permission.PRINT_DOCUMENTS, office.id)
            offices = [office]
        else:
            actor = require(session, actor, Permission.PRINT_DOCUMENTS)
            stmt = select(Office)
            if actor.office_ids is not None:
                stmt = stmt.where(Office.id.in_(actor.office_ids))
            offices = list(session.scalars(stmt))
            if not offices:
                raise NotFound("No hay oficinas a su alcance.")
        agreements = _month_agreements(session, year, month, offices)

        def items() -> Iterator[tuple[str, bytes]]:
            for agreement in agreements:
                acta = session.scalar(
                    select(Acta)
                    .where(Acta.agreement_id == agreement.id)
                    .order_by(Acta.id.desc())
                    .limit(1)
                ) or transient_acta(agreement)
                template, values = values_for(session, acta)
                yield file_stem(session, acta), render(template, values)

        return write_batch(
            items(), len(agreements), out_dir, pdf=pdf, progress=progress, cancel=cancel
        )
