"""The generic collection: stateful answers for the long tail of the API (the rows of `table.py`).

Each row names a path template, the JSON key its success wrapper reads and that value's shape.
A template ending in a placeholder addresses one item of the collection in front of it; the
concrete values of the other placeholders scope the collection, so
``/settings/layouts/7/map_dependency`` and ``/settings/layouts/8/map_dependency`` are two
collections (storage kind ``Kind.collection(path, module)``).

* list collections: POST creates (201, ids in the details), PUT/PATCH update by path id or by
  the ``id`` of each item (items without one are created), GET returns what was stored (an
  item by id, ``api_name`` or ``name``), DELETE removes (by path id or the ``ids`` parameter);
* single documents (``one``): PUT merges into the document, GET returns it;
* ``actions/...`` paths answer a success entry per affected id (writes) or an empty list (reads);
  an action with a status read (mass_change_owner, mass_convert, ...) schedules a job;
* ``file`` rows send a small attachment, ``count`` rows a count, ``bare`` rows a bare success.

Read-only collections (no create row) hold one seeded item, so reads by id have something to find.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from ...core import errors
from ...core.backend import Backend, parse_id
from ...core.state import Kind
from ..users.backend import user_ref
from .routes import LISTED, PLACEHOLDER, Row, tail

# collections kept per module (their reads are module-scoped elsewhere too, e.g. custom fields)
MODULE_SCOPED = {"settings/fields", "settings/custom_views"}
FILES = "/crm/v6/files"


class GenericBackend(Backend):
    def __init__(self, app: Any) -> None:
        super().__init__(app)
        creatable = {r.template for r in LISTED if r.method == "POST" and not r.action and not r.item}
        self.seeded = {r.template.rsplit("/", 1)[0] if r.item else r.template
                       for r in LISTED if r.method == "GET" and r.shape == "list" and not r.action} - creatable
        status_reads = {tail(r.template) for r in LISTED if r.method == "GET" and r.action
                        and all("module" in n for n in r.names)}
        self.jobs = {r.template for r in LISTED if r.method == "POST" and r.action and tail(r.template) in status_reads}
        self.job_tails = {tail(t) for t in self.jobs}

    # -- used by other backends -----------------------------------------------------------------
    def documents(self, collection: str, module: str = "") -> List[dict]:
        """Everything stored in a collection (``users``; ``settings/fields`` of a module)."""
        return [d for _, d in self.state.list_docs(Kind.collection(collection, module))]

    def find(self, collection: str, module: str, ident: str) -> Optional[dict]:
        return self.state.get_doc(Kind.collection(collection, module), ident)

    # -- addressing -----------------------------------------------------------------------------
    def kind(self, row: Row, values: Dict[str, str], module: Optional[str]) -> str:
        parts, index = [], 0
        for part in row.collection_parts:
            if PLACEHOLDER.fullmatch(part):
                parts.append(values[row.names[index]])
                index += 1
            else:
                parts.append(part)
        collection = "/".join(parts)
        if collection in MODULE_SCOPED:
            return Kind.collection(collection, self.catalog.resolve(module or "") or module or "")
        return Kind.collection(collection)

    def module_filter(self, module: Optional[str], docs: List[dict]) -> List[dict]:
        """Items of another module drop out when the request names one (``?module=Leads``)."""
        if not module:
            return docs
        canon = self.catalog.resolve(module) or module

        def module_of(doc: dict) -> Optional[str]:
            value = doc.get("module")
            value = value.get("api_name") if isinstance(value, dict) else value
            return self.catalog.resolve(value) or value if isinstance(value, str) else None

        return [d for d in docs if module_of(d) in (None, canon)]

    def _find(self, kind: str, ident: str) -> Optional[Tuple[str, dict]]:
        doc = self.state.get_doc(kind, ident)
        if doc is not None:
            return ident, doc
        for key, doc in self.state.list_docs(kind):
            if isinstance(doc, dict) and ident in (str(doc.get("api_name")), str(doc.get("name")),
                                                   str(doc.get("channel_id"))):
                return key, doc
        return None

    def _seed(self, kind: str, row: Row) -> None:
        if self.state.list_docs(kind):
            return
        template = row.template.rsplit("/", 1)[0] if row.item else row.template
        if template not in self.seeded:
            return
        new_id = self.new_id()
        label = row.key.strip("_").rstrip("s") or "item"
        now = self.now_iso()
        self.state.put_doc(kind, new_id, {"id": new_id, "name": f"{label} 1", "api_name": f"{label}_1",
                                          "created_time": now, "modified_time": now,
                                          "created_by": user_ref(), "modified_by": user_ref()})

    # -- reads -------------------------------------------------------------------------------------
    def count(self, kind: str) -> int:
        return len(self.state.list_docs(kind))

    def single(self, kind: str) -> dict:
        return self.state.get_doc(kind, "_") or {}

    def item(self, kind: str, row: Row, ident: str) -> dict:
        self._seed(kind, row)
        found = self._find(kind, ident)
        if found is None:
            raise errors.invalid_id({"id": ident})
        return found[1]

    def list(self, kind: str, row: Row, module: Optional[str]) -> List[dict]:
        self._seed(kind, row)
        return self.module_filter(module, [d for _, d in self.state.list_docs(kind)])

    def stored_file(self, file_id: str) -> Tuple[str, bytes]:
        found = self.state.get_blob(Kind.FILES, file_id)
        if found is None:
            raise errors.invalid_id({"id": file_id})
        return found[0].get("name"), found[1]

    # -- writes ------------------------------------------------------------------------------------
    def merge_single(self, kind: str, items: List[Any]) -> Optional[str]:
        """Merge entries into a single document; its id if it has one."""
        with self.state.tx():
            doc = self.state.get_doc(kind, "_") or {}
            for item in items:
                if isinstance(item, dict):
                    doc.update(item)
            doc["modified_time"] = self.now_iso()
            self.state.put_doc(kind, "_", doc)
        return doc.get("id")

    def write(self, kind: str, key: str, items: List[Any], ident: Optional[str], creating: bool) -> List[dict]:
        if not items and ident is not None:
            items = [{}]
        if not items:
            raise errors.mandatory_missing({"api_name": key})
        now = self.now_iso()
        results = []
        with self.state.tx():
            for index, item in enumerate(items):
                if not isinstance(item, dict):
                    results.append(errors.item_invalid({"json_path": f"$.{key}[{index}]"}).to_json())
                    continue
                target = ident if ident is not None else (str(item["id"]) if item.get("id") is not None else None)
                found = self._find(kind, target) if target is not None else None
                if found is not None and not creating:
                    found_key, doc = found
                    doc.update({k: v for k, v in item.items() if k != "id"})
                    doc["modified_time"] = now
                    self.state.put_doc(kind, found_key, doc)
                    results.append(errors.success(f"{key} updated successfully", {"id": found_key}))
                    continue
                if target is not None and creating and ident is None:
                    results.append(errors.entry_invalid_id({"id": target, "json_path": f"$.{key}[{index}].id"}))
                    continue
                new_id = target if (target is not None and parse_id(target) is not None) else self.new_id()
                doc = dict(item)
                doc.update({"id": new_id, "created_time": now, "modified_time": now,
                            "created_by": user_ref(), "modified_by": user_ref()})
                self.state.put_doc(kind, new_id, doc)
                verb = "created" if creating or ident is None else "updated"
                results.append(errors.success(f"{key} {verb} successfully", {"id": new_id}))
        return results

    def delete(self, kind: str, key: str, ids: List[str]) -> List[dict]:
        results = []
        with self.state.tx():
            for one in ids:
                found = self._find(kind, one)
                if found is not None and self.state.del_doc(kind, found[0]):
                    results.append(errors.success(f"{key or 'item'} deleted successfully", {"id": found[0]}))
                else:
                    results.append(errors.entry_invalid_id({"id": one}))
            if not ids:  # the whole collection (e.g. disabling every notification channel)
                for doc_key, _ in self.state.list_docs(kind):
                    self.state.del_doc(kind, doc_key)
                results.append(errors.success(f"{key or 'items'} deleted successfully", {}))
        return results

    def store_files(self, files: List[Tuple[str, str, bytes]]) -> List[dict]:
        """multipart POST (ZFS /files): every part is stored; ids come back in the details."""
        results = []
        with self.state.tx():
            for _field, filename, content in files:
                new_id = self.new_id()
                self.state.put_doc(Kind.FILES, new_id, {"id": new_id, "name": filename or "file"}, content)
                results.append(errors.success("file uploaded successfully", {"name": filename or "file", "id": new_id}))
        if not results:
            raise errors.required_param("file")
        return results

    # -- actions -------------------------------------------------------------------------------------
    def job_status(self, row: Row, job_id: Optional[str]) -> dict:
        if not job_id:
            raise errors.required_param("job_id")
        job = self.state.get_doc(Kind.GENERIC_JOB, job_id)
        if job is None or job.pop("_action") != tail(row.template):
            raise errors.invalid_data("the job id given seems to be invalid", {"param_name": "job_id"})
        return job

    def schedule(self, row: Row, body: Dict[str, Any]) -> str:
        """Run the job at once (it reports COMPLETED on the first status read); its id."""
        count = 0
        for value in body.values():
            if isinstance(value, list):
                count += sum(len(v["ids"]) if isinstance(v, dict) and isinstance(v.get("ids"), list) else 1
                             for v in value)
        if isinstance(body.get("ids"), list):
            count = len(body["ids"])
        job_id = self.new_id()
        self.state.put_doc(Kind.GENERIC_JOB, job_id, {
            "_action": tail(row.template), "Status": "COMPLETED", "status": "completed", "Total_Count": count,
            "Updated_Count": count, "Converted_Count": count, "Not_Updated_Count": 0, "Not_Converted_Count": 0,
            "Failed_Count": 0})
        return job_id
