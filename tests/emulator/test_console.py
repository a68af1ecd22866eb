"""The console's data over HTTP: the request log (masked, bounded, without admin traffic), the state JSON, the page's
files and their protections. The page itself runs in a real browser in test_console_browser.py."""
from __future__ import annotations

import json
import re

import requests

from zohocrmsdk.emulator import console
from zohocrmsdk.emulator.core.requestlog import CAPACITY

STATE = "/__emulator__/ui/state"


def test_log_shows_each_app_request_with_its_user_and_a_masked_token(client):
    client.post("/crm/v6/Leads", json={"data": [{"Last_Name": "Ada"}]})
    client.get("/crm/v6/Leads", params={"fields": "Last_Name", "per_page": "5"})
    client.get("/crm/v6/Nope")
    requests.get(client.base + "/crm/v6/org", headers={"Authorization": "Zoho-oauthtoken 1000.unknown"}, timeout=10)
    log = client.emu.recent_requests()
    assert [(e["method"], e["path"], e["status"]) for e in log] == [
        ("POST", "/crm/v6/Leads", 201), ("GET", "/crm/v6/Leads?fields=Last_Name&per_page=5", 200),
        ("GET", "/crm/v6/Nope", 400), ("GET", "/crm/v6/org", 401)]
    assert [e["user"] for e in log] == ["patricia.boyle@zylker.com"] * 3 + [None]
    assert {e["token"] for e in log[:3]} == {client.token[:9] + "…"}
    assert log[3]["token"] == "1000.unkn…"
    assert [e["seq"] for e in log] == sorted(e["seq"] for e in log) and all(e["ms"] >= 0 for e in log)


def test_tokens_and_secrets_in_a_query_are_masked_and_never_reach_the_console(client):
    refresh = client.tokens["refresh_token"]
    requests.post(client.base + "/oauth/v2/token", timeout=10,
                  params={"grant_type": "refresh_token", "refresh_token": refresh, "client_id": "1000.EMULATOR",
                          "client_secret": "secret"})
    requests.post(client.base + "/oauth/v2/token/revoke", params={"token": refresh}, timeout=10)
    token_call, revoke = client.emu.recent_requests()
    assert token_call["path"] == ("/oauth/v2/token?grant_type=refresh_token&refresh_token=%s…&client_id=1000.EMULATOR"
                                  "&client_secret=…" % refresh[:9])
    assert revoke["path"] == "/oauth/v2/token/revoke?token=%s…" % refresh[:9]
    client.get("/crm/v6/org")
    page_data = requests.get(client.base + STATE, timeout=10).text
    for secret in (client.token, refresh, "secret&", client.token[9:20], refresh[9:20]):
        assert secret not in page_data


def test_admin_and_console_traffic_stays_out_of_the_log(client):
    requests.post(client.base + "/__emulator__/seed", timeout=10)
    requests.get(client.base + "/__emulator__/faults", timeout=10)
    for path in ("/__emulator__/ui", "/__emulator__/ui/console.js", STATE, "/__emulator__"):
        requests.get(client.base + path, timeout=10)
    assert client.emu.recent_requests() == []
    client.get("/crm/v6/org")
    assert [e["path"] for e in requests.get(client.base + STATE, timeout=10).json()["requests"]] == ["/crm/v6/org"]


def test_the_log_is_a_bounded_ring_of_the_latest_requests(client):
    for index in range(CAPACITY + 5):
        client.get("/crm/v6/org", params={"n": str(index)})
    log = client.emu.recent_requests()
    assert len(log) == CAPACITY
    assert log[0]["path"] == "/crm/v6/org?n=5" and log[-1]["path"] == "/crm/v6/org?n=%d" % (CAPACITY + 4)


def test_a_dropped_connection_is_logged_as_such_and_reset_empties_the_log(client):
    client.emu.add_fault("drop", path="/crm/v6/org", count=1)
    try:
        client.get("/crm/v6/org")
    except requests.ConnectionError:
        pass
    assert [(e["path"], e["status"]) for e in client.emu.recent_requests()] == [("/crm/v6/org", None)]
    requests.post(client.base + "/__emulator__/reset", json={}, timeout=10)
    assert client.emu.recent_requests() == []


def test_state_lists_modules_with_counts_faults_limits_and_a_modules_latest_records(client):
    client.emu.seed()
    client.post("/crm/v6/Leads", json={"data": [{"Last_Name": "Newest <b>"}]})
    client.emu.add_fault("503", path="/crm/v6/Deals*", count=2)
    state = requests.get(client.base + STATE, params={"module": "leads"}, timeout=10).json()
    counts = {m["api_name"]: m["records"] for m in state["modules"]}
    assert counts["Leads"] == 6 and counts["Deals"] == 3 and counts["Invoices"] == 0
    assert [m["api_name"] for m in state["modules"]][:4] == ["Leads", "Contacts", "Accounts", "Deals"]
    assert state["records"]["module"] == "Leads" and len(state["records"]["latest"]) == 6
    assert state["records"]["latest"][0]["name"] == "Newest <b>"
    assert [(f["kind"], f["path"], f["remaining"]) for f in state["faults"]] == [("503", "/crm/v6/Deals*", 2)]
    assert state["limits"] == console.limits(client.emu.app)  # None while nothing is enforced
    assert state["capacity"] == CAPACITY
    assert requests.get(client.base + STATE, params={"module": "Nope"}, timeout=10).json()["records"] is None


def test_page_and_its_files_come_from_the_emulator_with_a_strict_policy(client):
    page = requests.get(client.base + "/__emulator__/ui", timeout=10)
    assert page.status_code == 200 and page.headers["Content-Type"] == "text/html; charset=utf-8"
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy and "unsafe" not in policy
    assert page.headers["X-Content-Type-Options"] == "nosniff" and page.headers["Cache-Control"] == "no-store"
    script = requests.get(client.base + "/__emulator__/ui/console.js", timeout=10)
    style = requests.get(client.base + "/__emulator__/ui/console.css", timeout=10)
    assert script.headers["Content-Type"].startswith("text/javascript")
    assert style.headers["Content-Type"].startswith("text/css")
    for text in (page.text, script.text, style.text):
        assert not re.search(r"https?://|//[a-z]", text), "the console loads nothing from elsewhere"
    # strings reach the page as text only
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function",
                         script.text)
    assert requests.post(client.base + "/__emulator__/ui", timeout=10).json()["code"] == "INVALID_REQUEST_METHOD"
    assert json.loads(requests.get(client.base + STATE, timeout=10).text)["requests"] == []


def test_with_an_admin_token_the_page_loads_but_its_data_and_actions_need_the_token():
    """Bound beyond loopback the admin API needs X-Emulator-Token; a browser opening the page sends no header, so
    the page's own files are public while the state JSON and every admin call stay behind the token."""
    from zohocrmsdk.emulator.testing import Emulator

    with Emulator.running(host="127.0.0.1", admin_token="console-secret") as emu:
        base = emu.base_url
        for path in sorted(console.PAGE_FILES):
            assert requests.get(base + path, timeout=10).status_code == 200, path
        assert requests.get(base + STATE, timeout=10).status_code == 401
        assert requests.post(base + "/__emulator__/reset", json={}, timeout=10).status_code == 401
        state = requests.get(base + STATE, headers={"X-Emulator-Token": "console-secret"}, timeout=10)
        assert state.status_code == 200 and "modules" in state.json()
