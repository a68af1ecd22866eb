"""Type checks and wire formatting of query parameter and header values."""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Optional

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.util import datatype_converter as dtc
from zohocrmsdk.src.com.zoho.crm.api.util.constants import Constants
from zohocrmsdk.src.com.zoho.crm.api.util.declared_types import TYPES
from zohocrmsdk.src.com.zoho.crm.api.util.holders import declared_type


def format_value(value: Any) -> str:
    """Wire text of a value by its runtime type: booleans as true/false (docs/deviations.md#booleans-lower-case)."""
    from zohocrmsdk.src.com.zoho.crm.api.util.choice import Choice
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _dt.datetime):
        return dtc.format_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, Choice):
        return format_value(value.get_value())
    if hasattr(value, "is_key_modified"):  # a model object, e.g. a Criteria filter (16.31)
        from zohocrmsdk.src.com.zoho.crm.api.util.codec import encode_model
        return json.dumps(encode_model(value), separators=(",", ":"))
    return str(value)


class HeaderParamValidator(object):
    """Checks a value against the declared type of its holder item, then formats it."""

    def validate(self, name: str, class_name: Optional[str], value: Any) -> str:
        if class_name is None:
            return format_value(value)  # docs/deviations.md#param-without-class-converted
        declared, key, kind = declared_type(class_name, name)
        if declared is None:
            return format_value(value)
        expected = TYPES.get(declared)
        if expected is not None:
            # parameters and headers take exactly the declared type's class (no subclasses)
            if expected.py is not None and type(value) is not expected.py:
                self._type_error(kind, name, key, expected.shown)
        elif declared.startswith(Constants.PACKAGE_NAMESPACE):  # a class path (short names stay unchecked)
            from zohocrmsdk.src.com.zoho.crm.api.util.model import resolve
            if not isinstance(value, resolve(declared)):
                self._type_error(kind, name, key, declared)
        return format_value(value)

    @staticmethod
    def _type_error(kind: str, name: str, key: str, accepted: str) -> None:
        raise SDKException("TYPE ERROR", None, {kind: name, "class": key, "accepted_type": accepted})


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
