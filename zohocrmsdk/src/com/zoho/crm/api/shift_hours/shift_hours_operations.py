# Declarations of the official shift_hours surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class ShiftHoursOperations(Operations):
    _init_ = "x_crm_org:str?=None"
    get_shift_hours = op("GET", "/crm/v6/settings/business_hours/shift_hours", "READ", "shift_hours.ResponseHandler",
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.ShiftHours.GetShiftHoursHeader", "x_crm_org"),))
    create_shifts_hours = op("POST", "/crm/v6/settings/business_hours/shift_hours", "CREATE", "shift_hours.ActionHandler",
        args="request:shift_hours.BodyWrapper?",
        mandatory=True,
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.ShiftHours.CreateShiftsHoursHeader", "x_crm_org"),))
    update_shift_hours = op("PUT", "/crm/v6/settings/business_hours/shift_hours", "UPDATE", "shift_hours.ActionHandler",
        args="request:shift_hours.BodyWrapper?",
        mandatory=True,
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.ShiftHours.UpdateShiftHoursHeader", "x_crm_org"),))
    get_shift_hour = op("GET", "/crm/v6/settings/business_hours/shift_hours/{shift_id}", "READ", "shift_hours.ResponseHandler",
        args="shift_id:int",
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.ShiftHours.GetShiftHourHeader", "x_crm_org"),))
    update_shift_hour = op("PUT", "/crm/v6/settings/business_hours/shift_hours/{shift_id}", "UPDATE", "shift_hours.ActionHandler",
        args="shift_id:int, request:shift_hours.BodyWrapper?",
        mandatory=True,
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.ShiftHours.UpdateShiftHourHeader", "x_crm_org"),))
    delete_shift_hour = op("DELETE", "/crm/v6/settings/business_hours/shift_hours/{shift_id}", "DELETE", "shift_hours.ActionHandler",
        args="shift_id:int",
        inject=(("header", "X-CRM-ORG", "com.zoho.crm.api.ShiftHours.DeleteShiftHourHeader", "x_crm_org"),))


class GetShiftHoursHeader(HeaderHolder, class_path="com.zoho.crm.api.ShiftHours.GetShiftHoursHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


class CreateShiftsHoursHeader(HeaderHolder, class_path="com.zoho.crm.api.ShiftHours.CreateShiftsHoursHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


class UpdateShiftHoursHeader(HeaderHolder, class_path="com.zoho.crm.api.ShiftHours.UpdateShiftHoursHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


class GetShiftHourHeader(HeaderHolder, class_path="com.zoho.crm.api.ShiftHours.GetShiftHourHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


class UpdateShiftHourHeader(HeaderHolder, class_path="com.zoho.crm.api.ShiftHours.UpdateShiftHourHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


class DeleteShiftHourHeader(HeaderHolder, class_path="com.zoho.crm.api.ShiftHours.DeleteShiftHourHeader", hidden=(typed("X-CRM-ORG", "String"),)):
    pass


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
