# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class RecurringActivity(Model):
    _fields_ = (
        F("rrule", "String", key="RRULE"),
        F("exdate", "String", key="EXDATE"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
