"""Official behaviour of the small runtime classes, and the deliberate deviations of docs/deviations.md."""
import datetime as dt
import json

import pytest

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.crm.api import Header, HeaderMap, Param, ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.dc import CADataCenter, DataCenter, EUDataCenter, USDataCenter
from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.record import (DeletedRecord, GetRecordsHeader, GetRecordsParam, Record,
                                                     RecordOperations)
from zohocrmsdk.src.com.zoho.crm.api.request_proxy import RequestProxy
from zohocrmsdk.src.com.zoho.crm.api.util import Choice, codec
from zohocrmsdk.src.com.zoho.crm.api.util.datatype_converter import LOCAL_ZONE


def test_sdk_exception_format():
    error = SDKException("CODE", "msg ", {"a": 1}, ValueError("why"))
    assert str(error) == 'Caused By: CODE - msg {"a": 1}why'
    assert error.args == ("CODE", "msg ")
    assert error.message == "msg "  # 16.25: the real message, not the template
    assert str(SDKException(message="x")) == "Caused By: None - x"


def test_params_are_typed_formatted_and_joined():
    params = ParameterMap()
    params.add(GetRecordsParam.fields, "Last_Name")
    params.add(GetRecordsParam.fields, "Company")
    params.add(GetRecordsParam.per_page, 2)
    params.add(GetRecordsParam.startdatetime, dt.datetime(2020, 1, 2, 3, 4, 5, 999, tzinfo=dt.timezone.utc))
    assert params.request_parameters["fields"] == "Last_Name,Company"
    assert params.request_parameters["per_page"] == "2"
    expected = dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc).astimezone(LOCAL_ZONE).isoformat()
    assert params.request_parameters["startDateTime"] == expected
    with pytest.raises(SDKException) as caught:
        params.add(GetRecordsParam.per_page, "2")
    assert caught.value.code == "TYPE ERROR"
    assert caught.value.details == {"PARAMETER": "per_page", "class": "zohocrmsdk.src.com.zoho.crm.api.record.GetRecordsParam",
                                    "accepted_type": "int"}
    with pytest.raises(SDKException) as caught:
        params.add(None, 1)
    assert (caught.value.code, caught.value.message) == ("NONE PARAMETER ERROR", "Param Instance MUST NOT be None")
    with pytest.raises(SDKException) as caught:
        HeaderMap().add(GetRecordsHeader.if_modified_since, None)
    assert caught.value.code == "NONE HEADER ERROR"


def test_untyped_params_are_sent_by_value_and_booleans_lowercase():
    params = ParameterMap()
    params.add(Param("approved"), True)      # 16.1: the official SDK sends "None"; 16.9: true, not True
    params.add(Param("page"), 3)
    assert params.request_parameters == {"approved": "true", "page": "3"}


def test_data_centers_and_lookup():
    env = EUDataCenter.SANDBOX()
    assert (env.url, env.accounts_url, env.file_upload_url) == (
        "https://sandbox.zohoapis.eu", "https://accounts.zoho.eu/oauth/v2/token", "https://content.zohoapis.eu")
    assert DataCenter.get("https://developer.zohoapis.com").url == "https://developer.zohoapis.com"
    assert DataCenter.get("ca").url == CADataCenter.PRODUCTION().url      # 16.29
    assert DataCenter.get("US").url == USDataCenter.PRODUCTION().url      # 16.29
    assert DataCenter.get("nowhere") is None


def test_proxy_getters_work_and_credentials_only_with_a_user():
    proxy = RequestProxy("proxy.local", 3128)
    assert (proxy.get_host(), proxy.get_port(), proxy.get_user()) == ("proxy.local", 3128, None)
    assert proxy.proxies() == {"http": "http://proxy.local:3128", "https": "http://proxy.local:3128"}
    with pytest.raises(SDKException):
        RequestProxy(None, 1)


def test_setters_check_types_like_the_official_sdk():
    record = DeletedRecord()
    with pytest.raises(SDKException) as caught:
        record.set_id("1")
    assert str(caught.value) == "Caused By: DATA TYPE ERROR - KEY: id EXPECTED TYPE: int"
    record.set_id(5)
    assert record.is_key_modified("id") == 1 and record.get_id() == 5
    with pytest.raises(SDKException):
        RecordOperations(5)


def test_initialize_validates_before_touching_globals(tmp_path):
    before = Initializer.initializer
    with pytest.raises(SDKException) as caught:
        Initializer.initialize("not an environment", OAuthToken(access_token="x"), resource_path=str(tmp_path))
    assert caught.value.code == "INITIALIZATION ERROR"   # 16.27
    assert Initializer.initializer is before
    with pytest.raises(SDKException) as caught:
        Initializer.initialize(USDataCenter.PRODUCTION(), "token")
    assert caught.value.details == {"field": "token", "expected-type": "zohocrmsdk.src.com.zoho.api.authenticator.token"}


def test_interface_scoring_picks_the_official_class():
    error = {"code": "SOMETHING_NEW", "details": {"x": 1}, "message": "m", "status": "error"}
    decoded = codec.decode(error, "record.ActionHandler")
    assert type(decoded).__name__ == "APIException"
    assert decoded.get_details() == {"x": 1}                # 16.23: unknown keys kept
    mixed = {"data": [{"code": "SUCCESS", "details": {"id": "1"}, "message": "ok", "status": "success"},
                      {"code": "INVALID_DATA", "details": {}, "message": "bad", "status": "error"}]}
    wrapper = codec.decode(mixed, "record.ActionHandler")
    assert [type(d).__name__ for d in wrapper.get_data()] == ["SuccessResponse", "APIException"]


def test_interface_match_memo_keeps_value_dependent_choices():
    # same keys and value classes, but the allowed values decide the class: the memo must not mix them
    ok = {"code": "SUCCESS", "details": {"id": "1"}, "message": "record added", "status": "success"}
    bad = {"code": "INVALID_DATA", "details": {"id": "1"}, "message": "record added", "status": "error"}
    odd = {"code": ["SUCCESS"], "details": {}, "message": "record added", "status": "success"}
    for _ in range(2):
        picked = [type(codec.decode(d, "record.ActionResponse")).__name__ for d in (ok, bad, ok, bad)]
        assert picked == ["SuccessResponse", "APIException", "SuccessResponse", "APIException"]
        assert type(codec.decode(odd, "record.ActionResponse")) is type(
            codec.decode(odd, "record.ActionResponse"))  # unhashable value: scored each time


def test_add_field_value_checks_like_add_key_value():
    from zohocrmsdk.src.com.zoho.crm.api.record import Field
    record = Record()
    record.add_field_value(Field.Leads.last_name(), "Doe")
    assert record.get_key_value("Last_Name") == "Doe" and record.is_key_modified("Last_Name") == 1
    with pytest.raises(SDKException):
        record.add_field_value("Last_Name", "Doe")
    with pytest.raises(SDKException):
        record.add_field_value(Field(5), "x")


def test_record_values_decode_and_unknown_types_pass_through():
    from zohocrmsdk.src.com.zoho.crm.api.util.field_cache import spec_to_field
    fields = {"Last_Name": spec_to_field("Last_Name", {"type": "String", "name": "Last_Name"}),
              "Seen": spec_to_field("Seen", {"type": "DateTime", "name": "Seen"}),
              "Status": spec_to_field("Status", {"type": "zohocrmsdk.src.com.zoho.crm.api.util.Choice",
                                                 "values": ["A"], "picklist": True, "name": "Status"}),
              "Rollup": spec_to_field("Rollup", {"type": "Object", "name": "Rollup"})}
    ctx = codec.Context("Leads", lambda module: fields)
    record = codec.decode({"Last_Name": "Doe", "Seen": "2021-03-04T05:06:07+05:30", "Status": "A",
                           "Rollup": {"sum": 3}, "$approved": True, "id": "12"}, "record.Record", ctx)
    values = record.get_key_values()
    assert values["Seen"] == dt.datetime(2021, 3, 3, 23, 36, 7, tzinfo=dt.timezone.utc)
    assert values["Seen"].tzinfo == LOCAL_ZONE
    assert isinstance(values["Status"], Choice) and values["Status"].get_value() == "A"
    assert values["Rollup"] == {"sum": 3} and values["$approved"] is True and record.get_id() == 12
    out = Record()
    out.add_key_value("Last_Name", "Doe")
    out.add_key_value("Rollup", {"sum": 4})       # 16.13: an unknown type never breaks a write
    out.add_key_value("Amount", __import__("decimal").Decimal("12.50"))  # 16.21
    encoded = codec.Encoder(ctx).encode(out)
    assert json.dumps(encoded) == '{"Last_Name": "Doe", "Rollup": {"sum": 4}, "Amount": 12.5}'
    bad = Record()
    bad.add_key_value("Status", Choice("Nope"))
    with pytest.raises(SDKException) as caught:
        codec.Encoder(ctx).encode(bad)
    assert caught.value.code == "UNACCEPTED VALUES ERROR"
