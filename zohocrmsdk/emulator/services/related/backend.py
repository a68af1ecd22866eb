"""Related records: read, link, delink records of a related list, one or many, by id or by
external value (``X-EXTERNAL: <Module>.<Field>`` names the parent's or the related record's
external field), the related records of a deleted parent, and notes added under a record.

A related record belongs to its parent through the lookup field that points back at the parent
module (Contacts.Account_Name for Accounts/Contacts); linking sets it, delinking clears it.
"""
from __future__ import annotations

from typing import Any, List, Optional, Tuple

from ...core import errors
from ...core.backend import Backend, parse_id
from ..records.backend import display_name

MAX_DELINK = 100


class RelatedBackend(Backend):
    def relation(self, module: str, related: str) -> Tuple[str, str]:
        """(target module, field on target pointing at the parent) for a related list name."""
        if related.lower() == "notes":
            return "Notes", "Parent_Id"
        catalog = self.catalog
        names = [r["api_name"] for r in catalog.related_lists(module)]
        match = next((n for n in names if n.lower() == related.lower()), None)
        target = catalog.resolve(match) if match else None
        if not target or not catalog.modules[target]["api_supported"]:
            raise errors.invalid_url()
        for field in catalog.fields[target]:
            if field["data_type"] == "lookup" and field["lookup"].get("module", {}).get("api_name") == module:
                return target, field["api_name"]
        return target, "What_Id"

    def _resolve(self, external: Optional[str], module: str, value: str) -> Optional[int]:
        """The record id for a path value: plain id, or the external value when X-EXTERNAL names module."""
        for named in (external or "").split(","):  # parent and/or related record
            owner, _, field = named.strip().partition(".")
            if field and self.catalog.resolve(owner) == module:
                found = self.state.find_by_field(module, field, value)
                return found[0] if found else None
        return parse_id(value)

    def _parent(self, external: Optional[str], module: str, rid: str) -> dict:
        target = self._resolve(external, module, rid)
        record = self.state.get_record(module, target) if target is not None else None
        if record is None:
            raise errors.invalid_id({"id": rid})
        return record

    def _rows(self, target: str, field: str, parent_id: str) -> Tuple[List[dict], Optional[str]]:
        """The records of `target` under the parent, and their order when documented: notes come
        oldest first (sort_order asc), as GET /Notes lists them; other lists newest first."""
        order = self.app.records.default_order(target)
        rows = [r for r in self.state.list_records(target, desc=order == "desc")
                if isinstance(r.get(field), dict) and str(r[field].get("id")) == str(parent_id)]
        return rows, order if target == "Notes" else None

    def rows(self, external: Optional[str], module: str, rid: str, related: str,
             rrid: Optional[str] = None) -> Tuple[List[dict], Optional[str]]:
        parent = self._parent(external, module, rid)
        target, field = self.relation(module, related)
        rows, order = self._rows(target, field, parent["id"])
        if rrid is not None:
            wanted = self._resolve(external, target, rrid)
            rows = [r for r in rows if str(r["id"]) == str(wanted)]
        return rows, order

    def rows_of_deleted(self, module: str, rid: str, related: str) -> Tuple[List[dict], Optional[str]]:
        """Related records still pointing at a deleted parent (recycle bin or permanent)."""
        if parse_id(rid) is None:
            raise errors.invalid_id({"id": rid})
        target, field = self.relation(module, related)
        return self._rows(target, field, str(parse_id(rid)))

    def check_link(self, external: Optional[str], module: str, rid: str, related: str) -> None:
        self._parent(external, module, rid)
        if self.relation(module, related)[0] == "Notes":
            raise errors.invalid_method()

    def link(self, external: Optional[str], module: str, rid: str, related: str, rrid: Optional[str],
             items: List[Any]) -> List[dict]:
        parent = self._parent(external, module, rid)
        target, field = self.relation(module, related)
        results = []
        for index, item in enumerate(items):
            raw = rrid if rrid is not None else (item.get("id") if isinstance(item, dict) else None)
            if raw is None:
                results.append(errors.item_mandatory("id", f"$.data[{index}].id").to_json())
                continue
            with self.state.tx():
                wanted = self._resolve(external, target, str(raw))
                record = self.state.get_record(target, wanted) if wanted is not None else None
                if record is None:
                    results.append(errors.entry_invalid_related({"id": str(raw), "json_path": f"$.data[{index}].id"}))
                    continue
                changes = {k: v for k, v in item.items() if k != "id"} if isinstance(item, dict) else {}
                record.update({k: v for k, v in changes.items() if not isinstance(v, (dict, list))})
                record[field] = {"name": display_name(module, parent), "id": parent["id"]}
                self.app.records.save(target, record)
            results.append(errors.success("relation updated successfully", {"id": record["id"]}))
        return results

    def delink(self, external: Optional[str], module: str, rid: str, related: str, ids: List[str]) -> List[dict]:
        parent = self._parent(external, module, rid)
        target, field = self.relation(module, related)
        if not ids:
            raise errors.required_param("ids")
        if len(ids) > MAX_DELINK:
            raise errors.limit_exceeded({"limit": MAX_DELINK, "param_name": "ids"})
        results = []
        for raw in ids:
            with self.state.tx():
                wanted = self._resolve(external, target, raw)
                record = self.state.get_record(target, wanted) if wanted is not None else None
                linked = (record is not None and isinstance(record.get(field), dict)
                          and str(record[field].get("id")) == str(parent["id"]))
                if not linked:
                    results.append(errors.entry_invalid_related({"id": raw}))
                    continue
                record[field] = None
                self.app.records.save(target, record)
            results.append(errors.success("relation removed", {"id": record["id"]}))
        return results

    def check_notes(self, module: str, rid: str, related: str) -> dict:
        record = self.app.records.record(module, rid)
        if related.lower() != "notes":
            raise errors.invalid_method()
        return record

    def add_notes(self, module: str, parent: dict, items: List[Any]) -> List[dict]:
        """Notes posted under a record: created as Notes whose Parent_Id is that record."""
        for item in items:
            if isinstance(item, dict):
                item["Parent_Id"] = {"module": {"api_name": module, "id": self.catalog.module_ids[module]},
                                     "id": parent["id"]}
        return self.app.records.create("Notes", items)
