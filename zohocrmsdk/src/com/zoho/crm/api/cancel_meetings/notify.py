# Declarations of the official cancel_meetings surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Notify(Model):
    _fields_ = (
        F("send_cancelling_mail", "Boolean"),
    )
