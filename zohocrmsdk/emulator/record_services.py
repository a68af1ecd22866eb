"""Stateful handlers for record-level services: data backup (``/crm/bulk/v6/backup``), mass delete
by custom view or ids, mail merge, and record sharing.

Asynchronous work (backups, mass deletes by view) completes once ``job_delay`` seconds have passed
since it was requested, observed on the next status read, like the bulk jobs in ``bulk.py``.
"""
from __future__ import annotations

import csv
import io
import zipfile
from typing import Any, Dict, List, Optional

from . import errors
from .errors import ItemError, ZohoError
from .metadata import USERS, ZGID, user_ref
from .org_admin import GROUP_KIND, TERRITORY_KIND, OrgAdmin, action_status, invalid, mandatory, user_by_id, user_name
from .records import display_name, parse_id
from .wire import Request, Response, empty, file_response, iso, json_response

BACKUP_MODULES = ("Leads", "Contacts", "Accounts", "Deals")
MASS_DELETE_IDS = 500
SHARE_PERMISSIONS = ("full_access", "read_only", "read_write")
MERGE_FORMATS = {"pdf": "application/pdf", "html": "text/html",
                 "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def default_view_id(app: Any, module: str) -> str:
    """The id of a module's built-in "All <records>" custom view (deterministic per module)."""
    return str(int(app.catalog.module_ids[module]) + 87001)


def _repeat_type(rrule: Optional[str]) -> str:
    if not rrule:
        return "immediate"
    parts = dict(p.split("=", 1) for p in rrule.replace("RRULE:", "").split(";") if "=" in p)
    freq = parts.get("FREQ", "").lower()
    if freq == "weekly" and parts.get("INTERVAL") == "2":
        return "biweekly"
    return freq or "immediate"


def _csv_cell(value: Any) -> Any:
    """Lookups export as their id, lists (tags, multi-selects) as ';'-joined names."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return value.get("id", "")
    if isinstance(value, list):
        return ";".join(str(v.get("name", v.get("id", "")) if isinstance(v, dict) else v) for v in value)
    return value


class RecordServices:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.admin: OrgAdmin = app.org_admin

    @property
    def state(self):
        return self.app.state

    def _record(self, module: str, rid: str) -> dict:
        target = parse_id(rid)
        record = self.state.get_record(module, target) if target is not None else None
        if record is None:
            raise errors.invalid_data("the id given seems to be invalid", {"id": str(rid)})
        return record

    # ==================================================================================
    # Backup
    # ==================================================================================
    def _requester(self) -> dict:
        user = USERS[0]
        return {"name": user_name(user), "id": user["id"], "zuid": user["zuid"]}

    def _history(self, backup: dict, action: Optional[str], state: Optional[str], **extra: Any) -> None:
        hid = str(self.state.next_id())
        self.state.put_doc("backup_history", hid, dict({
            "id": hid, "done_by": self._requester(), "log_time": iso(self.app.now()), "state": state,
            "action": action, "repeat_type": _repeat_type(backup.get("rrule")), "file_name": None,
            "count": None}, **extra))

    def _advance_backups(self) -> None:
        for key, backup in self.state.list_docs("backup"):
            if backup["status"] != "SCHEDULED" or backup.get("ran") or \
                    self.app.now() < backup["requested_at"] + self.app.job_delay:
                continue
            with self.state.tx():
                archive, count = io.BytesIO(), 0
                with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
                    for module in BACKUP_MODULES:
                        rows = self.state.all_records(module)
                        count += len(rows)
                        columns = sorted({k for r in rows for k in r if not k.startswith("$")}) or ["id"]
                        text = io.StringIO()
                        writer = csv.writer(text)
                        writer.writerow(columns)
                        for row in rows:
                            writer.writerow([_csv_cell(row.get(c)) for c in columns])
                        out.writestr(f"{module}_001.csv", text.getvalue())
                file_name = "Data_001.zip"
                self.state.put_doc("backup_file", f"{key}/{file_name}", {"name": file_name}, archive.getvalue())
                backup["ran"] = True
                backup["files"] = [file_name]
                backup["completed_at"] = self.app.now()
                if not backup.get("rrule"):
                    backup["status"] = "COMPLETED"
                self.state.put_doc("backup", key, backup)
                self._history(backup, None, "completed", file_name=file_name, count=count)

    @staticmethod
    def _backup_view(backup: dict) -> dict:
        return {k: backup.get(k) for k in ("id", "rrule", "scheduled_date", "start_date", "status", "requester")}

    def backup(self, req: Request, bid: Optional[str] = None, action: Optional[str] = None) -> Response:
        self._advance_backups()
        backups = [d for _, d in self.state.list_docs("backup")]
        if action == "cancel":
            backup = self.state.get_doc("backup", str(parse_id(bid)))
            if backup is None:
                raise ZohoError(404, "RESOURCE_NOT_FOUND", "the requested resource is not found", {"id": bid})
            if backup["status"] == "CANCELLED":
                return json_response(400, {"backup": errors.body("ALREADY_CANCELLED", "backup already cancelled",
                                                                  {"id": bid})})
            if backup["status"] != "SCHEDULED":
                return json_response(400, {"backup": errors.body("INPROGRESS", "backup is already completed",
                                                                  {"id": bid})})
            backup["status"] = "CANCELLED"
            with self.state.tx():
                self.state.put_doc("backup", backup["id"], backup)
                self._history(backup, "stopped", None)
            return json_response(200, {"backup": errors.success("Backup stopped successfully.", {"id": backup["id"]})})
        if action == "urls":
            done = [b for b in backups if b.get("ran")]
            if not done:
                return empty(204)
            latest = max(done, key=lambda b: b["completed_at"])
            base = f"{req.base_url}/v2/crm/{ZGID}/backup/{latest['id']}"
            return json_response(200, {"urls": {"data_links": [f"{base}/{name}" for name in latest["files"]],
                                                "attachment_links": [],
                                                "expiry_date": iso(latest["completed_at"] + 7 * 86400)}})
        if action == "history":
            rows = [d for _, d in self.state.list_docs("backup_history")][::-1]
            if not rows:
                return empty(204)
            try:
                page = max(1, int(req.query.get("page") or 1))
                per_page = min(200, max(1, int(req.query.get("per_page") or 50)))
            except ValueError:
                raise errors.invalid_data("invalid data", {"param_name": "page"})
            chunk = rows[(page - 1) * per_page: page * per_page]
            return json_response(200, {"history": chunk, "info": {"per_page": per_page, "count": len(chunk),
                                                                  "page": page,
                                                                  "more_records": page * per_page < len(rows)}})
        if req.method == "GET":
            active = [b for b in backups if b["status"] == "SCHEDULED"] or backups
            return json_response(200, {"backup": self._backup_view(active[-1])}) if active else empty(204)
        body = req.json() if req.body else None
        item = body.get("backup") if isinstance(body, dict) else None
        if not isinstance(item, dict):
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "backup"})
        rrule = item.get("rrule")
        if rrule is not None and (not isinstance(rrule, str) or "FREQ=" not in rrule):
            return json_response(400, {"backup": errors.body("INVALID_DATA", "invalid data",
                                                              {"api_name": "rrule", "json_path": "$.backup.rrule"})})
        if any(b["status"] == "SCHEDULED" for b in backups):
            return json_response(400, {"backup": errors.body("BACKUP_ALREADY_SCHEDULED",
                                                              "backup already scheduled", {})})
        now = self.app.now()
        backup = {"id": str(self.state.next_id()), "rrule": rrule, "status": "SCHEDULED",
                  "scheduled_date": iso(now), "start_date": iso(now), "requester": self._requester(),
                  "requested_at": now}
        with self.state.tx():
            self.state.put_doc("backup", backup["id"], backup)
            self._history(backup, "scheduled", None)
        return json_response(201, {"backup": errors.success("Backup scheduled successfully.", {"id": backup["id"]})})

    def backup_file(self, req: Request, zgid: str, bid: str, name: str) -> Response:
        found = self.state.get_blob("backup_file", f"{bid}/{name}") if zgid == ZGID else None
        if found is None:
            raise ZohoError(404, "RESOURCE_NOT_FOUND", "the requested resource is not found", {})
        return file_response(found[1], "application/zip", name)

    # ==================================================================================
    # Mass delete
    # ==================================================================================
    def _view_records(self, module: str, cvid: str) -> Optional[List[dict]]:
        rows = self.state.all_records(module)
        if cvid == default_view_id(self.app, module):
            return rows
        view = self.state.get_doc(f"settings:settings/custom_views|{module}", cvid)
        if view is None:
            return None
        criteria = view.get("criteria")
        if isinstance(criteria, dict) and criteria.get("comparator") == "equal":
            field = criteria.get("field")
            field = field.get("api_name") if isinstance(field, dict) else field
            rows = [r for r in rows if str(r.get(field)) == str(criteria.get("value"))]
        return rows

    def _in_territory(self, rows: List[dict], territory: Any) -> List[dict]:
        if not isinstance(territory, dict):
            return rows
        tid = str(parse_id(territory.get("id")))
        if self.state.get_doc(TERRITORY_KIND, tid) is None:
            raise errors.invalid_data("invalid data", {"api_name": "territory", "json_path": "$.territory.id"})
        wanted = {tid}
        if territory.get("include_child"):
            wanted |= {d["id"] for d in self.admin._descendants(tid)}
        return [r for r in rows if wanted & {t.get("id") for t in r.get("Territories") or []}]

    def mass_delete(self, req: Request, module: str) -> Response:
        if not self.app.catalog.modules[module]["deletable"]:
            raise ZohoError(400, "NOT_SUPPORTED", "mass delete is not supported for this module", {})
        if req.method == "GET":
            job_id = req.query.get("job_id")
            if not job_id:
                raise errors.required_param("job_id")
            job = self.state.get_doc("mass_delete", job_id)
            if job is None or job["module"] != module:
                raise errors.invalid_data("the id given seems to be invalid", {"param_name": "job_id"})
            running = self.app.now() < job["requested_at"] + self.app.job_delay
            return json_response(200, {"data": [{
                "Status": "RUNNING" if running else "COMPLETED", "Total_Count": job["total"],
                "Deleted_Count": 0 if running else job["deleted"], "Failed_Count": 0 if running else job["failed"]}]})
        body = req.json() if req.body else None
        if not isinstance(body, dict):
            raise errors.invalid_data("invalid data", {"expected_data_type": "jsonobject"})
        if body.get("ids") is not None:
            ids = body["ids"]
            if not isinstance(ids, list) or not ids:
                raise errors.invalid_data("invalid data", {"api_name": "ids"})
            if len(ids) > MASS_DELETE_IDS:
                raise ZohoError(400, "LIMIT_EXCEEDED", "limit exceeded", {"limit": MASS_DELETE_IDS, "api_name": "ids"})
            allowed = None
            if isinstance(body.get("territory"), dict):
                allowed = {r["id"] for r in self._in_territory(self.state.all_records(module), body["territory"])}
            results = []
            for index, raw in enumerate(ids):
                target = parse_id(raw)
                with self.state.tx():
                    if target is None or self.state.get_record(module, target) is None or \
                            (allowed is not None and str(target) not in allowed):
                        results.append(errors.body("INVALID_DATA", "the id given seems to be invalid",
                                                   {"id": str(raw), "json_path": f"$.ids[{index}]"}))
                        continue
                    self.app.records.remove(module, target)
                    results.append(errors.success("record deleted", {"id": str(target)}))
            return json_response(action_status(results), {"data": results})
        if body.get("cvid") is None:
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": "cvid"})
        rows = self._view_records(module, str(body["cvid"]))
        if rows is None:
            raise errors.invalid_data("the id given seems to be invalid", {"api_name": "cvid"})
        rows = self._in_territory(rows, body.get("territory"))
        for job in (d for _, d in self.state.list_docs("mass_delete")):
            if job["module"] == module and job["cvid"] == str(body["cvid"]) and \
                    self.app.now() < job["requested_at"] + self.app.job_delay:
                raise ZohoError(400, "ALREADY_SCHEDULED", "mass delete already scheduled for this view",
                                {"job_id": job["id"]})
        deleted = 0
        with self.state.tx():
            for row in rows:
                if self.app.records.remove(module, int(row["id"])) is not None:
                    deleted += 1
        job_id = str(self.state.next_id())
        self.state.put_doc("mass_delete", job_id, {"id": job_id, "module": module, "cvid": str(body["cvid"]),
                                                    "requested_at": self.app.now(), "total": len(rows),
                                                    "deleted": deleted, "failed": len(rows) - deleted})
        return json_response(202, {"data": [errors.success("mass delete scheduled successfully", {"job_id": job_id})]})

    # ==================================================================================
    # Mail merge
    # ==================================================================================
    @staticmethod
    def _template(entry: dict, path: str) -> dict:
        template = entry.get("mail_merge_template")
        if not isinstance(template, dict) or not (template.get("name") or template.get("id")):
            raise mandatory("mail_merge_template", path + ".mail_merge_template")
        return template

    @staticmethod
    def _address(value: Any, path: str, kinds: tuple = ("email",)) -> dict:
        if not isinstance(value, dict) or value.get("type") not in kinds or not value.get("value"):
            raise invalid("value", path)
        if value["type"] == "email" and "@" not in str(value["value"]):
            raise invalid("value", path + ".value")
        return value

    def _merge_run(self, req: Request, key: str, work: Any) -> Response:
        results = self.admin.run(self.admin.items(req, key), key, work)
        return json_response(action_status(results), {key: results})

    def _report_link(self, req: Request, kind: str) -> str:
        return f"{req.base_url}/__emulator__/mail-merge/{kind}/{self.state.next_id()}"

    def mail_merge(self, req: Request, module: str, rid: str, action: str) -> Response:
        record = self._record(module, rid)
        if action == "send_mail_merge":
            def send(index: int, entry: dict, path: str) -> dict:
                template = self._template(entry, path)
                self._address(entry.get("from_address"), path + ".from_address")
                recipients = entry.get("to_address")
                if not isinstance(recipients, list) or not recipients:
                    raise mandatory("to_address", path + ".to_address")
                for position, address in enumerate(recipients + (entry.get("cc_email") or [])
                                                   + (entry.get("bcc_email") or [])):
                    self._address(address, f"{path}.to_address[{position}]")
                if entry.get("type", "attachment") not in ("attachment", "inline"):
                    raise invalid("type", path + ".type")
                link = self._report_link(req, "send")
                self.state.put_doc("mail_merge", link.rsplit("/", 1)[1], {
                    "module": module, "record": record["id"], "action": "send", "template": template,
                    "to": [a["value"] for a in recipients], "subject": entry.get("subject"),
                    "time": iso(self.app.now())})
                return errors.success("mail merge action initiated successfully", {"report_link": link})
            return self._merge_run(req, "send_mail_merge", send)
        if action == "sign_mail_merge":
            def sign(index: int, entry: dict, path: str) -> dict:
                template = self._template(entry, path)
                signers = entry.get("signers")
                if not isinstance(signers, list) or not signers:
                    raise mandatory("signers", path + ".signers")
                for position, signer in enumerate(signers):
                    spath = f"{path}.signers[{position}]"
                    if not isinstance(signer, dict) or signer.get("action_type") not in ("sign", "approve", "view"):
                        raise invalid("action_type", spath + ".action_type")
                    self._address(signer.get("recipient"), spath + ".recipient", ("email", "merge_field"))
                    if not signer.get("recipient_name"):
                        raise mandatory("recipient_name", spath + ".recipient_name")
                link = self._report_link(req, "sign")
                self.state.put_doc("mail_merge", link.rsplit("/", 1)[1], {
                    "module": module, "record": record["id"], "action": "sign", "template": template,
                    "signers": [s["recipient_name"] for s in signers], "time": iso(self.app.now())})
                return errors.success("sign mail merge action initiated successfully", {"report_link": link})
            return self._merge_run(req, "sign_mail_merge", sign)
        entries = self.admin.items(req, "download_mail_merge")
        entry = entries[0] if isinstance(entries[0], dict) else {}
        try:
            template = self._template(entry, "$.download_mail_merge[0]")
            fmt = entry.get("output_format") or "pdf"
            if fmt not in MERGE_FORMATS:
                raise invalid("output_format", "$.download_mail_merge[0].output_format")
        except ItemError as exc:
            raise ZohoError(400, exc.code, exc.message, exc.details)
        name = entry.get("file_name") or template.get("name") or "mail_merge"
        lines = [f"{template.get('name') or template.get('id')}",
                 f"{module} record {record['id']}: {display_name(module, record) or ''}"]
        lines += [f"{k}: {v}" for k, v in sorted(record.items()) if isinstance(v, (str, int, float)) and not k.startswith("$")]
        return file_response(self._document(fmt, lines), MERGE_FORMATS[fmt], f"{name}.{fmt}")

    @staticmethod
    def _document(fmt: str, lines: List[str]) -> bytes:
        if fmt == "html":
            body = "".join(f"<p>{line.replace('&', '&amp;').replace('<', '&lt;')}</p>" for line in lines)
            return f"<!DOCTYPE html><html><body>{body}</body></html>".encode()
        if fmt == "docx":
            archive = io.BytesIO()
            with zipfile.ZipFile(archive, "w") as out:
                out.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
                text = "".join(f"<w:p><w:r><w:t>{line.replace('&', '&amp;').replace('<', '&lt;')}</w:t></w:r></w:p>"
                               for line in lines)
                out.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.'
                             f'openxmlformats.org/wordprocessingml/2006/main"><w:body>{text}</w:body></w:document>')
            return archive.getvalue()
        text = " ".join(f"({line.replace(chr(92), '').replace('(', '').replace(')', '')}) Tj T*" for line in lines)
        stream = f"BT /F1 11 Tf 14 TL 50 780 Td {text} ET".encode("latin-1", "replace")
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                   b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R "
                   b"/Resources << /Font << /F1 5 0 R >> >> >>",
                   b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
                   b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
        out, offsets = bytearray(b"%PDF-1.4\n"), []
        for number, obj in enumerate(objects, 1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
        out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        return bytes(out)

    # ==================================================================================
    # Sharing
    # ==================================================================================
    def _share_target(self, value: Any, path: str, owner_id: Optional[str]) -> dict:
        if not isinstance(value, dict) or not value.get("id"):
            raise mandatory("shared_with", path + ".shared_with")
        kind = value.get("type") or "users"
        sid = str(value["id"])
        if kind == "users":
            user = user_by_id(sid)
            if user is None or user["status"] != "active" or user["id"] == owner_id:
                raise invalid("shared_with", path + ".shared_with.id")
            return {"name": user_name(user), "id": user["id"], "type": "users", "zuid": user["zuid"]}
        if kind == "groups":
            group = self.state.get_doc(GROUP_KIND, sid)
            if group is None:
                raise invalid("shared_with", path + ".shared_with.id")
            return {"name": group["name"], "id": sid, "type": "groups", "zuid": None}
        if kind == "roles":
            role = next((u["role"] for u in USERS if u["role"]["id"] == sid), None)
            if role is None:
                raise invalid("shared_with", path + ".shared_with.id")
            return {"name": role["name"], "id": sid, "type": "roles", "zuid": None}
        raise invalid("type", path + ".shared_with.type")

    def share(self, req: Request, module: str, rid: str) -> Response:
        if module in ("Calls", "Events", "Tasks") or not self.app.catalog.modules[module]["api_supported"]:
            raise ZohoError(400, "NOT_SUPPORTED", "sharing is not supported for this module", {})
        record = self._record(module, rid)
        kind = f"share|{module}"
        shares: List[dict] = self.state.get_doc(kind, record["id"]) or []
        owner_id = (record.get("Owner") or {}).get("id")
        if req.method == "GET":
            view = shares
            if req.query.get("sharedTo"):
                view = [s for s in shares if s["shared_with"]["id"] == req.query["sharedTo"]]
            shareable = [{"name": user_name(u), "id": u["id"], "zuid": u["zuid"]}
                         for u in USERS if u["status"] == "active" and u["id"] != owner_id]
            out: Dict[str, Any] = {"share": view}
            if req.query.get("view") != "summary":
                out["shareable_user"] = shareable
            return json_response(200, out)
        if req.method == "DELETE":
            self.state.del_doc(kind, record["id"])
            return json_response(200, {"share": errors.success("Sharing Revoked", {"id": record["id"]})})
        body = req.json() if req.body else None
        items = self.admin.items(req, "share")
        notify = bool(body.get("notify")) if isinstance(body, dict) else False
        creating = req.method == "POST"

        def work(index: int, item: dict, path: str) -> dict:
            target = self._share_target(item.get("shared_with"), path, owner_id)
            current = next((s for s in shares if s["shared_with"]["id"] == target["id"]), None)
            if creating and current is not None:
                raise ItemError("ALREADY_SHARED", "the record is already shared with the given entity",
                                {"api_name": "shared_with", "json_path": path + ".shared_with.id"})
            if not creating and current is None:
                raise invalid("shared_with", path + ".shared_with.id", "the record is not shared with the given entity")
            permission = item.get("permission", (current or {}).get("permission") or "read_only")
            if permission not in SHARE_PERMISSIONS:
                raise invalid("permission", path + ".permission")
            entry = current or {"shared_with": target, "shared_by": user_ref(), "type": "private",
                                "shared_through": {"module": {"name": module, "id": self.app.catalog.module_ids[module]},
                                                   "name": display_name(module, record), "id": record["id"],
                                                   "entity_name": None}}
            entry.update({"permission": permission, "shared_time": iso(self.app.now()),
                          "share_related_records": bool(item.get("share_related_records",
                                                                 entry.get("share_related_records", False)))})
            if current is None:
                shares.append(entry)
            return errors.success("record will be shared successfully" if creating else
                                  "sharing permission will be updated successfully", {})
        results = self.admin.run(items, "share", work)
        if any(r["status"] == "success" for r in results):
            self.state.put_doc(kind, record["id"], shares)
        return json_response(action_status(results), {"share": results, "notify": notify})


# ======================================================================================
# Routing table for the handlers of this module and org_admin.py (spliced into app.py's table)
# ======================================================================================
def _methods(handler: Any, with_id: tuple, without_id: tuple, id_key: str, names: tuple) -> Dict[str, Any]:
    """A {method: handler} map that refuses methods the resource does not take in that form."""
    def call(req: Request, **kw: Any) -> Response:
        allowed = with_id if kw.get(id_key) is not None else without_id
        if req.method not in allowed:
            raise errors.invalid_method()
        return handler(req, **kw)
    return {m: call for m in names}


def routes(app: Any, v6: str, module: str, record_id: str) -> List[tuple]:
    """(name, pattern, methods, auth) rows; ``app._mod`` resolves the module path part."""
    admin, services = app.org_admin, app.record_services
    every = ("GET", "POST", "PUT", "PATCH", "DELETE")

    def act(handler: Any, action: str, id_key: str, methods: tuple) -> Dict[str, Any]:
        return {m: (lambda q, _h=handler, **kw: _h(q, action=action, **kw)) for m in methods}

    return [
        ("tags_merge", v6 + r"/settings/tags/(?P<tid>\d+)/actions/merge", act(admin.tags, "merge", "tid", ("POST",)), True),
        ("tags_records_count", v6 + r"/settings/tags/(?P<tid>\d+)/actions/records_count",
         act(admin.tags, "records_count", "tid", ("GET",)), True),
        ("tags_settings", v6 + r"/settings/tags(?:/(?P<tid>\d+))?",
         _methods(admin.tags, ("PUT", "DELETE"), ("GET", "POST", "PUT"), "tid", every), True),
        ("currencies_base", v6 + r"/org/currencies/actions/enable",
         act(admin.currencies, "enable", "cid", ("POST", "PUT")), True),
        ("currencies", v6 + r"/org/currencies(?:/(?P<cid>\d+))?",
         _methods(admin.currencies, ("GET", "PUT"), ("GET", "POST", "PUT"), "cid", every), True),
        ("territories_children", v6 + r"/settings/territories/(?P<tid>\d+)/__child_territories",
         act(admin.territories, "__child_territories", "tid", ("GET",)), True),
        ("territories_users_count", v6 + r"/settings/territories/actions/associated_users_count",
         act(admin.territories, "associated_users_count", "tid", ("GET",)), True),
        ("territories_transfer", v6 + r"/settings/territories(?:/(?P<tid>\d+))?/actions/transfer_and_delete",
         act(admin.territories, "transfer_and_delete", "tid", ("POST",)), True),
        ("territories_settings", v6 + r"/settings/territories(?:/(?P<tid>\d+))?",
         _methods(admin.territories, ("GET", "PUT", "DELETE"), ("GET", "POST", "PUT", "DELETE"), "tid", every), True),
        ("user_groups_users_count", v6 + r"/settings/user_groups/actions/associated_users_count",
         act(admin.user_groups, "associated_users_count", "gid", ("GET",)), True),
        ("user_groups_sources", v6 + r"/settings/user_groups/(?P<gid>\d+)/sources",
         act(admin.user_groups, "sources", "gid", ("GET",)), True),
        ("user_groups_actions", v6 + r"/settings/user_groups/(?P<gid>\d+)/actions/(?P<action>sources_count|associations)",
         {"GET": admin.user_groups}, True),
        ("user_groups", v6 + r"/settings/user_groups(?:/(?P<gid>\d+))?",
         _methods(admin.user_groups, ("GET", "PUT", "DELETE"), ("GET", "POST", "PUT"), "gid", every), True),
        ("business_hours", v6 + r"/settings/business_hours",
         {m: admin.business_hours for m in ("GET", "POST", "PUT")}, True),
        ("pipeline_transfer", v6 + r"/settings/pipeline/actions/transfer",
         act(admin.pipeline, "transfer", "pid", ("POST",)), True),
        ("pipeline", v6 + r"/settings/pipeline(?:/(?P<pid>\d+))?",
         _methods(admin.pipeline, ("GET", "PATCH"), ("GET", "POST", "PUT"), "pid", every), True),
        ("user_territories", v6 + r"/users/(?P<user>\d+)/territories(?:/(?P<territory>\d+))?"
                                  r"(?:/actions/(?P<action>validate_before_transfer|transfer_and_delink))?",
         {m: (lambda q, _h=admin.user_territories, **kw: _guard_user_territories(_h, q, **kw))
          for m in ("GET", "PUT")}, True),
        ("backup", r"/crm/bulk/v6/backup(?:/(?P<action>urls|history))?",
         _methods(services.backup, ("GET",), ("GET", "POST"), "action", every), True),
        ("backup_cancel", r"/crm/bulk/v6/backup/(?P<bid>\d+)/actions/cancel",
         act(services.backup, "cancel", "bid", ("PUT",)), True),
        ("backup_file", r"/v2/crm/(?P<zgid>\d+)/backup/(?P<bid>\d+)/(?P<name>[^/]+)",
         {"GET": services.backup_file}, True),
        ("mass_delete", f"{v6}/{module}/actions/mass_delete",
         {m: app._mod(services.mass_delete) for m in ("GET", "POST")}, True),
        ("mail_merge", f"{v6}/{module}/{record_id}/actions/(?P<action>send_mail_merge|download_mail_merge|sign_mail_merge)",
         {"POST": app._mod(services.mail_merge)}, True),
        ("share_records", f"{v6}/{module}/{record_id}/actions/share",
         {m: app._mod(services.share) for m in ("GET", "POST", "PUT", "DELETE")}, True),
    ]


def _guard_user_territories(handler: Any, req: Request, user: str, territory: Optional[str] = None,
                            action: Optional[str] = None) -> Response:
    expected = {None: ("GET",) if territory else ("GET", "PUT"), "validate_before_transfer": ("GET",),
                "transfer_and_delink": ("PUT",)}[action]
    if req.method not in expected:
        raise errors.invalid_method()
    return handler(req, user, territory, action)
