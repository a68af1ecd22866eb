# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record.mass_update_action_handler import MassUpdateActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MassUpdateActionWrapper(Model, MassUpdateActionHandler):
    _fields_ = (
        F("data", "List", of="record.MassUpdateActionResponse"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
