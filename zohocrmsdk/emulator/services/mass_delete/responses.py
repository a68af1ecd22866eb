from typing import Any

from ...core import errors
from ...core.bodies import status_of
from ...core.wire import Request, Response, json_response


class MassDeleteResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.mass_delete

    def status(self, req: Request, module: str) -> Response:
        return json_response(200, {"data": [self.backend.status(module, req.query.get("job_id"))]})

    def run(self, req: Request, module: str) -> Response:
        self.backend.check_module(module)
        body = req.json() if req.body else None
        if not isinstance(body, dict):
            raise errors.not_json_object()
        results, job_id = self.backend.run(module, body)
        if results is not None:
            return json_response(status_of(results), {"data": results})
        return json_response(202, {"data": [errors.success("mass delete scheduled successfully", {"job_id": job_id})]})
