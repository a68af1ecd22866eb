from typing import Any

from ...core import errors
from ...core.bodies import json_object, status_of, wrapped
from ...core.wire import Request, Response, json_response


class SharingResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.sharing

    def list(self, req: Request, module: str, rid: str) -> Response:
        return json_response(200, self.backend.list(module, rid, req.query.get("sharedTo"),
                                                    req.query.get("view") == "summary"))

    def revoke(self, req: Request, module: str, rid: str) -> Response:
        return json_response(200, {"share": errors.success("Sharing Revoked", {"id": self.backend.revoke(module, rid)})})

    def _write(self, req: Request, module: str, rid: str, creating: bool) -> Response:
        self.backend.record(module, rid)
        notify = bool(json_object(req).get("notify"))
        results = self.backend.share(module, rid, wrapped(req, "share"), creating)
        return json_response(status_of(results), {"share": results, "notify": notify})

    def share(self, req: Request, module: str, rid: str) -> Response:
        return self._write(req, module, rid, True)

    def update(self, req: Request, module: str, rid: str) -> Response:
        return self._write(req, module, rid, False)
