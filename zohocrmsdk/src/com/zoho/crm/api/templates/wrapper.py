# Declarations of the official templates surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Wrapper(Model):
    _fields_ = (
        F("templates", "List", of="templates.Templates"),
    )
