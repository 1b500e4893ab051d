<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdminAccess</name>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>The audit chain was not verified for this report.</source>
        <translation>La cadena de auditoría no se verificó para este informe.</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain verified: %n entries checked, none altered or missing.</source>
        <translation>
            <numerusform>Cadena de auditoría verificada: %n entrada comprobada, ninguna alterada ni ausente.</numerusform>
            <numerusform>Cadena de auditoría verificada: %n entradas comprobadas, ninguna alterada ni ausente.</numerusform>
        </translation>
    </message>
    <message>
        <source>THE AUDIT CHAIN IS BROKEN at entry %1: %2</source>
        <translation>LA CADENA DE AUDITORÍA ESTÁ ROTA en la entrada %1: %2</translation>
    </message>
    <message>
        <source>Keyward audit report</source>
        <translation>Informe de auditoría de Keyward</translation>
    </message>
    <message>
        <source>Server: %1. Made: %2. Entries: %3.</source>
        <translation>Servidor: %1. Generado: %2. Entradas: %3.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>No se puede escribir %1: %2 (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> in the group %1</source>
        <translation> en el grupo %1</translation>
    </message>
    <message numerus="yes">
        <source> whose password was older than %n days</source>
        <translation>
            <numerusform> cuya contraseña tenía más de %n día</numerusform>
            <numerusform> cuya contraseña tenía más de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave %n accounts new one-time passwords</source>
        <translation>
            <numerusform>%1 asignó contraseñas de un solo uso nuevas a %n cuenta</numerusform>
            <numerusform>%1 asignó contraseñas de un solo uso nuevas a %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>; each must change it at the next sign-in</source>
        <translation>; cada una debe cambiarla en el próximo inicio de sesión</translation>
    </message>
    <message numerus="yes">
        <source>; unused ones are disabled after %n hours</source>
        <translation>
            <numerusform>; las no usadas se deshabilitan tras %n hora</numerusform>
            <numerusform>; las no usadas se deshabilitan tras %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked the temporary passwords; none had run out</source>
        <translation>%1 comprobó las contraseñas temporales; ninguna había caducado</translation>
    </message>
    <message>
        <source>%1 disabled %2: the temporary password was not used in time</source>
        <translation>%1 deshabilitó %2: la contraseña temporal no se usó a tiempo</translation>
    </message>
    <message>
        <source>%1 disabled %2: their temporary passwords were not used in time</source>
        <translation>%1 deshabilitó %2: sus contraseñas temporales no se usaron a tiempo</translation>
    </message>
    <message>
        <source>%1 added the account %2 with a generated password</source>
        <translation>%1 añadió la cuenta %2 con una contraseña generada</translation>
    </message>
    <message>
        <source>%1 added the account %2</source>
        <translation>%1 añadió la cuenta %2</translation>
    </message>
    <message>
        <source>; %1 must change it at the first sign-in</source>
        <translation>; %1 debe cambiarla en el primer inicio de sesión</translation>
    </message>
    <message>
        <source>%1 disabled %2</source>
        <translation>%1 deshabilitó %2</translation>
    </message>
    <message>
        <source>%1 enabled %2 again</source>
        <translation>%1 volvió a habilitar %2</translation>
    </message>
    <message>
        <source>%1 unlocked %2&apos;s account</source>
        <translation>%1 desbloqueó la cuenta de %2</translation>
    </message>
    <message>
        <source>%1 deleted the account %2</source>
        <translation>%1 eliminó la cuenta %2</translation>
    </message>
    <message>
        <source>%1 reset %2&apos;s password; %2 must change it at the next sign-in</source>
        <translation>%1 restableció la contraseña de %2; %2 debe cambiarla en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>%1 reset %2&apos;s password</source>
        <translation>%1 restableció la contraseña de %2</translation>
    </message>
    <message>
        <source>%1 took %2 out of every group</source>
        <translation>%1 quitó a %2 de todos los grupos</translation>
    </message>
    <message>
        <source>%1 put %2 in the groups %3</source>
        <translation>%1 añadió a %2 a los grupos %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 imported %n accounts</source>
        <translation>
            <numerusform>%1 importó %n cuenta</numerusform>
            <numerusform>%1 importó %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>; each must change the one-time password at the first sign-in</source>
        <translation>; cada una debe cambiar la contraseña de un solo uso en el primer inicio de sesión</translation>
    </message>
    <message>
        <source>%1 changed the password of %2 while signing in</source>
        <translation>%1 cambió la contraseña de %2 al iniciar sesión</translation>
    </message>
    <message numerus="yes">
        <source>%1 locked %2 out after %n failed sign-ins (the last from %3)</source>
        <translation>
            <numerusform>%1 bloqueó a %2 tras %n inicio de sesión fallido (el último desde %3)</numerusform>
            <numerusform>%1 bloqueó a %2 tras %n inicios de sesión fallidos (el último desde %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ended %2&apos;s session %3</source>
        <translation>%1 finalizó la sesión %3 de %2</translation>
    </message>
    <message>
        <source>%1 revoked %2&apos;s account from session %3 and ended all of %2&apos;s sessions</source>
        <translation>%1 revocó la cuenta de %2 desde la sesión %3 y finalizó todas las sesiones de %2</translation>
    </message>
    <message>
        <source>%1 asked for new encryption keys in %2&apos;s session %3</source>
        <translation>%1 pidió claves de cifrado nuevas en la sesión %3 de %2</translation>
    </message>
    <message>
        <source>%2&apos;s session %3 changed to new encryption keys, as %1 asked</source>
        <translation>La sesión %3 de %2 cambió a claves de cifrado nuevas, como pidió %1</translation>
    </message>
    <message>
        <source>the new encryption keys %1 asked for in %2&apos;s session %3 did not come: %4 %5</source>
        <translation>las claves de cifrado nuevas que %1 pidió en la sesión %3 de %2 no llegaron: %4 %5</translation>
    </message>
    <message>
        <source>%1 changed the security policy: %2</source>
        <translation>%1 cambió la política de seguridad: %2</translation>
    </message>
    <message>
        <source>%1 applied the security baseline; nothing needed changing</source>
        <translation>%1 aplicó la configuración de referencia de seguridad; no hacía falta cambiar nada</translation>
    </message>
    <message>
        <source>%1 applied the security baseline: %2</source>
        <translation>%1 aplicó la configuración de referencia de seguridad: %2</translation>
    </message>
    <message>
        <source>%1 created the API token &apos;%2&apos; for the %3 role</source>
        <translation>%1 creó el token de API «%2» para el rol %3</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, válido hasta %1</translation>
    </message>
    <message>
        <source>, usable from %1 only</source>
        <translation>, utilizable solo desde %1</translation>
    </message>
    <message>
        <source>%1 revoked the API token &apos;%2&apos;; its connections were closed</source>
        <translation>%1 revocó el token de API «%2»; se cerraron sus conexiones</translation>
    </message>
    <message>
        <source>%1 planned the change window &apos;%2&apos; for %3</source>
        <translation>%1 planificó la ventana de cambio «%2» para el %3</translation>
    </message>
    <message>
        <source>%1 cancelled the planned change window %2</source>
        <translation>%1 canceló la ventana de cambio planificada %2</translation>
    </message>
    <message>
        <source>disabled %1, whose temporary passwords were never used</source>
        <translation>deshabilitó %1, cuyas contraseñas temporales nunca se usaron</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revocó %1</translation>
    </message>
    <message>
        <source>%1 cleaned up after a change window; nothing was left to clean up</source>
        <translation>%1 hizo la limpieza tras una ventana de cambio; no quedaba nada por limpiar</translation>
    </message>
    <message>
        <source>%1 cleaned up after a change window: %2</source>
        <translation>%1 hizo la limpieza tras una ventana de cambio: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 created the test account %2 to check that clients still connect</source>
        <translation>%1 creó la cuenta de prueba %2 para comprobar que los clientes siguen conectándose</translation>
    </message>
    <message>
        <source>%1 checked that clients still connect: passed; the test account %2 was deleted</source>
        <translation>%1 comprobó que los clientes siguen conectándose: correcto; se eliminó la cuenta de prueba %2</translation>
    </message>
    <message>
        <source>%1 checked that clients still connect: FAILED; the test account %2 was deleted</source>
        <translation>%1 comprobó que los clientes siguen conectándose: ERROR; se eliminó la cuenta de prueba %2</translation>
    </message>
    <message>
        <source>%1 changed the notice for users (subject &quot;%2&quot;)</source>
        <translation>%1 cambió el aviso para los usuarios (asunto «%2»)</translation>
    </message>
    <message>
        <source>%1 could not start capture %2 on %3: %4</source>
        <translation>%1 no pudo iniciar la captura %2 en %3: %4</translation>
    </message>
    <message>
        <source>%1 started capture %2 on %3</source>
        <translation>%1 inició la captura %2 en %3</translation>
    </message>
    <message>
        <source> (filter &quot;%1&quot;)</source>
        <translation> (filtro «%1»)</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped capture %2 after %n packets</source>
        <translation>
            <numerusform>%1 detuvo la captura %2 tras %n paquete</numerusform>
            <numerusform>%1 detuvo la captura %2 tras %n paquetes</numerusform>
        </translation>
    </message>
    <message>
        <source>; it ended with: %1</source>
        <translation>; terminó con: %1</translation>
    </message>
    <message>
        <source>%1 downloaded capture %2</source>
        <translation>%1 descargó la captura %2</translation>
    </message>
    <message>
        <source>%1 deleted capture %2</source>
        <translation>%1 eliminó la captura %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 made the backup %2 (%n accounts) and verified it by a test restore</source>
        <translation>
            <numerusform>%1 creó la copia de seguridad %2 (%n cuenta) y la verificó con una restauración de prueba</numerusform>
            <numerusform>%1 creó la copia de seguridad %2 (%n cuentas) y la verificó con una restauración de prueba</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 made the backup %2 (%n accounts), but it could not be verified</source>
        <translation>
            <numerusform>%1 creó la copia de seguridad %2 (%n cuenta), pero no se pudo verificar</numerusform>
            <numerusform>%1 creó la copia de seguridad %2 (%n cuentas), pero no se pudo verificar</numerusform>
        </translation>
    </message>
    <message>
        <source>; older backups removed: %1</source>
        <translation>; copias de seguridad antiguas eliminadas: %1</translation>
    </message>
    <message>
        <source>%1 deleted the backup %2</source>
        <translation>%1 eliminó la copia de seguridad %2</translation>
    </message>
    <message>
        <source>%1 restored the backup %2, made %3</source>
        <translation>%1 restauró la copia de seguridad %2, creada %3</translation>
    </message>
    <message>
        <source> while keywardd was stopped</source>
        <translation> mientras keywardd estaba detenido</translation>
    </message>
    <message numerus="yes">
        <source>; the trail it replaced had %n entries</source>
        <translation>
            <numerusform>; el registro que sustituyó tenía %n entrada</numerusform>
            <numerusform>; el registro que sustituyó tenía %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote the scheduled report %2</source>
        <translation>%1 generó el informe programado %2</translation>
    </message>
    <message>
        <source>%1 created the report %2</source>
        <translation>%1 creó el informe %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed the report schedule: %n scheduled reports</source>
        <translation>
            <numerusform>%1 cambió la programación de informes: %n informe programado</numerusform>
            <numerusform>%1 cambió la programación de informes: %n informes programados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; accounts without a sign-in for %n days count as dormant</source>
        <translation>
            <numerusform>; las cuentas sin inicio de sesión durante %n día se consideran inactivas</numerusform>
            <numerusform>; las cuentas sin inicio de sesión durante %n días se consideran inactivas</numerusform>
        </translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; signed in from %2 with the %3 role</source>
        <translation>el token de API «%1» inició sesión desde %2 con el rol %3</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; was refused from %2: %3</source>
        <translation>el token de API «%1» fue rechazado desde %2: %3</translation>
    </message>
    <message>
        <source>%1 was not allowed to call %2 with the %3 role: %4</source>
        <translation>%1 no tenía permiso para llamar a %2 con el rol %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 removed %n session records older than %2</source>
        <translation>
            <numerusform>%1 eliminó %n registro de sesión anterior a %2</numerusform>
            <numerusform>%1 eliminó %n registros de sesión anteriores a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed %n audit entries older than %2; the trail now starts at entry %3, anchored to the entries before it</source>
        <translation>
            <numerusform>%1 eliminó %n entrada de auditoría anterior a %2; el registro empieza ahora en la entrada %3, anclada a las entradas anteriores</numerusform>
            <numerusform>%1 eliminó %n entradas de auditoría anteriores a %2; el registro empieza ahora en la entrada %3, anclada a las entradas anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; (from %2)</source>
        <translation>el token de API «%1» (desde %2)</translation>
    </message>
    <message>
        <source> (outcome: %1)</source>
        <translation> (resultado: %1)</translation>
    </message>
    <message>
        <source>%1 did %2</source>
        <translation>%1 hizo %2</translation>
    </message>
    <message>
        <source>%1 did %2 to %3</source>
        <translation>%1 hizo %2 en %3</translation>
    </message>
    <message>
        <source>%1 uploaded the backup %2</source>
        <translation>%1 subió la copia de seguridad %2</translation>
    </message>
    <message>
        <source>%1 uploaded the backup %2 from %3</source>
        <translation>%1 subió la copia de seguridad %2 desde %3</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>No socket path is set.</source>
        <translation>No se ha definido ninguna ruta de socket.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Asigne un nombre al servidor.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Introduzca la dirección del servidor.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s admin port.</source>
        <translation>Introduzca el puerto de administración del servidor.</translation>
    </message>
    <message>
        <source>The fingerprint must be the SHA-256 one that `keywardctl status` shows on the server (32 pairs of hex digits separated by colons).</source>
        <translation>La huella debe ser la huella SHA-256 que muestra `keywardctl status` en el servidor (32 pares de dígitos hexadecimales separados por dos puntos).</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneTimePasswordFile</name>
    <message>
        <source>No file was chosen for the one-time passwords.</source>
        <translation>No se eligió ningún archivo para las contraseñas de un solo uso.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerHealth</name>
    <message>
        <source>RADIUS server %1 is not answering (for %2): users who sign in through RADIUS depend on the other servers.</source>
        <translation>El servidor RADIUS %1 no responde (desde hace %2): los usuarios que inician sesión mediante RADIUS dependen de los demás servidores.</translation>
    </message>
    <message>
        <source>RADIUS server %1 is not answering: users who sign in through RADIUS depend on the other servers.</source>
        <translation>El servidor RADIUS %1 no responde: los usuarios que inician sesión mediante RADIUS dependen de los demás servidores.</translation>
    </message>
    <message>
        <source>RADIUS server %1&apos;s answers are taken without a Message-Authenticator: weak against forged answers (BlastRADIUS).</source>
        <translation>Las respuestas del servidor RADIUS %1 se aceptan sin Message-Authenticator: débil frente a respuestas falsificadas (BlastRADIUS).</translation>
    </message>
    <message numerus="yes">
        <source>%n accounting record(s) wait to be sent: the accounting server is not answering.</source>
        <translation>
            <numerusform>%n registro de contabilidad espera su envío: el servidor de contabilidad no responde.</numerusform>
            <numerusform>%n registros de contabilidad esperan su envío: el servidor de contabilidad no responde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounting record(s) were lost (the queue was full).</source>
        <translation>
            <numerusform>Se perdió %n registro de contabilidad (la cola estaba llena).</numerusform>
            <numerusform>Se perdieron %n registros de contabilidad (la cola estaba llena).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RADIUS server(s) answering</source>
        <translation>
            <numerusform>%n servidor RADIUS responde</numerusform>
            <numerusform>%n servidores RADIUS responden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n RADIUS server(s) not answering</source>
        <translation>
            <numerusform>%1 de %n servidor RADIUS no responde</numerusform>
            <numerusform>%1 de %n servidores RADIUS no responden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounting record(s) waiting</source>
        <translation>
            <numerusform>%n registro de contabilidad en espera</numerusform>
            <numerusform>%n registros de contabilidad en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>answering (%1 ms)</source>
        <translation>responde (%1 ms)</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>responde</translation>
    </message>
    <message>
        <source>not answering for %1</source>
        <translation>no responde desde hace %1</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>aún no consultado</translation>
    </message>
    <message>
        <source>state not known</source>
        <translation>estado desconocido</translation>
    </message>
    <message>
        <source>last answer %1 ago</source>
        <translation>última respuesta hace %1</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>aún sin respuesta</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Grupo %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceptada</numerusform>
            <numerusform>%n aceptadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n sin respuesta</numerusform>
            <numerusform>%n sin respuesta</numerusform>
        </translation>
    </message>
    <message>
        <source>Message-Authenticator not required: weak, answers can be forged (BlastRADIUS)</source>
        <translation>Message-Authenticator no exigido: débil, las respuestas pueden falsificarse (BlastRADIUS)</translation>
    </message>
    <message>
        <source>Message-Authenticator required once the server has sent one</source>
        <translation>Message-Authenticator exigido una vez que el servidor haya enviado uno</translation>
    </message>
    <message>
        <source>Message-Authenticator required</source>
        <translation>Message-Authenticator exigido</translation>
    </message>
    <message>
        <source>RADIUS servers</source>
        <translation>Servidores RADIUS</translation>
    </message>
    <message>
        <source>Accounting is off.</source>
        <translation>La contabilidad está desactivada.</translation>
    </message>
    <message numerus="yes">
        <source>Accounting: %n record(s) waiting</source>
        <translation>
            <numerusform>Contabilidad: %n registro en espera</numerusform>
            <numerusform>Contabilidad: %n registros en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n perdido</numerusform>
            <numerusform>%n perdidos</numerusform>
        </translation>
    </message>
    <message>
        <source>last answer %1 ago from %2</source>
        <translation>última respuesta hace %1 de %2</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Local user store</source>
        <translation>Almacén local de usuarios</translation>
    </message>
    <message>
        <source>RADIUS</source>
        <translation>RADIUS</translation>
    </message>
    <message>
        <source>RADIUS, then the local store when RADIUS is down</source>
        <translation>RADIUS, y el almacén local cuando RADIUS no responde</translation>
    </message>
</context>
<context>
    <name>keyward::console::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>p. ej., alicia</translation>
    </message>
    <message>
        <source>optional, e.g. office, sales</source>
        <translation>opcional, p. ej., oficina, ventas</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <source>Keyward makes a one-time password and shows it once. The user chooses their own password the first time they connect.</source>
        <translation>Keyward genera una contraseña de un solo uso y la muestra una sola vez. El usuario elige su propia contraseña la primera vez que se conecta.</translation>
    </message>
    <message>
        <source>Use up to 256 characters, without commas, semicolons or backslashes.</source>
        <translation>Use hasta 256 caracteres, sin comas, puntos y comas ni barras invertidas.</translation>
    </message>
</context>
<context>
    <name>keyward::console::AdminActions</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>No hay conexión con ningún servidor.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
    <message>
        <source>%1 was disconnected.</source>
        <translation>Se ha desconectado a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s access is revoked: %n session(s) ended. The account stays disabled until you enable it.</source>
        <translation>
            <numerusform>Se ha revocado el acceso de %1: %n sesión finalizada. La cuenta seguirá deshabilitada hasta que la vuelva a habilitar.</numerusform>
            <numerusform>Se ha revocado el acceso de %1: %n sesiones finalizadas. La cuenta seguirá deshabilitada hasta que la vuelva a habilitar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s session has fresh encryption keys.</source>
        <translation>La sesión de %1 usa ahora claves de cifrado nuevas.</translation>
    </message>
    <message>
        <source>%1&apos;s client could not take new keys in the session, so it was disconnected; it gets new keys when it connects again (%2).</source>
        <translation>El cliente de %1 no pudo adoptar claves nuevas durante la sesión, así que se ha desconectado; recibirá claves nuevas cuando vuelva a conectarse (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has a new one-time password and must change it at the next login; %n session(s) ended.</source>
        <translation>
            <numerusform>%1 tiene una nueva contraseña de un solo uso y debe cambiarla en el próximo inicio de sesión; %n sesión finalizada.</numerusform>
            <numerusform>%1 tiene una nueva contraseña de un solo uso y debe cambiarla en el próximo inicio de sesión; %n sesiones finalizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added with a one-time password.</source>
        <translation>Se ha añadido la cuenta %1 con una contraseña de un solo uso.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported with one-time passwords.</source>
        <translation>
            <numerusform>%n usuario importado con contraseña de un solo uso.</numerusform>
            <numerusform>%n usuarios importados con contraseñas de un solo uso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) rotated; </source>
        <translation>
            <numerusform>%n contraseña renovada; </numerusform>
            <numerusform>%n contraseñas renovadas; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n sesión finalizada.</numerusform>
            <numerusform>%n sesiones finalizadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is disabled; %n session(s) ended.</source>
        <translation>
            <numerusform>La cuenta de %1 está deshabilitada; %n sesión finalizada.</numerusform>
            <numerusform>La cuenta de %1 está deshabilitada; %n sesiones finalizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>La cuenta %1 está desbloqueada.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se ha eliminado la cuenta %1.</translation>
    </message>
    <message>
        <source>Change window &quot;%1&quot; is planned.</source>
        <translation>La ventana de cambio «%1» está planificada.</translation>
    </message>
    <message>
        <source>The change window was cancelled.</source>
        <translation>Se ha cancelado la ventana de cambio.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation>No se entendió la respuesta del servidor: %1</translation>
    </message>
</context>
<context>
    <name>keyward::console::AuditModel</name>
    <message>
        <source>The audit chain breaks here: %1</source>
        <translation>La cadena de auditoría se rompe aquí: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Entry %1, %2 (UTC)
Who: %3
Action: %4
Target: %5
Outcome: %6
</source>
        <translation>Entrada %1, %2 (UTC)
Quién: %3
Acción: %4
Destino: %5
Resultado: %6
</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Sin detalles.</translation>
    </message>
    <message>
        <source>Details:
%1</source>
        <translation>Detalles:
%1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>keyward::console::AuditPage</name>
    <message>
        <source>Load older entries</source>
        <translation>Cargar entradas anteriores</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Change windows</source>
        <translation>Ventanas de cambio</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <source>Target, e.g. a user name</source>
        <translation>Objetivo, p. ej., un nombre de usuario</translation>
    </message>
    <message>
        <source>Search the loaded entries (Ctrl+F)</source>
        <translation>Buscar en las entradas cargadas (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Verificar la &amp;cadena</translation>
    </message>
    <message>
        <source>Check on the server that no entry was altered, removed or inserted</source>
        <translation>Comprobar en el servidor que ninguna entrada se ha alterado, eliminado ni insertado</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>La cadena de auditoría está intacta: %n entrada comprobada.</numerusform>
            <numerusform>La cadena de auditoría está intacta: %n entradas comprobadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2. Someone changed or removed records in the server&apos;s database; keep a copy of it for investigation.</source>
        <translation>La cadena de auditoría está rota en la entrada %1: %2. Alguien ha modificado o eliminado registros en la base de datos del servidor; guarde una copia de ella para la investigación.</translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Exportar informe de auditoría</translation>
    </message>
    <message>
        <source>Web page (*.html);;CSV for spreadsheets (*.csv)</source>
        <translation>Página web (*.html);;CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>El informe se ha guardado en %1.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Show the selected entry in full: its fields and details</source>
        <translation>Mostrar la entrada seleccionada completa: sus campos y detalles</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Aún no hay nada registrado</translation>
    </message>
    <message>
        <source>Every change an admin makes (users added, passwords reset, sessions ended, policy changed) and every lockout is written here, chained so that no entry can be altered unnoticed.</source>
        <translation>Aquí se anota cada cambio que hace un administrador (usuarios añadidos, contraseñas restablecidas, sesiones finalizadas, política cambiada) y cada bloqueo, encadenados de forma que ninguna entrada pueda alterarse sin que se note.</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Seleccione una entrada para verla completa.</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupPage</name>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Make and verify the backup</source>
        <translation>Crear y verificar la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup: the rollback point</source>
        <translation>Copia de seguridad: el punto de reversión</translation>
    </message>
    <message>
        <source>keywardd saves its database, keys and settings in one file encrypted under your passphrase and checks it by restoring it aside. If a later step fails, or you cancel, the wizard can put this backup back.</source>
        <translation>keywardd guarda su base de datos, claves y configuración en un archivo cifrado con su frase de contraseña y lo comprueba restaurándolo aparte. Si un paso posterior falla, o usted cancela, el asistente puede volver a aplicar esta copia de seguridad.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Las dos entradas no coinciden.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe: without it the backup cannot be restored.</source>
        <translation>Guárdela en un lugar seguro: sin ella no se puede restaurar la copia de seguridad.</translation>
    </message>
    <message>
        <source>Making the backup and checking it in a scratch directory…</source>
        <translation>Creando la copia de seguridad y comprobándola en un directorio temporal…</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>No se ha creado la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup %1&lt;/b&gt;&lt;br&gt;Size: %2&lt;br&gt;SHA-256: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 users, %5 API tokens, %6 audit entries&lt;br&gt;Verified: %7</source>
        <translation>&lt;b&gt;Copia de seguridad %1&lt;/b&gt;&lt;br&gt;Tamaño: %2&lt;br&gt;SHA-256: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 usuarios, %5 tokens de API, %6 entradas de auditoría&lt;br&gt;Verificada: %7</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO: %1</source>
        <translation>NO: %1</translation>
    </message>
    <message>
        <source>Backup %1 made and verified (%2 bytes, SHA-256 %3).</source>
        <translation>Copia de seguridad %1 creada y verificada (%2 bytes, SHA-256 %3).</translation>
    </message>
    <message>
        <source>Backup %1 was made but did not verify: %2</source>
        <translation>La copia de seguridad %1 se creó, pero no superó la verificación: %2</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupPassphraseDialog</name>
    <message>
        <source>Make a backup</source>
        <translation>Crear una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Make backup</source>
        <translation>Crear copia</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Las dos entradas no coinciden.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe: without it the backup cannot be restored.</source>
        <translation>Guárdela en un lugar seguro: sin ella no se puede restaurar la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupReportCenter</name>
    <message>
        <source>The backup was not made: %1</source>
        <translation>No se ha creado la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Backup %1 made and verified: %2 users, %3 audit entries; SHA-256 %4.</source>
        <translation>Copia de seguridad %1 creada y verificada: %2 usuarios, %3 entradas de auditoría; SHA-256 %4.</translation>
    </message>
    <message>
        <source>Backup %1 was made but did NOT verify: %2</source>
        <translation>La copia de seguridad %1 se ha creado, pero NO se ha podido verificar: %2</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se ha restaurado nada: %1</translation>
    </message>
    <message>
        <source>Backup %1 restored: %2 users, %3 API tokens; %4 session(s) ended.</source>
        <translation>Copia de seguridad %1 restaurada: %2 usuarios, %3 tokens de API; %4 sesión(es) finalizada(s).</translation>
    </message>
    <message>
        <source>Backup %1 deleted.</source>
        <translation>Copia de seguridad %1 eliminada.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.sig</source>
        <translation>No se puede escribir %1.sig</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes).</source>
        <translation>%1 guardado (%2 bytes).</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>No se ha generado ningún informe: %1</translation>
    </message>
    <message>
        <source>Report %1 written and signed (key %2).</source>
        <translation>Informe %1 generado y firmado (clave %2).</translation>
    </message>
    <message>
        <source>The report schedule was saved.</source>
        <translation>Se ha guardado la programación de informes.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>No válido: %1</translation>
    </message>
    <message>
        <source>Intact: signed by key %1 (this server&apos;s key is not known yet).</source>
        <translation>Íntegro: firmado con la clave %1 (aún no se conoce la clave de este servidor).</translation>
    </message>
    <message>
        <source>Intact, and signed by this server&apos;s report key %1.</source>
        <translation>Íntegro y firmado con la clave de informes %1 de este servidor.</translation>
    </message>
    <message>
        <source>Too weak: at least 10 characters (keywardd refuses shorter ones).</source>
        <translation>Demasiado débil: al menos 10 caracteres (keywardd rechaza las más cortas).</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robusta.</translation>
    </message>
    <message>
        <source>Fair: a sentence of four or more words is stronger and easier to remember.</source>
        <translation>Aceptable: una frase de cuatro o más palabras es más robusta y más fácil de recordar.</translation>
    </message>
    <message>
        <source>The file was not uploaded: %1</source>
        <translation>No se ha subido el archivo: %1</translation>
    </message>
    <message>
        <source>%1 became shorter while it was sent.</source>
        <translation>%1 se ha acortado mientras se enviaba.</translation>
    </message>
    <message>
        <source>%1 uploaded as backup %2 (SHA-256 %3).</source>
        <translation>%1 subido como copia de seguridad %2 (SHA-256 %3).</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupReportHints</name>
    <message>
        <source>No backup yet: make one before you change anything.</source>
        <translation>Aún no hay ninguna copia de seguridad: cree una antes de cambiar nada.</translation>
    </message>
    <message>
        <source>No report yet: create one, or schedule the quarterly account review.</source>
        <translation>Aún no hay ningún informe: cree uno o programe la revisión trimestral de cuentas.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Crear una copia de seguridad…</translation>
    </message>
    <message>
        <source>Create a report…</source>
        <translation>Crear un informe…</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupsReportsPage</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Scheduled report</source>
        <translation>Informe programado</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation>Intervalo (días)</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>Última generación</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima generación</translation>
    </message>
    <message>
        <source>Add the quarterly account review</source>
        <translation>Añadir la revisión trimestral de cuentas</translation>
    </message>
    <message>
        <source>No backup yet. Make one before any change window: it holds the users, keys and audit trail, encrypted under your passphrase.</source>
        <translation>Aún no hay ninguna copia de seguridad. Cree una antes de cada ventana de cambio: contiene los usuarios, las claves y el registro de auditoría, cifrados con su frase de contraseña.</translation>
    </message>
    <message>
        <source>No report yet. Create one for your auditor, or schedule the quarterly account review below.</source>
        <translation>Aún no hay ningún informe. Cree uno para su auditor o programe más abajo la revisión trimestral de cuentas.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Make backup…</source>
        <translation>Crear copia de seguridad…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Security report (everything)</source>
        <translation>Informe de seguridad (completo)</translation>
    </message>
    <message>
        <source>Account review</source>
        <translation>Revisión de cuentas</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>Crear informe</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Verify a report file…</source>
        <translation>Verificar un archivo de informe…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO: %1</source>
        <translation>NO: %1</translation>
    </message>
    <message>
        <source>Restore backup %1, made %2 by %3?

Every user and password, every API token, the policy and the audit trail on the server are replaced by the backup&apos;s: %4 users, %5 API tokens, %6 audit entries. Changes made since then are lost, and every connected user is disconnected.</source>
        <translation>¿Restaurar la copia de seguridad %1, creada el %2 por %3?

Todos los usuarios y contraseñas, todos los tokens de API, la política y el registro de auditoría del servidor se sustituyen por los de la copia: %4 usuarios, %5 tokens de API, %6 entradas de auditoría. Los cambios realizados desde entonces se pierden y se desconecta a todos los usuarios conectados.</translation>
    </message>
    <message>
        <source>The backup holds the users, the keys and the audit trail, encrypted under this passphrase. keywardd checks it by restoring it into a scratch copy.</source>
        <translation>La copia de seguridad contiene los usuarios, las claves y el registro de auditoría, cifrados con esta frase de contraseña. keywardd la comprueba restaurándola en una copia temporal.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Creando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>This cannot be undone from the console; make a backup of the current state first if you may want it back.</source>
        <translation>Esto no se puede deshacer desde la consola; si es posible que quiera recuperar el estado actual, cree antes una copia de seguridad de él.</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with.</source>
        <translation>La frase de contraseña con la que se creó la copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose the backup to restore in the list first.</source>
        <translation>Elija primero en la lista la copia de seguridad que quiere restaurar.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Elija primero una copia de seguridad en la lista.</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>Guardar copia de seguridad</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Eliminar copia de seguridad</translation>
    </message>
    <message>
        <source>Delete backup %1 from the server?</source>
        <translation>¿Eliminar la copia de seguridad %1 del servidor?</translation>
    </message>
    <message>
        <source>Copies you downloaded stay where they are.</source>
        <translation>Las copias que haya descargado se quedan donde están.</translation>
    </message>
    <message>
        <source>Choose a report in the list first.</source>
        <translation>Elija primero un informe en la lista.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Verify a report</source>
        <translation>Verificar un informe</translation>
    </message>
    <message>
        <source>Keyward reports (*.pdf *.html *.csv)</source>
        <translation>Informes de Keyward (*.pdf *.html *.csv)</translation>
    </message>
    <message>
        <source>quarterly account review</source>
        <translation>revisión trimestral de cuentas</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Restaurar desde archivo…</translation>
    </message>
    <message>
        <source>Upload a backup file from this computer to the server and restore it</source>
        <translation>Subir un archivo de copia de seguridad de este equipo al servidor y restaurarlo</translation>
    </message>
    <message>
        <source>Uploading %p%</source>
        <translation>Subiendo %p%</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>subida</translation>
    </message>
    <message>
        <source>Restore backup %1, uploaded from %2 by %3 on %4?

Every user and password, every API token, the policy and the audit trail on the server are replaced by the backup&apos;s. Changes made since the backup was made are lost, and every connected user is disconnected.</source>
        <translation>¿Restaurar la copia de seguridad %1, subida desde %2 por %3 el %4?

Todos los usuarios y contraseñas, todos los tokens de API, la política y el registro de auditoría del servidor se sustituyen por los de la copia de seguridad. Los cambios hechos desde que se creó la copia se pierden y todos los usuarios conectados se desconectan.</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Keyward backups (*.kwbackup);;All files (*)</source>
        <translation>Copias de seguridad de Keyward (*.kwbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Subiendo %1…</translation>
    </message>
</context>
<context>
    <name>keyward::console::BaselinePage</name>
    <message>
        <source>Baseline</source>
        <translation>Configuración de referencia</translation>
    </message>
    <message>
        <source>Apply the baseline</source>
        <translation>Aplicar la configuración de referencia</translation>
    </message>
    <message>
        <source>Leave the policy as it is</source>
        <translation>Dejar la política como está</translation>
    </message>
    <message>
        <source>The strong baseline</source>
        <translation>La configuración de referencia segura</translation>
    </message>
    <message>
        <source>128-bit MPPE only, MS-CHAPv2 only, sessions of at most 8 hours and an idle timeout of at most 30 minutes. Live sessions below it end when it is applied; users last seen with weaker encryption are refused at their next sign-in.</source>
        <translation>Solo MPPE de 128 bits, solo MS-CHAPv2, sesiones de 8 horas como máximo y tiempo de inactividad de 30 minutos como máximo. Las sesiones activas que no la cumplan finalizan al aplicarla; los usuarios que se conectaron por última vez con un cifrado más débil se rechazan en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>The policy was left as it was.</source>
        <translation>La política se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Not applied yet.</source>
        <translation>Aún no se ha aplicado.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>The baseline was not applied: %1</source>
        <translation>No se ha aplicado la configuración de referencia: %1</translation>
    </message>
    <message>
        <source>The baseline was in force already.</source>
        <translation>La configuración de referencia ya estaba en vigor.</translation>
    </message>
    <message numerus="yes">
        <source>Baseline applied: %1 setting(s) changed; %n session(s) ended.</source>
        <translation>
            <numerusform>Configuración de referencia aplicada: %1 ajuste(s) cambiado(s); %n sesión finalizada.</numerusform>
            <numerusform>Configuración de referencia aplicada: %1 ajuste(s) cambiado(s); %n sesiones finalizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The baseline is in force already.</source>
        <translation>La configuración de referencia ya está en vigor.</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Cambiado:</translation>
    </message>
    <message>
        <source>Applying it changes:</source>
        <translation>Al aplicarla cambia:</translation>
    </message>
    <message>
        <source>Nobody is cut off.</source>
        <translation>No se desconecta a nadie.</translation>
    </message>
    <message>
        <source>Cut off:</source>
        <translation>Desconectados:</translation>
    </message>
    <message>
        <source>It would cut off:</source>
        <translation>Desconectaría a:</translation>
    </message>
    <message>
        <source>(live session %1)</source>
        <translation>(sesión activa %1)</translation>
    </message>
</context>
<context>
    <name>keyward::console::CapturePacketModel</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
</context>
<context>
    <name>keyward::console::CapturesPage</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Save as pcapng…</source>
        <translation>Guardar como pcapng…</translation>
    </message>
    <message>
        <source>Open in Wireshark</source>
        <translation>Abrir en Wireshark</translation>
    </message>
    <message>
        <source>Decrypt…</source>
        <translation>Descifrar…</translation>
    </message>
    <message>
        <source>Rotate this user&apos;s password</source>
        <translation>Renovar la contraseña de este usuario</translation>
    </message>
    <message>
        <source>BPF filter, as tcpdump takes it</source>
        <translation>Filtro BPF, tal como lo acepta tcpdump</translation>
    </message>
    <message>
        <source>Open capture…</source>
        <translation>Abrir captura…</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Obsoleto</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>The capture runs, but this connection gets no live packet list (it needs the admin role). Stop it to see what it caught.</source>
        <translation>La captura está en marcha, pero esta conexión no recibe la lista de paquetes en directo (necesita el rol de administrador). Deténgala para ver lo que ha capturado.</translation>
    </message>
    <message>
        <source>Capture %1 running on %2: %3 packets, %4 left out of the list, %5 dropped by the kernel</source>
        <translation>Captura %1 en marcha en %2: %3 paquetes, %4 fuera de la lista, %5 descartados por el núcleo</translation>
    </message>
    <message>
        <source>Capture %1 %2: %3 packets, %4 dropped by the kernel</source>
        <translation>Captura %1 %2: %3 paquetes, %4 descartados por el núcleo</translation>
    </message>
    <message>
        <source>capture %1</source>
        <translation>captura %1</translation>
    </message>
    <message>
        <source>Capture %1 running: %2 packets, %3 left out of the list, %4 dropped by the kernel</source>
        <translation>Captura %1 en marcha: %2 paquetes, %3 fuera de la lista, %4 descartados por el núcleo</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Abrir captura</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Capturas (*.pcap *.pcapng *.cap);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to open here; analyse it with keywardctl capture analyze</source>
        <translation>%1 es demasiado grande para abrirlo aquí; analícelo con keywardctl capture analyze</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1: %2 packets</source>
        <translation>%1: %2 paquetes</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Save capture</source>
        <translation>Guardar captura</translation>
    </message>
    <message>
        <source>pcapng (*.pcapng)</source>
        <translation>pcapng (*.pcapng)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 packets to %2</source>
        <translation>%1 paquetes guardados en %2</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>No se pudo iniciar %1</translation>
    </message>
    <message>
        <source>Decrypt a session</source>
        <translation>Descifrar una sesión</translation>
    </message>
    <message>
        <source>The password is used for this decryption only; it is neither stored nor sent anywhere.</source>
        <translation>La contraseña solo se usa para este descifrado; no se guarda ni se envía a ningún sitio.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Wrong password for %1: %2</source>
        <translation>Contraseña incorrecta para %1: %2</translation>
    </message>
    <message>
        <source>Save decrypted packets</source>
        <translation>Guardar paquetes descifrados</translation>
    </message>
    <message>
        <source>Decrypted %1 packets of %2 session(s); %3 IPv4 checksums did not verify</source>
        <translation>%1 paquetes de %2 sesión(es) descifrados; %3 sumas de comprobación IPv4 no coinciden</translation>
    </message>
    <message>
        <source>No packets yet</source>
        <translation>Aún no hay paquetes</translation>
    </message>
    <message>
        <source>Start a capture on the server (the filter above takes PPTP control and GRE by default), or open a pcap or pcapng file to audit a network before Keyward runs on it.</source>
        <translation>Inicie una captura en el servidor (el filtro de arriba recoge por defecto el control de PPTP y GRE) o abra un archivo pcap o pcapng para auditar una red antes de que Keyward funcione en ella.</translation>
    </message>
    <message>
        <source>Start a capture</source>
        <translation>Iniciar una captura</translation>
    </message>
    <message>
        <source>Open a capture file…</source>
        <translation>Abrir un archivo de captura…</translation>
    </message>
</context>
<context>
    <name>keyward::console::CertificateChangedDialog</name>
    <message>
        <source>Server certificate changed</source>
        <translation>El certificado del servidor ha cambiado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 presented a different certificate than the one pinned for it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 presentó un certificado distinto del fijado para él.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The console stopped before sending anything, so the API token was not sent. This happens when the server&apos;s certificate was replaced, or when something between you and the server intercepts the connection.</source>
        <translation>La consola se detuvo antes de enviar nada, así que el token de la API no se envió. Esto ocurre cuando se ha sustituido el certificado del servidor o cuando algo entre usted y el servidor intercepta la conexión.</translation>
    </message>
    <message>
        <source>Pinned:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Presented now:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Fijado:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Presentado ahora:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>On the server, run &lt;tt&gt;keywardctl status&lt;/tt&gt;: it prints the certificate fingerprint. Trust the new certificate only if it matches the one presented now. The token kept for the old certificate is not used for the new one; you will be asked for the token again.</source>
        <translation>En el servidor, ejecute &lt;tt&gt;keywardctl status&lt;/tt&gt;: muestra la huella del certificado. Confíe en el nuevo certificado solo si coincide con la presentada ahora. El token guardado para el certificado anterior no se usa para el nuevo; se le pedirá el token de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Confiar en el nuevo certificado</translation>
    </message>
    <message>
        <source>&amp;Keep the old pin</source>
        <translation>&amp;Mantener la huella anterior</translation>
    </message>
</context>
<context>
    <name>keyward::console::ChangeWindowSteps</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>No hay conexión con ningún servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation>No se entendió la respuesta del servidor: %1</translation>
    </message>
</context>
<context>
    <name>keyward::console::ChangeWindowWizard</name>
    <message>
        <source>Change window: %1</source>
        <translation>Ventana de cambio: %1</translation>
    </message>
    <message>
        <source>Change window</source>
        <translation>Ventana de cambio</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Revertir…</translation>
    </message>
    <message>
        <source>Restore the backup made on the Backup page into the running server</source>
        <translation>Restaurar en el servidor en funcionamiento la copia de seguridad creada en la página Copia de seguridad</translation>
    </message>
    <message>
        <source>You asked to roll back.</source>
        <translation>Ha pedido revertir.</translation>
    </message>
    <message numerus="yes">
        <source>Restore backup %1, made %2 with %n user(s), into the running server?</source>
        <translation>
            <numerusform>¿Restaurar en el servidor en funcionamiento la copia de seguridad %1, creada %2 con %n usuario?</numerusform>
            <numerusform>¿Restaurar en el servidor en funcionamiento la copia de seguridad %1, creada %2 con %n usuarios?</numerusform>
        </translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed: %2</source>
        <translation>El paso «%1» falló: %2</translation>
    </message>
    <message>
        <source>Roll back the change window</source>
        <translation>Revertir la ventana de cambio</translation>
    </message>
    <message>
        <source>This replaces every user, password, group, API token, setting and the audit trail with the backup&apos;s: whatever changed since the backup (rotations, the baseline, clean-ups, and changes by other admins) is undone, and every live session ends now. The restore itself is recorded in the audit trail, naming the backup.</source>
        <translation>Esto sustituye todos los usuarios, contraseñas, grupos, tokens de API, la configuración y el registro de auditoría por los de la copia de seguridad: todo lo que haya cambiado desde la copia (renovaciones, la configuración de referencia, limpiezas y cambios de otros administradores) se deshace, y todas las sesiones activas finalizan ahora. La propia restauración queda anotada en el registro de auditoría, con el nombre de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>the admin rolled back</source>
        <translation>el administrador revirtió</translation>
    </message>
    <message>
        <source>change window rolled back: %1</source>
        <translation>ventana de cambio revertida: %1</translation>
    </message>
    <message>
        <source>Restoring backup %1…</source>
        <translation>Restaurando la copia de seguridad %1…</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: backup %1 restored (%2 users, %3 API tokens); %n session(s) ended. The restore is the last entry of the audit trail. Close the wizard.</source>
        <translation>
            <numerusform>Revertido: copia de seguridad %1 restaurada (%2 usuarios, %3 tokens de API); %n sesión finalizada. La restauración es la última entrada del registro de auditoría. Cierre el asistente.</numerusform>
            <numerusform>Revertido: copia de seguridad %1 restaurada (%2 usuarios, %3 tokens de API); %n sesiones finalizadas. La restauración es la última entrada del registro de auditoría. Cierre el asistente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rollback failed, nothing was restored: %1</source>
        <translation>La reversión falló, no se ha restaurado nada: %1</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Wait for the server to answer before closing.</source>
        <translation>Espere a que responda el servidor antes de cerrar.</translation>
    </message>
    <message>
        <source>You are closing the wizard before the change window is finished.</source>
        <translation>Está cerrando el asistente antes de que termine la ventana de cambio.</translation>
    </message>
</context>
<context>
    <name>keyward::console::CleanupPage</name>
    <message>
        <source>Clean-up</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <source>Expire every unused temporary one-time password now (its account is disabled)</source>
        <translation>Hacer caducar ahora todas las contraseñas temporales de un solo uso sin usar (su cuenta se deshabilita)</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Revoke and clean up</source>
        <translation>Revocar y limpiar</translation>
    </message>
    <message>
        <source>Accounts revoked here cannot sign in again and their sessions end now.</source>
        <translation>Las cuentas revocadas aquí no pueden volver a iniciar sesión y sus sesiones finalizan ahora.</translation>
    </message>
    <message>
        <source>Revoke these accounts:</source>
        <translation>Revocar estas cuentas:</translation>
    </message>
    <message>
        <source>Nothing cleaned up.</source>
        <translation>No se ha limpiado nada.</translation>
    </message>
    <message>
        <source>The temporary credentials are not known: %1</source>
        <translation>No se conocen las credenciales temporales: %1</translation>
    </message>
    <message>
        <source>No temporary one-time password is outstanding.</source>
        <translation>No queda pendiente ninguna contraseña temporal de un solo uso.</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, caduca %2</translation>
    </message>
    <message>
        <source>Temporary one-time passwords outstanding: %1</source>
        <translation>Contraseñas temporales de un solo uso pendientes: %1</translation>
    </message>
    <message>
        <source>Choose what to clean up first.</source>
        <translation>Elija primero qué limpiar.</translation>
    </message>
    <message>
        <source>Nothing was cleaned up: %1</source>
        <translation>No se ha limpiado nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unused temporary credential(s) expired</source>
        <translation>
            <numerusform>%n credencial temporal sin usar caducada</numerusform>
            <numerusform>%n credenciales temporales sin usar caducadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) revoked</source>
        <translation>
            <numerusform>%n cuenta revocada</numerusform>
            <numerusform>%n cuentas revocadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n sesión finalizada.</numerusform>
            <numerusform>%n sesiones finalizadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::console::ConnectionDialog</name>
    <message>
        <source>Keep the token in this computer&apos;s keychain</source>
        <translation>Guardar el token en el llavero de este equipo</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Conectar con un servidor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>New remote server…</source>
        <translation>Nuevo servidor remoto…</translation>
    </message>
    <message>
        <source>&amp;Socket:</source>
        <translation>&amp;Socket:</translation>
    </message>
    <message>
        <source>Your account must be root or in the keyward group.</source>
        <translation>Su cuenta debe ser root o pertenecer al grupo keyward.</translation>
    </message>
    <message>
        <source>AB:CD:… as shown by `keywardctl status` on the server</source>
        <translation>AB:CD:… tal como lo muestra `keywardctl status` en el servidor</translation>
    </message>
    <message>
        <source>leave empty to use the token in the keychain</source>
        <translation>déjelo vacío para usar el token del llavero</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>&amp;Huella del certificado:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation>Olvidar el token guardado</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation>&amp;Eliminar servidor</translation>
    </message>
    <message>
        <source>No token is saved for this server now.</source>
        <translation>Ya no hay ningún token guardado para este servidor.</translation>
    </message>
</context>
<context>
    <name>keyward::console::DashboardPage</name>
    <message>
        <source>Start the rotation…</source>
        <translation>Iniciar la renovación…</translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation>Ver sesiones</translation>
    </message>
    <message>
        <source>Open policy</source>
        <translation>Ver política</translation>
    </message>
    <message>
        <source>Open users</source>
        <translation>Ver usuarios</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation>Conectados ahora</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>Configuración de seguridad</translation>
    </message>
    <message>
        <source>Passwords expiring in 14 days</source>
        <translation>Contraseñas que caducan en los próximos 14 días</translation>
    </message>
    <message>
        <source>Failed logins and alerts</source>
        <translation>Inicios de sesión fallidos y alertas</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Running&lt;/b&gt;&lt;/p&gt;&lt;p&gt;keywardd %1 on %2, accepting PPTP on %3.&lt;/p&gt;&lt;p&gt;Signed in as %4.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;En funcionamiento&lt;/b&gt;&lt;/p&gt;&lt;p&gt;keywardd %1 en %2, acepta conexiones PPTP en %3.&lt;/p&gt;&lt;p&gt;Sesión iniciada como %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b03020&apos;&gt;&lt;b&gt;Not connected&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b03020&apos;&gt;&lt;b&gt;Sin conexión&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n with 128-bit encryption</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n con cifrado de 128 bits</numerusform>
            <numerusform>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n con cifrado de 128 bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n with weak %1-bit encryption&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n con cifrado débil de %1 bits&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n con cifrado débil de %1 bits&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still signing in</source>
        <translation>
            <numerusform>%n todavía iniciando sesión</numerusform>
            <numerusform>%n todavía iniciando sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is connected.</source>
        <translation>No hay nadie conectado.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Strong.&lt;/b&gt; Only 128-bit encryption and MS-CHAPv2 sign-in are allowed.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Segura.&lt;/b&gt; Solo se permiten el cifrado de 128 bits y el inicio de sesión con MS-CHAPv2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Weaker than the safe defaults:</source>
        <translation>Menos estricta que los valores predeterminados seguros:</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation>%1 — caducada</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No password expires in the next 14 days.</source>
        <translation>Ninguna contraseña caduca en los próximos 14 días.</translation>
    </message>
    <message>
        <source>%1  %2 locked out after repeated failures (from %3)</source>
        <translation>%1  %2 bloqueado tras varios intentos fallidos (desde %3)</translation>
    </message>
    <message>
        <source>%1  %2 from %3: %4</source>
        <translation>%1  %2 desde %3: %4</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>No failed logins since the server started.</source>
        <translation>No ha habido inicios de sesión fallidos desde que se inició el servidor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change window due:&lt;/b&gt; %1, %2</source>
        <translation>&lt;b&gt;Ventana de cambio pendiente:&lt;/b&gt; %1, %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>No users yet: add the people who will connect, or import them from a CSV file.</source>
        <translation>Aún no hay usuarios: añada a las personas que se conectarán o impórtelas desde un archivo CSV.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Añadir un usuario…</translation>
    </message>
    <message>
        <source>No change window planned: plan when passwords are rotated, so users can be told in advance.</source>
        <translation>No hay ninguna ventana de cambio planificada: planifique cuándo se renuevan las contraseñas para poder avisar a los usuarios con antelación.</translation>
    </message>
    <message>
        <source>Plan a window…</source>
        <translation>Planificar una ventana…</translation>
    </message>
    <message>
        <source>Passwords never expire: set a maximum age (30 to 90 days) so that the keys they give come from fresh passwords.</source>
        <translation>Las contraseñas nunca caducan: establezca una antigüedad máxima (de 30 a 90 días) para que las claves que generan provengan de contraseñas recientes.</translation>
    </message>
    <message>
        <source>Set an expiry…</source>
        <translation>Establecer una caducidad…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Open the wizard…</source>
        <translation>Abrir el asistente…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change window now:&lt;/b&gt; %1, started %2.</source>
        <translation>&lt;b&gt;Ventana de cambio en curso:&lt;/b&gt; %1, iniciada %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change window soon:&lt;/b&gt; %1, starts %2.</source>
        <translation>&lt;b&gt;Ventana de cambio próxima:&lt;/b&gt; %1, empieza %2.</translation>
    </message>
</context>
<context>
    <name>keyward::console::ExpiryTimelineChart</name>
    <message>
        <source>The next 12 weeks</source>
        <translation>Las próximas 12 semanas</translation>
    </message>
    <message>
        <source>Passwords expiring</source>
        <translation>Contraseñas que caducan</translation>
    </message>
    <message>
        <source>Planned change windows</source>
        <translation>Ventanas de cambio planificadas</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semana del</translation>
    </message>
</context>
<context>
    <name>keyward::console::InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>What the server runs with, who connects with what, and whose credentials are old: the starting point of this change window.</source>
        <translation>Con qué funciona el servidor, quién se conecta con qué y qué credenciales son antiguas: el punto de partida de esta ventana de cambio.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading the inventory…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Leyendo el inventario…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No inventory: %1</source>
        <translation>Sin inventario: %1</translation>
    </message>
    <message numerus="yes">
        <source>Server %1; %n weak setting(s); </source>
        <translation>
            <numerusform>Servidor %1; %n ajuste débil; </numerusform>
            <numerusform>Servidor %1; %n ajustes débiles; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n cuenta.</numerusform>
            <numerusform>%n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>MPPE strengths</source>
        <translation>Niveles de MPPE</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Longest session</source>
        <translation>Duración máxima de la sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>Tiempo de inactividad</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Password expiry</source>
        <translation>Caducidad de la contraseña</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No setting is weaker than the safe defaults.</source>
        <translation>Ningún ajuste es menos estricto que los valores predeterminados seguros.</translation>
    </message>
    <message>
        <source>Weaker than the safe defaults:</source>
        <translation>Menos estricta que los valores predeterminados seguros:</translation>
    </message>
    <message>
        <source>Clients seen on live sessions</source>
        <translation>Clientes vistos en sesiones activas</translation>
    </message>
    <message>
        <source>No live session.</source>
        <translation>No hay ninguna sesión activa.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>obsoleto</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>%1 in all: %2 active, %3 disabled, %4 revoked, %5 locked; %6 must change their password, %7 expired.</source>
        <translation>%1 en total: %2 activas, %3 deshabilitadas, %4 revocadas, %5 bloqueadas; %6 deben cambiar su contraseña, %7 caducadas.</translation>
    </message>
    <message>
        <source>Password age</source>
        <translation>Antigüedad de la contraseña</translation>
    </message>
    <message>
        <source>Who still needs weak settings</source>
        <translation>Quién necesita aún ajustes débiles</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Nadie.</translation>
    </message>
    <message>
        <source>(live session %1)</source>
        <translation>(sesión activa %1)</translation>
    </message>
</context>
<context>
    <name>keyward::console::MainWindow</name>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Rotation schedules</source>
        <translation>Planes de renovación</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Enter token…</source>
        <translation>Introducir token…</translation>
    </message>
    <message>
        <source>Choose server…</source>
        <translation>Elegir servidor…</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Connect to…</source>
        <translation>&amp;Conectar a…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Rotate &amp;passwords…</source>
        <translation>&amp;Renovar contraseñas…</translation>
    </message>
    <message>
        <source>&amp;Export audit report…</source>
        <translation>&amp;Exportar informe de auditoría…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Rotation schedules</source>
        <translation>Planes de &amp;renovación</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation>&amp;Acerca de Keyward</translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation>Acerca de Keyward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Credentials and session keys for PPTP, managed safely.&lt;/p&gt;&lt;p&gt;PPTP&apos;s encryption keys come from the users&apos; passwords, so Keyward keeps them strong, rotates them and records every change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Credenciales y claves de sesión para PPTP, gestionadas de forma segura.&lt;/p&gt;&lt;p&gt;Las claves de cifrado de PPTP se derivan de las contraseñas de los usuarios; por eso Keyward las mantiene robustas, las renueva y registra cada cambio.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyward — %1</source>
        <translation>Keyward — %1</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>The API token for %1 (create one on the server with `keywardctl token create NAME`):</source>
        <translation>El token de API para %1 (puede crearse en el servidor con `keywardctl token create NAME`):</translation>
    </message>
    <message>
        <source>Keep this token in the keychain for next time?</source>
        <translation>¿Guardar este token en el llavero para la próxima vez?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Keyward uses the new language the next time it starts.</source>
        <translation>Keyward usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Revisar el certificado…</translation>
    </message>
    <message>
        <source>Keyward — %1 (%2)</source>
        <translation>Keyward — %1 (%2)</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Capturas</translation>
    </message>
    <message>
        <source>Backups &amp; reports</source>
        <translation>Copias de seguridad &amp; informes</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
</context>
<context>
    <name>keyward::console::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>keyward::console::MethodGate</name>
    <message>
        <source>Needs the %1 role.</source>
        <translation>Requiere el rol %1.</translation>
    </message>
    <message>
        <source>Needs the %1 role; this connection has the %2 role.</source>
        <translation>Requiere el rol %1; esta conexión tiene el rol %2.</translation>
    </message>
</context>
<context>
    <name>keyward::console::NoticePage</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Show the notice</source>
        <translation>Mostrar el aviso</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Guardar la plantilla</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Tell the users</source>
        <translation>Avisar a los usuarios</translation>
    </message>
    <message>
        <source>The notice says when the window is and what users must do. It is made from the server&apos;s template, which may use {title}, {start}, {end}, {duration} and {group} only: a notice never holds a password.</source>
        <translation>El aviso indica cuándo es la ventana y qué deben hacer los usuarios. Se genera a partir de la plantilla del servidor, que solo puede usar {title}, {start}, {end}, {duration} y {group}: un aviso nunca contiene una contraseña.</translation>
    </message>
    <message>
        <source>Password rotation</source>
        <translation>Renovación de contraseñas</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>The notice is on the clipboard.</source>
        <translation>El aviso está en el portapapeles.</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Guardar el aviso</translation>
    </message>
    <message>
        <source>HTML (*.html);;Text (*.txt)</source>
        <translation>HTML (*.html);;Texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Subject template:</source>
        <translation>Plantilla del asunto:</translation>
    </message>
    <message>
        <source>Body template:</source>
        <translation>Plantilla del cuerpo:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>No notice: %1</source>
        <translation>Sin aviso: %1</translation>
    </message>
    <message>
        <source>Notice &quot;%1&quot; written from the template saved in this window.</source>
        <translation>Aviso «%1» generado a partir de la plantilla guardada en esta ventana.</translation>
    </message>
    <message>
        <source>Notice &quot;%1&quot; written.</source>
        <translation>Aviso «%1» generado.</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>No se ha guardado la plantilla: %1</translation>
    </message>
    <message>
        <source>The template is saved on the server.</source>
        <translation>La plantilla está guardada en el servidor.</translation>
    </message>
    <message>
        <source>There is no notice yet.</source>
        <translation>Aún no hay ningún aviso.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>keyward::console::OneTimePasswordDialog</name>
    <message>
        <source>New one-time passwords</source>
        <translation>Nuevas contraseñas de un solo uso</translation>
    </message>
    <message>
        <source>&lt;b&gt;These passwords are shown only now.&lt;/b&gt; Give each to its user in person or by phone, not by e-mail. Each user must choose a new password the first time they connect.</source>
        <translation>&lt;b&gt;Estas contraseñas solo se muestran ahora.&lt;/b&gt; Entregue cada una a su usuario en persona o por teléfono, no por correo electrónico. Cada usuario debe elegir una contraseña nueva la primera vez que se conecte.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this password; the clipboard is cleared after 30 seconds</source>
        <translation>Copiar esta contraseña; el portapapeles se vacía a los 30 segundos</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Se ha vaciado el portapapeles.</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>Copied the password for %1. The clipboard is cleared in 30 seconds.</source>
        <translation>Se ha copiado la contraseña de %1. El portapapeles se vaciará en 30 segundos.</translation>
    </message>
    <message>
        <source>Save one-time passwords</source>
        <translation>Guardar las contraseñas de un solo uso</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Delete it once the passwords are handed out.</source>
        <translation>Guardado en %1, legible solo por su cuenta. Elimínelo cuando se hayan entregado las contraseñas.</translation>
    </message>
</context>
<context>
    <name>keyward::console::PolicyDocument</name>
    <message>
        <source>40-bit encryption is allowed: its keys can be broken in hours.</source>
        <translation>Se permite el cifrado de 40 bits: sus claves pueden romperse en horas.</translation>
    </message>
    <message>
        <source>56-bit encryption is allowed: its keys can be broken in days.</source>
        <translation>Se permite el cifrado de 56 bits: sus claves pueden romperse en días.</translation>
    </message>
    <message>
        <source>128-bit encryption is not allowed.</source>
        <translation>No se permite el cifrado de 128 bits.</translation>
    </message>
    <message>
        <source>Stateful encryption is allowed: keys change less often and one lost packet stalls the tunnel.</source>
        <translation>Se permite el cifrado con estado: las claves cambian con menos frecuencia y un solo paquete perdido bloquea el túnel.</translation>
    </message>
    <message>
        <source>Sign-in methods other than MS-CHAPv2 are allowed.</source>
        <translation>Se permiten métodos de inicio de sesión distintos de MS-CHAPv2.</translation>
    </message>
    <message>
        <source>Passwords may be shorter than 12 characters.</source>
        <translation>Las contraseñas pueden tener menos de 12 caracteres.</translation>
    </message>
    <message>
        <source>Passwords need fewer than 3 kinds of characters.</source>
        <translation>Las contraseñas requieren menos de 3 tipos de caracteres.</translation>
    </message>
    <message>
        <source>Users may reuse their previous password.</source>
        <translation>Los usuarios pueden reutilizar su contraseña anterior.</translation>
    </message>
    <message>
        <source>Sessions may last more than 12 hours without signing in again.</source>
        <translation>Las sesiones pueden durar más de 12 horas sin volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Stateful encryption is preferred: clients that could use stateless encryption are asked for stateful.</source>
        <translation>Se prefiere el cifrado con estado: a los clientes que podrían usar cifrado sin estado se les pide cifrado con estado.</translation>
    </message>
</context>
<context>
    <name>keyward::console::PolicyPage</name>
    <message>
        <source>Encryption and sign-in</source>
        <translation>Cifrado e inicio de sesión</translation>
    </message>
    <message>
        <source>Allow 128-bit encryption</source>
        <translation>Permitir cifrado de 128 bits</translation>
    </message>
    <message>
        <source>Allow 56-bit encryption (weak)</source>
        <translation>Permitir cifrado de 56 bits (débil)</translation>
    </message>
    <message>
        <source>Allow 40-bit encryption (weak)</source>
        <translation>Permitir cifrado de 40 bits (débil)</translation>
    </message>
    <message>
        <source>Allow stateful encryption (fewer key changes)</source>
        <translation>Permitir cifrado con estado (menos cambios de clave)</translation>
    </message>
    <message>
        <source>Lock an account only for failed logins from addresses its user signed in from before</source>
        <translation>Bloquear una cuenta solo por inicios de sesión fallidos desde direcciones desde las que su usuario ya se conectó</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Contraseñas</translation>
    </message>
    <message>
        <source>Expire after</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Users must choose a new password this often.</source>
        <translation>Cada cuánto tiempo deben elegir los usuarios una contraseña nueva.</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>Longitud mínima</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Kinds of characters</source>
        <translation>Tipos de caracteres</translation>
    </message>
    <message>
        <source>Of lower case, upper case, digits and others, how many a password must use.</source>
        <translation>Cuántos tipos de caracteres (minúsculas, mayúsculas, dígitos y otros) debe contener una contraseña.</translation>
    </message>
    <message>
        <source>Remember previous</source>
        <translation>Recordar las últimas</translation>
    </message>
    <message>
        <source> passwords</source>
        <translation> contraseñas</translation>
    </message>
    <message>
        <source>A new password may not be one of these.</source>
        <translation>Una contraseña nueva no puede ser ninguna de estas.</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <source> failed logins</source>
        <translation> intentos fallidos</translation>
    </message>
    <message>
        <source>Lock for</source>
        <translation>Duración del bloqueo</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Sessions and records</source>
        <translation>Sesiones y registros</translation>
    </message>
    <message>
        <source>Longest session</source>
        <translation>Duración máxima de la sesión</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>After this the user signs in again.</source>
        <translation>Pasado este tiempo, el usuario debe volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Disconnect when idle for</source>
        <translation>Desconectar tras una inactividad de</translation>
    </message>
    <message>
        <source>Keep the audit log for</source>
        <translation>Conservar el registro de auditoría durante</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Aplicar cambios</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>Cancel window</source>
        <translation>Cancelar la ventana</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planned change windows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ventanas de cambio planificadas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Plan or start a rotation…</source>
        <translation>&amp;Planificar o iniciar una renovación…</translation>
    </message>
    <message>
        <source>&amp;Carry out selected window…</source>
        <translation>&amp;Ejecutar la ventana seleccionada…</translation>
    </message>
    <message>
        <source>All settings are at the strong defaults or stricter.</source>
        <translation>Toda la configuración está en los valores predeterminados seguros o es más estricta.</translation>
    </message>
    <message>
        <source>Weaker than the safe defaults:</source>
        <translation>Menos estricta que los valores predeterminados seguros:</translation>
    </message>
    <message>
        <source>Allow at least one encryption strength (128-bit is the safe one).</source>
        <translation>Permita al menos un nivel de cifrado (el seguro es el de 128 bits).</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>Todavía no hay usuarios.</translation>
    </message>
    <message numerus="yes">
        <source>With these settings, %n password(s) are expired now</source>
        <translation>
            <numerusform>Con esta configuración, %n contraseña está caducada ahora</numerusform>
            <numerusform>Con esta configuración, %n contraseñas están caducadas ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more expire within 14 days</source>
        <translation>
            <numerusform> y %n más caduca en los próximos 14 días</numerusform>
            <numerusform> y %n más caducan en los próximos 14 días</numerusform>
        </translation>
    </message>
    <message>
        <source>users chosen when it starts</source>
        <translation>usuarios elegidos al iniciarla</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>%1 — %2 for %3 min, %4 (planned by %5)</source>
        <translation>%1 — %2 durante %3 min, %4 (planificada por %5)</translation>
    </message>
    <message>
        <source>Cancel change window</source>
        <translation>Cancelar la ventana de cambio</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;?</source>
        <translation>¿Cancelar «%1»?</translation>
    </message>
    <message>
        <source>It disappears from every console&apos;s calendar.</source>
        <translation>Desaparecerá del calendario de todas las consolas.</translation>
    </message>
    <message>
        <source>Weaken the policy</source>
        <translation>Debilitar la política</translation>
    </message>
    <message>
        <source>These changes make Keyward less safe. Apply them anyway?</source>
        <translation>Estos cambios hacen que Keyward sea menos seguro. ¿Aplicarlos de todos modos?</translation>
    </message>
    <message>
        <source>Apply weaker settings</source>
        <translation>Aplicar la configuración menos segura</translation>
    </message>
    <message>
        <source>The policy is saved and in force.</source>
        <translation>La política se ha guardado y está en vigor.</translation>
    </message>
    <message>
        <source>The server did not accept the policy: %1</source>
        <translation>El servidor no aceptó la política: %1</translation>
    </message>
    <message>
        <source>Sign-in: MS-CHAPv2 only. PAP, CHAP-MD5 and MS-CHAPv1 expose the password or its hash and are not offered.</source>
        <translation>Inicio de sesión: solo MS-CHAPv2. PAP, CHAP-MD5 y MS-CHAPv1 exponen la contraseña o su hash y no se ofrecen.</translation>
    </message>
    <message>
        <source>Ask clients for stateful encryption first (legacy clients)</source>
        <translation>Pedir primero cifrado con estado a los clientes (clientes antiguos)</translation>
    </message>
    <message>
        <source>Passwords never expire, so none shows on this timeline: set &quot;Expire after&quot; (30 to 90 days) under Passwords, then plan the windows in which users change them.</source>
        <translation>Las contraseñas nunca caducan, así que ninguna aparece en esta cronología: establezca «Vigencia» (de 30 a 90 días) en Contraseñas y luego planifique las ventanas en las que los usuarios las cambian.</translation>
    </message>
    <message>
        <source>No change window planned</source>
        <translation>No hay ninguna ventana de cambio planificada</translation>
    </message>
    <message>
        <source>Plan when passwords are rotated, so users can be told in advance; Keyward reminds you before each window starts.</source>
        <translation>Planifique cuándo se renuevan las contraseñas para poder avisar a los usuarios con antelación; Keyward se lo recuerda antes de que empiece cada ventana.</translation>
    </message>
    <message>
        <source>Plan a change window…</source>
        <translation>Planificar una ventana de cambio…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>0: only when the window starts</source>
        <translation>0: solo cuando empieza la ventana</translation>
    </message>
    <message>
        <source>Remind me before a window starts:</source>
        <translation>Recordármelo antes de que empiece una ventana:</translation>
    </message>
    <message>
        <source>This server signs users in through RADIUS too. The password rules here (length, complexity, expiry, lockout) apply to the users in Keyward&apos;s own store only; RADIUS users&apos; passwords are set and checked on the RADIUS side. The encryption and session rules apply to everyone.</source>
        <translation>Este servidor también inicia sesión de usuarios mediante RADIUS. Las reglas de contraseña de aquí (longitud, complejidad, caducidad, bloqueo) solo se aplican a los usuarios del almacén propio de Keyward; las contraseñas de los usuarios RADIUS se fijan y comprueban en el lado RADIUS. Las reglas de cifrado y de sesión se aplican a todos.</translation>
    </message>
</context>
<context>
    <name>keyward::console::RotatePage</name>
    <message>
        <source>Rotation</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Rotate passwords</source>
        <translation>Renovar contraseñas</translation>
    </message>
    <message>
        <source>Each user chosen gets a one-time password and must pick a new one at the next login. Their current sessions end.</source>
        <translation>Cada usuario elegido recibe una contraseña de un solo uso y debe elegir una nueva en su próximo inicio de sesión. Sus sesiones actuales finalizan.</translation>
    </message>
    <message>
        <source>The users selected on the Users page (none selected)</source>
        <translation>Los usuarios seleccionados en la página Usuarios (ninguno seleccionado)</translation>
    </message>
    <message numerus="yes">
        <source>The %n user(s) selected on the Users page</source>
        <translation>
            <numerusform>El %n usuario seleccionado en la página Usuarios</numerusform>
            <numerusform>Los %n usuarios seleccionados en la página Usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member of the group:</source>
        <translation>Todos los miembros del grupo:</translation>
    </message>
    <message>
        <source>Everyone whose password is older than:</source>
        <translation>Todos aquellos cuya contraseña tenga más de:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Temporary: disable accounts whose one-time password is still unused after</source>
        <translation>Temporal: desactivar las cuentas cuya contraseña de un solo uso siga sin usarse tras</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation>Renovar ahora</translation>
    </message>
    <message>
        <source>Plan a change window</source>
        <translation>Planificar una ventana de cambio</translation>
    </message>
    <message>
        <source>e.g. Quarterly rotation, sales team</source>
        <translation>p. ej., Renovación trimestral, equipo de ventas</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Show the one-time passwords once</source>
        <translation>Mostrar las contraseñas de un solo uso una vez</translation>
    </message>
    <message>
        <source>Write them to a file readable only by me:</source>
        <translation>Escribirlas en un archivo que solo yo pueda leer:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Save one-time passwords</source>
        <translation>Guardar las contraseñas de un solo uso</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Every member of the group &lt;b&gt;%1&lt;/b&gt; (the server resolves the group).</source>
        <translation>Todos los miembros del grupo &lt;b&gt;%1&lt;/b&gt; (el servidor determina quiénes son).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No users match.&lt;/b&gt; Choose differently.</source>
        <translation>&lt;b&gt;Ningún usuario coincide.&lt;/b&gt; Elija otra opción.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s): </source>
        <translation>
            <numerusform>%n usuario: </numerusform>
            <numerusform>%n usuarios: </numerusform>
        </translation>
    </message>
    <message>
        <source>A change window &quot;%1&quot; is planned for %2, lasting %3 minutes. Nothing changes until you carry it out.</source>
        <translation>Se planifica una ventana de cambio «%1» para el %2, con una duración de %3 minutos. Nada cambia hasta que se ejecute.</translation>
    </message>
    <message numerus="yes">
        <source>Their passwords are replaced now by one-time passwords, shown once on the next screen. %n live session(s) end now.</source>
        <translation>
            <numerusform>Sus contraseñas se sustituyen ahora por contraseñas de un solo uso, que se muestran una vez en la pantalla siguiente. %n sesión activa finaliza ahora.</numerusform>
            <numerusform>Sus contraseñas se sustituyen ahora por contraseñas de un solo uso, que se muestran una vez en la pantalla siguiente. %n sesiones activas finalizan ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An account whose one-time password is still unused after %n hour(s) is disabled by the server.</source>
        <translation>
            <numerusform>El servidor deshabilita las cuentas cuya contraseña de un solo uso siga sin usarse tras %n hora.</numerusform>
            <numerusform>El servidor deshabilita las cuentas cuya contraseña de un solo uso siga sin usarse tras %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan this change window</source>
        <translation>Planificar esta ventana de cambio</translation>
    </message>
    <message>
        <source>I understand, and I will hand the new passwords to these users</source>
        <translation>Lo entiendo y entregaré las contraseñas nuevas a estos usuarios</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <source>Password rotation</source>
        <translation>Renovación de contraseñas</translation>
    </message>
    <message>
        <source>The one-time passwords are in %1 (readable only by you).</source>
        <translation>Las contraseñas de un solo uso están en %1 (solo usted puede leerlo).</translation>
    </message>
</context>
<context>
    <name>keyward::console::ServerConnection</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Conectado a %1 como %2</translation>
    </message>
    <message>
        <source>The token works for now but was not saved: %1</source>
        <translation>El token funciona por ahora, pero no se ha guardado: %1</translation>
    </message>
    <message>
        <source>Connecting to the server on this computer…</source>
        <translation>Conectando con el servidor de este equipo…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Reading the token for %1 from the keychain…</source>
        <translation>Leyendo el token de %1 del llavero…</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>El servidor no respondió.</translation>
    </message>
    <message>
        <source>The server refused the token: %1</source>
        <translation>El servidor rechazó el token: %1</translation>
    </message>
    <message>
        <source>Server unreachable: %1. Retrying in %2 s.</source>
        <translation>Servidor inaccesible: %1. Nuevo intento en %2 s.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, role: %3</source>
        <translation>Conectado a %1 como %2, rol: %3</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the pinned one. Nothing was sent to it. Check the new fingerprint on the server before you trust it.</source>
        <translation>%1 presentó un certificado distinto del fijado. No se le envió nada. Compruebe la nueva huella en el servidor antes de confiar en ella.</translation>
    </message>
</context>
<context>
    <name>keyward::console::ServerFleet</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Needs an API token</source>
        <translation>Necesita un token de API</translation>
    </message>
    <message>
        <source>Certificate changed: check it before connecting</source>
        <translation>Certificado cambiado: compruébelo antes de conectar</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>No conectado: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sign-in and RADIUS</source>
        <translation>Inicio de sesión y RADIUS</translation>
    </message>
</context>
<context>
    <name>keyward::console::ServerOverview</name>
    <message>
        <source>wrong user name or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>account disabled or revoked</source>
        <translation>cuenta deshabilitada o revocada</translation>
    </message>
    <message>
        <source>password expired</source>
        <translation>contraseña caducada</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>refused (code %1)</source>
        <translation>rechazado (código %1)</translation>
    </message>
</context>
<context>
    <name>keyward::console::ServersPage</name>
    <message>
        <source>Watch these servers too</source>
        <translation>Vigilar también estos servidores</translation>
    </message>
    <message>
        <source>The console stays connected to every server ticked here, besides the current one: their sessions show in the Sessions page&apos;s &quot;All servers&quot; view. Add servers with Server &gt; Connect to…</source>
        <translation>La consola sigue conectada a cada servidor marcado aquí, además del actual: sus sesiones aparecen en la vista «Todos los servidores» de la página Sesiones. Añada servidores con Servidor &gt; Conectar a…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Servers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Servidores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;This server signs users in with its own user store only (or does not report its sign-in health).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este servidor solo inicia sesión de usuarios con su propio almacén (o no informa del estado de su inicio de sesión).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionHistoryModel</name>
    <message>
        <source>(never signed in)</source>
        <translation>(nunca inició sesión)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Connected from</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Motivo del fin</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionModel</name>
    <message>
        <source>128-bit MPPE: the strongest PPTP offers.</source>
        <translation>MPPE de 128 bits: el cifrado más fuerte que ofrece PPTP.</translation>
    </message>
    <message>
        <source>%1-bit MPPE is weak: its keys can be broken. Only allowed because the policy allows it.</source>
        <translation>El MPPE de %1 bits es débil: sus claves pueden romperse. Solo se acepta porque la política lo permite.</translation>
    </message>
    <message>
        <source>Encryption is still being agreed.</source>
        <translation>El cifrado aún se está negociando.</translation>
    </message>
    <message>
        <source>Stateful MPPE: keys change every 256 packets, and one lost packet stalls the tunnel until it resynchronises.</source>
        <translation>MPPE con estado: las claves cambian cada 256 paquetes y un solo paquete perdido bloquea el túnel hasta que se vuelve a sincronizar.</translation>
    </message>
    <message>
        <source>(signing in)</source>
        <translation>(iniciando sesión)</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
    <message>
        <source>stateful</source>
        <translation>con estado</translation>
    </message>
    <message>
        <source>stateless</source>
        <translation>sin estado</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Connected from</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Tunnel address</source>
        <translation>Dirección del túnel</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Key changes</source>
        <translation>Cambio de claves</translation>
    </message>
    <message>
        <source>Connected for</source>
        <translation>Tiempo conectado</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactividad</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message numerus="yes">
        <source>Packets that waited for the client&apos;s GRE window before they were sent; the window was opened %n time(s) because no acknowledgment came.</source>
        <translation>
            <numerusform>Paquetes que esperaron a la ventana GRE del cliente antes de enviarse; la ventana se abrió %n vez porque no llegó ningún acuse.</numerusform>
            <numerusform>Paquetes que esperaron a la ventana GRE del cliente antes de enviarse; la ventana se abrió %n veces porque no llegó ningún acuse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packets from the client that never arrived (gaps in its GRE sequence numbers).</source>
        <translation>Paquetes del cliente que nunca llegaron (huecos en sus números de secuencia GRE).</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>A legacy client: it offers only weak encryption or authentication.</source>
        <translation>Un cliente obsoleto: solo ofrece cifrado o autenticación débiles.</translation>
    </message>
    <message>
        <source>%1 (legacy)</source>
        <translation>%1 (obsoleto)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Before encryption was on: %1
Queue full (client&apos;s window full): %2
Encryption failed: %3
Decryption failed: %4
Unencrypted, refused: %5
Duplicate: %6
Late (out of order): %7
Malformed: %8
Longer than the client accepts (its MRU): %9</source>
        <translation>Antes de activar el cifrado: %1
Cola llena (ventana del cliente llena): %2
Fallo al cifrar: %3
Fallo al descifrar: %4
Sin cifrar, rechazado: %5
Duplicado: %6
Tardío (fuera de orden): %7
Mal formado: %8
Más largo de lo que acepta el cliente (su MRU): %9</translation>
    </message>
    <message>
        <source>RADIUS</source>
        <translation>RADIUS</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Local (RADIUS down)</source>
        <translation>Local (RADIUS caído)</translation>
    </message>
    <message>
        <source>The RADIUS server checked this user&apos;s password.</source>
        <translation>El servidor RADIUS comprobó la contraseña de este usuario.</translation>
    </message>
    <message>
        <source>Keyward&apos;s own user store checked this user&apos;s password.</source>
        <translation>El almacén propio de Keyward comprobó la contraseña de este usuario.</translation>
    </message>
    <message>
        <source>No RADIUS server answered, so Keyward&apos;s own user store checked this user&apos;s password (the group allows this fallback).</source>
        <translation>Ningún servidor RADIUS respondió, así que el almacén propio de Keyward comprobó la contraseña de este usuario (el grupo permite esta alternativa).</translation>
    </message>
    <message>
        <source>Not known yet: the user is still signing in, or the server does not say.</source>
        <translation>Aún no se sabe: el usuario todavía está iniciando sesión, o el servidor no lo indica.</translation>
    </message>
    <message>
        <source>The server this session is on.</source>
        <translation>El servidor en el que está esta sesión.</translation>
    </message>
    <message>
        <source>Who checked the user&apos;s password: a RADIUS server, or Keyward&apos;s own user store (also when RADIUS was down and the group allows falling back to it).</source>
        <translation>Quién comprobó la contraseña del usuario: un servidor RADIUS o el almacén propio de Keyward (también cuando RADIUS no respondía y el grupo permite recurrir a él).</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionsPage</name>
    <message>
        <source>Filter by user or address (Ctrl+F)</source>
        <translation>Filtrar por usuario o dirección (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>End this session; the user may connect again</source>
        <translation>Finalizar esta sesión; el usuario puede volver a conectarse</translation>
    </message>
    <message>
        <source>Re&amp;voke access</source>
        <translation>Revocar el a&amp;cceso</translation>
    </message>
    <message>
        <source>End every session of this user and disable the account</source>
        <translation>Finalizar todas las sesiones de este usuario y deshabilitar la cuenta</translation>
    </message>
    <message>
        <source>New &amp;keys</source>
        <translation>&amp;Nuevas claves</translation>
    </message>
    <message>
        <source>Make the client sign in again inside the session, for fresh encryption keys</source>
        <translation>Hacer que el cliente vuelva a autenticarse dentro de la sesión para obtener claves de cifrado nuevas</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Res&amp;tablecer la contraseña…</translation>
    </message>
    <message>
        <source>Give the user a one-time password and end their sessions</source>
        <translation>Asignar al usuario una contraseña de un solo uso y finalizar sus sesiones</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 de %n sesión</numerusform>
            <numerusform>%1 de %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect session</source>
        <translation>Desconectar la sesión</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>¿Desconectar a %1?</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <source>The tunnel closes now. The user can connect again with the same password.</source>
        <translation>El túnel se cierra ahora. El usuario puede volver a conectarse con la misma contraseña.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Revocar el acceso</translation>
    </message>
    <message>
        <source>Revoke %1&apos;s access?</source>
        <translation>¿Revocar el acceso de %1?</translation>
    </message>
    <message>
        <source>Every session of %1 ends now and the account is disabled. They cannot connect until you enable the account on the Users page.</source>
        <translation>Todas las sesiones de %1 finalizan ahora y la cuenta se deshabilita. No será posible conectarse hasta que se habilite la cuenta en la página Usuarios.</translation>
    </message>
    <message>
        <source>New encryption keys</source>
        <translation>Nuevas claves de cifrado</translation>
    </message>
    <message>
        <source>Give %1&apos;s session new encryption keys?</source>
        <translation>¿Asignar claves de cifrado nuevas a la sesión de %1?</translation>
    </message>
    <message>
        <source>The client signs in again inside the tunnel and both ends derive new keys. Clients that cannot do this (such as Linux pppd) are disconnected instead and get new keys when they reconnect.</source>
        <translation>El cliente vuelve a autenticarse dentro del túnel y ambos extremos derivan claves nuevas. Los clientes que no pueden hacerlo (como pppd en Linux) se desconectan en su lugar y reciben claves nuevas al volver a conectarse.</translation>
    </message>
    <message>
        <source>Renew keys</source>
        <translation>Renovar las claves</translation>
    </message>
    <message>
        <source>Asking %1&apos;s client to sign in again…</source>
        <translation>Pidiendo al cliente de %1 que vuelva a autenticarse…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <source>Reset %1&apos;s password?</source>
        <translation>¿Restablecer la contraseña de %1?</translation>
    </message>
    <message>
        <source>%1&apos;s sessions end now and the current password stops working. You get a one-time password to give them; they must choose a new one when they next connect.</source>
        <translation>Las sesiones de %1 finalizan ahora y la contraseña actual deja de funcionar. Recibirá una contraseña de un solo uso para entregársela; en la próxima conexión habrá que elegir una nueva.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ended lately&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;Terminadas recientemente&lt;/b&gt; (las más recientes primero)</translation>
    </message>
    <message>
        <source>No one is connected</source>
        <translation>No hay nadie conectado</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sessions show up here within a second of a user connecting.&lt;/p&gt;&lt;p&gt;Clients connect with PPTP to this server (TCP port 1723 and GRE must reach it), sign in with MS-CHAPv2 as a user of the Users page, and must offer 128-bit MPPE encryption, as Windows and Linux (pppd, NetworkManager) clients do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las sesiones aparecen aquí en menos de un segundo después de que un usuario se conecte.&lt;/p&gt;&lt;p&gt;Los clientes se conectan a este servidor con PPTP (el puerto TCP 1723 y GRE deben llegar a él), inician sesión con MS-CHAPv2 como un usuario de la página Usuarios y deben ofrecer cifrado MPPE de 128 bits, como hacen los clientes de Windows y Linux (pppd, NetworkManager).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>Este servidor</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Todos los servidores</translation>
    </message>
    <message>
        <source>The current server&apos;s sessions, or those of every server the console follows (the Servers page)</source>
        <translation>Las sesiones del servidor actual, o las de todos los servidores que sigue la consola (página Servidores)</translation>
    </message>
    <message>
        <source>Not connected to %1: the sessions there are not shown until the console is connected again. The other servers&apos; sessions are up to date.</source>
        <translation>Sin conexión con %1: sus sesiones no se muestran hasta que la consola vuelva a conectarse. Las sesiones de los demás servidores están al día.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>keyward::console::SummaryPage</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Write a report</source>
        <translation>Generar un informe</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What this change window did. The report keywardd writes (signed with its report key) lists the policy, the accounts, and every change with the admin who made it.</source>
        <translation>Lo que hizo esta ventana de cambio. El informe que genera keywardd (firmado con su clave de informes) enumera la política, las cuentas y cada cambio con el administrador que lo hizo.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>keywardd is writing the report…</source>
        <translation>keywardd está generando el informe…</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>No se ha generado ningún informe: %1</translation>
    </message>
    <message>
        <source>Report %1 written and signed (key %2); it is listed under Backups &amp; reports.</source>
        <translation>Informe %1 generado y firmado (clave %2); aparece en Copias de seguridad &amp; informes.</translation>
    </message>
</context>
<context>
    <name>keyward::console::TokenVault</name>
    <message>
        <source>No token is saved in the keychain for this server.</source>
        <translation>No hay ningún token guardado en el llavero para este servidor.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (on Linux, a Secret Service such as GNOME Keyring or KWallet must be running). You can enter the token for this session only.</source>
        <translation>No hay ningún llavero disponible en este equipo (en Linux debe estar en ejecución un servicio Secret Service, como GNOME Keyring o KWallet). Puede introducir el token solo para esta sesión.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again, or enter the token for this session only.</source>
        <translation>El llavero está bloqueado o ha denegado el acceso. Desbloquéelo y vuelva a intentarlo, o introduzca el token solo para esta sesión.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero ha notificado un error: %1</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1). You can enter the token for this session only.</source>
        <translation>No se ha podido usar el llavero (%1). Puede introducir el token solo para esta sesión.</translation>
    </message>
</context>
<context>
    <name>keyward::console::UserModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Password age</source>
        <translation>Antigüedad de la contraseña</translation>
    </message>
    <message>
        <source>Password expires</source>
        <translation>Caducidad de la contraseña</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>Última dirección</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
</context>
<context>
    <name>keyward::console::UsersPage</name>
    <message>
        <source>Filter users (Ctrl+F)</source>
        <translation>Filtrar usuarios (Ctrl+F)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <source>Add an account with a one-time password</source>
        <translation>Añadir una cuenta con una contraseña de un solo uso</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Add many accounts from a file of lines: name,group;group</source>
        <translation>Añadir muchas cuentas desde un archivo con líneas del tipo: nombre,grupo;grupo</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Res&amp;tablecer la contraseña…</translation>
    </message>
    <message>
        <source>New one-time password for the selected users</source>
        <translation>Nueva contraseña de un solo uso para los usuarios seleccionados</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Renovar…</translation>
    </message>
    <message>
        <source>Walk through rotating the selected users&apos; passwords</source>
        <translation>Renovar paso a paso las contraseñas de los usuarios seleccionados</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deshabilitar</translation>
    </message>
    <message>
        <source>Stop the selected users from connecting</source>
        <translation>Impedir que los usuarios seleccionados se conecten</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>Let disabled or revoked users connect again</source>
        <translation>Permitir que los usuarios deshabilitados o revocados vuelvan a conectarse</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>Lift a lockout after failed logins</source>
        <translation>Quitar un bloqueo causado por inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Remove the selected accounts for good</source>
        <translation>Eliminar definitivamente las cuentas seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importar usuarios</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB; split it into smaller files.</source>
        <translation>%1 supera los 4 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>Nothing was imported (the file is taken whole or not at all). %1</source>
        <translation>No se ha importado nada (el archivo se importa completo o no se importa). %1</translation>
    </message>
    <message>
        <source>Reset passwords</source>
        <translation>Restablecer las contraseñas</translation>
    </message>
    <message numerus="yes">
        <source>Reset the password of %n user(s)?</source>
        <translation>
            <numerusform>¿Restablecer la contraseña de %n usuario?</numerusform>
            <numerusform>¿Restablecer la contraseña de %n usuarios?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: their sessions end now and their current passwords stop working. You get one-time passwords to hand out.</source>
        <translation>%1: sus sesiones finalizan ahora y sus contraseñas actuales dejan de funcionar. Recibirá contraseñas de un solo uso para entregarlas.</translation>
    </message>
    <message>
        <source>Disable users</source>
        <translation>Deshabilitar usuarios</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)?</source>
        <translation>
            <numerusform>¿Deshabilitar %n usuario?</numerusform>
            <numerusform>¿Deshabilitar %n usuarios?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: their sessions end now and they cannot connect until enabled again.</source>
        <translation>%1: sus sesiones finalizan ahora y no podrán conectarse hasta que se vuelvan a habilitar.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Eliminar usuarios</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) for good?</source>
        <translation>
            <numerusform>¿Eliminar definitivamente %n usuario?</numerusform>
            <numerusform>¿Eliminar definitivamente %n usuarios?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: their sessions end now and the accounts are removed. The audit log keeps what they did.</source>
        <translation>%1: sus sesiones finalizan ahora y las cuentas se eliminan. El registro de auditoría conserva lo que hicieron.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation>Aún no hay usuarios</translation>
    </message>
    <message>
        <source>Add the people who will connect one by one, or import a CSV file with a name per line (and their groups: name,group;group). Each gets a one-time password and must change it at the first sign-in.</source>
        <translation>Añada una a una a las personas que se conectarán o importe un archivo CSV con un nombre por línea (y sus grupos: nombre,grupo;grupo). Cada una recibe una contraseña de un solo uso y debe cambiarla en el primer inicio de sesión.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Añadir un usuario…</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importar desde CSV…</translation>
    </message>
</context>
<context>
    <name>keyward::console::ValidatePage</name>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Validate now</source>
        <translation>Validar ahora</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>keywardd signs a test account in with keyward-probe: 128-bit MPPE must come up and a 40-bit-only attempt must be refused. The test account is deleted afterwards. This takes up to a minute.</source>
        <translation>keywardd inicia sesión con una cuenta de prueba mediante keyward-probe: debe establecerse MPPE de 128 bits y debe rechazarse un intento solo con 40 bits. Después se elimina la cuenta de prueba. Esto tarda hasta un minuto.</translation>
    </message>
    <message>
        <source>Not validated from the console.</source>
        <translation>No se ha validado desde la consola.</translation>
    </message>
    <message>
        <source>&lt;p&gt;keyward-probe is signing in…&lt;/p&gt;</source>
        <translation>&lt;p&gt;keyward-probe está iniciando sesión…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>keywardd cannot validate by itself:</source>
        <translation>keywardd no puede validar por sí solo:</translation>
    </message>
    <message>
        <source>Not validated by keywardd; see why below.</source>
        <translation>No validado por keywardd; vea el motivo más abajo.</translation>
    </message>
    <message>
        <source>Not validated by keywardd: %1</source>
        <translation>No validado por keywardd: %1</translation>
    </message>
    <message>
        <source>Validation did not run: %1</source>
        <translation>La validación no se ejecutó: %1</translation>
    </message>
    <message>
        <source>Test account %1:</source>
        <translation>Cuenta de prueba %1:</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>Validated: %1.</source>
        <translation>Validado: %1.</translation>
    </message>
    <message>
        <source>Validation failed: %1.</source>
        <translation>La validación falló: %1.</translation>
    </message>
</context>
<context>
    <name>keyward::console::WindowReminder</name>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>Change window soon: %1</source>
        <translation>Ventana de cambio próxima: %1</translation>
    </message>
    <message>
        <source>Change window now: %1</source>
        <translation>Ventana de cambio en curso: %1</translation>
    </message>
    <message>
        <source>It starts %1. Open Keyward to run the change-window wizard.</source>
        <translation>Empieza %1. Abra Keyward para ejecutar el asistente de la ventana de cambio.</translation>
    </message>
</context>
</TS>
