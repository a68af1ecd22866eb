"""Which territories each user belongs to; delinking a user can hand their open records over."""
from __future__ import annotations

from typing import Any, List, Optional, Tuple

from ...core import errors
from ...core.backend import Backend, id_text
from ...core.bodies import run_entries
from ...core.state import Kind
from ..territories.backend import TRACKED_MODULES
from ..users.backend import user_by_id, user_ref


def _view(doc: dict) -> dict:
    manager, parent = doc.get("manager"), doc.get("reporting_to")
    return {"id": doc["id"], "Name": doc["name"],
            "Manager": {"Name": manager["name"], "id": manager["id"]} if manager else None,
            "Reporting_To": {"Name": parent["name"], "id": parent["id"]} if parent else None}


class UserTerritoriesBackend(Backend):
    # -- used by territories and user groups -------------------------------------------------------
    def territories_of(self, user_id: str) -> List[str]:
        return self.state.get_doc(Kind.USER_TERRITORIES, user_id) or []

    def users_of(self, tid: str) -> List[str]:
        return [uid for uid, tids in self.state.list_docs(Kind.USER_TERRITORIES) if tid in tids]

    def replace_territory(self, tid: str, new_tid: Optional[str]) -> None:
        """A territory goes away: its users lose it (and join `new_tid` when given)."""
        for user_id, tids in self.state.list_docs(Kind.USER_TERRITORIES):
            if tid in tids:
                tids = [t for t in tids if t != tid]
                if new_tid is not None and new_tid not in tids:
                    tids.append(new_tid)
                self.state.put_doc(Kind.USER_TERRITORIES, user_id, tids)

    # -- the resource ------------------------------------------------------------------------------------
    def scope(self, user: str, territory: Optional[str]) -> Tuple[dict, List[str]]:
        """(the user, the territory ids addressed: the one in the path or all of theirs)."""
        owner = user_by_id(user)
        if owner is None:
            raise errors.invalid_id({"id": user, "api_name": "user"})
        assigned = self.territories_of(owner["id"])
        if territory is not None and territory not in assigned:
            raise errors.invalid_id({"id": territory, "api_name": "territory"})
        return owner, [territory] if territory is not None else assigned

    def _open_records(self, user_id: str, tid: str) -> List[Tuple[str, dict]]:
        out = []
        for module in TRACKED_MODULES:
            for record in self.app.records.all(module):
                if (record.get("Owner") or {}).get("id") == user_id and \
                        any(t.get("id") == tid for t in record.get("Territories") or []):
                    out.append((module, record))
        return out

    def list(self, user: str, territory: Optional[str]) -> List[dict]:
        _, scope = self.scope(user, territory)
        territories = self.app.territories
        return [_view(d) for d in (territories.get(t) for t in scope) if d]

    def validate_before_transfer(self, user: str, territory: Optional[str]) -> List[dict]:
        owner, scope = self.scope(user, territory)
        territories = self.app.territories
        return [{"records": bool(self._open_records(owner["id"], t)), "id": t,
                 "Name": (territories.get(t) or {}).get("name")} for t in scope]

    def associate(self, user: str, items: List[Any]) -> List[dict]:
        owner, _ = self.scope(user, None)

        def associate(index: int, item: dict, path: str) -> dict:
            doc = self.app.territories.get(item.get("id"))
            if doc is None:
                if item.get("id") is None:
                    raise errors.item_mandatory("id", path + ".id")
                raise errors.item_field_invalid("id", path + ".id", errors.INVALID_ID)
            current = self.territories_of(owner["id"])
            if doc["id"] in current:
                raise errors.item_duplicate({"api_name": "id", "json_path": path + ".id"},
                                            "the user is already associated with the territory")
            self.state.put_doc(Kind.USER_TERRITORIES, owner["id"], current + [doc["id"]])
            return errors.success("User associated with the territory successfully", {"id": doc["id"]})
        return run_entries(self.state.tx, items, "territories", associate)

    def transfer_and_delink(self, user: str, territory: Optional[str], items: List[Any]) -> List[dict]:
        owner, _ = self.scope(user, territory)

        def work(index: int, item: dict, path: str) -> dict:
            tid = territory or id_text(item.get("id"))
            if tid is None:
                raise errors.item_mandatory("id", path + ".id")
            current = self.territories_of(owner["id"])
            if tid not in current:
                raise errors.item_field_invalid("id", path + ".id", errors.INVALID_ID)
            target = user_by_id(item.get("transfer_to_user"))
            if item.get("transfer_to_user") is None:
                raise errors.item_mandatory("transfer_to_user", path + ".transfer_to_user")
            if target is None or target["id"] == owner["id"] or target["status"] != "active":
                raise errors.item_field_invalid("transfer_to_user", path + ".transfer_to_user.id")
            for module, record in self._open_records(owner["id"], tid):
                record["Owner"] = user_ref(target, with_email=True)
                self.app.records.save(module, record)
            self.state.put_doc(Kind.USER_TERRITORIES, owner["id"], [t for t in current if t != tid])
            return errors.success("User delinked from the territory and records transferred successfully", {"id": tid})
        return run_entries(self.state.tx, items, "transfer_and_delink", work)
