"""SDK set-up: environment, token, store, configuration, per-thread user switching."""
from __future__ import annotations

import json
import logging
import os
from typing import Any, Optional

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.util import call_context
from zohocrmsdk.src.com.zoho.crm.api.util.call_context import CallContext

logger = logging.getLogger("SDKLogger")


def _expect(value: Any, kind: type, code: str, field: str, message: str, module: str, none_ok: bool = True) -> None:
    if (value is None and none_ok) or isinstance(value, kind):
        return
    raise SDKException(code, message, {"field": field, "expected-type": module})


class _InitializerType(type):
    """``Initializer.initializer`` reads and sets the process's configuration, kept in call_context."""

    @property
    def initializer(cls) -> Optional["Initializer"]:
        return call_context.default()

    @initializer.setter
    def initializer(cls, value: Optional["Initializer"]) -> None:
        call_context.set_default(value)


def _built(environment=None, token=None, store=None, sdk_config=None, request_proxy=None,
           resource_path=None) -> CallContext:
    """A call context and its state owners: the store's token service, the configuration's channel and
    the resource path's field cache. This is the one place that wires the layers together, so none of
    them imports another to find it."""
    from zohocrmsdk.src.com.zoho.crm.api.util.field_cache import FieldCache
    from zohocrmsdk.src.com.zoho.crm.api.util.token_service import TokenService
    from zohocrmsdk.src.com.zoho.crm.api.util.transport import Channel
    return CallContext(environment, token, store, sdk_config, request_proxy, resource_path,
                       tokens=TokenService.of(store, _user_name), channel=Channel(sdk_config, request_proxy),
                       fields=FieldCache.of(resource_path))


def _user_name(context: CallContext, access_token: str) -> Optional[str]:
    from zohocrmsdk.src.com.zoho.crm.api.util.utility import Utility  # the API handler, for the token service
    return Utility.get_user_name(access_token, context)


def _setting(name: str) -> property:
    """One configuration value of the holder. Setting it installs a new context: calls already running
    keep the one they started with."""
    def read(self: "Initializer") -> Any:
        return getattr(self.context, name)

    def write(self: "Initializer", value: Any) -> None:
        settings = self.context.configuration()
        settings[name] = value
        self.context = _built(**settings)
    return property(read, write)


class Initializer(object, metaclass=_InitializerType):
    """The public face of a configuration: ``initialize`` installs one for the process, ``switch_user``
    one for the calling thread. Each holds an immutable ``util.call_context.CallContext`` (``context``),
    which is what the engine reads, once per call."""

    json_details = None
    initializer = property(lambda self: call_context.default())  # the same, read from an instance
    LOCAL = call_context.LOCAL
    environment = _setting("environment")
    token = _setting("token")
    store = _setting("store")
    sdk_config = _setting("sdk_config")
    request_proxy = _setting("request_proxy")
    resource_path = _setting("resource_path")

    def __init__(self) -> None:
        self.context = _built()

    @classmethod
    def _holding(cls, context: CallContext) -> "Initializer":
        holder = cls.__new__(cls)
        holder.context = context
        return holder

    def __getattr__(self, name: str) -> Any:
        # The context's state owners (tokens, channel) read through the holder too.
        if name.startswith("_") or name == "context":
            raise AttributeError(name)
        return getattr(self.context, name)

    def __str__(self) -> str:
        return "Initializer(environment={}, store={})".format(
            getattr(self.environment, "url", None), type(self.store).__name__)

    __repr__ = __str__

    @staticmethod
    def initialize(environment, token, store=None, sdk_config=None, resource_path=None, logger=None, proxy=None):
        from zohocrmsdk.src.com.zoho.api.authenticator.token import Token
        from zohocrmsdk.src.com.zoho.api.authenticator.store.token_store import TokenStore
        from zohocrmsdk.src.com.zoho.api.logger.logger import Logger, SDKLogger
        from zohocrmsdk.src.com.zoho.crm.api.dc.data_center import DataCenter
        from zohocrmsdk.src.com.zoho.crm.api.request_proxy import RequestProxy
        from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
        code = "INITIALIZATION ERROR"
        _expect(token, Token, code, "token", "token must be instance of Token.",
                "zohocrmsdk.src.com.zoho.api.authenticator.token", none_ok=False)
        _expect(store, TokenStore, code, "store", "store must be instance of Store.",
                "zohocrmsdk.src.com.zoho.api.authenticator.store.token_store")
        _expect(sdk_config, SDKConfig, code, "sdk_config", "sdk_config must be instance of sdkConfig.",
                "zohocrmsdk.src.com.zoho.crm.api.sdk_config")
        _expect(proxy, RequestProxy, code, "proxy", "request_proxy must be instance of Request Proxy",
                "zohocrmsdk.src.com.zoho.crm.api.request_proxy")
        # The environment is checked up front, like switch_user does (docs/deviations.md#initialize-validates-first).
        _expect(environment, DataCenter.Environment, code, "environment",
                "environment must be instance of Environment.", "zohocrmsdk.src.com.zoho.crm.api.dc.data_center",
                none_ok=False)
        if store is None:
            from zohocrmsdk.src.com.zoho.api.authenticator.store.file_store import FileStore
            store = FileStore(os.path.join(os.getcwd(), "sdk_tokens.txt"))
        if sdk_config is None:
            sdk_config = SDKConfig()
        if not resource_path:
            resource_path = os.getcwd()
        SDKLogger.initialize(logger if logger is not None else Logger(Logger.Levels.NOTSET, None))
        if not os.path.isdir(resource_path):
            raise SDKException(code, "Resource Path MUST be a valid directory.")
        fresh = Initializer._holding(_built(environment, token, store, sdk_config, proxy, resource_path))
        # The token is generated against the new configuration, and the globals are installed only once
        # that succeeded (docs/deviations.md#initialize-validates-first).
        Initializer._generate_with(fresh)
        Initializer.initializer = fresh
        Initializer.LOCAL.init = None
        logger_ = logging.getLogger("SDKLogger")
        logger_.info("Initialization successful  in Environment : %s.", environment.url)

    @staticmethod
    def _generate_with(candidate: "Initializer") -> None:
        generate = getattr(candidate.token, "_generate_for", None)
        if generate is not None:  # our OAuthToken takes the candidate's context as an argument
            generate(candidate.context)
            return
        # A custom token reads the configuration itself: it sees the candidate while generating.
        previous = getattr(Initializer.LOCAL, "init", None)
        Initializer.LOCAL.init = candidate
        try:
            candidate.token.generate_token()
        finally:
            Initializer.LOCAL.init = previous

    @staticmethod
    def get_initializer() -> Optional["Initializer"]:
        return call_context.installed()

    @staticmethod
    def get_json(file_path: str):
        with open(file_path, "r", encoding="utf-8") as handle:
            return json.load(handle)

    @staticmethod
    def switch_user(environment=None, token=None, sdk_config=None, proxy=None):
        from zohocrmsdk.src.com.zoho.api.authenticator.token import Token
        from zohocrmsdk.src.com.zoho.crm.api.dc.data_center import DataCenter
        from zohocrmsdk.src.com.zoho.crm.api.request_proxy import RequestProxy
        from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
        if Initializer.initializer is None:
            raise SDKException("SDK UNINITIALIZED ERROR", "SDK is UnInitialized")
        code = "SWITCH USER ERROR"
        _expect(environment, DataCenter.Environment, code, "environment", "environment must be instance of Environment.",
                "zohocrmsdk.src.com.zoho.crm.api.dc.data_center")
        _expect(token, Token, code, "token", "token must be instance of Token.",
                "zohocrmsdk.src.com.zoho.api.authenticator.token")
        _expect(sdk_config, SDKConfig, code, "sdk_config", "sdk_config must be instance of sdkConfig.",
                "zohocrmsdk.src.com.zoho.crm.api.sdk_config")
        _expect(proxy, RequestProxy, code, "proxy", "request_proxy must be instance of Request Proxy",
                "zohocrmsdk.src.com.zoho.crm.api.request_proxy")
        current = call_context.current()
        process = Initializer.initializer.context
        # An omitted token or proxy is inherited from the current user (docs/deviations.md#switch-user-inherits-token).
        fresh = Initializer._holding(_built(
            environment if environment is not None else current.environment,
            token if token is not None else current.token, process.store,
            sdk_config if sdk_config is not None else current.sdk_config,
            proxy if proxy is not None else current.request_proxy, process.resource_path))
        if token is not None:
            Initializer._generate_with(fresh)
        Initializer.LOCAL.init = fresh
        logging.getLogger("SDKLogger").info("Initialization switched  in Environment : %s.", fresh.environment.url)


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
