"""Limits that need calls in flight at once (concurrency) and the SDK living within the limits:
a fan-out past the concurrency limit backs off and succeeds, an exhausted credit window returns
at once. The sequential rules (credits, Accounts throttles, scopes) are rows of the contract table
(contract/rows_limits.py)."""
from __future__ import annotations

import os
import threading
import time
from typing import Any, Iterator, List

import pytest
import requests

from zohocrmsdk.emulator.core import limits
from zohocrmsdk.emulator.testing import Emulator

CLIENT = ("1000.LIMITS", "limits-secret")


def _together(n: int, call: Any) -> List[Any]:
    """``n`` threads released at once, each running ``call``; their results in start order."""
    gate, results = threading.Barrier(n), [None] * n

    def work(i: int) -> None:
        gate.wait(10)
        results[i] = call()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_calls_past_the_edition_concurrency_get_429_without_retry_after() -> None:
    with Emulator.running(edition="free") as emu:  # Free: 5 calls in flight per user and app
        token = emu.mint_tokens(*CLIENT)["access_token"]
        emu.add_fault("latency", path="/crm/v6/org", delay=0.6)  # every call stays in flight a while
        headers = {"Authorization": "Zoho-oauthtoken " + token}
        answers = _together(8, lambda: requests.get(emu.base_url + "/crm/v6/org", headers=headers, timeout=30))
        refused = [a for a in answers if a.status_code == 429]
        assert sorted(a.status_code for a in answers) == [200] * 5 + [429] * 3
        assert all(a.json()["code"] == "TOO_MANY_REQUESTS" and "Retry-After" not in a.headers
                   and "X-API-CREDITS-REMAINING" not in a.headers for a in refused)
        assert emu.limits_status()["concurrency"]["peak"] == 5


def test_heavy_calls_share_the_sub_concurrency_pool() -> None:
    with Emulator.running(seed=True) as emu:  # Enterprise: 20 in flight, of which 10 heavy
        token = emu.mint_tokens(*CLIENT)["access_token"]
        emu.add_fault("latency", path="/crm/v6/coql", delay=0.6)
        headers = {"Authorization": "Zoho-oauthtoken " + token}
        body = {"select_query": "select Last_Name from Leads where Last_Name is not null"}
        answers = _together(12, lambda: requests.post(emu.base_url + "/crm/v6/coql", json=body, headers=headers,
                                                      timeout=30))
        assert sorted(a.status_code for a in answers) == [200] * limits.SUB_CONCURRENCY + [429] * 2


def test_concurrency_is_counted_per_user_per_app() -> None:
    with Emulator.running(edition="free") as emu:
        tokens = [emu.mint_tokens(f"1000.APP{i}", "s")["access_token"] for i in range(2)]
        emu.add_fault("latency", path="/crm/v6/org", delay=0.6)
        calls = iter([tokens[i % 2] for i in range(10)])
        lock = threading.Lock()

        def call() -> int:
            with lock:
                token = next(calls)
            return requests.get(emu.base_url + "/crm/v6/org", timeout=30,
                                headers={"Authorization": "Zoho-oauthtoken " + token}).status_code

        assert _together(10, call) == [200] * 10  # 5 per app: two apps hold 10 in flight


# -- the SDK within the limits ------------------------------------------------------------------
@pytest.fixture
def sdk_free(tmp_path: Any) -> Iterator[Emulator]:
    """An SDK initialised against a Free-edition emulator (5 calls in flight)."""
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    with Emulator.running(edition="free") as emu:
        minted = emu.mint_tokens(*CLIENT)
        token = OAuthToken(client_id=CLIENT[0], client_secret=CLIENT[1], refresh_token=minted["refresh_token"],
                           find_user=False)
        Initializer.initialize(environment=emu.environment(), token=token,
                               store=FileStore(os.path.join(str(tmp_path), "tokens.txt")),
                               resource_path=str(tmp_path))
        try:
            yield emu
        finally:
            Initializer.initializer = None
            Initializer.LOCAL.init = None


def test_sdk_fan_out_past_the_concurrency_limit_backs_off_and_every_call_succeeds(sdk_free: Emulator) -> None:
    from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations
    emu = sdk_free
    OrgOperations().get_organization()  # the token refresh happens once, before the fan-out
    emu.add_fault("latency", path="/crm/v6/org", delay=0.2)
    statuses = _together(16, lambda: OrgOperations().get_organization().get_status_code())
    assert statuses == [200] * 16
    stats = emu.stats()
    assert stats["by_status"].get("429", 0) > 0  # the fan-out did meet the limit ...
    assert emu.limits_status()["concurrency"]["peak"] == 5  # ... and never had more than 5 in flight


def test_sdk_returns_at_once_when_the_credits_are_spent(sdk_free: Emulator) -> None:
    from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations
    emu = sdk_free
    OrgOperations().get_organization()
    emu.configure_limits(used=5000)  # a Free org's whole day
    before = emu.stats()["requests"]
    began = time.monotonic()
    response = OrgOperations().get_organization()
    assert response.get_status_code() == 429
    assert emu.stats()["requests"] - before == 1  # no retry: credits come back only as the window rolls
    assert time.monotonic() - began < 1.0


def test_the_scope_table_lists_what_it_leaves_unchecked() -> None:
    """Operations no scope page maps are allowed; the list is explicit so a new route is a decision."""
    with Emulator.running() as emu:
        unchecked = emu.limits_status()["scopes"]["unchecked"]
    assert unchecked == [
        "DELETE /crm/v6/actions/watch", "GET /crm/v6/__features", "GET /crm/v6/__features/data_enrichment",
        "GET /crm/v6/__features/user_licenses", "GET /crm/v6/__features/{feature_api_name}",
        "GET /crm/v6/actions/watch", "GET /crm/v6/files", "GET /v2/crm/{zgid:digits}/backup/{bid:digits}/{name}",
        "GET /v2/crm/{zgid:digits}/bulk-write/{job:digits}/{name}",
        "PATCH /crm/v6/actions/watch", "POST /crm/v6/__digest", "POST /crm/v6/actions/watch", "POST /crm/v6/files",
        "POST /crm/v6/upload", "PUT /crm/v6/actions/watch"]


def test_limits_can_be_turned_off_one_by_one() -> None:
    with Emulator.running(edition="free", limits={"concurrency": False}) as emu:
        token = emu.mint_tokens(*CLIENT)["access_token"]
        emu.add_fault("latency", path="/crm/v6/org", delay=0.4)
        headers = {"Authorization": "Zoho-oauthtoken " + token}
        answers = _together(8, lambda: requests.get(emu.base_url + "/crm/v6/org", headers=headers, timeout=30))
        assert [a.status_code for a in answers] == [200] * 8
        assert emu.limits_status()["switches"]["credits"]  # the others stay on
