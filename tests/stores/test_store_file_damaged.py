"""FileStore reading damaged token files: nothing invented, nothing lost, nothing merged.

docs/deviations.md#filestore-damaged-files
"""
from __future__ import annotations

import fcntl
import os
import time

import pytest

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature

HEADER = "id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_uri,api_domain"


def _row(id_, user):
    return "{},{},cid,csec,1000.r.{},1000.a.{},,1795399509440,,https://www.zohoapis.com".format(id_, user, id_, id_)


def _write(path, text, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        handle.write(text)


def _new_token(user):
    token = OAuthToken(client_id="cid", client_secret="csec", refresh_token="1000.r.new", find_user=False)
    token.set_access_token("1000.a.new")
    token.set_user_signature(UserSignature(user))
    return token


def _users(store):
    return [(t.get_id(), t.get_user_signature().get_name()) for t in store.get_tokens()]


def test_a_bom_is_not_taken_for_a_token_nor_makes_a_second_header(tmp_path):
    path = tmp_path / "tokens.csv"
    _write(path, "\ufeff" + HEADER + "\r\n" + _row(1, "a@x.com") + "\r\n")
    store = FileStore(str(path))
    assert _users(store) == [("1", "a@x.com")]
    store.save_token(_new_token("b@x.com"))
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    assert lines[0] == HEADER and lines.count(HEADER) == 1
    assert _users(store) == [("1", "a@x.com"), ("2", "b@x.com")]


def test_blank_and_whitespace_only_lines_are_skipped(tmp_path):
    path = tmp_path / "tokens.csv"
    _write(path, HEADER + "\r\n   \r\n" + _row(1, "a@x.com") + "\r\n\t\r\n\r\n" + _row(2, "b@x.com") + "\r\n \r\n")
    store = FileStore(str(path))
    assert _users(store) == [("1", "a@x.com"), ("2", "b@x.com")]
    assert store.find_token_by_id("2").get_user_signature().get_name() == "b@x.com"


def test_an_unterminated_quote_does_not_swallow_the_next_row_and_is_kept(tmp_path):
    path = tmp_path / "tokens.csv"
    broken = '2,"b@x.com,cid,csec,1000.r.2,1000.a.2,,1795399509440,,https://www.zohoapis.com'
    _write(path, "\r\n".join([HEADER, _row(1, "a@x.com"), broken, _row(3, "c@x.com")]) + "\r\n")
    store = FileStore(str(path))
    assert _users(store) == [("1", "a@x.com"), ("3", "c@x.com")]
    store.save_token(_new_token("d@x.com"))
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    assert lines[:5] == [HEADER, _row(1, "a@x.com"), broken, _row(3, "c@x.com"),
                         "4,d@x.com,cid,csec,1000.r.new,1000.a.new,,,,"]
    assert [line for line in lines if line.startswith("3,")] == [_row(3, "c@x.com")]  # not re-added
    store.delete_token("1")
    assert broken in path.read_bytes().decode("utf-8")  # still kept: no token is lost


def test_a_line_with_a_field_over_the_csv_limit_is_kept_verbatim(tmp_path):
    path = tmp_path / "tokens.csv"
    huge = "2,big@x.com,cid,csec," + "x" * (200 * 1024) + ",a,,1,,"
    _write(path, "\r\n".join([HEADER, _row(1, "a@x.com"), huge]) + "\r\n")
    store = FileStore(str(path))
    assert _users(store) == [("1", "a@x.com")]
    store.save_token(_new_token("b@x.com"))
    text = path.read_bytes().decode("utf-8")
    assert huge in text and "3,b@x.com" in text  # the damaged line's id is not reused


@pytest.mark.parametrize("encoding, text", [("utf-16", HEADER + "\r\n" + _row(1, "a@x.com") + "\r\n"),
                                            ("latin-1", HEADER + "\r\n" + _row(1, "r\xe9n\xe9@x.com") + "\r\n")])
def test_a_file_that_is_not_utf8_is_an_sdk_exception(tmp_path, encoding, text):
    path = tmp_path / "tokens.csv"
    _write(path, text, encoding)
    before = path.read_bytes()
    with pytest.raises(SDKException) as caught:
        FileStore(str(path))
    assert caught.value.code == "TOKEN_STORE"
    assert isinstance(caught.value.cause, UnicodeError)
    assert path.read_bytes() == before


def _age(path, seconds):
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_old_temp_files_of_this_store_are_removed_on_open(tmp_path):
    path = tmp_path / "tokens.csv"
    FileStore(str(path))
    old = tmp_path / ".tokens.csv.k1ll3d.tmp"
    fresh = tmp_path / ".tokens.csv.wr1t1ng.tmp"
    other = tmp_path / ".other.csv.k1ll3d.tmp"
    for leftover in (old, fresh, other):
        leftover.write_text("1,u,cid,csec,1000.r,1000.a,,1,,\r\n")
    _age(old, 3600)
    _age(other, 3600)
    FileStore(str(path))
    assert not old.exists()
    assert fresh.exists() and other.exists()


def test_temp_files_are_kept_while_a_writer_holds_the_lock(tmp_path):
    path = tmp_path / "tokens.csv"
    FileStore(str(path))
    old = tmp_path / ".tokens.csv.k1ll3d.tmp"
    old.write_text("x")
    _age(old, 3600)
    with open(str(path) + ".lock", "a+") as sidecar:  # a writer in another process holds the lock
        fcntl.flock(sidecar.fileno(), fcntl.LOCK_EX)
        FileStore(str(path))
        assert old.exists()
        fcntl.flock(sidecar.fileno(), fcntl.LOCK_UN)
    FileStore(str(path))
    assert not old.exists()
