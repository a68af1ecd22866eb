"""Fault injection through the emulator: what is retried, what is not, and what it costs.

Every test asserts the requests the emulator saw (``emu.stats()`` and each fault's ``hits``) and,
for writes, how many records exist afterwards."""
from __future__ import annotations

import time

import pytest

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations, ResponseWrapper as OrgWrapper
from zohocrmsdk.src.com.zoho.crm.api.record import (ActionWrapper, APIException, BodyWrapper, Field, GetRecordsParam,
                                                     Record, RecordOperations)
from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig

READ_TIMEOUT = 0.5
MAX_RETRIES = 2


def _init(emu, tmp_path, **config):
    minted = emu.mint_tokens("1000.FAULTS", "faults-secret")
    options = dict(read_timeout=READ_TIMEOUT, connect_timeout=5, max_retries=MAX_RETRIES, backoff_factor=0.01)
    options.update(config)
    token = OAuthToken(client_id="1000.FAULTS", client_secret="faults-secret", refresh_token=minted["refresh_token"],
                       find_user=False)
    Initializer.initialize(emu.environment(), token, store=FileStore(str(tmp_path / "tokens.txt")),
                           resource_path=str(tmp_path), sdk_config=SDKConfig(**options))
    emu.app.stats.reset()


def _route(emu, name):
    return emu.stats()["by_route"].get(name, 0)


def _settle(emu, name, expected, timeout=10.0):
    """Requests still being served (a slow fault) are counted once they finish."""
    deadline = time.monotonic() + timeout
    while _route(emu, name) < expected and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.1)
    return _route(emu, name)


def _org_ok():
    response = OrgOperations().get_organization()
    assert response.get_status_code() == 200
    assert isinstance(response.get_object(), OrgWrapper)


def _create_lead(last_name):
    record = Record()
    record.add_field_value(Field.Leads.last_name(), last_name)
    record.add_field_value(Field.Leads.company(), "Reliability Ltd")
    body = BodyWrapper()
    body.set_data([record])
    return RecordOperations("Leads").create_records(body)


def _leads_named(last_name):
    params = ParameterMap()
    params.add(GetRecordsParam.fields, "Last_Name,Company")
    params.add(GetRecordsParam.per_page, 200)
    response = RecordOperations("Leads").get_records(params)
    if response.get_status_code() == 204:
        return 0
    return sum(1 for r in response.get_object().get_data() if r.get_key_value("Last_Name") == last_name)


def test_latency_past_read_timeout_on_get_is_retried_then_succeeds(emu, tmp_path):
    _init(emu, tmp_path)
    fault = emu.add_fault("latency", "/crm/v6/org", "GET", count=1, delay=READ_TIMEOUT * 3)
    started = time.monotonic()
    _org_ok()
    assert time.monotonic() - started < READ_TIMEOUT * 3  # the retry did not wait for the slow answer
    assert fault.hits == 1
    assert _settle(emu, "org", 2) == 2  # the timed-out attempt and the retry


def test_latency_on_every_attempt_is_a_clear_sdk_exception(emu, tmp_path):
    _init(emu, tmp_path)
    fault = emu.add_fault("latency", "/crm/v6/org", "GET", delay=READ_TIMEOUT * 2)
    with pytest.raises(SDKException) as raised:
        OrgOperations().get_organization()
    text = str(raised.value)
    assert "timed out" in text and "{} attempt(s)".format(MAX_RETRIES + 1) in text and "/crm/v6/org" in text
    assert fault.hits == MAX_RETRIES + 1
    assert _settle(emu, "org", MAX_RETRIES + 1) == MAX_RETRIES + 1


def test_429_with_retry_after_is_retried_and_honoured(emu, tmp_path):
    _init(emu, tmp_path)
    fault = emu.add_fault("429", "/crm/v6/org", "GET", count=1, retry_after=1)
    started = time.monotonic()
    _org_ok()
    assert time.monotonic() - started >= 0.95  # waited the Retry-After second
    assert fault.hits == 1
    assert _route(emu, "org") == 2
    assert emu.stats()["by_status"].get("429") == 1


def test_429_on_a_create_is_retried_and_writes_once(emu, tmp_path):
    _init(emu, tmp_path)
    fault = emu.add_fault("429", "/crm/v6/Leads", "POST", count=2, retry_after=0)
    response = _create_lead("Throttled")
    assert response.get_status_code() == 201 and isinstance(response.get_object(), ActionWrapper)
    assert fault.hits == 2
    assert emu.stats()["by_status"].get("429") == 2 and emu.stats()["by_status"].get("201") == 1
    assert _leads_named("Throttled") == 1


def test_503_on_get_is_retried(emu, tmp_path):
    _init(emu, tmp_path)
    fault = emu.add_fault("503", "/crm/v6/org", "GET", count=2, retry_after=0)
    _org_ok()
    assert fault.hits == 2
    assert _route(emu, "org") == 3
    assert emu.stats()["by_status"].get("503") == 2


def test_503_on_get_that_never_recovers_gives_the_error_after_the_retries(emu, tmp_path):
    _init(emu, tmp_path)
    fault = emu.add_fault("503", "/crm/v6/org", "GET", retry_after=0)
    response = OrgOperations().get_organization()
    assert response.get_status_code() == 503
    assert fault.hits == MAX_RETRIES + 1 and _route(emu, "org") == MAX_RETRIES + 1


def test_503_on_a_create_is_not_retried(emu, tmp_path):
    _init(emu, tmp_path)
    fault = emu.add_fault("503", "/crm/v6/Leads", "POST", count=1, retry_after=0)
    response = _create_lead("Unavailable")
    assert response.get_status_code() == 503
    assert isinstance(response.get_object(), APIException)
    assert fault.hits == 1
    assert _route(emu, "records") == 1 and emu.stats()["by_status"].get("503") == 1  # one request, no retry
    assert _leads_named("Unavailable") == 0
    # The caller's own retry writes it exactly once.
    assert _create_lead("Unavailable").get_status_code() == 201
    assert _leads_named("Unavailable") == 1


def test_timeout_on_a_create_is_not_retried_and_the_record_is_written_once(emu, tmp_path):
    _init(emu, tmp_path)
    fault = emu.add_fault("latency", "/crm/v6/Leads", "POST", count=1, delay=READ_TIMEOUT * 3)
    with pytest.raises(SDKException) as raised:
        _create_lead("Slow")
    assert "timed out" in str(raised.value) and "1 attempt(s)" in str(raised.value)
    assert fault.hits == 1
    assert _settle(emu, "records", 1) == 1  # the server finished the write the client gave up on
    assert _leads_named("Slow") == 1  # written once, never twice


def test_dropped_connection_on_get_is_retried(emu, tmp_path):
    _init(emu, tmp_path)
    _org_ok()  # a pooled keep-alive connection exists
    fault = emu.add_fault("drop", "/crm/v6/org", "GET", count=1)
    _org_ok()
    assert fault.hits == 1
    assert _route(emu, "org") == 2  # dropped requests are not answered, so not counted as served


def test_dropped_connection_on_a_create_is_not_retried(emu, tmp_path):
    _init(emu, tmp_path)
    fault = emu.add_fault("drop", "/crm/v6/Leads", "POST", count=1)
    with pytest.raises(SDKException) as raised:
        _create_lead("Dropped")
    assert "1 attempt(s)" in str(raised.value)
    assert fault.hits == 1
    assert _route(emu, "records") == 0
    assert _leads_named("Dropped") == 0


def test_token_expiring_mid_run_is_refreshed_once(emu, tmp_path):
    _init(emu, tmp_path)
    before = emu.token_requests("refresh_token")
    fault = emu.add_fault("expire_tokens", "/crm/v6/org", "GET", count=1)
    _org_ok()
    assert fault.hits == 1
    assert emu.token_requests("refresh_token") - before == 1
    assert _route(emu, "org") == 2 and emu.stats()["by_status"].get("401") == 1  # the 401, then the retry
    # And between calls: the next call refreshes once, the ones after reuse the new token.
    emu.expire_tokens()
    for _ in range(3):
        _org_ok()
    assert emu.token_requests("refresh_token") - before == 2
    assert _route(emu, "org") == 2 + 4
