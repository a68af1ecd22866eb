"""What Zoho Accounts answers is taken only when complete and well typed; secrets stay out of errors.

docs/deviations.md#accounts-answer-checked, docs/deviations.md#no-secrets-in-errors
"""
from __future__ import annotations

import json
import time

import pytest

from tests.reliability.hostile import RawServer, answer
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
from zohocrmsdk.src.com.zoho.crm.api.exception import (SDKAccountsException, SDKException,
                                                       SDKRequestRefusedException)
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations
from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig

CLIENT_SECRET = "client-secret-7f3a9c"
REFRESH = "1000.refresh.5d1e2b7c"
EXPIRED_ACCESS = "1000.expired.access.91ab"


def _json(payload, content_type="application/json"):
    return answer("200 OK", {"Content-Type": content_type}, json.dumps(payload).encode())


def _store_with_expired_row(tmp_path):
    store = FileStore(str(tmp_path / "tokens.csv"))
    token = OAuthToken(client_id="1000.C", client_secret=CLIENT_SECRET, refresh_token=REFRESH, find_user=False)
    token.set_access_token(EXPIRED_ACCESS)
    token.set_expires_in(str(int(time.time() * 1000) - 60_000))
    store.save_token(token)
    return store


def _initialize(server, tmp_path, store):
    environment = DataCenter.Environment(server.url, server.url + "/oauth/v2/token", server.url)
    token = OAuthToken(client_id="1000.C", client_secret=CLIENT_SECRET, refresh_token=REFRESH, find_user=False)
    Initializer.initialize(environment, token, store=store, resource_path=str(tmp_path),
                           sdk_config=SDKConfig(max_retries=0))


@pytest.mark.parametrize("access_token", [None, 42, "", ["a"], {"a": 1}])
def test_missing_or_ill_typed_access_token_leaves_the_store_unchanged(tmp_path, access_token):
    store = _store_with_expired_row(tmp_path)
    before = (tmp_path / "tokens.csv").read_bytes()
    with RawServer(_json({"access_token": access_token, "expires_in": 3600})) as server:
        with pytest.raises(SDKAccountsException) as caught:
            _initialize(server, tmp_path, store)
    assert (caught.value.code, caught.value.message) == ("INVALID TOKEN ERROR",
                                                         "ACCESS TOKEN IS NOT PRESENT IN RESPONSE")
    assert (tmp_path / "tokens.csv").read_bytes() == before


@pytest.mark.parametrize("answer_body", [
    {"access_token": "1000.fresh", "expires_in": "abc"},
    {"access_token": "1000.fresh", "expires_in": None},
    {"access_token": "1000.fresh", "expires_in": 3600, "refresh_token": 7},
    {"access_token": "1000.fresh", "expires_in": 3600, "api_domain": ["x"]},
    {"access_token": "1000.fresh\r\nX-Injected: 1", "expires_in": 3600},
])
def test_ill_typed_fields_are_the_official_save_error_and_nothing_is_saved(tmp_path, answer_body):
    store = _store_with_expired_row(tmp_path)
    before = (tmp_path / "tokens.csv").read_bytes()
    with RawServer(_json(answer_body)) as server:
        with pytest.raises(SDKAccountsException) as caught:
            _initialize(server, tmp_path, store)
    assert caught.value.code == "Exception in saving tokens"
    assert isinstance(caught.value.cause, ValueError)
    assert (tmp_path / "tokens.csv").read_bytes() == before


def test_a_token_with_cr_or_lf_is_refused_before_anything_is_sent(tmp_path):
    bad = "1000.access.with\r\nX-Injected: yes"
    with RawServer(_json({"org": []})) as server:
        environment = DataCenter.Environment(server.url, server.url + "/oauth/v2/token", server.url)
        Initializer.initialize(environment, OAuthToken(access_token=bad, find_user=False),
                               store=FileStore(str(tmp_path / "tokens.csv")), resource_path=str(tmp_path))
        with pytest.raises(SDKRequestRefusedException) as caught:
            OrgOperations().get_organization()
    assert server.connections == 0
    assert "1000.access.with" not in str(caught.value)


def test_accounts_echoing_a_secret_does_not_put_it_in_the_exception(tmp_path):
    echo = _json({"error": "invalid refresh token {} for client secret {}".format(REFRESH, CLIENT_SECRET)})
    with RawServer(echo) as server:
        with pytest.raises(SDKAccountsException) as caught:
            _initialize(server, tmp_path, _store_with_expired_row(tmp_path))
    text = str(caught.value) + repr(caught.value) + str(caught.value.details)
    assert REFRESH not in text and CLIENT_SECRET not in text
    assert caught.value.message == "invalid refresh token **** for client secret ****"
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_an_api_answer_quoting_the_access_token_does_not_put_it_in_the_exception(tmp_path):
    access = "1000.live.access.token.42"
    quoting = answer("200 OK", {"Content-Type": "application/weird"}, "token={}".format(access).encode())
    with RawServer(quoting) as server:
        environment = DataCenter.Environment(server.url, server.url + "/oauth/v2/token", server.url)
        Initializer.initialize(environment, OAuthToken(access_token=access, find_user=False),
                               store=FileStore(str(tmp_path / "tokens.csv")), resource_path=str(tmp_path))
        with pytest.raises(SDKException) as caught:
            OrgOperations().get_organization()
    assert caught.value.code == "RESPONSE ERROR"
    assert access not in str(caught.value)
    assert caught.value.details["body"] == "token=****"


def test_an_error_that_quotes_no_secret_keeps_its_exact_text(tmp_path):
    with RawServer(_json({"error": "invalid_client"})) as server:
        with pytest.raises(SDKAccountsException) as caught:
            _initialize(server, tmp_path, _store_with_expired_row(tmp_path))
    assert str(caught.value) == "Caused By: INVALID TOKEN ERROR - invalid_client"
