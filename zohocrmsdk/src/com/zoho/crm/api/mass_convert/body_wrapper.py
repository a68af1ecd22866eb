# Declarations of the official mass_convert surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BodyWrapper(Model):
    _fields_ = (
        F("portal_user_type", "mass_convert.PortalUserType"),
        F("apply_assignment_threshold", "Boolean"),
        F("assign_to", "mass_convert.AssignTo"),
        F("deals", "record.Record", key="Deals"),
        F("carry_over_tags", "List", of="mass_convert.MoveAttachmentsTo"),
        F("related_modules", "List", of="mass_convert.RelatedModule"),
        F("ids", "List", of="Long"),
        F("move_attachments_to", "mass_convert.MoveAttachmentsTo"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
