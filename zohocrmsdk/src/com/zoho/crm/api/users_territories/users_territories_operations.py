# Declarations of the official users_territories surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class UsersTerritoriesOperations(Operations):
    _init_ = "user:int"
    get_territories_of_user = op("GET", "/crm/v6/users/{user}/territories", "READ", "users_territories.ResponseHandler")
    associate_territories_to_user = op("PUT", "/crm/v6/users/{user}/territories", "UPDATE", "users_territories.ActionHandler",
        args="request:users_territories.BodyWrapper?",
        mandatory=True)
    get_territory_of_user = op("GET", "/crm/v6/users/{user}/territories/{territory}", "READ", "users_territories.ResponseHandler",
        args="territory:int")
    validate_before_transfer_for_all_territories = op("GET", "/crm/v6/users/{user}/territories/actions/validate_before_transfer", "ACTION", "users_territories.ValidationHandler")
    validate_before_transfer = op("GET", "/crm/v6/users/{user}/territories/{territory}/actions/validate_before_transfer", "ACTION", "users_territories.ValidationHandler",
        args="territory:int")
    delink_and_transfer_from_all_territories = op("PUT", "/crm/v6/users/{user}/territories/actions/transfer_and_delink", "ACTION", "users_territories.TransferActionHandler",
        args="request:users_territories.TransferWrapper?")
    delink_and_transfer_from_specific_territory = op("PUT", "/crm/v6/users/{user}/territories/{territory}/actions/transfer_and_delink", "ACTION", "users_territories.TransferActionHandler",
        args="territory:int, request:users_territories.TransferWrapper?")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
