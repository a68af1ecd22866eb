"""What every backend shares: the app's state and clock, ids and timestamps.

A backend takes plain values and returns plain values; it owns its resource's storage kinds and
domain rules and raises typed errors (`core.errors`). It never sees a request. An effect on another
resource is a call to that resource's backend (``self.app.<service>``), through public methods only.
"""
from __future__ import annotations

from typing import Any, Optional

from .state import State
from .wire import iso


MAX_ID = 2 ** 63 - 1  # Zoho ids are 64-bit (the SDK's Long); larger is no id at all


def parse_id(value: Any) -> Optional[int]:
    """Zoho ids arrive as strings (docs) or JSON numbers (the SDK's Long); None when not an id."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and 0 <= value <= MAX_ID:
        return value
    return None


def id_text(value: Any) -> Optional[str]:
    """The canonical text of an id value, or None when it is not one."""
    parsed = parse_id(value)
    return str(parsed) if parsed else None


class Backend:
    def __init__(self, app: Any) -> None:
        self.app = app

    @property
    def state(self) -> State:
        return self.app.state

    @property
    def catalog(self) -> Any:
        return self.app.catalog

    def now(self) -> float:
        return self.app.now()

    def now_iso(self) -> str:
        return iso(self.app.now())

    def new_id(self) -> str:
        return str(self.state.next_id())

    def stamp(self, doc: dict, created: bool) -> dict:
        """created/modified time and user on a settings document."""
        now, by = self.now_iso(), self.app.actor()
        if created:
            doc.update({"created_time": now, "created_by": by})
        doc.update({"modified_time": now, "modified_by": dict(by)})
        return doc
