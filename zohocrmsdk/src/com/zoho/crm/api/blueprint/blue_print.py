# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class BluePrint(Model):
    _fields_ = (
        F("data", "record.Record"),
        F("process_info", "blueprint.ProcessInfo"),
        F("transition_id", "String"),
        F("transitions", "List", of="blueprint.Transition"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
