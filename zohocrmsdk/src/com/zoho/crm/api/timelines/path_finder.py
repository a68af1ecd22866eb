# Declarations of the official timelines surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class PathFinder(Model):
    _fields_ = (
        F("process_entry", "Boolean"),
        F("process_exit", "Boolean"),
        F("state", "timelines.State"),
    )
