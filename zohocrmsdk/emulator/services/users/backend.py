"""The org's users (fixed, deterministic) and the lookups other backends use to name them."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from ...core import errors
from ...core.backend import Backend

SEED_TIME = "2024-01-01T00:00:00+00:00"
SEED_TS = 1704067200.0  # when the fixed metadata last "changed" (If-Modified-Since answers)

USERS = [
    {"id": "5725767000000411001", "first_name": "Patricia", "last_name": "Boyle",
     "email": "patricia.boyle@zylker.com", "status": "active", "confirm": True,
     "role": {"name": "CEO", "id": "5725767000000026005"},
     "profile": {"name": "Administrator", "id": "5725767000000026011"}, "zuid": "808232145"},
    {"id": "5725767000000411013", "first_name": "Ryan", "last_name": "Dahl",
     "email": "ryan.dahl@zylker.com", "status": "active", "confirm": True,
     "role": {"name": "Manager", "id": "5725767000000026008"},
     "profile": {"name": "Standard", "id": "5725767000000026014"}, "zuid": "808232160"},
    {"id": "5725767000000411025", "first_name": "Chris", "last_name": "Evans",
     "email": "chris.evans@zylker.com", "status": "disabled", "confirm": True,
     "role": {"name": "Manager", "id": "5725767000000026008"},
     "profile": {"name": "Standard", "id": "5725767000000026014"}, "zuid": "808232171"},
]
CURRENT_USER = USERS[0]


def user_ref(user: dict = CURRENT_USER, with_email: bool = False) -> Dict[str, str]:
    ref = {"name": f"{user['first_name']} {user['last_name']}", "id": user["id"]}
    if with_email:
        ref["email"] = user["email"]
    return ref


def user_by_id(value: Any) -> Optional[dict]:
    raw = value.get("id") if isinstance(value, dict) else value
    return next((u for u in USERS if u["id"] == str(raw)), None)


def user_name(user: dict) -> str:
    return f"{user['first_name']} {user['last_name']}"


def role_by_id(role_id: str) -> Optional[dict]:
    return next((u["role"] for u in USERS if u["role"]["id"] == role_id), None)


def full_user(user: dict) -> dict:
    out = dict(user)
    out.update({
        "full_name": f"{user['first_name']} {user['last_name']}", "time_zone": "Etc/UTC",
        "locale": "en_US", "language": "en_US", "country_locale": "en_US", "country": "US",
        "date_format": "MM/dd/yyyy", "time_format": "hh:mm a", "offset": 0,
        "created_time": SEED_TIME, "created_by": user_ref(), "Modified_Time": SEED_TIME,
        "Modified_By": user_ref(), "Reporting_To": None, "Isonline": False,
        "personal_account": False, "type__s": "AdminUser" if user is CURRENT_USER else "StandardUser",
        "name_format__s": "Salutation,First Name,Last Name", "sort_order_preference__s": "First Name,Last Name",
        "decimal_separator": "Period", "number_separator": "Comma", "theme": None,
        "customize_info": {}, "alias": None, "phone": None, "mobile": None, "fax": None,
        "website": None, "dob": None, "signature": None, "street": None, "city": None,
        "state": None, "zip": None, "microsoft": False, "sandboxDeveloper": False,
        "status_reason__s": None, "$current_shift": None, "$next_shift": None,
        "$shift_effective_from": None})
    return out


_USER_FILTERS = {
    "allusers": lambda u: True,
    "activeusers": lambda u: u["status"] == "active",
    "deactiveusers": lambda u: u["status"] != "active",
    "confirmedusers": lambda u: u["confirm"],
    "notconfirmedusers": lambda u: not u["confirm"],
    "deletedusers": lambda u: False,
    "activeconfirmedusers": lambda u: u["status"] == "active" and u["confirm"],
    "adminusers": lambda u: u["profile"]["name"] == "Administrator",
    "activeconfirmedadmins": lambda u: u["profile"]["name"] == "Administrator" and u["status"] == "active",
    "currentuser": lambda u: u is CURRENT_USER,
}


class UsersBackend(Backend):
    def _added(self) -> List[dict]:
        return self.app.generic.documents("users")  # users created through the API

    def get(self, user_id: str) -> dict:
        found = [full_user(u) for u in USERS if u["id"] == user_id] + [u for u in self._added() if u["id"] == user_id]
        if not found:
            raise errors.invalid_id({"id": user_id})
        return found[0]

    def list(self, kind: str, ids: Optional[List[str]]) -> List[dict]:
        kind = kind.lower()
        if kind not in _USER_FILTERS:
            raise errors.invalid_data(details={"param_name": "type"})
        users = [full_user(u) for u in USERS if _USER_FILTERS[kind](u)]
        if kind in ("allusers", "activeusers"):
            users += [u for u in self._added() if u.get("status", "active") == "active" or kind == "allusers"]
        if ids:
            wanted = set(ids)
            users = [u for u in users if u["id"] in wanted]
        return users

    def count(self, kind: str) -> int:
        return len([u for u in USERS if _USER_FILTERS.get(kind.lower(), lambda u: True)(u)])
