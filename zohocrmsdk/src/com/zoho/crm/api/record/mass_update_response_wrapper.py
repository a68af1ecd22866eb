# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record.mass_update_response_handler import MassUpdateResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MassUpdateResponseWrapper(Model, MassUpdateResponseHandler):
    _fields_ = (
        F("data", "List", of="record.MassUpdateResponse"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
