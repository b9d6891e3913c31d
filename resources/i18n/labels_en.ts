<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
  <context>
    <name>Etiquetas</name>
    <message>
      <source>Oficina nacional</source>
      <translation>National office</translation>
    </message>
    <message>
      <source>Delegación departamental</source>
      <translation>Departmental delegation</translation>
    </message>
    <message>
      <source>Delegación municipal o distrital</source>
      <translation>Municipal or district delegation</translation>
    </message>
    <message>
      <source>Conciliador/a</source>
      <translation>Officer</translation>
    </message>
    <message>
      <source>Secretario/a</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <source>Supervisor/a (delegado/a)</source>
      <translation>Supervisor (delegate)</translation>
    </message>
    <message>
      <source>Administrador/a</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>Femenino</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>Masculino</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>No indicado</source>
      <translation>Not stated</translation>
    </message>
    <message>
      <source>Cédula de identidad</source>
      <translation>Identity card</translation>
    </message>
    <message>
      <source>Pasaporte</source>
      <translation>Passport</translation>
    </message>
    <message>
      <source>Cédula de residencia</source>
      <translation>Residence card</translation>
    </message>
    <message>
      <source>Otro documento</source>
      <translation>Other document</translation>
    </message>
    <message>
      <source>Sin documento</source>
      <translation>No document</translation>
    </message>
    <message>
      <source>Pensión alimenticia</source>
      <translation>Child support</translation>
    </message>
    <message>
      <source>Régimen de comunicación y visitas</source>
      <translation>Contact and visitation</translation>
    </message>
    <message>
      <source>Cuido y crianza</source>
      <translation>Care and custody</translation>
    </message>
    <message>
      <source>Solicitada</source>
      <translation>Requested</translation>
    </message>
    <message>
      <source>Derivada</source>
      <translation>Referred</translation>
    </message>
    <message>
      <source>En trámite</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>Concluida</source>
      <translation>Concluded</translation>
    </message>
    <message>
      <source>Anulada</source>
      <translation>Annulled</translation>
    </message>
    <message>
      <source>Presencial</source>
      <translation>In person</translation>
    </message>
    <message>
      <source>Por videollamada</source>
      <translation>By video call</translation>
    </message>
    <message>
      <source>Por teléfono</source>
      <translation>By phone</translation>
    </message>
    <message>
      <source>Programada</source>
      <translation>Booked</translation>
    </message>
    <message>
      <source>Citación entregada</source>
      <translation>Citation delivered</translation>
    </message>
    <message>
      <source>En curso</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>Reprogramada</source>
      <translation>Rescheduled</translation>
    </message>
    <message>
      <source>Suspendida</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <source>Inasistencia</source>
      <translation>No-show</translation>
    </message>
    <message>
      <source>Cancelada</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Desistimiento antes de la audiencia</source>
      <translation>Withdrawal before the hearing</translation>
    </message>
    <message>
      <source>Las partes acordaron fuera del proceso</source>
      <translation>The parties agreed outside the process</translation>
    </message>
    <message>
      <source>Error de registro</source>
      <translation>Recording error</translation>
    </message>
    <message>
      <source>Fuerza mayor</source>
      <translation>Force majeure</translation>
    </message>
    <message>
      <source>Cierre imprevisto de la oficina</source>
      <translation>Unforeseen office closure</translation>
    </message>
    <message>
      <source>Caso derivado a otra institución</source>
      <translation>Case referred to another institution</translation>
    </message>
    <message>
      <source>Otro motivo</source>
      <translation>Other reason</translation>
    </message>
    <message>
      <source>No asistió la parte citada</source>
      <translation>The respondent did not attend</translation>
    </message>
    <message>
      <source>No asistió la parte solicitante</source>
      <translation>The claimant did not attend</translation>
    </message>
    <message>
      <source>No asistió ninguna de las partes</source>
      <translation>Neither party attended</translation>
    </message>
    <message>
      <source>Acuerdo total</source>
      <translation>Full agreement</translation>
    </message>
    <message>
      <source>Acuerdo parcial</source>
      <translation>Partial agreement</translation>
    </message>
    <message>
      <source>Falta de acuerdo</source>
      <translation>No agreement</translation>
    </message>
    <message>
      <source>Inasistencia del citado</source>
      <translation>Respondent’s non-attendance</translation>
    </message>
    <message>
      <source>Inasistencia del solicitante</source>
      <translation>Claimant’s non-attendance</translation>
    </message>
    <message>
      <source>Inasistencia de ambas partes</source>
      <translation>Non-attendance of both parties</translation>
    </message>
    <message>
      <source>Conclusión motivada</source>
      <translation>Reasoned conclusion</translation>
    </message>
    <message>
      <source>Domicilio desconocido</source>
      <translation>Address unknown</translation>
    </message>
    <message>
      <source>No conciliable</source>
      <translation>Not conciliable</translation>
    </message>
    <message>
      <source>Desistimiento</source>
      <translation>Withdrawal</translation>
    </message>
    <message>
      <source>Entrega personal</source>
      <translation>Delivered in person</translation>
    </message>
    <message>
      <source>Dejada en el domicilio</source>
      <translation>Left at the address</translation>
    </message>
    <message>
      <source>Por mensajería</source>
      <translation>By messenger</translation>
    </message>
    <message>
      <source>Por correo electrónico</source>
      <translation>By e-mail</translation>
    </message>
    <message>
      <source>Fuera del horario de atención</source>
      <translation>Outside office hours</translation>
    </message>
    <message>
      <source>Día feriado</source>
      <translation>Public holiday</translation>
    </message>
    <message>
      <source>Día de cierre de la oficina</source>
      <translation>Office closure day</translation>
    </message>
    <message>
      <source>Menos días de aviso que el mínimo</source>
      <translation>Less notice than the minimum</translation>
    </message>
    <message>
      <source>Audiencia conjunta con tamizaje de violencia positivo</source>
      <translation>Joint hearing despite a positive violence screen</translation>
    </message>
    <message>
      <source>Monto distinto de la pauta alimentaria</source>
      <translation>Amount other than the support guideline</translation>
    </message>
  </context>
</TS>
