"""Helpers shared by the token-store tests (imported as tests.stores.store_helpers)."""
from __future__ import annotations

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature

MYSQL = dict(host="127.0.0.1", port=3306, user="root", password="")

# The official README's table, verbatim in layout.
OAUTH_TABLE_DDL = """CREATE TABLE {name} (
  id varchar(10) NOT NULL,
  user_name varchar(255),
  client_id varchar(255),
  client_secret varchar(255),
  refresh_token varchar(255),
  access_token varchar(255),
  grant_token varchar(255),
  expiry_time varchar(20),
  redirect_url varchar(255),
  api_domain varchar(255),
  primary key (id)
)"""


def admin_connection(database: str = None):
    import mysql.connector
    return mysql.connector.connect(database=database, **MYSQL)


def sql(statement: str, params=(), database: str = None):
    """Run one statement as root; returns fetched rows for queries."""
    connection = admin_connection(database)
    try:
        cursor = connection.cursor()
        cursor.execute(statement, params)
        rows = cursor.fetchall() if cursor.with_rows else None
        connection.commit()
        return rows
    finally:
        connection.close()


NASTY_VALUES = ["'; DROP TABLE oauthtoken; --", "back\\slash\\\\", "100%_like", 'quote " and \' both',
                "unicode ✓ 日本語 😀", "` backtick", "\\'; DELETE FROM oauthtoken; #", "tab\tnew\nline"]


def refresh_token(refresh="1000.r1", access="1000.a1", expiry="1795399509440", user=None):
    token = OAuthToken(client_id="cid", client_secret="csec", refresh_token=refresh)
    token.set_access_token(access)
    token.set_expires_in(expiry)
    if user is not None:
        token.set_user_signature(UserSignature(user))
    return token
