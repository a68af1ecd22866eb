"""The HTTP layer: one pooled ``requests.Session`` per process, timeouts and proxies on every
request, and the retry policy (the only place that retries; urllib3's own retries are off)."""
from __future__ import annotations

import logging
import os
import random
import threading
import time
from http.cookiejar import DefaultCookiePolicy
from typing import Any, List, Optional, Tuple

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException

logger = logging.getLogger("SDKLogger")

_session: Optional[requests.Session] = None
_session_pid: Optional[int] = None
_session_lock = threading.Lock()
RETRY_AFTER_CAP = 120.0


def _new_session() -> requests.Session:
    session = requests.Session()
    # Cookies would leak between users sharing the pool: never keep any.
    session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
    adapter = HTTPAdapter(pool_connections=16, pool_maxsize=32, max_retries=Retry(0, read=False, redirect=False))
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


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


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
        if retry_after:
            try:
                return min(max(float(retry_after), 0.0), RETRY_AFTER_CAP)
            except ValueError:
                pass
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


def send(method: str, url: str, *, params=None, headers=None, data=None, files=None, timeout=None,
         proxies=None, allow_redirects: bool = False, idempotent: bool = False,
         policy: Optional[RetryPolicy] = None) -> requests.Response:
    """Send one request, retrying what is safe: connection failures before sending and 429 for
    every method; read timeouts, resets and 502/503/504 only when ``idempotent``."""
    policy = policy or RetryPolicy.from_config(None)
    attempt = 0
    while True:
        try:
            response = session().request(method, url, params=params, headers=headers, data=data, files=files,
                                         timeout=timeout, proxies=proxies, allow_redirects=allow_redirects)
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
                requests.exceptions.ChunkedEncodingError) as error:
            retryable = _nothing_sent(error) or idempotent
            if retryable and attempt < policy.max_retries and rewind(files):
                wait = policy.delay(attempt)
                logger.warning("%s %s failed (%s); retry %d in %.2fs", method, url, type(error).__name__,
                               attempt + 1, wait)
                time.sleep(wait)
                attempt += 1
                continue
            kind = "timed out" if isinstance(error, requests.exceptions.Timeout) else "failed"
            raise SDKException(None, "{} {} {} after {} attempt(s): ".format(method, url, kind, attempt + 1),
                               None, error) from error
        except (requests.exceptions.RequestException, ValueError) as error:
            # Refused before sending (a header value with CR/LF, a malformed URL): never retried,
            # and reported as an SDKException like every other failure of a call.
            raise SDKException(None, "{} {} not sent, the request is invalid: ".format(method, url),
                               None, error) from error
        status = response.status_code
        retryable = status == 429 or (idempotent and status in (502, 503, 504))
        if retryable and attempt < policy.max_retries and rewind(files):
            wait = policy.delay(attempt, response.headers.get("Retry-After"))
            logger.warning("%s %s answered %d; retry %d in %.2fs", method, url, status, attempt + 1, wait)
            response.close()
            time.sleep(wait)
            attempt += 1
            continue
        return response


def post_form(url: str, form, headers, follow_redirects: bool, sdk_config, proxy,
              idempotent: bool = False) -> requests.Response:
    """A form POST to Zoho Accounts, with the same timeouts, proxy and retry policy as API calls.
    A refresh may be repeated safely (``idempotent``); a grant code is single-use, so never."""
    return send("POST", url, data=form, headers=headers, allow_redirects=follow_redirects, idempotent=idempotent,
                timeout=sdk_config.timeout() if sdk_config is not None else None,
                proxies=proxy.proxies() if proxy is not None else None,
                policy=RetryPolicy.from_config(sdk_config))
