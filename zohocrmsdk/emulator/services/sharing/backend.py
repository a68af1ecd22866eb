"""Record sharing: with users, groups or roles, at a permission; listed with the users it could go to."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from ...core import errors
from ...core.backend import Backend
from ...core.bodies import run_entries
from ...core.state import Kind
from ..records.backend import display_name
from ..users.backend import USERS, role_by_id, user_by_id, user_name, user_ref

SHARE_PERMISSIONS = ("full_access", "read_only", "read_write")


class SharingBackend(Backend):
    def record(self, module: str, rid: str) -> dict:
        if module in ("Calls", "Events", "Tasks") or not self.catalog.modules[module]["api_supported"]:
            raise errors.not_supported("sharing")
        return self.app.records.record(module, rid)

    def _shares(self, module: str, record: dict) -> List[dict]:
        return self.state.get_doc(Kind.shares(module), record["id"]) or []

    # -- used by user groups ----------------------------------------------------------------------
    def shared_with_group(self, module: str, gid: str) -> List[Tuple[dict, List[dict]]]:
        """(record, shares) of the records of `module` shared with group `gid`."""
        out = []
        for record_id, shares in self.state.list_docs(Kind.shares(module)):
            if any(s["shared_with"].get("type") == "groups" and s["shared_with"]["id"] == gid for s in shares):
                record = self.state.get_record(module, int(record_id)) or {}
                out.append((dict(record, id=record_id), shares))
        return out

    @staticmethod
    def display(module: str, record: dict) -> Optional[str]:
        return display_name(module, record)

    # -- the resource --------------------------------------------------------------------------------
    def list(self, module: str, rid: str, shared_to: Optional[str], summary: bool) -> Dict[str, Any]:
        record = self.record(module, rid)
        shares = self._shares(module, record)
        owner_id = (record.get("Owner") or {}).get("id")
        view = [s for s in shares if s["shared_with"]["id"] == shared_to] if shared_to else shares
        out: Dict[str, Any] = {"share": view}
        if not summary:
            out["shareable_user"] = [{"name": user_name(u), "id": u["id"], "zuid": u["zuid"]}
                                     for u in USERS if u["status"] == "active" and u["id"] != owner_id]
        return out

    def revoke(self, module: str, rid: str) -> str:
        record = self.record(module, rid)
        self.state.del_doc(Kind.shares(module), record["id"])
        return record["id"]

    def _target(self, value: Any, path: str, owner_id: Optional[str]) -> dict:
        if not isinstance(value, dict) or not value.get("id"):
            raise errors.item_mandatory("shared_with", path + ".shared_with")
        kind = value.get("type") or "users"
        sid = str(value["id"])
        if kind == "users":
            user = user_by_id(sid)
            if user is None or user["status"] != "active" or user["id"] == owner_id:
                raise errors.item_field_invalid("shared_with", path + ".shared_with.id")
            return {"name": user_name(user), "id": user["id"], "type": "users", "zuid": user["zuid"]}
        if kind == "groups":
            group = self.app.user_groups.get(sid)
            if group is None:
                raise errors.item_field_invalid("shared_with", path + ".shared_with.id")
            return {"name": group["name"], "id": sid, "type": "groups", "zuid": None}
        if kind == "roles":
            role = role_by_id(sid)
            if role is None:
                raise errors.item_field_invalid("shared_with", path + ".shared_with.id")
            return {"name": role["name"], "id": sid, "type": "roles", "zuid": None}
        raise errors.item_field_invalid("type", path + ".shared_with.type")

    def share(self, module: str, rid: str, items: List[Any], creating: bool) -> List[dict]:
        """Share (creating) or change the permission of existing shares; one result per entry."""
        record = self.record(module, rid)
        shares = self._shares(module, record)
        owner_id = (record.get("Owner") or {}).get("id")

        def work(index: int, item: dict, path: str) -> dict:
            target = self._target(item.get("shared_with"), path, owner_id)
            current = next((s for s in shares if s["shared_with"]["id"] == target["id"]), None)
            if creating and current is not None:
                raise errors.already_shared(path + ".shared_with.id")
            if not creating and current is None:
                raise errors.item_field_invalid("shared_with", path + ".shared_with.id",
                                                "the record is not shared with the given entity")
            permission = item.get("permission", (current or {}).get("permission") or "read_only")
            if permission not in SHARE_PERMISSIONS:
                raise errors.item_field_invalid("permission", path + ".permission")
            entry = current or {"shared_with": target, "shared_by": user_ref(), "type": "private",
                                "shared_through": {"module": {"name": module, "id": self.catalog.module_ids[module]},
                                                   "name": display_name(module, record), "id": record["id"],
                                                   "entity_name": None}}
            entry.update({"permission": permission, "shared_time": self.now_iso(),
                          "share_related_records": bool(item.get("share_related_records",
                                                                 entry.get("share_related_records", False)))})
            if current is None:
                shares.append(entry)
            return errors.success("record will be shared successfully" if creating else
                                  "sharing permission will be updated successfully", {})
        results = run_entries(self.state.tx, items, "share", work)
        if any(r["status"] == "success" for r in results):
            self.state.put_doc(Kind.shares(module), record["id"], shares)
        return results
