# Declarations of the official pipeline surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class JsonDetails(Model):
    _fields_ = (
        F("expected_data_type", "String"),
        F("api_name", "String"),
        F("json_path", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
