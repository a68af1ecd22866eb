"""Property-based tests (hypothesis, derandomised, bounded): arbitrary JSON through the response
decoders, arbitrary values through ParameterMap/HeaderMap, arbitrary text through FileStore."""
from __future__ import annotations

import datetime as dt
import json
import os
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap, ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.param import Param
from zohocrmsdk.src.com.zoho.crm.api.record import GetRecordsHeader, GetRecordsParam
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature
from zohocrmsdk.src.com.zoho.crm.api.util import Choice, codec
from zohocrmsdk.src.com.zoho.crm.api.util.model import resolve

BOUNDED = settings(derandomize=True, max_examples=150, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow])
SMALL = settings(derandomize=True, max_examples=60, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow])

HANDLERS = ["record.ResponseHandler", "record.ActionHandler", "org.ResponseHandler", "users.ResponseHandler",
            "tags.ActionHandler"]

# Keys the handlers look for, so that many examples get past interface selection into the models.
VOCABULARY = ["data", "info", "status", "code", "message", "details", "org", "users", "tags", "id", "name",
              "per_page", "count", "page", "more_records", "next_page_token", "Created_Time", "Modified_Time",
              "Owner", "Last_Name", "$approved", "$state", "email", "role", "profile", "created_time",
              "currency", "license_details", "time_zone", "type", "color_code", "created_by", "Tag",
              "Email", "Currency", "Layout", "$field_states", "Product_Details", "Participants", "Subform"]
scalars = (st.none() | st.booleans() | st.integers(min_value=-2 ** 70, max_value=2 ** 70)
           | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20)
           | st.sampled_from(["success", "error", "SUCCESS", "INVALID_DATA", "2024-02-29T10:00:00+05:30",
                              "2024-02-30", "not a date", "", "123456789012345678", "true", "-1"]))
keys = st.sampled_from(VOCABULARY) | st.text(max_size=12)
json_values = st.recursive(scalars, lambda children: st.lists(children, max_size=4)
                           | st.dictionaries(keys, children, max_size=6), max_leaves=40)
envelopes = st.dictionaries(keys, json_values, max_size=6) | st.fixed_dictionaries(
    {}, optional={k: json_values for k in ("data", "info", "status", "code", "message", "details", "org",
                                            "users", "tags")})


@pytest.mark.parametrize("handler", HANDLERS)
def test_arbitrary_json_decodes_or_raises_sdk_exception(handler):
    candidates = {resolve(ref) for ref in resolve("zohocrmsdk.src.com.zoho.crm.api." + handler)._classes_}
    tried = []

    @BOUNDED
    @given(json_values | envelopes)
    def check(data):
        # What the SDK would receive over the wire: JSON text parsed back.
        data = json.loads(json.dumps(data))
        tried.append(1)
        try:
            decoded = codec.decode(data, handler)
        except SDKException:
            return
        assert type(decoded) in candidates
        repr(decoded)

    check()
    assert len(tried) == BOUNDED.max_examples


# -- ParameterMap and HeaderMap -----------------------------------------------------------------
timezones = st.sampled_from([None, dt.timezone.utc, dt.timezone(dt.timedelta(hours=5, minutes=30)),
                             dt.timezone(dt.timedelta(hours=-14))])
values = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | st.dates()
          | st.datetimes(timezones=timezones) | st.lists(st.integers() | st.text(max_size=5), max_size=3)
          | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)
          | st.builds(Choice, st.text(max_size=10) | st.integers()) | st.binary(max_size=5))
PARAMS = [getattr(GetRecordsParam, name) for name in dir(GetRecordsParam) if not name.startswith("_")]
HEADERS = [getattr(GetRecordsHeader, name) for name in dir(GetRecordsHeader) if not name.startswith("_")]


@BOUNDED
@given(st.sampled_from(PARAMS + [Param("free_form"), Param("free_form", None)]), values, values)
def test_parameter_map_takes_or_rejects_any_value(param, first, second):
    params = ParameterMap()
    stored = []
    for value in (first, second):
        try:
            params.add(param, value)
        except SDKException:
            continue
        stored.append(value)
    if not stored:
        assert param.name not in params.request_parameters
        return
    text = params.request_parameters[param.name]
    assert isinstance(text, str)
    if all(isinstance(v, str) for v in stored):
        assert text == ",".join(stored)  # strings are kept verbatim, commas and all


@BOUNDED
@given(st.sampled_from(HEADERS), values)
def test_header_map_takes_or_rejects_any_value(header, value):
    headers = HeaderMap()
    try:
        headers.add(header, value)
    except SDKException:
        assert header.name not in headers.request_headers
        return
    text = headers.request_headers[header.name]
    assert isinstance(text, str)
    if isinstance(value, str):
        assert text == value
    if isinstance(value, dt.datetime):
        # Sent as ISO-8601 with an offset, to the second.
        parsed = dt.datetime.fromisoformat(text)
        assert parsed.utcoffset() is not None


# -- FileStore round trip -----------------------------------------------------------------------
awkward = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40) | st.sampled_from(
    ['a,b', '"quoted"', 'line\nbreak', 'cr\rlf\r\n', ',"\n,', ' leading space', 'id', 'x' * 300, '\\', "'"])


@SMALL
@given(st.lists(st.tuples(awkward, awkward, awkward, awkward, awkward, awkward), min_size=1, max_size=3))
def test_file_store_round_trips_any_text(rows):
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "tokens.txt")
        store = FileStore(path)
        saved = []
        for index, (user, client_id, secret, refresh, access, domain) in enumerate(rows):
            token = OAuthToken(client_id=client_id, client_secret=secret, refresh_token=refresh)
            token.set_user_signature(UserSignature(user + "#" + str(index)))  # distinct users, distinct rows
            token.set_access_token(access)
            token.set_expires_in(str(1_700_000_000_000 + index))
            token.set_api_domain(domain)
            token.set_redirect_url(domain)
            store.save_token(token)
            saved.append(token)
        reopened = FileStore(path)
        tokens = reopened.get_tokens()
        assert len(tokens) == len(saved)
        for original, loaded in zip(saved, tokens):
            assert loaded.get_id() == original.get_id()
            assert loaded.get_user_signature().get_name() == original.get_user_signature().get_name()
            for getter in ("get_client_id", "get_client_secret", "get_refresh_token", "get_access_token",
                           "get_expires_in", "get_api_domain", "get_redirect_url"):
                assert getattr(loaded, getter)() == getattr(original, getter)(), getter
            again = reopened.find_token_by_id(original.get_id())
            assert again.get_refresh_token() == original.get_refresh_token()
        with open(path, "rb") as handle:
            assert handle.read().split(b"\r\n", 1)[0] == (b"id,user_name,client_id,client_secret,refresh_token,"
                                                          b"access_token,grant_token,expiry_time,redirect_uri,"
                                                          b"api_domain")
