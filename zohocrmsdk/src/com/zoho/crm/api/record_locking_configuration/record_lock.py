# Declarations of the official record_locking_configuration surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class RecordLock(Model):
    _fields_ = (
        F("created_time", "DateTime"),
        F("locked_for", "String"),
        F("excluded_fields", "List", of="fields.MinifiedField"),
        F("created_by", "users.MinifiedUser"),
        F("feature_type", "String"),
        F("locking_rules", "List", of="record_locking_configuration.LockingRules"),
        F("restricted_actions", "List", of="String"),
        F("lock_for_portal_users", "Boolean"),
        F("modified_time", "DateTime"),
        F("restricted_communications", "List", of="String"),
        F("system_defined", "Boolean"),
        F("modified_by", "users.MinifiedUser"),
        F("id", "Long"),
        F("lock_type", "Choice", values=('manual', 'automatic', 'both')),
        F("restricted_custom_buttons", "List", of="record_locking_configuration.RestrictedCustomButton"),
        F("lock_excluded_profiles", "List", of="record_locking_configuration.LockExcludedProfile"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
