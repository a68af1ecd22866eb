# Declarations of the official roles surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Role(Model):
    _fields_ = (
        F("display_label", "String"),
        F("created_by__s", "users.MinifiedUser"),
        F("modified_by__s", "users.MinifiedUser"),
        F("forecast_manager", "roles.ReportingTo"),
        F("share_with_peers", "Boolean"),
        F("modified_time__s", "DateTime"),
        F("name", "String"),
        F("description", "String"),
        F("reporting_to", "roles.ReportingTo"),
        F("id", "Long"),
        F("created_time__s", "DateTime"),
        F("admin_user", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
