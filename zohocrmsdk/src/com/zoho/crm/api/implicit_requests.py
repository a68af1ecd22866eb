"""The declared operations the engine calls on its own, as the official SDK does around a request:
field metadata, the module list, related lists, the current user and the organisation. The engine
(``util``) asks here for their paths, so it names no API."""
from __future__ import annotations

from zohocrmsdk.src.com.zoho.crm.api.util.model import resolve

FIELDS = "fields.FieldsOperations.get_fields"
MODULES = "modules.ModulesOperations.get_modules"
RELATED_LISTS = "related_lists.RelatedListsOperations.get_related_lists"
CURRENT_USER = "users.UsersOperations.get_users"
ORGANIZATION = "org.OrgOperations.get_organization"


def path(operation: str) -> str:
    """The path template of one of the operations above (``/crm/v6/settings/fields``)."""
    owner, _, method = operation.rpartition(".")
    return getattr(resolve(owner), method)._op.path
