"""DBStore against a real MariaDB: the official table, parameterised SQL and the 16.19 fixes."""
from __future__ import annotations

import multiprocessing
import subprocess
import sys
import threading
import time

import pytest

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import DBStore
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature
from tests.stores.store_helpers import MYSQL, NASTY_VALUES, OAUTH_TABLE_DDL, refresh_token, sql


def make_store(database, table="oauthtoken", port="3306"):
    return DBStore(host=MYSQL["host"], database_name=database, user_name=MYSQL["user"],
                   password=MYSQL["password"], port_number=port, table_name=table)


def rows(database, table="oauthtoken"):
    return sql("SELECT * FROM `{}` ORDER BY CAST(id AS UNSIGNED)".format(table), database=database)


def test_constructor_defaults_and_getters():
    store = DBStore()
    assert (store.get_host(), store.get_database_name(), store.get_user_name(), store.get_password(),
            store.get_port_number(), store.get_table_name()) == (
        "localhost", "zohooauth", "root", "", "3306", "oauthtoken")
    assert DBStore(port_number=3307).get_port_number() == 3307


def test_without_the_mysql_driver_the_store_says_what_to_install():
    """mysql-connector-python is the optional [mysql] extra: without it, making a DBStore fails with
    an SDKException naming the pip command (importing the store package still works)."""
    script = (
        "import sys\n"
        "sys.modules['mysql'] = None  # as if mysql-connector-python were not installed\n"
        "from zohocrmsdk.src.com.zoho.api.authenticator.store import DBStore, FileStore\n"
        "from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException\n"
        "try:\n"
        "    DBStore(host='127.0.0.1')\n"
        "except SDKException as error:\n"
        "    print(error.code, '|', error.message, '|', type(error.cause).__name__)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    code, message, cause = [part.strip() for part in done.stdout.split("|")]
    assert code == "TOKEN_STORE" and cause in ("ImportError", "ModuleNotFoundError")
    assert "pip install mysql-connector-python" in message


def test_save_find_and_row_layout(database):
    store = make_store(database, port=3306)  # an int port works
    token = refresh_token(user="u@x.com:555")
    token.set_api_domain("https://www.zohoapis.com")
    token.set_redirect_url("https://r")
    store.save_token(token)
    assert token.get_id() == "1"
    assert rows(database) == [("1", "u@x.com:555", "cid", "csec", "1000.r1", "1000.a1", None, "1795399509440",
                               "https://r", "https://www.zohoapis.com")]
    probe = OAuthToken(user_signature=UserSignature("u@x.com:555"))
    assert store.find_token(probe) is probe
    assert probe.get_refresh_token() == "1000.r1" and probe.get_expires_in() == "1795399509440"
    assert probe.get_id() == "1" and probe.get_redirect_url() == "https://r"
    by_refresh = OAuthToken(client_id="x", client_secret="y", refresh_token="1000.r1")
    assert store.find_token(by_refresh).get_access_token() == "1000.a1"
    assert store.find_token(OAuthToken(access_token="1000.a1")).get_id() == "1"
    assert store.find_token(OAuthToken(user_signature=UserSignature("other"))) is None
    marker = object()
    assert store.find_token(marker) is marker


def test_no_selection_finds_nothing_instead_of_the_first_row(database):
    store = make_store(database)
    store.save_token(refresh_token(user="someone else"))
    # An empty user name selects nothing: the official store returned the first row here.
    probe = OAuthToken(user_signature=UserSignature(""))
    assert store.find_token(probe) is None
    assert probe.get_access_token() is None


def test_unchanged_resave_and_update_by_selection(database):
    store = make_store(database)
    token = refresh_token(user="u1")
    store.save_token(token)
    store.save_token(token)  # officially a duplicate-key error
    again = refresh_token(user="u1")
    store.save_token(again)  # matched by user name, nothing changed
    assert again.get_id() is None  # like the official DBStore, a matched save does not fill the token
    changed = OAuthToken(client_id="cid", client_secret="csec", refresh_token="1000.r1")
    changed.set_access_token("1000.a2")
    store.save_token(changed)
    assert len(rows(database)) == 1
    assert rows(database)[0][5] == "1000.a2" and rows(database)[0][1] == "u1"


def test_update_by_id(database):
    store = make_store(database)
    store.save_token(refresh_token(user="u1"))
    store.save_token(refresh_token(refresh="1000.r2", user="u2"))
    by_id = OAuthToken(id="2")
    by_id.set_access_token("fresh")
    by_id.set_expires_in("99")
    store.save_token(by_id)
    assert [r[5] for r in rows(database)] == ["1000.a1", "fresh"]
    assert rows(database)[1][1] == "u2"
    with pytest.raises(SDKException) as raised:
        store.save_token(OAuthToken(id="42"))
    assert raised.value.code == "TOKEN_STORE"
    assert raised.value.error_message.startswith("Exception in save_token - DBStore")
    assert isinstance(raised.value.cause, SDKException)
    assert raised.value.cause.error_message == "Exception in DBStore : Given user authentication details not found."
    # A new id with a token is inserted under that id.
    store.save_token(OAuthToken(id="42", access_token="a42"))
    assert [r[0] for r in rows(database)] == ["1", "2", "42"]


def test_ids_are_numeric_past_nine(database):
    store = make_store(database)
    ids = []
    for n in range(12):
        token = refresh_token(refresh="1000.r%d" % n)
        store.save_token(token)
        ids.append(token.get_id())
    assert ids == [str(n) for n in range(1, 13)]
    assert store.generate_id() == 13
    assert [t.get_id() for t in store.get_tokens()] == ids


def test_get_tokens_delete_token_delete_tokens(database):
    store = make_store(database)
    for n in range(3):
        store.save_token(refresh_token(refresh="r%d" % n, user="u%d" % n))
    tokens = store.get_tokens()
    assert [(t.get_id(), t.get_user_signature().get_name()) for t in tokens] == [("1", "u0"), ("2", "u1"),
                                                                                 ("3", "u2")]
    assert type(tokens[0]) is OAuthToken and tokens[0].get_grant_token() is None
    store.delete_token("2")
    store.delete_token(3)  # int ids too (officially a raw TypeError)
    store.delete_token("99")  # a missing id is not an error, as officially
    assert [t.get_id() for t in store.get_tokens()] == ["1"]
    store.delete_tokens()
    assert store.get_tokens() == []


def test_find_token_by_id(database):
    store = make_store(database)
    store.save_token(refresh_token(user="u1"))
    found = store.find_token_by_id("1")
    assert found.get_refresh_token() == "1000.r1" and found.get_user_signature().get_name() == "u1"
    assert store.find_token_by_id(1).get_id() == "1"
    with pytest.raises(SDKException) as raised:
        store.find_token_by_id("2")
    assert str(raised.value) == "Caused By: TOKEN_STORE - Exception in findTokenById() - DBStore : Given Id is invalid"


def test_custom_database_and_table_names(database):
    sql(OAUTH_TABLE_DDL.format(name="`my$tokens_2`"), database=database)
    store = make_store(database, table="my$tokens_2")
    store.save_token(refresh_token(user="u1"))
    assert rows(database, "my$tokens_2")[0][1] == "u1"
    assert rows(database) == []
    # database.table qualifies the table, as a spliced name did officially.
    qualified = make_store("mysql", table=database + ".my$tokens_2")
    assert qualified.find_token_by_id("1").get_user_signature().get_name() == "u1"


@pytest.mark.parametrize("value", NASTY_VALUES)
def test_values_round_trip_unchanged(database, value):
    store = make_store(database)
    bystander = refresh_token(refresh="bystander", user="bystander")
    store.save_token(bystander)
    token = OAuthToken(client_id=value, client_secret=value, refresh_token=value)
    token.set_access_token(value)
    token.set_user_signature(UserSignature(value))
    token.set_redirect_url(value)
    token.set_api_domain(value)
    store.save_token(token)
    assert token.get_id() == "2"
    found = store.find_token(OAuthToken(user_signature=UserSignature(value)))
    assert found is not None and found.get_id() == "2"
    stored = store.find_token_by_id("2")
    for getter in ("get_client_id", "get_client_secret", "get_refresh_token", "get_access_token",
                   "get_redirect_url", "get_api_domain"):
        assert getattr(stored, getter)() == value
    assert stored.get_user_signature().get_name() == value
    assert store.find_token(OAuthToken(access_token=value)).get_id() == "2"
    assert store.find_token(OAuthToken(client_id="c", client_secret="s", refresh_token=value)).get_id() == "2"
    # Re-saving, updating and deleting by it touch only that row.
    store.save_token(token)
    store.delete_token(value)
    assert [r[0] for r in rows(database)] == ["1", "2"]
    assert store.find_token_by_id("1").get_refresh_token() == "bystander"


INJECTIONS = ["x' OR '1'='1", "1 OR 1=1", "x'; DROP TABLE oauthtoken; --", "' UNION SELECT 1,2,3,4,5,6,7,8,9,10 -- "]


@pytest.mark.parametrize("attack", INJECTIONS)
def test_injection_through_every_input_is_inert(database, attack):
    store = make_store(database)
    store.save_token(refresh_token(refresh="victim-r", access="victim-a", user="victim"))
    assert store.find_token(OAuthToken(user_signature=UserSignature(attack))) is None
    assert store.find_token(OAuthToken(access_token=attack)) is None
    assert store.find_token(OAuthToken(client_id="c", client_secret="s", refresh_token=attack)) is None
    assert store.find_token(OAuthToken(client_id="c", client_secret="s", grant_token=attack)) is None
    with pytest.raises(SDKException):
        store.find_token_by_id(attack)
    store.delete_token(attack)
    with pytest.raises(SDKException):
        store.save_token(OAuthToken(id=attack[:10]))  # no row and nothing to store
    # Stored literally as a new row, the victim untouched.
    token = OAuthToken(client_id=attack, client_secret=attack, refresh_token=attack)
    token.set_access_token(attack)
    store.save_token(token)
    table = rows(database)
    assert table[0] == ("1", "victim", "cid", "csec", "victim-r", "victim-a", None, "1795399509440", None, None)
    assert table[1][2:6] == (attack, attack, attack, attack)
    assert len(table) == 2


@pytest.mark.parametrize("field, value", [
    ("table_name", "oauthtoken; DROP TABLE oauthtoken"), ("table_name", "oauth`token"),
    ("table_name", "oauthtoken WHERE 1=1"), ("table_name", ""), ("table_name", "a.b.c"),
    ("table_name", "t" * 65), ("table_name", None), ("database_name", "zohooauth`; DROP DATABASE x"),
    ("database_name", "a.b"), ("database_name", "")])
def test_bad_identifiers_are_rejected_before_anything_is_sent(database, field, value):
    arguments = dict(host=MYSQL["host"], database_name=database, user_name="root", password="",
                     port_number="3306", table_name="oauthtoken")
    arguments[field] = value
    with pytest.raises(SDKException) as raised:
        DBStore(**arguments)
    assert raised.value.code == "TOKEN_STORE"
    assert field in raised.value.error_message and "identifier" in raised.value.error_message
    assert sql("SHOW TABLES", database=database) == [("oauthtoken",)]


def test_connection_errors_are_wrapped_with_official_messages(database):
    store = make_store(database, table="missing_table")
    cases = [(store.get_tokens, (), "Exception in get_tokens - DBStore"),
             (store.delete_tokens, (), "Exception in delete_tokens - DBStore"),
             (store.delete_token, ("1",), "Exception in delete_token - DBStore"),
             (store.find_token_by_id, ("1",), "Exception in findTokenById() - DBStore : Given Id is invalid"),
             (store.find_token, (refresh_token(),), "Exception in DBStore : Given user authentication details not found."),
             (store.save_token, (refresh_token(),), "Exception in save_token - DBStore"),
             (store.generate_id, (), "Exception in generateId() - DBStore")]
    for method, args, message in cases:
        with pytest.raises(SDKException) as raised:
            method(*args)
        assert raised.value.code == "TOKEN_STORE"
        assert raised.value.error_message.startswith(message), method
        assert raised.value.cause is not None


def test_secrets_never_appear_in_errors(database):
    store = make_store(database)
    token = OAuthToken(client_id="cid", client_secret="SECRET-csec", refresh_token="SECRET-refresh")
    token.set_access_token("SECRET-access-" + "x" * 300)  # too long for varchar(255)
    with pytest.raises(SDKException) as raised:
        store.save_token(token)
    assert "SECRET" not in str(raised.value) and "SECRET" not in repr(raised.value)


def test_concurrent_threads_get_distinct_ids(database):
    store = make_store(database)
    errors = []

    def save(n):
        try:
            make_store(database).save_token(refresh_token(refresh="r%d" % n, user="u%d" % n))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors[:3]
    table = rows(database)
    assert sorted(int(r[0]) for r in table) == list(range(1, 13))
    assert sorted(r[1] for r in table) == sorted("u%d" % n for n in range(12))
    assert len(store.get_tokens()) == 12


def test_refresh_lock_is_reentrant_and_allows_store_calls(database):
    store = make_store(database)
    token = refresh_token(user="u1")
    with store.refresh_lock(token):
        assert store.find_token(refresh_token()) is None  # no row yet: the lock still works
        store.save_token(token)
        with store.refresh_lock(token):
            store.save_token(token)
    assert len(rows(database)) == 1
    assert sql("SELECT IS_FREE_LOCK(%s)", (store._lock_name(token),)) == [(1,)]


def test_lock_names_fit_and_hide_secrets(database):
    store = make_store(database)
    named = store._lock_name(refresh_token(user="u@x.com:555"))
    assert named == database + ".oauthtoken:u@x.com:555"
    secret = store._lock_name(refresh_token(refresh="1000.very-secret"))
    assert "secret" not in secret and len(secret) <= 64
    short = DBStore(database_name="db", table_name="t")._lock_name(refresh_token(refresh="1000.very-secret"))
    assert short.startswith("db.t:#") and "secret" not in short and len(short) == len("db.t:#") + 40
    long_user = store._lock_name(refresh_token(user="x" * 200))
    assert len(long_user) <= 64 and long_user == store._lock_name(refresh_token(user="x" * 200))
    assert long_user != store._lock_name(refresh_token(user="x" * 199))
    long_table = DBStore(database_name="d" * 64, table_name="t" * 64)._lock_name(refresh_token(user="u"))
    assert len(long_table) <= 64


def _hold_db_lock(database, ready, release):
    store = make_store(database)
    with store.refresh_lock(refresh_token(user="shared")):
        ready.set()
        release.wait(20)


def _take_db_lock(database, attempting, result):
    store = make_store(database)
    attempting.set()
    with store.refresh_lock(refresh_token(user="shared")):
        result.put(time.time())


def test_get_lock_serialises_two_processes(database):
    context = multiprocessing.get_context("spawn")
    ready, release, attempting, result = context.Event(), context.Event(), context.Event(), context.Queue()
    holder = context.Process(target=_hold_db_lock, args=(database, ready, release))
    holder.start()
    waiter = None
    try:
        assert ready.wait(30)
        waiter = context.Process(target=_take_db_lock, args=(database, attempting, result))
        waiter.start()
        assert attempting.wait(30)
        time.sleep(0.5)
        assert result.empty()  # still waiting for the holder's GET_LOCK
        released_at = time.time()
        release.set()
        acquired_at = result.get(timeout=20)
        assert acquired_at >= released_at
    finally:
        release.set()
        holder.join(20)
        if waiter is not None:
            waiter.join(20)
    assert holder.exitcode == 0 and waiter.exitcode == 0


def test_lock_timeout_goes_ahead_with_a_warning(database, caplog):
    holder_store = make_store(database)
    waiter_store = make_store(database)
    waiter_store.lock_timeout = 0.2
    token = refresh_token(user="shared")
    entered = threading.Event()
    release = threading.Event()

    def hold():
        with holder_store.refresh_lock(token):
            entered.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert entered.wait(10)
        with caplog.at_level("WARNING", logger="SDKLogger"):
            with waiter_store.refresh_lock(token):
                pass
        assert "not granted" in caplog.text
    finally:
        release.set()
        thread.join(10)


def test_secrets_quoted_by_the_server_are_redacted(database):
    # A custom UNIQUE key makes the server quote the clashing value in its error message.
    sql("ALTER TABLE oauthtoken ADD UNIQUE KEY unique_refresh (refresh_token)", database=database)
    store = make_store(database)
    store.save_token(refresh_token(refresh="SECRET-refresh-1"))
    clash = OAuthToken(access_token="other-access")
    clash.set_refresh_token("SECRET-refresh-1")
    with pytest.raises(SDKException) as raised:
        store.save_token(clash)
    assert "Duplicate entry" in str(raised.value)
    assert "SECRET" not in str(raised.value) and "SECRET" not in str(raised.value.cause)


def test_a_refresh_lock_lost_while_held_is_reported(database, caplog):
    """The lock's connection dies mid-refresh (here: killed by an administrator): the server freed the
    lock, another process may refresh at the same time, and the store says so instead of staying silent."""
    store = make_store(database)
    token = refresh_token(user="lost")
    name = store._lock_name(token)
    with caplog.at_level("WARNING", logger="SDKLogger"):
        with store.refresh_lock(token):
            holder = sql("SELECT IS_USED_LOCK(%s)", (name,))[0][0]
            sql("KILL %s" % int(holder))
            time.sleep(0.2)
            assert sql("SELECT IS_FREE_LOCK(%s)", (name,)) == [(1,)]  # the server let it go
    assert any("was lost while it was held" in r.getMessage() for r in caplog.records)


def test_a_refresh_lock_kept_to_the_end_is_not_reported(database, caplog):
    store = make_store(database)
    with caplog.at_level("WARNING", logger="SDKLogger"):
        with store.refresh_lock(refresh_token(user="kept")):
            pass
    assert not any("was lost" in r.getMessage() for r in caplog.records)


def test_refresh_failures_are_kept_in_a_table_beside_the_tokens(database):
    store = make_store(database)
    assert store.refresh_failure("k" * 64) is None  # no table yet: nothing recorded
    store.save_refresh_failure("k" * 64, '{"a": 1}', 30.0)
    assert store.refresh_failure("k" * 64) == '{"a": 1}'
    assert sql("SELECT credential FROM oauthtoken_refresh_failures", database=database) == [("k" * 64,)]
    store.save_refresh_failure("k" * 64, None, 0.0)
    assert store.refresh_failure("k" * 64) is None
    assert rows(database) == []  # the token table itself is untouched
