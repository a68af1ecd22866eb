# Declarations of the official notes surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, ParamHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class NotesOperations(Operations):
    _init_ = ""
    get_notes = op("GET", "/crm/v6/Notes", "READ", "notes.ResponseHandler",
        args="param_instance:ParameterMap?=None, header_instance:HeaderMap?=None")
    create_notes = op("POST", "/crm/v6/Notes", "CREATE", "notes.ActionHandler",
        args="request:notes.BodyWrapper?",
        mandatory=True)
    update_notes = op("PUT", "/crm/v6/Notes", "UPDATE", "notes.ActionHandler",
        args="request:notes.BodyWrapper?",
        mandatory=True)
    delete_notes = op("DELETE", "/crm/v6/Notes", "DELETE", "notes.ActionHandler",
        args="param_instance:ParameterMap?=None")
    get_note = op("GET", "/crm/v6/Notes/{id}", "READ", "notes.ResponseHandler",
        args="id:int, param_instance:ParameterMap?=None, header_instance:HeaderMap?=None")
    update_note = op("PUT", "/crm/v6/Notes/{id}", "UPDATE", "notes.ActionHandler",
        args="id:int, request:notes.BodyWrapper?")
    delete_note = op("DELETE", "/crm/v6/Notes/{id}", "DELETE", "notes.ActionHandler",
        args="id:int")


class GetNotesParam(ParamHolder, class_path="com.zoho.crm.api.Notes.GetNotesParam"):
    page = typed("page")
    per_page = typed("per_page")
    fields = typed("fields")
    sort_order = typed("sort_order")
    sort_by = typed("sort_by")
    ids = typed("ids")


class GetNotesHeader(HeaderHolder, class_path="com.zoho.crm.api.Notes.GetNotesHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")


class DeleteNotesParam(ParamHolder, class_path="com.zoho.crm.api.Notes.DeleteNotesParam"):
    ids = typed("ids")


class GetNoteParam(ParamHolder, class_path="com.zoho.crm.api.Notes.GetNoteParam"):
    fields = typed("fields")


class GetNoteHeader(HeaderHolder, class_path="com.zoho.crm.api.Notes.GetNoteHeader"):
    if_modified_since = typed("If-Modified-Since", "DateTime")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
