"""``Logger`` with a file path, across repeated ``initialize`` calls: each line is written once, and a
logged failure (a user lookup Zoho answers with an error) prints nothing to stderr
(docs/deviations.md#logger-handler-replaced). The official SDK, run in its own venv against the same
emulator, writes every line once per ``initialize`` so far and prints logging tracebacks."""
import json

import pytest

from tests.official_venv import run_official
from zohocrmsdk.emulator.testing import Emulator
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.api.logger import Logger
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations

OFFICIAL_TWO_INITIALIZES = r'''
import io, json, os, sys
from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.api.logger import Logger
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
base, work = sys.argv[1], sys.argv[2]
stderr, sys.stderr = sys.stderr, io.StringIO()
for n, refresh in enumerate(sys.argv[3:5]):
    Initializer.initialize(DataCenter.Environment(base, base + "/oauth/v2/token", base),
                           OAuthToken(client_id="cid", client_secret="csec", refresh_token=refresh),
                           store=FileStore(os.path.join(work, "tokens%d.txt" % n)), resource_path=work,
                           logger=Logger.get_instance(Logger.Levels.INFO, os.path.join(work, "sdk.log")))
captured, sys.stderr = sys.stderr.getvalue(), stderr
print(json.dumps({"log": open(os.path.join(work, "sdk.log")).read(), "stderr": captured}))
'''


@pytest.fixture
def emu():
    with Emulator.running() as running:
        yield running


@pytest.fixture
def no_log_file_afterwards():
    yield
    from zohocrmsdk.src.com.zoho.api.logger.logger import SDKLogger
    SDKLogger.initialize(Logger.get_instance(Logger.Levels.NOTSET))  # closes the test's file handler


def _count(text, fragment):
    return sum(fragment in line for line in text.splitlines())


def test_each_initialize_replaces_the_log_file_handler(emu, tmp_path, capsys, no_log_file_afterwards):
    emu.add_fault("500", path="/crm/v6/users*")  # every user lookup fails, and is logged
    log = tmp_path / "sdk.log"
    for n in range(2):
        minted = emu.mint_tokens("cid", "csec")
        Initializer.initialize(emu.environment(), OAuthToken(client_id="cid", client_secret="csec",
                                                             refresh_token=minted["refresh_token"]),
                               store=FileStore(str(tmp_path / "tokens{}.txt".format(n))), resource_path=str(tmp_path),
                               logger=Logger.get_instance(Logger.Levels.INFO, str(log)))
    emu.clear_faults()
    assert OrgOperations().get_organization().get_status_code() == 200
    text = log.read_text()
    assert _count(text, "Initialization successful") == 2  # once per initialize, not 1 + 2
    assert _count(text, "current user") == 2
    assert "Logging error" not in capsys.readouterr().err


def test_official_duplicates_lines_and_prints_logging_tracebacks(emu, tmp_path, official_interpreter):
    emu.add_fault("500", path="/crm/v6/users*")
    refreshes = [emu.mint_tokens("cid", "csec")["refresh_token"] for _ in range(2)]
    seen = json.loads(run_official(official_interpreter, OFFICIAL_TWO_INITIALIZES, emu.base_url, str(tmp_path),
                                   *refreshes))
    assert _count(seen["log"], "Initialization successful") == 3
    assert "--- Logging error ---" in seen["stderr"]
