<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ComposeWindow</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The connected mailbox this message is sent from</source>
        <translation>Das verbundene Postfach, von dem diese Nachricht gesendet wird</translation>
    </message>
    <message>
        <source>Send through</source>
        <translation>Senden über</translation>
    </message>
    <message>
        <source>This address is connected twice: choose which provider sends</source>
        <translation>Diese Adresse ist zweimal verbunden: Wählen Sie, über welchen Anbieter gesendet wird</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write your message…</source>
        <translation>Schreiben Sie Ihre Nachricht …</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Recipients: type or paste addresses</source>
        <translation>Empfänger: Adressen eingeben oder einfügen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Bearbei&amp;ten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>Rechtschreib&amp;sprache</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
        <source>Open another compose window</source>
        <translation>Ein weiteres Fenster zum Verfassen öffnen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Die Nachricht senden</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>A&amp;lles auswählen</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Show &amp;Cc</source>
        <translation>&amp;Cc anzeigen</translation>
    </message>
    <message>
        <source>Show the Cc field</source>
        <translation>Das Cc-Feld anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Show &amp;Bcc</source>
        <translation>&amp;Bcc anzeigen</translation>
    </message>
    <message>
        <source>Show the Bcc field</source>
        <translation>Das Bcc-Feld anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Formatting Toolbar</source>
        <translation>&amp;Formatierungsleiste</translation>
    </message>
    <message>
        <source>Show the formatting toolbar (rich text only)</source>
        <translation>Die Formatierungsleiste anzeigen (nur bei formatiertem Text)</translation>
    </message>
    <message>
        <source>&amp;Rich Text (HTML)</source>
        <translation>Formatierter &amp;Text (HTML)</translation>
    </message>
    <message>
        <source>Write with formatting; sent as HTML with a plain-text alternative</source>
        <translation>Mit Formatierung schreiben; wird als HTML mit einer Nur-Text-Alternative gesendet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signatur</translation>
    </message>
    <message>
        <source>Insert the signature of the mailbox in From</source>
        <translation>Die Signatur des Postfachs unter „Von“ einfügen</translation>
    </message>
    <message>
        <source>Underline misspelled words in the message</source>
        <translation>Falsch geschriebene Wörter in der Nachricht unterstreichen</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>vi&amp;a</source>
        <translation>übe&amp;r</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Check Spelling While Typing</source>
        <translation>&amp;Rechtschreibung während der Eingabe prüfen</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Neue Nachricht</translation>
    </message>
</context>
<context>
    <name>DraftsWindow</name>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Drafts are saved as you type. Open one to go on writing it, or discard it.</source>
        <translation>Entwürfe werden während des Schreibens gespeichert. Öffnen Sie einen, um weiterzuschreiben, oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>No drafts. Whatever you start writing is kept here until you send or discard it.</source>
        <translation>Keine Entwürfe. Alles, was Sie zu schreiben beginnen, bleibt hier, bis Sie es senden oder verwerfen.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Continue this draft in a compose window</source>
        <translation>Diesen Entwurf in einem Fenster zum Verfassen fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation>Diesen Entwurf löschen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Mail on its way. Each message stays here until the server confirms it, waits for the network when it is gone, and is never sent twice.</source>
        <translation>Nachrichten auf dem Weg. Jede Nachricht bleibt hier, bis der Server sie bestätigt, wartet bei fehlendem Netz und wird nie zweimal gesendet.</translation>
    </message>
    <message>
        <source>The Outbox is empty: everything you sent has gone out.</source>
        <translation>Der Postausgang ist leer: Alles, was Sie gesendet haben, ist unterwegs.</translation>
    </message>
    <message>
        <source>Try this message again now (or send a scheduled one now)</source>
        <translation>Diese Nachricht jetzt erneut versuchen (oder eine geplante jetzt senden)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Take the message out of the Outbox and open it in a compose window</source>
        <translation>Die Nachricht aus dem Postausgang nehmen und in einem Fenster zum Verfassen öffnen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the message; it is not sent</source>
        <translation>Die Nachricht löschen; sie wird nicht gesendet</translation>
    </message>
    <message>
        <source>&amp;Undo after Send:</source>
        <translation>&amp;Rückgängig nach dem Senden:</translation>
    </message>
    <message>
        <source>Undo after Send, in seconds</source>
        <translation>Rückgängig nach dem Senden, in Sekunden</translation>
    </message>
    <message>
        <source>How long Undo is offered after Send (0 sends at once)</source>
        <translation>Wie lange nach dem Senden „Rückgängig“ angeboten wird (0 sendet sofort)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
</context>
<context>
    <name>Outpost::AccessTokenSource</name>
    <message>
        <source>The provider refused the access token: sign in to the mailbox again.</source>
        <translation>Der Anbieter hat das Zugriffstoken abgelehnt: Melden Sie sich erneut beim Postfach an.</translation>
    </message>
</context>
<context>
    <name>Outpost::AccountActions</name>
    <message>
        <source>Your sign-in to %1 has expired or was revoked: sign in again. What you wrote is kept.</source>
        <translation>Ihre Anmeldung bei %1 ist abgelaufen oder wurde widerrufen: Melden Sie sich erneut an. Was Sie geschrieben haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your sign-in to %1 has expired or was revoked (the server said: “%2”): sign in again. What you wrote is kept.</source>
        <translation>Ihre Anmeldung bei %1 ist abgelaufen oder wurde widerrufen (der Server meldete: „%2“): Melden Sie sich erneut an. Was Sie geschrieben haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not signed in to any instance. Sign in (Account ▸ Sign in to an instance…), or start Outpost with --sandbox to try it.</source>
        <translation>Bei keiner Instanz angemeldet. Melden Sie sich an (Konto ▸ Bei einer Instanz anmelden …) oder starten Sie Outpost mit --sandbox, um es auszuprobieren.</translation>
    </message>
    <message>
        <source>The keychain no longer has your sign-in to %1.</source>
        <translation>Der Schlüsselbund enthält Ihre Anmeldung bei %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Accou&amp;nt</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Sign In to an Instance…</source>
        <translation>Bei einer Instanz an&amp;melden …</translation>
    </message>
    <message>
        <source>&amp;Accounts and Mailboxes…</source>
        <translation>Konten und &amp;Postfächer …</translation>
    </message>
</context>
<context>
    <name>Outpost::AccountCheck</name>
    <message>
        <source>%1 did not say which account this sign-in belongs to (%2). Connect the mailbox again so that Outpost can check it.</source>
        <translation>%1 hat nicht mitgeteilt, zu welchem Konto diese Anmeldung gehört (%2). Verbinden Sie das Postfach erneut, damit Outpost es prüfen kann.</translation>
    </message>
    <message>
        <source>the answer named no address</source>
        <translation>die Antwort nannte keine Adresse</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, not %3: connect %3 or choose %2.</source>
        <translation>Bei %1 als %2 angemeldet, nicht als %3: Verbinden Sie %3 oder wählen Sie %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::AccountsDialog</name>
    <message>
        <source>Connect &amp;Gmail…</source>
        <translation>&amp;Gmail verbinden …</translation>
    </message>
    <message>
        <source>Connect &amp;Outlook…</source>
        <translation>&amp;Outlook verbinden …</translation>
    </message>
    <message>
        <source>Add Gmail &amp;directly…</source>
        <translation>Gmail &amp;direkt hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Connected through</source>
        <translation>Verbunden über</translation>
    </message>
    <message>
        <source>Connected mailboxes</source>
        <translation>Verbundene Postfächer</translation>
    </message>
    <message>
        <source>Opens your browser to connect a Gmail mailbox</source>
        <translation>Öffnet Ihren Browser, um ein Gmail-Postfach zu verbinden</translation>
    </message>
    <message>
        <source>Opens your browser to connect an Outlook mailbox</source>
        <translation>Öffnet Ihren Browser, um ein Outlook-Postfach zu verbinden</translation>
    </message>
    <message>
        <source>Send directly, without the platform</source>
        <translation>Direkt senden, ohne die Plattform</translation>
    </message>
    <message>
        <source>you@gmail.com or you@outlook.com</source>
        <translation>sie@gmail.com oder sie@outlook.com</translation>
    </message>
    <message>
        <source>Address of the mailbox to add directly</source>
        <translation>Adresse des Postfachs, das direkt hinzugefügt wird</translation>
    </message>
    <message>
        <source>Signs in to Google in your browser; Outpost then sends through the Gmail API</source>
        <translation>Meldet Sie in Ihrem Browser bei Google an; Outpost sendet dann über die Gmail-API</translation>
    </message>
    <message>
        <source>Signs in to Microsoft in your browser; Outpost then sends through Microsoft Graph</source>
        <translation>Meldet Sie in Ihrem Browser bei Microsoft an; Outpost sendet dann über Microsoft Graph</translation>
    </message>
    <message>
        <source>Forgets the selected direct mailbox and its sign-in</source>
        <translation>Vergisst das ausgewählte direkte Postfach und seine Anmeldung</translation>
    </message>
    <message>
        <source>%1 is connected directly through %2.</source>
        <translation>%1 ist direkt über %2 verbunden.</translation>
    </message>
    <message>
        <source>%1 is connected directly through %2 for this session only: no keychain is available to keep its sign-in.</source>
        <translation>%1 ist nur für diese Sitzung direkt über %2 verbunden: Es ist kein Schlüsselbund verfügbar, um die Anmeldung zu behalten.</translation>
    </message>
    <message>
        <source>Some mailboxes could not be listed: %1</source>
        <translation>Einige Postfächer konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No mailbox connected yet</source>
        <translation>Noch kein Postfach verbunden</translation>
    </message>
    <message>
        <source>Direct (without the platform)</source>
        <translation>Direkt (ohne die Plattform)</translation>
    </message>
    <message>
        <source>Gmail API</source>
        <translation>Gmail-API</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>Not signed in to any instance. Sign in to connect mailboxes, or add a mailbox directly.</source>
        <translation>Bei keiner Instanz angemeldet. Melden Sie sich an, um Postfächer zu verbinden, oder fügen Sie ein Postfach direkt hinzu.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Sign in to %1 as %2 in your browser. Outpost is waiting for you to come back…</source>
        <translation>Melden Sie sich in Ihrem Browser bei %1 als %2 an. Outpost wartet auf Ihre Rückkehr …</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>%1 was removed; its sign-in was deleted.</source>
        <translation>%1 wurde entfernt; die Anmeldung wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1 was removed; its sign-in was deleted here, but %2 said: %3</source>
        <translation>%1 wurde entfernt; die Anmeldung wurde hier gelöscht, aber %2 meldete: %3</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse selbst: %1</translation>
    </message>
    <message>
        <source>Finish connecting your %1 mailbox in the browser. Outpost is waiting for it to appear…</source>
        <translation>Schließen Sie die Verbindung Ihres %1-Postfachs im Browser ab. Outpost wartet, bis es erscheint …</translation>
    </message>
    <message>
        <source>%1 is connected through %2.</source>
        <translation>%1 ist über %2 verbunden.</translation>
    </message>
    <message>
        <source>Stopped waiting. Nothing was connected by Outpost.</source>
        <translation>Warten beendet. Outpost hat nichts verbunden.</translation>
    </message>
    <message>
        <source>Asking %1 where to connect…</source>
        <translation>%1 wird gefragt, wohin verbunden werden soll …</translation>
    </message>
    <message>
        <source>Signed out of %1; its sign-in was deleted from the keychain.</source>
        <translation>Von %1 abgemeldet; die Anmeldung wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Add Outlook direc&amp;tly…</source>
        <translation>Outlook di&amp;rekt hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>%1, account not checked yet</source>
        <translation>%1, Konto noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation>%1, angemeldet als %2</translation>
    </message>
    <message>
        <source>%1, signed in as %2 (%3 is its send-as alias)</source>
        <translation>%1, angemeldet als %2 (%3 ist ein Alias zum Senden)</translation>
    </message>
    <message>
        <source>%1, signed in as %2: cannot send as %3</source>
        <translation>%1, angemeldet als %2: kann nicht als %3 senden</translation>
    </message>
    <message>
        <source>&amp;Stop Waiting</source>
        <translation>&amp;Nicht mehr warten</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Disco&amp;nnect…</source>
        <translation>&amp;Trennen …</translation>
    </message>
    <message>
        <source>Sign &amp;In to an Instance…</source>
        <translation>Bei einer &amp;Instanz anmelden …</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>Nicht mehr &amp;warten</translation>
    </message>
    <message>
        <source>Asks the platform to fetch the selected mailbox's recent mail now, so that threads written in other programs appear</source>
        <translation>Bittet die Plattform, die neuen E-Mails des ausgewählten Postfachs jetzt abzurufen, damit in anderen Programmen geschriebene Konversationen erscheinen</translation>
    </message>
    <message>
        <source>Disconnects the selected mailbox from the platform</source>
        <translation>Trennt das ausgewählte Postfach von der Plattform</translation>
    </message>
    <message>
        <source>Asking %1 to sync %2…</source>
        <translation>%1 wird gebeten, %2 abzugleichen …</translation>
    </message>
    <message>
        <source>%1 cannot be synced from Outpost: the instance does not offer it, or no longer knows this mailbox.</source>
        <translation>%1 kann nicht aus Outpost abgeglichen werden: Die Instanz bietet das nicht an oder kennt dieses Postfach nicht mehr.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation>%1 wurde nicht abgeglichen: %2</translation>
    </message>
    <message>
        <source>%1 may still be syncing; its progress cannot be read: %2</source>
        <translation>%1 wird vielleicht noch abgeglichen; der Fortschritt lässt sich nicht lesen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %2 of %n messages…</source>
        <translation>
            <numerusform>%1 wird abgeglichen: %2 von %n Nachricht …</numerusform>
            <numerusform>%1 wird abgeglichen: %2 von %n Nachrichten …</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird abgeglichen …</translation>
    </message>
    <message numerus="yes">
        <source>%1 is synced: %n messages fetched.</source>
        <translation>
            <numerusform>%1 ist abgeglichen: %n Nachricht abgerufen.</numerusform>
            <numerusform>%1 ist abgeglichen: %n Nachrichten abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect Mailbox</source>
        <translation>Postfach trennen</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2?</source>
        <translation>%1 von %2 trennen?</translation>
    </message>
    <message>
        <source>Outpost and the platform will no longer send from it or list its threads until it is connected again. The mail in the mailbox itself is not touched.</source>
        <translation>Outpost und die Plattform senden dann nicht mehr darüber und listen seine Konversationen nicht mehr auf, bis es wieder verbunden ist. Die E-Mails im Postfach selbst bleiben unberührt.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Disconnecting %1…</source>
        <translation>%1 wird getrennt …</translation>
    </message>
    <message>
        <source>%1 cannot be disconnected from Outpost: the instance does not offer it, or no longer knows this mailbox.</source>
        <translation>%1 kann nicht aus Outpost getrennt werden: Die Instanz bietet das nicht an oder kennt dieses Postfach nicht mehr.</translation>
    </message>
    <message>
        <source>%1 was not disconnected: %2</source>
        <translation>%1 wurde nicht getrennt: %2</translation>
    </message>
    <message>
        <source>%1 was disconnected.</source>
        <translation>%1 wurde getrennt.</translation>
    </message>
    <message>
        <source>Accounts and Mailboxes</source>
        <translation>Konten und Postfächer</translation>
    </message>
</context>
<context>
    <name>Outpost::AddressList</name>
    <message>
        <source>the domain “%1” is incomplete (no dot)</source>
        <translation>die Domain „%1“ ist unvollständig (kein Punkt)</translation>
    </message>
    <message>
        <source>the domain “%1” is not valid</source>
        <translation>die Domain „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>a quotation mark is not closed</source>
        <translation>ein Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>an angle bracket is not closed</source>
        <translation>eine spitze Klammer wird nicht geschlossen</translation>
    </message>
    <message>
        <source>there is no @ in it</source>
        <translation>es enthält kein @</translation>
    </message>
    <message>
        <source>nothing stands before the @</source>
        <translation>vor dem @ steht nichts</translation>
    </message>
    <message>
        <source>nothing stands after the @</source>
        <translation>nach dem @ steht nichts</translation>
    </message>
    <message>
        <source>it contains a space; put a name before &lt;address&gt;</source>
        <translation>es enthält ein Leerzeichen; setzen Sie einen Namen vor &lt;Adresse&gt;</translation>
    </message>
    <message>
        <source>it contains two dots in a row</source>
        <translation>es enthält zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>it is not an email address</source>
        <translation>es ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>address groups are not supported; list the addresses</source>
        <translation>Adressgruppen werden nicht unterstützt; führen Sie die Adressen einzeln auf</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>it holds more than one address</source>
        <translation>es enthält mehr als eine Adresse</translation>
    </message>
    <message>
        <source>the domain cannot be written in the form mail servers read</source>
        <translation>die Domain lässt sich nicht in der Form schreiben, die Mailserver lesen</translation>
    </message>
</context>
<context>
    <name>Outpost::AttachmentFile</name>
    <message>
        <source>“%1” cannot be attached: there is no such file.</source>
        <translation>„%1“ kann nicht angehängt werden: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder: attach the files in it instead.</source>
        <translation>„%1“ ist ein Ordner: Hängen Sie stattdessen die Dateien darin an.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: it is not a regular file.</source>
        <translation>„%1“ kann nicht angehängt werden: Es ist keine normale Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: you do not have permission to read it.</source>
        <translation>„%1“ kann nicht angehängt werden: Sie haben keine Leseberechtigung.</translation>
    </message>
</context>
<context>
    <name>Outpost::AttachmentList</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Das eingefügte Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>Eingefügtes Bild %1.png</translation>
    </message>
    <message>
        <source>Enter opens the selected attachment, Delete removes it; the Menu key or Shift+F10 offers Cancel, Retry and Remove.</source>
        <translation>Die Eingabetaste öffnet den ausgewählten Anhang, Entf entfernt ihn; die Menütaste oder Umschalt+F10 bietet Abbrechen, Wiederholen und Entfernen an.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>Hochladen &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Upload</source>
        <translation>Hochladen &amp;wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>Outpost::AttachmentListModel</name>
    <message>
        <source>“%1” is attached already.</source>
        <translation>„%1“ ist bereits angehängt.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Die Datei ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>“%1” is not a link that can be attached.</source>
        <translation>„%1“ ist kein Link, der angehängt werden kann.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: only https links can be (not %2).</source>
        <translation>„%1“ kann nicht angehängt werden: Nur https-Links sind möglich (nicht %2).</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: the folder %2 cannot be created.</source>
        <translation>„%1“ kann nicht angehängt werden: Der Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: %2</source>
        <translation>„%1“ kann nicht angehängt werden: %2</translation>
    </message>
    <message>
        <source>“%1” was not uploaded: %2 Retry or remove it.</source>
        <translation>„%1“ wurde nicht hochgeladen: %2 Versuchen Sie es erneut oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>The upload of “%1” was cancelled: retry or remove it.</source>
        <translation>Das Hochladen von „%1“ wurde abgebrochen: Versuchen Sie es erneut oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>the file was deleted or moved before it could be uploaded.</source>
        <translation>die Datei wurde gelöscht oder verschoben, bevor sie hochgeladen werden konnte.</translation>
    </message>
    <message>
        <source>the file can no longer be read.</source>
        <translation>die Datei kann nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>it is now %1; files can be at most %2 each.</source>
        <translation>sie ist jetzt %1 groß; Dateien dürfen jeweils höchstens %2 groß sein.</translation>
    </message>
    <message>
        <source>Waiting to try again: %1</source>
        <translation>Neuer Versuch steht aus: %1</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Wartet auf das Hochladen</translation>
    </message>
    <message>
        <source>Uploading %1%</source>
        <translation>Wird hochgeladen: %1 %</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Uploaded — %1</source>
        <translation>Hochgeladen – %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Finishing the upload…</source>
        <translation>Upload wird abgeschlossen …</translation>
    </message>
</context>
<context>
    <name>Outpost::BodyEditor</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Unterstrichen</translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation>Aufzählungs&amp;liste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Insert Lin&amp;k…</source>
        <translation>L&amp;ink einfügen …</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Block &amp;Quote</source>
        <translation>&amp;Zitatblock</translation>
    </message>
    <message>
        <source>Ctrl+Shift+9</source>
        <translation>Ctrl+Shift+9</translation>
    </message>
    <message>
        <source>&amp;Clear Formatting</source>
        <translation>Formatierung &amp;entfernen</translation>
    </message>
    <message>
        <source>Ctrl+\</source>
        <translation>Ctrl+\</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Webadresse:</translation>
    </message>
</context>
<context>
    <name>Outpost::CommandLine</name>
    <message>
        <source>Usage:
  outpost [--sandbox | --instance URL] [mailto:URL]
      Open a compose window. --sandbox starts a fresh embedded sandbox instance
      and signs in to it; --instance URL uses the token in $OUTPOST_TOKEN, or
      the sign-in kept by `outpost login` (Account &gt; Sign in in the window).
      A mailto: URL (RFC 6068) prefills the window. With Outpost already
      running, the window opens there instead.
  outpost compose [--to ADDRESS]... [--cc ADDRESS]... [--bcc ADDRESS]...
                  [--subject TEXT] [--body TEXT] [--attach FILE]...
      Open a prefilled compose window (in the running Outpost, if any).
  outpost send --instance URL --from ADDRESS --to ADDRESS [options]
      Send one message without a window and print its receipt as JSON.
      See `outpost send --help`.
  outpost login --instance URL --email ADDRESS [--api-token]
      Sign in and keep the sign-in in the desktop keychain (the password is
      asked for without echo, or read from stdin). See `outpost login --help`.
  outpost logout --instance URL [--email ADDRESS]
      Sign out: delete the instance's sign-in from the keychain.
  outpost sandbox [--port N] [--data DIR] [--faults] [--json]
      Run the sandbox instance without a window. See `outpost sandbox --help`.

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.
  --sandbox        Open the compose window on a fresh embedded sandbox.
  --instance URL   The instance to use (https; http only for 127.0.0.1).

Environment:
  OUTPOST_TOKEN    The access token used with --instance and by `send`; when it
                   is not set, the sign-in kept by `outpost login` is used.

Exit codes:
  0   success
  64  the command line is wrong
  65  the message was refused as written (bad address, unknown mailbox,
      thread or attachment, provider mismatch, too large)
  69  the instance could not be reached or failed (network, TLS, 5xx)
  77  no token, or the token (or password) was refused
</source>
        <translation>Aufruf:
  outpost [--sandbox | --instance URL] [mailto:URL]
      Öffnet ein Fenster zum Verfassen. --sandbox startet eine neue
      eingebettete Sandbox-Instanz und meldet sich dort an; --instance URL
      verwendet das Token in $OUTPOST_TOKEN oder die mit `outpost login`
      gespeicherte Anmeldung (Konto &gt; Anmelden im Fenster). Eine mailto:-URL
      (RFC 6068) füllt das Fenster vor. Läuft Outpost bereits, öffnet sich das
      Fenster dort.
  outpost compose [--to ADRESSE]... [--cc ADRESSE]... [--bcc ADRESSE]...
                  [--subject TEXT] [--body TEXT] [--attach DATEI]...
      Öffnet ein vorausgefülltes Fenster zum Verfassen (im laufenden Outpost,
      falls vorhanden).
  outpost send --instance URL --from ADRESSE --to ADRESSE [Optionen]
      Sendet eine Nachricht ohne Fenster und gibt die Quittung als JSON aus.
      Siehe `outpost send --help`.
  outpost login --instance URL --email ADRESSE [--api-token]
      Meldet sich an und speichert die Anmeldung im Schlüsselbund des Desktops
      (das Passwort wird ohne Echo abgefragt oder von stdin gelesen).
      Siehe `outpost login --help`.
  outpost logout --instance URL [--email ADRESSE]
      Meldet ab: löscht die Anmeldung bei der Instanz aus dem Schlüsselbund.
  outpost sandbox [--port N] [--data VERZ] [--faults] [--json]
      Startet die Sandbox-Instanz ohne Fenster. Siehe `outpost sandbox --help`.

Optionen:
  -h, --help       Diese Hilfe anzeigen.
  -v, --version    Die Version anzeigen.
  --sandbox        Das Fenster zum Verfassen mit einer neuen eingebetteten
                   Sandbox öffnen.
  --instance URL   Die zu verwendende Instanz (https; http nur für 127.0.0.1).

Umgebung:
  OUTPOST_TOKEN    Das Zugriffstoken für --instance und `send`; ist es nicht
                   gesetzt, wird die mit `outpost login` gespeicherte Anmeldung
                   verwendet.

Exit-Codes:
  0   Erfolg
  64  die Befehlszeile ist falsch
  65  die Nachricht wurde so, wie sie ist, abgelehnt (ungültige Adresse,
      unbekanntes Postfach, unbekannte Konversation oder unbekannter Anhang,
      falscher Anbieter, zu groß)
  69  die Instanz war nicht erreichbar oder ist gescheitert (Netzwerk, TLS,
      5xx)
  77  kein Token, oder das Token (bzw. Passwort) wurde abgelehnt
</translation>
    </message>
    <message>
        <source>Usage: outpost [--sandbox | --instance URL] [mailto:URL]
       outpost compose|send|login|logout|sandbox [options]</source>
        <translation>Aufruf: outpost [--sandbox | --instance URL] [mailto:URL]
       outpost compose|send|login|logout|sandbox [Optionen]</translation>
    </message>
    <message>
        <source>outpost: unknown command “%1”.</source>
        <translation>outpost: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>outpost: unknown command “%1”. Did you mean `outpost %2`?</source>
        <translation>outpost: unbekannter Befehl „%1“. Meinten Sie `outpost %2`?</translation>
    </message>
    <message>
        <source>Try `outpost --help`.</source>
        <translation>Versuchen Sie `outpost --help`.</translation>
    </message>
    <message>
        <source>outpost %1: %2
Usage: outpost %1 [options]
Try `outpost %1 --help`.</source>
        <translation>outpost %1: %2
Aufruf: outpost %1 [Optionen]
Versuchen Sie `outpost %1 --help`.</translation>
    </message>
    <message>
        <source>Usage: outpost %1 [options]</source>
        <translation>Aufruf: outpost %1 [Optionen]</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeController</name>
    <message>
        <source>Not sent: the outbox could not store it (%1).</source>
        <translation>Nicht gesendet: Der Postausgang konnte die Nachricht nicht speichern (%1).</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeRequest</name>
    <message>
        <source>“%1” was left out: %2.</source>
        <translation>„%1“ wurde ausgelassen: %2.</translation>
    </message>
    <message>
        <source>unknown command or argument “%1”.</source>
        <translation>unbekannter Befehl oder unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>--%1 belongs to `outpost compose`.</source>
        <translation>--%1 gehört zu `outpost compose`.</translation>
    </message>
    <message>
        <source>--attach: “%1” is not a readable file.</source>
        <translation>--attach: „%1“ ist keine lesbare Datei.</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeSpelling</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No Hunspell dictionary is installed.</source>
        <translation>Es ist kein Hunspell-Wörterbuch installiert.</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeTemplates</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation>Eine Vorlage einfügen</translation>
    </message>
    <message>
        <source>Insert a template (or type ;; and its name in the message)</source>
        <translation>Eine Vorlage einfügen (oder in der Nachricht ;; und ihren Namen tippen)</translation>
    </message>
    <message>
        <source>Your Templates</source>
        <translation>Ihre Vorlagen</translation>
    </message>
    <message>
        <source>The Team's Templates</source>
        <translation>Vorlagen des Teams</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeWindow</name>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Die Nachricht senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Your mailboxes could not be loaded: %1</source>
        <translation>Ihre Postfächer konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s) (attempt %2).</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n Sekunde (Versuch %2).</numerusform>
            <numerusform>%1 Neuer Versuch in %n Sekunden (Versuch %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No mailbox is connected to this account yet.</source>
        <translation>Mit diesem Konto ist noch kein Postfach verbunden.</translation>
    </message>
    <message>
        <source>Not sent: fix what is marked.</source>
        <translation>Nicht gesendet: Korrigieren Sie, was markiert ist.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>Nicht gesendet. %1</translation>
    </message>
    <message>
        <source>Sent. Thread %1 — replies continue there.</source>
        <translation>Gesendet. Konversation %1 – Antworten gehen dort weiter.</translation>
    </message>
    <message>
        <source>Thread: %1</source>
        <translation>Konversation: %1</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet …</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>The draft could not be saved (%1). Keep this window open: nothing is lost while it is.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden (%1). Lassen Sie dieses Fenster offen: Solange es offen ist, geht nichts verloren.</translation>
    </message>
    <message>
        <source>T&amp;hread:</source>
        <translation>Konversat&amp;ion:</translation>
    </message>
    <message>
        <source>Keep this message as a draft?</source>
        <translation>Diese Nachricht als Entwurf behalten?</translation>
    </message>
    <message>
        <source>A kept draft is in Drafts, to finish and send later.</source>
        <translation>Ein behaltener Entwurf liegt unter „Entwürfe“, um ihn später fertigzustellen und zu senden.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Send this message without a subject?</source>
        <translation>Diese Nachricht ohne Betreff senden?</translation>
    </message>
    <message>
        <source>Recipients will see “(no subject)”. A short subject helps them find it later.</source>
        <translation>Die Empfänger sehen „(kein Betreff)“. Ein kurzer Betreff hilft ihnen, die Nachricht später wiederzufinden.</translation>
    </message>
    <message>
        <source>Send &amp;Without Subject</source>
        <translation>&amp;Ohne Betreff senden</translation>
    </message>
    <message>
        <source>&amp;Add a Subject</source>
        <translation>Betreff &amp;hinzufügen</translation>
    </message>
    <message>
        <source>The message mentions “%1”, but nothing is attached.</source>
        <translation>Die Nachricht erwähnt „%1“, aber es ist nichts angehängt.</translation>
    </message>
    <message>
        <source>Send it anyway?</source>
        <translation>Trotzdem senden?</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
    <message>
        <source>A&amp;ttach a File…</source>
        <translation>Datei an&amp;hängen …</translation>
    </message>
    <message>
        <source>&amp;Don't Send Yet</source>
        <translation>&amp;Noch nicht senden</translation>
    </message>
    <message>
        <source>In the Outbox</source>
        <translation>Im Postausgang</translation>
    </message>
    <message>
        <source>Scheduled for %1. It waits in the Outbox; you can close this window.</source>
        <translation>Geplant für %1. Die Nachricht wartet im Postausgang; Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>In the Outbox: it goes out as soon as it can. You can close this window.</source>
        <translation>Im Postausgang: Die Nachricht geht hinaus, sobald es möglich ist. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>nachricht</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Type or paste addresses; a comma, semicolon or Enter ends each.</source>
        <translation>Adressen eingeben oder einfügen; ein Komma, Semikolon oder die Eingabetaste schließt jede ab.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link …</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Rich Text</source>
        <translation>Formatierter Text</translation>
    </message>
    <message>
        <source>Sending as soon as your mailboxes are loaded…</source>
        <translation>Wird gesendet, sobald Ihre Postfächer geladen sind …</translation>
    </message>
    <message>
        <source>&amp;Attach File…</source>
        <translation>Datei &amp;anhängen …</translation>
    </message>
    <message>
        <source>Attach files to the message (Ctrl+Shift+A)</source>
        <translation>Dateien an die Nachricht anhängen (Strg+Umschalt+A)</translation>
    </message>
    <message numerus="yes">
        <source>Sending as soon as %n attachment(s) finish uploading…</source>
        <translation>
            <numerusform>Wird gesendet, sobald %n Anhang hochgeladen ist …</numerusform>
            <numerusform>Wird gesendet, sobald %n Anhänge hochgeladen sind …</numerusform>
        </translation>
    </message>
    <message>
        <source>Rich text offer</source>
        <translation>Angebot für formatierten Text</translation>
    </message>
    <message>
        <source>Keep Plain Text</source>
        <translation>Einfachen Text behalten</translation>
    </message>
    <message>
        <source>%1 needs rich text. Press %2 again to switch to rich text and apply it.</source>
        <translation>%1 braucht formatierten Text. Drücken Sie erneut %2, um auf formatierten Text umzustellen und die Formatierung anzuwenden.</translation>
    </message>
    <message>
        <source>S&amp;witch to Rich Text</source>
        <translation>Auf formatierten Text &amp;umstellen</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <translation>Möglicherweise gesendet</translation>
    </message>
    <message>
        <source>It waits in the Outbox and is not sent again until Outpost knows it was not; the Outbox window can look again.</source>
        <translation>Sie wartet im Postausgang und wird erst erneut gesendet, wenn Outpost weiß, dass sie nicht angekommen ist; im Fenster „Postausgang“ können Sie erneut nachsehen lassen.</translation>
    </message>
    <message>
        <source>Check the conversation</source>
        <translation>Verlauf prüfen</translation>
    </message>
    <message>
        <source>Check the conversation with the recipients (or your Sent mail) before sending it again.</source>
        <translation>Prüfen Sie den Verlauf mit den Empfängern (oder Ihre gesendeten Nachrichten), bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>May have been sent: check the conversation</source>
        <translation>Möglicherweise gesendet: Prüfen Sie den Verlauf</translation>
    </message>
    <message>
        <source>Sending as %1 · &lt;a href="%2"&gt;Change&lt;/a&gt;</source>
        <translation>Senden als %1 · &lt;a href="%2"&gt;Ändern&lt;/a&gt;</translation>
    </message>
    <message>
        <source>You last wrote to these recipients from %1. Change sends this one from there too.</source>
        <translation>Sie haben diesen Empfängern zuletzt von %1 aus geschrieben. „Ändern“ sendet auch diese Nachricht von dort.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) are not valid addresses: fix them to send.</source>
        <translation>
            <numerusform>%n Empfänger ist keine gültige Adresse: Korrigieren Sie ihn, um zu senden.</numerusform>
            <numerusform>%n Empfänger sind keine gültigen Adressen: Korrigieren Sie sie, um zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign In &amp;Again…</source>
        <translation>Erneut an&amp;melden …</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>Add Cc or Bcc recipients</source>
        <translation>Cc- oder Bcc-Empfänger hinzufügen</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>&amp;Keep as Draft</source>
        <translation>Als Entwurf &amp;behalten</translation>
    </message>
    <message>
        <source>Close Message</source>
        <translation>Nachricht schließen</translation>
    </message>
    <message>
        <source>No Subject</source>
        <translation>Kein Betreff</translation>
    </message>
    <message>
        <source>No Attachment</source>
        <translation>Kein Anhang</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>Save As .eml</source>
        <translation>Als .eml speichern</translation>
    </message>
    <message>
        <source>Save As .&amp;eml…</source>
        <translation>Als .&amp;eml speichern …</translation>
    </message>
</context>
<context>
    <name>Outpost::ContactNotesJson</name>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>the list of users is missing from the answer</source>
        <translation>in der Antwort fehlt die Liste der Benutzer</translation>
    </message>
    <message>
        <source>the answer does not describe the note</source>
        <translation>die Antwort beschreibt die Notiz nicht</translation>
    </message>
    <message>
        <source>the list of notes is missing from the answer</source>
        <translation>in der Antwort fehlt die Liste der Notizen</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationDocument</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Only your team sees this note: it is never sent nor quoted.</source>
        <translation>Nur Ihr Team sieht diese Notiz: Sie wird nie gesendet oder zitiert.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Remote images in this message are hidden to protect your privacy.</source>
        <translation>Externe Bilder in dieser Nachricht werden zum Schutz Ihrer Privatsphäre ausgeblendet.</translation>
    </message>
    <message>
        <source>Always show images from %1</source>
        <translation>Bilder von %1 immer anzeigen</translation>
    </message>
    <message>
        <source>Sent just now; the server has not listed it yet.</source>
        <translation>Gerade gesendet; der Server führt die Nachricht noch nicht auf.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Zitierten Text anzeigen</translation>
    </message>
    <message>
        <source>Remote image, hidden</source>
        <translation>Externes Bild, ausgeblendet</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>in %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Internal note, %1</source>
        <translation>Interne Notiz, %1</translation>
    </message>
    <message>
        <source>Internal note by %1, %2</source>
        <translation>Interne Notiz von %1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>author, day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You trust %1, but the mail provider reports that this message failed the sender check (%2): it may not be from %1, so its images stay hidden.</source>
        <translation>Sie vertrauen %1, aber der E-Mail-Anbieter meldet, dass diese Nachricht die Absenderprüfung nicht bestanden hat (%2): Sie stammt möglicherweise nicht von %1, daher bleiben ihre Bilder ausgeblendet.</translation>
    </message>
    <message>
        <source>The mail provider reports that this message failed the sender check (%2): it may not be from %1.</source>
        <translation>Der E-Mail-Anbieter meldet, dass diese Nachricht die Absenderprüfung nicht bestanden hat (%2): Sie stammt möglicherweise nicht von %1.</translation>
    </message>
    <message>
        <source>Show images in the message of %1</source>
        <translation>Bilder in der Nachricht von %1 anzeigen</translation>
    </message>
    <message>
        <source>Actions on the message of %1</source>
        <translation>Aktionen für die Nachricht von %1</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>%1 antworten</translation>
    </message>
    <message>
        <source>Reply all to %1</source>
        <translation>Allen antworten auf die Nachricht von %1</translation>
    </message>
    <message>
        <source>Forward the message of %1</source>
        <translation>Die Nachricht von %1 weiterleiten</translation>
    </message>
    <message>
        <source>Show Images</source>
        <translation>Bilder anzeigen</translation>
    </message>
    <message>
        <source>Reply All</source>
        <translation>Allen antworten</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n earlier message(s)…</source>
        <translation>
            <numerusform>%n frühere Nachricht wird geladen …</numerusform>
            <numerusform>%n frühere Nachrichten werden geladen …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationLoader</name>
    <message>
        <source>Not signed in to the instance this conversation is on.</source>
        <translation>Nicht bei der Instanz angemeldet, auf der diese Konversation liegt.</translation>
    </message>
    <message>
        <source>The platform does not list this thread yet.</source>
        <translation>Die Plattform führt diese Konversation noch nicht auf.</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationPreview</name>
    <message>
        <source>Repl&amp;y</source>
        <translation>Antw&amp;orten</translation>
    </message>
    <message>
        <source>Reply &amp;All</source>
        <translation>A&amp;llen antworten</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <source>Reply to the latest message (%1)</source>
        <translation>Auf die neueste Nachricht antworten (%1)</translation>
    </message>
    <message>
        <source>Reply to everyone on the latest message (%1)</source>
        <translation>Allen auf der neuesten Nachricht antworten (%1)</translation>
    </message>
    <message>
        <source>Forward the latest message (%1)</source>
        <translation>Die neueste Nachricht weiterleiten (%1)</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationQuote</name>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Am %1 schrieb %2:</translation>
    </message>
    <message>
        <source>---------- Forwarded message ----------</source>
        <translation>---------- Weitergeleitete Nachricht ----------</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationRenderer</name>
    <message>
        <source>There is not enough memory to prepare these messages.</source>
        <translation>Es ist nicht genug Arbeitsspeicher vorhanden, um diese Nachrichten aufzubereiten.</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationViewLoader</name>
    <message>
        <source>%1 was not found in %2.</source>
        <translation>%1 wurde in %2 nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the conversation from the server again (F5)</source>
        <translation>Den Verlauf erneut vom Server lesen (F5)</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Der Verlauf wird geladen …</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>%1 — Conversation</source>
        <translation>%1 – Verlauf</translation>
    </message>
    <message>
        <source>The conversation view is not installed, so messages cannot be shown here.
%1</source>
        <translation>Die Verlaufsansicht ist nicht installiert, daher können hier keine Nachrichten angezeigt werden.
%1</translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The conversation could not be shown, not even as plain text.</source>
        <translation>Der Verlauf konnte nicht angezeigt werden, nicht einmal als Nur-Text.</translation>
    </message>
    <message>
        <source>The conversation could not be shown.</source>
        <translation>Der Verlauf konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Its plain-text version may still show.</source>
        <translation>Die Nur-Text-Fassung lässt sich möglicherweise noch anzeigen.</translation>
    </message>
    <message>
        <source>Show as &amp;Plain Text</source>
        <translation>Als &amp;Nur-Text anzeigen</translation>
    </message>
</context>
<context>
    <name>Outpost::DirectMailboxes</name>
    <message>
        <source>Direct sending is not available.</source>
        <translation>Direktes Senden ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 was not connected: %2</source>
        <translation>%1 wurde nicht verbunden: %2</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, not %3: %2 was added. To send from %3, connect %3 again and choose %3 on %1's page.</source>
        <translation>Bei %1 als %2 angemeldet, nicht als %3: %2 wurde hinzugefügt. Um von %3 zu senden, verbinden Sie %3 erneut und wählen Sie %3 auf der Seite von %1.</translation>
    </message>
</context>
<context>
    <name>Outpost::DraftListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>(no recipients)</source>
        <translation>(keine Empfänger)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Outpost::DraftsWindow</name>
    <message>
        <source>Discard “%1”? It cannot be brought back.</source>
        <translation>„%1“ verwerfen? Der Entwurf kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>It is open in a compose window: close it there and choose Discard</source>
        <translation>Er ist in einem Fenster zum Verfassen geöffnet: Schließen Sie ihn dort und wählen Sie „Verwerfen“</translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation>Diesen Entwurf löschen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Entwürfe (%1)</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
</context>
<context>
    <name>Outpost::GmailApi</name>
    <message>
        <source>Gmail is limiting how fast mail is sent; Outpost will try again.</source>
        <translation>Gmail begrenzt, wie schnell E-Mails gesendet werden; Outpost versucht es erneut.</translation>
    </message>
    <message>
        <source>Gmail refused: %1</source>
        <translation>Gmail hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Gmail does not know this thread any more. %1</source>
        <translation>Gmail kennt diese Konversation nicht mehr. %1</translation>
    </message>
    <message>
        <source>Gmail refused the sign-in: connect the mailbox again.</source>
        <translation>Gmail hat die Anmeldung abgelehnt: Verbinden Sie das Postfach erneut.</translation>
    </message>
    <message>
        <source>Gmail refused the message as too large (at most %1).</source>
        <extracomment>%1 is Gmail's message limit, written as every size is ("35 MB").</extracomment>
        <translation>Gmail hat die Nachricht als zu groß abgelehnt (höchstens %1).</translation>
    </message>
</context>
<context>
    <name>Outpost::GmailSubmission</name>
    <message>
        <source>The message could not be prepared: %1</source>
        <translation>Die Nachricht konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>no usable upload session</source>
        <translation>keine nutzbare Upload-Sitzung</translation>
    </message>
    <message>
        <source>The message is %1 with its attachments; Gmail accepts at most %2.</source>
        <translation>Die Nachricht ist mit ihren Anhängen %1 groß; Gmail nimmt höchstens %2 an.</translation>
    </message>
</context>
<context>
    <name>Outpost::GraphApi</name>
    <message>
        <source>Outlook refused the sign-in: connect the mailbox again.</source>
        <translation>Outlook hat die Anmeldung abgelehnt: Verbinden Sie das Postfach erneut.</translation>
    </message>
    <message>
        <source>Outlook refused the request as too large. %1</source>
        <translation>Outlook hat die Anfrage als zu groß abgelehnt. %1</translation>
    </message>
</context>
<context>
    <name>Outpost::GraphSubmission</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Outlook has no message in this conversation to reply to.</source>
        <translation>Outlook hat in dieser Konversation keine Nachricht, auf die geantwortet werden kann.</translation>
    </message>
    <message>
        <source>no upload URL</source>
        <translation>keine Upload-URL</translation>
    </message>
</context>
<context>
    <name>Outpost::GuiLauncher</name>
    <message>
        <source>outpost: the sandbox could not start: %1</source>
        <translation>outpost: Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>outpost: --instance: %1</source>
        <translation>outpost: --instance: %1</translation>
    </message>
    <message>
        <source>Sandbox at %1, signed in as %2; its Gmail and Outlook mailboxes for direct sending are in From too. Mail goes nowhere real.</source>
        <translation>Sandbox unter %1, angemeldet als %2; ihre Gmail- und Outlook-Postfächer für den direkten Versand stehen ebenfalls unter „Von“. Keine Nachricht verlässt die Sandbox.</translation>
    </message>
    <message>
        <source>outpost: %1</source>
        <translation>outpost: %1</translation>
    </message>
    <message>
        <source>Try `outpost --help`.</source>
        <translation>Versuchen Sie `outpost --help`.</translation>
    </message>
    <message>
        <source>outpost: to connect the mailbox, open this address in a browser:
%1</source>
        <translation>outpost: Öffnen Sie diese Adresse in einem Browser, um das Postfach zu verbinden:
%1</translation>
    </message>
    <message>
        <source>If no browser opened, open this address in a browser to connect the mailbox. Outpost waits for it.</source>
        <translation>Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse in einem Browser, um das Postfach zu verbinden. Outpost wartet darauf.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser to connect the mailbox. Outpost waits for it.</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse in einem Browser, um das Postfach zu verbinden. Outpost wartet darauf.</translation>
    </message>
    <message>
        <source>--instance: %1</source>
        <translation>--instance: %1</translation>
    </message>
    <message>
        <source>outpost: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
Without a display, `outpost send`, `outpost login` and `outpost sandbox` work; see `outpost --help`.</source>
        <translation>outpost: keine Anzeige, auf der ein Fenster geöffnet werden kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).
Ohne Anzeige funktionieren `outpost send`, `outpost login` und `outpost sandbox`; siehe `outpost --help`.</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Open in a Browser</source>
        <translation>In einem Browser öffnen</translation>
    </message>
</context>
<context>
    <name>Outpost::HttpClient</name>
    <message>
        <source>Outpost connects only over https, or over plain http to this computer</source>
        <translation>Outpost verbindet sich nur über https, oder über einfaches http mit diesem Computer</translation>
    </message>
    <message>
        <source>Cannot reach %1: the server is not answering (%2).</source>
        <translation>%1 ist nicht erreichbar: Der Server antwortet nicht (%2).</translation>
    </message>
    <message>
        <source>Cannot reach %1: there is no network connection, or no server by that name (%2).</source>
        <translation>%1 ist nicht erreichbar: Es besteht keine Netzwerkverbindung, oder es gibt keinen Server mit diesem Namen (%2).</translation>
    </message>
</context>
<context>
    <name>Outpost::InstanceSession</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Outpost::InstanceSignIn</name>
    <message>
        <source>Enter the email address you sign in with.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>“%1” is not an email address: %2.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: %2.</translation>
    </message>
    <message>
        <source>Enter your password, or paste an API token instead.</source>
        <translation>Geben Sie Ihr Passwort ein oder fügen Sie stattdessen ein API-Token ein.</translation>
    </message>
    <message>
        <source>The instance refused this token.</source>
        <translation>Die Instanz hat dieses Token abgelehnt.</translation>
    </message>
    <message>
        <source>The instance refused this token: %1</source>
        <translation>Die Instanz hat dieses Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>The instance refused this email and password.</source>
        <translation>Die Instanz hat diese E-Mail-Adresse und dieses Passwort abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Outpost::InstanceUrl</name>
    <message>
        <source>Enter the address of your instance.</source>
        <translation>Geben Sie die Adresse Ihrer Instanz ein.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>%1 must be reached over https: plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>%1 muss über https erreicht werden: Einfaches http ist nur für diesen Computer erlaubt (127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>Verwenden Sie eine https://-Adresse.</translation>
    </message>
</context>
<context>
    <name>Outpost::LocalStore</name>
    <message>
        <source>The drafts file could not be written.</source>
        <translation>Die Entwurfsdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The drafts file is not open.</source>
        <translation>Die Entwurfsdatei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>This message is no longer in the outbox.</source>
        <translation>Diese Nachricht ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>This message was already sent.</source>
        <translation>Diese Nachricht wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Outpost (process %1) is using %2.</source>
        <translation>Ein anderes Outpost (Prozess %1) verwendet %2.</translation>
    </message>
    <message>
        <source>Cannot lock %1 (check the folder's permissions).</source>
        <translation>%1 kann nicht gesperrt werden (prüfen Sie die Berechtigungen des Ordners).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The file is not a database Outpost can read.</source>
        <translation>Die Datei ist keine Datenbank, die Outpost lesen kann.</translation>
    </message>
    <message>
        <source>The file was written by a newer Outpost (schema %1; this one knows up to %2). Nothing was changed.</source>
        <translation>Die Datei wurde von einem neueren Outpost geschrieben (Schema %1; dieses kennt bis %2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not start upgrading the file: %1</source>
        <translation>Die Aktualisierung der Datei konnte nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Could not upgrade the file to schema %1: %2</source>
        <translation>Die Datei konnte nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The drafts file was damaged and has been replaced. Recovered from it: %1 and %2.</source>
        <translation>Die Datei mit den Entwürfen war beschädigt und wurde ersetzt. Daraus gerettet: %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Nachricht, die auf das Senden wartet</numerusform>
            <numerusform>%n Nachrichten, die auf das Senden warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read.</source>
        <translation>
            <numerusform>%n konnte nicht gelesen werden.</numerusform>
            <numerusform>%n konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged copy is kept as %1.</source>
        <translation>Die beschädigte Kopie wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Cannot move the file %1 aside.</source>
        <translation>Die Datei %1 kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The drafts file was written by a newer version of Outpost (schema %1), which this one cannot update safely. It is kept unchanged as %2; this Outpost goes on with a new file, into which it copied %3 and %4.</source>
        <translation>Die Entwurfsdatei wurde von einer neueren Version von Outpost geschrieben (Schema %1), die diese Version nicht sicher aktualisieren kann. Sie wird unverändert als %2 aufbewahrt; dieses Outpost arbeitet mit einer neuen Datei weiter, in die es %3 und %4 kopiert hat.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>A template named “%1” already exists.</source>
        <translation>Eine Vorlage namens „%1“ gibt es schon.</translation>
    </message>
</context>
<context>
    <name>Outpost::LoginCommand</name>
    <message>
        <source>outpost %1: %2</source>
        <translation>outpost %1: %2</translation>
    </message>
    <message>
        <source>Sign in to a platform instance and keep the sign-in in the desktop keychain (Secret Service), for the compose window and `outpost send`.
The password is asked for without echo on a terminal, or read from the first line of standard input otherwise. It is never stored.
Exit codes: 0 signed in, 64 usage, 69 instance or keychain unavailable, 77 refused.</source>
        <translation>Bei einer Plattform-Instanz anmelden und die Anmeldung im Schlüsselbund des Desktops (Secret Service) speichern, für das Fenster zum Verfassen und `outpost send`.
Das Passwort wird in einem Terminal ohne Echo abgefragt, sonst aus der ersten Zeile der Standardeingabe gelesen. Es wird nie gespeichert.
Exit-Codes: 0 angemeldet, 64 Aufruf, 69 Instanz oder Schlüsselbund nicht verfügbar, 77 abgelehnt.</translation>
    </message>
    <message>
        <source>The instance (https; http only for 127.0.0.1).</source>
        <translation>Die Instanz (https; http nur für 127.0.0.1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The email address you sign in with.</source>
        <translation>Die E-Mail-Adresse, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Read a personal API token instead of a password.</source>
        <translation>Ein persönliches API-Token statt eines Passworts lesen.</translation>
    </message>
    <message>
        <source>outpost login: --instance and --email are required.
Try `outpost login --help`.</source>
        <translation>outpost login: --instance und --email sind erforderlich.
Versuchen Sie `outpost login --help`.</translation>
    </message>
    <message>
        <source>outpost login: --instance: %1</source>
        <translation>outpost login: --instance: %1</translation>
    </message>
    <message>
        <source>API token for %1: </source>
        <translation>API-Token für %1: </translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>outpost login: %1</source>
        <translation>outpost login: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>Sign out of a platform instance: deletes its sign-in from the keychain and forgets the instance.
Exit codes: 0 signed out, 64 usage, 69 keychain unavailable.</source>
        <translation>Von einer Plattform-Instanz abmelden: löscht die Anmeldung aus dem Schlüsselbund und vergisst die Instanz.
Exit-Codes: 0 abgemeldet, 64 Aufruf, 69 Schlüsselbund nicht verfügbar.</translation>
    </message>
    <message>
        <source>The instance to sign out of.</source>
        <translation>Die Instanz, von der abgemeldet wird.</translation>
    </message>
    <message>
        <source>Only this user (default: every user of the instance).</source>
        <translation>Nur dieser Benutzer (Standard: alle Benutzer der Instanz).</translation>
    </message>
    <message>
        <source>outpost logout: --instance is required.
Try `outpost logout --help`.</source>
        <translation>outpost logout: --instance ist erforderlich.
Versuchen Sie `outpost logout --help`.</translation>
    </message>
    <message>
        <source>outpost logout: --instance: %1</source>
        <translation>outpost logout: --instance: %1</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>Nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2).</source>
        <translation>Von %1 abgemeldet (%2).</translation>
    </message>
    <message>
        <source>outpost login: signed in to %1 as %2, but the sign-in cannot be kept: %3</source>
        <translation>outpost login: bei %1 als %2 angemeldet, aber die Anmeldung kann nicht gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>Outpost::LoopbackReceiver</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing here. Return to Outpost.</source>
        <translation>Hier gibt es nichts. Kehren Sie zu Outpost zurück.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Outpost stopped waiting for this sign-in.</source>
        <translation>Outpost wartet nicht mehr auf diese Anmeldung.</translation>
    </message>
</context>
<context>
    <name>Outpost::MailStatusLinks</name>
    <message>
        <source>Outbox (%1)</source>
        <translation>Postausgang (%1)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent</source>
        <translation>Nichts wartet auf das Senden</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on the way: open the Outbox</source>
        <translation>
            <numerusform>%n Nachricht unterwegs: Postausgang öffnen</numerusform>
            <numerusform>%n Nachrichten unterwegs: Postausgang öffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Open the list of mail sent recently (Ctrl+Shift+E)</source>
        <translation>Die Liste der zuletzt gesendeten Nachrichten öffnen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Open the drafts kept on this computer (Ctrl+Shift+D)</source>
        <translation>Die auf diesem Computer gespeicherten Entwürfe öffnen (Strg+Umschalt+D)</translation>
    </message>
</context>
<context>
    <name>Outpost::MailWindows</name>
    <message>
        <source>Reopened: Outpost stopped before this message was sent or closed. Nothing you typed more than two seconds before was lost.</source>
        <translation>Wieder geöffnet: Outpost wurde beendet, bevor diese Nachricht gesendet oder geschlossen wurde. Nichts, was Sie früher als zwei Sekunden davor eingegeben haben, ist verloren.</translation>
    </message>
    <message>
        <source>Reopened: this message was still open when Outpost closed. It is as you left it.</source>
        <translation>Wieder geöffnet: Diese Nachricht war noch offen, als Outpost beendet wurde. Sie ist so, wie Sie sie verlassen haben.</translation>
    </message>
    <message>
        <source>Taken out of the Outbox. The last attempt failed: %1</source>
        <translation>Aus dem Postausgang genommen. Der letzte Versuch ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>• %1 (due %2)</source>
        <translation>• %1 (fällig %2)</translation>
    </message>
    <message>
        <source>Send it now, or review it in the Outbox?</source>
        <translation>Jetzt senden oder im Postausgang prüfen?</translation>
    </message>
    <message>
        <source>Send them now, or review them in the Outbox?</source>
        <translation>Jetzt senden oder im Postausgang prüfen?</translation>
    </message>
    <message>
        <source>&amp;Review in Outbox</source>
        <translation>Im Postausgang &amp;prüfen</translation>
    </message>
    <message>
        <source>It is scheduled for %1: it goes out then if Outpost is open; if not, Outpost asks you about it when you next start it.</source>
        <translation>Geplant für %1: Die Nachricht wird dann gesendet, wenn Outpost geöffnet ist; sonst fragt Outpost Sie beim nächsten Start danach.</translation>
    </message>
    <message>
        <source>Mail scheduled for later goes out at its time while Outpost is open (the first: %1); mail whose time comes while Outpost is closed is asked about when you next start it.</source>
        <translation>Geplante Mail wird zu ihrer Zeit gesendet, solange Outpost geöffnet ist (die erste: %1); nach Mail, deren Zeit bei geschlossenem Outpost kommt, fragt Outpost beim nächsten Start.</translation>
    </message>
    <message>
        <source>Mail that was not sent, or may have been, waits in the Outbox until you decide about it.</source>
        <translation>Mail, die nicht gesendet wurde oder vielleicht gesendet wurde, bleibt im Postausgang, bis Sie darüber entscheiden.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Drafts cannot be saved to disk (%1). Keep your windows open until your mail is sent: nothing will be there after Outpost closes.</source>
        <translation>Entwürfe können nicht auf der Festplatte gespeichert werden (%1). Lassen Sie Ihre Fenster offen, bis Ihre Nachrichten gesendet sind: Nach dem Schließen von Outpost ist nichts mehr da.</translation>
    </message>
    <message>
        <source>Quit Outpost; open messages are kept and reopened next time</source>
        <translation>Outpost beenden; geöffnete Nachrichten bleiben erhalten und werden beim nächsten Start wieder geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) fell due while Outpost was closed:</source>
        <translation>
            <numerusform>Eine Nachricht wurde fällig, während Outpost geschlossen war:</numerusform>
            <numerusform>%n Nachrichten wurden fällig, während Outpost geschlossen war:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still in the Outbox.</source>
        <translation>
            <numerusform>%n Nachricht ist noch im Postausgang.</numerusform>
            <numerusform>%n Nachrichten sind noch im Postausgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>This message went straight through %1: its conversation is read there, in your mail.</source>
        <translation>Diese Nachricht wurde direkt über %1 gesendet: Ihr Verlauf ist dort zu lesen, in Ihrem E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Messages kept to finish later</source>
        <translation>Zum späteren Fertigstellen aufbewahrte Nachrichten</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Mail on its way, scheduled or not sent</source>
        <translation>Nachrichten unterwegs, geplant oder nicht gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>What went out recently, and its conversations</source>
        <translation>Zuletzt gesendete Nachrichten und ihre Verläufe</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Keep Outpost Open</source>
        <translation>Outpost &amp;geöffnet lassen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Your templates: create, edit and delete them</source>
        <translation>Ihre Vorlagen: anlegen, bearbeiten und löschen</translation>
    </message>
    <message>
        <source>Scheduled Mail</source>
        <translation>Geplante Nachrichten</translation>
    </message>
    <message>
        <source>Mail Still in the Outbox</source>
        <translation>Nachrichten noch im Postausgang</translation>
    </message>
    <message>
        <source>Manage Templates…</source>
        <translation>Vorlagen verwalten …</translation>
    </message>
</context>
<context>
    <name>Outpost::MailboxConnector</name>
    <message numerus="yes">
        <source>No new %1 mailbox appeared within %n minute(s). If you finished in the browser, try again; if the browser did not open, check that a default browser is set.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute ist kein neues %1-Postfach erschienen. Wenn Sie im Browser fertig sind, versuchen Sie es erneut; hat sich der Browser nicht geöffnet, prüfen Sie, ob ein Standardbrowser eingestellt ist.</numerusform>
            <numerusform>Innerhalb von %n Minuten ist kein neues %1-Postfach erschienen. Wenn Sie im Browser fertig sind, versuchen Sie es erneut; hat sich der Browser nicht geöffnet, prüfen Sie, ob ein Standardbrowser eingestellt ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::MailboxListModel</name>
    <message>
        <source>%1 · direct</source>
        <translation>%1 · direkt</translation>
    </message>
</context>
<context>
    <name>Outpost::MentionEdit</name>
    <message>
        <source>Colleagues to mention</source>
        <translation>Kollegen zum Erwähnen</translation>
    </message>
</context>
<context>
    <name>Outpost::MergeFields</name>
    <message>
        <source>there is no recipient yet; add one in To first.</source>
        <translation>es gibt noch keinen Empfänger; fügen Sie zuerst einen unter An hinzu.</translation>
    </message>
    <message>
        <source>the contact %1 could not be looked up: %2</source>
        <translation>der Kontakt %1 konnte nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>no contact on the instance has the address %1.</source>
        <translation>kein Kontakt der Instanz hat die Adresse %1.</translation>
    </message>
    <message>
        <source>the contact %1 has no first name.</source>
        <translation>der Kontakt %1 hat keinen Vornamen.</translation>
    </message>
    <message>
        <source>the contact %1 has no last name.</source>
        <translation>der Kontakt %1 hat keinen Nachnamen.</translation>
    </message>
    <message>
        <source>no mailbox to send from is chosen yet.</source>
        <translation>es ist noch kein Postfach zum Senden gewählt.</translation>
    </message>
    <message>
        <source>the mailbox %1 has no name.</source>
        <translation>das Postfach %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Outpost does not know your address (sign in to an instance).</source>
        <translation>Outpost kennt Ihre Adresse nicht (melden Sie sich bei einer Instanz an).</translation>
    </message>
    <message>
        <source>Outpost does not know your name.</source>
        <translation>Outpost kennt Ihren Namen nicht.</translation>
    </message>
    <message>
        <source>Outpost knows no field of that name (it knows %1).</source>
        <translation>Outpost kennt kein Feld dieses Namens (es kennt %1).</translation>
    </message>
</context>
<context>
    <name>Outpost::MimeMessage</name>
    <message>
        <source>%1 contains a line break, which is not allowed in a mail header.</source>
        <translation>%1 enthält einen Zeilenumbruch, der in einer Kopfzeile nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The name “%1”</source>
        <translation>Der Name „%1“</translation>
    </message>
    <message>
        <source>The address “%1”</source>
        <translation>Die Adresse „%1“</translation>
    </message>
    <message>
        <source>The sender</source>
        <translation>Der Absender</translation>
    </message>
    <message>
        <source>The sender's name</source>
        <translation>Der Name des Absenders</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>Der Betreff</translation>
    </message>
    <message>
        <source>In-Reply-To</source>
        <translation>In-Reply-To</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>The Message-ID</source>
        <translation>Die Message-ID</translation>
    </message>
    <message>
        <source>The sender is not an address.</source>
        <translation>Der Absender ist keine Adresse.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Fügen Sie mindestens einen Empfänger hinzu.</translation>
    </message>
    <message>
        <source>The file name “%1”</source>
        <translation>Der Dateiname „%1“</translation>
    </message>
    <message>
        <source>A content type</source>
        <translation>Ein Inhaltstyp</translation>
    </message>
    <message>
        <source>“%1” is stored on the platform only and cannot be sent directly.</source>
        <translation>„%1“ liegt nur auf der Plattform und kann nicht direkt gesendet werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2 does not exist or is not readable.</source>
        <translation>„%1“ kann nicht gelesen werden: %2 existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>Schreiben von %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Outpost::OAuthFlow</name>
    <message>
        <source>Nothing came back from the browser in time. Start again to connect %1.</source>
        <translation>Vom Browser kam nicht rechtzeitig eine Antwort. Beginnen Sie erneut, um %1 zu verbinden.</translation>
    </message>
    <message>
        <source>Outpost could not wait for the browser on 127.0.0.1: %1</source>
        <translation>Outpost konnte auf 127.0.0.1 nicht auf den Browser warten: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Outpost was not given access. You can close this window.</source>
        <translation>Outpost hat keinen Zugriff erhalten. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You can close this window and return to Outpost.</source>
        <translation>Sie können dieses Fenster schließen und zu Outpost zurückkehren.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (state mismatch), so it was ignored. Start again to connect %1.</source>
        <translation>Der Browser kam mit einer Antwort zurück, die nicht zu dieser Anmeldung gehört (state stimmt nicht überein), daher wurde sie ignoriert. Beginnen Sie erneut, um %1 zu verbinden.</translation>
    </message>
    <message>
        <source>%1 did not give Outpost access (access denied). Nothing was connected.</source>
        <translation>%1 hat Outpost keinen Zugriff gewährt (Zugriff verweigert). Es wurde nichts verbunden.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 came back without a code. Start again.</source>
        <translation>%1 kam ohne Code zurück. Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>Outpost is not waiting for this sign-in any more. Return to Outpost and start again.</source>
        <translation>Outpost wartet nicht mehr auf diese Anmeldung. Kehren Sie zu Outpost zurück und beginnen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>Outpost::OAuthProfile</name>
    <message>
        <source>No %1 client id is configured: set OUTPOST_%2_CLIENT_ID or oauth/%3/clientId in the settings.</source>
        <translation>Es ist keine %1-Client-ID eingerichtet: Setzen Sie OUTPOST_%2_CLIENT_ID oder oauth/%3/clientId in den Einstellungen.</translation>
    </message>
    <message>
        <source>The %1 endpoint “%2” must be an https:// address.</source>
        <translation>Der %1-Endpunkt „%2“ muss eine https://-Adresse sein.</translation>
    </message>
    <message>
        <source>No %1 client secret is configured: %1's desktop clients need it even with PKCE. Set oauth/%2/clientSecret in Outpost's settings file (next to the client id of Settings → Direct sending) or OUTPOST_%3_CLIENT_SECRET.</source>
        <translation>Es ist kein %1-Client-Geheimnis eingerichtet: Desktop-Clients von %1 brauchen es auch mit PKCE. Setzen Sie oauth/%2/clientSecret in der Einstellungsdatei von Outpost (neben der Client-ID unter Einstellungen → Direktes Senden) oder OUTPOST_%3_CLIENT_SECRET.</translation>
    </message>
</context>
<context>
    <name>Outpost::OAuthTokenClient</name>
    <message>
        <source>%1 no longer accepts this sign-in (it expired, was already used or was revoked). Connect the mailbox again.</source>
        <translation>%1 akzeptiert diese Anmeldung nicht mehr (sie ist abgelaufen, wurde bereits verwendet oder widerrufen). Verbinden Sie das Postfach erneut.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (HTTP %2).</source>
        <translation>%1 hat die Anmeldung abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 answered without an access token.</source>
        <translation>%1 hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>%1 granted access for this hour only (no refresh token), so Outpost would have to ask again soon. Remove Outpost from your %1 account's connected apps and connect again.</source>
        <translation>%1 hat den Zugriff nur für diese Stunde gewährt (kein Aktualisierungstoken), daher müsste Outpost bald erneut fragen. Entfernen Sie Outpost aus den verbundenen Apps Ihres %1-Kontos und verbinden Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be told to forget Outpost's access (%2); remove it from your account's connected apps.</source>
        <translation>%1 konnte nicht angewiesen werden, den Zugriff von Outpost zu vergessen (%2); entfernen Sie ihn in den verbundenen Apps Ihres Kontos.</translation>
    </message>
    <message>
        <source>%1 no longer grants what Outpost asked for (invalid scope). Connect the mailbox again.</source>
        <translation>%1 gewährt nicht mehr, worum Outpost gebeten hat (ungültiger Scope). Verbinden Sie das Postfach erneut.</translation>
    </message>
    <message>
        <source>%1 answered without saying what kind of token it issued, so Outpost cannot use it (it needs a Bearer token).</source>
        <translation>%1 hat geantwortet, ohne zu sagen, welche Art von Token ausgestellt wurde; Outpost kann es daher nicht verwenden (es braucht ein Bearer-Token).</translation>
    </message>
    <message>
        <source>%1 issued a token of type “%2”, which Outpost cannot use (it needs a Bearer token).</source>
        <translation>%1 hat ein Token vom Typ „%2“ ausgestellt, das Outpost nicht verwenden kann (es braucht ein Bearer-Token).</translation>
    </message>
</context>
<context>
    <name>Outpost::Outbox</name>
    <message>
        <source>May have been sent: %1 Check the conversation before sending it again.</source>
        <translation>Möglicherweise gesendet: %1 Sehen Sie im Verlauf nach, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>May have been sent: %1 Outpost could not find out whether it arrived (%2). Check the conversation before sending it again.</source>
        <translation>Möglicherweise gesendet: %1 Outpost konnte nicht feststellen, ob sie angekommen ist (%2). Sehen Sie im Verlauf nach, bevor Sie sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>Outpost::OutboxModel</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Held for Undo until %1</source>
        <translation>Zum Rückgängigmachen gehalten bis %1</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Was due at %1 while Outpost was closed: send it or edit it</source>
        <extracomment>%1 is a time ("14:05") today, else a date and time ("12 May, 14:05").</extracomment>
        <translation>Wurde fällig (%1), während Outpost geschlossen war: senden oder bearbeiten</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Trying again at %1 (attempt %2): %3</source>
        <translation>Neuer Versuch um %1 (Versuch %2): %3</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Waiting for the network: %1</source>
        <translation>Wartet auf das Netzwerk: %1</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Wartet auf das Netzwerk</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Nicht gesendet: abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>the server kept failing (HTTP %1)</source>
        <translation>der Server ist wiederholt gescheitert (HTTP %1)</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>der Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>Stopped after %1 attempts: %2.</source>
        <translation>Nach %1 Versuchen aufgegeben: %2.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checking whether it was sent: the server's answer was lost</source>
        <translation>Es wird geprüft, ob sie gesendet wurde: Die Antwort des Servers ging verloren</translation>
    </message>
    <message>
        <source>May have been sent: check the conversation before sending it again.</source>
        <translation>Möglicherweise gesendet: Sehen Sie im Verlauf nach, bevor Sie sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>Outpost::OutboxWindow</name>
    <message>
        <source>Delete “%1”? It will not be sent, and it cannot be brought back.</source>
        <translation>„%1“ löschen? Die Nachricht wird nicht gesendet und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Postausgang (%1)</translation>
    </message>
    <message>
        <source>“%1” may have been sent already: check the conversation first. Edited and sent again, it may arrive twice.</source>
        <translation>„%1“ wurde möglicherweise schon gesendet: Prüfen Sie zuerst den Verlauf. Bearbeitet und erneut gesendet, kommt sie vielleicht zweimal an.</translation>
    </message>
    <message>
        <source>Looks for it on the server again; it goes again only if it is certainly not there.</source>
        <translation>Sucht sie erneut auf dem Server; sie wird nur erneut gesendet, wenn sie sicher nicht dort ist.</translation>
    </message>
    <message>
        <source>&amp;Edit Anyway</source>
        <translation>&amp;Trotzdem bearbeiten</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Edit Message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Nachricht löschen</translation>
    </message>
</context>
<context>
    <name>Outpost::PeopleText</name>
    <message numerus="yes">
        <source>%n others</source>
        <comment>always 2 or more</comment>
        <extracomment>The end of a list of people: "Jamie Lee, Robin Hale and 2 others" (n is 2 or more).</extracomment>
        <translation>
            <numerusform>%n weitere Person</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::PlatformClient</name>
    <message>
        <source>%1 is not a mailbox connected to your account on this instance.</source>
        <translation>%1 ist kein Postfach, das mit Ihrem Konto auf dieser Instanz verbunden ist.</translation>
    </message>
</context>
<context>
    <name>Outpost::PlatformJson</name>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>the send answer is not JSON</source>
        <translation>die Antwort auf das Senden ist kein JSON</translation>
    </message>
    <message>
        <source>the send answer has no conversationId</source>
        <translation>die Antwort auf das Senden hat keine conversationId</translation>
    </message>
    <message>
        <source>the mailbox list is not JSON</source>
        <translation>die Postfachliste ist kein JSON</translation>
    </message>
    <message>
        <source>the sign-in answer has no token</source>
        <translation>die Antwort auf die Anmeldung enthält kein Token</translation>
    </message>
    <message>
        <source>the upload answer is not JSON</source>
        <translation>die Antwort auf das Hochladen ist kein JSON</translation>
    </message>
    <message>
        <source>the upload answer has a file without a key</source>
        <translation>die Antwort auf das Hochladen enthält eine Datei ohne Schlüssel</translation>
    </message>
    <message>
        <source>the mailbox connection answer has no usable https authUrl</source>
        <translation>die Antwort zur Postfachverbindung hat keine nutzbare https-authUrl</translation>
    </message>
    <message>
        <source>the contact list is not JSON</source>
        <translation>die Kontaktliste ist kein JSON</translation>
    </message>
    <message>
        <source>the conversation list is not JSON</source>
        <translation>die Konversationsliste ist kein JSON</translation>
    </message>
    <message>
        <source>the conversation answer has no _id</source>
        <translation>die Antwort zur Konversation hat keine _id</translation>
    </message>
    <message>
        <source>the message list is not JSON</source>
        <translation>die Nachrichtenliste ist kein JSON</translation>
    </message>
    <message>
        <source>the sync status answer is not a JSON object</source>
        <translation>die Antwort zum Synchronisierungsstatus ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the search answer has no list of results</source>
        <translation>die Suchantwort enthält keine Ergebnisliste</translation>
    </message>
    <message>
        <source>the template list holds no list</source>
        <translation>die Vorlagenliste enthält keine Liste</translation>
    </message>
    <message>
        <source>the template list is not JSON</source>
        <translation>die Vorlagenliste ist kein JSON</translation>
    </message>
    <message>
        <source>the saved template's answer is not JSON</source>
        <translation>die Antwort zur gespeicherten Vorlage ist kein JSON</translation>
    </message>
    <message>
        <source>the saved template's answer has no id</source>
        <translation>die Antwort zur gespeicherten Vorlage hat keine ID</translation>
    </message>
</context>
<context>
    <name>Outpost::Provider</name>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
</context>
<context>
    <name>Outpost::ProviderInfo</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Outpost::ProviderSignIn</name>
    <message>
        <source>%1 is not connected for direct sending. Connect it first.</source>
        <translation>%1 ist nicht für direktes Senden verbunden. Verbinden Sie es zuerst.</translation>
    </message>
    <message>
        <source>%1 no longer grants Outpost what it needs to send from %2 (invalid scope). Connect %2 again.</source>
        <translation>%1 gewährt Outpost nicht mehr, was es zum Senden von %2 braucht (ungültiger Scope). Verbinden Sie %2 erneut.</translation>
    </message>
    <message>
        <source>%1 no longer accepts Outpost's sign-in for %2 (it expired or was revoked). Connect %2 again.</source>
        <translation>%1 akzeptiert die Anmeldung von Outpost für %2 nicht mehr (sie ist abgelaufen oder wurde widerrufen). Verbinden Sie %2 erneut.</translation>
    </message>
</context>
<context>
    <name>Outpost::RecipientChip</name>
    <message>
        <source>“%1” is not a valid address: %2.</source>
        <translation>„%1“ ist keine gültige Adresse: %2.</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Empfänger %1</translation>
    </message>
    <message>
        <source>Invalid recipient %1</source>
        <translation>Ungültiger Empfänger %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Removes this recipient (Delete)</source>
        <translation>Entfernt diesen Empfänger (Entf)</translation>
    </message>
    <message>
        <source>Puts this recipient back in the entry to edit it (F2)</source>
        <translation>Setzt diesen Empfänger zum Bearbeiten zurück in das Eingabefeld (F2)</translation>
    </message>
</context>
<context>
    <name>Outpost::RecipientEdit</name>
    <message>
        <source>Address suggestions</source>
        <translation>Adressvorschläge</translation>
    </message>
</context>
<context>
    <name>Outpost::RoutingSubmission</name>
    <message>
        <source>%1 is not a mailbox of any instance you are signed in to.</source>
        <translation>%1 ist kein Postfach einer Instanz, bei der Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>%1 is no longer a mailbox Outpost sends through directly. Add it again in Accounts, or send from another mailbox.</source>
        <translation>%1 ist kein Postfach mehr, über das Outpost direkt sendet. Fügen Sie es unter „Konten und Postfächer“ wieder hinzu oder senden Sie von einem anderen Postfach.</translation>
    </message>
    <message>
        <source>Signed out of %1 as %2 since this message was queued: sign in again to send it.</source>
        <translation>Seit diese Nachricht eingereiht wurde, sind Sie bei %1 als %2 abgemeldet: Melden Sie sich erneut an, um sie zu senden.</translation>
    </message>
</context>
<context>
    <name>Outpost::SandboxCommand</name>
    <message>
        <source>Run the sandbox: a stand-in platform instance on 127.0.0.1 with demo data, for trying Outpost and for tests. Runs until interrupted.</source>
        <translation>Die Sandbox starten: eine Ersatz-Plattforminstanz auf 127.0.0.1 mit Demodaten, zum Ausprobieren von Outpost und für Tests. Läuft, bis sie unterbrochen wird.</translation>
    </message>
    <message>
        <source>Listen on port N (default: any free port).</source>
        <translation>Auf Port N lauschen (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep the state in DIR (default: a fresh temporary directory).</source>
        <translation>Den Zustand in VERZ aufbewahren (Standard: ein neues temporäres Verzeichnis).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Enable the /_sandbox/ fault-injection endpoints.</source>
        <translation>Die Fehlereinspeisungs-Endpunkte unter /_sandbox/ aktivieren.</translation>
    </message>
    <message>
        <source>Print one JSON line {url, email, password, token} once connections are accepted.</source>
        <translation>Eine JSON-Zeile {url, email, password, token} ausgeben, sobald Verbindungen angenommen werden.</translation>
    </message>
    <message>
        <source>outpost sandbox: --port must be a number from 0 to 65535.</source>
        <translation>outpost sandbox: --port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>outpost sandbox: %1</source>
        <translation>outpost sandbox: %1</translation>
    </message>
    <message>
        <source>Sandbox listening on %1
  data:     %2
  user:     %3
  password: %4
  token:    %5
Try: OUTPOST_TOKEN=%5 outpost --instance %1</source>
        <translation>Sandbox lauscht auf %1
  Daten:    %2
  Benutzer: %3
  Passwort: %4
  Token:    %5
Probieren Sie: OUTPOST_TOKEN=%5 outpost --instance %1</translation>
    </message>
    <message>
        <source>Accept uploaded files of up to N MB each (default: 50, as the platform).</source>
        <translation>Hochgeladene Dateien bis jeweils N MB annehmen (Standard: 50, wie die Plattform).</translation>
    </message>
    <message>
        <source>outpost sandbox: --max-upload-mb must be a number from 1 to %1.</source>
        <translation>outpost sandbox: --max-upload-mb muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>Play a platform that ignores Idempotency-Key: a repeated send is stored again (with --faults, POST /_sandbox/faults {"ignoreIdempotencyKey": false} switches it back).</source>
        <translation>Eine Plattform spielen, die Idempotency-Key ignoriert: Ein wiederholtes Senden wird erneut gespeichert (mit --faults schaltet POST /_sandbox/faults {"ignoreIdempotencyKey": false} es zurück).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Play an instance of an earlier platform version: legacy-accountid (its send endpoint names the mailbox by accountId instead of from), or minimal (no message search, no mailbox sync or disconnect). Default: current.</source>
        <translation>Eine Instanz einer früheren Plattformversion spielen: legacy-accountid (ihr Sende-Endpunkt nennt das Postfach accountId statt from) oder minimal (keine Nachrichtensuche, kein Abgleichen oder Trennen von Postfächern). Vorgabe: current.</translation>
    </message>
    <message>
        <source>outpost sandbox: --instance-profile must be current, legacy-accountid or minimal, not “%1”.</source>
        <translation>outpost sandbox: --instance-profile muss current, legacy-accountid oder minimal sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>Outpost::SandboxModule</name>
    <message>
        <source>%1 was not found in %2.</source>
        <translation>%1 wurde in %2 nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>Outpost::SendCommand</name>
    <message>
        <source>outpost send: %1</source>
        <translation>outpost send: %1</translation>
    </message>
    <message>
        <source>outpost send: %1: %2</source>
        <translation>outpost send: %1: %2</translation>
    </message>
    <message>
        <source>The instance (https; http only for 127.0.0.1).</source>
        <translation>Die Instanz (https; http nur für 127.0.0.1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The sending mailbox.</source>
        <translation>Das sendende Postfach.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>A recipient, bare or "Name" &lt;address&gt; (repeatable).</source>
        <translation>Ein Empfänger, nur Adresse oder "Name" &lt;Adresse&gt; (wiederholbar).</translation>
    </message>
    <message>
        <source>A Cc recipient (repeatable).</source>
        <translation>Ein Cc-Empfänger (wiederholbar).</translation>
    </message>
    <message>
        <source>A Bcc recipient (repeatable).</source>
        <translation>Ein Bcc-Empfänger (wiederholbar).</translation>
    </message>
    <message>
        <source>The subject (omitted: the thread's, or "(no subject)").</source>
        <translation>Der Betreff (weggelassen: der der Konversation oder "(kein Betreff)").</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The message text.</source>
        <translation>Der Nachrichtentext.</translation>
    </message>
    <message>
        <source>Read the message text from FILE (- for stdin).</source>
        <translation>Den Nachrichtentext aus DATEI lesen (- für stdin).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The body is HTML.</source>
        <translation>Der Text ist HTML.</translation>
    </message>
    <message>
        <source>Reply into this thread (a threadId).</source>
        <translation>In diese Konversation antworten (eine threadId).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The Message-ID replied to, with &lt;&gt;.</source>
        <translation>Die Message-ID, auf die geantwortet wird, mit &lt;&gt;.</translation>
    </message>
    <message>
        <source>The References chain (space-separated).</source>
        <translation>Die References-Kette (durch Leerzeichen getrennt).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>gmail or outlook, when the address is connected under both.</source>
        <translation>gmail oder outlook, wenn die Adresse über beide verbunden ist.</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>outpost send: unexpected argument “%1”.
Try `outpost send --help`.</source>
        <translation>outpost send: unerwartetes Argument „%1“.
Versuchen Sie `outpost send --help`.</translation>
    </message>
    <message>
        <source>outpost send: missing %1.
Try `outpost send --help`.</source>
        <translation>outpost send: %1 fehlt.
Versuchen Sie `outpost send --help`.</translation>
    </message>
    <message>
        <source>outpost send: --instance: %1</source>
        <translation>outpost send: --instance: %1</translation>
    </message>
    <message>
        <source>outpost send: --provider must be gmail or outlook.</source>
        <translation>outpost send: --provider muss gmail oder outlook sein.</translation>
    </message>
    <message>
        <source>outpost send: cannot read %1: %2</source>
        <translation>outpost send: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>outpost send: %1 Retrying in %2 ms (attempt %3).</source>
        <translation>outpost send: %1 Neuer Versuch in %2 ms (Versuch %3).</translation>
    </message>
    <message>
        <source>outpost send: cannot write %1: %2</source>
        <translation>outpost send: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>outpost send: --via must be gmail or outlook.</source>
        <translation>outpost send: --via muss gmail oder outlook sein.</translation>
    </message>
    <message>
        <source>outpost send: --api-url: %1</source>
        <translation>outpost send: --api-url: %1</translation>
    </message>
    <message>
        <source>outpost send: no token: set OUTPOST_PROVIDER_TOKEN to an access token of %1.</source>
        <translation>outpost send: kein Token: Setzen Sie OUTPOST_PROVIDER_TOKEN auf ein Zugriffstoken von %1.</translation>
    </message>
    <message>
        <source>outpost send: --eml with --via outlook: Graph builds the message itself; use --dry-run to write the .eml.</source>
        <translation>outpost send: --eml mit --via outlook: Graph erstellt die Nachricht selbst; verwenden Sie --dry-run, um die .eml zu schreiben.</translation>
    </message>
    <message>
        <source>With --via: the provider API's address (default: Google's or Microsoft's).</source>
        <translation>Mit --via: die Adresse der Anbieter-API (Standard: die von Google bzw. Microsoft).</translation>
    </message>
    <message>
        <source>Also write the message, exactly as it is sent directly, to FILE (.eml).</source>
        <translation>Die Nachricht außerdem genau so, wie sie direkt gesendet wird, in DATEI (.eml) schreiben.</translation>
    </message>
    <message>
        <source>Send nothing: with --eml, only write the file.</source>
        <translation>Nichts senden: mit --eml nur die Datei schreiben.</translation>
    </message>
    <message>
        <source>outpost send: --eml needs --via or --dry-run: the platform writes its own message.</source>
        <translation>outpost send: --eml braucht --via oder --dry-run: Die Plattform schreibt ihre eigene Nachricht.</translation>
    </message>
    <message>
        <source>outpost send: no token: set OUTPOST_TOKEN to an access token of %1, or sign in with `outpost login --instance %2 --email ADDRESS`.</source>
        <translation>outpost send: kein Token: Setzen Sie OUTPOST_TOKEN auf ein Zugriffstoken von %1 oder melden Sie sich mit `outpost login --instance %2 --email ADRESSE` an.</translation>
    </message>
    <message>
        <source>outpost send: --attach: %1</source>
        <translation>outpost send: --attach: %1</translation>
    </message>
    <message>
        <source>Attach FILE (repeat for several): uploaded to the instance, then sent; with --via or --dry-run, put in the message itself.</source>
        <translation>DATEI anhängen (für mehrere wiederholen): wird zur Instanz hochgeladen, dann gesendet; mit --via oder --dry-run steht sie in der Nachricht selbst.</translation>
    </message>
    <message>
        <source>Send one message through a platform instance, without a window.
Prints the receipt as one JSON line on success. The token comes from $OUTPOST_TOKEN.
Exit codes: 0 sent, 64 usage, 65 refused as written, 69 network or server failure (not sent), 75 may have been sent (the answer was lost and Outpost could not find out whether the server stored it: look in the conversation before sending again), 77 no token or token refused.
Without $OUTPOST_TOKEN, the sign-in kept by `outpost login` is used.</source>
        <translation>Eine Nachricht über eine Plattform-Instanz senden, ohne Fenster.
Gibt bei Erfolg die Quittung als eine JSON-Zeile aus. Das Token kommt aus $OUTPOST_TOKEN.
Exit-Codes: 0 gesendet, 64 Aufruf, 65 so wie geschrieben abgelehnt, 69 Netzwerk- oder Serverfehler (nicht gesendet), 75 möglicherweise gesendet (die Antwort ging verloren und Outpost konnte nicht feststellen, ob der Server sie gespeichert hat: vor einem erneuten Senden im Verlauf nachsehen), 77 kein Token oder Token abgelehnt.
Ohne $OUTPOST_TOKEN wird die mit `outpost login` gespeicherte Anmeldung verwendet.</translation>
    </message>
    <message>
        <source>outpost send: %1 Looking whether it arrived in %2 ms.</source>
        <translation>outpost send: %1 Es wird in %2 ms nachgesehen, ob sie angekommen ist.</translation>
    </message>
    <message numerus="yes">
        <source>outpost send: waiting for %n attachment(s) to upload…</source>
        <translation>
            <numerusform>outpost send: Warten, bis ein Anhang hochgeladen ist …</numerusform>
            <numerusform>outpost send: Warten, bis %n Anhänge hochgeladen sind …</numerusform>
        </translation>
    </message>
    <message>
        <source>Send straight through gmail or outlook (Gmail API, Microsoft Graph) instead of the platform; the provider's access token comes from $OUTPOST_PROVIDER_TOKEN. The account the token belongs to is asked of the provider first: a --from it cannot send as (Gmail: not the account nor a verified send-as alias) is refused (exit 65).</source>
        <translation>Direkt über gmail oder outlook senden (Gmail API, Microsoft Graph) statt über die Plattform; das Zugriffstoken des Anbieters kommt aus $OUTPOST_PROVIDER_TOKEN. Zuerst wird beim Anbieter erfragt, zu welchem Konto das Token gehört: Ein --from, als das es nicht senden kann (Gmail: weder das Konto noch ein bestätigter Alias), wird abgelehnt (Exit-Code 65).</translation>
    </message>
    <message>
        <source>Write the message from the template NAME (your own, else the instance's), its {{firstName}}-style fields filled from the first --to recipient's contact, the --from mailbox and you; its subject unless --subject is given. A field that cannot be filled is named and nothing is sent (exit 65).</source>
        <translation>Die Nachricht aus der Vorlage NAME schreiben (Ihrer eigenen, sonst der der Instanz); Felder wie {{firstName}} werden aus dem Kontakt des ersten --to-Empfängers, dem --from-Postfach und Ihnen gefüllt; ihr Betreff, wenn --subject fehlt. Ein Feld, das sich nicht füllen lässt, wird genannt und nichts gesendet (Exit 65).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>exactly one of --body, --body-file or --template</source>
        <translation>genau eines von --body, --body-file oder --template</translation>
    </message>
    <message>
        <source>outpost send: --template needs an instance: its fields are filled from the instance's contacts.</source>
        <translation>outpost send: --template braucht eine Instanz: die Felder werden aus deren Kontakten gefüllt.</translation>
    </message>
    <message>
        <source>no template is named “%1”, and there are none.</source>
        <translation>keine Vorlage heißt „%1“, und es gibt keine.</translation>
    </message>
    <message>
        <source>no template is named “%1”. There are: %2.</source>
        <translation>keine Vorlage heißt „%1“. Es gibt: %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::SendLaterButton</name>
    <message>
        <source>Choose when the message goes out; it waits in the Outbox until then</source>
        <translation>Wählen, wann die Nachricht hinausgeht; bis dahin wartet sie im Postausgang</translation>
    </message>
    <message>
        <source>Send &amp;Later</source>
        <translation>S&amp;päter senden</translation>
    </message>
    <message>
        <source>In an Hour (%1)</source>
        <translation>In einer Stunde (%1)</translation>
    </message>
    <message>
        <source>Tomorrow Morning (%1)</source>
        <translation>Morgen früh (%1)</translation>
    </message>
    <message>
        <source>Monday Morning (%1)</source>
        <translation>Montag früh (%1)</translation>
    </message>
    <message>
        <source>Pick a Date and Time…</source>
        <translation>Datum und Uhrzeit wählen …</translation>
    </message>
</context>
<context>
    <name>Outpost::SendLaterDialog</name>
    <message>
        <source>The message waits in the Outbox and goes out at this time, if Outpost is running. If it is not, Outpost asks when it next starts.</source>
        <translation>Die Nachricht wartet im Postausgang und geht zu dieser Zeit hinaus, wenn Outpost läuft. Läuft es nicht, fragt Outpost beim nächsten Start nach.</translation>
    </message>
    <message>
        <source>&amp;Send at:</source>
        <translation>&amp;Senden um:</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Senden um</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>That time has passed: choose a time from now on.</source>
        <translation>Diese Zeit ist vorbei: Wählen Sie eine Zeit ab jetzt.</translation>
    </message>
    <message>
        <source>Send Later</source>
        <translation>Später senden</translation>
    </message>
</context>
<context>
    <name>Outpost::SendLimits</name>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
</context>
<context>
    <name>Outpost::SendNotifier</name>
    <message numerus="yes">
        <source>Outpost: %n message(s) on the way</source>
        <translation>
            <numerusform>Outpost: %n Nachricht unterwegs</numerusform>
            <numerusform>Outpost: %n Nachrichten unterwegs</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <extracomment>A notification: “Subject” to Robin Hale, Kim</extracomment>
        <translation>„%1“ an %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>Outpost::SendRules</name>
    <message>
        <source>“%1” is not a valid address: %2.</source>
        <translation>„%1“ ist keine gültige Adresse: %2.</translation>
    </message>
    <message>
        <source>Choose the mailbox to send from.</source>
        <translation>Wählen Sie das Postfach, von dem gesendet wird.</translation>
    </message>
    <message>
        <source>The sender is not a valid address: %1.</source>
        <translation>Der Absender ist keine gültige Adresse: %1.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Fügen Sie mindestens einen Empfänger hinzu.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The subject cannot contain a line break.</source>
        <translation>Der Betreff darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>The thread reference contains a line break.</source>
        <translation>Der Verweis auf die Konversation enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>“%1” is both uploaded and a link.</source>
        <translation>„%1“ ist zugleich hochgeladen und ein Link.</translation>
    </message>
    <message>
        <source>“%1” is neither uploaded nor a link.</source>
        <translation>„%1“ ist weder hochgeladen noch ein Link.</translation>
    </message>
    <message>
        <source>“%1” must be an https link.</source>
        <translation>„%1“ muss ein https-Link sein.</translation>
    </message>
    <message>
        <source>“%1” is %2; files can be at most %3 each.</source>
        <translation>„%1“ ist %2 groß; Dateien dürfen jeweils höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>%1 is not a mailbox connected to your account.</source>
        <translation>%1 ist kein Postfach, das mit Ihrem Konto verbunden ist.</translation>
    </message>
    <message>
        <source>%1 is connected through both Gmail and Outlook: choose one.</source>
        <translation>%1 ist sowohl über Gmail als auch über Outlook verbunden: Wählen Sie eines aus.</translation>
    </message>
    <message>
        <source>%1 is not connected through %2.</source>
        <translation>%1 ist nicht über %2 verbunden.</translation>
    </message>
    <message>
        <source>“%1” (%2) would bring the attachments to %3; a message can carry at most %4.</source>
        <translation>Mit „%1“ (%2) kämen die Anhänge auf %3; eine Nachricht kann höchstens %4 enthalten.</translation>
    </message>
    <message>
        <source>“%1” (%2) would bring the attachments to %3; %4 accepts at most %5 per message.</source>
        <translation>Mit „%1“ (%2) kämen die Anhänge auf %3; %4 akzeptiert höchstens %5 pro Nachricht.</translation>
    </message>
    <message>
        <source>The attachments come to %1; a message can carry at most %2.</source>
        <translation>Die Anhänge sind zusammen %1 groß; eine Nachricht kann höchstens %2 enthalten.</translation>
    </message>
    <message>
        <source>The attachments come to %1; %2 accepts at most %3 per message.</source>
        <translation>Die Anhänge sind zusammen %1 groß; %2 akzeptiert höchstens %3 pro Nachricht.</translation>
    </message>
    <message>
        <source>%1 could not be filled. Edit it before sending.</source>
        <translation>%1 konnte nicht gefüllt werden. Bearbeiten Sie es vor dem Senden.</translation>
    </message>
    <message>
        <source>%1 could not be filled: %2 Edit it before sending.</source>
        <translation>%1 konnte nicht gefüllt werden: %2 Bearbeiten Sie es vor dem Senden.</translation>
    </message>
    <message>
        <source>%1 could not be filled. Edit them before sending.</source>
        <translation>%1 konnten nicht gefüllt werden. Bearbeiten Sie sie vor dem Senden.</translation>
    </message>
</context>
<context>
    <name>Outpost::SentListModel</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <extracomment>%1 is the server's own word for what it did with the mail (`delivered`, `queued`)</extracomment>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Sent from %1</source>
        <translation>Gesendet von %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Outpost::SentWindow</name>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>&amp;Verlauf öffnen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sent mail</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Read the conversation this message went into</source>
        <translation>Den Verlauf lesen, in den diese Nachricht eingegangen ist</translation>
    </message>
    <message>
        <source>The sent mail could not be read: %1</source>
        <translation>Die gesendeten Nachrichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing sent in the last week.</source>
        <translation>In der letzten Woche wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>Outpost::ServiceError</name>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 Der Server meldete: „%2“</translation>
    </message>
    <message>
        <source>The server refused the message as written.</source>
        <translation>Der Server hat die Nachricht so, wie sie geschrieben ist, abgelehnt.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This mailbox or conversation is not one of yours on this instance.</source>
        <translation>Dieses Postfach oder diese Konversation gehört auf dieser Instanz nicht Ihnen.</translation>
    </message>
    <message>
        <source>The thread, conversation or attachment no longer exists.</source>
        <translation>Die Konversation oder der Anhang existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Choose whether this address sends through Gmail or Outlook.</source>
        <translation>Wählen Sie, ob diese Adresse über Gmail oder Outlook sendet.</translation>
    </message>
    <message>
        <source>A file or the message is too large.</source>
        <translation>Eine Datei oder die Nachricht ist zu groß.</translation>
    </message>
    <message>
        <source>The server is busy (too many requests); Outpost will try again.</source>
        <translation>Der Server ist ausgelastet (zu viele Anfragen); Outpost versucht es erneut.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable; Outpost will try again.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar; Outpost versucht es erneut.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>Der Server ist gescheitert (HTTP %1).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Nothing was sent.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden (%2). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 answered with something Outpost cannot read (%2).</source>
        <translation>%1 hat mit etwas geantwortet, das Outpost nicht lesen kann (%2).</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2).</source>
        <translation>%1 ist nicht erreichbar (%2).</translation>
    </message>
</context>
<context>
    <name>Outpost::SettingsDialog</name>
    <message>
        <source>How long a sent message waits in the outbox so that it can still be taken back. 0 sends at once.</source>
        <translation>Wie lange eine gesendete Nachricht im Postausgang wartet, damit sie noch zurückgeholt werden kann. 0 sendet sofort.</translation>
    </message>
    <message>
        <source>Ask for each message or sender</source>
        <translation>Für jede Nachricht oder jeden Absender fragen</translation>
    </message>
    <message>
        <source>Always show</source>
        <translation>Immer anzeigen</translation>
    </message>
    <message>
        <source>Remote images tell the sender when and where you read their message.</source>
        <translation>Externe Bilder verraten dem Absender, wann und wo Sie seine Nachricht gelesen haben.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>As the window’s language</source>
        <translation>Wie die Sprache der Fenster</translation>
    </message>
    <message>
        <source>The first in the list</source>
        <translation>Das erste in der Liste</translation>
    </message>
    <message>
        <source>No mailbox is connected yet.</source>
        <translation>Es ist noch kein Postfach verbunden.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>“%1” is not an https:// address (plain http:// only for 127.0.0.1).</source>
        <translation>„%1“ ist keine https://-Adresse (einfaches http:// nur für 127.0.0.1).</translation>
    </message>
    <message>
        <source>Rich text</source>
        <translation>Formatierter Text</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Einfacher Text</translation>
    </message>
    <message>
        <source>How a new message starts. Format ▸ Rich Text switches one message either way.</source>
        <translation>Wie eine neue Nachricht beginnt. Format ▸ Formatierter Text stellt eine einzelne Nachricht in beide Richtungen um.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>Outpost::SettingsSalvage</name>
    <message>
        <source>The settings file %1 cannot be read and cannot be moved aside: Outpost uses its defaults and will not save settings there.</source>
        <translation>Die Einstellungsdatei %1 kann weder gelesen noch beiseitegelegt werden: Outpost verwendet seine Standardwerte und speichert dort keine Einstellungen.</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged and has been replaced; %2 kept.</source>
        <translation>Die Einstellungsdatei %1 war beschädigt und wurde ersetzt; %2 übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read and take their defaults.</source>
        <translation>
            <numerusform>%n konnte nicht gelesen werden und erhält den Standardwert.</numerusform>
            <numerusform>%n konnten nicht gelesen werden und erhalten ihre Standardwerte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged copy is kept as %1.</source>
        <translation>Die beschädigte Kopie wird als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Outpost::SignInDialog</name>
    <message>
        <source>Your password is sent to the instance once and never stored; the sign-in is kept in the desktop keychain.</source>
        <translation>Ihr Passwort wird einmal an die Instanz gesendet und nie gespeichert; die Anmeldung wird im Schlüsselbund des Desktops aufbewahrt.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>Outpost::SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>Outpost::TeamNoteAction</name>
    <message>
        <source>Note for the &amp;Team…</source>
        <translation>&amp;Notiz fürs Team …</translation>
    </message>
    <message>
        <source>Write a note about this contact for your colleagues; it is never sent (Ctrl+Shift+N)</source>
        <translation>Eine Notiz zu diesem Kontakt für Ihre Kollegen schreiben; sie wird nie gesendet (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Notes for the team are kept on a platform instance: sign in to one to write them.</source>
        <translation>Notizen fürs Team liegen auf einer Instanz der Plattform: melden Sie sich bei einer an, um sie zu schreiben.</translation>
    </message>
</context>
<context>
    <name>Outpost::TeamNoteDialog</name>
    <message>
        <source>Attach &amp;File…</source>
        <translation>&amp;Datei anhängen …</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Note for the Team</source>
        <translation>Notiz fürs Team</translation>
    </message>
    <message>
        <source>Only your team sees this note: it is never sent with the email.</source>
        <translation>Nur Ihr Team sieht diese Notiz: sie wird nie mit der E-Mail gesendet.</translation>
    </message>
    <message>
        <source>About %1. Only your team sees this note: it is never sent with the email.</source>
        <translation>Zu %1. Nur Ihr Team sieht diese Notiz: sie wird nie mit der E-Mail gesendet.</translation>
    </message>
    <message>
        <source>&amp;Note (type @ to mention a colleague):</source>
        <translation>&amp;Notiz (@ tippen, um Kollegen zu erwähnen):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add the note for the team (Ctrl+Return)</source>
        <translation>Die Notiz fürs Team hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Add a recipient in To: first: a note is about the person you write to.</source>
        <translation>Fügen Sie zuerst einen Empfänger unter An hinzu: eine Notiz gilt der Person, der Sie schreiben.</translation>
    </message>
    <message>
        <source>Attach a File to the Note</source>
        <translation>Eine Datei an die Notiz anhängen</translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation>Die Notiz wurde nicht hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>Outpost::TeamNotes</name>
    <message>
        <source>This instance does not offer notes for the team.</source>
        <translation>Diese Instanz bietet keine Notizen fürs Team.</translation>
    </message>
    <message>
        <source>%1 is not a contact on the instance: a note can only be about a contact.</source>
        <translation>%1 ist kein Kontakt der Instanz: eine Notiz kann nur einem Kontakt gelten.</translation>
    </message>
</context>
<context>
    <name>Outpost::TemplateLibrary</name>
    <message>
        <source>The instance offers no email templates: only your own are listed.</source>
        <translation>Die Instanz bietet keine E-Mail-Vorlagen: nur Ihre eigenen sind aufgeführt.</translation>
    </message>
    <message>
        <source>The instance's templates could not be read: %1</source>
        <translation>Die Vorlagen der Instanz konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saved as your own. The instance offers no templates to share it with.</source>
        <translation>Als Ihre eigene gespeichert. Die Instanz bietet keine Vorlagen, um sie zu teilen.</translation>
    </message>
    <message>
        <source>Saved as your own, but not shared: %1</source>
        <translation>Als Ihre eigene gespeichert, aber nicht geteilt: %1</translation>
    </message>
    <message>
        <source>no instance is signed in</source>
        <translation>bei keiner Instanz angemeldet</translation>
    </message>
</context>
<context>
    <name>Outpost::TemplatesWindow</name>
    <message>
        <source>S&amp;hare with the Team</source>
        <translation>Mit dem Team &amp;teilen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Ihre Vorlagen</translation>
    </message>
    <message>
        <source>Your Temp&amp;lates:</source>
        <translation>Ihre &amp;Vorlagen:</translation>
    </message>
    <message>
        <source>No templates yet: write one and save it.</source>
        <translation>Noch keine Vorlagen: schreiben Sie eine und speichern Sie sie.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Optional: fills an empty subject</source>
        <translation>Optional: füllt einen leeren Betreff</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Text der Vorlage</translation>
    </message>
    <message>
        <source>Also save it on the instance, where your team's templates are. Its subject stays yours: the instance's templates have none.</source>
        <translation>Auch auf der Instanz speichern, wo die Vorlagen Ihres Teams liegen. Der Betreff bleibt bei Ihnen: die Vorlagen der Instanz haben keinen.</translation>
    </message>
    <message>
        <source>Fields filled when the template is used: %1.</source>
        <translation>Felder, die beim Verwenden der Vorlage gefüllt werden: %1.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Start a new template (Ctrl+N)</source>
        <translation>Eine neue Vorlage beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>Die Vorlage speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>Write the template's text.</source>
        <translation>Schreiben Sie den Text der Vorlage.</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>„%1“ ist gespeichert.</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Die Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation>„%1“ ist gelöscht.</translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPicker</name>
    <message>
        <source>Choose the thread</source>
        <translation>Konversation wählen</translation>
    </message>
    <message>
        <source>Filter by subject, people or mailbox</source>
        <translation>Nach Betreff, Personen oder Postfach filtern</translation>
    </message>
    <message>
        <source>Filter threads</source>
        <translation>Konversationen filtern</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <source>Looking up threads…</source>
        <translation>Konversationen werden gesucht …</translation>
    </message>
    <message>
        <source>Looking up threads with %1…</source>
        <translation>Konversationen mit %1 werden gesucht …</translation>
    </message>
    <message>
        <source>Add recipients in To: to see the threads you have with them.</source>
        <translation>Fügen Sie Empfänger unter „An“ hinzu, um Ihre Konversationen mit ihnen zu sehen.</translation>
    </message>
    <message>
        <source>No earlier threads with %1: this message starts a new one.</source>
        <translation>Keine früheren Konversationen mit %1: Diese Nachricht beginnt eine neue.</translation>
    </message>
    <message>
        <source>No thread matches “%1”.</source>
        <translation>Keine Konversation passt zu „%1“.</translation>
    </message>
    <message>
        <source>Some threads could not be listed: %1</source>
        <translation>Einige Konversationen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n thread(s)</source>
        <translation>
            <numerusform>%1 von %n Konversation</numerusform>
            <numerusform>%1 von %n Konversationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n Konversation</numerusform>
            <numerusform>%n Konversationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Searching messages…</source>
        <translation>Nachrichten werden durchsucht …</translation>
    </message>
    <message>
        <source>More messages match than are shown: add a word to narrow them.</source>
        <translation>Es passen mehr Nachrichten als gezeigt: fügen Sie ein Wort hinzu, um sie einzugrenzen.</translation>
    </message>
    <message>
        <source>Messages could not be searched: %1</source>
        <translation>Nachrichten konnten nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPickerDelegate</name>
    <message>
        <source>Start a new thread with the recipients</source>
        <translation>Eine neue Konversation mit den Empfängern beginnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sent from this computer</source>
        <translation>von diesem Computer gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPickerProxy</name>
    <message>
        <source>New thread</source>
        <translation>Neue Konversation</translation>
    </message>
    <message>
        <source>The message starts a new thread with its recipients.</source>
        <translation>Die Nachricht beginnt eine neue Konversation mit ihren Empfängern.</translation>
    </message>
    <message>
        <source>found in a message: %1</source>
        <translation>in einer Nachricht gefunden: %1</translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPickerRow</name>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Continue one of the threads with the recipients (Ctrl+T)</source>
        <translation>Eine der Konversationen mit den Empfängern fortsetzen (Strg+T)</translation>
    </message>
    <message>
        <source>Choose the thread</source>
        <translation>Konversation wählen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Read the chosen thread's messages</source>
        <translation>Die Nachrichten der gewählten Konversation lesen</translation>
    </message>
    <message>
        <source>This thread is in %1, a mailbox Outpost sends through %2 itself: its messages are not on the platform. Read them in %2.</source>
        <translation>Diese Konversation liegt in %1, einem Postfach, über das Outpost selbst bei %2 sendet: Die Nachrichten darin sind nicht auf der Plattform. Lesen Sie sie in %2.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Neue Konversation</translation>
    </message>
    <message>
        <source>This message starts a new thread.</source>
        <translation>Diese Nachricht beginnt eine neue Konversation.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source> · %1 (%2)</source>
        <translation> · %1 (%2)</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Continues the thread %1</source>
        <translation>Setzt die Konversation %1 fort</translation>
    </message>
</context>
<context>
    <name>Outpost::TimeText</name>
    <message>
        <source>%1, %2</source>
        <comment>day, time of day</comment>
        <extracomment>A day and a time of day ("14 May, 10:00"; "Thursday, 14 May 2026, 10:00").</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <extracomment>A list's date column for a moment of the day before today.</extracomment>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>Outpost::TokenStore</name>
    <message>
        <source>The keychain is locked, so Outpost cannot keep your sign-in: it stays in memory until Outpost quits and is never written to disk. Unlock the keychain and sign in again to keep it.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher kann Outpost Ihre Anmeldung nicht aufbewahren: Sie bleibt im Speicher, bis Outpost beendet wird, und wird nie auf die Festplatte geschrieben. Entsperren Sie den Schlüsselbund und melden Sie sich erneut an, um sie zu behalten.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available, so Outpost cannot keep your sign-in: it stays in memory until Outpost quits and is never written to disk.</source>
        <translation>Es ist kein Schlüsselbund (Secret Service) verfügbar, daher kann Outpost Ihre Anmeldung nicht aufbewahren: Sie bleibt im Speicher, bis Outpost beendet wird, und wird nie auf die Festplatte geschrieben.</translation>
    </message>
</context>
<context>
    <name>Outpost::TrustedSendersPage</name>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remote images are always shown in mail from these senders, in the mailbox named beside each. They stay hidden in a message whose sender the mail provider could not confirm.</source>
        <translation>Externe Bilder werden in Nachrichten dieser Absender im jeweils daneben genannten Postfach immer angezeigt. In einer Nachricht, deren Absender der E-Mail-Anbieter nicht bestätigen konnte, bleiben sie ausgeblendet.</translation>
    </message>
    <message>
        <source>&amp;Trusted senders:</source>
        <translation>&amp;Vertrauenswürdige Absender:</translation>
    </message>
    <message>
        <source>Trusted senders</source>
        <translation>Vertrauenswürdige Absender</translation>
    </message>
    <message>
        <source>The list cannot be read: the drafts file is not open.</source>
        <translation>Die Liste kann nicht gelesen werden: Die Entwurfsdatei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>Die Liste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translation>%1 – in %2</translation>
    </message>
    <message>
        <source>No sender is trusted: remote images are shown only when you ask, message by message.</source>
        <translation>Keinem Absender wird vertraut: Externe Bilder werden nur auf Ihre Anfrage angezeigt, Nachricht für Nachricht.</translation>
    </message>
</context>
<context>
    <name>Outpost::UndoSendBar</name>
    <message>
        <source>Sending in %1 s…</source>
        <translation>Wird in %1 s gesendet …</translation>
    </message>
    <message>
        <source>Un&amp;do</source>
        <translation>Rückgän&amp;gig</translation>
    </message>
    <message>
        <source>Take the message back to keep editing it; nothing is sent (Ctrl+Z)</source>
        <translation>Die Nachricht zurückholen, um sie weiter zu bearbeiten; nichts wird gesendet (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>Outpost::UploadClient</name>
    <message>
        <source>There is no file to upload.</source>
        <translation>Es gibt keine Datei zum Hochladen.</translation>
    </message>
    <message>
        <source>At most %1 files can be uploaded at once; these are %2.</source>
        <translation>Es können höchstens %1 Dateien auf einmal hochgeladen werden; dies sind %2.</translation>
    </message>
    <message>
        <source>“%1” is no longer there: it was moved or deleted.</source>
        <translation>„%1“ ist nicht mehr da: Die Datei wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is a folder: attach the files in it instead.</source>
        <translation>„%1“ ist ein Ordner: Hängen Sie stattdessen die Dateien darin an.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission.</source>
        <translation>„%1“ kann nicht gelesen werden: Sie haben keine Berechtigung.</translation>
    </message>
    <message>
        <source>“%1” is %2; the platform accepts at most %3 per file.</source>
        <translation>„%1“ ist %2 groß; die Plattform akzeptiert höchstens %3 pro Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server stored %1 of the %2 files sent.</source>
        <translation>Der Server hat %1 der %2 gesendeten Dateien gespeichert.</translation>
    </message>
    <message>
        <source>The server refused %1 as too large.</source>
        <translation>Der Server hat %1 als zu groß abgelehnt.</translation>
    </message>
    <message>
        <source>Not signed in to the instance any more: sign in again to upload %1.</source>
        <translation>Nicht mehr bei der Instanz angemeldet: Melden Sie sich erneut an, um %1 hochzuladen.</translation>
    </message>
    <message>
        <source>Too large for the server: %1.</source>
        <translation>Zu groß für den Server: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Default mailbox:</source>
        <translation>Standard&amp;postfach:</translation>
    </message>
    <message>
        <source>Default mailbox</source>
        <translation>Standardpostfach</translation>
    </message>
    <message>
        <source>&amp;Undo send for:</source>
        <translation>Senden &amp;rückgängig machen für:</translation>
    </message>
    <message>
        <source>Undo send delay</source>
        <translation>Verzögerung für „Senden rückgängig machen“</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Remote images:</source>
        <translation>E&amp;xterne Bilder:</translation>
    </message>
    <message>
        <source>Remote images in conversations</source>
        <translation>Externe Bilder im Nachrichtenverlauf</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language of Outpost</source>
        <translation>Sprache von Outpost</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Outpost.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Outpost.</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Postfach:</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>S&amp;pelling:</source>
        <translation>Rechtschreib&amp;ung:</translation>
    </message>
    <message>
        <source>Spelling language of this mailbox</source>
        <translation>Rechtschreibsprache dieses Postfachs</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>Signature of this mailbox</source>
        <translation>Signatur dieses Postfachs</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Keine Signatur</translation>
    </message>
    <message>
        <source>Direct sending</source>
        <translation>Direktes Senden</translation>
    </message>
    <message>
        <source>Outpost signs in to Google and Microsoft as the app registered with these client IDs. Leave a field empty to use the default.</source>
        <translation>Outpost meldet sich bei Google und Microsoft als die App an, die mit diesen Client-IDs registriert ist. Lassen Sie ein Feld leer, um den Standard zu verwenden.</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Google client ID</source>
        <translation>Google-Client-ID</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>&amp;Autorisierungs-URL:</translation>
    </message>
    <message>
        <source>Google authorization URL</source>
        <translation>Google-Autorisierungs-URL</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>Google token URL</source>
        <translation>Google-Token-URL</translation>
    </message>
    <message>
        <source>&amp;Revocation URL:</source>
        <translation>&amp;Widerrufs-URL:</translation>
    </message>
    <message>
        <source>Google revocation URL</source>
        <translation>Google-Widerrufs-URL</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Microsoft client ID</source>
        <translation>Microsoft-Client-ID</translation>
    </message>
    <message>
        <source>Microsoft authorization URL</source>
        <translation>Microsoft-Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Microsoft token URL</source>
        <translation>Microsoft-Token-URL</translation>
    </message>
    <message>
        <source>&amp;Write new mail in:</source>
        <translation>&amp;Neue Nachrichten schreiben als:</translation>
    </message>
    <message>
        <source>Format of new mail</source>
        <translation>Format neuer Nachrichten</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>A&amp;uthorization URL:</source>
        <translation>A&amp;utorisierungs-URL:</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>T&amp;oken-URL:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation>Adresse der Instanz</translation>
    </message>
    <message>
        <source>https://your-instance.example.com</source>
        <translation>https://ihre-instanz.example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Paste a personal API token</source>
        <translation>Ein persönliches API-Token einfügen</translation>
    </message>
    <message>
        <source>Use a personal API token instead of the password</source>
        <translation>Ein persönliches API-Token statt des Passworts verwenden</translation>
    </message>
    <message>
        <source>Sign In to an Instance</source>
        <translation>Bei einer Instanz anmelden</translation>
    </message>
</context>
</TS>
