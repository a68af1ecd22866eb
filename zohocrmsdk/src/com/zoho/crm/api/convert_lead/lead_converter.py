# Declarations of the official convert_lead surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class LeadConverter(Model):
    _fields_ = (
        F("notify_lead_owner", "Boolean"),
        F("add_to_existing_record", "Choice", values=(True,)),
        F("assign_to", "users.MinifiedUser"),
        F("deals", "record.Record", key="Deals", module="Deals"),
        F("carry_over_tags", "convert_lead.CarryOverTags"),
        F("accounts", "record.Record", key="Accounts"),
        F("overwrite", "Boolean"),
        F("notify_new_entity_owner", "Boolean"),
        F("contacts", "record.Record", key="Contacts"),
        F("move_attachments_to", "convert_lead.MoveAttachmentsTo"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
