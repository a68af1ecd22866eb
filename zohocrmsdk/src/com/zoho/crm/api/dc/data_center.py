"""Zoho data centres and their environments (production, sandbox, developer)."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, List, Optional, Tuple
from urllib.parse import urlparse

from zohocrmsdk.src.com.zoho.crm.api.util.constants import Constants


class DataCenter(ABC):
    """Base of the seven regional data centres."""

    class Environment(object):
        """Where API, accounts (token) and file-upload requests go."""

        def __init__(self, url: str, accounts_url: str, file_upload_url: str) -> None:
            self.url = url
            self.accounts_url = accounts_url
            self.file_upload_url = file_upload_url

        def request_url(self, api_path: str) -> str:
            """Where a request for ``api_path`` goes: a path under this environment's API host; an
            absolute URL on Zoho's content host to this environment's upload host (its region and
            kind); any other absolute URL as it is."""
            if "http" not in api_path:
                return self.url + api_path
            if Constants.CONTENT_API_URL in api_path:
                return self.file_upload_url + urlparse(api_path).path
            return api_path[1:] if api_path.startswith("/") else api_path

        def __repr__(self) -> str:
            return "Environment(url={!r}, accounts_url={!r}, file_upload_url={!r})".format(
                self.url, self.accounts_url, self.file_upload_url)

    # Filled by each region: (api domain suffix, accounts host, content host, lower-case code).
    _domain: str = ""
    _accounts: str = ""
    _content: str = ""
    _code: str = ""

    @abstractmethod
    def get_iam_url(self) -> str:
        """The accounts (token) URL of this data centre."""

    @abstractmethod
    def get_file_upload_url(self) -> str:
        """The content host used for uploads."""

    @classmethod
    def _environment(cls, prefix: str) -> "DataCenter.Environment":
        return DataCenter.Environment("https://{}.{}".format(prefix, cls._domain),
                                      cls._accounts + "/oauth/v2/token", cls._content)

    @classmethod
    def _names(cls) -> Tuple[str, ...]:
        urls = tuple("https://{}.{}".format(p, cls._domain) for p in ("www", "sandbox", "developer"))
        return urls + (cls._accounts + "/oauth/v2/token", cls._code)

    @staticmethod
    def get(config: str) -> Optional["DataCenter.Environment"]:
        """Map an API domain, accounts URL or region code back to an environment, or None.

        Unlike the official SDK this knows CA and ignores case (docs/deviations.md#data-center-ca-case-insensitive)."""
        if not isinstance(config, str):
            return None
        wanted = config.strip().lower().rstrip("/")
        for region in _REGIONS:
            if wanted in region._names():
                if "sandbox" in wanted:
                    return region.SANDBOX()
                if "developer" in wanted:
                    return region.DEVELOPER()
                return region.PRODUCTION()
        return None


# The regional classes, as each is defined (the package imports them all before anyone can call get).
_REGIONS: List[type] = []


class _Region(DataCenter):
    """Shared behaviour of the regional classes; each one only names its hosts."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _REGIONS.append(cls)

    @classmethod
    def PRODUCTION(cls) -> DataCenter.Environment:
        return cls._environment("www")

    @classmethod
    def SANDBOX(cls) -> DataCenter.Environment:
        return cls._environment("sandbox")

    @classmethod
    def DEVELOPER(cls) -> DataCenter.Environment:
        return cls._environment("developer")

    def get_iam_url(self) -> str:
        return self._accounts + "/oauth/v2/token"

    def get_file_upload_url(self) -> str:
        return self._content
