"""Shared helpers of the conformance suite: the inventory, sample values by declared type, fully
populated model objects built through the public setters, a plain comparable form of values, and
an independent implementation of the official interface scoring.

Everything here is driven by tests/data/api_surface.json; nothing is written per package."""
from __future__ import annotations

import datetime as dt
import importlib
import io
import json
import os
from functools import lru_cache
from typing import Any, Dict, Iterator, List, Optional, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
API = "zohocrmsdk.src.com.zoho.crm.api"
CHOICE = API + ".util.Choice"
STREAM = API + ".util.StreamWrapper"
RECORD = API + ".record.Record"
MAX_DEPTH = 2  # nested objects are populated this deep; deeper members are left unset

with open(os.path.join(ROOT, "tests", "data", "api_surface.json"), encoding="utf-8") as _handle:
    INV = json.load(_handle)

PACKAGES: Dict[str, Any] = INV["packages"]
# official DATA_TYPE table (name -> python type name), used by the official scoring, rule (b)
DATA_TYPE = {k: v["$ref"] for k, v in INV["constants"]["DATA_TYPE"].items()}
_PY = {"str": str, "int": int, "float": float, "bool": bool, "list": list, "dict": dict,
       "datetime": dt.datetime, "date": dt.date, "time": dt.time}

SAMPLE_DATETIME = dt.datetime(2021, 3, 4, 5, 6, 7, tzinfo=dt.timezone.utc)
SAMPLE_DATE = dt.date(2021, 3, 4)
SAMPLE_STR = "sample"
SAMPLE_MODULE = "Leads"
SAMPLE_INT = 7


# -- the inventory ---------------------------------------------------------------------------

def models() -> Iterator[Tuple[str, str, Dict[str, Any]]]:
    for pkg, p in PACKAGES.items():
        for name, m in p["models"].items():
            if m["kind"] == "model":
                yield pkg, name, m


def interfaces() -> Iterator[Tuple[str, str, Dict[str, Any]]]:
    for pkg, p in PACKAGES.items():
        for name, i in p["interfaces"].items():
            yield pkg, name, i


def operations() -> Iterator[Tuple[str, Dict[str, Any], Dict[str, Any]]]:
    for pkg, p in PACKAGES.items():
        for o in p["operations"]:
            for m in o["methods"]:
                yield pkg, o, m


@lru_cache(maxsize=None)
def model_entry(ref: str) -> Optional[Dict[str, Any]]:
    pkg, _, name = ref[len(API) + 1:].rpartition(".")
    p = PACKAGES.get(pkg)
    return None if p is None else p["models"].get(name)


@lru_cache(maxsize=None)
def interface_entry(ref: str) -> Optional[Dict[str, Any]]:
    pkg, _, name = ref[len(API) + 1:].rpartition(".")
    p = PACKAGES.get(pkg)
    return None if p is None else p["interfaces"].get(name)


def cls_of(ref: str) -> type:
    package, _, name = ref.rpartition(".")
    return getattr(importlib.import_module(package), name)


def accessor(f: Dict[str, Any]) -> str:
    return f.get("accessor") or f["attr"]


def sub_type(f: Dict[str, Any]) -> Optional[str]:
    return f.get("structure_name") or (f.get("sub_type") or {}).get("type")


# -- sample values ----------------------------------------------------------------------------

def primitive_sample(t: str, values=(), key: str = "") -> Any:
    """A value of a declared primitive type (or Choice), inside the allowed values when any."""
    if t == CHOICE:
        from zohocrmsdk.src.com.zoho.crm.api.util import Choice
        return Choice(values[0] if values else SAMPLE_STR)
    if values:
        return values[0]
    return {"String": SAMPLE_STR, "Integer": SAMPLE_INT, "Long": SAMPLE_INT, "Float": 1.5, "Double": 2.5,
            "Boolean": True, "DateTime": SAMPLE_DATETIME, "Date": SAMPLE_DATE, "LocalTime": dt.time(9, 5),
            "Object": SAMPLE_STR, "TimeZone": "Asia/Kolkata", "Map": {"k": SAMPLE_STR},
            "HashMap": {"k": SAMPLE_STR}, "List": [SAMPLE_STR]}[t]


def member_sample(f: Dict[str, Any], depth: int) -> Any:
    """A value for one model member (json_details shape), or ``_SKIP`` when too deep."""
    t = f["type"]
    if t == "List":
        inner = sub_type(f)
        if inner is None:
            return [SAMPLE_STR]
        if inner == CHOICE or not inner.startswith("zohocrmsdk."):
            return [primitive_sample(inner, f.get("values") or ())]
        element = object_sample(inner, depth + 1)
        return _SKIP if element is _SKIP else [element]
    if t in ("Map", "HashMap") and f.get("keys"):
        out = {}
        for k in f["keys"]:
            if "key" not in k:
                continue
            value = member_sample(k, depth)
            if value is not _SKIP:
                out[k["key"]] = value
        return out
    if t.startswith("zohocrmsdk.") and t != CHOICE:
        return object_sample(t, depth + 1)
    return primitive_sample(t, f.get("values") or (), f["key"])


_SKIP = object()


def object_sample(ref: str, depth: int) -> Any:
    """A populated instance of a model class (an interface gives its first concrete class)."""
    if ref == STREAM:
        from zohocrmsdk.src.com.zoho.crm.api.util import StreamWrapper
        return StreamWrapper("sample.txt", io.BytesIO(b"sample bytes"))
    if depth > MAX_DEPTH:
        return _SKIP
    iface = interface_entry(ref)
    if iface is not None:
        ref = iface["classes"][0]
    if model_entry(ref) is None:
        return _SKIP  # json_details names a few classes the SDK never defines (see test_models)
    return build(ref, depth)


def build(ref: str, depth: int = 0) -> Any:
    """An instance of ``ref`` with every member set through its public setter."""
    obj = cls_of(ref)()
    for f in model_entry(ref).get("fields", []):
        value = member_sample(f, depth)
        if value is _SKIP:
            continue
        getattr(obj, "set_" + accessor(f))(value)
    return obj


def wrong_value(check: str) -> Any:
    """A value the official setter's isinstance guard rejects."""
    return 1.5 if check in ("str", "list", "dict", "bool", "int") else SAMPLE_STR


# -- comparison ---------------------------------------------------------------------------------

def plain(value: Any) -> Any:
    """A comparable form: models as {json key: plain value}, Choice as its value."""
    from zohocrmsdk.src.com.zoho.crm.api.util import Choice
    from zohocrmsdk.src.com.zoho.crm.api.util import StreamWrapper
    if isinstance(value, Choice):
        return ("Choice", plain(value.get_value()))
    if isinstance(value, StreamWrapper):
        return ("Stream", value.get_name())
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        # lists of primitive elements stay raw on decoding (as officially): compare wire text
        return "{:02d}:{:02d}".format(value.hour, value.minute)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "get_key_values"):
        return {k: plain(v) for k, v in value.get_key_values().items() if v is not None}
    return _plain_model(value, plain)


def plain_as_decoded(value: Any) -> Any:
    """plain() of a value as decoding its JSON yields it: a key/value class stores each JSON key
    under the member the official lookup finds (``Created_Time`` -> member ``created_time`` when the
    class declares both), and lists whose Choice is only a sub_type come back raw."""
    if isinstance(value, dict):
        return {k: plain_as_decoded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_as_decoded(v) for v in value]
    if hasattr(value, "get_key_values"):
        entry = model_entry(type(value).__module__.rpartition(".")[0] + "." + type(value).__name__) or {}
        attrs = {f["attr"]: f["key"] for f in entry.get("fields", [])}
        out = {}
        for k, v in value.get_key_values().items():
            if v is None:
                continue
            target = k if k.startswith("$") else attrs.get(k) or attrs.get("_".join(p.lower() for p in k.split("_")), k)
            out[target] = plain_as_decoded(v)
        return out
    if value.__class__.__name__ == "Choice" or not hasattr(value, "is_key_modified"):
        return plain(value)
    return _plain_model(value, plain_as_decoded)


def _plain_model(value: Any, recurse) -> Any:
    entry = model_entry(type(value).__module__.rpartition(".")[0] + "." + type(value).__name__) \
        if hasattr(value, "is_key_modified") else None
    if entry is not None:
        out = {}
        for f in entry.get("fields", []):
            got = getattr(value, "get_" + accessor(f))()
            if got is not None:
                out[f["key"]] = recurse(got)
                if (recurse is not plain and f.get("type") == "List" and not f.get("structure_name")
                        and sub_type(f) == API + ".util.Choice"):
                    out[f["key"]] = [x[1] if isinstance(x, tuple) else x for x in out[f["key"]]]
        return out
    return value


# -- the official interface scoring , from the inventory alone --------------------

def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "Map"
    if isinstance(value, list):
        return "List"
    return type(value).__name__


def official_score(ref: str, data: Dict[str, Any]) -> float:
    fields = model_entry(ref).get("fields", [])
    if not fields:
        return 0.0
    hits = 0
    for f in fields:
        value = data.get(f["key"])
        if value is None:
            continue
        t = f["type"]
        py = _PY.get(DATA_TYPE.get(t, ""))
        if (_kind(value) == t or (py is not None and isinstance(value, py))
                or (f["key"] == "count" and t == "Long")
                or (t == CHOICE and value in (f.get("values") or ()))):
            hits += 1
        if f.get("structure_name") is not None and f["structure_name"] == t and (
                not f.get("values") or value in f["values"]):
            hits += 1
    return hits / len(fields)


def official_pick(candidates: List[str], data: Dict[str, Any]) -> Optional[str]:
    best, best_score = None, 0.0
    for ref in candidates:
        score = official_score(ref, data)
        if score == 1.0:
            return ref
        if score > best_score:
            best, best_score = ref, score
    return best
