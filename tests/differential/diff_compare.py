"""Normalisation and comparison of two runs (official vs ours).

A *run* is what one SDK produced against its own recording server: the
requests the server saw plus the runner's JSON output.  ``normalise_run``
turns it into *scopes* that can be compared directly:

  "init"              requests + outcome of Initializer.initialize
  "<scenario name>"   requests + outcome (response dump / exception) of one call
  "files"             token file text and field-cache files

Only values that legitimately vary between two runs are rewritten: the
server's base URL and host (different ports), multipart boundaries, the
requests library's own User-Agent version, Accept-Encoding and Connection
(set by the transport, not the SDK), the X-ZOHO-SDK value (reduced to a shape
check, it embeds the OS release), memory addresses in reprs.  Everything else
(method, path, query order and encoding, header names and values, body bytes)
is compared exactly.  Content-Length is ignored only when the bodies match.
"""
import base64
import difflib
import json
import re

import allowed_differences

ABSENT = "<absent>"
X_ZOHO_SDK_SHAPE = re.compile(r"^[^/]+/[^/]+/python-6\.0/\d+\.\d+\.\d+:3\.0\.0$")
DROPPED_HEADERS = {"accept-encoding", "connection"}


# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------
class Normaliser:
    def __init__(self, base_url):
        self.base_url = base_url
        self.host = base_url.split("://", 1)[1]

    def text(self, value):
        value = value.replace(self.base_url, "{BASE}").replace(self.host, "{HOST}")
        return re.sub(r"0x[0-9a-fA-F]{6,}", "0x?", value)

    def value(self, value, key=None):
        if isinstance(value, str):
            if key is not None and key.lower() == "x-zoho-sdk":
                return x_zoho_sdk_shape(value)
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, dict):
            return {self.text(k): self.value(v, k) for k, v in value.items()}
        return value

    def request(self, req):
        headers = {}
        boundary = None
        for name, value in req["headers"]:
            lname = name.lower()
            if lname in DROPPED_HEADERS:
                continue
            if lname == "user-agent" and value.startswith("python-requests/"):
                value = "python-requests/*"
            elif lname == "x-zoho-sdk":
                value = x_zoho_sdk_shape(value)
            elif lname == "content-type" and "boundary=" in value:
                boundary = value.split("boundary=", 1)[1].strip().strip('"')
                value = value.replace(boundary, "{BOUNDARY}")
            headers[name] = self.text(value)
        body = req["body"]
        if isinstance(body, str):  # already base64 (from a saved run)
            body = base64.b64decode(body)
        if boundary:
            body = body.replace(boundary.encode("ascii"), b"{BOUNDARY}")
        body = body.replace(self.base_url.encode("utf-8"), b"{BASE}")
        return {
            "method": req["method"],
            "path": self.text(req["path"]),
            "query": [[self.text(k), v if v is None else self.text(v)] for k, v in req["query"]],
            "headers": dict(sorted(headers.items(), key=lambda kv: kv[0].lower())),
            "body": body_view(body),
        }


def body_view(body):
    if not body:
        return None
    try:
        return {"text": body.decode("utf-8")}
    except UnicodeDecodeError:
        # Still readable in a diff; exactness is kept by the base64 twin.
        return {"text": body.decode("utf-8", "backslashreplace"),
                "base64": base64.b64encode(body).decode("ascii")}


def x_zoho_sdk_shape(value):
    return "<X-ZOHO-SDK ok>" if X_ZOHO_SDK_SHAPE.match(value) else "<X-ZOHO-SDK malformed: %s>" % value


def normalise_run(output, requests, base_url):
    """Runner output + recorded requests -> {scope name: comparable dict}."""
    norm = Normaliser(base_url)
    by_step = {}
    for req in requests:
        by_step.setdefault(req["step"], []).append(norm.request(req))
    scopes = {"init": {"requests": by_step.pop("init", []),
                       "outcome": norm.value(output.get("init")),
                       "fatal": output.get("fatal")}}
    for name, entry in (output.get("calls") or {}).items():
        scopes[name] = {"requests": by_step.pop(name, []), "outcome": norm.value(entry)}
    for name, reqs in by_step.items():  # requests for a step that produced no entry
        scopes.setdefault(name, {"outcome": ABSENT})["requests"] = reqs
    scopes["files"] = {"token_file": norm.value(output.get("token_file")),
                       "resources": norm.value(output.get("resources"))}
    return scopes


# ---------------------------------------------------------------------------
# Structural diff
# ---------------------------------------------------------------------------
class Difference:
    def __init__(self, path, official, ours):
        self.path = tuple(path)
        self.official = official
        self.ours = ours
        self.allowed_by = None  # an allowed_differences.Allowed once matched

    def where(self):
        out = ""
        for part in self.path:
            out += "[%d]" % part if isinstance(part, int) else ("." if out else "") + str(part)
        return out or "<root>"

    def __repr__(self):
        return "Difference(%s: %r != %r)" % (self.where(), self.official, self.ours)


def _kind(value):
    # bool is not an int here, and int is not a float: types must agree exactly.
    return type(value).__name__


def structural_diff(official, ours, path=()):
    out = []
    if _kind(official) != _kind(ours):
        out.append(Difference(path, official, ours))
    elif isinstance(official, dict):
        keys = list(official) + [k for k in ours if k not in official]
        for key in keys:
            a, b = official.get(key, ABSENT), ours.get(key, ABSENT)
            if a is ABSENT or b is ABSENT:
                out.append(Difference(path + (key,), a, b))
            else:
                out.extend(structural_diff(a, b, path + (key,)))
    elif isinstance(official, list):
        if len(official) != len(ours):
            out.append(Difference(path, official, ours))
        else:
            for i, (a, b) in enumerate(zip(official, ours)):
                out.extend(structural_diff(a, b, path + (i,)))
    elif official != ours:
        out.append(Difference(path, official, ours))
    return out


def _without_content_length(req):
    headers = {k: v for k, v in req["headers"].items() if k.lower() != "content-length"}
    return dict(req, headers=headers)


def align_requests(official_scope, ours_scope):
    """Drop Content-Length from request pairs whose bodies are identical."""
    if not isinstance(official_scope, dict) or not isinstance(ours_scope, dict):
        return official_scope, ours_scope
    a_reqs, b_reqs = official_scope.get("requests"), ours_scope.get("requests")
    if not isinstance(a_reqs, list) or not isinstance(b_reqs, list) or len(a_reqs) != len(b_reqs):
        return official_scope, ours_scope
    a_out, b_out = [], []
    for a, b in zip(a_reqs, b_reqs):
        if a["body"] == b["body"]:
            a, b = _without_content_length(a), _without_content_length(b)
        a_out.append(a)
        b_out.append(b)
    return dict(official_scope, requests=a_out), dict(ours_scope, requests=b_out)


class ScopeComparison:
    def __init__(self, name, official, ours, differences):
        self.name = name
        self.official = official
        self.ours = ours
        self.differences = differences

    @property
    def unexpected(self):
        return [d for d in self.differences if d.allowed_by is None]

    @property
    def allowed(self):
        return [d for d in self.differences if d.allowed_by is not None]

    def ok(self):
        return not self.unexpected

    def report(self, context_lines=3, max_lines=160):
        lines = ["%s: %d unexpected, %d allowed difference(s)"
                 % (self.name, len(self.unexpected), len(self.allowed))]
        for d in self.unexpected:
            lines.append("  UNEXPECTED %s" % d.where())
            lines.append("      official: %s" % _short(d.official))
            lines.append("      ours:     %s" % _short(d.ours))
        for d in self.allowed:
            lines.append("  allowed (%s %s) %s" % (d.allowed_by.cites(), d.allowed_by.summary, d.where()))
        if self.unexpected:
            a = json.dumps(self.official, indent=1, sort_keys=True, default=str).splitlines()
            b = json.dumps(self.ours, indent=1, sort_keys=True, default=str).splitlines()
            udiff = list(difflib.unified_diff(a, b, "official", "ours", n=context_lines, lineterm=""))
            if len(udiff) > max_lines:
                udiff = udiff[:max_lines] + ["... (%d more diff lines)" % (len(udiff) - max_lines)]
            lines.append("  --- unified diff of the scope (official -> ours) ---")
            lines.extend("  " + line for line in udiff)
        return "\n".join(lines)


def _short(value, limit=600):
    text = json.dumps(value, sort_keys=True, default=str) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[:limit] + "... (%d chars)" % len(text)


def compare_scope(name, official, ours, rules=None):
    official_a, ours_a = align_requests(official, ours)
    diffs = structural_diff(official_a, ours_a)
    ctx = allowed_differences.Context(name, official_a, ours_a)
    for d in diffs:
        d.allowed_by = allowed_differences.first_match(d, ctx, rules)
    return ScopeComparison(name, official_a, ours_a, diffs)


def compare_runs(official_scopes, ours_scopes, rules=None):
    names = list(official_scopes) + [n for n in ours_scopes if n not in official_scopes]
    return {name: compare_scope(name, official_scopes.get(name, ABSENT),
                                ours_scopes.get(name, ABSENT), rules)
            for name in names}
