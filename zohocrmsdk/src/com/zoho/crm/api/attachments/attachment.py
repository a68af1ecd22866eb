# Declarations of the official attachments surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Attachment(Model):
    _fields_ = (
        F("owner", "users.MinifiedUser", key="Owner"),
        F("created_time", "DateTime", key="Created_Time"),
        F("file_name", "String", key="File_Name"),
        F("editable", "Boolean", key="$editable"),
        F("se_module", "String", key="$se_module"),
        F("type", "String", key="$type"),
        F("created_by", "users.MinifiedUser", key="Created_By"),
        F("modified_time", "DateTime", key="Modified_Time"),
        F("size", "String", key="Size"),
        F("sharing_permission", "String", key="$sharing_permission"),
        F("attachment_type", "Integer", key="$attachment_type"),
        F("parent_id", "attachments.ParentId", key="Parent_Id"),
        F("file_id", "String", key="$file_id"),
        F("modified_by", "users.MinifiedUser", key="Modified_By"),
        F("link_url", "String", key="$link_url"),
        F("id", "Long"),
        F("state", "String", key="$state"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
