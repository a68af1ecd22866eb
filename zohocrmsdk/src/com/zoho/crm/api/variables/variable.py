# Declarations of the official variables surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Variable(Model):
    _fields_ = (
        F("read_only", "Boolean"),
        F("api_name", "String"),
        F("name", "String"),
        F("description", "String"),
        F("source", "String"),
        F("id", "Long"),
        F("type", "Choice", values=('text', 'integer', 'percent', 'double', 'currency', 'date', 'datetime', 'email', 'phone', 'website', 'textarea', 'checkbox', 'long')),
        F("variable_group", "variables.VariableGroup"),
        F("value", "Object"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
