"""An officer's agenda as an iCalendar file: written whole, without family names, audited."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from conciliador.documents.icalendar import unfold
from conciliador.models import AuditEvent
from conciliador.services.agenda_export import export_agenda_ics
from conciliador.services.errors import PermissionDenied, ServiceError, ValidationFailed
from conciliador.services.fields import AgendaExportFields
from conciliador.services.scheduling import reschedule_hearing
from tests.support.booking import book
from tests.support.world import NOW, World, local


def test_the_file_holds_the_officers_hearings_in_utc_and_no_names(
    world: World, tmp_path: Path
) -> None:
    w = world
    first = book(w, w.case().id, local(2026, 11, 30, 9))
    moved = book(w, w.case().id, local(2026, 12, 1, 9))
    new = reschedule_hearing(
        w.db, w.officer, moved.id, local(2026, 12, 2, 10), reason="pedido de la citada", now=NOW
    )
    book(w, w.case().id, local(2026, 11, 30, 10), officer=w.officer2, room=1)
    path = tmp_path / "agenda"
    count = export_agenda_ics(
        w.db,
        w.officer,
        w.office_id,
        w.officer.user_id or 0,
        dt.date(2026, 11, 30),
        dt.date(2026, 12, 6),
        path,
        now=NOW,
    )
    written = tmp_path / "agenda.ics"
    assert count == 3 and written.exists() and not path.exists()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    text = written.read_bytes().decode("utf-8")
    lines = unfold(text)
    assert lines.count("BEGIN:VEVENT") == 3
    assert "DTSTART:20261130T150000Z" in lines
    assert "María" not in text and "José" not in text  # no family names leave the office
    events = "\r\n".join(lines).split("BEGIN:VEVENT")[1:]
    by_uid = {e.split("UID:")[1].split("\r\n")[0]: e for e in events}
    assert "STATUS:CANCELLED" in by_uid[f"audiencia-{moved.id}@mn-d2.conciliador"]
    assert "STATUS:CONFIRMED" in by_uid[f"audiencia-{new.id}@mn-d2.conciliador"]
    assert (
        "LOCATION:Sala 1\\, Delegación Distrital II de Managua"
        in by_uid[f"audiencia-{first.id}@mn-d2.conciliador"]
    )
    with w.db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "exportar", AuditEvent.entity == "agenda")
        ).one()
    assert event.after is not None and event.after["audiencias"] == 3


def test_exporting_needs_the_permission_and_a_sensible_range(world: World, tmp_path: Path) -> None:
    w = world
    with pytest.raises(PermissionDenied):
        export_agenda_ics(
            w.db,
            w.admin,
            w.office_id,
            w.officer.user_id or 0,
            dt.date(2026, 11, 30),
            dt.date(2026, 12, 6),
            tmp_path / "a.ics",
        )
    with pytest.raises(ValidationFailed) as refused:
        export_agenda_ics(
            w.db,
            w.officer,
            w.office_id,
            w.officer.user_id or 0,
            dt.date(2026, 12, 6),
            dt.date(2026, 11, 30),
            tmp_path / "a.ics",
        )
    assert refused.value.problems[0].field == AgendaExportFields.LAST_DAY
    assert not (tmp_path / "a.ics").exists()


def test_a_failed_write_saves_nothing_and_leaves_no_half_file(world: World, tmp_path: Path) -> None:
    w = world
    book(w, w.case().id, local(2026, 11, 30, 9))
    out = tmp_path / "salida"
    out.mkdir()
    blocked = out / "agenda.ics"
    blocked.mkdir()  # a folder where the file should go: the final rename fails
    with pytest.raises(ServiceError, match="No se pudo guardar el archivo"):
        export_agenda_ics(
            w.db,
            w.officer,
            w.office_id,
            w.officer.user_id or 0,
            dt.date(2026, 11, 30),
            dt.date(2026, 12, 6),
            blocked,
            now=NOW,
        )
    assert sorted(p.name for p in out.iterdir()) == ["agenda.ics"]
    assert blocked.is_dir() and not any(blocked.iterdir())
    with w.db.read() as session:
        assert not session.scalars(select(AuditEvent).where(AuditEvent.action == "exportar")).all()
