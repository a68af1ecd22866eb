"""Tags: each module's tag collection and the tags records carry. Renaming, merging or deleting a
tag rewrites it on every record that carries it (through the records backend)."""
from __future__ import annotations

from typing import Any, List, Optional, Tuple

from ...core import errors
from ...core.backend import Backend, id_text, parse_id
from ...core.bodies import run_entries
from ...core.state import Kind
from ..users.backend import user_ref

TAG_COLORS = {"#F17574", "#F48435", "#E7A826", "#A8C026", "#63C57E", "#1DB9B4", "#57B1FD", "#879BFC",
              "#D297EE", "#FD87BD", "#969696", "#658BA8", "#B88562"}
DEFAULT_COLOR = "#969696"
MAX_TAGS = 200  # per module
MAX_RECORD_IDS = 500


class TagsBackend(Backend):
    def module(self, name: Optional[str]) -> str:
        return self.app.metadata.module_param(name)

    def _find(self, tag_id: str) -> Tuple[str, dict]:
        for module in self.catalog.modules:
            doc = self.state.get_doc(Kind.tags(module), tag_id)
            if doc is not None:
                return module, doc
        raise errors.invalid_id({"id": tag_id})

    def _retag(self, module: str, tag_id: str, replace: Optional[dict]) -> int:
        """Rename (replace=dict) or drop (replace=None) a tag on every record carrying it."""
        touched = 0
        for record in self.app.records.all(module):
            tags = record.get("Tag") or []
            if not any(str(t.get("id")) == tag_id for t in tags):
                continue
            kept = [t for t in tags if str(t.get("id")) != tag_id]
            if replace is not None and all(str(t.get("id")) != replace["id"] for t in kept):
                kept.append(replace)
            record["Tag"] = kept
            self.app.records.save(module, record)
            touched += 1
        return touched

    def _check(self, module: str, item: dict, path: str, own_id: Optional[str]) -> None:
        name = item.get("name")
        if name is not None:
            if not isinstance(name, str) or not name.strip() or len(name) > 25 or any(c in name for c in "<>,"):
                raise errors.item_field_invalid("name", path + ".name")
            for key, doc in self.state.list_docs(Kind.tags(module)):
                if key != own_id and doc["name"].lower() == name.lower():
                    raise errors.item_duplicate({"api_name": "name", "json_path": path + ".name", "id": key})
        if item.get("color_code") is not None and item["color_code"] not in TAG_COLORS:
            raise errors.item_field_invalid("color_code", path + ".color_code")

    def _run(self, items: List[Any], work: Any) -> List[dict]:
        return run_entries(self.state.tx, items, "tags", work)

    # -- the tag collection ------------------------------------------------------------------
    def list(self, module: str, tag_id: Optional[str]) -> List[dict]:
        docs = [d for _, d in self.state.list_docs(Kind.tags(module))]
        if tag_id is not None:
            docs = [d for d in docs if d["id"] == tag_id]
            if not docs:
                raise errors.invalid_id({"id": tag_id})
        return docs

    def records_count(self, module: str, tag_id: str) -> int:
        if self.state.get_doc(Kind.tags(module), tag_id) is None:
            raise errors.invalid_id({"id": tag_id})
        return sum(1 for r in self.app.records.all(module) if any(str(t.get("id")) == tag_id for t in r.get("Tag") or []))

    def delete(self, tag_id: str) -> None:
        module, _ = self._find(tag_id)
        with self.state.tx():
            self._retag(module, tag_id, None)
            self.state.del_doc(Kind.tags(module), tag_id)

    def create(self, module: str, items: List[Any]) -> List[dict]:
        kind = Kind.tags(module)

        def create(index: int, item: dict, path: str) -> dict:
            if not item.get("name"):
                raise errors.item_mandatory("name", path + ".name")
            self._check(module, item, path, None)
            if len(self.state.list_docs(kind)) >= MAX_TAGS:
                raise errors.item_limit({"limit": MAX_TAGS, "api_name": "tags"})
            new_id = self.new_id()
            doc = self.stamp({"id": new_id, "name": item["name"], "color_code": item.get("color_code") or DEFAULT_COLOR},
                             True)
            self.state.put_doc(kind, new_id, doc)
            return errors.success("tags created successfully", dict(doc))
        return self._run(items, create)

    def update(self, module: str, tag_id: Optional[str], items: List[Any]) -> List[dict]:
        kind = Kind.tags(module)

        def update(index: int, item: dict, path: str) -> dict:
            target = tag_id or id_text(item.get("id"))
            if target is None:
                raise errors.item_mandatory("id", path + ".id")
            doc = self.state.get_doc(kind, target)
            if doc is None:
                raise errors.item_invalid_id({"id": target, "json_path": path + ".id"})
            self._check(module, item, path, target)
            doc.update({k: item[k] for k in ("name", "color_code") if item.get(k) is not None})
            self.state.put_doc(kind, target, self.stamp(doc, False))
            self._retag(module, target, {"name": doc["name"], "id": target, "color_code": doc["color_code"]})
            return errors.success("tags updated successfully", dict(doc))
        return self._run(items, update)

    def check_merge(self, tag_id: str) -> None:
        self._find(tag_id)

    def merge(self, tag_id: str, items: List[Any]) -> List[dict]:
        module, target = self._find(tag_id)
        kind = Kind.tags(module)

        def merge(index: int, item: dict, path: str) -> dict:
            other = str(parse_id(item.get("conflict_id")) or "")
            if not other:
                raise errors.item_mandatory("conflict_id", path + ".conflict_id")
            if other == tag_id or self.state.get_doc(kind, other) is None:
                raise errors.item_field_invalid("conflict_id", path + ".conflict_id", errors.INVALID_ID)
            self._retag(module, other, {"name": target["name"], "id": tag_id, "color_code": target["color_code"]})
            self.state.del_doc(kind, other)
            self.state.put_doc(kind, tag_id, self.stamp(target, False))
            return errors.success("tags merged successfully", dict(target))
        return self._run(items, merge)

    # -- tags on records ---------------------------------------------------------------------------
    def _tag(self, module: str, tag: dict) -> dict:
        """Find the module's tag by id or name, creating it if new."""
        kind = Kind.tags(module)
        for key, doc in self.state.list_docs(kind):
            if (tag.get("id") and str(tag["id"]) == key) or (tag.get("name") and doc.get("name", "").lower() == tag["name"].lower()):
                return {"name": doc["name"], "id": key, "color_code": doc.get("color_code")}
        if tag.get("id") and not tag.get("name"):
            raise errors.invalid_data(details={"api_name": "id"})
        new_id = self.new_id()
        now = self.now_iso()
        doc = {"id": new_id, "name": tag["name"], "color_code": tag.get("color_code") or DEFAULT_COLOR,
               "created_time": now, "modified_time": now, "created_by": user_ref(), "modified_by": user_ref()}
        self.state.put_doc(kind, new_id, doc)
        return {"name": doc["name"], "id": new_id, "color_code": doc["color_code"]}

    def tag_records(self, module: str, add: bool, tags: Any, ids: List[Any], over_write: bool) -> List[dict]:
        """add_tags / remove_tags on records; one result per id."""
        if not isinstance(tags, list) or not tags:
            raise errors.mandatory_missing({"api_name": "tags"})
        if not ids:
            raise errors.required_param("ids")
        if len(ids) > MAX_RECORD_IDS:
            raise errors.limit_exceeded({"limit": MAX_RECORD_IDS, "api_name": "ids"})
        wanted = []
        for tag in tags:
            if not isinstance(tag, dict) or not (tag.get("name") or tag.get("id")):
                raise errors.invalid_data(details={"api_name": "tags"})
            if tag.get("color_code") and tag["color_code"] not in TAG_COLORS:
                raise errors.invalid_data(details={"api_name": "color_code"})
            if tag.get("name") and (len(tag["name"]) > 25 or any(c in tag["name"] for c in "<>,")):
                raise errors.invalid_data(details={"api_name": "name"})
            wanted.append(self._tag(module, tag) if add else tag)
        results = []
        for raw in ids:
            with self.state.tx():
                record = self.app.records.find(module, raw)
                if record is None:
                    results.append(errors.entry_invalid_id({"id": str(raw)}))
                    continue
                current = [] if (over_write and add) else list(record.get("Tag") or [])
                if add:
                    for tag in wanted:
                        if all(t["id"] != tag["id"] for t in current):
                            current.append(tag)
                else:
                    drop = {(t.get("id") and str(t["id"])) or t.get("name", "").lower() for t in wanted}
                    current = [t for t in current if t["id"] not in drop and t["name"].lower() not in drop]
                record["Tag"] = current
                self.app.records.save(module, record)
                results.append(errors.success("tags updated successfully", {"id": record["id"], "tags": current}))
        return results
