# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ConditionalRules(Model):
    _fields_ = (
        F("query_id", "Long"),
        F("criteria", "wizards.Criteria"),
        F("actions", "List", of="wizards.Actions"),
        F("execute_on", "Choice", values=('create', 'edit', 'create_edit')),
    )
