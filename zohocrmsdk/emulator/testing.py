"""Test helpers: a running emulator as a context manager, plus SDK glue.

This is the only module that may import the SDK, and only lazily inside functions, so the
server side stays shippable on its own.
"""
from __future__ import annotations

import contextlib
from typing import Any, Callable, Iterator, Optional

from .core.admin import AdminHandle
from .core.app import EmulatorApp
from .core.server import EmulatorServer


class Emulator(AdminHandle):
    """An EmulatorApp served on a local port.

    >>> with Emulator.running(token_ttl=3600) as emu:
    ...     code = emu.grant_code("1000.ID", "secret", "https://example.com/cb")
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, db_path: str = ":memory:",
                 token_ttl: float = 3600, clock: Optional[Callable[[], float]] = None,
                 job_delay: float = 0.5, seed: bool = False, public_url: Optional[str] = None,
                 admin_token: Optional[str] = None, request_timeout: Optional[float] = 30.0, limits: Any = True,
                 edition: Optional[str] = None, licences: Optional[int] = None) -> None:
        """``limits``: True (Zoho's limits, the default), False, or ``{"<limit>": False, ...}`` to turn
        single limits off (names in `core.limits.SWITCHES`); ``edition``/``licences`` override the org's."""
        self.app = EmulatorApp(db_path=db_path, token_ttl=token_ttl, clock=clock, job_delay=job_delay,
                               limits=limits, edition=edition, licences=licences)
        self.server = EmulatorServer(self.app, host, port, public_url=public_url, admin_token=admin_token,
                                     request_timeout=request_timeout)
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
    def admin_token(self) -> Optional[str]:
        """The ``X-Emulator-Token`` the HTTP admin API wants (None on loopback unless one was given)."""
        return self.server.admin_token

    @property
    def token_url(self) -> str:
        return self.base_url + "/oauth/v2/token"

    # -- SDK glue (lazy import) ---------------------------------------------------------
    def environment(self) -> Any:
        """An SDK `DataCenter.Environment` whose API, accounts and upload URLs all point here."""
        from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
        return DataCenter.Environment(self.base_url, self.token_url, self.base_url)

    # -- admin helpers: `AdminHandle` (grant_code, mint_tokens, reset, seed, faults, stats, ...) --------
    def default_api_domain(self) -> str:
        return self.server.public_url

    def __enter__(self) -> "Emulator":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()
