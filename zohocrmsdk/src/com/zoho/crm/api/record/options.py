# Declarations of the official record surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.choice import Choice
from zohocrmsdk.src.com.zoho.crm.api.util.model import constant_group


class Options(object):
    """Allowed values of standard picklists, as ``Choice`` objects."""


_GROUPS = {
    "UsersTimeFormat": {
        "hhmm": "HH:mm",
        "hhmma": "hh:mm a",
    },
    "UsersDateFormat": {
        "mmmdyyyy": "MMM d, yyyy",
    },
    "UsersDecimalSeparator": {
        "comma": "Comma",
        "period": "Period",
    },
    "UsersNumberSeparator": {
        "space": "Space",
    },
    "UsersNameFormatS": {
        "salutationfirstnamelastname": "Salutation,First Name,Last Name",
        "saluationlastnamefirstname": "Saluation,Last Name,First Name",
        "firstnamelastnamesaluation": "First Name,Last Name,Saluation",
    },
    "RecordLockLockSourceS": {
        "manual": "Manual",
        "automatic": "Automatic",
    },
}
for _group, _members in _GROUPS.items():
    setattr(Options, _group, constant_group(_group, Choice, _members, Options))


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
