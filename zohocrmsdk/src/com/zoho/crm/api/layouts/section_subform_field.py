# Declarations of the official layouts surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class SectionSubformField(Model):
    _fields_ = (
        F("layout", "layouts.MinifiedLayout"),
        F("module", "String"),
        F("id", "String"),
    )
