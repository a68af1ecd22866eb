"""``zohocrmsdk.src.com.zoho.crm.api``: the core classes and the 91 API packages, all loaded lazily
(the official package imports every API package here; we load each one on first use)."""
import importlib

_CORE = {"Header": "header", "HeaderMap": "header_map", "Param": "param", "ParameterMap": "parameter_map",
         "Initializer": "initializer", "UserSignature": "user_signature", "RequestProxy": "request_proxy",
         "SDKConfig": "sdk_config"}
_SUBPACKAGES = frozenset(("dc", "exception", "util", "coql", "users_transfer_delete", "user_type_users", "associate_email",
    "unsubscribe_links", "unblock_email", "layouts", "variable_groups", "webforms", "service_preference",
    "bulk_read", "shift_hours", "pipeline", "field_map_dependency", "inventory_convert", "users_territories",
    "appointment_preference", "users_unavailability", "fields", "blueprint", "privacy_preference", "taxes", "roles",
    "email_related_records", "modules", "portal_invite", "attachments", "find_and_merge", "global_picklists",
    "timelines", "user_groups", "contact_roles", "entity_scores", "conversion_option", "scoring_rules", "portals",
    "available_currencies", "digest", "org", "mail_merge", "fiscal_year", "record_locking_configuration", "users",
    "mass_change_owner", "custom_views", "tags", "email_templates", "files", "mass_convert",
    "privacy_configurable_apps", "email_compose_meta", "templates", "definition", "territories", "email_drafts",
    "cancel_meetings", "territory_users", "business_hours", "portals_meta", "email_sharing_details",
    "share_records", "inventory_templates", "features", "from_addresses", "wizards", "holidays", "profiles",
    "send_mail", "mass_delete_cvid", "deal_contact_roles", "currencies", "convert_lead", "notes", "isc_signature",
    "field_attachments", "backup", "related_lists", "inventory_mass_convert", "reschedule_history", "variables",
    "related_records", "record_locking", "change_owner", "download_inline_images", "assignment_rules",
    "notifications", "bulk_write", "portal_user_type", "download_attachments", "record", "hipaa_compliance"))
__all__ = sorted(set(_CORE) | _SUBPACKAGES)


def __getattr__(name):
    if name in _CORE:
        value = getattr(importlib.import_module(__name__ + "." + _CORE[name]), name)
    elif name in _SUBPACKAGES:
        value = importlib.import_module(__name__ + "." + name)
    else:
        raise AttributeError("module {!r} has no attribute {!r}".format(__name__, name))
    globals()[name] = value
    return value


def __dir__():
    return __all__
