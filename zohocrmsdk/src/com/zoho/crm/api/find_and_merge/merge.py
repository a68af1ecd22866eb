# Declarations of the official find_and_merge surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Merge(Model):
    _fields_ = (
        F("data", "List", of="find_and_merge.MergeData"),
        F("job_id", "Long"),
        F("master_record_fields", "List", of="find_and_merge.MasterRecordFields"),
        F("status", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
