"""Headers of one request."""
from __future__ import annotations

from typing import Any, Dict

from zohocrmsdk.src.com.zoho.crm.api.parameter_map import _add


class HeaderMap(object):
    """``add(Header, value)`` checks and formats the value; adding a name again appends ``,value``."""

    def __init__(self) -> None:
        self.request_headers: Dict[str, str] = {}

    def add(self, header, value: Any) -> None:
        _add(self.request_headers, header, value, "HEADER", "Header", "Header")

    def __repr__(self) -> str:
        # Header values may carry credentials (Authorization): show names only.
        return "HeaderMap({!r})".format(sorted(self.request_headers))


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
