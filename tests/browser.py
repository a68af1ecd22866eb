"""A real headless browser for tests: Debian's Chromium, driven over the DevTools protocol on a pipe.

``--remote-debugging-pipe`` makes Chromium read protocol commands from its fd 3 and write answers and events to
its fd 4, one JSON message per NUL-terminated chunk: no driver binary, no websocket, no Python dependency.
Clicks and typing are input events at the element's place on the page, as a person's would be.
"""
from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from typing import Any, Dict, List, Optional

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


class BrowserError(RuntimeError):
    pass


class Chromium:
    """One headless Chromium with one page. `errors` collects the page's uncaught exceptions and console
    errors (a refused Content-Security-Policy rule shows up there too)."""

    def __init__(self, width: int = 1400, height: int = 1000, timeout: float = 20.0) -> None:
        self.timeout = timeout
        self.errors: List[str] = []
        self._profile = tempfile.mkdtemp(prefix="zoho-chromium-")
        commands_read, self._commands = os.pipe()
        self._answers, answers_write = os.pipe()
        # the pipes come in as stdin and stdout; the shell moves them to fds 3 and 4 (no preexec_fn in a threaded
        # test process)
        shim = 'exec "$0" "$@" 3<&0 4>&1 0</dev/null 1>/dev/null'
        self._proc = subprocess.Popen(
            ["sh", "-c", shim, CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
             "--mute-audio", "--user-data-dir=" + self._profile, "--window-size=%d,%d" % (width, height),
             "about:blank"],
            stdin=commands_read, stdout=answers_write, stderr=subprocess.DEVNULL)
        os.close(commands_read)
        os.close(answers_write)
        self._buffer = b""
        self._ids = 0
        self._events: List[Dict[str, Any]] = []
        self._session: Optional[str] = None  # commands go to the page once attached, to the browser before
        try:
            target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
            self._session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for domain in ("Page", "Runtime", "Log"):
                self.send(domain + ".enable")
        except Exception:
            self.close()
            raise

    # -- the protocol -------------------------------------------------------------------------------------
    def send(self, method: str, params: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        """One command; its result (events read meanwhile are kept)."""
        self._ids += 1
        message: Dict[str, Any] = {"id": self._ids, "method": method, "params": params or {}}
        if self._session:
            message["sessionId"] = self._session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._next_message()
            if answer.get("id") == self._ids:
                if "error" in answer:
                    raise BrowserError("%s: %s" % (method, answer["error"].get("message")))
                return answer.get("result", {})
            self._note(answer)

    def _next_message(self, deadline: Optional[float] = None) -> Dict[str, Any]:
        deadline = deadline or time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._answers], [], [], left)[0]:
                raise BrowserError("Chromium did not answer in time")
            chunk = os.read(self._answers, 1 << 16)
            if not chunk:
                raise BrowserError("Chromium closed the pipe (exit code %s)" % self._proc.poll())
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(raw)

    def _note(self, event: Dict[str, Any]) -> None:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append("exception: " + str(details.get("exception", {}).get("description") or details))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.errors.append("console: " + " ".join(str(a.get("value", a.get("description"))) for a in
                                                      params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.errors.append("log: " + params["entry"].get("text", ""))
        self._events.append(event)

    def _wait_event(self, method: str) -> Dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while True:
            for event in self._events:
                if event.get("method") == method:
                    self._events.remove(event)
                    return event
            self._note(self._next_message(deadline))

    # -- what a test does ---------------------------------------------------------------------------------
    def open(self, url: str) -> None:
        self._events.clear()
        if "loaderId" in self.send("Page.navigate", {"url": url}):  # none: only the fragment changed
            self._wait_event("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises awaited)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise BrowserError("%s: %s" % (expression, result["exceptionDetails"].get("text")))
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: Optional[float] = None) -> Any:
        """Poll until the expression is truthy; its value."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError("still false after %.0fs: %s" % (timeout or self.timeout, expression))
            time.sleep(0.1)

    def text(self, selector: str) -> str:
        return self.evaluate("document.querySelector(%s).textContent" % json.dumps(selector))

    def click(self, selector: str) -> None:
        """A left click at the middle of the element, as mouse events."""
        box = self.evaluate("(() => { const e = document.querySelector(%s); e.scrollIntoView({block: 'center'});"
                            " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()"
                            % json.dumps(selector))
        x, y = box
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def type(self, selector: str, text: str) -> None:
        """Click into a field, select what it holds and type over it; Tab then leaves it (a change event)."""
        self.click(selector)
        self.evaluate("document.querySelector(%s).select()" % json.dumps(selector))
        self.send("Input.insertText", {"text": text})
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", {"type": kind, "key": "Tab", "code": "Tab",
                                                 "windowsVirtualKeyCode": 9})

    def screenshot(self, path: str) -> str:
        data = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})["data"]
        with open(path, "wb") as out:
            out.write(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            if self._proc.poll() is None:
                self._session = None
                self.send("Browser.close")
        except (BrowserError, OSError):
            pass
        finally:
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            for fd in (self._commands, self._answers):
                try:
                    os.close(fd)
                except OSError:
                    pass
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
