"""Test helpers: a running emulator as a context manager, plus SDK glue.

This is the only module that may import the SDK, and only lazily inside functions, so the
server side stays shippable on its own.
"""
from __future__ import annotations

import contextlib
from typing import Any, Callable, Dict, Iterator, Optional

from .app import EmulatorApp
from .faults import Fault
from .server import EmulatorServer


class Emulator:
    """An EmulatorApp served on a local port.

    >>> with Emulator.running(token_ttl=3600) as emu:
    ...     code = emu.grant_code("1000.ID", "secret", "https://example.com/cb")
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, db_path: str = ":memory:",
                 token_ttl: float = 3600, clock: Optional[Callable[[], float]] = None,
                 job_delay: float = 0.5, seed: bool = False) -> None:
        self.app = EmulatorApp(db_path=db_path, token_ttl=token_ttl, clock=clock, job_delay=job_delay)
        self.server = EmulatorServer(self.app, host, port)
        if seed:
            self.app.seed()

    # -- lifecycle ------------------------------------------------------------------------
    @classmethod
    @contextlib.contextmanager
    def running(cls, **kwargs: Any) -> Iterator["Emulator"]:
        emu = cls(**kwargs).start()
        try:
            yield emu
        finally:
            emu.stop()

    def start(self) -> "Emulator":
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()
        self.app.state.close()

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def token_url(self) -> str:
        return self.base_url + "/oauth/v2/token"

    # -- SDK glue (lazy import) ---------------------------------------------------------
    def environment(self) -> Any:
        """An SDK `DataCenter.Environment` whose API, accounts and upload URLs all point here."""
        from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
        return DataCenter.Environment(self.base_url, self.token_url, self.base_url)

    # -- admin helpers --------------------------------------------------------------------
    def grant_code(self, client_id: str, client_secret: str, redirect_uri: Optional[str] = None) -> str:
        """Register the client if new and issue a single-use grant code for it."""
        return self.app.grant_code(client_id, client_secret, redirect_uri)

    def mint_tokens(self, client_id: str = "1000.EMULATOR", client_secret: str = "secret") -> Dict[str, Any]:
        """Issue a refresh + access token directly (Zoho's token JSON, api_domain = base_url)."""
        return self.app.mint_tokens(client_id, client_secret, self.base_url)

    def reset(self, auth: bool = False) -> None:
        self.app.reset(auth=auth)

    def seed(self) -> Dict[str, int]:
        return self.app.seed()

    def add_fault(self, kind: str, path: str = "*", method: str = "*", count: Optional[int] = None,
                  delay: float = 0.0, retry_after: int = 1) -> Fault:
        return self.app.faults.add(kind, path, method, count, delay, retry_after)

    def clear_faults(self) -> None:
        self.app.faults.clear()

    def expire_tokens(self) -> int:
        return self.app.expire_tokens()

    def purge_recycle_bin(self) -> int:
        return self.app.purge_recycle_bin()

    def stats(self) -> Dict[str, Any]:
        return self.app.stats.snapshot()

    def token_requests(self, grant_type: str) -> int:
        return self.app.stats.snapshot()["token_requests"].get(grant_type, 0)

    def __enter__(self) -> "Emulator":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()
