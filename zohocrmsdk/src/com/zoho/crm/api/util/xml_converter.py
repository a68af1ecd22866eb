"""XML bodies: Zoho CRM v6 sends none, so (as in the official SDK) nothing is decoded."""
from zohocrmsdk.src.com.zoho.crm.api.util.converter import Converter


class XMLConverter(Converter):
    def form_request(self, request_instance, pack=None, instance_number=0, class_member_detail=None):
        return None

    def append_to_request(self, request_base, request_object):
        return None

    def get_wrapped_response(self, response, pack):
        return None

    def get_response(self, response, pack):
        return None
