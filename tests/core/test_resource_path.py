"""resource_path: initialize keeps the official check (an existing directory); one that cannot be written
is reported at the first field-cache write as an SDKException naming the folder and the system's reason."""
import os
import subprocess
import sys
import tempfile

import pytest

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer

# Runs as nobody when started as root (root writes anywhere), after a first round of calls has imported
# everything the SDK needs (nobody may not be able to read the interpreter's own library).
SCRIPT = """
import os, sys, tempfile
from zohocrmsdk.emulator.testing import Emulator
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.record import BodyWrapper, Field, Record, RecordOperations

def create():
    record = Record()
    record.add_field_value(Field.Leads.last_name(), "Lovelace")
    body = BodyWrapper()
    body.set_data([record])
    try:
        print("STATUS", RecordOperations("Leads").create_records(body).get_status_code())
    except SDKException as error:
        print("ERROR", type(error.cause).__name__, str(error))

with Emulator.running() as emu:
    def initialize(resource_path):
        code = emu.grant_code("1000.RP", "secret", "https://r")
        Initializer.initialize(emu.environment(), OAuthToken(client_id="1000.RP", client_secret="secret",
                               grant_token=code, redirect_url="https://r"),
                               store=FileStore(os.path.join(sys.argv[2], "tokens.txt")), resource_path=resource_path)
    initialize(sys.argv[2])
    create()
    initialize(sys.argv[1])
    if os.geteuid() == 0:
        os.setgid(65534); os.setuid(65534)
    create()
"""


def test_initialize_rejects_a_resource_path_that_is_not_a_directory(tmp_path):
    token = OAuthToken(access_token="1000.abc")
    environment = DataCenter.Environment("http://127.0.0.1:9", "http://127.0.0.1:9/oauth/v2/token", "http://127.0.0.1:9")
    with pytest.raises(SDKException) as caught:
        Initializer.initialize(environment, token, resource_path=str(tmp_path / "missing"))
    assert caught.value.message == "Resource Path MUST be a valid directory."


def test_unwritable_resource_path_is_reported_at_the_first_cache_write(tmp_path):
    locked = tempfile.mkdtemp(prefix="zsdk-resources-")  # outside pytest's private base directory
    os.chmod(locked, 0o555)
    try:
        done = subprocess.run([sys.executable, "-c", SCRIPT, locked, str(tmp_path)], capture_output=True, text=True,
                              timeout=120)
    finally:
        os.rmdir(locked)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert first == "STATUS 201"  # the same calls work with a writable resource_path
    folder = os.path.join(locked, "resources")
    assert second == ("ERROR PermissionError Caused By: RESOURCE_PATH_ERROR - Cannot write the field cache in {} "
                      "(check that resource_path {} is writable) : [Errno 13] Permission denied: '{}'".format(
                          folder, locked, folder))
