from typing import Any, List

from ...core import errors
from ...core.bodies import json_object, lenient_items, status_of
from ...core.backend import parse_id
from ...core.wire import Request, Response, empty, file_response, json_response
from .backend import FILES
from .routes import ANY_KEY, TABLE, Row, tail


def answer(row: Row, status: int, entries: List[dict]) -> Response:
    if row.shape == "bare":
        return json_response(status, entries[0])
    if row.shape == "one":
        return json_response(status, {row.key: entries[0]})
    return json_response(status, {row.key: entries})


class GenericResponses:
    def __init__(self, app: Any) -> None:
        self.backend = app.generic

    def handle(self, req: Request, row: int, **values: str) -> Response:
        spec = TABLE[row]
        if spec.key == ANY_KEY:  # named by the path: the collection's last segment
            collection = self._kind(req, spec, values).split(":", 1)[1].rsplit("|", 1)[0]
            spec = Row(spec.method, spec.template, spec.key_for(collection), spec.shape, spec.status, spec.operation)
        if spec.shape == "file":
            return self._file(req, spec)
        if spec.shape == "count":
            return json_response(200, {"count": self.backend.count(self._kind(req, spec, values))})
        if spec.action:
            return self._action(req, spec, values)
        kind = self._kind(req, spec, values)
        ident = values[spec.names[-1]] if spec.item else None
        if req.method == "GET":
            return self._get(req, spec, kind, ident)
        if req.method == "POST" and "multipart/form-data" in (req.header("content-type") or ""):
            return answer(spec, 200, self.backend.store_files(req.files()))
        if req.method in ("POST", "PUT", "PATCH"):
            return self._write(req, spec, kind, ident)
        if req.method == "DELETE":
            return self._delete(req, spec, kind, ident)
        raise errors.invalid_method()

    def _kind(self, req: Request, spec: Row, values: dict) -> str:
        return self.backend.kind(spec, values, req.query.get("module"))

    def _file(self, req: Request, spec: Row) -> Response:
        """A stored upload when the request names one (``?id=`` for /files), else a small text file."""
        name = (spec.operation.split(".")[-1] or "file") + ".txt"
        wanted = req.query.get("id") if spec.template == FILES else None
        if wanted:
            stored, content = self.backend.stored_file(wanted)
            return file_response(content, "application/octet-stream", stored or name)
        return file_response(b"emulated file content\n", "application/octet-stream", name)

    def _get(self, req: Request, spec: Row, kind: str, ident: Any) -> Response:
        if spec.shape in ("one", "bare"):
            doc = self.backend.single(kind)
            return json_response(200, {spec.key: doc} if spec.key else doc)
        if ident is not None:
            return json_response(200, {spec.key: [self.backend.item(kind, spec, ident)]})
        docs = self.backend.list(kind, spec, req.query.get("module"))
        if not docs:
            return empty(204)
        return json_response(200, {spec.key: docs, "info": {"count": len(docs), "per_page": 200, "page": 1,
                                                             "more_records": False}})

    def _write(self, req: Request, spec: Row, kind: str, ident: Any) -> Response:
        items = lenient_items(req, spec.key)
        if spec.shape in ("one", "bare") and ident is None:
            doc_id = self.backend.merge_single(kind, items)
            message = f"{spec.key or 'settings'} updated successfully"
            return answer(spec, 200, [errors.success(message, {"id": doc_id} if doc_id else {})])
        creating = req.method == "POST"
        results = self.backend.write(kind, spec.key, items, ident, creating)
        return answer(spec, status_of(results, 201 if creating else 200), results)

    def _delete(self, req: Request, spec: Row, kind: str, ident: Any) -> Response:
        if ident is not None:
            ids = [ident]
        else:
            raw = req.query.get("ids") or next((v for k, v in req.query.items() if k.endswith("ids")), "")
            ids = [i for i in raw.split(",") if i]
        results = self.backend.delete(kind, spec.key, ids)
        return answer(spec, status_of(results), results)

    def _action(self, req: Request, spec: Row, values: dict) -> Response:
        if req.method == "GET" and tail(spec.template) in self.backend.job_tails:
            return json_response(200, {spec.key: [self.backend.job_status(spec, req.query.get("job_id"))]})
        if req.method == "POST" and spec.template in self.backend.jobs:
            entry = errors.success("the job has been scheduled", {"job_id": self.backend.schedule(spec, json_object(req))})
            return answer(spec, 202, [entry])
        if req.method == "GET":
            return json_response(200, {spec.key: {} if spec.shape == "one" else []})
        ids = [v for n, v in values.items() if "module" not in n and parse_id(v) is not None]
        details = {"id": ids[-1]} if ids else {}
        items = lenient_items(req, spec.key) if req.method != "DELETE" else []
        entries = [errors.success("the action was performed successfully", details)]
        if len(items) > 1:
            entries = [errors.success("the action was performed successfully",
                                      {"id": str(i.get("id"))} if isinstance(i, dict) and i.get("id") else details)
                       for i in items]
        return answer(spec, spec.status, entries)
