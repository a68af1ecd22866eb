# Declarations of the official org surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.holders import HeaderHolder, typed
from zohocrmsdk.src.com.zoho.crm.api.util.operations import Operations, op


class OrgOperations(Operations):
    _init_ = ""
    get_organization = op("GET", "/crm/v6/org", "READ", "org.ResponseHandler")
    get_org_photo = op("GET", "/crm/v6/org/photo", "READ", "org.ResponseHandler",
        encode="image/png")
    upload_organization_photo = op("POST", "/crm/v6/org/photo", "CREATE", "org.ActionHandler",
        args="request:org.FileBodyWrapper?",
        content_type="multipart/form-data",
        mandatory=True)
    delete_organization_photo = op("DELETE", "/crm/v6/org/photo", "DELETE", "org.ActionHandler")


class GetOrganizationHeader(HeaderHolder):
    pass


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
