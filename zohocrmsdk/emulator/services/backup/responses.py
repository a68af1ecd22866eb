from typing import Any

from ...core import errors
from ...core.bodies import clamped_page_args, json_object, page_of
from ...core.wire import Request, Response, empty, file_response, json_response
from .backend import BackupError


class BackupResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.backup

    def get(self, req: Request) -> Response:
        current = self.backend.current()
        return json_response(200, {"backup": current}) if current else empty(204)

    def schedule(self, req: Request) -> Response:
        try:
            bid = self.backend.schedule(json_object(req).get("backup"))
        except BackupError as exc:
            return json_response(400, {"backup": exc.entry})
        return json_response(201, {"backup": errors.success("Backup scheduled successfully.", {"id": bid})})

    def cancel(self, req: Request, bid: str) -> Response:
        try:
            stopped = self.backend.cancel(bid)
        except BackupError as exc:
            return json_response(400, {"backup": exc.entry})
        return json_response(200, {"backup": errors.success("Backup stopped successfully.", {"id": stopped})})

    def urls(self, req: Request) -> Response:
        urls = self.backend.urls(req.download_base)
        return json_response(200, {"urls": urls}) if urls else empty(204)

    def history(self, req: Request) -> Response:
        rows = self.backend.history()
        if not rows:
            return empty(204)
        chunk, info = page_of(rows, *clamped_page_args(req.query, 50))
        return json_response(200, {"history": chunk, "info": info})

    def file(self, req: Request, zgid: str, bid: str, name: str) -> Response:
        return file_response(self.backend.file(zgid, bid, name), "application/zip", name)
