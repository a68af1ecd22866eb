"""Bulk read (export) and bulk write (import) as asynchronous jobs (§5.5, §5.6).

Jobs are stored as documents and run lazily: a job completes on the first poll once
`app.job_delay` seconds have passed, or on the second poll whatever the delay, so tests
never wait long. Results are ZIP files holding one CSV, served with Content-Disposition.
"""
from __future__ import annotations

import csv
import io
import zipfile
from typing import Any, Dict, List, Optional, Tuple

from ...core import errors
from ...core.backend import Backend, parse_id
from ...core.errors import ItemError
from ...core.state import Kind
from ...core.wire import iso
from ..metadata.backend import ZGID
from ..metadata.backend import ORG_ID, ZGID
from ..users.backend import user_ref

MAX_READ = 200000
MAX_WRITE_ROWS = 25000
MAX_UPLOAD = 25 * 1024 * 1024
DOWNLOADS_PER_MINUTE = 10  # bulk-read/download-result page: more in one minute answer 429 (per org here)


def _zip(name: str, text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, text)
    return buf.getvalue()


def _csv(rows: List[List[Any]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("id", "")
    if isinstance(value, list):
        return ";".join(str(_cell(v)) for v in value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _creator() -> Dict[str, str]:
    ref = user_ref()
    return {"id": ref["id"], "name": ref["name"]}


class BulkBackend(Backend):
    def _advance(self, kind: str, job_id: str, run: Any) -> dict:
        """Move a job forward per the lazy schedule; returns the (possibly updated) job."""
        with self.state.tx():
            job = self.state.get_doc(kind, job_id)
            if job is None:
                raise errors.job_not_found()
            if job["state"] in ("ADDED", "IN PROGRESS"):
                job["polls"] = job.get("polls", 0) + 1
                if self.now() - job["created_at"] >= self.app.job_delay or job["polls"] >= 2:
                    run(job)
                else:
                    job["state"] = "IN PROGRESS"
                self.state.put_doc(kind, job_id, job)
        return job

    # -- bulk read --------------------------------------------------------------------------
    def create_read(self, body: Any) -> Dict[str, Any]:
        """Queue an export; the details of the ADDED entry."""
        query = body.get("query") if isinstance(body, dict) else None
        if not isinstance(query, dict):
            raise errors.mandatory_missing({"api_name": "query"})
        module_ref = query.get("module")
        name = module_ref.get("api_name") if isinstance(module_ref, dict) else module_ref
        if not name:
            raise errors.mandatory_missing({"api_name": "module"})
        module = self.catalog.resolve(str(name))
        if not module or not self.catalog.modules[module]["api_supported"]:
            raise errors.invalid_data(details={"api_name": "module"})
        fields = query.get("fields") or []
        known = self.catalog.field_map(module)
        for field in fields:
            if not isinstance(field, str) or (field.split(".")[0] not in known and field != "id"):
                raise errors.invalid_data(details={"api_name": "fields", "field": field})
        file_type = body.get("file_type") or "csv"
        if file_type not in ("csv", "ics") or (file_type == "ics" and module != "Events"):
            raise errors.invalid_data(details={"api_name": "file_type"})
        job_id = str(self.state.next_id())
        now = self.now()
        doc = {"id": job_id, "operation": "read", "state": "ADDED", "module": module,
               "query": dict(query, module={"api_name": module, "id": self.catalog.module_ids[module]}),
               "created_by": _creator(), "created_time": iso(now), "created_at": now,
               "file_type": file_type, "callback": body.get("callback")}
        self.state.put_doc(Kind.BULK_READ, job_id, doc)
        return {"id": job_id, "operation": "read", "state": "ADDED", "created_by": doc["created_by"],
                "created_time": doc["created_time"]}

    def _run_read(self, job: dict) -> None:
        module = job["module"]
        query = job["query"]
        fields = query.get("fields") or [f["api_name"] for f in self.catalog.fields[module]]
        fields = ["id"] + [f for f in fields if f != "id"]
        match = self._criteria(query.get("criteria"))
        page = int(query.get("page") or 1)
        rows = [r for r in self.state.list_records(module, desc=False) if match(r)]
        chunk = rows[(page - 1) * MAX_READ: page * MAX_READ]
        table = [fields] + [[_cell(r.get(f.split(".")[0])) for f in fields] for r in chunk]
        job["csv"] = _csv(table)
        job["state"] = "COMPLETED"
        job["result"] = {"page": page, "per_page": MAX_READ, "count": len(chunk),
                         "download_url": f"/crm/bulk/v6/read/{job['id']}/result",
                         "more_records": page * MAX_READ < len(rows)}

    def _criteria(self, node: Any) -> Any:
        if not isinstance(node, dict) or not node:
            return lambda r: True
        if "group" in node:
            parts = [self._criteria(n) for n in node.get("group") or []]
            if str(node.get("group_operator", "and")).lower() == "or":
                return lambda r: any(p(r) for p in parts)
            return lambda r: all(p(r) for p in parts)
        field = node.get("field") or {}
        name = field.get("api_name") if isinstance(field, dict) else field
        comparator = str(node.get("comparator", "equal")).lower()
        value = node.get("value")

        def get(r: dict) -> Any:
            v = r.get(name)
            return v.get("id") if isinstance(v, dict) else v

        def norm(v: Any) -> Any:
            if v in (None, "${EMPTY}"):
                return None
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                return float(v)
            try:
                return float(v) if isinstance(v, str) and v.replace(".", "", 1).lstrip("-").isdigit() else str(v).lower()
            except ValueError:
                return str(v).lower()

        def test(r: dict) -> bool:
            a = norm(get(r))
            pool = [norm(v) for v in (value if isinstance(value, list) else [value])]
            b = pool[0]
            try:
                return {"equal": lambda: a == b, "not_equal": lambda: a != b,
                        "in": lambda: a in pool, "not_in": lambda: a not in pool,
                        "less_than": lambda: a is not None and a < b, "less_equal": lambda: a is not None and a <= b,
                        "greater_than": lambda: a is not None and a > b,
                        "greater_equal": lambda: a is not None and a >= b,
                        "contains": lambda: b is not None and str(b) in str(a or ""),
                        "not_contains": lambda: b is None or str(b) not in str(a or ""),
                        "starts_with": lambda: str(a or "").startswith(str(b)),
                        "ends_with": lambda: str(a or "").endswith(str(b)),
                        "between": lambda: a is not None and pool[0] <= a <= pool[1],
                        "not_between": lambda: a is None or not pool[0] <= a <= pool[1]}[comparator]()
            except (KeyError, TypeError, IndexError):
                return False
        return test

    def read_job(self, job: str) -> Dict[str, Any]:
        doc = self._advance(Kind.BULK_READ, job, self._run_read)
        out = {k: doc[k] for k in ("id", "operation", "state", "query", "created_by", "created_time", "file_type")}
        if doc["state"] == "COMPLETED":
            out["result"] = doc["result"]
        return out

    def read_result(self, job: str) -> bytes:
        doc = self._advance(Kind.BULK_READ, job, self._run_read)
        if doc["state"] != "COMPLETED":
            raise errors.job_in_progress(job)
        if self.app.limits.throttled("downloads", "bulk-download", DOWNLOADS_PER_MINUTE, 60.0):
            raise errors.downloads_exceeded(DOWNLOADS_PER_MINUTE)
        return _zip(f"{job}.csv", doc["csv"])

    # -- upload -------------------------------------------------------------------------------
    @staticmethod
    def upload_allowed(org: Optional[str], feature: Optional[str]) -> bool:
        return org in (ZGID, ORG_ID) and (feature or "bulk-write") == "bulk-write"

    def upload(self, content: bytes) -> Tuple[str, str]:
        """Keep an uploaded zip holding one CSV; (file id, created time)."""
        if len(content) > MAX_UPLOAD:
            raise errors.file_too_large()
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                members = [n for n in archive.namelist() if not n.endswith("/")]
                if len(members) != 1 or not members[0].lower().endswith(".csv"):
                    raise zipfile.BadZipFile()
                text = archive.read(members[0]).decode("utf-8-sig")
        except (zipfile.BadZipFile, UnicodeDecodeError):
            raise errors.invalid_file_format()
        file_id = self.new_id()
        now = self.now_iso()
        self.state.put_doc(Kind.UPLOAD, file_id, {"name": members[0], "csv": text, "created_time": now})
        return file_id, now

    # -- bulk write ---------------------------------------------------------------------------
    def create_write(self, body: Any) -> Dict[str, Any]:
        """Queue an import; the details of the success answer."""
        if not isinstance(body, dict):
            raise errors.invalid_data(details={"expected_data_type": "jsonobject"})
        operation = body.get("operation")
        if operation not in ("insert", "update", "upsert"):
            raise errors.invalid_data(details={"api_name": "operation"})
        resources = body.get("resource")
        if not isinstance(resources, list) or not resources:
            raise errors.mandatory_missing({"api_name": "resource"})
        prepared = []
        for index, res in enumerate(resources):
            if not isinstance(res, dict):
                raise errors.invalid_data(details={"api_name": "resource"})
            module_ref = res.get("module")
            name = module_ref.get("api_name") if isinstance(module_ref, dict) else module_ref
            module = self.catalog.resolve(str(name or ""))
            if not module or not self.catalog.modules[module]["api_supported"]:
                raise errors.module_not_available()
            upload = self.state.get_doc(Kind.UPLOAD, str(res.get("file_id")))
            if upload is None:
                raise errors.invalid_file_id()
            if operation != "insert" and not res.get("find_by"):
                raise errors.mandatory_missing({"api_name": "find_by"})
            mappings = res.get("field_mappings")
            header = next(csv.reader(io.StringIO(upload["csv"])), [])
            if not mappings:
                mappings = [{"api_name": h, "index": i} for i, h in enumerate(header)]
            for mapping in mappings:
                if not isinstance(mapping, dict) or mapping.get("api_name") not in self.catalog.field_map(module) \
                        and mapping.get("api_name") != "id":
                    raise errors.invalid_field((mapping or {}).get("api_name"))
                if "index" in mapping and not 0 <= int(mapping["index"]) < len(header):
                    raise errors.column_index_not_found(mapping["index"])
            if operation == "insert":
                mapped = {m["api_name"] for m in mappings}
                missing = [f for f in self.catalog.mandatory(module) if f not in mapped]
                if missing:
                    raise errors.mandatory_fields_not_mapped(missing)
            prepared.append({"type": "data", "module": {"api_name": module, "id": self.catalog.module_ids[module]},
                             "file_id": str(res["file_id"]), "find_by": res.get("find_by"),
                             "field_mappings": mappings, "file_name": upload["name"]})
        job_id = str(self.state.next_id())
        now = self.now()
        self.state.put_doc(Kind.BULK_WRITE, job_id, {
            "id": job_id, "operation": operation, "state": "ADDED", "created_at": now,
            "created_time": iso(now), "created_by": _creator(), "ignore_empty": bool(body.get("ignore_empty")),
            "character_encoding": body.get("character_encoding") or "UTF-8", "resource": prepared,
            "callback": body.get("callback")})
        return {"id": job_id, "created_by": _creator()}

    def _run_write(self, job: dict) -> None:
        engine = self.app.records
        for res in job["resource"]:
            module = res["module"]["api_name"]
            text = self.state.get_doc(Kind.UPLOAD, res["file_id"])["csv"]
            rows = list(csv.reader(io.StringIO(text)))
            header, body = (rows[0], rows[1:MAX_WRITE_ROWS + 1]) if rows else ([], [])
            fields = self.catalog.field_map(module)
            out = [[m["api_name"] for m in res["field_mappings"]] + ["STATUS", "RECORD_ID", "ERRORS"]]
            counts = {"added_count": 0, "updated_count": 0, "skipped_count": 0}
            for row in body:
                item: Dict[str, Any] = {}
                for m in res["field_mappings"]:
                    raw = row[int(m["index"])] if "index" in m and int(m["index"]) < len(row) else None
                    if raw in (None, "") and isinstance(m.get("default_value"), dict):
                        raw = m["default_value"].get("value")
                    if raw in (None, "") and job["ignore_empty"]:
                        continue
                    item[m["api_name"]] = _from_csv(fields.get(m["api_name"]), raw)
                status, rid, error = self._write_row(engine, module, job["operation"], res.get("find_by"), item)
                counts[{"ADDED": "added_count", "UPDATED": "updated_count"}.get(status, "skipped_count")] += 1
                out.append([row[int(m["index"])] if "index" in m and int(m["index"]) < len(row) else ""
                            for m in res["field_mappings"]] + [status, rid, error])
            res["file"] = dict(counts, status="COMPLETED", name=res["file_name"], total_count=len(body))
            res["status"] = "COMPLETED"
            res["code"] = "SUCCESS"
            res["result_csv"] = _csv(out)
        job["state"] = "COMPLETED"

    def _write_row(self, engine: Any, module: str, operation: str, find_by: Optional[str], item: dict) -> tuple:
        try:
            with self.state.tx():
                existing_id = None
                if operation != "insert":
                    key = item.get(find_by)
                    if find_by == "id":
                        existing_id = parse_id(key) if parse_id(key) and self.state.get_record(module, parse_id(key)) else None
                    elif key not in (None, ""):
                        found = self.state.find_by_field(module, find_by, key)
                        existing_id = found[0] if found else None
                    if existing_id is None and operation == "update":
                        return "SKIPPED", "", f"INVALID_DATA-{find_by}"
                clean = {k: v for k, v in item.items() if k != "id"}
                if existing_id is not None:
                    record = engine.prepare(module, clean, 0, self.state.get_record(module, existing_id))
                    engine.save(module, record)
                    return "UPDATED", str(existing_id), ""
                record = engine.prepare(module, clean, 0, None)
                engine.check_unique(module, record)
                return "ADDED", engine.insert(module, record)["id"], ""
        except ItemError as exc:
            return "SKIPPED", "", f"{exc.code}-{exc.details.get('api_name', '')}"

    def write_result(self, job: str) -> bytes:
        doc = self._advance(Kind.BULK_WRITE, job, self._run_write)
        if doc["state"] != "COMPLETED":
            raise errors.job_in_progress(job)
        return _zip(f"{job}.csv", "".join(r.get("result_csv", "") for r in doc["resource"]))

    def write_job(self, job: str, download_base: str) -> Dict[str, Any]:
        doc = self._advance(Kind.BULK_WRITE, job, self._run_write)
        state = doc["state"]
        out: Dict[str, Any] = {"status": state, "character_encoding": doc["character_encoding"], "id": doc["id"],
                               "operation": doc["operation"], "created_by": doc["created_by"],
                               "created_time": doc["created_time"], "callback": doc.get("callback"),
                               "resource": [{"status": r.get("status", state), "type": "data",
                                             "code": r.get("code"), "module": r["module"],
                                             "field_mappings": r["field_mappings"], "find_by": r.get("find_by"),
                                             "file": r.get("file", {"status": state, "name": r["file_name"],
                                                                    "added_count": 0, "skipped_count": 0,
                                                                    "updated_count": 0, "total_count": 0})}
                                            for r in doc["resource"]]}
        if state == "COMPLETED":
            # absolute, shaped as Zoho's (the SDK only treats URLs containing "http" as absolute)
            out["result"] = {"download_url": f"{download_base}/v2/crm/{ZGID}/bulk-write/{job}/{job}.zip"}
        return out


def _from_csv(field: Optional[dict], raw: Optional[str]) -> Any:
    if raw in (None, ""):
        return None
    dtype = field["data_type"] if field else "text"
    try:
        if dtype == "integer":
            return int(raw)
        if dtype in ("double", "currency", "percent"):
            return float(raw)
    except ValueError:
        return raw
    if dtype == "boolean":
        return raw.strip().lower() == "true"
    if dtype == "date" and "/" in raw:
        month, day, year = raw.split("/")
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if dtype in ("lookup", "ownerlookup", "userlookup"):
        return {"id": raw}
    if dtype == "multiselectpicklist":
        return raw.split(";")
    return raw
