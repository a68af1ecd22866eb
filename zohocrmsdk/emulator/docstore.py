"""Generic, stateful JSON document store for the long tail of settings-like resources.

`/crm/v6/settings/<resource>[/<id>]` (and `/crm/v6/org/<resource>`): POST/PUT take
`{"<resource>": [items]}` and answer Zoho-style success entries with ids, GET returns what
was stored under the same plural key, DELETE removes. The `module` query parameter scopes a
collection (tags of Leads vs tags of Contacts).
"""
from __future__ import annotations

from typing import Any, List, Optional, Tuple

from . import errors
from .errors import ZohoError
from .records import parse_id
from .wire import Request, Response, empty, iso, json_response


def _split(path: str) -> Tuple[str, str, Optional[str]]:
    """('/crm/v6/settings/tags/123') -> (collection key, plural key, item id)."""
    parts = [p for p in path.split("/") if p][2:]  # drop 'crm', 'v6'
    item = None
    if parts and parts[-1].isdigit():
        item = parts.pop()
    if not parts:
        raise errors.invalid_url()
    return "/".join(parts), parts[-1], item


class DocStore:
    def __init__(self, app: Any) -> None:
        self.app = app

    def _kind(self, req: Request, collection: str) -> str:
        module = req.query.get("module")
        canon = self.app.catalog.resolve(module) if module else None
        return f"settings:{collection}|{canon or module or ''}"

    def handle(self, req: Request) -> Response:
        collection, key, item_id = _split(req.path)
        kind = self._kind(req, collection)
        state = self.app.state
        if req.method == "GET":
            if item_id is not None:
                doc = state.get_doc(kind, item_id)
                if doc is None:
                    raise errors.invalid_data("the id given seems to be invalid", {"id": item_id})
                return json_response(200, {key: [doc]})
            docs = [d for _, d in state.list_docs(kind)]
            if not docs:
                return empty(204)
            return json_response(200, {key: docs, "info": {"count": len(docs), "per_page": 200, "page": 1,
                                                           "more_records": False}})
        if req.method in ("POST", "PUT", "PATCH"):
            items = self._items(req, key)
            results = []
            with state.tx():
                for index, item in enumerate(items):
                    results.append(self._write(kind, key, item, index, item_id, req.method == "POST"))
            ok = sum(r["status"] == "success" for r in results)
            status = (201 if req.method == "POST" else 200) if ok == len(results) else (400 if ok == 0 else 207)
            return json_response(status, {key: results})
        if req.method == "DELETE":
            ids = [item_id] if item_id else [i for i in (req.query.get("ids") or "").split(",") if i]
            if not ids:
                raise errors.required_param("ids")
            results = []
            for one in ids:
                if state.del_doc(kind, one):
                    results.append(errors.success(f"{key} deleted successfully", {"id": one}))
                else:
                    results.append(errors.body("INVALID_DATA", "the id given seems to be invalid", {"id": one}))
            ok = sum(r["status"] == "success" for r in results)
            return json_response(200 if ok == len(results) else (400 if ok == 0 else 207), {key: results})
        raise errors.invalid_method()

    @staticmethod
    def _items(req: Request, key: str) -> List[Any]:
        body = req.json()
        if not isinstance(body, dict):
            raise ZohoError(400, "INVALID_DATA", "invalid data", {"expected_data_type": "jsonobject"})
        if key not in body and len(body) == 1:
            key = next(iter(body))  # tolerate singular/plural variations of the wrapper key
        value = body.get(key)
        if value is None:
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": key})
        return value if isinstance(value, list) else [value]

    def _write(self, kind: str, key: str, item: Any, index: int, path_id: Optional[str], create: bool) -> dict:
        if not isinstance(item, dict):
            return errors.body("INVALID_DATA", "invalid data", {"json_path": f"$.{key}[{index}]"})
        state = self.app.state
        target = path_id or (str(parse_id(item.get("id"))) if parse_id(item.get("id")) is not None else None)
        now = iso(self.app.now())
        if target is not None and not create:
            existing = state.get_doc(kind, target)
            if existing is None:
                return errors.body("INVALID_DATA", "the id given seems to be invalid",
                                   {"id": target, "json_path": f"$.{key}[{index}].id"})
            existing.update({k: v for k, v in item.items() if k != "id"})
            existing["modified_time"] = now
            state.put_doc(kind, target, existing)
            return errors.success(f"{key} updated successfully", {"id": target})
        new_id = str(state.next_id())
        doc = dict(item)
        doc.update({"id": new_id, "created_time": now, "modified_time": now})
        state.put_doc(kind, new_id, doc)
        return errors.success(f"{key} created successfully", {"id": new_id})
