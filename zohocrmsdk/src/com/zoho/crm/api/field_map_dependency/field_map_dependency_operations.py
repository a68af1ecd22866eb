# Declarations of the official field_map_dependency surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class FieldMapDependencyOperations(Operations):
    _init_ = "layout_id:int, module:str?=None"
    create_map_dependency = op("POST", "/crm/v6/settings/layouts/{layout_id}/map_dependency", "CREATE", "field_map_dependency.ActionHandler",
        args="request:field_map_dependency.BodyWrapper?",
        mandatory=True,
        inject=(("param", "module", "com.zoho.crm.api.FieldMapDependency.CreateMapDependencyParam", "module"),))
    get_map_dependencies = op("GET", "/crm/v6/settings/layouts/{layout_id}/map_dependency", "READ", "field_map_dependency.ResponseHandler",
        args="param_instance:ParameterMap?=None",
        inject=(("param", "module", "com.zoho.crm.api.FieldMapDependency.GetMapDependenciesParam", "module"),))
    update_map_dependency = op("PUT", "/crm/v6/settings/layouts/{layout_id}/map_dependency/{dependency_id}", "UPDATE", "field_map_dependency.ActionHandler",
        args="dependency_id:int, request:field_map_dependency.BodyWrapper?",
        mandatory=True,
        inject=(("param", "module", "com.zoho.crm.api.FieldMapDependency.UpdateMapDependencyParam", "module"),))
    get_map_dependency = op("GET", "/crm/v6/settings/layouts/{layout_id}/map_dependency/{dependency_id}", "READ", "field_map_dependency.ResponseHandler",
        args="dependency_id:int",
        inject=(("param", "module", "com.zoho.crm.api.FieldMapDependency.GetMapDependencyParam", "module"),))
    delete_map_dependency = op("DELETE", "/crm/v6/settings/layouts/{layout_id}/map_dependency/{dependency_id}", "DELETE", "field_map_dependency.ActionHandler",
        args="dependency_id:int",
        inject=(("param", "module", "com.zoho.crm.api.FieldMapDependency.DeleteMapDependencyParam", "module"),))


class CreateMapDependencyParam(ParamHolder, class_path="com.zoho.crm.api.FieldMapDependency.CreateMapDependencyParam", hidden=(typed("module", "String"),)):
    pass


class CreateMapDependencyHeader(HeaderHolder):
    pass


class GetMapDependenciesParam(ParamHolder, class_path="com.zoho.crm.api.FieldMapDependency.GetMapDependenciesParam", hidden=(typed("module", "String"),)):
    page = typed("page", "Integer")
    per_page = typed("per_page", "Integer")
    filters = typed("filters")
    layout_id = typed("layout_id", "Long")


class UpdateMapDependencyParam(ParamHolder, class_path="com.zoho.crm.api.FieldMapDependency.UpdateMapDependencyParam", hidden=(typed("module", "String"),)):
    pass


class GetMapDependencyParam(ParamHolder, class_path="com.zoho.crm.api.FieldMapDependency.GetMapDependencyParam", hidden=(typed("module", "String"),)):
    pass


class DeleteMapDependencyParam(ParamHolder, class_path="com.zoho.crm.api.FieldMapDependency.DeleteMapDependencyParam", hidden=(typed("module", "String"),)):
    pass


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
