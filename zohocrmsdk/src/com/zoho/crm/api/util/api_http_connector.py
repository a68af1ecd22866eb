"""One outgoing request as the token sees it: URL, method, headers and parameters."""
from __future__ import annotations

import json
from typing import Any, Dict, Optional


class APIHTTPConnector(object):
    """Custom ``Token`` classes add their credentials here with ``add_header``."""

    def __init__(self) -> None:
        self.url: Optional[str] = None
        self.request_method: Optional[str] = None
        self.headers: Dict[str, str] = {}
        self.parameters: Dict[str, str] = {}
        self.request_body: Any = None
        self.content_type: Optional[str] = None
        self.file = False

    def add_header(self, header_name: str, header_value: str) -> None:
        self.headers[header_name] = header_value

    def add_param(self, param_name: str, param_value: str) -> None:
        self.parameters[param_name] = param_value

    def __str__(self) -> str:
        shown = dict(self.headers)
        shown["Authorization"] = " ## can't disclose ## "
        return "{} - URL = {} , HEADERS = {} , PARAMS = {}.".format(
            self.request_method, self.url, json.dumps(shown), json.dumps(self.parameters))

    __repr__ = __str__


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
