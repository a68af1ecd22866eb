# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ConditionalRules(Model):
    _fields_ = (
        F("query_id", "Long"),
        F("criteria", "wizards.Criteria"),
        F("actions", "List", of="wizards.Actions"),
        F("execute_on", "Choice", values=('create', 'edit', 'create_edit')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
