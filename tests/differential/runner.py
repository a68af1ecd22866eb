"""Scenario runner: executed as a script by the official venv's python or by ours.

    python runner.py --base http://127.0.0.1:PORT --out result.json --workdir DIR TARGET...

TARGET is a package name (every scenario of it) or a full scenario name.  The
script uses only the SDK's public API, identical under both SDKs, so whatever
differs in the output comes from the SDK.  It initialises once, announces each
scenario to the recording server as a step, makes the call, and writes one JSON
document: per call the APIResponse (status, headers, decoded object walked
through its getters) or the exception raised; then the token file and the
field-cache files.  Values are dumped with explicit type tags so that, e.g.,
an int and a str id, or 12 and 12.0, never compare equal.
"""
import argparse
import base64
import csv
import datetime
import importlib
import inspect
import io
import json
import os
import sys
import time
import traceback
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import diff_scenarios  # noqa: E402
import diff_surface  # noqa: E402

CLIENT_ID = "1000.SBHJ3KL9XVN7QW2ERT5YUI8OP0ASDF"
CLIENT_SECRET = "4f9c2a7e1b8d6053e2a91c7b5d4f8e06a3b2c1d0e9"
GRANT_TOKEN = "1000.94c1b7e2a6d5f03812e4c9b7a1d6f5e3.2b8c4e6a0d1f3579b2c4e6a8d0f1e3c5"
REDIRECT_URL = "https://www.zylker.com/oauth/callback"
MAX_BODY_DEPTH = 4
MAX_DUMP_DEPTH = 30
SAMPLE_DATETIME = datetime.datetime(2024, 1, 5, 4, 30, 0, tzinfo=datetime.timezone.utc)
SAMPLE_DATE = datetime.date(1990, 5, 17)
SAMPLE_TIME = datetime.time(9, 5)


class SDK:
    """The handful of public names the runner needs, imported lazily."""

    def __init__(self):
        api = "zohocrmsdk.src.com.zoho.crm.api"
        auth = "zohocrmsdk.src.com.zoho.api.authenticator"
        self.zohocrmsdk = importlib.import_module("zohocrmsdk")
        self.Initializer = importlib.import_module(api + ".initializer").Initializer
        self.DataCenter = importlib.import_module(api + ".dc.data_center").DataCenter
        self.OAuthToken = importlib.import_module(auth + ".oauth_token").OAuthToken
        self.FileStore = importlib.import_module(auth + ".store.file_store").FileStore
        self.SDKConfig = importlib.import_module(api + ".sdk_config").SDKConfig
        self.ParameterMap = importlib.import_module(api + ".parameter_map").ParameterMap
        self.HeaderMap = importlib.import_module(api + ".header_map").HeaderMap
        util = importlib.import_module(api + ".util")
        self.Choice = util.Choice
        self.StreamWrapper = util.StreamWrapper
        self.SDKException = importlib.import_module(api + ".exception").SDKException

    def api_class(self, class_ref):
        pkg, name = diff_surface.split_ref(class_ref)
        return getattr(importlib.import_module(diff_surface.API_PREFIX + "." + pkg), name)


# ---------------------------------------------------------------------------
# Building arguments
# ---------------------------------------------------------------------------
class Builder:
    def __init__(self, sdk, workdir, skip_setters=None):
        self.sdk = sdk
        self.workdir = workdir
        self.errors = []  # setter / add failures, part of the compared output
        # {"<pkg>.<Class>": [attr, ...]}: members auto-built bodies leave unset
        self.skip_setters = {diff_surface.API_PREFIX + "." + k: set(v) for k, v in (skip_setters or {}).items()}

    # values -------------------------------------------------------------
    def primitive(self, ftype, attr="value"):
        samples = {
            "String": "%s-sample" % attr,
            "Integer": 42,
            "Long": diff_scenarios.SAMPLE_ID,
            "Float": 12.5,
            "Double": 12.5,
            "Boolean": True,
            "DateTime": SAMPLE_DATETIME,
            "Date": SAMPLE_DATE,
            "LocalTime": SAMPLE_TIME,
            "Object": {"sample": True},
            "Map": {"sample": "value"},
            "List": ["sample"],
        }
        return samples.get(ftype, "%s-sample" % attr)

    def stream(self, spec):
        name = spec.get("name", "sample.png")
        content = base64.b64decode(spec["content_b64"]) if "content_b64" in spec else diff_scenarios.PNG_BYTES
        if spec.get("mode", "path") == "path":
            path = os.path.join(self.workdir, "uploads", name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as fh:
                fh.write(content)
            return self.sdk.StreamWrapper(file_path=path)
        return self.sdk.StreamWrapper(name=name, stream=io.BytesIO(content))

    def auto_value(self, field, depth):
        ftype = field.get("type")
        values = field.get("values") or []
        if ftype == diff_surface.CHOICE:
            return self.sdk.Choice(values[0] if values else "sample")
        if ftype == diff_surface.STREAM_WRAPPER:
            return self.stream({"mode": "path", "name": "sample.png"})
        if ftype == "TimeZone" or field.get("check_unresolved"):
            return _SKIP  # the official setter for these cannot accept a value
        if ftype == "List":
            elem = field.get("structure_name") or (field.get("sub_type") or {}).get("type")
            if not elem:
                return ["%s-sample" % field.get("attr", "item")]
            item = self.auto_value({"type": elem, "attr": field.get("attr", "item"),
                                    "values": values}, depth)
            return _SKIP if item is _SKIP else [item]
        if ftype == "Map" and field.get("keys"):
            out = {}
            for key in field["keys"]:
                if key.get("type") in diff_surface.PRIMITIVES or key.get("type") == diff_surface.CHOICE:
                    value = self.auto_value(dict(key, attr=key.get("key", "k")), depth)
                    if value is not _SKIP and key.get("key"):
                        out[key["key"]] = value
            out["unlisted_key"] = "kept-or-dropped"  # shows typed-Map filtering
            return out
        if ftype and ftype.startswith(diff_surface.API_PREFIX + "."):
            return self.auto_object(ftype, depth + 1)
        return self.primitive(ftype, field.get("attr", "value"))

    def auto_object(self, class_ref, depth, override=None):
        if depth > MAX_BODY_DEPTH:
            return _SKIP
        iface = diff_surface.interface(class_ref)
        if iface is not None:
            concrete = [c for c in iface["classes"] if not c.endswith(".APIException")]
            class_ref = (concrete or iface["classes"])[0]
        return self.build_object(class_ref, override or {}, depth)

    def build_object(self, class_ref, override, depth):
        entry = diff_surface.model(class_ref)
        if entry is None:
            return _SKIP
        obj = self.sdk.api_class(class_ref)()
        wanted = override.get("fields")
        explicit = override.get("values", {})
        skipped = self.skip_setters.get(class_ref, ())
        for field in entry["fields"]:
            attr = field["attr"]
            if not field.get("setter") or (attr in skipped and attr not in explicit):
                continue
            if attr in explicit:
                value = self.from_spec(field, explicit[attr], depth)
            elif wanted is None or attr in wanted:
                value = self.auto_value(field, depth)
            else:
                continue
            if value is _SKIP:
                continue
            setter = "set_" + diff_surface.accessor(field)
            try:
                getattr(obj, setter)(value)
            except Exception as exc:  # recorded, then compared
                self.errors.append({"where": "%s.%s" % (class_ref, setter),
                                    "error": dump_exception(exc, self.sdk)})
        return obj

    def from_spec(self, field, spec, depth):
        if spec is None or isinstance(spec, (bool, int, float, str)):
            return spec
        if isinstance(spec, list):
            elem_type = field.get("structure_name") or (field.get("sub_type") or {}).get("type")
            elem_field = {"type": elem_type, "attr": field.get("attr"), "values": field.get("values")}
            return [self.from_spec(elem_field, s, depth) for s in spec]
        if isinstance(spec, dict) and len(spec) == 1:
            (kind, value), = spec.items()
            if kind == "record":
                return self.record(value, depth)
            if kind == "model":
                return self.model_value(value, depth)
            if kind == "choice":
                return self.sdk.Choice(value)
            if kind == "datetime":
                return datetime.datetime.fromisoformat(value)
            if kind == "date":
                return datetime.date.fromisoformat(value)
            if kind == "time":
                return datetime.time.fromisoformat(value)
            if kind == "int":
                return int(value)
            if kind == "float":
                return float(value)
            if kind == "stream":
                return self.stream(value)
            if kind == "body":
                return self.auto_object(field["type"], depth + 1, value)
            if kind == "map":
                return dict(value)
        raise ValueError("bad value spec %r for %r" % (spec, field.get("attr")))

    # records ------------------------------------------------------------
    def record(self, entries, depth):
        """A Record built the way apps do: add_field_value(Field.<Module>.<f>(), v) for
        ["field:<Module>", f, spec], add_key_value(k, v) for ["kv", k, spec], set_<k>(v) for ["set", k, spec]."""
        record_cls = self.sdk.api_class(diff_surface.API_PREFIX + ".record.Record")
        field_cls = self.sdk.api_class(diff_surface.API_PREFIX + ".record.Field")
        obj = record_cls()
        for how, key, spec in entries:
            value = self.record_value(spec, depth + 1)
            try:
                if how == "kv":
                    obj.add_key_value(key, value)
                elif how == "set":
                    getattr(obj, "set_" + key)(value)
                else:
                    module = how.split(":", 1)[1]
                    obj.add_field_value(getattr(getattr(field_cls, module), key)(), value)
            except Exception as exc:
                self.errors.append({"where": "Record.%s(%s)" % (how, key),
                                    "error": dump_exception(exc, self.sdk)})
        return obj

    def record_value(self, spec, depth):
        if isinstance(spec, list):
            return [self.record_value(s, depth) for s in spec]
        return self.from_spec({"type": "Object", "attr": "value"}, spec, depth)

    def model_value(self, value, depth):
        """["users.MinifiedUser", {attr: spec}]: a model object built through its setters."""
        class_ref, values = value
        return self.build_object(diff_surface.API_PREFIX + "." + class_ref,
                                 {"fields": [], "values": values}, depth)

    # holders ------------------------------------------------------------
    def holder_map(self, pkg, method, kind, spec):
        """ParameterMap / HeaderMap for an operation argument."""
        holder_name = method.get("param_holder" if kind == "params" else "header_holder")
        entry = diff_surface.holder(pkg, kind, holder_name)
        the_map = self.sdk.ParameterMap() if kind == "params" else self.sdk.HeaderMap()
        if entry is None:
            return the_map
        holder_cls = getattr(importlib.import_module(diff_surface.API_PREFIX + "." + pkg), holder_name)
        explicit = (spec or {}).get(kind) if isinstance(spec, dict) else None
        skipped = set((spec or {}).get("skip") or ()) if isinstance(spec, dict) else set()
        for item in entry["items"]:
            attr = item["attr"]
            if (explicit is not None and attr not in explicit) or attr in skipped:
                continue
            field = {"type": item.get("type"), "values": item.get("values"), "attr": attr}
            if explicit is not None:
                raw = explicit[attr]
                values = raw if isinstance(raw, list) else [raw]
                values = [self.from_spec(field, v, 0) for v in values]
            else:
                values = [self.auto_value(field, 0)]
            for value in values:
                if value is _SKIP:
                    continue
                try:
                    the_map.add(getattr(holder_cls, attr), value)
                except Exception as exc:
                    self.errors.append({"where": "%s.%s" % (holder_name, attr),
                                        "error": dump_exception(exc, self.sdk)})
        return the_map

    def call_args(self, scenario):
        """(positional args, keyword args, maps to inspect afterwards)."""
        method = scenario.spec()
        positional, keywords, maps = [], {}, {}
        use_keywords = False
        for arg in method["args"]:
            name = arg["name"]
            spec = scenario.args.get(name, _AUTO)
            if spec == diff_scenarios.OMIT:
                use_keywords = True
                continue
            value = self.arg_value(scenario, arg, spec)
            if arg.get("type") in ("ParameterMap", "HeaderMap") and value is not None:
                maps[name] = value
            if use_keywords:
                keywords[name] = value
            else:
                positional.append(value)
        return positional, keywords, maps

    def arg_value(self, scenario, arg, spec):
        kind = arg.get("type")
        if spec is None:
            return None
        if kind == "ParameterMap":
            return self.holder_map(scenario.package, scenario.spec(), "params",
                                   None if spec is _AUTO else spec)
        if kind == "HeaderMap":
            return self.holder_map(scenario.package, scenario.spec(), "headers",
                                   None if spec is _AUTO else spec)
        if arg.get("type_ref"):
            override = {} if spec is _AUTO else spec.get("body", {})
            # An interface argument (e.g. holidays.BodyWrapper) gets its first concrete class.
            return self.auto_object(arg["type_ref"], 0, override)
        if spec is _AUTO:
            return scenario.path_arg_value(arg["name"])
        return self.from_spec({"type": kind, "attr": arg["name"]}, spec, 0)


class _Marker:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_SKIP = _Marker("SKIP")
_AUTO = _Marker("AUTO")


# ---------------------------------------------------------------------------
# Dumping decoded objects
# ---------------------------------------------------------------------------
def class_id(obj):
    cls = type(obj)
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def zero_arg_getters(obj):
    entry = diff_surface.model_for_object_class(type(obj).__module__, type(obj).__name__)
    if entry is not None:
        return diff_surface.getter_names(entry)
    names = []
    for name in sorted(dir(obj)):
        if not name.startswith("get_"):
            continue
        member = getattr(obj, name, None)
        if not callable(member):
            continue
        try:
            params = inspect.signature(member).parameters.values()
        except (TypeError, ValueError):
            continue
        if all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
               for p in params):
            names.append(name)
    return names


def dump_stream(wrapper, depth, sdk):
    out = {"class": class_id(wrapper)}
    try:
        out["name"] = dump(wrapper.get_name(), depth + 1, sdk)
        stream = wrapper.get_stream()
    except Exception as exc:
        out["error"] = dump_exception(exc, sdk)
        return {"stream": out}
    content = None
    if isinstance(getattr(stream, "content", None), bytes):
        content = stream.content
    elif hasattr(stream, "read"):
        content = stream.read()
    out["content_b64"] = base64.b64encode(content).decode("ascii") if content is not None else None
    # Apps read downloads through these; the official stream is a requests.Response.
    try:
        out["iter_content_ok"] = b"".join(stream.iter_content(1024)) == content
    except Exception as exc:
        out["iter_content_ok"] = "error: %s" % type(exc).__name__
    return {"stream": out}


def dump(value, depth=0, sdk=None):
    if depth > MAX_DUMP_DEPTH:
        return {"too_deep": class_id(value)}
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, datetime.datetime):
        return {"datetime": value.isoformat(), "tz": value.utcoffset() is not None}
    if isinstance(value, datetime.date):
        return {"date": value.isoformat()}
    if isinstance(value, datetime.time):
        return {"time": value.isoformat()}
    if isinstance(value, bytes):
        return {"bytes_b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, (list, tuple)):
        return [dump(v, depth + 1, sdk) for v in value]
    if isinstance(value, dict):
        return {"map": {str(k): dump(v, depth + 1, sdk) for k, v in value.items()}}
    if sdk is not None and isinstance(value, sdk.Choice):
        return {"choice": dump(value.get_value(), depth + 1, sdk), "class": class_id(value)}
    if sdk is not None and isinstance(value, sdk.StreamWrapper):
        return dump_stream(value, depth, sdk)
    if sdk is not None and isinstance(value, BaseException):
        return dump_exception(value, sdk)
    if type(value).__module__.startswith("zohocrmsdk"):
        out = {"class": class_id(value)}
        if callable(getattr(value, "get_key_values", None)):
            try:
                out["key_values"] = dump(value.get_key_values(), depth + 1, sdk)
            except Exception as exc:
                out["key_values_error"] = dump_exception(exc, sdk)
            return out
        fields = {}
        for name in zero_arg_getters(value):
            getter = getattr(value, name, None)
            if getter is None:
                fields[name] = {"missing_getter": True}
                continue
            try:
                fields[name] = dump(getter(), depth + 1, sdk)
            except Exception as exc:
                fields[name] = {"getter_error": dump_exception(exc, sdk)}
        out["fields"] = fields
        return out
    return {"other": class_id(value), "repr": repr(value)}


def dump_exception(exc, sdk):
    out = {"type": class_id(exc), "str": str(exc)}
    if sdk is not None and isinstance(exc, sdk.SDKException):
        out["code"] = dump(getattr(exc, "code", None), 1, sdk)
        out["details"] = dump(getattr(exc, "details", None), 1, sdk)
        cause = getattr(exc, "cause", None)
        out["cause"] = class_id(cause) if cause is not None else None
    return out


def dump_response(response, sdk):
    if response is None:
        return {"none": True}
    out = {"class": class_id(response)}
    try:
        out["status_code"] = response.get_status_code()
        headers = response.get_headers()
        out["headers"] = {k.lower(): v for k, v in dict(headers).items()
                          if k.lower() not in ("date", "server")}
        out["object"] = dump(response.get_object(), 0, sdk)
    except Exception as exc:
        out["error"] = dump_exception(exc, sdk)
    return out


# ---------------------------------------------------------------------------
# Files the SDK leaves behind
# ---------------------------------------------------------------------------
def dump_token_file(path, started_ms):
    if not os.path.exists(path):
        return {"missing": True}
    with open(path, "rb") as fh:
        raw = fh.read()
    text = raw.decode("utf-8", "replace")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    for row in rows[1:]:
        if len(row) > 7 and row[7].isdigit():
            # Expiry is absolute: accept "now + 3600 s" within the run's window.
            delta = int(row[7]) - started_ms - 3600 * 1000
            stamp = "<expiry now+3600s>" if -5000 <= delta <= 120000 else "<expiry off by %d ms>" % delta
            text = text.replace(row[7], stamp, 1)
    return {"text": text, "crlf": b"\r\n" in raw, "mode": file_mode(path)}


def file_mode(path):
    """Permission bits as octal text: the SDKs create files under the process umask (or not)."""
    return oct(os.stat(path).st_mode & 0o777)


def describe_cache_name(name):
    stem, dot, ext = name.rpartition(".")
    if not dot:
        return name
    try:
        decoded = base64.b64decode(stem, validate=True).decode("utf-8")
    except Exception:
        return name
    kind = "b64" if base64.b64encode(decoded.encode("utf-8")).decode("ascii") == stem else "b64?"
    return "%s(%s).%s" % (kind, decoded, ext)


def dump_resources(resource_path):
    out = {}
    for root, _dirs, files in os.walk(resource_path):
        for fname in sorted(files):
            full = os.path.join(root, fname)
            rel = os.path.relpath(full, resource_path)
            parts = rel.split(os.sep)
            parts[-1] = describe_cache_name(parts[-1])
            with open(full, "rb") as fh:
                raw = fh.read()
            try:
                content = {"json": json.loads(raw.decode("utf-8"))}
            except Exception:
                content = {"bytes_b64": base64.b64encode(raw).decode("ascii")}
            content["mode"] = file_mode(full)
            out["/".join(parts)] = content
    return out


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def announce(base, step):
    req = urllib.request.Request(base + "/__harness__/step", data=step.encode("utf-8"), method="POST")
    with urllib.request.urlopen(req, timeout=10) as resp:
        resp.read()


def resolve_targets(targets):
    found = []
    for target in targets:
        if target in diff_scenarios.PACKAGES:
            found.extend(diff_scenarios.scenarios_for(target))
        else:
            found.append(diff_scenarios.find(target))
    return found


def describe_interpreter(sdk):
    info = {"python": sys.version.split()[0], "executable": sys.executable}
    if sdk is not None:
        info["zohocrmsdk_file"] = getattr(sdk.zohocrmsdk, "__file__", None)
        # Fingerprint of the runtime actually imported: tells the official wheel from ours
        # even when both call their distribution zohocrmsdk6_0 3.0.0.
        init_file = getattr(sys.modules.get(sdk.Initializer.__module__), "__file__", None)
        if init_file:
            import hashlib
            with open(init_file, "rb") as fh:
                info["initializer_sha256"] = hashlib.sha256(fh.read()).hexdigest()
    try:
        from importlib import metadata
        dist = metadata.distribution("zohocrmsdk6_0")
        info["official_dist"] = dist.version
        info["official_dist_root"] = str(dist.locate_file(""))
    except Exception:
        info["official_dist"] = None
    return info


def call_scenario(sdk, args, scenario):
    builder = Builder(sdk, args.workdir, scenario.args.get(diff_scenarios.SKIP_SETTERS))
    entry = {}
    try:
        ops_name, _stem, init = diff_surface.operations_class(scenario.package)
        ops_cls = getattr(importlib.import_module(diff_surface.API_PREFIX + "." + scenario.package), ops_name)
        ops = ops_cls(*[scenario.init_value(a["name"]) for a in init["args"]])
        positional, keywords, maps = builder.call_args(scenario)
    except Exception as exc:
        entry["setup_error"] = dump_exception(exc, sdk)
        entry["setup_traceback"] = traceback.format_exc()
        return entry
    try:
        response = getattr(ops, scenario.operation)(*positional, **keywords)
        entry["response"] = dump_response(response, sdk)
    except Exception as exc:
        entry["raised"] = dump_exception(exc, sdk)
    if builder.errors:
        entry["build_errors"] = builder.errors
    # What the caller's maps look like afterwards (the official SDK mutates them).
    for name, the_map in maps.items():
        state = getattr(the_map, "request_parameters", None)
        if state is None:
            state = getattr(the_map, "request_headers", None)
        entry["%s_after" % name] = dump(state, 0, sdk)
    return entry


def run_flow_process(args, flow):
    """A token flow in a fresh interpreter: the SDK's global state (initializer, token caches)
    must not carry over from one flow to the next."""
    import subprocess
    out = os.path.join(args.workdir, "flow-%s.json" % flow)
    done = subprocess.run([sys.executable, os.path.abspath(__file__), "--base", args.base, "--out", out,
                           "--workdir", os.path.join(args.workdir, "flow-" + flow), "--flow", flow, "flow"],
                          capture_output=True, text=True, timeout=120)
    try:
        with open(out, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {"setup_error": {"type": "flow process", "str": done.stderr[-2000:]}}


def flow_main(args):
    sdk = SDK()
    import diff_flows
    try:
        return {"flow": diff_flows.run_flow(sdk, args.flow, args.base, args.workdir)}
    except Exception as exc:
        return {"setup_error": dump_exception(exc, sdk), "setup_traceback": traceback.format_exc()}


def run(args):
    result = {"meta": {}, "init": None, "calls": {}, "fatal": None}
    started_ms = int(time.time() * 1000)
    resource_path = os.path.join(args.workdir, "resources_root")
    token_path = os.path.join(args.workdir, "tokens.csv")
    os.makedirs(resource_path, exist_ok=True)
    try:
        sdk = SDK()
    except Exception:
        result["meta"] = describe_interpreter(None)
        result["fatal"] = "importing the SDK failed:\n" + traceback.format_exc()
        return result
    result["meta"] = describe_interpreter(sdk)
    targets = resolve_targets(args.targets)

    # Scenarios marked before_init run first, while the SDK is still uninitialised; then the
    # token flows, which initialise it themselves.
    early = [s for s in targets if getattr(s, "before_init", False)]
    targets = [s for s in targets if not getattr(s, "before_init", False)]
    for scenario in sorted(early, key=lambda s: getattr(s, "flow", None) is not None):
        announce(args.base, scenario.name)
        if getattr(scenario, "flow", None):
            result["calls"][scenario.name] = run_flow_process(args, scenario.flow)
            continue
        result["calls"][scenario.name] = call_scenario(sdk, args, scenario)

    announce(args.base, "init")
    try:
        env = sdk.DataCenter.Environment(args.base, args.base + "/oauth/v2/token", args.base)
        token = sdk.OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                               grant_token=GRANT_TOKEN, redirect_url=REDIRECT_URL)
        sdk.Initializer.initialize(
            environment=env, token=token, store=sdk.FileStore(token_path),
            sdk_config=sdk.SDKConfig(auto_refresh_fields=False, pick_list_validation=True,
                                     connect_timeout=10.0, read_timeout=20.0),
            resource_path=resource_path)
        result["init"] = {"ok": True}
    except Exception as exc:
        result["init"] = {"exception": dump_exception(exc, sdk)}

    for scenario in targets:
        announce(args.base, scenario.name)
        result["calls"][scenario.name] = call_scenario(sdk, args, scenario)

    result["token_file"] = dump_token_file(token_path, started_ms)
    result["resources"] = dump_resources(resource_path)
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--flow", help="run this token flow of diff_flows alone")
    parser.add_argument("targets", nargs="+")
    args = parser.parse_args(argv)
    os.makedirs(args.workdir, exist_ok=True)
    os.chdir(args.workdir)  # the SDK may drop default files into the cwd
    try:
        result = flow_main(args) if args.flow else run(args)
    except Exception:
        result = {"fatal": "runner crashed:\n" + traceback.format_exc()}
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=1, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
