"""SDK set-up: environment, token, store, configuration, per-thread user switching."""
from __future__ import annotations

import json
import logging
import os
from typing import Any, Optional

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.util import call_context

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


class Initializer(object, metaclass=_InitializerType):
    """Holds the configuration every call uses. ``initialize`` sets the process-wide default;
    ``switch_user`` sets another user for the calling thread only. The engine reads it through
    ``util.call_context``; this class is its public face."""

    json_details = None
    initializer = property(lambda self: call_context.default())  # the same, read from an instance
    LOCAL = call_context.LOCAL

    def __init__(self) -> None:
        self.environment = None
        self.store = None
        self.token = None
        self.sdk_config = None
        self.request_proxy = None
        self.resource_path = None

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
        fresh = Initializer()
        fresh.environment, fresh.store, fresh.token = environment, store, token
        fresh.sdk_config, fresh.request_proxy, fresh.resource_path = sdk_config, proxy, resource_path
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
        if generate is not None:  # our OAuthToken takes the candidate configuration as an argument
            generate(candidate)
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
        return call_context.current()

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
        current = Initializer.get_initializer()
        fresh = Initializer()
        fresh.environment = environment if environment is not None else current.environment
        fresh.sdk_config = sdk_config if sdk_config is not None else current.sdk_config
        fresh.store = Initializer.initializer.store
        fresh.resource_path = Initializer.initializer.resource_path
        # An omitted token or proxy is inherited from the current user (docs/deviations.md#switch-user-inherits-token).
        fresh.token = token if token is not None else current.token
        fresh.request_proxy = proxy if proxy is not None else current.request_proxy
        if token is not None:
            Initializer._generate_with(fresh)
        Initializer.LOCAL.init = fresh
        logging.getLogger("SDKLogger").info("Initialization switched  in Environment : %s.", fresh.environment.url)


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
