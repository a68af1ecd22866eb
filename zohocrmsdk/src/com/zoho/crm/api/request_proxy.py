"""An HTTP(S) proxy for every request the SDK makes, token calls included."""
from __future__ import annotations

from typing import Dict, Optional
from urllib.parse import quote

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException


class RequestProxy(object):
    def __init__(self, host: str, port, user: Optional[str] = None, password: str = "") -> None:
        if host is None:
            raise SDKException("USERPROXY ERROR", "Host MUST NOT be None")
        if port is None:
            raise SDKException("USERPROXY ERROR", "Port MUST NOT be None")
        self.__host = host
        self.__port = port
        self.__user = user
        self.__password = password

    def get_host(self) -> str:
        return self.__host

    def get_port(self):
        return self.__port

    def get_user(self) -> Optional[str]:
        return self.__user

    def get_password(self) -> str:
        return self.__password

    def proxies(self) -> Dict[str, str]:
        """The ``requests`` proxies mapping; credentials only when a user is set (docs/deviations.md#proxy-works)."""
        host = self.__host
        scheme = None
        if "://" in host:
            scheme, host = host.split("://", 1)
        credentials = ""
        if self.__user is not None:
            credentials = quote(str(self.__user), safe="") + ":" + quote(str(self.__password or ""), safe="") + "@"
        url = "{}://{}{}:{}".format(scheme or "http", credentials, host, self.__port)
        if scheme:
            return {scheme: url}
        return {"http": url, "https": url}

    def __repr__(self) -> str:
        return "RequestProxy(host={!r}, port={!r}, user={!r})".format(self.__host, self.__port, self.__user)


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
