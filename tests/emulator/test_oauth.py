"""Zoho Accounts OAuth: code exchange, refresh, revoke, errors and expiry."""
from __future__ import annotations

import requests

from zohocrmsdk.emulator.app import EmulatorApp
from zohocrmsdk.emulator.testing import Emulator
from zohocrmsdk.emulator.wire import Request

CID, SECRET, CB = "1000.TESTCLIENT", "s3cret", "https://app.example/cb"


def token(emu: Emulator, **form: str) -> dict:
    r = requests.post(emu.token_url, data=form, timeout=10)
    assert r.status_code == 200  # Accounts answers errors with 200 too
    return r.json()


def exchange(emu: Emulator, code: str, **over: str) -> dict:
    form = dict(grant_type="authorization_code", client_id=CID, client_secret=SECRET, redirect_uri=CB, code=code)
    form.update(over)
    return token(emu, **form)


def test_code_exchange_and_refresh(emu):
    body = exchange(emu, emu.grant_code(CID, SECRET, CB))
    assert set(body) == {"access_token", "refresh_token", "api_domain", "token_type", "expires_in"}
    assert body["api_domain"] == emu.base_url and body["token_type"] == "Bearer" and body["expires_in"] == 3600
    again = token(emu, grant_type="refresh_token", client_id=CID, client_secret=SECRET,
                  refresh_token=body["refresh_token"])
    assert "refresh_token" not in again and again["access_token"] != body["access_token"]
    r = requests.get(emu.base_url + "/crm/v6/org", timeout=10,
                     headers={"Authorization": "Zoho-oauthtoken " + again["access_token"]})
    assert r.status_code == 200 and r.json()["org"][0]["zgid"] == "808232144"
    assert emu.token_requests("authorization_code") == 1 and emu.token_requests("refresh_token") == 1


def test_query_string_parameters_accepted(emu):
    code = emu.grant_code(CID, SECRET)
    r = requests.post(emu.token_url, params=dict(grant_type="authorization_code", client_id=CID,
                                                 client_secret=SECRET, code=code), timeout=10)
    assert "access_token" in r.json()


def test_code_is_single_use_and_errors(emu):
    code = emu.grant_code(CID, SECRET, CB)
    assert "access_token" in exchange(emu, code)
    assert exchange(emu, code) == {"error": "invalid_code"}
    assert exchange(emu, "1000.bogus") == {"error": "invalid_code"}
    code = emu.grant_code(CID, SECRET, CB)
    assert exchange(emu, code, client_id="1000.UNKNOWN") == {"error": "invalid_client"}
    assert exchange(emu, code, client_secret="wrong") == {"error": "invalid_client_secret"}
    assert exchange(emu, code, redirect_uri="https://evil.example") == {"error": "invalid_redirect_uri"}
    assert token(emu, grant_type="password", client_id=CID, client_secret=SECRET) == {"error": "unsupported_grant_type"}
    assert token(emu, client_id=CID) == {"error": "invalid_request"}
    assert emu.stats()["token_requests"]["authorization_code"] == 6


def test_admin_grant_code_endpoint(emu):
    r = requests.post(emu.base_url + "/__emulator__/grant-codes", timeout=10,
                      json={"client_id": CID, "client_secret": SECRET, "redirect_uri": CB})
    assert "access_token" in exchange(emu, r.json()["code"])


def test_revoke(emu):
    body = exchange(emu, emu.grant_code(CID, SECRET, CB))
    r = requests.post(emu.token_url + "/revoke", data={"token": body["refresh_token"]}, timeout=10)
    assert r.json() == {"status": "success"}
    bad = requests.get(emu.base_url + "/crm/v6/users", timeout=10,
                       headers={"Authorization": "Zoho-oauthtoken " + body["access_token"]})
    assert bad.status_code == 401 and bad.json()["code"] == "INVALID_TOKEN"
    refreshed = token(emu, grant_type="refresh_token", client_id=CID, client_secret=SECRET,
                      refresh_token=body["refresh_token"])
    assert refreshed == {"error": "invalid_code"}
    r = requests.post(emu.token_url + "/revoke", params={"token": "nope"}, timeout=10)
    assert r.status_code == 400


def test_token_expiry_with_injected_clock():
    now = [1_000_000.0]
    app = EmulatorApp(token_ttl=2, clock=lambda: now[0])
    tokens = app.mint_tokens("1000.C", "s", "http://x")
    req = Request("GET", "/crm/v6/org", "", {"Authorization": "Zoho-oauthtoken " + tokens["access_token"]}, b"")
    assert app.handle(req).status == 200
    now[0] += 2.5
    resp = app.handle(req)
    assert resp.status == 401 and b"INVALID_TOKEN" in resp.body


def test_expire_tokens_admin(client):
    assert client.get("/crm/v6/org").status_code == 200
    requests.post(client.base + "/__emulator__/expire-tokens", json={}, timeout=10)
    r = client.get("/crm/v6/org")
    assert r.status_code == 401 and r.json() == {"code": "INVALID_TOKEN", "details": {},
                                                 "message": "invalid oauth token", "status": "error"}


def test_auth_header_errors(client):
    for headers in ({}, {"Authorization": "Bearer x"}, {"Authorization": "Zoho-oauthtoken"}):
        r = requests.get(client.base + "/crm/v6/Leads", headers=headers, timeout=10)
        assert r.status_code == 401 and r.json()["code"] == "AUTHENTICATION_FAILURE"
    r = requests.get(client.base + "/crm/v6/Leads", headers={"Authorization": "Zoho-oauthtoken 1000.x.y"}, timeout=10)
    assert r.status_code == 401 and r.json()["code"] == "INVALID_TOKEN"
