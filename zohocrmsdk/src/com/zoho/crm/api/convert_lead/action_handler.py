# Declarations of the official convert_lead surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ActionHandler(Interface):
    _classes_ = ("convert_lead.APIException", "convert_lead.ActionWrapper")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
