# Declarations of the official notes surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Note(Model):
    _fields_ = (
        F("owner", "users.MinifiedUser", key="Owner"),
        F("note_content", "String", key="Note_Content"),
        F("created_time", "DateTime", key="Created_Time"),
        F("attachments", "List", key="$attachments", of="attachments.Attachment"),
        F("note_title", "String", key="Note_Title"),
        F("editable", "Boolean", key="$editable"),
        F("voice_note", "Boolean", key="$voice_note"),
        F("created_by", "users.MinifiedUser", key="Created_By"),
        F("modified_time", "DateTime", key="Modified_Time"),
        F("size", "String", key="$size"),
        F("sharing_permission", "String", key="$sharing_permission"),
        F("parent_id", "record.Record", key="Parent_Id"),
        F("modified_by", "users.MinifiedUser", key="Modified_By"),
        F("state", "String", key="$state"),
        F("id", "Long"),
        F("is_shared_to_client", "Boolean", key="$is_shared_to_client"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
