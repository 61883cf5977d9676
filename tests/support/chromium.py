"""A real headless Chromium (Debian's ``chromium``) driven over the DevTools protocol, standard library only.

    >>> with Chromium(tmp_path / "profile") as browser:
    ...     page = browser.load("file:///tmp/audit.html")
    >>> page.dom                # the document as rendered (after scripts, if any)
    >>> page.requests           # every URL the page asked for, the page itself included
    >>> page.screenshot         # PNG bytes

The browser talks over ``--remote-debugging-pipe`` (file descriptors 3 and 4, NUL-separated JSON), so
no port is opened and no driver is needed. It is started through :func:`passerelle.sdi.processes.spawn`
(it dies with the tests) with every background service off, and ``--host-resolver-rules`` sends any
name lookup to ``trap`` (a local address where nothing or a recorder listens): nothing can leave the
machine. ``page.requests`` comes from the ``Network.requestWillBeSent`` events of the page itself, so the
browser's own background traffic is not mistaken for the page's.
"""
from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import time
from dataclasses import dataclass, field

from passerelle.sdi.processes import spawn, stop

BINARY = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-extensions",
         "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--no-default-browser-check",
         "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--no-pings",
         "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication")
#: the browser's own services (time, updates, accounts): its background traffic, not a page's
BROWSER_SERVICES = ("google.com", "googleapis.com", "gstatic.com", "gvt1.com")


class ChromiumError(RuntimeError):
    pass


@dataclass
class Page:
    url: str
    dom: str = ""
    requests: list = field(default_factory=list)
    failed: list = field(default_factory=list)  # (url, error) of requests that failed
    console: list = field(default_factory=list)  # (level, text) of console messages and exceptions
    screenshot: bytes = b""


class Chromium:
    """One browser; :meth:`load` opens a page in a fresh tab and reads it back."""

    def __init__(self, profile_dir, trap: str = "127.0.0.1:9", width: int = 1400, height: int = 1800):
        self.profile_dir = str(profile_dir)
        self.trap = trap
        self.width, self.height = width, height
        self.process = None
        self._id = 0
        self._buffer = b""
        self._events: list = []

    def __enter__(self) -> "Chromium":
        if not os.path.exists(BINARY):
            raise ChromiumError(f"{BINARY} is missing: install Debian's chromium (make system).")
        os.makedirs(self.profile_dir, exist_ok=True)
        to_browser_read, self._write = os.pipe()
        self._read, from_browser_write = os.pipe()
        flags = " ".join(FLAGS + (f"--user-data-dir={self.profile_dir}", "--remote-debugging-pipe",
                                  f"--window-size={self.width},{self.height}"))
        rules = f"--host-resolver-rules='MAP * {self.trap}'"
        # bash (not dash: it takes descriptors above 9) puts the pipes on 3 and 4, where Chromium expects them
        command = ["/bin/bash", "-c", f"exec {BINARY} {flags} {rules} about:blank "
                                    f"3<&{to_browser_read} 4>&{from_browser_write}"]
        self.log_path = os.path.join(self.profile_dir, "chromium.log")
        with open(self.log_path, "ab") as log:
            self.process = spawn(command, pass_fds=(to_browser_read, from_browser_write), stdin=subprocess.DEVNULL,
                                 stdout=log, stderr=subprocess.STDOUT)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.send("Target.setDiscoverTargets", {"discover": True})
        return self

    def __exit__(self, *exc):
        try:
            if self.process is not None and self.process.poll() is None:
                try:
                    self.send("Browser.close", timeout=5)
                except ChromiumError:
                    pass
                try:
                    self.process.wait(10)
                except subprocess.TimeoutExpired:
                    pass
        finally:
            if self.process is not None:
                stop(self.process, timeout=10)
            for fd in (self._read, self._write):
                try:
                    os.close(fd)
                except OSError:
                    pass

    def log_tail(self, lines: int = 20) -> str:
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as handle:
                return "".join(handle.readlines()[-lines:])
        except OSError:
            return ""

    # -- the protocol ---------------------------------------------------------------------------------
    def send(self, method: str, params=None, session: str = "", timeout: float = 30.0) -> dict:
        self._id += 1
        message = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._next(deadline)
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise ChromiumError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self._events.append(answer)

    def _next(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ChromiumError("no answer from Chromium in time")
            ready, _, _ = select.select([self._read], [], [], left)
            if ready:
                chunk = os.read(self._read, 1 << 20)
                if not chunk:
                    raise ChromiumError(f"Chromium closed its pipe; its log:\n{self.log_tail()}")
                self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def _events_until(self, deadline: float, done) -> None:
        while time.monotonic() < deadline and not done():
            try:
                self._events.append(self._next(min(deadline, time.monotonic() + 0.5)))
            except ChromiumError as error:
                if "in time" not in str(error):
                    raise

    # -- pages ----------------------------------------------------------------------------------------
    def load(self, url: str, timeout: float = 30.0, settle: float = 1.0) -> Page:
        """Open ``url`` in a new tab; returns the rendered DOM, the requests it made and a screenshot."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self._events = []
        for domain in ("Network", "Page", "Runtime", "Log"):
            self.send(f"{domain}.enable", session=session)
        self.send("Emulation.setDeviceMetricsOverride", {"width": self.width, "height": self.height,
                                                         "deviceScaleFactor": 1, "mobile": False}, session=session)
        self.send("Page.navigate", {"url": url}, session=session)
        deadline = time.monotonic() + timeout

        def loaded():
            return any(e.get("method") == "Page.loadEventFired" and e.get("sessionId") == session
                       for e in self._events)

        self._events_until(deadline, loaded)
        if not loaded():
            raise ChromiumError(f"{url} did not finish loading in {timeout} s")
        self._events_until(time.monotonic() + settle, lambda: False)  # late requests (scripts, images)
        page = Page(url)
        page.dom = self.send("Runtime.evaluate", {"expression": "document.documentElement.outerHTML",
                                                  "returnByValue": True}, session=session)["result"]["value"]
        full = self.send("Runtime.evaluate", {"expression": "[document.documentElement.scrollWidth, "
                                                            "document.documentElement.scrollHeight]",
                                              "returnByValue": True}, session=session)["result"]["value"]
        shot = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                    "clip": {"x": 0, "y": 0, "width": max(full[0], 1),
                                                             "height": min(max(full[1], 1), 12000), "scale": 1}},
                         session=session)
        page.screenshot = base64.b64decode(shot["data"])
        for event in self._events:
            if event.get("sessionId") != session:
                continue
            params = event.get("params", {})
            if event.get("method") == "Network.requestWillBeSent":
                page.requests.append(params["request"]["url"])
            elif event.get("method") == "Network.loadingFailed":
                page.failed.append((params.get("requestId"), params.get("errorText")))
            elif event.get("method") == "Runtime.exceptionThrown":
                page.console.append(("exception", json.dumps(params.get("exceptionDetails", {}))[:500]))
            elif event.get("method") == "Log.entryAdded":
                entry = params.get("entry", {})
                page.console.append((entry.get("level"), entry.get("text")))
        self.send("Target.closeTarget", {"targetId": target})
        return page
