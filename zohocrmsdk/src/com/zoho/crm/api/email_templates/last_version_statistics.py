# Declarations of the official email_templates surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class LastVersionStatistics(Model):
    _fields_ = (
        F("tracked", "Integer"),
        F("delivered", "Integer"),
        F("opened", "Integer"),
        F("bounced", "Integer"),
        F("sent", "Integer"),
        F("clicked", "Integer"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
