<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdminAccess</name>
    <message>
        <source>auditor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>The audit chain was not verified for this report.</source>
        <translation>Die Prüfkette wurde für diesen Bericht nicht überprüft.</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain verified: %n entries checked, none altered or missing.</source>
        <translation>
            <numerusform>Prüfkette bestätigt: %n Eintrag geprüft, keiner wurde verändert oder fehlt.</numerusform>
            <numerusform>Prüfkette bestätigt: %n Einträge geprüft, keiner wurde verändert oder fehlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>THE AUDIT CHAIN IS BROKEN at entry %1: %2</source>
        <translation>DIE PRÜFKETTE IST UNTERBROCHEN bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Keyward audit report</source>
        <translation>Keyward-Prüfbericht</translation>
    </message>
    <message>
        <source>Server: %1. Made: %2. Entries: %3.</source>
        <translation>Server auf %1. Erstellt: %2. Einträge: %3.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>%1 kann nicht geschrieben werden: %2 (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> in the group %1</source>
        <translation> in der Gruppe %1</translation>
    </message>
    <message numerus="yes">
        <source> whose password was older than %n days</source>
        <translation>
            <numerusform> deren Passwort älter als %n Tag war</numerusform>
            <numerusform> deren Passwort älter als %n Tage war</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave %n accounts new one-time passwords</source>
        <translation>
            <numerusform>%1 hat %n Konto ein neues Einmalpasswort gegeben</numerusform>
            <numerusform>%1 hat %n Konten neue Einmalpasswörter gegeben</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>; each must change it at the next sign-in</source>
        <translation>; jedes muss bei der nächsten Anmeldung geändert werden</translation>
    </message>
    <message numerus="yes">
        <source>; unused ones are disabled after %n hours</source>
        <translation>
            <numerusform>; unbenutzte werden nach %n Stunde deaktiviert</numerusform>
            <numerusform>; unbenutzte werden nach %n Stunden deaktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked the temporary passwords; none had run out</source>
        <translation>%1 hat die vorübergehenden Passwörter geprüft; keines war abgelaufen</translation>
    </message>
    <message>
        <source>%1 disabled %2: the temporary password was not used in time</source>
        <translation>%1 hat %2 deaktiviert: Das vorübergehende Passwort wurde nicht rechtzeitig verwendet</translation>
    </message>
    <message>
        <source>%1 disabled %2: their temporary passwords were not used in time</source>
        <translation>%1 hat %2 deaktiviert: Die vorübergehenden Passwörter wurden nicht rechtzeitig verwendet</translation>
    </message>
    <message>
        <source>%1 added the account %2 with a generated password</source>
        <translation>%1 hat das Konto %2 mit einem erzeugten Passwort angelegt</translation>
    </message>
    <message>
        <source>%1 added the account %2</source>
        <translation>%1 hat das Konto %2 angelegt</translation>
    </message>
    <message>
        <source>; %1 must change it at the first sign-in</source>
        <translation>; %1 muss es bei der ersten Anmeldung ändern</translation>
    </message>
    <message>
        <source>%1 disabled %2</source>
        <translation>%1 hat %2 deaktiviert</translation>
    </message>
    <message>
        <source>%1 enabled %2 again</source>
        <translation>%1 hat %2 wieder aktiviert</translation>
    </message>
    <message>
        <source>%1 unlocked %2&apos;s account</source>
        <translation>%1 hat das Konto von %2 entsperrt</translation>
    </message>
    <message>
        <source>%1 deleted the account %2</source>
        <translation>%1 hat das Konto %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 reset %2&apos;s password; %2 must change it at the next sign-in</source>
        <translation>%1 hat das Passwort von %2 zurückgesetzt; %2 muss es bei der nächsten Anmeldung ändern</translation>
    </message>
    <message>
        <source>%1 reset %2&apos;s password</source>
        <translation>%1 hat das Passwort von %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 took %2 out of every group</source>
        <translation>%1 hat %2 aus allen Gruppen entfernt</translation>
    </message>
    <message>
        <source>%1 put %2 in the groups %3</source>
        <translation>%1 hat %2 den Gruppen %3 zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>%1 imported %n accounts</source>
        <translation>
            <numerusform>%1 hat %n Konto importiert</numerusform>
            <numerusform>%1 hat %n Konten importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>; each must change the one-time password at the first sign-in</source>
        <translation>; jedes Einmalpasswort muss bei der ersten Anmeldung geändert werden</translation>
    </message>
    <message>
        <source>%1 changed the password of %2 while signing in</source>
        <translation>%1 hat bei der Anmeldung das Passwort von %2 geändert</translation>
    </message>
    <message numerus="yes">
        <source>%1 locked %2 out after %n failed sign-ins (the last from %3)</source>
        <translation>
            <numerusform>%1 hat %2 nach %n fehlgeschlagenen Anmeldung gesperrt (zuletzt von %3)</numerusform>
            <numerusform>%1 hat %2 nach %n fehlgeschlagenen Anmeldungen gesperrt (zuletzt von %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ended %2&apos;s session %3</source>
        <translation>%1 hat die Sitzung %3 von %2 beendet</translation>
    </message>
    <message>
        <source>%1 revoked %2&apos;s account from session %3 and ended all of %2&apos;s sessions</source>
        <translation>%1 hat %2 aus der Sitzung %3 heraus den Zugang entzogen und alle Sitzungen von %2 beendet</translation>
    </message>
    <message>
        <source>%1 asked for new encryption keys in %2&apos;s session %3</source>
        <translation>%1 hat in der Sitzung %3 von %2 neue Schlüssel angefordert</translation>
    </message>
    <message>
        <source>%2&apos;s session %3 changed to new encryption keys, as %1 asked</source>
        <translation>Die Sitzung %3 von %2 verwendet jetzt neue Schlüssel, wie von %1 angefordert</translation>
    </message>
    <message>
        <source>the new encryption keys %1 asked for in %2&apos;s session %3 did not come: %4 %5</source>
        <translation>die von %1 in der Sitzung %3 von %2 angeforderten neuen Schlüssel kamen nicht: %4 %5</translation>
    </message>
    <message>
        <source>%1 changed the security policy: %2</source>
        <translation>%1 hat die Sicherheitsrichtlinie geändert: %2</translation>
    </message>
    <message>
        <source>%1 applied the security baseline; nothing needed changing</source>
        <translation>%1 hat die Sicherheitsgrundlage angewendet; es war nichts zu ändern</translation>
    </message>
    <message>
        <source>%1 applied the security baseline: %2</source>
        <translation>%1 hat die Sicherheitsgrundlage angewendet: %2</translation>
    </message>
    <message>
        <source>%1 created the API token &apos;%2&apos; for the %3 role</source>
        <translation>%1 hat das API-Token „%2“ für die Rolle %3 erstellt</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, gültig bis %1</translation>
    </message>
    <message>
        <source>, usable from %1 only</source>
        <translation>, nur von %1 aus nutzbar</translation>
    </message>
    <message>
        <source>%1 revoked the API token &apos;%2&apos;; its connections were closed</source>
        <translation>%1 hat das API-Token „%2“ widerrufen; seine Verbindungen wurden geschlossen</translation>
    </message>
    <message>
        <source>%1 planned the change window &apos;%2&apos; for %3</source>
        <translation>%1 hat das Wartungsfenster „%2“ für %3 geplant</translation>
    </message>
    <message>
        <source>%1 cancelled the planned change window %2</source>
        <translation>%1 hat das geplante Wartungsfenster %2 abgesagt</translation>
    </message>
    <message>
        <source>disabled %1, whose temporary passwords were never used</source>
        <translation>%1 deaktiviert, deren vorübergehende Passwörter nie verwendet wurden</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>%1 den Zugang entzogen</translation>
    </message>
    <message>
        <source>%1 cleaned up after a change window; nothing was left to clean up</source>
        <translation>%1 hat nach einem Wartungsfenster aufgeräumt; es war nichts aufzuräumen</translation>
    </message>
    <message>
        <source>%1 cleaned up after a change window: %2</source>
        <translation>%1 hat nach einem Wartungsfenster aufgeräumt: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 created the test account %2 to check that clients still connect</source>
        <translation>%1 hat das Testkonto %2 angelegt, um zu prüfen, ob Clients noch verbinden können</translation>
    </message>
    <message>
        <source>%1 checked that clients still connect: passed; the test account %2 was deleted</source>
        <translation>%1 hat geprüft, ob Clients noch verbinden können: bestanden; das Testkonto %2 wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 checked that clients still connect: FAILED; the test account %2 was deleted</source>
        <translation>%1 hat geprüft, ob Clients noch verbinden können: FEHLGESCHLAGEN; das Testkonto %2 wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 changed the notice for users (subject &quot;%2&quot;)</source>
        <translation>%1 hat die Benachrichtigung für Benutzer geändert (Betreff „%2“)</translation>
    </message>
    <message>
        <source>%1 could not start capture %2 on %3: %4</source>
        <translation>%1 konnte den Mitschnitt %2 auf %3 nicht starten: %4</translation>
    </message>
    <message>
        <source>%1 started capture %2 on %3</source>
        <translation>%1 hat den Mitschnitt %2 auf %3 gestartet</translation>
    </message>
    <message>
        <source> (filter &quot;%1&quot;)</source>
        <translation> (Filter „%1“)</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped capture %2 after %n packets</source>
        <translation>
            <numerusform>%1 hat den Mitschnitt %2 nach %n Paket beendet</numerusform>
            <numerusform>%1 hat den Mitschnitt %2 nach %n Paketen beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>; it ended with: %1</source>
        <translation>; er endete mit: %1</translation>
    </message>
    <message>
        <source>%1 downloaded capture %2</source>
        <translation>%1 hat den Mitschnitt %2 heruntergeladen</translation>
    </message>
    <message>
        <source>%1 deleted capture %2</source>
        <translation>%1 hat den Mitschnitt %2 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%1 made the backup %2 (%n accounts) and verified it by a test restore</source>
        <translation>
            <numerusform>%1 hat die Sicherung %2 (%n Konto) erstellt und durch eine Testwiederherstellung geprüft</numerusform>
            <numerusform>%1 hat die Sicherung %2 (%n Konten) erstellt und durch eine Testwiederherstellung geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 made the backup %2 (%n accounts), but it could not be verified</source>
        <translation>
            <numerusform>%1 hat die Sicherung %2 (%n Konto) erstellt, sie konnte aber nicht geprüft werden</numerusform>
            <numerusform>%1 hat die Sicherung %2 (%n Konten) erstellt, sie konnte aber nicht geprüft werden</numerusform>
        </translation>
    </message>
    <message>
        <source>; older backups removed: %1</source>
        <translation>; ältere Sicherungen entfernt: %1</translation>
    </message>
    <message>
        <source>%1 deleted the backup %2</source>
        <translation>%1 hat die Sicherung %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 restored the backup %2, made %3</source>
        <translation>%1 hat die Sicherung %2 vom %3 wiederhergestellt</translation>
    </message>
    <message>
        <source> while keywardd was stopped</source>
        <translation> während keywardd angehalten war</translation>
    </message>
    <message numerus="yes">
        <source>; the trail it replaced had %n entries</source>
        <translation>
            <numerusform>; das ersetzte Prüfprotokoll hatte %n Eintrag</numerusform>
            <numerusform>; das ersetzte Prüfprotokoll hatte %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote the scheduled report %2</source>
        <translation>%1 hat den geplanten Bericht %2 erstellt</translation>
    </message>
    <message>
        <source>%1 created the report %2</source>
        <translation>%1 hat den Bericht %2 erstellt</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed the report schedule: %n scheduled reports</source>
        <translation>
            <numerusform>%1 hat den Berichtsplan geändert: %n geplanter Bericht</numerusform>
            <numerusform>%1 hat den Berichtsplan geändert: %n geplante Berichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; accounts without a sign-in for %n days count as dormant</source>
        <translation>
            <numerusform>; Konten ohne Anmeldung seit %n Tag gelten als ruhend</numerusform>
            <numerusform>; Konten ohne Anmeldung seit %n Tagen gelten als ruhend</numerusform>
        </translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; signed in from %2 with the %3 role</source>
        <translation>das API-Token „%1“ hat sich von %2 mit der Rolle %3 angemeldet</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; was refused from %2: %3</source>
        <translation>das API-Token „%1“ wurde von %2 aus abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 was not allowed to call %2 with the %3 role: %4</source>
        <translation>%1 durfte %2 mit der Rolle %3 nicht aufrufen: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 removed %n session records older than %2</source>
        <translation>
            <numerusform>%1 hat %n Sitzungsdatensatz entfernt, der älter als %2 war</numerusform>
            <numerusform>%1 hat %n Sitzungsdatensätze entfernt, die älter als %2 waren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed %n audit entries older than %2; the trail now starts at entry %3, anchored to the entries before it</source>
        <translation>
            <numerusform>%1 hat %n Prüfprotokolleintrag entfernt, der älter als %2 war; das Prüfprotokoll beginnt jetzt bei Eintrag %3, verankert an den Einträgen davor</numerusform>
            <numerusform>%1 hat %n Prüfprotokolleinträge entfernt, die älter als %2 waren; das Prüfprotokoll beginnt jetzt bei Eintrag %3, verankert an den Einträgen davor</numerusform>
        </translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; (from %2)</source>
        <translation>das API-Token „%1“ (von %2)</translation>
    </message>
    <message>
        <source> (outcome: %1)</source>
        <translation> (Ergebnis: %1)</translation>
    </message>
    <message>
        <source>%1 did %2</source>
        <translation>%1 hat %2 ausgeführt</translation>
    </message>
    <message>
        <source>%1 did %2 to %3</source>
        <translation>%1 hat %2 auf %3 angewendet</translation>
    </message>
    <message>
        <source>%1 uploaded the backup %2</source>
        <translation>%1 hat die Sicherung %2 hochgeladen</translation>
    </message>
    <message>
        <source>%1 uploaded the backup %2 from %3</source>
        <translation>%1 hat die Sicherung %2 von %3 hochgeladen</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>No socket path is set.</source>
        <translation>Es ist kein Socket-Pfad festgelegt.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s admin port.</source>
        <translation>Geben Sie den Verwaltungsport des Servers ein.</translation>
    </message>
    <message>
        <source>The fingerprint must be the SHA-256 one that `keywardctl status` shows on the server (32 pairs of hex digits separated by colons).</source>
        <translation>Der Fingerabdruck muss der SHA-256-Fingerabdruck sein, den `keywardctl status` auf dem Server anzeigt (32 Paare aus Hexadezimalziffern, durch Doppelpunkte getrennt).</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
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
        <translation>nie</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneTimePasswordFile</name>
    <message>
        <source>No file was chosen for the one-time passwords.</source>
        <translation>Für die Einmalpasswörter wurde keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ServerHealth</name>
    <message>
        <source>RADIUS server %1 is not answering (for %2): users who sign in through RADIUS depend on the other servers.</source>
        <translation>Der RADIUS-Server %1 antwortet nicht (seit %2): Benutzer, die sich über RADIUS anmelden, sind auf die anderen Server angewiesen.</translation>
    </message>
    <message>
        <source>RADIUS server %1 is not answering: users who sign in through RADIUS depend on the other servers.</source>
        <translation>Der RADIUS-Server %1 antwortet nicht: Benutzer, die sich über RADIUS anmelden, sind auf die anderen Server angewiesen.</translation>
    </message>
    <message>
        <source>RADIUS server %1&apos;s answers are taken without a Message-Authenticator: weak against forged answers (BlastRADIUS).</source>
        <translation>Antworten des RADIUS-Servers %1 werden ohne Message-Authenticator angenommen: schwach gegen gefälschte Antworten (BlastRADIUS).</translation>
    </message>
    <message numerus="yes">
        <source>%n accounting record(s) wait to be sent: the accounting server is not answering.</source>
        <translation>
            <numerusform>%n Accounting-Datensatz wartet auf den Versand: der Accounting-Server antwortet nicht.</numerusform>
            <numerusform>%n Accounting-Datensätze warten auf den Versand: der Accounting-Server antwortet nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounting record(s) were lost (the queue was full).</source>
        <translation>
            <numerusform>%n Accounting-Datensatz ging verloren (die Warteschlange war voll).</numerusform>
            <numerusform>%n Accounting-Datensätze gingen verloren (die Warteschlange war voll).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RADIUS server(s) answering</source>
        <translation>
            <numerusform>%n RADIUS-Server antwortet</numerusform>
            <numerusform>%n RADIUS-Server antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n RADIUS server(s) not answering</source>
        <translation>
            <numerusform>%1 von %n RADIUS-Server antwortet nicht</numerusform>
            <numerusform>%1 von %n RADIUS-Servern antworten nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounting record(s) waiting</source>
        <translation>
            <numerusform>%n Accounting-Datensatz wartet</numerusform>
            <numerusform>%n Accounting-Datensätze warten</numerusform>
        </translation>
    </message>
    <message>
        <source>answering (%1 ms)</source>
        <translation>antwortet (%1 ms)</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <source>not answering for %1</source>
        <translation>antwortet seit %1 nicht</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>noch nicht gefragt</translation>
    </message>
    <message>
        <source>state not known</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <source>last answer %1 ago</source>
        <translation>letzte Antwort vor %1</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Gruppe %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n angenommen</numerusform>
            <numerusform>%n angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n ohne Antwort</numerusform>
            <numerusform>%n ohne Antwort</numerusform>
        </translation>
    </message>
    <message>
        <source>Message-Authenticator not required: weak, answers can be forged (BlastRADIUS)</source>
        <translation>Message-Authenticator nicht verlangt: schwach, Antworten können gefälscht werden (BlastRADIUS)</translation>
    </message>
    <message>
        <source>Message-Authenticator required once the server has sent one</source>
        <translation>Message-Authenticator verlangt, sobald der Server einen geschickt hat</translation>
    </message>
    <message>
        <source>Message-Authenticator required</source>
        <translation>Message-Authenticator verlangt</translation>
    </message>
    <message>
        <source>RADIUS servers</source>
        <translation>RADIUS-Server</translation>
    </message>
    <message>
        <source>Accounting is off.</source>
        <translation>Accounting ist aus.</translation>
    </message>
    <message numerus="yes">
        <source>Accounting: %n record(s) waiting</source>
        <translation>
            <numerusform>Accounting: %n Datensatz wartet</numerusform>
            <numerusform>Accounting: %n Datensätze warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n verloren</numerusform>
            <numerusform>%n verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>last answer %1 ago from %2</source>
        <translation>letzte Antwort vor %1 von %2</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Local user store</source>
        <translation>Lokale Benutzerverwaltung</translation>
    </message>
    <message>
        <source>RADIUS</source>
        <translation>RADIUS</translation>
    </message>
    <message>
        <source>RADIUS, then the local store when RADIUS is down</source>
        <translation>RADIUS, bei Ausfall von RADIUS die lokale Benutzerverwaltung</translation>
    </message>
</context>
<context>
    <name>keyward::console::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>z. B. anna</translation>
    </message>
    <message>
        <source>optional, e.g. office, sales</source>
        <translation>optional, z. B. buchhaltung, vertrieb</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>Keyward makes a one-time password and shows it once. The user chooses their own password the first time they connect.</source>
        <translation>Keyward erzeugt ein Einmalpasswort und zeigt es nur einmal an. Der Benutzer wählt bei der ersten Verbindung ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>Use up to 256 characters, without commas, semicolons or backslashes.</source>
        <translation>Verwenden Sie bis zu 256 Zeichen, ohne Kommas, Semikolons oder Backslashes.</translation>
    </message>
</context>
<context>
    <name>keyward::console::AdminActions</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 was disconnected.</source>
        <translation>Die Verbindung von %1 wurde getrennt.</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s access is revoked: %n session(s) ended. The account stays disabled until you enable it.</source>
        <translation>
            <numerusform>%1 wurde der Zugang entzogen: %n Sitzung beendet. Das Konto bleibt deaktiviert, bis Sie es wieder aktivieren.</numerusform>
            <numerusform>%1 wurde der Zugang entzogen: %n Sitzungen beendet. Das Konto bleibt deaktiviert, bis Sie es wieder aktivieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s session has fresh encryption keys.</source>
        <translation>Die Sitzung von %1 verwendet jetzt neue Schlüssel.</translation>
    </message>
    <message>
        <source>%1&apos;s client could not take new keys in the session, so it was disconnected; it gets new keys when it connects again (%2).</source>
        <translation>Der Client von %1 konnte in der laufenden Sitzung keine neuen Schlüssel übernehmen und wurde deshalb getrennt; er erhält neue Schlüssel, sobald er sich wieder verbindet (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has a new one-time password and must change it at the next login; %n session(s) ended.</source>
        <translation>
            <numerusform>%1 hat ein neues Einmalpasswort und muss es bei der nächsten Anmeldung ändern; %n Sitzung beendet.</numerusform>
            <numerusform>%1 hat ein neues Einmalpasswort und muss es bei der nächsten Anmeldung ändern; %n Sitzungen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added with a one-time password.</source>
        <translation>%1 wurde mit einem Einmalpasswort angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported with one-time passwords.</source>
        <translation>
            <numerusform>%n Benutzer mit Einmalpasswort importiert.</numerusform>
            <numerusform>%n Benutzer mit Einmalpasswörtern importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) rotated; </source>
        <translation>
            <numerusform>%n Passwort erneuert; </numerusform>
            <numerusform>%n Passwörter erneuert; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n Sitzung beendet.</numerusform>
            <numerusform>%n Sitzungen beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is disabled; %n session(s) ended.</source>
        <translation>
            <numerusform>Das Konto von %1 ist deaktiviert; %n Sitzung beendet.</numerusform>
            <numerusform>Das Konto von %1 ist deaktiviert; %n Sitzungen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 ist entsperrt.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Change window &quot;%1&quot; is planned.</source>
        <translation>Das Wartungsfenster „%1“ ist geplant.</translation>
    </message>
    <message>
        <source>The change window was cancelled.</source>
        <translation>Das Wartungsfenster wurde abgesagt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation>Die Antwort des Servers war nicht verständlich: %1</translation>
    </message>
</context>
<context>
    <name>keyward::console::AuditModel</name>
    <message>
        <source>The audit chain breaks here: %1</source>
        <translation>Hier ist die Prüfkette unterbrochen: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Entry %1, %2 (UTC)
Who: %3
Action: %4
Target: %5
Outcome: %6
</source>
        <translation>Eintrag %1, %2 (UTC)
Wer: %3
Aktion: %4
Ziel: %5
Ergebnis: %6
</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Keine Details.</translation>
    </message>
    <message>
        <source>Details:
%1</source>
        <translation>Details:
%1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>keyward::console::AuditPage</name>
    <message>
        <source>Load older entries</source>
        <translation>Ältere Einträge laden</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Change windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Target, e.g. a user name</source>
        <translation>Ziel, z. B. ein Benutzername</translation>
    </message>
    <message>
        <source>Search the loaded entries (Ctrl+F)</source>
        <translation>Geladene Einträge durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Check on the server that no entry was altered, removed or inserted</source>
        <translation>Auf dem Server prüfen, dass kein Eintrag verändert, entfernt oder eingefügt wurde</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>Die Prüfkette ist intakt: %n Eintrag geprüft.</numerusform>
            <numerusform>Die Prüfkette ist intakt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2. Someone changed or removed records in the server&apos;s database; keep a copy of it for investigation.</source>
        <translation>Die Prüfkette ist bei Eintrag %1 unterbrochen: %2. Jemand hat Datensätze in der Datenbank des Servers geändert oder entfernt; bewahren Sie für die Untersuchung eine Kopie der Datenbank auf.</translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html);;CSV for spreadsheets (*.csv)</source>
        <translation>Webseite (*.html);;CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Der Bericht wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the selected entry in full: its fields and details</source>
        <translation>Den ausgewählten Eintrag vollständig anzeigen: seine Felder und Details</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Every change an admin makes (users added, passwords reset, sessions ended, policy changed) and every lockout is written here, chained so that no entry can be altered unnoticed.</source>
        <translation>Jede Änderung durch einen Administrator (Benutzer angelegt, Passwörter zurückgesetzt, Sitzungen beendet, Richtlinie geändert) und jede Sperre wird hier verkettet protokolliert, sodass kein Eintrag unbemerkt verändert werden kann.</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Wählen Sie einen Eintrag aus, um ihn vollständig anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupPage</name>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Make and verify the backup</source>
        <translation>Sicherung erstellen und prüfen</translation>
    </message>
    <message>
        <source>Backup: the rollback point</source>
        <translation>Sicherung: der Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>keywardd saves its database, keys and settings in one file encrypted under your passphrase and checks it by restoring it aside. If a later step fails, or you cancel, the wizard can put this backup back.</source>
        <translation>keywardd speichert seine Datenbank, Schlüssel und Einstellungen in einer mit Ihrer Passphrase verschlüsselten Datei und prüft sie durch eine separate Testwiederherstellung. Schlägt ein späterer Schritt fehl oder brechen Sie ab, kann der Assistent diese Sicherung wieder einspielen.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase eingeben:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe: without it the backup cannot be restored.</source>
        <translation>Bewahren Sie sie sicher auf: Ohne sie lässt sich die Sicherung nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Making the backup and checking it in a scratch directory…</source>
        <translation>Sicherung wird erstellt und in einem temporären Verzeichnis geprüft…</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>Die Sicherung wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup %1&lt;/b&gt;&lt;br&gt;Size: %2&lt;br&gt;SHA-256: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 users, %5 API tokens, %6 audit entries&lt;br&gt;Verified: %7</source>
        <translation>&lt;b&gt;Sicherung %1&lt;/b&gt;&lt;br&gt;Größe: %2&lt;br&gt;SHA-256: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 Benutzer, %5 API-Token, %6 Prüfprotokolleinträge&lt;br&gt;Geprüft: %7</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO: %1</source>
        <translation>NEIN: %1</translation>
    </message>
    <message>
        <source>Backup %1 made and verified (%2 bytes, SHA-256 %3).</source>
        <translation>Sicherung %1 erstellt und geprüft (%2 Byte, SHA-256 %3).</translation>
    </message>
    <message>
        <source>Backup %1 was made but did not verify: %2</source>
        <translation>Sicherung %1 wurde erstellt, aber die Prüfung schlug fehl: %2</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupPassphraseDialog</name>
    <message>
        <source>Make a backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase eingeben:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <source>Make backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe: without it the backup cannot be restored.</source>
        <translation>Bewahren Sie sie sicher auf: Ohne sie lässt sich die Sicherung nicht wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupReportCenter</name>
    <message>
        <source>The backup was not made: %1</source>
        <translation>Die Sicherung wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Backup %1 made and verified: %2 users, %3 audit entries; SHA-256 %4.</source>
        <translation>Sicherung %1 erstellt und geprüft: %2 Benutzer, %3 Prüfprotokolleinträge; SHA-256 %4.</translation>
    </message>
    <message>
        <source>Backup %1 was made but did NOT verify: %2</source>
        <translation>Sicherung %1 wurde erstellt, aber die Prüfung ist FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Backup %1 restored: %2 users, %3 API tokens; %4 session(s) ended.</source>
        <translation>Sicherung %1 wiederhergestellt: %2 Benutzer, %3 API-Token; %4 Sitzung(en) beendet.</translation>
    </message>
    <message>
        <source>Backup %1 deleted.</source>
        <translation>Sicherung %1 gelöscht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.sig</source>
        <translation>%1.sig kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes).</source>
        <translation>%1 gespeichert (%2 Byte).</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>Es wurde kein Bericht erstellt: %1</translation>
    </message>
    <message>
        <source>Report %1 written and signed (key %2).</source>
        <translation>Bericht %1 erstellt und signiert (Schlüssel %2).</translation>
    </message>
    <message>
        <source>The report schedule was saved.</source>
        <translation>Der Berichtsplan wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Intact: signed by key %1 (this server&apos;s key is not known yet).</source>
        <translation>Intakt: signiert mit Schlüssel %1 (der Schlüssel dieses Servers ist noch nicht bekannt).</translation>
    </message>
    <message>
        <source>Intact, and signed by this server&apos;s report key %1.</source>
        <translation>Intakt und mit dem Berichtsschlüssel %1 dieses Servers signiert.</translation>
    </message>
    <message>
        <source>Too weak: at least 10 characters (keywardd refuses shorter ones).</source>
        <translation>Zu schwach: mindestens 10 Zeichen (keywardd lehnt kürzere ab).</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Fair: a sentence of four or more words is stronger and easier to remember.</source>
        <translation>Ausreichend: Ein Satz aus vier oder mehr Wörtern ist stärker und leichter zu merken.</translation>
    </message>
    <message>
        <source>The file was not uploaded: %1</source>
        <translation>Die Datei wurde nicht hochgeladen: %1</translation>
    </message>
    <message>
        <source>%1 became shorter while it was sent.</source>
        <translation>%1 ist während der Übertragung kürzer geworden.</translation>
    </message>
    <message>
        <source>%1 uploaded as backup %2 (SHA-256 %3).</source>
        <translation>%1 als Sicherung %2 hochgeladen (SHA-256 %3).</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupReportHints</name>
    <message>
        <source>No backup yet: make one before you change anything.</source>
        <translation>Noch keine Sicherung: Erstellen Sie eine, bevor Sie etwas ändern.</translation>
    </message>
    <message>
        <source>No report yet: create one, or schedule the quarterly account review.</source>
        <translation>Noch kein Bericht: Erstellen Sie einen, oder planen Sie die vierteljährliche Kontenprüfung.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Sicherung erstellen…</translation>
    </message>
    <message>
        <source>Create a report…</source>
        <translation>Bericht erstellen…</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupsReportsPage</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Scheduled report</source>
        <translation>Geplanter Bericht</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation>Intervall (Tage)</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>Zuletzt erstellt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste Erstellung</translation>
    </message>
    <message>
        <source>Add the quarterly account review</source>
        <translation>Vierteljährliche Kontenprüfung hinzufügen</translation>
    </message>
    <message>
        <source>No backup yet. Make one before any change window: it holds the users, keys and audit trail, encrypted under your passphrase.</source>
        <translation>Noch keine Sicherung. Erstellen Sie vor jedem Wartungsfenster eine: Sie enthält die Benutzer, die Schlüssel und das Prüfprotokoll, verschlüsselt mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>No report yet. Create one for your auditor, or schedule the quarterly account review below.</source>
        <translation>Noch kein Bericht. Erstellen Sie einen für Ihren Prüfer, oder planen Sie unten die vierteljährliche Kontenprüfung.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Make backup…</source>
        <translation>Sicherung erstellen…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Security report (everything)</source>
        <translation>Sicherheitsbericht (vollständig)</translation>
    </message>
    <message>
        <source>Account review</source>
        <translation>Kontenprüfung</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML-Datei</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Verify a report file…</source>
        <translation>Berichtsdatei prüfen…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO: %1</source>
        <translation>NEIN: %1</translation>
    </message>
    <message>
        <source>Restore backup %1, made %2 by %3?

Every user and password, every API token, the policy and the audit trail on the server are replaced by the backup&apos;s: %4 users, %5 API tokens, %6 audit entries. Changes made since then are lost, and every connected user is disconnected.</source>
        <translation>Sicherung %1 vom %2 (erstellt von %3) wiederherstellen?

Alle Benutzer und Passwörter, alle API-Token, die Richtlinie und das Prüfprotokoll auf dem Server werden durch den Stand der Sicherung ersetzt: %4 Benutzer, %5 API-Token, %6 Prüfprotokolleinträge. Seitdem vorgenommene Änderungen gehen verloren, und alle verbundenen Benutzer werden getrennt.</translation>
    </message>
    <message>
        <source>The backup holds the users, the keys and the audit trail, encrypted under this passphrase. keywardd checks it by restoring it into a scratch copy.</source>
        <translation>Die Sicherung enthält die Benutzer, die Schlüssel und das Prüfprotokoll, verschlüsselt mit dieser Passphrase. keywardd prüft sie, indem es sie probeweise in eine temporäre Kopie wiederherstellt.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Sicherung wird erstellt…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>This cannot be undone from the console; make a backup of the current state first if you may want it back.</source>
        <translation>Das lässt sich in der Konsole nicht rückgängig machen; erstellen Sie zuerst eine Sicherung des aktuellen Stands, falls Sie ihn später zurückhaben möchten.</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with.</source>
        <translation>Die Passphrase, mit der die Sicherung erstellt wurde.</translation>
    </message>
    <message>
        <source>Choose the backup to restore in the list first.</source>
        <translation>Wählen Sie zuerst in der Liste die Sicherung aus, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Wählen Sie zuerst eine Sicherung in der Liste aus.</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <source>Delete backup %1 from the server?</source>
        <translation>Sicherung %1 vom Server löschen?</translation>
    </message>
    <message>
        <source>Copies you downloaded stay where they are.</source>
        <translation>Bereits heruntergeladene Kopien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Choose a report in the list first.</source>
        <translation>Wählen Sie zuerst einen Bericht in der Liste aus.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Verify a report</source>
        <translation>Bericht prüfen</translation>
    </message>
    <message>
        <source>Keyward reports (*.pdf *.html *.csv)</source>
        <translation>Keyward-Berichte (*.pdf *.html *.csv)</translation>
    </message>
    <message>
        <source>quarterly account review</source>
        <translation>vierteljährliche Kontenprüfung</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Aus Datei wiederherstellen…</translation>
    </message>
    <message>
        <source>Upload a backup file from this computer to the server and restore it</source>
        <translation>Eine Sicherungsdatei von diesem Computer auf den Server hochladen und wiederherstellen</translation>
    </message>
    <message>
        <source>Uploading %p%</source>
        <translation>Hochladen %p%</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <source>Restore backup %1, uploaded from %2 by %3 on %4?

Every user and password, every API token, the policy and the audit trail on the server are replaced by the backup&apos;s. Changes made since the backup was made are lost, and every connected user is disconnected.</source>
        <translation>Sicherung %1 wiederherstellen, hochgeladen von %2 durch %3 am %4?

Alle Benutzer und Passwörter, alle API-Token, die Richtlinie und das Prüfprotokoll auf dem Server werden durch die der Sicherung ersetzt. Änderungen seit Erstellung der Sicherung gehen verloren, und alle verbundenen Benutzer werden getrennt.</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <source>Keyward backups (*.kwbackup);;All files (*)</source>
        <translation>Keyward-Sicherungen (*.kwbackup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
</context>
<context>
    <name>keyward::console::BaselinePage</name>
    <message>
        <source>Baseline</source>
        <translation>Sicherheitsgrundlage</translation>
    </message>
    <message>
        <source>Apply the baseline</source>
        <translation>Sicherheitsgrundlage anwenden</translation>
    </message>
    <message>
        <source>Leave the policy as it is</source>
        <translation>Richtlinie unverändert lassen</translation>
    </message>
    <message>
        <source>The strong baseline</source>
        <translation>Die starke Sicherheitsgrundlage</translation>
    </message>
    <message>
        <source>128-bit MPPE only, MS-CHAPv2 only, sessions of at most 8 hours and an idle timeout of at most 30 minutes. Live sessions below it end when it is applied; users last seen with weaker encryption are refused at their next sign-in.</source>
        <translation>Nur 128-Bit-MPPE, nur MS-CHAPv2, Sitzungen von höchstens 8 Stunden und ein Inaktivitäts-Timeout von höchstens 30 Minuten. Aktive Sitzungen, die diese Anforderungen nicht erfüllen, werden beim Anwenden beendet; Benutzer, die zuletzt mit schwächerer Verschlüsselung gesehen wurden, werden bei der nächsten Anmeldung abgewiesen.</translation>
    </message>
    <message>
        <source>The policy was left as it was.</source>
        <translation>Die Richtlinie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Not applied yet.</source>
        <translation>Noch nicht angewendet.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>The baseline was not applied: %1</source>
        <translation>Die Sicherheitsgrundlage wurde nicht angewendet: %1</translation>
    </message>
    <message>
        <source>The baseline was in force already.</source>
        <translation>Die Sicherheitsgrundlage war bereits in Kraft.</translation>
    </message>
    <message numerus="yes">
        <source>Baseline applied: %1 setting(s) changed; %n session(s) ended.</source>
        <translation>
            <numerusform>Sicherheitsgrundlage angewendet: %1 Einstellung(en) geändert; %n Sitzung beendet.</numerusform>
            <numerusform>Sicherheitsgrundlage angewendet: %1 Einstellung(en) geändert; %n Sitzungen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The baseline is in force already.</source>
        <translation>Die Sicherheitsgrundlage ist bereits in Kraft.</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Applying it changes:</source>
        <translation>Das Anwenden ändert:</translation>
    </message>
    <message>
        <source>Nobody is cut off.</source>
        <translation>Niemand wird getrennt.</translation>
    </message>
    <message>
        <source>Cut off:</source>
        <translation>Getrennt:</translation>
    </message>
    <message>
        <source>It would cut off:</source>
        <translation>Getrennt würden:</translation>
    </message>
    <message>
        <source>(live session %1)</source>
        <translation>(aktive Sitzung %1)</translation>
    </message>
</context>
<context>
    <name>keyward::console::CapturePacketModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
</context>
<context>
    <name>keyward::console::CapturesPage</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Save as pcapng…</source>
        <translation>Als pcapng speichern…</translation>
    </message>
    <message>
        <source>Open in Wireshark</source>
        <translation>In Wireshark öffnen</translation>
    </message>
    <message>
        <source>Decrypt…</source>
        <translation>Entschlüsseln…</translation>
    </message>
    <message>
        <source>Rotate this user&apos;s password</source>
        <translation>Passwort dieses Benutzers erneuern</translation>
    </message>
    <message>
        <source>BPF filter, as tcpdump takes it</source>
        <translation>BPF-Filter, wie tcpdump ihn annimmt</translation>
    </message>
    <message>
        <source>Open capture…</source>
        <translation>Mitschnitt öffnen…</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filterausdruck:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client-Programm</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versionsnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>The capture runs, but this connection gets no live packet list (it needs the admin role). Stop it to see what it caught.</source>
        <translation>Der Mitschnitt läuft, aber diese Verbindung erhält keine Live-Paketliste (dafür ist die Administratorrolle nötig). Halten Sie ihn an, um zu sehen, was er erfasst hat.</translation>
    </message>
    <message>
        <source>Capture %1 running on %2: %3 packets, %4 left out of the list, %5 dropped by the kernel</source>
        <translation>Mitschnitt %1 läuft auf %2: %3 Pakete, %4 nicht in der Liste, %5 vom Kernel verworfen</translation>
    </message>
    <message>
        <source>Capture %1 %2: %3 packets, %4 dropped by the kernel</source>
        <translation>Mitschnitt %1 %2: %3 Pakete, %4 vom Kernel verworfen</translation>
    </message>
    <message>
        <source>capture %1</source>
        <translation>Mitschnitt %1</translation>
    </message>
    <message>
        <source>Capture %1 running: %2 packets, %3 left out of the list, %4 dropped by the kernel</source>
        <translation>Mitschnitt %1 läuft: %2 Pakete, %3 nicht in der Liste, %4 vom Kernel verworfen</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Mitschnitte (*.pcap *.pcapng *.cap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to open here; analyse it with keywardctl capture analyze</source>
        <translation>%1 ist zu groß, um es hier zu öffnen; analysieren Sie es mit keywardctl capture analyze</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1: %2 packets</source>
        <translation>%1: %2 Pakete</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Save capture</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>pcapng (*.pcapng)</source>
        <translation>pcapng (*.pcapng)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 packets to %2</source>
        <translation>%1 Pakete in %2 gespeichert</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Decrypt a session</source>
        <translation>Eine Sitzung entschlüsseln</translation>
    </message>
    <message>
        <source>The password is used for this decryption only; it is neither stored nor sent anywhere.</source>
        <translation>Das Passwort wird nur für diese Entschlüsselung verwendet; es wird weder gespeichert noch irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Wrong password for %1: %2</source>
        <translation>Falsches Passwort für %1: %2</translation>
    </message>
    <message>
        <source>Save decrypted packets</source>
        <translation>Entschlüsselte Pakete speichern</translation>
    </message>
    <message>
        <source>Decrypted %1 packets of %2 session(s); %3 IPv4 checksums did not verify</source>
        <translation>%1 Pakete aus %2 Sitzung(en) entschlüsselt; %3 IPv4-Prüfsummen stimmten nicht</translation>
    </message>
    <message>
        <source>No packets yet</source>
        <translation>Noch keine Pakete</translation>
    </message>
    <message>
        <source>Start a capture on the server (the filter above takes PPTP control and GRE by default), or open a pcap or pcapng file to audit a network before Keyward runs on it.</source>
        <translation>Starten Sie einen Mitschnitt auf dem Server (der Filter oben erfasst standardmäßig PPTP-Steuerung und GRE), oder öffnen Sie eine pcap- oder pcapng-Datei, um ein Netzwerk zu prüfen, bevor Keyward darauf läuft.</translation>
    </message>
    <message>
        <source>Start a capture</source>
        <translation>Mitschnitt starten</translation>
    </message>
    <message>
        <source>Open a capture file…</source>
        <translation>Mitschnittdatei öffnen…</translation>
    </message>
</context>
<context>
    <name>keyward::console::CertificateChangedDialog</name>
    <message>
        <source>Server certificate changed</source>
        <translation>Serverzertifikat geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 presented a different certificate than the one pinned for it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 hat ein anderes Zertifikat vorgelegt als das dafür festgelegte.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The console stopped before sending anything, so the API token was not sent. This happens when the server&apos;s certificate was replaced, or when something between you and the server intercepts the connection.</source>
        <translation>Die Konsole hat angehalten, bevor sie etwas gesendet hat; das API-Token wurde also nicht gesendet. Das geschieht, wenn das Zertifikat des Servers ersetzt wurde oder wenn etwas zwischen Ihnen und dem Server die Verbindung abfängt.</translation>
    </message>
    <message>
        <source>Pinned:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Presented now:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Festgelegt:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Jetzt vorgelegt:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>On the server, run &lt;tt&gt;keywardctl status&lt;/tt&gt;: it prints the certificate fingerprint. Trust the new certificate only if it matches the one presented now. The token kept for the old certificate is not used for the new one; you will be asked for the token again.</source>
        <translation>Führen Sie auf dem Server &lt;tt&gt;keywardctl status&lt;/tt&gt; aus: Es zeigt den Fingerabdruck des Zertifikats. Vertrauen Sie dem neuen Zertifikat nur, wenn er mit dem jetzt vorgelegten übereinstimmt. Das für das alte Zertifikat gespeicherte Token wird für das neue nicht verwendet; Sie werden erneut nach dem Token gefragt.</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>Dem neuen Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Keep the old pin</source>
        <translation>Alten &amp;Fingerabdruck behalten</translation>
    </message>
</context>
<context>
    <name>keyward::console::ChangeWindowSteps</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation>Die Antwort des Servers war nicht verständlich: %1</translation>
    </message>
</context>
<context>
    <name>keyward::console::ChangeWindowWizard</name>
    <message>
        <source>Change window: %1</source>
        <translation>Wartungsfenster: %1</translation>
    </message>
    <message>
        <source>Change window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Zurücksetzen…</translation>
    </message>
    <message>
        <source>Restore the backup made on the Backup page into the running server</source>
        <translation>Die auf der Seite „Sicherung“ erstellte Sicherung in den laufenden Server einspielen</translation>
    </message>
    <message>
        <source>You asked to roll back.</source>
        <translation>Sie haben das Zurücksetzen angefordert.</translation>
    </message>
    <message numerus="yes">
        <source>Restore backup %1, made %2 with %n user(s), into the running server?</source>
        <translation>
            <numerusform>Sicherung %1 vom %2 mit %n Benutzer in den laufenden Server einspielen?</numerusform>
            <numerusform>Sicherung %1 vom %2 mit %n Benutzern in den laufenden Server einspielen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed: %2</source>
        <translation>Der Schritt „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Roll back the change window</source>
        <translation>Wartungsfenster zurücksetzen</translation>
    </message>
    <message>
        <source>This replaces every user, password, group, API token, setting and the audit trail with the backup&apos;s: whatever changed since the backup (rotations, the baseline, clean-ups, and changes by other admins) is undone, and every live session ends now. The restore itself is recorded in the audit trail, naming the backup.</source>
        <translation>Dies ersetzt alle Benutzer, Passwörter, Gruppen, API-Token, Einstellungen und das Prüfprotokoll durch die der Sicherung: Alles, was sich seit der Sicherung geändert hat (Erneuerungen, die Sicherheitsgrundlage, Aufräumarbeiten und Änderungen anderer Administratoren), wird rückgängig gemacht, und alle aktiven Sitzungen werden sofort beendet. Die Wiederherstellung selbst wird mit Angabe der Sicherung im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>the admin rolled back</source>
        <translation>der Administrator hat zurückgesetzt</translation>
    </message>
    <message>
        <source>change window rolled back: %1</source>
        <translation>Wartungsfenster zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>Restoring backup %1…</source>
        <translation>Sicherung %1 wird wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: backup %1 restored (%2 users, %3 API tokens); %n session(s) ended. The restore is the last entry of the audit trail. Close the wizard.</source>
        <translation>
            <numerusform>Zurückgesetzt: Sicherung %1 wiederhergestellt (%2 Benutzer, %3 API-Token); %n Sitzung beendet. Die Wiederherstellung ist der letzte Eintrag im Prüfprotokoll. Schließen Sie den Assistenten.</numerusform>
            <numerusform>Zurückgesetzt: Sicherung %1 wiederhergestellt (%2 Benutzer, %3 API-Token); %n Sitzungen beendet. Die Wiederherstellung ist der letzte Eintrag im Prüfprotokoll. Schließen Sie den Assistenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rollback failed, nothing was restored: %1</source>
        <translation>Das Zurücksetzen ist fehlgeschlagen, es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Wait for the server to answer before closing.</source>
        <translation>Warten Sie vor dem Schließen auf die Antwort des Servers.</translation>
    </message>
    <message>
        <source>You are closing the wizard before the change window is finished.</source>
        <translation>Sie schließen den Assistenten, bevor das Wartungsfenster abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>keyward::console::CleanupPage</name>
    <message>
        <source>Clean-up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Expire every unused temporary one-time password now (its account is disabled)</source>
        <translation>Alle unbenutzten vorübergehenden Einmalpasswörter jetzt ablaufen lassen (das jeweilige Konto wird deaktiviert)</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Revoke and clean up</source>
        <translation>Zugang entziehen und aufräumen</translation>
    </message>
    <message>
        <source>Accounts revoked here cannot sign in again and their sessions end now.</source>
        <translation>Konten, denen hier der Zugang entzogen wird, können sich nicht mehr anmelden, und ihre Sitzungen werden sofort beendet.</translation>
    </message>
    <message>
        <source>Revoke these accounts:</source>
        <translation>Diesen Konten den Zugang entziehen:</translation>
    </message>
    <message>
        <source>Nothing cleaned up.</source>
        <translation>Nichts aufgeräumt.</translation>
    </message>
    <message>
        <source>The temporary credentials are not known: %1</source>
        <translation>Die vorübergehenden Zugangsdaten sind nicht bekannt: %1</translation>
    </message>
    <message>
        <source>No temporary one-time password is outstanding.</source>
        <translation>Es steht kein vorübergehendes Einmalpasswort aus.</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, läuft ab am %2</translation>
    </message>
    <message>
        <source>Temporary one-time passwords outstanding: %1</source>
        <translation>Ausstehende vorübergehende Einmalpasswörter: %1</translation>
    </message>
    <message>
        <source>Choose what to clean up first.</source>
        <translation>Wählen Sie zuerst aus, was aufgeräumt werden soll.</translation>
    </message>
    <message>
        <source>Nothing was cleaned up: %1</source>
        <translation>Es wurde nichts aufgeräumt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unused temporary credential(s) expired</source>
        <translation>
            <numerusform>%n unbenutzte vorübergehende Zugangsdaten abgelaufen</numerusform>
            <numerusform>%n unbenutzte vorübergehende Zugangsdaten abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) revoked</source>
        <translation>
            <numerusform>%n Konto den Zugang entzogen</numerusform>
            <numerusform>%n Konten den Zugang entzogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n Sitzung beendet.</numerusform>
            <numerusform>%n Sitzungen beendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::console::ConnectionDialog</name>
    <message>
        <source>Keep the token in this computer&apos;s keychain</source>
        <translation>Token im Schlüsselbund dieses Computers speichern</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>New remote server…</source>
        <translation>Neuer entfernter Server…</translation>
    </message>
    <message>
        <source>&amp;Socket:</source>
        <translation>&amp;Socket:</translation>
    </message>
    <message>
        <source>Your account must be root or in the keyward group.</source>
        <translation>Ihr Konto muss root sein oder zur Gruppe keyward gehören.</translation>
    </message>
    <message>
        <source>AB:CD:… as shown by `keywardctl status` on the server</source>
        <translation>AB:CD:… wie von `keywardctl status` auf dem Server angezeigt</translation>
    </message>
    <message>
        <source>leave empty to use the token in the keychain</source>
        <translation>leer lassen, um das Token aus dem Schlüsselbund zu verwenden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>Zertifikats-&amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation>Gespeichertes Token vergessen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation>Server &amp;entfernen</translation>
    </message>
    <message>
        <source>No token is saved for this server now.</source>
        <translation>Für diesen Server ist jetzt kein Token mehr gespeichert.</translation>
    </message>
</context>
<context>
    <name>keyward::console::DashboardPage</name>
    <message>
        <source>Start the rotation…</source>
        <translation>Erneuerung starten…</translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation>Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Open policy</source>
        <translation>Richtlinie anzeigen</translation>
    </message>
    <message>
        <source>Open users</source>
        <translation>Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation>Jetzt verbunden</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>Sicherheitseinstellungen</translation>
    </message>
    <message>
        <source>Passwords expiring in 14 days</source>
        <translation>In den nächsten 14 Tagen ablaufende Passwörter</translation>
    </message>
    <message>
        <source>Failed logins and alerts</source>
        <translation>Fehlgeschlagene Anmeldungen und Warnungen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Running&lt;/b&gt;&lt;/p&gt;&lt;p&gt;keywardd %1 on %2, accepting PPTP on %3.&lt;/p&gt;&lt;p&gt;Signed in as %4.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Läuft&lt;/b&gt;&lt;/p&gt;&lt;p&gt;keywardd %1 auf %2, nimmt PPTP-Verbindungen auf %3 an.&lt;/p&gt;&lt;p&gt;Angemeldet als %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b03020&apos;&gt;&lt;b&gt;Not connected&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b03020&apos;&gt;&lt;b&gt;Nicht verbunden&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n with 128-bit encryption</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n mit 128-Bit-Verschlüsselung</numerusform>
            <numerusform>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n mit 128-Bit-Verschlüsselung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n with weak %1-bit encryption&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n mit schwacher %1-Bit-Verschlüsselung&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n mit schwacher %1-Bit-Verschlüsselung&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still signing in</source>
        <translation>
            <numerusform>%n meldet sich noch an</numerusform>
            <numerusform>%n melden sich noch an</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is connected.</source>
        <translation>Niemand ist verbunden.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Strong.&lt;/b&gt; Only 128-bit encryption and MS-CHAPv2 sign-in are allowed.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Stark.&lt;/b&gt; Nur 128-Bit-Verschlüsselung und Anmeldung per MS-CHAPv2 sind erlaubt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Weaker than the safe defaults:</source>
        <translation>Schwächer als die sicheren Standardwerte:</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation>%1 — abgelaufen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No password expires in the next 14 days.</source>
        <translation>In den nächsten 14 Tagen läuft kein Passwort ab.</translation>
    </message>
    <message>
        <source>%1  %2 locked out after repeated failures (from %3)</source>
        <translation>%1  %2 nach wiederholten Fehlversuchen gesperrt (von %3)</translation>
    </message>
    <message>
        <source>%1  %2 from %3: %4</source>
        <translation>%1  %2 von %3: %4</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>No failed logins since the server started.</source>
        <translation>Seit dem Start des Servers keine fehlgeschlagenen Anmeldungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change window due:&lt;/b&gt; %1, %2</source>
        <translation>&lt;b&gt;Wartungsfenster fällig:&lt;/b&gt; %1, %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>No users yet: add the people who will connect, or import them from a CSV file.</source>
        <translation>Noch keine Benutzer: Legen Sie die Personen an, die sich verbinden werden, oder importieren Sie sie aus einer CSV-Datei.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>No change window planned: plan when passwords are rotated, so users can be told in advance.</source>
        <translation>Kein Wartungsfenster geplant: Planen Sie, wann Passwörter erneuert werden, damit Benutzer vorab informiert werden können.</translation>
    </message>
    <message>
        <source>Plan a window…</source>
        <translation>Fenster planen…</translation>
    </message>
    <message>
        <source>Passwords never expire: set a maximum age (30 to 90 days) so that the keys they give come from fresh passwords.</source>
        <translation>Passwörter laufen nie ab: Legen Sie ein Höchstalter fest (30 bis 90 Tage), damit die daraus abgeleiteten Schlüssel aus frischen Passwörtern stammen.</translation>
    </message>
    <message>
        <source>Set an expiry…</source>
        <translation>Ablauf festlegen…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Open the wizard…</source>
        <translation>Assistenten öffnen…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change window now:&lt;/b&gt; %1, started %2.</source>
        <translation>&lt;b&gt;Wartungsfenster läuft:&lt;/b&gt; %1, begonnen %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change window soon:&lt;/b&gt; %1, starts %2.</source>
        <translation>&lt;b&gt;Wartungsfenster demnächst:&lt;/b&gt; %1, beginnt %2.</translation>
    </message>
</context>
<context>
    <name>keyward::console::ExpiryTimelineChart</name>
    <message>
        <source>The next 12 weeks</source>
        <translation>Die nächsten 12 Wochen</translation>
    </message>
    <message>
        <source>Passwords expiring</source>
        <translation>Ablaufende Passwörter</translation>
    </message>
    <message>
        <source>Planned change windows</source>
        <translation>Geplante Wartungsfenster</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
</context>
<context>
    <name>keyward::console::InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation>Bestandsaufnahme</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Neu einlesen</translation>
    </message>
    <message>
        <source>What the server runs with, who connects with what, and whose credentials are old: the starting point of this change window.</source>
        <translation>Womit der Server läuft, wer sich womit verbindet und wessen Zugangsdaten alt sind: der Ausgangspunkt dieses Wartungsfensters.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading the inventory…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bestandsaufnahme wird eingelesen…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No inventory: %1</source>
        <translation>Keine Bestandsaufnahme: %1</translation>
    </message>
    <message numerus="yes">
        <source>Server %1; %n weak setting(s); </source>
        <translation>
            <numerusform>Server %1; %n schwache Einstellung; </numerusform>
            <numerusform>Server %1; %n schwache Einstellungen; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n Konto.</numerusform>
            <numerusform>%n Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>MPPE strengths</source>
        <translation>MPPE-Stärken</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Longest session</source>
        <translation>Maximale Sitzungsdauer</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>Inaktivitäts-Timeout</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Password expiry</source>
        <translation>Passwortablauf</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No setting is weaker than the safe defaults.</source>
        <translation>Keine Einstellung ist schwächer als die sicheren Standardwerte.</translation>
    </message>
    <message>
        <source>Weaker than the safe defaults:</source>
        <translation>Schwächer als die sicheren Standardwerte:</translation>
    </message>
    <message>
        <source>Clients seen on live sessions</source>
        <translation>In aktiven Sitzungen gesehene Clients</translation>
    </message>
    <message>
        <source>No live session.</source>
        <translation>Keine aktive Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1 in all: %2 active, %3 disabled, %4 revoked, %5 locked; %6 must change their password, %7 expired.</source>
        <translation>%1 insgesamt: %2 aktiv, %3 deaktiviert, %4 mit entzogenem Zugang, %5 gesperrt; %6 müssen ihr Passwort ändern, %7 abgelaufen.</translation>
    </message>
    <message>
        <source>Password age</source>
        <translation>Passwortalter</translation>
    </message>
    <message>
        <source>Who still needs weak settings</source>
        <translation>Wer noch schwache Einstellungen braucht</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Niemand.</translation>
    </message>
    <message>
        <source>(live session %1)</source>
        <translation>(aktive Sitzung %1)</translation>
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
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Rotation schedules</source>
        <translation>Erneuerungspläne</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Enter token…</source>
        <translation>Token eingeben…</translation>
    </message>
    <message>
        <source>Choose server…</source>
        <translation>Server auswählen…</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Connect to…</source>
        <translation>&amp;Verbinden mit…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Rotate &amp;passwords…</source>
        <translation>&amp;Passwörter erneuern…</translation>
    </message>
    <message>
        <source>&amp;Export audit report…</source>
        <translation>Prüfbericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Rotation schedules</source>
        <translation>&amp;Erneuerungspläne</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation>Ü&amp;ber Keyward</translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation>Über Keyward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Credentials and session keys for PPTP, managed safely.&lt;/p&gt;&lt;p&gt;PPTP&apos;s encryption keys come from the users&apos; passwords, so Keyward keeps them strong, rotates them and records every change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Zugangsdaten und Sitzungsschlüssel für PPTP, sicher verwaltet.&lt;/p&gt;&lt;p&gt;Die Verschlüsselungsschlüssel von PPTP werden aus den Passwörtern der Benutzer abgeleitet. Deshalb sorgt Keyward dafür, dass diese Passwörter stark bleiben, erneuert sie und protokolliert jede Änderung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyward — %1</source>
        <translation>Keyward — verbunden mit %1</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>The API token for %1 (create one on the server with `keywardctl token create NAME`):</source>
        <translation>Das API-Token für %1 (auf dem Server mit `keywardctl token create NAME` erstellen):</translation>
    </message>
    <message>
        <source>Keep this token in the keychain for next time?</source>
        <translation>Dieses Token für das nächste Mal im Schlüsselbund speichern?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Keyward uses the new language the next time it starts.</source>
        <translation>Keyward verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Zertifikat prüfen…</translation>
    </message>
    <message>
        <source>Keyward — %1 (%2)</source>
        <translation>Keyward — %1 (%2)</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Mitschnitte</translation>
    </message>
    <message>
        <source>Backups &amp; reports</source>
        <translation>Sicherungen &amp; Berichte</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>keyward::console::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>keyward::console::MethodGate</name>
    <message>
        <source>Needs the %1 role.</source>
        <translation>Erfordert die Rolle %1.</translation>
    </message>
    <message>
        <source>Needs the %1 role; this connection has the %2 role.</source>
        <translation>Erfordert die Rolle %1; diese Verbindung hat die Rolle %2.</translation>
    </message>
</context>
<context>
    <name>keyward::console::NoticePage</name>
    <message>
        <source>Notice</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Show the notice</source>
        <translation>Benachrichtigung anzeigen</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Tell the users</source>
        <translation>Benutzer informieren</translation>
    </message>
    <message>
        <source>The notice says when the window is and what users must do. It is made from the server&apos;s template, which may use {title}, {start}, {end}, {duration} and {group} only: a notice never holds a password.</source>
        <translation>Die Benachrichtigung nennt den Zeitraum des Fensters und was die Benutzer tun müssen. Sie wird aus der Vorlage des Servers erstellt, die nur {title}, {start}, {end}, {duration} und {group} verwenden darf: Eine Benachrichtigung enthält nie ein Passwort.</translation>
    </message>
    <message>
        <source>Password rotation</source>
        <translation>Passworterneuerung</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>The notice is on the clipboard.</source>
        <translation>Die Benachrichtigung ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Benachrichtigung speichern</translation>
    </message>
    <message>
        <source>HTML (*.html);;Text (*.txt)</source>
        <translation>HTML (*.html);;Text (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Subject template:</source>
        <translation>Betreffvorlage:</translation>
    </message>
    <message>
        <source>Body template:</source>
        <translation>Textvorlage:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>No notice: %1</source>
        <translation>Keine Benachrichtigung: %1</translation>
    </message>
    <message>
        <source>Notice &quot;%1&quot; written from the template saved in this window.</source>
        <translation>Benachrichtigung „%1“ aus der in diesem Fenster gespeicherten Vorlage erstellt.</translation>
    </message>
    <message>
        <source>Notice &quot;%1&quot; written.</source>
        <translation>Benachrichtigung „%1“ erstellt.</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Die Vorlage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The template is saved on the server.</source>
        <translation>Die Vorlage ist auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>There is no notice yet.</source>
        <translation>Es gibt noch keine Benachrichtigung.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>keyward::console::OneTimePasswordDialog</name>
    <message>
        <source>New one-time passwords</source>
        <translation>Neue Einmalpasswörter</translation>
    </message>
    <message>
        <source>&lt;b&gt;These passwords are shown only now.&lt;/b&gt; Give each to its user in person or by phone, not by e-mail. Each user must choose a new password the first time they connect.</source>
        <translation>&lt;b&gt;Diese Passwörter werden nur jetzt angezeigt.&lt;/b&gt; Geben Sie jedes Passwort persönlich oder telefonisch an seinen Benutzer weiter, nicht per E-Mail. Jeder Benutzer muss bei der ersten Verbindung ein neues Passwort wählen.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this password; the clipboard is cleared after 30 seconds</source>
        <translation>Dieses Passwort kopieren; die Zwischenablage wird nach 30 Sekunden geleert</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Copied the password for %1. The clipboard is cleared in 30 seconds.</source>
        <translation>Das Passwort für %1 wurde kopiert. Die Zwischenablage wird in 30 Sekunden geleert.</translation>
    </message>
    <message>
        <source>Save one-time passwords</source>
        <translation>Einmalpasswörter speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Delete it once the passwords are handed out.</source>
        <translation>Unter %1 gespeichert, nur für Sie lesbar. Löschen Sie die Datei, sobald die Passwörter übergeben sind.</translation>
    </message>
</context>
<context>
    <name>keyward::console::PolicyDocument</name>
    <message>
        <source>40-bit encryption is allowed: its keys can be broken in hours.</source>
        <translation>40-Bit-Verschlüsselung ist erlaubt, obwohl sich ihre Schlüssel in wenigen Stunden knacken lassen.</translation>
    </message>
    <message>
        <source>56-bit encryption is allowed: its keys can be broken in days.</source>
        <translation>56-Bit-Verschlüsselung ist erlaubt, obwohl sich ihre Schlüssel in wenigen Tagen knacken lassen.</translation>
    </message>
    <message>
        <source>128-bit encryption is not allowed.</source>
        <translation>128-Bit-Verschlüsselung ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Stateful encryption is allowed: keys change less often and one lost packet stalls the tunnel.</source>
        <translation>Zustandsbehaftete Verschlüsselung ist erlaubt: Die Schlüssel wechseln seltener, und ein einziges verlorenes Paket blockiert den Tunnel.</translation>
    </message>
    <message>
        <source>Sign-in methods other than MS-CHAPv2 are allowed.</source>
        <translation>Andere Anmeldeverfahren als MS-CHAPv2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Passwords may be shorter than 12 characters.</source>
        <translation>Passwörter dürfen kürzer als 12 Zeichen sein.</translation>
    </message>
    <message>
        <source>Passwords need fewer than 3 kinds of characters.</source>
        <translation>Für Passwörter sind weniger als 3 Zeichenarten vorgeschrieben.</translation>
    </message>
    <message>
        <source>Users may reuse their previous password.</source>
        <translation>Benutzer dürfen ihr vorheriges Passwort wiederverwenden.</translation>
    </message>
    <message>
        <source>Sessions may last more than 12 hours without signing in again.</source>
        <translation>Sitzungen dürfen länger als 12 Stunden ohne erneute Anmeldung dauern.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Stateful encryption is preferred: clients that could use stateless encryption are asked for stateful.</source>
        <translation>Zustandsbehaftete Verschlüsselung wird bevorzugt: Clients, die zustandslose Verschlüsselung beherrschen, werden um zustandsbehaftete gebeten.</translation>
    </message>
</context>
<context>
    <name>keyward::console::PolicyPage</name>
    <message>
        <source>Encryption and sign-in</source>
        <translation>Verschlüsselung und Anmeldung</translation>
    </message>
    <message>
        <source>Allow 128-bit encryption</source>
        <translation>128-Bit-Verschlüsselung erlauben</translation>
    </message>
    <message>
        <source>Allow 56-bit encryption (weak)</source>
        <translation>56-Bit-Verschlüsselung erlauben (schwach)</translation>
    </message>
    <message>
        <source>Allow 40-bit encryption (weak)</source>
        <translation>40-Bit-Verschlüsselung erlauben (schwach)</translation>
    </message>
    <message>
        <source>Allow stateful encryption (fewer key changes)</source>
        <translation>Zustandsbehaftete Verschlüsselung erlauben (seltenere Schlüsselwechsel)</translation>
    </message>
    <message>
        <source>Lock an account only for failed logins from addresses its user signed in from before</source>
        <translation>Ein Konto nur bei Fehlanmeldungen von Adressen sperren, von denen sich sein Benutzer schon angemeldet hat</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <source>Expire after</source>
        <translation>Gültigkeitsdauer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Users must choose a new password this often.</source>
        <translation>In diesem Abstand müssen Benutzer ein neues Passwort wählen.</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>Mindestlänge</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Kinds of characters</source>
        <translation>Zeichenarten</translation>
    </message>
    <message>
        <source>Of lower case, upper case, digits and others, how many a password must use.</source>
        <translation>Wie viele der Zeichenarten Kleinbuchstaben, Großbuchstaben, Ziffern und Sonderzeichen ein Passwort enthalten muss.</translation>
    </message>
    <message>
        <source>Remember previous</source>
        <translation>Passwortverlauf</translation>
    </message>
    <message>
        <source> passwords</source>
        <translation> Passwörter</translation>
    </message>
    <message>
        <source>A new password may not be one of these.</source>
        <translation>Ein neues Passwort darf keinem dieser Passwörter entsprechen.</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Sperren nach</translation>
    </message>
    <message>
        <source> failed logins</source>
        <translation> Fehlversuchen</translation>
    </message>
    <message>
        <source>Lock for</source>
        <translation>Sperrdauer</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Sessions and records</source>
        <translation>Sitzungen und Protokolle</translation>
    </message>
    <message>
        <source>Longest session</source>
        <translation>Maximale Sitzungsdauer</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>After this the user signs in again.</source>
        <translation>Danach muss sich der Benutzer erneut anmelden.</translation>
    </message>
    <message>
        <source>Disconnect when idle for</source>
        <translation>Trennen nach Inaktivität von</translation>
    </message>
    <message>
        <source>Keep the audit log for</source>
        <translation>Prüfprotokoll aufbewahren für</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Cancel window</source>
        <translation>Fenster absagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planned change windows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geplante Wartungsfenster&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Plan or start a rotation…</source>
        <translation>Erneuerung &amp;planen oder starten…</translation>
    </message>
    <message>
        <source>&amp;Carry out selected window…</source>
        <translation>Ausgewähltes Fenster &amp;durchführen…</translation>
    </message>
    <message>
        <source>All settings are at the strong defaults or stricter.</source>
        <translation>Alle Einstellungen entsprechen den sicheren Standardwerten oder sind strenger.</translation>
    </message>
    <message>
        <source>Weaker than the safe defaults:</source>
        <translation>Schwächer als die sicheren Standardwerte:</translation>
    </message>
    <message>
        <source>Allow at least one encryption strength (128-bit is the safe one).</source>
        <translation>Erlauben Sie mindestens eine Verschlüsselungsstärke (sicher ist 128 Bit).</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>Noch keine Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>With these settings, %n password(s) are expired now</source>
        <translation>
            <numerusform>Mit diesen Einstellungen ist jetzt %n Passwort abgelaufen</numerusform>
            <numerusform>Mit diesen Einstellungen sind jetzt %n Passwörter abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more expire within 14 days</source>
        <translation>
            <numerusform> und %n weiteres läuft innerhalb von 14 Tagen ab</numerusform>
            <numerusform> und %n weitere laufen innerhalb von 14 Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>users chosen when it starts</source>
        <translation>beim Start ausgewählte Benutzer</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>%1 — %2 for %3 min, %4 (planned by %5)</source>
        <translation>%1 — %2, %3 min, %4 (geplant von %5)</translation>
    </message>
    <message>
        <source>Cancel change window</source>
        <translation>Wartungsfenster absagen</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;?</source>
        <translation>„%1“ absagen?</translation>
    </message>
    <message>
        <source>It disappears from every console&apos;s calendar.</source>
        <translation>Es verschwindet aus dem Kalender jeder Konsole.</translation>
    </message>
    <message>
        <source>Weaken the policy</source>
        <translation>Richtlinie abschwächen</translation>
    </message>
    <message>
        <source>These changes make Keyward less safe. Apply them anyway?</source>
        <translation>Diese Änderungen machen Keyward weniger sicher. Trotzdem übernehmen?</translation>
    </message>
    <message>
        <source>Apply weaker settings</source>
        <translation>Schwächere Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>The policy is saved and in force.</source>
        <translation>Die Richtlinie ist gespeichert und in Kraft.</translation>
    </message>
    <message>
        <source>The server did not accept the policy: %1</source>
        <translation>Der Server hat die Richtlinie nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Sign-in: MS-CHAPv2 only. PAP, CHAP-MD5 and MS-CHAPv1 expose the password or its hash and are not offered.</source>
        <translation>Anmeldung: nur MS-CHAPv2. PAP, CHAP-MD5 und MS-CHAPv1 geben das Passwort oder seinen Hash preis und werden nicht angeboten.</translation>
    </message>
    <message>
        <source>Ask clients for stateful encryption first (legacy clients)</source>
        <translation>Clients zuerst um zustandsbehaftete Verschlüsselung bitten (alte Clients)</translation>
    </message>
    <message>
        <source>Passwords never expire, so none shows on this timeline: set &quot;Expire after&quot; (30 to 90 days) under Passwords, then plan the windows in which users change them.</source>
        <translation>Passwörter laufen nie ab, daher erscheint keines auf dieser Zeitleiste: Legen Sie unter „Passwörter“ die „Gültigkeitsdauer“ fest (30 bis 90 Tage) und planen Sie dann die Fenster, in denen Benutzer sie ändern.</translation>
    </message>
    <message>
        <source>No change window planned</source>
        <translation>Kein Wartungsfenster geplant</translation>
    </message>
    <message>
        <source>Plan when passwords are rotated, so users can be told in advance; Keyward reminds you before each window starts.</source>
        <translation>Planen Sie, wann Passwörter erneuert werden, damit Benutzer vorab informiert werden können; Keyward erinnert Sie vor Beginn jedes Fensters.</translation>
    </message>
    <message>
        <source>Plan a change window…</source>
        <translation>Wartungsfenster planen…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>0: only when the window starts</source>
        <translation>0: erst bei Beginn des Fensters</translation>
    </message>
    <message>
        <source>Remind me before a window starts:</source>
        <translation>Vor Beginn eines Fensters erinnern:</translation>
    </message>
    <message>
        <source>This server signs users in through RADIUS too. The password rules here (length, complexity, expiry, lockout) apply to the users in Keyward&apos;s own store only; RADIUS users&apos; passwords are set and checked on the RADIUS side. The encryption and session rules apply to everyone.</source>
        <translation>Dieser Server meldet Benutzer auch über RADIUS an. Die Passwortregeln hier (Länge, Komplexität, Ablauf, Sperre) gelten nur für die Benutzer in Keywards eigener Benutzerverwaltung; die Passwörter der RADIUS-Benutzer werden auf der RADIUS-Seite festgelegt und geprüft. Die Verschlüsselungs- und Sitzungsregeln gelten für alle.</translation>
    </message>
</context>
<context>
    <name>keyward::console::RotatePage</name>
    <message>
        <source>Rotation</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>Rotate passwords</source>
        <translation>Passwörter erneuern</translation>
    </message>
    <message>
        <source>Each user chosen gets a one-time password and must pick a new one at the next login. Their current sessions end.</source>
        <translation>Jeder ausgewählte Benutzer erhält ein Einmalpasswort und muss bei der nächsten Anmeldung ein neues wählen. Laufende Sitzungen dieser Benutzer werden beendet.</translation>
    </message>
    <message>
        <source>The users selected on the Users page (none selected)</source>
        <translation>Die auf der Seite „Benutzer“ ausgewählten Benutzer (keine ausgewählt)</translation>
    </message>
    <message numerus="yes">
        <source>The %n user(s) selected on the Users page</source>
        <translation>
            <numerusform>%n auf der Seite „Benutzer“ ausgewählter Benutzer</numerusform>
            <numerusform>Die %n auf der Seite „Benutzer“ ausgewählten Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member of the group:</source>
        <translation>Alle Mitglieder der Gruppe:</translation>
    </message>
    <message>
        <source>Everyone whose password is older than:</source>
        <translation>Alle, deren Passwort älter ist als:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Temporary: disable accounts whose one-time password is still unused after</source>
        <translation>Vorübergehend: Konten deaktivieren, deren Einmalpasswort noch unbenutzt ist nach</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation>Jetzt erneuern</translation>
    </message>
    <message>
        <source>Plan a change window</source>
        <translation>Wartungsfenster planen</translation>
    </message>
    <message>
        <source>e.g. Quarterly rotation, sales team</source>
        <translation>z. B. Quartalserneuerung, Vertrieb</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Show the one-time passwords once</source>
        <translation>Einmalpasswörter einmalig anzeigen</translation>
    </message>
    <message>
        <source>Write them to a file readable only by me:</source>
        <translation>In eine nur für mich lesbare Datei schreiben:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Save one-time passwords</source>
        <translation>Einmalpasswörter speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Every member of the group &lt;b&gt;%1&lt;/b&gt; (the server resolves the group).</source>
        <translation>Alle Mitglieder der Gruppe &lt;b&gt;%1&lt;/b&gt; (der Server ermittelt die Mitglieder).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No users match.&lt;/b&gt; Choose differently.</source>
        <translation>&lt;b&gt;Kein Benutzer passt.&lt;/b&gt; Treffen Sie eine andere Auswahl.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s): </source>
        <translation>
            <numerusform>%n Benutzer: </numerusform>
            <numerusform>%n Benutzer: </numerusform>
        </translation>
    </message>
    <message>
        <source>A change window &quot;%1&quot; is planned for %2, lasting %3 minutes. Nothing changes until you carry it out.</source>
        <translation>Ein Wartungsfenster „%1“ wird für %2 mit einer Dauer von %3 Minuten geplant. Bis Sie es durchführen, ändert sich nichts.</translation>
    </message>
    <message numerus="yes">
        <source>Their passwords are replaced now by one-time passwords, shown once on the next screen. %n live session(s) end now.</source>
        <translation>
            <numerusform>Die Passwörter dieser Benutzer werden jetzt durch Einmalpasswörter ersetzt, die auf der nächsten Seite einmalig angezeigt werden. %n aktive Sitzung wird jetzt beendet.</numerusform>
            <numerusform>Die Passwörter dieser Benutzer werden jetzt durch Einmalpasswörter ersetzt, die auf der nächsten Seite einmalig angezeigt werden. %n aktive Sitzungen werden jetzt beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An account whose one-time password is still unused after %n hour(s) is disabled by the server.</source>
        <translation>
            <numerusform>Ein Konto, dessen Einmalpasswort nach %n Stunde noch unbenutzt ist, wird vom Server deaktiviert.</numerusform>
            <numerusform>Ein Konto, dessen Einmalpasswort nach %n Stunden noch unbenutzt ist, wird vom Server deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan this change window</source>
        <translation>Dieses Wartungsfenster planen</translation>
    </message>
    <message>
        <source>I understand, and I will hand the new passwords to these users</source>
        <translation>Ich habe verstanden und gebe die neuen Passwörter an diese Benutzer weiter</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Password rotation</source>
        <translation>Passworterneuerung</translation>
    </message>
    <message>
        <source>The one-time passwords are in %1 (readable only by you).</source>
        <translation>Die Einmalpasswörter befinden sich in %1 (nur für Sie lesbar).</translation>
    </message>
</context>
<context>
    <name>keyward::console::ServerConnection</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1 als %2</translation>
    </message>
    <message>
        <source>The token works for now but was not saved: %1</source>
        <translation>Das Token funktioniert vorerst, wurde aber nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Connecting to the server on this computer…</source>
        <translation>Verbindung zum Server auf diesem Computer wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Reading the token for %1 from the keychain…</source>
        <translation>Token für %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The server refused the token: %1</source>
        <translation>Der Server hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>Server unreachable: %1. Retrying in %2 s.</source>
        <translation>Server nicht erreichbar: %1. Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, role: %3</source>
        <translation>Verbunden mit %1 als %2, Rolle: %3</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the pinned one. Nothing was sent to it. Check the new fingerprint on the server before you trust it.</source>
        <translation>%1 hat ein anderes Zertifikat vorgelegt als das festgelegte. Es wurde nichts dorthin gesendet. Prüfen Sie den neuen Fingerabdruck auf dem Server, bevor Sie ihm vertrauen.</translation>
    </message>
</context>
<context>
    <name>keyward::console::ServerFleet</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>Needs an API token</source>
        <translation>Braucht ein API-Token</translation>
    </message>
    <message>
        <source>Certificate changed: check it before connecting</source>
        <translation>Zertifikat geändert: vor dem Verbinden prüfen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Programmversion</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Sign-in and RADIUS</source>
        <translation>Anmeldung und RADIUS</translation>
    </message>
</context>
<context>
    <name>keyward::console::ServerOverview</name>
    <message>
        <source>wrong user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>account disabled or revoked</source>
        <translation>Konto deaktiviert oder Zugang entzogen</translation>
    </message>
    <message>
        <source>password expired</source>
        <translation>Passwort abgelaufen</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>refused (code %1)</source>
        <translation>abgelehnt (Code %1)</translation>
    </message>
</context>
<context>
    <name>keyward::console::ServersPage</name>
    <message>
        <source>Watch these servers too</source>
        <translation>Diese Server auch beobachten</translation>
    </message>
    <message>
        <source>The console stays connected to every server ticked here, besides the current one: their sessions show in the Sessions page&apos;s &quot;All servers&quot; view. Add servers with Server &gt; Connect to…</source>
        <translation>Die Konsole bleibt neben dem aktuellen Server mit jedem hier angehakten Server verbunden: deren Sitzungen erscheinen auf der Seite Sitzungen in der Ansicht „Alle Server“. Server fügen Sie mit Server &gt; Verbinden mit… hinzu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Servers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Server&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;This server signs users in with its own user store only (or does not report its sign-in health).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieser Server meldet Benutzer nur über seine eigene Benutzerverwaltung an (oder meldet den Zustand seiner Anmeldung nicht).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionHistoryModel</name>
    <message>
        <source>(never signed in)</source>
        <translation>(nie angemeldet)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Connected from</source>
        <translation>Verbunden von</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Warum beendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionModel</name>
    <message>
        <source>128-bit MPPE: the strongest PPTP offers.</source>
        <translation>128-Bit-MPPE: die stärkste Verschlüsselung, die PPTP bietet.</translation>
    </message>
    <message>
        <source>%1-bit MPPE is weak: its keys can be broken. Only allowed because the policy allows it.</source>
        <translation>%1-Bit-MPPE ist schwach: Die Schlüssel lassen sich knacken. Nur zugelassen, weil die Richtlinie es erlaubt.</translation>
    </message>
    <message>
        <source>Encryption is still being agreed.</source>
        <translation>Die Verschlüsselung wird noch ausgehandelt.</translation>
    </message>
    <message>
        <source>Stateful MPPE: keys change every 256 packets, and one lost packet stalls the tunnel until it resynchronises.</source>
        <translation>Zustandsbehaftetes MPPE: Die Schlüssel wechseln alle 256 Pakete, und ein einziges verlorenes Paket blockiert den Tunnel, bis er sich neu synchronisiert.</translation>
    </message>
    <message>
        <source>(signing in)</source>
        <translation>(Anmeldung läuft)</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>stateful</source>
        <translation>zustandsbehaftet</translation>
    </message>
    <message>
        <source>stateless</source>
        <translation>zustandslos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Connected from</source>
        <translation>Verbunden von</translation>
    </message>
    <message>
        <source>Tunnel address</source>
        <translation>Tunneladresse</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Key changes</source>
        <translation>Schlüsselwechsel</translation>
    </message>
    <message>
        <source>Connected for</source>
        <translation>Verbindungsdauer</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Packets that waited for the client&apos;s GRE window before they were sent; the window was opened %n time(s) because no acknowledgment came.</source>
        <translation>
            <numerusform>Pakete, die vor dem Senden auf das GRE-Fenster des Clients warteten; das Fenster wurde %n-mal geöffnet, weil keine Bestätigung kam.</numerusform>
            <numerusform>Pakete, die vor dem Senden auf das GRE-Fenster des Clients warteten; das Fenster wurde %n-mal geöffnet, weil keine Bestätigung kam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packets from the client that never arrived (gaps in its GRE sequence numbers).</source>
        <translation>Pakete des Clients, die nie ankamen (Lücken in seinen GRE-Sequenznummern).</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Gewartet</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>A legacy client: it offers only weak encryption or authentication.</source>
        <translation>Ein veralteter Client: Er bietet nur schwache Verschlüsselung oder Anmeldung.</translation>
    </message>
    <message>
        <source>%1 (legacy)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client-Programm</translation>
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
        <translation>Bevor die Verschlüsselung aktiv war: %1
Warteschlange voll (Fenster des Clients voll): %2
Verschlüsselung fehlgeschlagen: %3
Entschlüsselung fehlgeschlagen: %4
Unverschlüsselt, abgewiesen: %5
Doppelt: %6
Verspätet (außer der Reihe): %7
Fehlerhaft: %8
Länger, als der Client annimmt (seine MRU): %9</translation>
    </message>
    <message>
        <source>RADIUS</source>
        <translation>RADIUS</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Local (RADIUS down)</source>
        <translation>Lokal (RADIUS ausgefallen)</translation>
    </message>
    <message>
        <source>The RADIUS server checked this user&apos;s password.</source>
        <translation>Der RADIUS-Server hat das Passwort dieses Benutzers geprüft.</translation>
    </message>
    <message>
        <source>Keyward&apos;s own user store checked this user&apos;s password.</source>
        <translation>Keywards eigene Benutzerverwaltung hat das Passwort dieses Benutzers geprüft.</translation>
    </message>
    <message>
        <source>No RADIUS server answered, so Keyward&apos;s own user store checked this user&apos;s password (the group allows this fallback).</source>
        <translation>Kein RADIUS-Server hat geantwortet, daher hat Keywards eigene Benutzerverwaltung das Passwort dieses Benutzers geprüft (die Gruppe erlaubt diesen Ausweg).</translation>
    </message>
    <message>
        <source>Not known yet: the user is still signing in, or the server does not say.</source>
        <translation>Noch nicht bekannt: der Benutzer meldet sich noch an, oder der Server sagt es nicht.</translation>
    </message>
    <message>
        <source>The server this session is on.</source>
        <translation>Der Server, auf dem diese Sitzung läuft.</translation>
    </message>
    <message>
        <source>Who checked the user&apos;s password: a RADIUS server, or Keyward&apos;s own user store (also when RADIUS was down and the group allows falling back to it).</source>
        <translation>Wer das Passwort des Benutzers geprüft hat: ein RADIUS-Server oder Keywards eigene Benutzerverwaltung (auch wenn RADIUS ausgefallen war und die Gruppe diesen Ausweg erlaubt).</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionsPage</name>
    <message>
        <source>Filter by user or address (Ctrl+F)</source>
        <translation>Nach Benutzer oder Adresse filtern (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>End this session; the user may connect again</source>
        <translation>Diese Sitzung beenden; der Benutzer kann sich wieder verbinden</translation>
    </message>
    <message>
        <source>Re&amp;voke access</source>
        <translation>Zugang &amp;entziehen</translation>
    </message>
    <message>
        <source>End every session of this user and disable the account</source>
        <translation>Alle Sitzungen dieses Benutzers beenden und das Konto deaktivieren</translation>
    </message>
    <message>
        <source>New &amp;keys</source>
        <translation>&amp;Neue Schlüssel</translation>
    </message>
    <message>
        <source>Make the client sign in again inside the session, for fresh encryption keys</source>
        <translation>Den Client innerhalb der Sitzung erneut anmelden lassen, um neue Schlüssel zu erhalten</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Give the user a one-time password and end their sessions</source>
        <translation>Dem Benutzer ein Einmalpasswort geben und seine Sitzungen beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 von %n Sitzung</numerusform>
            <numerusform>%1 von %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect session</source>
        <translation>Sitzung trennen</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>diesen Client</translation>
    </message>
    <message>
        <source>The tunnel closes now. The user can connect again with the same password.</source>
        <translation>Der Tunnel wird sofort geschlossen. Der Benutzer kann sich mit demselben Passwort wieder verbinden.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Zugang entziehen</translation>
    </message>
    <message>
        <source>Revoke %1&apos;s access?</source>
        <translation>%1 den Zugang entziehen?</translation>
    </message>
    <message>
        <source>Every session of %1 ends now and the account is disabled. They cannot connect until you enable the account on the Users page.</source>
        <translation>Alle Sitzungen von %1 werden sofort beendet, und das Konto wird deaktiviert. Eine Verbindung ist erst wieder möglich, wenn Sie das Konto auf der Seite „Benutzer“ aktivieren.</translation>
    </message>
    <message>
        <source>New encryption keys</source>
        <translation>Neue Schlüssel</translation>
    </message>
    <message>
        <source>Give %1&apos;s session new encryption keys?</source>
        <translation>Der Sitzung von %1 neue Schlüssel geben?</translation>
    </message>
    <message>
        <source>The client signs in again inside the tunnel and both ends derive new keys. Clients that cannot do this (such as Linux pppd) are disconnected instead and get new keys when they reconnect.</source>
        <translation>Der Client meldet sich innerhalb des Tunnels erneut an, und beide Seiten leiten neue Schlüssel ab. Clients, die das nicht können (etwa pppd unter Linux), werden stattdessen getrennt und erhalten neue Schlüssel, wenn sie sich wieder verbinden.</translation>
    </message>
    <message>
        <source>Renew keys</source>
        <translation>Schlüssel erneuern</translation>
    </message>
    <message>
        <source>Asking %1&apos;s client to sign in again…</source>
        <translation>Der Client von %1 wird zur erneuten Anmeldung aufgefordert…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Reset %1&apos;s password?</source>
        <translation>Passwort von %1 zurücksetzen?</translation>
    </message>
    <message>
        <source>%1&apos;s sessions end now and the current password stops working. You get a one-time password to give them; they must choose a new one when they next connect.</source>
        <translation>Die Sitzungen von %1 werden sofort beendet, und das aktuelle Passwort gilt nicht mehr. Sie erhalten ein Einmalpasswort zur Weitergabe; bei der nächsten Verbindung muss ein neues Passwort gewählt werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ended lately&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;Kürzlich beendet&lt;/b&gt; (neueste zuerst)</translation>
    </message>
    <message>
        <source>No one is connected</source>
        <translation>Niemand ist verbunden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sessions show up here within a second of a user connecting.&lt;/p&gt;&lt;p&gt;Clients connect with PPTP to this server (TCP port 1723 and GRE must reach it), sign in with MS-CHAPv2 as a user of the Users page, and must offer 128-bit MPPE encryption, as Windows and Linux (pppd, NetworkManager) clients do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sitzungen erscheinen hier innerhalb einer Sekunde, nachdem sich ein Benutzer verbunden hat.&lt;/p&gt;&lt;p&gt;Clients verbinden sich per PPTP mit diesem Server (TCP-Port 1723 und GRE müssen ihn erreichen), melden sich mit MS-CHAPv2 als Benutzer der Seite „Benutzer“ an und müssen 128-Bit-MPPE-Verschlüsselung anbieten, wie es Windows- und Linux-Clients (pppd, NetworkManager) tun.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>Dieser Server</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>The current server&apos;s sessions, or those of every server the console follows (the Servers page)</source>
        <translation>Die Sitzungen des aktuellen Servers oder die aller Server, denen die Konsole folgt (Seite Server)</translation>
    </message>
    <message>
        <source>Not connected to %1: the sessions there are not shown until the console is connected again. The other servers&apos; sessions are up to date.</source>
        <translation>Nicht verbunden mit %1: die Sitzungen dort werden erst wieder gezeigt, wenn die Konsole wieder verbunden ist. Die Sitzungen der anderen Server sind aktuell.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>keyward::console::SummaryPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Write a report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What this change window did. The report keywardd writes (signed with its report key) lists the policy, the accounts, and every change with the admin who made it.</source>
        <translation>Was dieses Wartungsfenster bewirkt hat. Der von keywardd erstellte Bericht (signiert mit seinem Berichtsschlüssel) listet die Richtlinie, die Konten und jede Änderung mit dem Administrator auf, der sie vorgenommen hat.</translation>
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
        <translation>erledigt</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>keywardd is writing the report…</source>
        <translation>keywardd erstellt den Bericht…</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>Es wurde kein Bericht erstellt: %1</translation>
    </message>
    <message>
        <source>Report %1 written and signed (key %2); it is listed under Backups &amp; reports.</source>
        <translation>Bericht %1 erstellt und signiert (Schlüssel %2); er ist unter „Sicherungen &amp; Berichte“ aufgeführt.</translation>
    </message>
</context>
<context>
    <name>keyward::console::TokenVault</name>
    <message>
        <source>No token is saved in the keychain for this server.</source>
        <translation>Im Schlüsselbund ist kein Token für diesen Server gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (on Linux, a Secret Service such as GNOME Keyring or KWallet must be running). You can enter the token for this session only.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (unter Linux muss ein Secret Service wie GNOME Keyring oder KWallet laufen). Sie können das Token nur für diese Sitzung eingeben.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again, or enter the token for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut, oder geben Sie das Token nur für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1). You can enter the token for this session only.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden (%1). Sie können das Token nur für diese Sitzung eingeben.</translation>
    </message>
</context>
<context>
    <name>keyward::console::UserModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Muss Passwort ändern</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Zugang entzogen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Password age</source>
        <translation>Passwortalter</translation>
    </message>
    <message>
        <source>Password expires</source>
        <translation>Passwort läuft ab</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>Letzte Adresse</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
</context>
<context>
    <name>keyward::console::UsersPage</name>
    <message>
        <source>Filter users (Ctrl+F)</source>
        <translation>Benutzer filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add an account with a one-time password</source>
        <translation>Ein Konto mit Einmalpasswort anlegen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Add many accounts from a file of lines: name,group;group</source>
        <translation>Viele Konten aus einer Datei mit Zeilen der Form name,gruppe;gruppe anlegen</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>New one-time password for the selected users</source>
        <translation>Neues Einmalpasswort für die ausgewählten Benutzer</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>E&amp;rneuern…</translation>
    </message>
    <message>
        <source>Walk through rotating the selected users&apos; passwords</source>
        <translation>Die Passwörter der ausgewählten Benutzer Schritt für Schritt erneuern</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Stop the selected users from connecting</source>
        <translation>Die ausgewählten Benutzer an der Verbindung hindern</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>Let disabled or revoked users connect again</source>
        <translation>Deaktivierten Benutzern oder Benutzern mit entzogenem Zugang die Verbindung wieder erlauben</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Lift a lockout after failed logins</source>
        <translation>Eine Sperre nach fehlgeschlagenen Anmeldungen aufheben</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Remove the selected accounts for good</source>
        <translation>Die ausgewählten Konten endgültig entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB; split it into smaller files.</source>
        <translation>%1 ist größer als 4 MB; teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Nothing was imported (the file is taken whole or not at all). %1</source>
        <translation>Es wurde nichts importiert (die Datei wird nur vollständig oder gar nicht übernommen). %1</translation>
    </message>
    <message>
        <source>Reset passwords</source>
        <translation>Passwörter zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Reset the password of %n user(s)?</source>
        <translation>
            <numerusform>Das Passwort von %n Benutzer zurücksetzen?</numerusform>
            <numerusform>Die Passwörter von %n Benutzern zurücksetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: their sessions end now and their current passwords stop working. You get one-time passwords to hand out.</source>
        <translation>%1: Die Sitzungen werden sofort beendet, und die aktuellen Passwörter gelten nicht mehr. Sie erhalten Einmalpasswörter zur Weitergabe.</translation>
    </message>
    <message>
        <source>Disable users</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)?</source>
        <translation>
            <numerusform>%n Benutzer deaktivieren?</numerusform>
            <numerusform>%n Benutzer deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: their sessions end now and they cannot connect until enabled again.</source>
        <translation>%1: Die Sitzungen werden sofort beendet, und eine Verbindung ist erst nach erneuter Aktivierung wieder möglich.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) for good?</source>
        <translation>
            <numerusform>%n Benutzer endgültig löschen?</numerusform>
            <numerusform>%n Benutzer endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: their sessions end now and the accounts are removed. The audit log keeps what they did.</source>
        <translation>%1: Die Sitzungen werden sofort beendet und die Konten entfernt. Was diese Benutzer getan haben, bleibt im Prüfprotokoll erhalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation>Noch keine Benutzer</translation>
    </message>
    <message>
        <source>Add the people who will connect one by one, or import a CSV file with a name per line (and their groups: name,group;group). Each gets a one-time password and must change it at the first sign-in.</source>
        <translation>Legen Sie die Personen, die sich verbinden werden, einzeln an, oder importieren Sie eine CSV-Datei mit einem Namen pro Zeile (und den Gruppen: name,gruppe;gruppe). Jeder erhält ein Einmalpasswort und muss es bei der ersten Anmeldung ändern.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Aus CSV importieren…</translation>
    </message>
</context>
<context>
    <name>keyward::console::ValidatePage</name>
    <message>
        <source>Validation</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Validate now</source>
        <translation>Jetzt überprüfen</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>keywardd signs a test account in with keyward-probe: 128-bit MPPE must come up and a 40-bit-only attempt must be refused. The test account is deleted afterwards. This takes up to a minute.</source>
        <translation>keywardd meldet mit keyward-probe ein Testkonto an: 128-Bit-MPPE muss zustande kommen, und ein Versuch nur mit 40 Bit muss abgewiesen werden. Das Testkonto wird danach gelöscht. Dies dauert bis zu einer Minute.</translation>
    </message>
    <message>
        <source>Not validated from the console.</source>
        <translation>Nicht von der Konsole aus überprüft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;keyward-probe is signing in…&lt;/p&gt;</source>
        <translation>&lt;p&gt;keyward-probe meldet sich an…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>keywardd cannot validate by itself:</source>
        <translation>keywardd kann nicht selbst überprüfen:</translation>
    </message>
    <message>
        <source>Not validated by keywardd; see why below.</source>
        <translation>Nicht von keywardd überprüft; den Grund sehen Sie unten.</translation>
    </message>
    <message>
        <source>Not validated by keywardd: %1</source>
        <translation>Nicht von keywardd überprüft: %1</translation>
    </message>
    <message>
        <source>Validation did not run: %1</source>
        <translation>Die Überprüfung wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Test account %1:</source>
        <translation>Testkonto %1:</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Validated: %1.</source>
        <translation>Überprüft: %1.</translation>
    </message>
    <message>
        <source>Validation failed: %1.</source>
        <translation>Überprüfung fehlgeschlagen: %1.</translation>
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
        <translation>Wartungsfenster demnächst: %1</translation>
    </message>
    <message>
        <source>Change window now: %1</source>
        <translation>Wartungsfenster läuft: %1</translation>
    </message>
    <message>
        <source>It starts %1. Open Keyward to run the change-window wizard.</source>
        <translation>Es beginnt %1. Öffnen Sie Keyward, um den Wartungsfenster-Assistenten auszuführen.</translation>
    </message>
</context>
</TS>
