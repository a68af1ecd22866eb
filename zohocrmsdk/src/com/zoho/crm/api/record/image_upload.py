# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ImageUpload(Model):
    _fields_ = (
        F("owner__s", "users.MinifiedUser", key="Owner__s"),
        F("preview_id__s", "String", key="Preview_Id__s"),
        F("modified_by__s", "users.MinifiedUser", key="Modified_By__s"),
        F("file_name__s", "String", key="File_Name__s"),
        F("sequence_number__s", "Long", key="Sequence_Number__s"),
        F("delete", "String", key="_delete"),
        F("file_id__s", "String", key="File_Id__s"),
        F("state__s", "String", key="State__s"),
        F("size__s", "String", key="Size__s"),
        F("created_by__s", "users.MinifiedUser", key="Created_By__s"),
        F("modified_time__s", "DateTime", key="Modified_Time__s"),
        F("id", "Long"),
        F("description__s", "String", key="Description__s"),
        F("created_time__s", "DateTime", key="Created_Time__s"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
