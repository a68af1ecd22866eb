# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class MassUpdateBodyWrapper(Model):
    _fields_ = (
        F("cvid", "String"),
        F("data", "List", of="record.Record"),
        F("criteria", "List", of="record.Criteria"),
        F("ids", "List", of="String"),
        F("over_write", "Boolean"),
        F("territory", "record.MassUpdateTerritory"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
