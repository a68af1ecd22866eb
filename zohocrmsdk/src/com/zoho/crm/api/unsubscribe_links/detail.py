# Declarations of the official unsubscribe_links surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Detail(Model):
    _fields_ = (
        F("module", "unsubscribe_links.Module"),
    )
