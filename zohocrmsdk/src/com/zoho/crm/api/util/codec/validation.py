"""Validation of request values against their member specs, with the official errors."""
from __future__ import annotations

from typing import Any, Optional

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.util.choice import Choice
from zohocrmsdk.src.com.zoho.crm.api.util.declared_types import TYPES
from zohocrmsdk.src.com.zoho.crm.api.util.model import CHOICE, F, resolve


def check(f: F, value: Any, owner: str, index: Optional[int], pick_list_validation: bool) -> None:
    """Raise the official TYPE ERROR or UNACCEPTED VALUES ERROR for a member value that does
    not fit its spec; picklist values are checked only when ``pick_list_validation`` is on."""
    t = f.type
    if t in TYPES and TYPES[t].py is None:
        return  # Object, TimeZone: anything goes
    if t == CHOICE:
        ok = isinstance(value, Choice)
        accepted = CHOICE
    elif t == "List":
        ok = isinstance(value, list)
        accepted = t
        if ok and f.of == CHOICE:
            for i, item in enumerate(value):
                if not isinstance(item, Choice):  # a clear TYPE ERROR (docs/deviations.md#multiselect-element-type-error)
                    raise SDKException("TYPE ERROR", None, {"field": f.key, "class": owner,
                                       "accepted_type": CHOICE, "given_type": type(item), "index": i})
        elif ok and f.structure is not None:
            cls = resolve(f.structure)
            for i, item in enumerate(value):
                if not isinstance(item, cls):  # by isinstance (docs/deviations.md#upload-files-type-check)
                    raise SDKException("TYPE ERROR", None, {
                        "field": f.key, "class": owner, "accepted_type": "List[" + f.structure + "]",
                        "given_type": type(item).__module__, "index": i})
    elif t in TYPES:
        declared = TYPES[t]
        ok = type(value) is declared.py if declared.exact else isinstance(value, declared.py)
        accepted = t  # the declared type name ("Float"), as the official reports it
    else:
        ok, accepted = isinstance(value, resolve(t)), t
    if not ok:
        details = {"field": f.key, "class": owner, "accepted_type": accepted, "given_type": type(value)}
        if index is not None:
            details["index"] = index
        raise SDKException("TYPE ERROR", None, details)
    allowed = f.values
    if allowed and (not getattr(f, "picklist", False) or pick_list_validation):
        items = value if t == "List" else [value]
        for item in items:
            raw = item.get_value() if isinstance(item, Choice) else item
            if raw not in allowed:
                raise SDKException("UNACCEPTED VALUES ERROR", None, {
                    "field": f.key, "class": owner, "given-value": raw,
                    "accepted_values": list(allowed), "index": index})
