#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""User journeys (issue 15): the real `outpost` driven by X keys alone, checked in the sandbox.

Usage: journeys.py NAME   (ctest runs each NAME as a test of its own, under xvfb-run)

Widgets are reached as a user's keyboard reaches them (the window opens in To; Tab goes
To → Choose… → Subject → the message, as the window reads (issue 19; the Conversation button
is skipped while no thread is chosen, and Tab from Subject goes to the message: issue 15);
what is typed on Choose… goes on to Subject, so To, Tab, subject, Tab, message works too;
Ctrl+Return sends; Ctrl+N, Ctrl+W, Ctrl+Z), never by Alt+letter
mnemonics, which translations and wording change. Every journey also fails on any line
Outpost writes to stderr (harness.EXPECTED_STDERR lists the allowed ones: none).
"""

import email.utils
import html.parser
import os
import sqlite3
import sys
import time

from harness import WindowManager, check, run, wait_for, xdotool

NEW = "New Message"  # the title of an empty compose window


def type_message(hands, to, subject, body_lines):
    """From To (where a new window starts): the address, Tab, the subject, then Tab to the
    message, as in other mail clients. Tab from To lands on the thread row's Choose…, which
    passes what is typed on to Subject."""
    hands.type(to)
    hands.key("Tab")  # Choose…
    hands.type(subject)
    hands.key("Tab")  # the message
    hands.type_lines(body_lines)


INVOICE_REPLY = "Re: Invoice INV-2026-0415"  # a compose window on Priya's invoice thread
INVOICE_CONVERSATION = "Invoice INV-2026-0415 — Conversation"


def open_invoice_conversation(app, hands):
    """In the compose window with the keyboard, To holding Priya: the thread picker (Ctrl+T),
    its filter, Return (the first match, taken once the threads are listed); then Tab from
    Choose… (where the picker leaves the keyboard) to Conversation, and Space. Returns the
    conversation window."""
    hands.key("ctrl+t")
    hands.type("invoice")
    hands.key("Return")
    app.wait_for_window(INVOICE_REPLY)
    hands.key("Tab")
    hands.key("space")
    return app.wait_for_window(INVOICE_CONVERSATION, timeout=30)[0]


def new_mail_by_hand(start, sandbox, folder, hands):
    """1. A new mail to an address never used before, typed by hand, arrives as typed."""
    app = start()
    window = app.wait_for_window(NEW)[0]
    hands.focus(window)
    to, subject = "robin.hale@newcomer.org", "Journey one"
    type_message(hands, to, subject, ["Hello Robin, typed by hand."])
    app.wait_for_window(subject)  # the title follows the subject: the keys landed there
    hands.key("ctrl+Return")
    message = sandbox.wait_for_message(subject)
    meta = message["emailMetadata"]
    check(meta["to"] == [to], f"sent to {meta['to']}, typed {to}")
    check("Hello Robin, typed by hand." in message["body"], f"the body arrived as {message}")
    # Sent: the window closes by itself, and with it (the last one, nothing queued) Outpost.
    check(app.wait_for_exit("outpost to quit after its last window closed") == 0,
          f"outpost exited {app.process.returncode}")
    check(len(sandbox.messages(subject)) == 1, "sent more than once")


def ctrl_n_opens_a_new_message(start, sandbox, folder, hands):
    """2. Ctrl+N opens a new compose window with the keyboard in it; the first one, untouched,
    then closes without a question."""
    app = start()
    first = app.wait_for_window(NEW)[0]
    hands.focus(first)
    hands.key("ctrl+n")
    second = [w for w in app.wait_for_window(NEW, count=2) if w != first][0]
    hands.focus(second)  # a window manager gives it the keyboard; Xvfb has none
    subject = "Journey two"
    type_message(hands, "robin.hale@newcomer.org", subject, ["From the second window."])
    app.wait_for_window(subject)
    left = app.windows(NEW)
    check(left == [first], f"the typing went elsewhere than the new window {second}: {left}")
    hands.key("ctrl+Return")
    hands.focus(first)
    hands.key("ctrl+w")
    message = sandbox.wait_for_message(subject)
    check("From the second window." in message["body"], f"arrived as {message}")
    check(app.wait_for_exit() == 0, f"outpost exited {app.process.returncode}")


class Lines(html.parser.HTMLParser):
    """The lines a mail reader shows for an HTML body, by the browsers' default style sheet
    (HTML Living Standard, "Rendering" § 15.3.3 and 15.3.7,
    https://html.spec.whatwg.org/multipage/rendering.html): <br> and the edges of block
    elements end a line (a <br> on an empty line leaves a blank one); p, blockquote, ul, ol,
    pre and headings have a 1em margin above and below (one blank line between neighbours:
    margins collapse), unless the element's style sets its margins to zero."""

    BLOCKS = {"p", "div", "li", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5",
              "h6", "tr", "table", "body", "html"}
    MARGINS = {"p", "blockquote", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self):
        super().__init__()
        self.lines = []
        self.current = ""
        self.margin = False  # a margin waits between the last line and the next
        self.open = []  # the open blocks' margins

    def _end_line(self):
        if self.current.strip():
            if self.margin and self.lines:
                self.lines.append("")
            self.lines.append(" ".join(self.current.split()))
            self.margin = False
        self.current = ""

    @classmethod
    def _has_margin(cls, tag, attrs):
        if tag not in cls.MARGINS:
            return False
        style = (dict(attrs).get("style") or "").replace(" ", "").lower()
        zero = "margin:0" in style or ("margin-top:0" in style and "margin-bottom:0" in style)
        return not zero

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            if not self.current.strip():
                self.lines.append("")
            self._end_line()
        elif tag in self.BLOCKS:
            self._end_line()
            margin = self._has_margin(tag, attrs)
            self.open.append((tag, margin))
            self.margin = self.margin or margin

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self._end_line()
            while self.open:
                opened, margin = self.open.pop()
                if opened == tag:
                    self.margin = self.margin or margin
                    break

    def handle_data(self, data):
        self.current += data

    def rendered(self, body):
        self.feed(body)
        self.close()
        self._end_line()
        return self.lines


def rich_text_three_lines(start, sandbox, folder, hands):
    """3. Three short lines typed in rich text (the default for new mail) arrive as three
    lines, not double-spaced."""
    app = start()
    hands.focus(app.wait_for_window(NEW)[0])
    typed = ["First line", "Second line", "Third line"]
    subject = "Journey three"
    type_message(hands, "robin.hale@newcomer.org", subject, typed)
    app.wait_for_window(subject)
    hands.key("ctrl+Return")
    message = sandbox.wait_for_message(subject)
    check(message["emailMetadata"]["isHtml"], f"sent as plain text: {message}")
    shown = Lines().rendered(message["body"])
    check(shown == typed, f"typed {typed}, a mail reader shows {shown} for {message['body']!r}")
    check(app.wait_for_exit() == 0, f"outpost exited {app.process.returncode}")


def attachment_removed_during_countdown(start, sandbox, folder, hands):
    """4. During the undo countdown the message is frozen: Delete on an attachment changes
    nothing (what the window shows is what would go); Ctrl+Z takes the message back, the
    attachment removed then is not sent, the one kept is."""
    files = []
    for name in ("remove-me.txt", "keep-me.txt"):
        path = os.path.join(folder, name)
        with open(path, "w") as f:
            f.write(f"{name}\n")
        files += ["--attach", path]
    app = start("compose", *files)
    hands.focus(app.wait_for_window(NEW)[0])
    wait_for("both attachments uploaded",
             lambda: len(sandbox.get("/_sandbox/uploads").get("uploads", [])) >= 2)
    subject = "Journey four"
    type_message(hands, "robin.hale@newcomer.org", subject, ["Two files, then one."])
    app.wait_for_window(subject)
    hands.key("ctrl+Return")  # the undo countdown starts (5 s)
    hands.key("Tab")  # from the message to its attachments: the first is current
    hands.key("Delete")  # frozen: nothing happens
    hands.key("ctrl+z")  # Undo: the message is editable again
    hands.key("Delete")  # now the first attachment goes
    hands.key("ctrl+Return")
    message = sandbox.wait_for_message(subject)
    names = [a.get("filename") for a in message.get("attachments", [])]
    check(names == ["keep-me.txt"], f"arrived with {names}, expected only keep-me.txt")
    check(app.wait_for_exit() == 0, f"outpost exited {app.process.returncode}")
    check(len(sandbox.messages(subject)) == 1, "sent more than once")


def _send_then_leave(start, sandbox, hands, keys, subject):
    app = start()
    hands.focus(app.wait_for_window(NEW)[0])
    type_message(hands, "robin.hale@newcomer.org", subject, ["Goes after the window."])
    app.wait_for_window(subject)
    hands.key("ctrl+Return")  # held for the undo countdown
    hands.key(keys)  # the last window goes at once
    app.wait_for_no_window("the window to close without a question")
    status = app.wait_for_exit("outpost to exit once the mail has gone")
    check(status == 0, f"outpost exited {status}")
    # Exited, and only after the mail was delivered: it is there now, once.
    check(len(sandbox.messages(subject)) == 1,
          f"after outpost exited, {len(sandbox.messages(subject))} message(s) “{subject}”")


def last_window_send_outlives_it(start, sandbox, folder, hands):
    """5. Closing the last window (Ctrl+W) during the countdown: no question, the mail goes,
    and Outpost exits only after it went."""
    _send_then_leave(start, sandbox, hands, "ctrl+w", "Journey five")


def quit_waits_for_mail_on_its_way(start, sandbox, folder, hands):
    """5. The same with Ctrl+Q."""
    _send_then_leave(start, sandbox, hands, "ctrl+q", "Journey five, quit")


def stored_drafts(subject=None):
    """The drafts in Outpost's store (those with this subject): (to, subject, body) each. A
    store that was never written is never created (LocalStore::openWhenNeeded): no file is no
    draft."""
    store = os.path.join(os.environ["XDG_DATA_HOME"], "Outpost", "outpost.sqlite")
    if not os.path.exists(store):
        return []
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT to_text, subject, body FROM drafts").fetchall()
    return [r for r in rows if subject is None or r[1] == subject]


def untouched_window_closes_quietly(start, sandbox, folder, hands):
    """6. An untouched window closes without a question and leaves no draft."""
    app = start()
    hands.focus(app.wait_for_window(NEW)[0])
    hands.key("ctrl+w")
    check(app.wait_for_exit("outpost to quit without asking") == 0,
          f"outpost exited {app.process.returncode}")
    drafts = stored_drafts()
    check(not drafts, f"{len(drafts)} draft(s) left behind")


def from_never_switches_behind_your_back(start, sandbox, folder, hands):
    """7. A new message starts from the user's own mailbox, not the first shared one; a mail to
    Robin sent from the shared ops@ mailbox is remembered, and typing Robin in the next message
    does not switch From to it (the window offers it beside From instead)."""
    app = start()
    first = app.wait_for_window(NEW)[0]
    hands.focus(first)
    hands.key("shift+Tab")  # from To back to From
    # Home: the first mailbox listed, the newest connected (the sandbox's seed: ops@, shared,
    # connected under Gmail and Outlook, so that "via" shows and takes a Tab of its own).
    hands.key("Home")
    hands.key("Tab", "Tab")  # via, then To
    to = "robin.hale@newcomer.org"
    type_message(hands, to, "Journey seven, shared", ["From the shared mailbox."])
    app.wait_for_window("Journey seven, shared")
    hands.key("ctrl+Return")  # held for Undo: the window stays a moment
    hands.key("ctrl+n")
    second = [w for w in app.wait_for_window(NEW) if w != first][0]
    hands.focus(second)
    type_message(hands, to, "Journey seven, own", ["From my own mailbox."])
    app.wait_for_window("Journey seven, own")
    hands.key("ctrl+Return")
    shared = sandbox.wait_for_message("Journey seven, shared")["emailMetadata"]
    check("ops@acme.example" in shared.get("from", ""),
          f"the first mail went from {shared.get('from')}, not the shared mailbox chosen")
    own = sandbox.wait_for_message("Journey seven, own")["emailMetadata"]
    check("dana@acme.example" in own.get("from", ""),
          f"the second mail went from {own.get('from')}: From switched behind the user's back "
          "or did not start in the user's own mailbox")
    check(app.wait_for_exit() == 0, f"outpost exited {app.process.returncode}")

def reply_all_from_the_conversation(start, sandbox, folder, hands):
    """8. Reply All from the conversation view: the thread chosen by keyboard (Ctrl+T, its
    filter, Return), its conversation opened (Tab to Conversation, Space), Ctrl+Shift+R there;
    what is typed then lands in the reply's body above the quote, and the reply goes to every
    other participant of the thread, in the thread."""
    seeded = sandbox.messages("Invoice INV-2026-0415")  # Priya's first mail: the thread's ids
    check(seeded, "the sandbox holds no thread “Invoice INV-2026-0415”")
    thread = seeded[0]
    app = start()
    first = app.wait_for_window(NEW)[0]
    hands.focus(first)
    hands.type("priya.raman@example.org")
    subject = INVOICE_REPLY
    conversation = open_invoice_conversation(app, hands)
    hands.focus(conversation)
    hands.key("ctrl+shift+r")  # Reply All to the latest mail (answered once it is read)
    reply = [w for w in app.wait_for_window(subject, count=2, timeout=30) if w != first][0]
    hands.focus(reply)  # a window manager gives it the keyboard; Xvfb has none
    typed = "Paid today, all four of us can close this."
    hands.type(typed)  # no click, no Tab: the caret waits above the quote
    hands.key("ctrl+Return")
    sent = wait_for("the reply in the sandbox", lambda: [
        m for m in sandbox.messages(subject) if typed in m.get("body", "")])[0]
    meta = sent["emailMetadata"]
    to = [a for _, a in email.utils.getaddresses(meta.get("to", []))]
    cc = [a for _, a in email.utils.getaddresses(meta.get("cc", []))]
    others = {a for _, a in email.utils.getaddresses(
        [thread["emailMetadata"]["from"]] + thread["emailMetadata"].get("to", [])
        + thread["emailMetadata"].get("cc", []))} - {"ops@acme.example"}
    check(len(others) == 3, f"the seeded thread has participants {others}, expected four people")
    check(to == ["priya.raman@example.org"] and set(cc) == others - set(to)
          and len(cc) == len(set(cc)),
          f"the reply went to {to}, cc {cc}; the thread's other participants are {others}")
    check(meta.get("threadId") == thread["emailMetadata"]["threadId"]
          and sent.get("conversationId") == thread.get("conversationId"),
          f"the reply is not in the thread: {meta.get('threadId')} / {sent.get('conversationId')}")
    body = sent["body"]
    shown = Lines().rendered(body) if meta.get("isHtml") else body.splitlines()
    check(shown and shown[0] == typed, f"the body starts with {shown[:2]}, typed “{typed}”")
    quote = "Sean, please mark it as scheduled"
    check(any(quote in line for line in shown[1:]),
          f"the quote of Priya's mail is not below the typed text: {body!r}")
    check(len([m for m in sandbox.messages(subject) if typed in m.get("body", "")]) == 1,
          "sent more than once")


def webengine_in(pid):
    """Whether the process has QtWebEngine's library mapped."""
    try:
        with open(f"/proc/{pid}/maps") as f:
            return "libQt6WebEngineCore" in f.read()
    except OSError:
        return False


def conversation_host(pid):
    """Whether the process is Outpost's conversation process (`outpost conversation-host`)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().split(b"\0")[1:2] == [b"conversation-host"]
    except OSError:
        return False


def conversation_gives_its_memory_back(start, sandbox, folder, hands):
    """9. Closing the conversation gives QtWebEngine's memory back: the conversation opens by
    keyboard in a process of Outpost's (QtWebEngine is never loaded into Outpost's own), Ctrl+W
    closes it and that process ends, with nothing of QtWebEngine left in Outpost; the
    conversation opens again afterwards, Ctrl+R there still answers into Outpost, the note for
    the team opens from there, and Outpost's keys (Ctrl+Shift+D, the Drafts) work there as in
    its own windows, and Escape closes it. The view starts warming, in that process, while the
    thread picker is open; closed without a choice, the picker leaves no process behind."""
    app = start()
    first = app.wait_for_window(NEW)[0]
    hands.focus(first)
    hands.type("priya.raman@example.org")
    hands.key("ctrl+t")
    wait_for("the conversation process to start while the picker is open", lambda: any(
        conversation_host(p) for p in app.pids() if p != app.process.pid))
    hands.key("Escape")
    wait_for("the conversation process to end with the picker closed unused",
             lambda: all(p == app.process.pid for p in app.pids()), timeout=10)
    subject, title = INVOICE_REPLY, INVOICE_CONVERSATION
    conversation = open_invoice_conversation(app, hands)
    wait_for("Outpost's conversation process running QtWebEngine", lambda: any(
        webengine_in(p) and conversation_host(p) for p in app.pids() if p != app.process.pid))
    check(not webengine_in(app.process.pid), "QtWebEngine was loaded into Outpost's own process")
    # No focus given by hand: opened by keyboard, the window has the keyboard, and keeps it
    # once its page is in (a window made again for the view lost it).
    hands.key("ctrl+w")
    wait_for("the conversation window to close", lambda: not app.windows(title))
    wait_for("the conversation's process to end",
             lambda: all(p == app.process.pid for p in app.pids()), timeout=10)
    check(not webengine_in(app.process.pid), "QtWebEngine is loaded in Outpost after closing")
    # Again, from the same compose window: a new process, and its answers still come back.
    hands.focus(first)
    hands.key("shift+Tab")
    hands.key("Tab")  # back onto Conversation, wherever the focus went meanwhile
    hands.key("space")
    conversation = app.wait_for_window(title, timeout=30)[0]
    hands.focus(conversation)
    hands.key("ctrl+r")
    app.wait_for_window(subject, count=2, timeout=30)
    # Outpost's own keys work there too: Ctrl+Shift+D in the conversation shows Outpost's
    # Drafts.
    # The note for the team (Ctrl+Shift+N there): Outpost, which holds the session, opens it.
    hands.focus(conversation)
    hands.key("ctrl+shift+n")
    note = app.wait_for_window("Note for the Team")[0]
    hands.focus(note)
    hands.key("Escape")
    wait_for("the note's dialog to close", lambda: not app.windows("Note for the Team"))
    hands.focus(conversation)
    hands.key("ctrl+shift+d")
    wait_for("Ctrl+Shift+D in the conversation to show the Drafts", lambda: [
        w for w in app.windows() if xdotool("getwindowname", w, check_status=False).strip()
        .startswith("Drafts")])
    # Read, then back to writing: Escape closes it, as it closes the Drafts window.
    hands.focus(conversation)
    hands.key("Escape")
    wait_for("Escape to close the conversation window", lambda: not app.windows(title))
    app.check_running()


def answers_get_the_keyboard_under_a_window_manager(start, sandbox, folder, hands):
    """10. Under a window manager that prevents focus stealing (metacity), with no window
    focused by hand: the conversation, a window of another process of Outpost's, opens by
    keyboard and has the keyboard; Ctrl+R there opens the reply, a window of Outpost's own, and
    that has the keyboard too, so that what is typed next lands in the reply (the key went to
    the conversation's process: shown without asking for activation, the reply stayed behind
    the conversation and the typing went nowhere)."""
    with WindowManager() as wm:
        app = start()
        first = app.wait_for_window(NEW)[0]
        wait_for("the compose window to have the keyboard", lambda: wm.active() == first)
        hands.type("priya.raman@example.org")
        subject = INVOICE_REPLY
        conversation = open_invoice_conversation(app, hands)
        wait_for("the conversation to have the keyboard", lambda: wm.active() == conversation)
        time.sleep(2)  # the user reads; Outpost's own last input grows old meanwhile
        hands.key("ctrl+r")  # Reply to the latest mail (answered once it is read)
        reply = [w for w in app.wait_for_window(subject, count=2, timeout=30) if w != first][0]
        wait_for("the reply to have the keyboard", lambda: wm.active() == reply)
        typed = "Noted, thanks Priya."
        hands.type(typed)
        hands.key("ctrl+Return")
        sent = wait_for("the reply in the sandbox", lambda: [
            m for m in sandbox.messages(subject) if typed in m.get("body", "")])[0]
        body = sent["body"]
        shown = Lines().rendered(body) if sent["emailMetadata"].get("isHtml") else body.splitlines()
        check(shown and shown[0] == typed, f"the body starts with {shown[:2]}, typed “{typed}”")
        app.check_running()


def a_link_waits_for_the_user(start, sandbox, folder, hands):
    """11. A mailto: link opens a window that writes nothing until the user types in it: the
    link still holds what it brought. The session ending with it open (SIGTERM) keeps it, the
    next start reopens it as it was, and once finished it is sent as the link asked."""
    subject, to = "Journey twelve, a link", "robin.hale@newcomer.org"
    app = start(f"mailto:{to}?subject=Journey%20twelve%2C%20a%20link")
    window = app.wait_for_window(subject)[0]
    hands.focus(window)
    # Nothing written is an absence, which takes a bound: longer than a change waits before it
    # is written (DraftAutosave::maxDelay, 1 s).
    time.sleep(2)
    check(not stored_drafts(), f"the link's window was written unchanged: {stored_drafts()}")
    app.process.terminate()  # the session ends
    check(app.wait_for_exit("outpost to end on SIGTERM") == 0,
          f"outpost exited {app.process.returncode}")
    kept = stored_drafts(subject)
    check(len(kept) == 1 and to in kept[0][0],
          f"the window open when the session ended was kept as {kept}")

    again = start()
    window = again.wait_for_window(subject)[0]
    # The first window, empty, takes the draft (it shows before the store is read).
    wait_for("the draft to reopen in the first window, none empty beside it",
             lambda: not again.windows(NEW))
    hands.focus(window)
    # To and Subject filled: the keyboard is in the message (focusWhereWritingContinues).
    hands.type("Two tickets, please.")
    hands.key("ctrl+Return")
    message = sandbox.wait_for_message(subject)
    check(message["emailMetadata"]["to"] == [to], f"sent to {message['emailMetadata']['to']}")
    check("Two tickets, please." in message["body"], f"the body arrived as {message['body']}")
    check(again.wait_for_exit() == 0, f"outpost exited {again.process.returncode}")
    check(len(sandbox.messages(subject)) == 1, "sent more than once")


JOURNEYS = {f.__name__: f for f in [
    new_mail_by_hand, ctrl_n_opens_a_new_message, rich_text_three_lines,
    attachment_removed_during_countdown, last_window_send_outlives_it,
    quit_waits_for_mail_on_its_way, untouched_window_closes_quietly,
    from_never_switches_behind_your_back, reply_all_from_the_conversation,
    conversation_gives_its_memory_back, answers_get_the_keyboard_under_a_window_manager,
    a_link_waits_for_the_user]}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in JOURNEYS:
        print(f"usage: {os.path.basename(sys.argv[0])} {'|'.join(JOURNEYS)}", file=sys.stderr)
        sys.exit(64)
    sys.exit(run(JOURNEYS[sys.argv[1]]))
