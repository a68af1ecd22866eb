# Declarations of the official mass_change_owner surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Status(Model):
    _fields_ = (
        F("updated_count", "Integer", key="Updated_Count"),
        F("total_count", "Integer", key="Total_Count"),
        F("not_updated_count", "Integer", key="Not_Updated_Count"),
        F("failed_count", "Integer", key="Failed_Count"),
        F("status", "Choice", key="Status", values=('COMPLETED', 'SCHEDULED', 'RUNNING', 'FAILED')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
