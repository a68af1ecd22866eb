"""Admin API, fault injection and garbage input (no traceback ever reaches the wire)."""
from __future__ import annotations

import socket
import time

import pytest
import requests


def test_admin_reset_seed_stats(client):
    base = client.base
    created = requests.post(base + "/__emulator__/seed", json={}, timeout=10).json()["created"]
    assert created["Leads"] == 5
    assert client.get("/crm/v6/Leads/actions/count").json() == {"count": 5}
    stats = requests.get(base + "/__emulator__/stats", timeout=10).json()
    assert stats["by_route"]["count"] == 1 and "token_requests" in stats
    requests.post(base + "/__emulator__/reset", json={}, timeout=10)
    assert client.get("/crm/v6/Leads/actions/count").json() == {"count": 0}  # token survived reset
    requests.post(base + "/__emulator__/reset", json={"auth": True}, timeout=10)
    assert client.get("/crm/v6/org").status_code == 401
    assert requests.get(base + "/__emulator__/nope", timeout=10).status_code == 404


def test_fault_429_and_5xx_with_count(client):
    r = requests.post(client.base + "/__emulator__/faults", timeout=10,
                      json={"kind": "429", "path": "/crm/v6/Leads*", "method": "GET", "count": 2, "retry_after": 7})
    assert r.json()["fault"]["remaining"] == 2
    for _ in range(2):
        r = client.get("/crm/v6/Leads", params={"fields": "Last_Name"})
        assert r.status_code == 429 and r.headers["Retry-After"] == "7" and r.json()["code"] == "TOO_MANY_REQUESTS"
    assert client.get("/crm/v6/Leads", params={"fields": "Last_Name"}).status_code == 204
    client.emu.add_fault("503", path="/crm/v6/org", count=1)
    assert client.get("/crm/v6/org").status_code == 503
    assert client.get("/crm/v6/org").status_code == 200
    client.emu.add_fault("500", path="*")
    assert requests.get(client.base + "/__emulator__/faults", timeout=10).json()["faults"][0]["kind"] == "500"
    assert client.get("/crm/v6/org").json()["code"] == "INTERNAL_ERROR"
    requests.delete(client.base + "/__emulator__/faults", json={}, timeout=10)
    assert client.get("/crm/v6/org").status_code == 200


def test_unknown_fault_kind_lists_the_kinds(client):
    with pytest.raises(ValueError) as caught:
        client.emu.add_fault("5xx")
    assert str(caught.value) == ("unknown fault kind '5xx': use one of latency, 429, drop, expire_tokens, or an HTTP "
                                 "status 500-599 such as '503'")
    r = requests.post(client.base + "/__emulator__/faults", json={"kind": "5xx"}, timeout=10)
    assert r.status_code == 400 and "latency, 429, drop, expire_tokens" in r.text


def test_fault_latency_drop_expire(client):
    client.emu.add_fault("latency", path="/crm/v6/org", delay=0.3, count=1)
    start = time.time()
    assert client.get("/crm/v6/org").status_code == 200
    assert time.time() - start >= 0.3
    client.emu.add_fault("drop", path="/crm/v6/org", count=1)
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(client.base + "/crm/v6/org", headers=client.headers(), timeout=10)
    assert client.get("/crm/v6/org").status_code == 200
    client.emu.add_fault("expire_tokens", path="/crm/v6/users", count=1)
    assert client.get("/crm/v6/users").json()["code"] == "INVALID_TOKEN"


GARBAGE = [b"", b"null", b"[]", b"{\"data\": 5}", b"{\"data\": [null, 1, []]}", b"\xff\xfe\x00",
           b"{\"data\": [{\"Last_Name\": {\"nested\": [1]}}]}", b"{" * 500, b"{\"data\": [{\"Owner\": 5}]}"]


@pytest.mark.parametrize("body", GARBAGE)
@pytest.mark.parametrize("method, path", [("POST", "/crm/v6/Leads"), ("PUT", "/crm/v6/Leads"),
                                          ("POST", "/crm/v6/Leads/upsert"), ("POST", "/crm/v6/coql"),
                                          ("POST", "/crm/bulk/v6/read"), ("POST", "/crm/bulk/v6/write"),
                                          ("POST", "/crm/v6/Leads/actions/mass_update"),
                                          ("POST", "/crm/v6/settings/tags"), ("POST", "/__emulator__/faults")])
def test_garbage_never_leaks_tracebacks(client, method, path, body):
    r = client.call(method, path, data=body)
    assert r.status_code < 500, r.text
    assert "Traceback" not in r.text
    if r.content:
        payload = r.json()
        assert isinstance(payload, dict)


def test_garbage_paths_and_params(client):
    for path, params in [("/crm/v6/Leads/abc", {}), ("/crm/v6/Leads", {"fields": "x", "page": "x"}),
                         ("/crm/v6/Leads", {"fields": "x", "per_page": "500"}),
                         ("/crm/v6/Leads", {"fields": "x", "ids": "a,b"}),
                         ("/crm/v6/Leads/search", {"criteria": "((((("}),
                         ("/crm/v6/Leads/deleted", {"page": "-1"}), ("/crm/v6/%00", {}),
                         ("/crm/v6/users", {"type": "Martians"})]:
        r = client.get(path, params=params)
        assert r.status_code < 500 and "Traceback" not in r.text, (path, r.text)
    # a raw socket speaking nonsense must not kill the server
    with socket.create_connection(("127.0.0.1", client.emu.server.port), timeout=5) as sock:
        sock.sendall(b"GARBAGE\r\n\r\n")
        sock.recv(1024)
    assert client.get("/crm/v6/org").status_code == 200


def test_internal_errors_become_zoho_json(client, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("kaboom")
    monkeypatch.setattr(client.emu.app.records, "list", boom)
    client.emu.app.routes = client.emu.app._routes()
    r = client.get("/crm/v6/Leads", params={"fields": "x"})
    assert r.status_code == 500 and r.json() == {"code": "INTERNAL_ERROR", "details": {},
                                                 "message": "Internal Server Error", "status": "error"}
    assert "kaboom" not in r.text


def test_ids_beyond_64_bits_never_give_500_on_any_route(client):
    """Every row of the route table, with a 30-digit id wherever an id goes (path, `ids`, body)."""
    import json
    import re

    from zohocrmsdk.emulator import services
    from zohocrmsdk.emulator.core.wire import Request
    huge = "9" * 30
    app = client.emu.app
    headers = dict(client.headers(), **{"Content-Type": "application/json"})
    body = json.dumps({"data": [{"id": huge, "Last_Name": "x"}], "ids": [huge, int(huge)],
                       "tags": [{"name": "t", "id": huge}]}).encode()
    failures = []
    for route in services.ROUTES:
        path = re.sub(r"\{(\w+)(?::(\w+))?\}", lambda m: "Leads" if m.group(2) in ("module", "name")
                      or "module" in m.group(1) else huge, route.template)
        for query in ("", f"ids={huge}&fields=id", f"fields=id&module=Leads&layout_id={huge}"):
            sent = body if route.method in ("POST", "PUT", "PATCH") else b""
            status = app.handle(Request(route.method, path, query, headers, sent)).status
            if status >= 500:
                failures.append((route.method, path, query, status))
    assert not failures, failures[:10]
