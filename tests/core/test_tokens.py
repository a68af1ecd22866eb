"""The four token flows over real HTTP against the emulator, refresh on expiry, single-flight
refresh under threads, INVALID_TOKEN recovery and caller-supplied Authorization."""
import json
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


# -- switch_user and a failed user look-up, beside the official SDK where it is cheap -------------------------

OFFICIAL_START = r'''
import json, logging, os, sys
from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations
logging.disable(logging.CRITICAL)  # the official's own log calls print tracebacks; not the subject here
base, work, flow, secret = sys.argv[1:5]
token = (OAuthToken(client_id="cid", client_secret="csec", refresh_token=secret) if flow == "refresh" else
         OAuthToken(client_id="cid", client_secret="csec", grant_token=secret, redirect_url="https://r"))
Initializer.initialize(DataCenter.Environment(base, base + "/oauth/v2/token", base), token,
                       store=FileStore(os.path.join(work, "tokens.txt")), resource_path=work)
'''

OFFICIAL_SWITCH_WITHOUT_TOKEN = OFFICIAL_START + r'''
Initializer.switch_user()
try:
    print("status %s" % OrgOperations().get_organization().get_status_code())
except Exception as error:
    print("raised %s" % error)
'''

OFFICIAL_SWITCH_ENVIRONMENT = OFFICIAL_START + r'''
other, other_refresh = sys.argv[5:7]
try:
    Initializer.switch_user(environment=DataCenter.Environment(other, other + "/oauth/v2/token", other),
                            token=OAuthToken(client_id="cid", client_secret="csec", refresh_token=other_refresh))
    print("switched")
except Exception as error:
    print("raised %s" % error)
'''

OFFICIAL_TOKEN_ROWS = OFFICIAL_START + r'''
print(json.dumps(open(os.path.join(work, "tokens.txt")).read().splitlines()[1:]))
'''


def test_switch_user_without_a_token_keeps_the_current_one(emu, tmp_path):
    minted = emu.mint_tokens("cid", "csec")
    _init(emu, OAuthToken(client_id="cid", client_secret="csec", refresh_token=minted["refresh_token"]), tmp_path)
    Initializer.switch_user()
    assert OrgOperations().get_organization().get_status_code() == 200
    assert emu.token_requests("refresh_token") == 1  # the inherited token is used as it is


def test_official_switch_user_without_a_token_breaks_every_call(emu, tmp_path, official_interpreter):
    from tests.official_venv import run_official
    minted = emu.mint_tokens("cid", "csec")
    out = run_official(official_interpreter, OFFICIAL_SWITCH_WITHOUT_TOKEN, emu.base_url, str(tmp_path), "refresh",
                       minted["refresh_token"])
    assert out.startswith("raised") and "'NoneType' object has no attribute 'authenticate'" in out


def test_switch_user_generates_the_new_token_in_the_new_environment(emu, tmp_path):
    minted = emu.mint_tokens("cid", "csec")
    store = _init(emu, OAuthToken(client_id="cid", client_secret="csec", refresh_token=minted["refresh_token"]),
                  tmp_path)
    with Emulator.running() as other:  # another data centre, with its own accounts server
        theirs = other.mint_tokens("cid", "csec")
        Initializer.switch_user(environment=other.environment(),
                                token=OAuthToken(client_id="cid", client_secret="csec",
                                                 refresh_token=theirs["refresh_token"]))
        assert other.token_requests("refresh_token") == 1 and emu.token_requests("refresh_token") == 1
        before = emu.stats()["requests"]
        assert OrgOperations().get_organization().get_status_code() == 200
        assert emu.stats()["requests"] == before  # the call went to the new data centre
        saved = store.find_token(OAuthToken(client_id="cid", client_secret="csec",
                                            refresh_token=theirs["refresh_token"]))
        assert saved.get_api_domain() == other.base_url


def test_official_switch_user_generates_the_new_token_in_the_old_environment(emu, tmp_path, official_interpreter):
    from tests.official_venv import run_official
    minted = emu.mint_tokens("cid", "csec")
    with Emulator.running() as other:
        theirs = other.mint_tokens("cid", "csec")
        out = run_official(official_interpreter, OFFICIAL_SWITCH_ENVIRONMENT, emu.base_url, str(tmp_path), "refresh",
                           minted["refresh_token"], other.base_url, theirs["refresh_token"])
        assert out.strip() == "raised Caused By: INVALID TOKEN ERROR - invalid_code"
        # the new user's refresh token went to the previous data centre's accounts server
        assert emu.token_requests("refresh_token") == 2 and other.token_requests("refresh_token") == 0


def test_a_failed_user_lookup_still_saves_the_new_tokens(emu, tmp_path, caplog):
    code = emu.grant_code("cid", "csec", "https://r")
    emu.add_fault("500", path="/crm/v6/users*")

    def grant_token():
        return OAuthToken(client_id="cid", client_secret="csec", grant_token=code, redirect_url="https://r")
    with caplog.at_level("ERROR", logger="SDKLogger"):
        _init(emu, grant_token(), tmp_path)
    assert any("current user" in record.getMessage() for record in caplog.records)
    rows = (tmp_path / "tokens.txt").read_text().splitlines()[1:]
    assert len(rows) == 1 and rows[0].split(",")[6] == code  # saved, without a user name
    emu.clear_faults()
    # A later start with the same (single-use) grant token finds the saved tokens instead of failing.
    _init(emu, grant_token(), tmp_path)
    assert OrgOperations().get_organization().get_status_code() == 200
    assert emu.token_requests("authorization_code") == 1


@pytest.fixture
def crm_without_user_email():
    """A local CRM and accounts server whose current user has no e-mail (and whose other APIs fail):
    the official's user lookup then fails with a TypeError, ours with an API error."""
    import json
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json;charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path.startswith("/oauth/v2/token"):
                self._answer(200, {"access_token": "1000.access.0123456789abcdef0123456789abcdef",
                                   "refresh_token": "1000.refresh.0123456789abcdef0123456789abcdef",
                                   "expires_in": 3600, "api_domain": base, "token_type": "Bearer"})
            else:
                self.do_GET()

        def do_GET(self):
            if self.path.startswith("/crm/v6/users"):
                self._answer(200, {"users": [{"id": "1"}]})
            else:
                self._answer(500, {"code": "INTERNAL_ERROR", "status": "error", "message": "down", "details": {}})

        def log_message(self, *args):
            pass
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = "http://127.0.0.1:%d" % server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


def test_official_loses_the_new_tokens_when_the_user_lookup_crashes(crm_without_user_email, tmp_path,
                                                                    official_interpreter):
    from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
    from tests.official_venv import run_official
    base = crm_without_user_email
    theirs = tmp_path / "official"
    theirs.mkdir()
    assert json.loads(run_official(official_interpreter, OFFICIAL_TOKEN_ROWS, base, str(theirs), "grant",
                                   "grant-1")) == []
    Initializer.initialize(DataCenter.Environment(base, base + "/oauth/v2/token", base),
                           OAuthToken(client_id="cid", client_secret="csec", grant_token="grant-1",
                                      redirect_url="https://r"),
                           store=FileStore(str(tmp_path / "tokens.txt")), resource_path=str(tmp_path))
    rows = (tmp_path / "tokens.txt").read_text().splitlines()[1:]
    assert len(rows) == 1 and rows[0].split(",")[6] == "grant-1"
