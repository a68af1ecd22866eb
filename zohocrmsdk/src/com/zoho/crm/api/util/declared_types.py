"""The declared types: one row per type name the declarations and the field metadata use.

Everything that depends on a declared type reads it from ``TYPES``: the setters' checks
(``model``), the conversions (``datatype_converter``), the codec's validation, decoding and
encoding shortcuts, the parameter and header checks, and the generators (``.pyi`` spellings,
which names are primitives). A new type is one new row.

Incoming datetimes are moved into the local time zone (``dateutil``'s ``tzlocal()``) exactly as
the official SDK does; outgoing ones lose microseconds and are written with the local offset.
"""
from __future__ import annotations

import datetime as _dt
import time as _time
from typing import Any, Callable, Dict, NamedTuple, Optional

from dateutil import parser as _dateparser
from dateutil import tz as _tz

LOCAL_ZONE = _tz.tzlocal()
# The local zone as a C-level fixed offset, where the zone never changes its offset (no DST), else None.
LOCAL_FIXED = None if _time.daylight else _dt.timezone(_dt.timedelta(seconds=-_time.timezone))


def to_local(value: _dt.datetime) -> _dt.datetime:
    """The same instant in the local zone, with ``tzlocal()`` as tzinfo (as the official SDK).
    Where the zone has a fixed offset the conversion is done by the C-level fixed zone: dateutil's
    generic conversion is the slowest step of decoding a page."""
    if LOCAL_FIXED is not None and value.tzinfo is not None:
        # rebuilt from date and time: replace(tzinfo=...) looks each of its nine keywords up by name
        value = value.astimezone(LOCAL_FIXED)
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
    return value.astimezone(LOCAL_FIXED if LOCAL_FIXED is not None else LOCAL_ZONE).isoformat()


def format_date(value: _dt.date) -> str:
    return value.isoformat()


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


def keep(value: Any) -> Any:
    return value


def string_in(value: Any) -> Any:
    # Objects in a String field stay as they are instead of becoming their repr (16.24).
    return value if isinstance(value, (str, dict, list)) else str(value)


class DeclaredType(NamedTuple):
    """What one declared type name means.

    ``py``: the Python class of its values (None: anything goes, nothing is checked);
    ``shown``: how setter and parameter checks name that class in their errors (the encoder's
    ``TYPE ERROR`` names the declared type itself, ``Float``, as officially);
    ``exact``: the encoder accepts only that exact class (else subclasses too; setters always do);
    ``pre``/``post``: the conversion from JSON / to JSON (None: the value is kept);
    ``unchanged``: the class whose values both conversions return as they are, so a codec
    shortcut may skip the call; ``stub``: the ``.pyi`` spelling; ``json_kind``: the name the
    official interface scoring gives a JSON value of class ``py``."""

    py: Optional[type]
    shown: str
    exact: bool
    pre: Optional[Callable[[Any], Any]]
    post: Optional[Callable[[Any], Any]]
    unchanged: Optional[type]
    stub: str
    json_kind: bool = False


T = DeclaredType
TYPES: Dict[str, DeclaredType] = {
    "String": T(str, "str", True, string_in, str, str, "str"),
    "Integer": T(int, "int", True, int, int, int, "int"),
    "Long": T(int, "int", True, parse_long, int, int, "int"),
    "Float": T(float, "float", True, float, float, float, "float"),
    "Double": T(float, "float", True, float, float, float, "float"),
    "Boolean": T(bool, "bool", True, parse_bool, bool, bool, "bool"),
    "DateTime": T(_dt.datetime, "datetime", False, parse_datetime, format_datetime, None, "datetime.datetime"),
    "Date": T(_dt.date, "date", True, parse_date, format_date, None, "datetime.date"),
    "LocalTime": T(_dt.time, "time", False, parse_local_time, format_local_time, None, "datetime.time"),
    "TimeZone": T(None, "", False, keep, str, None, "Any"),
    "Object": T(None, "", False, keep, None, None, "Any"),
    "List": T(list, "list", False, None, None, None, "List[Any]", json_kind=True),
    "Map": T(dict, "dict", False, None, None, None, "Dict[str, Any]", json_kind=True),
    "HashMap": T(dict, "dict", False, None, None, None, "Dict[str, Any]"),
}
del T

PRIMITIVES = frozenset(TYPES)
