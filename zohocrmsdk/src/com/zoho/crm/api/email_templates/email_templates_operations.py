# Declarations of the official email_templates surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class EmailTemplatesOperations(Operations):
    _init_ = ""
    get_email_templates = op("GET", "/crm/v6/settings/email_templates", "READ", "email_templates.ResponseHandler",
        args="param_instance:ParameterMap?=None")
    get_email_template = op("GET", "/crm/v6/settings/email_templates/{template}", "READ", "email_templates.ResponseHandler",
        args="template:int")


class GetEmailTemplatesParam(ParamHolder, class_path="com.zoho.crm.api.EmailTemplates.GetEmailTemplatesParam"):
    module = typed("module")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
