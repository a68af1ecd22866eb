# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Node(Model):
    _fields_ = (
        F("pos_y", "Integer"),
        F("pos_x", "Integer"),
        F("start_node", "Boolean"),
        F("screen", "wizards.Screen"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
