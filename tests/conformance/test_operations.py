"""Every operation of the inventory sends its declared method, path, query parameters, headers and
body to a local recording server. Arguments are built generically from the inventory: path
arguments and constructor values get samples of their type, ParameterMap/HeaderMap arguments get
every item of the operation's Param/Header holder, bodies are fully populated through the setters."""
import datetime as dt
import json
from urllib.parse import urlparse

import pytest

from zohocrmsdk.src.com.zoho.crm.api import HeaderMap, ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.util import Choice, codec

from tests.conformance.surface import (API, CHOICE, PACKAGES, SAMPLE_INT, SAMPLE_MODULE, SAMPLE_STR, cls_of,
                                       object_sample, operations, primitive_sample)

OPS = [(pkg, o, m) for pkg, o, m in operations()]
MULTIPART = "multipart/form-data"


def test_inventory_counts():
    assert len(OPS) == 345
    assert sum(1 for _, _, m in OPS if m["content_type"] == MULTIPART) == 5


def _scalar(name, type_):
    if type_ == "int":
        return SAMPLE_INT
    if type_ == "str":
        return SAMPLE_MODULE if "module" in name.lower() else SAMPLE_STR
    raise AssertionError("no sample for {} {}".format(name, type_))


def _item_value(item):
    t = item["type"]
    if t.startswith("zohocrmsdk.") and t != CHOICE:
        return object_sample(t, 0)
    return primitive_sample(t, item.get("values") or ())


def _wire_text(value):
    """What the recorded query or header text must decode to (official rules, with docs/deviations.md#booleans-lower-case and #criteria-param-json)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Choice):
        return _wire_text(value.get_value())
    if isinstance(value, (str, int)):
        return str(value)
    return value  # datetimes and objects are compared by meaning, see _same


def _same(expected, text):
    if isinstance(expected, dt.datetime):
        return dt.datetime.fromisoformat(text) == expected
    if hasattr(expected, "is_key_modified"):
        return json.loads(text) == codec.Encoder().encode(expected)
    return text == expected


def _fill(holder_map, holders, holder_name, holder_module):
    """A Param/Header map holding every item of the holder; returns [(wire name, value)]."""
    sent = []
    if holder_name is None:
        return sent
    holder = holders[holder_name]
    holder_cls = getattr(cls_of(API + "." + holder_module), holder_name)
    for item in holder["items"]:
        value = _item_value(item)
        holder_map.add(getattr(holder_cls, item["attr"]), value)
        sent.append((item["name"], value))
    return sent


def _call(pkg, o, m):
    p = PACKAGES[pkg]
    ctor = {a["name"]: _scalar(a["name"], a["type"]) for a in o["init"]["args"]}
    instance = getattr(cls_of(API + "." + pkg), o["class"])(**ctor)
    args, params, headers = {}, [], []
    for a in m["args"]:
        if a["type"] == "ParameterMap":
            args[a["name"]] = ParameterMap()
            params += _fill(args[a["name"]], p["params"], m.get("param_holder"), pkg)
        elif a["type"] == "HeaderMap":
            args[a["name"]] = HeaderMap()
            headers += _fill(args[a["name"]], p["headers"], m.get("header_holder"), pkg)
        elif a.get("type_ref"):
            args[a["name"]] = object_sample(a["type_ref"], 0)  # an interface gives its first class
        else:
            args[a["name"]] = _scalar(a["name"], a["type"])
    for kind, target in (("add_params", params), ("add_headers", headers)):
        for item in m.get(kind) or []:
            source, name = item["value"]
            value = ctor[name] if source == "self" else args[name] if source == "arg" else name
            target.append((item["name"], value))
    path = "".join(text if kind == "lit" else str(ctor[text] if kind == "self" else args[text])
                   for kind, text in m["path_parts"])
    if path.startswith("http"):
        path = urlparse(path).path  # sent to the environment's file upload URL
    response = getattr(instance, m["name"])(**args)
    return response, args, path, params, headers


@pytest.mark.parametrize("pkg,o,m", OPS, ids=["{}.{}".format(pkg, m["name"]) for pkg, _, m in OPS])
def test_operation_request(recorder, pkg, o, m):
    recorder.take()
    response, args, path, params, headers = _call(pkg, o, m)
    sent = recorder.take()
    assert sent, "nothing was sent"
    req = sent[-1]  # metadata lookups (fields, related lists) come before the call itself
    assert (req["method"], req["path"]) == (m["http_method"], path)
    assert response.get_status_code() in (200, 204)

    query = {}
    for name, text in req["query"]:
        assert name not in query, "repeated query parameter " + name
        query[name] = text
    expected_names = {name for name, _ in params}
    assert set(query) == expected_names
    for name, value in params:
        parts = query[name].split(",") if sum(1 for n, _ in params if n == name) > 1 else [query[name]]
        assert any(_same(_wire_text(value), part) for part in parts), (name, query[name])
    for name, value in headers:
        assert name.lower() in req["headers"], name
        assert _same(_wire_text(value), req["headers"][name.lower()]), (name, req["headers"][name.lower()])

    request = args.get(m["request"]) if m["request"] else None
    body = req["body"]
    if request is None or m["http_method"] not in ("POST", "PUT", "PATCH") or not m["content_type"]:
        assert body == b""
        return
    fields = [f for f in type(request)._fields_ if request._km.get(f.key)]
    assert fields, "the sample body sets nothing"
    if m["content_type"] == MULTIPART:
        assert req["headers"]["content-type"].startswith(MULTIPART)
        for f in fields:
            assert 'name="{}"'.format(f.key).encode() in body, f.key
    else:
        payload = json.loads(body)
        keys = set(request.get_key_values()) if hasattr(request, "get_key_values") else {f.key for f in fields}
        lower = type(request).__name__ == "FileDetails"
        assert set(payload) == {k.lower() if lower else k for k in keys}
