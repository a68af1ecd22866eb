"""Mass update: one change set applied to records picked by ids (answered at once) or by custom
view / criteria (scheduled: runs now and reports COMPLETED on the first status read)."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from ...core import errors
from ...core.backend import Backend, parse_id
from ...core.errors import ItemError
from ...core.state import Kind

MAX_IDS = 500
_UPDATED_DETAILS = ("Modified_Time", "Modified_By", "Created_Time", "Created_By", "id")  # as documented


def criterion_field(criterion: dict) -> Any:
    """The field a criterion names: ``api_name``, or ``field`` as a name or ``{"api_name": ...}``."""
    field = criterion.get("field", criterion.get("api_name"))
    return field.get("api_name") if isinstance(field, dict) else field


class MassUpdateBackend(Backend):
    def _changes(self, module: str, body: Dict[str, Any]) -> Dict[str, Any]:
        data = body.get("data")
        if not isinstance(data, list) or len(data) != 1 or not isinstance(data[0], dict):
            raise errors.mandatory_missing({"api_name": "data"})
        changes = {k: v for k, v in data[0].items() if k != "id"}
        if len(changes) > (3 if module == "Deals" else 1):
            raise errors.limit_exceeded({"api_name": "data"})
        fields = self.catalog.field_map(module)
        for name in changes:
            if name in fields and not fields[name]["mass_update"]:
                raise errors.invalid_data(details={"api_name": name, "json_path": f"$.data[0].{name}"})
        return changes

    def run(self, module: str, body: Dict[str, Any]) -> Tuple[Optional[List[dict]], Optional[str]]:
        """(one result per id, None) for an ids update; (None, job id) for a scheduled one."""
        changes = self._changes(module, body)
        records = self.app.records
        ids = body.get("ids")
        if ids is not None:
            if not isinstance(ids, list) or not ids:
                raise errors.invalid_data(details={"api_name": "ids"})
            if len(ids) > MAX_IDS:
                raise errors.limit_exceeded({"limit": MAX_IDS, "api_name": "ids"})
            results = []
            for raw in ids:
                target = parse_id(raw)
                try:
                    with self.state.tx():
                        existing = records.find(module, target)
                        if existing is None:
                            raise errors.item_invalid_id({"id": str(raw)})
                        saved = records.save(module, records.prepare(module, changes, 0, existing))
                    details = records.success_details(saved)
                    results.append(errors.success("record updated", {k: details[k] for k in _UPDATED_DETAILS}))
                except ItemError as exc:
                    results.append(exc.to_json())
            return results, None
        if not body.get("cvid") and not body.get("criteria"):
            raise errors.mandatory_missing({"api_name": "cvid"})
        rows = records.all(module)
        criteria = body.get("criteria")
        if isinstance(criteria, list) and criteria:
            rows = [r for r in rows if all(str(r.get(criterion_field(c))) == str(c.get("value"))
                                           for c in criteria if isinstance(c, dict))]
        updated = failed = 0
        for row in rows:
            try:
                with self.state.tx():
                    records.save(module, records.prepare(module, changes, 0, row))
                updated += 1
            except ItemError:
                failed += 1
        job_id = self.new_id()
        self.state.put_doc(Kind.MASS_UPDATE, job_id, {"module": module, "Status": "COMPLETED",
                                                      "Total_Count": len(rows), "Updated_Count": updated,
                                                      "Not_Updated_Count": 0, "Failed_Count": failed})
        return None, job_id

    def status(self, module: str, job_id: Optional[str]) -> dict:
        if not job_id:
            raise errors.mandatory_param_missing("job_id")
        job = self.state.get_doc(Kind.MASS_UPDATE, job_id)
        if job is None or job["module"] != module:
            raise errors.empty_job()
        return {k: v for k, v in job.items() if k != "module"}
