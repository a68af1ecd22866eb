"""Intercept mode: real Zoho hosts answered in-process, other hosts untouched."""
from __future__ import annotations

import pytest
import requests

from zohocrmsdk.emulator import intercept


def test_plain_requests_against_real_hosts():
    with intercept() as zoho:
        code = zoho.grant_code("1000.I", "s", "https://cb.example")
        r = requests.post("https://accounts.zoho.eu/oauth/v2/token",
                          data={"grant_type": "authorization_code", "client_id": "1000.I", "client_secret": "s",
                                "redirect_uri": "https://cb.example", "code": code})
        body = r.json()
        assert body["api_domain"] == "https://www.zohoapis.eu"
        headers = {"Authorization": "Zoho-oauthtoken " + body["access_token"]}
        r = requests.post("https://www.zohoapis.eu/crm/v6/Leads", json={"data": [{"Last_Name": "X"}]}, headers=headers)
        assert r.status_code == 201
        with requests.Session() as session:
            r = session.get("https://sandbox.zohoapis.com/crm/v6/Leads", params={"fields": "Last_Name"}, headers=headers)
        assert r.json()["data"][0]["Last_Name"] == "X"
        assert zoho.stats()["token_requests"] == {"authorization_code": 1}


def test_all_dcs_and_content_host():
    with intercept() as zoho:
        token = zoho.mint_tokens()["access_token"]
        for tld in ("com", "eu", "in", "com.cn", "com.au", "jp", "ca"):
            r = requests.get(f"https://www.zohoapis.{tld}/crm/v6/org",
                             headers={"Authorization": "Zoho-oauthtoken " + token})
            assert r.json()["org"][0]["zgid"] == "808232144"
            assert requests.post(f"https://accounts.zoho.{tld}/oauth/v2/token").json() == {"error": "invalid_request"}
        r = requests.post("https://content.zohoapis.com/crm/v6/upload", files=[("file", ("a.zip", b"x"))],
                          headers={"Authorization": "Zoho-oauthtoken " + token, "X-CRM-ORG": "808232144"})
        assert r.json()["code"] == "INVALID_FILE_FORMAT"


def test_other_hosts_pass_through_and_unpatch():
    original = requests.adapters.HTTPAdapter.send
    with intercept():
        assert requests.adapters.HTTPAdapter.send is not original
        with pytest.raises(requests.exceptions.ConnectionError):
            requests.get("http://127.0.0.1:9/", timeout=2)  # real network path, nothing listens there
    assert requests.adapters.HTTPAdapter.send is original


def test_decorator_and_drop_fault():
    @intercept()
    def run():
        r = requests.get("https://www.zohoapis.com/crm/v6/org")
        return r.status_code, r.json()["code"]

    assert run() == (401, "AUTHENTICATION_FAILURE")
    with intercept() as zoho:
        zoho.add_fault("drop", path="/crm/v6/org", count=1)
        with pytest.raises(requests.exceptions.ConnectionError):
            requests.get("https://www.zohoapis.com/crm/v6/org")


def _token(host, **form):
    return requests.post("https://{}/oauth/v2/token".format(host), data=form).json()


def test_placeholder_credentials_are_registered_on_first_sight():
    """Code written for production with made-up credentials runs unchanged; once seen, the usual rules hold."""
    grant = dict(grant_type="authorization_code", client_id="1000.PLACEHOLDER", client_secret="placeholder-secret",
                 redirect_uri="https://example.com/callback", code="1000.placeholder.grant")
    with intercept() as zoho:
        first = _token("accounts.zoho.com", **grant)
        assert first["api_domain"] == "https://www.zohoapis.com" and first["refresh_token"].startswith("1000.")
        me = requests.get("https://www.zohoapis.com/crm/v6/users", params={"type": "CurrentUser"},
                          headers={"Authorization": "Zoho-oauthtoken " + first["access_token"]})
        assert me.status_code == 200
        assert _token("accounts.zoho.com", **grant) == {"error": "invalid_code"}  # a grant code is single-use
        assert _token("accounts.zoho.com", **dict(grant, code="1000.other", client_secret="wrong")) == {
            "error": "invalid_client_secret"}  # the client keeps the secret it was first seen with
        refreshed = _token("accounts.zoho.com", grant_type="refresh_token", client_id="1000.PLACEHOLDER",
                           client_secret="placeholder-secret", refresh_token="1000.placeholder.refresh")
        assert "access_token" in refreshed and "refresh_token" not in refreshed
        assert zoho.stats()["token_requests"] == {"authorization_code": 3, "refresh_token": 1}


def test_strict_mode_accepts_only_what_the_emulator_issued():
    with intercept(strict=True) as zoho:
        assert _token("accounts.zoho.eu", grant_type="authorization_code", client_id="1000.NEW", client_secret="s",
                      code="1000.made.up") == {"error": "invalid_client"}
        code = zoho.grant_code("1000.NEW", "s")
        assert _token("accounts.zoho.eu", grant_type="authorization_code", client_id="1000.NEW", client_secret="s",
                      code="1000.made.up") == {"error": "invalid_code"}
        assert "access_token" in _token("accounts.zoho.eu", grant_type="authorization_code", client_id="1000.NEW",
                                        client_secret="s", code=code)
        assert _token("accounts.zoho.eu", grant_type="refresh_token", client_id="1000.NEW", client_secret="s",
                      refresh_token="1000.made.up") == {"error": "invalid_code"}
