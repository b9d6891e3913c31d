<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name></name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Día</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cerrar la oficina un día</source>
        <translation>Close the office for a day</translation>
    </message>
    <message>
        <source>p. ej. fumigación del edificio</source>
        <translation>e.g. building fumigation</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Ese día hay {n} audiencia por celebrar: reprográmela después de cerrar el día.</source>
        <translation>There is {n} hearing still to be held that day: reschedule it after closing the day.</translation>
    </message>
    <message>
        <source>Ese día hay {n} audiencias por celebrar: reprográmelas después de cerrar el día.</source>
        <translation>There are {n} hearings still to be held that day: reschedule them after closing the day.</translation>
    </message>
    <message>
        <source>elija el día</source>
        <translation>choose the day</translation>
    </message>
    <message>
        <source>Oficina cerrada el {day}.</source>
        <translation>Office closed on {day}.</translation>
    </message>
    <message>
        <source>Días de cierre</source>
        <translation>Closure days</translation>
    </message>
    <message>
        <source>Los feriados nacionales y departamentales ya los conoce el programa; aquí van los demás días en que la oficina no atiende.</source>
        <translation>National and departmental public holidays are already known; list here the other days the office does not open.</translation>
    </message>
    <message>
        <source>&amp;Agregar un día…</source>
        <translation>&amp;Add a day…</translation>
    </message>
    <message>
        <source>&amp;Reabrir el día</source>
        <translation>&amp;Reopen the day</translation>
    </message>
    <message>
        <source>La oficina vuelve a atender el {day}.</source>
        <translation>The office opens again on {day}.</translation>
    </message>
    <message>
        <source>Sala</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Capacidad</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>En uso</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Retirada</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Editar la sala</source>
        <translation>Edit the room</translation>
    </message>
    <message>
        <source>Nueva sala</source>
        <translation>New room</translation>
    </message>
    <message>
        <source> personas</source>
        <translation> people</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Capacidad:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <source>Sala «{name}» guardada.</source>
        <translation>Room “{name}” saved.</translation>
    </message>
    <message>
        <source>Salas de la oficina</source>
        <translation>Rooms of the office</translation>
    </message>
    <message>
        <source>&amp;Nueva sala…</source>
        <translation>&amp;New room…</translation>
    </message>
    <message>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Retirar</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>&amp;Volver a usar</source>
        <translation>&amp;Use again</translation>
    </message>
    <message>
        <source>Sala «{name}» de nuevo en uso.</source>
        <translation>Room “{name}” is in use again.</translation>
    </message>
    <message>
        <source>Sala «{name}» retirada.</source>
        <translation>Room “{name}” retired.</translation>
    </message>
    <message>
        <source>Desactivada</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Bloqueada por intentos fallidos</source>
        <translation>Locked after failed attempts</translation>
    </message>
    <message>
        <source>Con contraseña temporal</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Activa</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Capacidad legal</source>
        <translation>Legal capacity</translation>
    </message>
    <message>
        <source>falta</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Editar el usuario</source>
        <translation>Edit the user</translation>
    </message>
    <message>
        <source>Nuevo usuario</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>p. ej. ana.martinez</source>
        <translation>e.g. ana.martinez</translation>
    </message>
    <message>
        <source>p. ej. Conciliadora de familia</source>
        <translation>e.g. Family conciliation officer</translation>
    </message>
    <message>
        <source>p. ej. Acuerdo Ministerial n.º 12-2026 de delegación de funciones de conciliación</source>
        <translation>e.g. Ministerial Agreement no. 12-2026 delegating conciliation duties</translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Nombre completo:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Cé&amp;dula:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Car&amp;go:</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <source>Capacidad &amp;legal:</source>
        <translation>&amp;Legal capacity:</translation>
    </message>
    <message>
        <source>El instrumento que le delega la facultad de conciliar. Sin él, las actas que firme no se pueden emitir.</source>
        <translation>The instrument that delegates the power to conciliate. Without it, the actas this person signs cannot be issued.</translation>
    </message>
    <message>
        <source>C&amp;orreo:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Contraseña &amp;temporal:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <source>Désela en persona: deberá cambiarla al entrar por primera vez.</source>
        <translation>Give it in person: it must be changed at the first sign-in.</translation>
    </message>
    <message>
        <source>Conciliadores y supervisores necesitan su capacidad legal para emitir actas.</source>
        <translation>Officers and supervisors need their legal capacity to issue actas.</translation>
    </message>
    <message>
        <source>Usuario «{login}» creado. Contraseña temporal: {password} (deberá cambiarla al entrar).</source>
        <translation>User “{login}” created. Temporary password: {password} (to be changed at sign-in).</translation>
    </message>
    <message>
        <source>Usuario «{login}» guardado.</source>
        <translation>User “{login}” saved.</translation>
    </message>
    <message>
        <source>Desactivar la cuenta</source>
        <translation>Deactivate the account</translation>
    </message>
    <message>
        <source>{name} ya no podrá entrar. Sus audiencias, casos y actas quedan como están.</source>
        <translation>{name} will no longer be able to sign in. Their hearings, cases and actas stay as they are.</translation>
    </message>
    <message>
        <source>&amp;Desactivar</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Cuenta «{login}» desactivada.</source>
        <translation>Account “{login}” deactivated.</translation>
    </message>
    <message>
        <source>Usuarios de la oficina</source>
        <translation>Users of the office</translation>
    </message>
    <message>
        <source>&amp;Nuevo usuario…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>Contraseña &amp;temporal</source>
        <translation>&amp;Temporary password</translation>
    </message>
    <message>
        <source>Da una contraseña temporal (y desbloquea la cuenta); se cambia al entrar.</source>
        <translation>Gives a temporary password (and unlocks the account); it is changed at sign-in.</translation>
    </message>
    <message>
        <source>&amp;Desactivar…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>&amp;Reactivar</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>Contraseña temporal de «{login}»: {password} — désela en persona; deberá cambiarla al entrar.</source>
        <translation>Temporary password for “{login}”: {password} — give it in person; it must be changed at sign-in.</translation>
    </message>
    <message>
        <source>Cuenta «{login}» reactivada.</source>
        <translation>Account “{login}” reactivated.</translation>
    </message>
    <message>
        <source>Administración de la oficina</source>
        <translation>Office administration</translation>
    </message>
    <message>
        <source>&amp;Usuarios</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>S&amp;alas</source>
        <translation>&amp;Rooms</translation>
    </message>
    <message>
        <source>Días de &amp;cierre</source>
        <translation>&amp;Closure days</translation>
    </message>
    <message>
        <source>{n} personas</source>
        <extracomment>A block in the grid: (column index, hearing, text lines under the first one). The officer or room shown, or None for all of them.</extracomment>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>Video y teléfono</source>
        <translation>Video and phone</translation>
    </message>
    <message>
        <source>Entrega de la citación registrada.</source>
        <translation>Citation delivery recorded.</translation>
    </message>
    <message>
        <source>Entrega de las {n} citaciones registrada.</source>
        <translation>Delivery of the {n} citations recorded.</translation>
    </message>
    <message>
        <source>Audiencia del caso {case} iniciada.</source>
        <translation>Hearing of case {case} started.</translation>
    </message>
    <message>
        <source>Inasistencia registrada. El caso {case} se cerró: {outcome}.</source>
        <translation>No-show recorded. Case {case} was closed: {outcome}.</translation>
    </message>
    <message>
        <source>Inasistencia registrada. Corresponde la {n}.ª citación del caso {case}.</source>
        <translation>No-show recorded. Case {case} now needs citation no. {n}.</translation>
    </message>
    <message>
        <source>Audiencia suspendida. Programe la sesión siguiente del caso {case}.</source>
        <translation>Hearing suspended. Book the next session of case {case}.</translation>
    </message>
    <message>
        <source>Audiencia del caso {case} cancelada.</source>
        <translation>Hearing of case {case} cancelled.</translation>
    </message>
    <message>
        <source>Audiencia del caso {case} anulada.</source>
        <translation>Hearing of case {case} annulled.</translation>
    </message>
    <message>
        <source>Solicitante</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>Citado/a</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Caso {case} — {day} de {start} a {end}</source>
        <translation>Case {case} — {day} from {start} to {end}</translation>
    </message>
    <message>
        <source>Registrar la entrega de citaciones</source>
        <translation>Record the delivery of citations</translation>
    </message>
    <message>
        <source>Registrar la entrega</source>
        <translation>Record the delivery</translation>
    </message>
    <message>
        <source>Citaciones entregadas:</source>
        <translation>Citations delivered:</translation>
    </message>
    <message>
        <source>{party}: {name} (citación n.º {n})</source>
        <translation>{party}: {name} (citation no. {n})</translation>
    </message>
    <message>
        <source>Nombre de quien la entregó</source>
        <translation>Name of whoever delivered it</translation>
    </message>
    <message>
        <source>&amp;Fecha y hora de entrega:</source>
        <translation>&amp;Date and time of delivery:</translation>
    </message>
    <message>
        <source>&amp;Forma de entrega:</source>
        <translation>&amp;Delivery method:</translation>
    </message>
    <message>
        <source>&amp;Entregada por:</source>
        <translation>Delivered &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Observaciones:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>marque al menos una citación</source>
        <translation>tick at least one citation</translation>
    </message>
    <message>
        <source>Registrar inasistencia</source>
        <translation>Record a no-show</translation>
    </message>
    <message>
        <source>Registrar la inasistencia</source>
        <translation>Record the no-show</translation>
    </message>
    <message>
        <source>Si no asistió la parte citada y esta fue la citación n.º {round} de {limit}, corresponde una nueva citación; si no, el caso se cierra por inasistencia.</source>
        <translation>If the respondent did not come and this was citation no. {round} of {limit}, a new citation follows; otherwise the case is closed for non-attendance.</translation>
    </message>
    <message>
        <source>Cancelar la audiencia</source>
        <translation>Cancel the hearing</translation>
    </message>
    <message>
        <source>Volver</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Obligatorias cuando el motivo es «Otro motivo».</source>
        <translation>Required when the reason is “Other reason”.</translation>
    </message>
    <message>
        <source>Exportar la agenda a un calendario</source>
        <translation>Export the agenda to a calendar</translation>
    </message>
    <message>
        <source>Crea un archivo .ics que se abre en el calendario del teléfono o de la computadora. Lleva el número de caso, el lugar y las materias, no los nombres de las familias.</source>
        <translation>Creates an .ics file that opens in a phone or computer calendar. It carries the case number, the place and the matters, not the families’ names.</translation>
    </message>
    <message>
        <source>&amp;Elegir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Conciliador/a:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>&amp;Desde:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Hasta:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Archivo:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <source>E&amp;xportar</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>Guardar el calendario</source>
        <translation>Save the calendar</translation>
    </message>
    <message>
        <source>Calendario (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>elija dónde guardar el archivo</source>
        <translation>choose where to save the file</translation>
    </message>
    <message>
        <source>Se exportó {n} audiencia a {path}.</source>
        <translation>{n} hearing exported to {path}.</translation>
    </message>
    <message>
        <source>Se exportaron {n} audiencias a {path}.</source>
        <translation>{n} hearings exported to {path}.</translation>
    </message>
    <message>
        <source>Exportar la agenda</source>
        <translation>Export the agenda</translation>
    </message>
    <message>
        <source>Escribiendo el calendario…</source>
        <translation>Writing the calendar…</translation>
    </message>
    <message>
        <source>{start}–{end}, caso {case}, {claimant} y {respondent}, {where}, {officer}. Estado: {status}.</source>
        <extracomment>Office hours of that day (local), to shade the rest. Why the office is closed that day (holiday, closure), if it is.</extracomment>
        <translation>{start}–{end}, case {case}, {claimant} and {respondent}, {where}, {officer}. Status: {status}.</translation>
    </message>
    <message>
        <source>Audiencia {start}, caso {case}</source>
        <translation>Hearing {start}, case {case}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <extracomment>The area&apos;s name, translated when shown (``lambda: tr(&quot;Agenda&quot;)``). Icon name in resources/icons. Shown to whoever holds this permission.</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Leyenda de colores</source>
        <extracomment>status → (fill, accent) Hearings that no longer take their slot: drawn faded, hidden unless asked for.</extracomment>
        <translation>Colour legend</translation>
    </message>
    <message>
        <source>Estados:</source>
        <translation>Statuses:</translation>
    </message>
    <message>
        <source>Citación &amp;entregada…</source>
        <translation>Citation &amp;delivered…</translation>
    </message>
    <message>
        <source>&amp;Iniciar la audiencia</source>
        <translation>&amp;Start the hearing</translation>
    </message>
    <message>
        <source>Ina&amp;sistencia…</source>
        <translation>&amp;No-show…</translation>
    </message>
    <message>
        <source>Sus&amp;pender…</source>
        <translation>Sus&amp;pend…</translation>
    </message>
    <message>
        <source>&amp;Reprogramar…</source>
        <translation>&amp;Reschedule…</translation>
    </message>
    <message>
        <source>Ca&amp;ncelar…</source>
        <translation>&amp;Cancel…</translation>
    </message>
    <message>
        <source>An&amp;ular…</source>
        <translation>&amp;Annul…</translation>
    </message>
    <message>
        <source>Audiencia elegida</source>
        <translation>Chosen hearing</translation>
    </message>
    <message>
        <source>Elija una audiencia en la agenda para ver sus datos y lo que se puede hacer.</source>
        <translation>Choose a hearing in the agenda to see its details and what can be done.</translation>
    </message>
    <message>
        <source>Abrir el &amp;caso</source>
        <translation>Open the &amp;case</translation>
    </message>
    <message>
        <source>Cuándo:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Conciliador/a:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>Lugar:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Sesión:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Solicitante:</source>
        <translation>Claimant:</translation>
    </message>
    <message>
        <source>Citado/a:</source>
        <translation>Respondent:</translation>
    </message>
    <message>
        <source>Materias:</source>
        <translation>Matters:</translation>
    </message>
    <message>
        <source>Citaciones:</source>
        <translation>Citations:</translation>
    </message>
    <message>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>No hay acciones disponibles para esta audiencia.</source>
        <translation>No actions are available for this hearing.</translation>
    </message>
    <message>
        <source>Acciones</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Caso {case}</source>
        <translation>Case {case}</translation>
    </message>
    <message>
        <source>{session}.ª sesión · {round}.ª citación</source>
        <translation>session {session} · citation {round}</translation>
    </message>
    <message>
        <source>pendiente de entrega</source>
        <translation>not delivered yet</translation>
    </message>
    <message>
        <source>entregada el {when} ({method})</source>
        <translation>delivered on {when} ({method})</translation>
    </message>
    <message>
        <source>sin citaciones</source>
        <translation>no citations</translation>
    </message>
    <message>
        <source>Continúa en otra audiencia del mismo caso.</source>
        <translation>Continues in another hearing of the same case.</translation>
    </message>
    <message>
        <source>(sin teléfono)</source>
        <translation>(no phone)</translation>
    </message>
    <message>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Caso</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Parte</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>sin teléfono</source>
        <translation>no phone</translation>
    </message>
    <message>
        <source>Citación</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>n.º {n}</source>
        <translation>no. {n}</translation>
    </message>
    <message>
        <source>Conciliador/a</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Día:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>De &amp;quién:</source>
        <translation>&amp;Whose:</translation>
    </message>
    <message>
        <source>Próximo día &amp;hábil</source>
        <translation>Next &amp;working day</translation>
    </message>
    <message>
        <source>&amp;Copiar la lista</source>
        <translation>&amp;Copy the list</translation>
    </message>
    <message>
        <source>Copia la lista al portapapeles, para pegarla en otro programa.</source>
        <translation>Copies the list to the clipboard, to paste it into another program.</translation>
    </message>
    <message>
        <source>Llamadas de recordatorio</source>
        <translation>Reminder calls</translation>
    </message>
    <message>
        <source>Todas las personas</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Llamadas de recordatorio — {day}</source>
        <translation>Reminder calls — {day}</translation>
    </message>
    <message>
        <source>No hay audiencias por celebrar ese día.</source>
        <translation>No hearings to be held that day.</translation>
    </message>
    <message>
        <source>{calls} llamadas para {n} audiencia.</source>
        <translation>{calls} calls for {n} hearing.</translation>
    </message>
    <message>
        <source>{calls} llamadas para {n} audiencias.</source>
        <translation>{calls} calls for {n} hearings.</translation>
    </message>
    <message>
        <source>{n} persona sin teléfono registrado (en rojo).</source>
        <translation>{n} person without a phone number (in red).</translation>
    </message>
    <message>
        <source>{n} personas sin teléfono registrado (en rojo).</source>
        <translation>{n} people without a phone number (in red).</translation>
    </message>
    <message>
        <source>Lista copiada al portapapeles.</source>
        <translation>List copied to the clipboard.</translation>
    </message>
    <message>
        <source>&amp;Día</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>Ver un día</source>
        <translation>Show one day</translation>
    </message>
    <message>
        <source>&amp;Semana</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>Ver la semana</source>
        <translation>Show the week</translation>
    </message>
    <message>
        <source>Anterior (Re Pág)</source>
        <translation>Previous (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Hoy</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Ir a hoy</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <source>Siguiente (Av Pág)</source>
        <translation>Next (Page Down)</translation>
    </message>
    <message>
        <source>Período mostrado</source>
        <translation>Period shown</translation>
    </message>
    <message>
        <source>&amp;Ver por:</source>
        <translation>&amp;View by:</translation>
    </message>
    <message>
        <source>Persona o sala</source>
        <translation>Person or room</translation>
    </message>
    <message>
        <source>Mostrar &amp;canceladas y reprogramadas</source>
        <translation>Show &amp;cancelled and rescheduled</translation>
    </message>
    <message>
        <source>E&amp;xportar .ics…</source>
        <translation>E&amp;xport .ics…</translation>
    </message>
    <message>
        <source>Exportar a un calendario</source>
        <translation>Export to a calendar</translation>
    </message>
    <message>
        <source>Actualizar (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Calendario</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Todas las salas</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>{n} audiencia en este período.</source>
        <translation>{n} hearing in this period.</translation>
    </message>
    <message>
        <source>{n} audiencias en este período.</source>
        <translation>{n} hearings in this period.</translation>
    </message>
    <message>
        <source>No hay audiencias este día.</source>
        <translation>No hearings this day.</translation>
    </message>
    <message>
        <source>No hay audiencias esta semana.</source>
        <translation>No hearings this week.</translation>
    </message>
    <message>
        <source>Suspender la audiencia</source>
        <translation>Suspend the hearing</translation>
    </message>
    <message>
        <source>Suspender</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>La audiencia continúa en una nueva sesión, que se programa a continuación.</source>
        <translation>The hearing continues in a new session, booked right after.</translation>
    </message>
    <message>
        <source>&amp;Motivo de la suspensión:</source>
        <translation>&amp;Reason for suspending:</translation>
    </message>
    <message>
        <source>Anular la audiencia</source>
        <translation>Annul the hearing</translation>
    </message>
    <message>
        <source>Anular</source>
        <translation>Annul</translation>
    </message>
    <message>
        <source>Anule solo una audiencia registrada por error: queda en el historial, marcada como anulada.</source>
        <translation>Annul only a hearing recorded by mistake: it stays in the history, marked as annulled.</translation>
    </message>
    <message>
        <source>&amp;Motivo de la anulación:</source>
        <translation>&amp;Reason for annulling:</translation>
    </message>
    <message>
        <source>Contraseña cambiada.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Conciliador</source>
        <translation>Conciliador</translation>
    </message>
    <message>
        <source>Reprogramar la audiencia</source>
        <extracomment>Free slots asked of the service, and how many are listed (at most PER_DAY a day, so the list spans several days instead of filling one). Who books: the signed-in person, or a supervisor who authorised at this desk.</extracomment>
        <translation>Reschedule the hearing</translation>
    </message>
    <message>
        <source>Programar una audiencia</source>
        <translation>Book a hearing</translation>
    </message>
    <message>
        <source>Caso {case}: {claimant} y {respondent}</source>
        <translation>Case {case}: {claimant} and {respondent}</translation>
    </message>
    <message>
        <source>Audiencia actual: {when}, {where}, con {officer}.</source>
        <translation>Current hearing: {when}, {where}, with {officer}.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>p. ej. a pedido de la parte citada, por trabajo</source>
        <translation>e.g. the respondent asked, because of work</translation>
    </message>
    <message>
        <source>&amp;Modalidad:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>S&amp;ala:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>D&amp;uración:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Hora:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Moti&amp;vo de la reprogramación:</source>
        <translation>Reason for &amp;rescheduling:</translation>
    </message>
    <message>
        <source>Horario</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Horarios libres propuestos</source>
        <translation>Proposed free slots</translation>
    </message>
    <message>
        <source>Horarios &amp;libres propuestos:</source>
        <translation>Proposed &amp;free slots:</translation>
    </message>
    <message>
        <source>Buscar &amp;desde la fecha elegida</source>
        <translation>Search &amp;from the chosen date</translation>
    </message>
    <message>
        <source>Resultado de la comprobación</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Excepción autorizada por supervisión</source>
        <translation>Exception authorised by a supervisor</translation>
    </message>
    <message>
        <source>Autorizo programar pese a lo indicado arriba</source>
        <translation>I authorise booking despite the above</translation>
    </message>
    <message>
        <source>Motivo de la excepción (al menos 10 caracteres)</source>
        <translation>Reason for the exception (at least 10 characters)</translation>
    </message>
    <message>
        <source>Autorizar con un usuario &amp;supervisor…</source>
        <translation>Authorise with a &amp;supervisor’s account…</translation>
    </message>
    <message>
        <source>Moti&amp;vo de la excepción:</source>
        <translation>Reason for the e&amp;xception:</translation>
    </message>
    <message>
        <source>&amp;Reprogramar</source>
        <translation>&amp;Reschedule</translation>
    </message>
    <message>
        <source>&amp;Programar</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>Comprobación</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>No hay horarios libres en los próximos 90 días con esta elección.</source>
        <translation>No free slots in the next 90 days with this choice.</translation>
    </message>
    <message>
        <source>Complete los datos marcados.</source>
        <translation>Complete the marked fields.</translation>
    </message>
    <message>
        <source>✔ Horario libre: se puede programar.</source>
        <translation>✔ Free slot: it can be booked.</translation>
    </message>
    <message>
        <source>Este horario choca con las reglas de la oficina:</source>
        <translation>This slot breaks the office’s rules:</translation>
    </message>
    <message>
        <source>No se puede programar en este horario:</source>
        <translation>This slot cannot be booked:</translation>
    </message>
    <message>
        <source>Autoriza: {name} ({role}).</source>
        <translation>Authorised by: {name} ({role}).</translation>
    </message>
    <message>
        <source>Como supervisor/a puede autorizar la excepción, con un motivo escrito.</source>
        <translation>As a supervisor you may authorise the exception, with a written reason.</translation>
    </message>
    <message>
        <source>Solo un supervisor puede autorizar estas excepciones. Si está presente, puede autorizarla aquí con su propio usuario.</source>
        <translation>Only a supervisor can authorise these exceptions. If one is present, they can authorise it here with their own account.</translation>
    </message>
    <message>
        <source>No se programó: resuelva los choques o pida la autorización de un supervisor.</source>
        <translation>Not booked: solve the clashes or ask a supervisor to authorise it.</translation>
    </message>
    <message>
        <source>No se programó: elija otro horario, otra sala u otra persona.</source>
        <translation>Not booked: choose another slot, room or officer.</translation>
    </message>
    <message>
        <source>Audiencia del caso {case} programada para el {when}, {where}, con {officer}. Se emitieron las citaciones de ambas partes.</source>
        <translation>Hearing of case {case} booked for {when}, {where}, with {officer}. Citations for both parties were issued.</translation>
    </message>
    <message>
        <source>Autorización de supervisión</source>
        <translation>Supervisor’s authorisation</translation>
    </message>
    <message>
        <source>La persona supervisora escribe aquí su usuario y contraseña. La audiencia queda programada a su nombre, con el motivo de la excepción en la bitácora.</source>
        <translation>The supervisor types their user name and password here. The hearing is booked in their name, with the reason for the exception in the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Autorizar</source>
        <translation>&amp;Authorise</translation>
    </message>
    <message>
        <source>Ese usuario no puede autorizar excepciones en esta oficina.</source>
        <translation>That user cannot authorise exceptions in this office.</translation>
    </message>
    <message>
        <source>{n} años</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <source>1 año</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>Sesión</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Volver a la lista</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <source>&amp;Programar audiencia…</source>
        <translation>&amp;Book a hearing…</translation>
    </message>
    <message>
        <source>&amp;Derivar…</source>
        <translation>&amp;Refer…</translation>
    </message>
    <message>
        <source>Partes</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Parte citada</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Solicitud</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Fecha:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Hijas e hijos:</source>
        <translation>Children:</translation>
    </message>
    <message>
        <source>Relato:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Tamizaje de salvaguarda</source>
        <translation>Safeguarding screen</translation>
    </message>
    <message>
        <source>Audiencias del caso</source>
        <translation>Hearings of the case</translation>
    </message>
    <message>
        <source>Todavía no hay audiencias programadas.</source>
        <translation>No hearings booked yet.</translation>
    </message>
    <message>
        <source>Audiencias</source>
        <translation>Hearings</translation>
    </message>
    <message>
        <source>Derivaciones y excepciones</source>
        <translation>Referrals and exceptions</translation>
    </message>
    <message>
        <source>El tamizaje de salvaguarda indica violencia: no se programa una audiencia conjunta sin la autorización de un supervisor; derive el caso por la ruta de atención.</source>
        <translation>The safeguarding screen signals violence: no joint hearing is booked without a supervisor’s authorisation; refer the case along the route of care.</translation>
    </message>
    <message>
        <source>partida n.º {n}</source>
        <translation>birth certificate no. {n}</translation>
    </message>
    <message>
        <source>(sin relato)</source>
        <translation>(no account)</translation>
    </message>
    <message>
        <source>{when} — derivado a {institution}</source>
        <translation>{when} — referred to {institution}</translation>
    </message>
    <message>
        <source>por {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <source>{when} — audiencia conjunta autorizada por {name}: {reason}</source>
        <translation>{when} — joint hearing authorised by {name}: {reason}</translation>
    </message>
    <message>
        <source>Sí</source>
        <extracomment>Emitted with True when an answer signals violence.</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>sin respuesta</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Quitar esta fila</source>
        <translation>Remove this row</translation>
    </message>
    <message>
        <source>Hija/o {n}</source>
        <translation>Child {n}</translation>
    </message>
    <message>
        <source>Nombres</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Apellidos</source>
        <translation>Last names</translation>
    </message>
    <message>
        <source>Sexo</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Fecha de nacimiento</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Partida de nacimiento</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Quitar a la hija o hijo {n}</source>
        <translation>Remove child {n}</translation>
    </message>
    <message>
        <source>Agregar &amp;otra hija o hijo</source>
        <translation>Add &amp;another child</translation>
    </message>
    <message>
        <source>Nueva solicitud</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Al escribir el nombre o la cédula de una parte aparecen las personas ya registradas: elíjala para no registrarla dos veces.</source>
        <translation>As you type a party’s name or ID number, people already registered appear: choose them so nobody is entered twice.</translation>
    </message>
    <message>
        <source>Hijas e hijos</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Materias</source>
        <translation>Matters</translation>
    </message>
    <message>
        <source>Lo que cuenta la persona solicitante, en sus palabras.</source>
        <translation>What the claimant tells, in their own words.</translation>
    </message>
    <message>
        <source>Relato</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Relato de la solicitud:</source>
        <translation>Claimant’s &amp;account:</translation>
    </message>
    <message>
        <source>Pregunte a la persona solicitante, en privado:</source>
        <translation>Ask the claimant, in private:</translation>
    </message>
    <message>
        <source>&amp;Guardar la solicitud</source>
        <translation>&amp;Save the request</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No se guardó: revise los campos marcados en rojo.</source>
        <translation>Not saved: check the fields marked in red.</translation>
    </message>
    <message>
        <source>Solicitud registrada: caso {case}.</source>
        <translation>Request registered: case {case}.</translation>
    </message>
    <message>
        <source>Alimentos</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Visitas</source>
        <translation>Visitation</translation>
    </message>
    <message>
        <source>Cuido y crianza</source>
        <translation>Care and custody</translation>
    </message>
    <message>
        <source>Tamizaje de salvaguarda positivo</source>
        <translation>Positive safeguarding screen</translation>
    </message>
    <message>
        <source>Próxima audiencia</source>
        <translation>Next hearing</translation>
    </message>
    <message>
        <source>Casos</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Número de caso, nombre o cédula de una parte</source>
        <translation>Case number, or a party’s name or ID number</translation>
    </message>
    <message>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Abiertos</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Hasta</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Tipo de registro</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>n.º o número de caso</source>
        <translation>no. or case number</translation>
    </message>
    <message>
        <source>Número de registro o de caso</source>
        <translation>Record or case number</translation>
    </message>
    <message>
        <source>&amp;Buscar</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Limpiar filtros</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Verificar integridad</source>
        <translation>&amp;Verify integrity</translation>
    </message>
    <message>
        <source>Recalcula la cadena de huellas de la bitácora y revisa la base de datos</source>
        <translation>Recomputes the audit trail&apos;s hash chain and checks the database</translation>
    </message>
    <message>
        <source>&amp;Oficina:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>A&amp;cción:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <source>&amp;Registro:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <source>&amp;N.º:</source>
        <translation>&amp;No.:</translation>
    </message>
    <message>
        <source>Eventos de la bitácora</source>
        <translation>Audit trail events</translation>
    </message>
    <message>
        <source>Elija un evento para ver su detalle.</source>
        <translation>Choose an event to see its details.</translation>
    </message>
    <message>
        <source>Antes y después</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Buscando…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Ningún evento coincide con los filtros.</source>
        <translation>No event matches the filters.</translation>
    </message>
    <message>
        <source>{count} eventos mostrados; hay más al desplazarse hacia abajo.</source>
        <translation>{count} events shown; scroll down for more.</translation>
    </message>
    <message>
        <source>{count} evento(s).</source>
        <translation>{count} event(s).</translation>
    </message>
    <message>
        <source> en {office}</source>
        <translation> in {office}</translation>
    </message>
    <message>
        <source>{when}, por {who}</source>
        <translation>{when}, by {who}</translation>
    </message>
    <message>
        <source>Motivo: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Este evento no registra campos.</source>
        <translation>This event records no fields.</translation>
    </message>
    <message>
        <source>Verificando la integridad de la base y de la bitácora…</source>
        <translation>Verifying the database and the audit trail…</translation>
    </message>
    <message>
        <source>Todo en orden.</source>
        <translation>All in order.</translation>
    </message>
    <message>
        <source>La verificación encontró {count} problema(s):</source>
        <translation>The verification found {count} problem(s):</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado al leer la bitácora; quedó en el archivo de registro.</source>
        <translation>An unexpected error occurred while reading the audit trail; it was written to the log file.</translation>
    </message>
    <message>
        <source>&amp;Estado:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Nueva solicitud</source>
        <translation>&amp;New request</translation>
    </message>
    <message>
        <source>Registrar una nueva solicitud (Ctrl+N)</source>
        <translation>Register a new request (Ctrl+N)</translation>
    </message>
    <message>
        <source>Casos de la oficina</source>
        <translation>Cases of the office</translation>
    </message>
    <message>
        <source>Ningún caso coincide con la búsqueda.</source>
        <translation>No case matches the search.</translation>
    </message>
    <message>
        <source>No hay casos.</source>
        <translation>No cases.</translation>
    </message>
    <message>
        <source>Se muestran los {n} más recientes: precise la búsqueda para ver otros.</source>
        <translation>Showing the {n} most recent: narrow the search to see others.</translation>
    </message>
    <message>
        <source>{n} caso.</source>
        <translation>{n} case.</translation>
    </message>
    <message>
        <source>{n} casos.</source>
        <translation>{n} cases.</translation>
    </message>
    <message>
        <source>nac. {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>Cambiar de persona</source>
        <extracomment>How services name this party in problems: «Solicitante», «Citado/a».</extracomment>
        <translation>Choose someone else</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>{role}: personas ya registradas que coinciden</source>
        <translation>{role}: matching people already registered</translation>
    </message>
    <message>
        <source>&amp;Usar la persona elegida</source>
        <translation>&amp;Use the chosen person</translation>
    </message>
    <message>
        <source>&amp;Nombres:</source>
        <translation>&amp;First names:</translation>
    </message>
    <message>
        <source>&amp;Apellidos:</source>
        <translation>&amp;Last names:</translation>
    </message>
    <message>
        <source>Tipo de &amp;documento:</source>
        <translation>ID &amp;type:</translation>
    </message>
    <message>
        <source>Nú&amp;mero de documento:</source>
        <translation>ID n&amp;umber:</translation>
    </message>
    <message>
        <source>Se&amp;xo:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>Fecha de nacimien&amp;to:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>Nacionalida&amp;d:</source>
        <translation>Nationalit&amp;y:</translation>
    </message>
    <message>
        <source>Telé&amp;fono:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Di&amp;rección:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <source>Ocupac&amp;ión:</source>
        <translation>Occu&amp;pation:</translation>
    </message>
    <message>
        <source>Emp&amp;leador/a:</source>
        <translation>Emp&amp;loyer:</translation>
    </message>
    <message>
        <source>Ingreso &amp;mensual:</source>
        <translation>&amp;Monthly income:</translation>
    </message>
    <message>
        <source>¿Ya está registrada? Elija la persona para no registrarla dos veces.</source>
        <translation>Already registered? Choose the person so they are not entered twice.</translation>
    </message>
    <message>
        <source>Hay más coincidencias: siga escribiendo.</source>
        <translation>There are more matches: keep typing.</translation>
    </message>
    <message>
        <source>Persona ya registrada: {line}</source>
        <translation>Person already registered: {line}</translation>
    </message>
    <message>
        <source>escriba un monto, p. ej. 12,500.00</source>
        <translation>type an amount, e.g. 12,500.00</translation>
    </message>
    <message>
        <source>Derivar el caso</source>
        <translation>Refer the case</translation>
    </message>
    <message>
        <source>Caso {case}. El tamizaje de salvaguarda indica violencia: la conciliación no es la vía. Registre a qué institución de la ruta de atención se deriva.</source>
        <translation>Case {case}. The safeguarding screen signals violence: conciliation is not the route. Record which institution of the route of care the case is referred to.</translation>
    </message>
    <message>
        <source>Caso {case}. Registre a qué institución de la ruta de atención se deriva; el caso sale de la conciliación.</source>
        <translation>Case {case}. Record which institution of the route of care the case is referred to; the case leaves conciliation.</translation>
    </message>
    <message>
        <source>&amp;Institución:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Derivar</source>
        <translation>&amp;Refer</translation>
    </message>
    <message>
        <source>Ahora no</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Caso {case} derivado a: {institution}.</source>
        <translation>Case {case} referred to: {institution}.</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Hay indicios de violencia. La solicitud se registra y el caso se deriva a la ruta de atención: no se programa una audiencia conjunta sin la autorización de un supervisor.</source>
        <translation>There are signs of violence. The request is registered and the case is referred along the route of care: no joint hearing is booked without a supervisor’s authorisation.</translation>
    </message>
    <message>
        <source>Error inesperado</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado en Conciliador.</source>
        <translation>An unexpected error occurred in Conciliador.</translation>
    </message>
    <message>
        <source>Es un defecto del programa, no algo que usted hizo mal. La operación en curso no se completó y no se guardó nada a medias. Puede seguir trabajando; si el error se repite, avise al administrador.

Detalles registrados en:
{path}</source>
        <translation>It is a defect of the program, not something you did wrong. The operation did not complete and nothing was half-saved. You can carry on working; if the error happens again, tell the administrator.

Details logged in:
{path}</translation>
    </message>
    <message>
        <source>Seguir trabajando</source>
        <translation>Carry on working</translation>
    </message>
    <message>
        <source>Cerrar Conciliador</source>
        <translation>Quit Conciliador</translation>
    </message>
    <message>
        <source>No se pudo completar</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>Mensajes</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Cerrar el mensaje (Esc)</source>
        <translation>Close the message (Esc)</translation>
    </message>
    <message>
        <source>Cerrar el mensaje</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <source>Reportes</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Bitácora</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Administración</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Bienvenida</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Esta base de datos está vacía. ¿Cómo desea empezar?</source>
        <translation>This database is empty. How would you like to start?</translation>
    </message>
    <message>
        <source>&amp;Crear la primera oficina y su administrador</source>
        <translation>&amp;Create the first office and its administrator</translation>
    </message>
    <message>
        <source>&amp;Explorar con datos de demostración</source>
        <translation>&amp;Explore with demonstration data</translation>
    </message>
    <message>
        <source>Para empezar a trabajar: la oficina toma los criterios unificados de su país (feriados, horario, plazos, redacción de las actas) y usted será su administrador/a.</source>
        <translation>To start working: the office takes the unified criteria of its country (holidays, office hours, deadlines, acta wording) and you will be its administrator.</translation>
    </message>
    <message>
        <source>Llena esta base con oficinas, personal, casos y audiencias ficticios para conocer el programa. No la use después para trabajar de verdad.</source>
        <translation>Fills this database with fictitious offices, staff, cases and hearings to get to know the program. Do not use it for real work afterwards.</translation>
    </message>
    <message>
        <source>La oficina</source>
        <translation>The office</translation>
    </message>
    <message>
        <source>La primera oficina de esta base. Luego podrá crear sus salas y su personal.</source>
        <translation>The first office of this database. Its rooms and staff come next.</translation>
    </message>
    <message>
        <source>p. ej. MN-D2</source>
        <translation>e.g. MN-D2</translation>
    </message>
    <message>
        <source>p. ej. Delegación Distrital II de Managua</source>
        <translation>e.g. Delegación Distrital II de Managua</translation>
    </message>
    <message>
        <source>Criterios &amp;unificados de:</source>
        <translation>&amp;Unified criteria of:</translation>
    </message>
    <message>
        <source>&amp;Nivel:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Có&amp;digo:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <source>N&amp;ombre:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Departamento (&amp;feriados):</source>
        <translation>Department (&amp;holidays):</translation>
    </message>
    <message>
        <source>Código del departamento o región, para sus feriados locales (p. ej. MN).</source>
        <translation>Code of the department or region, for its local holidays (e.g. MN).</translation>
    </message>
    <message>
        <source>El administrador o la administradora</source>
        <translation>The administrator</translation>
    </message>
    <message>
        <source>Crea el personal, las salas y los días de cierre. Contraseña de al menos {n} caracteres, con letras y números o signos.</source>
        <translation>Creates the staff, the rooms and the closure days. Password of at least {n} characters, with letters and digits or symbols.</translation>
    </message>
    <message>
        <source>p. ej. carla.ruiz</source>
        <translation>e.g. carla.ruiz</translation>
    </message>
    <message>
        <source>&amp;Cédula:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>Con&amp;traseña:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Repita la contraseña:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Datos de demostración</source>
        <translation>Demonstration data</translation>
    </message>
    <message>
        <source>{n} casos ficticios en 16 oficinas de Nicaragua, con su personal y sus audiencias de este mes y del anterior.</source>
        <translation>{n} fictitious cases in 16 offices of Nicaragua, with their staff and their hearings of this month and the last.</translation>
    </message>
    <message>
        <source>&amp;Contraseña de todos los usuarios:</source>
        <translation>&amp;Password of every user:</translation>
    </message>
    <message>
        <source>Anótela: la necesitará para entrar con cualquier usuario de la demostración.</source>
        <translation>Write it down: you will need it to sign in as any demonstration user.</translation>
    </message>
    <message>
        <source>Cargar la &amp;demostración</source>
        <translation>Load the &amp;demonstration</translation>
    </message>
    <message>
        <source>Cancelar la carga</source>
        <translation>Cancel the loading</translation>
    </message>
    <message>
        <source>Progreso de la carga</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <source>Demostración cargada: {cases} casos y {hearings} audiencias.</source>
        <translation>Demonstration loaded: {cases} cases and {hearings} hearings.</translation>
    </message>
    <message>
        <source>Carga cancelada: la base sigue vacía.</source>
        <translation>Loading cancelled: the database is still empty.</translation>
    </message>
    <message>
        <source>Todo listo</source>
        <translation>All set</translation>
    </message>
    <message>
        <source>La oficina y su administrador/a quedaron creados.</source>
        <translation>The office and its administrator were created.</translation>
    </message>
    <message>
        <source>Entre ahora con el usuario «{login}». En Administración cree las salas, el personal y los días de cierre de la oficina.</source>
        <translation>Sign in now as “{login}”. In Administration, create the office’s rooms, staff and closure days.</translation>
    </message>
    <message>
        <source>La demostración está cargada.</source>
        <translation>The demonstration is loaded.</translation>
    </message>
    <message>
        <source>Entre con cualquiera de estos usuarios (contraseña «{password}»):</source>
        <translation>Sign in as any of these users (password “{password}”):</translation>
    </message>
    <message>
        <source>Conciliador — Primer inicio</source>
        <translation>Conciliador — First start</translation>
    </message>
    <message>
        <source>no coincide con la contraseña</source>
        <translation>does not match the password</translation>
    </message>
    <message>
        <source>Áreas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Oficina</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Antes</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Después</source>
        <translation>After</translation>
    </message>
    <message>
        <source>  &amp;Oficina: </source>
        <translation>  &amp;Office: </translation>
    </message>
    <message>
        <source>&amp;Sesión</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Cambiar mi &amp;contraseña…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>C&amp;errar sesión</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Actualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Idioma</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Abrir la carpeta de &amp;registros</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;Acerca de Conciliador</source>
        <translation>&amp;About Conciliador</translation>
    </message>
    <message>
        <source>Acerca de Conciliador</source>
        <translation>About Conciliador</translation>
    </message>
    <message>
        <source>Conciliador {version}

Audiencias de conciliación familiar: agenda, solicitudes, acuerdos y actas con los criterios unificados del ministerio.</source>
        <translation>Conciliador {version}

Family conciliation hearings: agenda, requests, agreements and actas under the ministry’s unified criteria.</translation>
    </message>
    <message>
        <source>Conciliador — Iniciar sesión</source>
        <translation>Conciliador — Sign in</translation>
    </message>
    <message>
        <source>Audiencias de conciliación familiar</source>
        <translation>Family conciliation hearings</translation>
    </message>
    <message>
        <source>Problema al iniciar sesión</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <source>&amp;Entrar</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Base de datos: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <source>Escriba su usuario y su contraseña.</source>
        <translation>Type your user name and password.</translation>
    </message>
    <message>
        <source>Cambiar la contraseña</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>El administrador le dio una contraseña temporal. Elija ahora su propia contraseña: al menos {n} caracteres, con letras y números o signos.</source>
        <translation>The administrator gave you a temporary password. Choose your own now: at least {n} characters, with letters and digits or symbols.</translation>
    </message>
    <message>
        <source>Al menos {n} caracteres, con letras y números o signos.</source>
        <translation>At least {n} characters, with letters and digits or symbols.</translation>
    </message>
    <message>
        <source>Contraseña &amp;actual:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;Nueva contraseña:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repítala:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>Guardar la contraseña</source>
        <translation>Save the password</translation>
    </message>
    <message>
        <source>Cerrar sesión</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>no coincide con la nueva contraseña</source>
        <translation>does not match the new password</translation>
    </message>
    <message>
        <source>sin indicar</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>p. ej. 12,500.00</source>
        <translation>e.g. 12,500.00</translation>
    </message>
    <message>
        <source>Cancelado. No se guardó nada a medias.</source>
        <translation>Cancelled. Nothing was half-saved.</translation>
    </message>
    <message>
        <source>La copia de seguridad de hoy se guardó, pero la verificación encontró {count} problema(s): avise al administrador.</source>
        <translation>Today&apos;s backup was saved, but the verification found {count} problem(s): tell the administrator.</translation>
    </message>
    <message>
        <source>Copia de seguridad de hoy guardada ({name}).</source>
        <translation>Today&apos;s backup saved ({name}).</translation>
    </message>
    <message>
        <source>No se pudo hacer la copia de seguridad de hoy: {why}</source>
        <translation>Today&apos;s backup could not be made: {why}</translation>
    </message>
    <message>
        <source>No se pudo hacer la copia de seguridad de hoy (el error quedó en el registro).</source>
        <translation>Today&apos;s backup could not be made (the error was written to the log).</translation>
    </message>
</context>
</TS>
