from typing import Any, Optional

from ...core import errors
from ...core.bodies import id_list, json_object, status_of, wrapped
from ...core.wire import Request, Response, json_response
from .backend import MAX_TAGS


class TagsResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.tags

    def _results(self, results: list, ok: int = 200) -> Response:
        return json_response(status_of(results, ok), {"tags": results})

    def list(self, req: Request) -> Response:
        docs = self.backend.list(self.backend.module(req.query.get("module")), None)
        return json_response(200, {"tags": docs, "info": {"count": len(docs), "allowed_count": MAX_TAGS}})

    def create(self, req: Request) -> Response:
        module = self.backend.module(req.query.get("module"))
        return self._results(self.backend.create(module, wrapped(req, "tags")), 201)

    def update(self, req: Request, tid: Optional[str] = None) -> Response:
        module = self.backend.module(req.query.get("module"))
        return self._results(self.backend.update(module, tid, wrapped(req, "tags")))

    def delete(self, req: Request, tid: str) -> Response:
        self.backend.delete(tid)
        return json_response(200, {"tags": [errors.success("tags deleted successfully", {"id": tid})]})

    def merge(self, req: Request, tid: str) -> Response:
        self.backend.check_merge(tid)
        return self._results(self.backend.merge(tid, wrapped(req, "tags")))

    def records_count(self, req: Request, tid: str) -> Response:
        module = self.backend.module(req.query.get("module"))
        return json_response(200, {"count": str(self.backend.records_count(module, tid))})

    def _on_records(self, req: Request, module: str, add: bool, rid: Optional[str]) -> Response:
        body = json_object(req)
        tags = body.get("tags")
        if not isinstance(tags, list) or not tags:
            raise errors.mandatory_missing({"api_name": "tags"})
        ids = [rid] if rid is not None else (body.get("ids") or id_list(req.query))
        over_write = str(body.get("over_write", req.query.get("over_write", "false"))).lower() == "true"
        results = self.backend.tag_records(module, add, tags, ids, over_write)
        ok = sum(r["status"] == "success" for r in results)
        return json_response(status_of(results), {"data": results, "success_count": str(ok), "locked_count": "0"})

    def add_to_records(self, req: Request, module: str, rid: Optional[str] = None) -> Response:
        return self._on_records(req, module, True, rid)

    def remove_from_records(self, req: Request, module: str, rid: Optional[str] = None) -> Response:
        return self._on_records(req, module, False, rid)
