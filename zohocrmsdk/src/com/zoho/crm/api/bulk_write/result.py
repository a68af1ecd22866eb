# Declarations of the official bulk_write surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Result(Model):
    _fields_ = (
        F("download_url", "String"),
    )
