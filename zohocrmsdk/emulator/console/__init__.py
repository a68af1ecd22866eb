"""The emulator console: a web page at ``GET /__emulator__/ui`` that shows what an app did to the emulator.

The page (``index.html``, ``console.js``, ``console.css`` beside this file, nothing fetched from elsewhere)
polls ``GET /__emulator__/ui/state`` (`snapshot`) and acts through the admin API with its protection: JSON
bodies, and the admin token (``X-Emulator-Token``) when the page was given one. It renders every string the
server sends as text; its Content-Security-Policy allows no script but its own file, as a second line.
"""
from __future__ import annotations

import pathlib
import time
from typing import Any, Dict, List, Optional

from ..core.admin import PREFIX
from ..core.routing import Route
from ..core.wire import Request, Response, json_response
from ..services.records.backend import display_name

LATEST = 20  # records listed for the module picked on the page
_HERE = pathlib.Path(__file__).parent
_ASSETS = {"index.html": "text/html; charset=utf-8", "console.js": "text/javascript; charset=utf-8",
           "console.css": "text/css; charset=utf-8"}
_HEADERS = [("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"),
            ("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                                        "connect-src 'self'; base-uri 'none'; form-action 'none'; "
                                        "frame-ancestors 'none'")]


def limits(app: Any) -> Optional[Dict[str, Any]]:
    """The limits and what is left of them (``credits``: allowance, used, remaining; ``concurrency``: limit,
    in_flight, peak; ``edition``), or None while the emulator enforces none: the one place the console
    reads them from."""
    status = getattr(app, "limits_status", None)
    return status() if callable(status) else None


def record_counts(app: Any) -> Dict[str, int]:
    return {kind.split(":", 1)[1]: n for kind, n in app.state.kinds_summary().items() if kind.startswith("records:")}


def snapshot(app: Any, module: Optional[str] = None) -> Dict[str, Any]:
    """Everything the page shows; with `module`, that module's latest records too."""
    counts = record_counts(app)
    names = [name for name, meta in app.catalog.modules.items()
             if meta["api_supported"] and meta["generated_type"] == "default"]
    names += sorted(set(counts) - set(names))  # records in a module the catalog does not list as such
    out: Dict[str, Any] = {
        "time": time.time(),
        "modules": [{"api_name": name, "records": counts.get(name, 0)} for name in names],
        "requests": app.request_log.entries(), "capacity": app.request_log.capacity,
        "faults": app.faults.list(), "limits": limits(app), "records": None}
    canon = app.catalog.resolve(module) if module else None
    if canon:
        out["records"] = {"module": canon, "latest": [
            {"id": str(r["id"]), "name": display_name(canon, r), "modified": r.get("Modified_Time")}
            for r in app.state.list_records(canon, order="Modified_Time", desc=True, limit=LATEST)]}
    return out


class ConsoleResponses:
    def __init__(self, app: Any) -> None:
        self.app = app

    def asset(self, req: Request, name: str) -> Response:
        return Response(200, (_HERE / name).read_bytes(), [("Content-Type", _ASSETS[name])] + _HEADERS)

    def state(self, req: Request) -> Response:
        return json_response(200, snapshot(self.app, req.query.get("module")), [("Cache-Control", "no-store")])


def _row(path: str, action: str, **fixed: str) -> Route:
    return Route("GET", PREFIX + path, "console", action, name="console", auth=False, fixed=tuple(fixed.items()))


ROUTES: List[Route] = [_row("ui", "asset", name="index.html"), _row("ui/console.js", "asset", name="console.js"),
                       _row("ui/console.css", "asset", name="console.css"), _row("ui/state", "state")]
# The page's own files hold no data: a browser must be able to load them before it has any token to send.
PAGE_FILES = frozenset(row.template for row in ROUTES if row.action == "asset")
