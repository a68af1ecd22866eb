# Declarations of the official email_templates surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.inventory_templates.inventory_templates import InventoryTemplates
from zohocrmsdk.src.com.zoho.crm.api.send_mail.template import Template
from zohocrmsdk.src.com.zoho.crm.api.util.model import F


class EmailTemplate(InventoryTemplates, Template):
    _fields_ = (
        F("created_time", "DateTime"),
        F("mail_content", "String"),
        F("attachments", "List", of="email_templates.Attachment"),
        F("subject", "String"),
        F("module", "inventory_templates.ModuleMap"),
        F("description", "String"),
        F("active", "Boolean"),
        F("last_version_statistics", "email_templates.LastVersionStatistics"),
        F("created_by", "inventory_templates.User"),
        F("content", "String"),
        F("modified_time", "DateTime"),
        F("folder", "inventory_templates.Folder"),
        F("last_usage_time", "DateTime"),
        F("associated", "Boolean"),
        F("consent_linked", "Boolean"),
        F("modified_by", "inventory_templates.User"),
        F("name", "String"),
        F("id", "Long"),
        F("editor_mode", "String"),
        F("category", "String"),
        F("favorite", "Boolean"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
