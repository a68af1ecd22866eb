"""The per-user field cache under ``<resource_path>/resources``: its file name, and what a failed
field-metadata request leaves behind. Against the emulator over real sockets; the official SDK, where
run, in its own venv against the same emulator."""
import base64
import json
import os

import pytest

from tests.official_venv import run_official
from zohocrmsdk.emulator.testing import Emulator
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.record import GetRecordsParam, RecordOperations
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature
from zohocrmsdk.src.com.zoho.crm.api.util.module_fields_handler import ModuleFieldsHandler

# The same steps under the official SDK: initialise a named user, list Leads, print the outcome and
# the files under resource_path.
OFFICIAL_LIST_LEADS = r'''
import json, os, sys
from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import GetRecordsParam, RecordOperations
base, refresh, work, user = sys.argv[1:5]
Initializer.initialize(DataCenter.Environment(base, base + "/oauth/v2/token", base),
                       OAuthToken(client_id="cid", client_secret="csec", refresh_token=refresh,
                                  user_signature=UserSignature(user)),
                       store=FileStore(os.path.join(work, "tokens.txt")), resource_path=work)
params = ParameterMap()
params.add(GetRecordsParam.fields, "Last_Name")
try:
    outcome = "status %s" % RecordOperations("Leads").get_records(params).get_status_code()
except Exception as error:
    outcome = "raised %s" % error
print(json.dumps({"outcome": outcome, "files": sorted(os.listdir(os.path.join(work, "resources")))}))
'''


@pytest.fixture
def emu():
    with Emulator.running(seed=True) as running:
        yield running


def _initialize(emu, tmp_path, user):
    minted = emu.mint_tokens("cid", "csec")
    Initializer.initialize(emu.environment(), OAuthToken(client_id="cid", client_secret="csec",
                                                         refresh_token=minted["refresh_token"],
                                                         user_signature=UserSignature(user)),
                           store=FileStore(str(tmp_path / "tokens.txt")), resource_path=str(tmp_path))
    return minted


def _list_leads():
    params = ParameterMap()
    params.add(GetRecordsParam.fields, "Last_Name")
    return RecordOperations("Leads").get_records(params)


def _user_whose_name_has_a_slash(base_url):
    """A user name (Cyrillic, as Zoho allows) whose standard base64 cache name contains "/": the
    byte 0xBF of "п" lands on the last sextet of a base64 group for one of three alignments."""
    for dots in range(3):
        user = "\u043f\u0451\u0442\u0440" + "." * dots + "x@x.com:808232144"
        if "/" in base64.b64encode((base_url + user).encode("utf-8")).decode("ascii"):
            return user
    raise AssertionError("no alignment gives a slash")  # pragma: no cover - arithmetic


def _cache_files(tmp_path):
    folder = tmp_path / "resources"
    return sorted(os.listdir(folder)) if folder.is_dir() else []


def test_a_cache_name_with_a_slash_uses_url_safe_base64(emu, tmp_path):
    user = _user_whose_name_has_a_slash(emu.base_url)
    _initialize(emu, tmp_path, user)
    assert _list_leads().get_status_code() == 200
    raw = (emu.base_url + user).encode("utf-8")
    expected = base64.urlsafe_b64encode(raw).decode("ascii") + ".json"
    assert "/" not in expected and expected != base64.b64encode(raw).decode("ascii") + ".json"
    assert _cache_files(tmp_path) == [expected]  # a file, not a missing sub-directory
    with open(tmp_path / "resources" / expected, encoding="utf-8") as handle:
        assert "Last_Name" in json.load(handle)["leads"]


def test_a_cache_name_without_a_slash_is_the_official_name(emu, tmp_path):
    user = "patricia.boyle@zylker.com:808232144"
    raw = (emu.base_url + user).encode("utf-8")
    if "/" in base64.b64encode(raw).decode("ascii"):  # pragma: no cover - depends on the port
        user = "p" + user
        raw = (emu.base_url + user).encode("utf-8")
    _initialize(emu, tmp_path, user)
    assert _list_leads().get_status_code() == 200
    assert _cache_files(tmp_path) == [base64.b64encode(raw).decode("ascii") + ".json"]


def test_official_fails_when_the_cache_name_has_a_slash(emu, tmp_path, official_interpreter):
    user = _user_whose_name_has_a_slash(emu.base_url)
    minted = emu.mint_tokens("cid", "csec")
    seen = json.loads(run_official(official_interpreter, OFFICIAL_LIST_LEADS, emu.base_url,
                                   minted["refresh_token"], str(tmp_path), user))
    assert seen["outcome"].startswith("raised") and "No such file or directory" in seen["outcome"]
    assert seen["files"] == []


def test_a_field_metadata_error_is_raised_with_zohos_code_and_nothing_is_cached(emu, tmp_path):
    _initialize(emu, tmp_path, "patricia.boyle@zylker.com:808232144")
    emu.add_fault("500", path="/crm/v6/settings/fields*")
    for call in (_list_leads, lambda: ModuleFieldsHandler.refresh_fields("Leads")):
        with pytest.raises(SDKException) as caught:
            call()
        assert caught.value.code == "API_EXCEPTION"
        assert caught.value.details == {"code": "INTERNAL_ERROR", "status": "error",
                                        "message": "Internal Server Error"}
        assert caught.value.message == "Internal Server Error"
        for name in _cache_files(tmp_path):  # no entry for the module, so the next call asks again
            with open(tmp_path / "resources" / name, encoding="utf-8") as handle:
                assert "leads" not in json.load(handle)
    emu.clear_faults()
    assert _list_leads().get_status_code() == 200


def test_official_hides_a_field_metadata_error(emu, tmp_path, official_interpreter):
    minted = emu.mint_tokens("cid", "csec")
    emu.add_fault("500", path="/crm/v6/settings/fields*")
    seen = json.loads(run_official(official_interpreter, OFFICIAL_LIST_LEADS, emu.base_url,
                                   minted["refresh_token"], str(tmp_path), "patricia.boyle@zylker.com:808232144"))
    assert seen["outcome"].startswith("raised") and "No active exception to reraise" in seen["outcome"]
    assert "INTERNAL_ERROR" not in seen["outcome"]
