# Declarations of the official business_hours surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class BusinessHoursOperations(Operations):
    _init_ = "x_crm_org:str?=None"
    create_business_hours = op("POST", "/crm/v6/settings/business_hours", "CREATE", "business_hours.ActionHandler",
        args="request:business_hours.BodyWrapper?",
        mandatory=True,
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.BusinessHours.CreateBusinessHoursHeader", "x_crm_org"),))
    update_business_hours = op("PUT", "/crm/v6/settings/business_hours", "UPDATE", "business_hours.ActionHandler",
        args="request:business_hours.BodyWrapper?",
        mandatory=True,
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.BusinessHours.UpdateBusinessHoursHeader", "x_crm_org"),))
    get_business_hours = op("GET", "/crm/v6/settings/business_hours", "READ", "business_hours.ResponseHandler",
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.BusinessHours.GetBusinessHoursHeader", "x_crm_org"),))


class CreateBusinessHoursHeader(HeaderHolder, class_path="com.zoho.crm.api.BusinessHours.CreateBusinessHoursHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


class UpdateBusinessHoursHeader(HeaderHolder, class_path="com.zoho.crm.api.BusinessHours.UpdateBusinessHoursHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


class GetBusinessHoursHeader(HeaderHolder, class_path="com.zoho.crm.api.BusinessHours.GetBusinessHoursHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
