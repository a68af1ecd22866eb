from typing import Any, List, Optional

from ...core.bodies import clamped_page_args, data_items, id_list, page_of, status_of, wrapped
from ...core.wire import Request, Response, empty, json_response


def settings_page(req: Request, key: str, rows: List[Any]) -> Response:
    """A clamped page of a settings list under `key`; no rows = 204."""
    if not rows:
        return empty(204)
    chunk, info = page_of(rows, *clamped_page_args(req.query))
    return json_response(200, {key: chunk, "info": info})


class TerritoriesResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.territories

    def _results(self, results: list, ok: int = 200) -> Response:
        return json_response(status_of(results, ok), {"territories": results})

    def get(self, req: Request, tid: str) -> Response:
        return json_response(200, {"territories": [self.backend.one(tid)]})

    def list(self, req: Request) -> Response:
        return settings_page(req, "territories", self.backend.list(req.query.get("filters")))

    def children(self, req: Request, tid: str) -> Response:
        children = self.backend.children(tid, req.query.get("filters"))
        if not children:
            return empty(204)
        return json_response(200, {"territories": children,
                                   "info": page_of(children, *clamped_page_args(req.query))[1]})

    def users_count(self, req: Request) -> Response:
        return settings_page(req, "associated_users_count", self.backend.users_count())

    def create(self, req: Request) -> Response:
        return self._results(self.backend.create(wrapped(req, "territories")), 201)

    def update(self, req: Request, tid: Optional[str] = None) -> Response:
        return self._results(self.backend.update(tid, wrapped(req, "territories")))

    def delete(self, req: Request, tid: Optional[str] = None) -> Response:
        return self._results(self.backend.delete([tid] if tid else id_list(req.query)))

    def transfer_and_delete(self, req: Request, tid: Optional[str] = None) -> Response:
        return self._results(self.backend.transfer_and_delete(tid, wrapped(req, "territories")))

    def assign(self, req: Request, module: str, rid: Optional[str] = None) -> Response:
        results = self.backend.assign(module, True, data_items(req), rid)
        return json_response(status_of(results), {"data": results})

    def remove(self, req: Request, module: str, rid: Optional[str] = None) -> Response:
        results = self.backend.assign(module, False, data_items(req), rid)
        return json_response(status_of(results), {"data": results})
