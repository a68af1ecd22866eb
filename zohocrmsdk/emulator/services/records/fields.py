"""Field value rules of record writes: each data type's accepted JSON and what is stored."""
from __future__ import annotations

import re
from typing import Any, Optional

from ...core.backend import parse_id
from ...core import errors
from ...core.errors import ItemError
from ...core.wire import parse_when
from ..users.backend import USERS, user_ref

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DISPLAY_FIELD = {"Leads": "Full_Name", "Contacts": "Full_Name", "Accounts": "Account_Name",
                 "Deals": "Deal_Name", "Products": "Product_Name", "Vendors": "Vendor_Name",
                 "Campaigns": "Campaign_Name", "Price_Books": "Price_Book_Name",
                 "Solutions": "Solution_Title", "Events": "Event_Title", "Notes": "Note_Title"}


def display_name(module: str, record: dict) -> Optional[str]:
    return record.get(DISPLAY_FIELD.get(module, "Subject"))


class FieldRules:
    """Mixed into the records backend (uses its `state`)."""

    state: Any

    def _check_value(self, module: str, field: dict, value: Any, path: str) -> Any:
        """Validate one known field's value; returns the value to store."""
        if value is None:
            return None
        dtype = field["data_type"]
        name = field["api_name"]

        def bad(expected: str = "") -> ItemError:
            details = {"api_name": name, "json_path": path}
            if expected:
                details["expected_data_type"] = expected
            return errors.item_invalid(details)

        if dtype in ("text", "textarea", "email", "phone", "website", "picklist", "autonumber"):
            if not isinstance(value, str):
                raise bad(dtype)
            if len(value) > field.get("length", 255):
                raise errors.item_invalid({"api_name": name, "json_path": path, "maximum_length": field["length"]})
            if dtype == "email" and value and not _EMAIL.match(value):
                raise bad()
        elif dtype == "integer":
            if isinstance(value, bool) or not isinstance(value, int):
                raise bad("integer")
        elif dtype == "bigint":
            if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
                raise bad("bigint")
            value = str(value)
        elif dtype in ("double", "currency", "percent"):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise bad("double")
        elif dtype == "boolean":
            if not isinstance(value, bool):
                raise bad("boolean")
        elif dtype == "date":
            if not isinstance(value, str) or not _DATE.match(value):
                raise bad("date")
        elif dtype == "datetime":
            if not isinstance(value, str) or parse_when(value) is None or len(value) < 19:
                raise bad("datetime")
        elif dtype == "multiselectpicklist":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise bad("jsonarray")
        elif dtype == "subform":
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise bad("jsonarray")
            value = [self._subform_row(dict(row)) for row in value]
        elif dtype in ("lookup", "ownerlookup", "userlookup"):
            value = self._lookup(module, field, value, path)
        return value

    def _subform_row(self, row: dict) -> dict:
        if parse_id(row.get("id")) is None:
            row["id"] = str(self.state.next_id())
        return row

    def _lookup(self, module: str, field: dict, value: Any, path: str) -> dict:
        name = field["api_name"]
        rid = parse_id(value.get("id")) if isinstance(value, dict) else None
        if rid is None:
            raise errors.item_invalid({"api_name": name, "json_path": path, "expected_data_type": "jsonobject"})
        if field["data_type"] in ("ownerlookup", "userlookup"):
            user = next((u for u in USERS if int(u["id"]) == rid), None)
            if user is None:
                raise errors.item_invalid({"api_name": name, "json_path": path + ".id"})
            return user_ref(user, with_email=True)
        target = field["lookup"].get("module", {}).get("api_name")
        found = self.state.get_record(target, rid) if target else None
        if target and found is None:
            raise errors.item_invalid({"api_name": name, "json_path": path + ".id"})
        return {"name": display_name(target, found) if found else None, "id": str(rid)}

