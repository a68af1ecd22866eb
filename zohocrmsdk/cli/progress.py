"""Progress on stderr: one redrawn line on a terminal, plain periodic lines otherwise."""
from __future__ import annotations

import sys
import time
from typing import IO, Optional


class Progress:
    def __init__(self, label: str, total: Optional[int], done: int = 0, stream: Optional[IO[str]] = None,
                 interval: Optional[float] = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.interval = interval if interval is not None else (0.2 if self.tty else 5.0)
        self.label, self.total, self.done = label, total, done
        self.start_done, self.started = done, time.monotonic()
        self.last = 0.0

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return (self.done - self.start_done) / elapsed if elapsed > 0 else 0.0

    def advance(self, count: int) -> None:
        self.done += count
        now = time.monotonic()
        if count and now - self.last >= self.interval:
            self.last = now
            self._show(self.line())

    def line(self) -> str:
        rate = self.rate()
        text = f"{self.label}: {self.done:,}"
        if self.total:
            text += f"/{self.total:,} records ({100 * self.done / self.total:.0f}%)"
        else:
            text += " records"
        text += f", {rate:,.0f}/s"
        if self.total and rate > 0 and self.done < self.total:
            text += f", ETA {_duration((self.total - self.done) / rate)}"
        return text

    def note(self, message: str) -> None:
        """A message that is not a count (bulk job state, back-off)."""
        self._show(f"{self.label}: {message}", force_line=True)

    def _show(self, text: str, force_line: bool = False) -> None:
        if self.tty:
            self.stream.write("\r\033[K" + text + ("\n" if force_line else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
