"""Fixtures for emulator tests: a running emulator, an authorised client, a per-test alarm."""
from __future__ import annotations

import signal
import threading
from typing import Any, Dict, Iterator

import pytest
import requests

from zohocrmsdk.emulator.pytest_plugin import zoho_emulator  # noqa: F401  (re-exported fixture)
from zohocrmsdk.emulator.testing import Emulator

TEST_TIMEOUT = 60  # seconds; every test is bounded


@pytest.fixture(autouse=True)
def _time_limit() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def boom(signum: int, frame: Any) -> None:
        raise TimeoutError(f"test exceeded {TEST_TIMEOUT}s")

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(TEST_TIMEOUT)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


class Client:
    """A tiny authorised HTTP client for the emulator."""

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        self.base = emu.base_url
        self.session = requests.Session()
        self.tokens = emu.mint_tokens()
        self.token = self.tokens["access_token"]

    def headers(self, extra: Dict[str, str] = None) -> Dict[str, str]:
        h = {"Authorization": "Zoho-oauthtoken " + self.token}
        h.update(extra or {})
        return h

    def call(self, method: str, path: str, **kw: Any) -> requests.Response:
        headers = self.headers(kw.pop("headers", None))
        return self.session.request(method, self.base + path, headers=headers, timeout=10, **kw)

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.call("GET", path, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        return self.call("POST", path, **kw)

    def put(self, path: str, **kw: Any) -> requests.Response:
        return self.call("PUT", path, **kw)

    def delete(self, path: str, **kw: Any) -> requests.Response:
        return self.call("DELETE", path, **kw)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator.running(job_delay=0.2) as running:
        yield running


@pytest.fixture
def client(emu: Emulator) -> Client:
    return Client(emu)
