"""The catalog: module, field, layout and related-list metadata and the org, built from seed_modules.

Everything here is static and deterministic (ids derive from positions), so answers are
identical across restarts and cheap: the SDK fetches fields for every module it meets.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from ...core import errors
from ...core.backend import Backend
from ...core.state import Kind
from ...core.wire import parse_when
from ..users.backend import CURRENT_USER, SEED_TIME, SEED_TS, user_ref
from . import seed_modules

ORG_ID = "5725767000000020005"
_FIXED_MODULE_KEYS = {"id", "api_name", "module_name", "generated_type", "api_supported"}  # not changed by PUT
ZGID = "808232144"


_JSON_TYPES = {"integer": "integer", "double": "double", "currency": "double", "percent": "double",
               "boolean": "boolean", "lookup": "jsonobject", "ownerlookup": "jsonobject",
               "userlookup": "jsonobject", "multi_module_lookup": "jsonobject", "layout": "jsonobject",
               "ALARM": "jsonobject", "RRULE": "jsonobject", "multiselectpicklist": "jsonarray",
               "subform": "jsonarray", "multiselectlookup": "jsonarray", "multiuserlookup": "jsonarray",
               "fileupload": "jsonarray", "imageupload": "jsonarray", "tag": "jsonarray"}
_COMMON_HEAD = "Owner ownerlookup\n"  # a line of its own: a module's spec may start with a field
_RECORD_STATUS = "\nRecord_Status__s picklist r = Available|Draft|Trash"  # new in v6, every record module
_COMMON_TAIL = """
Created_By ownerlookup r
Modified_By ownerlookup r
Created_Time datetime r
Modified_Time datetime r
Tag tag r
Layout layout r
"""


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
            self._add(name, singular, plural, "default", True, _COMMON_HEAD + spec + _COMMON_TAIL + _RECORD_STATUS,
                      seq)
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
            "recycle_bin_on_delete": api,
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




class MetadataBackend(Backend):
    """Reads over the catalog; custom fields created through the generic collection follow the standard ones."""

    def module_param(self, name: Optional[str]) -> str:
        if not name:
            raise errors.required_param("module")
        canon = self.catalog.resolve(name)
        if not canon:
            raise errors.invalid_module(name)
        return canon

    def _canonical(self, name: str) -> str:
        """A module's API name from its API name (any case) or id; INVALID_MODULE otherwise."""
        cat = self.catalog
        canon = cat.resolve(name) or next((m for m, d in cat.modules.items() if d["id"] == name), None)
        if not canon:
            raise errors.invalid_module(name)
        return canon

    def _edited(self, canon: str) -> dict:
        return {**self.catalog.modules[canon], **(self.state.get_doc(Kind.MODULE_EDITS, canon) or {})}

    def module(self, name: str) -> dict:
        """One module with its fields, layouts and related lists (by API name or id)."""
        cat = self.catalog
        canon = self._canonical(name)
        module = self._edited(canon)
        module.update({"fields": cat.fields[canon], "layouts": [cat.layout(canon)],
                       "related_lists": cat.related_lists(canon), "custom_view": None,
                       "business_card_fields": [], "$on_demand_properties": []})
        return module

    def modules(self) -> List[dict]:
        return [self._edited(canon) for canon in self.catalog.modules]

    def modules_changed(self) -> float:
        """When module metadata last changed (for If-Modified-Since)."""
        edits = [parse_when(d.get("modified_time")) or 0 for _, d in self.state.list_docs(Kind.MODULE_EDITS)]
        return max([SEED_TS] + edits)

    def update_module(self, name: str, items: List[Any]) -> str:
        """Apply the one entry of ``modules`` (labels, profiles, ...) to the module; its id."""
        canon = self._canonical(name)
        change = items[0]
        if len(items) != 1 or not isinstance(change, dict):
            raise errors.invalid_data(details={"api_name": "modules", "expected_data_type": "jsonobject"})
        edits = self.state.get_doc(Kind.MODULE_EDITS, canon) or {}
        edits.update({k: v for k, v in change.items() if k not in _FIXED_MODULE_KEYS})
        edits.update({"modified_time": self.now_iso(), "modified_by": user_ref()})
        self.state.put_doc(Kind.MODULE_EDITS, canon, edits)
        return self.catalog.modules[canon]["id"]

    def fields(self, module: str, field_id: Optional[str]) -> List[dict]:
        fields = self.catalog.fields[module] + self.app.generic.documents("settings/fields", module)
        if field_id is not None:
            fields = [f for f in fields if f["id"] == field_id or f["api_name"] == field_id]
            if not fields:
                raise errors.invalid_id({"id": field_id})
        return fields

    def layouts(self, module: str, layout_id: Optional[str]) -> List[dict]:
        layout = self.catalog.layout(module)
        if layout_id is not None and layout_id != layout["id"]:
            raise errors.invalid_id({"id": layout_id})
        return [layout]

    def related_lists(self, module: str, rl_id: Optional[str]) -> List[dict]:
        lists = self.catalog.related_lists(module)
        if rl_id is not None:
            lists = [r for r in lists if r["id"] == rl_id]
            if not lists:
                raise errors.invalid_id({"id": rl_id})
        return lists
