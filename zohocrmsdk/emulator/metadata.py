"""Module/field/layout/related-list metadata, users and org, built from seed_modules.

Everything here is static and deterministic (ids derive from positions), so answers are
identical across restarts and cheap: the SDK fetches fields for every module it meets.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from . import errors, seed_modules
from .wire import Request, Response, empty, json_response, parse_when

ORG_ID = "5725767000000020005"
ZGID = "808232144"
SEED_TIME = "2024-01-01T00:00:00+00:00"
SEED_TS = 1704067200.0

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

_JSON_TYPES = {"integer": "integer", "double": "double", "currency": "double", "percent": "double",
               "boolean": "boolean", "lookup": "jsonobject", "ownerlookup": "jsonobject",
               "userlookup": "jsonobject", "multi_module_lookup": "jsonobject", "layout": "jsonobject",
               "ALARM": "jsonobject", "RRULE": "jsonobject", "multiselectpicklist": "jsonarray",
               "subform": "jsonarray", "multiselectlookup": "jsonarray", "multiuserlookup": "jsonarray",
               "fileupload": "jsonarray", "imageupload": "jsonarray", "tag": "jsonarray"}
_COMMON_HEAD = "Owner ownerlookup"
_COMMON_TAIL = """
Created_By ownerlookup r
Modified_By ownerlookup r
Created_Time datetime r
Modified_Time datetime r
Tag tag r
Layout layout r
"""


def user_ref(user: dict = CURRENT_USER, with_email: bool = False) -> Dict[str, str]:
    ref = {"name": f"{user['first_name']} {user['last_name']}", "id": user["id"]}
    if with_email:
        ref["email"] = user["email"]
    return ref


class Catalog:
    """All module metadata, keyed by canonical API name with case-insensitive lookup."""

    def __init__(self) -> None:
        self.modules: Dict[str, dict] = {}
        self.fields: Dict[str, List[dict]] = {}
        self._by_lower: Dict[str, str] = {}
        self.module_ids: Dict[str, str] = {}
        self._serial = 5725767000000100001  # deterministic ids for fields, picklist values...
        names = (list(seed_modules.MODULES) + list(seed_modules.SUBFORMS) + seed_modules.NON_API
                 + list(seed_modules.SYSTEM))
        for index, name in enumerate(names):
            self.module_ids[name] = str(5725767000000002175 + index * 2)
        seq = 1
        for name, (singular, plural, spec) in seed_modules.MODULES.items():
            self._add(name, singular, plural, "default", True, _COMMON_HEAD + spec + _COMMON_TAIL, seq)
            seq += 1
        for name, (singular, plural, spec) in seed_modules.SUBFORMS.items():
            self._add(name, singular, plural, "subform", False, spec + "\nCreated_Time datetime r\nModified_Time datetime r\nParent_Id lookup>"
                      + seed_modules.SUBFORM_PARENT[name] + " r", seq)
            seq += 1
        for name in seed_modules.NON_API:
            self._add(name, name, name, "default", False, "", seq)
            seq += 1
        for name, (singular, plural, spec) in seed_modules.SYSTEM.items():
            self._add(name, singular, plural, "system", True, spec + _COMMON_TAIL, seq)
            self.modules[name].update({"show_as_tab": False, "quick_create": False})
            seq += 1

    # -- construction -----------------------------------------------------------------
    def _next_id(self) -> str:
        self._serial += 3
        return str(self._serial)

    def _add(self, name: str, singular: str, plural: str, generated: str, api: bool, spec: str, seq: int) -> None:
        mid = self.module_ids[name]
        self._by_lower[name.lower()] = name
        self.modules[name] = {
            "api_name": name, "id": mid, "module_name": name, "singular_label": singular,
            "plural_label": plural, "actual_singular_label": singular, "actual_plural_label": plural,
            "api_supported": api, "generated_type": generated, "creatable": api, "editable": api,
            "deletable": api, "viewable": True, "convertable": name == "Leads", "quick_create": api,
            "show_as_tab": generated == "default", "visible": True, "visibility": 1,
            "sequence_number": seq, "presence_sub_menu": False, "sub_menu_available": False,
            "profiles": [{"name": "Administrator", "id": "5725767000000026011"},
                         {"name": "Standard", "id": "5725767000000026014"}],
            "profile_count": 2, "has_more_profiles": False, "access_type": "org_based",
            "modified_time": SEED_TIME, "modified_by": user_ref(), "parent_module": {},
            "web_link": None, "arguments": [], "business_card_field_limit": 5,
            "feeds_required": False, "description": None, "status": "visible",
            "recycle_bin_on_delete": api, "isBlueprintSupported": False,
            "lookup_field_properties": {}, "$properties": [],
        }
        fields = []
        for position, line in enumerate(l.strip() for l in spec.splitlines()):
            if line:
                fields.append(self._field(name, mid, position, line))
        self.fields[name] = fields

    def _field(self, module: str, mid: str, position: int, line: str) -> dict:
        head, _, picks = line.partition(" = ")
        parts = head.split()
        api_name, dtype = parts[0], parts[1]
        flags = "".join(parts[2:])
        target = None
        if ">" in dtype:
            dtype, target = dtype.split(">", 1)
        fid = self._next_id()
        label = api_name.replace("__s", "").replace("_", " ")
        field: Dict[str, Any] = {
            "api_name": api_name, "id": fid, "field_label": label, "display_label": label,
            "data_type": dtype, "json_type": _JSON_TYPES.get(dtype, "string"),
            "system_mandatory": "!" in flags, "custom_field": False, "read_only": "r" in flags,
            "field_read_only": "r" in flags, "visible": True, "length": _length(dtype),
            "decimal_place": 2 if dtype in ("currency", "double") else None,
            "pick_list_values": [], "lookup": {}, "associated_module": None,
            "multiselectlookup": {}, "multiuserlookup": {}, "formula": {}, "currency": {},
            "auto_number": {}, "unique": {"casesensitive": "false"} if "u" in flags else {},
            "view_type": {"view": True, "edit": "r" not in flags, "quick_create": "!" in flags, "create": "r" not in flags},
            "operation_type": {"web_update": "r" not in flags, "api_create": "r" not in flags,
                               "web_create": "r" not in flags, "api_update": "r" not in flags},
            "profiles": [{"permission_type": "read_write", "name": "Administrator", "id": "5725767000000026011"}],
            "webhook": False, "crypt": None, "tooltip": None, "created_source": "default",
            "display_type": -1, "ui_type": 1, "searchable": True, "sortable": True, "filterable": True,
            "mass_update": "r" not in flags and dtype not in ("email", "lookup", "textarea"),
            "virtual_field": False, "history_tracking": None, "global_picklist": None,
            "convert_mapping": {}, "customizable_properties": [], "type": "used",
            "hipaa_compliance": None, "email_parser": {"fields_update_supported": False},
            "textarea": {"type": "large"} if dtype == "textarea" else None,
        }
        if dtype in ("picklist", "multiselectpicklist"):
            values = ["-None-"] + picks.split("|") if dtype == "picklist" else picks.split("|")
            field["pick_list_values"] = [
                {"display_value": v, "actual_value": v, "reference_value": v, "sequence_number": i + 1,
                 "colour_code": None, "id": self._next_id(), "type": "used"}
                for i, v in enumerate(values)]
        if dtype == "lookup" and target:
            field["lookup"] = {"display_label": label, "api_name": api_name,
                               "module": {"api_name": target, "id": self.module_ids.get(target, "")},
                               "id": self._next_id()}
        if dtype == "subform" and target:
            field["associated_module"] = {"module": target, "id": self.module_ids.get(target, "")}
        if dtype == "autonumber":
            field["auto_number"] = {"prefix": "", "suffix": "", "start_number": 1}
        if dtype == "currency":
            field["currency"] = {"rounding_option": "normal", "precision": 2}
        return field

    # -- lookups ----------------------------------------------------------------------
    def resolve(self, name: str) -> Optional[str]:
        return self._by_lower.get((name or "").lower())

    def record_module(self, name: str) -> str:
        """Canonical API module usable for records, else Zoho's INVALID_MODULE."""
        canon = self.resolve(name)
        if not canon or not self.modules[canon]["api_supported"]:
            raise errors.invalid_module(name)
        return canon

    def field_map(self, module: str) -> Dict[str, dict]:
        return {f["api_name"]: f for f in self.fields.get(module, [])}

    def mandatory(self, module: str) -> List[str]:
        return [f["api_name"] for f in self.fields.get(module, []) if f["system_mandatory"]]

    def unique(self, module: str) -> List[str]:
        return [f["api_name"] for f in self.fields.get(module, []) if f["unique"]]

    def layout(self, module: str) -> dict:
        mid = self.module_ids[module]
        return {"id": str(int(mid) + 91000), "name": "Standard", "api_name": "Standard__s",
                "display_label": "Standard", "status": "active", "visible": True,
                "generated_type": "system", "source": "crm", "created_time": SEED_TIME,
                "modified_time": SEED_TIME, "created_by": user_ref(), "modified_by": user_ref(),
                "profiles": [{"default": True, "name": "Administrator", "id": "5725767000000026011"}],
                "show_business_card": True, "actions_allowed": {"edit": True, "rename": True, "clone": True,
                                                                 "downgrade": True, "delete": False,
                                                                 "deactivate": False, "set_layout_permissions": True},
                "convert_mapping": {}, "has_more_profiles": False, "mode": "standard",
                "sections": [{"display_label": f"{self.modules[module]['singular_label']} Information",
                              "sequence_number": 1, "api_name": "Information", "column_count": 2,
                              "name": "Information", "generated_type": "default", "type": "used",
                              "tab_traversal": 1, "isSubformSection": False, "properties": {},
                              "fields": self.fields[module]}]}

    def related_lists(self, module: str) -> List[dict]:
        mid = int(self.module_ids[module])
        names = ["Notes", "Attachments"] + seed_modules.RELATED.get(module, [])
        out = []
        for i, target in enumerate(names):
            target_module = self.resolve(target)
            module_ref = ({"api_name": target_module, "id": self.module_ids[target_module]}
                          if target_module else None)
            label = target.replace("_", " ")
            out.append({"id": str(mid + 95000 + i), "sequence_number": str(i + 1), "display_label": label,
                        "api_name": target, "module": module_ref, "name": target,
                        "action": None, "href": f"{module}/{{ENTITYID}}/{target}",
                        "type": "default", "connectedmodule": None, "linkingmodule": None,
                        "status": "visible", "visible": True, "customize_sort": False,
                        "customize_fields": False, "customize_display_label": False,
                        "sort_by": None, "sort_order": None, "fields": None})
        return out

    def org(self) -> dict:
        return {"id": ORG_ID, "zgid": ZGID, "company_name": "Zylker Emulated", "alias": None,
                "primary_email": CURRENT_USER["email"], "primary_zuid": CURRENT_USER["zuid"],
                "domain_name": f"org{ZGID}", "currency": "US Dollar - USD", "currency_symbol": "$",
                "currency_locale": "en_US", "iso_code": "USD", "time_zone": "Etc/UTC",
                "country_code": "US", "country": "United States", "city": None, "street": None,
                "state": None, "zip": None, "phone": None, "mobile": None, "fax": None,
                "website": None, "employee_count": "10", "description": None, "type": "production",
                "mc_status": False, "gapps_enabled": False, "translation_enabled": False,
                "hipaa_compliance_enabled": False, "privacy_settings": False,
                "zia_portal_id": None, "lite_users_enabled": False, "photo_id": None,
                "created_time": SEED_TIME,
                "license_details": {"paid": True, "paid_type": "enterprise", "paid_expiry": None,
                                    "users_license_purchased": 10, "trial_type": None,
                                    "trial_expiry": None, "trial_action": None}}


def _length(dtype: str) -> int:
    return {"textarea": 32000, "email": 100, "phone": 30, "website": 255, "integer": 9,
            "bigint": 18, "double": 16, "currency": 16, "boolean": 5}.get(dtype, 255)


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


# -- handlers ---------------------------------------------------------------------------
def _not_modified_since(req: Request, last_change: float) -> bool:
    since = parse_when(req.header("If-Modified-Since"))
    return since is not None and since >= last_change


def get_modules(app: Any, req: Request, name: Optional[str] = None) -> Response:
    cat: Catalog = app.catalog
    if name is not None:
        canon = cat.resolve(name) or next((m for m, d in cat.modules.items() if d["id"] == name), None)
        if not canon:
            raise errors.invalid_module(name)
        module = dict(cat.modules[canon])
        module.update({"fields": cat.fields[canon], "layouts": [cat.layout(canon)],
                       "related_lists": cat.related_lists(canon), "custom_view": None,
                       "business_card_fields": [], "$on_demand_properties": []})
        return json_response(200, {"modules": [module]})
    if _not_modified_since(req, SEED_TS):
        return empty(304)
    return json_response(200, {"modules": [m for m in cat.modules.values()]})


def _module_param(app: Any, req: Request) -> str:
    name = req.query.get("module")
    if not name:
        raise errors.required_param("module")
    canon = app.catalog.resolve(name)
    if not canon:
        raise errors.invalid_module(name)
    return canon


def get_fields(app: Any, req: Request, field_id: Optional[str] = None) -> Response:
    module = _module_param(app, req)
    # custom fields created through the API (the generic store) follow the standard ones
    fields = app.catalog.fields[module] + [d for _, d in app.state.list_docs(f"settings:settings/fields|{module}")]
    if field_id is not None:
        fields = [f for f in fields if f["id"] == field_id or f["api_name"] == field_id]
        if not fields:
            raise errors.invalid_data("the id given seems to be invalid", {"id": field_id})
    return json_response(200, {"fields": fields})


def get_layouts(app: Any, req: Request, layout_id: Optional[str] = None) -> Response:
    module = _module_param(app, req)
    layout = app.catalog.layout(module)
    if layout_id is not None and layout_id != layout["id"]:
        raise errors.invalid_data("the id given seems to be invalid", {"id": layout_id})
    return json_response(200, {"layouts": [layout]})


def get_related_lists(app: Any, req: Request, rl_id: Optional[str] = None) -> Response:
    module = _module_param(app, req)
    lists = app.catalog.related_lists(module)
    if rl_id is not None:
        lists = [r for r in lists if r["id"] == rl_id]
        if not lists:
            raise errors.invalid_data("the id given seems to be invalid", {"id": rl_id})
    return json_response(200, {"related_lists": lists})


def get_users(app: Any, req: Request, user_id: Optional[str] = None) -> Response:
    added = [d for _, d in app.state.list_docs("settings:users|")]  # users created through the API
    if user_id is not None:
        found = [full_user(u) for u in USERS if u["id"] == user_id] + [u for u in added if u["id"] == user_id]
        if not found:
            raise errors.invalid_data("the id given seems to be invalid", {"id": user_id})
        return json_response(200, {"users": [found[0]]})
    kind = (req.query.get("type") or "AllUsers").lower()
    if kind not in _USER_FILTERS:
        raise errors.invalid_data("invalid data", {"param_name": "type"})
    users = [full_user(u) for u in USERS if _USER_FILTERS[kind](u)]
    if kind in ("allusers", "activeusers"):
        users += [u for u in added if u.get("status", "active") == "active" or kind == "allusers"]
    if req.query.get("ids"):
        wanted = set(req.query["ids"].split(","))
        users = [u for u in users if u["id"] in wanted]
    if _not_modified_since(req, SEED_TS):
        return empty(304)
    page, per_page = _page_args(req)
    chunk = users[(page - 1) * per_page: page * per_page]
    if not chunk:
        return empty(204)
    return json_response(200, {"users": chunk,
                               "info": {"per_page": per_page, "count": len(chunk), "page": page,
                                        "more_records": page * per_page < len(users)}})


def count_users(app: Any, req: Request) -> Response:
    kind = (req.query.get("type") or "AllUsers").lower()
    return json_response(200, {"count": len([u for u in USERS if _USER_FILTERS.get(kind, lambda u: True)(u)])})


def get_org(app: Any, req: Request) -> Response:
    return json_response(200, {"org": [app.catalog.org()]})


def _page_args(req: Request, max_per_page: int = 200) -> tuple:
    try:
        page = int(req.query.get("page") or 1)
        per_page = int(req.query.get("per_page") or max_per_page)
    except ValueError:
        raise errors.invalid_data("invalid data", {"param_name": "page"})
    if page < 1 or per_page < 1 or per_page > max_per_page:
        raise errors.invalid_data("invalid data", {"param_name": "per_page" if page >= 1 else "page"})
    return page, per_page
