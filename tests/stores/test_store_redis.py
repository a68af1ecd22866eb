"""RedisStore against the real Redis on 127.0.0.1:6379 (a key prefix of its own per test): the six
methods with DBStore's matching rules, unique ids across processes, the refresh lease, and bounded
failures when Redis is down or silent."""
from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest
import redis
from hypothesis import HealthCheck, given, settings, strategies as st

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import DBStore, RedisStore
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature
from tests.stores.store_helpers import MYSQL, NASTY_VALUES, refresh_token

URL = "redis://127.0.0.1:6379/0"
GETTERS = ("get_id", "get_client_id", "get_client_secret", "get_refresh_token", "get_access_token",
           "get_grant_token", "get_expires_in", "get_redirect_url", "get_api_domain")
pytestmark = pytest.mark.redis


def make_store(prefix, **options):
    return RedisStore(URL, prefix=prefix, **options)


def fields(token):
    signature = token.get_user_signature()
    return tuple(getattr(token, getter)() for getter in GETTERS) + (
        signature.get_name() if signature is not None else None,)


def full_token(value, id=None):
    token = OAuthToken(client_id=value, client_secret=value, grant_token=value, refresh_token=value,
                       redirect_url=value, id=id, api_domain=value)
    token.set_access_token(value)
    token.set_expires_in(value)
    token.set_user_signature(UserSignature(value))
    return token


@pytest.mark.parametrize("value", NASTY_VALUES + ["with  spaces ", "Mixed CASE"])
def test_every_official_field_round_trips(redis_prefix, value):
    store = make_store(redis_prefix)
    bystander = refresh_token(refresh="bystander", user="bystander")
    store.save_token(bystander)
    token = full_token(value)
    store.save_token(token)
    assert token.get_id() == "2"
    assert fields(store.find_token_by_id("2")) == ("2",) + (value,) * 9
    by_user = OAuthToken(user_signature=UserSignature(value))
    assert store.find_token(by_user) is by_user and fields(by_user) == ("2",) + (value,) * 9
    assert store.find_token(OAuthToken(access_token=value)).get_id() == "2"
    assert store.find_token(OAuthToken(client_id="c", client_secret="s", refresh_token=value)).get_id() == "2"
    assert store.find_token(OAuthToken(client_id="c", client_secret="s", grant_token=value)).get_id() == "2"
    assert [fields(t) for t in store.get_tokens()] == [fields(store.find_token_by_id("1")), fields(token)]
    store.save_token(token)  # unchanged re-save: still one record
    assert len(store.get_tokens()) == 2
    store.delete_token("2")
    assert [t.get_id() for t in store.get_tokens()] == ["1"]
    assert store.find_token(OAuthToken(access_token=value)) is None
    assert store.find_token_by_id("1").get_refresh_token() == "bystander"
    # The deleted token's index entries went with it.
    assert len(store.client.keys(redis_prefix + "idx:*")) == 3  # bystander: user, refresh, access


def test_case_variants_stay_distinct(redis_prefix):
    store = make_store(redis_prefix)
    for n, variant in enumerate(("user", "User", "USER", "user ")):
        store.save_token(refresh_token(refresh="R-" + variant, access="A-" + variant, user=variant))
        assert len(store.get_tokens()) == n + 1
    for n, variant in enumerate(("user", "User", "USER", "user ")):
        wanted = str(n + 1)
        assert store.find_token(OAuthToken(user_signature=UserSignature(variant))).get_id() == wanted
        assert store.find_token(OAuthToken(access_token="A-" + variant)).get_id() == wanted
        assert store.find_token(OAuthToken(client_id="c", client_secret="s", refresh_token="R-" + variant)) \
            .get_id() == wanted
    assert store.find_token(OAuthToken(user_signature=UserSignature("uSER"))) is None


def _probes():
    def oauth(**kwargs):
        signature = kwargs.pop("user", None)
        token = OAuthToken.__new__(OAuthToken)
        for name, value in kwargs.items():
            getattr(token, "set_" + name)(value)
        if signature is not None:
            token.set_user_signature(UserSignature(signature))
        return token
    return [
        oauth(user="u1"), oauth(user="shared"), oauth(user=""), oauth(user="nobody"),
        oauth(access_token="a2"), oauth(access_token="a9"), oauth(access_token="a2", client_id="c"),
        oauth(access_token=""),
        oauth(refresh_token="r1"), oauth(refresh_token="r1", client_id="c", client_secret="s"),
        oauth(refresh_token=""), oauth(grant_token="g3"), oauth(grant_token="g3", client_id="c", client_secret="s"),
        oauth(grant_token="g-none", refresh_token="r1", client_id="c", client_secret="s"),
        oauth(grant_token="", refresh_token="r1", client_id="c", client_secret="s"),
        oauth(client_id="c", client_secret="s"), oauth(id="1"),
    ]


def _seed(store):
    """Tokens 1, 2, 9 and 10, where 2 and 10 share a user name, 1 and 9 a refresh token and 9 and 10
    an access token (made by updates by id: a save never inserts a duplicate of a match)."""
    store.save_token(refresh_token(refresh="r1", access="a1", user="u1"))
    store.save_token(refresh_token(refresh="r2", access="a2", user="shared"))
    tenth = OAuthToken(client_id="c", client_secret="s", grant_token="g3", id="10")
    tenth.set_access_token("a3")
    store.save_token(tenth)
    store.save_token(OAuthToken(client_id="c", client_secret="s", refresh_token="r9", id="9"))
    for id, change in (("10", lambda t: t.set_user_signature(UserSignature("shared"))),
                       ("9", lambda t: t.set_refresh_token("r1")), ("9", lambda t: t.set_access_token("a9")),
                       ("10", lambda t: t.set_access_token("a9"))):
        update = OAuthToken(id=id)
        change(update)
        store.save_token(update)


def test_tokens_are_found_exactly_as_dbstore_finds_them(redis_prefix, database):
    """Same tokens, same probes: RedisStore and DBStore (real MariaDB) pick the same token."""
    ours = make_store(redis_prefix)
    reference = DBStore(host=MYSQL["host"], database_name=database, user_name=MYSQL["user"],
                        password=MYSQL["password"], port_number=str(MYSQL["port"]))
    _seed(ours)
    _seed(reference)
    assert [fields(t) for t in ours.get_tokens()] == [fields(t) for t in reference.get_tokens()]
    for redis_probe, db_probe in zip(_probes(), _probes()):
        found, expected = ours.find_token(redis_probe), reference.find_token(db_probe)
        assert (found is None) == (expected is None), db_probe
        if expected is not None:
            assert fields(found) == fields(expected), db_probe
    marker = object()
    assert ours.find_token(marker) is marker


def test_save_updates_by_id_then_by_selection_else_inserts(redis_prefix):
    store = make_store(redis_prefix)
    store.save_token(refresh_token(user="u1"))
    again = refresh_token(user="u1")
    store.save_token(again)  # matched by user name
    assert again.get_id() is None  # like DBStore, a matched save does not fill the token
    changed = OAuthToken(client_id="cid", client_secret="csec", refresh_token="1000.r1")
    changed.set_access_token("1000.a2")
    store.save_token(changed)
    assert [(t.get_id(), t.get_access_token(), t.get_user_signature().get_name()) for t in store.get_tokens()] \
        == [("1", "1000.a2", "u1")]
    assert store.find_token(OAuthToken(access_token="1000.a1")) is None  # the old value left the index
    by_id = OAuthToken(id="1")
    by_id.set_access_token("fresh")
    store.save_token(by_id)
    assert store.find_token_by_id("1").get_access_token() == "fresh"
    with pytest.raises(SDKException) as raised:
        store.save_token(OAuthToken(id="42"))
    assert raised.value.code == "TOKEN_STORE"
    assert raised.value.error_message.startswith("Exception in save_token - RedisStore")
    assert raised.value.cause.error_message == "Exception in RedisStore : Given user authentication details not found."
    store.save_token(OAuthToken(id="42", access_token="a42"))  # a new id with a token is inserted under it
    for n in range(9):
        store.save_token(refresh_token(refresh="r%d" % n, user="n%d" % n))
    assert [t.get_id() for t in store.get_tokens()] == ["1", "42"] + [str(n) for n in range(43, 52)]
    with pytest.raises(SDKException) as raised:
        store.find_token_by_id("404")
    assert raised.value.error_message == "Exception in findTokenById() - RedisStore : Given Id is invalid"
    store.delete_token("404")  # like DBStore: deleting nothing is fine
    # Nothing expires on its own.
    assert all(store.client.ttl(key) == -1 for key in store.client.keys(redis_prefix + "*"))
    store.delete_tokens()
    assert store.get_tokens() == [] and store.client.keys(redis_prefix + "*") == []
    store.save_token(refresh_token())
    assert store.get_tokens()[0].get_id() == "1"


text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30) | st.sampled_from(
    ["A", "a", " a", "a ", "\x00", "'", '"', "ü", "Ü", "*", "[a]", "\\"])


@settings(derandomize=True, max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(text, text, text), min_size=1, max_size=4))
def test_any_text_round_trips_and_is_found_by_exact_value_lowest_id_first(redis_prefix, rows):
    store = make_store("{}{}:".format(redis_prefix, next(_examples)))
    rows = [(user + "#" + str(index), refresh, access) for index, (user, refresh, access) in enumerate(rows)]
    saved = []
    for user, refresh, access in rows:  # distinct users (a save matches by user name first)
        token = refresh_token(refresh=refresh, access=access, user=user)
        store.save_token(token)
        saved.append(fields(token))
    assert [fields(t) for t in store.get_tokens()] == saved
    for user, refresh, access in rows:
        for probe, column, value in ((OAuthToken(user_signature=UserSignature(user)), 9, user),
                                     (OAuthToken(user_signature=UserSignature(user.swapcase())), 9, user.swapcase()),
                                     (OAuthToken(access_token=access), 4, access),
                                     (OAuthToken(client_id="c", client_secret="s", refresh_token=refresh), 3, refresh),
                                     (OAuthToken(client_id="c", client_secret="s", refresh_token=refresh + " "), 3,
                                      refresh + " ")):
            first = next((row[0] for row in saved if row[column] == value), None)  # ids ascend with saved
            found = store.find_token(probe)
            assert (found.get_id() if found is not None else None) == first, (column, value)


_examples = itertools.count()


def _save_many(prefix, tag, count, out):
    store = make_store(prefix)
    ids = []
    for n in range(count):
        token = refresh_token(refresh="{}-{}".format(tag, n), user="{}-{}".format(tag, n))
        store.save_token(token)
        ids.append(token.get_id())
    out.put(ids)


def test_ids_stay_unique_under_concurrent_saves_from_several_processes(redis_prefix):
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    workers = [context.Process(target=_save_many, args=(redis_prefix, tag, 25, out)) for tag in range(4)]
    for worker in workers:
        worker.start()
    ids = [i for _ in workers for i in out.get(timeout=60)]
    for worker in workers:
        worker.join(30)
    assert sorted(ids, key=int) == [str(n) for n in range(1, 101)]
    tokens = make_store(redis_prefix).get_tokens()
    assert [t.get_id() for t in tokens] == [str(n) for n in range(1, 101)]
    assert len({t.get_user_signature().get_name() for t in tokens}) == 100


# -- configuration and the missing package --------------------------------------------------------
def test_a_url_picks_the_database_and_an_existing_client_works(redis_prefix):
    store = RedisStore("redis://127.0.0.1:6379/5", prefix=redis_prefix)
    store.save_token(refresh_token(user="db5"))
    db5 = redis.Redis(host="127.0.0.1", port=6379, db=5)
    try:
        assert db5.exists(redis_prefix + "token:1") == 1
        assert redis.Redis(host="127.0.0.1", port=6379, db=0).exists(redis_prefix + "token:1") == 0
        store.delete_tokens()
    finally:
        db5.close()
    shared = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)
    store = RedisStore(client=shared, prefix=redis_prefix)
    store.save_token(refresh_token(user="ü"))
    assert store.find_token(OAuthToken(user_signature=UserSignature("ü"))).get_refresh_token() == "1000.r1"
    assert fields(store.get_tokens()[0]) == fields(make_store(redis_prefix).find_token_by_id("1"))


@pytest.fixture
def tls_redis(tmp_path):
    """A private redis-server speaking only TLS (a self-signed certificate) with a password."""
    tools = [shutil.which("redis-server"), shutil.which("openssl")]
    if None in tools:  # pragma: no cover - environment problem (a failure under CI)
        pytest.skip("redis-server and openssl are needed: {}".format(tools))
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run([tools[1], "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-days", "1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    port = _free_port()
    server = subprocess.Popen([tools[0], "--port", "0", "--tls-port", str(port), "--tls-cert-file", str(cert),
                               "--tls-key-file", str(key), "--tls-ca-cert-file", str(cert), "--tls-auth-clients",
                               "no", "--requirepass", "s3cret pass", "--save", "", "--appendonly", "no"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            time.sleep(0.05)
        yield port, str(cert)
    finally:
        server.kill()
        server.wait(10)


def test_rediss_with_a_password_and_a_database(tls_redis):
    port, cert = tls_redis
    url = "rediss://:s3cret%20pass@127.0.0.1:{}/3?ssl_ca_certs={}".format(port, cert)
    store = RedisStore(url, prefix="app:")
    store.save_token(refresh_token(user="over tls"))
    assert store.find_token(OAuthToken(user_signature=UserSignature("over tls"))).get_id() == "1"
    assert store.client.connection_pool.connection_kwargs["db"] == 3
    for wrong in (url.replace("s3cret%20pass", "wrong"), url.replace("rediss://", "redis://").split("?")[0]):
        started = time.monotonic()
        with pytest.raises(SDKException) as raised:
            RedisStore(wrong, prefix="app:", connect_timeout=1, socket_timeout=1).get_tokens()
        assert raised.value.code == "TOKEN_STORE" and time.monotonic() - started < 3
        assert "s3cret" not in str(raised.value) and "wrong" not in str(raised.value)


@pytest.mark.parametrize("options", [dict(url="http://127.0.0.1:6379"), dict(url="127.0.0.1:6379"), dict(url=None),
                                     dict(url="redis://127.0.0.1:port/0"),
                                     dict(url="redis://127.0.0.1:6379/0?ssl_ca_certs=x"),
                                     dict(client="not a client"), dict(prefix=""), dict(prefix=None),
                                     dict(socket_timeout=None), dict(connect_timeout=0),
                                     dict(lease_seconds=float("inf")), dict(socket_timeout="5")])
def test_bad_configuration_is_refused(options):
    with pytest.raises(SDKException) as raised:
        RedisStore(**options)
    assert raised.value.code == "TOKEN_STORE"


def test_a_wrong_password_or_tls_against_a_plain_server_is_an_sdk_exception(redis_prefix):
    # (A password alone is ignored by a server that has none; a user name makes it an ACL login.)
    for url in ("redis://someone:wrong@127.0.0.1:6379/0", "rediss://127.0.0.1:6379/0"):
        store = RedisStore(url, prefix=redis_prefix, connect_timeout=2, socket_timeout=2)
        started = time.monotonic()
        with pytest.raises(SDKException) as raised:
            store.find_token(OAuthToken(user_signature=UserSignature("u")))
        assert raised.value.code == "TOKEN_STORE" and time.monotonic() - started < 5
        assert "wrong" not in str(raised.value)


def test_without_the_redis_package_importing_works_and_building_names_it():
    code = ("import sys\n"
            "sys.modules['redis'] = None\n"
            "from zohocrmsdk.src.com.zoho.api.authenticator.store import RedisStore, FileStore\n"
            "from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException\n"
            "try:\n"
            "    RedisStore()\n"
            "except SDKException as error:\n"
            "    print(error.code, '|', error.message)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "TOKEN_STORE | Exception in RedisStore : the redis package is not installed " \
                                  "(pip install redis)"


# -- Redis down or silent -------------------------------------------------------------------------
def _operations(store):
    token = refresh_token(user="u")
    return [lambda: store.find_token(OAuthToken(user_signature=UserSignature("u"))), lambda: store.save_token(token),
            lambda: store.delete_token("1"), store.get_tokens, store.delete_tokens,
            lambda: store.find_token_by_id("1"), lambda: store.refresh_lock(token).__enter__()]


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_redis_unreachable_is_an_sdk_exception_at_once():
    store = RedisStore("redis://127.0.0.1:{}/0".format(_free_port()), connect_timeout=1, socket_timeout=1)
    for operation in _operations(store):
        started = time.monotonic()
        with pytest.raises(SDKException) as raised:
            operation()
        assert raised.value.code == "TOKEN_STORE" and isinstance(raised.value.cause, redis.ConnectionError)
        assert time.monotonic() - started < 1.5


@contextlib.contextmanager
def _silent_server():
    """Accepts connections, reads what it is sent and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted = []
    stop = threading.Event()

    def serve():
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except socket.timeout:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], accepted
    finally:
        stop.set()
        thread.join(5)
        for connection in accepted:
            connection.close()
        listener.close()


def test_a_silent_redis_is_an_sdk_exception_within_the_timeout():
    with _silent_server() as (port, accepted):
        store = RedisStore("redis://127.0.0.1:{}/0".format(port), connect_timeout=0.5, socket_timeout=0.5)
        for operation in _operations(store):
            started = time.monotonic()
            with pytest.raises(SDKException) as raised:
                operation()
            elapsed = time.monotonic() - started
            assert raised.value.code == "TOKEN_STORE" and isinstance(raised.value.cause, redis.TimeoutError)
            assert 0.4 < elapsed < 1.5, elapsed
        assert accepted  # the store really connected and waited


# -- the refresh lease ----------------------------------------------------------------------------
def test_the_lease_is_reentrant_owned_and_hides_secrets(redis_prefix):
    store = make_store(redis_prefix, lease_seconds=5)
    token = refresh_token(refresh="1000.very-secret")
    key = store.lease_key(token)
    assert key.startswith(redis_prefix + "lease:") and "secret" not in key
    assert store.lease_key(refresh_token(user="u1")) != store.lease_key(refresh_token(user="u2"))
    with store.refresh_lock(token):
        assert store.find_token(token) is None  # no token stored yet: the lease works all the same
        store.save_token(token)
        with store.refresh_lock(token):
            store.save_token(token)
        assert 0 < store.client.pttl(key) <= 5000
    assert store.client.exists(key) == 0
    # A holder whose lease ran out does not free the lease another holder took since.
    with store.refresh_lock(token):
        store.client.set(key, "someone else")
    assert store.client.get(key) == b"someone else"


def test_a_waiter_takes_the_lease_as_soon_as_it_is_freed(redis_prefix):
    holder, waiter = make_store(redis_prefix), make_store(redis_prefix)
    token = refresh_token(user="shared")
    entered = []
    with holder.refresh_lock(token):
        thread = threading.Thread(target=lambda: waiter.refresh_lock(token).__enter__() or entered.append(
            time.monotonic()))
        thread.start()
        time.sleep(0.3)
        assert entered == []  # still waiting
        freed = time.monotonic()
    thread.join(5)
    assert entered and entered[0] - freed < 0.2


HOLD_AND_WAIT = """
import sys, time
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import RedisStore
store = RedisStore(prefix=sys.argv[1], lease_seconds=float(sys.argv[3]))
token = OAuthToken(client_id="c", client_secret="s", refresh_token=sys.argv[2])
with store.refresh_lock(token):
    print("held", flush=True)
    time.sleep(600)
"""


def test_a_killed_holder_delays_the_others_by_at_most_the_lease(redis_prefix, zoho_emulator, tmp_path):
    from zohocrmsdk.src.com.zoho.api.logger.logger import Logger, SDKLogger
    from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
    emu, lease = zoho_emulator, 2.0
    minted = emu.mint_tokens("c", "s")
    store = make_store(redis_prefix, lease_seconds=lease)
    seed = OAuthToken(client_id="c", client_secret="s", refresh_token=minted["refresh_token"])
    seed.set_access_token(minted["access_token"])
    seed.set_expires_in(str(int(time.time() * 1000) - 60_000))
    store.save_token(seed)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_AND_WAIT, redis_prefix, minted["refresh_token"],
                               str(lease)], stdout=subprocess.PIPE, text=True, cwd=os.getcwd())
    try:
        assert holder.stdout.readline().strip() == "held"
        held_at = time.monotonic()
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(10)
        before = emu.token_requests("refresh_token")
        environment = DataCenter.Environment(emu.base_url, emu.token_url, emu.base_url)
        token = OAuthToken(client_id="c", client_secret="s", refresh_token=minted["refresh_token"], find_user=False)
        Initializer.initialize(environment, token, store=store, resource_path=str(tmp_path),
                               sdk_config=SDKConfig(read_timeout=10, connect_timeout=5))
        access = token.get_token()
        waited = time.monotonic() - held_at
    finally:
        if holder.poll() is None:
            holder.kill()
        Initializer.initializer = None
        Initializer.LOCAL.init = None
        SDKLogger.initialize(Logger(Logger.Levels.NOTSET, None))
    assert lease - 0.5 < waited < lease + 1.0, waited  # it waited for the lease, and no longer
    assert emu.token_requests("refresh_token") - before == 1
    assert access != minted["access_token"] and store.find_token_by_id("1").get_access_token() == access


@contextlib.contextmanager
def _proxy_to_redis(marker, mode):
    """A TCP proxy to the real Redis. The client->server chunk holding ``marker`` is cut in the
    middle of it (``cut``: the server gets half a command) or passed whole with every later reply
    swallowed (``mute``); after that the proxy goes silent."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    tripped = threading.Event()
    sockets = [listener]

    def pipe(source, target, upstream):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    return
                if upstream and not tripped.is_set() and marker in data:
                    tripped.set()
                    if mode == "cut":
                        target.sendall(data[:data.index(marker) + len(marker) // 2])
                        return
                if tripped.is_set() and (mode == "cut" or not upstream):
                    continue  # silent from now on
                target.sendall(data)
        except OSError:
            return

    def serve():
        while True:
            try:
                client = listener.accept()[0]
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", 6379))
            sockets.extend([client, server])
            threading.Thread(target=pipe, args=(client, server, True), daemon=True).start()
            threading.Thread(target=pipe, args=(server, client, False), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield listener.getsockname()[1], tripped
    finally:
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


@pytest.mark.parametrize("mode", ["cut", "mute"])
def test_a_save_cut_off_midway_leaves_the_old_or_the_new_token_whole(redis_prefix, mode):
    direct = make_store(redis_prefix)
    direct.save_token(refresh_token(refresh="r-old", access="a-old", user="u"))
    with _proxy_to_redis(b"a-new-access-token", mode) as (port, tripped):
        store = RedisStore("redis://127.0.0.1:{}/0".format(port), prefix=redis_prefix, socket_timeout=0.5)
        update = refresh_token(refresh="r-new", access="a-new-access-token", user="u")
        update.set_api_domain("https://new")
        with pytest.raises(SDKException) as raised:
            store.save_token(update)
        assert tripped.is_set() and isinstance(raised.value.cause, redis.TimeoutError)
        stored = fields(direct.find_token_by_id("1"))
    old = ("1", "cid", "csec", "r-old", "a-old", None, "1795399509440", None, None, "u")
    new = ("1", "cid", "csec", "r-new", "a-new-access-token", None, "1795399509440", None, "https://new", "u")
    assert stored == (old if mode == "cut" else new)
    # Every index agrees with the record.
    for value, found in (("r-old", mode == "cut"), ("r-new", mode == "mute")):
        probe = OAuthToken(client_id="c", client_secret="s", refresh_token=value)
        assert (direct.find_token(probe) is not None) == found
    assert len(direct.get_tokens()) == 1


def test_a_lease_held_past_the_wait_lets_the_refresh_go_ahead_with_a_warning(redis_prefix, caplog):
    store = make_store(redis_prefix, lease_seconds=0.3)
    token = refresh_token(user="shared")
    store.client.set(store.lease_key(token), "a holder with a longer lease", px=10_000)
    started = time.monotonic()
    with caplog.at_level("WARNING", logger="SDKLogger"), store.refresh_lock(token):
        waited = time.monotonic() - started
    assert 0.3 < waited < 1.5, waited
    assert "refreshing without it" in caplog.text
    assert store.client.get(store.lease_key(token)) == b"a holder with a longer lease"  # not ours to free
