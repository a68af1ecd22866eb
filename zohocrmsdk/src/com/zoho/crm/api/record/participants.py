# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.record.record import Record
from zohocrmsdk.src.com.zoho.crm.api.util.model import F


class Participants(Record):
    _fields_ = (
        F("created_time", "DateTime", key="Created_Time"),
        F("modified_time", "DateTime", key="Modified_Time"),
        F("name", "String"),
        F("invited", "Boolean"),
        F("modified_by", "users.MinifiedUser", key="Modified_By"),
        F("id", "Long"),
        F("tag", "List", key="Tag", of="tags.Tag"),
        F("type", "String"),
        F("created_by", "users.MinifiedUser", key="Created_By"),
        F("email", "String", key="Email"),
        F("participant", "String"),
        F("status", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
