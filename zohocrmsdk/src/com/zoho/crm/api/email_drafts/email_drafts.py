# Declarations of the official email_drafts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class EmailDrafts(Model):
    _fields_ = (
        F("cc", "List", of="email_drafts.To"),
        F("template", "email_drafts.Template"),
        F("schedule_details", "email_drafts.ScheduleDetails"),
        F("summary", "String"),
        F("created_time", "DateTime"),
        F("bcc", "List", of="email_drafts.To"),
        F("attachments", "List", of="email_drafts.Attachments"),
        F("subject", "String"),
        F("content", "String"),
        F("modified_time", "DateTime"),
        F("email_opt_out", "Boolean"),
        F("from_1", "String", key="from", accessor="from"),
        F("reply_to", "String"),
        F("rich_text", "Boolean"),
        F("inventory_details", "email_drafts.InventoryDetails"),
        F("id", "String"),
        F("to", "List", of="email_drafts.To"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
