"""Stateful handlers for org-administration APIs: tags, currencies, user groups, territories,
users' territories, business hours and pipelines (all under ``/crm/v6/settings``, ``/org`` or
``/users``).

Collections live in the generic document table. Tags and territories keep the kinds the record
side (``extras.py``) already reads, so tags created here are the ones records carry and
territories created here are the ones records can be assigned to.
"""
from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Optional, Tuple

from . import errors
from .errors import ItemError, ZohoError
from .extras import TAG_COLORS
from .metadata import USERS, user_ref
from .records import display_name, parse_id
from .wire import Request, Response, empty, iso, json_response

TERRITORY_KIND = "settings:settings/territories|"
GROUP_KIND = "user_groups"
CURRENCY_KIND = "currencies"
USER_TERRITORY_KIND = "user_territories"
WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
CURRENCY_NAMES = {"USD": "US Dollar", "EUR": "Euro", "GBP": "Pound Sterling", "INR": "Indian Rupee",
                  "JPY": "Japanese Yen", "AUD": "Australian Dollar", "CAD": "Canadian Dollar",
                  "CNY": "Chinese Yuan Renminbi", "DZD": "Algerian Dinar", "CHF": "Swiss Franc",
                  "SGD": "Singapore Dollar", "AED": "UAE Dirham", "BRL": "Brazilian Real",
                  "MXN": "Mexican Peso", "ZAR": "South African Rand", "SEK": "Swedish Krona"}
TRACKED_MODULES = ("Leads", "Contacts", "Accounts", "Deals")


def tag_kind(module: str) -> str:
    return f"settings:settings/tags|{module}"


def mandatory(api_name: str, path: str) -> ItemError:
    return ItemError("MANDATORY_NOT_FOUND", "required field not found", {"api_name": api_name, "json_path": path})


def invalid(api_name: str, path: str, message: str = "invalid data") -> ItemError:
    return ItemError("INVALID_DATA", message, {"api_name": api_name, "json_path": path})


def action_status(results: List[dict], ok: int = 200) -> int:
    good = sum(r["status"] == "success" for r in results)
    return ok if good == len(results) else (400 if good == 0 else 207)


def user_by_id(value: Any) -> Optional[dict]:
    raw = value.get("id") if isinstance(value, dict) else value
    return next((u for u in USERS if u["id"] == str(raw)), None)


def user_name(user: dict) -> str:
    return f"{user['first_name']} {user['last_name']}"


def paged(req: Request, rows: List[Any], default_per_page: int = 200) -> Tuple[List[Any], dict]:
    try:
        page = max(1, int(req.query.get("page") or 1))
        per_page = min(200, max(1, int(req.query.get("per_page") or default_per_page)))
    except ValueError:
        raise errors.invalid_data("invalid data", {"param_name": "page"})
    chunk = rows[(page - 1) * per_page: page * per_page]
    return chunk, {"per_page": per_page, "count": len(chunk), "page": page,
                   "more_records": page * per_page < len(rows)}


class OrgAdmin:
    def __init__(self, app: Any) -> None:
        self.app = app

    @property
    def state(self):
        return self.app.state

    def now(self) -> str:
        return iso(self.app.now())

    # -- shared helpers ----------------------------------------------------------------
    @staticmethod
    def items(req: Request, key: str, single: bool = False) -> Any:
        body = req.json() if req.body else None
        if not isinstance(body, dict):
            raise errors.invalid_data("invalid data", {"expected_data_type": "jsonobject"})
        value = body.get(key)
        if value is None:
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": key})
        if single:
            if not isinstance(value, dict):
                raise errors.invalid_data("invalid data", {"api_name": key, "expected_data_type": "jsonobject"})
            return value
        if not isinstance(value, list) or not value:
            raise errors.invalid_data("invalid data", {"api_name": key, "expected_data_type": "jsonarray"})
        return value

    def run(self, items: List[Any], key: str, work: Callable[[int, dict, str], dict]) -> List[dict]:
        results = []
        for index, item in enumerate(items):
            path = f"$.{key}[{index}]"
            try:
                if not isinstance(item, dict):
                    raise ItemError("INVALID_DATA", "invalid data", {"json_path": path})
                with self.state.tx():
                    results.append(work(index, item, path))
            except ItemError as exc:
                results.append(exc.to_json())
        return results

    def stamp(self, doc: dict, created: bool) -> dict:
        now = self.now()
        if created:
            doc.update({"created_time": now, "created_by": user_ref()})
        doc.update({"modified_time": now, "modified_by": user_ref()})
        return doc

    def save_records(self, module: str, changed: List[dict]) -> None:
        for record in changed:
            self.app.records.save(module, record)

    # ==================================================================================
    # Tags
    # ==================================================================================
    def _tag_module(self, req: Request) -> str:
        name = req.query.get("module")
        if not name:
            raise errors.required_param("module")
        module = self.app.catalog.resolve(name)
        if not module:
            raise errors.invalid_module(name)
        return module

    def _find_tag(self, tag_id: str) -> Tuple[str, dict]:
        for module in self.app.catalog.modules:
            doc = self.state.get_doc(tag_kind(module), tag_id)
            if doc is not None:
                return module, doc
        raise errors.invalid_data("the id given seems to be invalid", {"id": tag_id})

    def _retag(self, module: str, tag_id: str, replace: Optional[dict]) -> int:
        """Rename (replace=dict) or drop (replace=None) a tag on every record carrying it."""
        touched = 0
        for record in self.state.all_records(module):
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

    def _check_tag(self, module: str, item: dict, path: str, own_id: Optional[str]) -> None:
        name = item.get("name")
        if name is not None:
            if not isinstance(name, str) or not name.strip() or len(name) > 25 or any(c in name for c in "<>,"):
                raise invalid("name", path + ".name")
            for key, doc in self.state.list_docs(tag_kind(module)):
                if key != own_id and doc["name"].lower() == name.lower():
                    raise ItemError("DUPLICATE_DATA", "duplicate data",
                                    {"api_name": "name", "json_path": path + ".name", "id": key})
        if item.get("color_code") is not None and item["color_code"] not in TAG_COLORS:
            raise invalid("color_code", path + ".color_code")

    def tags(self, req: Request, tid: Optional[str] = None, action: Optional[str] = None) -> Response:
        if action == "merge":
            return self._merge_tags(req, tid)
        if action == "records_count":
            module = self._tag_module(req)
            doc = self.state.get_doc(tag_kind(module), tid)
            if doc is None:
                raise errors.invalid_data("the id given seems to be invalid", {"id": tid})
            count = sum(1 for r in self.state.all_records(module)
                        if any(str(t.get("id")) == tid for t in r.get("Tag") or []))
            return json_response(200, {"count": str(count)})
        if req.method == "DELETE":
            module, doc = self._find_tag(tid)
            with self.state.tx():
                self._retag(module, tid, None)
                self.state.del_doc(tag_kind(module), tid)
            return json_response(200, {"tags": [errors.success("tags deleted successfully", {"id": tid})]})
        module = self._tag_module(req)
        kind = tag_kind(module)
        if req.method == "GET":
            docs = [d for _, d in self.state.list_docs(kind)]
            if tid is not None:
                docs = [d for d in docs if d["id"] == tid]
                if not docs:
                    raise errors.invalid_data("the id given seems to be invalid", {"id": tid})
            return json_response(200, {"tags": docs, "info": {"count": len(docs), "allowed_count": 200}})
        items = self.items(req, "tags")
        if req.method == "POST":
            def create(index: int, item: dict, path: str) -> dict:
                if not item.get("name"):
                    raise mandatory("name", path + ".name")
                self._check_tag(module, item, path, None)
                if len(self.state.list_docs(kind)) >= 200:
                    raise ItemError("LIMIT_EXCEEDED", "limit exceeded", {"limit": 200, "api_name": "tags"})
                new_id = str(self.state.next_id())
                doc = self.stamp({"id": new_id, "name": item["name"],
                                  "color_code": item.get("color_code") or "#969696"}, True)
                self.state.put_doc(kind, new_id, doc)
                return errors.success("tags created successfully", dict(doc))
            results = self.run(items, "tags", create)
            return json_response(action_status(results, 201), {"tags": results})

        def update(index: int, item: dict, path: str) -> dict:
            target = tid or (str(parse_id(item.get("id"))) if parse_id(item.get("id")) else None)
            if target is None:
                raise mandatory("id", path + ".id")
            doc = self.state.get_doc(kind, target)
            if doc is None:
                raise ItemError("INVALID_DATA", "the id given seems to be invalid", {"id": target, "json_path": path + ".id"})
            self._check_tag(module, item, path, target)
            doc.update({k: item[k] for k in ("name", "color_code") if item.get(k) is not None})
            self.state.put_doc(kind, target, self.stamp(doc, False))
            self._retag(module, target, {"name": doc["name"], "id": target, "color_code": doc["color_code"]})
            return errors.success("tags updated successfully", dict(doc))
        results = self.run(items, "tags", update)
        return json_response(action_status(results), {"tags": results})

    def _merge_tags(self, req: Request, tid: str) -> Response:
        module, target = self._find_tag(tid)
        kind = tag_kind(module)

        def merge(index: int, item: dict, path: str) -> dict:
            other = str(parse_id(item.get("conflict_id")) or "")
            if not other:
                raise mandatory("conflict_id", path + ".conflict_id")
            if other == tid or self.state.get_doc(kind, other) is None:
                raise invalid("conflict_id", path + ".conflict_id", "the id given seems to be invalid")
            self._retag(module, other, {"name": target["name"], "id": tid, "color_code": target["color_code"]})
            self.state.del_doc(kind, other)
            self.state.put_doc(kind, tid, self.stamp(target, False))
            return errors.success("tags merged successfully", dict(target))
        results = self.run(self.items(req, "tags"), "tags", merge)
        return json_response(action_status(results), {"tags": results})

    # ==================================================================================
    # Currencies
    # ==================================================================================
    def _currencies_enabled(self) -> bool:
        return bool(self.state.get_doc("meta", "multi_currency"))

    def _currency_doc(self, item: dict, path: str, base: bool, existing: Optional[dict]) -> dict:
        doc = dict(existing or {})
        iso_code = item.get("iso_code", doc.get("iso_code"))
        if not iso_code:
            raise mandatory("iso_code", path + ".iso_code")
        if not isinstance(iso_code, str) or len(iso_code) != 3 or not iso_code.isalpha():
            raise invalid("iso_code", path + ".iso_code")
        if existing and iso_code.upper() != existing["iso_code"]:
            raise ItemError("NOT_ALLOWED", "iso_code cannot be changed", {"api_name": "iso_code", "json_path": path + ".iso_code"})
        iso_code = iso_code.upper()
        for key, other in self.state.list_docs(CURRENCY_KIND):
            if other["iso_code"] == iso_code and key != doc.get("id"):
                raise ItemError("DUPLICATE_DATA", "duplicate data", {"api_name": "iso_code", "json_path": path + ".iso_code"})
        if base:
            rate = "1.000000000"
        else:
            raw_rate = item.get("exchange_rate", doc.get("exchange_rate"))
            if raw_rate is None:
                raise mandatory("exchange_rate", path + ".exchange_rate")
            try:
                value = float(raw_rate)
                if value <= 0:
                    raise ValueError
            except (TypeError, ValueError):
                raise invalid("exchange_rate", path + ".exchange_rate")
            rate = f"{value:.9f}"
        fmt = item.get("format") if isinstance(item.get("format"), dict) else None
        fmt = dict(doc.get("format") or {"decimal_separator": "Period", "thousand_separator": "Comma",
                                        "decimal_places": "2"}, **(fmt or {}))
        if fmt["decimal_places"] is not None and str(fmt["decimal_places"]) not in ("0", "2", "3"):
            raise invalid("decimal_places", path + ".format.decimal_places")
        fmt["decimal_places"] = str(fmt["decimal_places"])
        name = item.get("name") or doc.get("name") or f"{CURRENCY_NAMES.get(iso_code, iso_code)} - {iso_code}"
        doc.update({"iso_code": iso_code, "name": name, "symbol": item.get("symbol", doc.get("symbol")) or iso_code,
                    "exchange_rate": rate, "prefix_symbol": bool(item.get("prefix_symbol", doc.get("prefix_symbol", True))),
                    "is_active": bool(item.get("is_active", doc.get("is_active", True))) or base,
                    "is_base": base or bool(doc.get("is_base")), "format": fmt})
        return doc

    def currencies(self, req: Request, cid: Optional[str] = None, action: Optional[str] = None) -> Response:
        if action == "enable":
            return self._base_currency(req)
        if not self._currencies_enabled():
            raise ZohoError(403, "CURRENCIES_NOT_ENABLED", "multi-currency is not enabled for the organization", {})
        if req.method == "GET":
            docs = [d for _, d in self.state.list_docs(CURRENCY_KIND)]
            if cid is not None:
                docs = [d for d in docs if d["id"] == cid]
                if not docs:
                    raise errors.invalid_data("the id given seems to be invalid", {"id": cid})
            return json_response(200, {"currencies": docs})
        items = self.items(req, "currencies")
        if req.method == "POST":
            def add(index: int, item: dict, path: str) -> dict:
                if item.get("is_base"):
                    raise invalid("is_base", path + ".is_base")
                doc = self._currency_doc(item, path, False, None)
                doc["id"] = str(self.state.next_id())
                self.state.put_doc(CURRENCY_KIND, doc["id"], self.stamp(doc, True))
                return errors.success("The currency created successfully.", {"id": doc["id"]})
            results = self.run(items, "currencies", add)
            return json_response(action_status(results, 201), {"currencies": results})

        def update(index: int, item: dict, path: str) -> dict:
            target = cid or (str(parse_id(item.get("id"))) if parse_id(item.get("id")) else None)
            if target is None:
                raise mandatory("id", path + ".id")
            existing = self.state.get_doc(CURRENCY_KIND, target)
            if existing is None:
                raise ItemError("INVALID_DATA", "the id given seems to be invalid", {"id": target, "json_path": path + ".id"})
            if existing["is_base"] and item.get("is_active") is False:
                raise ItemError("NOT_ALLOWED", "base currency cannot be deactivated", {"api_name": "is_active",
                                                                                      "json_path": path + ".is_active"})
            doc = self._currency_doc(item, path, existing["is_base"], existing)
            self.state.put_doc(CURRENCY_KIND, target, self.stamp(doc, False))
            return errors.success("The currency updated successfully", {"id": target})
        results = self.run(items, "currencies", update)
        return json_response(action_status(results), {"currencies": results})

    def _base_currency(self, req: Request) -> Response:
        item = self.items(req, "base_currency", single=True)
        path = "$.base_currency"
        try:
            with self.state.tx():
                if req.method == "POST":
                    if self._currencies_enabled():
                        raise ItemError("ALREADY_ENABLED", "multi-currency is already enabled", {})
                    doc = self._currency_doc(item, path, True, None)
                    doc["id"] = str(self.state.next_id())
                    self.state.put_doc(CURRENCY_KIND, doc["id"], self.stamp(doc, True))
                    self.state.put_doc("meta", "multi_currency", True)
                    return json_response(200, {"base_currency": errors.success(
                        "The multi-currency feature is enabled and given currency is created as the base currency.",
                        {"id": doc["id"]})})
                if not self._currencies_enabled():
                    raise ItemError("CURRENCIES_NOT_ENABLED", "multi-currency is not enabled for the organization", {})
                base_id = next(k for k, d in self.state.list_docs(CURRENCY_KIND) if d["is_base"])
                existing = self.state.get_doc(CURRENCY_KIND, base_id)
                doc = self._currency_doc(item, path, True, existing)
                self.state.put_doc(CURRENCY_KIND, base_id, self.stamp(doc, False))
                return json_response(200, {"base_currency": errors.success("The currency updated successfully",
                                                                           {"id": base_id})})
        except ItemError as exc:
            return json_response(400, {"base_currency": exc.to_json()})

    # ==================================================================================
    # Territories
    # ==================================================================================
    def _territory(self, tid: Any) -> Optional[dict]:
        key = parse_id(tid.get("id") if isinstance(tid, dict) else tid)
        return self.state.get_doc(TERRITORY_KIND, str(key)) if key is not None else None

    def _descendants(self, tid: str) -> List[dict]:
        docs = [d for _, d in self.state.list_docs(TERRITORY_KIND)]
        out, frontier = [], {tid}
        while frontier:
            children = [d for d in docs if (d.get("reporting_to") or {}).get("id") in frontier]
            out.extend(children)
            frontier = {d["id"] for d in children}
        return out

    def _territory_fields(self, doc: dict, item: dict, path: str) -> None:
        if "name" in item:
            name = item["name"]
            if not isinstance(name, str) or not name.strip():
                raise invalid("name", path + ".name")
            for key, other in self.state.list_docs(TERRITORY_KIND):
                if key != doc.get("id") and other["name"].lower() == name.lower():
                    raise ItemError("DUPLICATE_DATA", "duplicate data", {"api_name": "name", "json_path": path + ".name"})
            doc["name"] = name
        if "manager" in item:
            manager = item["manager"]
            user = user_by_id(manager) if manager else None
            if manager and user is None:
                raise invalid("manager", path + ".manager")
            doc["manager"] = {"name": user_name(user), "id": user["id"]} if user else None
        if "reporting_to" in item:
            parent = self._territory(item["reporting_to"]) if item["reporting_to"] else None
            if item["reporting_to"] and (parent is None or parent["id"] == doc.get("id") or
                                         (doc.get("id") and parent["id"] in {d["id"] for d in self._descendants(doc["id"])})):
                raise invalid("reporting_to", path + ".reporting_to")
            doc["reporting_to"] = {"name": parent["name"], "id": parent["id"]} if parent else None
        if "permission_type" in item:
            if item["permission_type"] not in ("read_only", "read_write_delete"):
                raise invalid("permission_type", path + ".permission_type")
            doc["permission_type"] = item["permission_type"]
        for key in ("description", "account_rule_criteria", "lead_rule_criteria", "deal_rule_criteria"):
            if key in item:
                doc[key] = item[key]

    def territories(self, req: Request, tid: Optional[str] = None, action: Optional[str] = None) -> Response:
        if action == "__child_territories":
            if self._territory(tid) is None:
                raise errors.invalid_data("the id given seems to be invalid", {"id": tid})
            children = self._filtered(req, self._descendants(tid))
            return json_response(200, {"territories": children, "info": paged(req, children)[1]}) if children else empty(204)
        if action == "associated_users_count":
            rows = [{"territory": {"name": d["name"], "id": d["id"], "subordinates": False},
                     "count": str(len(self._territory_users(d["id"])))}
                    for _, d in self.state.list_docs(TERRITORY_KIND)]
            if not rows:
                return empty(204)
            chunk, info = paged(req, rows)
            return json_response(200, {"associated_users_count": chunk, "info": info})
        if action == "transfer_and_delete":
            return self._transfer_territories(req, tid)
        if req.method == "GET":
            if tid is not None:
                doc = self._territory(tid)
                if doc is None:
                    raise errors.invalid_data("the id given seems to be invalid", {"id": tid})
                return json_response(200, {"territories": [doc]})
            docs = self._filtered(req, [d for _, d in self.state.list_docs(TERRITORY_KIND)])
            if not docs:
                return empty(204)
            chunk, info = paged(req, docs)
            return json_response(200, {"territories": chunk, "info": info})
        if req.method == "DELETE":
            ids = [tid] if tid else [i for i in (req.query.get("ids") or "").split(",") if i]
            if not ids:
                raise errors.required_param("ids")
            results = []
            for one in ids:
                with self.state.tx():
                    if self._territory(one) is None:
                        results.append(errors.body("INVALID_DATA", "the id given seems to be invalid", {"id": one}))
                        continue
                    self._remove_territory(one, None)
                    results.append(errors.success("Given Territory Removed Successfully", {"id": one}))
            return json_response(action_status(results), {"territories": results})
        items = self.items(req, "territories")
        if req.method == "POST":
            def create(index: int, item: dict, path: str) -> dict:
                if not item.get("name"):
                    raise mandatory("name", path + ".name")
                doc = {"id": str(self.state.next_id()), "manager": None, "reporting_to": None,
                       "permission_type": "read_write_delete", "description": None,
                       "account_rule_criteria": None, "lead_rule_criteria": None, "deal_rule_criteria": None}
                self._territory_fields(doc, item, path)
                doc["api_name"] = doc["name"].replace(" ", "_")
                self.state.put_doc(TERRITORY_KIND, doc["id"], self.stamp(doc, True))
                return errors.success("Territory Created Successfully", {"id": doc["id"]})
            results = self.run(items, "territories", create)
            return json_response(action_status(results, 201), {"territories": results})

        def update(index: int, item: dict, path: str) -> dict:
            doc = self._territory(tid or item.get("id"))
            if doc is None:
                if not (tid or item.get("id")):
                    raise mandatory("id", path + ".id")
                raise ItemError("INVALID_DATA", "the id given seems to be invalid",
                                {"id": str(tid or item.get("id")), "json_path": path + ".id"})
            self._territory_fields(doc, item, path)
            self.state.put_doc(TERRITORY_KIND, doc["id"], self.stamp(doc, False))
            self._rename_territory(doc)
            return errors.success("Territory Updated Successfully", {"id": doc["id"]})
        results = self.run(items, "territories", update)
        return json_response(action_status(results), {"territories": results})

    def _filtered(self, req: Request, docs: List[dict]) -> List[dict]:
        raw = req.query.get("filters")
        if not raw:
            return docs
        try:
            crit = json.loads(raw)
            field = crit["field"]["api_name"] if isinstance(crit.get("field"), dict) else crit["field"]
            comparator, value = crit.get("comparator", "equal"), crit.get("value")
        except (ValueError, KeyError, TypeError, AttributeError):
            raise errors.invalid_data("invalid data", {"param_name": "filters"})

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
            raise errors.invalid_data("invalid data", {"param_name": "filters", "api_name": "comparator"})
        return [d for d in docs if test(d)]

    def _rename_territory(self, doc: dict) -> None:
        for module in TRACKED_MODULES:
            for record in self.state.all_records(module):
                terrs = record.get("Territories") or []
                if any(t.get("id") == doc["id"] and t.get("Name") != doc["name"] for t in terrs):
                    for t in terrs:
                        if t.get("id") == doc["id"]:
                            t["Name"] = doc["name"]
                    self.app.records.save(module, record)
        for _, other in self.state.list_docs(TERRITORY_KIND):
            if (other.get("reporting_to") or {}).get("id") == doc["id"] and other["reporting_to"]["name"] != doc["name"]:
                other["reporting_to"]["name"] = doc["name"]
                self.state.put_doc(TERRITORY_KIND, other["id"], other)

    def _remove_territory(self, tid: str, transfer_to: Optional[dict]) -> None:
        """Delete a territory: children move up, records and users move to `transfer_to` (or lose it)."""
        doc = self._territory(tid)
        for _, child in self.state.list_docs(TERRITORY_KIND):
            if (child.get("reporting_to") or {}).get("id") == tid:
                child["reporting_to"] = doc.get("reporting_to")
                self.state.put_doc(TERRITORY_KIND, child["id"], child)
        for module in TRACKED_MODULES:
            for record in self.state.all_records(module):
                terrs = record.get("Territories") or []
                if not any(t.get("id") == tid for t in terrs):
                    continue
                kept = [t for t in terrs if t.get("id") != tid]
                if transfer_to is not None and all(t.get("id") != transfer_to["id"] for t in kept):
                    kept.append({"id": transfer_to["id"], "Name": transfer_to["name"], "$assigned_by": user_ref(),
                                 "$assigned_time": self.now()})
                record["Territories"] = kept
                self.app.records.save(module, record)
        for user_id, tids in self.state.list_docs(USER_TERRITORY_KIND):
            if tid in tids:
                tids = [t for t in tids if t != tid]
                if transfer_to is not None and transfer_to["id"] not in tids:
                    tids.append(transfer_to["id"])
                self.state.put_doc(USER_TERRITORY_KIND, user_id, tids)
        self.state.del_doc(TERRITORY_KIND, tid)

    def _transfer_territories(self, req: Request, tid: Optional[str]) -> Response:
        def work(index: int, item: dict, path: str) -> dict:
            source = self._territory(tid or item.get("id"))
            if source is None:
                if not (tid or item.get("id")):
                    raise mandatory("id", path + ".id")
                raise invalid("id", path + ".id", "the id given seems to be invalid")
            if item.get("transfer_to_id") is None:
                raise mandatory("transfer_to_id", path + ".transfer_to_id")
            target = self._territory(item["transfer_to_id"])
            if target is None or target["id"] == source["id"] or \
                    target["id"] in {d["id"] for d in self._descendants(source["id"])}:
                raise invalid("transfer_to_id", path + ".transfer_to_id")
            self._remove_territory(source["id"], target)
            return errors.success("Territory transferred and deleted successfully", {"id": source["id"]})
        results = self.run(self.items(req, "territories"), "territories", work)
        return json_response(action_status(results), {"territories": results})

    def _territory_users(self, tid: str) -> List[str]:
        return [uid for uid, tids in self.state.list_docs(USER_TERRITORY_KIND) if tid in tids]

    # ==================================================================================
    # Territories of a user
    # ==================================================================================
    def _user_territory_view(self, doc: dict) -> dict:
        manager, parent = doc.get("manager"), doc.get("reporting_to")
        return {"id": doc["id"], "Name": doc["name"],
                "Manager": {"Name": manager["name"], "id": manager["id"]} if manager else None,
                "Reporting_To": {"Name": parent["name"], "id": parent["id"]} if parent else None}

    def _open_records(self, user_id: str, tid: str) -> List[Tuple[str, dict]]:
        out = []
        for module in TRACKED_MODULES:
            for record in self.state.all_records(module):
                if (record.get("Owner") or {}).get("id") == user_id and \
                        any(t.get("id") == tid for t in record.get("Territories") or []):
                    out.append((module, record))
        return out

    def user_territories(self, req: Request, user: str, territory: Optional[str] = None,
                         action: Optional[str] = None) -> Response:
        owner = user_by_id(user)
        if owner is None:
            raise errors.invalid_data("the id given seems to be invalid", {"id": user, "api_name": "user"})
        assigned = self.state.get_doc(USER_TERRITORY_KIND, owner["id"]) or []
        if territory is not None and territory not in assigned:
            raise errors.invalid_data("the id given seems to be invalid", {"id": territory, "api_name": "territory"})
        scope = [territory] if territory is not None else assigned
        if action == "validate_before_transfer":
            rows = [{"records": bool(self._open_records(owner["id"], t)), "id": t,
                     "Name": (self._territory(t) or {}).get("name")} for t in scope]
            return json_response(200, {"validate_before_transfer": rows}) if rows else empty(204)
        if action == "transfer_and_delink":
            return self._transfer_and_delink(req, owner, territory, assigned)
        if req.method == "GET":
            docs = [self._user_territory_view(d) for d in (self._territory(t) for t in scope) if d]
            if not docs:
                return empty(204)
            if territory is not None:
                return json_response(200, {"territories": docs})
            chunk, info = paged(req, docs)
            return json_response(200, {"territories": chunk, "info": info})

        def associate(index: int, item: dict, path: str) -> dict:
            doc = self._territory(item.get("id"))
            if doc is None:
                if item.get("id") is None:
                    raise mandatory("id", path + ".id")
                raise invalid("id", path + ".id", "the id given seems to be invalid")
            current = self.state.get_doc(USER_TERRITORY_KIND, owner["id"]) or []
            if doc["id"] in current:
                raise ItemError("DUPLICATE_DATA", "the user is already associated with the territory",
                                {"api_name": "id", "json_path": path + ".id"})
            self.state.put_doc(USER_TERRITORY_KIND, owner["id"], current + [doc["id"]])
            return errors.success("User associated with the territory successfully", {"id": doc["id"]})
        results = self.run(self.items(req, "territories"), "territories", associate)
        return json_response(action_status(results), {"territories": results})

    def _transfer_and_delink(self, req: Request, owner: dict, territory: Optional[str], assigned: List[str]) -> Response:
        def work(index: int, item: dict, path: str) -> dict:
            tid = territory or (str(parse_id(item.get("id"))) if parse_id(item.get("id")) else None)
            if tid is None:
                raise mandatory("id", path + ".id")
            current = self.state.get_doc(USER_TERRITORY_KIND, owner["id"]) or []
            if tid not in current:
                raise invalid("id", path + ".id", "the id given seems to be invalid")
            target = user_by_id(item.get("transfer_to_user"))
            if item.get("transfer_to_user") is None:
                raise mandatory("transfer_to_user", path + ".transfer_to_user")
            if target is None or target["id"] == owner["id"] or target["status"] != "active":
                raise invalid("transfer_to_user", path + ".transfer_to_user.id")
            for module, record in self._open_records(owner["id"], tid):
                record["Owner"] = user_ref(target, with_email=True)
                self.app.records.save(module, record)
            self.state.put_doc(USER_TERRITORY_KIND, owner["id"], [t for t in current if t != tid])
            return errors.success("User delinked from the territory and records transferred successfully", {"id": tid})
        results = self.run(self.items(req, "transfer_and_delink"), "transfer_and_delink", work)
        return json_response(action_status(results), {"transfer_and_delink": results})

    # ==================================================================================
    # User groups
    # ==================================================================================
    def _source(self, entry: Any, path: str) -> dict:
        if not isinstance(entry, dict):
            raise invalid("sources", path)
        kind = entry.get("type")
        ref = entry.get("source") if isinstance(entry.get("source"), dict) else {}
        sid = str(ref.get("id") or "")
        name = None
        if kind == "users":
            user = user_by_id(sid)
            name = user_name(user) if user else None
        elif kind == "roles":
            name = next((u["role"]["name"] for u in USERS if u["role"]["id"] == sid), None)
        elif kind == "territories":
            name = (self._territory(sid) or {}).get("name")
        elif kind == "groups":
            name = (self.state.get_doc(GROUP_KIND, sid) or {}).get("name")
        else:
            raise invalid("type", path + ".type")
        if name is None:
            raise invalid("source", path + ".source.id", "the id given seems to be invalid")
        out = {"type": kind, "source": {"name": name, "id": sid}}
        if kind in ("roles", "territories"):
            out["subordinates"] = bool(entry.get("subordinates", False))
        if kind == "territories":
            out["sub_territories"] = bool(entry.get("sub_territories", False))
        return out

    def _group_fields(self, doc: dict, item: dict, path: str) -> None:
        if "name" in item:
            name = item["name"]
            if not isinstance(name, str) or not name.strip() or len(name) > 50:
                raise invalid("name", path + ".name")
            for key, other in self.state.list_docs(GROUP_KIND):
                if key != doc.get("id") and other["name"].lower() == name.lower():
                    raise ItemError("DUPLICATE_DATA", "duplicate data", {"api_name": "name", "json_path": path + ".name"})
            doc["name"] = name
        if "description" in item:
            doc["description"] = item["description"]
        if "sources" in item:
            if not isinstance(item["sources"], list):
                raise invalid("sources", path + ".sources")
            sources = list(doc.get("sources") or [])
            for position, entry in enumerate(item["sources"]):
                spath = f"{path}.sources[{position}]"
                if isinstance(entry, dict) and entry.get("_delete"):
                    sid = str((entry.get("source") or {}).get("id"))
                    sources = [s for s in sources if not (s["source"]["id"] == sid and s["type"] == entry.get("type"))]
                    continue
                source = self._source(entry, spath)
                if source["type"] == "groups" and source["source"]["id"] == doc.get("id"):
                    raise invalid("source", spath + ".source.id")
                sources = [s for s in sources if not (s["source"]["id"] == source["source"]["id"]
                                                      and s["type"] == source["type"])] + [source]
            doc["sources"] = sources
        if not doc.get("sources"):
            raise mandatory("sources", path + ".sources")

    def _group_users(self, doc: dict, seen: Optional[set] = None) -> List[dict]:
        seen = seen or {doc["id"]}
        found: Dict[str, dict] = {}
        for source in doc.get("sources") or []:
            sid = source["source"]["id"]
            if source["type"] == "users":
                members = [u for u in USERS if u["id"] == sid]
            elif source["type"] == "roles":
                members = [u for u in USERS if u["role"]["id"] == sid]
            elif source["type"] == "territories":
                tids = {sid} | ({d["id"] for d in self._descendants(sid)} if source.get("sub_territories") else set())
                members = [u for u in USERS if tids & set(self.state.get_doc(USER_TERRITORY_KIND, u["id"]) or [])]
            else:
                inner = self.state.get_doc(GROUP_KIND, sid)
                members = self._group_users(inner, seen | {sid}) if inner and sid not in seen else []
            for user in members:
                found[user["id"]] = user
        return list(found.values())

    def user_groups(self, req: Request, gid: Optional[str] = None, action: Optional[str] = None) -> Response:
        if action == "associated_users_count":
            rows = [{"user_group": {"name": d["name"], "id": d["id"]}, "count": len(self._group_users(d))}
                    for _, d in self.state.list_docs(GROUP_KIND)]
            if not rows:
                return empty(204)
            chunk, info = paged(req, rows)
            return json_response(200, {"associated_users_count": chunk, "info": info})
        doc = None
        if gid is not None:
            doc = self.state.get_doc(GROUP_KIND, gid)
            if doc is None:
                raise errors.invalid_data("the id given seems to be invalid", {"id": gid})
        if action == "sources":
            rows = [s for s in doc["sources"] if not req.query.get("type") or s["type"] == req.query["type"]]
            if req.query.get("user_type") and req.query.get("type") == "users":
                wanted = req.query["user_type"]
                rows = [s for s in rows if (user_by_id(s["source"]["id"]) or {}).get("status") ==
                        ("active" if wanted == "active" else "disabled")]
            if not rows:
                return empty(204)
            chunk, info = paged(req, rows)
            return json_response(200, {"sources": chunk, "info": info})
        if action == "sources_count":
            kinds = [s["type"] for s in doc["sources"]]
            users = [user_by_id(s["source"]["id"]) for s in doc["sources"] if s["type"] == "users"]
            return json_response(200, {"sources_count": [{
                "territories": kinds.count("territories"), "roles": kinds.count("roles"),
                "groups": kinds.count("groups"),
                "users": {"inactive": sum(1 for u in users if u and u["status"] != "active"), "deleted": 0,
                          "active": sum(1 for u in users if u and u["status"] == "active")}}]})
        if action == "associations":
            rows = []
            for other_key, other in self.state.list_docs(GROUP_KIND):
                if any(s["type"] == "groups" and s["source"]["id"] == gid for s in other["sources"]):
                    rows.append({"resource": {"name": other["name"], "id": other_key},
                                 "detail": None, "type": "user_group"})
            for module in TRACKED_MODULES:
                for record_id, shares in self.state.list_docs(f"share|{module}"):
                    if any(s["shared_with"].get("type") == "groups" and s["shared_with"]["id"] == gid for s in shares):
                        record = self.state.get_record(module, int(record_id)) or {}
                        rows.append({"resource": {"name": display_name(module, record) or module, "id": record_id},
                                     "detail": {"module": {"api_name": module,
                                                           "id": self.app.catalog.module_ids[module]}},
                                     "type": "record_sharing"})
            return json_response(200, {"associations": rows}) if rows else empty(204)
        if req.method == "GET":
            if doc is not None:
                return json_response(200, {"user_groups": [doc]})
            docs = [d for _, d in self.state.list_docs(GROUP_KIND)]
            if req.query.get("name"):
                docs = [d for d in docs if req.query["name"].lower() in d["name"].lower()]
            if not docs:
                return empty(204)
            chunk, info = paged(req, docs)
            return json_response(200, {"user_groups": chunk, "info": info})
        if req.method == "DELETE":
            with self.state.tx():
                for other_key, other in self.state.list_docs(GROUP_KIND):
                    kept = [s for s in other["sources"] if not (s["type"] == "groups" and s["source"]["id"] == gid)]
                    if len(kept) != len(other["sources"]):
                        other["sources"] = kept
                        self.state.put_doc(GROUP_KIND, other_key, other)
                self.state.del_doc(GROUP_KIND, gid)
            return json_response(200, {"user_groups": [errors.success("Group deleted", {"id": gid})]})
        items = self.items(req, "user_groups")
        if req.method == "POST":
            def create(index: int, item: dict, path: str) -> dict:
                if not item.get("name"):
                    raise mandatory("name", path + ".name")
                new = {"id": str(self.state.next_id()), "description": None, "sources": []}
                self._group_fields(new, item, path)
                self.state.put_doc(GROUP_KIND, new["id"], self.stamp(new, True))
                return errors.success("User Group Created successfully", {"id": new["id"]})
            results = self.run(items, "user_groups", create)
            return json_response(action_status(results, 201), {"user_groups": results})

        def update(index: int, item: dict, path: str) -> dict:
            target = gid or (str(parse_id(item.get("id"))) if parse_id(item.get("id")) else None)
            if target is None:
                raise mandatory("id", path + ".id")
            existing = self.state.get_doc(GROUP_KIND, target)
            if existing is None:
                raise ItemError("INVALID_DATA", "the id given seems to be invalid", {"id": target, "json_path": path + ".id"})
            self._group_fields(existing, item, path)
            self.state.put_doc(GROUP_KIND, target, self.stamp(existing, False))
            return errors.success("User Group Updated successfully", {"id": target})
        results = self.run(items, "user_groups", update)
        return json_response(action_status(results), {"user_groups": results})

    # ==================================================================================
    # Business hours
    # ==================================================================================
    @staticmethod
    def _timing(value: Any) -> bool:
        def hhmm(text: Any) -> bool:
            if not isinstance(text, str) or len(text) != 5 or text[2] != ":":
                return False
            return text[:2].isdigit() and text[3:].isdigit() and int(text[:2]) < 24 and int(text[3:]) < 60
        return isinstance(value, list) and len(value) == 2 and all(hhmm(v) for v in value) and value[0] < value[1]

    def business_hours(self, req: Request) -> Response:
        current = self.state.get_doc("business_hours", "org")
        if req.method == "GET":
            return json_response(200, {"business_hours": current}) if current else empty(204)
        item = self.items(req, "business_hours", single=True)
        try:
            doc = self._business_hours(dict(current or {}), item, req.method == "PUT")
        except ItemError as exc:
            return json_response(400, {"business_hours": exc.to_json()})
        doc.setdefault("id", str(self.state.next_id()))
        self.state.put_doc("business_hours", "org", doc)
        return json_response(200, {"business_hours": errors.success("Business Hours saved successfully",
                                                                    {"id": doc["id"]})})

    def _business_hours(self, doc: dict, item: dict, partial: bool) -> dict:
        path = "$.business_hours"
        merged = dict(doc if partial else {}, **{k: v for k, v in item.items() if k != "id"})
        kind = merged.get("type")
        if kind is None:
            raise mandatory("type", path + ".type")
        if kind not in ("24_by_7", "24_by_5", "custom"):
            raise invalid("type", path + ".type")
        if merged.get("week_starts_on") is None:
            raise mandatory("week_starts_on", path + ".week_starts_on")
        if merged["week_starts_on"] not in WEEKDAYS:
            raise invalid("week_starts_on", path + ".week_starts_on")
        if kind == "24_by_7":
            days = list(WEEKDAYS)
        else:
            days = merged.get("business_days")
            if not days:
                raise mandatory("business_days", path + ".business_days")
            if not isinstance(days, list) or any(d not in WEEKDAYS for d in days) or len(set(days)) != len(days):
                raise invalid("business_days", path + ".business_days")
            if kind == "24_by_5" and len(days) != 5:
                raise invalid("business_days", path + ".business_days")
        out = {"type": kind, "week_starts_on": merged["week_starts_on"], "business_days": days,
               "same_as_everyday": None, "daily_timing": None, "custom_timing": None}
        if kind == "custom":
            same = merged.get("same_as_everyday")
            if same is None:
                raise mandatory("same_as_everyday", path + ".same_as_everyday")
            out["same_as_everyday"] = bool(same)
            if same:
                if merged.get("daily_timing") is None:
                    raise mandatory("daily_timing", path + ".daily_timing")
                if not self._timing(merged["daily_timing"]):
                    raise invalid("daily_timing", path + ".daily_timing")
                out["daily_timing"] = merged["daily_timing"]
            else:
                custom = merged.get("custom_timing")
                if not custom:
                    raise mandatory("custom_timing", path + ".custom_timing")
                for position, entry in enumerate(custom if isinstance(custom, list) else [None]):
                    cpath = f"{path}.custom_timing[{position}]"
                    if not isinstance(entry, dict) or entry.get("days") not in days:
                        raise invalid("days", cpath + ".days")
                    if not self._timing(entry.get("business_timing")):
                        raise invalid("business_timing", cpath + ".business_timing")
                out["custom_timing"] = custom
        if doc.get("id"):
            out["id"] = doc["id"]
        return out

    # ==================================================================================
    # Pipelines (per Deals layout)
    # ==================================================================================
    def _layout(self, req: Request) -> str:
        layout_id = req.query.get("layout_id")
        if not layout_id:
            raise errors.required_param("layout_id")
        if layout_id != self.app.catalog.layout("Deals")["id"]:
            raise errors.invalid_data("the id given seems to be invalid", {"param_name": "layout_id"})
        return layout_id

    def _stages(self) -> List[dict]:
        field = self.app.catalog.field_map("Deals")["Stage"]
        base = int(self.app.catalog.module_ids["Deals"]) + 97000
        out = []
        values = [v for v in field.get("pick_list_values") or [] if v.get("actual_value") != "-None-"]
        for position, value in enumerate(values):
            name = value.get("display_value") or value.get("actual_value")
            closed = name.startswith("Closed")
            category = ("Closed", "Closed") if name == "Closed Won" else (("Omitted", "Closed") if closed
                                                                           else ("Pipeline", "Open"))
            out.append({"id": str(value.get("id") or base + position), "display_value": name, "actual_value": name,
                        "sequence_number": position + 1, "colour_code": None,
                        "forecast_category": {"name": category[0], "id": str(base + 900 + ["Pipeline", "Closed", "Omitted"].index(category[0]))},
                        "forecast_type": category[1] if name != "Closed Won" else "Closed Won"})
        return out

    def _pipelines(self, layout_id: str) -> str:
        kind = f"pipeline|{layout_id}"
        if self.state.get_doc("meta", kind) is None:
            self.state.put_doc("meta", kind, True)
            pid = str(int(self.app.catalog.module_ids["Deals"]) + 96000)
            self.state.put_doc(kind, pid, {"id": pid, "display_value": "Standard", "actual_value": "Standard",
                                           "default": True, "child_available": False, "parent": None,
                                           "maps": self._stages()})
        return kind

    def _pipeline_fields(self, kind: str, doc: dict, item: dict, path: str) -> None:
        if "display_value" in item:
            name = item["display_value"]
            if not isinstance(name, str) or not name.strip():
                raise invalid("display_value", path + ".display_value")
            for key, other in self.state.list_docs(kind):
                if key != doc.get("id") and other["display_value"].lower() == name.lower():
                    raise ItemError("DUPLICATE_DATA", "duplicate data", {"api_name": "display_value",
                                                                         "json_path": path + ".display_value"})
            doc["display_value"] = doc["actual_value"] = name
        if "maps" in item:
            stages = {s["id"]: s for s in self._stages()}
            by_name = {s["display_value"].lower(): s for s in stages.values()}
            maps = list(doc.get("maps") or [])
            for position, entry in enumerate(item["maps"] if isinstance(item["maps"], list) else [None]):
                mpath = f"{path}.maps[{position}]"
                if not isinstance(entry, dict):
                    raise invalid("maps", mpath)
                stage = stages.get(str(entry.get("id"))) or by_name.get(str(entry.get("display_value") or "").lower())
                if stage is None:
                    raise invalid("id", mpath + ".id", "the id given seems to be invalid")
                maps = [m for m in maps if m["id"] != stage["id"]]
                if entry.get("_delete"):
                    continue
                try:
                    position = int(entry.get("sequence_number") or len(maps) + 1)
                except (TypeError, ValueError):
                    raise invalid("sequence_number", mpath + ".sequence_number")
                maps.insert(max(0, position - 1), dict(stage))
            if not maps:
                raise mandatory("maps", path + ".maps")
            for number, entry in enumerate(maps, 1):
                entry["sequence_number"] = number
            doc["maps"] = maps
        if item.get("default") is True:
            for key, other in self.state.list_docs(kind):
                if key != doc.get("id") and other.get("default"):
                    other["default"] = False
                    self.state.put_doc(kind, key, other)
            doc["default"] = True

    def pipeline(self, req: Request, pid: Optional[str] = None, action: Optional[str] = None) -> Response:
        kind = self._pipelines(self._layout(req))
        if action == "transfer":
            return self._transfer_pipeline(req, kind)
        if pid is not None and self.state.get_doc(kind, pid) is None:
            raise errors.invalid_data("the id given seems to be invalid", {"id": pid})
        if req.method == "GET":
            docs = [d for k, d in self.state.list_docs(kind) if pid is None or k == pid]
            return json_response(200, {"pipeline": docs})
        items = self.items(req, "pipeline")
        if req.method == "POST":
            def create(index: int, item: dict, path: str) -> dict:
                if not item.get("display_value"):
                    raise mandatory("display_value", path + ".display_value")
                if not item.get("maps"):
                    raise mandatory("maps", path + ".maps")
                doc = {"id": str(self.state.next_id()), "default": False, "child_available": False,
                       "parent": None, "maps": []}
                self._pipeline_fields(kind, doc, item, path)
                self.state.put_doc(kind, doc["id"], doc)
                return errors.success("Pipeline created", {"id": doc["id"]})
            results = self.run(items, "pipeline", create)
            return json_response(action_status(results, 201), {"pipeline": results})

        def update(index: int, item: dict, path: str) -> dict:
            target = pid or (str(parse_id(item.get("id"))) if parse_id(item.get("id")) else None)
            if target is None:
                raise mandatory("id", path + ".id")
            doc = self.state.get_doc(kind, target)
            if doc is None:
                raise ItemError("INVALID_DATA", "the id given seems to be invalid", {"id": target, "json_path": path + ".id"})
            if "_delete" in item:
                if doc.get("default"):
                    raise ItemError("NOT_ALLOWED", "default pipeline cannot be deleted", {"id": target})
                if self._deals_in(doc):
                    raise ItemError("NOT_ALLOWED", "pipeline has deals; transfer them first", {"id": target})
                self.state.del_doc(kind, target)
                return errors.success("Pipeline deleted", {"id": target})
            self._pipeline_fields(kind, doc, item, path)
            self.state.put_doc(kind, target, doc)
            return errors.success("Pipeline updated", {"id": target})
        results = self.run(items, "pipeline", update)
        return json_response(action_status(results), {"pipeline": results})

    def _deals_in(self, doc: dict) -> List[dict]:
        names = {m["display_value"] for m in doc["maps"]}
        return [r for r in self.state.all_records("Deals")
                if r.get("Pipeline") == doc["display_value"] or (r.get("Pipeline") is None and doc.get("default")
                                                                 and r.get("Stage") in names)]

    def _transfer_pipeline(self, req: Request, kind: str) -> Response:
        def work(index: int, item: dict, path: str) -> dict:
            moves = item.get("pipeline") if isinstance(item.get("pipeline"), dict) else None
            if moves is None:
                raise mandatory("pipeline", path + ".pipeline")
            source = self.state.get_doc(kind, str(moves.get("from")))
            target = self.state.get_doc(kind, str(moves.get("to")))
            if source is None:
                raise invalid("from", path + ".pipeline.from", "the id given seems to be invalid")
            if target is None or target["id"] == source["id"]:
                raise invalid("to", path + ".pipeline.to", "the id given seems to be invalid")
            if source.get("default"):
                raise ItemError("NOT_ALLOWED", "default pipeline cannot be deleted", {"id": source["id"]})
            stage_map = {}
            for position, pair in enumerate(item.get("stages") or []):
                frm = next((m for m in source["maps"] if m["id"] == str((pair or {}).get("from"))), None)
                to = next((m for m in target["maps"] if m["id"] == str((pair or {}).get("to"))), None)
                if frm is None or to is None:
                    raise invalid("stages", f"{path}.stages[{position}]")
                stage_map[frm["display_value"]] = to["display_value"]
            deals = self._deals_in(source)
            unmapped = {d.get("Stage") for d in deals} - set(stage_map)
            if unmapped:
                raise ItemError("MANDATORY_NOT_FOUND", "required field not found",
                                {"api_name": "stages", "json_path": path + ".stages"})
            for deal in deals:
                deal["Stage"] = stage_map[deal["Stage"]]
                if "Pipeline" in deal:
                    deal["Pipeline"] = target["display_value"]
                self.app.records.save("Deals", deal)
            self.state.del_doc(kind, source["id"])
            return errors.success("transfer pipeline scheduled successfully",
                                  {"job_id": str(self.state.next_id())})
        results = self.run(self.items(req, "transfer_pipeline"), "transfer_pipeline", work)
        return json_response(action_status(results), {"transfer_pipeline": results})
