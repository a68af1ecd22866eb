# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Segment(Model):
    _fields_ = (
        F("sequence_number", "Integer"),
        F("display_label", "String"),
        F("buttons", "List", of="wizards.Button"),
        F("column_count", "Integer"),
        F("elements", "List", of="wizards.Element"),
        F("id", "Long"),
        F("type", "String"),
        F("fields", "List", of="fields.Fields"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
