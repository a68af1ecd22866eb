from typing import Any

from ...core.wire import Request, Response, empty, json_response


class CoqlResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.coql

    def query(self, req: Request) -> Response:
        body = req.json()
        rows, info = self.backend.query(body.get("select_query") if isinstance(body, dict) else None)
        if not rows:
            return empty(204)
        return json_response(200, {"data": rows, "info": info})
