<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Outpost::AccountsDialog</name>
    <message numerus="yes">
        <source>Syncing %1: %2 of %n messages…</source>
        <translation>
            <numerusform>Syncing %1: %2 of %n message…</numerusform>
            <numerusform>Syncing %1: %2 of %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is synced: %n messages fetched.</source>
        <translation>
            <numerusform>%1 is synced: %n message fetched.</numerusform>
            <numerusform>%1 is synced: %n messages fetched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeWindow</name>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s) (attempt %2).</source>
        <translation>
            <numerusform>%1 Trying again in %n second (attempt %2).</numerusform>
            <numerusform>%1 Trying again in %n seconds (attempt %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending as soon as %n attachment(s) finish uploading…</source>
        <translation>
            <numerusform>Sending as soon as the attachment finishes uploading…</numerusform>
            <numerusform>Sending as soon as %n attachments finish uploading…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) are not valid addresses: fix them to send.</source>
        <translation>
            <numerusform>%n recipient is not a valid address: fix it to send.</numerusform>
            <numerusform>%n recipients are not valid addresses: fix them to send.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationDocument</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading %n earlier message(s)…</source>
        <translation>
            <numerusform>Loading %n earlier message…</numerusform>
            <numerusform>Loading %n earlier messages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::LocalStore</name>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message waiting to be sent</numerusform>
            <numerusform>%n messages waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read.</source>
        <translation>
            <numerusform>%n could not be read.</numerusform>
            <numerusform>%n could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::MailStatusLinks</name>
    <message numerus="yes">
        <source>%n message(s) on the way: open the Outbox</source>
        <translation>
            <numerusform>%n message on the way: open the Outbox</numerusform>
            <numerusform>%n messages on the way: open the Outbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::MailWindows</name>
    <message numerus="yes">
        <source>%n message(s) fell due while Outpost was closed:</source>
        <translation>
            <numerusform>A message fell due while Outpost was closed:</numerusform>
            <numerusform>%n messages fell due while Outpost was closed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still in the Outbox.</source>
        <translation>
            <numerusform>%n message is still in the Outbox.</numerusform>
            <numerusform>%n messages are still in the Outbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::MailboxConnector</name>
    <message numerus="yes">
        <source>No new %1 mailbox appeared within %n minute(s). If you finished in the browser, try again; if the browser did not open, check that a default browser is set.</source>
        <translation>
            <numerusform>No new %1 mailbox appeared within a minute. If you finished in the browser, try again; if the browser did not open, check that a default browser is set.</numerusform>
            <numerusform>No new %1 mailbox appeared within %n minutes. If you finished in the browser, try again; if the browser did not open, check that a default browser is set.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::PeopleText</name>
    <message numerus="yes">
        <source>%n others</source>
        <comment>always 2 or more</comment>
        <extracomment>The end of a list of people: "Jamie Lee, Robin Hale and 2 others" (n is 2 or more).</extracomment>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::SendCommand</name>
    <message numerus="yes">
        <source>outpost send: waiting for %n attachment(s) to upload…</source>
        <translation>
            <numerusform>outpost send: waiting for an attachment to upload…</numerusform>
            <numerusform>outpost send: waiting for %n attachments to upload…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::SendNotifier</name>
    <message numerus="yes">
        <source>Outpost: %n message(s) on the way</source>
        <translation>
            <numerusform>Outpost: %n message on the way</numerusform>
            <numerusform>Outpost: %n messages on the way</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::SettingsSalvage</name>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read and take their defaults.</source>
        <translation>
            <numerusform>%n could not be read and takes its default.</numerusform>
            <numerusform>%n could not be read and take their defaults.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPicker</name>
    <message numerus="yes">
        <source>%1 of %n thread(s)</source>
        <translation>
            <numerusform>%1 of %n thread</numerusform>
            <numerusform>%1 of %n threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPickerDelegate</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
</TS>
