"""One row shape for every way of reading: column -> plain value, written as CSV or JSON lines.

A row holds what Zoho's Bulk Read CSV holds, typed: the record id and lookups as id strings,
numbers and booleans as such, multi-valued fields as lists, dates and datetimes as ISO 8601
(datetimes in the local time zone, as the SDK gives them). So an export reads the same whichever
API produced it.
"""
from __future__ import annotations

import csv
import datetime
import io
import json
from typing import Any, Dict, IO, Iterable, List, Optional

from dateutil import parser as dateparser
from dateutil import tz

INTEGER = {"integer", "bigint", "autonumber"}
DECIMAL = {"double", "currency", "percent", "decimal"}
MULTI = {"multiselectpicklist", "tag", "multiselectlookup", "multiuserlookup"}


_SCALARS = frozenset((str, int, float, bool, type(None)))


def plain(value: Any) -> Any:
    """An SDK value (Record, MinifiedUser, Choice, datetime, list, ...) as a plain row value."""
    if type(value) in _SCALARS:  # most values: one set look-up
        return value
    if isinstance(value, datetime.datetime):
        return value.astimezone(tz.tzlocal()).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        items = [plain(v) for v in value]
        return items or None  # CSV cannot tell an empty list from nothing: neither can a row
    if isinstance(value, dict):
        return str(value["id"]) if value.get("id") is not None else value
    getter = getattr(value, "get_id", None)
    if getter is not None:  # a lookup, user, layout, tag: its id, as Bulk Read gives it
        found = getter()
        return None if found is None else str(found)
    getter = getattr(value, "get_value", None)  # a Choice
    if getter is not None:
        return plain(getter())
    return str(value)


def from_record(record: Any, columns: List[str]) -> Dict[str, Any]:
    values = record.get_key_values()
    row = {"id": str(record.get_id())}
    for column in columns:
        if column != "id":
            row[column] = plain(values.get(column))
    return row


def from_cell(text: str, data_type: Optional[str]) -> Any:
    """A Bulk Read CSV cell typed by its field's data type (metadata)."""
    if text == "":
        return None
    try:
        if data_type in INTEGER:
            return int(text)
        if data_type in DECIMAL:
            return float(text)
    except ValueError:
        return text
    if data_type == "boolean":
        return text.strip().lower() == "true"
    if data_type in MULTI:
        return text.split(";")
    if data_type == "datetime":
        try:
            return dateparser.isoparse(text).astimezone(tz.tzlocal()).isoformat()
        except ValueError:
            return text
    return text


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True)
    return str(value)


class Writer:
    """Writes rows to an open text file as CSV (header first) or JSON lines."""

    def __init__(self, handle: IO[str], columns: List[str], fmt: str) -> None:
        self.handle, self.columns, self.fmt = handle, columns, fmt
        self._csv = csv.writer(handle, lineterminator="\n") if fmt == "csv" else None

    def header(self) -> None:
        if self._csv is not None:
            self._csv.writerow(self.columns)

    def write(self, rows: Iterable[Dict[str, Any]]) -> int:
        count = 0
        for row in rows:
            if self._csv is not None:
                self._csv.writerow([cell(row.get(c)) for c in self.columns])
            else:
                self.handle.write(json.dumps({c: row.get(c) for c in self.columns}, ensure_ascii=False) + "\n")
            count += 1
        return count


def read_bulk_csv(stream: IO[str], types: Dict[str, str]) -> Iterable[Dict[str, Any]]:
    """Rows of a Bulk Read CSV, typed by ``types`` (column -> data type)."""
    reader = csv.reader(stream)
    header = next(reader, None)
    if not header:
        return
    kinds = [types.get(name) if name != "id" else None for name in header]
    for values in reader:
        yield {name: from_cell(text, kind) for name, text, kind in zip(header, values, kinds)}


def text_stream(binary: IO[bytes]) -> IO[str]:
    return io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
