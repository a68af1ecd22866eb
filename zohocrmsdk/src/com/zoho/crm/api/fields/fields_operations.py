# Declarations of the official fields surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class FieldsOperations(Operations):
    _init_ = ""
    get_fields = op("GET", "/crm/v6/settings/fields", "READ", "fields.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    create_field = op("POST", "/crm/v6/settings/fields", "CREATE", "fields.ActionHandler",
        args="request:fields.BodyWrapper?, param_instance:ParameterMap?=None",
        mandatory=True)
    get_field = op("GET", "/crm/v6/settings/fields/{field}", "READ", "fields.ResponseHandler",
        args="field:int, param_instance:ParameterMap?=None")
    update_field = op("PATCH", "/crm/v6/settings/fields/{field}", "UPDATE", "fields.ActionHandler",
        args="field:int, request:fields.BodyWrapper?, param_instance:ParameterMap?=None",
        mandatory=True)
    delete_field = op("DELETE", "/crm/v6/settings/fields/{field}", "DELETE", "fields.ActionHandler",
        args="field:int, param_instance:ParameterMap?=None")


class GetFieldsParam(ParamHolder, class_path="com.zoho.crm.api.Fields.GetFieldsParam"):
    module = typed("module")
    data_type = typed("data_type")
    type = typed("type", "Choice")
    include = typed("include")
    feature_name = typed("feature_name")
    component = typed("component")
    layout_id = typed("layout_id", "Long")


class GetFieldsHeader(HeaderHolder):
    pass


class CreateFieldParam(ParamHolder, class_path="com.zoho.crm.api.Fields.CreateFieldParam"):
    module = typed("module")


class GetFieldParam(ParamHolder, class_path="com.zoho.crm.api.Fields.GetFieldParam"):
    module = typed("module")
    include = typed("include")


class GetFieldHeader(HeaderHolder):
    pass


class UpdateFieldParam(ParamHolder, class_path="com.zoho.crm.api.Fields.UpdateFieldParam"):
    module = typed("module")


class DeleteFieldParam(ParamHolder, class_path="com.zoho.crm.api.Fields.DeleteFieldParam"):
    module = typed("module")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
