# Declarations of the official users surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.users.count_handler import CountHandler
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class CountWrapper(Model, CountHandler):
    _fields_ = (
        F("count", "Long"),
    )
