# Declarations of the official timelines surface (bootstrapped by tools/generate.py).
"""The ``timelines`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "RelatedRecord": "related_record",
    "AutomationDetail": "automation_detail",
    "Module": "module",
    "PicklistDetail": "picklist_detail",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "TimelinesOperations": "timelines_operations",
    "GetTimelinesParam": "timelines_operations",
    "FieldHistoryValue": "field_history_value",
    "Record": "record",
    "PathFinder": "path_finder",
    "ResponseWrapper": "response_wrapper",
    "Timeline": "timeline",
    "State": "state",
    "NameIdStructure": "name_id_structure",
    "FieldHistory": "field_history",
    "Info": "info",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
