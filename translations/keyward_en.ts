<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditReport</name>
    <message numerus="yes">
        <source>The audit chain verified: %n entries checked, none altered or missing.</source>
        <translation><numerusform>The audit chain verified: %n entry checked, none altered or missing.</numerusform><numerusform>The audit chain verified: %n entries checked, none altered or missing.</numerusform></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>keyward::console::AdminActions</name>
    <message numerus="yes">
        <source>%1&apos;s access is revoked: %n session(s) ended. The account stays disabled until you enable it.</source>
        <translation><numerusform>%1&apos;s access is revoked: %n session ended. The account stays disabled until you enable it.</numerusform><numerusform>%1&apos;s access is revoked: %n sessions ended. The account stays disabled until you enable it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 has a new one-time password and must change it at the next login; %n session(s) ended.</source>
        <translation><numerusform>%1 has a new one-time password and must change it at the next login; %n session ended.</numerusform><numerusform>%1 has a new one-time password and must change it at the next login; %n sessions ended.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported with one-time passwords.</source>
        <translation><numerusform>%n user imported with one-time passwords.</numerusform><numerusform>%n users imported with one-time passwords.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) rotated; </source>
        <translation><numerusform>%n credential rotated; </numerusform><numerusform>%n credentials rotated; </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation><numerusform>%n session ended.</numerusform><numerusform>%n sessions ended.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 is disabled; %n session(s) ended.</source>
        <translation><numerusform>%1 is disabled; %n session ended.</numerusform><numerusform>%1 is disabled; %n sessions ended.</numerusform></translation>
    </message>
</context>
<context>
    <name>keyward::console::AuditPage</name>
    <message numerus="yes">
        <source>The audit chain is intact: %n entries checked.</source>
        <translation><numerusform>The audit chain is intact: %n entry checked.</numerusform><numerusform>The audit chain is intact: %n entries checked.</numerusform></translation>
    </message>
</context>
<context>
    <name>keyward::console::DashboardPage</name>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n with 128-bit encryption</source>
        <translation><numerusform>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n with 128-bit encryption</numerusform><numerusform>&lt;span style=&apos;color:#1b5e20&apos;&gt;■&lt;/span&gt; %n with 128-bit encryption</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n with weak %1-bit encryption&lt;/span&gt;</source>
        <translation><numerusform>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n with weak %1-bit encryption&lt;/span&gt;</numerusform><numerusform>&lt;span style=&apos;color:#b03020&apos;&gt;■ %n with weak %1-bit encryption&lt;/span&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n still signing in</source>
        <translation><numerusform>%n still signing in</numerusform><numerusform>%n still signing in</numerusform></translation>
    </message>
</context>
<context>
    <name>keyward::console::PolicyPage</name>
    <message numerus="yes">
        <source>With these settings, %n password(s) are expired now</source>
        <translation><numerusform>With these settings, %n password is expired now</numerusform><numerusform>With these settings, %n passwords are expired now</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> and %n more expire within 14 days</source>
        <translation><numerusform> and %n more expires within 14 days</numerusform><numerusform> and %n more expire within 14 days</numerusform></translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation><numerusform>%1 of %n session</numerusform><numerusform>%1 of %n sessions</numerusform></translation>
    </message>
</context>
<context>
    <name>keyward::console::UserModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>keyward::console::UsersPage</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation><numerusform>%n user</numerusform><numerusform>%n users</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reset the password of %n user(s)?</source>
        <translation><numerusform>Reset the password of %n user?</numerusform><numerusform>Reset the password of %n users?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)?</source>
        <translation><numerusform>Disable %n user?</numerusform><numerusform>Disable %n users?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) for good?</source>
        <translation><numerusform>Delete %n user for good?</numerusform><numerusform>Delete %n users for good?</numerusform></translation>
    </message>
</context>
<context>
    <name>keyward::console::SessionModel</name>
    <message numerus="yes">
        <source>Packets that waited for the client&apos;s GRE window before they were sent; the window was opened %n time(s) because no acknowledgment came.</source>
        <translation><numerusform>Packets that waited for the client&apos;s GRE window before they were sent; the window was opened %n time because no acknowledgment came.</numerusform><numerusform>Packets that waited for the client&apos;s GRE window before they were sent; the window was opened %n times because no acknowledgment came.</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> whose password was older than %n days</source>
        <translation>
            <numerusform> whose password was older than %n day</numerusform>
            <numerusform> whose password was older than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gave %n accounts new one-time passwords</source>
        <translation>
            <numerusform>%1 gave %n account new one-time passwords</numerusform>
            <numerusform>%1 gave %n accounts new one-time passwords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; unused ones are disabled after %n hours</source>
        <translation>
            <numerusform>; unused ones are disabled after %n hour</numerusform>
            <numerusform>; unused ones are disabled after %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported %n accounts</source>
        <translation>
            <numerusform>%1 imported %n account</numerusform>
            <numerusform>%1 imported %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 locked %2 out after %n failed sign-ins (the last from %3)</source>
        <translation>
            <numerusform>%1 locked %2 out after %n failed sign-in (the last from %3)</numerusform>
            <numerusform>%1 locked %2 out after %n failed sign-ins (the last from %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped capture %2 after %n packets</source>
        <translation>
            <numerusform>%1 stopped capture %2 after %n packet</numerusform>
            <numerusform>%1 stopped capture %2 after %n packets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 made the backup %2 (%n accounts) and verified it by a test restore</source>
        <translation>
            <numerusform>%1 made the backup %2 (%n account) and verified it by a test restore</numerusform>
            <numerusform>%1 made the backup %2 (%n accounts) and verified it by a test restore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 made the backup %2 (%n accounts), but it could not be verified</source>
        <translation>
            <numerusform>%1 made the backup %2 (%n account), but it could not be verified</numerusform>
            <numerusform>%1 made the backup %2 (%n accounts), but it could not be verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the trail it replaced had %n entries</source>
        <translation>
            <numerusform>; the trail it replaced had %n entry</numerusform>
            <numerusform>; the trail it replaced had %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed the report schedule: %n scheduled reports</source>
        <translation>
            <numerusform>%1 changed the report schedule: %n scheduled report</numerusform>
            <numerusform>%1 changed the report schedule: %n scheduled reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; accounts without a sign-in for %n days count as dormant</source>
        <translation>
            <numerusform>; accounts without a sign-in for %n day count as dormant</numerusform>
            <numerusform>; accounts without a sign-in for %n days count as dormant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed %n session records older than %2</source>
        <translation>
            <numerusform>%1 removed %n session record older than %2</numerusform>
            <numerusform>%1 removed %n session records older than %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed %n audit entries older than %2; the trail now starts at entry %3, anchored to the entries before it</source>
        <translation>
            <numerusform>%1 removed %n audit entry older than %2; the trail now starts at entry %3, anchored to the entries before it</numerusform>
            <numerusform>%1 removed %n audit entries older than %2; the trail now starts at entry %3, anchored to the entries before it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::console::BaselinePage</name>
    <message numerus="yes">
        <source>Baseline applied: %1 setting(s) changed; %n session(s) ended.</source>
        <translation>
            <numerusform>Baseline applied: %1 setting(s) changed; %n session ended.</numerusform>
            <numerusform>Baseline applied: %1 setting(s) changed; %n sessions ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::console::ChangeWindowWizard</name>
    <message numerus="yes">
        <source>Restore backup %1, made %2 with %n user(s), into the running server?</source>
        <translation>
            <numerusform>Restore backup %1, made %2 with %n user, into the running server?</numerusform>
            <numerusform>Restore backup %1, made %2 with %n users, into the running server?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: backup %1 restored (%2 users, %3 API tokens); %n session(s) ended. The restore is the last entry of the audit trail. Close the wizard.</source>
        <translation>
            <numerusform>Rolled back: backup %1 restored (%2 users, %3 API tokens); %n session ended. The restore is the last entry of the audit trail. Close the wizard.</numerusform>
            <numerusform>Rolled back: backup %1 restored (%2 users, %3 API tokens); %n sessions ended. The restore is the last entry of the audit trail. Close the wizard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::console::CleanupPage</name>
    <message numerus="yes">
        <source>%n unused temporary credential(s) expired</source>
        <translation>
            <numerusform>%n unused temporary credential expired</numerusform>
            <numerusform>%n unused temporary credentials expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) revoked</source>
        <translation>
            <numerusform>%n account revoked</numerusform>
            <numerusform>%n accounts revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n session ended.</numerusform>
            <numerusform>%n sessions ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::console::InventoryPage</name>
    <message numerus="yes">
        <source>Server %1; %n weak setting(s); </source>
        <translation>
            <numerusform>Server %1; %n weak setting; </numerusform>
            <numerusform>Server %1; %n weak settings; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n account.</numerusform>
            <numerusform>%n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::console::RotatePage</name>
    <message numerus="yes">
        <source>The %n user(s) selected on the Users page</source>
        <translation>
            <numerusform>The %n user selected on the Users page</numerusform>
            <numerusform>The %n users selected on the Users page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s): </source>
        <translation>
            <numerusform>%n user: </numerusform>
            <numerusform>%n users: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their passwords are replaced now by one-time passwords, shown once on the next screen. %n live session(s) end now.</source>
        <translation>
            <numerusform>Their passwords are replaced now by one-time passwords, shown once on the next screen. %n live session ends now.</numerusform>
            <numerusform>Their passwords are replaced now by one-time passwords, shown once on the next screen. %n live sessions end now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An account whose one-time password is still unused after %n hour(s) is disabled by the server.</source>
        <translation>
            <numerusform>An account whose one-time password is still unused after %n hour is disabled by the server.</numerusform>
            <numerusform>An account whose one-time password is still unused after %n hours is disabled by the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerHealth</name>
    <message numerus="yes">
        <source>%n accounting record(s) wait to be sent: the accounting server is not answering.</source>
        <translation><numerusform>%n accounting record waits to be sent: the accounting server is not answering.</numerusform><numerusform>%n accounting records wait to be sent: the accounting server is not answering.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n accounting record(s) were lost (the queue was full).</source>
        <translation><numerusform>%n accounting record was lost (the queue was full).</numerusform><numerusform>%n accounting records were lost (the queue was full).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n RADIUS server(s) answering</source>
        <translation><numerusform>%n RADIUS server answering</numerusform><numerusform>%n RADIUS servers answering</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n RADIUS server(s) not answering</source>
        <translation><numerusform>%1 of %n RADIUS server not answering</numerusform><numerusform>%1 of %n RADIUS servers not answering</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n accounting record(s) waiting</source>
        <translation><numerusform>%n accounting record waiting</numerusform><numerusform>%n accounting records waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation><numerusform>%n accepted</numerusform><numerusform>%n accepted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation><numerusform>%n rejected</numerusform><numerusform>%n rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n timed out</source>
        <translation><numerusform>%n timed out</numerusform><numerusform>%n timed out</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Accounting: %n record(s) waiting</source>
        <translation><numerusform>Accounting: %n record waiting</numerusform><numerusform>Accounting: %n records waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation><numerusform>%n lost</numerusform><numerusform>%n lost</numerusform></translation>
    </message>
</context>
</TS>
