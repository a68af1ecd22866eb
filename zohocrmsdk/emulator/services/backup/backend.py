"""Data backup (``/crm/bulk/v6/backup``): one schedule at a time, run once ``job_delay`` seconds have
passed since it was requested (observed on the next read), its zip of CSVs downloadable by link."""
from __future__ import annotations

import csv
import io
import zipfile
from typing import Any, Dict, List, Optional

from ...core import errors
from ...core.backend import Backend, parse_id
from ...core.state import Kind
from ...core.wire import iso as iso_of
from ..metadata.backend import ZGID
from ..users.backend import USERS, user_name

BACKUP_MODULES = ("Leads", "Contacts", "Accounts", "Deals")
LINK_DAYS = 7


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


class BackupError(Exception):
    """A refused backup action: answered as ``{"backup": <entry>}`` with status 400."""

    def __init__(self, code: str, message: str, details: Dict[str, Any]) -> None:
        super().__init__(code)
        self.entry = errors.body(code, message, details)


class BackupBackend(Backend):
    def _requester(self) -> dict:
        user = USERS[0]
        return {"name": user_name(user), "id": user["id"], "zuid": user["zuid"]}

    def _history(self, backup: dict, action: Optional[str], state: Optional[str], **extra: Any) -> None:
        hid = self.new_id()
        self.state.put_doc(Kind.BACKUP_HISTORY, hid, dict({
            "id": hid, "done_by": self._requester(), "log_time": iso_of(self.now()), "state": state,
            "action": action, "repeat_type": _repeat_type(backup.get("rrule")), "file_name": None,
            "count": None}, **extra))

    def _advance_backups(self) -> None:
        for key, backup in self.state.list_docs(Kind.BACKUP):
            if backup["status"] != "SCHEDULED" or backup.get("ran") or \
                    self.now() < backup["requested_at"] + self.app.job_delay:
                continue
            with self.state.tx():
                archive, count = io.BytesIO(), 0
                with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
                    for module in BACKUP_MODULES:
                        rows = self.app.records.all(module)
                        count += len(rows)
                        columns = sorted({k for r in rows for k in r if not k.startswith("$")}) or ["id"]
                        text = io.StringIO()
                        writer = csv.writer(text)
                        writer.writerow(columns)
                        for row in rows:
                            writer.writerow([_csv_cell(row.get(c)) for c in columns])
                        out.writestr(f"{module}_001.csv", text.getvalue())
                file_name = "Data_001.zip"
                self.state.put_doc(Kind.BACKUP_FILE, f"{key}/{file_name}", {"name": file_name}, archive.getvalue())
                backup["ran"] = True
                backup["files"] = [file_name]
                backup["completed_at"] = self.now()
                if not backup.get("rrule"):
                    backup["status"] = "COMPLETED"
                self.state.put_doc(Kind.BACKUP, key, backup)
                self._history(backup, None, "completed", file_name=file_name, count=count)

    @staticmethod
    def view(backup: dict) -> dict:
        return {k: backup.get(k) for k in ("id", "rrule", "scheduled_date", "start_date", "status", "requester")}

    def _all(self) -> List[dict]:
        self._advance_backups()
        return [d for _, d in self.state.list_docs(Kind.BACKUP)]

    def current(self) -> Optional[dict]:
        backups = self._all()
        active = [b for b in backups if b["status"] == "SCHEDULED"] or backups
        return self.view(active[-1]) if active else None

    def cancel(self, bid: str) -> str:
        self._advance_backups()
        backup = self.state.get_doc(Kind.BACKUP, str(parse_id(bid)))
        if backup is None:
            raise errors.resource_not_found({"id": bid})
        if backup["status"] == "CANCELLED":
            raise BackupError("ALREADY_CANCELLED", "backup already cancelled", {"id": bid})
        if backup["status"] != "SCHEDULED":
            raise BackupError("INPROGRESS", "backup is already completed", {"id": bid})
        backup["status"] = "CANCELLED"
        with self.state.tx():
            self.state.put_doc(Kind.BACKUP, backup["id"], backup)
            self._history(backup, "stopped", None)
        return backup["id"]

    def urls(self, base_url: str) -> Optional[dict]:
        done = [b for b in self._all() if b.get("ran")]
        if not done:
            return None
        latest = max(done, key=lambda b: b["completed_at"])
        base = f"{base_url}/v2/crm/{ZGID}/backup/{latest['id']}"
        return {"data_links": [f"{base}/{name}" for name in latest["files"]], "attachment_links": [],
                "expiry_date": iso_of(latest["completed_at"] + LINK_DAYS * 86400)}

    def history(self) -> List[dict]:
        self._advance_backups()
        return [d for _, d in self.state.list_docs(Kind.BACKUP_HISTORY)][::-1]

    def schedule(self, item: Any) -> str:
        backups = self._all()
        if not isinstance(item, dict):
            raise errors.mandatory_missing({"api_name": "backup"})
        rrule = item.get("rrule")
        if rrule is not None and (not isinstance(rrule, str) or "FREQ=" not in rrule):
            raise BackupError("INVALID_DATA", "invalid data", {"api_name": "rrule", "json_path": "$.backup.rrule"})
        if any(b["status"] == "SCHEDULED" for b in backups):
            raise BackupError("BACKUP_ALREADY_SCHEDULED", "backup already scheduled", {})
        now = self.now()
        backup = {"id": self.new_id(), "rrule": rrule, "status": "SCHEDULED",
                  "scheduled_date": iso_of(now), "start_date": iso_of(now), "requester": self._requester(),
                  "requested_at": now}
        with self.state.tx():
            self.state.put_doc(Kind.BACKUP, backup["id"], backup)
            self._history(backup, "scheduled", None)
        return backup["id"]

    def file(self, zgid: str, bid: str, name: str) -> bytes:
        found = self.state.get_blob(Kind.BACKUP_FILE, f"{bid}/{name}") if zgid == ZGID else None
        if found is None:
            raise errors.resource_not_found()
        return found[1]
