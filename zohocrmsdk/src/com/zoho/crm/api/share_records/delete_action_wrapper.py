# Declarations of the official share_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.share_records.delete_action_handler import DeleteActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class DeleteActionWrapper(Model, DeleteActionHandler):
    _fields_ = (
        F("share", "share_records.DeleteActionResponse", interface=True),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
