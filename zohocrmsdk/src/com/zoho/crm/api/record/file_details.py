# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class FileDetails(Model):
    _fields_ = (
        F("size__s", "String", key="Size__s"),
        F("file_name__s", "String", key="File_Name__s"),
        F("id", "Long"),
        F("delete", "String", key="_delete"),
        F("file_id__s", "String", key="File_Id__s"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
