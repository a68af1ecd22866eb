"""No secret reaches the logs over a full DEBUG run, and header values cannot inject headers."""
from __future__ import annotations

import logging

import pytest

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.api.logger.logger import Logger
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap, ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations
from zohocrmsdk.src.com.zoho.crm.api.record import (BodyWrapper, Field, GetRecordsHeader, GetRecordsParam, Record,
                                                     RecordOperations)

CLIENT_ID, CLIENT_SECRET, REDIRECT = "1000.LOGCHECK", "log-check-client-secret-0042", "https://app.example/cb"


def test_debug_logs_of_a_full_run_hold_no_secret(emu, tmp_path, caplog):
    caplog.set_level(logging.DEBUG, logger="SDKLogger")
    caplog.set_level(logging.DEBUG, logger="urllib3")
    log_file = tmp_path / "sdk.log"
    store = FileStore(str(tmp_path / "tokens.txt"))
    code = emu.grant_code(CLIENT_ID, CLIENT_SECRET, REDIRECT)
    secrets = {code, CLIENT_SECRET}
    Initializer.initialize(emu.environment(), OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                                                         grant_token=code, redirect_url=REDIRECT),
                           store=store, resource_path=str(tmp_path),
                           logger=Logger.get_instance(Logger.Levels.DEBUG, str(log_file)))

    def remember():
        for token in store.get_tokens():
            secrets.update(v for v in (token.get_access_token(), token.get_refresh_token()) if v)

    remember()
    leads = RecordOperations("Leads")
    body = BodyWrapper()
    records = []
    for name in ("Lovelace", "Hopper"):
        record = Record()
        record.add_field_value(Field.Leads.last_name(), name)
        record.add_field_value(Field.Leads.company(), "Logs Ltd")
        records.append(record)
    body.set_data(records)
    assert leads.create_records(body).get_status_code() == 201
    params = ParameterMap()
    params.add(GetRecordsParam.fields, "Last_Name,Company")
    assert len(leads.get_records(params).get_object().get_data()) == 2
    emu.expire_tokens()  # the next call meets INVALID_TOKEN and refreshes
    assert OrgOperations().get_organization().get_status_code() == 200
    remember()
    failed_refresh = emu.add_fault("429", "/oauth/v2/token", "POST", count=1, retry_after=0)
    emu.expire_tokens()
    assert leads.get_records(params).get_status_code() == 200
    remember()
    assert failed_refresh.hits == 1
    assert emu.token_requests("authorization_code") == 1 and emu.token_requests("refresh_token") == 2
    assert len(secrets) == 6  # code, client secret, one refresh token, three access tokens

    file_text = log_file.read_text()
    captured = caplog.text + "\n".join(record.getMessage() for record in caplog.records)
    assert len(file_text) > 1000 and any(r.name.startswith("urllib3") for r in caplog.records)
    for secret in secrets:
        assert secret not in file_text, "a secret is in the log file"
        assert secret not in captured, "a secret is in a log record"
    assert repr(Initializer.get_initializer().token).count("****") >= 2


def test_header_values_cannot_inject_headers(emu, tmp_path):
    minted = emu.mint_tokens("1000.HDR", "hdr-secret")
    Initializer.initialize(emu.environment(), OAuthToken(client_id="1000.HDR", client_secret="hdr-secret",
                                                         refresh_token=minted["refresh_token"], find_user=False),
                           store=FileStore(str(tmp_path / "tokens.txt")), resource_path=str(tmp_path))
    emu.app.stats.reset()
    params = ParameterMap()
    params.add(GetRecordsParam.fields, "Last_Name")
    for value in ("a\r\nX-Injected: 1", "a\nb", "a\rb"):
        headers = HeaderMap()
        headers.add(GetRecordsHeader.x_external, value)
        with pytest.raises(SDKException) as raised:  # refused before sending, as an SDKException
            RecordOperations("Leads").get_records(params, headers)
        assert "not sent" in str(raised.value)
    assert emu.stats()["by_route"].get("records", 0) == 0
    # A parameter value with CR/LF is just percent-encoded data.
    params.add(GetRecordsParam.sort_by, "Last_Name\r\nX-Injected: 1")
    assert RecordOperations("Leads").get_records(params).get_status_code() in (200, 204, 400)
