"""Generic, stateful answers for the long tail of the API (the rows of surface_table.py).

Each row names a path template, the JSON key its success wrapper reads and that value's shape.
A template ending in a placeholder addresses one item of the collection in front of it; the
concrete values of the other placeholders scope the collection, so
``/settings/layouts/7/map_dependency`` and ``/settings/layouts/8/map_dependency`` are two
collections. Documents live in the same ``settings:<collection>|<module>`` kinds as DocStore's.

* list collections: POST creates (201, ids in the details), PUT/PATCH update by path id or by
  the ``id`` of each item (items without one are created), GET returns what was stored (an
  item by id, ``api_name`` or ``name``), DELETE removes (by path id or the ``ids`` parameter);
* single documents (``one``): PUT merges into the document, GET returns it;
* ``actions/...`` paths answer a success entry per affected id (writes) or an empty list (reads);
* ``file`` rows send a small attachment, ``count`` rows a count, ``bare`` rows a bare success.

Read-only collections (no create row) hold one seeded item, so reads by id have something to find.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from . import errors
from .errors import ZohoError
from .metadata import user_ref
from .records import parse_id
from .surface_table import ROWS
from .wire import Request, Response, empty, file_response, iso, json_response

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_ACTION_WORDS = ("actions", "action")
# collections kept per module (their reads are module-scoped elsewhere too, e.g. custom fields)
_MODULE_SCOPED = {"settings/fields", "settings/custom_views"}


class _Route:
    __slots__ = ("method", "template", "key", "shape", "status", "operation", "regex", "names", "literals",
                 "action", "item", "collection_parts")

    def __init__(self, method: str, template: str, key: str, shape: str, status: int, operation: str) -> None:
        self.method, self.template, self.key, self.shape, self.status, self.operation = (
            method, template, key, shape, status, operation)
        parts = [p for p in template.split("/") if p][2:]  # drop 'crm', 'v6'
        self.names: List[str] = []
        pattern = ""
        for part in parts:
            found = _PLACEHOLDER.fullmatch(part)
            if found:
                self.names.append(found.group(1))
                pattern += "/(?P<p%d>[^/]+)" % (len(self.names) - 1)
            else:
                pattern += "/" + re.escape(part)
        self.regex = re.compile("^/crm/v6" + pattern + "/?$")
        self.literals = sum(1 for p in parts if not _PLACEHOLDER.fullmatch(p))
        self.action = any(p in _ACTION_WORDS for p in parts[1:]) or parts[-1].startswith("__") and len(parts) > 1
        self.item = bool(parts) and bool(_PLACEHOLDER.fullmatch(parts[-1])) and not self.action
        self.collection_parts = parts[:-1] if self.item else parts

    def sample_path(self) -> str:
        """A concrete path for the template (used to find rows a dedicated route already serves)."""
        return _PLACEHOLDER.sub(lambda m: "Leads" if "module" in m.group(1) else "1234567890", self.template)


def _tail(template: str) -> str:
    """The last two literal segments (``actions/mass_convert``) of a template."""
    return "/".join([p for p in template.split("/") if p and not _PLACEHOLDER.fullmatch(p)][-2:])


class Surface:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.routes = [_Route(*row) for row in ROWS]
        self.routes.sort(key=lambda r: -r.literals)  # literal segments beat placeholders
        creatable = {r.template for r in self.routes if r.method == "POST" and not r.action and not r.item}
        self.seeded = {r.template.rsplit("/", 1)[0] if r.item else r.template
                       for r in self.routes if r.method == "GET" and r.shape == "list" and not r.action} - creatable
        # an action POST with a status GET on the same action (mass_change_owner, mass_convert,
        # transfer_and_delete) schedules a job: 202 + job_id, then GET ?job_id= reports it
        status_reads = {_tail(r.template) for r in self.routes if r.method == "GET" and r.action
                        and all("module" in n for n in r.names)}
        self.jobs = {r.template for r in self.routes
                     if r.method == "POST" and r.action and _tail(r.template) in status_reads}

    def drop_served(self, served: Any) -> None:
        """Forget rows a dedicated route answers (``served(method, path)`` -> bool)."""
        self.routes = [r for r in self.routes if not served(r.method, r.sample_path())]

    def match(self, req: Request) -> Optional[Tuple[_Route, Dict[str, str]]]:
        path_hit = None
        for route in self.routes:
            found = route.regex.match(req.path)
            if not found:
                continue
            values = {route.names[int(k[1:])]: v for k, v in found.groupdict().items()}
            if route.method == req.method:
                return route, values
            path_hit = path_hit or (route, values)
        return None

    # -- storage helpers ------------------------------------------------------------------
    def _kind(self, req: Request, route: _Route, values: Dict[str, str]) -> str:
        parts, index = [], 0
        for part in route.collection_parts:
            if _PLACEHOLDER.fullmatch(part):
                parts.append(values[route.names[index]])
                index += 1
            else:
                parts.append(part)
        collection = "/".join(parts)
        if collection in _MODULE_SCOPED:
            module = req.query.get("module") or ""
            return f"settings:{collection}|{self.app.catalog.resolve(module) or module}"
        return f"settings:{collection}|"

    def _module_filter(self, req: Request, docs: List[dict]) -> List[dict]:
        """Items of another module drop out when the request names one (``?module=Leads``)."""
        module = req.query.get("module")
        if not module:
            return docs
        canon = self.app.catalog.resolve(module) or module

        def module_of(doc: dict) -> Optional[str]:
            value = doc.get("module")
            value = value.get("api_name") if isinstance(value, dict) else value
            return self.app.catalog.resolve(value) or value if isinstance(value, str) else None

        return [d for d in docs if module_of(d) in (None, canon)]

    def _find(self, kind: str, ident: str) -> Optional[Tuple[str, dict]]:
        state = self.app.state
        doc = state.get_doc(kind, ident)
        if doc is not None:
            return ident, doc
        for key, doc in state.list_docs(kind):
            if isinstance(doc, dict) and ident in (str(doc.get("api_name")), str(doc.get("name")),
                                                   str(doc.get("channel_id"))):
                return key, doc
        return None

    def _seed(self, kind: str, route: _Route) -> None:
        if self.app.state.list_docs(kind):
            return
        template = route.template.rsplit("/", 1)[0] if route.item else route.template
        if template not in self.seeded:
            return
        new_id = str(self.app.state.next_id())
        label = route.key.strip("_").rstrip("s") or "item"
        now = iso(self.app.now())
        self.app.state.put_doc(kind, new_id, {"id": new_id, "name": f"{label} 1", "api_name": f"{label}_1",
                                              "created_time": now, "modified_time": now,
                                              "created_by": user_ref(), "modified_by": user_ref()})

    def _file(self, req: Request, route: _Route, values: Dict[str, str], name: str) -> Response:
        """A stored upload when the request names one (``?id=`` for /files), else a small text file."""
        wanted = req.query.get("id") if route.template == "/crm/v6/files" else None
        if wanted:
            found = self.app.state.get_blob("settings:files|", wanted)
            if found is None:
                raise errors.invalid_data("the id given seems to be invalid", {"id": wanted})
            return file_response(found[1], "application/octet-stream", found[0].get("name") or name)
        return file_response(b"emulated file content\n", "application/octet-stream", name)

    def _uploads(self, req: Request, route: _Route) -> Response:
        """multipart POST (ZFS /files): every part is stored; ids come back in the details."""
        results = []
        with self.app.state.tx():
            for _field, filename, content in req.files():
                new_id = str(self.app.state.next_id())
                self.app.state.put_doc("settings:files|", new_id, {"id": new_id, "name": filename or "file"},
                                       content)
                results.append(errors.success("file uploaded successfully", {"name": filename or "file",
                                                                             "id": new_id}))
        if not results:
            raise ZohoError(400, "REQUIRED_PARAM_MISSING", "One of the expected parameter is missing",
                            {"param_name": "file"})
        return self._answer(route, 200, results)

    @staticmethod
    def _items(req: Request, key: str) -> List[Any]:
        if not req.body:
            return []
        body = req.json()
        if not isinstance(body, dict):
            raise ZohoError(400, "INVALID_DATA", "invalid data", {"expected_data_type": "jsonobject"})
        value = body.get(key)
        if value is None:
            value = next((v for v in body.values() if isinstance(v, (list, dict))), None)
        if value is None:
            return [body] if body else []
        return value if isinstance(value, list) else [value]

    def _answer(self, route: _Route, status: int, entries: List[dict]) -> Response:
        if route.shape == "bare":
            return json_response(status, entries[0])
        if route.shape == "one":
            return json_response(status, {route.key: entries[0]})
        return json_response(status, {route.key: entries})

    # -- the handler ------------------------------------------------------------------------
    def handle(self, req: Request, route: _Route, values: Dict[str, str]) -> Response:
        if route.shape == "file":
            name = (route.operation.split(".")[-1] or "file") + ".txt"
            return self._file(req, route, values, name)
        if route.shape == "count":
            kind = self._kind(req, route, values)
            return json_response(200, {"count": len(self.app.state.list_docs(kind))})
        if route.action:
            return self._action(req, route, values)
        kind = self._kind(req, route, values)
        ident = values[route.names[-1]] if route.item else None
        if req.method == "GET":
            return self._get(req, route, kind, ident)
        if req.method == "POST" and "multipart/form-data" in (req.header("content-type") or ""):
            return self._uploads(req, route)
        if req.method in ("POST", "PUT", "PATCH"):
            return self._write(req, route, kind, ident)
        if req.method == "DELETE":
            return self._delete(req, route, kind, ident)
        raise errors.invalid_method()

    def _get(self, req: Request, route: _Route, kind: str, ident: Optional[str]) -> Response:
        state = self.app.state
        if route.shape in ("one", "bare"):
            doc = state.get_doc(kind, "_") or {}
            return json_response(200, {route.key: doc} if route.key else doc)
        self._seed(kind, route)
        if ident is not None:
            found = self._find(kind, ident)
            if found is None:
                raise errors.invalid_data("the id given seems to be invalid", {"id": ident})
            return json_response(200, {route.key: [found[1]]})
        docs = self._module_filter(req, [d for _, d in state.list_docs(kind)])
        if not docs:
            return empty(204)
        return json_response(200, {route.key: docs, "info": {"count": len(docs), "per_page": 200, "page": 1,
                                                              "more_records": False}})

    def _write(self, req: Request, route: _Route, kind: str, ident: Optional[str]) -> Response:
        state = self.app.state
        items = self._items(req, route.key)
        now = iso(self.app.now())
        if route.shape in ("one", "bare") and ident is None:
            with state.tx():
                doc = state.get_doc(kind, "_") or {}
                for item in items:
                    if isinstance(item, dict):
                        doc.update(item)
                doc["modified_time"] = now
                state.put_doc(kind, "_", doc)
            message = f"{route.key or 'settings'} updated successfully"
            return self._answer(route, 200, [errors.success(message, {"id": doc.get("id")} if doc.get("id") else {})])
        if not items and ident is not None:
            items = [{}]
        if not items:
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": route.key})
        results = []
        with state.tx():
            for index, item in enumerate(items):
                if not isinstance(item, dict):
                    results.append(errors.body("INVALID_DATA", "invalid data",
                                               {"json_path": f"$.{route.key}[{index}]"}))
                    continue
                target = ident if ident is not None else (str(item["id"]) if item.get("id") is not None else None)
                found = self._find(kind, target) if target is not None else None
                if found is not None and req.method != "POST":
                    key, doc = found
                    doc.update({k: v for k, v in item.items() if k != "id"})
                    doc["modified_time"] = now
                    state.put_doc(kind, key, doc)
                    results.append(errors.success(f"{route.key} updated successfully", {"id": key}))
                    continue
                if target is not None and req.method == "POST" and ident is None:
                    results.append(errors.body("INVALID_DATA", "the id given seems to be invalid",
                                               {"id": target, "json_path": f"$.{route.key}[{index}].id"}))
                    continue
                new_id = target if (target is not None and parse_id(target) is not None) else str(state.next_id())
                doc = dict(item)
                doc.update({"id": new_id, "created_time": now, "modified_time": now,
                            "created_by": user_ref(), "modified_by": user_ref()})
                state.put_doc(kind, new_id, doc)
                verb = "created" if req.method == "POST" or ident is None else "updated"
                results.append(errors.success(f"{route.key} {verb} successfully", {"id": new_id}))
        ok = sum(r["status"] == "success" for r in results)
        status = (201 if req.method == "POST" else 200) if ok == len(results) else (400 if ok == 0 else 207)
        return self._answer(route, status, results)

    def _delete(self, req: Request, route: _Route, kind: str, ident: Optional[str]) -> Response:
        state = self.app.state
        if ident is not None:
            ids = [ident]
        else:
            raw = req.query.get("ids") or next((v for k, v in req.query.items() if k.endswith("ids")), "")
            ids = [i for i in raw.split(",") if i]
        results = []
        with state.tx():
            for one in ids:
                found = self._find(kind, one)
                if found is not None and state.del_doc(kind, found[0]):
                    results.append(errors.success(f"{route.key or 'item'} deleted successfully", {"id": found[0]}))
                else:
                    results.append(errors.body("INVALID_DATA", "the id given seems to be invalid", {"id": one}))
            if not ids:  # the whole collection (e.g. disabling every notification channel)
                for key, _ in state.list_docs(kind):
                    state.del_doc(kind, key)
                results.append(errors.success(f"{route.key or 'items'} deleted successfully", {}))
        ok = sum(r["status"] == "success" for r in results)
        return self._answer(route, 200 if ok == len(results) else (400 if ok == 0 else 207), results)

    def _job_status(self, req: Request, route: _Route) -> Response:
        job_id = req.query.get("job_id")
        if not job_id:
            raise errors.required_param("job_id")
        job = self.app.state.get_doc("surface_job", job_id)
        if job is None or job.pop("_action") != _tail(route.template):
            raise errors.invalid_data("the job id given seems to be invalid", {"param_name": "job_id"})
        return json_response(200, {route.key: [job]})

    def _schedule(self, req: Request, route: _Route, values: Dict[str, str]) -> Response:
        """Run the job at once (it reports COMPLETED on the first status read)."""
        body = req.json() if req.body else {}
        count = 0
        if isinstance(body, dict):
            for value in body.values():
                if isinstance(value, list):
                    count += sum(len(v["ids"]) if isinstance(v, dict) and isinstance(v.get("ids"), list) else 1
                                 for v in value)
            if isinstance(body.get("ids"), list):
                count = len(body["ids"])
        job_id = str(self.app.state.next_id())
        self.app.state.put_doc("surface_job", job_id, {
            "_action": _tail(route.template), "Status": "COMPLETED", "status": "completed", "Total_Count": count,
            "Updated_Count": count, "Converted_Count": count, "Not_Updated_Count": 0, "Not_Converted_Count": 0,
            "Failed_Count": 0})
        entry = errors.success("the job has been scheduled", {"job_id": job_id})
        entry["code"] = "SUCCESS"
        return self._answer(route, 202, [entry])

    def _action(self, req: Request, route: _Route, values: Dict[str, str]) -> Response:
        if req.method == "GET" and _tail(route.template) in {_tail(t) for t in self.jobs}:
            return self._job_status(req, route)
        if req.method == "POST" and route.template in self.jobs:
            return self._schedule(req, route, values)
        if req.method == "GET":
            if route.shape == "one":
                return json_response(200, {route.key: {}})
            return json_response(200, {route.key: []})
        ids = [v for n, v in values.items() if "module" not in n and parse_id(v) is not None]
        details = {"id": ids[-1]} if ids else {}
        items = self._items(req, route.key) if req.method != "DELETE" else []
        entries = [errors.success("the action was performed successfully", details)]
        if len(items) > 1:
            entries = [errors.success("the action was performed successfully",
                                      {"id": str(i.get("id"))} if isinstance(i, dict) and i.get("id") else details)
                       for i in items]
        return self._answer(route, route.status, entries)

    # -- the organisation's photo -------------------------------------------------------------
    def org_photo_put(self, req: Request) -> Response:
        files = [p for p in req.files() if p[0] == "file"]
        if not files:
            raise ZohoError(400, "REQUIRED_PARAM_MISSING", "One of the expected parameter is missing",
                            {"param_name": "file"})
        name, content = files[0][1] or "logo.png", files[0][2]
        if len(content) > 10 * 1024 * 1024:
            raise ZohoError(413, "FILE_SIZE_MORE_THAN_ALLOWED_SIZE", "file size is more than the allowed size", {})
        self.app.state.put_doc("org_photo", "photo", {"name": name}, content)
        return json_response(200, errors.success("photo uploaded successfully", {}))

    def org_photo_get(self, req: Request) -> Response:
        found = self.app.state.get_blob("org_photo", "photo")
        if found is None:
            return empty(204)
        kind = "image/png" if found[1].startswith(b"\x89PNG") else (
            "image/jpeg" if found[1].startswith(b"\xff\xd8") else "application/octet-stream")
        return file_response(found[1], kind, found[0]["name"])

    def org_photo_delete(self, req: Request) -> Response:
        if not self.app.state.del_doc("org_photo", "photo"):
            raise errors.invalid_data("no photo to delete", {})
        return json_response(200, errors.success("photo deleted successfully", {}))
