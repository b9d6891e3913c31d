<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name></name>
    <message>
        <source>{status}, reemplazada</source>
        <translation>{status}, replaced</translation>
    </message>
    <message>
        <source>{status} (reemplazo)</source>
        <translation>{status} (replacement)</translation>
    </message>
    <message>
        <source>sin número</source>
        <translation>no number</translation>
    </message>
    <message>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Todos los tipos</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Todas las fechas</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Un día</source>
        <translation>One day</translation>
    </message>
    <message>
        <source>Un mes</source>
        <translation>One month</translation>
    </message>
    <message>
        <source>n.º de caso, nombre o apellido…</source>
        <translation>case no., first or last name…</translation>
    </message>
    <message>
        <source>Incluir las &amp;reemplazadas</source>
        <translation>Include &amp;replaced ones</translation>
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Conci&amp;liador/a:</source>
        <translation>O&amp;fficer:</translation>
    </message>
    <message>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Día</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Mes</source>
        <translation>Month</translation>
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
        <source>Ninguno registrado todavía.</source>
        <translation>None recorded yet.</translation>
    </message>
    <message>
        <source>Feriado por decreto ({code})</source>
        <translation>Holiday by decree ({code})</translation>
    </message>
    <message>
        <source>Variación del IPC ({code})</source>
        <translation>CPI variation ({code})</translation>
    </message>
    <message>
        <source>p. ej. Día de duelo nacional</source>
        <translation>e.g. National day of mourning</translation>
    </message>
    <message>
        <source>El decreto o la ley que lo declara</source>
        <translation>The decree or law that declares it</translation>
    </message>
    <message>
        <source>&amp;Fecha del feriado:</source>
        <translation>Holiday &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>p. ej. 4,5</source>
        <translation>e.g. 4.5</translation>
    </message>
    <message>
        <source>La entidad que publica el índice y su boletín</source>
        <translation>The body that publishes the index, and its bulletin</translation>
    </message>
    <message>
        <source>&amp;Variación anual (%):</source>
        <translation>Yearly &amp;variation (%):</translation>
    </message>
    <message>
        <source>Se &amp;aplica desde:</source>
        <translation>&amp;Applies from:</translation>
    </message>
    <message>
        <source>Los reajustes por IPC de ese día en adelante (durante un año).</source>
        <translation>CPI adjustments from that day on (for one year).</translation>
    </message>
    <message>
        <source>F&amp;uente:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <source>Vi&amp;gente desde:</source>
        <translation>In for&amp;ce from:</translation>
    </message>
    <message>
        <source>La versión del perfil que lo registra rige desde ese día.</source>
        <translation>The profile version that records it is in force from that day.</translation>
    </message>
    <message>
        <source>Ninguna registrada todavía.</source>
        <translation>None recorded yet.</translation>
    </message>
    <message>
        <source>Ya registrados:</source>
        <translation>Already recorded:</translation>
    </message>
    <message>
        <source>Variaciones ya registradas:</source>
        <translation>Variations already recorded:</translation>
    </message>
    <message>
        <source>Borrador {number} del perfil {code} guardado ({note}): publíquelo para que rija desde el {day}.</source>
        <translation>Draft {number} of profile {code} saved ({note}): publish it to put it in force from {day}.</translation>
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
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Depende de</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Perfil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Abierta</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cerrada</source>
        <translation>Closed</translation>
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
        <source>falta: no podrá emitir actas</source>
        <translation>missing: cannot issue actas</translation>
    </message>
    <message>
        <source>Editar la oficina</source>
        <translation>Edit the office</translation>
    </message>
    <message>
        <source>Nueva oficina</source>
        <translation>New office</translation>
    </message>
    <message>
        <source>Su&amp;perior:</source>
        <translation>Su&amp;perior:</translation>
    </message>
    <message>
        <source>&amp;Código:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Artículo:</source>
        <translation>&amp;Article:</translation>
    </message>
    <message>
        <source>Cómo se lee el nombre en una frase: «la Delegación…», «el Centro…».</source>
        <translation>How the name reads inside a sentence: «la Delegación…», «el Centro…».</translation>
    </message>
    <message>
        <source>Ni&amp;vel:</source>
        <translation>Le&amp;vel:</translation>
    </message>
    <message>
        <source>Per&amp;fil de criterios:</source>
        <translation>Criteria pro&amp;file:</translation>
    </message>
    <message>
        <source>&amp;Zona horaria:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Departamento o región:</source>
        <translation>&amp;Department or region:</translation>
    </message>
    <message>
        <source>El lugar que nombran las actas: «En Tipitapa, …».</source>
        <translation>The place the actas name: «En Tipitapa, …».</translation>
    </message>
    <message>
        <source>D&amp;irección:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <source>&amp;Teléfono:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>(ninguna: oficina nacional)</source>
        <translation>(none: national office)</translation>
    </message>
    <message>
        <source>Oficina «{code}» guardada.</source>
        <translation>Office «{code}» saved.</translation>
    </message>
    <message>
        <source>Mover la oficina «{code}»</source>
        <translation>Move office «{code}»</translation>
    </message>
    <message>
        <source>&amp;Nueva oficina superior:</source>
        <translation>&amp;New superior office:</translation>
    </message>
    <message>
        <source>Quienes supervisan la oficina superior verán sus casos y su agenda; los de la anterior dejarán de verlos.</source>
        <translation>Supervisors of the superior office will see its cases and agenda; those of the previous one will no longer see them.</translation>
    </message>
    <message>
        <source>La oficina «{code}» depende ahora de «{parent}».</source>
        <translation>Office «{code}» now reports to «{parent}».</translation>
    </message>
    <message>
        <source>Cerrar la oficina «{code}»</source>
        <translation>Close office «{code}»</translation>
    </message>
    <message>
        <source>Cerrar la oficina</source>
        <translation>Close the office</translation>
    </message>
    <message>
        <source>Sus expedientes, actas y bitácora se conservan; no recibirá casos nuevos.</source>
        <translation>Its cases, actas and audit trail are kept; it will receive no new cases.</translation>
    </message>
    <message>
        <source>Oficina «{code}» cerrada.</source>
        <translation>Office «{code}» closed.</translation>
    </message>
    <message>
        <source>Capacidad legal de {name}</source>
        <translation>Legal capacity of {name}</translation>
    </message>
    <message>
        <source>Capacidad legal de {name} guardada.</source>
        <translation>Legal capacity of {name} saved.</translation>
    </message>
    <message>
        <source>Oficinas</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Quienes conducen audiencias en la oficina</source>
        <translation>Who conducts hearings at the office</translation>
    </message>
    <message>
        <source>&amp;Nueva oficina debajo…</source>
        <translation>&amp;New office below…</translation>
    </message>
    <message>
        <source>&amp;Mover…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>Ce&amp;rrar…</source>
        <translation>C&amp;lose…</translation>
    </message>
    <message>
        <source>Capacidad &amp;legal…</source>
        <translation>&amp;Legal capacity…</translation>
    </message>
    <message>
        <source>&amp;Reabrir</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Quienes conducen audiencias en {code}</source>
        <translation>Who conducts hearings at {code}</translation>
    </message>
    <message>
        <source>Oficina «{code}» abierta de nuevo.</source>
        <translation>Office «{code}» open again.</translation>
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
        <source>&amp;Sexo:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>Para su título en actas y citaciones: Conciliadora, Conciliador.</source>
        <translation>For their title on actas and citations (Conciliadora, Conciliador).</translation>
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
        <source>p. ej. 12345</source>
        <extracomment>The officer&apos;s registry number, where the office&apos;s profile asks the acta to name it (Peru, Ley 26872, art. 16 f); None elsewhere.</extracomment>
        <translation>e.g. 12345</translation>
    </message>
    <message>
        <source>Número de reg&amp;istro:</source>
        <translation>Reg&amp;istry number:</translation>
    </message>
    <message>
        <source>El acta lo consigna ({source}). Sin él, las actas de conciliadores y supervisores no se pueden emitir.</source>
        <translation>The acta states it ({source}). Without it, the actas of conciliators and supervisors cannot be issued.</translation>
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
        <source>&amp;Oficinas</source>
        <translation>&amp;Offices</translation>
    </message>
    <message>
        <source>Co&amp;pias de seguridad</source>
        <translation>Back&amp;ups</translation>
    </message>
    <message>
        <source>Plan&amp;tillas</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <source>Crit&amp;erios</source>
        <translation>Crit&amp;eria</translation>
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
        <source>Horas de la audiencia del caso {case} corregidas.</source>
        <translation>Times of the hearing of case {case} corrected.</translation>
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
        <source>Iniciar la audiencia</source>
        <translation>Start the hearing</translation>
    </message>
    <message>
        <source>Aviso antes de iniciar</source>
        <translation>Notice before starting</translation>
    </message>
    <message>
        <source>Para iniciarla ahora, registre por qué:</source>
        <translation>To start it now, record why:</translation>
    </message>
    <message>
        <source>Por ejemplo: ambas partes acudieron por su cuenta.</source>
        <translation>For example: both parties came on their own.</translation>
    </message>
    <message>
        <source>&amp;Hora de inicio:</source>
        <translation>Start &amp;time:</translation>
    </message>
    <message>
        <source>&amp;Motivo del inicio:</source>
        <translation>&amp;Reason for starting:</translation>
    </message>
    <message>
        <source>Obligatorio si se inicia antes del día o de la hora señalados, o sin constancia de entrega de una citación.</source>
        <translation>Required when it starts before the booked day or time, or without proof that a citation was delivered.</translation>
    </message>
    <message>
        <source>Corregir las horas de la audiencia</source>
        <translation>Correct the hearing&apos;s times</translation>
    </message>
    <message>
        <source>Corregir las horas</source>
        <translation>Correct the times</translation>
    </message>
    <message>
        <source>El acta dice la fecha y las horas reales de la audiencia. Corríjalas solo si se registraron mal; la corrección y su motivo quedan en la bitácora.</source>
        <translation>The acta states the hearing&apos;s real date and times. Correct them only if they were recorded wrongly; the correction and its reason are kept in the audit log.</translation>
    </message>
    <message>
        <source>Hora de &amp;inicio:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <source>Hora de &amp;conclusión:</source>
        <translation>&amp;End time:</translation>
    </message>
    <message>
        <source>&amp;Motivo de la corrección:</source>
        <translation>&amp;Reason for the correction:</translation>
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
        <source>Sin registro aquí (use «Verificar»)</source>
        <translation>No record here (use «Check»)</translation>
    </message>
    <message>
        <source>Verificada sin problemas</source>
        <translation>Checked, no problems</translation>
    </message>
    <message>
        <source>{count} problema(s) al hacerla</source>
        <translation>{count} problem(s) when made</translation>
    </message>
    <message>
        <source>Hecha el</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Tamaño</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Verificación</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>(sin cambios)</source>
        <translation>(no changes)</translation>
    </message>
    <message>
        <source>Se reemplazará la base de datos «{database}» — hoy con {cases} caso(s) y {actas} acta(s), último cambio el {last} — y la carpeta de documentos «{documents}» por el contenido de la copia «{name}», hecha el {made} ({documents_count} documento(s)).

Todo lo registrado después de esa fecha dejará de estar en la base. Antes de reemplazar se guarda una copia de la base actual.</source>
        <translation>The database «{database}» — today holding {cases} case(s) and {actas} acta(s), last changed on {last} — and the documents folder «{documents}» will be replaced by the contents of the backup «{name}», made on {made} ({documents_count} document(s)).

Everything recorded after that date will no longer be in the database. A copy of the current database is saved before replacing it.</translation>
    </message>
    <message>
        <source>Carpeta y rotación de las copias</source>
        <translation>Backup folder and rotation</translation>
    </message>
    <message>
        <source>&amp;Elegir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Carpeta:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Un disco USB o una carpeta compartida en la red; debe poder escribirse.</source>
        <translation>A USB disk or a shared network folder; it must be writable.</translation>
    </message>
    <message>
        <source>Copias &amp;diarias:</source>
        <translation>&amp;Daily copies:</translation>
    </message>
    <message>
        <source>Copias &amp;semanales:</source>
        <translation>&amp;Weekly copies:</translation>
    </message>
    <message>
        <source>Copias &amp;mensuales:</source>
        <translation>&amp;Monthly copies:</translation>
    </message>
    <message>
        <source>Se guarda la copia más reciente de cada uno de los últimos días, semanas y meses indicados; las demás se borran.</source>
        <translation>The newest copy of each of the last days, weeks and months given is kept; the others are deleted.</translation>
    </message>
    <message>
        <source>Carpeta de las copias</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Las copias se guardarán en «{folder}».</source>
        <translation>Backups will be saved in «{folder}».</translation>
    </message>
    <message>
        <source>¿Restaurar esta copia?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <source>La copia tiene {count} problema(s): restaurarla de todos modos</source>
        <translation>The backup has {count} problem(s): restore it anyway</translation>
    </message>
    <message>
        <source>Reemplazar y restaurar</source>
        <translation>Replace and restore</translation>
    </message>
    <message>
        <source>Copias de seguridad</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Hacer una copia ahora</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Verificar</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Restaurar…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Carpeta y ro&amp;tación…</source>
        <translation>Folder and ro&amp;tation…</translation>
    </message>
    <message>
        <source>Carpeta: {folder} — se guardan {days} diarias, {weeks} semanales y {months} mensuales.</source>
        <translation>Folder: {folder} — keeping {days} daily, {weeks} weekly and {months} monthly.</translation>
    </message>
    <message>
        <source>Copia «{name}» guardada, pero con {count} problema(s): {first}</source>
        <translation>Backup «{name}» saved, but with {count} problem(s): {first}</translation>
    </message>
    <message>
        <source>Copia «{name}» guardada y verificada ({size}).</source>
        <translation>Backup «{name}» saved and checked ({size}).</translation>
    </message>
    <message>
        <source>Copia de seguridad</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Copiando y verificando la base y los documentos…</source>
        <translation>Copying and checking the database and the documents…</translation>
    </message>
    <message>
        <source>La copia «{name}» tiene {count} problema(s): {first}</source>
        <translation>Backup «{name}» has {count} problem(s): {first}</translation>
    </message>
    <message>
        <source>La copia «{name}» está completa y sin problemas.</source>
        <translation>Backup «{name}» is complete and has no problems.</translation>
    </message>
    <message>
        <source>Verificar la copia</source>
        <translation>Check the backup</translation>
    </message>
    <message>
        <source>Leyendo la copia entera…</source>
        <translation>Reading the whole backup…</translation>
    </message>
    <message>
        <source>Restaurar una copia</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Leyendo y verificando la copia antes de tocar nada…</source>
        <translation>Reading and checking the backup before touching anything…</translation>
    </message>
    <message>
        <source>Copia restaurada (la base anterior quedó en «{safety}»). Cierre Conciliador y vuelva a abrirlo para trabajar con la base restaurada.</source>
        <translation>Backup restored (the previous database was kept in «{safety}»). Close Conciliador and open it again to work with the restored database.</translation>
    </message>
    <message>
        <source>Restaurando la base y los documentos…</source>
        <translation>Restoring the database and the documents…</translation>
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
        <source>&amp;Iniciar la audiencia…</source>
        <translation>&amp;Start the hearing…</translation>
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
        <source>Registrar el resultado y el &amp;acuerdo…</source>
        <translation>Record the outcome and the &amp;agreement…</translation>
    </message>
    <message>
        <source>Ver o corregir el acuer&amp;do…</source>
        <translation>View or correct the agree&amp;ment…</translation>
    </message>
    <message>
        <source>Ver el ac&amp;ta</source>
        <translation>View the ac&amp;ta</translation>
    </message>
    <message>
        <source>Imprimir las citaci&amp;ones…</source>
        <translation>Print the citati&amp;ons…</translation>
    </message>
    <message>
        <source>Corregir las &amp;horas reales…</source>
        <translation>Correct the real &amp;times…</translation>
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
        <source>Horas reales:</source>
        <translation>Real times:</translation>
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
        <source>Inicio: {day}, {time}</source>
        <translation>Started: {day}, {time}</translation>
    </message>
    <message>
        <source>Conclusión: {when}</source>
        <translation>Ended: {when}</translation>
    </message>
    <message>
        <source>Motivo del inicio: {reason}</source>
        <translation>Reason for starting: {reason}</translation>
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
        <source>Citaciones del día</source>
        <translation>The day&apos;s citations</translation>
    </message>
    <message>
        <source>Las emitidas ese día, para entregarlas</source>
        <translation>Those issued that day, to deliver them</translation>
    </message>
    <message>
        <source>Las de las audiencias de ese día</source>
        <translation>Those of that day&apos;s hearings</translation>
    </message>
    <message>
        <source>&amp;Día:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Citaciones que se imprimen</source>
        <translation>Citations to print</translation>
    </message>
    <message>
        <source>&amp;Imprimir…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Guardar en una carpeta…</source>
        <translation>&amp;Save to a folder…</translation>
    </message>
    <message>
        <source>Todas las citaciones del día en un solo trabajo de impresión (la segunda y última lleva su advertencia). Se puede cancelar en cualquier momento.</source>
        <translation>All the day&apos;s citations in a single print job (the second and last carry their warning). It can be cancelled at any time.</translation>
    </message>
    <message>
        <source>Citaciones del {day}</source>
        <translation>Citations of {day}</translation>
    </message>
    <message>
        <source>{n} citación para imprimir.</source>
        <translation>{n} citation to print.</translation>
    </message>
    <message>
        <source>{n} citaciones para imprimir.</source>
        <translation>{n} citations to print.</translation>
    </message>
    <message>
        <source>No hay citaciones para ese día.</source>
        <translation>There are no citations for that day.</translation>
    </message>
    <message>
        <source>Guardar las citaciones en…</source>
        <translation>Save the citations to…</translation>
    </message>
    <message>
        <source>Cancelado: se guardaron {n} de {total} citaciones en {folder}.</source>
        <translation>Cancelled: {n} of {total} citations were saved to {folder}.</translation>
    </message>
    <message>
        <source>{n} citación guardada en {folder}.</source>
        <translation>{n} citation saved to {folder}.</translation>
    </message>
    <message>
        <source>{n} citaciones guardadas en {folder}.</source>
        <translation>{n} citations saved to {folder}.</translation>
    </message>
    <message>
        <source>Generando «{title}»…</source>
        <translation>Generating «{title}»…</translation>
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
        <source>&amp;Citaciones del día…</source>
        <extracomment>Milliseconds the selection must rest on a line before its PDF is made (arrowing through the list does not start a conversion per line). Outcome records whose borrador was opened since the list was read. PDFs of issued and signed actas (their text no longer changes).</extracomment>
        <translation>&amp;The day&apos;s citations…</translation>
    </message>
    <message>
        <source>Imprimir en un solo lote las citaciones de un día</source>
        <translation>Print a day&apos;s citations in one batch</translation>
    </message>
    <message>
        <source>Actualizar (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Actualizar</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Actas</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Se muestran las {n} más recientes: afine los filtros para ver otras.</source>
        <translation>Showing the {n} most recent: narrow the filters to see others.</translation>
    </message>
    <message>
        <source>{n} acta.</source>
        <translation>{n} acta.</translation>
    </message>
    <message>
        <source>{n} actas.</source>
        <translation>{n} actas.</translation>
    </message>
    <message>
        <source>No hay actas con estos filtros.</source>
        <translation>No actas match these filters.</translation>
    </message>
    <message>
        <source>El acta de este resultado todavía no se generó: la genera la persona conciliadora desde esta pantalla.</source>
        <translation>The acta of this outcome has not been generated yet: the officer generates it from this screen.</translation>
    </message>
    <message>
        <source>Hoja explicativa {name}</source>
        <translation>Explanation sheet {name}</translation>
    </message>
    <message>
        <source>Acta {name}</source>
        <translation>Acta {name}</translation>
    </message>
    <message>
        <source>Generando la vista previa de «{title}»…</source>
        <translation>Generating the preview of «{title}»…</translation>
    </message>
    <message>
        <source>Acta n.º {number} emitida: su texto queda congelado.</source>
        <translation>Acta no. {number} issued: its text is now frozen.</translation>
    </message>
    <message>
        <source>Acta n.º {number} firmada; su PDF de archivo quedó sellado.</source>
        <translation>Acta no. {number} signed; its archive PDF is sealed.</translation>
    </message>
    <message>
        <source>Firmar el acta</source>
        <translation>Sign the acta</translation>
    </message>
    <message>
        <source>Registrando las firmas y sellando el PDF de archivo…</source>
        <translation>Recording the signatures and sealing the archive PDF…</translation>
    </message>
    <message>
        <source>Se abrió el acta que reemplaza a la n.º {number}: corrija lo acordado si hace falta y emítala.</source>
        <translation>The acta replacing no. {number} is open: correct the agreement if needed and issue it.</translation>
    </message>
    <message>
        <source>Acta n.º {number}: legalidad verificada; ya se pueden registrar las firmas.</source>
        <translation>Acta no. {number}: legality checked; the signatures can now be recorded.</translation>
    </message>
    <message>
        <source>Acta n.º {number}: enviada al tribunal de familia.</source>
        <translation>Acta no. {number}: sent to the family court.</translation>
    </message>
    <message>
        <source>Acta n.º {number}: resolución del tribunal registrada.</source>
        <translation>Acta no. {number}: the court&apos;s decision recorded.</translation>
    </message>
    <message>
        <source>Copias y hoja explicativa del acta {name}</source>
        <translation>Copies and explanation sheet of acta {name}</translation>
    </message>
    <message>
        <source>Calendario</source>
        <extracomment>Where the period shown wanted to open and where it could (see ``_keep_opening``).</extracomment>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Todas las salas</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>{n} audiencia</source>
        <translation>{n} hearing</translation>
    </message>
    <message>
        <source>{n} audiencias</source>
        <translation>{n} hearings</translation>
    </message>
    <message>
        <source>Sin audiencias</source>
        <translation>No hearings</translation>
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
        <source>Citaciones del caso {case}</source>
        <translation>Citations of case {case}</translation>
    </message>
    <message>
        <source>Una citación por parte: véala, imprímala o guárdela en PDF.</source>
        <translation>One citation per party: view it, print it or save it as PDF.</translation>
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
        <extracomment>Free slots asked of the service, and how many are listed (at most PER_DAY a day, so the list spans several days instead of filling one). A follow-up hearing on a concluded case with a signed agreement. Who books: the signed-in person, or a supervisor who authorised at this desk. Read off the GUI thread when the dialog opens (``_opened``). The questions still out on the task runner (&quot;abrir&quot;, &quot;horarios&quot;, &quot;comprobar&quot;, &quot;programar&quot;), and the generation of the newest of each kind: an older answer is dropped.</extracomment>
        <translation>Reschedule the hearing</translation>
    </message>
    <message>
        <source>Citar a audiencia de seguimiento</source>
        <translation>Cite to a follow-up hearing</translation>
    </message>
    <message>
        <source>Programar una audiencia</source>
        <translation>Book a hearing</translation>
    </message>
    <message>
        <source>Estado de la búsqueda</source>
        <extracomment>«Buscando…» while a question is out; its row is the buttons&apos; row, so the text coming and going moves nothing.</extracomment>
        <translation>Search status</translation>
    </message>
    <message>
        <source>No se pudo completar la consulta; el error quedó registrado.</source>
        <extracomment>The choice and its check: disabled until the dialog has read what it offers.</extracomment>
        <translation>The query could not be completed; the error was logged.</translation>
    </message>
    <message>
        <source>Programando…</source>
        <translation>Booking…</translation>
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
        <source>Audiencia de seguimiento de su acuerdo firmado: el caso sigue concluido; un acuerdo nuevo, firmado, sustituye el calendario desde su fecha.</source>
        <translation>Follow-up hearing of the signed agreement: the case stays concluded; a new agreement, once signed, replaces the schedule from its date.</translation>
    </message>
    <message>
        <source>Caso…</source>
        <translation>Case…</translation>
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
        <source>&amp;Citar</source>
        <translation>&amp;Cite</translation>
    </message>
    <message>
        <source>Buscando horarios libres…</source>
        <translation>Looking for free slots…</translation>
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
        <source>Audiencia de seguimiento del caso {case} citada para el {when}, {where}, con {officer}. Se emitieron las citaciones de ambas partes.</source>
        <translation>Follow-up hearing of case {case} cited for {when}, {where}, with {officer}. Citations for both parties were issued.</translation>
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
        <extracomment>The office&apos;s words for documents and matters (set with the office).</extracomment>
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
        <source>qué se entrega</source>
        <translation>what is given</translation>
    </message>
    <message>
        <source>cuándo (p. ej. al inicio del año escolar)</source>
        <translation>when (e.g. at the start of the school year)</translation>
    </message>
    <message>
        <source>valor estimado</source>
        <translation>estimated value</translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Cuándo</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Valor estimado</source>
        <translation>Estimated value</translation>
    </message>
    <message>
        <source>Monto para {name}</source>
        <translation>Amount for {name}</translation>
    </message>
    <message>
        <source>Pauta alimentaria: el cálculo</source>
        <translation>Child support guideline: the working</translation>
    </message>
    <message>
        <source>Cálculo de la pauta alimentaria</source>
        <translation>Child support guideline working</translation>
    </message>
    <message>
        <source>Sin {matter} acordada, no hay cálculo.</source>
        <translation>No {matter} agreed, nothing to calculate.</translation>
    </message>
    <message>
        <source>Quién paga y a favor de quién</source>
        <translation>Who pays and to whom</translation>
    </message>
    <message>
        <source>&amp;Alimentante (paga):</source>
        <translation>&amp;Payer:</translation>
    </message>
    <message>
        <source>Hija o hijo</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Hijas e hijos:</source>
        <translation>Children:</translation>
    </message>
    <message>
        <source>Cómo se calcula</source>
        <translation>How it is worked out</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>&amp;Porcentaje del ingreso neto:</source>
        <translation>&amp;Percentage of net income:</translation>
    </message>
    <message>
        <source>Aplicar la &amp;pauta</source>
        <translation>Apply the &amp;guideline</translation>
    </message>
    <message>
        <source>Pone el porcentaje o los montos que fija la pauta del perfil de la oficina.</source>
        <translation>Fills in the percentage or the amounts the office profile&apos;s guideline sets.</translation>
    </message>
    <message>
        <source>p. ej. colilla de pago, constancia salarial</source>
        <translation>e.g. pay slip, salary certificate</translation>
    </message>
    <message>
        <source>Ingreso &amp;bruto mensual:</source>
        <translation>Gross monthly &amp;income:</translation>
    </message>
    <message>
        <source>Menos &amp;seguridad social:</source>
        <translation>Less &amp;social security:</translation>
    </message>
    <message>
        <source>Menos &amp;impuesto sobre la renta:</source>
        <translation>Less income &amp;tax:</translation>
    </message>
    <message>
        <source>El ingreso &amp;no tiene deducciones de ley</source>
        <translation>The income has &amp;no statutory deductions</translation>
    </message>
    <message>
        <source>Márquelo solo si el alimentante no cotiza a la seguridad social ni paga impuesto sobre la renta (trabajo por cuenta propia, informal…), según los documentos vistos.</source>
        <translation>Tick it only if the payer neither pays social security nor income tax (self-employed, informal work…), according to the documents seen.</translation>
    </message>
    <message>
        <source>Décimo tercer mes (&amp;anual):</source>
        <translation>Thirteenth month (&amp;yearly):</translation>
    </message>
    <message>
        <source>documentos vistos: colilla de pago, constancia salarial, declaración…</source>
        <translation>documents seen: payslip, salary certificate, statement…</translation>
    </message>
    <message>
        <source>&amp;Documentos vistos:</source>
        <translation>&amp;Documents seen:</translation>
    </message>
    <message>
        <source>Cuándo y cómo se paga</source>
        <translation>When and how it is paid</translation>
    </message>
    <message>
        <source>Pe&amp;riodicidad:</source>
        <translation>Pe&amp;riodicity:</translation>
    </message>
    <message>
        <source>y</source>
        <translation>and</translation>
    </message>
    <message>
        <source>&amp;Día de pago:</source>
        <translation>Pay&amp;ment day:</translation>
    </message>
    <message>
        <source>Pri&amp;mer pago:</source>
        <translation>Fi&amp;rst payment:</translation>
    </message>
    <message>
        <source>&amp;Forma de pago:</source>
        <translation>Payment &amp;method:</translation>
    </message>
    <message>
        <source>Banco:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Número de cuenta:</source>
        <translation>Account number:</translation>
    </message>
    <message>
        <source>Titular de la cuenta:</source>
        <translation>Account holder:</translation>
    </message>
    <message>
        <source>Empleador que deduce:</source>
        <translation>Employer who deducts:</translation>
    </message>
    <message>
        <source>Décimo tercer mes, especie, atrasos y reajuste</source>
        <translation>Thirteenth month, in kind, arrears and adjustment</translation>
    </message>
    <message>
        <source>Una parte del décimo tercer mes (aguinaldo), en diciembre</source>
        <translation>A share of the thirteenth month (aguinaldo), in December</translation>
    </message>
    <message>
        <source>Aguinaldo:</source>
        <translation>Aguinaldo:</translation>
    </message>
    <message>
        <source>Agregar algo en &amp;especie</source>
        <translation>Add something in &amp;kind</translation>
    </message>
    <message>
        <source>En especie:</source>
        <translation>In kind:</translation>
    </message>
    <message>
        <source>Pensiones atrasadas, en cuotas</source>
        <translation>Arrears of support, in instalments</translation>
    </message>
    <message>
        <source> cuotas</source>
        <translation> instalments</translation>
    </message>
    <message>
        <source>Atrasos:</source>
        <translation>Arrears:</translation>
    </message>
    <message>
        <source>primera:</source>
        <translation>first:</translation>
    </message>
    <message>
        <source>Reajuste anual</source>
        <translation>Yearly adjustment</translation>
    </message>
    <message>
        <source>índice (p. ej. IPC)</source>
        <translation>index (e.g. CPI)</translation>
    </message>
    <message>
        <source>Reajuste:</source>
        <translation>Adjustment:</translation>
    </message>
    <message>
        <source>desde:</source>
        <translation>from:</translation>
    </message>
    <message>
        <source>Motivo para apartarse de la pauta</source>
        <translation>Reason for departing from the guideline</translation>
    </message>
    <message>
        <source>Por qué el monto acordado es menor que el de la pauta (al menos 10 caracteres).</source>
        <translation>Why the agreed amount is lower than the guideline&apos;s (at least 10 characters).</translation>
    </message>
    <message>
        <source>Agregados de las partes sobre la pensión</source>
        <translation>The parties&apos; additions on child support</translation>
    </message>
    <message>
        <source>Monto {period} (se calcula del porcentaje)</source>
        <translation>{period} amount (worked out from the percentage)</translation>
    </message>
    <message>
        <source>Monto {period}</source>
        <translation>{period} amount</translation>
    </message>
    <message>
        <source>Total {period}: {amount}</source>
        <translation>{period} total: {amount}</translation>
    </message>
    <message>
        <source>({amount} al mes)</source>
        <translation>({amount} a month)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Día del mes (1 a 31)</source>
        <translation>Day of the month (1 to 31)</translation>
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
        <source>Cita&amp;ciones…</source>
        <translation>Cita&amp;tions…</translation>
    </message>
    <message>
        <source>Audiencias</source>
        <translation>Hearings</translation>
    </message>
    <message>
        <source>Cartas de de&amp;rivación…</source>
        <translation>&amp;Referral letters…</translation>
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
        <source>{document} n.º {n}</source>
        <translation>{document} no. {n}</translation>
    </message>
    <message>
        <source>partida</source>
        <translation>birth certificate</translation>
    </message>
    <message>
        <source>(reservado: vea el aviso de arriba)</source>
        <translation>(restricted: see the notice above)</translation>
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
        <source>Cartas de derivación del caso {case}</source>
        <translation>Referral letters of case {case}</translation>
    </message>
    <message>
        <source>La carta que acompaña al caso en la ruta de atención. Es confidencial: no se entrega a la otra parte.</source>
        <translation>The letter that goes with the case along the care pathway. It is confidential: it is not given to the other party.</translation>
    </message>
    <message>
        <source>Reservado: las respuestas las ve quien lleva el caso y la supervisión.</source>
        <translation>Restricted: the answers are seen by whoever handles the case and the supervision.</translation>
    </message>
    <message>
        <source>(no usa)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Publicada</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Vigente desde</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Ingreso mínimo</source>
        <translation>Minimum wage</translation>
    </message>
    <message>
        <source>Fuente</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Versiones del perfil</source>
        <translation>Versions of the profile</translation>
    </message>
    <message>
        <source>Pu&amp;blicar el borrador</source>
        <translation>Pu&amp;blish the draft</translation>
    </message>
    <message>
        <source>Editar el perfil &amp;completo…</source>
        <translation>Edit the &amp;whole profile…</translation>
    </message>
    <message>
        <source>I&amp;mportar un paquete firmado…</source>
        <translation>I&amp;mport a signed package…</translation>
    </message>
    <message>
        <source>Instalar la clave &amp;nacional…</source>
        <translation>Install the &amp;national key…</translation>
    </message>
    <message>
        <source>Feriado por &amp;decreto…</source>
        <translation>Holiday by &amp;decree…</translation>
    </message>
    <message>
        <source>Variación del I&amp;PC…</source>
        <translation>C&amp;PI variation…</translation>
    </message>
    <message>
        <source>p. ej. 560000</source>
        <translation>e.g. 560000</translation>
    </message>
    <message>
        <source>La ley, el decreto o la entidad que fija el valor</source>
        <translation>The law, decree or body that sets the value</translation>
    </message>
    <message>
        <source>&amp;Ingreso mínimo:</source>
        <translation>&amp;Minimum wage:</translation>
    </message>
    <message>
        <source>Ingreso mínimo &amp;desde:</source>
        <translation>Minimum wage &amp;since:</translation>
    </message>
    <message>
        <source>&amp;Vigente desde:</source>
        <translation>In &amp;force from:</translation>
    </message>
    <message>
        <source>Las audiencias de ese día en adelante usarán esta versión.</source>
        <translation>Hearings from that day on will use this version.</translation>
    </message>
    <message>
        <source>&amp;Fuente del nuevo valor:</source>
        <translation>&amp;Source of the new value:</translation>
    </message>
    <message>
        <source>&amp;Guardar como borrador</source>
        <translation>&amp;Save as draft</translation>
    </message>
    <message>
        <source>Valores anuales de la próxima versión</source>
        <translation>Yearly values of the next version</translation>
    </message>
    <message>
        <source>Oficinas con su propia base:</source>
        <translation>Offices with their own database:</translation>
    </message>
    <message>
        <source>elija la fecha</source>
        <translation>choose the date</translation>
    </message>
    <message>
        <source>Borrador {number} del perfil {code} guardado: publíquelo para que rija desde el {day}.</source>
        <translation>Draft {number} of profile {code} saved: publish it for it to apply from {day}.</translation>
    </message>
    <message>
        <source>Paquete de criterios</source>
        <translation>Criteria package</translation>
    </message>
    <message>
        <source>Paquete de criterios (*.criterios)</source>
        <translation>Criteria package (*.criterios)</translation>
    </message>
    <message>
        <source>Paquete importado: {profiles} versión(es) de perfil y {templates} de plantilla nuevas; {present} ya estaban.</source>
        <translation>Package imported: {profiles} new profile version(s) and {templates} new template version(s); {present} were already here.</translation>
    </message>
    <message>
        <source>Clave pública de la oficina nacional</source>
        <translation>Public key of the national office</translation>
    </message>
    <message>
        <source>Clave pública (*.pub)</source>
        <translation>Public key (*.pub)</translation>
    </message>
    <message>
        <source>No se pudo leer la clave «{file}».</source>
        <translation>Could not read the key «{file}».</translation>
    </message>
    <message>
        <source>Clave de la oficina nacional instalada (huella {mark}).</source>
        <translation>National office key installed (fingerprint {mark}).</translation>
    </message>
    <message>
        <source>Versión {number} del perfil {code} publicada: rige desde el {day}.</source>
        <translation>Version {number} of profile {code} published: it applies from {day}.</translation>
    </message>
    <message>
        <source>Sí</source>
        <extracomment>Emitted with True when an answer signals violence.</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Publicada el</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>(de fábrica)</source>
        <translation>(shipped)</translation>
    </message>
    <message>
        <source>Por</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Qué cambia</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Publicar la plantilla «{name}»</source>
        <translation>Publish template «{name}»</translation>
    </message>
    <message>
        <source>&amp;Qué cambia:</source>
        <translation>&amp;What changes:</translation>
    </message>
    <message>
        <source>Plantilla:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>(el archivo cargado)</source>
        <translation>(the file loaded)</translation>
    </message>
    <message>
        <source>Publicar</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Las actas que se emitan desde ahora en las oficinas con el perfil {profile} usarán esta versión; las ya emitidas conservan la suya.</source>
        <translation>Actas issued from now on in the offices with profile {profile} will use this version; those already issued keep their own.</translation>
    </message>
    <message>
        <source>Plantilla «{name}» publicada como versión {number}.</source>
        <translation>Template «{name}» published as version {number}.</translation>
    </message>
    <message>
        <source>Versiones de la plantilla</source>
        <translation>Versions of the template</translation>
    </message>
    <message>
        <source>Cargar una plantilla e&amp;ditada…</source>
        <translation>Load an e&amp;dited template…</translation>
    </message>
    <message>
        <source>&amp;Vista previa</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Pu&amp;blicar…</source>
        <translation>Pu&amp;blish…</translation>
    </message>
    <message>
        <source>Volver a esta ve&amp;rsión</source>
        <translation>Go back to this ve&amp;rsion</translation>
    </message>
    <message>
        <source>&amp;Guardar una copia…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>Ninguna plantilla cargada.</source>
        <translation>No template loaded.</translation>
    </message>
    <message>
        <source>Cargue una plantilla editada para verla aquí con datos de ejemplo.</source>
        <translation>Load an edited template to see it here with sample data.</translation>
    </message>
    <message>
        <source>Per&amp;fil:</source>
        <translation>Pro&amp;file:</translation>
    </message>
    <message>
        <source>Pla&amp;ntilla:</source>
        <translation>Temp&amp;late:</translation>
    </message>
    <message>
        <source>Plantilla editada</source>
        <translation>Edited template</translation>
    </message>
    <message>
        <source>Documento de Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>No se pudo leer «{file}»: {why}</source>
        <translation>Could not read «{file}»: {why}</translation>
    </message>
    <message>
        <source>«{file}» cargada y comprobada: véala en vista previa y publíquela.</source>
        <translation>«{file}» loaded and checked: preview it and publish it.</translation>
    </message>
    <message>
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Preparando el PDF con datos de ejemplo…</source>
        <translation>Preparing the PDF with sample data…</translation>
    </message>
    <message>
        <source>Vuelve a usarse la versión {old} (publicada como versión {new}).</source>
        <translation>Version {old} is in use again (published as version {new}).</translation>
    </message>
    <message>
        <source>Guardar una copia de la plantilla</source>
        <translation>Save a copy of the template</translation>
    </message>
    <message>
        <source>No se pudo guardar «{file}»: {why}</source>
        <translation>Could not save «{file}»: {why}</translation>
    </message>
    <message>
        <source>Copia guardada en «{file}».</source>
        <translation>Copy saved in «{file}».</translation>
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
        <source>p. ej. {example}</source>
        <translation>e.g. {example}</translation>
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
        <extracomment>What the office&apos;s country calls a child&apos;s birth record (its profile&apos;s words).</extracomment>
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
        <source>Quitar a la hija o hijo {n}</source>
        <translation>Remove child {n}</translation>
    </message>
    <message>
        <source>Agregar &amp;otra hija o hijo</source>
        <translation>Add &amp;another child</translation>
    </message>
    <message>
        <source>Nueva solicitud</source>
        <extracomment>The office&apos;s words for documents and matters (its profile&apos;s ``[terminos]``).</extracomment>
        <translation>New request</translation>
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
        <source>Al escribir el nombre o el número de {document} de una parte aparecen las personas ya registradas: elíjala para no registrarla dos veces.</source>
        <translation>Typing the name or the {document} number of a party lists the people already registered: choose one so as not to register them twice.</translation>
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
        <extracomment>The shown office&apos;s words for matters and IDs (set by the cases area).</extracomment>
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
        <source>Todos</source>
        <translation>All</translation>
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
        <source>Número de caso, nombre o número de {document} de una parte</source>
        <translation>Case number, name or {document} number of a party</translation>
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
        <extracomment>The office&apos;s words for ID documents (its profile&apos;s ``[terminos]``). How services name this party in problems: ``Intake.CLAIMANT``, ``Intake.RESPONDENT``.</extracomment>
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
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV para Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Reportes</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Mes:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Oficina:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>Oficina del resumen</source>
        <translation>Office of the summary</translation>
    </message>
    <message>
        <source>Exportar a &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <source>Exportar a &amp;CSV…</source>
        <translation>Export to &amp;CSV…</translation>
    </message>
    <message>
        <source>Exportar a &amp;PDF…</source>
        <translation>Export to &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Listado de casos (datos personales)…</source>
        <translation>Case &amp;list (personal data)…</translation>
    </message>
    <message>
        <source>Casos del mes con nombres y documentos de las partes; la exportación queda en la bitácora de auditoría.</source>
        <translation>The month&apos;s cases with the parties&apos; names and documents; the export is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Exportando… %p %</source>
        <translation>Exporting… %p %</translation>
    </message>
    <message>
        <source>Su rol no permite ver reportes: los ven la supervisión y la dirección.</source>
        <translation>Your role cannot view reports: supervisors and management see them.</translation>
    </message>
    <message>
        <source>No hay oficinas todavía: ejecute «conciliador init».</source>
        <translation>There are no offices yet: run «conciliador init».</translation>
    </message>
    <message>
        <source>Calculando el resumen…</source>
        <translation>Working out the summary…</translation>
    </message>
    <message>
        <source>Sin actividad registrada en {month} en esta oficina ni en las que dependen de ella; se muestran los meses de comparación.</source>
        <translation>No activity recorded in {month} in this office or those under it; the comparison months are shown.</translation>
    </message>
    <message>
        <source>Mes en curso: cifras del 1 al {day} de {month}; los meses con que se compara están completos.</source>
        <translation>Month in progress: figures from the 1st to the {day}th of {month}; the months it is compared with are complete.</translation>
    </message>
    <message>
        <source>Gráficos</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>{chart}: sin datos en los meses comparados.</source>
        <translation>{chart}: no data in the compared months.</translation>
    </message>
    <message>
        <source>Guardar el listado de casos</source>
        <translation>Save the case list</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Guardar el resumen como {format}</source>
        <translation>Save the summary as {format}</translation>
    </message>
    <message>
        <source>Exportando…</source>
        <translation>Exporting…</translation>
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
        <source>(ninguno)</source>
        <translation>(none)</translation>
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
        <source>&amp;Artículo del nombre:</source>
        <translation>&amp;Article of the name:</translation>
    </message>
    <message>
        <source>Como se dice en una frase: «Acuda a la Delegación…», «al Centro…».</source>
        <translation>As said in a sentence: «Acuda a la Delegación…», «al Centro…».</translation>
    </message>
    <message>
        <source>De&amp;partamento o región:</source>
        <translation>De&amp;partment or region:</translation>
    </message>
    <message>
        <source>&amp;Municipio:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Donde se firman las actas: «En Tipitapa, a los…».</source>
        <translation>Where the actas are signed: «En Tipitapa, a los…».</translation>
    </message>
    <message>
        <source>Subdivisión (&amp;feriados):</source>
        <translation>Subdivision (&amp;holidays):</translation>
    </message>
    <message>
        <source>Código del departamento o región, para sus feriados locales (p. ej. MN).</source>
        <translation>Code of the department or region, for its local holidays (e.g. MN).</translation>
    </message>
    <message>
        <source>(elija)</source>
        <translation>(choose)</translation>
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
        <source>Primer inicio</source>
        <translation>First start</translation>
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
        <source>Oficina</source>
        <extracomment>The filters&apos; problems, under the field they name («Hasta» before «Desde»).</extracomment>
        <translation>Office</translation>
    </message>
    <message>
        <source>  &amp;Oficina: </source>
        <translation>  &amp;Office: </translation>
    </message>
    <message>
        <source>Pendientes ({n})</source>
        <translation>Pending ({n})</translation>
    </message>
    <message>
        <source>Tiene {n} alerta(s) pendiente(s): véalas en «Pendientes».</source>
        <translation>You have {n} pending alert(s): see them in “Pending”.</translation>
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
        <source>Descartar alerta</source>
        <extracomment>Alerts about a signed agreement&apos;s account: they offer the family&apos;s account. Alerts about a signed agreement: the family may be cited to a follow-up hearing.</extracomment>
        <translation>Dismiss alert</translation>
    </message>
    <message>
        <source>Por qué ya no requiere atención (queda en la bitácora)</source>
        <translation>Why it no longer needs attention (kept in the audit trail)</translation>
    </message>
    <message>
        <source>Pendientes</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>&amp;Actualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Alertas por tipo</source>
        <translation>Alerts by kind</translation>
    </message>
    <message>
        <source>Alertas pendientes</source>
        <translation>Pending alerts</translation>
    </message>
    <message>
        <source>Elija una alerta para ver qué hacer.</source>
        <translation>Choose an alert to see what to do.</translation>
    </message>
    <message>
        <source>&amp;Estado de cuenta…</source>
        <translation>Payment &amp;statement…</translation>
    </message>
    <message>
        <source>&amp;Descartar…</source>
        <translation>&amp;Dismiss…</translation>
    </message>
    <message>
        <source>Citar a audiencia de &amp;seguimiento…</source>
        <translation>Cite to a &amp;follow-up hearing…</translation>
    </message>
    <message>
        <source>Por tipo</source>
        <translation>By kind</translation>
    </message>
    <message>
        <source>Calculando…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>%n alerta(s) pendiente(s), de la más urgente a la menos</source>
        <translation>%n pending alert(s), most urgent first</translation>
    </message>
    <message>
        <source>Sin alertas pendientes.</source>
        <translation>No pending alerts.</translation>
    </message>
    <message>
        <source>Alerta descartada; el motivo quedó en la bitácora.</source>
        <translation>Alert dismissed; the reason was written to the audit trail.</translation>
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
        <source>Iniciar sesión</source>
        <translation>Sign in</translation>
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
        <source>Datos del acta</source>
        <translation>Acta details</translation>
    </message>
    <message>
        <source>Lo que impide emitir el acta</source>
        <translation>What prevents issuing the acta</translation>
    </message>
    <message>
        <source>&amp;Emitir…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>Registrar &amp;firmas…</source>
        <translation>Record &amp;signatures…</translation>
    </message>
    <message>
        <source>Corregir el &amp;acuerdo…</source>
        <translation>Correct the &amp;agreement…</translation>
    </message>
    <message>
        <source>&amp;Reemplazar…</source>
        <translation>&amp;Replace…</translation>
    </message>
    <message>
        <source>Verificar la &amp;legalidad…</source>
        <translation>Check &amp;legality…</translation>
    </message>
    <message>
        <source>Enviar al &amp;tribunal…</source>
        <translation>Send to the &amp;court…</translation>
    </message>
    <message>
        <source>Re&amp;solución del tribunal…</source>
        <translation>Court&apos;&amp;s decision…</translation>
    </message>
    <message>
        <source>Imprimir el documento que se ve abajo</source>
        <translation>Print the document shown below</translation>
    </message>
    <message>
        <source>Imprimir las &amp;copias y la hoja…</source>
        <translation>Print the &amp;copies and the sheet…</translation>
    </message>
    <message>
        <source>Una copia para cada parte, con su leyenda, y la hoja explicativa para la familia</source>
        <translation>One copy for each party, with its legend, and the explanation sheet for the family</translation>
    </message>
    <message>
        <source>&amp;Guardar PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Documento que se muestra</source>
        <translation>Document shown</translation>
    </message>
    <message>
        <source>&amp;Documento:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Elija un acta de la lista.</source>
        <translation>Choose an acta from the list.</translation>
    </message>
    <message>
        <source>Acta n.º {number} — {kind}</source>
        <translation>Acta no. {number} — {kind}</translation>
    </message>
    <message>
        <source>Acta en borrador — {kind}</source>
        <translation>Draft acta — {kind}</translation>
    </message>
    <message>
        <source>Todavía no se puede emitir:</source>
        <translation>It cannot be issued yet:</translation>
    </message>
    <message>
        <source>Caso {case} · {claimant} / {respondent}</source>
        <translation>Case {case} · {claimant} / {respondent}</translation>
    </message>
    <message>
        <source>Audiencia del {day}</source>
        <translation>Hearing of {day}</translation>
    </message>
    <message>
        <source>Emitida el {when}</source>
        <translation>Issued on {when}</translation>
    </message>
    <message>
        <source>Firmada y sellada el {when}</source>
        <translation>Signed and sealed on {when}</translation>
    </message>
    <message>
        <source>(con firma digital de la oficina)</source>
        <translation>(with the office&apos;s digital signature)</translation>
    </message>
    <message>
        <source>Huella SHA-256: {hash}</source>
        <translation>SHA-256 fingerprint: {hash}</translation>
    </message>
    <message>
        <source>Reemplaza a otra acta. Motivo: {reason}</source>
        <translation>Replaces another acta. Reason: {reason}</translation>
    </message>
    <message>
        <source>Reemplazada: solo tiene valor de antecedente.</source>
        <translation>Replaced: kept only as a record.</translation>
    </message>
    <message>
        <source>Tiene un reemplazo en borrador.</source>
        <translation>It has a draft replacement.</translation>
    </message>
    <message>
        <source>Firmas: {list}</source>
        <translation>Signatures: {list}</translation>
    </message>
    <message>
        <source>El acta (original para el expediente)</source>
        <translation>The acta (original for the case file)</translation>
    </message>
    <message>
        <source>Hoja explicativa para la familia</source>
        <translation>Explanation sheet for the family</translation>
    </message>
    <message>
        <source>Reemplazar el acta</source>
        <translation>Replace the acta</translation>
    </message>
    <message>
        <source>Abrir el reemplazo</source>
        <translation>Open the replacement</translation>
    </message>
    <message>
        <source>El acta n.º {number} ({kind}) no se modifica: se abre un acta nueva, en borrador, que la reemplaza. Puede corregir lo acordado hasta emitir el reemplazo; al emitirlo, el acta n.º {number} queda marcada como reemplazada y sigue legible.</source>
        <translation>Acta no. {number} ({kind}) is not changed: a new draft acta is opened to replace it. The agreement can be corrected until the replacement is issued; once it is, acta no. {number} is marked as replaced and stays readable.</translation>
    </message>
    <message>
        <source>Qué defecto corrige (p. ej., el número de cédula de la parte citada estaba mal).</source>
        <translation>Which defect it corrects (e.g. the summoned party&apos;s ID number was wrong).</translation>
    </message>
    <message>
        <source>&amp;Motivo del reemplazo:</source>
        <translation>&amp;Reason for the replacement:</translation>
    </message>
    <message>
        <source>El acta no se puede emitir todavía</source>
        <translation>The acta cannot be issued yet</translation>
    </message>
    <message>
        <source>Corrija esto y vuelva a emitirla:</source>
        <translation>Correct this and issue it again:</translation>
    </message>
    <message>
        <source>Problemas que impiden emitir el acta</source>
        <translation>Problems that prevent issuing the acta</translation>
    </message>
    <message>
        <source>Emitir el acta</source>
        <translation>Issue the acta</translation>
    </message>
    <message>
        <source>¿Emitir el acta ({kind}) del caso {case}?

Recibe el número correlativo siguiente de la oficina y su texto queda congelado: después solo se corrige reemplazándola.</source>
        <translation>Issue the acta ({kind}) of case {case}?

It receives the office&apos;s next serial number and its text is frozen: afterwards it can only be corrected by replacing it.</translation>
    </message>
    <message>
        <source>Emitir</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Firma</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Huella digital y testigo a ruego</source>
        <translation>Fingerprint and witness at request</translation>
    </message>
    <message>
        <source>Se negó a firmar</source>
        <translation>Refused to sign</translation>
    </message>
    <message>
        <source>No compareció</source>
        <translation>Did not appear</translation>
    </message>
    <message>
        <source>Firma de {name}</source>
        <translation>Signature of {name}</translation>
    </message>
    <message>
        <source>Borrar la firma</source>
        <translation>Clear the signature</translation>
    </message>
    <message>
        <source>Si firma en el papel, deje el recuadro vacío.</source>
        <translation>If the person signs on paper, leave the box empty.</translation>
    </message>
    <message>
        <source>nombre completo del testigo</source>
        <translation>witness&apos;s full name</translation>
    </message>
    <message>
        <source>Testigo a ruego: nombre</source>
        <translation>Witness at request: name</translation>
    </message>
    <message>
        <source>cédula del testigo</source>
        <translation>witness&apos;s ID number</translation>
    </message>
    <message>
        <source>Testigo a ruego: cédula</source>
        <translation>Witness at request: ID number</translation>
    </message>
    <message>
        <source>Testigo a ruego:</source>
        <translation>Witness at request:</translation>
    </message>
    <message>
        <source>Imprimió su huella digital</source>
        <translation>Stamped their fingerprint</translation>
    </message>
    <message>
        <source>No la imprimió</source>
        <translation>Did not stamp it</translation>
    </message>
    <message>
        <source>por qué no imprimió su huella</source>
        <translation>why they did not stamp their fingerprint</translation>
    </message>
    <message>
        <source>Motivo por el que no imprimió su huella digital</source>
        <translation>Reason the fingerprint was not stamped</translation>
    </message>
    <message>
        <source>Huella digital:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Registrar las firmas del acta n.º {number}</source>
        <translation>Record the signatures of acta no. {number}</translation>
    </message>
    <message>
        <source>Lea y explique el acta a las partes. Luego registre cómo firmó cada persona: al registrar las firmas se genera el PDF de archivo sellado y el acta ya no cambia.</source>
        <translation>Read and explain the acta to the parties. Then record how each person signed: recording the signatures generates the sealed archive PDF and the acta no longer changes.</translation>
    </message>
    <message>
        <source>La ley pide la huella digital de cada persona que firma ({source}): indique si la imprimió o por qué no.</source>
        <translation>The law asks for the fingerprint of each person who signs ({source}): say whether they stamped it or why not.</translation>
    </message>
    <message>
        <source>Registrar las firmas y sellar</source>
        <translation>Record the signatures and seal</translation>
    </message>
    <message>
        <source>Recuadro de firma</source>
        <extracomment>Base width of a stroke, in pad pixels; a pen&apos;s pressure makes it thinner or wider. The PNG is drawn at this multiple of the pad&apos;s size.</extracomment>
        <translation>Signature box</translation>
    </message>
    <message>
        <source>Firme aquí con el ratón, un lápiz de tableta o el dedo.</source>
        <translation>Sign here with the mouse, a tablet pen or a finger.</translation>
    </message>
    <message>
        <source>Firme sobre la línea</source>
        <translation>Sign on the line</translation>
    </message>
    <message>
        <source>nombre completo</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>p. ej. abuela materna</source>
        <translation>e.g. maternal grandmother</translation>
    </message>
    <message>
        <source>dirección donde vivirá</source>
        <translation>address where the child will live</translation>
    </message>
    <message>
        <source>Vive con:</source>
        <translation>Lives with:</translation>
    </message>
    <message>
        <source>Otra persona:</source>
        <translation>Other person:</translation>
    </message>
    <message>
        <source>Parentesco:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <source>Residencia:</source>
        <translation>Residence:</translation>
    </message>
    <message>
        <source>Decide sobre la educación:</source>
        <translation>Decides on education:</translation>
    </message>
    <message>
        <source>Decide sobre la salud:</source>
        <translation>Decides on health:</translation>
    </message>
    <message>
        <source>Una cláusula por cada hija o hijo: con quién vive, dónde, y quién decide sobre su educación y su salud.</source>
        <translation>One clause for each child: whom they live with, where, and who decides on their education and health.</translation>
    </message>
    <message>
        <source>Agregados de las partes sobre el cuido</source>
        <translation>The parties&apos; additions on care</translation>
    </message>
    <message>
        <source>Lo que las partes agregan con sus palabras (texto libre)</source>
        <translation>What the parties add in their own words (free text)</translation>
    </message>
    <message>
        <source>Va al acta como cláusula aparte, marcada como texto de las partes.</source>
        <translation>It goes into the acta as a separate clause, marked as the parties&apos; text.</translation>
    </message>
    <message>
        <source>Acuerdo — Caso {case}</source>
        <extracomment>Milliseconds of quiet typing before the draft is evaluated again. Problems of the typing itself (an amount that is not one), and a refused save&apos;s.</extracomment>
        <translation>Agreement — Case {case}</translation>
    </message>
    <message>
        <source>{claimant} / {respondent} · audiencia del {day}, {time} · {officer}</source>
        <translation>{claimant} / {respondent} · hearing of {day}, {time} · {officer}</translation>
    </message>
    <message>
        <source>Estado del acuerdo</source>
        <translation>Agreement status</translation>
    </message>
    <message>
        <source>Ir al acta para &amp;reemplazarla…</source>
        <extracomment>After issue: the way to correct what was agreed is to replace the acta.</extracomment>
        <translation>Go to the acta to &amp;replace it…</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Errores y advertencias</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <source>Nada que corregir: ni errores ni advertencias.</source>
        <translation>Nothing to correct: no errors, no warnings.</translation>
    </message>
    <message>
        <source>Así dirá el acta (redacción estándar)</source>
        <translation>How the acta will read (standard wording)</translation>
    </message>
    <message>
        <source>Ver el &amp;acta</source>
        <translation>View the &amp;acta</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Concluir la audiencia</source>
        <translation>&amp;Conclude the hearing</translation>
    </message>
    <message>
        <source>&amp;Guardar los cambios</source>
        <translation>&amp;Save the changes</translation>
    </message>
    <message>
        <source>El acta de este acuerdo ya fue emitida: lo acordado queda de solo lectura y no se guarda desde aquí. Para corregir un error, emita un acta que reemplace a la anterior.</source>
        <translation>The acta of this agreement has been issued: what was agreed is read-only and is not saved from here. To correct a mistake, issue an acta that replaces the previous one.</translation>
    </message>
    <message>
        <source>La audiencia terminó sin acuerdo: no hay cláusulas que registrar.</source>
        <translation>The hearing ended without agreement: there are no clauses to record.</translation>
    </message>
    <message>
        <source>La audiencia no está en curso: inicie la audiencia en la agenda para registrar su resultado.</source>
        <translation>The hearing is not in progress: start the hearing in the agenda to record its outcome.</translation>
    </message>
    <message>
        <source>elija cómo terminó la audiencia</source>
        <translation>choose how the hearing ended</translation>
    </message>
    <message>
        <source>Un resultado «{outcome}» no lleva cláusulas de acuerdo.</source>
        <translation>An outcome «{outcome}» carries no agreement clauses.</translation>
    </message>
    <message>
        <source>Todavía no hay cláusulas.</source>
        <translation>No clauses yet.</translation>
    </message>
    <message>
        <source>Acta emitida: solo lectura</source>
        <translation>Acta issued: read-only</translation>
    </message>
    <message>
        <source>Materia pendiente o sin acuerdo.</source>
        <translation>Matter pending or not agreed.</translation>
    </message>
    <message>
        <source>No se guardó: corrija los montos marcados en rojo («{first}»).</source>
        <translation>Not saved: correct the amounts marked in red («{first}»).</translation>
    </message>
    <message>
        <source>Elija el resultado de la audiencia antes de concluirla.</source>
        <translation>Choose the outcome of the hearing before concluding it.</translation>
    </message>
    <message>
        <source>Concluir la audiencia</source>
        <translation>Conclude the hearing</translation>
    </message>
    <message>
        <source>¿Concluir la audiencia del caso {case} con el resultado «{outcome}»?

La audiencia y el caso se cierran con ese resultado; lo acordado se puede corregir hasta que se emita el acta.</source>
        <translation>Conclude the hearing of case {case} with the outcome «{outcome}»?

The hearing and the case close with that outcome; the agreement can be corrected until the acta is issued.</translation>
    </message>
    <message>
        <source>Concluir</source>
        <translation>Conclude</translation>
    </message>
    <message>
        <source>No se guardó: </source>
        <translation>Not saved: </translation>
    </message>
    <message>
        <source>El acta de este acuerdo se emitió mientras esta ventana estaba abierta: ahora es de solo lectura.</source>
        <translation>The acta of this agreement was issued while this window was open: it is now read-only.</translation>
    </message>
    <message>
        <source>Audiencia del caso {case} concluida: {outcome}.</source>
        <translation>Hearing of case {case} concluded: {outcome}.</translation>
    </message>
    <message>
        <source>Lo acordado se puede corregir hasta que se emita el acta.</source>
        <translation>The agreement can be corrected until the acta is issued.</translation>
    </message>
    <message>
        <source>Cambios del acuerdo del caso {case} guardados.</source>
        <translation>Changes to the agreement of case {case} saved.</translation>
    </message>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Lo escrito en este acuerdo no se guardó. ¿Cerrar de todos modos?</source>
        <translation>What was written in this agreement has not been saved. Close anyway?</translation>
    </message>
    <message>
        <source>Cerrar sin guardar</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Las partes acordaron todas las materias de la solicitud.</source>
        <translation>The parties agreed on every matter of the request.</translation>
    </message>
    <message>
        <source>Acordaron algunas materias; las demás quedan pendientes y se dicen en el acta.</source>
        <translation>They agreed on some matters; the others remain pending and the acta says so.</translation>
    </message>
    <message>
        <source>Las partes expusieron sus posiciones sin llegar a acuerdo.</source>
        <translation>The parties set out their positions without reaching agreement.</translation>
    </message>
    <message>
        <source>El proceso termina por un motivo que se explica en las observaciones (una parte se retiró, se negó a firmar…).</source>
        <translation>The process ends for a reason explained in the notes (a party withdrew, refused to sign…).</translation>
    </message>
    <message>
        <source>La parte solicitante desiste de su solicitud.</source>
        <translation>The requesting party withdraws the request.</translation>
    </message>
    <message>
        <source>El asunto no puede conciliarse por esta vía.</source>
        <translation>The matter cannot be conciliated this way.</translation>
    </message>
    <message>
        <source>Resultado de la audiencia</source>
        <translation>Outcome of the hearing</translation>
    </message>
    <message>
        <source>Resultado registrado</source>
        <translation>Outcome recorded</translation>
    </message>
    <message>
        <source>El resultado quedó registrado al concluir la audiencia; lo acordado se puede corregir hasta que se emita el acta.</source>
        <translation>The outcome was recorded when the hearing was concluded; the agreement can be corrected until the acta is issued.</translation>
    </message>
    <message>
        <source>Materias que quedan pendientes</source>
        <translation>Matters that remain pending</translation>
    </message>
    <message>
        <source>Observaciones de la persona conciliadora</source>
        <translation>The officer&apos;s notes</translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lo que el acta debe decir del resultado: por qué no hubo acuerdo, quién se retiró…</source>
        <translation>What the acta must say about the outcome: why there was no agreement, who withdrew…</translation>
    </message>
    <message>
        <source>Otras estipulaciones de las partes</source>
        <translation>Other stipulations of the parties</translation>
    </message>
    <message>
        <source>Otras estipulaciones, con las palabras de las partes</source>
        <translation>Other stipulations, in the parties&apos; words</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Advertencia</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Impide emitir el acta. Doble clic: ir al campo.</source>
        <translation>Prevents issuing the acta. Double-click: go to the field.</translation>
    </message>
    <message>
        <source>Advertencia: no impide emitir el acta. Doble clic: ir al campo.</source>
        <translation>Warning: does not prevent issuing the acta. Double-click: go to the field.</translation>
    </message>
    <message>
        <source>Otras estipulaciones</source>
        <translation>Other stipulations</translation>
    </message>
    <message>
        <source>Cláusulas en la redacción estándar</source>
        <translation>Clauses in the standard wording</translation>
    </message>
    <message>
        <source>1 error impide emitir el acta</source>
        <translation>1 error prevents issuing the acta</translation>
    </message>
    <message>
        <source>{n} errores impiden emitir el acta</source>
        <translation>{n} errors prevent issuing the acta</translation>
    </message>
    <message>
        <source>1 advertencia</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <source>{n} advertencias</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <source>Sin errores: el acta se puede emitir</source>
        <translation>No errors: the acta can be issued</translation>
    </message>
    <message>
        <source>Sin errores ni advertencias: el acta se puede emitir</source>
        <translation>No errors or warnings: the acta can be issued</translation>
    </message>
    <message>
        <source>Año en que empieza quien visita</source>
        <translation>Year in which the visiting parent starts</translation>
    </message>
    <message>
        <source>Primera fecha de las semanas alternas</source>
        <translation>First date of the alternate weeks</translation>
    </message>
    <message>
        <source>Frecuencia</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Desde el día</source>
        <translation>From day</translation>
    </message>
    <message>
        <source>Desde la hora</source>
        <translation>From time</translation>
    </message>
    <message>
        <source>Hasta el día</source>
        <translation>To day</translation>
    </message>
    <message>
        <source>Hasta la hora</source>
        <translation>To time</translation>
    </message>
    <message>
        <source>A partir del</source>
        <translation>Starting on</translation>
    </message>
    <message>
        <source>a partir del</source>
        <translation>starting on</translation>
    </message>
    <message>
        <source>desde el</source>
        <translation>from</translation>
    </message>
    <message>
        <source>hasta el</source>
        <translation>to</translation>
    </message>
    <message>
        <source>detalle (opcional)</source>
        <translation>detail (optional)</translation>
    </message>
    <message>
        <source>Reparto</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>ocasión (p. ej. Navidad)</source>
        <translation>occasion (e.g. Christmas)</translation>
    </message>
    <message>
        <source>Ocasión</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>p. ej. no consumir alcohol durante las visitas</source>
        <translation>e.g. no alcohol during visits</translation>
    </message>
    <message>
        <source>Condición</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Quién visita y a quiénes</source>
        <translation>Who visits and whom</translation>
    </message>
    <message>
        <source>&amp;Visita:</source>
        <translation>&amp;Visitor:</translation>
    </message>
    <message>
        <source>Días y horario</source>
        <translation>Days and times</translation>
    </message>
    <message>
        <source>Agregar un &amp;horario</source>
        <translation>Add a &amp;time slot</translation>
    </message>
    <message>
        <source>Horario:</source>
        <translation>Time slots:</translation>
    </message>
    <message>
        <source>Un horario puede ir de un día a otro (del viernes 18:00 al domingo 18:00). En semanas alternas, la primera fecha dice qué semanas son.</source>
        <translation>A time slot can run from one day to another (Friday 18:00 to Sunday 18:00). For alternate weeks, the first date says which weeks they are.</translation>
    </message>
    <message>
        <source>Entrega y devolución</source>
        <translation>Handover and return</translation>
    </message>
    <message>
        <source>&amp;Lugar de entrega:</source>
        <translation>Hando&amp;ver place:</translation>
    </message>
    <message>
        <source>&amp;Quién entrega:</source>
        <translation>&amp;Who hands over:</translation>
    </message>
    <message>
        <source>La devolución, igual que la entrega</source>
        <translation>Return the same as the handover</translation>
    </message>
    <message>
        <source>Lugar de &amp;devolución:</source>
        <translation>Re&amp;turn place:</translation>
    </message>
    <message>
        <source>A &amp;quién se devuelve:</source>
        <translation>Returned to &amp;whom:</translation>
    </message>
    <message>
        <source>Días especiales</source>
        <translation>Special days</translation>
    </message>
    <message>
        <source>Agregar un día &amp;festivo</source>
        <translation>Add a &amp;holiday</translation>
    </message>
    <message>
        <source>Días festivos:</source>
        <translation>Holidays:</translation>
    </message>
    <message>
        <source>Cumpleaños de las hijas e hijos</source>
        <translation>The children&apos;s birthdays</translation>
    </message>
    <message>
        <source>Cumpleaños:</source>
        <translation>Birthdays:</translation>
    </message>
    <message>
        <source>Vacaciones escolares</source>
        <translation>School holidays</translation>
    </message>
    <message>
        <source>Vacaciones:</source>
        <translation>School holidays:</translation>
    </message>
    <message>
        <source>Cumpleaños de cada progenitor y Día de la Madre o del Padre, con quien corresponde</source>
        <translation>Each parent&apos;s birthday and Mother&apos;s or Father&apos;s Day, with the parent concerned</translation>
    </message>
    <message>
        <source>Días de cada progenitor:</source>
        <translation>Each parent&apos;s days:</translation>
    </message>
    <message>
        <source>Comunicación a distancia, supervisión y condiciones</source>
        <translation>Remote contact, supervision and conditions</translation>
    </message>
    <message>
        <source>Llamadas o videollamadas</source>
        <translation>Calls or video calls</translation>
    </message>
    <message>
        <source>de</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Comunicación:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Días:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <source>Sin días marcados: cualquier día.</source>
        <translation>No days ticked: any day.</translation>
    </message>
    <message>
        <source>a</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Visitas supervisadas</source>
        <translation>Supervised visits</translation>
    </message>
    <message>
        <source>quién supervisa</source>
        <translation>who supervises</translation>
    </message>
    <message>
        <source>dónde</source>
        <translation>where</translation>
    </message>
    <message>
        <source>Supervisión:</source>
        <translation>Supervision:</translation>
    </message>
    <message>
        <source>Agregar una co&amp;ndición</source>
        <translation>Add a co&amp;ndition</translation>
    </message>
    <message>
        <source>Condiciones:</source>
        <translation>Conditions:</translation>
    </message>
    <message>
        <source>Agregados de las partes sobre las visitas</source>
        <translation>The parties&apos; additions on visits</translation>
    </message>
    <message>
        <source>&amp;Buscar en:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Archivos de &amp;tipo:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Nombre del archivo:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>documento</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>No había nada que imprimir.</source>
        <extracomment>The last folder documents were saved into (offered again).</extracomment>
        <translation>There was nothing to print.</translation>
    </message>
    <message>
        <source>«{title}»: {n} página enviada a la impresora.</source>
        <translation>«{title}»: {n} page sent to the printer.</translation>
    </message>
    <message>
        <source>«{title}»: {n} páginas enviadas a la impresora.</source>
        <translation>«{title}»: {n} pages sent to the printer.</translation>
    </message>
    <message>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Preparando «{title}» para la impresora…</source>
        <translation>Preparing «{title}» for the printer…</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Guardado en {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
    <message>
        <source>{n} documento guardado en {folder}.</source>
        <translation>{n} document saved to {folder}.</translation>
    </message>
    <message>
        <source>{n} documentos guardados en {folder}.</source>
        <translation>{n} documents saved to {folder}.</translation>
    </message>
    <message>
        <source>Vista previa del documento</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Progreso</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Página anterior</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Página siguiente</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Alejar</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Acercar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Ajustar al ancho</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>Elija un documento para verlo aquí.</source>
        <translation>Choose a document to view it here.</translation>
    </message>
    <message>
        <source>Páginas del documento</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <source>El documento no se pudo mostrar (el PDF no es válido).</source>
        <translation>The document could not be shown (the PDF is not valid).</translation>
    </message>
    <message>
        <source>Página {n} de {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <source>Vista previa cancelada.</source>
        <translation>Preview cancelled.</translation>
    </message>
    <message>
        <source>No se pudo generar la vista previa.</source>
        <translation>The preview could not be generated.</translation>
    </message>
    <message>
        <source>Un documento no es un PDF válido: no se imprimió.</source>
        <extracomment>Pages are rendered at most at this resolution: sharp on paper, and a 1200-dpi printer does not make each page a 140-megapixel image.</extracomment>
        <translation>A document is not a valid PDF: nothing was printed.</translation>
    </message>
    <message>
        <source>La impresora no aceptó el trabajo: revise que esté conectada y encendida.</source>
        <translation>The printer did not accept the job: check that it is connected and switched on.</translation>
    </message>
    <message>
        <source>Citación n.º {n} — {party}: {name}</source>
        <translation>Citation no. {n} — {party}: {name}</translation>
    </message>
    <message>
        <source>Carta de derivación a {institution}</source>
        <translation>Referral letter to {institution}</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Fecha del documento</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>Adjuntado por</source>
        <translation>Attached by</translation>
    </message>
    <message>
        <source>Adjuntar un documento al expediente</source>
        <translation>Attach a document to the case file</translation>
    </message>
    <message>
        <source>(elija qué documento es)</source>
        <translation>(choose which document it is)</translation>
    </message>
    <message>
        <source>PDF o imagen escaneada, hasta 10 MB</source>
        <translation>PDF or scanned image, up to 10 MB</translation>
    </message>
    <message>
        <source>p. ej. ambas caras, copia certificada</source>
        <translation>e.g. both sides, certified copy</translation>
    </message>
    <message>
        <source>&amp;Fecha del documento:</source>
        <translation>&amp;Document date:</translation>
    </message>
    <message>
        <source>Descri&amp;pción:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <source>&amp;Adjuntar</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <source>Documento que se adjunta</source>
        <translation>Document to attach</translation>
    </message>
    <message>
        <source>PDF o imagen (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>PDF or image (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>no se pudo leer «{name}».</source>
        <translation>«{name}» could not be read.</translation>
    </message>
    <message>
        <source>Quitar un documento adjunto</source>
        <translation>Remove an attached document</translation>
    </message>
    <message>
        <source>«{name}» ({kind}) se quita del expediente y su archivo se borra; queda constancia de quién lo quitó y por qué.</source>
        <translation>«{name}» ({kind}) is removed from the case file and its file deleted; who removed it and why stay on record.</translation>
    </message>
    <message>
        <source>p. ej. se adjuntó al caso equivocado</source>
        <translation>e.g. attached to the wrong case</translation>
    </message>
    <message>
        <source>&amp;Quitar</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>La imagen no se puede mostrar en la aplicación.</source>
        <translation>The image cannot be shown in the application.</translation>
    </message>
    <message>
        <source>Documentos adjuntos</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <source>Documentos adjuntos del caso</source>
        <extracomment>The case&apos;s office&apos;s words (``set_words``): its ID and birth record&apos;s names.</extracomment>
        <translation>Documents attached to the case</translation>
    </message>
    <message>
        <source>Ad&amp;juntar un documento…</source>
        <translation>Attach a &amp;document…</translation>
    </message>
    <message>
        <source>A&amp;brir</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <source>&amp;Quitar…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Todavía no hay documentos adjuntos.</source>
        <translation>No documents attached yet.</translation>
    </message>
    <message>
        <source>No se pudieron leer los documentos adjuntos.</source>
        <translation>The attached documents could not be read.</translation>
    </message>
    <message>
        <source>«{name}» adjuntado al expediente.</source>
        <translation>«{name}» attached to the case file.</translation>
    </message>
    <message>
        <source>{kind} adjuntado por {who}: véalo, imprímalo o guarde una copia.</source>
        <translation>{kind} attached by {who}: view it, print it or save a copy.</translation>
    </message>
    <message>
        <source>Documentos</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Imprimir &amp;todos…</source>
        <translation>Print &amp;all…</translation>
    </message>
    <message>
        <source>Exportación cancelada; no se guardó ningún archivo.</source>
        <translation>Export cancelled; no file was saved.</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado; quedó anotado en el registro de la aplicación.</source>
        <translation>An unexpected error occurred; it was recorded in the application log.</translation>
    </message>
    <message>
        <source>Elija primero un mes y una oficina.</source>
        <extracomment>Bumped by every load: a slow answer for a month the user already left is dropped.</extracomment>
        <translation>Choose a month and an office first.</translation>
    </message>
    <message>
        <source>Listado de {n} caso guardado en {path}.</source>
        <translation>List of {n} case saved to {path}.</translation>
    </message>
    <message>
        <source>Listado de {n} casos guardado en {path}.</source>
        <translation>List of {n} cases saved to {path}.</translation>
    </message>
    <message>
        <source>Reporte guardado en {path}.</source>
        <translation>Report saved to {path}.</translation>
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
        <source>Bitácora</source>
        <translation>Audit trail</translation>
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
    <message>
        <source>Registrar un pago</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>p. ej. la madre, en la oficina</source>
        <translation>e.g. the mother, at the office</translation>
    </message>
    <message>
        <source>&amp;Fecha del pago:</source>
        <translation>Payment &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Monto:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>F&amp;orma de pago:</source>
        <translation>Payment &amp;method:</translation>
    </message>
    <message>
        <source>N.º de &amp;recibo:</source>
        <translation>&amp;Receipt no.:</translation>
    </message>
    <message>
        <source>&amp;Informado por:</source>
        <translation>Reported &amp;by:</translation>
    </message>
    <message>
        <source>O&amp;bservaciones:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Re&amp;gistrar pago</source>
        <translation>Re&amp;cord payment</translation>
    </message>
    <message>
        <source>«%1» no es un monto</source>
        <translation>“%1” is not an amount</translation>
    </message>
    <message>
        <source>escriba un monto</source>
        <translation>type an amount</translation>
    </message>
    <message>
        <source>Estado de cuenta</source>
        <translation>Payment statement</translation>
    </message>
    <message>
        <source>Cuotas del acuerdo</source>
        <translation>Instalments of the agreement</translation>
    </message>
    <message>
        <source>Pagos registrados</source>
        <translation>Recorded payments</translation>
    </message>
    <message>
        <source>Hoja de es&amp;tado de cuenta…</source>
        <translation>Payment s&amp;tatement…</translation>
    </message>
    <message>
        <source>Guarda en PDF la hoja para la familia</source>
        <translation>Saves the family&apos;s statement as a PDF</translation>
    </message>
    <message>
        <source>Constancia de &amp;incumplimiento…</source>
        <translation>&amp;Non-compliance certificate…</translation>
    </message>
    <message>
        <source>Guarda en PDF la constancia de las cuotas en mora, para el juzgado o la fiscalía</source>
        <translation>Saves as a PDF the certificate of the instalments in arrears, for the court or the prosecutor</translation>
    </message>
    <message>
        <source>Cuotas (las vencidas y las de los próximos meses)</source>
        <translation>Instalments (those due and those of the coming months)</translation>
    </message>
    <message>
        <source>sin acta firmada</source>
        <translation>no signed acta</translation>
    </message>
    <message>
        <source>Caso %1 — acta %2</source>
        <translation>Case %1 — acta %2</translation>
    </message>
    <message>
        <source>El acuerdo firmado no tiene pensión alimenticia.</source>
        <translation>The signed agreement has no child support.</translation>
    </message>
    <message>
        <source>Al %1: adeudado %2, pagado %3, saldo %4.</source>
        <translation>As of %1: owed %2, paid %3, balance %4.</translation>
    </message>
    <message>
        <source>%1 cuota(s) en mora; %2 mes(es) de atraso desde el %3.</source>
        <translation>%1 instalment(s) delinquent; %2 month(s) in arrears since %3.</translation>
    </message>
    <message>
        <source>Al día.</source>
        <translation>Up to date.</translation>
    </message>
    <message>
        <source>Hoja de estado de cuenta</source>
        <translation>Payment statement</translation>
    </message>
    <message>
        <source>Constancia de incumplimiento</source>
        <translation>Non-compliance certificate</translation>
    </message>
    <message>
        <source>Pago registrado; el saldo se recalculó.</source>
        <translation>Payment recorded; the balance was recomputed.</translation>
    </message>
    <message>
        <source>Alertas del día</source>
        <extracomment>Rows shown before the table scrolls (the agenda keeps the room).</extracomment>
        <translation>Alerts of the day</translation>
    </message>
    <message>
        <source>Alertas del día: calculando…</source>
        <translation>Alerts of the day: working…</translation>
    </message>
    <message>
        <source>Alertas del día: {n} pendiente (doble clic abre el caso).</source>
        <translation>Alerts of the day: {n} pending (double-click opens the case).</translation>
    </message>
    <message>
        <source>Alertas del día: {n} pendientes (doble clic abre el caso).</source>
        <translation>Alerts of the day: {n} pending (double-click opens the case).</translation>
    </message>
    <message>
        <source>Alertas del día: ninguna pendiente.</source>
        <translation>Alerts of the day: none pending.</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado; quedó en el archivo de registro.</source>
        <translation>An unexpected error occurred; it was written to the log file.</translation>
    </message>
    <message>
        <source>Urgencia</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Alerta</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Fecha clave</source>
        <translation>Key date</translation>
    </message>
    <message>
        <source>Tipo de alerta</source>
        <translation>Kind of alert</translation>
    </message>
    <message>
        <source>Cantidad</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Concepto</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>N.º</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Pendiente de reajuste por índice</source>
        <translation>Awaiting the index adjustment</translation>
    </message>
    <message>
        <source>Adeudado y pagado por mes</source>
        <translation>Owed and paid by month</translation>
    </message>
    <message>
        <source>Pagado</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Adeudado</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>Gráfico de lo adeudado y lo pagado</source>
        <translation>Chart of what was owed and paid</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source> (en mora)</source>
        <translation> (delinquent)</translation>
    </message>
    <message>
        <source>Forma</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Recibo</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Informado por</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Registrado por</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Escriba la fecha como día/mes/año (25/12/2026) o elíjala (Alt+↓).</source>
        <translation>Type the date as day/month/year (25/12/2026) or pick it (Alt+↓).</translation>
    </message>
    <message>
        <source>Elegir en el calendario</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <source>escriba la fecha</source>
        <translation>type the date</translation>
    </message>
    <message>
        <source>«{text}» no es una fecha: escríbala como día/mes/año, p. ej. 25/12/2026</source>
        <translation>“{text}” is not a date: type it as day/month/year, e.g. 25/12/2026</translation>
    </message>
    <message>
        <source>Sin diferencias con la versión vigente.</source>
        <translation>No differences with the version in force.</translation>
    </message>
    <message>
        <source>Versión vigente</source>
        <translation>Version in force</translation>
    </message>
    <message>
        <source>Editar el perfil {code}</source>
        <translation>Edit profile {code}</translation>
    </message>
    <message>
        <source>Texto del borrador</source>
        <translation>Text of the draft</translation>
    </message>
    <message>
        <source>Diferencias con la versión vigente</source>
        <translation>Differences with the version in force</translation>
    </message>
    <message>
        <source>Pulse «Acta de ejemplo» para verla con el borrador.</source>
        <translation>Press «Sample acta» to see it with the draft.</translation>
    </message>
    <message>
        <source>Diferencias</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Acta de ejemplo</source>
        <translation>Sample acta</translation>
    </message>
    <message>
        <source>&amp;Comprobar y comparar</source>
        <translation>&amp;Check and compare</translation>
    </message>
    <message>
        <source>Acta de &amp;ejemplo</source>
        <translation>Sampl&amp;e acta</translation>
    </message>
    <message>
        <source>Texto del perfil (izquierda) y lo que cambia (derecha).</source>
        <translation>The profile&apos;s text (left) and what changes (right).</translation>
    </message>
    <message>
        <source>Escribiendo un acta de ejemplo con el borrador…</source>
        <translation>Writing a sample acta with the draft…</translation>
    </message>
    <message>
        <source>Borrador {number} del perfil {code} guardado.</source>
        <translation>Draft {number} of profile {code} saved.</translation>
    </message>
    <message>
        <source>Acta n.º {number} ({kind}), caso {case}.</source>
        <translation>Acta no. {number} ({kind}), case {case}.</translation>
    </message>
    <message>
        <source>Verificación de legalidad</source>
        <translation>Legality check</translation>
    </message>
    <message>
        <source>Registrar la verificación</source>
        <translation>Record the check</translation>
    </message>
    <message>
        <source>Antes de que las partes firmen, el abogado o la abogada verifica la legalidad de los acuerdos (Ley n.º 26872, art. 16). Registre quién lo hizo; después se podrán registrar las firmas.</source>
        <translation>Before the parties sign, a lawyer checks the legality of the agreements (Ley n.º 26872, art. 16). Record who did it; then the signatures can be recorded.</translation>
    </message>
    <message>
        <source>p. ej. CAL 45872</source>
        <translation>e.g. CAL 45872</translation>
    </message>
    <message>
        <source>&amp;Abogado/a verificador/a:</source>
        <translation>Verifying &amp;lawyer:</translation>
    </message>
    <message>
        <source>&amp;Registro del colegio de abogados:</source>
        <translation>Bar &amp;registration:</translation>
    </message>
    <message>
        <source>Envío al tribunal de familia</source>
        <translation>Sending to the family court</translation>
    </message>
    <message>
        <source>Registrar el envío</source>
        <translation>Record the sending</translation>
    </message>
    <message>
        <source>El acta de mediación con acuerdo se remite al tribunal de familia para su aprobación; solo aprobada tiene valor de sentencia ejecutoriada (Ley n.º 19.968, art. 111).</source>
        <translation>The mediation acta with an agreement is sent to the family court for approval; only once approved does it have the value of a final judgment (Ley n.º 19.968, art. 111).</translation>
    </message>
    <message>
        <source>p. ej. 2.º Juzgado de Familia de Santiago</source>
        <translation>e.g. 2.º Juzgado de Familia de Santiago</translation>
    </message>
    <message>
        <source>&amp;Tribunal de familia:</source>
        <translation>Family &amp;court:</translation>
    </message>
    <message>
        <source>&amp;Fecha de envío:</source>
        <translation>&amp;Date sent:</translation>
    </message>
    <message>
        <source>Resolución del tribunal de familia</source>
        <translation>The family court&apos;s decision</translation>
    </message>
    <message>
        <source>Registrar la resolución</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <source>Enviada a {court} el {day}.</source>
        <translation>Sent to {court} on {day}.</translation>
    </message>
    <message>
        <source>&amp;Aprobada</source>
        <translation>&amp;Approved</translation>
    </message>
    <message>
        <source>&amp;Observada (se corrige reemplazando el acta)</source>
        <translation>&amp;Observed (corrected by replacing the acta)</translation>
    </message>
    <message>
        <source>p. ej. C-1234-2026</source>
        <translation>e.g. C-1234-2026</translation>
    </message>
    <message>
        <source>Lo que resolvió el tribunal, en sus palabras.</source>
        <translation>What the court decided, in its words.</translation>
    </message>
    <message>
        <source>Decisión:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>&amp;Fecha de la resolución:</source>
        <translation>Date of the &amp;decision:</translation>
    </message>
    <message>
        <source>&amp;RIT de la causa:</source>
        <translation>Case &amp;RIT:</translation>
    </message>
    <message>
        <source>Re&amp;solución:</source>
        <translation>De&amp;cision:</translation>
    </message>
</context>
</TS>
