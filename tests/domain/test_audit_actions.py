"""Audit action names are one typed list whose values are the stored codes."""

from __future__ import annotations

import ast
from pathlib import Path

from conciliador.domain.audit_actions import AuditAction
from conciliador.services.audit_trail import ACTION_LABELS, action_label

PACKAGE = Path(__file__).resolve().parents[2] / "conciliador"

#: The codes stored before the names were typed: the trail's content (and its hash chain)
#: depends on them, so none may change.
STORED = {
    "crear", "modificar", "eliminar", "consultar", "derivar", "programar", "reprogramar",
    "excepcion", "entregar_citacion", "citaciones_entregadas", "iniciar", "corregir_horas",
    "suspender", "inasistencia", "cancelar", "anular", "concluir", "concluir_seguimiento", "cerrar",
    "registrar_acuerdo", "modificar_acuerdo", "apartarse_pauta", "congelar", "descongelar",
    "emitir", "firmar", "reemplazar", "marcar_reemplazada", "registrar_pago",
    "registrar_incidencia", "descartar_alerta", "iniciar_sesion", "inicio_fallido",
    "bloquear", "desbloquear", "restablecer_contrasena", "cambiar_contrasena", "activar",
    "reactivar", "desactivar", "importar", "exportar", "exportar_reporte",
    "exportar_datos_personales", "respaldar", "restaurar", "verificar", "cargar_demo",
}  # fmt: skip
#: Added with the criteria administered (issue 17); stored from then on, so fixed too.
STORED |= {
    "mover_oficina", "cerrar_oficina", "reabrir_oficina", "publicar_plantilla",
    "revertir_plantilla", "publicar_perfil", "confiar_clave", "exportar_criterios",
    "importar_criterios",
}  # fmt: skip
#: Each country's flow (issue 15).
STORED |= {
    "verificar_legalidad", "enviar_al_tribunal", "resolucion_del_tribunal",
    "cambiar_institucion_emisora",
}  # fmt: skip
#: Documents attached to a case (issue 18).
STORED |= {"adjuntar", "abrir_adjunto", "quitar_adjunto"}


def test_the_stored_codes_do_not_change() -> None:
    assert {a.value for a in AuditAction} == STORED


def test_every_label_names_an_action_and_every_action_reads_as_words() -> None:
    assert set(ACTION_LABELS) <= set(AuditAction)
    assert all(action_label(a) and "_" not in action_label(a) for a in AuditAction)
    assert action_label(AuditAction.REPROGRAMAR) == "Reprogramación"
    assert action_label("crear") == "Creación"  # a stored code reads the same


def test_no_service_records_a_bare_string() -> None:
    """Every ``audit.record``/``record_many`` and every ``action=`` names a member."""
    bare = []
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            given = [kw.value for kw in node.keywords if kw.arg == "action"]
            if name in ("record", "record_many") and len(node.args) >= 3:
                given.append(node.args[2])
            for value in given:
                for leaf in ast.walk(value):
                    if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str):
                        bare.append(f"{path.name}:{leaf.lineno} {leaf.value!r}")
    assert bare == []
