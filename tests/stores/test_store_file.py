"""FileStore: the official file format byte for byte, plus docs/deviations.md#store-files-robust."""
from __future__ import annotations

import csv
import os
import threading

import pytest

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore, TokenStore
from zohocrmsdk.src.com.zoho.api.authenticator.store import file_store as file_store_module
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature

HEADER = b"id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_uri,api_domain\r\n"


def refresh_token(refresh="1000.r1", access="1000.a1", expiry="1795399509440", user=None, cid="cid", csec="csec"):
    token = OAuthToken(client_id=cid, client_secret=csec, refresh_token=refresh)
    token.set_access_token(access)
    token.set_expires_in(expiry)
    if user is not None:
        token.set_user_signature(UserSignature(user))
    return token


@pytest.fixture
def path(tmp_path):
    return str(tmp_path / "tokens.csv")


def read_bytes(path):
    with open(path, "rb") as handle:
        return handle.read()


def test_new_file_gets_exact_header(path):
    FileStore(path)
    assert read_bytes(path) == HEADER


def test_empty_file_gets_header(path):
    open(path, "wb").close()
    FileStore(path)
    assert read_bytes(path) == HEADER


def test_missing_directory_names_the_users_file_and_directory(tmp_path):
    """docs/deviations.md#file-store-path-errors: the user's path and the system's reason, not a raw
    FileNotFoundError about the ``.lock`` sidecar the user never named."""
    wanted = str(tmp_path / "nope" / "tokens.csv")
    with pytest.raises(SDKException) as caught:
        FileStore(wanted)
    error = caught.value
    assert error.code == "TOKEN_STORE" and isinstance(error.cause, FileNotFoundError)
    assert "cannot create the token file {} (the directory {} does not exist)".format(
        wanted, tmp_path / "nope") in str(error)
    assert "No such file or directory" in str(error) and ".lock" not in str(error)
    assert not (tmp_path / "nope").exists()


UNWRITABLE = """
import os, sys
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
if os.geteuid() == 0:  # root writes anywhere: drop to nobody (after the imports) so the mode applies
    os.setgid(65534); os.setuid(65534)
try:
    FileStore(sys.argv[1])
except SDKException as error:
    print(type(error.cause).__name__, str(error))
"""


def test_unwritable_directory_reports_the_permission_error():
    import subprocess
    import sys
    import tempfile
    locked = tempfile.mkdtemp(prefix="zsdk-unwritable-")  # not under pytest's base, which nobody cannot enter
    os.chmod(locked, 0o555)
    wanted = os.path.join(locked, "tokens.csv")
    try:
        done = subprocess.run([sys.executable, "-c", UNWRITABLE, wanted], capture_output=True, text=True, timeout=60)
    finally:
        os.rmdir(locked)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("PermissionError Caused By: TOKEN_STORE - "), done.stdout
    assert "cannot create the token file {} (the directory {} is not writable)".format(wanted, locked) in done.stdout
    assert "Permission denied" in done.stdout and ".lock" not in done.stdout


def test_save_writes_exact_official_bytes(path):
    store = FileStore(path)
    first = OAuthToken(client_id="cid", client_secret="csec", grant_token="gt", redirect_url="https://r")
    first.set_refresh_token("1000.ref")
    first.set_access_token("1000.acc")
    first.set_expires_in("1795399509440")
    first.set_user_signature(UserSignature("u@x.com:555"))
    first.set_api_domain("https://www.zohoapis.com")
    store.save_token(first)
    second = refresh_token(refresh="1000.r2", access=None, expiry=None)
    store.save_token(second)
    assert first.get_id() == "1" and second.get_id() == "2"
    assert read_bytes(path) == (
        HEADER
        + b"1,u@x.com:555,cid,csec,1000.ref,1000.acc,gt,1795399509440,https://r,https://www.zohoapis.com\r\n"
        + b"2,,cid,csec,1000.r2,,,,,\r\n")


def test_values_with_commas_quotes_newlines_round_trip(path):
    store = FileStore(path)
    nasty = 'a,b "c"\r\nd\ne\rf'
    token = OAuthToken(client_id=nasty, client_secret="x,y", refresh_token='"quoted"')
    token.set_user_signature(UserSignature("name, with comma"))
    store.save_token(token)
    assert read_bytes(path) == (HEADER + b'1,"name, with comma","a,b ""c""\r\nd\ne\rf","x,y",'
                                b'"""quoted""",,,,,\r\n')
    found = store.find_token_by_id("1")
    assert found.get_client_id() == nasty
    assert found.get_client_secret() == "x,y"
    assert found.get_refresh_token() == '"quoted"'
    assert found.get_user_signature().get_name() == "name, with comma"
    probe = OAuthToken(user_signature=UserSignature("name, with comma"))
    assert store.find_token(probe) is probe and probe.get_client_id() == nasty


def test_a_nul_character_reads_back_on_every_python(path):
    """csv before Python 3.11 cannot read NUL; the store still reads the file, and the value exactly."""
    store = FileStore(path)
    token = OAuthToken(client_id="cid", client_secret="x\x00y", refresh_token="1000.r")
    token.set_user_signature(UserSignature("nul@example.com"))
    store.save_token(token)
    reopened = FileStore(path)
    assert [t.get_client_secret() for t in reopened.get_tokens()] == ["x\x00y"]
    assert reopened.find_token_by_id("1").get_refresh_token() == "1000.r"


def test_find_token_merges_into_the_query_token(path):
    store = FileStore(path)
    store.save_token(refresh_token(user="u@x.com:1"))
    probe = OAuthToken(client_id="other", client_secret="other", refresh_token="1000.r1")
    assert store.find_token(probe) is probe
    # client_id is not compared and the query's own values win.
    assert probe.get_client_id() == "other"
    assert probe.get_access_token() == "1000.a1"
    assert probe.get_expires_in() == "1795399509440"
    assert probe.get_id() == "1"
    assert probe.get_user_signature().get_name() == "u@x.com:1"
    assert probe.get_api_domain() is None and probe.get_redirect_url() is None


def test_find_token_matching_rules(path):
    store = FileStore(path)
    store.save_token(refresh_token(refresh="1000.r1", access="1000.a1", user="u1"))
    grant = OAuthToken(client_id="c", client_secret="s", grant_token="g2")
    grant.set_access_token("1000.a2")
    store.save_token(grant)
    assert store.find_token(OAuthToken(user_signature=UserSignature("u1"))).get_refresh_token() == "1000.r1"
    assert store.find_token(OAuthToken(user_signature=UserSignature("nobody"))) is None
    assert store.find_token(OAuthToken(access_token="1000.a2")).get_id() == "2"
    assert store.find_token(OAuthToken(client_id="c", client_secret="s", grant_token="g2")).get_id() == "2"
    assert store.find_token(OAuthToken(client_id="c", client_secret="s", refresh_token="none")) is None
    # An access token given together with client credentials uses the grant/refresh rule instead.
    mixed = OAuthToken(client_id="c", client_secret="s", access_token="1000.a1")
    assert store.find_token(mixed) is None
    # Not an OAuthToken: handed back untouched.
    marker = object()
    assert store.find_token(marker) is marker


def test_save_updates_matching_row_and_keeps_ids(path):
    store = FileStore(path)
    store.save_token(refresh_token(user="u1"))
    store.save_token(refresh_token(refresh="1000.r2", user="u2"))
    again = OAuthToken(client_id="cid", client_secret="csec", refresh_token="1000.r1")
    again.set_access_token("1000.new")
    again.set_expires_in("1")
    store.save_token(again)
    assert again.get_id() == "1" and again.get_user_signature().get_name() == "u1"
    tokens = store.get_tokens()
    assert [t.get_id() for t in tokens] == ["1", "2"]
    assert tokens[0].get_access_token() == "1000.new" and tokens[0].get_expires_in() == "1"
    assert tokens[1].get_access_token() == "1000.a1"


def test_save_by_id_and_not_found_errors(path):
    store = FileStore(path)
    store.save_token(refresh_token())
    by_id = OAuthToken(id="1")
    by_id.set_access_token("changed")
    store.save_token(by_id)
    assert store.find_token_by_id("1").get_access_token() == "changed"
    with pytest.raises(SDKException) as raised:
        store.save_token(OAuthToken(id="9"))
    assert raised.value.code == "TOKEN_STORE"
    assert raised.value.error_message == "Exception in FileStore : Given user authentication details not found."
    with pytest.raises(SDKException):
        store.save_token(OAuthToken(user_signature=UserSignature("ghost")))
    # An unknown id with a token is appended under that id.
    store.save_token(OAuthToken(id="7", access_token="a7"))
    assert [t.get_id() for t in store.get_tokens()] == ["1", "7"]
    store.save_token(refresh_token(refresh="1000.r8"))
    assert store.get_tokens()[-1].get_id() == "8"
    store.save_token("not a token")  # ignored, as officially


def test_header_row_is_never_a_token(path):
    store = FileStore(path)
    with pytest.raises(SDKException) as raised:
        store.find_token_by_id("id")
    assert str(raised.value) == "Caused By: TOKEN_STORE - Exception in getTokenById - FileStore : Given ID is invalid"
    assert store.get_tokens() == []
    # A token whose fields equal the header's names must not match (and rewrite) the header.
    odd = OAuthToken(client_id="client_id", client_secret="client_secret", refresh_token="refresh_token")
    assert store.find_token(odd) is None
    store.save_token(odd)
    assert read_bytes(path).startswith(HEADER) and odd.get_id() == "1"
    assert len(store.get_tokens()) == 1


def test_blank_lines_are_skipped_and_dropped_on_rewrite(path):
    with open(path, "wb") as handle:
        handle.write(HEADER + b"\r\n1,u1,cid,csec,r1,a1,,5,,\r\n\r\n\r\n2,u2,cid,csec,r2,a2,,6,,\r\n\r\n")
    store = FileStore(path)
    assert [t.get_id() for t in store.get_tokens()] == ["1", "2"]
    assert store.find_token_by_id("2").get_refresh_token() == "r2"
    assert store.find_token(OAuthToken(user_signature=UserSignature("u2"))).get_id() == "2"
    store.save_token(refresh_token(refresh="r3"))
    assert read_bytes(path) == (HEADER + b"1,u1,cid,csec,r1,a1,,5,,\r\n2,u2,cid,csec,r2,a2,,6,,\r\n"
                                + b"3,,cid,csec,r3,1000.a1,,1795399509440,,\r\n")


def test_nine_column_file_is_upgraded(path):
    with open(path, "wb") as handle:
        handle.write(b"id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,"
                     b"redirect_uri\r\n1,u1,cid,csec,r1,a1,g1,55,https://r\r\n")
    store = FileStore(path)
    assert read_bytes(path) == HEADER + b"1,u1,cid,csec,r1,a1,g1,55,https://r,\r\n"
    token = store.find_token_by_id("1")
    assert token.get_redirect_url() == "https://r" and token.get_api_domain() is None
    assert token.get_expires_in() == "55" and token.get_grant_token() == "g1"


def test_existing_ten_column_file_is_left_byte_identical(path):
    content = HEADER + b'1,u1,cid,csec,r1,a1,,5,,"https://x"\r\n'
    with open(path, "wb") as handle:
        handle.write(content)
    FileStore(path)
    assert read_bytes(path) == content


def test_get_tokens_builds_tokens_without_the_constructor(path):
    store = FileStore(path)
    store.save_token(refresh_token(user="u1"))
    (token,) = store.get_tokens()
    assert type(token) is OAuthToken
    assert token.get_user_signature().get_name() == "u1"
    assert token.get_grant_token() is None and token.get_redirect_url() is None


def test_delete_token_and_missing_id(path):
    store = FileStore(path)
    for refresh in ("r1", "r2", "r3"):
        store.save_token(refresh_token(refresh=refresh))
    store.delete_token("2")
    assert [t.get_id() for t in store.get_tokens()] == ["1", "3"]
    store.delete_token(3)  # int ids are accepted too
    assert [t.get_id() for t in store.get_tokens()] == ["1"]
    before = read_bytes(path)
    with pytest.raises(SDKException) as raised:
        store.delete_token("2")
    assert raised.value.code == "TOKEN_STORE"
    assert raised.value.error_message == "Exception in FileStore : Given Id not found"
    with pytest.raises(SDKException):
        store.delete_token("id")  # the header is not a row
    assert read_bytes(path) == before


def test_delete_tokens_leaves_only_the_header(path):
    store = FileStore(path)
    store.save_token(refresh_token())
    store.delete_tokens()
    assert read_bytes(path) == HEADER
    assert store.get_tokens() == []
    store.save_token(refresh_token())
    assert store.get_tokens()[0].get_id() == "1"


def test_find_token_by_id_missing(path):
    store = FileStore(path)
    with pytest.raises(SDKException) as raised:
        store.find_token_by_id("1")
    assert raised.value.error_message == "Exception in getTokenById - FileStore : Given ID is invalid"


def test_io_errors_are_wrapped(path):
    store = FileStore(path)
    os.remove(path)
    with pytest.raises(SDKException) as raised:
        store.find_token(refresh_token())
    assert raised.value.error_message.startswith("Exception in get_token - FileStore")
    assert isinstance(raised.value.cause, FileNotFoundError)
    with pytest.raises(SDKException) as raised:
        store.get_tokens()
    assert raised.value.error_message.startswith("Exception in get_tokens - FileStore")
    with pytest.raises(SDKException) as raised:
        store.save_token(refresh_token())
    assert raised.value.error_message.startswith("Exception in save_token - FileStore")


def test_non_numeric_ids_do_not_break_id_generation(path):
    with open(path, "wb") as handle:
        handle.write(HEADER + b"abc,u1,cid,csec,r1,a1,,5,,\r\n4,u2,cid,csec,r2,a2,,6,,\r\n")
    store = FileStore(path)
    token = refresh_token(refresh="r9")
    store.save_token(token)
    assert token.get_id() == "5"


def test_crash_mid_write_keeps_previous_file(path, monkeypatch):
    store = FileStore(path)
    store.save_token(refresh_token(user="u1"))
    before = read_bytes(path)

    def failing_replace(src, dst):
        raise OSError("disk on fire")

    monkeypatch.setattr(file_store_module.os, "replace", failing_replace)
    with pytest.raises(SDKException) as raised:
        store.save_token(refresh_token(refresh="1000.r2"))
    assert raised.value.error_message.startswith("Exception in save_token - FileStore")
    with pytest.raises(SDKException):
        store.delete_tokens()
    with pytest.raises(SDKException):
        store.delete_token("1")
    monkeypatch.undo()
    assert read_bytes(path) == before
    # No temporary files are left behind.
    assert sorted(os.listdir(os.path.dirname(path))) == ["tokens.csv", "tokens.csv.lock"]
    assert store.find_token_by_id("1").get_user_signature().get_name() == "u1"


def test_file_permissions_are_kept(path):
    store = FileStore(path)
    os.chmod(path, 0o640)
    store.save_token(refresh_token())
    assert os.stat(path).st_mode & 0o777 == 0o640


def test_symlinked_file_stays_a_symlink(tmp_path):
    real = tmp_path / "real.csv"
    link = tmp_path / "link.csv"
    FileStore(str(real))
    link.symlink_to(real)
    store = FileStore(str(link))
    store.save_token(refresh_token())
    assert link.is_symlink()
    assert FileStore(str(real)).find_token_by_id("1").get_refresh_token() == "1000.r1"


def test_threads_lose_nothing_and_file_always_parses(path):
    store = FileStore(path)
    errors = []
    stop = threading.Event()

    def writer(n):
        try:
            for round_ in range(5):
                token = refresh_token(refresh="1000.r%d" % n, access="a%d-%d" % (n, round_))
                token.set_user_signature(UserSignature("user%d" % n))
                FileStore(path).save_token(token)
                found = store.find_token(OAuthToken(user_signature=UserSignature("user%d" % n)))
                assert found is not None and found.get_access_token() == "a%d-%d" % (n, round_)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    def reader():
        while not stop.is_set():
            with open(path, "r", encoding="utf-8", newline="") as handle:
                rows = list(csv.reader(handle))
            try:
                assert rows[0] == store.headers
                assert all(len(row) == 10 for row in rows)
            except AssertionError as error:  # pragma: no cover - reported below
                errors.append(error)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(16)]
    readers = [threading.Thread(target=reader) for _ in range(2)]
    for thread in readers + threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    stop.set()
    for thread in readers:
        thread.join(10)
    assert not errors, errors[:3]
    tokens = store.get_tokens()
    assert sorted(int(t.get_id()) for t in tokens) == list(range(1, 17))
    assert {t.get_user_signature().get_name(): t.get_access_token() for t in tokens} == {
        "user%d" % n: "a%d-4" % n for n in range(16)}


def test_refresh_lock_is_reentrant_around_find_and_save(path):
    store = FileStore(path)
    token = refresh_token()
    with store.refresh_lock(token):
        assert store.find_token(refresh_token()) is None
        store.save_token(token)
        with store.refresh_lock(token):
            store.save_token(token)
    assert [t.get_id() for t in store.get_tokens()] == ["1"]


def test_refresh_lock_excludes_other_threads(path):
    store = FileStore(path)
    order = []
    inside = threading.Event()
    release = threading.Event()

    def holder():
        with store.refresh_lock(None):
            inside.set()
            release.wait(10)
            order.append("holder done")

    thread = threading.Thread(target=holder)
    thread.start()
    inside.wait(10)
    saver = threading.Thread(target=lambda: (FileStore(path).save_token(refresh_token()), order.append("saved")))
    saver.start()
    saver.join(0.3)
    assert order == []  # the save waits for the lock holder
    release.set()
    thread.join(10)
    saver.join(10)
    assert order == ["holder done", "saved"]


def _hold_file_lock(path, ready, release):
    store = FileStore(path)
    with store.refresh_lock(None):
        ready.set()
        release.wait(20)


@pytest.mark.skipif(file_store_module.fcntl is None, reason="no fcntl on this platform")
def test_refresh_lock_excludes_other_processes(path):
    import multiprocessing
    import time
    FileStore(path)
    context = multiprocessing.get_context("spawn")
    ready, release = context.Event(), context.Event()
    process = context.Process(target=_hold_file_lock, args=(path, ready, release))
    process.start()
    try:
        assert ready.wait(30)
        done = threading.Event()
        saver = threading.Thread(target=lambda: (FileStore(path).save_token(refresh_token()), done.set()))
        started = time.monotonic()
        saver.start()
        assert not done.wait(0.5)  # blocked by the other process's flock
        release.set()
        assert done.wait(20)
        assert time.monotonic() - started >= 0.5
    finally:
        release.set()
        process.join(20)
    assert process.exitcode == 0
    assert len(FileStore(path).get_tokens()) == 1


def test_token_store_contract():
    class SixMethodStore(TokenStore):
        def find_token(self, token): return None
        def save_token(self, token): pass
        def delete_token(self, id): pass
        def get_tokens(self): return []
        def delete_tokens(self): pass
        def find_token_by_id(self, id): return None

    store = SixMethodStore()
    with store.refresh_lock(object()) as entered:
        assert entered is None
    assert sorted(TokenStore.__abstractmethods__) == sorted(
        ["find_token", "save_token", "delete_token", "get_tokens", "delete_tokens", "find_token_by_id"])

    class Incomplete(TokenStore):
        def find_token(self, token): return None

    with pytest.raises(TypeError):
        Incomplete()


def test_store_package_does_not_import_mysql_or_redis():
    import subprocess
    import sys
    code = ("import sys; import zohocrmsdk.src.com.zoho.api.authenticator.store as s; "
            "assert s.__all__ == ['DBStore', 'FileStore', 'RedisStore', 'TokenStore']; "
            "assert not [m for m in sys.modules if m.startswith(('mysql', 'redis'))]; print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert done.stdout.strip() == "ok", done.stderr


def test_many_token_files_leave_no_locks_behind(tmp_path):
    """A long-running process that opens many token files (one per tenant, say) keeps a lock only for the
    files in use: the lock table does not grow with every file it ever opened."""
    import gc
    for number in range(300):
        store = FileStore(str(tmp_path / "tokens-{}.csv".format(number)))
        store.save_token(refresh_token(refresh="1000.r{}".format(number), user="u{}@x.com".format(number)))
        with store.refresh_lock(store.get_tokens()[0]):
            assert store.find_token(refresh_token(refresh="1000.r{}".format(number))) is not None
    del store
    gc.collect()
    assert len(file_store_module._locks) < 5
