"""JSON bodies (official entry points over ``codec``)."""
from __future__ import annotations

import json

from zohocrmsdk.src.com.zoho.crm.api.util.converter import Converter, _class_ref


class JSONConverter(Converter):
    def form_request(self, request_instance, pack=None, instance_number=0, class_member_detail=None):
        from zohocrmsdk.src.com.zoho.crm.api.util import codec
        return codec.Encoder(self._context(self.common_api_handler)).encode(request_instance, instance_number)

    def append_to_request(self, request_base, request_object):
        request_base.request_body = json.dumps(request_object).encode("utf-8")
        return request_base.request_body

    def get_wrapped_response(self, response, pack):
        if not response.content.strip():
            return None
        return self.get_response(response.json(), pack)

    def get_response(self, response, pack):
        from zohocrmsdk.src.com.zoho.crm.api.util import codec
        return codec.decode(response, _class_ref(pack), self._context(self.common_api_handler))


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
