"""The engine. Public names load lazily so that importing one of them stays cheap."""
from zohocrmsdk.src.com.zoho.crm.api.util.lazy import lazy_exports

_EXPORTS = {
    "CommonAPIHandler": "common_api_handler", "Converter": "converter", "JSONConverter": "json_converter",
    "XMLConverter": "xml_converter", "FormDataConverter": "form_data_converter", "Downloader": "downloader",
    "APIHTTPConnector": "api_http_connector", "APIResponse": "api_response", "Constants": "constants",
    "Utility": "utility", "DataTypeConverter": "datatype_converter", "StreamWrapper": "stream_wrapper",
    "Choice": "choice", "HeaderParamValidator": "header_param_validator",
    "ModuleFieldsHandler": "module_fields_handler",
}
__getattr__, __dir__, __all__ = lazy_exports(__name__, _EXPORTS)
