"""The SDK's loggers carry a NullHandler: with no logging configured, a retry warning prints nothing
(docs/deviations.md#silent-unless-logging-is-configured); an app that configures logging still sees it."""
import subprocess
import sys

SCRIPT = """
import logging, sys
if sys.argv[1] == "configured":
    logging.basicConfig(level=logging.WARNING, format="%(name)s %(levelname)s %(message)s")
from zohocrmsdk.emulator.testing import Emulator
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.record import GetRecordsParam, RecordOperations

with Emulator.running() as emu:
    code = emu.grant_code("1000.LOG", "secret", "https://r")
    Initializer.initialize(emu.environment(), OAuthToken(client_id="1000.LOG", client_secret="secret",
                           grant_token=code, redirect_url="https://r"), store=FileStore(sys.argv[2]),
                           sdk_config=SDKConfig(backoff_factor=0.01), resource_path=sys.argv[3])
    emu.add_fault("429", path="/crm/v6/Leads*", count=1, retry_after=0)
    params = ParameterMap()
    params.add(GetRecordsParam.fields, "Last_Name")
    print(RecordOperations("Leads").get_records(params).get_status_code(), emu.stats()["by_status"])
"""


def run(mode, tmp_path):
    return subprocess.run([sys.executable, "-c", SCRIPT, mode, str(tmp_path / "tokens.txt"), str(tmp_path)],
                          capture_output=True, text=True, timeout=120)


def test_retry_warning_is_silent_without_logging_configuration(tmp_path):
    done = run("bare", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[0] == "204" and "429" in done.stdout  # a 429, retried, then answered
    assert done.stderr == ""


def test_retry_warning_reaches_an_app_that_configures_logging(tmp_path):
    done = run("configured", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "SDKLogger WARNING" in done.stderr and "answered 429; retry 1" in done.stderr
