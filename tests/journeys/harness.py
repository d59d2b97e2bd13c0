# SPDX-License-Identifier: GPL-3.0-or-later
"""What every user journey needs: a sandbox to send to, the real `outpost` binary, and a user's
hands (xdotool: X keys and clicks through XTest, nothing else).

The sandbox is a separate `outpost sandbox --faults` process; Outpost is started against it
with `--instance URL` and OUTPOST_TOKEN, as a user points it at a real instance. What arrived is
read back over real HTTP on 127.0.0.1 (`GET /_sandbox/messages`). Nothing here sleeps for a
fixed time: every wait polls an observable state (a window on the X server, a message in the
sandbox, the process's exit) against a deadline, and fails with what it was waiting for.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

DEADLINE_S = 10.0  # the longest any one state may take to appear
POLL_S = 0.05


class JourneyFailed(Exception):
    pass


def wait_for(what, probe, timeout=DEADLINE_S):
    """Polls probe() until it returns something truthy; that value, or JourneyFailed."""
    end = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > end:
            raise JourneyFailed(f"waited {timeout:.0f} s for {what}")
        time.sleep(POLL_S)


def check(condition, message):
    if not condition:
        raise JourneyFailed(message)


def xdotool(*args, check_status=True):
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=30)
    if check_status and result.returncode != 0:
        raise JourneyFailed(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


class Sandbox:
    """`outpost sandbox --json --faults` on a free 127.0.0.1 port, in a folder of its own."""

    def __init__(self, binary, folder):
        self.data = os.path.join(folder, "sandbox")
        self.errors = open(os.path.join(folder, "sandbox.err"), "w+")
        self.process = subprocess.Popen(
            [binary, "sandbox", "--json", "--faults", "--data", self.data],
            stdout=subprocess.PIPE, stderr=self.errors, text=True)
        line = self.process.stdout.readline()
        check(line, "the sandbox printed no URL")
        info = json.loads(line)
        self.url = info["url"]
        self.token = info["token"]
        check(self.url.startswith("http://127.0.0.1:"), f"sandbox URL {self.url}")

    def get(self, path):
        with urllib.request.urlopen(self.url + path, timeout=10) as reply:
            return json.load(reply)

    def post(self, path, body):
        request = urllib.request.Request(self.url + path, data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as reply:
            return json.load(reply)

    def messages(self, subject=None):
        """Every message the platform stored (sent and seeded), or those with this subject."""
        found = self.get("/_sandbox/messages")["messages"]
        if subject is not None:
            found = [m for m in found
                     if m.get("emailMetadata", {}).get("subject") == subject]
        return found

    def wait_for_message(self, subject, timeout=DEADLINE_S):
        return wait_for(f"a message “{subject}” in the sandbox",
                        lambda: self.messages(subject), timeout)[0]

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.errors.close()


class Outpost:
    """The `outpost` binary, as a user starts it, against the sandbox; stderr kept in a file."""

    def __init__(self, binary, sandbox, folder, arguments=()):
        env = dict(os.environ)
        env["OUTPOST_TOKEN"] = sandbox.token
        # The single-instance socket lives there: a short path (a Unix socket's is at most 107
        # bytes, and ctest's HOME under the build folder can be longer).
        env["XDG_RUNTIME_DIR"] = os.path.join(folder, "run")
        os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
        # What a user sees on stderr, not what a developer asked for.
        env.pop("QT_LOGGING_RULES", None)
        env.pop("QT_QPA_PLATFORM", None)
        self.stderr_path = os.path.join(folder, "outpost.err")
        self._stderr = open(self.stderr_path, "w")
        self.process = subprocess.Popen([binary, "--instance", sandbox.url, *arguments],
                                        env=env, stdout=subprocess.DEVNULL, stderr=self._stderr)
        self.started = time.monotonic()

    def pids(self):
        """Outpost's process and the processes it started: its conversation windows are in one
        of them (`outpost conversation-host`)."""
        family = [self.process.pid]
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    # pid (comm) state ppid …: the name may hold spaces and parentheses
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                family.append(int(entry))
        return family

    def windows(self, title=None):
        """The visible top-level windows (X ids) of Outpost and the processes it started,
        optionally those titled `title` (read back with getwindowname: `search --name` also
        matches other names Qt sets)."""
        found = []
        for pid in self.pids():
            out = xdotool("search", "--all", "--onlyvisible", "--pid", str(pid), "--name", "",
                          check_status=False)
            found += [w for w in out.split() if w and w not in found]
        if title is not None:
            found = [w for w in found
                     if xdotool("getwindowname", w, check_status=False).strip() == title]
        return found

    def wait_for_window(self, title, count=1, timeout=DEADLINE_S):
        """Waits until `count` windows titled `title` show; returns their ids, oldest first."""
        self.check_running()
        return wait_for(f"{count} window(s) titled “{title}”",
                        lambda: (lambda w: w if len(w) >= count else None)(self.windows(title)),
                        timeout)

    def wait_for_no_window(self, what="every window to close", timeout=DEADLINE_S):
        wait_for(what, lambda: not self.windows() or self.process.poll() is not None, timeout)

    def check_running(self):
        check(self.process.poll() is None,
              f"outpost exited ({self.process.returncode}) early:\n{self.stderr()}")

    def wait_for_exit(self, what="outpost to exit", timeout=DEADLINE_S):
        wait_for(what, lambda: self.process.poll() is not None, timeout)
        return self.process.returncode

    def stderr(self):
        self._stderr.flush()
        with open(self.stderr_path) as f:
            return f.read()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._stderr.close()


class Hands:
    """The keyboard and the mouse, through XTest (xdotool without --window: real input)."""

    def focus(self, window):
        # No window manager under Xvfb: the X input focus is set directly, and waited for.
        xdotool("windowfocus", "--sync", window)
        wait_for(f"window {window} to have the keyboard",
                 lambda: xdotool("getwindowfocus", check_status=False).strip() == window)

    def key(self, *keys):
        xdotool("key", "--clearmodifiers", "--delay", "30", *keys)

    def type(self, text):
        xdotool("type", "--clearmodifiers", "--delay", "8", text)

    def type_lines(self, lines):
        for i, line in enumerate(lines):
            if i:
                self.key("Return")
            self.type(line)


# Lines on stderr a journey may see. Each names why it is there.
EXPECTED_STDERR = [
    # QtWebEngine (the conversation view) says so when the test's environment turns Chromium's
    # sandbox off (QTWEBENGINE_DISABLE_SANDBOX=1: it cannot run as root, as CI does).
    r"^Sandboxing disabled by user\.$",
]


def unexpected_stderr(text):
    return [line for line in text.splitlines()
            if line.strip() and not any(re.search(p, line) for p in EXPECTED_STDERR)]


class Display:
    """An X server of the journey's own: Xvfb picks a free display number itself and says which
    (-displayfd), so that journeys never race another X server for one, as `xvfb-run -a` can."""

    def __init__(self, screen="1280x1024x24"):
        read, write = os.pipe()
        self.process = subprocess.Popen(
            # -noreset: the server never restarts when its last client leaves (a client
            # connecting then would be refused).
            ["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp",
             "-noreset"],
            pass_fds=[write], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        check(number.isdigit(), "Xvfb did not start")
        self.name = f":{number}"
        # Up once a client gets an answer from it.
        wait_for(f"the X server {self.name}", lambda: subprocess.run(
            ["xdotool", "getdisplaygeometry"], env={**os.environ, "DISPLAY": self.name},
            capture_output=True).returncode == 0)

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


class WindowManager:
    """Metacity (GNOME's classic window manager) on the journey's display, for as long as the
    `with` lasts. Unlike bare Xvfb, it decides which window gets the keyboard, and prevents
    focus stealing: a window mapped or activated with a user time older than the focused
    window's latest input stays behind (EWMH _NET_WM_USER_TIME, _NET_ACTIVE_WINDOW)."""

    def __enter__(self):
        self.process = subprocess.Popen(
            ["metacity", "--replace", "--sm-disable", "--no-composite"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for("metacity to manage the display", lambda: self.process.poll() is None and "#" in
                 subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
                                capture_output=True, text=True).stdout)
        return self

    def __exit__(self, *_):
        self.process.terminate()
        self.process.wait(10)

    @staticmethod
    def active():
        """The window with the keyboard, as the window manager says (_NET_ACTIVE_WINDOW)."""
        return xdotool("getactivewindow", check_status=False).strip()


def run(journey):
    """Runs one journey (a function of (binary, sandbox, folder, hands)); exit status 0 or 1."""
    binary = os.environ.get("OUTPOST_BINARY")
    if not binary or not os.access(binary, os.X_OK):
        print("OUTPOST_BINARY must name the built outpost", file=sys.stderr)
        return 1
    started = time.monotonic()
    display = Display()
    os.environ["DISPLAY"] = display.name
    with tempfile.TemporaryDirectory(prefix="journey-") as folder:
        sandbox = Sandbox(binary, folder)
        apps = []

        def start(*arguments):
            app = Outpost(binary, sandbox, folder, arguments)
            apps.append(app)
            return app

        status = 0
        try:
            journey(start, sandbox, folder, Hands())
            for app in apps:
                noise = unexpected_stderr(app.stderr())
                check(not noise, "outpost wrote to stderr:\n" + "\n".join(noise))
        except JourneyFailed as failure:
            print(f"FAIL {journey.__name__}: {failure}", file=sys.stderr)
            for app in apps:
                print(f"--- outpost's stderr:\n{app.stderr()}", file=sys.stderr)
            shot = os.path.join(os.environ.get("HOME", folder), f"{journey.__name__}.png")
            subprocess.run(["import", "-window", "root", shot], capture_output=True)
            print(f"the screen at the failure: {shot}", file=sys.stderr)
            status = 1
        finally:
            for app in apps:
                app.stop()
            sandbox.stop()
            display.stop()
    print(f"{'PASS' if status == 0 else 'FAIL'} {journey.__name__} "
          f"in {time.monotonic() - started:.1f} s")
    return status
