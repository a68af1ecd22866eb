"""Records: one implementation for every module, driven by the catalog's metadata.

Writes validate each entry (field rules in `fields.py`), keep unique fields unique and answer one
result per entry; reads project, filter and page (page tokens in `paging.py`). Other backends
change records only through `insert`, `save`, `remove` and `prepare` here.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from ...core import errors
from ...core.backend import Backend, parse_id
from ...core.bodies import MAX_WRITE, page_args, page_of, run_items
from ...core.wire import iso, parse_when
from ..metadata.seed_modules import DUPLICATE_CHECK
from ..users.backend import user_ref
from . import paging
from .fields import FieldRules, display_name

MAX_FIELDS = 50
DISCRETE_LIMIT = 2000

# Fields the server owns: silently ignored on input like Zoho does.
SYSTEM_FIELDS = {"Created_Time", "Modified_Time", "Created_By", "Modified_By", "Full_Name",
                 "Tag", "Last_Activity_Time", "Converted__s", "Converted_Date_Time",
                 "Record_Status__s", "Locked__s"}
__all__ = ["RecordsBackend", "display_name", "parse_id"]


class RecordsBackend(FieldRules, Backend):
    def _prepare(self, module: str, item: Any, index: int, existing: Optional[dict]) -> dict:
        """Validate one input item and merge it over `existing` (None on insert)."""
        if not isinstance(item, dict):
            raise errors.item_invalid({"json_path": f"$.data[{index}]"})
        fields = self.catalog.field_map(module)
        merged = dict(existing or {})
        for key, value in item.items():
            if key == "id" or key in SYSTEM_FIELDS or key.startswith("$"):
                continue
            path = f"$.data[{index}].{key}"
            field = fields.get(key)
            if field is not None:
                if field["read_only"] and key not in ("Layout",):
                    continue
                value = self._check_value(module, field, value, path)
            merged[key] = value  # unknown keys are kept, as if they were custom fields
        if existing is None:
            for name in self.catalog.mandatory(module):
                if name == "Layout" or merged.get(name) in (None, "", []):
                    raise errors.item_mandatory(name, f"$.data[{index}].{name}")
        else:
            for name in self.catalog.mandatory(module):
                if name in item and item[name] in (None, "", []):
                    raise errors.item_mandatory(name, f"$.data[{index}].{name}")
        if module in ("Leads", "Contacts"):
            merged["Full_Name"] = " ".join(p for p in (merged.get("First_Name"), merged.get("Last_Name")) if p)
        return merged

    def _check_unique(self, module: str, record: dict, index: int, skip_id: Optional[int],
                      batch: Dict[Tuple[str, str], int]) -> None:
        for name in self.catalog.unique(module):
            value = record.get(name)
            if value in (None, ""):
                continue
            clash = [i for i in self.state.find_by_field(module, name, value) if i != skip_id]
            clash_id = clash[0] if clash else batch.get((name, str(value).lower()))
            if clash_id is not None and clash_id != skip_id:
                other = self.state.get_record(module, clash_id) or {}
                raise errors.item_duplicate({
                    "api_name": name, "json_path": f"$.data[{index}].{name}",
                    "duplicate_record": {"id": str(clash_id),
                                         "module": {"api_name": module, "id": self.catalog.module_ids[module]},
                                         "Owner": {k: v for k, v in (other.get("Owner") or user_ref()).items()
                                                   if k in ("name", "id")}}})

    def _remember_unique(self, module: str, record: dict, rid: int, batch: Dict[Tuple[str, str], int]) -> None:
        for name in self.catalog.unique(module):
            if record.get(name) not in (None, ""):
                batch[(name, str(record[name]).lower())] = rid

    # -- persistence primitives -----------------------------------------------------------
    def insert(self, module: str, record: dict, rid: Optional[int] = None) -> dict:
        now = self.app.now()
        rid = rid or self.state.next_id()
        stamp = iso(now)
        record.update({"id": str(rid), "Created_Time": stamp, "Modified_Time": stamp,
                       "Created_By": user_ref(with_email=True), "Modified_By": user_ref(with_email=True)})
        record.setdefault("Owner", user_ref(with_email=True))
        record.setdefault("Tag", [])
        layout = self.catalog.layout(module)
        record.setdefault("Layout", {"name": layout["name"], "id": layout["id"]})
        record.setdefault("$approval_state", "approved")
        record.setdefault("Record_Status__s", "Available")  # v6; Draft and Trash are states we do not model
        if module == "Leads":
            record.setdefault("Converted__s", False)
        self.state.put_record(module, rid, record, now, now)
        return record

    def save(self, module: str, record: dict) -> dict:
        now = self.app.now()
        record["Modified_Time"] = iso(now)
        record["Modified_By"] = user_ref(with_email=True)
        created = parse_when(record.get("Created_Time")) or now
        self.state.put_record(module, int(record["id"]), record, created, now)
        return record

    def remove(self, module: str, rid: int) -> Optional[dict]:
        record = self.state.get_record(module, rid)
        if record is None:
            return None
        self.state.delete_record(module, rid)
        now = self.app.now()
        permanent = not self.catalog.modules[module]["recycle_bin_on_delete"]
        entry = {"deleted_by": None if permanent else user_ref(), "id": str(rid),
                 "display_name": None if permanent else display_name(module, record),
                 "type": "permanent" if permanent else "recycle",
                 "created_by": None if permanent else record.get("Created_By") and
                 {"name": record["Created_By"]["name"], "id": record["Created_By"]["id"]},
                 "deleted_time": iso(now)}
        self.state.put_deleted(module, rid, entry["type"], now, entry, None if permanent else record)
        return record

    def purge_recycle_bin(self) -> int:
        """Turn every recycle-bin entry into a permanent deletion (admin hook)."""
        count = 0
        with self.state.tx():
            for module in self.catalog.modules:
                for entry in self.state.list_deleted(module, "recycle", None):
                    entry.update({"type": "permanent", "display_name": None, "created_by": None,
                                  "deleted_by": None})
                    self.state.put_deleted(module, int(entry["id"]), "permanent",
                                           parse_when(entry["deleted_time"]) or 0, entry, None)
                    count += 1
        return count

    def prepare(self, module: str, item: Any, index: int, existing: Optional[dict]) -> dict:
        """Validate an entry as a write of `module` would (for writes made on behalf of another resource)."""
        return self._prepare(module, item, index, existing)

    def check_unique(self, module: str, record: dict) -> None:
        """Raise DUPLICATE_DATA when a unique field of `record` clashes with a stored record."""
        self._check_unique(module, record, 0, None, {})

    def record(self, module: str, rid: Any) -> dict:
        """A record by id, or the whole-request INVALID_DATA for an unknown id."""
        target = parse_id(rid)
        if target is None and rid.isdigit():  # digits, but beyond any 64-bit id
            raise errors.invalid_id({"id": rid})
        record = self.state.get_record(module, target) if target is not None else None
        if record is None:
            raise errors.invalid_id({"id": str(rid)})
        return record

    def find(self, module: str, rid: Any) -> Optional[dict]:
        target = parse_id(rid)
        return self.state.get_record(module, target) if target is not None else None

    def all(self, module: str) -> List[dict]:
        return self.state.all_records(module)

    def seed(self) -> Dict[str, int]:
        from .seed import seed
        return seed(self)

    @staticmethod
    def success_details(record: dict) -> dict:
        return {"id": record["id"], "Created_Time": record["Created_Time"],
                "Modified_Time": record["Modified_Time"],
                "Created_By": {"name": record["Created_By"]["name"], "id": record["Created_By"]["id"]},
                "Modified_By": {"name": record["Modified_By"]["name"], "id": record["Modified_By"]["id"]},
                "$approval_state": record.get("$approval_state", "approved")}


    # -- writes: one result per entry ------------------------------------------------------
    def _run_items(self, items: List[Any], work: Callable[[int, Any], dict]) -> List[dict]:
        return run_items(self.state.tx, items, work)

    def create(self, module: str, items: List[Any]) -> List[dict]:
        batch: Dict[Tuple[str, str], int] = {}

        def work(index: int, item: Any) -> dict:
            record = self._prepare(module, item, index, None)
            self._check_unique(module, record, index, None, batch)
            rid = self.state.next_id()
            self._remember_unique(module, record, rid, batch)
            return errors.success("record added", self.success_details(self.insert(module, record, rid)))

        return self._run_items(items, work)

    def update(self, module: str, items: List[Any], rid: Optional[str] = None) -> List[dict]:
        """Update by the path id (`rid`, already resolved) or by each entry's ``id``."""
        fixed = None
        if rid is not None:
            fixed = parse_id(rid)
            if fixed is None:
                raise errors.invalid_id({"id": rid})
        batch: Dict[Tuple[str, str], int] = {}

        def work(index: int, item: Any) -> dict:
            raw = fixed if fixed is not None else (item.get("id") if isinstance(item, dict) else None)
            if raw is None:
                raise errors.item_mandatory("id", f"$.data[{index}].id")
            target = parse_id(raw)
            existing = self.state.get_record(module, target) if target is not None else None
            if existing is None:
                raise errors.item_invalid_id({"api_name": "id", "id": str(raw), "json_path": f"$.data[{index}].id"})
            record = self._prepare(module, item, index, existing)
            self._check_unique(module, record, index, target, batch)
            self._remember_unique(module, record, target, batch)
            return errors.success("record updated", self.success_details(self.save(module, record)))

        return self._run_items(items, work)

    def upsert(self, module: str, items: List[Any], check: Any) -> List[dict]:
        """Insert or update each entry, matched by id, then by `check` fields (default: the module's)."""
        if check is not None and (not isinstance(check, list) or not all(isinstance(c, str) for c in check)):
            raise errors.invalid_data(details={"api_name": "duplicate_check_fields"})
        if not check:
            check = [DUPLICATE_CHECK.get(module, "Name")] + [u for u in self.catalog.unique(module)
                                                             if u != DUPLICATE_CHECK.get(module)]
        batch: Dict[Tuple[str, str], int] = {}

        def work(index: int, item: Any) -> dict:
            if not isinstance(item, dict):
                raise errors.item_invalid({"json_path": f"$.data[{index}]"})
            match_id, match_field = None, None
            if parse_id(item.get("id")) is not None and self.state.get_record(module, parse_id(item["id"])):
                match_id, match_field = parse_id(item["id"]), "id"
            for name in check:
                if match_id is not None:
                    break
                if item.get(name) not in (None, ""):
                    found = self.state.find_by_field(module, name, item[name])
                    if found:
                        match_id, match_field = found[0], name
            if match_id is None:
                record = self._prepare(module, item, index, None)
                self._check_unique(module, record, index, None, batch)
                rid = self.state.next_id()
                self._remember_unique(module, record, rid, batch)
                out = errors.success("record added", self.success_details(self.insert(module, record, rid)))
                out.update({"action": "insert", "duplicate_field": None})
                return out
            record = self._prepare(module, item, index, self.state.get_record(module, match_id))
            self._check_unique(module, record, index, match_id, batch)
            out = errors.success("record updated", self.success_details(self.save(module, record)))
            out.update({"action": "update", "duplicate_field": match_field})
            return out

        return self._run_items(items, work)

    def delete(self, module: str, raw_ids: List[str]) -> List[dict]:
        if len(raw_ids) > MAX_WRITE:
            raise errors.limit_exceeded({"limit": MAX_WRITE, "api_name": "ids"})
        results = []
        for raw in raw_ids:
            target = parse_id(raw)
            if target is None:
                raise errors.unparsable("ids")
            with self.state.tx():
                gone = self.remove(module, target)
            if gone is None:
                results.append(errors.entry_not_deleted(raw))
            else:
                results.append(errors.success("record deleted", {"id": str(target)}))
        return results

    def external_id(self, module: str, header: Optional[str], rid: str) -> str:
        """The path id, or with ``X-EXTERNAL: <Module>.<Field>`` the id of the record whose Field
        equals the path value ("" when none does)."""
        if not header:
            return rid
        owner, _, field = header.partition(".")
        if self.catalog.resolve(owner) != module or not re.fullmatch(r"[A-Za-z0-9_$]+", field):
            raise errors.invalid_data(details={"header_name": "X-EXTERNAL"})
        found = self.state.find_by_field(module, field, rid)
        return str(found[0]) if found else ""

    # -- reads ---------------------------------------------------------------------------------
    @staticmethod
    def default_order(module: str) -> str:
        """Lists come newest first, except notes: oldest first (get-notes, sort_order asc)."""
        return "asc" if module == "Notes" else "desc"

    @staticmethod
    def projection(text: Optional[str], required: bool) -> Optional[List[str]]:
        """The ``fields`` parameter as names (None = every field)."""
        if not text:
            if required:
                raise errors.required_param("fields")
            return None
        names = [f.strip() for f in text.split(",") if f.strip()]
        if len(names) > MAX_FIELDS:
            raise errors.limit_exceeded({"limit": MAX_FIELDS, "param_name": "fields"})
        return names

    @staticmethod
    def project(record: dict, names: Optional[List[str]]) -> dict:
        if names is None:
            return record
        out = {n: record.get(n) for n in names if n != "id"}
        out["id"] = record["id"]
        return out

    @staticmethod
    def converted_flag(module: str, mode: Optional[str]) -> Optional[bool]:
        """Leads hide converted records unless `converted=true|both` (None = no filter)."""
        mode = (mode or "false").lower()
        if module != "Leads" or mode == "both":
            return None
        return mode == "true"

    def get(self, module: str, rid: str, since: Optional[float]) -> Tuple[Optional[dict], bool]:
        """(the record or None, whether it is unchanged since `since`)."""
        target = parse_id(rid)
        if target is None and rid.isdigit():  # digits, but beyond any 64-bit id
            raise errors.invalid_id({"id": rid})
        record = self.state.get_record(module, target) if target is not None else None
        if record is None:
            return None, False
        return record, since is not None and (parse_when(record.get("Modified_Time")) or 0) <= since

    def list(self, module: str, query: Mapping[str, str], bound: str,
             since: Optional[float]) -> Tuple[List[dict], Optional[Dict[str, Any]]]:
        """A page of records for the list parameters in `query`; (rows, info). With no rows, info
        is None when nothing changed since `since` (304) and {} when the page is empty (204)."""
        names = self.projection(query.get("fields"), True)
        sort_by = query.get("sort_by") or "id"
        if sort_by not in ("id", "Created_Time", "Modified_Time"):
            raise errors.invalid_data(details={"param_name": "sort_by"})
        sort_order = (query.get("sort_order") or self.default_order(module)).lower()
        if sort_order not in ("asc", "desc"):
            raise errors.invalid_data(details={"param_name": "sort_order"})
        if query.get("cvid") and query.get("sort_by"):
            raise errors.ambiguity("cvid", "sort_by")
        page, per_page = page_args(query, blame_page=True)
        ids = None
        if query.get("ids"):
            ids = [parse_id(i) for i in query["ids"].split(",") if i.strip()]
            if any(i is None for i in ids):
                raise errors.invalid_data(details={"param_name": "ids"})
        token = query.get("page_token")
        if token:
            if "page" in query:
                raise errors.ambiguity("page", "page_token")
            offset = paging.read_token(self.app.secret, token, bound, self.now())
        else:
            if page * per_page > DISCRETE_LIMIT:
                raise errors.discrete_pagination_limit(DISCRETE_LIMIT)
            offset = (page - 1) * per_page
        converted = self.converted_flag(module, query.get("converted"))
        total = self.state.count_records(module, since, ids, converted)
        rows = self.state.list_records(module, sort_by, sort_order == "desc", per_page, offset, ids, since, converted)
        if not rows:
            unchanged = since is not None and self.state.count_records(module) and offset == 0
            return [], None if unchanged else {}
        more = offset + len(rows) < total
        now = self.now()
        info = {"per_page": per_page, "count": len(rows), "page": offset // per_page + 1,
                "sort_by": sort_by, "sort_order": sort_order, "more_records": more,
                "next_page_token": paging.make_token(self.app.secret, offset + per_page, bound, now) if more else None,
                "previous_page_token": (paging.make_token(self.app.secret, max(offset - per_page, 0), bound, now)
                                        if token and offset > 0 else None),
                "page_token_expiry": iso(now + paging.PAGE_TOKEN_TTL) if more else None,
                "call": False, "email": False}
        return [self.project(r, names) for r in rows], info

    def deleted(self, module: str, kind: str, query: Mapping[str, str],
                since: Optional[float]) -> Tuple[List[dict], Optional[Dict[str, Any]]]:
        """A page of deleted-record entries; (entries, info) with info None for 304 and {} for 204."""
        kind = kind.lower()
        if kind not in ("all", "recycle", "permanent"):
            raise errors.invalid_data("Invalid data", {"param_name": "type"})
        page, per_page = page_args(query)
        entries = self.state.list_deleted(module, None if kind == "all" else kind, since)
        chunk, info = page_of(entries, page, per_page)
        if not chunk:
            return [], None if since is not None and self.state.list_deleted(module, None, None) else {}
        return chunk, info
