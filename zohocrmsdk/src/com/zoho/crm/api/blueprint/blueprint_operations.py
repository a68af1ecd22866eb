# Declarations of the official blueprint surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class BlueprintOperations(Operations):
    _init_ = "record_id:str, module_api_name:str"
    get_blueprint = op("GET", "/crm/v6/{module_api_name}/{record_id}/actions/blueprint", "READ", "blueprint.ResponseHandler")
    update_blueprint = op("PUT", "/crm/v6/{module_api_name}/{record_id}/actions/blueprint", "UPDATE", "blueprint.ActionHandler",
        args="request:blueprint.BodyWrapper?",
        mandatory=True)


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
