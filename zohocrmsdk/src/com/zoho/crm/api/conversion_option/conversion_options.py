# Declarations of the official conversion_option surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ConversionOptions(Model):
    _fields_ = (
        F("module_preference", "modules.Modules"),
        F("deals", "List", key="Deals", of="record.Record"),
        F("accounts", "List", key="Accounts", of="record.Record"),
        F("preference_field_matched_value", "conversion_option.PreferenceFieldMatchedValue"),
        F("contacts", "List", key="Contacts", of="record.Record"),
        F("modules_with_multiple_layouts", "List", of="modules.Modules"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
