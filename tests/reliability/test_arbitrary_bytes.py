"""Property tests (hypothesis, derandomised, bounded) over real sockets: arbitrary bytes as API
answers, Zoho Accounts answers and token files end in a result or an SDKException, nothing else."""
from __future__ import annotations

import gzip
import json
import os
import tempfile
import zlib

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.reliability.hostile import RawServer
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations
from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature
from zohocrmsdk.src.com.zoho.crm.api.util.api_response import APIResponse

BOUNDED = settings(derandomize=True, max_examples=80, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

STATUSES = [200, 201, 204, 304, 400, 401, 404, 429, 500, 503, 307]
CONTENT_TYPES = [None, "application/json", "application/json; charset=utf-8", "text/plain", "text/html",
                 "application/xml", "image/png", "application/octet-stream", "application/zip", "weird/type", ""]
ENCODINGS = [None, "gzip", "deflate", "br", "nonsense"]

json_texts = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                              st.sampled_from(["org", "data", "code", "status", "message", "details",
                                               "access_token", "expires_in", "refresh_token", "api_domain",
                                               "error", "expires_in_sec"]) | st.text(max_size=6),
                              inner, max_size=5), max_leaves=20).map(lambda v: json.dumps(v).encode())
bodies = (st.binary(max_size=600) | json_texts
          | st.integers(min_value=1, max_value=3000).map(lambda n: b"[" * n + b"]" * n)
          | st.sampled_from([b"", b"{", b"\xff\xfe{\x00}", b'{"org": [null]}', b"\xef\xbb\xbf{}"]))
retry_after = st.none() | st.sampled_from(["nan", "1e999", "-1", "0", "inf", "Wed, 21 Oct 2015 07:28:00 GMT"]) | \
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=12)


class _Answers(object):
    """One server for every example; each example sets what it answers."""

    def __init__(self) -> None:
        self.current = b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n"
        self.server = RawServer(lambda conn, request: conn.sendall(self.current))

    def set(self, status, content_type, encoding, body, retry_after_value=None):
        if encoding == "gzip":
            body = gzip.compress(body)
        elif encoding == "deflate":
            body = zlib.compress(body)
        headers = ["HTTP/1.1 {} X".format(status), "Connection: close", "Content-Length: {}".format(len(body))]
        if content_type is not None:
            headers.append("Content-Type: " + content_type)
        if encoding is not None:
            headers.append("Content-Encoding: " + encoding)
        if content_type in ("image/png", "application/zip", "application/octet-stream"):
            headers.append('Content-Disposition: attachment; filename="../f.bin"')
        if retry_after_value is not None:
            headers.append("Retry-After: " + retry_after_value)
        if status == 307:
            headers.append("Location: http://elsewhere.invalid/x")
        self.current = ("\r\n".join(headers) + "\r\n\r\n").encode("latin-1") + body


@pytest.fixture(scope="module")
def answers():
    running = _Answers()
    yield running
    running.server.close()


def _config():
    return SDKConfig(read_timeout=5, connect_timeout=5, max_retries=1, backoff_factor=0.001, backoff_max=0.05,
                     max_response_size=64 * 1024)


@BOUNDED
@given(status=st.sampled_from(STATUSES), content_type=st.sampled_from(CONTENT_TYPES),
       encoding=st.sampled_from(ENCODINGS), body=bodies, wait=retry_after)
def test_arbitrary_api_answers_give_a_response_or_an_sdk_exception(answers, tmp_path, status, content_type,
                                                                    encoding, body, wait):
    answers.set(status, content_type, encoding, body, wait)
    url = answers.server.url
    Initializer.initialize(DataCenter.Environment(url, url, url), OAuthToken(access_token="1000.prop.access",
                                                                             find_user=False),
                           store=FileStore(str(tmp_path / "tokens.csv")), resource_path=str(tmp_path),
                           sdk_config=_config())
    try:
        assert isinstance(OrgOperations().get_organization(), APIResponse)
    except SDKException:
        pass


@BOUNDED
@given(status=st.sampled_from(STATUSES), content_type=st.sampled_from(CONTENT_TYPES),
       encoding=st.sampled_from(ENCODINGS), body=bodies)
def test_arbitrary_accounts_answers_save_a_token_or_raise_an_sdk_exception(answers, tmp_path, status,
                                                                            content_type, encoding, body):
    answers.set(status, content_type, encoding, body)
    url = answers.server.url
    path = str(tmp_path / "accounts-tokens.csv")
    if os.path.exists(path):
        os.remove(path)
    token = OAuthToken(client_id="1000.C", client_secret="prop-secret", refresh_token="1000.prop.refresh",
                       find_user=False)
    try:
        Initializer.initialize(DataCenter.Environment(url, url + "/oauth/v2/token", url), token,
                               store=FileStore(path), resource_path=str(tmp_path), sdk_config=_config())
    except SDKException:
        assert [t.get_access_token() for t in FileStore(path).get_tokens()] == []  # nothing half-saved
        return
    saved = FileStore(path).get_tokens()
    assert len(saved) == 1 and isinstance(saved[0].get_access_token(), str) and saved[0].get_access_token()


@BOUNDED
@given(content=st.binary(max_size=800) | st.lists(st.sampled_from([
    b"id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_uri,"
    b"api_domain", b"1,a@x.com,c,s,r,a,,1,,", b'2,"b,c,s,r,a,,1,,', b"   ", b"", b"\xef\xbb\xbfid,user_name",
    b'3,"multi\nline",c,s,r,a,,1,,', b"x" * 300, b"\x00\x01", b"4,d@x.com,c,s,r,a,,1"]), max_size=8).map(
    lambda lines: b"\r\n".join(lines)))
def test_arbitrary_token_files_are_read_or_refused_and_nothing_is_lost(content):
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "tokens.csv")
    with open(path, "wb") as handle:
        handle.write(content)
    try:
        store = FileStore(path)
        before = [(t.get_id(), t.get_access_token()) for t in store.get_tokens()]
        token = OAuthToken(client_id="c", client_secret="s", refresh_token="1000.new.refresh", find_user=False)
        token.set_access_token("1000.new.access")
        token.set_user_signature(UserSignature("new@x.com"))
        store.save_token(token)
    except SDKException:
        return
    after = [(t.get_id(), t.get_access_token()) for t in FileStore(path).get_tokens()]
    assert after == before + [(token.get_id(), "1000.new.access")]
