"""Hostile servers over real sockets: every call ends, within its bounds, in a typed SDKException.

docs/deviations.md#accounts-redirects-refused, docs/deviations.md#response-size-limit,
docs/deviations.md#stream-name-never-a-path, docs/deviations.md#typed-exceptions
"""
from __future__ import annotations

import functools
import json
import math
import pickle
import socket
import subprocess
import sys
import textwrap
import time

import pytest

from tests.reliability.hostile import RawServer, answer, drip, gzip_bomb, silent
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
from zohocrmsdk.src.com.zoho.crm.api.exception import (SDKAccountsException, SDKConnectionException, SDKException,
                                                       SDKRequestRefusedException, SDKResponseException,
                                                       SDKTimeoutException)
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations
from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
from zohocrmsdk.src.com.zoho.crm.api.util import transport

ORG_JSON = {"org": [{"id": "1", "company_name": "Hostile Ltd"}]}
TOO_MANY = {"code": "TOO_MANY_REQUESTS", "status": "error", "message": "slow down", "details": {}}


def _init(tmp_path, api_url, accounts_url=None, token=None, **config):
    environment = DataCenter.Environment(api_url, accounts_url or api_url + "/oauth/v2/token", api_url)
    token = token or OAuthToken(access_token="1000.hostile.access", find_user=False)
    Initializer.initialize(environment, token, store=FileStore(str(tmp_path / "tokens.csv")),
                           resource_path=str(tmp_path), sdk_config=SDKConfig(**config))


def _json_answer(payload, status="200 OK", headers=None):
    body = json.dumps(payload).encode()
    return answer(status, dict({"Content-Type": "application/json"}, **(headers or {})), body)


# -- redirects from Zoho Accounts -----------------------------------------------------------------

@pytest.mark.parametrize("flow", ["grant", "refresh"])
def test_accounts_redirect_is_refused_and_nothing_reaches_the_other_host(tmp_path, flow):
    with RawServer(_json_answer({"access_token": "stolen"})) as elsewhere:
        target = elsewhere.url.replace("127.0.0.1", "localhost") + "/steal"
        redirect = answer("307 Temporary Redirect", {"Location": target})
        with RawServer(redirect) as accounts:
            secret = "client-secret-that-must-stay"
            credential = ({"grant_token": "1000.grant.code"} if flow == "grant"
                          else {"refresh_token": "1000.refresh.token"})
            token = OAuthToken(client_id="1000.CLIENT", client_secret=secret, find_user=False, **credential)
            with pytest.raises(SDKAccountsException) as caught:
                _init(tmp_path, accounts.url, accounts.url + "/oauth/v2/token", token)
                OrgOperations().get_organization()
            assert caught.value.details == {"status": 307, "location_host": "localhost"}
            assert caught.value.code == "INVALID TOKEN ERROR"
            assert accounts.connections == 1
        assert elsewhere.connections == 0


def test_revoke_does_not_follow_a_redirect(tmp_path):
    with RawServer(_json_answer({"status": "success"})) as elsewhere:
        redirect = answer("307 Temporary Redirect", {"Location": elsewhere.url + "/revoke"})
        with RawServer(redirect) as accounts:
            store = FileStore(str(tmp_path / "tokens.csv"))
            stored = OAuthToken(client_id="1000.C", client_secret="s", refresh_token="1000.refresh.r",
                                access_token="a", find_user=False)
            stored.set_expires_in(str(int(time.time() * 1000) + 3600_000))
            store.save_token(stored)
            environment = DataCenter.Environment(accounts.url, accounts.url + "/oauth/v2/token", accounts.url)
            Initializer.initialize(environment, stored, store=store, resource_path=str(tmp_path))
            with pytest.raises(SDKAccountsException):
                stored.revoke(stored.get_id())
        assert elsewhere.connections == 0


# -- bounded answers ------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _bomb():
    return gzip_bomb(1 << 30)  # 1 GiB inflated, about 1 MB on the wire


BOMB_CHILD = textwrap.dedent("""
    import resource, sys, json
    resource.setrlimit(resource.RLIMIT_AS, (900 * 1024 * 1024, 900 * 1024 * 1024))
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
    from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
    from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations
    from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
    url, folder, limit = sys.argv[1], sys.argv[2], sys.argv[3]
    config = SDKConfig(read_timeout=10, **({} if limit == "default" else {"max_response_size": int(limit)}))
    Initializer.initialize(DataCenter.Environment(url, url, url), OAuthToken(access_token="a", find_user=False),
                           store=FileStore(folder + "/tokens.csv"), resource_path=folder, sdk_config=config)
    try:
        OrgOperations().get_organization()
        outcome = "returned"
    except SDKException as error:
        outcome = type(error).__name__ + ":" + str(error.code)
    except MemoryError:
        outcome = "MemoryError"
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so it would report the forking parent.
    with open("/proc/self/status") as status:
        peak_kib = int(next(line for line in status if line.startswith("VmHWM:")).split()[1])
    print(json.dumps({"outcome": outcome, "peak_mib": peak_kib // 1024}))
""")


def _run_child(url, folder, limit="default"):
    done = subprocess.run([sys.executable, "-c", BOMB_CHILD, url, str(folder), limit],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_gzip_bomb_is_refused_without_inflating_it(tmp_path):
    """In a child limited to 900 MiB of address space: before the fix the bomb was inflated whole."""
    bomb = answer("200 OK", {"Content-Type": "application/json", "Content-Encoding": "gzip"}, chunks=_bomb())
    with RawServer(bomb) as server:
        small = _run_child(server.url, tmp_path, str(16 * 1024 * 1024))
        default = _run_child(server.url, tmp_path)
    assert small["outcome"] == default["outcome"] == "SDKResponseException:RESPONSE ERROR"
    assert small["peak_mib"] < 150  # the memory follows the limit, not the 1 GiB the bomb inflates to
    assert default["peak_mib"] < 768  # the default 256 MiB limit


def test_body_over_the_configured_limit_is_refused(tmp_path):
    body = b'{"org": [' + b" " * (3 * 1024 * 1024) + b"]}"
    with RawServer(answer("200 OK", {"Content-Type": "application/json"}, body)) as server:
        _init(tmp_path, server.url, max_response_size=1024 * 1024)
        with pytest.raises(SDKResponseException) as caught:
            OrgOperations().get_organization()
    assert caught.value.code == "RESPONSE ERROR"
    assert caught.value.details["status"] == 200


def test_drip_server_is_cut_at_the_call_deadline(tmp_path):
    with RawServer(None) as server:  # behaviour set below: it needs the server's stop flag
        server._behaviour = drip(lambda: server.stopping)
        _init(tmp_path, server.url, read_timeout=2, connect_timeout=2, deadline=1.5, max_retries=0)
        started = time.monotonic()
        with pytest.raises(SDKTimeoutException) as caught:
            OrgOperations().get_organization()
        elapsed = time.monotonic() - started
    assert elapsed < 3.0
    assert "deadline" in caught.value.message


def test_deadline_covers_the_token_request(tmp_path):
    with RawServer(None) as accounts:
        accounts._behaviour = drip(lambda: accounts.stopping)
        token = OAuthToken(client_id="1000.C", client_secret="s", refresh_token="1000.r.r", find_user=False)
        started = time.monotonic()
        with pytest.raises(SDKTimeoutException):
            _init(tmp_path, accounts.url, accounts.url + "/oauth/v2/token", token, read_timeout=2, deadline=1.0)
    assert time.monotonic() - started < 2.5


def test_deadline_covers_retries_and_backoff(tmp_path):
    too_many = _json_answer(TOO_MANY, "429 Too Many Requests", {"Retry-After": "1"})
    with RawServer(too_many) as server:
        _init(tmp_path, server.url, deadline=1.5, max_retries=10, backoff_max=30)
        started = time.monotonic()
        response = OrgOperations().get_organization()
        elapsed = time.monotonic() - started
    assert response.get_status_code() == 429
    assert elapsed < 2.0
    assert server.connections == 2  # the third wait would have passed the deadline


@pytest.mark.parametrize("value", ["nan", "1e999", "-5", "soon"])
def test_unusable_retry_after_is_treated_as_absent(tmp_path, value):
    too_many = _json_answer(TOO_MANY, "429 Too Many Requests", {"Retry-After": value})
    with RawServer(too_many) as server:
        _init(tmp_path, server.url, max_retries=2, backoff_factor=0.01)
        started = time.monotonic()
        assert OrgOperations().get_organization().get_status_code() == 429
        assert time.monotonic() - started < 2.0
    assert server.connections == 3  # retried with the normal backoff


def test_retry_after_beyond_backoff_max_returns_the_429_at_once(tmp_path):
    too_many = _json_answer(TOO_MANY, "429 Too Many Requests", {"Retry-After": "100"})
    with RawServer(too_many) as server:
        _init(tmp_path, server.url, max_retries=3, backoff_max=5)
        started = time.monotonic()
        assert OrgOperations().get_organization().get_status_code() == 429
        assert time.monotonic() - started < 1.0
    assert server.connections == 1


def test_retry_after_reads_seconds_and_http_dates():
    assert transport.retry_after_seconds("2.5") == 2.5
    assert transport.retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: now
    future = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 20))
    assert 15 < transport.retry_after_seconds(future) <= 20
    for bad in ("nan", "inf", "1e999", "-1", "", "tomorrow", None):
        assert transport.retry_after_seconds(bad) is None
    assert transport.RetryPolicy(max_retries=3, backoff_factor=0.5, backoff_max=5).delay(0, "6") == math.inf


def test_deeply_nested_json_is_an_sdk_exception(tmp_path):
    body = b"[" * 100000 + b"]" * 100000
    with RawServer(answer("200 OK", {"Content-Type": "application/json"}, body)) as server:
        _init(tmp_path, server.url)
        with pytest.raises(SDKResponseException) as caught:
            OrgOperations().get_organization()
    assert caught.value.code == "RESPONSE ERROR"
    assert isinstance(caught.value.cause, RecursionError)


# -- typed exceptions -----------------------------------------------------------------------------

def test_silent_server_raises_a_timeout(tmp_path):
    with RawServer(None) as server:
        server._behaviour = silent(lambda: server.stopping)
        _init(tmp_path, server.url, read_timeout=0.5, connect_timeout=2, max_retries=0)
        with pytest.raises(SDKTimeoutException) as caught:
            OrgOperations().get_organization()
    assert isinstance(caught.value, SDKConnectionException)
    assert caught.value.code is None and "timed out" in caught.value.message


def test_refused_connection_raises_a_connection_exception(tmp_path):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    _init(tmp_path, "http://127.0.0.1:{}".format(port), max_retries=0)
    with pytest.raises(SDKConnectionException) as caught:
        OrgOperations().get_organization()
    assert not isinstance(caught.value, SDKTimeoutException)


def test_invalid_request_is_refused_before_sending(tmp_path):
    with RawServer(_json_answer(ORG_JSON)) as server:
        with pytest.raises(SDKRequestRefusedException):
            transport.send("GET", server.url + "/x", headers={"X-Bad": "a\r\nInjected: 1"})
    assert server.connections == 0


@pytest.mark.parametrize("kind", [SDKException, SDKConnectionException, SDKTimeoutException,
                                  SDKRequestRefusedException, SDKResponseException, SDKAccountsException])
def test_typed_exceptions_keep_their_fields_through_pickle(kind):
    cause = socket.timeout("read timed out")
    error = kind("RESPONSE ERROR", "The answer: ", {"status": 200}, cause)
    assert isinstance(error, SDKException)
    assert str(error) == "Caused By: RESPONSE ERROR - The answer: {\"status\": 200}read timed out"
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is kind
    assert (copy.code, copy.message, copy.details, str(copy)) == (error.code, error.message, error.details, str(error))
    assert str(copy.cause) == str(cause)


# -- downloads ------------------------------------------------------------------------------------

def _photo(tmp_path, server, **config):
    from zohocrmsdk.src.com.zoho.crm.api.record import RecordOperations
    _init(tmp_path, server.url, **config)
    return RecordOperations("Leads").get_photo(1).get_object().get_file()


@pytest.mark.parametrize("sent, expected", [('"../../evil.png"', "evil.png"), ('"/etc/cron.d/job"', "job"),
                                            ("\"..\\\\..\\\\win.png\"", "win.png"), ('".."', "")])
def test_a_downloaded_file_name_is_never_a_path(tmp_path, sent, expected):
    photo = answer("200 OK", {"Content-Type": "image/png", "Content-Disposition": "attachment; filename=" + sent},
                   b"\x89PNG")
    with RawServer(photo) as server:  # downloads are streamed: read the body while the server still serves it
        wrapper = _photo(tmp_path, server)
        assert b"".join(wrapper.get_stream()) == b"\x89PNG"
    assert wrapper.get_name() == expected


def test_downloads_are_streamed_past_the_json_limit_and_the_deadline(tmp_path):
    """A file is not buffered (nor refused by max_response_size); the deadline ends with its headers."""
    size = 3 * 1024 * 1024

    def slow_file(conn, request):
        conn.sendall("HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: {}\r\n"
                     "Content-Disposition: attachment; filename=\"a.zip\"\r\n\r\n".format(size).encode())
        for _ in range(6):
            time.sleep(0.25)
            conn.sendall(b"z" * (size // 6))

    with RawServer(slow_file) as server:
        wrapper = _photo(tmp_path, server, max_response_size=1024 * 1024, deadline=1.0)
        stream = wrapper.get_stream()
        assert stream._content_consumed is False  # nothing buffered by the SDK
        received = sum(len(chunk) for chunk in stream.iter_content(65536))
    assert received == size


# -- what is never wrapped ------------------------------------------------------------------------

@pytest.mark.parametrize("kind", [KeyboardInterrupt, SystemExit, MemoryError])
def test_interrupts_and_memory_errors_are_never_wrapped(tmp_path, kind):
    class Failing(FileStore):
        def find_token(self, token):
            raise kind()

    with RawServer(_json_answer(ORG_JSON)) as server:
        environment = DataCenter.Environment(server.url, server.url, server.url)
        token = OAuthToken(client_id="1000.C", client_secret="s", refresh_token="1000.r.r", find_user=False)
        store = Failing(str(tmp_path / "tokens.csv"))
        with pytest.raises(kind):
            Initializer.initialize(environment, token, store=store, resource_path=str(tmp_path))
        Initializer.initialize(environment, OAuthToken(access_token="1000.a.a", find_user=False),
                               store=FileStore(str(tmp_path / "other.csv")), resource_path=str(tmp_path))
        Initializer.get_initializer().store = store  # the next call's token lookup fails
        Initializer.get_initializer().token = token
        with pytest.raises(kind):
            OrgOperations().get_organization()
