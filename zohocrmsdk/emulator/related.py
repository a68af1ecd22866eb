"""Related records: read, link (PUT), delink (DELETE) records of a related list, one or many,
by id or by external value (``X-EXTERNAL: <Module>.<Field>`` names the parent's or the related
record's external field), plus the related records of a deleted parent.

A related record belongs to its parent through the lookup field that points back at the parent
module (Contacts.Account_Name for Accounts/Contacts); linking sets it, delinking clears it.
"""
from __future__ import annotations

from typing import Any, List, Optional

from . import errors
from .errors import ZohoError
from .records import display_name, parse_id, write_status
from .wire import Request, Response, empty, json_response


class Related:
    def __init__(self, app: Any) -> None:
        self.app = app

    @property
    def state(self):
        return self.app.state

    def _resolve(self, req: Request, module: str, value: str) -> Optional[int]:
        """The record id for a path value: plain id, or the external value when X-EXTERNAL names module."""
        for named in (req.header("X-EXTERNAL") or "").split(","):  # parent and/or related record
            owner, _, field = named.strip().partition(".")
            if field and self.app.catalog.resolve(owner) == module:
                found = self.state.find_by_field(module, field, value)
                return found[0] if found else None
        return parse_id(value)

    def _parent(self, req: Request, module: str, rid: str) -> dict:
        target = self._resolve(req, module, rid)
        record = self.state.get_record(module, target) if target is not None else None
        if record is None:
            raise errors.invalid_data("the id given seems to be invalid", {"id": rid})
        return record

    def _rows(self, target: str, field: str, parent_id: str) -> List[dict]:
        return [r for r in self.state.list_records(target)
                if isinstance(r.get(field), dict) and str(r[field].get("id")) == str(parent_id)]

    def get(self, req: Request, module: str, rid: str, related: str, rrid: Optional[str] = None) -> Response:
        parent = self._parent(req, module, rid)
        target, field = self.app.extras._relation(module, related)
        rows = self._rows(target, field, parent["id"])
        if rrid is not None:
            wanted = self._resolve(req, target, rrid)
            rows = [r for r in rows if str(r["id"]) == str(wanted)]
            if not rows:
                return empty(204)
        return self.app.extras._page(req, rows, names=self.app.records._projection(req, False))

    def get_of_deleted(self, req: Request, module: str, rid: str, related: str) -> Response:
        """Related records still pointing at a deleted parent (recycle bin or permanent)."""
        if parse_id(rid) is None:
            raise errors.invalid_data("the id given seems to be invalid", {"id": rid})
        target, field = self.app.extras._relation(module, related)
        rows = self._rows(target, field, str(parse_id(rid)))
        return self.app.extras._page(req, rows, names=self.app.records._projection(req, False))

    def link(self, req: Request, module: str, rid: str, related: str, rrid: Optional[str] = None) -> Response:
        parent = self._parent(req, module, rid)
        target, field = self.app.extras._relation(module, related)
        if target == "Notes":
            raise errors.invalid_method()
        items = self.app.records.body_items(req)
        results = []
        for index, item in enumerate(items):
            raw = rrid if rrid is not None else (item.get("id") if isinstance(item, dict) else None)
            if raw is None:
                results.append(errors.body("MANDATORY_NOT_FOUND", "required field not found",
                                           {"api_name": "id", "json_path": f"$.data[{index}].id"}))
                continue
            with self.state.tx():
                wanted = self._resolve(req, target, str(raw))
                record = self.state.get_record(target, wanted) if wanted is not None else None
                if record is None:
                    results.append(errors.body("INVALID_DATA", "the related id given seems to be invalid",
                                               {"id": str(raw), "json_path": f"$.data[{index}].id"}))
                    continue
                changes = {k: v for k, v in item.items() if k != "id"} if isinstance(item, dict) else {}
                record.update({k: v for k, v in changes.items() if not isinstance(v, (dict, list))})
                record[field] = {"name": display_name(module, parent), "id": parent["id"]}
                self.app.records.save(target, record)
            results.append(errors.success("relation updated successfully", {"id": record["id"]}))
        return json_response(write_status(results), {"data": results})

    def delink(self, req: Request, module: str, rid: str, related: str, rrid: Optional[str] = None) -> Response:
        parent = self._parent(req, module, rid)
        target, field = self.app.extras._relation(module, related)
        ids = [rrid] if rrid is not None else [i for i in (req.query.get("ids") or "").split(",") if i]
        if not ids:
            raise errors.required_param("ids")
        if len(ids) > 100:
            raise ZohoError(400, "LIMIT_EXCEEDED", "limit exceeded", {"limit": 100, "param_name": "ids"})
        results = []
        for raw in ids:
            with self.state.tx():
                wanted = self._resolve(req, target, raw)
                record = self.state.get_record(target, wanted) if wanted is not None else None
                linked = (record is not None and isinstance(record.get(field), dict)
                          and str(record[field].get("id")) == str(parent["id"]))
                if not linked:
                    results.append(errors.body("INVALID_DATA", "the related id given seems to be invalid",
                                               {"id": raw}))
                    continue
                record[field] = None
                self.app.records.save(target, record)
            results.append(errors.success("relation removed", {"id": record["id"]}))
        return json_response(write_status(results), {"data": results})
