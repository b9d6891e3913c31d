"""What the audit trail says was done: the one list of action names.

Each value is the code stored in ``audit_events.action`` (and covered by the trail's hash
chain), so the members may be renamed freely but a value never changes. The screens' words
for them are ``services/audit_trail.ACTION_LABELS``.
"""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    # records
    CREAR = "crear"
    MODIFICAR = "modificar"
    ELIMINAR = "eliminar"
    CONSULTAR = "consultar"
    DERIVAR = "derivar"
    # hearings
    PROGRAMAR = "programar"
    REPROGRAMAR = "reprogramar"
    EXCEPCION = "excepcion"
    ENTREGAR_CITACION = "entregar_citacion"
    CITACIONES_ENTREGADAS = "citaciones_entregadas"
    INICIAR = "iniciar"
    CORREGIR_HORAS = "corregir_horas"
    SUSPENDER = "suspender"
    INASISTENCIA = "inasistencia"
    CANCELAR = "cancelar"
    ANULAR = "anular"
    CONCLUIR = "concluir"
    CONCLUIR_SEGUIMIENTO = "concluir_seguimiento"
    CERRAR = "cerrar"
    # agreements and actas
    REGISTRAR_ACUERDO = "registrar_acuerdo"
    MODIFICAR_ACUERDO = "modificar_acuerdo"
    APARTARSE_PAUTA = "apartarse_pauta"
    CONGELAR = "congelar"
    DESCONGELAR = "descongelar"
    EMITIR = "emitir"
    FIRMAR = "firmar"
    REEMPLAZAR = "reemplazar"
    MARCAR_REEMPLAZADA = "marcar_reemplazada"
    # follow-up
    REGISTRAR_PAGO = "registrar_pago"
    REGISTRAR_INCIDENCIA = "registrar_incidencia"
    DESCARTAR_ALERTA = "descartar_alerta"
    # accounts
    INICIAR_SESION = "iniciar_sesion"
    INICIO_FALLIDO = "inicio_fallido"
    BLOQUEAR = "bloquear"
    DESBLOQUEAR = "desbloquear"
    RESTABLECER_CONTRASENA = "restablecer_contrasena"
    CAMBIAR_CONTRASENA = "cambiar_contrasena"
    ACTIVAR = "activar"
    REACTIVAR = "reactivar"
    DESACTIVAR = "desactivar"
    # data in and out
    IMPORTAR = "importar"
    EXPORTAR = "exportar"
    EXPORTAR_REPORTE = "exportar_reporte"
    EXPORTAR_DATOS_PERSONALES = "exportar_datos_personales"
    RESPALDAR = "respaldar"
    RESTAURAR = "restaurar"
    VERIFICAR = "verificar"
    CARGAR_DEMO = "cargar_demo"
    # the unified criteria, administered (issue 17)
    MOVER_OFICINA = "mover_oficina"
    CERRAR_OFICINA = "cerrar_oficina"
    REABRIR_OFICINA = "reabrir_oficina"
    PUBLICAR_PLANTILLA = "publicar_plantilla"
    REVERTIR_PLANTILLA = "revertir_plantilla"
    PUBLICAR_PERFIL = "publicar_perfil"
    CONFIAR_CLAVE = "confiar_clave"
    EXPORTAR_CRITERIOS = "exportar_criterios"
    IMPORTAR_CRITERIOS = "importar_criterios"
    # each country's flow (issue 15)
    VERIFICAR_LEGALIDAD = "verificar_legalidad"
    ENVIAR_AL_TRIBUNAL = "enviar_al_tribunal"
    RESOLUCION_DEL_TRIBUNAL = "resolucion_del_tribunal"
    CAMBIAR_INSTITUCION_EMISORA = "cambiar_institucion_emisora"
    # documents attached to a case (issue 18)
    ADJUNTAR = "adjuntar"
    ABRIR_ADJUNTO = "abrir_adjunto"
    QUITAR_ADJUNTO = "quitar_adjunto"
