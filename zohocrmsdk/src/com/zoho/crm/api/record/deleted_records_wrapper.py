# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record.deleted_records_handler import DeletedRecordsHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class DeletedRecordsWrapper(Model, DeletedRecordsHandler):
    _fields_ = (
        F("data", "List", of="record.DeletedRecord"),
        F("info", "record.Info"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
