# Declarations of the official from_addresses surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class FromAddressesOperations(Operations):
    _init_ = ""
    get_from_addresses = op("GET", "/crm/v6/settings/emails/actions/from_addresses", "READ", "from_addresses.ResponseHandler")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
