"""Which configuration a call runs with: the process's default and each thread's own.

The configuration object (what ``Initializer.initialize`` and ``switch_user`` build: environment, token,
store, sdk_config, request_proxy, resource_path) is installed here, and the engine reads it once per call
with ``current()`` and passes it down. ``Initializer`` is the public face of this state
(``Initializer.initializer`` is the default, ``Initializer.LOCAL.init`` the thread's choice), so that no
module below it has to import it.
"""
from __future__ import annotations

import threading
from typing import Any, Optional

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException

LOCAL = threading.local()  # ``init``: the configuration switch_user chose for this thread
_default: Optional[Any] = None  # the configuration initialize installed for every thread


def current() -> Optional[Any]:
    """This thread's configuration, else the process's; None before ``initialize``."""
    local = getattr(LOCAL, "init", None)
    return local if local is not None else _default


def require() -> Any:
    """``current()``, or the official SDK UNINITIALIZED ERROR before ``initialize``."""
    context = current()
    if context is None:
        raise SDKException("SDK UNINITIALIZED ERROR", "SDK is UnInitialized")
    return context


def default() -> Optional[Any]:
    return _default


def set_default(context: Optional[Any]) -> None:
    global _default
    _default = context
