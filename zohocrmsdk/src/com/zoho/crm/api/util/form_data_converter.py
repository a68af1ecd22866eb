"""Multipart bodies (official entry points over the engine's multipart builder)."""
from zohocrmsdk.src.com.zoho.crm.api.util.converter import Converter


class FormDataConverter(Converter):
    def form_request(self, request_instance, pack=None, instance_number=0, class_member_detail=None):
        from zohocrmsdk.src.com.zoho.crm.api.util.common_api_handler import _multipart
        return _multipart(request_instance)

    def append_to_request(self, request_base, request_object):
        request_base.file = True
        request_base.request_body = request_object
        return request_object

    def get_wrapped_response(self, response, pack):
        return None

    def get_response(self, response, pack):
        return None


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
