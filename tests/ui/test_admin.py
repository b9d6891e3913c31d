"""Administración: users, rooms and closure days, as an administrator does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conciliador.domain.enums import Role, Sex
from conciliador.models import ClosureDay, Room, User
from conciliador.services.accounts import password_change_required
from conciliador.services.fields import ClosureFields, OfficeFields, RoomFields, UserFields
from conciliador.services.users import sign_in
from conciliador.ui.admin.closures import ClosureDialog
from conciliador.ui.admin.rooms import RoomDialog
from conciliador.ui.admin.users import DeactivateDialog, UserDialog
from tests.support.booking import book
from tests.support.typing import type_text
from tests.support.world import World, local, national_admin
from tests.ui.conftest import MakeContext, admin_view


def _select(table, text: str) -> None:  # type: ignore[no-untyped-def]
    model = table.model()
    for row in range(model.rowCount()):
        if any(model.index(row, c).data() == text for c in range(model.columnCount())):
            table.selectRow(row)
            return
    raise AssertionError(f"{text!r} no está en la tabla")


def test_a_new_user_gets_a_temporary_password_and_a_role(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    view = admin_view(qtbot, make_context(w.admin))
    users = view.users
    assert users is not None and users.model.rowCount() == 4  # the office's four users
    users.add_button.click()
    dialog = users.dialog
    assert isinstance(dialog, UserDialog)
    assert dialog.capacity_note.isVisibleTo(dialog)  # an officer without legal capacity
    type_text(dialog.login, "marta.obando")
    type_text(dialog.full_name, "Marta Obando")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SECRETARIO))
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.FEMALE))
    assert not dialog.capacity_note.isVisibleTo(dialog)
    dialog.password.setText("corta")
    dialog.save()
    assert (
        dialog.errors._fields[UserFields.PASSWORD][1].text() == "debe tener al menos 10 caracteres"
    )
    dialog.password.setText("temporal-2026")
    dialog.save()
    assert not dialog.isVisible()
    with w.db.read() as session:
        marta = session.scalars(select(User).where(User.login == "marta.obando")).one()
    assert marta.role == Role.SECRETARIO and marta.must_change_password
    assert marta.sex == Sex.FEMALE  # her title on the documents: «Conciliadora», «Secretaria»
    assert users.model.rowCount() == 5
    message = view.context.messages.last
    assert message is not None and "temporal-2026" in message.text


def test_deactivating_needs_a_reason_and_locks_the_person_out(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    users = admin_view(qtbot, make_context(w.admin)).users
    assert users is not None
    _select(users.table, "luis.conciliador")
    users.toggle_button.click()
    dialog = users.dialog
    assert isinstance(dialog, DeactivateDialog)
    dialog.save()
    assert "indique por qué" in dialog.errors._fields[UserFields.DEACTIVATION_REASON][1].text()
    type_text(dialog.reason, "Traslado a León")
    dialog.save()
    with w.db.read() as session:
        assert not session.scalars(
            select(User.active).where(User.login == "luis.conciliador")
        ).one()
    _select(users.table, "luis.conciliador")
    assert users.toggle_button.text() == "&Reactivar"
    assert users.table.current_row().login == "luis.conciliador"


def test_a_temporary_password_is_shown_once_and_must_be_changed(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    view = admin_view(qtbot, make_context(w.admin))
    users = view.users
    assert users is not None
    _select(users.table, "juan.secretario")
    users.password_button.click()
    message = view.context.messages.last
    assert message is not None
    password = message.text.split(": ")[1].split(" — ")[0]
    actor = sign_in(w.db, "juan.secretario", password)
    assert password_change_required(w.db, actor)


def test_rooms_are_added_renamed_and_kept_while_hearings_use_them(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    book(w, w.case().id, local(2026, 11, 30, 9))
    rooms = admin_view(qtbot, make_context(w.admin)).rooms
    assert rooms is not None
    rooms.add_button.click()
    dialog = rooms.dialog
    assert isinstance(dialog, RoomDialog)
    type_text(dialog.name, "Sala 2")
    dialog.save()
    assert "ya existe la sala" in dialog.errors._fields[RoomFields.NAME][1].text()
    dialog.name.setText("Sala de niñez")
    dialog.save()
    assert rooms.model.rowCount() == 3
    _select(rooms.table, "Sala 1")
    rooms.toggle_button.click()
    with w.db.read() as session:
        assert session.get(Room, w.room_ids[0]).active  # type: ignore[union-attr]
    last = rooms.context.messages.last
    assert last is not None and "tiene 1 audiencia por celebrar" in last.text


def test_a_closure_day_warns_of_its_hearings_and_can_be_reopened(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    book(w, w.case().id, local(2026, 11, 30, 9))
    closures = admin_view(qtbot, make_context(w.admin)).closures
    assert closures is not None
    closures.add_button.click()
    dialog = closures.dialog
    assert isinstance(dialog, ClosureDialog)
    dialog.day.set_value(dt.date(2026, 11, 30))
    assert dialog.warning.text().startswith("Ese día hay 1 audiencia por celebrar")
    dialog.save()
    assert dialog.errors._fields[ClosureFields.REASON][1].text() == "no puede quedar vacío"
    type_text(dialog.reason, "Fumigación")
    dialog.save()
    assert closures.model.rowCount() == 1
    assert closures.model.index(0, 1).data() == "Lunes"
    _select(closures.table, "30/11/2026")
    closures.remove_button.click()
    with w.db.read() as session:
        assert session.scalars(select(ClosureDay)).all() == []


def test_an_office_is_edited_moved_and_its_officers_capacity_recorded(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    from conciliador.services.office_admin import office_detail
    from conciliador.ui.admin.offices import CapacityDialog, OfficeDialog

    w = sqlite_world
    offices = admin_view(qtbot, make_context(w.admin)).offices
    assert offices is not None
    # The delegation's administrator keeps only their own office; it is selected.
    assert [o.code for o in offices.model.rows] == ["MN-D2"]
    assert offices.table.current_row().code == "MN-D2"
    assert not offices.move_button.isEnabled() or offices.table.current_row().parent_id
    offices.edit_button.click()
    dialog = offices.dialog
    assert isinstance(dialog, OfficeDialog)
    assert dialog.department.currentData() == "Managua"
    assert dialog.municipality.currentData() == "Managua"
    dialog.name.clear()
    dialog.save()
    assert dialog.errors._fields[OfficeFields.NAME][1].text() == "no puede quedar vacío"
    type_text(dialog.name, "Delegación Distrital II")
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("Ciudad Sandino"))
    dialog.save()
    assert not dialog.isVisible()
    saved = office_detail(w.db, w.system, w.office_id)
    assert (saved.name, saved.municipality) == ("Delegación Distrital II", "Ciudad Sandino")
    # The people who conduct hearings there, with the capacity their actas cite.
    assert [p.full_name for p in offices.officers.rows] == ["Ana Martínez", "Luis Gómez"]
    _select(offices.officer_table, "Luis Gómez")
    offices.capacity_button.click()
    capacity = offices.dialog
    assert isinstance(capacity, CapacityDialog)
    capacity.capacity.clear()
    capacity.save()
    assert capacity.errors._fields[UserFields.LEGAL_CAPACITY][1].text() == "no puede quedar vacío"
    type_text(capacity.capacity, "Acuerdo Ministerial 40-2026")
    capacity.save()
    assert not capacity.isVisible()
    officers = office_detail(w.db, w.system, w.office_id).officers
    assert [p.legal_capacity for p in officers if p.full_name == "Luis Gómez"] == [
        "Acuerdo Ministerial 40-2026"
    ]


def test_a_national_administrator_sees_the_tree_and_moves_and_closes_offices(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    from conciliador.services.office_admin import office_detail
    from conciliador.ui.admin.offices import CloseDialog, MoveDialog

    w = sqlite_world
    nora = national_admin(w)
    view = admin_view(qtbot, make_context(nora))
    offices = view.offices
    assert offices is not None
    codes = [offices.model.index(r, 0).data() for r in range(offices.model.rowCount())]
    assert codes == ["NAC", "    LE", "    MN", "        MN-D2"]
    _select(offices.table, "Delegación Distrital II de Managua")
    offices.move_button.click()
    move = offices.dialog
    assert isinstance(move, MoveDialog)
    move.superior.setCurrentIndex(move.superior.findData("LE"))
    move.save()
    assert office_detail(w.db, w.system, w.office_id).parent_code == "LE"
    _select(offices.table, "Delegación de León")
    offices.toggle_button.click()
    close = offices.dialog
    assert isinstance(close, CloseDialog)
    type_text(close.reason, "Fusión")
    close.save()
    last = view.context.messages.last
    assert last is not None and "dependen oficinas abiertas (MN-D2)" in last.text


def test_backups_are_listed_made_now_and_restored_after_naming_what_is_replaced(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    from sqlalchemy import func

    from conciliador.models import Case
    from conciliador.services.fields import BackupFields
    from conciliador.ui.admin.backups import PolicyDialog, RestoreDialog

    w = sqlite_world
    w.case()
    view = admin_view(qtbot, make_context(w.admin))
    backups = view.backups
    assert backups is not None and backups.model.rowCount() == 0
    # The administrator chooses a USB disk and a shorter rotation.
    backups.policy_button.click()
    policy = backups.dialog
    assert isinstance(policy, PolicyDialog)
    policy.folder.setText("copias")
    policy.save()
    assert (
        policy.errors._fields[BackupFields.FOLDER][1].text()
        == "indique la ruta completa de la carpeta"
    )
    usb = tmp_path / "usb"
    policy.folder.setText(str(usb))
    policy.days.setValue(3)
    policy.save()
    assert not policy.isVisible()
    assert str(usb) in backups.where.text() and "3 diarias" in backups.where.text()
    backups.now_button.click()
    assert backups.model.rowCount() == 1
    assert backups.model.index(0, 2).data() == "Verificada sin problemas"
    assert (usb / backups.model.index(0, 3).data()).is_file()
    # Later work, then a restore: the confirmation names what goes.
    w.case()
    backups.table.selectRow(0)
    backups.restore_button.click()
    confirm = backups.dialog
    assert isinstance(confirm, RestoreDialog)
    question = confirm.text.text()
    assert "hoy con 2 caso(s) y 0 acta(s)" in question
    assert backups.model.index(0, 3).data() in question
    confirm.reject()
    with w.db.read() as session:
        assert session.scalar(select(func.count(Case.id))) == 2  # cancelled: nothing replaced
    backups.restore_button.click()
    confirm = backups.dialog
    assert isinstance(confirm, RestoreDialog)
    confirm.ok.click()
    with w.db.read() as session:
        assert session.scalar(select(func.count(Case.id))) == 1
    last = view.context.messages.last
    assert last is not None and last.text.startswith("Copia restaurada")


def test_a_template_is_checked_on_upload_previewed_published_and_rolled_back(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    from conciliador.services.fields import TemplateFields
    from conciliador.ui.admin.templates import PublishDialog
    from tests.services.test_template_versions import edited

    w = sqlite_world
    nora = national_admin(w)
    view = admin_view(qtbot, make_context(nora))
    tab = view.templates
    assert tab is not None
    tab.profile.setCurrentIndex(tab.profile.findData("NI"))
    assert tab.model.rowCount() == 1 and tab.model.index(0, 2).data() == "(de fábrica)"
    bad = tmp_path / "mal.docx"
    bad.write_bytes(edited("{{ audiencia.fecha_larga }}", "{{ audiencia.fecha_larg }}"))
    assert not tab.load_file(bad)
    assert "{{ audiencia.fecha_larg }}" in tab.problem.text()
    assert not tab.publish_button.isEnabled()
    good = tmp_path / "bien.docx"
    good.write_bytes(edited("Documento de identidad", "Documento de identidad (cédula)"))
    assert tab.load_file(good) and tab.publish_button.isEnabled()
    tab.preview_button.click()
    assert tab.pane.pdf_bytes is not None and tab.pane.pdf_bytes.startswith(b"%PDF")
    tab.publish_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, PublishDialog)
    dialog.save()
    assert dialog.errors._fields[TemplateFields.NOTE][1].text() == "no puede quedar vacío"
    type_text(dialog.note, "Precisa el documento")
    dialog.save()
    assert not dialog.isVisible()
    assert [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())] == ["2", "1"]
    assert tab.model.index(0, 1).data() == "Sí"
    _select(tab.table, "1")
    tab.rollback_button.click()
    assert [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())] == ["3", "2", "1"]
    saved = tmp_path / "copia.docx"
    tab.table.selectRow(1)
    tab.save_copy(tab.table.current_row(), saved)
    assert saved.read_bytes() == good.read_bytes()


def test_next_years_minimum_wage_is_drafted_with_its_source_and_published(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    from conciliador.services.criteria_versions import profile_in_force
    from conciliador.services.fields import CriteriaFields

    w = sqlite_world
    nora = national_admin(w)
    view = admin_view(qtbot, make_context(nora))
    tab = view.criteria
    assert tab is not None
    tab.profile.setCurrentIndex(tab.profile.findData("CL"))
    assert tab.model.rowCount() == 1 and tab.model.index(0, 3).data() == "539000 (2026-01-01)"
    assert tab.effective.value() == dt.date(2027, 1, 1)
    tab.wage.clear()
    type_text(tab.wage, "560000")
    tab.draft_button.click()
    assert tab.errors._fields[CriteriaFields.SOURCE][1].text() == "no puede quedar vacío"
    type_text(tab.source, "Ley de reajuste del ingreso mínimo (valor de prueba)")
    tab.draft_button.click()
    assert tab.model.rowCount() == 2
    assert [tab.model.index(0, c).data() for c in range(4)] == [
        "2",
        "Borrador",
        "01/01/2027",
        "560000 (2027-01-01)",
    ]
    tab.table.selectRow(0)
    assert tab.publish_button.isEnabled()
    tab.publish_button.click()
    assert tab.model.index(0, 1).data() == "Publicada"
    with w.db.read() as session:
        assert profile_in_force(session, "CL", dt.date(2027, 1, 4)).guideline.minimum_wage == 560000
        assert (
            profile_in_force(session, "CL", dt.date(2026, 12, 31)).guideline.minimum_wage == 539000
        )


def test_the_whole_profile_is_edited_beside_the_version_in_force(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    from conciliador.services.fields import CriteriaFields
    from conciliador.ui.admin.profile_editor import ProfileEditorDialog

    w = sqlite_world
    nora = national_admin(w)
    view = admin_view(qtbot, make_context(nora))
    tab = view.criteria
    assert tab is not None
    tab.profile.setCurrentIndex(tab.profile.findData("NI"))
    tab.editor_button.click()
    editor = tab.dialog
    assert isinstance(editor, ProfileEditorDialog)
    assert "Sin diferencias" in editor.differences.toPlainText()
    text = editor.text.toPlainText()
    editor.text.setPlainText(text.replace('siglas = "MIFAN"', 'sigla = "MIFAN"'))
    assert not editor.check()
    assert "institucion.sigla" in editor.problem.text()
    editor.text.setPlainText(text.replace('siglas = "MIFAN"', 'siglas = "MIFAN-N"'))
    assert editor.check()
    shown = editor.differences.toPlainText()
    assert 'siglas = "MIFAN"' in shown and 'siglas = "MIFAN-N"' in shown
    editor.preview_button.click()
    assert editor.pane.pdf_bytes is not None and editor.pane.pdf_bytes.startswith(b"%PDF")
    editor.save()
    assert editor.errors._fields[CriteriaFields.SOURCE][1].text() == "no puede quedar vacío"
    type_text(editor.source, "Acuerdo ministerial (valor de prueba)")
    type_text(editor.note, "Siglas nuevas")
    editor.save()
    assert not editor.isVisible()
    assert tab.model.rowCount() == 2 and tab.model.index(0, 1).data() == "Borrador"


def test_an_office_imports_a_signed_package_only_after_trusting_the_national_key(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    import shutil

    from conciliador.services import audit_key
    from conciliador.services.criteria_package import (
        TRUSTED_DIR,
        export_package,
        public_key_text,
    )

    shutil.rmtree(audit_key.key_dir() / TRUSTED_DIR, ignore_errors=True)
    w = sqlite_world
    nora = national_admin(w)
    package = tmp_path / "criterios.criterios"
    export_package(w.db, nora, package)
    key = tmp_path / "nacional.pub"
    key.write_text(public_key_text(), encoding="ascii")
    view = admin_view(qtbot, make_context(w.admin))  # the delegation's administrator
    tab = view.criteria
    assert tab is not None
    tab.import_file(package)
    last = view.context.messages.last
    assert last is not None and "clave desconocida" in last.text
    tab.trust_file(key)
    tab.import_file(package)
    last = view.context.messages.last
    assert last is not None and last.text.startswith("Paquete importado")


def test_a_new_delegation_is_created_below_the_chosen_office(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    from conciliador.domain.enums import OfficeLevel
    from conciliador.ui.admin.offices import OfficeDialog

    w = sqlite_world
    nora = national_admin(w)
    view = admin_view(qtbot, make_context(nora))
    offices = view.offices
    assert offices is not None
    _select(offices.table, "Delegación de León")
    offices.add_button.click()
    dialog = offices.dialog
    assert isinstance(dialog, OfficeDialog)
    assert dialog.level.currentData() == OfficeLevel.MUNICIPAL
    type_text(dialog.code, "LE-NAG")
    type_text(dialog.name, "Delegación Municipal de Nagarote")
    dialog.department.setCurrentIndex(dialog.department.findData("León"))
    dialog.save()
    assert dialog.errors._fields[OfficeFields.MUNICIPALITY][1].text() == "no puede quedar vacío"
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("Nagarote"))
    dialog.save()
    assert not dialog.isVisible()
    rows = {o.code: o for o in offices.model.rows}
    assert rows["LE-NAG"].parent_code == "LE" and rows["LE-NAG"].municipality == "Nagarote"
