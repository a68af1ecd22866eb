# Declarations of the official mass_convert surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Status(Model):
    _fields_ = (
        F("total_count", "Integer", key="Total_Count"),
        F("not_converted_count", "Integer", key="Not_Converted_Count"),
        F("failed_count", "Integer", key="Failed_Count"),
        F("converted_count", "Integer", key="Converted_Count"),
        F("status", "String", key="Status"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
