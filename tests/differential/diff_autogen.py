"""Scenarios generated from the inventory, for packages without hand-written ones.

Stdlib only (imported by the test process and by the runner under either SDK).

For every operation of a package, ``auto_scenarios(pkg)`` derives:

* the four standard variants (ok / invalid_data / invalid_token / no_content);
* ``ok_<Class>`` for every further success class of the operation's return
  interface (e.g. a CountResponseWrapper next to a ResponseWrapper);
* ``mixed`` (207, one success and one error entry) for operations whose
  success class holds a list of action responses;
* ``no_args`` (optional ParameterMap / HeaderMap arguments omitted);
* ``download`` operations answer with binary bytes and a Content-Disposition.

Success bodies are rendered from the model declarations of api_surface.json:
every field under its JSON key with a sample value chosen by its wire type
(ids as numeric strings, datetimes with an offset, Choice fields with a
declared value, nested models recursively up to ``MAX_DEPTH``, lists of one
item).  ``OVERRIDES`` holds the few per-package adjustments (constructor
arguments, operation arguments, extra variants) as plain data.
"""
import diff_surface
from recording_server import Response, Route

MAX_DEPTH = 3
LIST_LEN = 1
SAMPLE_ID_STR = "4150868000001188001"
SAMPLE_DATETIME = "2024-03-11T22:27:46-07:00"
SAMPLE_DATE = "2024-03-11"
MODULE = "Leads"
RELATED_LIST = "Notes"
# Arguments (path or constructor) that name a module get a real module name.
MODULE_ARGS = {"module", "module_api_name", "module_name", "moduleapiname"}
APIEXCEPTION = "APIException"

# Per-package overrides (plain data):
#   "init": {ctor arg: value}            constructor arguments
#   "args": {op: {arg: spec}}             argument overrides (runner override language)
#   "skip_mixed": [op, ...]               no mixed variant for these operations
#   "extra": [(op, variant, kind, args, official_quirk)]   (quirk: a docs/deviations.md id)
#                                         extra variants; kind in {"ok", "mixed"}
#   "error_details": {...}                details of the 400 and of mixed error entries
#   "omit_keys": {"<pkg>.<Class>": [json key, ...]}   keys left out of rendered bodies
#   "skip_setters": {"<pkg>.<Class>": [attr, ...]}    members left unset in auto-built requests
OVERRIDES = {
    "related_records": {"init": {"related_list_api_name": RELATED_LIST}},
    # Official bug with nothing to compare (see tests/differential/README.md): roles' APIException `details`
    # metadata has members without a name, so any non-empty details fails with KeyError('name').
    "roles": {"error_details": {}},
    # Official bug with nothing to compare: Abtesting.name/id/status declare a structure_name "String" /
    # "Long", so any value there fails with KeyError('.String') both ways; bodies leave them out.
    "webforms": {"omit_keys": {"webforms.Abtesting": ["name", "id", "status"]},
                 "skip_setters": {"webforms.Abtesting": ["name", "id", "status"]}},
    # docs/deviations.md#criteria-param-json: the official SDK cannot add the Criteria `filter` param.
    "email_related_records": {
        "args": {"get_emails_related_records": {"param_instance": {"params": None, "skip": ["filter"]}}},
        "extra": [("get_emails_related_records", "filter_param", "ok", {"param_instance": {"params": None}}, "criteria-param-json")],
    },
}


# ---------------------------------------------------------------------------
# Rendering sample JSON from the declarations
# ---------------------------------------------------------------------------
def _is_exception(class_ref):
    return class_ref.rsplit(".", 1)[-1] == APIEXCEPTION


def success_classes(class_ref):
    """Concrete success classes an operation may decode into, in declaration order."""
    iface = diff_surface.interface(class_ref)
    if iface is None:
        return [class_ref] if diff_surface.model(class_ref) is not None else []
    out = []
    for c in iface["classes"]:
        if _is_exception(c):
            continue
        if diff_surface.interface(c) is not None:
            out.extend(x for x in success_classes(c) if x not in out)
        elif c not in out:
            out.append(c)
    return out


def exception_class(class_ref):
    iface = diff_surface.interface(class_ref)
    if iface is None:
        return None
    return next((c for c in iface["classes"] if _is_exception(c)), None)


def is_file_class(class_ref):
    entry = diff_surface.model(class_ref)
    return bool(entry) and any(f.get("type") == diff_surface.STREAM_WRAPPER for f in entry["fields"])


def _sample_for(spec_type, ftype, key):
    low = (key or "").lower()
    if spec_type == "TLongString" or (ftype == "Long" and spec_type is None):
        return SAMPLE_ID_STR
    if spec_type == "TLong" or ftype == "Long":
        return 4150868000001188001 if low.endswith("id") else 12
    if spec_type in ("TInteger", "TSerial") or ftype == "Integer":
        return 3
    if spec_type in ("TDouble", "TFloat") or ftype in ("Double", "Float"):
        return 12.5
    if spec_type == "TBoolean" or ftype == "Boolean":
        return True
    if spec_type == "TDateTime" or ftype == "DateTime":
        return SAMPLE_DATETIME
    if spec_type == "TDate" or ftype == "Date":
        return SAMPLE_DATE
    if ftype == "LocalTime":
        return "09:05"
    if ftype == "TimeZone" or spec_type == "TTimeZone":
        return "America/Los_Angeles"
    if low in ("id",) or low.endswith("_id"):
        return SAMPLE_ID_STR
    if "email" in low:
        return "patricia.boyle@zylker.com"
    return "%s sample" % (key or "value")


class Renderer:
    """Turns a model class into a JSON-able dict, recursively, with a depth limit."""

    def __init__(self, max_depth=MAX_DEPTH, list_len=LIST_LEN, omit_keys=None):
        self.max_depth = max_depth
        self.list_len = list_len
        self.omit_keys = {diff_surface.API_PREFIX + "." + k: set(v) for k, v in (omit_keys or {}).items()}

    def model(self, class_ref, depth=0, pick=None):
        iface = diff_surface.interface(class_ref)
        if iface is not None:
            classes = success_classes(class_ref) or list(iface["classes"])
            class_ref = pick if pick in classes else classes[0]
        entry = diff_surface.model(class_ref)
        if entry is None:
            return {}
        out = {}
        omit = self.omit_keys.get(class_ref, ())
        for field in entry["fields"]:
            key = field.get("key")
            if not key or key in omit:
                continue
            value = self.field(field, depth)
            if value is not _NONE:
                out[key] = value
        return out

    def field(self, field, depth):
        ftype = field.get("type") or "String"
        spec_type = field.get("spec_type")
        key = field.get("key") or field.get("attr")
        if ftype == diff_surface.CHOICE:
            values = field.get("values") or []
            if values:
                return values[0]
            return _sample_for(spec_type if spec_type != "TString" else None, "String", key)
        if ftype == diff_surface.STREAM_WRAPPER:
            return _NONE
        if ftype == "List":
            elem = field.get("structure_name") or (field.get("sub_type") or {}).get("type") or "String"
            if elem.startswith(diff_surface.API_PREFIX + ".") and depth >= self.max_depth:
                return []
            item = self.field({"type": elem, "key": key, "values": field.get("values"),
                               "spec_type": None if elem.startswith("zoho") else _spec_of(elem)}, depth)
            return [] if item is _NONE else [item] * self.list_len
        if ftype == "Map":
            keys = field.get("keys") or []
            if not keys:
                return {"sample_key": "sample value"}
            out = {}
            for k in keys:
                value = self.field(dict(k, key=k.get("key")), depth + 1)
                if value is not _NONE:
                    out[k["key"]] = value
            return out
        if ftype == "Object":
            return "%s sample" % key
        if ftype.startswith(diff_surface.API_PREFIX + "."):
            if depth >= self.max_depth:
                return _NONE
            return self.model(ftype, depth + 1)
        return _sample_for(spec_type, ftype, key)


def _spec_of(ftype):
    return {"String": "TString", "Long": "TLongString", "Integer": "TInteger", "Boolean": "TBoolean",
            "DateTime": "TDateTime", "Date": "TDate", "Double": "TDouble"}.get(ftype)


class _NoneMarker:
    def __repr__(self):
        return "NONE"


_NONE = _NoneMarker()


def action_list_field(class_ref):
    """(JSON key, element interface) of a success class holding a list of action responses."""
    entry = diff_surface.model(class_ref)
    if entry is None:
        return None
    for field in entry["fields"]:
        elem = field.get("structure_name") or (field.get("sub_type") or {}).get("type")
        if field.get("type") == "List" and elem and diff_surface.interface(elem) is not None \
                and exception_class(elem) is not None:
            return field["key"], elem
    return None


def error_entry(index=1, key="data", details=None):
    return {"code": "INVALID_DATA",
            "details": details if details is not None else
            {"api_name": "id", "json_path": "$.%s[%d].id" % (key, index)},
            "message": "invalid data", "status": "error"}


def mixed_body(class_ref, renderer=None, error_details=None):
    """Body of a success class whose action list holds one success and one error entry."""
    found = action_list_field(class_ref)
    if found is None:
        return None
    key, elem = found
    renderer = renderer or Renderer()
    body = renderer.model(class_ref)
    success = renderer.model(elem)
    body[key] = [success, error_entry(1, key, error_details)]
    return body


# ---------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------
def _default_args(pkg, method, init):
    """Module-naming path/constructor args get a real module name."""
    args = {}
    for arg in method["args"]:
        if arg["name"].lower() in MODULE_ARGS and arg.get("type") == "str":
            args[arg["name"]] = MODULE
    ctor = {}
    for arg in (init or {}).get("args", []):
        if arg["name"].lower() in MODULE_ARGS and arg.get("type") in ("str", None):
            ctor[arg["name"]] = MODULE
    if ctor:
        args["__init__"] = ctor
    return args


def download_response():
    import diff_scenarios
    return diff_scenarios.download(diff_scenarios.PNG_BYTES, "attachment;filename*=UTF-8''sample.png")


def fields_metadata_routes():
    """Field metadata for any module: Records decoded by these packages may need it."""
    import diff_scenarios
    generic = {"fields": [
        diff_scenarios._field("Last_Name", "text", 4150868000000002595),
        diff_scenarios._field("Email", "email", 4150868000000002599),
    ]}
    related = {"related_lists": [{
        "api_name": RELATED_LIST, "module": {"api_name": RELATED_LIST, "id": "4150868000000002195"},
        "name": RELATED_LIST, "display_label": RELATED_LIST, "href": "Leads/{ENTITYID}/" + RELATED_LIST,
        "id": "4150868000000002205", "sequence_number": "1", "type": "default", "visible": True}]}
    return diff_scenarios.record_metadata_routes() + [
        Route("GET", "/crm/v6/settings/fields", Response.json(200, generic)),
        Route("GET", "/crm/v6/settings/related_lists", Response.json(200, related))]


def auto_scenarios(pkg):
    import diff_scenarios
    Scenario = diff_scenarios.AutoPackageScenario
    over = OVERRIDES.get(pkg, {})
    found = diff_surface.operations_class(pkg)
    init = found[2] if found else {"args": [], "attrs": {}}
    render = Renderer(omit_keys=over.get("omit_keys"))
    error_details = over.get("error_details")
    out = []
    for op_name, method in sorted(diff_surface.operations(pkg).items()):
        args = _default_args(pkg, method, init)
        if over.get("init"):
            args["__init__"] = dict(args.get("__init__", {}), **over["init"])
        args.update(over.get("args", {}).get(op_name, {}))
        if over.get("skip_setters"):
            args[diff_scenarios.SKIP_SETTERS] = over["skip_setters"]
        returns = method["returns"]["class_ref"]
        classes = success_classes(returns)
        if classes and is_file_class(classes[0]):
            ok = download_response()
        elif classes:
            ok = Response.json(_ok_status(method), render.model(classes[0]))
        else:
            ok = Response.json(200, {})
        out += [Scenario(s.package, s.operation, s.variant, s.response, s.args)
                for s in diff_scenarios.standard_variants(pkg, op_name, ok, args, error_details)]
        optional = [a["name"] for a in method["args"]
                    if a.get("type") in ("ParameterMap", "HeaderMap") and "default" in a]
        if optional:  # the call apps make most: maps left to their defaults
            out.append(Scenario(pkg, op_name, "no_args", ok,
                                dict(args, **{name: diff_scenarios.OMIT for name in optional})))
        for extra in classes[1:]:
            if is_file_class(extra):
                continue
            name = "ok_" + extra.rsplit(".", 1)[-1]
            out.append(Scenario(pkg, op_name, name, Response.json(200, render.model(extra)), args))
        if op_name not in over.get("skip_mixed", ()):
            for cls in classes:
                body = mixed_body(cls, render, error_details)
                if body is not None:
                    out.append(Scenario(pkg, op_name, "mixed", Response.json(207, body), args,
                                        notes="one success and one error entry"))
                    break
        for e_op, variant, kind, e_args, quirk in over.get("extra", ()):
            if e_op != op_name:
                continue
            merged = dict(args, **e_args)
            response = ok if kind == "ok" else Response.json(207, mixed_body(classes[0], render, error_details))
            out.append(Scenario(pkg, op_name, variant, response, merged, official_quirk=quirk))
    return out


def _ok_status(method):
    return 201 if method.get("http_method") == "POST" else 200
