"""Single-flight shares a refresh's failure, not only its success (docs/deviations.md#refresh-failure-shared).

Threads and processes that need a refresh while Zoho Accounts fails make one refresh attempt (1 +
max_retries requests) per failure window; everyone else gets that attempt's error: the official code and
message, with Accounts' answer in ``details``. A permanent answer (a revoked refresh token) is remembered
until the stored refresh token changes. The emulator runs in this process; its fault injection fails the
token endpoint.
"""
from __future__ import annotations

import time

import pytest

from tests.reliability.workers import initialize_threads, run_initializers

CLIENT_ID, CLIENT_SECRET = "1000.FAILSHARE", "failshare-secret"
TOKEN_PATH = "/oauth/v2/token"
pytestmark = pytest.mark.slow


def _expired_token(store, minted, emu):
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    seed = OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=minted["refresh_token"])
    seed.set_access_token(minted["access_token"])
    seed.set_expires_in(str(int(time.time() * 1000) - 600_000))
    seed.set_api_domain(emu.base_url)
    store.save_token(seed)


def _spec(emu, minted, tmp_path, **extra):
    spec = dict(base_url=emu.base_url, token_url=emu.token_url, client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                refresh_token=minted["refresh_token"], resource_path=str(tmp_path), max_retries=1)
    spec.update(extra)
    return spec


def _store(spec):
    from tests.reliability.workers import _store as build
    return build(spec)


def _assert_all_got_the_503(outcomes, count):
    assert len(outcomes) == count
    for outcome in outcomes:
        assert outcome["ok"] is False and outcome["type"] == "SDKAccountsException", outcome
        assert outcome["code"] == "INVALID TOKEN ERROR"
        assert outcome["message"] == "ACCESS TOKEN IS NOT PRESENT IN RESPONSE"
        assert outcome["text"] == "Caused By: INVALID TOKEN ERROR - ACCESS TOKEN IS NOT PRESENT IN RESPONSE"
        assert outcome["details"]["status"] == 503
        assert outcome["details"]["response"]["code"] == "SERVICE_UNAVAILABLE"  # Accounts' own answer


@pytest.fixture(params=["file", "db", "redis"])
def store_spec(request, emu, tmp_path):
    kind = request.param
    if kind == "file":
        return dict(kind="file", path=str(tmp_path / "tokens.txt"))
    if kind == "db":
        return dict(kind="db", database=request.getfixturevalue("database"))
    return dict(kind="redis", prefix=request.getfixturevalue("redis_prefix"))


def test_sixteen_threads_make_one_attempt_and_all_see_accounts_answer(emu, tmp_path, store_spec):
    minted = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
    spec = _spec(emu, minted, tmp_path, **store_spec)
    _expired_token(_store(spec), minted, emu)
    fault = emu.add_fault("503", path=TOKEN_PATH, method="POST")
    outcomes = initialize_threads(spec, 16)
    _assert_all_got_the_503(outcomes, 16)
    assert fault.hits == 2  # one attempt: the request and its one retry (max_retries=1)
    assert max(outcome["seconds"] for outcome in outcomes) < 15


def test_four_processes_of_four_threads_make_one_attempt(emu, tmp_path, store_spec):
    minted = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
    spec = _spec(emu, minted, tmp_path, threads=4, **store_spec)
    _expired_token(_store(spec), minted, emu)
    fault = emu.add_fault("503", path=TOKEN_PATH, method="POST")
    outcomes = run_initializers(spec, 4)
    _assert_all_got_the_503(outcomes, 16)
    assert fault.hits == 2


def test_a_new_window_makes_a_new_attempt_and_success_clears_the_record(emu, tmp_path):
    minted = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
    spec = _spec(emu, minted, tmp_path, kind="file", path=str(tmp_path / "tokens.txt"), refresh_failure_seconds=1.0)
    _expired_token(_store(spec), minted, emu)
    fault = emu.add_fault("503", path=TOKEN_PATH, method="POST")
    _assert_all_got_the_503(initialize_threads(spec, 4), 4)
    assert fault.hits == 2
    time.sleep(1.2)  # the window ends: the next caller tries again
    _assert_all_got_the_503(initialize_threads(spec, 4), 4)
    assert fault.hits == 4
    assert (tmp_path / "tokens.txt.failures").exists()
    emu.clear_faults()
    time.sleep(1.2)
    assert [o["ok"] for o in initialize_threads(spec, 4)] == [True] * 4
    assert not (tmp_path / "tokens.txt.failures").exists()  # Accounts answered: nothing left recorded


def test_a_revoked_refresh_token_is_asked_about_once_until_it_changes(emu, tmp_path):
    minted = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
    spec = _spec(emu, minted, tmp_path, kind="file", path=str(tmp_path / "tokens.txt"), refresh_failure_seconds=0.1)
    store = _store(spec)
    _expired_token(store, minted, emu)
    assert emu.app.accounts.revoke(minted["refresh_token"])
    before = emu.token_requests("refresh_token")
    for _ in range(3):  # far apart compared with the transient window: a permanent answer still holds
        outcomes = initialize_threads(spec, 8)
        for outcome in outcomes:
            assert (outcome["code"], outcome["message"]) == ("INVALID TOKEN ERROR", "invalid_code"), outcome
            assert outcome["details"] == {"status": 200, "response": {"error": "invalid_code"}}
            assert outcome["text"] == "Caused By: INVALID TOKEN ERROR - invalid_code"
        time.sleep(0.2)
    assert emu.token_requests("refresh_token") - before == 1
    # A new refresh token in the store (the app re-authorised): asked at once.
    fresh = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
    minted_token = store.get_tokens()[0]
    minted_token.set_refresh_token(fresh["refresh_token"])
    store.save_token(minted_token)
    spec["refresh_token"] = fresh["refresh_token"]
    assert [o["ok"] for o in initialize_threads(spec, 4)] == [True] * 4
    assert emu.token_requests("refresh_token") - before == 2


def test_a_plain_custom_store_shares_the_failure_in_process(emu, tmp_path):
    """A six-method store without the lock hook: the record lives on the store object."""
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    from zohocrmsdk.src.com.zoho.api.authenticator.store.token_store import TokenStore
    from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
    from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
    import threading

    class Memory(TokenStore):
        def __init__(self):
            self.row = None

        def find_token(self, token):
            if self.row is None:
                return None
            for name in ("access_token", "expires_in", "id", "api_domain"):
                getattr(token, "set_" + name)(getattr(self.row, "get_" + name)())
            return token

        def save_token(self, token):
            self.row = token

        def delete_token(self, id): self.row = None
        def get_tokens(self): return [self.row] if self.row else []
        def delete_tokens(self): self.row = None
        def find_token_by_id(self, id): return self.row

    minted = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
    store = Memory()
    _expired_token(store, minted, emu)
    fault = emu.add_fault("503", path=TOKEN_PATH, method="POST")
    errors = []
    gate = threading.Barrier(16)

    def work():
        token = OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=minted["refresh_token"],
                           find_user=False)
        gate.wait(10)
        try:
            Initializer.initialize(emu.environment(), token, store=store, resource_path=str(tmp_path),
                                   sdk_config=SDKConfig(max_retries=1, backoff_factor=0.01, backoff_max=2.0))
        except SDKException as error:
            errors.append(error)

    workers = [threading.Thread(target=work) for _ in range(16)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert len(errors) == 16 and {e.details["status"] for e in errors} == {503}
    assert fault.hits == 2
