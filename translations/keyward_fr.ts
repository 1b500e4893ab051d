<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdminAccess</name>
    <message>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>The audit chain was not verified for this report.</source>
        <translation>La chaîne d&apos;audit n&apos;a pas été vérifiée pour ce rapport.</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain verified: %n entries checked, none altered or missing.</source>
        <translation>
            <numerusform>Chaîne d&apos;audit vérifiée&#xa0;: %n entrée contrôlée, aucune n&apos;est modifiée ni manquante.</numerusform>
            <numerusform>Chaîne d&apos;audit vérifiée&#xa0;: %n entrées contrôlées, aucune n&apos;est modifiée ni manquante.</numerusform>
        </translation>
    </message>
    <message>
        <source>THE AUDIT CHAIN IS BROKEN at entry %1: %2</source>
        <translation>LA CHAÎNE D&apos;AUDIT EST ROMPUE à l&apos;entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Keyward audit report</source>
        <translation>Rapport d&apos;audit Keyward</translation>
    </message>
    <message>
        <source>Server: %1. Made: %2. Entries: %3.</source>
        <translation>Serveur&#xa0;: %1. Créé&#xa0;: %2. Entrées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2 (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> in the group %1</source>
        <translation> dans le groupe %1</translation>
    </message>
    <message numerus="yes">
        <source> whose password was older than %n days</source>
        <translation>
            <numerusform> dont le mot de passe datait de plus de %n jour</numerusform>
            <numerusform> dont le mot de passe datait de plus de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave %n accounts new one-time passwords</source>
        <translation>
            <numerusform>%1 a attribué un nouveau mot de passe à usage unique à %n compte</numerusform>
            <numerusform>%1 a attribué de nouveaux mots de passe à usage unique à %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>; each must change it at the next sign-in</source>
        <translation>; chacun doit le changer à sa prochaine connexion</translation>
    </message>
    <message numerus="yes">
        <source>; unused ones are disabled after %n hours</source>
        <translation>
            <numerusform>; ceux qui ne servent pas sont désactivés après %n heure</numerusform>
            <numerusform>; ceux qui ne servent pas sont désactivés après %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked the temporary passwords; none had run out</source>
        <translation>%1 a vérifié les mots de passe temporaires&#xa0;; aucun n&apos;avait expiré</translation>
    </message>
    <message>
        <source>%1 disabled %2: the temporary password was not used in time</source>
        <translation>%1 a désactivé %2&#xa0;: le mot de passe temporaire n&apos;a pas servi à temps</translation>
    </message>
    <message>
        <source>%1 disabled %2: their temporary passwords were not used in time</source>
        <translation>%1 a désactivé %2&#xa0;: leurs mots de passe temporaires n&apos;ont pas servi à temps</translation>
    </message>
    <message>
        <source>%1 added the account %2 with a generated password</source>
        <translation>%1 a ajouté le compte %2 avec un mot de passe généré</translation>
    </message>
    <message>
        <source>%1 added the account %2</source>
        <translation>%1 a ajouté le compte %2</translation>
    </message>
    <message>
        <source>; %1 must change it at the first sign-in</source>
        <translation>; %1 doit le changer à sa première connexion</translation>
    </message>
    <message>
        <source>%1 disabled %2</source>
        <translation>%1 a désactivé %2</translation>
    </message>
    <message>
        <source>%1 enabled %2 again</source>
        <translation>%1 a réactivé %2</translation>
    </message>
    <message>
        <source>%1 unlocked %2&apos;s account</source>
        <translation>%1 a déverrouillé le compte de %2</translation>
    </message>
    <message>
        <source>%1 deleted the account %2</source>
        <translation>%1 a supprimé le compte %2</translation>
    </message>
    <message>
        <source>%1 reset %2&apos;s password; %2 must change it at the next sign-in</source>
        <translation>%1 a réinitialisé le mot de passe de %2&#xa0;; %2 doit le changer à sa prochaine connexion</translation>
    </message>
    <message>
        <source>%1 reset %2&apos;s password</source>
        <translation>%1 a réinitialisé le mot de passe de %2</translation>
    </message>
    <message>
        <source>%1 took %2 out of every group</source>
        <translation>%1 a retiré %2 de tous les groupes</translation>
    </message>
    <message>
        <source>%1 put %2 in the groups %3</source>
        <translation>%1 a placé %2 dans les groupes %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 imported %n accounts</source>
        <translation>
            <numerusform>%1 a importé %n compte</numerusform>
            <numerusform>%1 a importé %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>; each must change the one-time password at the first sign-in</source>
        <translation>; chacun doit changer le mot de passe à usage unique à sa première connexion</translation>
    </message>
    <message>
        <source>%1 changed the password of %2 while signing in</source>
        <translation>%1 a changé le mot de passe de %2 lors de la connexion</translation>
    </message>
    <message numerus="yes">
        <source>%1 locked %2 out after %n failed sign-ins (the last from %3)</source>
        <translation>
            <numerusform>%1 a verrouillé %2 après %n échec de connexion (le dernier depuis %3)</numerusform>
            <numerusform>%1 a verrouillé %2 après %n échecs de connexion (le dernier depuis %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ended %2&apos;s session %3</source>
        <translation>%1 a fermé la session %3 de %2</translation>
    </message>
    <message>
        <source>%1 revoked %2&apos;s account from session %3 and ended all of %2&apos;s sessions</source>
        <translation>%1 a révoqué le compte de %2 depuis la session %3 et fermé toutes les sessions de %2</translation>
    </message>
    <message>
        <source>%1 asked for new encryption keys in %2&apos;s session %3</source>
        <translation>%1 a demandé de nouvelles clés de chiffrement dans la session %3 de %2</translation>
    </message>
    <message>
        <source>%2&apos;s session %3 changed to new encryption keys, as %1 asked</source>
        <translation>la session %3 de %2 est passée à de nouvelles clés de chiffrement, comme %1 l&apos;a demandé</translation>
    </message>
    <message>
        <source>the new encryption keys %1 asked for in %2&apos;s session %3 did not come: %4 %5</source>
        <translation>les nouvelles clés de chiffrement demandées par %1 dans la session %3 de %2 ne sont pas arrivées&#xa0;: %4 %5</translation>
    </message>
    <message>
        <source>%1 changed the security policy: %2</source>
        <translation>%1 a modifié la politique de sécurité&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 applied the security baseline; nothing needed changing</source>
        <translation>%1 a appliqué la référence de sécurité&#xa0;; rien n&apos;était à modifier</translation>
    </message>
    <message>
        <source>%1 applied the security baseline: %2</source>
        <translation>%1 a appliqué la référence de sécurité&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 created the API token &apos;%2&apos; for the %3 role</source>
        <translation>%1 a créé le jeton d&apos;API «&#xa0;%2&#xa0;» pour le rôle %3</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>, usable from %1 only</source>
        <translation>, utilisable depuis %1 uniquement</translation>
    </message>
    <message>
        <source>%1 revoked the API token &apos;%2&apos;; its connections were closed</source>
        <translation>%1 a révoqué le jeton d&apos;API «&#xa0;%2&#xa0;»&#xa0;; ses connexions ont été fermées</translation>
    </message>
    <message>
        <source>%1 planned the change window &apos;%2&apos; for %3</source>
        <translation>%1 a planifié la fenêtre de changement «&#xa0;%2&#xa0;» pour le %3</translation>
    </message>
    <message>
        <source>%1 cancelled the planned change window %2</source>
        <translation>%1 a annulé la fenêtre de changement planifiée %2</translation>
    </message>
    <message>
        <source>disabled %1, whose temporary passwords were never used</source>
        <translation>a désactivé %1, dont les mots de passe temporaires n&apos;ont jamais servi</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>a révoqué %1</translation>
    </message>
    <message>
        <source>%1 cleaned up after a change window; nothing was left to clean up</source>
        <translation>%1 a fait le nettoyage après une fenêtre de changement&#xa0;; il n&apos;y avait rien à nettoyer</translation>
    </message>
    <message>
        <source>%1 cleaned up after a change window: %2</source>
        <translation>%1 a fait le nettoyage après une fenêtre de changement&#xa0;: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 created the test account %2 to check that clients still connect</source>
        <translation>%1 a créé le compte de test %2 pour vérifier que les clients se connectent toujours</translation>
    </message>
    <message>
        <source>%1 checked that clients still connect: passed; the test account %2 was deleted</source>
        <translation>%1 a vérifié que les clients se connectent toujours&#xa0;: réussi&#xa0;; le compte de test %2 a été supprimé</translation>
    </message>
    <message>
        <source>%1 checked that clients still connect: FAILED; the test account %2 was deleted</source>
        <translation>%1 a vérifié que les clients se connectent toujours&#xa0;: ÉCHEC&#xa0;; le compte de test %2 a été supprimé</translation>
    </message>
    <message>
        <source>%1 changed the notice for users (subject &quot;%2&quot;)</source>
        <translation>%1 a modifié l&apos;avis aux utilisateurs (objet «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 could not start capture %2 on %3: %4</source>
        <translation>%1 n&apos;a pas pu démarrer la capture %2 sur %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 started capture %2 on %3</source>
        <translation>%1 a démarré la capture %2 sur %3</translation>
    </message>
    <message>
        <source> (filter &quot;%1&quot;)</source>
        <translation> (filtre «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped capture %2 after %n packets</source>
        <translation>
            <numerusform>%1 a arrêté la capture %2 après %n paquet</numerusform>
            <numerusform>%1 a arrêté la capture %2 après %n paquets</numerusform>
        </translation>
    </message>
    <message>
        <source>; it ended with: %1</source>
        <translation>; elle s&apos;est terminée par&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 downloaded capture %2</source>
        <translation>%1 a téléchargé la capture %2</translation>
    </message>
    <message>
        <source>%1 deleted capture %2</source>
        <translation>%1 a supprimé la capture %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 made the backup %2 (%n accounts) and verified it by a test restore</source>
        <translation>
            <numerusform>%1 a créé la sauvegarde %2 (%n compte) et l&apos;a vérifiée par une restauration de test</numerusform>
            <numerusform>%1 a créé la sauvegarde %2 (%n comptes) et l&apos;a vérifiée par une restauration de test</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 made the backup %2 (%n accounts), but it could not be verified</source>
        <translation>
            <numerusform>%1 a créé la sauvegarde %2 (%n compte), mais elle n&apos;a pas pu être vérifiée</numerusform>
            <numerusform>%1 a créé la sauvegarde %2 (%n comptes), mais elle n&apos;a pas pu être vérifiée</numerusform>
        </translation>
    </message>
    <message>
        <source>; older backups removed: %1</source>
        <translation>; anciennes sauvegardes supprimées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 deleted the backup %2</source>
        <translation>%1 a supprimé la sauvegarde %2</translation>
    </message>
    <message>
        <source>%1 restored the backup %2, made %3</source>
        <translation>%1 a restauré la sauvegarde %2, créée le %3</translation>
    </message>
    <message>
        <source> while keywardd was stopped</source>
        <translation> pendant que keywardd était arrêté</translation>
    </message>
    <message numerus="yes">
        <source>; the trail it replaced had %n entries</source>
        <translation>
            <numerusform>; le journal remplacé comptait %n entrée</numerusform>
            <numerusform>; le journal remplacé comptait %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote the scheduled report %2</source>
        <translation>%1 a généré le rapport planifié %2</translation>
    </message>
    <message>
        <source>%1 created the report %2</source>
        <translation>%1 a créé le rapport %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed the report schedule: %n scheduled reports</source>
        <translation>
            <numerusform>%1 a modifié la planification des rapports&#xa0;: %n rapport planifié</numerusform>
            <numerusform>%1 a modifié la planification des rapports&#xa0;: %n rapports planifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; accounts without a sign-in for %n days count as dormant</source>
        <translation>
            <numerusform>; les comptes sans connexion depuis %n jour sont considérés comme inactifs</numerusform>
            <numerusform>; les comptes sans connexion depuis %n jours sont considérés comme inactifs</numerusform>
        </translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; signed in from %2 with the %3 role</source>
        <translation>le jeton d&apos;API «&#xa0;%1&#xa0;» s&apos;est connecté depuis %2 avec le rôle %3</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; was refused from %2: %3</source>
        <translation>le jeton d&apos;API «&#xa0;%1&#xa0;» a été refusé depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 was not allowed to call %2 with the %3 role: %4</source>
        <translation>%1 n&apos;a pas été autorisé à appeler %2 avec le rôle %3&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 removed %n session records older than %2</source>
        <translation>
            <numerusform>%1 a supprimé %n enregistrement de session antérieur au %2</numerusform>
            <numerusform>%1 a supprimé %n enregistrements de session antérieurs au %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed %n audit entries older than %2; the trail now starts at entry %3, anchored to the entries before it</source>
        <translation>
            <numerusform>%1 a supprimé %n entrée d&apos;audit antérieure au %2&#xa0;; le journal commence désormais à l&apos;entrée %3, ancrée aux entrées précédentes</numerusform>
            <numerusform>%1 a supprimé %n entrées d&apos;audit antérieures au %2&#xa0;; le journal commence désormais à l&apos;entrée %3, ancrée aux entrées précédentes</numerusform>
        </translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; (from %2)</source>
        <translation>le jeton d&apos;API «&#xa0;%1&#xa0;» (depuis %2)</translation>
    </message>
    <message>
        <source> (outcome: %1)</source>
        <translation> (résultat&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 did %2</source>
        <translation>%1 a effectué %2</translation>
    </message>
    <message>
        <source>%1 did %2 to %3</source>
        <translation>%1 a effectué %2 sur %3</translation>
    </message>
    <message>
        <source>%1 uploaded the backup %2</source>
        <translation>%1 a téléversé la sauvegarde %2</translation>
    </message>
    <message>
        <source>%1 uploaded the backup %2 from %3</source>
        <translation>%1 a téléversé la sauvegarde %2 depuis %3</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>No socket path is set.</source>
        <translation>Aucun chemin de socket n&apos;est défini.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Donnez un nom au serveur.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s admin port.</source>
        <translation>Saisissez le port d&apos;administration du serveur.</translation>
    </message>
    <message>
        <source>The fingerprint must be the SHA-256 one that `keywardctl status` shows on the server (32 pairs of hex digits separated by colons).</source>
        <translation>L&apos;empreinte doit être l&apos;empreinte SHA-256 qu&apos;affiche `keywardctl status` sur le serveur (32 paires de chiffres hexadécimaux séparées par des deux-points).</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneTimePasswordFile</name>
    <message>
        <source>No file was chosen for the one-time passwords.</source>
        <translation>Aucun fichier n&apos;a été choisi pour les mots de passe à usage unique.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ServerHealth</name>
    <message>
        <source>RADIUS server %1 is not answering (for %2): users who sign in through RADIUS depend on the other servers.</source>
        <translation>Le serveur RADIUS %1 ne répond pas (depuis %2) : les utilisateurs qui se connectent via RADIUS dépendent des autres serveurs.</translation>
    </message>
    <message>
        <source>RADIUS server %1 is not answering: users who sign in through RADIUS depend on the other servers.</source>
        <translation>Le serveur RADIUS %1 ne répond pas : les utilisateurs qui se connectent via RADIUS dépendent des autres serveurs.</translation>
    </message>
    <message>
        <source>RADIUS server %1&apos;s answers are taken without a Message-Authenticator: weak against forged answers (BlastRADIUS).</source>
        <translation>Les réponses du serveur RADIUS %1 sont acceptées sans Message-Authenticator : faible face aux réponses falsifiées (BlastRADIUS).</translation>
    </message>
    <message numerus="yes">
        <source>%n accounting record(s) wait to be sent: the accounting server is not answering.</source>
        <translation>
            <numerusform>%n enregistrement de comptabilité attend d&apos;être envoyé : le serveur de comptabilité ne répond pas.</numerusform>
            <numerusform>%n enregistrements de comptabilité attendent d&apos;être envoyés : le serveur de comptabilité ne répond pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounting record(s) were lost (the queue was full).</source>
        <translation>
            <numerusform>%n enregistrement de comptabilité a été perdu (la file était pleine).</numerusform>
            <numerusform>%n enregistrements de comptabilité ont été perdus (la file était pleine).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RADIUS server(s) answering</source>
        <translation>
            <numerusform>%n serveur RADIUS répond</numerusform>
            <numerusform>%n serveurs RADIUS répondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n RADIUS server(s) not answering</source>
        <translation>
            <numerusform>%1 sur %n serveur RADIUS ne répond pas</numerusform>
            <numerusform>%1 sur %n serveurs RADIUS ne répondent pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounting record(s) waiting</source>
        <translation>
            <numerusform>%n enregistrement de comptabilité en attente</numerusform>
            <numerusform>%n enregistrements de comptabilité en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>answering (%1 ms)</source>
        <translation>répond (%1 ms)</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>répond</translation>
    </message>
    <message>
        <source>not answering for %1</source>
        <translation>ne répond plus depuis %1</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>pas encore interrogé</translation>
    </message>
    <message>
        <source>state not known</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>last answer %1 ago</source>
        <translation>dernière réponse il y a %1</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Connexion : %1</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Groupe %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n acceptée</numerusform>
            <numerusform>%n acceptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation>
            <numerusform>%n sans réponse</numerusform>
            <numerusform>%n sans réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>Message-Authenticator not required: weak, answers can be forged (BlastRADIUS)</source>
        <translation>Message-Authenticator non exigé : faible, les réponses peuvent être falsifiées (BlastRADIUS)</translation>
    </message>
    <message>
        <source>Message-Authenticator required once the server has sent one</source>
        <translation>Message-Authenticator exigé dès que le serveur en a envoyé un</translation>
    </message>
    <message>
        <source>Message-Authenticator required</source>
        <translation>Message-Authenticator exigé</translation>
    </message>
    <message>
        <source>RADIUS servers</source>
        <translation>Serveurs RADIUS</translation>
    </message>
    <message>
        <source>Accounting is off.</source>
        <translation>La comptabilité est désactivée.</translation>
    </message>
    <message numerus="yes">
        <source>Accounting: %n record(s) waiting</source>
        <translation>
            <numerusform>Comptabilité : %n enregistrement en attente</numerusform>
            <numerusform>Comptabilité : %n enregistrements en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n perdu</numerusform>
            <numerusform>%n perdus</numerusform>
        </translation>
    </message>
    <message>
        <source>last answer %1 ago from %2</source>
        <translation>dernière réponse il y a %1 de %2</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Local user store</source>
        <translation>Base locale d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>RADIUS</source>
        <translation>RADIUS</translation>
    </message>
    <message>
        <source>RADIUS, then the local store when RADIUS is down</source>
        <translation>RADIUS, puis la base locale quand RADIUS est en panne</translation>
    </message>
</context>
<context>
    <name>keyward::console::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>par ex. alice</translation>
    </message>
    <message>
        <source>optional, e.g. office, sales</source>
        <translation>facultatif, par ex. bureau, ventes</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes&#xa0;:</translation>
    </message>
    <message>
        <source>Keyward makes a one-time password and shows it once. The user chooses their own password the first time they connect.</source>
        <translation>Keyward génère un mot de passe à usage unique et ne l&apos;affiche qu&apos;une seule fois. L&apos;utilisateur choisit son propre mot de passe lors de sa première connexion.</translation>
    </message>
    <message>
        <source>Use up to 256 characters, without commas, semicolons or backslashes.</source>
        <translation>Utilisez 256 caractères au maximum, sans virgule, point-virgule ni barre oblique inverse.</translation>
    </message>
</context>
<context>
    <name>keyward::console::AdminActions</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was disconnected.</source>
        <translation>La connexion de %1 a été coupée.</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s access is revoked: %n session(s) ended. The account stays disabled until you enable it.</source>
        <translation>
            <numerusform>L&apos;accès de %1 est révoqué&#xa0;: %n session fermée. Le compte reste désactivé jusqu&apos;à ce que vous le réactiviez.</numerusform>
            <numerusform>L&apos;accès de %1 est révoqué&#xa0;: %n sessions fermées. Le compte reste désactivé jusqu&apos;à ce que vous le réactiviez.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s session has fresh encryption keys.</source>
        <translation>La session de %1 utilise désormais de nouvelles clés de chiffrement.</translation>
    </message>
    <message>
        <source>%1&apos;s client could not take new keys in the session, so it was disconnected; it gets new keys when it connects again (%2).</source>
        <translation>Le client de %1 n&apos;a pas pu adopter de nouvelles clés pendant la session&#xa0;; il a donc été déconnecté et recevra de nouvelles clés à sa prochaine connexion (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has a new one-time password and must change it at the next login; %n session(s) ended.</source>
        <translation>
            <numerusform>%1 a un nouveau mot de passe à usage unique et doit le changer à la prochaine connexion&#xa0;; %n session fermée.</numerusform>
            <numerusform>%1 a un nouveau mot de passe à usage unique et doit le changer à la prochaine connexion&#xa0;; %n sessions fermées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added with a one-time password.</source>
        <translation>Le compte %1 a été ajouté avec un mot de passe à usage unique.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported with one-time passwords.</source>
        <translation>
            <numerusform>%n utilisateur importé avec un mot de passe à usage unique.</numerusform>
            <numerusform>%n utilisateurs importés avec des mots de passe à usage unique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) rotated; </source>
        <translation>
            <numerusform>%n mot de passe renouvelé&#xa0;; </numerusform>
            <numerusform>%n mots de passe renouvelés&#xa0;; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n session fermée.</numerusform>
            <numerusform>%n sessions fermées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is disabled; %n session(s) ended.</source>
        <translation>
            <numerusform>Le compte de %1 est désactivé&#xa0;; %n session fermée.</numerusform>
            <numerusform>Le compte de %1 est désactivé&#xa0;; %n sessions fermées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>Le compte %1 est déverrouillé.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Le compte %1 a été supprimé.</translation>
    </message>
    <message>
        <source>Change window &quot;%1&quot; is planned.</source>
        <translation>La fenêtre de changement «&#xa0;%1&#xa0;» est planifiée.</translation>
    </message>
    <message>
        <source>The change window was cancelled.</source>
        <translation>La fenêtre de changement a été annulée.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation>La réponse du serveur n&apos;a pas été comprise&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyward::console::AuditModel</name>
    <message>
        <source>The audit chain breaks here: %1</source>
        <translation>La chaîne d&apos;audit est rompue ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Entry %1, %2 (UTC)
Who: %3
Action: %4
Target: %5
Outcome: %6
</source>
        <translation>Entrée %1, %2 (UTC)
Qui&#xa0;: %3
Action&#xa0;: %4
Cible&#xa0;: %5
Résultat&#xa0;: %6
</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Aucun détail.</translation>
    </message>
    <message>
        <source>Details:
%1</source>
        <translation>Détails&#xa0;:
%1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>keyward::console::AuditPage</name>
    <message>
        <source>Load older entries</source>
        <translation>Charger les entrées plus anciennes</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Change windows</source>
        <translation>Fenêtres de changement</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Jetons d&apos;API</translation>
    </message>
    <message>
        <source>Target, e.g. a user name</source>
        <translation>Cible, par ex. un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Search the loaded entries (Ctrl+F)</source>
        <translation>Rechercher dans les entrées chargées (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Check on the server that no entry was altered, removed or inserted</source>
        <translation>Vérifier sur le serveur qu&apos;aucune entrée n&apos;a été modifiée, supprimée ni insérée</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>La chaîne d&apos;audit est intacte&#xa0;: %n entrée vérifiée.</numerusform>
            <numerusform>La chaîne d&apos;audit est intacte&#xa0;: %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2. Someone changed or removed records in the server&apos;s database; keep a copy of it for investigation.</source>
        <translation>La chaîne d&apos;audit est rompue à l&apos;entrée %1&#xa0;: %2. Quelqu&apos;un a modifié ou supprimé des enregistrements dans la base de données du serveur&#xa0;; conservez-en une copie pour l&apos;enquête.</translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Exporter le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>Web page (*.html);;CSV for spreadsheets (*.csv)</source>
        <translation>Page web (*.html);;CSV pour tableurs (*.csv)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Le rapport a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Show the selected entry in full: its fields and details</source>
        <translation>Afficher l&apos;entrée sélectionnée en entier&#xa0;: ses champs et ses détails</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Rien n&apos;a encore été enregistré</translation>
    </message>
    <message>
        <source>Every change an admin makes (users added, passwords reset, sessions ended, policy changed) and every lockout is written here, chained so that no entry can be altered unnoticed.</source>
        <translation>Chaque modification faite par un administrateur (utilisateurs ajoutés, mots de passe réinitialisés, sessions fermées, politique modifiée) et chaque verrouillage sont inscrits ici, chaînés de sorte qu&apos;aucune entrée ne puisse être modifiée sans que cela se voie.</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Sélectionnez une entrée pour l&apos;afficher en entier.</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupPage</name>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Make and verify the backup</source>
        <translation>Créer et vérifier la sauvegarde</translation>
    </message>
    <message>
        <source>Backup: the rollback point</source>
        <translation>Sauvegarde&#xa0;: le point de retour arrière</translation>
    </message>
    <message>
        <source>keywardd saves its database, keys and settings in one file encrypted under your passphrase and checks it by restoring it aside. If a later step fails, or you cancel, the wizard can put this backup back.</source>
        <translation>keywardd enregistre sa base de données, ses clés et ses paramètres dans un seul fichier chiffré avec votre phrase secrète, et le vérifie en le restaurant à part. Si une étape ultérieure échoue ou si vous annulez, l&apos;assistant peut restaurer cette sauvegarde.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Les deux saisies ne correspondent pas.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe: without it the backup cannot be restored.</source>
        <translation>Conservez-la en lieu sûr&#xa0;: sans elle, la sauvegarde ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Making the backup and checking it in a scratch directory…</source>
        <translation>Création de la sauvegarde et vérification dans un répertoire temporaire…</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>La sauvegarde n&apos;a pas été créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup %1&lt;/b&gt;&lt;br&gt;Size: %2&lt;br&gt;SHA-256: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 users, %5 API tokens, %6 audit entries&lt;br&gt;Verified: %7</source>
        <translation>&lt;b&gt;Sauvegarde %1&lt;/b&gt;&lt;br&gt;Taille&#xa0;: %2&lt;br&gt;SHA-256&#xa0;: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 utilisateurs, %5 jetons d&apos;API, %6 entrées d&apos;audit&lt;br&gt;Vérifiée&#xa0;: %7</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO: %1</source>
        <translation>NON&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup %1 made and verified (%2 bytes, SHA-256 %3).</source>
        <translation>Sauvegarde %1 créée et vérifiée (%2 octets, SHA-256 %3).</translation>
    </message>
    <message>
        <source>Backup %1 was made but did not verify: %2</source>
        <translation>La sauvegarde %1 a été créée, mais sa vérification a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupPassphraseDialog</name>
    <message>
        <source>Make a backup</source>
        <translation>Créer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Make backup</source>
        <translation>Créer la sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Les deux saisies ne correspondent pas.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe: without it the backup cannot be restored.</source>
        <translation>Conservez-la en lieu sûr&#xa0;: sans elle, la sauvegarde ne peut pas être restaurée.</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupReportCenter</name>
    <message>
        <source>The backup was not made: %1</source>
        <translation>La sauvegarde n&apos;a pas été créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup %1 made and verified: %2 users, %3 audit entries; SHA-256 %4.</source>
        <translation>Sauvegarde %1 créée et vérifiée&#xa0;: %2 utilisateurs, %3 entrées d&apos;audit&#xa0;; SHA-256 %4.</translation>
    </message>
    <message>
        <source>Backup %1 was made but did NOT verify: %2</source>
        <translation>La sauvegarde %1 a été créée, mais sa vérification a ÉCHOUÉ&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup %1 restored: %2 users, %3 API tokens; %4 session(s) ended.</source>
        <translation>Sauvegarde %1 restaurée&#xa0;: %2 utilisateurs, %3 jetons d&apos;API&#xa0;; %4 session(s) fermée(s).</translation>
    </message>
    <message>
        <source>Backup %1 deleted.</source>
        <translation>Sauvegarde %1 supprimée.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.sig</source>
        <translation>Impossible d&apos;écrire %1.sig</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes).</source>
        <translation>%1 enregistré (%2 octets).</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>Aucun rapport n&apos;a été généré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report %1 written and signed (key %2).</source>
        <translation>Rapport %1 généré et signé (clé %2).</translation>
    </message>
    <message>
        <source>The report schedule was saved.</source>
        <translation>La planification des rapports a été enregistrée.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Intact: signed by key %1 (this server&apos;s key is not known yet).</source>
        <translation>Intact&#xa0;: signé par la clé %1 (la clé de ce serveur n&apos;est pas encore connue).</translation>
    </message>
    <message>
        <source>Intact, and signed by this server&apos;s report key %1.</source>
        <translation>Intact et signé par la clé de rapport %1 de ce serveur.</translation>
    </message>
    <message>
        <source>Too weak: at least 10 characters (keywardd refuses shorter ones).</source>
        <translation>Trop faible&#xa0;: au moins 10 caractères (keywardd refuse les phrases plus courtes).</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>Fair: a sentence of four or more words is stronger and easier to remember.</source>
        <translation>Moyenne&#xa0;: une phrase de quatre mots ou plus est plus robuste et plus facile à retenir.</translation>
    </message>
    <message>
        <source>The file was not uploaded: %1</source>
        <translation>Le fichier n&apos;a pas été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 became shorter while it was sent.</source>
        <translation>%1 a raccourci pendant son envoi.</translation>
    </message>
    <message>
        <source>%1 uploaded as backup %2 (SHA-256 %3).</source>
        <translation>%1 envoyé comme sauvegarde %2 (SHA-256 %3).</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupReportHints</name>
    <message>
        <source>No backup yet: make one before you change anything.</source>
        <translation>Aucune sauvegarde pour l&apos;instant&#xa0;: créez-en une avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <source>No report yet: create one, or schedule the quarterly account review.</source>
        <translation>Aucun rapport pour l&apos;instant&#xa0;: créez-en un ou planifiez la revue trimestrielle des comptes.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Créer une sauvegarde…</translation>
    </message>
    <message>
        <source>Create a report…</source>
        <translation>Créer un rapport…</translation>
    </message>
</context>
<context>
    <name>keyward::console::BackupsReportsPage</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Scheduled report</source>
        <translation>Rapport planifié</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation>Intervalle (jours)</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>Dernière génération</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochaine génération</translation>
    </message>
    <message>
        <source>Add the quarterly account review</source>
        <translation>Ajouter la revue trimestrielle des comptes</translation>
    </message>
    <message>
        <source>No backup yet. Make one before any change window: it holds the users, keys and audit trail, encrypted under your passphrase.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Créez-en une avant chaque fenêtre de changement&#xa0;: elle contient les utilisateurs, les clés et le journal d&apos;audit, chiffrés avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>No report yet. Create one for your auditor, or schedule the quarterly account review below.</source>
        <translation>Aucun rapport pour l&apos;instant. Créez-en un pour votre auditeur ou planifiez ci-dessous la revue trimestrielle des comptes.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Make backup…</source>
        <translation>Créer une sauvegarde…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Security report (everything)</source>
        <translation>Rapport de sécurité (complet)</translation>
    </message>
    <message>
        <source>Account review</source>
        <translation>Revue des comptes</translation>
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
        <translation> jours</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>Créer le rapport</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Verify a report file…</source>
        <translation>Vérifier un fichier de rapport…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO: %1</source>
        <translation>NON&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore backup %1, made %2 by %3?

Every user and password, every API token, the policy and the audit trail on the server are replaced by the backup&apos;s: %4 users, %5 API tokens, %6 audit entries. Changes made since then are lost, and every connected user is disconnected.</source>
        <translation>Restaurer la sauvegarde %1, créée le %2 par %3&#xa0;?

Tous les utilisateurs et mots de passe, tous les jetons d&apos;API, la politique et le journal d&apos;audit du serveur sont remplacés par ceux de la sauvegarde&#xa0;: %4 utilisateurs, %5 jetons d&apos;API, %6 entrées d&apos;audit. Les modifications effectuées depuis sont perdues et tous les utilisateurs connectés sont déconnectés.</translation>
    </message>
    <message>
        <source>The backup holds the users, the keys and the audit trail, encrypted under this passphrase. keywardd checks it by restoring it into a scratch copy.</source>
        <translation>La sauvegarde contient les utilisateurs, les clés et le journal d&apos;audit, chiffrés avec cette phrase secrète. keywardd la vérifie en la restaurant dans une copie temporaire.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Création de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>This cannot be undone from the console; make a backup of the current state first if you may want it back.</source>
        <translation>Cette opération ne peut pas être annulée depuis la console&#xa0;; si vous risquez d&apos;avoir besoin de l&apos;état actuel, créez-en d&apos;abord une sauvegarde.</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with.</source>
        <translation>La phrase secrète utilisée lors de la création de la sauvegarde.</translation>
    </message>
    <message>
        <source>Choose the backup to restore in the list first.</source>
        <translation>Choisissez d&apos;abord dans la liste la sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Choisissez d&apos;abord une sauvegarde dans la liste.</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>Enregistrer la sauvegarde</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Supprimer la sauvegarde</translation>
    </message>
    <message>
        <source>Delete backup %1 from the server?</source>
        <translation>Supprimer la sauvegarde %1 du serveur&#xa0;?</translation>
    </message>
    <message>
        <source>Copies you downloaded stay where they are.</source>
        <translation>Les copies que vous avez téléchargées restent là où elles sont.</translation>
    </message>
    <message>
        <source>Choose a report in the list first.</source>
        <translation>Choisissez d&apos;abord un rapport dans la liste.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Verify a report</source>
        <translation>Vérifier un rapport</translation>
    </message>
    <message>
        <source>Keyward reports (*.pdf *.html *.csv)</source>
        <translation>Rapports Keyward (*.pdf *.html *.csv)</translation>
    </message>
    <message>
        <source>quarterly account review</source>
        <translation>revue trimestrielle des comptes</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Restaurer depuis un fichier…</translation>
    </message>
    <message>
        <source>Upload a backup file from this computer to the server and restore it</source>
        <translation>Envoyer un fichier de sauvegarde de cet ordinateur vers le serveur et le restaurer</translation>
    </message>
    <message>
        <source>Uploading %p%</source>
        <translation>Envoi&#xa0;: %p%</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>Restore backup %1, uploaded from %2 by %3 on %4?

Every user and password, every API token, the policy and the audit trail on the server are replaced by the backup&apos;s. Changes made since the backup was made are lost, and every connected user is disconnected.</source>
        <translation>Restaurer la sauvegarde %1, envoyée depuis %2 par %3 le %4&#xa0;?

Tous les utilisateurs et mots de passe, tous les jetons d&apos;API, la politique et le journal d&apos;audit du serveur sont remplacés par ceux de la sauvegarde. Les modifications faites depuis la création de la sauvegarde sont perdues et tous les utilisateurs connectés sont déconnectés.</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurer depuis un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Keyward backups (*.kwbackup);;All files (*)</source>
        <translation>Sauvegardes Keyward (*.kwbackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Envoi de %1…</translation>
    </message>
</context>
<context>
    <name>keyward::console::BaselinePage</name>
    <message>
        <source>Baseline</source>
        <translation>Référence de sécurité</translation>
    </message>
    <message>
        <source>Apply the baseline</source>
        <translation>Appliquer la référence de sécurité</translation>
    </message>
    <message>
        <source>Leave the policy as it is</source>
        <translation>Laisser la politique telle quelle</translation>
    </message>
    <message>
        <source>The strong baseline</source>
        <translation>La référence de sécurité renforcée</translation>
    </message>
    <message>
        <source>128-bit MPPE only, MS-CHAPv2 only, sessions of at most 8 hours and an idle timeout of at most 30 minutes. Live sessions below it end when it is applied; users last seen with weaker encryption are refused at their next sign-in.</source>
        <translation>MPPE 128 bits uniquement, MS-CHAPv2 uniquement, sessions de 8 heures au plus et délai d&apos;inactivité de 30 minutes au plus. Les sessions actives qui n&apos;y satisfont pas sont fermées lors de son application&#xa0;; les utilisateurs vus en dernier avec un chiffrement plus faible sont refusés à leur prochaine connexion.</translation>
    </message>
    <message>
        <source>The policy was left as it was.</source>
        <translation>La politique a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>Not applied yet.</source>
        <translation>Pas encore appliquée.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Aucun aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The baseline was not applied: %1</source>
        <translation>La référence de sécurité n&apos;a pas été appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The baseline was in force already.</source>
        <translation>La référence de sécurité était déjà en vigueur.</translation>
    </message>
    <message numerus="yes">
        <source>Baseline applied: %1 setting(s) changed; %n session(s) ended.</source>
        <translation>
            <numerusform>Référence de sécurité appliquée&#xa0;: %1 paramètre(s) modifié(s)&#xa0;; %n session fermée.</numerusform>
            <numerusform>Référence de sécurité appliquée&#xa0;: %1 paramètre(s) modifié(s)&#xa0;; %n sessions fermées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The baseline is in force already.</source>
        <translation>La référence de sécurité est déjà en vigueur.</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Modifié&#xa0;:</translation>
    </message>
    <message>
        <source>Applying it changes:</source>
        <translation>Son application modifie&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody is cut off.</source>
        <translation>Personne n&apos;est coupé.</translation>
    </message>
    <message>
        <source>Cut off:</source>
        <translation>Coupés&#xa0;:</translation>
    </message>
    <message>
        <source>It would cut off:</source>
        <translation>Elle couperait&#xa0;:</translation>
    </message>
    <message>
        <source>(live session %1)</source>
        <translation>(session active %1)</translation>
    </message>
</context>
<context>
    <name>keyward::console::CapturePacketModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
</context>
<context>
    <name>keyward::console::CapturesPage</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Save as pcapng…</source>
        <translation>Enregistrer en pcapng…</translation>
    </message>
    <message>
        <source>Open in Wireshark</source>
        <translation>Ouvrir dans Wireshark</translation>
    </message>
    <message>
        <source>Decrypt…</source>
        <translation>Déchiffrer…</translation>
    </message>
    <message>
        <source>Rotate this user&apos;s password</source>
        <translation>Renouveler le mot de passe de cet utilisateur</translation>
    </message>
    <message>
        <source>BPF filter, as tcpdump takes it</source>
        <translation>Filtre BPF, tel que tcpdump l&apos;accepte</translation>
    </message>
    <message>
        <source>Open capture…</source>
        <translation>Ouvrir une capture…</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>The capture runs, but this connection gets no live packet list (it needs the admin role). Stop it to see what it caught.</source>
        <translation>La capture tourne, mais cette connexion ne reçoit pas la liste des paquets en direct (il faut le rôle administrateur). Arrêtez-la pour voir ce qu&apos;elle a capturé.</translation>
    </message>
    <message>
        <source>Capture %1 running on %2: %3 packets, %4 left out of the list, %5 dropped by the kernel</source>
        <translation>Capture %1 en cours sur %2&#xa0;: %3 paquets, %4 hors de la liste, %5 perdus par le noyau</translation>
    </message>
    <message>
        <source>Capture %1 %2: %3 packets, %4 dropped by the kernel</source>
        <translation>Capture %1 %2&#xa0;: %3 paquets, %4 perdus par le noyau</translation>
    </message>
    <message>
        <source>capture %1</source>
        <translation>capture %1</translation>
    </message>
    <message>
        <source>Capture %1 running: %2 packets, %3 left out of the list, %4 dropped by the kernel</source>
        <translation>Capture %1 en cours&#xa0;: %2 paquets, %3 hors de la liste, %4 perdus par le noyau</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Ouvrir une capture</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Captures (*.pcap *.pcapng *.cap);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to open here; analyse it with keywardctl capture analyze</source>
        <translation>%1 est trop volumineux pour être ouvert ici&#xa0;; analysez-le avec keywardctl capture analyze</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1: %2 packets</source>
        <translation>%1&#xa0;: %2 paquets</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Save capture</source>
        <translation>Enregistrer la capture</translation>
    </message>
    <message>
        <source>pcapng (*.pcapng)</source>
        <translation>pcapng (*.pcapng)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1 packets to %2</source>
        <translation>%1 paquets enregistrés dans %2</translation>
    </message>
    <message>
        <source>Could not start %1</source>
        <translation>Impossible de lancer %1</translation>
    </message>
    <message>
        <source>Decrypt a session</source>
        <translation>Déchiffrer une session</translation>
    </message>
    <message>
        <source>The password is used for this decryption only; it is neither stored nor sent anywhere.</source>
        <translation>Le mot de passe ne sert qu&apos;à ce déchiffrement&#xa0;; il n&apos;est ni enregistré ni envoyé nulle part.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Wrong password for %1: %2</source>
        <translation>Mot de passe erroné pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save decrypted packets</source>
        <translation>Enregistrer les paquets déchiffrés</translation>
    </message>
    <message>
        <source>Decrypted %1 packets of %2 session(s); %3 IPv4 checksums did not verify</source>
        <translation>%1 paquets de %2 session(s) déchiffrés&#xa0;; %3 sommes de contrôle IPv4 incorrectes</translation>
    </message>
    <message>
        <source>No packets yet</source>
        <translation>Aucun paquet pour l&apos;instant</translation>
    </message>
    <message>
        <source>Start a capture on the server (the filter above takes PPTP control and GRE by default), or open a pcap or pcapng file to audit a network before Keyward runs on it.</source>
        <translation>Démarrez une capture sur le serveur (le filtre ci-dessus retient par défaut le contrôle PPTP et GRE), ou ouvrez un fichier pcap ou pcapng pour auditer un réseau avant que Keyward y fonctionne.</translation>
    </message>
    <message>
        <source>Start a capture</source>
        <translation>Démarrer une capture</translation>
    </message>
    <message>
        <source>Open a capture file…</source>
        <translation>Ouvrir un fichier de capture…</translation>
    </message>
</context>
<context>
    <name>keyward::console::CertificateChangedDialog</name>
    <message>
        <source>Server certificate changed</source>
        <translation>Certificat du serveur modifié</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 presented a different certificate than the one pinned for it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 a présenté un autre certificat que celui épinglé pour lui.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The console stopped before sending anything, so the API token was not sent. This happens when the server&apos;s certificate was replaced, or when something between you and the server intercepts the connection.</source>
        <translation>La console s&apos;est arrêtée avant d&apos;envoyer quoi que ce soit : le jeton d&apos;API n&apos;a donc pas été envoyé. Cela arrive quand le certificat du serveur a été remplacé, ou quand quelque chose entre vous et le serveur intercepte la connexion.</translation>
    </message>
    <message>
        <source>Pinned:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Presented now:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Épinglé :&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Présenté maintenant :&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>On the server, run &lt;tt&gt;keywardctl status&lt;/tt&gt;: it prints the certificate fingerprint. Trust the new certificate only if it matches the one presented now. The token kept for the old certificate is not used for the new one; you will be asked for the token again.</source>
        <translation>Sur le serveur, lancez &lt;tt&gt;keywardctl status&lt;/tt&gt; : il affiche l&apos;empreinte du certificat. Ne faites confiance au nouveau certificat que si elle correspond à celle présentée maintenant. Le jeton conservé pour l&apos;ancien certificat n&apos;est pas utilisé pour le nouveau ; le jeton vous sera redemandé.</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Faire confiance au nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Keep the old pin</source>
        <translation>&amp;Garder l&apos;ancienne empreinte</translation>
    </message>
</context>
<context>
    <name>keyward::console::ChangeWindowSteps</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation>La réponse du serveur n&apos;a pas été comprise&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyward::console::ChangeWindowWizard</name>
    <message>
        <source>Change window: %1</source>
        <translation>Fenêtre de changement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change window</source>
        <translation>Fenêtre de changement</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Revenir en arrière…</translation>
    </message>
    <message>
        <source>Restore the backup made on the Backup page into the running server</source>
        <translation>Restaurer dans le serveur en marche la sauvegarde créée dans la page Sauvegarde</translation>
    </message>
    <message>
        <source>You asked to roll back.</source>
        <translation>Vous avez demandé un retour arrière.</translation>
    </message>
    <message numerus="yes">
        <source>Restore backup %1, made %2 with %n user(s), into the running server?</source>
        <translation>
            <numerusform>Restaurer dans le serveur en marche la sauvegarde %1, créée le %2 avec %n utilisateur&#xa0;?</numerusform>
            <numerusform>Restaurer dans le serveur en marche la sauvegarde %1, créée le %2 avec %n utilisateurs&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed: %2</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Roll back the change window</source>
        <translation>Annuler la fenêtre de changement</translation>
    </message>
    <message>
        <source>This replaces every user, password, group, API token, setting and the audit trail with the backup&apos;s: whatever changed since the backup (rotations, the baseline, clean-ups, and changes by other admins) is undone, and every live session ends now. The restore itself is recorded in the audit trail, naming the backup.</source>
        <translation>Cela remplace tous les utilisateurs, mots de passe, groupes, jetons d&apos;API, paramètres et le journal d&apos;audit par ceux de la sauvegarde&#xa0;: tout ce qui a changé depuis la sauvegarde (renouvellements, référence de sécurité, nettoyages et modifications par d&apos;autres administrateurs) est annulé, et toutes les sessions actives sont fermées maintenant. La restauration elle-même est inscrite dans le journal d&apos;audit, avec le nom de la sauvegarde.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>the admin rolled back</source>
        <translation>l&apos;administrateur est revenu en arrière</translation>
    </message>
    <message>
        <source>change window rolled back: %1</source>
        <translation>fenêtre de changement annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restoring backup %1…</source>
        <translation>Restauration de la sauvegarde %1…</translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: backup %1 restored (%2 users, %3 API tokens); %n session(s) ended. The restore is the last entry of the audit trail. Close the wizard.</source>
        <translation>
            <numerusform>Retour arrière effectué&#xa0;: sauvegarde %1 restaurée (%2 utilisateurs, %3 jetons d&apos;API)&#xa0;; %n session fermée. La restauration est la dernière entrée du journal d&apos;audit. Fermez l&apos;assistant.</numerusform>
            <numerusform>Retour arrière effectué&#xa0;: sauvegarde %1 restaurée (%2 utilisateurs, %3 jetons d&apos;API)&#xa0;; %n sessions fermées. La restauration est la dernière entrée du journal d&apos;audit. Fermez l&apos;assistant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rollback failed, nothing was restored: %1</source>
        <translation>Le retour arrière a échoué, rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Wait for the server to answer before closing.</source>
        <translation>Attendez la réponse du serveur avant de fermer.</translation>
    </message>
    <message>
        <source>You are closing the wizard before the change window is finished.</source>
        <translation>Vous fermez l&apos;assistant avant la fin de la fenêtre de changement.</translation>
    </message>
</context>
<context>
    <name>keyward::console::CleanupPage</name>
    <message>
        <source>Clean-up</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>Expire every unused temporary one-time password now (its account is disabled)</source>
        <translation>Faire expirer maintenant chaque mot de passe temporaire à usage unique non utilisé (son compte est désactivé)</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Nettoyer</translation>
    </message>
    <message>
        <source>Revoke and clean up</source>
        <translation>Révoquer et nettoyer</translation>
    </message>
    <message>
        <source>Accounts revoked here cannot sign in again and their sessions end now.</source>
        <translation>Les comptes révoqués ici ne peuvent plus se connecter et leurs sessions sont fermées maintenant.</translation>
    </message>
    <message>
        <source>Revoke these accounts:</source>
        <translation>Révoquer ces comptes&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing cleaned up.</source>
        <translation>Rien n&apos;a été nettoyé.</translation>
    </message>
    <message>
        <source>The temporary credentials are not known: %1</source>
        <translation>Les identifiants temporaires ne sont pas connus&#xa0;: %1</translation>
    </message>
    <message>
        <source>No temporary one-time password is outstanding.</source>
        <translation>Aucun mot de passe temporaire à usage unique n&apos;est en attente.</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, expire le %2</translation>
    </message>
    <message>
        <source>Temporary one-time passwords outstanding: %1</source>
        <translation>Mots de passe temporaires à usage unique en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose what to clean up first.</source>
        <translation>Choisissez d&apos;abord ce qu&apos;il faut nettoyer.</translation>
    </message>
    <message>
        <source>Nothing was cleaned up: %1</source>
        <translation>Rien n&apos;a été nettoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unused temporary credential(s) expired</source>
        <translation>
            <numerusform>%n identifiant temporaire non utilisé a expiré</numerusform>
            <numerusform>%n identifiants temporaires non utilisés ont expiré</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) revoked</source>
        <translation>
            <numerusform>%n compte révoqué</numerusform>
            <numerusform>%n comptes révoqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n session fermée.</numerusform>
            <numerusform>%n sessions fermées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::console::ConnectionDialog</name>
    <message>
        <source>Keep the token in this computer&apos;s keychain</source>
        <translation>Conserver le jeton dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>New remote server…</source>
        <translation>Nouveau serveur distant…</translation>
    </message>
    <message>
        <source>&amp;Socket:</source>
        <translation>&amp;Socket&#xa0;:</translation>
    </message>
    <message>
        <source>Your account must be root or in the keyward group.</source>
        <translation>Votre compte doit être root ou appartenir au groupe keyward.</translation>
    </message>
    <message>
        <source>AB:CD:… as shown by `keywardctl status` on the server</source>
        <translation>AB:CD:… tel qu&apos;affiché par `keywardctl status` sur le serveur</translation>
    </message>
    <message>
        <source>leave empty to use the token in the keychain</source>
        <translation>laisser vide pour utiliser le jeton du trousseau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>&amp;Empreinte du certificat&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation>Oublier le jeton enregistré</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation>Supp&amp;rimer le serveur</translation>
    </message>
    <message>
        <source>No token is saved for this server now.</source>
        <translation>Aucun jeton n&apos;est plus enregistré pour ce serveur.</translation>
    </message>
</context>
<context>
    <name>keyward::console::DashboardPage</name>
    <message>
        <source>Start the rotation…</source>
        <translation>Lancer le renouvellement…</translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation>Voir les sessions</translation>
    </message>
    <message>
        <source>Open policy</source>
        <translation>Voir la politique</translation>
    </message>
    <message>
        <source>Open users</source>
        <translation>Voir les utilisateurs</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation>Connectés actuellement</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>Paramètres de sécurité</translation>
    </message>
    <message>
        <source>Passwords expiring in 14 days</source>
        <translation>Mots de passe expirant d&apos;ici 14 jours</translation>
    </message>
    <message>
        <source>Failed logins and alerts</source>
        <translation>Échecs de connexion et alertes</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Running&lt;/b&gt;&lt;/p&gt;&lt;p&gt;keywardd %1 on %2, accepting PPTP on %3.&lt;/p&gt;&lt;p&gt;Signed in as %4.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;En service&lt;/b&gt;&lt;/p&gt;&lt;p&gt;keywardd %1 sur %2, accepte les connexions PPTP sur %3.&lt;/p&gt;&lt;p&gt;Connecté en tant que %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b03020&apos;&gt;&lt;b&gt;Not connected&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b03020&apos;&gt;&lt;b&gt;Non connecté&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n with 128-bit encryption</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n avec chiffrement 128 bits</numerusform>
            <numerusform>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n avec chiffrement 128 bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n with weak %1-bit encryption&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n avec chiffrement faible %1 bits&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n avec chiffrement faible %1 bits&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still signing in</source>
        <translation>
            <numerusform>%n en cours de connexion</numerusform>
            <numerusform>%n en cours de connexion</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is connected.</source>
        <translation>Personne n&apos;est connecté.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Strong.&lt;/b&gt; Only 128-bit encryption and MS-CHAPv2 sign-in are allowed.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Robuste.&lt;/b&gt; Seuls le chiffrement 128 bits et l&apos;authentification MS-CHAPv2 sont autorisés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Weaker than the safe defaults:</source>
        <translation>Plus faible que les valeurs par défaut sûres&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation>%1 — expiré</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No password expires in the next 14 days.</source>
        <translation>Aucun mot de passe n&apos;expire dans les 14 prochains jours.</translation>
    </message>
    <message>
        <source>%1  %2 locked out after repeated failures (from %3)</source>
        <translation>%1  %2 verrouillé après plusieurs échecs (depuis %3)</translation>
    </message>
    <message>
        <source>%1  %2 from %3: %4</source>
        <translation>%1  %2 depuis %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>No failed logins since the server started.</source>
        <translation>Aucun échec de connexion depuis le démarrage du serveur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change window due:&lt;/b&gt; %1, %2</source>
        <translation>&lt;b&gt;Fenêtre de changement à effectuer&#xa0;:&lt;/b&gt; %1, %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>No users yet: add the people who will connect, or import them from a CSV file.</source>
        <translation>Aucun utilisateur pour l&apos;instant&#xa0;: ajoutez les personnes qui se connecteront ou importez-les depuis un fichier CSV.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>No change window planned: plan when passwords are rotated, so users can be told in advance.</source>
        <translation>Aucune fenêtre de changement planifiée&#xa0;: planifiez le renouvellement des mots de passe pour que les utilisateurs soient prévenus à l&apos;avance.</translation>
    </message>
    <message>
        <source>Plan a window…</source>
        <translation>Planifier une fenêtre…</translation>
    </message>
    <message>
        <source>Passwords never expire: set a maximum age (30 to 90 days) so that the keys they give come from fresh passwords.</source>
        <translation>Les mots de passe n&apos;expirent jamais&#xa0;: définissez un âge maximal (de 30 à 90 jours) pour que les clés qui en sont dérivées proviennent de mots de passe récents.</translation>
    </message>
    <message>
        <source>Set an expiry…</source>
        <translation>Définir une expiration…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Open the wizard…</source>
        <translation>Ouvrir l&apos;assistant…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change window now:&lt;/b&gt; %1, started %2.</source>
        <translation>&lt;b&gt;Fenêtre de changement en cours&#xa0;:&lt;/b&gt; %1, commencée le %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change window soon:&lt;/b&gt; %1, starts %2.</source>
        <translation>&lt;b&gt;Fenêtre de changement prochaine&#xa0;:&lt;/b&gt; %1, commence le %2.</translation>
    </message>
</context>
<context>
    <name>keyward::console::ExpiryTimelineChart</name>
    <message>
        <source>The next 12 weeks</source>
        <translation>Les 12 prochaines semaines</translation>
    </message>
    <message>
        <source>Passwords expiring</source>
        <translation>Mots de passe arrivant à expiration</translation>
    </message>
    <message>
        <source>Planned change windows</source>
        <translation>Fenêtres de changement planifiées</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semaine du</translation>
    </message>
</context>
<context>
    <name>keyward::console::InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>What the server runs with, who connects with what, and whose credentials are old: the starting point of this change window.</source>
        <translation>La configuration du serveur, qui se connecte avec quoi et quels identifiants sont anciens&#xa0;: le point de départ de cette fenêtre de changement.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading the inventory…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lecture de l&apos;inventaire…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No inventory: %1</source>
        <translation>Aucun inventaire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Server %1; %n weak setting(s); </source>
        <translation>
            <numerusform>Serveur %1&#xa0;; %n paramètre faible&#xa0;; </numerusform>
            <numerusform>Serveur %1&#xa0;; %n paramètres faibles&#xa0;; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n compte.</numerusform>
            <numerusform>%n comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>MPPE strengths</source>
        <translation>Niveaux de MPPE</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Longest session</source>
        <translation>Durée maximale d&apos;une session</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>Délai d&apos;inactivité</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Password expiry</source>
        <translation>Expiration des mots de passe</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No setting is weaker than the safe defaults.</source>
        <translation>Aucun paramètre n&apos;est plus faible que les valeurs par défaut sûres.</translation>
    </message>
    <message>
        <source>Weaker than the safe defaults:</source>
        <translation>Plus faible que les valeurs par défaut sûres&#xa0;:</translation>
    </message>
    <message>
        <source>Clients seen on live sessions</source>
        <translation>Clients vus dans les sessions actives</translation>
    </message>
    <message>
        <source>No live session.</source>
        <translation>Aucune session active.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>%1 in all: %2 active, %3 disabled, %4 revoked, %5 locked; %6 must change their password, %7 expired.</source>
        <translation>%1 au total&#xa0;: %2 actifs, %3 désactivés, %4 révoqués, %5 verrouillés&#xa0;; %6 doivent changer leur mot de passe, %7 expirés.</translation>
    </message>
    <message>
        <source>Password age</source>
        <translation>Âge du mot de passe</translation>
    </message>
    <message>
        <source>Who still needs weak settings</source>
        <translation>Qui a encore besoin de paramètres faibles</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Personne.</translation>
    </message>
    <message>
        <source>(live session %1)</source>
        <translation>(session active %1)</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Rotation schedules</source>
        <translation>Plans de renouvellement</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Enter token…</source>
        <translation>Saisir le jeton…</translation>
    </message>
    <message>
        <source>Choose server…</source>
        <translation>Choisir le serveur…</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Connect to…</source>
        <translation>Se &amp;connecter à…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Rotate &amp;passwords…</source>
        <translation>Renouveler les mots de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Export audit report…</source>
        <translation>&amp;Exporter le rapport d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Rotation schedules</source>
        <translation>Plans de &amp;renouvellement</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation>À &amp;propos de Keyward</translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation>À propos de Keyward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Credentials and session keys for PPTP, managed safely.&lt;/p&gt;&lt;p&gt;PPTP&apos;s encryption keys come from the users&apos; passwords, so Keyward keeps them strong, rotates them and records every change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Identifiants et clés de session PPTP, gérés en toute sécurité.&lt;/p&gt;&lt;p&gt;Les clés de chiffrement de PPTP sont dérivées des mots de passe des utilisateurs&#xa0;: Keyward veille donc à ce qu&apos;ils restent robustes, les renouvelle et consigne chaque modification.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyward — %1</source>
        <translation>Keyward — %1</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>The API token for %1 (create one on the server with `keywardctl token create NAME`):</source>
        <translation>Le jeton d&apos;API pour %1 (à créer sur le serveur avec `keywardctl token create NAME`)&#xa0;:</translation>
    </message>
    <message>
        <source>Keep this token in the keychain for next time?</source>
        <translation>Conserver ce jeton dans le trousseau pour la prochaine fois&#xa0;?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Keyward uses the new language the next time it starts.</source>
        <translation>Keyward utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Examiner le certificat…</translation>
    </message>
    <message>
        <source>Keyward — %1 (%2)</source>
        <translation>Keyward — %1 (%2)</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <source>Backups &amp; reports</source>
        <translation>Sauvegardes &amp; rapports</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
</context>
<context>
    <name>keyward::console::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>keyward::console::MethodGate</name>
    <message>
        <source>Needs the %1 role.</source>
        <translation>Nécessite le rôle %1.</translation>
    </message>
    <message>
        <source>Needs the %1 role; this connection has the %2 role.</source>
        <translation>Nécessite le rôle %1 ; cette connexion a le rôle %2.</translation>
    </message>
</context>
<context>
    <name>keyward::console::NoticePage</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Show the notice</source>
        <translation>Afficher l&apos;avis</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Tell the users</source>
        <translation>Prévenir les utilisateurs</translation>
    </message>
    <message>
        <source>The notice says when the window is and what users must do. It is made from the server&apos;s template, which may use {title}, {start}, {end}, {duration} and {group} only: a notice never holds a password.</source>
        <translation>L&apos;avis indique quand a lieu la fenêtre et ce que les utilisateurs doivent faire. Il est créé à partir du modèle du serveur, qui ne peut utiliser que {title}, {start}, {end}, {duration} et {group}&#xa0;: un avis ne contient jamais de mot de passe.</translation>
    </message>
    <message>
        <source>Password rotation</source>
        <translation>Renouvellement des mots de passe</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>The notice is on the clipboard.</source>
        <translation>L&apos;avis est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Enregistrer l&apos;avis</translation>
    </message>
    <message>
        <source>HTML (*.html);;Text (*.txt)</source>
        <translation>HTML (*.html);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Subject template:</source>
        <translation>Modèle de l&apos;objet&#xa0;:</translation>
    </message>
    <message>
        <source>Body template:</source>
        <translation>Modèle du corps&#xa0;:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>No notice: %1</source>
        <translation>Aucun avis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notice &quot;%1&quot; written from the template saved in this window.</source>
        <translation>Avis «&#xa0;%1&#xa0;» rédigé à partir du modèle enregistré dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Notice &quot;%1&quot; written.</source>
        <translation>Avis «&#xa0;%1&#xa0;» rédigé.</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Le modèle n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The template is saved on the server.</source>
        <translation>Le modèle est enregistré sur le serveur.</translation>
    </message>
    <message>
        <source>There is no notice yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;avis.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyward::console::OneTimePasswordDialog</name>
    <message>
        <source>New one-time passwords</source>
        <translation>Nouveaux mots de passe à usage unique</translation>
    </message>
    <message>
        <source>&lt;b&gt;These passwords are shown only now.&lt;/b&gt; Give each to its user in person or by phone, not by e-mail. Each user must choose a new password the first time they connect.</source>
        <translation>&lt;b&gt;Ces mots de passe ne sont affichés que maintenant.&lt;/b&gt; Remettez chacun à son utilisateur en personne ou par téléphone, pas par e-mail. Chaque utilisateur doit choisir un nouveau mot de passe lors de sa première connexion.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this password; the clipboard is cleared after 30 seconds</source>
        <translation>Copier ce mot de passe&#xa0;; le presse-papiers est vidé au bout de 30 secondes</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Copied the password for %1. The clipboard is cleared in 30 seconds.</source>
        <translation>Mot de passe de %1 copié. Le presse-papiers sera vidé dans 30 secondes.</translation>
    </message>
    <message>
        <source>Save one-time passwords</source>
        <translation>Enregistrer les mots de passe à usage unique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Delete it once the passwords are handed out.</source>
        <translation>Enregistré dans %1, lisible par vous seul. Supprimez le fichier une fois les mots de passe remis.</translation>
    </message>
</context>
<context>
    <name>keyward::console::PolicyDocument</name>
    <message>
        <source>40-bit encryption is allowed: its keys can be broken in hours.</source>
        <translation>Le chiffrement 40 bits est autorisé&#xa0;: ses clés peuvent être cassées en quelques heures.</translation>
    </message>
    <message>
        <source>56-bit encryption is allowed: its keys can be broken in days.</source>
        <translation>Le chiffrement 56 bits est autorisé&#xa0;: ses clés peuvent être cassées en quelques jours.</translation>
    </message>
    <message>
        <source>128-bit encryption is not allowed.</source>
        <translation>Le chiffrement 128 bits n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>Stateful encryption is allowed: keys change less often and one lost packet stalls the tunnel.</source>
        <translation>Le chiffrement avec état est autorisé&#xa0;: les clés changent moins souvent et un seul paquet perdu bloque le tunnel.</translation>
    </message>
    <message>
        <source>Sign-in methods other than MS-CHAPv2 are allowed.</source>
        <translation>Des méthodes d&apos;authentification autres que MS-CHAPv2 sont autorisées.</translation>
    </message>
    <message>
        <source>Passwords may be shorter than 12 characters.</source>
        <translation>Les mots de passe peuvent compter moins de 12 caractères.</translation>
    </message>
    <message>
        <source>Passwords need fewer than 3 kinds of characters.</source>
        <translation>Les mots de passe exigent moins de 3 types de caractères.</translation>
    </message>
    <message>
        <source>Users may reuse their previous password.</source>
        <translation>Les utilisateurs peuvent réutiliser leur mot de passe précédent.</translation>
    </message>
    <message>
        <source>Sessions may last more than 12 hours without signing in again.</source>
        <translation>Les sessions peuvent durer plus de 12 heures sans nouvelle authentification.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Stateful encryption is preferred: clients that could use stateless encryption are asked for stateful.</source>
        <translation>Le chiffrement avec état est préféré&#xa0;: les clients qui pourraient chiffrer sans état sont invités à chiffrer avec état.</translation>
    </message>
</context>
<context>
    <name>keyward::console::PolicyPage</name>
    <message>
        <source>Encryption and sign-in</source>
        <translation>Chiffrement et authentification</translation>
    </message>
    <message>
        <source>Allow 128-bit encryption</source>
        <translation>Autoriser le chiffrement 128 bits</translation>
    </message>
    <message>
        <source>Allow 56-bit encryption (weak)</source>
        <translation>Autoriser le chiffrement 56 bits (faible)</translation>
    </message>
    <message>
        <source>Allow 40-bit encryption (weak)</source>
        <translation>Autoriser le chiffrement 40 bits (faible)</translation>
    </message>
    <message>
        <source>Allow stateful encryption (fewer key changes)</source>
        <translation>Autoriser le chiffrement avec état (changements de clés moins fréquents)</translation>
    </message>
    <message>
        <source>Lock an account only for failed logins from addresses its user signed in from before</source>
        <translation>Verrouiller un compte uniquement pour les échecs de connexion depuis des adresses d&apos;où son utilisateur s&apos;est déjà connecté</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <source>Expire after</source>
        <translation>Durée de validité</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Users must choose a new password this often.</source>
        <translation>Fréquence à laquelle les utilisateurs doivent choisir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>Longueur minimale</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Kinds of characters</source>
        <translation>Types de caractères</translation>
    </message>
    <message>
        <source>Of lower case, upper case, digits and others, how many a password must use.</source>
        <translation>Nombre de types de caractères (minuscules, majuscules, chiffres, autres) qu&apos;un mot de passe doit contenir.</translation>
    </message>
    <message>
        <source>Remember previous</source>
        <translation>Mémoriser les derniers</translation>
    </message>
    <message>
        <source> passwords</source>
        <translation> mots de passe</translation>
    </message>
    <message>
        <source>A new password may not be one of these.</source>
        <translation>Un nouveau mot de passe ne peut pas être l&apos;un de ceux-ci.</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <source> failed logins</source>
        <translation> échecs de connexion</translation>
    </message>
    <message>
        <source>Lock for</source>
        <translation>Durée du verrouillage</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Sessions and records</source>
        <translation>Sessions et journaux</translation>
    </message>
    <message>
        <source>Longest session</source>
        <translation>Durée maximale d&apos;une session</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>After this the user signs in again.</source>
        <translation>Passé ce délai, l&apos;utilisateur doit s&apos;authentifier de nouveau.</translation>
    </message>
    <message>
        <source>Disconnect when idle for</source>
        <translation>Déconnecter après une inactivité de</translation>
    </message>
    <message>
        <source>Keep the audit log for</source>
        <translation>Conserver le journal d&apos;audit pendant</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>Appli&amp;quer les modifications</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cancel window</source>
        <translation>Annuler la fenêtre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planned change windows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fenêtres de changement planifiées&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Plan or start a rotation…</source>
        <translation>&amp;Planifier ou lancer un renouvellement…</translation>
    </message>
    <message>
        <source>&amp;Carry out selected window…</source>
        <translation>E&amp;xécuter la fenêtre sélectionnée…</translation>
    </message>
    <message>
        <source>All settings are at the strong defaults or stricter.</source>
        <translation>Tous les paramètres sont à leurs valeurs par défaut sûres ou plus stricts.</translation>
    </message>
    <message>
        <source>Weaker than the safe defaults:</source>
        <translation>Plus faible que les valeurs par défaut sûres&#xa0;:</translation>
    </message>
    <message>
        <source>Allow at least one encryption strength (128-bit is the safe one).</source>
        <translation>Autorisez au moins un niveau de chiffrement (le niveau sûr est 128 bits).</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>Aucun utilisateur pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>With these settings, %n password(s) are expired now</source>
        <translation>
            <numerusform>Avec ces paramètres, %n mot de passe est expiré dès maintenant</numerusform>
            <numerusform>Avec ces paramètres, %n mots de passe sont expirés dès maintenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more expire within 14 days</source>
        <translation>
            <numerusform> et %n autre expire d&apos;ici 14 jours</numerusform>
            <numerusform> et %n autres expirent d&apos;ici 14 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>users chosen when it starts</source>
        <translation>utilisateurs choisis au lancement</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>%1 — %2 for %3 min, %4 (planned by %5)</source>
        <translation>%1 — %2 pendant %3 min, %4 (planifiée par %5)</translation>
    </message>
    <message>
        <source>Cancel change window</source>
        <translation>Annuler la fenêtre de changement</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;?</source>
        <translation>Annuler «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It disappears from every console&apos;s calendar.</source>
        <translation>Elle disparaîtra du calendrier de toutes les consoles.</translation>
    </message>
    <message>
        <source>Weaken the policy</source>
        <translation>Affaiblir la politique</translation>
    </message>
    <message>
        <source>These changes make Keyward less safe. Apply them anyway?</source>
        <translation>Ces modifications rendent Keyward moins sûr. Les appliquer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Apply weaker settings</source>
        <translation>Appliquer les paramètres moins sûrs</translation>
    </message>
    <message>
        <source>The policy is saved and in force.</source>
        <translation>La politique est enregistrée et en vigueur.</translation>
    </message>
    <message>
        <source>The server did not accept the policy: %1</source>
        <translation>Le serveur n&apos;a pas accepté la politique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in: MS-CHAPv2 only. PAP, CHAP-MD5 and MS-CHAPv1 expose the password or its hash and are not offered.</source>
        <translation>Connexion&#xa0;: MS-CHAPv2 uniquement. PAP, CHAP-MD5 et MS-CHAPv1 exposent le mot de passe ou son empreinte et ne sont pas proposés.</translation>
    </message>
    <message>
        <source>Ask clients for stateful encryption first (legacy clients)</source>
        <translation>Demander d’abord aux clients le chiffrement avec état (anciens clients)</translation>
    </message>
    <message>
        <source>Passwords never expire, so none shows on this timeline: set &quot;Expire after&quot; (30 to 90 days) under Passwords, then plan the windows in which users change them.</source>
        <translation>Les mots de passe n&apos;expirent jamais, donc aucun n&apos;apparaît sur cette frise&#xa0;: définissez «&#xa0;Durée de validité&#xa0;» (de 30 à 90 jours) sous Mots de passe, puis planifiez les fenêtres pendant lesquelles les utilisateurs les changent.</translation>
    </message>
    <message>
        <source>No change window planned</source>
        <translation>Aucune fenêtre de changement planifiée</translation>
    </message>
    <message>
        <source>Plan when passwords are rotated, so users can be told in advance; Keyward reminds you before each window starts.</source>
        <translation>Planifiez le renouvellement des mots de passe pour que les utilisateurs soient prévenus à l&apos;avance&#xa0;; Keyward vous le rappelle avant le début de chaque fenêtre.</translation>
    </message>
    <message>
        <source>Plan a change window…</source>
        <translation>Planifier une fenêtre de changement…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>0: only when the window starts</source>
        <translation>0&#xa0;: seulement au début de la fenêtre</translation>
    </message>
    <message>
        <source>Remind me before a window starts:</source>
        <translation>Me le rappeler avant le début d&apos;une fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>This server signs users in through RADIUS too. The password rules here (length, complexity, expiry, lockout) apply to the users in Keyward&apos;s own store only; RADIUS users&apos; passwords are set and checked on the RADIUS side. The encryption and session rules apply to everyone.</source>
        <translation>Ce serveur connecte aussi des utilisateurs via RADIUS. Les règles de mot de passe ci-dessus (longueur, complexité, expiration, verrouillage) ne s&apos;appliquent qu&apos;aux utilisateurs de la base propre de Keyward ; les mots de passe des utilisateurs RADIUS sont définis et vérifiés côté RADIUS. Les règles de chiffrement et de session s&apos;appliquent à tous.</translation>
    </message>
</context>
<context>
    <name>keyward::console::RotatePage</name>
    <message>
        <source>Rotation</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Rotate passwords</source>
        <translation>Renouveler les mots de passe</translation>
    </message>
    <message>
        <source>Each user chosen gets a one-time password and must pick a new one at the next login. Their current sessions end.</source>
        <translation>Chaque utilisateur choisi reçoit un mot de passe à usage unique et doit en choisir un nouveau à sa prochaine connexion. Ses sessions en cours sont fermées.</translation>
    </message>
    <message>
        <source>The users selected on the Users page (none selected)</source>
        <translation>Les utilisateurs sélectionnés dans la page Utilisateurs (aucune sélection)</translation>
    </message>
    <message numerus="yes">
        <source>The %n user(s) selected on the Users page</source>
        <translation>
            <numerusform>L&apos;utilisateur (%n) sélectionné dans la page Utilisateurs</numerusform>
            <numerusform>Les %n utilisateurs sélectionnés dans la page Utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member of the group:</source>
        <translation>Tous les membres du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Everyone whose password is older than:</source>
        <translation>Tous ceux dont le mot de passe date de plus de&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Temporary: disable accounts whose one-time password is still unused after</source>
        <translation>Temporaire&#xa0;: désactiver les comptes dont le mot de passe à usage unique n&apos;a pas servi après</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation>Renouveler maintenant</translation>
    </message>
    <message>
        <source>Plan a change window</source>
        <translation>Planifier une fenêtre de changement</translation>
    </message>
    <message>
        <source>e.g. Quarterly rotation, sales team</source>
        <translation>par ex. Renouvellement trimestriel, équipe commerciale</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Show the one-time passwords once</source>
        <translation>Afficher une seule fois les mots de passe à usage unique</translation>
    </message>
    <message>
        <source>Write them to a file readable only by me:</source>
        <translation>Les écrire dans un fichier lisible par moi seul&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Save one-time passwords</source>
        <translation>Enregistrer les mots de passe à usage unique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Every member of the group &lt;b&gt;%1&lt;/b&gt; (the server resolves the group).</source>
        <translation>Tous les membres du groupe &lt;b&gt;%1&lt;/b&gt; (le serveur détermine les membres du groupe).</translation>
    </message>
    <message>
        <source>&lt;b&gt;No users match.&lt;/b&gt; Choose differently.</source>
        <translation>&lt;b&gt;Aucun utilisateur ne correspond.&lt;/b&gt; Modifiez votre choix.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s): </source>
        <translation>
            <numerusform>%n utilisateur&#xa0;: </numerusform>
            <numerusform>%n utilisateurs&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>A change window &quot;%1&quot; is planned for %2, lasting %3 minutes. Nothing changes until you carry it out.</source>
        <translation>Une fenêtre de changement «&#xa0;%1&#xa0;» est planifiée pour le %2, d&apos;une durée de %3 minutes. Rien ne change tant que vous ne l&apos;exécutez pas.</translation>
    </message>
    <message numerus="yes">
        <source>Their passwords are replaced now by one-time passwords, shown once on the next screen. %n live session(s) end now.</source>
        <translation>
            <numerusform>Leurs mots de passe sont remplacés dès maintenant par des mots de passe à usage unique, affichés une seule fois à l&apos;écran suivant. %n session active est fermée maintenant.</numerusform>
            <numerusform>Leurs mots de passe sont remplacés dès maintenant par des mots de passe à usage unique, affichés une seule fois à l&apos;écran suivant. %n sessions actives sont fermées maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An account whose one-time password is still unused after %n hour(s) is disabled by the server.</source>
        <translation>
            <numerusform>Le serveur désactive un compte dont le mot de passe à usage unique n&apos;a pas servi après %n heure.</numerusform>
            <numerusform>Le serveur désactive un compte dont le mot de passe à usage unique n&apos;a pas servi après %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan this change window</source>
        <translation>Planifier cette fenêtre de changement</translation>
    </message>
    <message>
        <source>I understand, and I will hand the new passwords to these users</source>
        <translation>J&apos;ai compris et je remettrai les nouveaux mots de passe à ces utilisateurs</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Password rotation</source>
        <translation>Renouvellement des mots de passe</translation>
    </message>
    <message>
        <source>The one-time passwords are in %1 (readable only by you).</source>
        <translation>Les mots de passe à usage unique sont dans %1 (lisible par vous seul).</translation>
    </message>
</context>
<context>
    <name>keyward::console::ServerConnection</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Connecté à %1 en tant que %2</translation>
    </message>
    <message>
        <source>The token works for now but was not saved: %1</source>
        <translation>Le jeton fonctionne pour l&apos;instant, mais n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting to the server on this computer…</source>
        <translation>Connexion au serveur de cet ordinateur…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Reading the token for %1 from the keychain…</source>
        <translation>Lecture du jeton de %1 dans le trousseau…</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The server refused the token: %1</source>
        <translation>Le serveur a refusé le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server unreachable: %1. Retrying in %2 s.</source>
        <translation>Serveur injoignable&#xa0;: %1. Nouvelle tentative dans %2 s.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, role: %3</source>
        <translation>Connecté à %1 en tant que %2, rôle : %3</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the pinned one. Nothing was sent to it. Check the new fingerprint on the server before you trust it.</source>
        <translation>%1 a présenté un autre certificat que celui épinglé. Rien ne lui a été envoyé. Vérifiez la nouvelle empreinte sur le serveur avant de lui faire confiance.</translation>
    </message>
</context>
<context>
    <name>keyward::console::ServerFleet</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Needs an API token</source>
        <translation>Jeton d&apos;API nécessaire</translation>
    </message>
    <message>
        <source>Certificate changed: check it before connecting</source>
        <translation>Certificat changé : vérifiez-le avant de vous connecter</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sign-in and RADIUS</source>
        <translation>Connexion et RADIUS</translation>
    </message>
</context>
<context>
    <name>keyward::console::ServerOverview</name>
    <message>
        <source>wrong user name or password</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>account disabled or revoked</source>
        <translation>compte désactivé ou révoqué</translation>
    </message>
    <message>
        <source>password expired</source>
        <translation>mot de passe expiré</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>refused (code %1)</source>
        <translation>refusé (code %1)</translation>
    </message>
</context>
<context>
    <name>keyward::console::ServersPage</name>
    <message>
        <source>Watch these servers too</source>
        <translation>Surveiller aussi ces serveurs</translation>
    </message>
    <message>
        <source>The console stays connected to every server ticked here, besides the current one: their sessions show in the Sessions page&apos;s &quot;All servers&quot; view. Add servers with Server &gt; Connect to…</source>
        <translation>La console reste connectée à chaque serveur coché ici, en plus du serveur courant : leurs sessions s&apos;affichent dans la vue « Tous les serveurs » de la page Sessions. Ajoutez des serveurs avec Serveur &gt; Se connecter à…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Servers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Serveurs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;This server signs users in with its own user store only (or does not report its sign-in health).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce serveur ne connecte les utilisateurs qu&apos;avec sa propre base (ou ne signale pas l&apos;état de sa connexion).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionHistoryModel</name>
    <message>
        <source>(never signed in)</source>
        <translation>(jamais connecté)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Connected from</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Raison de la fin</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionModel</name>
    <message>
        <source>128-bit MPPE: the strongest PPTP offers.</source>
        <translation>MPPE 128 bits&#xa0;: le chiffrement le plus fort que propose PPTP.</translation>
    </message>
    <message>
        <source>%1-bit MPPE is weak: its keys can be broken. Only allowed because the policy allows it.</source>
        <translation>Le MPPE %1 bits est faible&#xa0;: ses clés peuvent être cassées. Accepté uniquement parce que la politique l&apos;autorise.</translation>
    </message>
    <message>
        <source>Encryption is still being agreed.</source>
        <translation>Le chiffrement est encore en cours de négociation.</translation>
    </message>
    <message>
        <source>Stateful MPPE: keys change every 256 packets, and one lost packet stalls the tunnel until it resynchronises.</source>
        <translation>MPPE avec état&#xa0;: les clés changent tous les 256 paquets et un seul paquet perdu bloque le tunnel jusqu&apos;à sa resynchronisation.</translation>
    </message>
    <message>
        <source>(signing in)</source>
        <translation>(connexion en cours)</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>stateful</source>
        <translation>avec état</translation>
    </message>
    <message>
        <source>stateless</source>
        <translation>sans état</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Connected from</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Tunnel address</source>
        <translation>Adresse du tunnel</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Key changes</source>
        <translation>Changement de clés</translation>
    </message>
    <message>
        <source>Connected for</source>
        <translation>Durée de connexion</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivité</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message numerus="yes">
        <source>Packets that waited for the client&apos;s GRE window before they were sent; the window was opened %n time(s) because no acknowledgment came.</source>
        <translation>
            <numerusform>Paquets qui ont attendu la fenêtre GRE du client avant d&apos;être envoyés ; la fenêtre a été ouverte %n fois faute d&apos;acquittement.</numerusform>
            <numerusform>Paquets qui ont attendu la fenêtre GRE du client avant d&apos;être envoyés ; la fenêtre a été ouverte %n fois faute d&apos;acquittement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packets from the client that never arrived (gaps in its GRE sequence numbers).</source>
        <translation>Paquets du client jamais arrivés (trous dans ses numéros de séquence GRE).</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>A legacy client: it offers only weak encryption or authentication.</source>
        <translation>Un client obsolète&#xa0;: il ne propose qu&apos;un chiffrement ou une authentification faibles.</translation>
    </message>
    <message>
        <source>%1 (legacy)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
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
        <translation>Avant l&apos;activation du chiffrement : %1
File pleine (fenêtre du client pleine) : %2
Échec du chiffrement : %3
Échec du déchiffrement : %4
Non chiffré, refusé : %5
En double : %6
En retard (hors séquence) : %7
Mal formé : %8
Plus long que ce qu&apos;accepte le client (sa MRU) : %9</translation>
    </message>
    <message>
        <source>RADIUS</source>
        <translation>RADIUS</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Local (RADIUS down)</source>
        <translation>Locale (RADIUS en panne)</translation>
    </message>
    <message>
        <source>The RADIUS server checked this user&apos;s password.</source>
        <translation>Le serveur RADIUS a vérifié le mot de passe de cet utilisateur.</translation>
    </message>
    <message>
        <source>Keyward&apos;s own user store checked this user&apos;s password.</source>
        <translation>La base propre de Keyward a vérifié le mot de passe de cet utilisateur.</translation>
    </message>
    <message>
        <source>No RADIUS server answered, so Keyward&apos;s own user store checked this user&apos;s password (the group allows this fallback).</source>
        <translation>Aucun serveur RADIUS n&apos;a répondu, donc la base propre de Keyward a vérifié le mot de passe de cet utilisateur (le groupe autorise ce repli).</translation>
    </message>
    <message>
        <source>Not known yet: the user is still signing in, or the server does not say.</source>
        <translation>Pas encore connu : l&apos;utilisateur est encore en train de se connecter, ou le serveur ne le dit pas.</translation>
    </message>
    <message>
        <source>The server this session is on.</source>
        <translation>Le serveur sur lequel se trouve cette session.</translation>
    </message>
    <message>
        <source>Who checked the user&apos;s password: a RADIUS server, or Keyward&apos;s own user store (also when RADIUS was down and the group allows falling back to it).</source>
        <translation>Qui a vérifié le mot de passe de l&apos;utilisateur : un serveur RADIUS, ou la base propre de Keyward (aussi quand RADIUS était en panne et que le groupe autorise ce repli).</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionsPage</name>
    <message>
        <source>Filter by user or address (Ctrl+F)</source>
        <translation>Filtrer par utilisateur ou adresse (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>End this session; the user may connect again</source>
        <translation>Fermer cette session&#xa0;; l&apos;utilisateur peut se reconnecter</translation>
    </message>
    <message>
        <source>Re&amp;voke access</source>
        <translation>Ré&amp;voquer l&apos;accès</translation>
    </message>
    <message>
        <source>End every session of this user and disable the account</source>
        <translation>Fermer toutes les sessions de cet utilisateur et désactiver le compte</translation>
    </message>
    <message>
        <source>New &amp;keys</source>
        <translation>&amp;Nouvelles clés</translation>
    </message>
    <message>
        <source>Make the client sign in again inside the session, for fresh encryption keys</source>
        <translation>Demander au client de s&apos;authentifier de nouveau dans la session pour obtenir de nouvelles clés de chiffrement</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Give the user a one-time password and end their sessions</source>
        <translation>Attribuer un mot de passe à usage unique à l&apos;utilisateur et fermer ses sessions</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 sur %n session</numerusform>
            <numerusform>%1 sur %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect session</source>
        <translation>Déconnecter la session</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Déconnecter %1&#xa0;?</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>ce client</translation>
    </message>
    <message>
        <source>The tunnel closes now. The user can connect again with the same password.</source>
        <translation>Le tunnel est fermé immédiatement. L&apos;utilisateur peut se reconnecter avec le même mot de passe.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Révoquer l&apos;accès</translation>
    </message>
    <message>
        <source>Revoke %1&apos;s access?</source>
        <translation>Révoquer l&apos;accès de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Every session of %1 ends now and the account is disabled. They cannot connect until you enable the account on the Users page.</source>
        <translation>Toutes les sessions de %1 sont fermées immédiatement et le compte est désactivé. Aucune connexion n&apos;est possible tant que vous n&apos;avez pas réactivé le compte dans la page Utilisateurs.</translation>
    </message>
    <message>
        <source>New encryption keys</source>
        <translation>Nouvelles clés de chiffrement</translation>
    </message>
    <message>
        <source>Give %1&apos;s session new encryption keys?</source>
        <translation>Attribuer de nouvelles clés de chiffrement à la session de %1&#xa0;?</translation>
    </message>
    <message>
        <source>The client signs in again inside the tunnel and both ends derive new keys. Clients that cannot do this (such as Linux pppd) are disconnected instead and get new keys when they reconnect.</source>
        <translation>Le client s&apos;authentifie de nouveau dans le tunnel et les deux extrémités dérivent de nouvelles clés. Les clients qui en sont incapables (comme pppd sous Linux) sont déconnectés à la place et reçoivent de nouvelles clés à leur reconnexion.</translation>
    </message>
    <message>
        <source>Renew keys</source>
        <translation>Renouveler les clés</translation>
    </message>
    <message>
        <source>Asking %1&apos;s client to sign in again…</source>
        <translation>Demande de nouvelle authentification envoyée au client de %1…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Reset %1&apos;s password?</source>
        <translation>Réinitialiser le mot de passe de %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1&apos;s sessions end now and the current password stops working. You get a one-time password to give them; they must choose a new one when they next connect.</source>
        <translation>Les sessions de %1 sont fermées immédiatement et le mot de passe actuel cesse de fonctionner. Vous recevez un mot de passe à usage unique à lui remettre&#xa0;; un nouveau mot de passe devra être choisi à la prochaine connexion.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ended lately&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;Terminées récemment&lt;/b&gt; (les plus récentes d&apos;abord)</translation>
    </message>
    <message>
        <source>No one is connected</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sessions show up here within a second of a user connecting.&lt;/p&gt;&lt;p&gt;Clients connect with PPTP to this server (TCP port 1723 and GRE must reach it), sign in with MS-CHAPv2 as a user of the Users page, and must offer 128-bit MPPE encryption, as Windows and Linux (pppd, NetworkManager) clients do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les sessions apparaissent ici moins d&apos;une seconde après la connexion d&apos;un utilisateur.&lt;/p&gt;&lt;p&gt;Les clients se connectent en PPTP à ce serveur (le port TCP 1723 et GRE doivent l&apos;atteindre), s&apos;authentifient avec MS-CHAPv2 en tant qu&apos;utilisateur de la page Utilisateurs et doivent proposer le chiffrement MPPE 128 bits, comme le font les clients Windows et Linux (pppd, NetworkManager).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>Ce serveur</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Tous les serveurs</translation>
    </message>
    <message>
        <source>The current server&apos;s sessions, or those of every server the console follows (the Servers page)</source>
        <translation>Les sessions du serveur courant, ou celles de tous les serveurs que suit la console (page Serveurs)</translation>
    </message>
    <message>
        <source>Not connected to %1: the sessions there are not shown until the console is connected again. The other servers&apos; sessions are up to date.</source>
        <translation>Non connecté à %1 : ses sessions ne s&apos;affichent plus jusqu&apos;à ce que la console soit reconnectée. Les sessions des autres serveurs sont à jour.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>keyward::console::SummaryPage</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Write a report</source>
        <translation>Générer un rapport</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>What this change window did. The report keywardd writes (signed with its report key) lists the policy, the accounts, and every change with the admin who made it.</source>
        <translation>Ce qu&apos;a fait cette fenêtre de changement. Le rapport généré par keywardd (signé avec sa clé de rapport) liste la politique, les comptes et chaque modification avec l&apos;administrateur qui l&apos;a faite.</translation>
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
        <translation>terminé</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>keywardd is writing the report…</source>
        <translation>keywardd génère le rapport…</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>Aucun rapport n&apos;a été généré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report %1 written and signed (key %2); it is listed under Backups &amp; reports.</source>
        <translation>Rapport %1 généré et signé (clé %2)&#xa0;; il figure sous Sauvegardes &amp; rapports.</translation>
    </message>
</context>
<context>
    <name>keyward::console::TokenVault</name>
    <message>
        <source>No token is saved in the keychain for this server.</source>
        <translation>Aucun jeton n&apos;est enregistré dans le trousseau pour ce serveur.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (on Linux, a Secret Service such as GNOME Keyring or KWallet must be running). You can enter the token for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur (sous Linux, un service Secret Service comme GNOME Keyring ou KWallet doit être en cours d&apos;exécution). Vous pouvez saisir le jeton pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again, or enter the token for this session only.</source>
        <translation>Le trousseau est verrouillé ou a refusé l&apos;accès. Déverrouillez-le et réessayez, ou saisissez le jeton pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1). You can enter the token for this session only.</source>
        <translation>Le trousseau n&apos;a pas pu être utilisé (%1). Vous pouvez saisir le jeton pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>keyward::console::UserModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer de mot de passe</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Password age</source>
        <translation>Âge du mot de passe</translation>
    </message>
    <message>
        <source>Password expires</source>
        <translation>Expiration du mot de passe</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>Dernière adresse</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Échecs de connexion</translation>
    </message>
</context>
<context>
    <name>keyward::console::UsersPage</name>
    <message>
        <source>Filter users (Ctrl+F)</source>
        <translation>Filtrer les utilisateurs (Ctrl+F)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>A&amp;jouter un utilisateur…</translation>
    </message>
    <message>
        <source>Add an account with a one-time password</source>
        <translation>Ajouter un compte avec un mot de passe à usage unique</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Add many accounts from a file of lines: name,group;group</source>
        <translation>Ajouter de nombreux comptes depuis un fichier de lignes&#xa0;: nom,groupe;groupe</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>New one-time password for the selected users</source>
        <translation>Nouveau mot de passe à usage unique pour les utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>Walk through rotating the selected users&apos; passwords</source>
        <translation>Renouveler pas à pas les mots de passe des utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Stop the selected users from connecting</source>
        <translation>Empêcher les utilisateurs sélectionnés de se connecter</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Acti&amp;ver</translation>
    </message>
    <message>
        <source>Let disabled or revoked users connect again</source>
        <translation>Permettre aux utilisateurs désactivés ou révoqués de se reconnecter</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Déverro&amp;uiller</translation>
    </message>
    <message>
        <source>Lift a lockout after failed logins</source>
        <translation>Lever un verrouillage dû à des échecs de connexion</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <source>Remove the selected accounts for good</source>
        <translation>Supprimer définitivement les comptes sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB; split it into smaller files.</source>
        <translation>%1 dépasse 4 Mo&#xa0;; scindez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Nothing was imported (the file is taken whole or not at all). %1</source>
        <translation>Rien n&apos;a été importé (le fichier est importé en entier ou pas du tout). %1</translation>
    </message>
    <message>
        <source>Reset passwords</source>
        <translation>Réinitialiser les mots de passe</translation>
    </message>
    <message numerus="yes">
        <source>Reset the password of %n user(s)?</source>
        <translation>
            <numerusform>Réinitialiser le mot de passe de %n utilisateur&#xa0;?</numerusform>
            <numerusform>Réinitialiser le mot de passe de %n utilisateurs&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: their sessions end now and their current passwords stop working. You get one-time passwords to hand out.</source>
        <translation>%1&#xa0;: leurs sessions sont fermées immédiatement et leurs mots de passe actuels cessent de fonctionner. Vous recevez des mots de passe à usage unique à leur remettre.</translation>
    </message>
    <message>
        <source>Disable users</source>
        <translation>Désactiver des utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)?</source>
        <translation>
            <numerusform>Désactiver %n utilisateur&#xa0;?</numerusform>
            <numerusform>Désactiver %n utilisateurs&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: their sessions end now and they cannot connect until enabled again.</source>
        <translation>%1&#xa0;: leurs sessions sont fermées immédiatement et aucune connexion n&apos;est possible avant leur réactivation.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Supprimer des utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) for good?</source>
        <translation>
            <numerusform>Supprimer définitivement %n utilisateur&#xa0;?</numerusform>
            <numerusform>Supprimer définitivement %n utilisateurs&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: their sessions end now and the accounts are removed. The audit log keeps what they did.</source>
        <translation>%1&#xa0;: leurs sessions sont fermées immédiatement et les comptes sont supprimés. Le journal d&apos;audit conserve la trace de leurs actions.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation>Aucun utilisateur pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add the people who will connect one by one, or import a CSV file with a name per line (and their groups: name,group;group). Each gets a one-time password and must change it at the first sign-in.</source>
        <translation>Ajoutez une à une les personnes qui se connecteront, ou importez un fichier CSV avec un nom par ligne (et leurs groupes&#xa0;: nom,groupe;groupe). Chacune reçoit un mot de passe à usage unique et doit le changer à sa première connexion.</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importer depuis un CSV…</translation>
    </message>
</context>
<context>
    <name>keyward::console::ValidatePage</name>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Validate now</source>
        <translation>Valider maintenant</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>keywardd signs a test account in with keyward-probe: 128-bit MPPE must come up and a 40-bit-only attempt must be refused. The test account is deleted afterwards. This takes up to a minute.</source>
        <translation>keywardd connecte un compte de test avec keyward-probe&#xa0;: le MPPE 128 bits doit s&apos;établir et une tentative en 40 bits seulement doit être refusée. Le compte de test est ensuite supprimé. Cela prend jusqu&apos;à une minute.</translation>
    </message>
    <message>
        <source>Not validated from the console.</source>
        <translation>Non validé depuis la console.</translation>
    </message>
    <message>
        <source>&lt;p&gt;keyward-probe is signing in…&lt;/p&gt;</source>
        <translation>&lt;p&gt;keyward-probe se connecte…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>keywardd cannot validate by itself:</source>
        <translation>keywardd ne peut pas valider seul&#xa0;:</translation>
    </message>
    <message>
        <source>Not validated by keywardd; see why below.</source>
        <translation>Non validé par keywardd&#xa0;; voir pourquoi ci-dessous.</translation>
    </message>
    <message>
        <source>Not validated by keywardd: %1</source>
        <translation>Non validé par keywardd&#xa0;: %1</translation>
    </message>
    <message>
        <source>Validation did not run: %1</source>
        <translation>La validation n&apos;a pas été exécutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Test account %1:</source>
        <translation>Compte de test %1&#xa0;:</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Validated: %1.</source>
        <translation>Validé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Validation failed: %1.</source>
        <translation>Échec de la validation&#xa0;: %1.</translation>
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
        <translation>Fenêtre de changement prochaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change window now: %1</source>
        <translation>Fenêtre de changement en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>It starts %1. Open Keyward to run the change-window wizard.</source>
        <translation>Elle commence le %1. Ouvrez Keyward pour lancer l&apos;assistant de fenêtre de changement.</translation>
    </message>
</context>
</TS>
