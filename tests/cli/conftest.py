"""One emulator for the command-line tests: 5,000 leads, a controllable clock, real sockets.

Every command runs as the installed ``zoho-crm`` console script in a subprocess, as a user runs it.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import requests

from zohocrmsdk.emulator.testing import Emulator

LEADS = 5000
CLIENT = ("1000.CLITEST", "cli-secret", "https://example.com/cb")
SOURCES = ("Partner", "Web Research", "Cold Call")


def lead(i: int) -> Dict[str, Any]:
    # values that CSV must quote and escape, numbers, booleans, a picklist, unicode
    return {"Last_Name": f"Nöel {i}", "First_Name": f"F{i}", "Company": f"Co, {i % 37}",
            "Lead_Source": SOURCES[i % 3], "No_of_Employees": i, "Annual_Revenue": i * 1.5,
            "Email_Opt_Out": i % 2 == 0, "Description": f'says "hi"\nline two {i}'}


class Clock:
    """The emulator's clock: real time plus an offset a test may move forward."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


@pytest.fixture(scope="session")
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def emu(clock: Clock) -> Iterator[Emulator]:
    with Emulator.running(job_delay=0.05, clock=clock) as emulator:
        token = emulator.mint_tokens()["access_token"]
        session = requests.Session()
        session.headers["Authorization"] = "Zoho-oauthtoken " + token
        for start in range(0, LEADS, 100):  # bulk inserts of 100 per call, as the API allows
            answer = session.post(emulator.base_url + "/crm/v6/Leads",
                                  json={"data": [lead(i) for i in range(start, start + 100)]}, timeout=30)
            assert answer.status_code == 201, answer.text[:500]
        yield emulator


@pytest.fixture(autouse=True)
def _no_faults_left(request: Any) -> Iterator[None]:
    yield
    if "emu" in request.fixturenames:
        request.getfixturevalue("emu").clear_faults()
        request.getfixturevalue("clock").offset = 0.0


def script() -> str:
    path = Path(sys.executable).with_name("zoho-crm")
    assert path.exists(), f"the zoho-crm console script is not installed next to {sys.executable}: pip install -e ."
    return str(path)


def run(*args: str, cwd: Any, env: Dict[str, str] = None, timeout: float = 120) -> subprocess.CompletedProcess:
    environ = dict(os.environ, TZ="UTC")
    for name in ("ZOHO_DC", "ZOHO_ENV", "ZOHO_TOKEN_FILE", "ZOHO_DB", "ZOHO_USER", "ZOHO_EMULATOR_URL"):
        environ.pop(name, None)
    environ.update(env or {})
    return subprocess.run([script(), *args], cwd=str(cwd), env=environ, capture_output=True, text=True,
                          timeout=timeout)


def start(*args: str, cwd: Any) -> subprocess.Popen:
    environ = dict(os.environ, TZ="UTC")
    return subprocess.Popen([script(), *args], cwd=str(cwd), env=environ, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def error_line(done: subprocess.CompletedProcess) -> str:
    """The one line a failing command prints: the last of stderr, after any progress lines."""
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower() or "Traceback" in line]
    assert errors == lines[-1:], done.stderr
    assert lines[-1].startswith("zoho-crm: error: "), lines[-1]
    return lines[-1]


def grant(emu: Emulator) -> str:
    return emu.grant_code(*CLIENT)


@pytest.fixture(scope="session")
def token_dir(emu: Emulator, tmp_path_factory: Any) -> Path:
    """A folder whose sdk_tokens.txt holds a token made by `zoho-crm auth exchange`."""
    folder = tmp_path_factory.mktemp("tokens")
    done = run("auth", "exchange", "--client-id", CLIENT[0], "--client-secret", CLIENT[1], "--code", grant(emu),
               "--redirect-url", CLIENT[2], "--emulator", emu.base_url, cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder


def emulator_leads(emu: Emulator) -> List[Dict[str, Any]]:
    """Every lead as the API returns it (all fields), read with plain requests: the oracle."""
    token = emu.mint_tokens()["access_token"]
    fields = requests.get(emu.base_url + "/crm/v6/settings/fields", params={"module": "Leads"},
                          headers={"Authorization": "Zoho-oauthtoken " + token}, timeout=30).json()["fields"]
    names = [f["api_name"] for f in fields]
    out, params = [], {"fields": ",".join(names), "per_page": 200}
    while True:
        page = requests.get(emu.base_url + "/crm/v6/Leads", params=params,
                            headers={"Authorization": "Zoho-oauthtoken " + token}, timeout=30)
        if page.status_code == 204:
            return out
        body = page.json()
        out.extend(body["data"])
        if not body["info"]["more_records"]:
            return out
        params = {"fields": params["fields"], "per_page": 200, "page_token": body["info"]["next_page_token"]}


def flat(value: Any) -> Any:
    """The documented row value of an API JSON value: lookups as their id, empty lists as null."""
    if isinstance(value, dict):
        return value.get("id")
    if isinstance(value, list):
        return [flat(v) for v in value] or None
    return value


def csv_cell(value: Any) -> str:
    value = flat(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


from tests.stores.conftest import database  # noqa: E402,F401  (scratch MariaDB database fixture)
