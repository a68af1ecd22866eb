"""SQL injection through DBStore, beyond tests/stores/test_store_db.py: the explicit id and the
update path, grant_token / expiry / redirect_url / api_domain, the GET_LOCK name, connection
arguments, reserved-word identifiers, and hypothesis over every input and over table names.
Every attempt is rejected (SDKException) or stored literally; a bystander row is never touched."""
from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.stores.store_helpers import OAUTH_TABLE_DDL, sql
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import DBStore
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature

pytestmark = pytest.mark.mysql
PROBE = settings(derandomize=True, max_examples=40, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

ATTACKS = ["1' OR '1'='1", "1 OR 1=1", "'; DROP TABLE oauthtoken; -- ", "\\'; DELETE FROM oauthtoken; #",
           "x` = 1; UPDATE oauthtoken SET access_token='pwned'; -- ", "' UNION SELECT @@version -- ",
           "%s %s %(x)s", "' OR SLEEP(5) -- ", "\u02bc OR 1=1 -- ", "\x00'; DROP TABLE oauthtoken"]
BYSTANDER = ("1", "bystander", "cid", "csec", "by-r", "by-a", None, "1795399509440", None, None)


def _store(database, table="oauthtoken"):
    return DBStore(host="127.0.0.1", database_name=database, user_name="root", password="", port_number="3306",
                   table_name=table)


def _rows(database, table="oauthtoken"):
    return sql("SELECT id, user_name, client_id, client_secret, refresh_token, access_token, grant_token, "
               "expiry_time, redirect_url, api_domain FROM `{}` ORDER BY CAST(id AS UNSIGNED), id".format(table),
               database=database)


def _split(database):
    """The bystander row first, then the others."""
    table = _rows(database)
    return sorted(table, key=lambda row: row != BYSTANDER)


def _with_bystander(database):
    sql("INSERT INTO oauthtoken VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", BYSTANDER, database=database)
    return _store(database)


@pytest.mark.parametrize("attack", ATTACKS)
def test_attacks_in_the_remaining_inputs_are_stored_literally(database, attack):
    store = _with_bystander(database)
    # A caller-chosen id (varchar(10)), with every other column an attack too.
    token = OAuthToken(client_id="cid", client_secret="csec", grant_token=attack)
    token.set_id(attack[:10])
    token.set_user_signature(UserSignature(attack))
    token.set_access_token(attack)
    token.set_expires_in(attack[:20])
    token.set_redirect_url(attack)
    token.set_api_domain(attack)
    store.save_token(token)
    table = _split(database)
    assert table[0] == BYSTANDER and len(table) == 2
    assert table[1] == (attack[:10], attack, "cid", "csec", None, attack, attack, attack[:20], attack, attack)
    # The update path (by that id, then by the grant-token selection) changes that row alone.
    token.set_access_token(attack + "2")
    store.save_token(token)
    by_grant = OAuthToken(client_id="cid", client_secret="csec", grant_token=attack)
    by_grant.set_redirect_url("changed")
    store.save_token(by_grant)
    table = _split(database)
    assert table[0] == BYSTANDER and len(table) == 2
    assert table[1][5] == attack + "2" and table[1][8] == "changed"
    found = store.find_token(OAuthToken(client_id="cid", client_secret="csec", grant_token=attack))
    assert found is not None and found.get_id() == attack[:10]
    assert store.find_token_by_id(attack[:10]).get_api_domain() == attack
    # The refresh lock takes the attack as a lock *name* parameter and still excludes nothing else.
    with store.refresh_lock(token):
        store.save_token(token)
    assert sql("SELECT IS_FREE_LOCK(%s)", (store._lock_name(token),)) == [(1,)]
    store.delete_token(attack[:10])
    assert _rows(database) == [BYSTANDER]


@pytest.mark.parametrize("field", ["host", "user_name", "password", "port_number"])
def test_attacks_in_connection_arguments_fail_cleanly(database, field):
    arguments = dict(host="127.0.0.1", database_name=database, user_name="root", password="", port_number="3306")
    arguments[field] = "root'; DROP DATABASE {}; -- ".format(database)
    store = DBStore(**arguments)
    with pytest.raises(SDKException) as raised:
        store.get_tokens()
    assert raised.value.code == "TOKEN_STORE"
    assert sql("SHOW TABLES", database=database) == [("oauthtoken",)]


@pytest.mark.parametrize("table", ["select", "order", "table", "1", "$", "a$b", "1e5", "from_where"])
def test_reserved_and_odd_identifiers_are_quoted(database, table):
    sql(OAUTH_TABLE_DDL.format(name="`" + table + "`"), database=database)
    for name in (table, database + "." + table):
        store = _store(database, name)
        token = OAuthToken(client_id="c", client_secret="s", refresh_token="r-" + name)
        token.set_access_token("a")
        store.save_token(token)
        assert store.find_token(OAuthToken(client_id="c", client_secret="s", refresh_token="r-" + name)) is not None
    assert len(_rows(database, table)) == 2
    assert _rows(database) == []


identifier_text = st.text(st.sampled_from(string.ascii_letters + string.digits + "_$`'\";-. #*/\\\x00é"),
                          min_size=0, max_size=70)


@PROBE
@given(identifier_text)
def test_any_table_name_is_rejected_or_used_verbatim(database, name):
    try:
        store = _store(database, name)
    except SDKException as error:
        assert error.code == "TOKEN_STORE"
        return
    # Accepted names are plain identifiers (optionally database-qualified) and address that table only.
    parts = name.split(".")
    assert all(part and set(part) <= set(string.ascii_letters + string.digits + "_$") for part in parts)
    if len(parts) == 2 and parts[0] != database:
        return  # would address another database; not created here
    table = parts[-1]
    sql("CREATE TABLE IF NOT EXISTS `{}` LIKE oauthtoken".format(table), database=database)
    try:
        token = OAuthToken(client_id="c", client_secret="s", refresh_token="r")
        token.set_access_token("a")
        store.save_token(token)
        assert [row[4] for row in _rows(database, table)] == ["r"]
    finally:
        if table != "oauthtoken":
            sql("DROP TABLE `{}`".format(table), database=database)
        else:
            sql("DELETE FROM oauthtoken", database=database)


any_text = st.text(max_size=300) | st.sampled_from(ATTACKS)


@PROBE
@given(st.tuples(any_text, any_text, any_text, any_text, any_text, any_text))
def test_any_value_in_any_column_is_stored_literally_or_rejected(database, values):
    sql("DELETE FROM oauthtoken", database=database)
    store = _with_bystander(database)
    user, client_id, secret, refresh, access, domain = values
    token = OAuthToken(client_id=client_id, client_secret=secret, refresh_token=refresh or "r")
    token.set_user_signature(UserSignature(user or "u"))
    token.set_access_token(access)
    token.set_api_domain(domain)
    try:
        store.save_token(token)
    except SDKException as error:
        # Only a value the column cannot hold (over 255 characters) may be refused, never silently cut.
        assert error.code == "TOKEN_STORE" and any(len(v) > 255 for v in values)
        assert _rows(database) == [BYSTANDER]
        return
    table = _rows(database)
    assert table[0] == BYSTANDER and len(table) == 2
    assert table[1][1:6] == (user or "u", client_id, secret, refresh or "r", access)
    assert table[1][9] == domain
    assert store.find_token(OAuthToken(user_signature=UserSignature(user or "u"))).get_access_token() == access
