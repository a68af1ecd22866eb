# Declarations of the official territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class TransferTerritory(Model):
    _fields_ = (
        F("transfer_to_id", "Long"),
        F("delete_previous_forecasts", "Boolean"),
        F("id", "Long"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
