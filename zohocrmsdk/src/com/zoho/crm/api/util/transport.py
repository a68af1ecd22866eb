"""The HTTP layer: one pooled ``requests.Session`` per process, timeouts and proxies on every
request, and the retry policy (the only place that retries; urllib3's own retries are off).
Answers are streamed: ``read_body`` reads a JSON body within ``SDKConfig.max_response_size``, files
stay streamed; ``start_deadline`` bounds a whole call (``SDKConfig.deadline``); failures raise the
typed ``SDKException`` kinds. Redirects are never followed."""
from __future__ import annotations

import email.utils
import io
import logging
import math
import os
import random
import socket
import threading
import time
from http.cookiejar import DefaultCookiePolicy
from typing import Any, List, Optional, Tuple
from urllib.parse import urlparse

import requests
from requests.adapters import HTTPAdapter
from urllib3 import connection as _connection, connectionpool as _connectionpool
from urllib3.util.retry import Retry

from zohocrmsdk.src.com.zoho.crm.api.sdk_config import DEFAULT_MAX_RESPONSE_SIZE
from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import (
    SDKAccountsException, SDKConnectionException, SDKException, SDKRequestRefusedException, SDKResponseException,
    SDKTimeoutException)

logger = logging.getLogger("SDKLogger")

_session: Optional[requests.Session] = None
_session_pid: Optional[int] = None
_session_lock = threading.Lock()
_CHUNK = 64 * 1024
_state = threading.local()  # per thread: the deadline of the call in progress (start_deadline)


class _Deadline(object):
    """The overall deadline of one call (``SDKConfig.deadline``). Per-read socket timeouts cannot
    stop a server that drips a byte a second, so a timer shuts the call's sockets down when the
    time is up; the blocked read then fails at once."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expires = time.monotonic() + seconds
        self.expired = False
        self._sockets: List[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return self.expires - time.monotonic()

    def watch(self, sock: Optional[socket.socket]) -> None:
        with self._lock:
            if sock is None:
                return
            if self.expired:
                _shut(sock)
            else:
                self._sockets.append(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()
        with self._lock:
            self._sockets = []


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def start_deadline(seconds: Optional[float]) -> Optional[_Deadline]:
    """Start the call's deadline; None when there is none or an enclosing call already has one
    (a token refresh inside an API call shares the call's deadline)."""
    if seconds is None or getattr(_state, "deadline", None) is not None:
        return None
    deadline = _state.deadline = _Deadline(float(seconds))
    return deadline


def time_left() -> Optional[float]:
    """Seconds left of the calling thread's deadline; None when it has none."""
    deadline = getattr(_state, "deadline", None)
    return deadline.remaining() if deadline is not None else None


def stop_deadline(deadline: Optional[_Deadline]) -> None:
    if deadline is not None:
        _state.deadline = None
        deadline.cancel()


def _watch(conn: Any) -> None:
    deadline = getattr(_state, "deadline", None)
    if deadline is not None:
        deadline.watch(getattr(conn, "sock", None))


class _HTTPConnection(_connection.HTTPConnection):
    def getresponse(self, *args: Any, **kwargs: Any) -> Any:
        _watch(self)
        return super().getresponse(*args, **kwargs)


class _HTTPSConnection(_connection.HTTPSConnection):
    def getresponse(self, *args: Any, **kwargs: Any) -> Any:
        _watch(self)
        return super().getresponse(*args, **kwargs)


class _HTTPPool(_connectionpool.HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(_connectionpool.HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class _Adapter(HTTPAdapter):
    """An HTTPAdapter whose connections can be cut by a call's deadline."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, *args: Any, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(*args, **kwargs)
        manager.pool_classes_by_scheme = _POOLS
        return manager


def _new_session() -> requests.Session:
    session = requests.Session()
    # Cookies would leak between users sharing the pool: never keep any.
    session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
    adapter = _Adapter(pool_connections=16, pool_maxsize=32, max_retries=Retry(0, read=False, redirect=False))
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


def session() -> requests.Session:
    """The process's pooled session; a forked child builds its own instead of sharing sockets."""
    global _session, _session_pid
    pid = os.getpid()
    if _session is None or _session_pid != pid:
        with _session_lock:
            if _session is None or _session_pid != pid:
                _session, _session_pid = _new_session(), pid
    return _session


def _reset_after_fork() -> None:
    global _session, _session_pid, _session_lock
    _session, _session_pid, _session_lock = None, None, threading.Lock()
    _state.deadline = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


def retry_after_seconds(value: Optional[str]) -> Optional[float]:
    """``Retry-After`` as seconds to wait: a number of seconds or an HTTP date; None when absent,
    unreadable, negative or not finite (``nan``, ``1e999``)."""
    if not value:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when is None or when.tzinfo is None:
            return None
        return max(when.timestamp() - time.time(), 0.0)
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds


class RetryPolicy(object):
    """Which failures are retried, how often and how long to wait."""

    def __init__(self, max_retries: int, backoff_factor: float, backoff_max: float) -> None:
        self.max_retries = max(0, int(max_retries))
        self.backoff_factor = backoff_factor
        self.backoff_max = backoff_max

    @classmethod
    def from_config(cls, sdk_config) -> "RetryPolicy":
        """The policy of ``sdk_config``; options it lacks (or no config) take SDKConfig's defaults."""
        names = ("max_retries", "backoff_factor", "backoff_max")
        if not all(hasattr(sdk_config, name) for name in names):
            from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
            default = SDKConfig()
            return cls(*(getattr(sdk_config, name, getattr(default, name)) for name in names))
        return cls(*(getattr(sdk_config, name) for name in names))

    def delay(self, attempt: int, retry_after: Optional[str] = None) -> float:
        """Seconds to wait before retry ``attempt``; ``inf`` when the server asks for longer than
        ``backoff_max`` (the caller then gives up at once instead of sleeping)."""
        asked = retry_after_seconds(retry_after)
        if asked is not None:
            return asked if asked <= self.backoff_max else math.inf
        base = min(self.backoff_max, self.backoff_factor * (2 ** attempt))
        return base * (0.5 + random.random() / 2)


def _nothing_sent(error: Exception) -> bool:
    """True when the connection failed before any byte of the request left."""
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return True
    if isinstance(error, requests.exceptions.ConnectionError):
        text = repr(error)
        return "NewConnectionError" in text or "Failed to establish" in text or "NameResolution" in text
    return False


def credits_exhausted(response: requests.Response) -> bool:
    """A 429 for an exhausted 24-hour credit window, which no retry can fix. Zoho answers 429
    TOO_MANY_REQUESTS both for that and for too many calls in flight, without Retry-After; past half
    the allowance every answer carries X-API-CREDITS-REMAINING, so the exhausted window says 0."""
    return response.headers.get("X-API-CREDITS-REMAINING", "").strip() == "0"


def rewind(files: Optional[List[Tuple[str, Any]]]) -> bool:
    """Multipart streams must be rewound before a retry; a stream that cannot be is not retried."""
    for _, part in files or ():
        stream = part[1] if isinstance(part, tuple) else part
        if hasattr(stream, "seek"):
            try:
                stream.seek(0)
            except Exception:
                return False
        elif hasattr(stream, "read"):
            return False
    return True


def _bounded(timeout: Any, deadline: Optional[_Deadline]) -> Any:
    """The request timeout, shortened so that no single wait outlasts the call's deadline."""
    if deadline is None:
        return timeout
    remaining = max(deadline.remaining(), 0.001)
    if timeout is None:
        return remaining
    if isinstance(timeout, tuple):
        return tuple(remaining if part is None else min(part, remaining) for part in timeout)
    return min(timeout, remaining)


def _expired(method: str, url: str, deadline: _Deadline, cause: Optional[BaseException] = None) -> SDKException:
    return SDKTimeoutException(None, "{} {} exceeded the call deadline of {}s: ".format(method, url, deadline.seconds),
                               None, cause)


def send(method: str, url: str, *, params=None, headers=None, data=None, files=None, timeout=None,
         proxies=None, idempotent: bool = False, policy: Optional[RetryPolicy] = None) -> requests.Response:
    """Send one request, retrying what is safe: connection failures before sending and 429 for
    every method; read timeouts, resets and 502/503/504 only when ``idempotent``.

    Redirects are never followed. The answer's body is not read yet (see ``read_body``)."""
    policy = policy or RetryPolicy.from_config(None)
    deadline: Optional[_Deadline] = getattr(_state, "deadline", None)
    attempt = 0
    while True:
        if deadline is not None and deadline.remaining() <= 0:
            raise _expired(method, url, deadline)
        try:
            response = session().request(method, url, params=params, headers=headers, data=data, files=files,
                                         timeout=_bounded(timeout, deadline), proxies=proxies,
                                         allow_redirects=False, stream=True)
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
                requests.exceptions.ChunkedEncodingError) as error:
            if deadline is not None and (deadline.expired or deadline.remaining() <= 0):
                raise _expired(method, url, deadline, error) from error
            retryable = _nothing_sent(error) or idempotent
            if retryable and attempt < policy.max_retries and rewind(files):
                wait = policy.delay(attempt)
                if deadline is None or wait < deadline.remaining():
                    logger.warning("%s %s failed (%s); retry %d in %.2fs", method, url, type(error).__name__,
                                   attempt + 1, wait)
                    time.sleep(wait)
                    attempt += 1
                    continue
            timed_out = isinstance(error, requests.exceptions.Timeout)
            kind = SDKTimeoutException if timed_out else SDKConnectionException
            raise kind(None, "{} {} {} after {} attempt(s): ".format(method, url, "timed out" if timed_out else "failed",
                                                                     attempt + 1), None, error) from error
        except (requests.exceptions.RequestException, ValueError, TypeError) as error:
            # Refused before sending (a header value with CR/LF, a malformed URL): never retried,
            # and reported as an SDKException like every other failure of a call.
            raise SDKRequestRefusedException(None, "{} {} not sent, the request is invalid: ".format(method, url),
                                             None, error) from error
        if deadline is not None and deadline.expired:  # cut mid-headers: what arrived is not an answer
            response.close()
            raise _expired(method, url, deadline)
        status = response.status_code
        # a concurrency 429 clears once other calls finish: back off and retry; spent credits do not
        retryable = (status == 429 and not credits_exhausted(response)) or (
            idempotent and status in (502, 503, 504))
        if retryable and attempt < policy.max_retries and rewind(files):
            wait = policy.delay(attempt, response.headers.get("Retry-After"))
            if wait != math.inf and (deadline is None or wait < deadline.remaining()):
                logger.warning("%s %s answered %d; retry %d in %.2fs", method, url, status, attempt + 1, wait)
                response.close()
                time.sleep(wait)
                attempt += 1
                continue
        return response


def read_body(response: requests.Response, limit: Optional[int]) -> bytes:
    """The decoded body, read in chunks and refused past ``limit`` bytes (a gzip bomb is never
    inflated whole; docs/deviations.md#response-size-limit). Cached on the response, so ``.content``
    and ``.json()`` work afterwards."""
    if response._content is not False:  # type: ignore[attr-defined]  # already read
        return response.content
    buffer = io.BytesIO()
    try:
        for chunk in response.iter_content(_CHUNK):
            buffer.write(chunk)
            if limit is not None and buffer.tell() > limit:
                response.close()
                raise SDKResponseException(
                    "RESPONSE ERROR", "The response body is larger than SDKConfig.max_response_size ({} bytes)."
                    .format(limit), _where(response))
    except requests.exceptions.ContentDecodingError as error:
        raise SDKResponseException("RESPONSE ERROR", "The response body could not be decoded: ",
                                   _where(response), error) from error
    except (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
            requests.exceptions.ChunkedEncodingError, requests.exceptions.StreamConsumedError) as error:
        request = response.request
        deadline = getattr(_state, "deadline", None)
        if deadline is not None and (deadline.expired or deadline.remaining() <= 0):
            raise _expired(request.method, request.url, deadline, error) from error
        timed_out = "timed out" in str(error).lower()
        kind = SDKTimeoutException if timed_out else SDKConnectionException
        raise kind(None, "{} {} {} while reading the answer: ".format(
            request.method, request.url, "timed out" if timed_out else "failed"), None, error) from error
    deadline = getattr(_state, "deadline", None)
    if deadline is not None and deadline.expired:  # cut mid-body: the answer is incomplete
        raise _expired(response.request.method, response.request.url, deadline)
    response._content = buffer.getvalue()  # type: ignore[attr-defined]
    response._content_consumed = True  # type: ignore[attr-defined]
    return response._content  # type: ignore[attr-defined]


def _where(response: requests.Response) -> dict:
    return {"status": response.status_code, "content_type": response.headers.get("Content-Type")}


class Channel(object):
    """How one configuration sends: its timeouts, proxies, retry policy, deadline and answer bound,
    worked out once when the configuration is built rather than on every call."""

    __slots__ = ("timeout", "proxies", "policy", "deadline", "max_response_size")

    def __init__(self, sdk_config: Any = None, proxy: Any = None) -> None:
        self.timeout = sdk_config.timeout() if sdk_config is not None else None
        self.proxies = proxy.proxies() if proxy is not None else None
        self.policy = RetryPolicy.from_config(sdk_config)
        self.deadline: Optional[float] = getattr(sdk_config, "deadline", None)
        self.max_response_size: Optional[int] = getattr(sdk_config, "max_response_size", DEFAULT_MAX_RESPONSE_SIZE)

    def send(self, method: str, url: str, **options: Any) -> requests.Response:
        return send(method, url, timeout=self.timeout, proxies=self.proxies, policy=self.policy, **options)

    def post_form(self, url: str, form, headers, idempotent: bool = False) -> requests.Response:
        """A form POST to Zoho Accounts, with the same timeouts, proxy, retry policy, deadline and
        body limit as API calls. A refresh may be repeated safely (``idempotent``); a grant code is
        single-use, so never. A redirect is refused, never followed: following it would re-send the
        client secret, code or refresh token to another host (docs/deviations.md#accounts-redirects-refused)."""
        deadline = start_deadline(self.deadline)
        try:
            response = self.send("POST", url, data=form, headers=headers, idempotent=idempotent)
            if 300 <= response.status_code < 400:
                response.close()
                host = urlparse(response.headers.get("Location") or "").hostname
                raise SDKAccountsException(
                    "INVALID TOKEN ERROR", "Zoho Accounts answered HTTP {} redirecting to {}; token requests never "
                    "follow redirects, so nothing was sent there.".format(response.status_code, host),
                    {"status": response.status_code, "location_host": host})
            read_body(response, self.max_response_size)
            return response
        finally:
            stop_deadline(deadline)

