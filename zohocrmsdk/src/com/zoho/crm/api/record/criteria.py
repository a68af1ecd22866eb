# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Criteria(Model):
    _fields_ = (
        F("comparator", "Choice", values=('equal', 'not_equal', 'in', 'not_in', 'less_than', 'less_equal', 'greater_than', 'greater_equal', 'contains', 'not_contains', 'starts_with', 'ends_with', 'between', 'not_between')),
        F("field", "String"),
        F("group_operator", "Choice", values=('and', 'or')),
        F("value", "Object"),
        F("group", "List", of="record.Criteria"),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
