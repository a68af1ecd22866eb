from typing import Any, Optional

from ...core.bodies import status_of, wrapped
from ...core.wire import Request, Response, json_response


class PipelinesResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.pipelines

    def _kind(self, req: Request) -> str:
        return self.backend.collection(req.query.get("layout_id"))

    def list(self, req: Request, pid: Optional[str] = None) -> Response:
        return json_response(200, {"pipeline": self.backend.list(self._kind(req), pid)})

    def create(self, req: Request) -> Response:
        results = self.backend.create(self._kind(req), wrapped(req, "pipeline"))
        return json_response(status_of(results, 201), {"pipeline": results})

    def update(self, req: Request, pid: Optional[str] = None) -> Response:
        kind = self._kind(req)
        self.backend.check(kind, pid)
        results = self.backend.update(kind, pid, wrapped(req, "pipeline"))
        return json_response(status_of(results), {"pipeline": results})

    def transfer(self, req: Request) -> Response:
        results = self.backend.transfer(self._kind(req), wrapped(req, "transfer_pipeline"))
        return json_response(status_of(results), {"transfer_pipeline": results})
