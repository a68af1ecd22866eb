# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class PickListValue(Model):
    _fields_ = (
        F("sequence_number", "Integer"),
        F("display_value", "String"),
        F("expected_data_type", "String"),
        F("maps", "List", of="fields.Maps"),
        F("colour_code", "String"),
        F("probability", "Integer"),
        F("forecast_category", "fields.ForecastCategory"),
        F("sys_ref_name", "String"),
        F("actual_value", "String"),
        F("id", "Long"),
        F("forecast_type", "String"),
        F("type", "Choice", values=('used', 'unused')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
