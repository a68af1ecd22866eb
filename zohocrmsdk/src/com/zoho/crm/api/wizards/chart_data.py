# Declarations of the official wizards surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class ChartData(Model):
    _fields_ = (
        F("canvas_width", "Integer"),
        F("nodes", "List", of="wizards.Node"),
        F("canvas_height", "Integer"),
        F("connections", "List", of="wizards.Connection"),
        F("color_palette", "wizards.ButtonBackground"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
