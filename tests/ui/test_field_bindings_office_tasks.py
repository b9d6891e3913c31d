"""The office's everyday tasks — setting an alert aside, the backups' folder and rotation, the
agenda's calendar file, the citations' delivery, attached documents, the first start's
demonstration — name each field by its typed identity (``services/fields.py``), and each
dialog binds every identity its service can report to a widget: a renamed label moves
nothing, and a problem that concerns the whole task is said in its message area."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from conciliador.domain.attachments import AttachmentKind
from conciliador.domain.clock import FixedClock
from conciliador.domain.enums import Role
from conciliador.services.fields import (
    AgendaExportFields,
    AttachmentFields,
    BackupFields,
    CitationChoice,
    DemoFields,
    DismissalFields,
    UserFields,
)
from conciliador.ui.context import UiContext
from conciliador.ui.tasks import SyncTaskRunner
from tests.support.booking import book
from tests.support.followup import _followed_template, followed
from tests.support.problems import fields_of, problems_of
from tests.support.world import NOW, World, actor_elsewhere, local
from tests.ui.conftest import MakeContext, answer_in_turn

__all__ = ["_followed_template", "followed"]

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def test_every_dismissal_problem_lands_on_the_reason_box(
    qtbot: QtBot, followed: tuple[World, int]
) -> None:
    from conciliador.services.followup.alerts import dismiss_alert, list_alerts
    from conciliador.ui.followup.pending import DismissDialog, PendingView

    world, _ = followed
    db, supervisor = world.db, world.supervisor
    [alert] = list_alerts(db, supervisor, as_of=dt.date(2027, 1, 15))
    found = problems_of(
        *(
            lambda reason=reason: dismiss_alert(db, supervisor, alert.key, reason, now=NOW)
            for reason in ("", "ok", "un motivo\x00 suficiente")
        )
    )
    assert fields_of(found) == {DismissalFields.REASON}
    db.clock = FixedClock(local(2027, 1, 20, 10))  # the context reads the database's clock
    view = PendingView(UiContext(db, supervisor, SyncTaskRunner()))
    assert [a.key for a in view.alerts] == [alert.key]
    qtbot.addWidget(view)
    dialog = DismissDialog(alert, view)
    assert dialog.errors.widget_of(DismissalFields.REASON) is dialog.reason
    assert dialog.errors.show(found) == []
    dialog.errors.clear()
    # As the desk runs it: a reason too short is said under the box, which is marked.
    answer_in_turn(dialog, ["ok"])
    view.dismiss(dialog)
    assert dialog.problem.text() == "explique el motivo en al menos 10 caracteres"
    assert "al menos 10" in dialog.reason.accessibleDescription()


def test_every_backup_policy_problem_lands_on_the_policy_dialog(
    qtbot: QtBot,
    sqlite_world: World,
    make_context: MakeContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from conciliador.services.backup_desk import backup_policy, set_backup_policy
    from conciliador.services.storage import BACKUP_ENV
    from conciliador.ui.admin.backups import BackupsTab, PolicyDialog

    w = sqlite_world
    db, admin = w.db, w.admin
    blocker = tmp_path / "un-archivo"
    blocker.write_text("no soy una carpeta")

    def choose(
        folder: str, days: int = 7, weeks: int = 5, months: int = 12
    ) -> Callable[[], object]:
        return lambda: set_backup_policy(
            db, admin, folder=folder, days=days, weeks=weeks, months=months
        )

    usb = tmp_path / "usb"
    found = problems_of(
        choose(str(usb), days=400, weeks=600, months=200),
        choose(str(usb), days=0, weeks=0, months=0),
        choose("copias"),
        choose(str(blocker / "copias")),
    )
    with monkeypatch.context() as env:
        env.setenv(BACKUP_ENV, str(tmp_path / "fija"))
        found += problems_of(choose(str(usb)))
    assert fields_of(found) == set(BackupFields.ALL)
    dialog = PolicyDialog(make_context(admin), backup_policy(db))
    qtbot.addWidget(dialog)
    for field in BackupFields.ALL:
        assert dialog.errors.widget_of(field) is not None, field
    assert dialog.errors.show(found) == []
    assert dialog.general.text() == ""
    assert dialog.errors.widget_of("Carpeta") is None  # the text binds nothing

    # A copy made now into a folder that went away: the list has no folder field, so the
    # problem is said in the message area, naming the folder.
    set_backup_policy(db, admin, folder=str(usb), days=7, weeks=5, months=12)
    usb.rmdir()
    usb.write_text("ya no es una carpeta")
    context = make_context(admin)
    tab = BackupsTab(context)
    qtbot.addWidget(tab)
    tab.make_now()
    last = context.messages.last
    assert last is not None and last.text.startswith(f"Carpeta: «{usb}»: no se puede escribir")


def test_every_agenda_export_problem_lands_on_the_export_dialog(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    from conciliador.services.agenda_export import MAX_DAYS, export_agenda_ics
    from conciliador.ui.agenda.export import IcsExportDialog

    w = sqlite_world
    officer_id = w.officer.user_id or 0
    stranger = actor_elsewhere(w, Role.CONCILIADOR).user_id or 0
    day = dt.date(2026, 11, 30)

    def export(officer: int, last: dt.date) -> Callable[[], object]:
        return lambda: export_agenda_ics(
            w.db, w.officer, w.office_id, officer, day, last, tmp_path / "a.ics", now=NOW
        )

    found = problems_of(
        export(officer_id, day - dt.timedelta(days=1)),
        export(officer_id, day + dt.timedelta(days=MAX_DAYS)),
        export(stranger, day + dt.timedelta(days=6)),
    )
    assert fields_of(found) == {AgendaExportFields.LAST_DAY, AgendaExportFields.OFFICER}
    context = make_context(w.officer)
    dialog = IcsExportDialog(context, [], officer_id=None, first_day=day)
    qtbot.addWidget(dialog)
    for field in AgendaExportFields.ALL:
        assert dialog.errors.widget_of(field) is not None, field
    assert dialog.errors.show(found) == []
    assert dialog.general.text() == ""
    # The dialog's own check (no file chosen) lands on the file's row.
    dialog.path.clear()
    dialog.export()
    assert dialog.errors.widget_of(AgendaExportFields.FILE) is not None
    assert dialog.general.text() == ""
    assert dialog.errors._fields[AgendaExportFields.FILE][1].text() == (
        "elija dónde guardar el archivo"
    )


def test_no_citation_ticked_is_said_under_the_ticks(qtbot: QtBot, sqlite_world: World) -> None:
    """It used to go to the general line as «: marque al menos una citación» (an empty
    field name)."""
    from conciliador.services.hearing_details import hearing_detail
    from conciliador.ui.agenda.dialogs import CitationDeliveryDialog

    w = sqlite_world
    hearing = book(w, w.case().id, local(2026, 11, 30, 9))
    detail = hearing_detail(w.db, w.officer, hearing.id, now=NOW)
    sent: list[object] = []
    dialog = CitationDeliveryDialog(
        detail, "America/Managua", NOW, lambda *a, **_k: sent.append(a) or True
    )
    qtbot.addWidget(dialog)
    assert dialog.checks
    for box, _cid in dialog.checks:
        box.setChecked(False)
    assert dialog.save() is False
    assert sent == []
    assert dialog.errors.widget_of(CitationChoice.CITATIONS) is dialog.citations
    assert dialog.general.text() == ""
    assert dialog.citations.accessibleDescription() == "marque al menos una citación"
    dialog.checks[0][0].setChecked(True)  # ticking one clears it
    assert dialog.citations.accessibleDescription() == ""


def test_every_attachment_problem_lands_on_its_dialog(
    qtbot: QtBot,
    sqlite_world: World,
    make_context: MakeContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from conciliador.services.attachments import add_attachment, remove_attachment
    from conciliador.ui.cases.attachments import AttachDialog, RemoveDialog

    monkeypatch.setenv("CONCILIADOR_DOCUMENTS_DIR", str(tmp_path / "documentos"))
    w = sqlite_world
    case_id = w.case().id

    def attach(**kw: object) -> Callable[[], object]:
        base: dict[str, object] = {
            "kind": AttachmentKind.PARTIDA_NACIMIENTO,
            "document_date": dt.date(2020, 1, 2),
            "file_name": "partida.pdf",
            "content": PDF,
        }
        return lambda: add_attachment(w.db, w.officer, case_id, **(base | kw))  # type: ignore[arg-type]

    added = problems_of(
        attach(kind=None, document_date=None, file_name="", description="a\x00b"),
        attach(document_date=dt.date(2099, 1, 1)),
    )
    attached = attach()()
    removed = problems_of(lambda: remove_attachment(w.db, w.officer, attached.id, "corto"))
    assert fields_of(added + removed) == set(AttachmentFields.ALL)
    context = make_context(w.officer)
    for dialog, found in (
        (AttachDialog(context, case_id), added),
        (RemoveDialog(context, attached), removed),
    ):
        qtbot.addWidget(dialog)
        for problem in found:
            assert dialog.errors.widget_of(problem.field) is not None, (dialog, problem)
        assert dialog.errors.show(found) == []
        assert dialog.general.text() == ""


def test_the_demo_page_binds_the_password_and_says_the_rest_in_its_status(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The first start's demonstration: a bad password lands under it; the size of the load,
    fixed on this page, would be said in the status line rather than lost."""
    from conciliador.db import Database
    from conciliador.demo import DemoSpec, generate_demo
    from conciliador.services.actor import Actor
    from conciliador.ui.shell.first_run import FirstRunWizard

    db = Database(f"sqlite:///{tmp_path / 'vacia.sqlite'}")
    found = problems_of(
        lambda: generate_demo(
            db, Actor.command_line(), DemoSpec(cases=-1, months=0, password="corta")
        )
    )
    assert fields_of(found) == {UserFields.PASSWORD, DemoFields.CASES, DemoFields.MONTHS}
    wizard = FirstRunWizard(db, SyncTaskRunner())
    qtbot.addWidget(wizard)
    page = wizard.demo_page
    assert page.errors.widget_of(UserFields.PASSWORD) is page.password
    assert page.errors.show(found) == []
    assert "debe tener al menos" in page.password.accessibleDescription()
    assert "--cases: entre 0 y" in page.status.text()
    assert "Meses: entre 1 y 240" in page.status.text()
    db.dispose()
