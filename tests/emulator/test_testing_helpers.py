"""The context manager, pytest fixture and SDK environment glue."""
from __future__ import annotations

import importlib.util

import pytest
import requests

from zohocrmsdk.emulator import Emulator


def test_fixture_and_helpers(zoho_emulator):
    emu = zoho_emulator
    assert emu.base_url.startswith("http://127.0.0.1:")
    tokens = emu.mint_tokens("1000.F", "s")
    assert set(tokens) == {"access_token", "refresh_token", "api_domain", "token_type", "expires_in"}
    assert tokens["api_domain"] == emu.base_url
    assert emu.seed()["Deals"] == 3
    r = requests.get(emu.base_url + "/crm/v6/Deals/actions/count", timeout=10,
                     headers={"Authorization": "Zoho-oauthtoken " + tokens["access_token"]})
    assert r.json() == {"count": 3} and emu.stats()["by_route"]["count"] == 1


def test_context_manager_stops_server():
    with Emulator.running(token_ttl=10) as emu:
        base = emu.base_url
        assert emu.mint_tokens()["expires_in"] == 10
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(base + "/crm/v6/org", timeout=2)


@pytest.mark.skipif(importlib.util.find_spec("zohocrmsdk.src") is None, reason="SDK not present")
def test_environment_points_at_emulator(zoho_emulator):
    env = zoho_emulator.environment()
    assert env.url == zoho_emulator.base_url
    assert env.accounts_url == zoho_emulator.base_url + "/oauth/v2/token"
