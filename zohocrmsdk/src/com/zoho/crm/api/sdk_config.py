"""Behaviour switches of the SDK."""
from __future__ import annotations

from typing import Optional

# The largest decoded JSON answer accepted: far above a real Zoho page, far below what a gzip
# bomb inflates to.
DEFAULT_MAX_RESPONSE_SIZE = 256 * 1024 * 1024


class SDKConfig(object):
    """The four official options keep their positions and defaults; the keyword-only options are ours.

    ``connect_timeout``/``read_timeout`` (seconds) apply to every request, token calls included;
    when both are None, ``default_connect_timeout``/``default_read_timeout`` are used, so a hung
    server never hangs the app. ``max_retries`` bounds retries of calls that are safe to repeat
    (connection failures, 429, and for reads 502/503/504 and timeouts), with capped exponential
    backoff (``backoff_factor`` * 2**n, at most ``backoff_max`` seconds, plus jitter); a ``Retry-After``
    asking for longer than ``backoff_max`` returns the 429 at once.

    ``deadline`` (seconds, off by default) bounds a whole call: retries, backoff and a token refresh
    included, and for a download until its headers arrive; past it the call raises
    ``SDKTimeoutException``. ``max_response_size`` (bytes) bounds a decoded JSON answer; a larger one
    raises ``SDKResponseException``. None turns either bound off.

    ``refresh_failure_seconds``: after a token refresh failed for a passing reason (Accounts down, a
    timeout), every thread and process sharing the store gets that failure for this long instead of
    asking Accounts again; a permanent answer (a revoked refresh token) holds until the token changes.
    ``refresh_wait_seconds``: the longest a call waits for another thread's refresh of the same token
    (never beyond ``deadline``); past it the call raises ``SDKTimeoutException``."""

    def __init__(self, auto_refresh_fields: bool = False, pick_list_validation: bool = True,
                 read_timeout: Optional[float] = None, connect_timeout: Optional[float] = None, *,
                 max_retries: int = 3, backoff_factor: float = 0.5, backoff_max: float = 30.0,
                 default_connect_timeout: Optional[float] = 30.0,
                 default_read_timeout: Optional[float] = 300.0, deadline: Optional[float] = None,
                 max_response_size: Optional[int] = DEFAULT_MAX_RESPONSE_SIZE,
                 refresh_failure_seconds: float = 10.0, refresh_wait_seconds: float = 120.0) -> None:
        self._cfg_auto_refresh_fields = auto_refresh_fields
        self._cfg_pick_list_validation = pick_list_validation
        self._cfg_read_timeout = read_timeout
        self._cfg_connect_timeout = connect_timeout
        self.max_retries = max_retries
        self.backoff_factor = backoff_factor
        self.backoff_max = backoff_max
        self.default_connect_timeout = default_connect_timeout
        self.default_read_timeout = default_read_timeout
        self.deadline = deadline
        self.max_response_size = max_response_size
        self.refresh_failure_seconds = refresh_failure_seconds
        self.refresh_wait_seconds = refresh_wait_seconds

    def get_auto_refresh_fields(self) -> bool:
        return self._cfg_auto_refresh_fields

    def get_pick_list_validation(self) -> bool:
        return self._cfg_pick_list_validation

    def get_read_timeout(self) -> Optional[float]:
        return self._cfg_read_timeout

    def get_connect_timeout(self) -> Optional[float]:
        return self._cfg_connect_timeout

    def timeout(self):
        """The ``requests`` timeout for every call, following the official mapping."""
        connect, read = self._cfg_connect_timeout, self._cfg_read_timeout
        if connect is None and read is None:
            connect, read = self.default_connect_timeout, self.default_read_timeout
            if connect is None and read is None:
                return None
            return (connect, read)
        if read is None:
            return connect
        if connect is None:
            return read
        return (connect, read)

    def __repr__(self) -> str:
        return ("SDKConfig(auto_refresh_fields={!r}, pick_list_validation={!r}, read_timeout={!r}, "
                "connect_timeout={!r}, max_retries={!r})").format(
            self._cfg_auto_refresh_fields, self._cfg_pick_list_validation, self._cfg_read_timeout,
            self._cfg_connect_timeout, self.max_retries)
