<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ComposeWindow</name>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected mailbox this message is sent from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is connected twice: choose which provider sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outpost::AddressList</name>
    <message>
        <source>the domain “%1” is incomplete (no dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain “%1” is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quotation mark is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an angle bracket is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no @ in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing stands before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing stands after the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a space; put a name before &lt;address&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains two dots in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address groups are not supported; list the addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than one address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outpost::CommandLine</name>
    <message>
        <source>Usage:
  outpost [--sandbox | --instance URL] [mailto:URL]
      Open a compose window. --sandbox starts a fresh embedded sandbox instance
      and signs in to it; --instance URL uses the token in $OUTPOST_TOKEN.
      A mailto: URL (RFC 6068) prefills the window.
  outpost send --instance URL --from ADDRESS --to ADDRESS [options]
      Send one message without a window and print its receipt as JSON.
      See `outpost send --help`.
  outpost sandbox [--port N] [--data DIR] [--faults] [--json]
      Run the sandbox instance without a window. See `outpost sandbox --help`.

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.
  --sandbox        Open the compose window on a fresh embedded sandbox.
  --instance URL   The instance to use (https; http only for 127.0.0.1).

Environment:
  OUTPOST_TOKEN    The access token used with --instance and by `send`.

Exit codes:
  0   success
  64  the command line is wrong
  65  the message was refused as written (bad address, unknown mailbox,
      thread or attachment, provider mismatch, too large)
  69  the instance could not be reached or failed (network, TLS, 5xx)
  77  no token, or the token was refused
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost %1: %2
Try `outpost %1 --help`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeController</name>
    <message>
        <source>“%1” is not a valid address: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mailbox connected to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected through both Gmail and Outlook: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected through %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeWindow</name>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mailboxes could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s) (attempt %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox is connected to this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: fix what is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. Thread %1 — replies continue there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outpost::Draft</name>
    <message>
        <source>Choose the mailbox to send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is not a valid address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject cannot contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread reference contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither uploaded nor a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an https link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outpost::GuiLauncher</name>
    <message>
        <source>outpost: %1
Try `outpost --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost: unknown command or argument “%1”.
Try `outpost --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost: the sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox at %1, signed in as %2. Mail goes nowhere real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost: --instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for %1: set OUTPOST_TOKEN and start Outpost again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to any instance. Start Outpost with --sandbox to try it, or with --instance URL and OUTPOST_TOKEN set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outpost::InstanceUrl</name>
    <message>
        <source>Enter the address of your instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be reached over https: plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outpost::PlatformJson</name>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the send answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the send answer has no conversationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mailbox list is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in answer has no token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outpost::Provider</name>
    <message>
        <source>Gmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outpost::SandboxCommand</name>
    <message>
        <source>Run the sandbox: a stand-in platform instance on 127.0.0.1 with demo data, for trying Outpost and for tests. Runs until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on port N (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the state in DIR (default: a fresh temporary directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the /_sandbox/ fault-injection endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON line {url, email, password, token} once connections are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost sandbox: --port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox listening on %1
  data:     %2
  user:     %3
  password: %4
  token:    %5
Try: OUTPOST_TOKEN=%5 outpost --instance %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outpost::SendCommand</name>
    <message>
        <source>outpost send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost send: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one message through a platform instance, without a window.
Prints the receipt as one JSON line on success. The token comes from $OUTPOST_TOKEN.
Exit codes: 0 sent, 64 usage, 65 refused as written, 69 network or server failure, 77 no token or token refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance (https; http only for 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient, bare or &quot;Name&quot; &lt;address&gt; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Cc recipient (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Bcc recipient (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject (omitted: the thread&apos;s, or &quot;(no subject)&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message text from FILE (- for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply into this thread (a threadId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Message-ID replied to, with &lt;&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The References chain (space-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gmail or outlook, when the address is connected under both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost send: unexpected argument “%1”.
Try `outpost send --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one of --body or --body-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost send: missing %1.
Try `outpost send --help`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost send: --instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost send: --provider must be gmail or outlook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost send: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost send: no token: set OUTPOST_TOKEN to an access token of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost send: %1 Retrying in %2 ms (attempt %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outpost::ServiceError</name>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mailbox or conversation is not one of yours on this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread, conversation or attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether this address sends through Gmail or Outlook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file or the message is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy (too many requests); Outpost will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable; Outpost will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something Outpost cannot read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
