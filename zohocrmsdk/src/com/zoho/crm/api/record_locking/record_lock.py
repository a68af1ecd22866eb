# Declarations of the official record_locking surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record.record import Record
from zohocrmsdk.src.com.zoho.crm.api.util.model import F


class RecordLock(Record):
    _fields_ = (
        F("locked_reason__s", "String"),
        F("created_time", "DateTime", key="Created_Time"),
        F("record_locking_rule_id__s", "Long"),
        F("lock_source__s", "Choice", values=('Manual', 'Automatic')),
        F("created_by", "users.MinifiedUser", key="Created_By"),
        F("locked_time__s", "String", key="Locked_time__s"),
        F("record_locking_configuration_id__s", "Long"),
        F("modified_time", "DateTime", key="Modified_Time"),
        F("locked_for_s", "record_locking.LockedForS"),
        F("modified_by", "users.MinifiedUser", key="Modified_By"),
        F("name", "String"),
        F("locked_by__s", "users.MinifiedUser"),
        F("id", "Long"),
        F("tag", "List", key="Tag", of="tags.Tag"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
