"""Which configuration a call runs with, as one immutable ``CallContext`` per user configuration.

``Initializer.initialize`` and ``switch_user`` build a context (environment, token, store, sdk_config,
request_proxy, resource_path) together with what keeps state for it: ``tokens``, the store's token
service (token I/O and single-flight refresh), ``channel``, how it sends (timeouts, proxies, retry policy,
answer bound, worked out once), and ``fields``, the field-metadata cache of its resource path. The engine reads the context once per call with ``require()``
and passes it down; nothing below reads a mutable global or imports ``Initializer``.

What is installed here is the holder apps see (an ``Initializer``, whose ``context`` is the current
snapshot): the process's default, and a thread's own after ``switch_user`` (``LOCAL.init``). A call keeps
the snapshot it started with even if the holder is changed meanwhile.
"""
from __future__ import annotations

import threading
from typing import Any, Optional

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException

LOCAL = threading.local()  # ``init``: the holder switch_user installed for this thread
_default: Optional[Any] = None  # the holder initialize installed for every thread


class CallContext(object):
    """One user configuration and its state owners. Immutable: a change is a new context (``replace``)."""

    __slots__ = ("environment", "token", "store", "sdk_config", "request_proxy", "resource_path", "tokens",
                 "channel", "fields")
    CONFIGURATION = ("environment", "token", "store", "sdk_config", "request_proxy", "resource_path")

    def __init__(self, environment: Any = None, token: Any = None, store: Any = None, sdk_config: Any = None,
                 request_proxy: Any = None, resource_path: Optional[str] = None, tokens: Any = None,
                 channel: Any = None, fields: Any = None) -> None:
        for name, value in zip(self.__slots__, (environment, token, store, sdk_config, request_proxy,
                                                resource_path, tokens, channel, fields)):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a CallContext cannot change; Initializer.initialize and switch_user build new ones")

    __delattr__ = __setattr__

    def configuration(self) -> dict:
        return {name: getattr(self, name) for name in self.CONFIGURATION}

    def __repr__(self) -> str:
        return "CallContext(environment={}, store={})".format(getattr(self.environment, "url", None),
                                                               type(self.store).__name__)


def installed() -> Optional[Any]:
    """The holder in effect for this thread (its own, else the process's); None before ``initialize``."""
    local = getattr(LOCAL, "init", None)
    return local if local is not None else _default


def current() -> Optional[CallContext]:
    """The context in effect for this thread; None before ``initialize``."""
    holder = getattr(LOCAL, "init", None) or _default
    return holder.context if holder is not None else None


def require() -> CallContext:
    """``current()``, or the official SDK UNINITIALIZED ERROR before ``initialize``."""
    holder = getattr(LOCAL, "init", None) or _default
    if holder is None:
        raise SDKException("SDK UNINITIALIZED ERROR", "SDK is UnInitialized")
    return holder.context


def default() -> Optional[Any]:
    return _default


def set_default(holder: Optional[Any]) -> None:
    global _default
    _default = holder
