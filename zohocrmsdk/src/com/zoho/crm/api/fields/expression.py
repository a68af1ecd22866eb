# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Expression(Model):
    _fields_ = (
        F("function_parameters", "List", of="fields.FunctionParameter"),
        F("criteria", "fields.RollupCriteria"),
        F("function", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
