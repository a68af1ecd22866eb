"""Conversions between JSON/query values and Python values, by declared type name (the official
``DataTypeConverter`` entry points over the converters of ``declared_types``)."""
from __future__ import annotations

import datetime as _dt
from typing import Any, Callable, Dict

from zohocrmsdk.src.com.zoho.crm.api.util.declared_types import (  # noqa: F401  (the converters, by their names)
    LOCAL_FIXED, LOCAL_ZONE, TYPES, format_date, format_datetime, format_local_time, keep, parse_bool, parse_date,
    parse_datetime, parse_local_time, parse_long, to_local)

# Incoming (JSON value -> Python value) and outgoing, by type name; add_to_map may change them.
PRE: Dict[str, Callable[[Any], Any]] = {name: t.pre for name, t in TYPES.items() if t.pre is not None}
POST: Dict[str, Callable[[Any], Any]] = {name: t.post for name, t in TYPES.items() if t.post is not None}


class DataTypeConverter(object):
    """The official entry points, kept for apps that call them directly."""

    pre_converter_map = PRE
    post_converter_map = POST

    @staticmethod
    def init() -> None:
        """Nothing to prepare: the tables are built at import."""

    @staticmethod
    def pre_convert(obj: Any, data_type: str) -> Any:
        return PRE.get(data_type, keep)(obj)

    @staticmethod
    def post_convert(obj: Any, data_type: str) -> Any:
        convert = POST.get(data_type)
        return convert(obj) if convert is not None else obj

    @staticmethod
    def local_time_to_sting(obj: _dt.time) -> str:
        return format_local_time(obj)

    @staticmethod
    def string_to_local_time(obj: str) -> _dt.time:
        return parse_local_time(obj)

    @staticmethod
    def add_to_map(name: str, pre_converter: Callable, post_converter: Callable) -> None:
        PRE[name] = pre_converter
        POST[name] = post_converter


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
