"""File responses: a ``FileBodyWrapper`` whose stream is the HTTP response."""
from zohocrmsdk.src.com.zoho.crm.api.util.converter import Converter, _class_ref


class Downloader(Converter):
    def form_request(self, request_instance, pack=None, instance_number=0, class_member_detail=None):
        return None

    def append_to_request(self, request_base, request_object):
        return None

    def get_wrapped_response(self, response, pack):
        from zohocrmsdk.src.com.zoho.crm.api.util.common_api_handler import _file_body
        return _file_body(response, _class_ref(pack))

    def get_response(self, response, pack):
        return self.get_wrapped_response(response, pack)


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
