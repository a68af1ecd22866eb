# Declarations of the official user_groups surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import Interface


class ResponseHandler(Interface):
    _classes_ = ("user_groups.ResponseWrapper", "user_groups.AssociatedUserCount", "user_groups.AssociationWrapper", "user_groups.APIException", "user_groups.SourcesWrapper", "user_groups.SourcesCountWrapper")


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
