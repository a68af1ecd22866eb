"""Token files and tables are shared both ways with the official SDK (run in its own venv)."""
from __future__ import annotations

import json

import pytest

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import DBStore, FileStore
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature
from tests.official_venv import run_official
from tests.stores.store_helpers import MYSQL

pytestmark = pytest.mark.official

# Shared by both sides: builds tokens from plain dicts and dumps them back. It runs unchanged under
# the official SDK (which has the same accessors) and under ours.
COMMON = r'''
import json, sys
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import DBStore, FileStore
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature

FIELDS = ["id", "client_id", "client_secret", "refresh_token", "access_token", "grant_token", "expires_in",
          "redirect_url", "api_domain"]

def build(spec):
    token = OAuthToken(client_id=spec["client_id"], client_secret=spec["client_secret"],
                       refresh_token=spec.get("refresh_token"), grant_token=spec.get("grant_token"),
                       redirect_url=spec.get("redirect_url"))
    if spec.get("access_token") is not None:
        token.set_access_token(spec["access_token"])
    if spec.get("expires_in") is not None:
        token.set_expires_in(spec["expires_in"])
    if spec.get("user") is not None:
        token.set_user_signature(UserSignature(spec["user"]))
    if spec.get("api_domain") is not None:
        token.set_api_domain(spec["api_domain"])
    return token

def dump(token):
    data = {name: getattr(token, "get_" + name)() for name in FIELDS}
    signature = token.get_user_signature()
    data["user"] = signature.get_name() if signature is not None else None
    return data

def dump_all(store):
    return [dump(t) for t in store.get_tokens()]
'''

TOKENS = [
    dict(client_id="cid", client_secret="csec", refresh_token="1000.r1", access_token="1000.a1",
         expires_in="1795399509440", user="u1@x.com:555", api_domain="https://www.zohoapis.com"),
    dict(client_id="cid", client_secret="csec", grant_token="g2", redirect_url="https://r/cb",
         access_token="1000.a2", expires_in="1795399509441"),
    dict(client_id="c,omma", client_secret='q"uote', refresh_token="line\nbreak", access_token="a, \"b\"",
         expires_in="1", user="ünï,cödé:1"),
]

# The same session on either side: three saves, an update found by user name, a delete, one more save.
SESSION = COMMON + r'''
store = FileStore(sys.argv[1])
for spec in json.loads(sys.argv[2]):
    store.save_token(build(spec))
probe = OAuthToken(user_signature=UserSignature("u1@x.com:555"))
found = store.find_token(probe)
found.set_access_token("1000.a1-new")
found.set_expires_in("1795399999999")
store.save_token(found)
store.delete_token("2")
store.save_token(build({"client_id": "cid", "client_secret": "csec", "refresh_token": "1000.r4"}))
'''

FILE_DUMP = COMMON + r'''
print(json.dumps(dump_all(FileStore(sys.argv[1]))))
'''

FILE_UPDATE = COMMON + r'''
store = FileStore(sys.argv[1])
token = store.find_token_by_id(sys.argv[2])
token.set_access_token(sys.argv[3])
store.save_token(token)
store.save_token(build(json.loads(sys.argv[4])))
print(json.dumps(dump_all(store)))
'''


def run_ours(script, *args):
    import subprocess
    import sys
    import os
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, PYTHONPATH=root)
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env,
                          cwd=root, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def dump(token):
    signature = token.get_user_signature()
    data = {name: getattr(token, "get_" + name)() for name in (
        "id", "client_id", "client_secret", "refresh_token", "access_token", "grant_token", "expires_in",
        "redirect_url", "api_domain")}
    data["user"] = signature.get_name() if signature is not None else None
    return data


def test_same_session_writes_identical_bytes(official_interpreter, tmp_path):
    theirs, ours = str(tmp_path / "official.csv"), str(tmp_path / "ours.csv")
    run_official(official_interpreter, SESSION, theirs, json.dumps(TOKENS))
    run_ours(SESSION, ours, json.dumps(TOKENS))
    with open(theirs, "rb") as a, open(ours, "rb") as b:
        official_bytes, our_bytes = a.read(), b.read()
    assert our_bytes == official_bytes
    assert official_bytes.count(b"\r\n") >= 4  # header + 3 rows, one of them with a quoted newline


def test_official_file_is_read_and_updated_by_ours_then_read_by_official(official_interpreter, tmp_path):
    path = str(tmp_path / "tokens.csv")
    run_official(official_interpreter, SESSION, path, json.dumps(TOKENS))
    before = open(path, "rb").read()
    store = FileStore(path)
    assert open(path, "rb").read() == before  # opening changes nothing
    tokens = {t.get_id(): dump(t) for t in store.get_tokens()}
    assert sorted(tokens) == ["1", "3", "4"]
    assert tokens["1"]["access_token"] == "1000.a1-new" and tokens["1"]["user"] == "u1@x.com:555"
    assert tokens["3"]["client_id"] == "c,omma" and tokens["3"]["refresh_token"] == "line\nbreak"
    assert tokens["3"]["access_token"] == 'a, "b"' and tokens["3"]["user"] == "ünï,cödé:1"
    # Ours updates one token, found the official way, and adds another.
    found = store.find_token(OAuthToken(client_id="x", client_secret="y", refresh_token="1000.r4"))
    found.set_access_token("ours-access")
    found.set_expires_in("1800000000000")
    store.save_token(found)
    added = OAuthToken(client_id="cid", client_secret="csec", refresh_token="1000.r5")
    added.set_user_signature(UserSignature("five@x.com:5"))
    store.save_token(added)
    assert added.get_id() == "5"
    theirs = {t["id"]: t for t in json.loads(run_official(official_interpreter, FILE_DUMP, path))}
    assert theirs == {t.get_id(): dump(t) for t in store.get_tokens()}
    assert theirs["4"]["access_token"] == "ours-access" and theirs["5"]["user"] == "five@x.com:5"


def test_our_file_is_read_and_updated_by_official(official_interpreter, tmp_path):
    path = str(tmp_path / "tokens.csv")
    run_ours(SESSION, path, json.dumps(TOKENS))
    extra = dict(client_id="cid", client_secret="csec", refresh_token="1000.r9", user="nine@x.com:9")
    theirs = json.loads(run_official(official_interpreter, FILE_UPDATE, path, "3", "official-access",
                                     json.dumps(extra)))
    ours = FileStore(path)
    assert theirs == [dump(t) for t in ours.get_tokens()]
    assert ours.find_token_by_id("3").get_access_token() == "official-access"
    assert ours.find_token_by_id("3").get_refresh_token() == "line\nbreak"
    assert ours.find_token(OAuthToken(user_signature=UserSignature("nine@x.com:9"))).get_id() == "5"


LEGACY_OPEN = COMMON + r'''
FileStore(sys.argv[1])
'''


def test_nine_column_upgrade_matches_official(official_interpreter, tmp_path):
    legacy = (b"id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,"
              b"redirect_uri\r\n1,u1,cid,csec,r1,a1,g1,55,https://r\r\n2,,\"c,1\",s,r2,,,,\r\n")
    theirs, ours = tmp_path / "official.csv", tmp_path / "ours.csv"
    theirs.write_bytes(legacy)
    ours.write_bytes(legacy)
    run_official(official_interpreter, LEGACY_OPEN, str(theirs))
    FileStore(str(ours))
    assert ours.read_bytes() == theirs.read_bytes()
    assert ours.read_bytes().startswith(b"id,user_name,client_id,client_secret,refresh_token,access_token,"
                                        b"grant_token,expiry_time,redirect_uri,api_domain\r\n")


DB_SAVE = COMMON + r'''
args = json.loads(sys.argv[1])
store = DBStore(host=args["host"], database_name=args["database"], user_name="root", password="",
                port_number=args["port"])
for spec in args["tokens"]:
    store.save_token(build(spec))
'''

DB_READ_UPDATE = COMMON + r'''
args = json.loads(sys.argv[1])
store = DBStore(host=args["host"], database_name=args["database"], user_name="root", password="",
                port_number=args["port"])
probe = OAuthToken(user_signature=UserSignature(args["user"]))
found = store.find_token(probe)
assert found is not None
found.set_access_token(args["access"])
store.save_token(found)
print(json.dumps({"all": dump_all(store), "by_id": dump(store.find_token_by_id(args["id"]))}))
'''


@pytest.mark.parametrize("port", ["3306"])
def test_oauthtoken_table_is_shared_both_ways(official_interpreter, database, port):
    connection = dict(host=MYSQL["host"], database=database, port=port)
    # The official store splices values into its UPDATE, so it only gets plain values here.
    db_tokens = TOKENS[:2] + [dict(client_id="cid", client_secret="csec", refresh_token="1000.r3", user="u3")]
    run_official(official_interpreter, DB_SAVE, json.dumps(dict(connection, tokens=db_tokens)))
    store = DBStore(host=MYSQL["host"], database_name=database, user_name="root", password="", port_number=port)
    tokens = {t.get_id(): dump(t) for t in store.get_tokens()}
    assert sorted(tokens) == ["1", "2", "3"]
    assert tokens["2"]["grant_token"] == "g2" and tokens["2"]["redirect_url"] == "https://r/cb"
    assert tokens["3"]["user"] == "u3" and tokens["1"]["expires_in"] == "1795399509440"
    # Ours updates a row the official wrote (found the official way), re-saves it unchanged, adds rows.
    found = store.find_token(OAuthToken(client_id="x", client_secret="y", refresh_token="1000.r1"))
    assert found.get_user_signature().get_name() == "u1@x.com:555"
    found.set_access_token("ours-access")
    store.save_token(found)
    store.save_token(found)
    for n in range(4, 12):
        added = OAuthToken(client_id="cid", client_secret="csec", refresh_token="1000.r%d" % n)
        if n == 4:
            added.set_client_secret("it's 100% \\ \"odd\" ✓")
        added.set_user_signature(UserSignature("user%d@x.com:%d" % (n, n)))
        store.save_token(added)
        assert added.get_id() == str(n)
    # The official store reads ours, and updates one of our rows (an id past 9).
    theirs = json.loads(run_official(official_interpreter, DB_READ_UPDATE, json.dumps(dict(
        connection, user="user10@x.com:10", access="official-access", id="1"))))
    assert theirs["by_id"]["access_token"] == "ours-access"
    assert theirs["by_id"]["user"] == "u1@x.com:555"
    ours_now = {t.get_id(): dump(t) for t in store.get_tokens()}
    assert {t["id"]: t for t in theirs["all"]} == ours_now
    assert ours_now["10"]["access_token"] == "official-access"
    assert len(ours_now) == 11
    assert ours_now["4"]["client_secret"] == "it's 100% \\ \"odd\" ✓"
