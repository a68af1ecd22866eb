"""Mass delete: by ids (answered at once) or by custom view (scheduled; the job reports RUNNING
until ``job_delay`` seconds have passed), optionally limited to a territory."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from ...core import errors
from ...core.backend import Backend, parse_id
from ...core.state import Kind

MAX_IDS = 500


def default_view_id(app: Any, module: str) -> str:
    """The id of a module's built-in "All <records>" custom view (deterministic per module)."""
    return str(int(app.catalog.module_ids[module]) + 87001)


class MassDeleteBackend(Backend):
    def _view_records(self, module: str, cvid: str) -> Optional[List[dict]]:
        rows = self.app.records.all(module)
        if cvid == default_view_id(self.app, module):
            return rows
        view = self.app.generic.find("settings/custom_views", module, cvid)
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
        if self.app.territories.get(tid) is None:
            raise errors.invalid_data(details={"api_name": "territory", "json_path": "$.territory.id"})
        wanted = {tid}
        if territory.get("include_child"):
            wanted |= {d["id"] for d in self.app.territories.descendants(tid)}
        return [r for r in rows if wanted & {t.get("id") for t in r.get("Territories") or []}]

    def check_module(self, module: str) -> None:
        if not self.catalog.modules[module]["deletable"]:
            raise errors.not_supported("mass delete")

    def status(self, module: str, job_id: Optional[str]) -> Dict[str, Any]:
        self.check_module(module)
        if not job_id:
            raise errors.required_param("job_id")
        job = self.state.get_doc(Kind.MASS_DELETE, job_id)
        if job is None or job["module"] != module:
            raise errors.invalid_id({"param_name": "job_id"})
        running = self.now() < job["requested_at"] + self.app.job_delay
        return {"Status": "RUNNING" if running else "COMPLETED", "Total_Count": job["total"],
                "Deleted_Count": 0 if running else job["deleted"], "Failed_Count": 0 if running else job["failed"]}

    def run(self, module: str, body: Dict[str, Any]) -> Tuple[Optional[List[dict]], Optional[str]]:
        """(one result per id, None) for ids; (None, job id) for a custom view."""
        if body.get("ids") is not None:
            return self._by_ids(module, body["ids"], body.get("territory")), None
        if body.get("cvid") is None:
            raise errors.mandatory_missing({"api_name": "cvid"})
        cvid = str(body["cvid"])
        rows = self._view_records(module, cvid)
        if rows is None:
            raise errors.invalid_id({"api_name": "cvid"})
        rows = self._in_territory(rows, body.get("territory"))
        for _, job in self.state.list_docs(Kind.MASS_DELETE):
            if job["module"] == module and job["cvid"] == cvid and self.now() < job["requested_at"] + self.app.job_delay:
                raise errors.already_scheduled(job["id"])
        deleted = 0
        with self.state.tx():
            for row in rows:
                if self.app.records.remove(module, int(row["id"])) is not None:
                    deleted += 1
        job_id = self.new_id()
        self.state.put_doc(Kind.MASS_DELETE, job_id, {"id": job_id, "module": module, "cvid": cvid,
                                                      "requested_at": self.now(), "total": len(rows),
                                                      "deleted": deleted, "failed": len(rows) - deleted})
        return None, job_id

    def _by_ids(self, module: str, ids: Any, territory: Any) -> List[dict]:
        if not isinstance(ids, list) or not ids:
            raise errors.invalid_data(details={"api_name": "ids"})
        if len(ids) > MAX_IDS:
            raise errors.limit_exceeded({"limit": MAX_IDS, "api_name": "ids"})
        allowed = None
        if isinstance(territory, dict):
            allowed = {r["id"] for r in self._in_territory(self.app.records.all(module), territory)}
        results = []
        for index, raw in enumerate(ids):
            target = parse_id(raw)
            with self.state.tx():
                if target is None or self.app.records.find(module, target) is None or \
                        (allowed is not None and str(target) not in allowed):
                    results.append(errors.entry_invalid_id({"id": str(raw), "json_path": f"$.ids[{index}]"}))
                    continue
                self.app.records.remove(module, target)
                results.append(errors.success("record deleted", {"id": str(target)}))
        return results
