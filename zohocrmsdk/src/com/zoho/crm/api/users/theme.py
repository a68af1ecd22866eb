# Declarations of the official users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Theme(Model):
    _fields_ = (
        F("normal_tab", "users.Tab"),
        F("selected_tab", "users.Tab"),
        F("new_background", "String"),
        F("background", "Choice", values=('#F3F0EB',)),
        F("screen", "Choice", values=('fixed',)),
        F("type", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
