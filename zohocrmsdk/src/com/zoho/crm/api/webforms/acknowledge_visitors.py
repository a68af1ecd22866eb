# Declarations of the official webforms surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class AcknowledgeVisitors(Model):
    _fields_ = (
        F("template_name", "String"),
        F("template_id", "Long"),
        F("from_address", "webforms.FromAddress"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
