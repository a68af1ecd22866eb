# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class RollupSummary(Model):
    _fields_ = (
        F("return_type", "String"),
        F("expression", "fields.Expression"),
        F("based_on_module", "fields.MinifiedField"),
        F("related_list", "fields.MinifiedField"),
        F("rollup_based_on", "String"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
