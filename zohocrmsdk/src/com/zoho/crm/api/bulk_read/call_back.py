# Declarations of the official bulk_read surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class CallBack(Model):
    _fields_ = (
        F("method", "Choice", values=('post',)),
        F("url", "String"),
    )
