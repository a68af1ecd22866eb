# Declarations of the official tags surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Tag(Model):
    _fields_ = (
        F("created_time", "DateTime"),
        F("modified_time", "DateTime"),
        F("name", "String"),
        F("modified_by", "users.MinifiedUser"),
        F("id", "Long"),
        F("created_by", "users.MinifiedUser"),
        F("color_code", "Choice", values=('#F17574', '#F48435', '#E7A826', '#A8C026', '#63C57E', '#1DB9B4', '#57B1FD', '#879BFC', '#D297EE', '#FD87BD', '#969696', '#658BA8', '#B88562')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
