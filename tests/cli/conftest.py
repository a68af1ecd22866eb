"""One emulator for the command-line tests: 5,000 leads, a controllable clock, real sockets.

Every command runs as the installed ``zoho-crm`` console script in a subprocess, as a user runs it.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests

from tests.cli.cli_helpers import CLIENT, LEADS, grant, lead, run
from tests.stores.conftest import database  # noqa: F401  (a scratch MariaDB database)
from zohocrmsdk.emulator.testing import Emulator


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


@pytest.fixture(scope="session")
def token_dir(emu: Emulator, tmp_path_factory: Any) -> Path:
    """A folder whose sdk_tokens.txt holds a token made by `zoho-crm auth exchange`."""
    folder = tmp_path_factory.mktemp("tokens")
    done = run("auth", "exchange", "--client-id", CLIENT[0], "--client-secret", CLIENT[1], "--code", grant(emu),
               "--redirect-url", CLIENT[2], "--emulator", emu.base_url, cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder
