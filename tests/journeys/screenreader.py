#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader knows of an application, read through the accessibility bus (AT-SPI,
with python3-pyatspi): its tree of accessible objects, their roles, names, states and places,
and the focus events it sends. a11y.py's checks are written with these.

Nothing sleeps for a fixed time: every wait polls the bus against a deadline.
"""

import os

from harness import JourneyFailed, check, wait_for

pyatspi = None  # imported once the session's accessibility bus is up (see screen_reader())
GLib = None


def screen_reader():
    """Says on the session's accessibility bus that a screen reader runs (what Orca sets), and
    loads pyatspi, which then talks to that bus."""
    global pyatspi, GLib
    import gi
    gi.require_version("Gio", "2.0")
    from gi.repository import Gio, GLib as glib
    GLib = glib
    check(os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
          "no D-Bus session: run this under dbus-run-session")
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties", "Set",
                  GLib.Variant("(ssv)", ("org.a11y.Status", "ScreenReaderEnabled",
                                         GLib.Variant("b", True))),
                  None, Gio.DBusCallFlags.NONE, 10000, None)
    import pyatspi as atspi
    pyatspi = atspi


class Reader:
    """One application as a screen reader knows it: its tree, and where the focus went."""

    def __init__(self, app):
        self.app = app
        self.pid = app.process.pid
        self.focused = None
        self.focus_count = 0
        self.recent = []  # the objects that took the focus, the latest first
        pyatspi.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")
        self.root = self.wait("Outpost on the accessibility bus", self._find_root)

    def _find_root(self):
        for candidate in pyatspi.Registry.getDesktop(0):
            try:
                if candidate is not None and candidate.get_process_id() == self.pid:
                    return candidate
            except Exception:  # an application that went away meanwhile
                continue
        return None

    def roots(self):
        """Outpost's application and those of the processes it started (its conversation
        windows are in one of them), as a screen reader lists them."""
        family = set(self.app.pids())
        found = []
        for candidate in pyatspi.Registry.getDesktop(0):
            try:
                if candidate is not None and candidate.get_process_id() in family:
                    found.append(candidate)
            except Exception:  # an application that went away meanwhile
                continue
        return found

    def _on_focus(self, event):
        try:
            if event.detail1 and event.source.get_process_id() in self.app.pids():
                self.focused = event.source
                self.focus_count += 1
                self.recent = ([event.source] + self.recent)[:20]
        except Exception:
            pass

    def pump(self):
        """Delivers the events the bus has sent meanwhile."""
        context = GLib.MainContext.default()
        while context.pending():
            context.iteration(False)

    def wait(self, what, probe, timeout=15.0):
        def step():
            self.pump()
            try:
                return probe()
            except JourneyFailed:
                raise
            except Exception:  # an object that went away between two calls: look again
                return None
        self.app.check_running()
        return wait_for(what, step, timeout)

    def window(self, title, timeout=15.0):
        """The top-level window titled `title`."""
        return self.wait(f"the window “{title}” on the accessibility bus", lambda: next(
            (w for root in self.roots() for w in root if w is not None and w.name == title),
            None), timeout)

    def settled(self, what, run):
        """run() once its objects stay put: again while one goes away meanwhile."""
        return self.wait(what, lambda: run() or True)

    def wait_for_focus(self, what, probe, timeout=10.0):
        """Waits for a focus event on an object for which probe(object) holds."""
        return self.wait(what, lambda: self.focused if self.focused is not None
                         and probe(self.focused) else None, timeout)

    def press(self, accessible):
        """What a screen reader does to press a control: its AT-SPI action."""
        actions = accessible.queryAction()
        names = [actions.getName(i) for i in range(actions.nActions)]
        for wanted in ("Press", "press", "click"):
            if wanted in names:
                actions.doAction(names.index(wanted))
                return
        raise JourneyFailed(f"{describe(accessible)} has no press action: {names}")


def states(accessible):
    return accessible.getState()


def showing(accessible):
    s = states(accessible)
    return s.contains(pyatspi.STATE_SHOWING) and s.contains(pyatspi.STATE_VISIBLE)


def name_of(accessible):
    try:
        return accessible.name
    except Exception:  # gone
        return ""


def describe(accessible):
    try:
        return f"[{accessible.getRoleName()}] “{accessible.name}”"
    except Exception:
        return "[gone]"


def walk(accessible, keep=lambda a: True, descend=lambda a: True):
    """Every object under `accessible` (itself included) for which keep() holds; the children
    of an object are visited when descend(object) holds."""
    found = []
    stack = [accessible]
    while stack:
        current = stack.pop()
        if current is None:
            continue
        if keep(current):
            found.append(current)
        if descend(current):
            stack.extend(reversed([current.getChildAtIndex(i)
                                   for i in range(current.childCount)]))
    return found


def find(accessible, role, name, only_showing=True):
    for a in walk(accessible, descend=lambda a: not only_showing or showing(a)):
        if a.getRoleName() == role and a.name == name and (not only_showing or showing(a)):
            return a
    return None


def focusable_controls(window, into_pages=False):
    """What the keyboard can land on in `window`: showing, enabled, focusable objects (not the
    items of a list or a closed combo box, which their list or box stands for; in a web page's
    content only `into_pages`)."""
    def keep(a):
        s = states(a)
        return (s.contains(pyatspi.STATE_FOCUSABLE) and s.contains(pyatspi.STATE_SENSITIVE)
                and showing(a))

    def descend(a):
        closed = (pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE,
                  pyatspi.ROLE_TREE) + (() if into_pages else (pyatspi.ROLE_DOCUMENT_WEB,))
        return showing(a) and (a.getRole() not in closed
                               or (into_pages and a.getRole() == pyatspi.ROLE_LIST
                                   and a.getRoleName() == "list" and is_in_page(a)))
    return [a for a in walk(window, keep, descend) if a is not window]


def is_in_page(accessible):
    while accessible is not None:
        if accessible.getRole() == pyatspi.ROLE_DOCUMENT_WEB:
            return True
        accessible = accessible.parent
    return False


def extents(accessible):
    return accessible.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)


def key_of(accessible):
    """What tells two controls apart for a screen reader: role, name and place."""
    try:
        e = extents(accessible)
        return (accessible.getRoleName(), accessible.name, e.x, e.y, e.width, e.height)
    except Exception:  # gone: like nothing else
        return ("gone", id(accessible))
