"""Initializer stays the public face of the configuration; the engine reads the immutable CallContext it holds
through util/call_context, once per call."""
from __future__ import annotations

import os
import threading

import pytest

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store.token_store import TokenStore
from zohocrmsdk.src.com.zoho.api.authenticator.token import Token
from zohocrmsdk.src.com.zoho.crm.api.dc import USDataCenter
from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.util import call_context


class Memory(TokenStore):
    def __init__(self):
        self.saved = []

    def find_token(self, token): return None
    def save_token(self, token): self.saved.append(token)
    def delete_token(self, id): pass
    def get_tokens(self): return list(self.saved)
    def delete_tokens(self): self.saved.clear()
    def find_token_by_id(self, id): return None


@pytest.fixture(autouse=True)
def _clean():
    """Each test starts and ends uninitialized, whatever ran before it."""
    Initializer.initializer = None
    Initializer.LOCAL.init = None
    yield
    Initializer.initializer = None
    Initializer.LOCAL.init = None


def _initialize(tmp_path, token=None):
    token = token or OAuthToken(access_token="1000.access-" + "x" * 40, find_user=False)
    Initializer.initialize(USDataCenter.PRODUCTION(), token, store=Memory(), resource_path=str(tmp_path))
    return token


def test_initializer_reads_and_sets_what_the_engine_reads(tmp_path):
    assert Initializer.initializer is None and Initializer.get_initializer() is None
    with pytest.raises(SDKException) as caught:
        call_context.require()
    assert (caught.value.code, caught.value.message) == ("SDK UNINITIALIZED ERROR", "SDK is UnInitialized")
    token = _initialize(tmp_path)
    installed = Initializer.initializer
    assert installed is Initializer.get_initializer() and call_context.current() is installed.context
    assert installed.token is token and installed.initializer is installed  # read from an instance too
    assert call_context.require().token is token and call_context.require().store is installed.store
    assert Initializer.LOCAL is call_context.LOCAL
    Initializer.initializer = None  # apps and test suites reset it this way
    assert call_context.current() is None


def test_a_context_cannot_change_and_a_changed_holder_installs_a_new_one(tmp_path):
    _initialize(tmp_path)
    holder = Initializer.initializer
    before = call_context.require()
    with pytest.raises(AttributeError):
        before.store = Memory()
    other = Memory()
    holder.store = other  # an app may still set what the official SDK lets it set
    after = call_context.require()
    assert after is not before and after.store is other and holder.store is other
    assert before.store is not other  # a call that began earlier keeps its snapshot
    assert after.tokens is not before.tokens and after.tokens.store is other  # the store's own token service
    assert after.token is before.token and after.environment is before.environment


def test_switch_user_shares_the_store_token_service(tmp_path):
    _initialize(tmp_path)
    default = call_context.require()
    Initializer.switch_user(token=OAuthToken(access_token="1000.other-" + "z" * 40, find_user=False))
    try:
        switched = call_context.require()
        assert switched is not default and switched.store is default.store
        assert switched.tokens is default.tokens  # one set of refresh locks per store
    finally:
        Initializer.LOCAL.init = None


def test_switch_user_is_per_thread_and_a_failed_initialize_keeps_the_previous(tmp_path):
    _initialize(tmp_path)
    default = Initializer.initializer
    other = OAuthToken(access_token="1000.other-" + "y" * 40, find_user=False)
    seen = []

    def elsewhere():
        Initializer.switch_user(token=other)
        seen.append(call_context.current().token)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join(10)
    assert seen == [other] and call_context.current() is default.context

    class Failing(Token):
        def authenticate(self, url_connection): pass
        def remove(self): return False
        def generate_token(self): raise SDKException("BOOM", "no")

    with pytest.raises(SDKException):
        _initialize(tmp_path, Failing())
    assert Initializer.initializer is default


def test_a_custom_token_sees_the_candidate_while_it_generates(tmp_path):
    _initialize(tmp_path)
    default = Initializer.initializer
    observed = []

    class Custom(Token):
        def authenticate(self, url_connection): pass
        def remove(self): return False
        def generate_token(self): observed.append(Initializer.get_initializer())

    token = Custom()
    Initializer.initialize(USDataCenter.PRODUCTION(), token, store=Memory(), resource_path=str(tmp_path))
    assert observed[0] is not default and observed[0].token is token
    assert Initializer.initializer is observed[0] and getattr(Initializer.LOCAL, "init", None) is None


def test_the_field_cache_belongs_to_the_resource_path(tmp_path):
    """Contexts on one resource path share its field cache (switch_user to the same user sees the same
    file); another path has its own lock and files; a path no context uses any more holds nothing."""
    import gc
    from zohocrmsdk.src.com.zoho.crm.api.util import field_cache
    _initialize(tmp_path)
    default = call_context.require()
    Initializer.switch_user(token=OAuthToken(access_token="1000.other-" + "w" * 40, find_user=False))
    try:
        assert call_context.require().fields is default.fields
        assert default.fields.folder == str(tmp_path / "resources")
    finally:
        Initializer.LOCAL.init = None
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    Initializer.initialize(USDataCenter.PRODUCTION(), OAuthToken(access_token="1000.third-" + "v" * 40,
                           find_user=False), store=Memory(), resource_path=str(elsewhere))
    assert call_context.require().fields is not default.fields
    folder = default.fields.folder
    del default
    gc.collect()
    assert os.path.dirname(folder) not in field_cache._by_folder


def test_a_relative_resource_path_stays_relative_as_officially(tmp_path, monkeypatch):
    """The cache folder is the resource path as given: a relative one is read against the working directory
    of each read and write, as the official SDK builds its path on every call."""
    from zohocrmsdk.src.com.zoho.crm.api.util import field_cache
    (tmp_path / "res").mkdir()
    monkeypatch.chdir(tmp_path)
    Initializer.initialize(USDataCenter.PRODUCTION(), OAuthToken(access_token="1000.rel-" + "u" * 40,
                           find_user=False), store=Memory(), resource_path="res")
    path = field_cache.cache_path()
    assert path.startswith(os.path.join("res", "resources") + os.sep) and not os.path.isabs(path)
