# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, KeyValueModel


class Record(KeyValueModel):
    _fields_ = (
        F("created_time", "DateTime", key="Created_Time"),
        F("modified_time", "DateTime", key="Modified_Time"),
        F("modified_by", "users.MinifiedUser", key="Modified_By"),
        F("name", "String"),
        F("id", "Long"),
        F("tag", "List", key="Tag", of="tags.Tag"),
        F("created_by", "users.MinifiedUser", key="Created_By"),
    )
    _field_class_ = "record.Field"


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
