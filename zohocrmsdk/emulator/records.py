"""The generic record engine: one implementation for every module, driven by metadata.

Handles list/get/create/update/upsert/delete and deleted-record listing with Zoho's
per-item results, status codes (201/200/207/400) and pagination rules (§3 of ZOHO_API.md).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from typing import Any, Callable, Dict, List, Optional, Tuple

from . import errors
from .errors import ItemError, ZohoError
from .metadata import user_ref
from .wire import Request, Response, empty, iso, json_response, parse_when

MAX_WRITE = 100
MAX_FIELDS = 50
DISCRETE_LIMIT = 2000
TOKEN_LIMIT = 100000
PAGE_TOKEN_TTL = 24 * 3600

# Fields the server owns: silently ignored on input like Zoho does.
SYSTEM_FIELDS = {"Created_Time", "Modified_Time", "Created_By", "Modified_By", "Full_Name",
                 "Tag", "Last_Activity_Time", "Converted__s", "Converted_Date_Time",
                 "Record_Status__s", "Locked__s"}
DISPLAY_FIELD = {"Leads": "Full_Name", "Contacts": "Full_Name", "Accounts": "Account_Name",
                 "Deals": "Deal_Name", "Products": "Product_Name", "Vendors": "Vendor_Name",
                 "Campaigns": "Campaign_Name", "Price_Books": "Price_Book_Name",
                 "Solutions": "Solution_Title", "Events": "Event_Title", "Notes": "Note_Title"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_id(value: Any) -> Optional[int]:
    """Zoho ids arrive as strings (docs) or JSON numbers (the SDK's Long)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def display_name(module: str, record: dict) -> Optional[str]:
    return record.get(DISPLAY_FIELD.get(module, "Subject"))


def write_status(results: List[dict], ok: int = 200) -> int:
    good = sum(1 for r in results if r.get("status") == "success")
    if good == len(results):
        return ok
    return 400 if good == 0 else 207


class RecordEngine:
    def __init__(self, app: Any) -> None:
        self.app = app

    @property
    def state(self):
        return self.app.state

    @property
    def catalog(self):
        return self.app.catalog

    # -- value validation ---------------------------------------------------------------
    def _check_value(self, module: str, field: dict, value: Any, path: str) -> Any:
        """Validate one known field's value; returns the value to store."""
        if value is None:
            return None
        dtype = field["data_type"]
        name = field["api_name"]

        def bad(expected: str = "") -> ItemError:
            details = {"api_name": name, "json_path": path}
            if expected:
                details["expected_data_type"] = expected
            return ItemError("INVALID_DATA", "invalid data", details)

        if dtype in ("text", "textarea", "email", "phone", "website", "picklist", "autonumber"):
            if not isinstance(value, str):
                raise bad(dtype)
            if len(value) > field.get("length", 255):
                raise ItemError("INVALID_DATA", "invalid data",
                                {"api_name": name, "json_path": path, "maximum_length": field["length"]})
            if dtype == "email" and value and not _EMAIL.match(value):
                raise bad()
        elif dtype == "integer":
            if isinstance(value, bool) or not isinstance(value, int):
                raise bad("integer")
        elif dtype == "bigint":
            if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
                raise bad("bigint")
            value = str(value)
        elif dtype in ("double", "currency", "percent"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise bad("double")
        elif dtype == "boolean":
            if not isinstance(value, bool):
                raise bad("boolean")
        elif dtype == "date":
            if not isinstance(value, str) or not _DATE.match(value):
                raise bad("date")
        elif dtype == "datetime":
            if not isinstance(value, str) or parse_when(value) is None or len(value) < 19:
                raise bad("datetime")
        elif dtype == "multiselectpicklist":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise bad("jsonarray")
        elif dtype == "subform":
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise bad("jsonarray")
            value = [self._subform_row(dict(row)) for row in value]
        elif dtype in ("lookup", "ownerlookup", "userlookup"):
            value = self._lookup(module, field, value, path)
        return value

    def _subform_row(self, row: dict) -> dict:
        if parse_id(row.get("id")) is None:
            row["id"] = str(self.state.next_id())
        return row

    def _lookup(self, module: str, field: dict, value: Any, path: str) -> dict:
        name = field["api_name"]
        rid = parse_id(value.get("id")) if isinstance(value, dict) else None
        if rid is None:
            raise ItemError("INVALID_DATA", "invalid data",
                            {"api_name": name, "json_path": path, "expected_data_type": "jsonobject"})
        if field["data_type"] in ("ownerlookup", "userlookup"):
            from .metadata import USERS
            user = next((u for u in USERS if int(u["id"]) == rid), None)
            if user is None:
                raise ItemError("INVALID_DATA", "invalid data", {"api_name": name, "json_path": path + ".id"})
            return user_ref(user, with_email=True)
        target = field["lookup"].get("module", {}).get("api_name")
        found = self.state.get_record(target, rid) if target else None
        if target and found is None:
            raise ItemError("INVALID_DATA", "invalid data", {"api_name": name, "json_path": path + ".id"})
        return {"name": display_name(target, found) if found else None, "id": str(rid)}

    def _prepare(self, module: str, item: Any, index: int, existing: Optional[dict]) -> dict:
        """Validate one input item and merge it over `existing` (None on insert)."""
        if not isinstance(item, dict):
            raise ItemError("INVALID_DATA", "invalid data", {"json_path": f"$.data[{index}]"})
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
                    raise ItemError("MANDATORY_NOT_FOUND", "required field not found",
                                    {"api_name": name, "json_path": f"$.data[{index}].{name}"})
        else:
            for name in self.catalog.mandatory(module):
                if name in item and item[name] in (None, "", []):
                    raise ItemError("MANDATORY_NOT_FOUND", "required field not found",
                                    {"api_name": name, "json_path": f"$.data[{index}].{name}"})
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
                raise ItemError("DUPLICATE_DATA", "duplicate data", {
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

    @staticmethod
    def success_details(record: dict) -> dict:
        return {"id": record["id"], "Created_Time": record["Created_Time"],
                "Modified_Time": record["Modified_Time"],
                "Created_By": {"name": record["Created_By"]["name"], "id": record["Created_By"]["id"]},
                "Modified_By": {"name": record["Modified_By"]["name"], "id": record["Modified_By"]["id"]},
                "$approval_state": record.get("$approval_state", "approved")}

    # -- request helpers ------------------------------------------------------------------
    @staticmethod
    def body_items(req: Request, key: str = "data", limit: int = MAX_WRITE) -> List[Any]:
        body = req.json()
        if not isinstance(body, dict) or key not in body:
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": key})
        items = body[key]
        if not isinstance(items, list):
            raise ZohoError(400, "INVALID_DATA", "invalid data",
                            {"api_name": key, "expected_data_type": "jsonarray"})
        if not items:
            raise ZohoError(400, "INVALID_DATA", "invalid data", {"api_name": key})
        if len(items) > limit:
            raise ZohoError(400, "LIMIT_EXCEEDED", "limit exceeded", {"limit": limit, "api_name": key})
        return items

    def _run_items(self, items: List[Any], work: Callable[[int, Any], dict]) -> List[dict]:
        results = []
        for index, item in enumerate(items):
            try:
                with self.state.tx():
                    results.append(work(index, item))
            except ItemError as exc:
                results.append(exc.to_json())
        return results

    # -- handlers ---------------------------------------------------------------------------
    def create(self, req: Request, module: str) -> Response:
        items = self.body_items(req)
        batch: Dict[Tuple[str, str], int] = {}

        def work(index: int, item: Any) -> dict:
            record = self._prepare(module, item, index, None)
            self._check_unique(module, record, index, None, batch)
            rid = self.state.next_id()
            self._remember_unique(module, record, rid, batch)
            return errors.success("record added", self.success_details(self.insert(module, record, rid)))

        results = self._run_items(items, work)
        return json_response(write_status(results, 201), {"data": results})

    def update(self, req: Request, module: str, rid: Optional[str] = None) -> Response:
        items = self.body_items(req)
        fixed = None
        if rid is not None:
            fixed = parse_id(self.external_id(req, module, rid))
            if fixed is None:
                raise errors.invalid_data("the id given seems to be invalid", {"id": rid})
        batch: Dict[Tuple[str, str], int] = {}

        def work(index: int, item: Any) -> dict:
            raw = fixed if fixed is not None else (item.get("id") if isinstance(item, dict) else None)
            if raw is None:
                raise ItemError("MANDATORY_NOT_FOUND", "required field not found",
                                {"api_name": "id", "json_path": f"$.data[{index}].id"})
            target = parse_id(raw)
            existing = self.state.get_record(module, target) if target is not None else None
            if existing is None:
                raise ItemError("INVALID_DATA", "the id given seems to be invalid",
                                {"api_name": "id", "id": str(raw), "json_path": f"$.data[{index}].id"})
            record = self._prepare(module, item, index, existing)
            self._check_unique(module, record, index, target, batch)
            self._remember_unique(module, record, target, batch)
            return errors.success("record updated", self.success_details(self.save(module, record)))

        results = self._run_items(items, work)
        return json_response(write_status(results), {"data": results})

    def upsert(self, req: Request, module: str) -> Response:
        items = self.body_items(req)
        body = req.json()
        check = body.get("duplicate_check_fields") if isinstance(body, dict) else None
        if check is not None and (not isinstance(check, list) or not all(isinstance(c, str) for c in check)):
            raise errors.invalid_data("invalid data", {"api_name": "duplicate_check_fields"})
        if not check:
            from .seed_modules import DUPLICATE_CHECK
            check = [DUPLICATE_CHECK.get(module, "Name")] + [u for u in self.catalog.unique(module)
                                                             if u != DUPLICATE_CHECK.get(module)]
        batch: Dict[Tuple[str, str], int] = {}

        def work(index: int, item: Any) -> dict:
            if not isinstance(item, dict):
                raise ItemError("INVALID_DATA", "invalid data", {"json_path": f"$.data[{index}]"})
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

        results = self._run_items(items, work)
        inserted = all(r.get("action") == "insert" for r in results if r["status"] == "success")
        return json_response(write_status(results, 201 if inserted else 200), {"data": results})

    def delete(self, req: Request, module: str, rid: Optional[str] = None) -> Response:
        if rid is not None:
            resolved = self.external_id(req, module, rid)
            if not resolved:
                return json_response(400, {"data": [errors.body("INVALID_DATA", "record not deleted", {"id": rid})]})
            raw_ids = [resolved]
        else:
            text = req.query.get("ids")
            if not text:
                raise errors.required_param("ids")
            raw_ids = [i.strip() for i in text.split(",") if i.strip()]
            if len(raw_ids) > MAX_WRITE:
                raise ZohoError(400, "LIMIT_EXCEEDED", "limit exceeded", {"limit": MAX_WRITE, "api_name": "ids"})
        results = []
        for raw in raw_ids:
            target = parse_id(raw)
            if target is None:
                raise ZohoError(400, "UNABLE_TO_PARSE_DATA_TYPE", "either the request body or parameters is in wrong format",
                                {"param_name": "ids"})
            with self.state.tx():
                gone = self.remove(module, target)
            if gone is None:
                results.append(errors.body("INVALID_DATA", "record not deleted", {"id": raw}))
            else:
                results.append(errors.success("record deleted", {"id": str(target)}))
        return json_response(write_status(results), {"data": results})

    def external_id(self, req: Request, module: str, rid: str) -> str:
        """The path id, or with ``X-EXTERNAL: <Module>.<Field>`` the id of the record whose Field
        equals the path value ("" when none does)."""
        header = req.header("X-EXTERNAL")
        if not header:
            return rid
        owner, _, field = header.partition(".")
        if self.catalog.resolve(owner) != module or not re.fullmatch(r"[A-Za-z0-9_$]+", field):
            raise errors.invalid_data("invalid data", {"header_name": "X-EXTERNAL"})
        found = self.state.find_by_field(module, field, rid)
        return str(found[0]) if found else ""

    # -- reads ------------------------------------------------------------------------------
    @staticmethod
    def _since(req: Request) -> Optional[float]:
        return parse_when(req.header("If-Modified-Since"))

    def _projection(self, req: Request, required: bool) -> Optional[List[str]]:
        text = req.query.get("fields")
        if not text:
            if required:
                raise errors.required_param("fields")
            return None
        names = [f.strip() for f in text.split(",") if f.strip()]
        if len(names) > MAX_FIELDS:
            raise ZohoError(400, "LIMIT_EXCEEDED", "limit exceeded", {"limit": MAX_FIELDS, "param_name": "fields"})
        return names

    @staticmethod
    def project(record: dict, names: Optional[List[str]]) -> dict:
        if names is None:
            return record
        out = {n: record.get(n) for n in names if n != "id"}
        out["id"] = record["id"]
        return out

    @staticmethod
    def converted_flag(req: Request, module: str) -> Optional[bool]:
        """Leads hide converted records unless `converted=true|both` (None = no filter)."""
        mode = (req.query.get("converted") or "false").lower()
        if module != "Leads" or mode == "both":
            return None
        return mode == "true"

    def get_one(self, req: Request, module: str, rid: str) -> Response:
        rid_text, target = rid, parse_id(self.external_id(req, module, rid))
        record = self.state.get_record(module, target) if target is not None else None
        if record is None:
            if self.app.missing_record_status == 204:
                return empty(204)
            raise errors.invalid_data("the id given seems to be invalid", {"id": rid_text})
        since = self._since(req)
        if since is not None and (parse_when(record.get("Modified_Time")) or 0) <= since:
            return empty(304)
        return json_response(200, {"data": [self.project(record, self._projection(req, False))]})

    def list(self, req: Request, module: str) -> Response:
        names = self._projection(req, True)
        sort_by = req.query.get("sort_by") or "id"
        if sort_by not in ("id", "Created_Time", "Modified_Time"):
            raise errors.invalid_data("invalid data", {"param_name": "sort_by"})
        sort_order = (req.query.get("sort_order") or "desc").lower()
        if sort_order not in ("asc", "desc"):
            raise errors.invalid_data("invalid data", {"param_name": "sort_order"})
        if req.query.get("cvid") and req.query.get("sort_by"):
            raise ZohoError(400, "AMBIGUITY_DURING_PROCESSING", "ambiguity while processing the request",
                            {"ambiguity_due_to": ["cvid", "sort_by"]})
        try:
            per_page = int(req.query.get("per_page") or 200)
            page = int(req.query.get("page") or 1)
        except ValueError:
            raise errors.invalid_data("invalid data", {"param_name": "page"})
        if not 1 <= per_page <= 200 or page < 1:
            raise errors.invalid_data("invalid data", {"param_name": "per_page" if page >= 1 else "page"})
        ids = None
        if req.query.get("ids"):
            ids = [parse_id(i) for i in req.query["ids"].split(",") if i.strip()]
            if any(i is None for i in ids):
                raise errors.invalid_data("invalid data", {"param_name": "ids"})
        bound = self._bound_params(req)
        token = req.query.get("page_token")
        if token:
            if "page" in req.query:
                raise ZohoError(400, "AMBIGUITY_DURING_PROCESSING", "ambiguity while processing the request",
                                {"ambiguity_due_to": ["page", "page_token"]})
            offset = self._read_token(token, bound)
        else:
            if page * per_page > DISCRETE_LIMIT:
                raise ZohoError(400, "DISCRETE_PAGINATION_LIMIT_EXCEEDED",
                                "Cannot fetch more than 2000 records. Please use the page_token for fetching more than 2000 records.",
                                {"limit": DISCRETE_LIMIT})
            offset = (page - 1) * per_page
        since = self._since(req)
        converted = self.converted_flag(req, module)
        total = self.state.count_records(module, since, ids, converted)
        rows = self.state.list_records(module, sort_by, sort_order == "desc", per_page, offset, ids, since, converted)
        if not rows:
            if since is not None and self.state.count_records(module) and offset == 0:
                return empty(304)
            return empty(204)
        more = offset + len(rows) < total
        now = self.app.now()
        info = {"per_page": per_page, "count": len(rows), "page": offset // per_page + 1,
                "sort_by": sort_by, "sort_order": sort_order, "more_records": more,
                "next_page_token": self._make_token(offset + per_page, bound, now) if more else None,
                "previous_page_token": (self._make_token(max(offset - per_page, 0), bound, now)
                                        if token and offset > 0 else None),
                "page_token_expiry": iso(now + PAGE_TOKEN_TTL) if more else None,
                "call": False, "email": False}
        return json_response(200, {"data": [self.project(r, names) for r in rows], "info": info})

    # page tokens are signed, bound to the query and carry their own expiry (§2.7)
    @staticmethod
    def _bound_params(req: Request) -> str:
        keep = {k: v for k, v in sorted(req.query.items()) if k not in ("page_token", "page")}
        return hashlib.sha256((req.path + json.dumps(keep)).encode()).hexdigest()[:16]

    def _make_token(self, offset: int, bound: str, now: float) -> str:
        payload = json.dumps({"o": offset, "b": bound, "x": int(now + PAGE_TOKEN_TTL)}).encode()
        sig = hmac.new(self.app.secret, payload, hashlib.sha256).hexdigest()[:16]
        return base64.urlsafe_b64encode(payload).decode().rstrip("=") + "." + sig

    def _read_token(self, token: str, bound: str) -> int:
        try:
            raw, sig = token.rsplit(".", 1)
            payload = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
            good = hmac.compare_digest(hmac.new(self.app.secret, payload, hashlib.sha256).hexdigest()[:16], sig)
            data = json.loads(payload) if good else None
        except (ValueError, TypeError):
            data = None
        if not isinstance(data, dict):
            raise errors.invalid_data("invalid data", {"param_name": "page_token"})
        if data["x"] < self.app.now():
            raise ZohoError(400, "EXPIRED_VALUE", "the given page_token has expired", {"param_name": "page_token"})
        if data["b"] != bound:
            raise ZohoError(400, "TOKEN_BOUND_DATA_MISMATCH", "the given page_token is bound to different data",
                            {"param_name": "page_token"})
        if data["o"] >= TOKEN_LIMIT:
            raise ZohoError(400, "PAGINATION_LIMIT_EXCEEDED", "pagination limit exceeded", {"limit": TOKEN_LIMIT})
        return int(data["o"])

    def deleted(self, req: Request, module: str) -> Response:
        kind = (req.query.get("type") or "all").lower()
        if kind not in ("all", "recycle", "permanent"):
            raise errors.invalid_data("Invalid data", {"param_name": "type"})
        try:
            page = int(req.query.get("page") or 1)
            per_page = int(req.query.get("per_page") or 200)
        except ValueError:
            raise errors.invalid_data("invalid data", {"param_name": "page"})
        if page < 1 or not 1 <= per_page <= 200:
            raise errors.invalid_data("invalid data", {"param_name": "per_page"})
        since = self._since(req)
        entries = self.state.list_deleted(module, None if kind == "all" else kind, since)
        chunk = entries[(page - 1) * per_page: page * per_page]
        if not chunk:
            return empty(304 if since is not None and self.state.list_deleted(module, None, None) else 204)
        return json_response(200, {"data": chunk, "info": {"per_page": per_page, "count": len(chunk), "page": page,
                                                            "more_records": page * per_page < len(entries)}})

