# Declarations of the official templates surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Templates(Model):
    _fields_ = (
        F("folder", "templates.Folder"),
        F("modified_time", "DateTime"),
        F("subject", "String"),
        F("module", "String"),
        F("modified_by", "templates.Folder"),
        F("name", "String"),
        F("consent_linked", "Boolean"),
        F("id", "Long"),
        F("favourite", "Boolean"),
        F("attachment_present", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
