# Declarations of the official backup surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Urls(Model):
    _fields_ = (
        F("data_links", "List", of="String"),
        F("attachment_links", "List", of="String"),
        F("expiry_date", "DateTime"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
