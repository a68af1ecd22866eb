# Declarations of the official hipaa_compliance surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ResponseWrapper(Model):
    _fields_ = (
        F("hipaa_compliance", "hipaa_compliance.HipaaCompliance"),
    )
