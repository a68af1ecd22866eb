"""Territories: the hierarchy, its filters, moving records and users when one is deleted or
transferred, and assigning territories to records."""
from __future__ import annotations

import json
from typing import Any, List, Optional

from ...core import errors
from ...core.backend import Backend, parse_id
from ...core.bodies import run_entries, run_items
from ...core.state import Kind
from ..users.backend import user_by_id, user_name, user_ref

TRACKED_MODULES = ("Leads", "Contacts", "Accounts", "Deals")


def filtered(raw: Optional[str], docs: List[dict]) -> List[dict]:
    """Documents matching a ``filters`` parameter (one criterion: field, comparator, value)."""
    if not raw:
        return docs
    try:
        crit = json.loads(raw)
        field = crit["field"]["api_name"] if isinstance(crit.get("field"), dict) else crit["field"]
        comparator, value = crit.get("comparator", "equal"), crit.get("value")
    except (ValueError, KeyError, TypeError, AttributeError):
        raise errors.invalid_data(details={"param_name": "filters"})

    def test(doc: dict) -> bool:
        have = doc.get(field)
        have = have.get("id") if isinstance(have, dict) else have
        if comparator == "equal":
            return str(have) == str(value)
        if comparator == "not_equal":
            return str(have) != str(value)
        if comparator == "contains":
            return str(value).lower() in str(have or "").lower()
        if comparator == "starts_with":
            return str(have or "").lower().startswith(str(value).lower())
        raise errors.invalid_data(details={"param_name": "filters", "api_name": "comparator"})
    return [d for d in docs if test(d)]


class TerritoriesBackend(Backend):
    # -- lookups other backends use ------------------------------------------------------------
    def get(self, tid: Any) -> Optional[dict]:
        """A territory by id (or ``{"id": ...}``), None if unknown."""
        key = parse_id(tid.get("id") if isinstance(tid, dict) else tid)
        return self.state.get_doc(Kind.TERRITORIES, str(key)) if key is not None else None

    def all(self) -> List[dict]:
        return [d for _, d in self.state.list_docs(Kind.TERRITORIES)]

    def descendants(self, tid: str) -> List[dict]:
        docs = self.all()
        out, frontier = [], {tid}
        while frontier:
            children = [d for d in docs if (d.get("reporting_to") or {}).get("id") in frontier]
            out.extend(children)
            frontier = {d["id"] for d in children}
        return out

    # -- the collection ------------------------------------------------------------------------
    def _fields(self, doc: dict, item: dict, path: str) -> None:
        if "name" in item:
            name = item["name"]
            if not isinstance(name, str) or not name.strip():
                raise errors.item_field_invalid("name", path + ".name")
            for key, other in self.state.list_docs(Kind.TERRITORIES):
                if key != doc.get("id") and other["name"].lower() == name.lower():
                    raise errors.item_duplicate({"api_name": "name", "json_path": path + ".name"})
            doc["name"] = name
        if "manager" in item:
            manager = item["manager"]
            user = user_by_id(manager) if manager else None
            if manager and user is None:
                raise errors.item_field_invalid("manager", path + ".manager")
            doc["manager"] = {"name": user_name(user), "id": user["id"]} if user else None
        if "reporting_to" in item:
            parent = self.get(item["reporting_to"]) if item["reporting_to"] else None
            if item["reporting_to"] and (parent is None or parent["id"] == doc.get("id") or
                                         (doc.get("id") and parent["id"] in {d["id"] for d in self.descendants(doc["id"])})):
                raise errors.item_field_invalid("reporting_to", path + ".reporting_to")
            doc["reporting_to"] = {"name": parent["name"], "id": parent["id"]} if parent else None
        if "permission_type" in item:
            if item["permission_type"] not in ("read_only", "read_write_delete"):
                raise errors.item_field_invalid("permission_type", path + ".permission_type")
            doc["permission_type"] = item["permission_type"]
        for key in ("description", "account_rule_criteria", "lead_rule_criteria", "deal_rule_criteria"):
            if key in item:
                doc[key] = item[key]

    def _run(self, items: List[Any], work: Any) -> List[dict]:
        return run_entries(self.state.tx, items, "territories", work)

    def one(self, tid: str) -> dict:
        doc = self.get(tid)
        if doc is None:
            raise errors.invalid_id({"id": tid})
        return doc

    def children(self, tid: str, filters: Optional[str]) -> List[dict]:
        self.one(tid)
        return filtered(filters, self.descendants(tid))

    def list(self, filters: Optional[str]) -> List[dict]:
        return filtered(filters, self.all())

    def users_count(self) -> List[dict]:
        return [{"territory": {"name": d["name"], "id": d["id"], "subordinates": False},
                 "count": str(len(self.app.user_territories.users_of(d["id"])))} for d in self.all()]

    def create(self, items: List[Any]) -> List[dict]:
        def create(index: int, item: dict, path: str) -> dict:
            if not item.get("name"):
                raise errors.item_mandatory("name", path + ".name")
            doc = {"id": self.new_id(), "manager": None, "reporting_to": None,
                   "permission_type": "read_write_delete", "description": None,
                   "account_rule_criteria": None, "lead_rule_criteria": None, "deal_rule_criteria": None}
            self._fields(doc, item, path)
            doc["api_name"] = doc["name"].replace(" ", "_")
            self.state.put_doc(Kind.TERRITORIES, doc["id"], self.stamp(doc, True))
            return errors.success("Territory Created Successfully", {"id": doc["id"]})
        return self._run(items, create)

    def update(self, tid: Optional[str], items: List[Any]) -> List[dict]:
        def update(index: int, item: dict, path: str) -> dict:
            doc = self.get(tid or item.get("id"))
            if doc is None:
                if not (tid or item.get("id")):
                    raise errors.item_mandatory("id", path + ".id")
                raise errors.item_invalid_id({"id": str(tid or item.get("id")), "json_path": path + ".id"})
            self._fields(doc, item, path)
            self.state.put_doc(Kind.TERRITORIES, doc["id"], self.stamp(doc, False))
            self._rename(doc)
            return errors.success("Territory Updated Successfully", {"id": doc["id"]})
        return self._run(items, update)

    def delete(self, ids: List[str]) -> List[dict]:
        if not ids:
            raise errors.required_param("ids")
        results = []
        for one in ids:
            with self.state.tx():
                if self.get(one) is None:
                    results.append(errors.entry_invalid_id({"id": one}))
                    continue
                self._remove(one, None)
                results.append(errors.success("Given Territory Removed Successfully", {"id": one}))
        return results

    def transfer_and_delete(self, tid: Optional[str], items: List[Any]) -> List[dict]:
        def work(index: int, item: dict, path: str) -> dict:
            source = self.get(tid or item.get("id"))
            if source is None:
                if not (tid or item.get("id")):
                    raise errors.item_mandatory("id", path + ".id")
                raise errors.item_field_invalid("id", path + ".id", errors.INVALID_ID)
            if item.get("transfer_to_id") is None:
                raise errors.item_mandatory("transfer_to_id", path + ".transfer_to_id")
            target = self.get(item["transfer_to_id"])
            if target is None or target["id"] == source["id"] or \
                    target["id"] in {d["id"] for d in self.descendants(source["id"])}:
                raise errors.item_field_invalid("transfer_to_id", path + ".transfer_to_id")
            self._remove(source["id"], target)
            return errors.success("Territory transferred and deleted successfully", {"id": source["id"]})
        return self._run(items, work)

    def _rename(self, doc: dict) -> None:
        for module in TRACKED_MODULES:
            for record in self.app.records.all(module):
                terrs = record.get("Territories") or []
                if any(t.get("id") == doc["id"] and t.get("Name") != doc["name"] for t in terrs):
                    for t in terrs:
                        if t.get("id") == doc["id"]:
                            t["Name"] = doc["name"]
                    self.app.records.save(module, record)
        for _, other in self.state.list_docs(Kind.TERRITORIES):
            if (other.get("reporting_to") or {}).get("id") == doc["id"] and other["reporting_to"]["name"] != doc["name"]:
                other["reporting_to"]["name"] = doc["name"]
                self.state.put_doc(Kind.TERRITORIES, other["id"], other)

    def _remove(self, tid: str, transfer_to: Optional[dict]) -> None:
        """Delete a territory: children move up, records and users move to `transfer_to` (or lose it)."""
        doc = self.get(tid)
        for _, child in self.state.list_docs(Kind.TERRITORIES):
            if (child.get("reporting_to") or {}).get("id") == tid:
                child["reporting_to"] = doc.get("reporting_to")
                self.state.put_doc(Kind.TERRITORIES, child["id"], child)
        for module in TRACKED_MODULES:
            for record in self.app.records.all(module):
                terrs = record.get("Territories") or []
                if not any(t.get("id") == tid for t in terrs):
                    continue
                kept = [t for t in terrs if t.get("id") != tid]
                if transfer_to is not None and all(t.get("id") != transfer_to["id"] for t in kept):
                    kept.append({"id": transfer_to["id"], "Name": transfer_to["name"], "$assigned_by": user_ref(),
                                 "$assigned_time": self.now_iso()})
                record["Territories"] = kept
                self.app.records.save(module, record)
        self.app.user_territories.replace_territory(tid, transfer_to["id"] if transfer_to is not None else None)
        self.state.del_doc(Kind.TERRITORIES, tid)

    # -- territories on records ---------------------------------------------------------------------
    def assign(self, module: str, assign: bool, items: List[Any], rid: Optional[str]) -> List[dict]:
        """assign_territories / remove_territories for one record (path id) or many (ids in the entries)."""
        known = {key: doc for key, doc in self.state.list_docs(Kind.TERRITORIES)}

        def work(index: int, item: Any) -> dict:
            if not isinstance(item, dict):
                raise errors.item_invalid({"json_path": f"$.data[{index}]"})
            raw = rid if rid is not None else item.get("id")
            if raw is None:
                raise errors.item_mandatory("id", f"$.data[{index}].id")
            record = self.app.records.find(module, raw)
            if record is None:
                raise errors.item_invalid_id({"id": str(raw), "json_path": f"$.data[{index}].id"})
            given = item.get("Territories")
            if not isinstance(given, list) or not given:
                raise errors.item_mandatory("Territories", f"$.data[{index}].Territories")
            wanted = []
            for position, territory in enumerate(given):
                tid = parse_id(territory.get("id")) if isinstance(territory, dict) else None
                if tid is None or str(tid) not in known:
                    raise errors.item_invalid({"api_name": "id",
                                               "json_path": f"$.data[{index}].Territories[{position}].id"})
                wanted.append(str(tid))
            current = [t for t in (record.get("Territories") or []) if t.get("id") not in wanted]
            if assign:
                now = self.now_iso()
                current += [{"id": tid, "Name": known[tid].get("name"), "$assigned_by": user_ref(),
                             "$assigned_time": now} for tid in wanted]
            record["Territories"] = current
            self.app.records.save(module, record)
            message = ("the territories data updated successfully" if assign
                       else "the territories are removed successfully")
            return errors.success(message, {"id": record["id"]})

        return run_items(self.state.tx, items, work)
