from typing import Any, List, Optional

from ...core.bodies import data_items, id_list, page_args, page_of, status_of
from ...core.wire import Request, Response, empty, json_response


def page_response(req: Request, rows: List[dict], names: Optional[List[str]], project: Any,
                  token_keys: bool = False, order: Optional[str] = None) -> Response:
    """A strict page of `rows` (projected on `names`) under ``data``; no rows = 204. `order` ("asc" or
    "desc", by id) goes into ``info`` as sort_by/sort_order."""
    page, per_page = page_args(req.query)
    extra = ({"next_page_token": None, "previous_page_token": None, "page_token_expiry": None,
              "sort_by": "id", "sort_order": "desc"} if token_keys else {})
    if order:
        extra.update({"sort_by": "id", "sort_order": order})
    chunk, info = page_of(rows, page, per_page, extra)
    if not chunk:
        return empty(204)
    return json_response(200, {"data": [project(r, names) for r in chunk], "info": info})


class RelatedResponses:
    def __init__(self, app: Any) -> None:
        self.records = app.records
        self.backend = app.related

    def _page(self, req: Request, rows: List[dict], order: Optional[str], fields_required: bool) -> Response:
        names = self.records.projection(req.query.get("fields"), fields_required)
        return page_response(req, rows, names, self.records.project, order=order)

    def get(self, req: Request, module: str, rid: str, related: str, rrid: Optional[str] = None) -> Response:
        rows, order = self.backend.rows(req.header("X-EXTERNAL"), module, rid, related, rrid)
        if rrid is not None and not rows:
            return empty(204)
        return self._page(req, rows, order, fields_required=rrid is None)

    def get_of_deleted(self, req: Request, module: str, rid: str, related: str) -> Response:
        rows, order = self.backend.rows_of_deleted(module, rid, related)
        return self._page(req, rows, order, fields_required=False)

    def link(self, req: Request, module: str, rid: str, related: str, rrid: Optional[str] = None) -> Response:
        external = req.header("X-EXTERNAL")
        self.backend.check_link(external, module, rid, related)
        results = self.backend.link(external, module, rid, related, rrid, data_items(req))
        return json_response(status_of(results), {"data": results})

    def delink(self, req: Request, module: str, rid: str, related: str, rrid: Optional[str] = None) -> Response:
        ids = [rrid] if rrid is not None else id_list(req.query)
        results = self.backend.delink(req.header("X-EXTERNAL"), module, rid, related, ids)
        return json_response(status_of(results), {"data": results})

    def add_notes(self, req: Request, module: str, rid: str, related: str) -> Response:
        parent = self.backend.check_notes(module, rid, related)
        results = self.backend.add_notes(module, parent, data_items(req))
        return json_response(status_of(results, 201), {"data": results})
