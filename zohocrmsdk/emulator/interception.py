"""Intercept mode (like moto's `mock_aws`): answer requests to real Zoho hosts in-process.

Patches `requests.adapters.HTTPAdapter.send`, the single choke point of `requests`
(sessions and module-level `requests.get/post` alike), so our SDK, the official SDK and any
requests-based client are served by an in-process EmulatorApp without a socket. Requests to
other hosts pass through untouched.

    with intercept():
        ...  # code using USDataCenter.PRODUCTION() and placeholder credentials runs offline
"""
from __future__ import annotations

import functools
import io
import re
import threading
import urllib.parse
from typing import Any, Callable, List, Optional, TypeVar

from .core.admin import AdminHandle
from .core.app import EmulatorApp
from .core.faults import DropConnection
from .core.wire import Request

ZOHO_HOSTS = re.compile(
    r"^(?:accounts\.zoho\.(?:com|eu|in|com\.cn|com\.au|jp|ca)|accounts\.zohocloud\.ca|"
    r"(?:www|sandbox|developer|content)\.zohoapis\.(?:com|eu|in|com\.cn|com\.au|jp|ca)|"
    r"download-accl\.(?:zoho\.(?:com|eu|in|com\.cn|com\.au|jp)|zohocloud\.ca))$", re.I)

F = TypeVar("F", bound=Callable[..., Any])
_lock = threading.RLock()
_active: List["intercept"] = []
_original_send: Optional[Callable[..., Any]] = None


def _patched_send(adapter: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
    url = urllib.parse.urlsplit(request.url)
    target = _active[-1] if _active else None
    if target is None or not ZOHO_HOSTS.match(url.hostname or ""):
        return _original_send(adapter, request, *args, **kwargs)
    return target._serve(adapter, request, url)


class intercept(AdminHandle):
    """Context manager / decorator routing the seven Zoho data centres to an emulator."""

    def __init__(self, app: Optional[EmulatorApp] = None, strict: bool = False, **app_options: Any) -> None:
        """``strict=False`` (the default) accepts client ids, secrets, grant codes and refresh tokens on first
        sight, so code with placeholder credentials runs unchanged; ``strict=True`` accepts only those the
        emulator issued (for tests of authentication failures)."""
        self._app = app
        self._strict = strict
        self._options = app_options

    @property
    def app(self) -> EmulatorApp:
        if self._app is None:
            self._app = EmulatorApp(**self._options)
            self._app.accounts.register_unknown = not self._strict
        return self._app

    # -- activation ---------------------------------------------------------------------
    def start(self) -> "intercept":
        global _original_send
        import requests.adapters
        with _lock:
            if not _active:
                _original_send = requests.adapters.HTTPAdapter.send
                requests.adapters.HTTPAdapter.send = _patched_send
            _active.append(self)
        self.app  # build now so state exists before the first request
        return self

    def stop(self) -> None:
        import requests.adapters
        with _lock:
            if self in _active:
                _active.remove(self)
            if not _active and _original_send is not None:
                requests.adapters.HTTPAdapter.send = _original_send

    def __enter__(self) -> "intercept":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def __call__(self, func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with intercept(strict=self._strict, **self._options):
                return func(*args, **kwargs)
        return wrapper  # type: ignore[return-value]

    # -- serving --------------------------------------------------------------------------
    def _serve(self, adapter: Any, prepared: Any, url: urllib.parse.SplitResult) -> Any:
        import requests
        from requests.structures import CaseInsensitiveDict
        from requests.utils import get_encoding_from_headers

        body = prepared.body
        if body is None:
            data = b""
        elif isinstance(body, bytes):
            data = body
        elif isinstance(body, str):
            data = body.encode("utf-8")
        elif hasattr(body, "read"):
            data = body.read()
            data = data.encode("utf-8") if isinstance(data, str) else data
        else:
            data = b"".join(part if isinstance(part, bytes) else str(part).encode() for part in body)
        req = Request(prepared.method or "GET", url.path or "/", url.query, dict(prepared.headers), data,
                      url.scheme or "https", url.netloc)
        try:
            res = self.app.handle(req)
        except DropConnection:
            raise requests.exceptions.ConnectionError("Connection aborted: emulated dropped connection",
                                                      request=prepared)
        response = requests.Response()
        response.status_code = res.status
        response.reason = res.status_line.split(" ", 1)[1]
        response.headers = CaseInsensitiveDict(dict(res.headers + [("Content-Length", str(len(res.body)))]))
        response._content = res.body
        response._content_consumed = True
        response.raw = io.BytesIO(res.body)
        response.encoding = get_encoding_from_headers(response.headers)
        response.url = prepared.url
        response.request = prepared
        response.connection = adapter
        return response

    # -- admin helpers: `AdminHandle`, as on testing.Emulator --------------------------------------
    def default_api_domain(self) -> str:
        return "https://www.zohoapis.com"
