# Declarations of the official notes surface (bootstrapped by tools/generate.py).
"""The ``notes`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "Note": "note",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "NotesOperations": "notes_operations",
    "GetNotesParam": "notes_operations",
    "GetNotesHeader": "notes_operations",
    "DeleteNotesParam": "notes_operations",
    "GetNoteParam": "notes_operations",
    "GetNoteHeader": "notes_operations",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "ActionHandler": "action_handler",
    "BodyWrapper": "body_wrapper",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
