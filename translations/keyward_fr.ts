<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditReport</name>
    <message>
        <source>The audit chain was not verified for this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit chain verified: %n entries checked, none altered or missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>THE AUDIT CHAIN IS BROKEN at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1. Made: %2. Entries: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No socket path is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s admin port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint must be the SHA-256 one that `keywardctl status` shows on the server (32 pairs of hex digits separated by colons).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::console::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. office, sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward makes a one-time password and shows it once. The user chooses their own password the first time they connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up to 256 characters, without commas, semicolons or backslashes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::AdminActions</name>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s access is revoked: %n session(s) ended. The account stays disabled until you enable it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s session has fresh encryption keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s client could not take new keys in the session, so it was disconnected; it gets new keys when it connects again (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has a new one-time password and must change it at the next login; %n session(s) ended.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added with a one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported with one-time passwords.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) rotated; </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is disabled; %n session(s) ended.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change window &quot;%1&quot; is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change window was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::AuditModel</name>
    <message>
        <source>The audit chain breaks here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::AuditPage</name>
    <message>
        <source>Load older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target, e.g. a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the loaded entries (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on the server that no entry was altered, removed or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n entries checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2. Someone changed or removed records in the server&apos;s database; keep a copy of it for investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html);;CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::ConnectionDialog</name>
    <message>
        <source>Keep the token in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New remote server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Socket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account must be root or in the keyward group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AB:CD:… as shown by `keywardctl status` on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to use the token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved for this server now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::ConsoleSession</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works for now but was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token for %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable: %1 Retrying in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::DashboardPage</name>
    <message>
        <source>Start the rotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords expiring in 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Running&lt;/b&gt;&lt;/p&gt;&lt;p&gt;keywardd %1 on %2, accepting PPTP on %3.&lt;/p&gt;&lt;p&gt;Signed in as %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b03020&apos;&gt;&lt;b&gt;Not connected&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n with 128-bit encryption</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n with weak %1-bit encryption&lt;/span&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still signing in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No one is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#1b5e20&apos;&gt;&lt;b&gt;Strong.&lt;/b&gt; Only 128-bit encryption and MS-CHAPv2 sign-in are allowed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaker than the safe defaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password expires in the next 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 locked out after repeated failures (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 from %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed logins since the server started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Change window due:&lt;/b&gt; %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::ExpiryTimelineChart</name>
    <message>
        <source>The next 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned change windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::MainWindow</name>
    <message>
        <source>Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;passwords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export audit report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotation schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyward %1&lt;/h3&gt;&lt;p&gt;Credentials and session keys for PPTP, managed safely.&lt;/p&gt;&lt;p&gt;PPTP&apos;s encryption keys come from the users&apos; passwords, so Keyward keeps them strong, rotates them and records every change.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token for %1 (create one on the server with `keywardctl token create NAME`):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this token in the keychain for next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward uses the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::OneTimePasswordDialog</name>
    <message>
        <source>New one-time passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;These passwords are shown only now.&lt;/b&gt; Give each to its user in person or by phone, not by e-mail. Each user must choose a new password the first time they connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this password; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the password for %1. The clipboard is cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one-time passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1, readable by you only. Delete it once the passwords are handed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::PolicyDocument</name>
    <message>
        <source>40-bit encryption is allowed: its keys can be broken in hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>56-bit encryption is allowed: its keys can be broken in days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>128-bit encryption is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stateful encryption is allowed: keys change less often and one lost packet stalls the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in methods other than MS-CHAPv2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords may be shorter than 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords need fewer than 3 kinds of characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users may reuse their previous password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions may last more than 12 hours without signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::PolicyPage</name>
    <message>
        <source>Encryption and sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow 128-bit encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow 56-bit encryption (weak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow 40-bit encryption (weak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow stateful encryption (fewer key changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users must choose a new password this often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of lower case, upper case, digits and others, how many a password must use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password may not be one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this the user signs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the audit log for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Planned change windows&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan or start a rotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry out selected window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All settings are at the strong defaults or stricter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaker than the safe defaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow at least one encryption strength (128-bit is the safe one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With these settings, %n password(s) are expired now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more expire within 14 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>users chosen when it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 for %3 min, %4 (planned by %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change windows planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel change window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It disappears from every console&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaken the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes make Keyward less safe. Apply them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply weaker settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is saved and in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::RotationWizard</name>
    <message>
        <source>Rotate passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose passwords?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user chosen gets a one-time password and must pick a new one at the next login. Their current sessions end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users selected on the Users page (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n user(s) selected on the Users page</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every member of the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone whose password is older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now or later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned change window appears on every console&apos;s calendar and on the dashboard when it is due. Nothing rotates by itself: the new passwords must reach the people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a change window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Quarterly rotation, sales team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, and I will hand the new passwords to these users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member of the group &lt;b&gt;%1&lt;/b&gt; (the server resolves the group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No users match.&lt;/b&gt; Go back and choose differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A change window &quot;%1&quot; is planned for %2, lasting %3 minutes. Nothing changes until you carry it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their passwords are replaced now by one-time passwords, shown once on the next screen. %n live session(s) end now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Plan this change window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password rotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::ServerOverview</name>
    <message>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account disabled or revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionModel</name>
    <message>
        <source>128-bit MPPE: the strongest PPTP offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit MPPE is weak: its keys can be broken. Only allowed because the policy allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is still being agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stateful MPPE: keys change every 256 packets, and one lost packet stalls the tunnel until it resynchronises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signing in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stateful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stateless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionsPage</name>
    <message>
        <source>Filter by user or address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No one is connected&lt;/h3&gt;&lt;p&gt;Sessions show up here within a second of a user connecting.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session; the user may connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End every session of this user and disable the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the client sign in again inside the session, for fresh encryption keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user a one-time password and end their sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel closes now. The user can connect again with the same password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1&apos;s access?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session of %1 ends now and the account is disabled. They cannot connect until you enable the account on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New encryption keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1&apos;s session new encryption keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client signs in again inside the tunnel and both ends derive new keys. Clients that cannot do this (such as Linux pppd) are disconnected instead and get new keys when they reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1&apos;s client to sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1&apos;s password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s sessions end now and the current password stops working. You get a one-time password to give them; they must choose a new one when they next connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::TokenVault</name>
    <message>
        <source>No token is saved in the keychain for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer (on Linux, a Secret Service such as GNOME Keyring or KWallet must be running). You can enter the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again, or enter the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::UserModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::console::UsersPage</name>
    <message>
        <source>Filter users (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account with a one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add many accounts from a file of lines: name,group;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New one-time password for the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through rotating the selected users&apos; passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected users from connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let disabled or revoked users connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift a lockout after failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected accounts for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported (the file is taken whole or not at all). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reset the password of %n user(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: their sessions end now and their current passwords stop working. You get one-time passwords to hand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: their sessions end now and they cannot connect until enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) for good?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: their sessions end now and the accounts are removed. The audit log keeps what they did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
