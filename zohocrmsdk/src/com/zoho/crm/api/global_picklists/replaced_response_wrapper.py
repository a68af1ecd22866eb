# Declarations of the official global_picklists surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.global_picklists.replaced_response_handler import ReplacedResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ReplacedResponseWrapper(Model, ReplacedResponseHandler):
    _fields_ = (
        F("replaced_values", "List", of="global_picklists.ReplacedValue"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
