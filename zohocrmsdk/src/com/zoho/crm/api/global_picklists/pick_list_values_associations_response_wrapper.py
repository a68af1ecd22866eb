# Declarations of the official global_picklists surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.global_picklists.pick_list_values_associations_response_handler import PickListValuesAssociationsResponseHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class PickListValuesAssociationsResponseWrapper(Model, PickListValuesAssociationsResponseHandler):
    _fields_ = (
        F("pick_list_values_associations", "List", of="global_picklists.PickListValuesAssociation"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
