#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Outpost as a screen reader meets it (issue 19): the real `outpost` read through the desktop's
accessibility bus (AT-SPI, with python3-pyatspi, the way Orca reads an application).

Usage: a11y.py NAME [LANGUAGE]   (ctest runs each NAME as a test of its own, in a D-Bus session
of its own: dbus-run-session, which starts the accessibility bus on demand; LANGUAGE is en, de,
fr or es, English unless given)

Each check starts Outpost through the journeys' harness (its own Xvfb, a sandbox, stderr
watched), after saying on the accessibility bus that a screen reader runs (ScreenReaderEnabled,
as Orca does), so that Qt switches its bridge on. What a screen reader knows is what this
reads: the tree of accessible objects, their roles, names and states, and the focus events the
application sends. The keyboard is xdotool's (X key events); a control a screen-reader user
would press from the keyboard is reached by Tab, or by the AT-SPI action a screen reader uses.
Nothing sleeps for a fixed time: every wait polls the bus against a deadline.

The checks of names and roles, the conversation page and the error on a field run in every
language Outpost ships (language.py): Outpost is started in it, its windows and controls are
found by their translated names, and a control named with one of Outpost's English strings that
the language translates otherwise is a failure. (A message's heading is matched by its author in
a translation: its day is QLocale's, "13. Mai", which this does not rebuild.)
"""

import os
import sqlite3
import sys

import screenreader
from harness import JourneyFailed, check, run, wait_for
from language import SHIPPED, Language
from screenreader import (Reader, describe, extents, find, focusable_controls, key_of, name_of,
                          showing, states, walk)

pyatspi = None  # screenreader's, once the session's accessibility bus is up (see main())

WORDS = Language("en")  # the language Outpost speaks in this check (main() sets it)


def new_title():
    """The title of an empty compose window."""
    return WORDS.tr("New Message", "Outpost::ComposeWindow")


# A thread of the sandbox's seed (app/sandbox/SandboxSeed.cpp): two mails with Jamie Lee, the
# latest in HTML with a remote image (so its images are blocked) and a link.
RECIPIENT = "jamie.lee@example.com"
THREAD = "Contract renewal"
LATEST = "Jamie Lee, 13 May"  # the latest message: its author and day (in English)
EARLIER = "Dana Demo, 12 May"
LATEST_AUTHOR, EARLIER_AUTHOR = "Jamie Lee", "Dana Demo"


def check_named(window, what, into_pages=False):
    """Every focusable object has a role and a non-empty name, in the language asked for."""
    controls = focusable_controls(window, into_pages)
    unnamed = [f"{describe(a)} in {describe(a.parent)} at {tuple(extents(a))[:2]}"
               for a in controls
               if a.getRole() in (pyatspi.ROLE_INVALID, pyatspi.ROLE_UNKNOWN)
               or not a.name.strip()]
    check(not unnamed, f"{what}: focusable objects without a role or a name: {unnamed}")
    # What a screen reader reads of everything showing (labels, menus, rows, descriptions too):
    # none of it one of Outpost's English strings that this language translates otherwise.
    english = [f"{describe(a)} (description “{a.description}”)" if WORDS.untranslated(
        a.description.strip()) else describe(a)
        for a in walk(window, showing, showing)
        if WORDS.untranslated(a.name.strip()) or WORDS.untranslated(a.description.strip())]
    check(not english, f"{what}: English in the {WORDS.code} UI: {english}")


def start_compose(start):
    app = start()
    reader = Reader(app)
    window = reader.window(new_title())
    return app, reader, window


def compose_window_is_named(start, sandbox, folder, hands):
    """Every control of the compose window has a role and a name."""
    _, reader, window = start_compose(start)
    reader.wait("the compose window's fields", lambda: find(
        window, "text", WORDS.tr("Subject", "ComposeWindow")))
    reader.settled("the compose window's controls", lambda: check_named(
        window, "the compose window"))
    check(window.getRole() == pyatspi.ROLE_FRAME, f"the compose window is {describe(window)}")


def compose_tab_walk(start, sandbox, folder, hands):
    """Tab visits every control of the compose window in visual order and returns to the
    start."""
    app, reader, window = start_compose(start)
    x_window = app.wait_for_window(new_title())[0]
    hands.focus(x_window)
    first = reader.wait_for_focus("the focus in the compose window", lambda a: True)
    start_key = key_of(first)
    visited = [first]
    for _ in range(60):
        before = reader.focus_count
        hands.key("Tab")
        focused = reader.wait(f"Tab to move the focus on from {describe(visited[-1])}",
                              lambda: reader.focused if reader.focus_count > before else None)
        if key_of(focused) == start_key:
            break
        visited.append(focused)
    else:
        raise JourneyFailed("Tab never came back to where it started: "
                            + " → ".join(describe(a) for a in visited))
    path = " → ".join(describe(a) for a in visited)
    keys = [key_of(a) for a in visited]
    check(len(set(keys)) == len(keys), f"Tab visits a control twice: {path}")
    # Every control is reached: itself, or the field inside it that takes its focus (a
    # recipient field's line edit). Labels are read, not reached (one that selects text takes
    # the focus only from the mouse), except the status links.
    def reached(control):
        return any(key_of(a) in keys for a in walk(control))
    missed = [describe(a) for a in focusable_controls(window)
              if a.getRole() != pyatspi.ROLE_LABEL or a.name == "Drafts and Outbox"
              if not reached(a)]
    check(not missed, f"Tab never reaches {missed}: {path}")
    # Visual order: from the top left control, each next one is on the same row further right,
    # or below. The formatting bar, drawn at the top of the window, is the ring's first stop
    # (before From, ComposeWindow::updateTabOrder); it is left out here, as the ring is cut at
    # the top left control.
    def in_tool_bar(a):
        while a is not None and a.getRole() != pyatspi.ROLE_FRAME:
            if a.getRole() == pyatspi.ROLE_TOOL_BAR:
                return True
            a = a.parent
        return False
    ordered = [a for a in visited if not in_tool_bar(a)]
    places = [key_of(a) for a in ordered]
    def overlap(p, q):  # on one row: their heights overlap
        return p[3] < q[3] + q[5] and q[3] < p[3] + p[5]
    top = min(places, key=lambda p: p[3])
    top_left = min((i for i, p in enumerate(places) if overlap(p, top)),
                   key=lambda i: places[i][2])
    ring = ordered[top_left:] + ordered[:top_left]
    for a, b in zip(ring, ring[1:]):
        ea, eb = key_of(a), key_of(b)
        check((overlap(ea, eb) and eb[2] > ea[2]) or eb[3] >= ea[3] + ea[5] - 2,
              f"Tab goes from {describe(a)} to {describe(b)}, against the visual order: {path}")


def choose_thread(reader, app, window, hands, x_window, thread=THREAD):
    """Types the recipient, opens the thread picker (its button's press action), filters it to
    `thread` and takes it with Return; returns the picker's window as the bus showed it."""
    hands.focus(x_window)
    to = WORDS.tr("To", "ComposeWindow")
    reader.wait_for_focus("the focus in To", lambda a: a.name == to)
    hands.type(RECIPIENT)
    hands.key("Tab")
    choose = reader.wait("the thread button", lambda: find(
        window, "push button", WORDS.tr("Choose the thread", "Outpost::ThreadPickerRow")))
    reader.press(choose)
    # A popup is no child of the application (Qt lists windows only): a screen reader meets
    # it through the focus it takes. (Objects can go while the picker fills: looked for again.)
    filter_name = WORDS.tr("Filter threads", "Outpost::ThreadPicker")
    list_name = WORDS.tr("Threads", "Outpost::ThreadPicker")

    def picker_with_threads():
        for focused in reader.recent:
            try:
                if focused.name != filter_name:
                    continue
                top = focused
                while top.parent is not None and top.parent.getRole() != pyatspi.ROLE_APPLICATION:
                    top = top.parent
                # A row reads as it is drawn: the subject first, then people, count, age.
                if walk(top, lambda a: a.getRole() == pyatspi.ROLE_LIST_ITEM
                        and a.name.startswith(thread)):
                    return top
            except Exception:
                continue
        return None
    picker = reader.wait("the picker, its filter focused, listing the threads",
                         picker_with_threads)
    def named():
        controls = [a.name for a in focusable_controls(picker)]
        check(filter_name in controls and list_name in controls,
              f"the picker {describe(picker)} shows {controls}")
        check_named(picker, "the thread picker")
        # Its buttons too, also those the keyboard does not reach (the filter's clear button,
        # shown once there is text): a screen reader's review reads them.
        unnamed = [describe(b) for b in walk(
            picker, lambda a: a.getRole() == pyatspi.ROLE_PUSH_BUTTON, showing)
            if not b.name.strip()]
        check(not unnamed, f"the thread picker: buttons without a name: {unnamed}")
    reader.settled("the picker's controls", named)
    hands.type(thread.split()[-1])
    hands.key("Return")
    app.wait_for_window(f"Re: {thread}")
    return picker


def thread_picker_is_named(start, sandbox, folder, hands):
    """The thread picker: its filter, its list and its rows are named."""
    app, reader, window = start_compose(start)
    choose_thread(reader, app, window, hands, app.wait_for_window(new_title())[0])


def headings(document):
    return [h for h in walk(document, lambda a: a.getRole() == pyatspi.ROLE_HEADING)]


def buttons(document):
    return walk(document, lambda a: a.getRole() == pyatspi.ROLE_PUSH_BUTTON)


def is_heading_of(name, author, label):
    """Whether a message's heading names it: its English label exactly; in a translation,
    its author first (the day is QLocale's, "13. Mai", which this does not rebuild)."""
    if WORDS.code == "en":
        return name == label
    return name.startswith(f"{author}, ") or name.startswith(f"{author} ")


def open_conversation(start, hands, thread, latest, latest_author=LATEST_AUTHOR):
    """A compose window, the thread chosen, its Conversation button pressed: the page once its
    latest message's heading is on the bus."""
    app, reader, window = start_compose(start)
    choose_thread(reader, app, window, hands, app.wait_for_window(new_title())[0], thread)
    window = reader.window(f"Re: {thread}")
    show = WORDS.tr("Conversation", "Outpost::ThreadPickerRow")
    reader.press(reader.wait("the Conversation button", lambda: find(
        window, "push button", show) if states(find(
            window, "push button", show)).contains(pyatspi.STATE_ENABLED) else None))
    title = WORDS.tr("%1 — Conversation", "Outpost::ConversationWindow").replace("%1", thread)
    conversation = reader.window(title, timeout=30)
    document = reader.wait("the conversation page with its messages", lambda: next(
        (d for d in walk(conversation, lambda a: a.getRole() == pyatspi.ROLE_DOCUMENT_WEB)
         if any(is_heading_of(h.name, latest_author, latest) for h in headings(d))), None),
        timeout=30)
    reader.settled("the conversation's controls", lambda: check_named(
        conversation, "the conversation window and its page", into_pages=True))
    return app, reader, title, document


def conversation_is_read_and_answered(start, sandbox, folder, hands):
    """A conversation: each message a heading that names its article, its buttons named for
    it, the blocked-images bar readable; Reply reached by Tab and pressed by the keyboard. In
    every language: the buttons' names are the page's translated words around each heading."""
    app, reader, title, document = open_conversation(start, hands, THREAD, LATEST)
    page = "Outpost::ConversationDocument"

    def named(source, label):
        return WORDS.tr(source, page).replace("%1", label)

    labels = {}

    def page_reads_right():
        # The messages, oldest first, each a heading that names the article it opens.
        names = [h.name for h in headings(document)]
        check(len(names) == 3 and names[0] == THREAD
              and is_heading_of(names[1], EARLIER_AUTHOR, EARLIER)
              and is_heading_of(names[2], LATEST_AUTHOR, LATEST), f"the page's headings are {names}")
        labels.update(earlier=names[1], latest=names[2])
        for heading in headings(document)[1:]:
            check(heading.parent.name == heading.name,
                  f"{describe(heading)} does not name its message: {describe(heading.parent)}")
        # The latest is open: its buttons say which message they act on; no two share a name.
        latest = labels["latest"]
        found = [b.name for b in buttons(document)]
        for source in ("Reply to %1", "Reply all to %1", "Forward the message of %1",
                       "Show images in the message of %1"):
            name = named(source, latest)
            check(name in found, f"no button “{name}” on the page: {found}")
        unnamed = [describe(b) for b in buttons(document) if not b.name.strip()]
        check(not unnamed, f"buttons without a name: {unnamed}")
        check(len(set(found)) == len(found), f"buttons share a name: {found}")
        check(not any(named("Reply to %1", labels["earlier"]) == n for n in found),
              f"the earlier message is folded, yet its buttons show: {found}")
        english = [n for n in found if WORDS.untranslated(n)]
        check(not english, f"buttons left in English: {english}")
        # The bar over blocked images: a group named by why, around its buttons.
        why = WORDS.tr("Remote images in this message are hidden to protect your privacy.", page)
        group = next(b for b in buttons(document)
                     if b.name == named("Show images in the message of %1", latest)).parent
        while group is not None and group.getRole() != pyatspi.ROLE_DOCUMENT_WEB \
                and why not in group.name:
            group = group.parent
        check(group is not None and group.getRole() != pyatspi.ROLE_DOCUMENT_WEB,
              "the Show images button is in no group named by why the images are hidden")
    reader.settled("the conversation page's messages and buttons", page_reads_right)

    # By keyboard alone: Tab from the window's start reaches the folded earlier message, which
    # Space opens (its buttons then show), and Reply on the latest, which Return presses.
    x_conversation = app.wait_for_window(title)[0]
    hands.focus(x_conversation)
    reached = []
    wanted = [named("Reply to %1", labels["earlier"]), named("Reply to %1", labels["latest"])]
    for _ in range(40):
        before = reader.focus_count
        hands.key("Tab")
        focused = reader.wait("Tab to move the focus in the conversation",
                              lambda: reader.focused if reader.focus_count > before else None)
        reached.append(describe(focused))
        name = name_of(focused)
        if name.startswith(f"{EARLIER_AUTHOR} ") and focused.getRole() == pyatspi.ROLE_PUSH_BUTTON:
            check(not states(focused).contains(pyatspi.STATE_EXPANDED),
                  f"the earlier message is not folded: {describe(focused)}")
            hands.key("space")
            reader.wait("the earlier message to open", lambda: states(focused).contains(
                pyatspi.STATE_EXPANDED) or find(document, "push button", wanted[0]))
        if wanted and name == wanted[0]:
            wanted.pop(0)
            if not wanted:
                break
    else:
        raise JourneyFailed(f"Tab never reaches “{wanted[0]}”: {' → '.join(reached)}")
    hands.key("Return")
    app.wait_for_window(f"Re: {THREAD}", count=2)


def internal_note_is_marked(start, sandbox, folder, hands):
    """A team's internal note reads as one: its heading says so, its badge is named, and it
    has no Reply (it is never sent)."""
    # The seed's "Weekly report": two mails, then a note (app/sandbox/SandboxSeed.cpp).
    note = "Internal note, 18 May"
    app, reader, title, document = open_conversation(start, hands, "Weekly report", note)
    def note_reads_right():
        names = [h.name for h in headings(document)]
        check(names == ["Weekly report", "Acme Operations, 18 May", "Jamie Lee, 18 May", note],
              f"the page's headings are {names}")
        article = next(h for h in headings(document) if h.name == note).parent
        check(article.name == note, f"the note's heading does not name it: {describe(article)}")
        badge = next(iter(walk(article, lambda a: a.name == "Internal note"
                               and a.getRole() != pyatspi.ROLE_HEADING
                               and "never sent" in " ".join(c.name for c in walk(a)))), None)
        check(badge is not None, "the note has no badge named “Internal note”")
        check(not any(b.name.startswith("Reply") for b in buttons(article)),
              f"a note offers a reply: {[b.name for b in buttons(article)]}")
    reader.settled("the note's heading and badge", note_reads_right)


def images_trusted_from_the_conversation(start, sandbox, folder, hands):
    """"Always show images from <sender>", reached as a screen reader reaches it in the page
    (which runs in the conversation's own process) and pressed with Return: the sender is kept
    in Outpost's store, and the page shows the images at once (its buttons about them go)."""
    app, reader, title, document = open_conversation(start, hands, THREAD, LATEST)
    always = WORDS.tr("Always show images from %1", "Outpost::ConversationDocument") \
        .replace("%1", RECIPIENT)
    button = reader.wait(f"the button “{always}”", lambda: find(document, "push button", always))
    # A page's button offers a screen reader only its focus (QtWebEngine 6.4): focused by it,
    # pressed by the keyboard.
    hands.focus(app.wait_for_window(title)[0])
    actions = button.queryAction()
    actions.doAction([actions.getName(i) for i in range(actions.nActions)].index("SetFocus"))
    reader.wait_for_focus(f"“{always}” to take the focus", lambda a: a.name == always)
    hands.key("Return")
    store = os.path.join(os.environ["XDG_DATA_HOME"], "Outpost", "outpost.sqlite")

    def kept():
        if not os.path.exists(store):
            return None
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
            return db.execute("SELECT sender, mailbox FROM trusted_senders").fetchall() or None
    rows = wait_for("the sender kept as trusted in Outpost's store", kept)
    check(len(rows) == 1 and rows[0][0] == RECIPIENT,
          f"the store keeps {rows}, expected {RECIPIENT} alone")
    # The page is made again, with the images: its document is a new one.
    conversation = reader.window(title)

    def images_shown():
        pages = walk(conversation, lambda a: a.getRole() == pyatspi.ROLE_DOCUMENT_WEB)
        names = [b.name for d in pages for b in buttons(d)]
        reply = WORDS.tr("Reply to %1", "Outpost::ConversationDocument").replace("%1", LATEST)
        return reply in names and always not in names or None
    reader.wait("the page to show the images (no button about them left)", images_shown,
                timeout=30)


def drafts_and_outbox_are_named(start, sandbox, folder, hands):
    """The Drafts and Outbox windows (Ctrl+Shift+D, Ctrl+Shift+O): windows by role, every
    control named."""
    app, reader, window = start_compose(start)
    x_window = app.wait_for_window(new_title())[0]
    for keys, title in (("ctrl+shift+d", WORDS.tr("Drafts", "Outpost::DraftsWindow")),
                        ("ctrl+shift+o", WORDS.tr("Outbox", "Outpost::OutboxWindow"))):
        hands.focus(x_window)
        hands.key(keys)
        shown = reader.window(title)
        reader.wait(f"the {title} window's controls", lambda: focusable_controls(shown))
        check(shown.getRole() in (pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG),
              f"the {title} window reports as {describe(shown)}")
        reader.settled(f"the {title} window's controls", lambda: check_named(
            shown, f"the {title} window"))


def errors_are_told_on_the_field(start, sandbox, folder, hands):
    """A wrong address, then Send: the problem is said on To, where the focus is, and the
    change is announced. (Qt 6.4 can give neither the invalid-entry state, which its
    QAccessible::State lacks, `invalidEntry` being commented out in qaccessible_base.h, nor a
    described-by relation, which its Relation lacks: the field's description carries it, which
    Orca reads with the field and speaks when it changes.)"""
    app, reader, window = start_compose(start)
    changed = []
    to = WORDS.tr("To", "ComposeWindow")
    typed = "robin.hale@@newcomer"
    # What the field says, in the language asked for, up to the reason GMime's parse gives.
    problem = WORDS.tr("“%1” is not a valid address: %2.").split("%2")[0].replace("%1", typed)

    def on_description(event):
        try:
            if event.source.get_process_id() == reader.pid and event.source.name == to:
                changed.append(event.source.description)
        except Exception:
            pass
    pyatspi.Registry.registerEventListener(on_description,
                                           "object:property-change:accessible-description")
    hands.focus(app.wait_for_window(new_title())[0])
    reader.wait_for_focus("the focus in To", lambda a: a.name == to)
    hands.type(typed)
    hands.key("Tab", "Tab")  # Choose…, then Subject
    hands.type("Wrong address")
    hands.key("ctrl+Return")
    field = reader.wait("To to say what is wrong", lambda: next(
        (a for a in walk(window, lambda a: a.name == to and showing(a))
         if problem in a.description), None))
    check(states(field).contains(pyatspi.STATE_FOCUSED) or reader.focused is not None
          and name_of(reader.focused) == to, f"the focus is not on {describe(field)}")
    reader.wait("the change of To's description to be announced",
                lambda: any(problem in d for d in changed))


def attachment_rows_act(start, sandbox, folder, hands):
    """An attachment (`outpost compose --attach FILE`): its row reads as painted (name, size,
    state), and its painted buttons are actions a screen reader presses: Remove takes it off."""
    path = os.path.join(folder, "minutes.txt")
    with open(path, "w") as f:
        f.write("The minutes of Friday.\n")
    app = start("compose", "--attach", path)
    reader = Reader(app)
    window = reader.window(new_title())
    attachments = WORDS.tr("Attachments", "Outpost::AttachmentList")

    def rows():
        return walk(window, lambda a: a.getRole() == pyatspi.ROLE_LIST_ITEM
                    and a.parent.name == attachments and a.name.startswith("minutes.txt, "),
                    showing)
    row = reader.wait("the attachment's row, read in full", lambda: next(iter(rows()), None))
    # Tab reaches the list; the focus event names the row, as the bus lists it.
    hands.focus(app.wait_for_window(new_title())[0])
    visited = []
    for _ in range(20):
        before = reader.focus_count
        hands.key("Tab")
        focused = reader.wait("Tab to move the focus", lambda: reader.focused
                              if reader.focus_count > before else None)
        visited.append(describe(focused))
        if focused.getRole() == pyatspi.ROLE_LIST_ITEM and focused.parent.name == attachments:
            break
    else:
        raise JourneyFailed(f"Tab never reaches the attachment's row: {' → '.join(visited)}")
    check(focused.name == row.name and key_of(focused) == key_of(row),
          f"the focus is on {describe(focused)}, the row is {describe(row)}")
    actions = row.queryAction()
    names = [actions.getName(i) for i in range(actions.nActions)]
    check("Remove" in names, f"{describe(row)} offers {names}, not Remove")
    remove = names.index("Remove")
    # (Qt 6.4's bridge answers no GetLocalizedName: what it says of an action is its
    # description and its key.)
    said = actions.getDescription(remove)
    check(said == WORDS.tr("Re&move", "Outpost::AttachmentList").replace("&", ""),
          f"{describe(row)}: its Remove action reads “{said}”")
    check(actions.getKeyBinding(remove), f"{describe(row)}: Remove has no key")
    actions.doAction(remove)
    reader.wait("the attachment to go", lambda: not rows())


CHECKS = {f.__name__: f for f in [
    compose_window_is_named, compose_tab_walk, thread_picker_is_named,
    conversation_is_read_and_answered, internal_note_is_marked, drafts_and_outbox_are_named,
    errors_are_told_on_the_field, attachment_rows_act, images_trusted_from_the_conversation]}
# The checks that find everything by translated names, and so run in every shipped language.
# (The conversation's and the error's checks compare sentences Outpost builds from parts, in
# English only for now.)
IN_EVERY_LANGUAGE = {"compose_window_is_named", "compose_tab_walk", "thread_picker_is_named",
                     "conversation_is_read_and_answered", "errors_are_told_on_the_field",
                     "drafts_and_outbox_are_named"}


def main(name, code="en"):
    global WORDS
    check_first = CHECKS[name]
    WORDS = Language(code)
    # Outpost (started by the harness with this process's environment) speaks this language.
    os.environ.update(WORDS.environment())

    def journey(start, sandbox, folder, hands):
        global pyatspi
        screenreader.screen_reader()
        pyatspi = screenreader.pyatspi
        check_first(start, sandbox, folder, hands)
    journey.__name__ = name if code == "en" else f"{name}_{code}"
    try:
        return run(journey)
    except JourneyFailed as failure:  # before the harness took over (no D-Bus session)
        print(f"FAIL {name}: {failure}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if not 1 <= len(arguments) <= 2 or arguments[0] not in CHECKS or len(arguments) == 2 and (
            arguments[1] not in SHIPPED
            or arguments[1] != "en" and arguments[0] not in IN_EVERY_LANGUAGE):
        print(f"usage: {os.path.basename(sys.argv[0])} {'|'.join(CHECKS)} "
              f"[{'|'.join(SHIPPED)} for {', '.join(sorted(IN_EVERY_LANGUAGE))}]",
              file=sys.stderr)
        sys.exit(64)
    sys.exit(main(*arguments))
