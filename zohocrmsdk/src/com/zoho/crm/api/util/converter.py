"""The official converter base class. Our engine encodes and decodes in ``codec``; these classes
keep the official names and entry points for apps that call them directly."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any


class Converter(ABC):
    def __init__(self, common_api_handler) -> None:
        self.common_api_handler = common_api_handler

    @abstractmethod
    def get_response(self, response, pack):
        """Decode a response body into the class ``pack``."""

    @abstractmethod
    def form_request(self, request_instance, pack, instance_number, class_member_detail):
        """Encode a request object."""

    @abstractmethod
    def append_to_request(self, request_base, request_object):
        """Attach the encoded body to the outgoing request."""

    @abstractmethod
    def get_wrapped_response(self, response, pack):
        """Decode an HTTP response into the class ``pack``."""

    def value_checker(self, class_name, member_name, key_details, value, unique_values_map, instance_number) -> bool:
        return True

    @staticmethod
    def _context(handler):
        from zohocrmsdk.src.com.zoho.crm.api.util import codec
        from zohocrmsdk.src.com.zoho.crm.api.util.field_cache import module_fields
        module = handler.get_module_api_name() if handler is not None else None
        return codec.Context(module, module_fields)


def _class_ref(pack: Any) -> str:
    from zohocrmsdk.src.com.zoho.crm.api.util.common_api_handler import _response_class
    return _response_class(pack)


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
