# Declarations of the official webforms surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Fields(Model):
    _fields_ = (
        F("hidden", "Boolean"),
        F("site_key", "String"),
        F("advanced", "Boolean"),
        F("module", "webforms.Module"),
        F("field_label", "String"),
        F("required", "Boolean"),
        F("field_name", "String"),
        F("layout", "webforms.Layout"),
        F("help", "String"),
        F("secret_key", "String"),
        F("recaptcha_label", "String"),
        F("field", "webforms.Fields"),
        F("api_name", "String"),
        F("theme", "String"),
        F("date_format", "String"),
        F("id", "Long"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
