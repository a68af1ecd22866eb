# Declarations of the official holidays surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class HolidaysOperations(Operations):
    _init_ = "x_crm_org:str?=None"
    get_holidays = op("GET", "/crm/v6/settings/holidays", "READ", "holidays.ResponseHandler",
        args="param_instance:ParameterMap?=None",
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.Holidays.GetHolidaysHeader", "x_crm_org"),))
    create_holidays = op("POST", "/crm/v6/settings/holidays", "CREATE", "holidays.ActionHandler",
        args="request:holidays.BodyWrapper?",
        mandatory=True,
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.Holidays.CreateHolidaysHeader", "x_crm_org"),))
    update_holidays = op("PUT", "/crm/v6/settings/holidays", "UPDATE", "holidays.ActionHandler",
        args="request:holidays.Holidays?",
        mandatory=True,
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.Holidays.UpdateHolidaysHeader", "x_crm_org"),))
    update_holiday = op("PUT", "/crm/v6/settings/holidays/{holiday_id}", "UPDATE", "holidays.ActionHandler",
        args="holiday_id:int, request:holidays.Holidays?",
        mandatory=True,
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.Holidays.UpdateHolidayHeader", "x_crm_org"),))
    get_holiday = op("GET", "/crm/v6/settings/holidays/{holiday_id}", "READ", "holidays.ResonseHandler",
        args="holiday_id:int",
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.Holidays.GetHolidayHeader", "x_crm_org"),))
    delete_holiday = op("DELETE", "/crm/v6/settings/holidays/{holiday_id}", "DELETE", "holidays.ActionHandler",
        args="holiday_id:int",
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.Holidays.DeleteHolidayHeader", "x_crm_org"),))


class GetHolidaysHeader(HeaderHolder, class_path="com.zoho.crm.api.Holidays.GetHolidaysHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


class GetHolidaysParam(ParamHolder, class_path="com.zoho.crm.api.Holidays.GetHolidaysParam"):
    year = typed("year", "Integer")
    type = typed("type", "Choice")
    shift_id = typed("shift_id", "Long")


class CreateHolidaysHeader(HeaderHolder, class_path="com.zoho.crm.api.Holidays.CreateHolidaysHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


class UpdateHolidaysHeader(HeaderHolder, class_path="com.zoho.crm.api.Holidays.UpdateHolidaysHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


class UpdateHolidayHeader(HeaderHolder, class_path="com.zoho.crm.api.Holidays.UpdateHolidayHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


class GetHolidayHeader(HeaderHolder, class_path="com.zoho.crm.api.Holidays.GetHolidayHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


class DeleteHolidayHeader(HeaderHolder, class_path="com.zoho.crm.api.Holidays.DeleteHolidayHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
