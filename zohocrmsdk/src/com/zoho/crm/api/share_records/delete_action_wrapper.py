# Declarations of the official share_records surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.share_records.delete_action_handler import DeleteActionHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class DeleteActionWrapper(Model, DeleteActionHandler):
    _fields_ = (
        F("share", "share_records.DeleteActionResponse", interface=True),
    )
