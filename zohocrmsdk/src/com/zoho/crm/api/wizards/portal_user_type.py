# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class PortalUserType(Model):
    _fields_ = (
        F("layout", "layouts.Layouts"),
        F("chart_data", "wizards.ChartData"),
        F("screens", "List", of="wizards.Screen"),
        F("id", "Long"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
