"""User groups: named sets of sources (users, roles, territories, other groups) and who they contain."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from ...core import errors
from ...core.backend import Backend, id_text
from ...core.bodies import run_entries
from ...core.state import Kind
from ..territories.backend import TRACKED_MODULES
from ..users.backend import USERS, role_by_id, user_by_id, user_name


class UserGroupsBackend(Backend):
    def get(self, gid: str) -> Optional[dict]:
        return self.state.get_doc(Kind.USER_GROUPS, gid)

    def one(self, gid: str) -> dict:
        doc = self.get(gid)
        if doc is None:
            raise errors.invalid_id({"id": gid})
        return doc

    def _all(self) -> List[tuple]:
        return self.state.list_docs(Kind.USER_GROUPS)

    def _source(self, entry: Any, path: str) -> dict:
        if not isinstance(entry, dict):
            raise errors.item_field_invalid("sources", path)
        kind = entry.get("type")
        ref = entry.get("source") if isinstance(entry.get("source"), dict) else {}
        sid = str(ref.get("id") or "")
        name = None
        if kind == "users":
            user = user_by_id(sid)
            name = user_name(user) if user else None
        elif kind == "roles":
            name = (role_by_id(sid) or {}).get("name")
        elif kind == "territories":
            name = (self.app.territories.get(sid) or {}).get("name")
        elif kind == "groups":
            name = (self.get(sid) or {}).get("name")
        else:
            raise errors.item_field_invalid("type", path + ".type")
        if name is None:
            raise errors.item_field_invalid("source", path + ".source.id", errors.INVALID_ID)
        out = {"type": kind, "source": {"name": name, "id": sid}}
        if kind in ("roles", "territories"):
            out["subordinates"] = bool(entry.get("subordinates", False))
        if kind == "territories":
            out["sub_territories"] = bool(entry.get("sub_territories", False))
        return out

    def _fields(self, doc: dict, item: dict, path: str) -> None:
        if "name" in item:
            name = item["name"]
            if not isinstance(name, str) or not name.strip() or len(name) > 50:
                raise errors.item_field_invalid("name", path + ".name")
            for key, other in self._all():
                if key != doc.get("id") and other["name"].lower() == name.lower():
                    raise errors.item_duplicate({"api_name": "name", "json_path": path + ".name"})
            doc["name"] = name
        if "description" in item:
            doc["description"] = item["description"]
        if "sources" in item:
            if not isinstance(item["sources"], list):
                raise errors.item_field_invalid("sources", path + ".sources")
            sources = list(doc.get("sources") or [])
            for position, entry in enumerate(item["sources"]):
                spath = f"{path}.sources[{position}]"
                if isinstance(entry, dict) and entry.get("_delete"):
                    sid = str((entry.get("source") or {}).get("id"))
                    sources = [s for s in sources if not (s["source"]["id"] == sid and s["type"] == entry.get("type"))]
                    continue
                source = self._source(entry, spath)
                if source["type"] == "groups" and source["source"]["id"] == doc.get("id"):
                    raise errors.item_field_invalid("source", spath + ".source.id")
                sources = [s for s in sources if not (s["source"]["id"] == source["source"]["id"]
                                                      and s["type"] == source["type"])] + [source]
            doc["sources"] = sources
        if not doc.get("sources"):
            raise errors.item_mandatory("sources", path + ".sources")

    def members(self, doc: dict, seen: Optional[set] = None) -> List[dict]:
        seen = seen or {doc["id"]}
        found: Dict[str, dict] = {}
        for source in doc.get("sources") or []:
            sid = source["source"]["id"]
            if source["type"] == "users":
                members = [u for u in USERS if u["id"] == sid]
            elif source["type"] == "roles":
                members = [u for u in USERS if u["role"]["id"] == sid]
            elif source["type"] == "territories":
                tids = {sid} | ({d["id"] for d in self.app.territories.descendants(sid)}
                                if source.get("sub_territories") else set())
                members = [u for u in USERS if tids & set(self.app.user_territories.territories_of(u["id"]))]
            else:
                inner = self.get(sid)
                members = self.members(inner, seen | {sid}) if inner and sid not in seen else []
            for user in members:
                found[user["id"]] = user
        return list(found.values())

    # -- reads ----------------------------------------------------------------------------------
    def users_count(self) -> List[dict]:
        return [{"user_group": {"name": d["name"], "id": d["id"]}, "count": len(self.members(d))}
                for _, d in self._all()]

    def list(self, name: Optional[str]) -> List[dict]:
        docs = [d for _, d in self._all()]
        if name:
            docs = [d for d in docs if name.lower() in d["name"].lower()]
        return docs

    def sources(self, gid: str, kind: Optional[str], user_type: Optional[str]) -> List[dict]:
        rows = [s for s in self.one(gid)["sources"] if not kind or s["type"] == kind]
        if user_type and kind == "users":
            rows = [s for s in rows if (user_by_id(s["source"]["id"]) or {}).get("status") ==
                    ("active" if user_type == "active" else "disabled")]
        return rows

    def sources_count(self, gid: str) -> dict:
        doc = self.one(gid)
        kinds = [s["type"] for s in doc["sources"]]
        users = [user_by_id(s["source"]["id"]) for s in doc["sources"] if s["type"] == "users"]
        return {"territories": kinds.count("territories"), "roles": kinds.count("roles"),
                "groups": kinds.count("groups"),
                "users": {"inactive": sum(1 for u in users if u and u["status"] != "active"), "deleted": 0,
                          "active": sum(1 for u in users if u and u["status"] == "active")}}

    def associations(self, gid: str) -> List[dict]:
        self.one(gid)
        rows = []
        for other_key, other in self._all():
            if any(s["type"] == "groups" and s["source"]["id"] == gid for s in other["sources"]):
                rows.append({"resource": {"name": other["name"], "id": other_key}, "detail": None, "type": "user_group"})
        for module in TRACKED_MODULES:
            for record, _ in self.app.sharing.shared_with_group(module, gid):
                rows.append({"resource": {"name": self.app.sharing.display(module, record) or module,
                                          "id": record["id"]},
                             "detail": {"module": {"api_name": module, "id": self.catalog.module_ids[module]}},
                             "type": "record_sharing"})
        return rows

    # -- writes ----------------------------------------------------------------------------------
    def delete(self, gid: str) -> None:
        self.one(gid)
        with self.state.tx():
            for other_key, other in self._all():
                kept = [s for s in other["sources"] if not (s["type"] == "groups" and s["source"]["id"] == gid)]
                if len(kept) != len(other["sources"]):
                    other["sources"] = kept
                    self.state.put_doc(Kind.USER_GROUPS, other_key, other)
            self.state.del_doc(Kind.USER_GROUPS, gid)

    def create(self, items: List[Any]) -> List[dict]:
        def create(index: int, item: dict, path: str) -> dict:
            if not item.get("name"):
                raise errors.item_mandatory("name", path + ".name")
            new = {"id": self.new_id(), "description": None, "sources": []}
            self._fields(new, item, path)
            self.state.put_doc(Kind.USER_GROUPS, new["id"], self.stamp(new, True))
            return errors.success("User Group Created successfully", {"id": new["id"]})
        return run_entries(self.state.tx, items, "user_groups", create)

    def update(self, gid: Optional[str], items: List[Any]) -> List[dict]:
        def update(index: int, item: dict, path: str) -> dict:
            target = gid or id_text(item.get("id"))
            if target is None:
                raise errors.item_mandatory("id", path + ".id")
            existing = self.get(target)
            if existing is None:
                raise errors.item_invalid_id({"id": target, "json_path": path + ".id"})
            self._fields(existing, item, path)
            self.state.put_doc(Kind.USER_GROUPS, target, self.stamp(existing, False))
            return errors.success("User Group Updated successfully", {"id": target})
        return run_entries(self.state.tx, items, "user_groups", update)
