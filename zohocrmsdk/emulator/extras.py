"""Record side features: mass update, lead conversion, photos, attachments, notes and
related records, tags. All of them reuse the record engine for storage and validation.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from . import errors
from .errors import ItemError, ZohoError
from .metadata import user_ref
from .records import display_name, parse_id, write_status
from .seed_modules import PHOTO_MODULES
from .wire import Request, Response, empty, file_response, iso, json_response

MASS_UPDATE_IDS = 500
TAG_COLORS = {"#F17574", "#F48435", "#E7A826", "#A8C026", "#63C57E", "#1DB9B4", "#57B1FD", "#879BFC",
              "#D297EE", "#FD87BD", "#969696", "#658BA8", "#B88562"}


def _image_type(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data[:4] in (b"GIF8",):
        return "image/gif"
    if data.startswith(b"BM"):
        return "image/bmp"
    return "image/png"


def _criterion_field(criterion: dict) -> Any:
    """The field a criterion names: ``api_name``, or ``field`` as a name or ``{"api_name": ...}``."""
    field = criterion.get("field", criterion.get("api_name"))
    return field.get("api_name") if isinstance(field, dict) else field


class Extras:
    def __init__(self, app: Any) -> None:
        self.app = app

    @property
    def state(self):
        return self.app.state

    @property
    def engine(self):
        return self.app.records

    def _record(self, module: str, rid: str) -> dict:
        target = parse_id(rid)
        record = self.state.get_record(module, target) if target is not None else None
        if record is None:
            raise errors.invalid_data("the id given seems to be invalid", {"id": rid})
        return record

    # -- mass update ------------------------------------------------------------------------
    def mass_update(self, req: Request, module: str) -> Response:
        body = req.json()
        if not isinstance(body, dict):
            raise errors.invalid_data("invalid data", {"expected_data_type": "jsonobject"})
        data = body.get("data")
        if not isinstance(data, list) or len(data) != 1 or not isinstance(data[0], dict):
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "data"})
        changes = {k: v for k, v in data[0].items() if k != "id"}
        if len(changes) > (3 if module == "Deals" else 1):
            raise ZohoError(400, "LIMIT_EXCEEDED", "limit exceeded", {"api_name": "data"})
        fields = self.app.catalog.field_map(module)
        for name in changes:
            if name in fields and not fields[name]["mass_update"]:
                raise errors.invalid_data("invalid data", {"api_name": name, "json_path": f"$.data[0].{name}"})
        ids = body.get("ids")
        if ids is not None:
            if not isinstance(ids, list) or not ids:
                raise errors.invalid_data("invalid data", {"api_name": "ids"})
            if len(ids) > MASS_UPDATE_IDS:
                raise ZohoError(400, "LIMIT_EXCEEDED", "limit exceeded", {"limit": MASS_UPDATE_IDS, "api_name": "ids"})
            results = []
            for raw in ids:
                target = parse_id(raw)
                try:
                    with self.state.tx():
                        existing = self.state.get_record(module, target) if target is not None else None
                        if existing is None:
                            raise ItemError("INVALID_DATA", "the id given seems to be invalid", {"id": str(raw)})
                        record = self.engine._prepare(module, changes, 0, existing)
                        self.engine.save(module, record)
                    results.append(errors.success("record updated", {"id": str(target)}))
                except ItemError as exc:
                    results.append(exc.to_json())
            return json_response(write_status(results), {"data": results})
        if not body.get("cvid") and not body.get("criteria"):
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "cvid"})
        # scheduled variant: runs now, reports COMPLETED on the first status poll
        rows = self.state.all_records(module)
        criteria = body.get("criteria")
        if isinstance(criteria, list) and criteria:
            rows = [r for r in rows if all(str(r.get(_criterion_field(c))) == str(c.get("value"))
                                           for c in criteria if isinstance(c, dict))]
        updated = failed = 0
        for row in rows:
            try:
                with self.state.tx():
                    self.engine.save(module, self.engine._prepare(module, changes, 0, row))
                updated += 1
            except ItemError:
                failed += 1
        job_id = str(self.state.next_id())
        self.state.put_doc("mass_update", job_id, {"module": module, "Status": "COMPLETED",
                                                   "Total_Count": len(rows), "Updated_Count": updated,
                                                   "Not_Updated_Count": 0, "Failed_Count": failed})
        return json_response(202, {"data": [errors.success("mass update scheduled successfully",
                                                           {"job_id": job_id})]})

    def mass_update_status(self, req: Request, module: str) -> Response:
        job_id = req.query.get("job_id")
        if not job_id:
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"param_name": "job_id"})
        job = self.state.get_doc("mass_update", job_id)
        if job is None or job["module"] != module:
            raise ZohoError(404, "NOT_FOUND", "Empty response", {})
        return json_response(200, {"data": [{k: v for k, v in job.items() if k != "module"}]})

    # -- lead conversion ------------------------------------------------------------------
    def convert(self, req: Request, module: str, rid: str) -> Response:
        if module != "Leads":
            raise errors.invalid_url()
        body = req.json() if req.body else None
        options: Dict[str, Any] = {}
        if isinstance(body, dict) and isinstance(body.get("data"), list) and body["data"]:
            options = body["data"][0] if isinstance(body["data"][0], dict) else {}
        with self.state.tx():
            lead = self._record(module, rid)
            if lead.get("Converted__s"):
                raise ZohoError(400, "ID_ALREADY_CONVERTED", "id already converted", {"id": rid})
            account = self._convert_account(lead, options)
            contact = self._convert_contact(lead, options, account)
            deal = None
            if isinstance(options.get("Deals"), dict):
                deal_in = dict(options["Deals"])
                if account:
                    deal_in["Account_Name"] = {"id": account["id"]}
                deal_in["Contact_Name"] = {"id": contact["id"]}
                try:
                    deal = self.engine.insert("Deals", self.engine._prepare("Deals", deal_in, 0, None))
                except ItemError as exc:
                    raise ZohoError(400, exc.code, exc.message, exc.details)
            ref = (lambda m, r: {"name": display_name(m, r), "id": r["id"]} if r else None)
            lead.update({"Converted__s": True, "Converted_Date_Time": iso(self.app.now()),
                         "Converted_Contact": ref("Contacts", contact), "Converted_Account": ref("Accounts", account),
                         "Converted_Deal": ref("Deals", deal)})
            self.engine.save(module, lead)
        details = {"Contacts": ref("Contacts", contact), "Deals": ref("Deals", deal),
                   "Accounts": ref("Accounts", account)}
        return json_response(200, {"data": [errors.success("The record has been converted successfully", details)]})

    def _convert_account(self, lead: dict, options: dict) -> Optional[dict]:
        given = options.get("Accounts")
        if isinstance(given, dict) and parse_id(given.get("id")) is not None:
            return self._record("Accounts", str(given["id"]))
        company = lead.get("Company")
        if not company:
            return None
        found = self.state.find_by_field("Accounts", "Account_Name", company)
        if found:
            return self.state.get_record("Accounts", found[0])
        return self.engine.insert("Accounts", {"Account_Name": company, "Phone": lead.get("Phone"),
                                               "Website": lead.get("Website")})

    def _convert_contact(self, lead: dict, options: dict, account: Optional[dict]) -> dict:
        given = options.get("Contacts")
        if isinstance(given, dict) and parse_id(given.get("id")) is not None:
            return self._record("Contacts", str(given["id"]))
        if lead.get("Email"):
            found = self.state.find_by_field("Contacts", "Email", lead["Email"])
            if found:
                return self.state.get_record("Contacts", found[0])
        data = {k: lead.get(k) for k in ("Salutation", "First_Name", "Last_Name", "Email", "Phone", "Mobile",
                                         "Lead_Source", "Description") if lead.get(k) is not None}
        data["Full_Name"] = lead.get("Full_Name")
        if account:
            data["Account_Name"] = {"name": display_name("Accounts", account), "id": account["id"]}
        return self.engine.insert("Contacts", data)

    # -- photos ---------------------------------------------------------------------------
    def _photo_module(self, module: str) -> None:
        if module not in PHOTO_MODULES:
            raise ZohoError(400, "NOT_SUPPORTED", "photo is not supported for this module", {})

    def upload_photo(self, req: Request, module: str, rid: str) -> Response:
        self._photo_module(module)
        self._record(module, rid)
        files = [p for p in req.files() if p[0] == "file"]
        if not files:
            raise ZohoError(400, "REQUIRED_PARAM_MISSING", "One of the expected parameter is missing",
                            {"param_name": "file"})
        name, content = files[0][1] or "photo.png", files[0][2]
        if len(content) > 10 * 1024 * 1024:
            raise ZohoError(415, "FILE_SIZE_MORE_THAN_ALLOWED_SIZE", "file size is more than the allowed size", {})
        self.state.put_doc("photo", f"{module}/{rid}", {"name": name}, content)
        return json_response(200, errors.success("photo uploaded successfully", {}))

    def get_photo(self, req: Request, module: str, rid: str) -> Response:
        self._photo_module(module)
        self._record(module, rid)
        found = self.state.get_blob("photo", f"{module}/{rid}")
        if found is None:
            return empty(204)
        return file_response(found[1], _image_type(found[1]), found[0]["name"])

    def delete_photo(self, req: Request, module: str, rid: str) -> Response:
        self._photo_module(module)
        self._record(module, rid)
        if not self.state.del_doc("photo", f"{module}/{rid}"):
            raise errors.invalid_data("invalid data", {"id": rid})
        return json_response(200, errors.success("Photo deleted", {}))

    # -- attachments ------------------------------------------------------------------------
    def _attachment_doc(self, module: str, rid: str, name: str, size: int, link: Optional[str]) -> dict:
        now = iso(self.app.now())
        att_id = str(self.state.next_id())
        owner = user_ref(with_email=True)
        return {"id": att_id, "File_Name": name, "Size": str(size), "Owner": owner,
                "Created_Time": now, "Modified_Time": now, "Created_By": owner, "Modified_By": owner,
                "Parent_Id": {"name": display_name(module, self._record(module, rid)), "id": rid},
                "$editable": True, "$file_id": att_id, "$se_module": module,
                "$type": "Link URL" if link else "Attachment", "$link_url": link,
                "$attachment_type": 1 if not link else 3, "$state": "save", "$sharing_permission": "full_access"}

    def attachments_post(self, req: Request, module: str, rid: str, att: Optional[str] = None) -> Response:
        if att is not None:
            raise errors.invalid_method()
        self._record(module, rid)
        link = req.query.get("attachmentUrl")
        if link:
            doc = self._attachment_doc(module, rid, req.query.get("title") or link, 0, link)
            content = b""
        else:
            files = [p for p in req.files() if p[0] == "file"]
            if not files:
                raise ZohoError(400, "REQUIRED_PARAM_MISSING", "One of the expected parameter is missing",
                                {"param_name": "file"})
            content = files[0][2]
            if len(content) > 20 * 1024 * 1024:
                raise ZohoError(413, "FILE_TOO_LARGE", "File size too large to process", {})
            doc = self._attachment_doc(module, rid, files[0][1] or "file", len(content), None)
        self.state.put_doc("attachment", f"{module}/{rid}/{doc['id']}", doc, content)
        details = {k: doc[k] for k in ("id", "Created_Time", "Modified_Time")}
        details.update({"Created_By": {"name": doc["Created_By"]["name"], "id": doc["Created_By"]["id"]},
                        "Modified_By": {"name": doc["Modified_By"]["name"], "id": doc["Modified_By"]["id"]}})
        return json_response(200, {"data": [errors.success("attachment uploaded successfully", details)]})

    def attachments_get(self, req: Request, module: str, rid: str, att: Optional[str] = None) -> Response:
        self._record(module, rid)
        if att is not None:
            found = self.state.get_blob("attachment", f"{module}/{rid}/{att}")
            if found is None:
                raise errors.invalid_data("the id given seems to be invalid", {"id": att})
            return file_response(found[1], "application/octet-stream", found[0]["File_Name"])
        docs = [d for _, d in self.state.list_docs("attachment", f"{module}/{rid}/")]
        return self._page(req, docs, token_keys=True)

    def attachments_delete(self, req: Request, module: str, rid: str, att: Optional[str] = None) -> Response:
        self._record(module, rid)
        ids = [att] if att else [i for i in (req.query.get("ids") or "").split(",") if i]
        if not ids:
            raise errors.required_param("ids")
        results = []
        for one in ids:
            if self.state.del_doc("attachment", f"{module}/{rid}/{one}"):
                results.append(errors.success("record deleted", {"id": one}))
            else:
                results.append(errors.body("INVALID_DATA", "record not deleted", {"id": one}))
        return json_response(write_status(results), {"data": results})

    def _page(self, req: Request, rows: List[dict], token_keys: bool = False,
              names: Optional[List[str]] = None) -> Response:
        try:
            page = int(req.query.get("page") or 1)
            per_page = int(req.query.get("per_page") or 200)
        except ValueError:
            raise errors.invalid_data("invalid data", {"param_name": "page"})
        if page < 1 or not 1 <= per_page <= 200:
            raise errors.invalid_data("invalid data", {"param_name": "per_page"})
        chunk = rows[(page - 1) * per_page: page * per_page]
        if not chunk:
            return empty(204)
        info: Dict[str, Any] = {"per_page": per_page, "count": len(chunk), "page": page,
                                "more_records": page * per_page < len(rows)}
        if token_keys:
            info.update({"next_page_token": None, "previous_page_token": None, "page_token_expiry": None,
                         "sort_by": "id", "sort_order": "desc"})
        return json_response(200, {"data": [self.engine.project(r, names) for r in chunk], "info": info})

    # -- notes and related records ---------------------------------------------------------
    def related_get(self, req: Request, module: str, rid: str, related: str) -> Response:
        self._record(module, rid)
        target, field = self._relation(module, related)
        rows = [r for r in self.state.list_records(target)
                if str((r.get(field) or {}).get("id") if isinstance(r.get(field), dict) else "") == str(rid)]
        return self._page(req, rows, names=self.engine._projection(req, False))

    def related_post(self, req: Request, module: str, rid: str, related: str) -> Response:
        record = self._record(module, rid)
        if related.lower() != "notes":
            raise errors.invalid_method()
        items = self.engine.body_items(req)
        for item in items:
            if isinstance(item, dict):
                item["Parent_Id"] = {"module": {"api_name": module, "id": self.app.catalog.module_ids[module]},
                                     "id": record["id"]}
        return self.engine.create(_Replay(req, {"data": items}), "Notes")

    def _relation(self, module: str, related: str) -> tuple:
        """(target module, field on target pointing at the parent) for a related list name."""
        if related.lower() == "notes":
            return "Notes", "Parent_Id"
        names = [r["api_name"] for r in self.app.catalog.related_lists(module)]
        match = next((n for n in names if n.lower() == related.lower()), None)
        target = self.app.catalog.resolve(match) if match else None
        if not target or not self.app.catalog.modules[target]["api_supported"]:
            raise errors.invalid_url()
        for field in self.app.catalog.fields[target]:
            if field["data_type"] == "lookup" and field["lookup"].get("module", {}).get("api_name") == module:
                return target, field["api_name"]
        return target, "What_Id"

    # -- tags -------------------------------------------------------------------------------
    def tags(self, req: Request, module: str, action: str, rid: Optional[str] = None) -> Response:
        body = req.json() if req.body else {}
        body = body if isinstance(body, dict) else {}
        tags = body.get("tags")
        if not isinstance(tags, list) or not tags:
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "tags"})
        if rid is not None:
            ids = [rid]
        else:
            ids = body.get("ids") or [i for i in (req.query.get("ids") or "").split(",") if i]
            if not ids:
                raise errors.required_param("ids")
            if len(ids) > 500:
                raise ZohoError(400, "LIMIT_EXCEEDED", "limit exceeded", {"limit": 500, "api_name": "ids"})
        over_write = str(body.get("over_write", req.query.get("over_write", "false"))).lower() == "true"
        wanted = []
        for tag in tags:
            if not isinstance(tag, dict) or not (tag.get("name") or tag.get("id")):
                raise errors.invalid_data("invalid data", {"api_name": "tags"})
            if tag.get("color_code") and tag["color_code"] not in TAG_COLORS:
                raise errors.invalid_data("invalid data", {"api_name": "color_code"})
            if tag.get("name") and (len(tag["name"]) > 25 or any(c in tag["name"] for c in "<>,")):
                raise errors.invalid_data("invalid data", {"api_name": "name"})
            wanted.append(self._tag(module, tag) if action == "add_tags" else tag)
        results = []
        for raw in ids:
            with self.state.tx():
                target = parse_id(raw)
                record = self.state.get_record(module, target) if target is not None else None
                if record is None:
                    results.append(errors.body("INVALID_DATA", "the id given seems to be invalid", {"id": str(raw)}))
                    continue
                current = [] if (over_write and action == "add_tags") else list(record.get("Tag") or [])
                if action == "add_tags":
                    for tag in wanted:
                        if all(t["id"] != tag["id"] for t in current):
                            current.append(tag)
                else:
                    drop = {(t.get("id") and str(t["id"])) or t.get("name", "").lower() for t in wanted}
                    current = [t for t in current if t["id"] not in drop and t["name"].lower() not in drop]
                record["Tag"] = current
                self.engine.save(module, record)
                results.append(errors.success("tags updated successfully", {"id": record["id"], "tags": current}))
        ok = sum(r["status"] == "success" for r in results)
        return json_response(write_status(results), {"data": results, "success_count": str(ok), "locked_count": "0"})

    # -- territories ----------------------------------------------------------------------
    def territories(self, req: Request, module: str, action: str, rid: Optional[str] = None) -> Response:
        """assign_territories / remove_territories for one record (path id) or many (ids in body)."""
        items = self.engine.body_items(req)
        known = {key: doc for key, doc in self.state.list_docs("settings:settings/territories|")}
        assign = action == "assign_territories"

        def work(index: int, item: Any) -> dict:
            if not isinstance(item, dict):
                raise ItemError("INVALID_DATA", "invalid data", {"json_path": f"$.data[{index}]"})
            raw = rid if rid is not None else item.get("id")
            if raw is None:
                raise ItemError("MANDATORY_NOT_FOUND", "required field not found",
                                {"api_name": "id", "json_path": f"$.data[{index}].id"})
            target = parse_id(raw)
            record = self.state.get_record(module, target) if target is not None else None
            if record is None:
                raise ItemError("INVALID_DATA", "the id given seems to be invalid",
                                {"id": str(raw), "json_path": f"$.data[{index}].id"})
            given = item.get("Territories")
            if not isinstance(given, list) or not given:
                raise ItemError("MANDATORY_NOT_FOUND", "required field not found",
                                {"api_name": "Territories", "json_path": f"$.data[{index}].Territories"})
            wanted = []
            for position, territory in enumerate(given):
                tid = parse_id(territory.get("id")) if isinstance(territory, dict) else None
                if tid is None or str(tid) not in known:
                    raise ItemError("INVALID_DATA", "invalid data", {
                        "api_name": "id", "json_path": f"$.data[{index}].Territories[{position}].id"})
                wanted.append(str(tid))
            current = [t for t in (record.get("Territories") or []) if t.get("id") not in wanted]
            if assign:
                now = iso(self.app.now())
                current += [{"id": tid, "Name": known[tid].get("name"), "$assigned_by": user_ref(),
                             "$assigned_time": now} for tid in wanted]
            record["Territories"] = current
            self.engine.save(module, record)
            message = "the territories data updated successfully" if assign else "the territories are removed successfully"
            return errors.success(message, {"id": record["id"]})

        results = []
        for index, item in enumerate(items):
            try:
                with self.state.tx():
                    results.append(work(index, item))
            except ItemError as exc:
                results.append(exc.to_json())
        return json_response(write_status(results), {"data": results})

    def _tag(self, module: str, tag: dict) -> dict:
        """Find the module's tag by id or name, creating it (through the settings store) if new."""
        kind = f"settings:settings/tags|{module}"
        for key, doc in self.state.list_docs(kind):
            if (tag.get("id") and str(tag["id"]) == key) or (tag.get("name") and doc.get("name", "").lower() == tag["name"].lower()):
                return {"name": doc["name"], "id": key, "color_code": doc.get("color_code")}
        if tag.get("id") and not tag.get("name"):
            raise errors.invalid_data("invalid data", {"api_name": "id"})
        new_id = str(self.state.next_id())
        now = iso(self.app.now())
        doc = {"id": new_id, "name": tag["name"], "color_code": tag.get("color_code") or "#969696",
               "created_time": now, "modified_time": now, "created_by": user_ref(), "modified_by": user_ref()}
        self.state.put_doc(kind, new_id, doc)
        return {"name": doc["name"], "id": new_id, "color_code": doc["color_code"]}


class _Replay(Request):
    """A request clone with a different JSON body (for notes posted under a record)."""

    def __init__(self, req: Request, body: Any) -> None:
        super().__init__(req.method, req.path, "", {}, b"x", req.scheme, req.host)
        self._json, self._json_done = body, True
