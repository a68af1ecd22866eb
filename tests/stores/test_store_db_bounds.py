"""DBStore against a server that stops answering, and exact matching whatever the collation.

docs/deviations.md#dbstore-timeouts, docs/deviations.md#dbstore-exact-match
"""
from __future__ import annotations

import threading
import time

import pytest

from tests.reliability.hostile import RawServer, silent
from tests.stores.store_helpers import MYSQL, admin_connection, sql
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import DBStore
from zohocrmsdk.src.com.zoho.crm.api.dc import USDataCenter
from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException, SDKTimeoutException
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature

pytestmark = pytest.mark.mysql


def _store(database="zohooauth", port=MYSQL["port"], **timeouts):
    return DBStore(host=MYSQL["host"], database_name=database, user_name=MYSQL["user"], password=MYSQL["password"],
                   port_number=str(port), **timeouts)


@pytest.fixture
def hung_mysql():
    """A server that accepts connections and never says a word (not even the MySQL greeting)."""
    server = RawServer(None, read_request=False)
    server._behaviour = silent(lambda: server.stopping)
    try:
        yield server
    finally:
        server.close()


def test_timeouts_are_keyword_only_with_finite_defaults():
    store = DBStore()
    assert 0 < store._connect_timeout < 60 and 0 < store._read_timeout < 300
    with pytest.raises(TypeError):
        DBStore("h", "d", "u", "p", "3306", "oauthtoken", 5)  # not positional: the official order stays


def test_a_silent_server_gives_a_timeout_naming_the_host(hung_mysql):
    store = _store(port=hung_mysql.port, connect_timeout=1, read_timeout=1)
    started = time.monotonic()
    with pytest.raises(SDKTimeoutException) as caught:
        store.find_token(OAuthToken(user_signature=UserSignature("a@x.com")))
    assert time.monotonic() - started < 3
    assert caught.value.code == "TOKEN_STORE"
    assert caught.value.details == {"host": "127.0.0.1:{}".format(hung_mysql.port),
                                    "reason": "no answer within connect_timeout=1s"}
    for call in (store.get_tokens, lambda: store.find_token_by_id("1"), store.delete_tokens,
                 lambda: store.save_token(OAuthToken(access_token="1000.a"))):
        with pytest.raises(SDKTimeoutException):
            call()


def test_initialize_with_a_hung_mysql_ends_within_the_timeout(hung_mysql, tmp_path):
    store = _store(port=hung_mysql.port, connect_timeout=1, read_timeout=1)
    token = OAuthToken(client_id="1000.C", client_secret="s", refresh_token="1000.r.r")
    started = time.monotonic()
    with pytest.raises(SDKException) as caught:
        Initializer.initialize(USDataCenter.PRODUCTION(), token, store=store, resource_path=str(tmp_path))
    assert time.monotonic() - started < 4
    assert isinstance(caught.value, SDKTimeoutException) or isinstance(caught.value.cause, SDKTimeoutException)


@pytest.fixture
def table_locked(database):
    """Another connection holds ``LOCK TABLES oauthtoken WRITE``: every read of the table waits."""
    holder = admin_connection(database)
    cursor = holder.cursor()
    cursor.execute("LOCK TABLES oauthtoken WRITE")
    try:
        yield database
    finally:
        cursor.execute("UNLOCK TABLES")
        holder.close()


def test_reads_blocked_by_a_table_lock_time_out(table_locked):
    store = _store(table_locked, connect_timeout=2, read_timeout=1)
    for call in (lambda: store.find_token(OAuthToken(user_signature=UserSignature("a@x.com"))),
                 store.get_tokens):
        started = time.monotonic()
        with pytest.raises(SDKTimeoutException) as caught:
            call()
        assert time.monotonic() - started < 3
        assert caught.value.details["reason"] == "no answer within read_timeout=1s"


def test_refresh_lock_waits_in_slices_shorter_than_the_read_timeout(database):
    store = _store(database, connect_timeout=2, read_timeout=1)
    store.lock_timeout = 2.5
    token = OAuthToken(user_signature=UserSignature("busy@x.com"))
    holder = admin_connection(database)
    cursor = holder.cursor()
    cursor.execute("SELECT GET_LOCK(%s, 0)", (store._lock_name(token),))
    assert cursor.fetchone()[0] == 1
    try:
        started = time.monotonic()
        with store.refresh_lock(token):  # not granted: goes ahead after lock_timeout, no read timeout
            waited = time.monotonic() - started
        assert 2.4 <= waited < 4
    finally:
        holder.close()
    with store.refresh_lock(token):  # free now: granted at once
        pass


def test_lock_released_by_a_peer_is_taken_in_the_next_slice(database):
    store = _store(database, connect_timeout=2, read_timeout=1)
    token = OAuthToken(user_signature=UserSignature("peer@x.com"))
    holder = admin_connection(database)
    cursor = holder.cursor()
    cursor.execute("SELECT GET_LOCK(%s, 0)", (store._lock_name(token),))
    cursor.fetchall()
    threading.Timer(1.2, holder.close).start()
    started = time.monotonic()
    with store.refresh_lock(token):
        assert 1.0 < time.monotonic() - started < 3


@pytest.mark.parametrize("first, second", [("alice@x.com", "ALICE@x.com"), ("rene@x.com", "rené@x.com"),
                                           ("bob@x.com", "bob@x.com ")])
def test_user_names_that_the_collation_merges_stay_apart(database, first, second):
    store = _store(database)
    for name, secret in ((first, "secret-1"), (second, "secret-2")):
        token = OAuthToken(client_id="1000.C", client_secret=secret, refresh_token="1000.r." + secret)
        token.set_user_signature(UserSignature(name))
        token.set_access_token("1000.a." + secret)
        store.save_token(token)
    rows = sql("SELECT user_name, client_secret FROM oauthtoken ORDER BY id", database=database)
    assert rows == [(first, "secret-1"), (second, "secret-2")]
    for name, secret in ((first, "secret-1"), (second, "secret-2")):
        found = store.find_token(OAuthToken(user_signature=UserSignature(name)))
        assert found.get_client_secret() == secret


def test_token_lookups_are_case_exact(database):
    store = _store(database)
    saved = OAuthToken(client_id="1000.C", client_secret="s", refresh_token="1000.abcdef.abcdef")
    saved.set_access_token("1000.a.lower")
    store.save_token(saved)
    assert store.find_token(OAuthToken(client_id="1000.C", client_secret="s",
                                       refresh_token="1000.ABCDEF.ABCDEF")) is None
    assert store.find_token(OAuthToken(access_token="1000.A.LOWER")) is None
    assert store.find_token(OAuthToken(access_token="1000.a.lower")) is not None
