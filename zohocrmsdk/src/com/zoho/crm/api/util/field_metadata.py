"""Builds the cached spec of one CRM field from Zoho's field metadata, as the official runtime does."""
from __future__ import annotations

from typing import Any, Dict, Optional

from zohocrmsdk.src.com.zoho.crm.api.util.model import API_ROOT

SKIPPED = frozenset(("Created_Time", "Modified_Time", "Created_By", "Modified_By", "Tag"))
INVENTORY_ITEMS = ("invoiced_items", "quoted_items", "purchase_items", "ordered_items")
INVENTORY_MODULES = ("invoices", "sales_orders", "purchase_orders", "quotes")
CHOICE = API_ROOT + ".util.Choice"
RECORD = API_ROOT + ".record.Record"
USER = API_ROOT + ".users.MinifiedUser"


def _r(name: str) -> str:
    return API_ROOT + "." + name


# data_type -> (type, structure_name)
_BY_DATA_TYPE = {}
for _names, _spec in (
        (("text", "textarea", "website", "email", "phone", "mediumtext", "profileimage", "autonumber"), ("String", None)),
        (("integer", "long", "bigint"), ("Integer", None)),
        (("boolean",), ("Boolean", None)),
        (("double", "percent", "currency"), ("Float", None)),
        (("datetime", "event_reminder"), ("DateTime", None)),
        (("date",), ("Date", None)),
        (("lookup", "multi_module_lookup"), (RECORD, RECORD)),
        (("ownerlookup", "userlookup"), (USER, USER)),
        (("multiuserlookup", "multiselectlookup", "subform"), ("List", RECORD)),
        (("picklist",), (CHOICE, None)),
        (("multiselectpicklist",), ("List", CHOICE)),
        (("fileupload",), ("List", _r("record.FileDetails"))),
        (("imageupload",), ("List", _r("record.ImageUpload"))),
        (("multireminder",), ("List", _r("record.Reminder"))),
        (("linetax",), ("List", _r("record.LineTax"))),
        (("time_range",), ("List", _r("record.TimeRange"))),
        (("ALARM",), (_r("record.RemindAt"), _r("record.RemindAt"))),
        (("RRULE",), (_r("record.RecurringActivity"), _r("record.RecurringActivity"))),
        (("consent_lookup",), (_r("record.Consent"), _r("record.Consent"))),
        (("module",), (_r("modules.Modules"), _r("modules.Modules"))),
        (("layout",), (_r("layouts.Layouts"), _r("layouts.Layouts")))):
    for _name in _names:
        _BY_DATA_TYPE[_name] = _spec


def _typed(spec: Dict[str, Any], type_: str, structure: Optional[str] = None) -> Dict[str, Any]:
    spec["type"] = type_
    if structure is not None:
        spec["structure_name"] = structure
    return spec


# Fields the official runtime types by name rather than by data type, as data: (field api names,
# modules where the rule applies or None for every module, the cached spec). Names and modules
# compare case-insensitively, as the official does ("Tax" of Products is its "TAX" rule).
# ``standard`` rules apply only to standard (non-custom) fields.
SPECIAL_FIELDS = (
    (("pricing_details",), ("price_books",),
     {"type": "List", "structure_name": _r("record.PricingDetails"), "skip-mandatory": True}),
    (("participants",), ("events", "activities"),
     {"type": "List", "structure_name": _r("record.Participants"), "skip-mandatory": True}),
    (("comments",), ("solutions", "cases"),
     {"type": "List", "structure_name": _r("record.Comment"), "lookup": True}),
    (("layout",), None, {"type": _r("layouts.Layouts"), "structure_name": _r("layouts.Layouts"), "lookup": True}),
    (("territories", "territory"), "standard",
     {"type": "List", "structure_name": _r("record.Territory"), "lookup": True}),
    (("product_name",), INVENTORY_ITEMS,
     {"type": _r("record.LineItemProduct"), "structure_name": _r("record.LineItemProduct"), "skip-mandatory": True}),
    (("discount",), INVENTORY_ITEMS, {"type": "String"}),
    (("tax",), ("products",), {"type": "List", "structure_name": _r("record.Tax")}),
)


def _special(api_name: str, module: str, field: Dict[str, Any], spec: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    name = api_name.lower()
    for names, modules, fixed in SPECIAL_FIELDS:
        if name not in names:
            continue
        if modules == "standard":
            if field.get("custom_field") is not False:
                continue
        elif modules is not None and module not in modules:
            continue
        spec.update(fixed)
        return spec
    return None


def _api_name_of(value: Any) -> Optional[str]:
    if isinstance(value, dict):
        return value.get("api_name") or value.get("module")
    return value if isinstance(value, str) else None


def build_spec(field: Dict[str, Any], module_lower: str, module_api: str) -> Optional[Dict[str, Any]]:
    """The cache entry of one field, or None when the field is not cached. ``spec['module']``
    names another module whose fields must be fetched too."""
    api_name = field.get("api_name")
    if not api_name or api_name in SKIPPED:
        return None
    spec: Dict[str, Any] = {}
    if field.get("system_mandatory") and not (module_lower == "calls" and api_name == "Call_Duration"):
        spec["required"] = True
    special = _special(api_name, module_lower, field, spec)
    if special is not None:
        special["name"] = api_name
        return special
    data_type = field.get("data_type") or ""
    read_only = False
    if data_type == "formula":
        formula = field.get("formula") or {}
        data_type = formula.get("return_type") or ""
        read_only = True
    mapped = _BY_DATA_TYPE.get(data_type)
    if mapped is None:
        # Unknown Zoho type (rollup_summary...): passed through as a raw value, and still named
        # so writes of the module keep working (docs/deviations.md#unknown-field-types-named).
        spec["type"] = "Object"
        spec["name"] = api_name
        return spec
    _typed(spec, mapped[0], mapped[1])
    if read_only:
        spec["read-only"] = True
    raw_type = field.get("data_type") or ""
    if "lookup" in raw_type:
        spec["lookup"] = True
    if raw_type in ("ownerlookup", "consent_lookup"):
        spec["skip-mandatory"] = True
    if raw_type in ("multiselectlookup", "multiuserlookup"):
        linking = (field.get(raw_type) or {}).get("linking_module")
        spec["skip-mandatory"] = True
        spec["subform"] = True
        name = _api_name_of(linking)
        if name:
            spec["module"] = name
    if raw_type == "picklist" and field.get("pick_list_values"):  # multiselect values are not cached
        spec["picklist"] = True
        spec["values"] = [v.get("display_value") for v in field["pick_list_values"]]
    if raw_type == "subform":
        name = _api_name_of(field.get("associated_module"))
        if name:
            spec["module"] = name
        spec["skip-mandatory"] = True
        spec["subform"] = True
    if raw_type == "lookup":
        # Every lookup target is recorded, the module's own included; only "se_module" is not.
        target = _api_name_of((field.get("lookup") or {}).get("module"))
        if target and target != "se_module":
            spec["module"] = target
            if target.lower() == "accounts":
                spec["skip-mandatory"] = True
    spec["name"] = api_name
    return spec


def extra_entries(module_lower: str) -> Dict[str, Dict[str, Any]]:
    if module_lower in INVENTORY_MODULES:
        return {"$line_tax": {"type": "List", "structure_name": _r("record.LineTax"), "name": "$line_tax"}}
    if module_lower == "notes":
        return {"$attachments": {"type": "List", "structure_name": _r("attachments.Attachment"),
                                 "name": "$attachments"}}
    return {}
