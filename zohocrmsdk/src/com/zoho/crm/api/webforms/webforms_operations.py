# Declarations of the official webforms surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class WebformsOperations(Operations):
    _init_ = "module:str?=None"
    get_web_forms = op("GET", "/crm/v6/settings/webforms", "READ", "webforms.ResponseHandler",
        inject=(("param", "module", "com.zoho.crm.api.Webforms.GetWebFormsParam", "module"),))
    create_web_forms = op("POST", "/crm/v6/settings/webforms", "CREATE", "webforms.ActionHandler",
        args="request:webforms.BodyWrapper?",
        mandatory=True,
        inject=(("param", "module", "com.zoho.crm.api.Webforms.CreateWebFormsParam", "module"),))
    update_web_forms = op("PUT", "/crm/v6/settings/webforms", "UPDATE", "webforms.ActionHandler",
        args="request:webforms.BodyWrapper?",
        mandatory=True,
        inject=(("param", "module", "com.zoho.crm.api.Webforms.UpdateWebFormsParam", "module"),))
    get_web_form = op("GET", "/crm/v6/settings/webforms/{form_id}", "READ", "webforms.ResponseHandler",
        args="form_id:int",
        inject=(("param", "module", "com.zoho.crm.api.Webforms.GetWebFormParam", "module"),))
    update_web_form = op("PUT", "/crm/v6/settings/webforms/{form_id}", "UPDATE", "webforms.ActionHandler",
        args="form_id:int, request:webforms.BodyWrapper?",
        mandatory=True,
        inject=(("param", "module", "com.zoho.crm.api.Webforms.UpdateWebFormParam", "module"),))
    delete_web_forms = op("DELETE", "/crm/v6/settings/webforms/{form_id}", "DELETE", "webforms.ActionHandler",
        args="form_id:int",
        inject=(("param", "module", "com.zoho.crm.api.Webforms.DeleteWebFormsParam", "module"),))
    get_webforms_preview = op("GET", "/crm/v6/settings/webforms/{form_id}/actions/preview", "READ", "webforms.ResponseHandler",
        args="form_id:int",
        inject=(("param", "module", "com.zoho.crm.api.Webforms.GetWebformsPreviewParam", "module"),))


class GetWebFormsParam(ParamHolder, class_path="com.zoho.crm.api.Webforms.GetWebFormsParam", hidden=(typed("module", "String"),)):
    pass


class CreateWebFormsParam(ParamHolder, class_path="com.zoho.crm.api.Webforms.CreateWebFormsParam", hidden=(typed("module", "String"),)):
    pass


class UpdateWebFormsParam(ParamHolder, class_path="com.zoho.crm.api.Webforms.UpdateWebFormsParam", hidden=(typed("module", "String"),)):
    pass


class GetWebFormParam(ParamHolder, class_path="com.zoho.crm.api.Webforms.GetWebFormParam", hidden=(typed("module", "String"),)):
    pass


class UpdateWebFormParam(ParamHolder, class_path="com.zoho.crm.api.Webforms.UpdateWebFormParam", hidden=(typed("module", "String"),)):
    pass


class DeleteWebFormsParam(ParamHolder, class_path="com.zoho.crm.api.Webforms.DeleteWebFormsParam", hidden=(typed("module", "String"),)):
    pass


class GetWebformsPreviewParam(ParamHolder, class_path="com.zoho.crm.api.Webforms.GetWebformsPreviewParam", hidden=(typed("module", "String"),)):
    pass


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
