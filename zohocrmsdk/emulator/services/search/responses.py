from typing import Any

from ...core.wire import Request, Response, empty, json_response


class SearchResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.search

    def search(self, req: Request, module: str) -> Response:
        rows, info = self.backend.search(module, req.query)
        if not rows:
            return empty(204)
        return json_response(200, {"data": rows, "info": info})

    def count(self, req: Request, module: str) -> Response:
        return json_response(200, {"count": self.backend.count(module, req.query)})
