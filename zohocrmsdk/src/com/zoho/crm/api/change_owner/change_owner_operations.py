# Declarations of the official change_owner surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class ChangeOwnerOperations(Operations):
    _init_ = "module:str"
    single_update = op("POST", "/crm/v6/{module}/{id}/actions/change_owner", "ACTION", "change_owner.ActionHandler",
        args="id:int, request:change_owner.BodyWrapper?")
    mass_update = op("POST", "/crm/v6/{module}/actions/change_owner", "ACTION", "change_owner.ActionHandler",
        args="request:change_owner.MassWrapper?")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
