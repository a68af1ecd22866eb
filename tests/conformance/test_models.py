"""Every model class of the inventory: the official accessors exist, setters check types like the
official ones, and every declared JSON key survives encode -> decode."""
import json

import pytest

from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.util import codec

from tests.conformance.surface import (API, STREAM, accessor, build, cls_of, interface_entry, model_entry, models,
                                      plain, plain_as_decoded, sub_type, wrong_value)

MODELS = [(pkg + "." + name, m) for pkg, name, m in models()]
FILE_DETAILS = API + ".record.FileDetails"  # the official encoder lower-cases its keys


def test_inventory_counts():
    assert len(MODELS) == 956


@pytest.mark.parametrize("name,entry", MODELS, ids=[n for n, _ in MODELS])
def test_accessors_and_type_checks(name, entry):
    cls = cls_of(API + "." + name)
    for f in entry.get("fields", []):
        getter, setter = "get_" + accessor(f), "set_" + accessor(f)
        assert callable(getattr(cls, getter, None)) == bool(f.get("getter")), getter
        assert callable(getattr(cls, setter, None)) == bool(f.get("setter")), setter
        if f.get("accessor"):  # from_1 is reached as get_from/set_from only
            assert not hasattr(cls, "get_" + f["attr"]) and not hasattr(cls, "set_" + f["attr"])
    for method in entry.get("methods", []):
        assert callable(getattr(cls, method["name"], None)), method["name"]
    obj = cls()
    for f in entry.get("fields", []):
        setter = getattr(obj, "set_" + accessor(f))
        setter(None)  # None always passes the guard
        if f.get("check") is None or f.get("check_unresolved"):
            setter(object())  # no guard in the official setter
            continue
        with pytest.raises(SDKException) as caught:
            setter(wrong_value(f["check"]))
        assert caught.value.code == "DATA TYPE ERROR", (f["attr"], caught.value)


@pytest.mark.parametrize("name,entry", MODELS, ids=[n for n, _ in MODELS])
def test_round_trip(name, entry):
    ref = API + "." + name
    fields = entry.get("fields", [])
    obj = build(ref)
    encoded = codec.Encoder().encode(obj)
    wire = json.loads(json.dumps(encoded))
    lower = ref == FILE_DETAILS
    expected_keys = {f["key"].lower() if lower else f["key"] for f in fields
                     if getattr(obj, "get_" + accessor(f))() is not None}
    assert set(wire) == expected_keys
    if lower:
        wire = {f["key"]: wire[f["key"].lower()] for f in fields if f["key"].lower() in wire}
    decoded = codec.decode(wire, ref)
    assert type(decoded) is type(obj)
    for f in fields:
        sent = getattr(obj, "get_" + accessor(f))()
        got = getattr(decoded, "get_" + accessor(f))()
        if STREAM in (f["type"], sub_type(f)):
            continue  # file members travel as multipart parts, never as JSON
        if entry.get("storage") == "key_values" and renamed_on_decoding(fields, f):
            # Official lookup by member name: `Created_Time` resolves to the member `created_time`
            # (key `created_time`) when the class declares both, so the value lands there.
            assert got is None, f["key"]
        elif entry.get("storage") == "key_values" and f["key"].startswith("$"):
            # `$` system keys of Record-like classes are kept raw on decoding (as officially)
            assert got == wire[f["key"]], f["key"]
        else:
            assert plain(got) == as_decoded({f["key"]: plain_as_decoded(sent)})[f["key"]], f["key"]


def renamed_on_decoding(fields, f):
    """True when a key/value class decodes f's JSON key into another member (see codec)."""
    attrs = {x["attr"]: x for x in fields}
    key = f["key"]
    if key in attrs or key.startswith("$"):
        return attrs.get(key, f)["key"] != key
    other = attrs.get("_".join(p.lower() for p in key.split("_")))
    return other is not None and other["key"] != key


def _raw_choice_list_keys():
    """JSON keys of lists whose Choice is only a sub_type (no structure_name): decoding keeps their
    elements raw, as in the official SDK."""
    out = set()

    def walk(f):
        if f.get("type") == "List" and not f.get("structure_name") and sub_type(f) == API + ".util.Choice":
            out.add(f["key"])
        for k in f.get("keys", []):
            walk(k)
    for _pkg, _name, m in models():
        for f in m.get("fields", []):
            walk(f)
    return out


RAW_CHOICE_LISTS = _raw_choice_list_keys()


def as_decoded(value):
    """plain() of a sent value as decoding yields it (see _raw_choice_list_keys)."""
    if isinstance(value, dict):
        return {k: [x[1] if isinstance(x, tuple) and x[:1] == ("Choice",) else x for x in v]
                if k in RAW_CHOICE_LISTS and isinstance(v, list) else as_decoded(v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [as_decoded(v) for v in value]
    return value


UNDECLARED = [(pkg + "." + name, f["key"], k["key"], k.get("structure_name"))
              for pkg, name, m in models() for f in m.get("fields", []) for k in f.get("keys", [])
              if "key" in k and k.get("structure_name") and model_entry(k["structure_name"]) is None
              and interface_entry(k["structure_name"]) is None]


@pytest.mark.parametrize("name,member,key,ref", UNDECLARED, ids=["{}.{}.{}".format(*u[:3]) for u in UNDECLARED])
def test_map_keys_naming_undeclared_classes_stay_raw(name, member, key, ref):
    """json_details types some APIException ``details`` keys with classes that do not exist; an
    error response carrying them must still decode (the values stay raw)."""
    raw = {"api_name": "Last_Name", "json_path": "$.data[0]"}
    value = [raw] if ref and any(k.get("key") == key and k["type"] == "List"
                                 for f in dict(MODELS)[name]["fields"] for k in f.get("keys", [])) else raw
    decoded = codec.decode({member: {key: value}}, API + "." + name)
    assert getattr(decoded, "get_" + member)()[key] == value
