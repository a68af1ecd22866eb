"""SQLite-backed state shared by every backend, and the names of every kind of stored document.

One connection guarded by one re-entrant lock: SQLite serialises writers anyway, and a
single connection means an in-memory database is visible to all server threads.
Records are kept as JSON per (module, id) with the few columns queries need; everything
else (OAuth clients/codes/tokens, jobs, uploaded files, settings documents, notes...) lives
in the generic `docs` table keyed by (kind, key).
"""
from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import threading
from typing import Any, Dict, Iterator, List, Optional, Tuple

FIRST_ID = 5725767000000420001  # Zoho-like 19-digit ids; seeded users/org use lower ids


class Kind:
    """Every storage kind of the `docs` table, named once. A backend owns the kinds of its resource;
    another backend reaches that data through the owner's public methods, never by kind."""

    META = "meta"  # emulator secret, feature switches (multi_currency), seeded-once markers
    CLIENT, CODE, REFRESH, ACCESS = "client", "code", "refresh", "access"  # OAuth
    ATTACHMENT, PHOTO, ORG_PHOTO = "attachment", "photo", "org_photo"
    BACKUP, BACKUP_HISTORY, BACKUP_FILE = "backup", "backup_history", "backup_file"
    MASS_DELETE, MASS_UPDATE, MAIL_MERGE = "mass_delete", "mass_update", "mail_merge"
    BULK_READ, BULK_WRITE, UPLOAD = "bulk_read", "bulk_write", "upload"
    USER_GROUPS, CURRENCIES, USER_TERRITORIES = "user_groups", "currencies", "user_territories"
    BUSINESS_HOURS = "business_hours"
    MODULE_EDITS = "module_edits"  # changes made to a module's metadata (PUT /settings/modules/{x})
    GENERIC_JOB = "surface_job"  # jobs scheduled by the generic collection
    TERRITORIES = "settings:settings/territories|"
    FILES = "settings:files|"

    @staticmethod
    def collection(path: str, module: str = "") -> str:
        """A generic collection (``settings/layouts/7/map_dependency``), optionally per module."""
        return f"settings:{path}|{module}"

    @staticmethod
    def tags(module: str) -> str:
        return Kind.collection("settings/tags", module)

    @staticmethod
    def shares(module: str) -> str:
        return f"share|{module}"

    @staticmethod
    def pipelines(layout_id: str) -> str:
        return f"pipeline|{layout_id}"



_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    module TEXT NOT NULL, id INTEGER NOT NULL, created REAL NOT NULL, modified REAL NOT NULL,
    data TEXT NOT NULL, PRIMARY KEY (module, id));
CREATE INDEX IF NOT EXISTS records_modified ON records (module, modified);
CREATE INDEX IF NOT EXISTS records_email ON records (module, lower(json_extract(data, '$.Email')));
CREATE TABLE IF NOT EXISTS deleted (
    module TEXT NOT NULL, id INTEGER NOT NULL, type TEXT NOT NULL, deleted_time REAL NOT NULL,
    entry TEXT NOT NULL, data TEXT, PRIMARY KEY (module, id));
CREATE TABLE IF NOT EXISTS docs (
    kind TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL, blob BLOB, seq INTEGER,
    PRIMARY KEY (kind, key));
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


def _where(select: str, module: str, ids: Optional[List[int]], converted: Optional[bool],
           since: Optional[float]) -> Tuple[str, List[Any]]:
    """A records query filtered by module, then optionally ids, the converted flag and modified time."""
    sql, args = select + " FROM records WHERE module=?", [module]
    if ids is not None:
        sql += " AND id IN (%s)" % ",".join("?" * len(ids))
        args.extend(ids)
    if converted is not None:
        sql += " AND coalesce(json_extract(data, '$.Converted__s'), 0)=?"
        args.append(int(converted))
    if since is not None:
        sql += " AND modified>?"
        args.append(since)
    return sql, args


class State:
    """Thread-safe facade over one SQLite connection."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self.lock = threading.RLock()
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        if path != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.executescript(_SCHEMA)
        self._depth = 0

    # -- transactions -----------------------------------------------------------------
    @contextlib.contextmanager
    def tx(self) -> Iterator["State"]:
        """Hold the lock and run the block in one SQLite transaction (nesting allowed)."""
        with self.lock:
            outer = self._depth == 0
            if outer:
                self.conn.execute("BEGIN")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if outer:
                    self.conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self.conn.execute("COMMIT")

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def wipe(self) -> None:
        with self.tx():
            for table in ("records", "deleted", "docs", "counters"):
                self.conn.execute(f"DELETE FROM {table}")

    # -- ids --------------------------------------------------------------------------
    def next_id(self) -> int:
        with self.tx():
            row = self.conn.execute("SELECT value FROM counters WHERE name='id'").fetchone()
            value = row[0] + 1 if row else FIRST_ID
            self.conn.execute("INSERT OR REPLACE INTO counters (name, value) VALUES ('id', ?)", (value,))
            return value

    # -- records ----------------------------------------------------------------------
    def put_record(self, module: str, rid: int, data: dict, created: float, modified: float) -> None:
        with self.lock:
            self.conn.execute("INSERT OR REPLACE INTO records VALUES (?,?,?,?,?)",
                              (module, rid, created, modified, json.dumps(data)))

    def get_record(self, module: str, rid: int) -> Optional[dict]:
        with self.lock:
            row = self.conn.execute("SELECT data FROM records WHERE module=? AND id=?", (module, rid)).fetchone()
        return json.loads(row[0]) if row else None

    def delete_record(self, module: str, rid: int) -> None:
        with self.lock:
            self.conn.execute("DELETE FROM records WHERE module=? AND id=?", (module, rid))

    def find_by_field(self, module: str, field: str, value: Any) -> List[int]:
        """Ids of records whose `field` equals `value` case-insensitively (duplicate checks)."""
        if not re.fullmatch(r"[A-Za-z0-9_$]+", field):
            return []
        # A literal path lets SQLite use the expression index on Email.
        sql = ("SELECT id FROM records WHERE module=? AND lower(json_extract(data, '$.%s'))=lower(?) "
               "ORDER BY id" % field)
        with self.lock:
            rows = self.conn.execute(sql, (module, str(value))).fetchall()
        return [r[0] for r in rows]

    def count_records(self, module: str, since: Optional[float] = None, ids: Optional[List[int]] = None,
                      converted: Optional[bool] = None) -> int:
        sql, args = _where("SELECT COUNT(*)", module, ids, converted, since)
        with self.lock:
            return self.conn.execute(sql, args).fetchone()[0]

    def list_records(self, module: str, order: str = "id", desc: bool = True, limit: int = -1,
                     offset: int = 0, ids: Optional[List[int]] = None,
                     since: Optional[float] = None, converted: Optional[bool] = None) -> List[dict]:
        column = {"id": "id", "Created_Time": "created", "Modified_Time": "modified"}.get(order, "id")
        sql, args = _where("SELECT data", module, ids, converted, since)
        direction = "DESC" if desc else "ASC"
        sql += f" ORDER BY {column} {direction}, id {direction} LIMIT ? OFFSET ?"
        args.extend([limit, offset])
        with self.lock:
            rows = self.conn.execute(sql, args).fetchall()
        return [json.loads(r[0]) for r in rows]

    def all_records(self, module: str) -> List[dict]:
        return self.list_records(module, desc=False)

    # -- deleted records --------------------------------------------------------------
    def put_deleted(self, module: str, rid: int, kind: str, when: float, entry: dict,
                    data: Optional[dict]) -> None:
        with self.lock:
            self.conn.execute("INSERT OR REPLACE INTO deleted VALUES (?,?,?,?,?,?)",
                              (module, rid, kind, when, json.dumps(entry), json.dumps(data) if data else None))

    def list_deleted(self, module: str, kind: Optional[str], since: Optional[float]) -> List[dict]:
        sql, args = "SELECT entry FROM deleted WHERE module=?", [module]
        if kind:
            sql += " AND type=?"
            args.append(kind)
        if since is not None:
            sql += " AND deleted_time>?"
            args.append(since)
        sql += " ORDER BY deleted_time DESC, id DESC"
        with self.lock:
            return [json.loads(r[0]) for r in self.conn.execute(sql, args).fetchall()]

    # -- generic documents ------------------------------------------------------------
    def put_doc(self, kind: str, key: str, data: Any, blob: Optional[bytes] = None) -> None:
        with self.lock:
            row = self.conn.execute("SELECT seq FROM docs WHERE kind=? AND key=?", (kind, key)).fetchone()
            if row is not None:
                seq = row[0]
            else:
                last = self.conn.execute("SELECT MAX(seq) FROM docs WHERE kind=?", (kind,)).fetchone()[0]
                seq = (last or 0) + 1
            self.conn.execute("INSERT OR REPLACE INTO docs VALUES (?,?,?,?,?)",
                              (kind, key, json.dumps(data), blob, seq))

    def get_doc(self, kind: str, key: str) -> Optional[Any]:
        with self.lock:
            row = self.conn.execute("SELECT data FROM docs WHERE kind=? AND key=?", (kind, key)).fetchone()
        return json.loads(row[0]) if row else None

    def get_blob(self, kind: str, key: str) -> Optional[Tuple[Any, bytes]]:
        with self.lock:
            row = self.conn.execute("SELECT data, blob FROM docs WHERE kind=? AND key=?", (kind, key)).fetchone()
        return (json.loads(row[0]), row[1] or b"") if row else None

    def del_doc(self, kind: str, key: str) -> bool:
        with self.lock:
            cur = self.conn.execute("DELETE FROM docs WHERE kind=? AND key=?", (kind, key))
        return cur.rowcount > 0

    def list_docs(self, kind: str, prefix: Optional[str] = None) -> List[Tuple[str, Any]]:
        sql, args = "SELECT key, data FROM docs WHERE kind=?", [kind]
        if prefix is not None:
            sql += " AND key LIKE ? ESCAPE '\\'"
            args.append(prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        sql += " ORDER BY seq"
        with self.lock:
            return [(k, json.loads(d)) for k, d in self.conn.execute(sql, args).fetchall()]

    def kinds_summary(self) -> Dict[str, int]:
        with self.lock:
            out = {f"records:{m}": n for m, n in
                   self.conn.execute("SELECT module, COUNT(*) FROM records GROUP BY module")}
        return out
