# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ButtonBackground(Model):
    _fields_ = (
        F("button_background", "List", of="String"),
    )
