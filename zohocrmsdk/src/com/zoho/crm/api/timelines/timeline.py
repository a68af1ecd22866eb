# Declarations of the official timelines surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Timeline(Model):
    _fields_ = (
        F("extension", "String"),
        F("done_by", "timelines.NameIdStructure"),
        F("related_record", "timelines.RelatedRecord"),
        F("automation_details", "timelines.AutomationDetail"),
        F("record", "timelines.Record"),
        F("audited_time", "DateTime"),
        F("action", "String"),
        F("id", "Long"),
        F("source", "String"),
        F("type", "String"),
        F("field_history", "List", of="timelines.FieldHistory"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
