"""Read-only view of tests/data/api_surface.json for the differential harness.

Stdlib only, and free of any SDK import: the scenario runner loads it under the
official interpreter as well as under ours, and the test process uses it to
build routes.  Everything that can be derived from the inventory (paths, holder
items, model fields, accessor names) is derived here so that scenarios stay
small data.
"""
import functools
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SURFACE_PATH = os.environ.get(
    "ZOHO_API_SURFACE",
    os.path.join(HERE, os.pardir, "data", "api_surface.json"),
)

API_PREFIX = "zohocrmsdk.src.com.zoho.crm.api"
CHOICE = API_PREFIX + ".util.Choice"
STREAM_WRAPPER = API_PREFIX + ".util.StreamWrapper"
PRIMITIVES = {
    "String", "Integer", "Long", "Float", "Double", "Boolean", "DateTime",
    "Date", "LocalTime", "Object", "TimeZone", "Map", "List",
}


@functools.lru_cache(maxsize=1)
def surface():
    with open(SURFACE_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def package(pkg):
    return surface()["packages"][pkg]


def package_names():
    return sorted(surface()["packages"])


def operations_class(pkg):
    """(class name, module stem, constructor spec) of a package's operations class."""
    ops = package(pkg)["operations"]
    if not ops:
        return None
    op = ops[0]
    return op["class"], op["module"], op["init"]


def operations(pkg):
    """{method name: method spec} of the package's operations class."""
    out = {}
    for cls in package(pkg)["operations"]:
        for method in cls["methods"]:
            out[method["name"]] = method
    return out


def operation(pkg, name):
    return operations(pkg)[name]


def split_ref(class_ref):
    """'zohocrmsdk...api.users.Users' -> ('users', 'Users')."""
    if not class_ref.startswith(API_PREFIX + "."):
        raise ValueError("not an API class path: %r" % class_ref)
    pkg, _, cls = class_ref[len(API_PREFIX) + 1:].rpartition(".")
    return pkg, cls


def model(class_ref):
    """Model entry for a full class path, or None (interfaces, util classes)."""
    try:
        pkg, cls = split_ref(class_ref)
        return surface()["packages"][pkg]["models"].get(cls)
    except (ValueError, KeyError):
        return None


def interface(class_ref):
    try:
        pkg, cls = split_ref(class_ref)
        return surface()["packages"][pkg]["interfaces"].get(cls)
    except (ValueError, KeyError):
        return None


def model_for_object_class(module_name, class_name):
    """Model entry of a runtime class, found from its __module__ and name."""
    parts = module_name.split(".")
    # Official layout: <prefix>.<pkg>.<file stem>; accept <prefix>.<pkg> too.
    for pkg in (parts[-2] if len(parts) >= 2 else None, parts[-1]):
        if pkg and pkg in surface()["packages"]:
            found = surface()["packages"][pkg]["models"].get(class_name)
            if found is not None:
                return found
    return None


def accessor(field):
    return field.get("accessor") or field["attr"]


def getter_names(model_entry):
    return ["get_" + accessor(f) for f in model_entry["fields"] if f.get("getter")]


def holder(pkg, kind, name):
    """Param ('params') or Header ('headers') holder entry, or None."""
    if not name:
        return None
    return package(pkg).get(kind, {}).get(name)


def is_key_value_class(class_ref):
    m = model(class_ref)
    return bool(m and m.get("storage") == "key_values")
