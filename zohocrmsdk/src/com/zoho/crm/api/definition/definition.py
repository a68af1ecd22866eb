# Declarations of the official definition surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Definition(Model):
    _fields_ = (
        F("root_element_name", "String"),
        F("extradetails", "Map", key="extraDetails"),
        F("properties", "List", of="definition.Property"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
