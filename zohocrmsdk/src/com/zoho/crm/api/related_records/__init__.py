# Declarations of the official related_records surface (bootstrapped by tools/generate.py).
"""The ``related_records`` API package; names load lazily, so importing it costs almost nothing."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "ActionWrapper": "action_wrapper",
    "APIException": "api_exception",
    "ResponseHandler": "response_handler",
    "ActionResponse": "action_response",
    "FileBodyWrapper": "file_body_wrapper",
    "SuccessResponse": "success_response",
    "ResponseWrapper": "response_wrapper",
    "BodyWrapper": "body_wrapper",
    "ActionHandler": "action_handler",
    "RelatedRecordsOperations": "related_records_operations",
    "GetRelatedRecordsParam": "related_records_operations",
    "GetRelatedRecordsHeader": "related_records_operations",
    "UpdateRelatedRecordsHeader": "related_records_operations",
    "DelinkRecordsParam": "related_records_operations",
    "DelinkRecordsHeader": "related_records_operations",
    "GetRelatedRecordsUsingExternalIDParam": "related_records_operations",
    "GetRelatedRecordsUsingExternalIDHeader": "related_records_operations",
    "UpdateRelatedRecordsUsingExternalIDHeader": "related_records_operations",
    "DeleteRelatedRecordsUsingExternalIDParam": "related_records_operations",
    "DeleteRelatedRecordsUsingExternalIDHeader": "related_records_operations",
    "GetRelatedRecordParam": "related_records_operations",
    "GetRelatedRecordHeader": "related_records_operations",
    "UpdateRelatedRecordHeader": "related_records_operations",
    "DelinkRecordHeader": "related_records_operations",
    "GetRelatedRecordUsingExternalIDParam": "related_records_operations",
    "GetRelatedRecordUsingExternalIDHeader": "related_records_operations",
    "UpdateRelatedRecordUsingExternalIDHeader": "related_records_operations",
    "DeleteRelatedRecordUsingExternalIDHeader": "related_records_operations",
    "GetDeletedParentRecordsRelatedRecordParam": "related_records_operations",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
