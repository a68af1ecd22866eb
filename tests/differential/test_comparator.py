"""Proof that the harness notices differences and only excuses listed ones.

Unit tests of normalisation, the structural diff and each allowed rule (no
venv needed), a test of the recording server, and an end-to-end test that
runs the official SDK on both sides with a deliberately altered transport on
one side: the comparison must flag that change and nothing else.
"""
import copy
import json
import textwrap

import pytest
import requests

import allowed_differences
import diff_compare
import diff_harness
import diff_scenarios
from recording_server import ACCESS_TOKEN, RecordingServer, Response, Route

BASE = "http://127.0.0.1:40001"
SDK_HEADER = "Linux/6.1.0/python-6.0/3.11.7:3.0.0"


def raw_request(step="s", method="GET", path="/crm/v6/users", query=None, headers=None, body=b""):
    base_headers = [
        ["Host", "127.0.0.1:40001"],
        ["User-Agent", "python-requests/2.34.2"],
        ["Accept-Encoding", "gzip, deflate"],
        ["Accept", "*/*"],
        ["Connection", "keep-alive"],
        ["Authorization", "Zoho-oauthtoken " + ACCESS_TOKEN],
        ["X-ZOHO-SDK", SDK_HEADER],
    ]
    return {"step": step, "method": method, "path": path, "raw_query": "",
            "query": query or [], "headers": base_headers + (headers or []), "body": body}


def scope(reqs, outcome=None):
    norm = diff_compare.Normaliser(BASE)
    return {"requests": [norm.request(r) for r in reqs], "outcome": outcome or {"response": {"none": True}}}


# --- normalisation ------------------------------------------------------------
def test_normalisation_keeps_wire_facts_and_drops_transport_noise():
    req = diff_compare.Normaliser(BASE).request(raw_request(
        query=[["ids", "1%2C2"], ["type", "ActiveUsers"]],
        headers=[["Content-Type", "multipart/form-data; boundary=abc123"], ["Content-Length", "99"]],
        body=(b"--abc123\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n"
              b"\x89PNG\r\n--abc123--\r\n")))
    assert req["query"] == [["ids", "1%2C2"], ["type", "ActiveUsers"]]  # order and encoding kept
    assert "Accept-Encoding" not in req["headers"] and "Connection" not in req["headers"]
    assert req["headers"]["User-Agent"] == "python-requests/*"
    assert req["headers"]["X-ZOHO-SDK"] == "<X-ZOHO-SDK ok>"
    assert req["headers"]["Host"] == "{HOST}"
    assert req["headers"]["Content-Type"] == "multipart/form-data; boundary={BOUNDARY}"
    assert req["headers"]["Authorization"] == "Zoho-oauthtoken " + ACCESS_TOKEN
    assert "{BOUNDARY}" in req["body"]["text"] and "abc123" not in req["body"]["text"]
    assert "base64" in req["body"]  # non-UTF-8 bytes stay exact


def test_malformed_sdk_header_is_reported():
    assert diff_compare.x_zoho_sdk_shape("python/3.0.0").startswith("<X-ZOHO-SDK malformed")


def test_custom_user_agent_is_kept():
    req = diff_compare.Normaliser(BASE).request(raw_request(headers=[]))
    req2 = diff_compare.Normaliser(BASE).request(
        dict(raw_request(), headers=[["user-agent", "Mozilla/5.0"]]))
    assert req["headers"]["User-Agent"] == "python-requests/*"
    assert req2["headers"]["user-agent"] == "Mozilla/5.0"


# --- the comparator detects injected differences ------------------------------------
def test_identical_scopes_compare_clean():
    a = scope([raw_request(query=[["page", "1"]])])
    assert diff_compare.compare_scope("x", a, copy.deepcopy(a)).ok()


@pytest.mark.parametrize("mutate, where", [
    (lambda r: r["query"][0].__setitem__(1, "2"), "requests[0].query[0][1]"),
    (lambda r: r["query"].reverse(), "requests[0].query[0][0]"),
    (lambda r: r["query"][1].__setitem__(1, "a,b"), "requests[0].query[1][1]"),  # %2C vs ,
    (lambda r: r.__setitem__("method", "POST"), "requests[0].method"),
    (lambda r: r.__setitem__("path", "/crm/v6/users/"), "requests[0].path"),
    (lambda r: r["headers"].append(["X-CRM-ORG", "1"]), "requests[0].headers.X-CRM-ORG"),
    (lambda r: r.__setitem__("body", b'{"users": [{"id": "1"}]}'), "requests[0].body.text"),
])
def test_injected_request_difference_is_unexpected(mutate, where):
    original = raw_request(query=[["page", "1"], ["ids", "a%2Cb"]], body=b'{"users": [{"id": 1}]}')
    changed = copy.deepcopy(original)
    mutate(changed)
    result = diff_compare.compare_scope("users.get_users.ok", scope([original]), scope([changed]))
    assert not result.ok()
    assert [d.where() for d in result.unexpected][0] == where
    report = result.report()
    assert "UNEXPECTED " + where in report and "official:" in report and "ours:" in report


def test_extra_request_is_unexpected():
    one = scope([raw_request()])
    two = scope([raw_request(), raw_request(path="/crm/v6/settings/modules")])
    result = diff_compare.compare_scope("x", one, two)
    assert [d.where() for d in result.unexpected] == ["requests"]


def test_value_types_must_match_exactly():
    a = scope([], {"response": {"object": {"fields": {"get_id": 5, "get_x": {"float": "12.0"}}}}})
    b = scope([], {"response": {"object": {"fields": {"get_id": "5", "get_x": {"float": "12"}}}}})
    wheres = [d.where() for d in diff_compare.compare_scope("x", a, b).unexpected]
    assert wheres == ["outcome.response.object.fields.get_id", "outcome.response.object.fields.get_x.float"]
    assert not diff_compare.compare_scope("x", {"v": True}, {"v": 1}).ok()


def test_content_length_ignored_only_when_bodies_match():
    a = raw_request(headers=[["Content-Length", "10"]], body=b'{"a": 1}')
    b = raw_request(headers=[["Content-Length", "11"]], body=b'{"a": 1}')
    assert diff_compare.compare_scope("x", scope([a]), scope([b])).ok()
    c = raw_request(headers=[["Content-Length", "11"]], body=b'{"a": 12}')
    wheres = {d.where() for d in diff_compare.compare_scope("x", scope([a]), scope([c])).unexpected}
    assert wheres == {"requests[0].headers.Content-Length", "requests[0].body.text"}


# --- allowed differences: each excuses its own shape and nothing more ------------
def _rows(result):
    return sorted({d.allowed_by.section for d in result.allowed})


def test_booleans_lower_case_are_allowed():
    a = scope([raw_request(query=[["approved", "True"]], headers=[["X-EXTERNAL", "False"]])])
    b = scope([raw_request(query=[["approved", "true"]], headers=[["X-EXTERNAL", "false"]])])
    result = diff_compare.compare_scope("x", a, b)
    assert result.ok() and _rows(result) == ["booleans-lower-case"]
    # but any other change of the value is not
    c = scope([raw_request(query=[["approved", "yes"]], headers=[["X-EXTERNAL", "false"]])])
    assert not diff_compare.compare_scope("x", a, c).ok()


def test_header_map_not_mutated_is_allowed():
    official = {"header_instance_after": {"map": {"If-Modified-Since": "2024-01-05T10:00:00+05:30",
                                                  "Authorization": "Zoho-oauthtoken x",
                                                  "X-ZOHO-SDK": "<X-ZOHO-SDK ok>"}}}
    ours = {"header_instance_after": {"map": {"If-Modified-Since": "2024-01-05T10:00:00+05:30"}}}
    result = diff_compare.compare_scope("x", scope([], official), scope([], ours))
    assert result.ok() and _rows(result) == ["caller-maps-not-mutated"]
    ours_lost = {"header_instance_after": {"map": {}}}  # losing the caller's own header is not ok
    assert not diff_compare.compare_scope("x", scope([], official), scope([], ours_lost)).ok()


def _multipart(filename, query=None):
    body = ('--B\r\nContent-Disposition: form-data; name="file"; filename="%s"\r\n\r\nDATA\r\n--B--\r\n'
            % filename).encode()
    return raw_request(method="POST", path="/crm/v6/org/photo", query=query,
                       headers=[["Content-Length", str(len(body))],
                                ["Content-Type", "multipart/form-data; boundary=B"]], body=body)


def test_multipart_filename_and_query_are_allowed():
    result = diff_compare.compare_scope("x", scope([_multipart("file")]),
                                   scope([_multipart("brand.png", query=[["restrict_triggers", "workflow"]])]))
    assert result.ok(), result.report()
    assert _rows(result) == ["multipart-filename-from-wrapper", "multipart-keeps-query"]
    # a different part *content* is not excused
    other = _multipart("brand.png")
    other["body"] = other["body"].replace(b"DATA", b"ATAD")
    assert not diff_compare.compare_scope("x", scope([_multipart("file")]), scope([other])).ok()


def test_clear_exception_instead_of_obscure_is_allowed():
    official = {"raised": {"type": allowed_differences.SDK_EXCEPTION, "code": None,
                           "cause": "builtins.KeyError", "details": None,
                           "str": "Caused By: None - 'content-disposition'"}}
    ours = {"raised": {"type": allowed_differences.SDK_EXCEPTION, "code": "RESPONSE_ERROR",
                       "cause": None, "details": {"map": {"status": 200}},
                       "str": "Caused By: RESPONSE_ERROR - no Content-Disposition"}}
    result = diff_compare.compare_scope("x", scope([], official), scope([], ours))
    assert result.ok() and _rows(result) == ["clear-sdk-exception"]
    swallowed = {"response": {"none": True}}
    assert diff_compare.compare_scope("x", scope([], swallowed), scope([], ours)).ok()
    # a proper official result may not turn into an exception
    proper = {"response": {"status_code": 200, "object": None}}
    assert not diff_compare.compare_scope("x", scope([], proper), scope([], ours)).ok()


def test_unknown_detail_keys_kept_is_allowed():
    def outcome(details):
        return {"response": {"object": {"fields": {"get_details": {"map": details}}}}}
    official = outcome({"api_name": "ids"})
    ours = outcome({"api_name": "ids", "param_name": "ids"})
    result = diff_compare.compare_scope("x", scope([], official), scope([], ours))
    assert result.ok() and _rows(result) == ["typed-map-keeps-unknown-keys"]
    assert not diff_compare.compare_scope("x", scope([], ours), scope([], official)).ok()  # dropping is not


# --- the recording server -------------------------------------------------------
def test_recording_server_records_and_routes():
    with RecordingServer() as server:
        server.add_step_routes("s1", [Route("GET", "/crm/v6/org", Response.json(200, {"org": []}))])
        token = requests.post(server.base_url + "/oauth/v2/token", data={"code": "x"}, timeout=5).json()
        assert token["api_domain"] == server.base_url and token["access_token"] == ACCESS_TOKEN
        me = requests.get(server.base_url + "/crm/v6/users?type=CurrentUser", timeout=5).json()
        assert me["users"][0]["email"]
        requests.post(server.base_url + "/__harness__/step", data="s1", timeout=5)
        assert requests.get(server.base_url + "/crm/v6/org", timeout=5).json() == {"org": []}
        missing = requests.get(server.base_url + "/crm/v6/nope?a=1%2C2&b", timeout=5)
        assert missing.status_code == 404 and missing.json()["code"] == "INVALID_URL_PATTERN"
        reqs = server.requests
    assert [r["step"] for r in reqs] == ["init", "init", "s1", "s1"]  # control calls unrecorded
    assert reqs[0]["body"] == b"code=x"
    assert reqs[3]["query"] == [["a", "1%2C2"], ["b", None]]
    assert any(k == "Accept" for k, _ in reqs[2]["headers"])


# --- end to end: official vs an altered official ---------------------------------------
# Loaded through PYTHONPATH into the second interpreter only.  It changes what
# the official SDK puts on the wire, the way a bug in our SDK would.
INJECTION = textwrap.dedent('''
    import io
    import requests

    _get, _post = requests.get, requests.post

    def get(url, **kw):
        if url.endswith("/crm/v6/org/photo"):
            kw["headers"] = dict(kw.get("headers") or {}, **{"X-Injected": "1"})
        return _get(url, **kw)

    def post(url, **kw):
        files = kw.get("files")
        if files:  # name the part after the wrapper, as our SDK does (docs/deviations.md#multipart-filename-from-wrapper)
            kw["files"] = [(n, ("brand.png", s)) if isinstance(s, io.BytesIO) else (n, s) for n, s in files]
        return _post(url, **kw)

    requests.get, requests.post = get, post
''')


def test_end_to_end_detects_injected_difference(official_python, tmp_path):
    inject_dir = tmp_path / "inject"
    inject_dir.mkdir()
    (inject_dir / "sitecustomize.py").write_text(INJECTION)
    official = diff_harness.official_side(official_python)
    altered = diff_harness.Side("altered", official_python, official.env, extra_pythonpath=str(inject_dir))
    off, alt = diff_harness.run_pair(official, altered, ["org"], str(tmp_path))
    assert not off.fatal() and not alt.fatal(), (off.fatal(), alt.fatal(), alt.stderr[-2000:])
    results = diff_harness.compare_pair(off, alt)
    failing = sorted(name for name, c in results.items() if not c.ok())
    photo_gets = sorted(s.name for s in diff_scenarios.scenarios_for("org") if s.operation == "get_org_photo"
                        and not getattr(s, "before_init", False))  # nothing sent before initialize
    assert failing == photo_gets, "\n".join(results[n].report() for n in failing)
    report = results["org.get_org_photo.ok"].report()
    assert "UNEXPECTED requests[0].headers.X-Injected" in report
    named = results["org.upload_organization_photo.stream_named"]
    assert named.ok() and {d.allowed_by.section for d in named.allowed} == {"multipart-filename-from-wrapper"}, named.report()
    print(json.dumps({n: results[n].report().splitlines()[0] for n in failing}, indent=1))
