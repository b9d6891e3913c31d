"""``conciliador verify``: a list of independent checks of a database, each with its findings.

A ``Check`` is a title and a function ``(CheckContext) -> Finding``; ``CHECKS`` lists them in
the order they run. Adding one (the signed actas' hashes, say) is writing the function and
appending ``Check("Actas firmadas", check_signed_actas)`` to ``CHECKS`` — the command line, the
backup and restore verification and the audit viewer's «Verificar» button all pick it up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from conciliador.db import Database, first_line, head_revisions, known_revisions
from conciliador.domain.audit_actions import AuditAction
from conciliador.services import anchors, audit
from conciliador.services.actas.integrity import check_issued_actas as issued_actas_report
from conciliador.services.actas.integrity import check_signed_actas as signed_actas_report
from conciliador.services.actor import Actor
from conciliador.services.attachments import attachment_problems
from conciliador.services.audit_chain import AuditAnchor, check_chain
from conciliador.services.permissions import Permission, require

log = logging.getLogger(__name__)
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class CheckContext:
    db: Database
    #: Points of the audit chain written down elsewhere (backups), to catch a cut-off tail.
    anchors: Sequence[AuditAnchor] = ()
    progress: ProgressFn | None = None
    #: False for the quicker checks a backup runs on its copy (SQLite quick_check).
    thorough: bool = True
    #: Lines of the anchors file that were altered or cannot be trusted.
    anchor_problems: Sequence[str] = ()
    #: Compare with the latest signed anchor kept in this user's protected folder.
    use_latest: bool = True


@dataclass(frozen=True)
class Finding:
    """What one check found: a short summary and every problem, in Spanish."""

    summary: str
    problems: tuple[str, ...] = ()
    #: Values a caller may want (the audit chain's head, for a backup's manifest).
    facts: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Check:
    title: str
    run: Callable[[CheckContext], Finding]


@dataclass(frozen=True)
class CheckResult:
    title: str
    summary: str
    problems: tuple[str, ...] = ()
    facts: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class VerificationReport:
    results: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)

    @property
    def problems(self) -> list[str]:
        return [f"{r.title}: {p}" for r in self.results for p in r.problems]

    def fact(self, name: str) -> object:
        for result in self.results:
            if name in result.facts:
                return result.facts[name]
        return None

    def lines(self) -> list[str]:
        """The report as a person reads it: one line per check, then each problem."""
        out = []
        for r in self.results:
            out.append(f"{'✔' if r.ok else '✘'} {r.title}: {r.summary}")
            out.extend(f"    - {p}" for p in r.problems)
        return out


# ------------------------------------------------------------------------------ the checks
def check_storage(ctx: CheckContext) -> Finding:
    """SQLite: the file's own integrity and foreign keys. PostgreSQL guards both itself."""
    if not ctx.db.is_sqlite:
        with ctx.db.read() as session:
            session.execute(text("SELECT 1"))
        return Finding("servidor PostgreSQL (la integridad física la cuida el servidor)")
    pragma = "integrity_check" if ctx.thorough else "quick_check"
    with ctx.db.engine.connect() as conn:
        integrity = [row[0] for row in conn.exec_driver_sql(f"PRAGMA {pragma}")]
        orphans = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    problems = [] if integrity == ["ok"] else [f"SQLite informa: {m}" for m in integrity[:10]]
    if orphans:
        tables = sorted({row[0] for row in orphans})
        problems.append(
            f"{len(orphans)} registro(s) apuntan a registros que no existen "
            f"(tablas: {', '.join(tables)})"
        )
    return Finding("correcta" if not problems else "dañada", tuple(problems))


def check_schema(ctx: CheckContext) -> Finding:
    current = ctx.db.schema_revisions()
    heads = head_revisions()
    if not current:
        return Finding("sin esquema", ("la base no tiene tablas de Conciliador",))
    if current == heads:
        return Finding(f"al día ({', '.join(sorted(current))})")
    unknown = current - known_revisions()
    if unknown:
        return Finding(
            "más nueva que este programa",
            (
                f"la base está en la revisión {', '.join(sorted(unknown))}, que esta versión "
                "de Conciliador no conoce: actualice el programa",
            ),
        )
    return Finding(
        f"anterior ({', '.join(sorted(current))}); se actualiza al abrirla con el programa",
    )


def check_audit_chain(ctx: CheckContext) -> Finding:
    known = list(ctx.anchors)
    problems = list(ctx.anchor_problems)
    if ctx.use_latest:
        latest = anchors.latest_anchors(ctx.db.url)
        known += latest.anchors
        problems += latest.problems
    with ctx.db.read() as session:
        report = check_chain(session, known, ctx.progress)
    heads = list(report.heads.values())
    if report.events == 0:
        summary = "vacía"
    else:
        noun = "evento" if report.events == 1 else "eventos"
        summary = f"{report.events:,} {noun}".replace(",", ".")
        last = max(heads, key=lambda h: h.event_id)
        summary += f"; último n.º {last.event_id}, huella {last.hash[:16]}…"
        if len(heads) > 1:
            summary += f"; {len(heads)} cadenas (una por oficina)"
    if known:
        summary += f"; {len(known)} ancla(s) firmada(s) comparada(s)"
    if heads:
        covered = {
            h.chain: max(
                (a.event_id for a in known if a.chain == h.chain and a.first_hash == h.first_hash),
                default=0,
            )
            for h in heads
        }
        bare = [h for h in heads if covered[h.chain] == 0]
        short = [h for h in heads if 0 < covered[h.chain] < h.event_id]
        if len(bare) == len(heads):
            summary += "; ninguna ancla cubre esta bitácora (haga una copia de seguridad)"
        elif len(heads) == 1 and short:
            head = heads[0]
            summary += (
                f"; cubierta por anclas hasta el n.º {covered[head.chain]}: los "
                f"{head.event_id - covered[head.chain]} evento(s) posteriores (de otros "
                "equipos, o de una escritura interrumpida) aún no"
            )
        elif short:
            summary += (
                f"; {len(short)} cadena(s) con eventos posteriores a su última ancla (de otros "
                "equipos, o de una escritura interrumpida)"
            )
        else:
            summary += "; cubierta por anclas hasta el último evento"
        if bare and len(bare) < len(heads):
            summary += (
                f"; {len(bare)} cadena(s) aún sin ancla en este equipo (haga una copia de "
                "seguridad)"
            )
    facts: dict[str, object] = {
        "audit_head": report.head(),
        "audit_chains": report.office_heads(),
    }
    return Finding(summary, tuple(problems + report.problems), facts)


def check_signed_actas(ctx: CheckContext) -> Finding:
    """Every signed acta's sealed file against the hash recorded when it was signed."""
    report = signed_actas_report(ctx.db, ctx.progress)
    return Finding(report.summary, report.problems)


def check_issued_actas(ctx: CheckContext) -> Finding:
    """Every issued acta's number and frozen text against its issue event in the trail."""
    report = issued_actas_report(ctx.db)
    return Finding(report.summary, report.problems)


def check_attachments(ctx: CheckContext) -> Finding:
    """Every document attached to a case against its file in the documents folder. Run on
    the live database only (``verify``): a backup's copy sits apart from the folder."""
    checked, problems = attachment_problems(ctx.db)
    return Finding(f"{checked} documento(s) adjunto(s) comprobado(s)", tuple(problems))


#: The live database's documents folder (``verify``), after ``CHECKS``.
LIVE_CHECKS: list[Check] = [Check("Documentos adjuntos", check_attachments)]

#: The checks, in the order they run. Append new ones here (see the module's docstring).
CHECKS: list[Check] = [
    Check("Integridad del archivo de la base", check_storage),
    Check("Versión del esquema", check_schema),
    Check("Cadena de la bitácora de auditoría", check_audit_chain),
    Check("Actas emitidas (número y texto)", check_issued_actas),
    Check("Actas firmadas", check_signed_actas),
]


def run_checks(
    db: Database,
    *,
    anchors: Sequence[AuditAnchor] = (),
    progress: ProgressFn | None = None,
    thorough: bool = True,
    checks: Sequence[Check] | None = None,
    anchor_problems: Sequence[str] = (),
    use_latest: bool = True,
) -> VerificationReport:
    """Run every check; one that cannot even read the database says so instead of failing."""
    ctx = CheckContext(db, anchors, progress, thorough, anchor_problems, use_latest)
    results = []
    for check in checks if checks is not None else CHECKS:
        try:
            found = check.run(ctx)
        except SQLAlchemyError as exc:
            found = Finding("no se pudo leer", (f"error de la base: {first_line(exc)}",))
        results.append(CheckResult(check.title, found.summary, found.problems, found.facts))
    return VerificationReport(tuple(results))


def verify(
    db: Database,
    actor: Actor,
    *,
    anchors: Sequence[AuditAnchor] = (),
    anchor_problems: Sequence[str] = (),
    use_anchors: bool = True,
    progress: ProgressFn | None = None,
) -> VerificationReport:
    """Verify a live database; the verification itself is recorded in the audit trail."""
    actor = require(db, actor, Permission.VIEW_AUDIT)
    report = run_checks(
        db,
        anchors=anchors if use_anchors else (),
        anchor_problems=anchor_problems if use_anchors else (),
        use_latest=use_anchors,
        progress=progress,
        checks=[*CHECKS, *LIVE_CHECKS],
    )
    try:
        with db.write() as session:
            audit.record(
                session,
                actor,
                AuditAction.VERIFICAR,
                "base_de_datos",
                "integridad",
                after={"correcta": report.ok, "problemas": len(report.problems)},
                office_id=actor.office_id,
            )
    except SQLAlchemyError:  # a damaged database: the report matters more than its record
        log.warning("no se pudo registrar la verificación en la bitácora", exc_info=True)
    return report
