"""The four token flows over real HTTP against the emulator, refresh on expiry, single-flight
refresh under threads, INVALID_TOKEN recovery and caller-supplied Authorization."""
import threading
import time

import pytest
import requests

from zohocrmsdk.emulator.testing import Emulator
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap, Header
from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations, ResponseWrapper
from zohocrmsdk.src.com.zoho.crm.api.users import UsersOperations


@pytest.fixture
def emu():
    with Emulator.running() as running:
        yield running


def _init(emu, token, tmp_path, store=None):
    store = store or FileStore(str(tmp_path / "tokens.txt"))
    Initializer.initialize(emu.environment(), token, store=store, resource_path=str(tmp_path))
    return store


def test_grant_flow_exchanges_once_and_persists_user_name(emu, tmp_path):
    code = emu.grant_code("cid", "csec", "https://r")
    store = _init(emu, OAuthToken(client_id="cid", client_secret="csec", grant_token=code, redirect_url="https://r"),
                  tmp_path)
    rows = (tmp_path / "tokens.txt").read_text().splitlines()
    assert rows[0] == "id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_uri,api_domain"
    fields = rows[1].split(",")
    assert fields[0] == "1" and fields[1].endswith(":808232144") and "@" in fields[1]
    assert fields[6] == code and fields[9] == emu.base_url
    assert isinstance(OrgOperations().get_organization().get_object(), ResponseWrapper)
    assert emu.token_requests("authorization_code") == 1
    assert len(store.get_tokens()) == 1


def test_invalid_grant_code_is_a_clear_sdk_exception(emu, tmp_path):
    emu.grant_code("cid", "csec", "https://r")  # registers the client
    with pytest.raises(SDKException) as caught:
        _init(emu, OAuthToken(client_id="cid", client_secret="csec", grant_token="nope", redirect_url="https://r"),
              tmp_path)
    assert caught.value.code == "INVALID TOKEN ERROR"
    assert "invalid_code" in str(caught.value)
    assert Initializer.get_initializer() is None or Initializer.get_initializer().token.get_grant_token() != "nope"


def test_refresh_access_and_id_flows(emu, tmp_path):
    minted = emu.mint_tokens("cid", "csec")
    _init(emu, OAuthToken(client_id="cid", client_secret="csec", refresh_token=minted["refresh_token"]), tmp_path)
    assert emu.token_requests("refresh_token") == 1
    assert OrgOperations().get_organization().get_status_code() == 200
    # id flow: the stored row is found and reused without any token request
    Initializer.initialize(emu.environment(), OAuthToken(id="1"), store=FileStore(str(tmp_path / "tokens.txt")),
                           resource_path=str(tmp_path))
    assert OrgOperations().get_organization().get_status_code() == 200
    assert emu.token_requests("refresh_token") == 1
    # access-token flow: used as given
    other = emu.mint_tokens("cid2", "csec2")
    Initializer.initialize(emu.environment(), OAuthToken(access_token=other["access_token"], find_user=False),
                           store=FileStore(str(tmp_path / "t2.txt")), resource_path=str(tmp_path))
    assert OrgOperations().get_organization().get_status_code() == 200


def test_expired_token_is_refreshed_and_threads_share_one_refresh(emu, tmp_path):
    minted = emu.mint_tokens("cid", "csec")
    _init(emu, OAuthToken(client_id="cid", client_secret="csec", refresh_token=minted["refresh_token"]), tmp_path)
    store = Initializer.get_initializer().store
    token = store.find_token(OAuthToken(client_id="cid", client_secret="csec", refresh_token=minted["refresh_token"]))
    token.set_expires_in(str(int(time.time() * 1000) - 1000))  # expired in the store
    store.save_token(token)
    before = emu.token_requests("refresh_token")
    barrier = threading.Barrier(16)
    results, errors = [], []

    def worker():
        try:
            barrier.wait(10)
            # Apps often build a new token object per thread or request: they still share a refresh.
            Initializer.switch_user(token=OAuthToken(client_id="cid", client_secret="csec",
                                                     refresh_token=minted["refresh_token"]))
            results.append(OrgOperations().get_organization().get_status_code())
        except Exception as error:  # collected and asserted below
            errors.append(error)
    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors and results == [200] * 16
    assert emu.token_requests("refresh_token") - before == 1


def test_invalid_token_is_refreshed_once_and_retried(emu, tmp_path):
    minted = emu.mint_tokens("cid", "csec")
    _init(emu, OAuthToken(client_id="cid", client_secret="csec", refresh_token=minted["refresh_token"]), tmp_path)
    before = emu.token_requests("refresh_token")
    emu.expire_tokens()  # the server forgets every access token
    assert OrgOperations().get_organization().get_status_code() == 200
    assert emu.token_requests("refresh_token") - before == 1


def test_caller_supplied_authorization_is_never_touched(emu, tmp_path):
    minted = emu.mint_tokens("cid", "csec")
    _init(emu, OAuthToken(client_id="cid", client_secret="csec", refresh_token=minted["refresh_token"]), tmp_path)
    before = emu.token_requests("refresh_token")
    headers = HeaderMap()
    headers.add(Header("Authorization"), "Zoho-oauthtoken wrong")
    from zohocrmsdk.src.com.zoho.crm.api.users import GetUsersHeader  # noqa: F401  (holder import works)
    response = UsersOperations().get_users(None, headers)
    assert response.get_status_code() == 401
    assert response.get_object().get_code().get_value() == "INVALID_TOKEN"
    assert emu.token_requests("refresh_token") == before


def test_token_repr_and_errors_hide_secrets():
    token = OAuthToken(client_id="cid", client_secret="supersecretvalue", refresh_token="1000.abcdef0123456789.feedface")
    text = repr(token)
    assert "supersecretvalue" not in text and "abcdef0123456789" not in text
    with pytest.raises(SDKException) as caught:
        OAuthToken(client_id=5, client_secret="x", grant_token="g")
    assert caught.value.code == "TOKEN ERROR"
    assert caught.value.details == {"field": "client_id", "expected-type": "String", "class": "OAuthToken"}


def test_short_lived_tokens_are_refreshed_before_they_expire(tmp_path):
    # Zoho tokens are refreshed 5 s before expiry: with an 11 s lifetime, a call made 6.5 s
    # later must refresh first (and must not be refused by the server).
    with Emulator.running(token_ttl=11) as emu:
        minted = emu.mint_tokens("cid", "csec")
        _init(emu, OAuthToken(client_id="cid", client_secret="csec", refresh_token=minted["refresh_token"]),
              tmp_path)
        assert OrgOperations().get_organization().get_status_code() == 200
        first = emu.token_requests("refresh_token")
        time.sleep(6.5)
        assert OrgOperations().get_organization().get_status_code() == 200
        assert emu.token_requests("refresh_token") == first + 1
