"""Conversions between JSON/query values and Python values, by declared type name.

Incoming datetimes are moved into the local time zone (``dateutil``'s ``tzlocal()``) exactly as
the official SDK does; outgoing ones lose microseconds and are written with the local offset.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Callable, Dict

from dateutil import parser as _dateparser
from dateutil import tz as _tz

LOCAL_ZONE = _tz.tzlocal()


def _fixed_local_offset():
    """The local UTC offset when the zone never changes it (no DST), else None."""
    import time as _time
    if _time.daylight:
        return None
    return _dt.timedelta(seconds=-_time.timezone)


_LOCAL_OFFSET = _fixed_local_offset()
# The local zone as a C-level fixed offset, where the zone never changes its offset.
_LOCAL_FIXED = LOCAL_FIXED = _dt.timezone(_LOCAL_OFFSET) if _LOCAL_OFFSET is not None else None


def to_local(value: _dt.datetime) -> _dt.datetime:
    """The same instant in the local zone, with ``tzlocal()`` as tzinfo (as the official SDK).
    Where the zone has a fixed offset the conversion is done by the C-level fixed zone: dateutil's
    generic conversion is the slowest step of decoding a page."""
    if _LOCAL_FIXED is not None and value.tzinfo is not None:
        # rebuilt from date and time: replace(tzinfo=...) looks each of its nine keywords up by name
        value = value.astimezone(_LOCAL_FIXED)
        return _dt.datetime.combine(value.date(), value.time(), LOCAL_ZONE)
    return value.astimezone(LOCAL_ZONE)


def parse_datetime(text: str) -> _dt.datetime:
    try:
        value = _dt.datetime.fromisoformat(text)
    except ValueError:
        value = _dateparser.isoparse(text)
    return to_local(value)


def parse_date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return _dateparser.isoparse(text).date()


def format_datetime(value: _dt.datetime) -> str:
    if value.microsecond:
        value = value.replace(microsecond=0)
    # A fixed local offset prints the same as tzlocal(), and converts without dateutil.
    return value.astimezone(_LOCAL_FIXED if _LOCAL_FIXED is not None else LOCAL_ZONE).isoformat()


def parse_bool(value: Any) -> bool:
    """Booleans; the strings "false"/"0" are False (the official ``bool("false")`` is True, 16.24)."""
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "", "no")
    return bool(value)


def parse_long(value: Any):
    if value == "null":
        return None
    return int(value)


def parse_local_time(value: str) -> _dt.time:
    hour, minute = str(value).split(":")[:2]
    return _dt.time(int(hour), int(minute))


def format_local_time(value: _dt.time) -> str:
    return "{:02d}:{:02d}".format(value.hour, value.minute)  # docs/deviations.md#local-time-zero-padded


def _keep(value: Any) -> Any:
    return value


def _string_in(value: Any) -> Any:
    # Objects in a String field stay as they are instead of becoming their repr (16.24).
    return value if isinstance(value, (str, dict, list)) else str(value)


# Incoming: JSON value -> Python value.
PRE: Dict[str, Callable[[Any], Any]] = {
    "String": _string_in, "Integer": int, "Long": parse_long, "Boolean": parse_bool,
    "Float": float, "Double": float, "Date": parse_date, "DateTime": parse_datetime,
    "LocalTime": parse_local_time, "TimeZone": _keep, "Object": _keep,
}

# Outgoing: Python value -> JSON value.
POST: Dict[str, Callable[[Any], Any]] = {
    "String": str, "Integer": int, "Long": int, "Boolean": bool, "Float": float, "Double": float,
    "Date": lambda v: v.isoformat(), "DateTime": format_datetime, "LocalTime": format_local_time,
    "TimeZone": str,
}


class DataTypeConverter(object):
    """The official entry points, kept for apps that call them directly."""

    pre_converter_map = PRE
    post_converter_map = POST

    @staticmethod
    def init() -> None:
        """Nothing to prepare: the tables are built at import."""

    @staticmethod
    def pre_convert(obj: Any, data_type: str) -> Any:
        return PRE.get(data_type, _keep)(obj)

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
