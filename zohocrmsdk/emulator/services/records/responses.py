from typing import Any, Optional

from ...core import errors
from ...core.bodies import data_items, json_object, status_of
from ...core.wire import Request, Response, empty, json_response, parse_when
from . import paging


def since(req: Request) -> Optional[float]:
    return parse_when(req.header("If-Modified-Since"))


class RecordsResponses:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.backend = app.records

    def _results(self, results: list, ok: int = 200) -> Response:
        return json_response(status_of(results, ok), {"data": results})

    def list(self, req: Request, module: str) -> Response:
        rows, info = self.backend.list(module, req.query, paging.bound_params(req.path, req.query), since(req))
        if not rows:
            return empty(304 if info is None else 204)
        return json_response(200, {"data": rows, "info": info})

    def get(self, req: Request, module: str, rid: str) -> Response:
        target = self.backend.external_id(module, req.header("X-EXTERNAL"), rid)
        record, unchanged = self.backend.get(module, target, since(req))
        if record is None:
            if self.app.missing_record_status == 204:
                return empty(204)
            raise errors.invalid_id({"id": rid})
        if unchanged:
            return empty(304)
        names = self.backend.projection(req.query.get("fields"), False)
        return json_response(200, {"data": [self.backend.project(record, names)]})

    def create(self, req: Request, module: str) -> Response:
        return self._results(self.backend.create(module, data_items(req)), 201)

    def update(self, req: Request, module: str, rid: Optional[str] = None) -> Response:
        items = data_items(req)
        target = None if rid is None else self.backend.external_id(module, req.header("X-EXTERNAL"), rid)
        if rid is not None and not target:
            raise errors.invalid_id({"id": rid})
        return self._results(self.backend.update(module, items, target if rid is not None else None))

    def upsert(self, req: Request, module: str) -> Response:
        items = data_items(req)
        results = self.backend.upsert(module, items, json_object(req).get("duplicate_check_fields"))
        inserted = all(r.get("action") == "insert" for r in results if r["status"] == "success")
        return self._results(results, 201 if inserted else 200)

    def delete(self, req: Request, module: str, rid: Optional[str] = None) -> Response:
        if rid is not None:
            resolved = self.backend.external_id(module, req.header("X-EXTERNAL"), rid)
            if not resolved:
                return json_response(400, {"data": [errors.entry_not_deleted(rid)]})
            raw_ids = [resolved]
        else:
            if not req.query.get("ids"):
                raise errors.required_param("ids")
            raw_ids = [i.strip() for i in req.query["ids"].split(",") if i.strip()]
        return self._results(self.backend.delete(module, raw_ids))

    def deleted(self, req: Request, module: str) -> Response:
        entries, info = self.backend.deleted(module, req.query.get("type") or "all", req.query, since(req))
        if not entries:
            return empty(304 if info is None else 204)
        return json_response(200, {"data": entries, "info": info})
