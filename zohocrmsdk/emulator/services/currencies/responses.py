from typing import Any, Optional

from ...core.bodies import status_of, wrapped
from ...core.errors import ItemError
from ...core.wire import Request, Response, json_response


class CurrenciesResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.currencies

    def list(self, req: Request, cid: Optional[str] = None) -> Response:
        return json_response(200, {"currencies": self.backend.list(cid)})

    def add(self, req: Request) -> Response:
        self.backend.check()
        results = self.backend.add(wrapped(req, "currencies"))
        return json_response(status_of(results, 201), {"currencies": results})

    def update(self, req: Request, cid: Optional[str] = None) -> Response:
        self.backend.check()
        results = self.backend.update(cid, wrapped(req, "currencies"))
        return json_response(status_of(results), {"currencies": results})

    def _base(self, req: Request, change: Any) -> Response:
        item = wrapped(req, "base_currency", single=True)
        try:
            return json_response(200, {"base_currency": change(item)})
        except ItemError as exc:
            return json_response(400, {"base_currency": exc.to_json()})

    def enable(self, req: Request) -> Response:
        return self._base(req, self.backend.enable)

    def update_base(self, req: Request) -> Response:
        return self._base(req, self.backend.update_base)
